//! Times `concord::quantity::scan` over the paragraphs of a file, on one thread, and prints one
//! JSON object: bytes, wall and CPU seconds, MB/s of each, and the number of mentions found per
//! pass. On a shared machine the CPU figure (MB per second of this thread's CPU time, read from
//! `/proc/thread-self/schedstat`) is the fair one: it does not count time other programs had.
//!
//! ```text
//! cargo run --release --example scan_throughput -- zh FILE [MIN_SECONDS]
//! ```
//!
//! The side-by-side comparison (`scripts/compare/compare.sh`) runs it on the same paragraphs as
//! the peer recognizers. Every nonempty line of FILE is scanned as one text, like the peer does.

use std::time::{Duration, Instant};

use concord::{quantity, Lang};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(lang), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: scan_throughput LANG FILE [MIN_SECONDS]");
        std::process::exit(2);
    };
    let lang: Lang = lang.parse().unwrap_or_else(|e| {
        eprintln!("scan_throughput: {e}");
        std::process::exit(2)
    });
    let min = Duration::from_secs_f64(args.get(2).and_then(|s| s.parse().ok()).unwrap_or(2.0));
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("scan_throughput: {path}: {e}");
        std::process::exit(1)
    });
    let paragraphs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let bytes: usize = paragraphs.iter().map(|p| p.len()).sum();

    // One untimed pass to build the embedded lexicons and warm the caches.
    let mentions: usize = paragraphs
        .iter()
        .map(|p| quantity::scan(p, lang).len())
        .sum();

    let cpu_start = cpu_seconds();
    let start = Instant::now();
    let mut passes = 0u64;
    while passes == 0 || start.elapsed() < min {
        for p in &paragraphs {
            std::hint::black_box(quantity::scan(std::hint::black_box(p), lang));
        }
        passes += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = match (cpu_start, cpu_seconds()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => secs,
    };
    let total = bytes as f64 * passes as f64;
    println!(
        "{{\"side\": \"concord\", \"lang\": \"{lang}\", \"bytes\": {bytes}, \"passes\": {passes}, \"seconds\": {secs:.6}, \"cpu_seconds\": {cpu:.6}, \"mb_per_s\": {:.6}, \"mb_per_cpu_s\": {:.6}, \"mentions\": {mentions}}}",
        total / secs / 1e6,
        total / cpu / 1e6
    );
}

/// This thread's CPU time so far, where Linux tells it.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
