//! Times each stage of the pipeline on one document (a whole file, read as LANG), once, and
//! prints one line per stage: seconds and MB/s. Useful to see how a stage scales with the size
//! of one document (the criterion benches use news-sized documents).
//!
//! ```text
//! cargo run --release --example stage_throughput -- fr FILE
//! ```

use std::time::Instant;

use concord::claim::{self, ClaimInput};
use concord::text::{fold::Folded, sentences};
use concord::{quantity::Scanner, Gazetteer, Lang};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(lang), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: stage_throughput LANG FILE");
        std::process::exit(2);
    };
    let lang: Lang = lang.parse().unwrap_or_else(|e| {
        eprintln!("stage_throughput: {e}");
        std::process::exit(2)
    });
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("stage_throughput: {path}: {e}");
        std::process::exit(1)
    });
    // Build the embedded data outside the timings.
    let (scanner, gazetteer) = (Scanner::embedded(), Gazetteer::embedded());
    let _ = (scanner.scan("1", lang), gazetteer.link("a", lang));
    let mb = text.len() as f64 / 1e6;
    let time = |name: &str, f: &mut dyn FnMut() -> usize| {
        let start = Instant::now();
        let n = f();
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{name:<10} {secs:>9.3} s {:>9.2} MB/s  ({n} items, {mb:.2} MB)",
            mb / secs.max(1e-9)
        );
    };
    time("detect", &mut || usize::from(Lang::detect(&text).is_some()));
    time("fold", &mut || Folded::new(&text).as_str().len());
    let mut sents = Vec::new();
    time("sentences", &mut || {
        sents = sentences::split(&text, lang);
        sents.len()
    });
    let mut quantities = Vec::new();
    time("quantities", &mut || {
        quantities = scanner.scan(&text, lang);
        quantities.len()
    });
    let mut entities = Vec::new();
    time("entities", &mut || {
        entities = gazetteer.link(&text, lang);
        entities.len()
    });
    time("claims", &mut || {
        claim::extract(&ClaimInput {
            doc: "doc",
            text: &text,
            lang,
            sentences: &sents,
            quantities: &quantities,
            entities: &entities,
        })
        .len()
    });
}
