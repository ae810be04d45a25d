//! Reconciling synthetic corpora of 1e3 to 1e6 claims.
//!
//! The claims mimic a news corpus: many documents, fact keys stated by several of them, most
//! agreeing, some contradicting by a rounding or a plain disagreement, some hedged; functional
//! and multi-valued predicates; money and counts.
//!
//! ```text
//! cargo bench --bench reconcile
//! ```

#[path = "support/synthetic.rs"]
mod synthetic;

use concord::reconcile::reconcile;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use synthetic::corpus;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("reconcile");
    for n in [1_000usize, 10_000, 100_000, 1_000_000] {
        let claims = corpus(n);
        group.throughput(Throughput::Elements(n as u64));
        if n >= 100_000 {
            group.sample_size(10);
            group.warm_up_time(std::time::Duration::from_millis(500));
        }
        group.bench_with_input(BenchmarkId::from_parameter(n), &claims, |b, claims| {
            b.iter_with_large_drop(|| reconcile(claims))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
