//! The parallel path against the simple one: analyzing documents on several threads must give
//! exactly what the sequential loop gives, in the same order, for the library and the command
//! line.

use concord::parallel::map_ordered;
use concord::{Document, Error, Lang, Pipeline, Reconciler, Stages};
use proptest::prelude::*;

/// Pieces of news-like text per language, mixed into documents by the property tests.
const PIECES: &[&str] = &[
    "Il gruppo ha investito 2,5 miliardi di euro nel nuovo impianto da 300 MW. ",
    "La società ha rilevato il 35% della concorrente per circa 120 milioni di dollari. ",
    "Der Konzern zahlt rund 1,2 Milliarden Euro für 51 Prozent der Anteile. ",
    "Mehr als 4.000 Beschäftigte sind betroffen, sagte der Vorstand am Montag. ",
    "Le fonds investit 1,2 milliard d'euros et vise plus de 1 200 emplois d'ici 2028. ",
    "L'action a reculé de 4,5 % après l'annonce. ",
    "该公司将投资约13亿欧元，收购35%股份，估值约36亿欧元。",
    "台積電第三季營收新台幣7596億元，年增36%。",
    "The startup raised $250 million at a valuation of nearly $4 billion. ",
    "Shares fell 6.5% in early trading.\n\n",
    "Nordwind Capital, Voltaria, Meta, Scale AI, 扎克伯格. ",
    "", // an empty piece makes empty documents possible
];

fn doc_strategy() -> impl Strategy<Value = (Vec<usize>, Option<u8>, String)> {
    (
        prop::collection::vec(0..PIECES.len(), 0..8),
        prop::option::of(0u8..5),
        "[a-z0-9 ,.%€$]{0,24}",
    )
}

fn build(i: usize, (pieces, lang, noise): &(Vec<usize>, Option<u8>, String)) -> Document {
    let mut text: String = pieces
        .iter()
        .filter_map(|&p| PIECES.get(p).copied())
        .collect();
    text.push_str(noise);
    let doc = Document::new(format!("{i:03}.txt"), text);
    match lang {
        Some(l) => doc.with_lang([Lang::It, Lang::De, Lang::Fr, Lang::Zh, Lang::En][*l as usize]),
        None => doc,
    }
}

/// Every result as one line of JSON (or the error's message), in the order the sink saw them.
fn run(pipeline: &Pipeline, docs: &[Document], threads: usize) -> Vec<String> {
    let mut out = Vec::new();
    let input = docs.iter().cloned().map(Ok::<Document, Error>);
    pipeline
        .analyze_each(input, threads, |r| {
            out.push(match r {
                Ok((doc, a)) => format!("{} {}", doc.id, serde_json::to_string(&a).unwrap()),
                Err(e) => e.to_string(),
            });
            Ok::<(), ()>(())
        })
        .unwrap();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn parallel_analysis_equals_sequential(
        specs in prop::collection::vec(doc_strategy(), 0..40),
        threads in 2usize..6,
        max_bytes in prop::option::of(0usize..200),
    ) {
        let docs: Vec<Document> = specs.iter().enumerate().map(|(i, s)| build(i, s)).collect();
        let mut pipeline = Pipeline::default();
        if let Some(m) = max_bytes {
            // Some documents fail the limit: their errors must come in their place too.
            pipeline.limits.max_document_bytes = m;
        }
        let sequential: Vec<String> = docs
            .iter()
            .map(|d| match pipeline.analyze(d) {
                Ok(a) => format!("{} {}", d.id, serde_json::to_string(&a).unwrap()),
                Err(e) => e.to_string(),
            })
            .collect();
        prop_assert_eq!(&run(&pipeline, &docs, 1), &sequential);
        prop_assert_eq!(&run(&pipeline, &docs, threads), &sequential);
    }

    #[test]
    fn parallel_report_equals_sequential(
        specs in prop::collection::vec(doc_strategy(), 0..24),
        threads in 2usize..5,
    ) {
        let docs: Vec<Document> = specs.iter().enumerate().map(|(i, s)| build(i, s)).collect();
        let report = |threads: usize| {
            let r = docs
                .iter()
                .cloned()
                .fold(Reconciler::default().threads(threads), Reconciler::add)
                .reconcile();
            serde_json::to_string(&r).unwrap()
        };
        prop_assert_eq!(report(threads), report(1));
    }

    #[test]
    fn streaming_reconciliation_equals_reconciling_all_claims_at_once(
        specs in prop::collection::vec(doc_strategy(), 0..16),
    ) {
        let pipeline = Pipeline::default();
        let mut all = Vec::new();
        let mut streamed = concord::reconcile::Reconciliation::new();
        for (i, spec) in specs.iter().enumerate() {
            let a = pipeline.analyze(&build(i, spec)).unwrap();
            streamed.extend(&a.claims);
            all.extend(a.claims);
        }
        prop_assert_eq!(
            serde_json::to_string(&streamed.finish()).unwrap(),
            serde_json::to_string(&concord::reconcile::reconcile(&all)).unwrap()
        );
    }

    #[test]
    fn one_stage_alone_equals_that_stage_of_the_whole_analysis(
        spec in doc_strategy(),
    ) {
        let doc = build(0, &spec);
        let pipeline = Pipeline::default();
        let all = pipeline.analyze(&doc).unwrap();
        let q = pipeline.analyze_stages(&doc, Stages::Quantities).unwrap();
        let e = pipeline.analyze_stages(&doc, Stages::Entities).unwrap();
        prop_assert_eq!(serde_json::to_string(&q.quantities).unwrap(), serde_json::to_string(&all.quantities).unwrap());
        prop_assert_eq!(serde_json::to_string(&e.entities).unwrap(), serde_json::to_string(&all.entities).unwrap());
        prop_assert_eq!(q.warnings.len(), all.warnings.len());
        prop_assert!(q.entities.is_empty() && q.claims.is_empty() && e.quantities.is_empty());
    }

    #[test]
    fn map_ordered_equals_map(
        items in prop::collection::vec(any::<u16>(), 0..300),
        threads in 0usize..6,
    ) {
        let mut out = Vec::new();
        map_ordered(items.iter().copied(), threads, |n| {
            if n % 5 == 0 {
                std::thread::yield_now();
            }
            u32::from(n) * 3
        }, |r| {
            out.push(r);
            Ok::<(), ()>(())
        }).unwrap();
        let expected: Vec<u32> = items.iter().map(|&n| u32::from(n) * 3).collect();
        prop_assert_eq!(out, expected);
    }
}

#[cfg(feature = "cli")]
#[test]
fn command_line_output_is_the_same_with_any_number_of_threads() {
    use std::process::Command;
    let dir = std::env::temp_dir().join(format!("concord-parallel-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus");
    let mut n = 0;
    for round in 0..6 {
        for entry in std::fs::read_dir(&corpus).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            std::fs::copy(&path, dir.join(format!("{round}_{name}"))).unwrap();
            n += 1;
        }
    }
    std::fs::write(dir.join("9_bad.txt"), b"bad \xff byte").unwrap();
    assert!(n >= 8);
    for command in ["quantities", "entities", "extract", "reconcile"] {
        let run = |threads: &str| {
            let out = Command::new(env!("CARGO_BIN_EXE_concord"))
                .args([command, "--threads", threads, "--format", "json"])
                .arg(&dir)
                .output()
                .unwrap();
            (out.status.code(), out.stdout, out.stderr)
        };
        let one = run("1");
        assert_eq!(one.0, Some(1), "{command}: the bad file makes the status 1");
        for threads in ["2", "3", "0"] {
            assert!(
                run(threads) == one,
                "{command} --threads {threads} differs from --threads 1"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
