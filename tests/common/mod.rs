//! Helpers shared by the claim test files.

use concord::claim::{self, Claim, ClaimInput};
use concord::text::sentences;
use concord::{quantity, Document, EntityKind, EntityMention, Lang, Pipeline, Span};

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

/// The claims of `text` in `lang` from the claims stage alone, with the figures the scanner
/// finds and every occurrence of `orgs` marked as an organization (no gazetteer involved).
#[allow(dead_code)]
pub fn claims_marking(lang: Lang, text: &str, orgs: &[&str]) -> Vec<Claim> {
    let mut entities = Vec::new();
    for name in orgs {
        for (start, _) in text.match_indices(name) {
            entities.push(EntityMention {
                span: Span::new(start, start + name.len()),
                id: name.to_lowercase(),
                name: (*name).to_string(),
                kind: EntityKind::Organization,
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
