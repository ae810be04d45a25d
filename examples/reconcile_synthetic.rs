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
//! REPS = 0 builds the corpus only (subtract its time and memory). A third argument `json`
//! prints the last report as JSON on standard output (to check that a change leaves the report
//! byte-identical: compare the output of the binaries before and after).
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
    let json = std::env::args().nth(3).is_some_and(|a| a == "json");
    let claims = corpus(n);
    let mut last = None;
    for _ in 0..reps {
        let t = std::time::Instant::now();
        let r = reconcile(&claims);
        eprintln!(
            "n={n} {:?} facts={} conflicts={}",
            t.elapsed(),
            r.facts.len(),
            r.conflicts.len()
        );
        // Kept only to print: otherwise dropped here, before the next one is built.
        if json {
            last = Some(r);
        }
    }
    if let (true, Some(r)) = (json, last) {
        match serde_json::to_string(&r) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("json: {e}"),
        }
    }
}
