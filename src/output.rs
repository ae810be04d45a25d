//! Output shapes: one JSON record per mention or claim (the command line's JSON Lines, see
//! `CONTRACT.md`), and the readable text report.
//!
//! ```
//! use concord::{output::QuantityRecord, Document, Pipeline};
//! let doc = Document::new("de.txt", "Meta investierte 15 Milliarden Dollar.");
//! let analysis = Pipeline::default().analyze(&doc).unwrap();
//! for q in &analysis.quantities {
//!     let rec = QuantityRecord::new(&doc, q);
//!     println!("{}", serde_json::to_string(&rec).unwrap());
//! }
//! ```

use serde::Serialize;

use crate::claim::Claim;
use crate::decimal::Decimal;
use crate::entity::{EntityKind, EntityMention};
use crate::lang::Lang;
use crate::pipeline::Document;
use crate::quantity::{Bound, Quantity, QuantityMention, Unit};
use crate::reconcile::{Report, SourceRef};

fn surface(doc: &Document, start: usize, end: usize) -> &str {
    doc.surface(crate::Span::new(start, end)).unwrap_or("")
}

/// A quantity mention as one JSON object:
/// `{"doc", "lang", "start", "end", "text", "value", "unit", "bound", ...}`.
#[derive(Debug, Serialize)]
pub struct QuantityRecord<'a> {
    /// The document id.
    pub doc: &'a str,
    /// The language the surface was read in.
    pub lang: Lang,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The surface.
    pub text: &'a str,
    /// The amount (value, max, unit, bound, approximate, significant_digits, interval).
    #[serde(flatten)]
    pub quantity: &'a Quantity,
}

impl<'a> QuantityRecord<'a> {
    /// The record of a mention in `doc`.
    pub fn new(doc: &'a Document, q: &'a QuantityMention) -> Self {
        QuantityRecord {
            doc: &doc.id,
            lang: q.lang,
            start: q.span.start,
            end: q.span.end,
            text: surface(doc, q.span.start, q.span.end),
            quantity: &q.quantity,
        }
    }
}

/// An entity mention as one JSON object:
/// `{"doc", "start", "end", "text", "id", "name", "kind", "score", "rule"}`.
#[derive(Debug, Serialize)]
pub struct EntityRecord<'a> {
    /// The document id.
    pub doc: &'a str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The surface.
    pub text: &'a str,
    /// The entity id.
    pub id: &'a str,
    /// The canonical name.
    pub name: &'a str,
    /// The kind.
    pub kind: EntityKind,
    /// How sure the link is.
    pub score: f64,
    /// The rule that made the link.
    pub rule: &'a str,
}

impl<'a> EntityRecord<'a> {
    /// The record of a mention in `doc`.
    pub fn new(doc: &'a Document, e: &'a EntityMention) -> Self {
        EntityRecord {
            doc: &doc.id,
            start: e.span.start,
            end: e.span.end,
            text: surface(doc, e.span.start, e.span.end),
            id: &e.id,
            name: &e.name,
            kind: e.kind,
            score: e.score,
            rule: &e.rule,
        }
    }
}

/// A claim as one JSON object: `{"doc", "lang", "subject", "predicate", "object", "value",
/// "unit", "bound", "start", "end", "text", "confidence", ...}`.
#[derive(Debug, Serialize)]
pub struct ClaimRecord<'a> {
    /// The document id.
    pub doc: &'a str,
    /// The sentence's language.
    pub lang: Lang,
    /// The subject's canonical name.
    pub subject: Option<&'a str>,
    /// The predicate key.
    pub predicate: &'a str,
    /// The object's canonical name.
    pub object: Option<&'a str>,
    /// The value.
    pub value: Decimal,
    /// The upper end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<Decimal>,
    /// The unit.
    pub unit: Unit,
    /// The bound.
    pub bound: Bound,
    /// First byte of the figure.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The figure as written.
    pub text: &'a str,
    /// Whether the predicate has one true value.
    pub functional: bool,
    /// How sure the extraction is.
    pub confidence: f64,
    /// The subject's entity id.
    pub subject_id: Option<&'a str>,
    /// The object's entity id.
    pub object_id: Option<&'a str>,
    /// The other party the claim's sentence names, which the figure may be about instead
    /// ([`Claim::alternative_subject`]); absent where none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative_subject: Option<&'a str>,
    /// Its entity id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative_subject_id: Option<&'a str>,
}

impl<'a> ClaimRecord<'a> {
    /// The record of a claim.
    pub fn new(c: &'a Claim) -> Self {
        ClaimRecord {
            doc: &c.provenance.doc,
            lang: c.provenance.lang,
            subject: c.subject.as_ref().map(|e| e.name.as_str()),
            predicate: &c.predicate,
            object: c.object.as_ref().map(|e| e.name.as_str()),
            value: c.quantity.value,
            max: c.quantity.max,
            unit: c.quantity.unit,
            bound: c.quantity.bound,
            start: c.provenance.span.start,
            end: c.provenance.span.end,
            text: &c.provenance.text,
            functional: c.functional,
            confidence: c.confidence,
            subject_id: c.subject.as_ref().map(|e| e.id.as_str()),
            object_id: c.object.as_ref().map(|e| e.id.as_str()),
            alternative_subject: c.alternative_subject.as_ref().map(|e| e.name.as_str()),
            alternative_subject_id: c.alternative_subject.as_ref().map(|e| e.id.as_str()),
        }
    }
}

/// A value for people: `14.3 billion USD`, `49 %`, `5 GW`, `10,000`.
///
/// ```
/// use concord::{output::human_value, Decimal, Unit};
/// let v: Decimal = "14.3e9".parse().unwrap();
/// assert_eq!(human_value(&v, Unit::currency("USD")), "14.3 billion USD");
/// assert_eq!(human_value(&"5e9".parse().unwrap(), Unit::Power), "5 GW");
/// assert_eq!(human_value(&"10000".parse().unwrap(), Unit::Count), "10,000");
/// ```
pub fn human_value(v: &Decimal, unit: Unit) -> String {
    match unit {
        Unit::Percent => format!("{v} %"),
        Unit::Power | Unit::Energy => {
            let sym = unit.code();
            for (k, p) in [(12, "T"), (9, "G"), (6, "M"), (3, "k")] {
                if let Some(s) = v.scale(-k) {
                    if s.normalized().coeff() != 0 && digits_before_point(&s) >= 1 {
                        return format!("{s} {p}{sym}");
                    }
                }
            }
            format!("{v} {sym}")
        }
        Unit::Year => v.to_string(),
        _ => {
            let mut words = String::new();
            for (k, w) in [(12, "trillion"), (9, "billion"), (6, "million")] {
                if let Some(s) = v.scale(-k) {
                    if digits_before_point(&s) >= 1 {
                        words = format!("{s} {w}");
                        break;
                    }
                }
            }
            if words.is_empty() {
                words = group_thousands(&v.to_string());
            }
            match unit {
                Unit::Count => words,
                u => format!("{words} {}", u.code()),
            }
        }
    }
}

fn digits_before_point(d: &Decimal) -> usize {
    let s = d.to_string();
    let int = s.split('.').next().unwrap_or("");
    int.trim_start_matches('-').trim_start_matches('0').len()
}

fn group_thousands(s: &str) -> String {
    let (int, frac) = match s.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", int),
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

fn human_quantity(value: &Decimal, max: Option<&Decimal>, unit: Unit, bound: Bound) -> String {
    let v = human_value(value, unit);
    match (bound, max) {
        (Bound::Range, Some(m)) => {
            format!("{} to {}", human_value(value, unit), human_value(m, unit))
        }
        (Bound::Exact, _) | (Bound::Range, None) => v,
        (Bound::Approx, _) => format!("about {v}"),
        (Bound::MoreThan, _) => format!("more than {v}"),
        (Bound::AtLeast, _) => format!("at least {v}"),
        (Bound::LessThan, _) => format!("less than {v}"),
        (Bound::AtMost, _) => format!("at most {v}"),
    }
}

fn key(subject: Option<&str>, predicate: &str, object: Option<&str>) -> String {
    let mut k = subject.unwrap_or("(no subject)").to_string();
    k.push_str(" · ");
    k.push_str(predicate);
    if let Some(o) = object {
        k.push_str(" · ");
        k.push_str(o);
    }
    k
}

fn write_sources(out: &mut impl std::fmt::Write, sources: &[SourceRef], indent: &str) {
    for s in sources {
        let _ = writeln!(
            out,
            "{indent}{} [{}] bytes {}..{}: \"{}\"",
            s.doc, s.lang, s.start, s.end, s.text
        );
    }
}

fn langs(sources: &[SourceRef]) -> String {
    let mut ls: Vec<&str> = sources.iter().map(|s| s.lang.code()).collect();
    ls.sort_unstable();
    ls.dedup();
    ls.join(", ")
}

fn distinct_docs(sources: &[SourceRef]) -> usize {
    let mut d: Vec<&str> = sources.iter().map(|s| s.doc.as_str()).collect();
    d.sort_unstable();
    d.dedup();
    d.len()
}

/// The readable report: conflicts first, each with every source's exact words, language and
/// document and why it is a conflict; then the facts several sources agree on; then the facts
/// only one source states; then the sources' trust. [`write_report`] writes the same text to a
/// writer without holding it whole.
pub fn render_report(report: &Report, documents: usize) -> String {
    let mut out = String::new();
    report_text(&mut out, report, documents);
    out
}

/// Writes [`render_report`]'s text to `out` as it is made, so that a large report is never held
/// twice (once as the report, once as its text); the first write error is returned.
///
/// ```
/// use concord::{output::{render_report, write_report}, Document, Reconciler};
/// let report = Reconciler::default()
///     .add(Document::new("a", "Nordwerk investiert 15 Milliarden Euro in Solvane."))
///     .reconcile();
/// let mut bytes = Vec::new();
/// write_report(&report, 1, &mut bytes).unwrap();
/// assert_eq!(String::from_utf8(bytes).unwrap(), render_report(&report, 1));
/// ```
pub fn write_report(
    report: &Report,
    documents: usize,
    out: impl std::io::Write,
) -> std::io::Result<()> {
    let mut w = IoText { out, error: None };
    report_text(&mut w, report, documents);
    match w.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// An `io::Write` as a `fmt::Write` that keeps the first error and writes nothing after it.
struct IoText<W> {
    out: W,
    error: Option<std::io::Error>,
}

impl<W: std::io::Write> std::fmt::Write for IoText<W> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if self.error.is_some() {
            return Err(std::fmt::Error);
        }
        self.out.write_all(s.as_bytes()).map_err(|e| {
            self.error = Some(e);
            std::fmt::Error
        })
    }
}

/// The text of [`render_report`], written to `out` (its errors are the writer's, kept by it).
fn report_text(out: &mut impl std::fmt::Write, report: &Report, documents: usize) {
    let agreed = report
        .facts
        .iter()
        .filter(|f| distinct_docs(&f.sources) > 1)
        .count();
    let _ = writeln!(
        out,
        "concord report: {documents} documents, {} facts ({agreed} confirmed by several sources), {} conflicts",
        report.facts.len(),
        report.conflicts.len()
    );

    let _ = writeln!(out, "\nCONFLICTS");
    if report.conflicts.is_empty() {
        let _ = writeln!(out, "  none");
    }
    for (i, c) in report.conflicts.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{}. {} ({}): {:?}",
            i + 1,
            key(c.subject.as_deref(), &c.predicate, c.object.as_deref()),
            c.unit,
            c.cause
        );
        let _ = writeln!(out, "   why: {}", c.explanation);
        for a in &c.alternatives {
            let _ = writeln!(
                out,
                "   - {}  interval {}  weight {:.2}",
                human_quantity(&a.value, a.max.as_ref(), a.unit, a.bound),
                a.interval,
                a.weight
            );
            write_sources(out, &a.sources, "       ");
        }
        if !c.compatible.is_empty() {
            let _ = writeln!(out, "   - compatible with several of these, supports none:");
            write_sources(out, &c.compatible, "       ");
        }
    }

    let _ = writeln!(out, "\nAGREEMENTS (stated by several sources)");
    if agreed == 0 {
        let _ = writeln!(out, "  none");
    }
    for f in report
        .facts
        .iter()
        .filter(|f| distinct_docs(&f.sources) > 1)
    {
        let _ = writeln!(
            out,
            "\n- {}: {}  ({} sources: {}; confidence {:.2})",
            key(f.subject.as_deref(), &f.predicate, f.object.as_deref()),
            human_quantity(&f.value, f.max.as_ref(), f.unit, f.bound),
            distinct_docs(&f.sources),
            langs(&f.sources),
            f.confidence
        );
        write_sources(out, &f.sources, "    ");
    }

    let single: Vec<_> = report
        .facts
        .iter()
        .filter(|f| distinct_docs(&f.sources) <= 1)
        .collect();
    let _ = writeln!(out, "\nSINGLE-SOURCE FACTS");
    if single.is_empty() {
        let _ = writeln!(out, "  none");
    }
    for f in single {
        let _ = writeln!(
            out,
            "- {}: {}",
            key(f.subject.as_deref(), &f.predicate, f.object.as_deref()),
            human_quantity(&f.value, f.max.as_ref(), f.unit, f.bound),
        );
        write_sources(out, &f.sources, "    ");
    }

    write_relations(out, &report.relations);

    if !report.sources.is_empty() {
        let _ = writeln!(out, "\nSOURCES");
        for s in &report.sources {
            let _ = writeln!(
                out,
                "  {}  trust {:.2}  ({} claims)",
                s.doc, s.trust, s.claims
            );
        }
    }
}

/// "Marta Kessler: joins Voltaria, from Ferrotek", "…: leaves Ferrotek".
fn move_of(person: &str, to: Option<&str>, from: Option<&str>) -> String {
    match (to, from) {
        (Some(t), Some(f)) => format!("{person}: joins {t}, from {f}"),
        (Some(t), None) => format!("{person}: joins {t}"),
        (None, Some(f)) => format!("{person}: leaves {f}"),
        (None, None) => person.to_string(),
    }
}

/// The entity facts without a figure: who joined which organization.
fn write_relations(out: &mut impl std::fmt::Write, relations: &crate::relation::RelationReport) {
    if relations.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nENTITY FACTS (people joining organizations)");
    for c in &relations.conflicts {
        let _ = writeln!(
            out,
            "\n- CONFLICT {} ({}): the sources name different organizations",
            c.person, c.predicate
        );
        for a in &c.alternatives {
            let _ = writeln!(
                out,
                "   - {}",
                move_of(&c.person, a.to.as_deref(), a.from.as_deref())
            );
            write_sources(out, &a.sources, "       ");
        }
    }
    for f in &relations.facts {
        let _ = writeln!(
            out,
            "\n- {} ({}; {} sources: {}; confidence {:.2})",
            move_of(&f.person, f.to.as_deref(), f.from.as_deref()),
            f.predicate,
            f.independent_sources,
            langs(&f.sources),
            f.confidence
        );
        write_sources(out, &f.sources, "    ");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_values() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(
            human_value(&d("45e6"), Unit::currency("USD")),
            "45 million USD"
        );
        assert_eq!(human_value(&d("200e6"), Unit::Power), "200 MW");
        assert_eq!(human_value(&d("49"), Unit::Percent), "49 %");
        assert_eq!(human_value(&d("1234567"), Unit::Count), "1.234567 million");
        assert_eq!(human_value(&d("12345"), Unit::Count), "12,345");
        assert_eq!(human_value(&d("2026"), Unit::Year), "2026");
    }
}
