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
