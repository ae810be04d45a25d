//! Reconcile the bundled corpus (or the folder given) with the library API and print the report.
//!
//! ```text
//! cargo run --example reconcile -- examples/corpus
//! ```

use std::path::PathBuf;

use concord::input::{documents, InputOptions};
use concord::output::render_report;
use concord::Reconciler;

fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/corpus")));
    let mut reconciler = Reconciler::default();
    let mut n = 0;
    for doc in documents(&[dir], &InputOptions::default()) {
        match doc {
            Ok(doc) => {
                reconciler = reconciler.add(doc);
                n += 1;
            }
            Err(e) => eprintln!("skipped: {e}"),
        }
    }
    let report = reconciler.reconcile();
    print!("{}", render_report(&report, n));
}
