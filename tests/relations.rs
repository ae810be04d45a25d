//! Entity facts without a figure (people joining organizations), from our own sentences in
//! each language, through the whole pipeline.

use concord::{Document, Pipeline, Reconciler};

/// (person, joined, left) of every relation the pipeline finds in `text`.
fn moves(lang: &str, text: &str) -> Vec<(String, String, String)> {
    let doc = Document::new(format!("{lang}.txt"), text).with_lang(lang.parse().unwrap());
    let a = Pipeline::default().analyze(&doc).unwrap();
    for r in &a.relations {
        // Every source span slices the text.
        assert_eq!(
            text.get(r.provenance.span.start..r.provenance.span.end),
            Some(r.provenance.text.as_str())
        );
    }
    a.relations
        .into_iter()
        .map(|r| {
            (
                r.person.name,
                r.to.map(|e| e.name).unwrap_or_default(),
                r.from.map(|e| e.name).unwrap_or_default(),
            )
        })
        .collect()
}

fn m(p: &str, to: &str, from: &str) -> (String, String, String) {
    (p.into(), to.into(), from.into())
}

#[test]
fn italian() {
    assert_eq!(
        moves(
            "it",
            "Il ricercatore Marco Rossi, ex capo dell'IA di Apple, è stato assunto da Meta."
        ),
        [m("Marco Rossi", "Meta", "Apple")]
    );
    assert_eq!(
        moves(
            "it",
            "Secondo il quotidiano, l'ingegnere Marco Rossi lascia Google per Microsoft."
        ),
        [m("Marco Rossi", "Microsoft", "Google")]
    );
    // A figure without a person, and a person without a move: nothing.
    assert!(moves("it", "Meta ha assunto 300 ingegneri a Milano.").is_empty());
    assert!(moves(
        "it",
        "Il ricercatore Marco Rossi ha presentato i conti di Apple."
    )
    .is_empty());
}

#[test]
fn german() {
    assert_eq!(
        moves(
            "de",
            "Der frühere Apple-Manager Marco Rossi wechselt zu Meta."
        ),
        [m("Marco Rossi", "Meta", "Apple")]
    );
    assert_eq!(
        moves(
            "de",
            "Meta hat den ehemaligen Google-Forscher Marco Rossi abgeworben."
        ),
        [m("Marco Rossi", "Meta", "Google")]
    );
}

#[test]
fn french() {
    assert_eq!(
        moves(
            "fr",
            "L'ancien chef de l'IA d'Apple, Marco Rossi, a été recruté par Meta."
        ),
        [m("Marco Rossi", "Meta", "Apple")]
    );
    assert_eq!(
        moves(
            "fr",
            "Le chercheur Marco Rossi quitte Google et rejoint Microsoft."
        ),
        [m("Marco Rossi", "Microsoft", "Google")]
    );
}

#[test]
fn english() {
    assert_eq!(
        moves("en", "Meta hired Marco Rossi from Google last week."),
        [m("Marco Rossi", "Meta", "Google")]
    );
    // Who hires is not hired.
    assert_eq!(
        moves("en", "Satya Nadella hired Marco Rossi for Microsoft."),
        [m("Marco Rossi", "Microsoft", "")]
    );
}

#[test]
fn chinese() {
    assert_eq!(
        moves("zh", "谷歌的资深研究员Marco Rossi已被Meta挖走。"),
        [m("Marco Rossi", "Meta", "Google")]
    );
}

#[test]
fn sources_agree_across_languages_and_disagree_as_a_conflict() {
    let report = Reconciler::default()
        .add(Document::new(
            "it.txt",
            "Il ricercatore Marco Rossi, ex capo dell'IA di Apple, è stato assunto da Meta.",
        ))
        .add(Document::new(
            "fr.txt",
            "L'ancien chef de l'IA d'Apple, Marco Rossi, a été recruté par Meta.",
        ))
        .reconcile();
    let facts = &report.relations.facts;
    assert_eq!(facts.len(), 1, "{facts:#?}");
    assert_eq!(facts[0].independent_sources, 2);
    let report = Reconciler::default()
        .add(Document::new(
            "it.txt",
            "Il ricercatore Marco Rossi, ex capo dell'IA di Apple, è stato assunto da Meta.",
        ))
        .add(Document::new(
            "en.txt",
            "Microsoft hired Marco Rossi last week.",
        ))
        .reconcile();
    assert_eq!(
        report.relations.conflicts.len(),
        1,
        "{:#?}",
        report.relations
    );
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["relations"]["conflicts"][0]["person"], "Marco Rossi");
}
