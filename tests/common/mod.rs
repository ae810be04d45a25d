//! Helpers shared by the claim test files (and the quantity rows of the quantity test files).

use concord::claim::{self, Claim, ClaimInput};
use concord::text::sentences;
use concord::{
    quantity, Document, EntityKind, EntityMention, Gazetteer, Lang, Pipeline, QuantityMention, Span,
};

/// The claims of `text` read in `lang` by the default pipeline.
pub fn run(text: &str, lang: Lang) -> Vec<Claim> {
    Pipeline::default()
        .analyze(&Document::new("t.txt", text).with_lang(lang))
        .unwrap()
        .claims
}

/// (subject name, predicate, figure surface) of every claim.
pub fn spf(claims: &[Claim]) -> Vec<(String, String, String)> {
    claims
        .iter()
        .map(|c| {
            (
                c.subject.as_ref().map_or(String::new(), |s| s.name.clone()),
                c.predicate.clone(),
                c.provenance.text.clone(),
            )
        })
        .collect()
}

/// The first claim of `text` read in `lang` whose figure's surface contains `figure`; panics
/// naming every claim when there is none.
#[allow(dead_code)] // (not every test file that shares this module asks for one claim)
pub fn claim_on(lang: Lang, text: &str, figure: &str) -> Claim {
    let claims = run(text, lang);
    claims
        .iter()
        .find(|c| c.provenance.text.contains(figure))
        .cloned()
        .unwrap_or_else(|| panic!("no claim on {figure:?} in {text:?}: {:?}", spf(&claims)))
}

/// The name of a claim's subject, empty when it has none.
#[allow(dead_code)]
pub fn subject_name(c: &Claim) -> String {
    c.subject.as_ref().map_or(String::new(), |s| s.name.clone())
}

/// The subject's name ([`subject_name`]) of the first claim of `text` read in `lang` whose
/// figure's surface contains `figure`, or `None` when no claim is on it.
#[allow(dead_code)]
pub fn subject_on(lang: Lang, text: &str, figure: &str) -> Option<String> {
    run(text, lang)
        .iter()
        .find(|c| c.provenance.text.contains(figure))
        .map(subject_name)
}

/// The claims of `text` from the claims stage alone, every occurrence of each organization
/// name in `orgs` marked as that organization.
#[allow(dead_code)]
pub fn claims_marking(lang: Lang, text: &str, orgs: &[&str]) -> Vec<Claim> {
    let names: Vec<(&str, &str, EntityKind)> = orgs
        .iter()
        .map(|&n| (n, n, EntityKind::Organization))
        .collect();
    claims_marked(lang, text, &names)
}

/// The claims of `text` from the claims stage alone, every occurrence of each `(surface,
/// name, kind)` marked as that entity; longer surfaces first ("Brandner" inside "Lukas
/// Brandner" is no mention of its own).
#[allow(dead_code)]
pub fn claims_marked(lang: Lang, text: &str, names: &[(&str, &str, EntityKind)]) -> Vec<Claim> {
    let mut entities: Vec<EntityMention> = Vec::new();
    let mut names = names.to_vec();
    names.sort_by_key(|n| std::cmp::Reverse(n.0.len()));
    for &(surface, name, kind) in &names {
        for (start, _) in text.match_indices(surface) {
            let span = Span::new(start, start + surface.len());
            if entities.iter().any(|e| e.span.overlaps(&span)) {
                continue;
            }
            entities.push(EntityMention {
                span,
                id: name.to_lowercase(),
                name: name.to_string(),
                kind,
                score: 0.95,
                rule: "test".into(),
            });
        }
    }
    entities.sort_by_key(|e| e.span);
    let quantities = quantity::scan(text, lang);
    let sentences = sentences::split(text, lang);
    claim::extract(&ClaimInput {
        doc: "t.txt",
        text,
        lang,
        sentences: &sentences,
        quantities: &quantities,
        entities: &entities,
    })
}

/// (subject name, predicate) of the first claim whose figure's surface contains `figure`.
#[allow(dead_code)]
pub fn subject_predicate_on(cs: &[Claim], figure: &str) -> Option<(String, String)> {
    cs.iter()
        .find(|c| c.provenance.text.contains(figure))
        .map(|c| (subject_name(c), c.predicate.clone()))
}

/// `Some((subject, predicate))`, what [`subject_predicate_on`] gives for a claim found.
#[allow(dead_code)]
pub fn sp(s: &str, p: &str) -> Option<(String, String)> {
    Some((s.into(), p.into()))
}

/// The subject's name of the first claim of predicate `key` on a figure whose surface contains
/// `figure` (empty when the claim has no subject); panics with the claims when there is none.
#[allow(dead_code)]
pub fn subject_keyed(lang: Lang, text: &str, figure: &str, key: &str) -> Option<String> {
    let claims = run(text, lang);
    claims
        .iter()
        .find(|c| c.provenance.text.contains(figure) && c.predicate == key)
        .map(|c| c.subject.as_ref().map_or(String::new(), |s| s.name.clone()))
        .or_else(|| panic!("no {key} on {figure:?} in {text:?}: {:?}", spf(&claims)))
}

/// Asserts that `text` read in `lang` states a fact of predicate `key` about `subject` on a
/// figure whose surface contains `figure`.
#[allow(dead_code)]
pub fn states(lang: Lang, text: &str, figure: &str, key: &str, subject: &str) {
    let claims = run(text, lang);
    let found = claims.iter().any(|c| {
        c.provenance.text.contains(figure)
            && c.predicate == key
            && c.subject.as_ref().is_some_and(|s| s.name == subject)
    });
    assert!(
        found,
        "{key} {subject} on {figure:?} in {text:?}: {:?}",
        spf(&claims)
    );
}

/// Asserts that some claim of `text` read in `lang` has the subject named `s`, the predicate
/// `p` and a figure whose surface contains `f`.
#[allow(dead_code)]
pub fn has_claim(lang: Lang, text: &str, s: &str, p: &str, f: &str) {
    let c = spf(&run(text, lang));
    let ok = c
        .iter()
        .any(|(gs, gp, gf)| gs == s && gp == p && gf.contains(f));
    assert!(ok, "{s} {p} {f} in {text}: {c:?}");
}

/// Whether a claim of `text` read as `lang` stands on the figure whose surface starts with
/// `figure`.
#[allow(dead_code)]
pub fn claimed(lang: Lang, text: &str, figure: &str) -> bool {
    run(text, lang)
        .iter()
        .any(|c| c.provenance.text.starts_with(figure))
}

/// The claims on the figure written `figure`, the conversions of another claim left out.
#[allow(dead_code)]
pub fn on<'c>(claims: &'c [Claim], figure: &str) -> Vec<&'c Claim> {
    claims
        .iter()
        .filter(|c| c.provenance.text.contains(figure) && c.conversion_of.is_none())
        .collect()
}

/// The subject a test expects: the entity's id, or its name.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy)]
pub enum Who<'a> {
    Id(&'a str),
    Name(&'a str),
}

impl Who<'_> {
    /// Whether `c` is about this subject.
    #[allow(dead_code)]
    pub fn is_subject_of(self, c: &Claim) -> bool {
        c.subject.as_ref().is_some_and(|s| match self {
            Who::Id(id) => s.id == id,
            Who::Name(name) => s.name == name,
        })
    }
}

/// Asserts that `text` read in `lang` states a fact of predicate `key` about `who` on the
/// figure written `figure` (not a conversion), of `value` and `unit`.
#[allow(dead_code)]
pub fn states_valued(
    lang: Lang,
    text: &str,
    figure: &str,
    key: &str,
    who: Who,
    value: &str,
    unit: &str,
) {
    let claims = run(text, lang);
    let found = on(&claims, figure).iter().any(|c| {
        c.predicate == key
            && who.is_subject_of(c)
            && c.quantity.value.to_string() == value
            && c.quantity.unit.to_string() == unit
    });
    assert!(
        found,
        "{key} {who:?} on {figure:?} in {text:?}: {:?}",
        spf(&claims)
    );
}

/// Asserts that no claim of `text` read in `lang` on a figure whose surface contains `figure`
/// takes the predicate `key`.
#[allow(dead_code)]
pub fn never(lang: Lang, text: &str, figure: &str, key: &str) {
    let claims = run(text, lang);
    assert!(
        claims
            .iter()
            .filter(|c| c.provenance.text.contains(figure))
            .all(|c| c.predicate != key),
        "{key} in {text:?}: {:?}",
        spf(&claims)
    );
}

/// (surface, id) of every mention the embedded gazetteer links in `text`.
#[allow(dead_code)]
pub fn pairs(text: &str, lang: Lang) -> Vec<(String, String)> {
    pairs_in(Gazetteer::embedded(), text, lang)
}

/// (surface, id) of every mention gazetteer `g` links in `text`.
#[allow(dead_code)]
pub fn pairs_in(g: &Gazetteer, text: &str, lang: Lang) -> Vec<(String, String)> {
    g.link(text, lang)
        .into_iter()
        .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.id))
        .collect()
}

/// The surface of every mention the embedded gazetteer links in `text`.
#[allow(dead_code)]
pub fn surfaces(text: &str, lang: Lang) -> Vec<String> {
    pairs(text, lang).into_iter().map(|(s, _)| s).collect()
}

/// The id of the first mention the embedded gazetteer links in `text` whose surface is
/// `surface`.
#[allow(dead_code)]
pub fn id_of(text: &str, lang: Lang, surface: &str) -> Option<String> {
    pairs(text, lang)
        .into_iter()
        .find(|(s, _)| s == surface)
        .map(|(_, id)| id)
}

/// The id of every mention the embedded gazetteer links in `text`.
#[allow(dead_code)]
pub fn ids_of(text: &str, lang: Lang) -> Vec<String> {
    pairs(text, lang).into_iter().map(|(_, id)| id).collect()
}

/// Whether the embedded gazetteer links `surface` to `id` in `text`.
#[allow(dead_code)]
pub fn has(text: &str, lang: Lang, surface: &str, id: &str) -> bool {
    pairs(text, lang)
        .iter()
        .any(|(s, i)| s == surface && i == id)
}

/// Asserts that in each `(text, lang, surface, id)` the surface links to the id, showing
/// what the text linked where it does not.
#[allow(dead_code)]
pub fn assert_links(cases: &[(&str, Lang, &str, &str)]) {
    for &(text, lang, surface, id) in cases {
        assert!(
            has(text, lang, surface, id),
            "{text}: {:?}",
            pairs(text, lang)
        );
    }
}

/// The predicate keys of the claims on the figure written `figure`.
#[allow(dead_code)]
pub fn keys_on(claims: &[Claim], figure: &str) -> Vec<String> {
    claims
        .iter()
        .filter(|c| c.provenance.text.contains(figure))
        .map(|c| c.predicate.clone())
        .collect()
}

/// `text` read in `lang` keys the figure written `figure` by `key`.
#[allow(dead_code)]
pub fn keyed(lang: Lang, text: &str, figure: &str, key: &str) {
    let claims = run(text, lang);
    assert!(
        keys_on(&claims, figure).iter().any(|k| k == key),
        "{key} on {figure:?} in {text:?}: {:?}",
        spf(&claims)
    );
}

// ------------------------------------------------------------------ quantity rows

/// One quantity mention as (surface, value, unit, bound, max).
#[allow(dead_code)]
pub type Row = (String, String, String, String, Option<String>);

/// The rows of the quantities `quantity::scan` finds in `text` read in `lang`.
#[allow(dead_code)]
pub fn rows(text: &str, lang: Lang) -> Vec<Row> {
    quantity::scan(text, lang)
        .iter()
        .map(|m| row(text, m))
        .collect()
}

/// The row of mention `m` of `text`.
#[allow(dead_code)]
pub fn row(text: &str, m: &QuantityMention) -> Row {
    let q = &m.quantity;
    (
        text[m.span.start..m.span.end].to_string(),
        q.value.to_string(),
        q.unit.to_string(),
        q.bound.to_string(),
        q.max.map(|x| x.to_string()),
    )
}

/// The row of a single value (no upper end).
#[allow(dead_code)]
pub fn r(surface: &str, value: &str, unit: &str, bound: &str) -> Row {
    (
        surface.into(),
        value.into(),
        unit.into(),
        bound.into(),
        None,
    )
}

/// That the quantities of `text` read in `lang` are `expected`, in order.
#[allow(dead_code)]
#[track_caller]
pub fn check(text: &str, lang: Lang, expected: &[Row]) {
    assert_eq!(rows(text, lang), expected, "in {text:?}");
}
