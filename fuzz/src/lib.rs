//! Shared inputs and checks of the concord fuzz targets.
//!
//! Every target decodes an [`Arbitrary`] case (a language choice, some options, then the rest of
//! the fuzzer's bytes as text), runs a stage, and checks the invariants every stage promises:
//! no panic, spans inside the text and on character boundaries, mentions in text order, values
//! that print and serialize, and a reconciled report that does not depend on document order.
//!
//! Seed files (`fuzz/seeds/<target>/`) are a one-byte language choice (`0` auto, `1` it, `2` de,
//! `3` fr, `4` zh, `5` en; any byte modulo 6), for the pipeline target two option bytes, then
//! the text.

use std::sync::OnceLock;

use arbitrary::{Arbitrary, Result, Unstructured};
use concord::{Lang, Span};

/// The language a case is read in: detected, or one of concord's languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangChoice {
    /// Detect it from the text.
    Auto,
    /// A stated language.
    Lang(Lang),
}

impl<'a> Arbitrary<'a> for LangChoice {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        // One byte, so that seed files are easy to write by hand.
        Ok(match u8::arbitrary(u)? % 6 {
            0 => LangChoice::Auto,
            1 => LangChoice::Lang(Lang::It),
            2 => LangChoice::Lang(Lang::De),
            3 => LangChoice::Lang(Lang::Fr),
            4 => LangChoice::Lang(Lang::Zh),
            _ => LangChoice::Lang(Lang::En),
        })
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        (1, Some(1))
    }
}

impl LangChoice {
    /// The language to read `text` in.
    pub fn resolve(self, text: &str) -> Lang {
        match self {
            LangChoice::Auto => Lang::detect(text).unwrap_or(Lang::En),
            LangChoice::Lang(l) => l,
        }
    }

    /// The stated language, if any.
    pub fn stated(self) -> Option<Lang> {
        match self {
            LangChoice::Auto => None,
            LangChoice::Lang(l) => Some(l),
        }
    }
}

/// A text read in a language: the case of the quantity and entity targets.
#[derive(Arbitrary, Debug)]
pub struct TextCase {
    /// The language.
    pub lang: LangChoice,
    /// The text (the rest of the input, up to its first invalid UTF-8 byte).
    pub text: String,
}

/// Input options of the pipeline target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Repair invalid UTF-8 instead of rejecting it.
    pub lossy: bool,
    /// `Some(n)`: a small `max_document_bytes`; `None`: the default.
    pub max_document_bytes: Option<usize>,
}

impl<'a> Arbitrary<'a> for Options {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let lossy = u8::arbitrary(u)? & 1 == 1;
        let limit = u8::arbitrary(u)?;
        Ok(Options {
            lossy,
            // One case in sixteen tries a tiny limit.
            max_document_bytes: (limit < 16).then_some(usize::from(limit) * 64),
        })
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        (2, Some(2))
    }
}

/// Several documents as raw bytes: the case of the pipeline target.
#[derive(Arbitrary, Debug)]
pub struct PipelineCase {
    /// The language of documents (auto: each is detected).
    pub lang: LangChoice,
    /// Input options.
    pub options: Options,
    /// The documents' bytes, separated by the byte 0x1E (record separator).
    pub bytes: Vec<u8>,
}

/// The byte that separates documents in a [`PipelineCase`].
pub const DOC_SEPARATOR: u8 = 0x1E;

/// Checks that `span` lies within `text` on character boundaries.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
}

/// Checks that spans come in text order (non-decreasing starts).
pub fn check_order(spans: impl IntoIterator<Item = Span>, what: &str) {
    let mut last = 0;
    for s in spans {
        assert!(
            s.start >= last,
            "{what}: mentions out of text order at {s:?}"
        );
        last = s.start;
    }
}

/// Runs the quantity scanner and checks its output.
pub fn check_quantities(text: &str, lang: Lang) {
    let qs = concord::quantity::scan(text, lang);
    check_quantity_mentions(text, &qs);
}

/// Checks quantity mentions found in `text`.
pub fn check_quantity_mentions(text: &str, qs: &[concord::QuantityMention]) {
    for q in qs {
        check_span(text, q.span, "quantity");
        if let Some(h) = q.hedge {
            check_span(text, h, "quantity hedge");
        }
        // Values print and serialize; intervals are computable.
        let _ = q.quantity.value.to_string();
        let _ = q.quantity.interval().to_string();
        let json = serde_json::to_string(q).unwrap_or_default();
        assert!(!json.is_empty(), "quantity does not serialize: {q:?}");
    }
    check_order(qs.iter().map(|q| q.span), "quantities");
}

/// Runs the entity linker and checks its output.
pub fn check_entities(text: &str, lang: Lang) {
    let es = concord::Gazetteer::embedded().link(text, lang);
    check_entity_mentions(text, &es);
}

/// Checks entity mentions found in `text`.
pub fn check_entity_mentions(text: &str, es: &[concord::EntityMention]) {
    for e in es {
        check_span(text, e.span, "entity");
        assert!(
            e.score.is_finite() && (0.0..=1.0).contains(&e.score),
            "entity score {} out of [0, 1]",
            e.score
        );
    }
    check_order(es.iter().map(|e| e.span), "entities");
}

/// Checks one document's analysis.
pub fn check_analysis(doc: &concord::Document, a: &concord::Analysis) {
    let text = doc.text.as_str();
    for s in &a.sentences {
        check_span(text, *s, "sentence");
    }
    check_quantity_mentions(text, &a.quantities);
    check_entity_mentions(text, &a.entities);
    for c in &a.claims {
        let p = &c.provenance;
        check_span(text, p.span, "claim");
        check_span(text, p.sentence, "claim sentence");
        for cue in &p.cues {
            check_span(text, *cue, "claim cue");
        }
        if let Some(t) = &c.time {
            check_span(text, t.span, "claim time");
        }
        assert_eq!(
            text.get(p.span.start..p.span.end),
            Some(p.text.as_str()),
            "claim text is not its span's surface"
        );
        assert!(
            c.confidence.is_finite() && (0.0..=1.0).contains(&c.confidence),
            "claim confidence {} out of [0, 1]",
            c.confidence
        );
        if let Some(i) = c.conversion_of {
            assert!(i < a.claims.len(), "conversion_of {i} out of range");
        }
        let _ = serde_json::to_string(&concord::output::ClaimRecord::new(c));
    }
    check_order(a.claims.iter().map(|c| c.provenance.span), "claims");
    for q in &a.quantities {
        let _ = serde_json::to_string(&concord::output::QuantityRecord::new(doc, q));
    }
    for e in &a.entities {
        let _ = serde_json::to_string(&concord::output::EntityRecord::new(doc, e));
    }
}

/// Runs the whole pipeline over a case: bytes to documents (with the input options), every
/// per-document stage, then reconciliation in document order and in reverse order, which must
/// give the same report.
pub fn check_pipeline(case: &PipelineCase) {
    let opts = concord::input::InputOptions {
        lang: case.lang.stated(),
        lossy: case.options.lossy,
        ..Default::default()
    };
    // Building a pipeline clones the embedded tables: do it once per limit, not per case.
    static PIPELINES: OnceLock<Vec<concord::Pipeline>> = OnceLock::new();
    let pipelines = PIPELINES.get_or_init(|| {
        let mut v = vec![concord::Pipeline::default()];
        for i in 0..16 {
            let mut p = concord::Pipeline::default();
            p.limits.max_document_bytes = i * 64;
            v.push(p);
        }
        v
    });
    let pipeline = match case.options.max_document_bytes {
        Some(limit) => pipelines.get(limit / 64 + 1),
        None => pipelines.first(),
    }
    .expect("a pipeline per limit");
    let mut docs = Vec::new();
    let mut claims = Vec::new();
    for (i, bytes) in case.bytes.split(|&b| b == DOC_SEPARATOR).enumerate() {
        let id = format!("doc{i}.txt");
        let doc = match concord::input::document_from_bytes(&id, bytes, &opts) {
            Ok(d) => d,
            Err(e) => {
                let msg = e.to_string();
                assert!(
                    msg.starts_with(&id),
                    "error does not name the document: {msg}"
                );
                assert!(
                    !opts.lossy || !matches!(e, concord::Error::InvalidUtf8 { .. }),
                    "lossy mode rejected invalid UTF-8: {msg}"
                );
                continue;
            }
        };
        match pipeline.analyze(&doc) {
            Ok(a) => {
                check_analysis(&doc, &a);
                claims.push(a.claims);
            }
            Err(e) => {
                let msg = e.to_string();
                assert!(
                    msg.starts_with(&id),
                    "error does not name the document: {msg}"
                );
                assert!(doc.text.len() > pipeline.limits.max_document_bytes, "{msg}");
            }
        }
        docs.push(doc);
    }
    // What `Reconciler::try_reconcile` does, in both document orders, analyzing once.
    let report = |order: &mut dyn Iterator<Item = &Vec<concord::Claim>>| {
        let all: Vec<concord::Claim> = order.flatten().cloned().collect();
        let report = concord::reconcile::reconcile(&all);
        let _ = concord::output::render_report(&report, docs.len());
        serde_json::to_string(&report).unwrap_or_default()
    };
    let forward = report(&mut claims.iter());
    let backward = report(&mut claims.iter().rev());
    assert_eq!(forward, backward, "the report depends on document order");
}
