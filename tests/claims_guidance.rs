//! Forecasts, guidance and targets (issue 5): "prevede ricavi per 4,2 miliardi" is no revenue
//! reported, and must not be set against one. A forecast marker ("prevede", "rechnet mit",
//! "prévoit", "expects", "预计") before the figure in its clause gives a results frame its
//! `*_guidance` key; the same words in a phrase about a figure reported ("come previsto", "wie
//! erwartet", "better than expected", "高于预期") do not. Our own sentences.

use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{claim_on, subject_name};

/// (subject, predicate) of the claim on `figure`.
fn on(lang: Lang, text: &str, figure: &str) -> (String, String) {
    let c = claim_on(lang, text, figure);
    (subject_name(&c), c.predicate)
}

fn siemens(key: &str) -> (String, String) {
    ("Siemens".to_string(), key.to_string())
}

#[test]
fn a_forecast_is_guidance_in_every_language() {
    let cases = [
        (
            It,
            "Per il 2026 Siemens prevede ricavi per 82 miliardi di euro.",
            "82 miliardi",
        ),
        (
            De,
            "Für 2026 rechnet Siemens mit einem Umsatz von 82 Milliarden Euro.",
            "82 Milliarden",
        ),
        (
            Fr,
            "Pour 2026, Siemens prévoit un chiffre d'affaires de 82 milliards d'euros.",
            "82 milliards",
        ),
        (
            En,
            "Siemens expects revenue of 82 billion euros in 2026.",
            "82 billion",
        ),
        (Zh, "西门子预计2026年营收约820亿欧元。", "820亿欧元"),
        (
            De,
            "Siemens peilt für 2026 einen operativen Gewinn von 12 Milliarden Euro an.",
            "12 Milliarden",
        ),
    ];
    for (lang, text, figure) in cases {
        let (subject, key) = on(lang, text, figure);
        assert_eq!(subject, "Siemens", "{text}");
        assert!(key.ends_with("_guidance"), "{text}: {key}");
    }
}

#[test]
fn a_figure_reported_as_expected_stays_reported() {
    let cases = [
        (It, "Siemens ha chiuso il 2025 con ricavi per 80 miliardi di euro, come previsto dagli analisti.", "80 miliardi"),
        (De, "Siemens steigerte den Umsatz wie erwartet auf 80 Milliarden Euro.", "80 Milliarden"),
        (Fr, "Siemens a réalisé un chiffre d'affaires de 80 milliards d'euros en 2025.", "80 milliards"),
        (En, "Siemens reported revenue of 80 billion euros, better than expected.", "80 billion"),
        (Zh, "西门子2025年营收800亿欧元，高于预期。", "800亿欧元"),
    ];
    for (lang, text, figure) in cases {
        assert_eq!(on(lang, text, figure), siemens("revenue"), "{text}");
    }
}

#[test]
fn a_forecast_word_in_another_clause_leaves_the_figure_reported() {
    // The forecast belongs to the clause after the figure's.
    let text =
        "Siemens ha registrato ricavi per 80 miliardi di euro e prevede una crescita nel 2026.";
    assert_eq!(on(It, text, "80 miliardi"), siemens("revenue"));
}
