//! Reconciles N synthetic claims (the corpus of `benches/reconcile.rs`) REPS times, for
//! profiles and CPU or memory figures outside criterion (see BENCHMARKS.md).
//!
//! ```text
//! cargo build --release --example reconcile_synthetic
//! /usr/bin/time -v target/release/examples/reconcile_synthetic 1000000 2   # N REPS
//! valgrind --tool=callgrind --toggle-collect='concord::reconcile::reconcile' \
//!     target/release/examples/reconcile_synthetic 100000 1
//! ```
//!
//! REPS = 0 builds the corpus only (subtract its time and memory).
#[path = "../benches/support/synthetic.rs"]
mod synthetic;

use concord::reconcile::reconcile;
use synthetic::corpus;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let reps: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let claims = corpus(n);
    for _ in 0..reps {
        let t = std::time::Instant::now();
        let r = reconcile(&claims);
        eprintln!(
            "n={n} {:?} facts={} conflicts={}",
            t.elapsed(),
            r.facts.len(),
            r.conflicts.len()
        );
    }
}
