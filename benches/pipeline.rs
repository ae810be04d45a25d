//! Throughput of every stage, per language, and of the whole job, on news-like text.
//!
//! ```text
//! cargo bench --bench pipeline -- --measurement-time 3 --warm-up-time 1
//! cargo bench --bench pipeline -- stage/quantities      # one stage, every language
//! ```
//!
//! The text of each language is the project's sample article (`examples/corpus/`) followed by
//! the bench's own news sentences (`benches/data/news_*.txt`): about 2.5 KB, the size of a short
//! news article. Each iteration processes a batch of such documents; throughput is in bytes of
//! original text (criterion reports MiB/s or MB/s as it pleases; BENCHMARKS.md gives MB = 1e6).

use std::hint::black_box;

use concord::claim::{self, ClaimInput};
use concord::text::{fold::Folded, sentences};
use concord::{reconcile, Document, Gazetteer, Lang, Pipeline};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// Documents per batch: enough to fill the caches with different texts, as a real stream does.
const BATCH: usize = 16;

/// One news-like document per language.
fn texts() -> Vec<(Lang, String)> {
    let corpus = |f: &str| {
        std::fs::read_to_string(format!(
            "{}/examples/corpus/{f}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap_or_default()
    };
    let news = |l: &str| {
        std::fs::read_to_string(format!(
            "{}/benches/data/news_{l}.txt",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap_or_default()
    };
    vec![
        (Lang::It, corpus("it_cronaca.txt") + "\n\n" + &news("it")),
        (Lang::De, corpus("de_wirtschaft.txt") + "\n\n" + &news("de")),
        (Lang::Fr, corpus("fr_economie.txt") + "\n\n" + &news("fr")),
        (Lang::Zh, corpus("zh_keji.txt") + "\n\n" + &news("zh")),
        (Lang::En, news("en") + "\n\n" + &news("en")),
    ]
}

/// `BATCH` documents of one language: the text, each with a different header line so that the
/// documents are not byte-identical.
fn batch(lang: Lang, text: &str) -> Vec<Document> {
    (0..BATCH)
        .map(|i| {
            Document::new(format!("{lang}_{i}.txt"), format!("{lang} {i}\n\n{text}"))
                .with_lang(lang)
        })
        .collect()
}

fn bytes(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}

fn stages(c: &mut Criterion) {
    let pipeline = Pipeline::default();
    let gazetteer = Gazetteer::embedded();
    let scanner = concord::quantity::Scanner::embedded();
    let batches: Vec<(Lang, Vec<Document>)> =
        texts().iter().map(|(l, t)| (*l, batch(*l, t))).collect();

    let mut g = c.benchmark_group("stage");
    for (lang, docs) in &batches {
        let lang = *lang;
        g.throughput(Throughput::Bytes(bytes(docs)));
        g.bench_with_input(BenchmarkId::new("detect", lang), docs, |b, docs| {
            b.iter(|| {
                for d in docs {
                    black_box(Lang::detect(black_box(&d.text)));
                }
            })
        });
        g.bench_with_input(BenchmarkId::new("fold", lang), docs, |b, docs| {
            b.iter(|| {
                for d in docs {
                    black_box(Folded::new(black_box(&d.text)));
                }
            })
        });
        g.bench_with_input(BenchmarkId::new("sentences", lang), docs, |b, docs| {
            b.iter(|| {
                for d in docs {
                    black_box(sentences::split(black_box(&d.text), lang));
                }
            })
        });
        g.bench_with_input(BenchmarkId::new("quantities", lang), docs, |b, docs| {
            b.iter(|| {
                for d in docs {
                    black_box(scanner.scan(black_box(&d.text), lang));
                }
            })
        });
        g.bench_with_input(BenchmarkId::new("entities", lang), docs, |b, docs| {
            b.iter(|| {
                for d in docs {
                    black_box(gazetteer.link(black_box(&d.text), lang));
                }
            })
        });
        // Claims alone: the other stages' output is computed once, outside the timing.
        let prepared: Vec<_> = docs
            .iter()
            .map(|d| {
                let s = sentences::split(&d.text, lang);
                let q = scanner.scan(&d.text, lang);
                let e = gazetteer.link(&d.text, lang);
                (d, s, q, e)
            })
            .collect();
        g.bench_with_input(
            BenchmarkId::new("claims", lang),
            &prepared,
            |b, prepared| {
                b.iter(|| {
                    for (d, s, q, e) in prepared {
                        black_box(claim::extract(&ClaimInput {
                            doc: &d.id,
                            text: &d.text,
                            lang,
                            sentences: s,
                            quantities: q,
                            entities: e,
                        }));
                    }
                })
            },
        );
        g.bench_with_input(BenchmarkId::new("analyze", lang), docs, |b, docs| {
            b.iter(|| {
                for d in docs {
                    black_box(pipeline.analyze(black_box(d)).ok());
                }
            })
        });
    }
    g.finish();
}

/// The whole job: every language's batch, analyzed (on one thread, then on every core) and
/// reconciled into one report.
fn end_to_end(c: &mut Criterion) {
    let pipeline = Pipeline::default();
    let docs: Vec<Document> = texts().iter().flat_map(|(l, t)| batch(*l, t)).collect();
    let mut g = c.benchmark_group("end_to_end");
    g.throughput(Throughput::Bytes(bytes(&docs)));
    for threads in [1, 0] {
        let name = if threads == 1 {
            "1-thread"
        } else {
            "all-cores"
        };
        g.bench_with_input(
            BenchmarkId::new("extract+reconcile", name),
            &docs,
            |b, docs| {
                b.iter(|| {
                    let mut claims = Vec::new();
                    let input = docs.iter().cloned().map(Ok);
                    let _ = pipeline.analyze_each(input, threads, |r| {
                        if let Ok((_, a)) = r {
                            claims.extend(a.claims);
                        }
                        Ok::<(), ()>(())
                    });
                    black_box(reconcile::reconcile(&claims))
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, stages, end_to_end);
criterion_main!(benches);
