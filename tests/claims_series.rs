//! A figure that continues a series for a period of its own ("2,4 % cette année, puis 1,9 %
//! l'an prochain") states the same multi-valued fact as the figure before it, for the same
//! party. A figure without a period of its own, one of a fact with one true value (last year's
//! revenue beside this year's would read as a contradiction), or one past another party is
//! not restated.

mod common;

use common::claims_marking;
use concord::claim::Claim;
use concord::Lang;

/// The claims of `text` in `lang`, every occurrence of `orgs` marked as an organization.
fn claims(lang: Lang, text: &str, orgs: &[&str]) -> Vec<Claim> {
    claims_marking(lang, text, orgs)
}

/// (subject, predicate) of the claim on the figure whose surface is `figure`.
fn on(cs: &[Claim], figure: &str) -> Option<(String, String)> {
    cs.iter().find(|c| c.provenance.text == figure).map(|c| {
        (
            c.subject.as_ref().map_or(String::new(), |s| s.name.clone()),
            c.predicate.clone(),
        )
    })
}

fn sp(s: &str, p: &str) -> Option<(String, String)> {
    Some((s.into(), p.into()))
}

#[test]
fn a_figure_of_its_own_period_continues_the_series() {
    let cases = [
        (
            Lang::Fr,
            "La Banque d'Orvane table sur une inflation de 2,4 % cette année, puis de 1,9 % l'an prochain.",
            "2,4 %",
            "1,9 %",
        ),
        (
            Lang::It,
            "La Banca di Orvane prevede un'inflazione al 2,1% quest'anno e all'1,9% nel 2027.",
            "2,1%",
            "1,9%",
        ),
        (
            Lang::De,
            "Die Notenbank Orvane erwartet für 2027 eine Inflationsrate von 1,9 Prozent, nach 2,1 Prozent im laufenden Jahr.",
            "1,9 Prozent",
            "2,1 Prozent",
        ),
        (
            Lang::En,
            "The Orvane central bank expects inflation of 2.1% this year and 1.9% next year.",
            "2.1%",
            "1.9%",
        ),
        (
            Lang::Zh,
            "Orvane央行预计2026年通胀率为2.1%，2027年为1.9%。",
            "2.1%",
            "1.9%",
        ),
    ];
    for (lang, text, first, second) in cases {
        let cs = claims(lang, text, &["Orvane"]);
        let want = sp("Orvane", "inflation_rate");
        assert_eq!(on(&cs, first), want, "{text}");
        assert_eq!(on(&cs, second), want, "{text}");
    }
    // A share's moves of two years are two values of one multi-valued fact.
    let text = "Il titolo Orvane è salito del 3% quest'anno, dopo il 5% dell'anno scorso.";
    let cs = claims(Lang::It, text, &["Orvane"]);
    assert_eq!(on(&cs, "5%"), sp("Orvane", "share_price_change"), "{text}");
}

#[test]
fn no_period_one_value_or_another_party_continues_nothing() {
    // No period of its own: the target beside the rate is no second inflation rate.
    let text =
        "Per la Banca di Orvane l'inflazione è salita al 2,4%, ben sopra l'obiettivo del 2%.";
    let cs = claims(Lang::It, text, &["Orvane"]);
    assert_ne!(on(&cs, "2%"), sp("Orvane", "inflation_rate"), "{text}");
    // Revenue has one true value a year: last year's beside this year's is not restated as a
    // second value of that one fact (it would read as a contradiction); after a word for the
    // earlier value it may be the fact's value of that other year, multi-valued.
    let cases = [
        (
            Lang::It,
            "Orvane ha chiuso il 2024 con ricavi per 5 miliardi di euro, contro i 4,2 miliardi dell'anno precedente.",
            "4,2 miliardi",
        ),
        (
            Lang::Fr,
            "Orvane a réalisé un chiffre d'affaires de 5 milliards d'euros, contre 4,2 milliards un an plus tôt.",
            "4,2 milliards",
        ),
        (
            Lang::De,
            "Der Umsatz von Orvane stieg auf 5 Milliarden Euro, nach 4,2 Milliarden Euro im Vorjahr.",
            "4,2 Milliarden Euro",
        ),
    ];
    for (lang, text, fig) in cases {
        let cs = claims(lang, text, &["Orvane"]);
        let functional = cs.iter().any(|c| c.provenance.text == fig && c.functional);
        assert!(!functional, "{text}");
    }
    // Past another party the figure is that party's, never the first one's.
    let text = "La Banque d'Orvane table sur une inflation de 2,4 % cette année, et Talvik de 1,9 % l'an prochain.";
    let cs = claims(Lang::Fr, text, &["Orvane", "Talvik"]);
    assert_ne!(
        on(&cs, "1,9 %").map(|(s, _)| s),
        Some("Orvane".to_string()),
        "{text}"
    );
}
