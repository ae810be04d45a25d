//! Temperatures and concentrations as claims (session 19, issue 5): a figure in degrees or in
//! parts per million is a fact of the place measured, keyed by what it measures (a mean
//! temperature, a warming above a reference) the same way in every language. Our own sentences
//! about summer weather and air quality.

use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{run, subject_name};

/// (subject, predicate, unit) of the claim on `figure`.
fn claim_on(lang: Lang, text: &str, figure: &str) -> Option<(String, String, String)> {
    run(text, lang)
        .iter()
        .find(|c| c.provenance.text.contains(figure))
        .map(|c| {
            (
                subject_name(c),
                c.predicate.clone(),
                c.quantity.unit.to_string(),
            )
        })
}

#[test]
fn a_mean_temperature_has_one_key_in_every_language() {
    let cases = [
        (
            It,
            "A Vienna la temperatura media di luglio è salita a 24,1 gradi.",
            "24,1 gradi",
        ),
        (
            De,
            "In Wien lag die Durchschnittstemperatur im Juli bei 24,1 Grad.",
            "24,1 Grad",
        ),
        (
            Fr,
            "À Vienne, la température moyenne de juillet a atteint 24,1 °C.",
            "24,1 °C",
        ),
        (
            En,
            "In Vienna the mean temperature in July reached 24.1 °C.",
            "24.1 °C",
        ),
        (Zh, "维也纳7月平均气温为24.1℃。", "24.1℃"),
    ];
    let mut keys = Vec::new();
    for (lang, text, figure) in cases {
        let got = claim_on(lang, text, figure);
        let (subject, key, unit) = got.unwrap_or_else(|| panic!("{lang:?} {text}: no claim"));
        assert_eq!(unit, "celsius", "{lang:?}");
        assert_eq!(subject, "Wien", "{lang:?} {text}");
        keys.push(key);
    }
    assert!(keys.iter().all(|k| k == &keys[0]), "{keys:?}");
}

#[test]
fn a_warming_has_its_own_key() {
    let cases = [
        (
            It,
            "A Vienna il riscaldamento ha raggiunto 2,3 gradi quest'estate.",
            "2,3 gradi",
        ),
        (
            De,
            "In Wien betrug die Erwärmung im Sommer 2,3 Grad.",
            "2,3 Grad",
        ),
        (
            Fr,
            "À Vienne, le réchauffement a atteint 2,3 °C cet été.",
            "2,3 °C",
        ),
        (Zh, "维也纳今夏升温2.3℃。", "2.3℃"),
    ];
    let mean = claim_on(
        De,
        "In Wien lag die Durchschnittstemperatur im Juli bei 24,1 Grad.",
        "24,1 Grad",
    )
    .expect("a mean");
    for (lang, text, figure) in cases {
        let got = claim_on(lang, text, figure);
        let (subject, key, unit) = got.unwrap_or_else(|| panic!("{lang:?} {text}: no claim"));
        assert_eq!((subject.as_str(), unit.as_str()), ("Wien", "celsius"));
        assert!(key.starts_with("temperature"), "{lang:?}: {key}");
        assert_ne!(key, mean.1, "{lang:?}: a warming keyed as a mean");
    }
}

#[test]
fn a_concentration_is_a_claim() {
    let got = claim_on(
        It,
        "A Milano la concentrazione di biossido di azoto ha toccato 0,2 ppm.",
        "0,2 ppm",
    );
    let (subject, _, unit) = got.expect("a claim");
    assert_eq!((subject.as_str(), unit.as_str()), ("Milan", "ppm"));
}
