//! Helpers shared by the claim test files.

use concord::claim::Claim;
use concord::{Document, Lang, Pipeline};

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
