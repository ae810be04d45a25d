//! A bare figure beside a named figure of its own unit is of the named figure's measure
//! (issue 5): news writing names a measure once and lets the figures of the same measure
//! around it go bare ("stieg auf 7,4 Milliarden Euro, nach 6,8 Milliarden Euro im Vorjahr").
//! Such a figure takes the named one's key instead of being dropped as a qualifier; not where
//! the two are of different orders, stand in different clauses, or one is the whole of the
//! other. Our own sentences: company results (de, fr), road maintenance spending (it); a
//! semicolon, an amount of another order and counts (de, fr) as traps.

use concord::Lang::{De, Fr, It};

mod common;
use common::{run, spf};

/// The predicate of the claim on the figure whose surface is exactly `figure`, if any.
fn key_on(lang: concord::Lang, text: &str, figure: &str) -> Option<String> {
    run(text, lang)
        .into_iter()
        .find(|c| c.provenance.text == figure)
        .map(|c| c.predicate)
}

#[test]
fn a_bare_amount_beside_a_named_one_of_its_unit_takes_its_key() {
    // Company results: the level a year before.
    let de = "Danone wächst\n\nDer Umsatz von Danone stieg im vergangenen Jahr auf 7,4 Milliarden Euro, nach 6,8 Milliarden Euro im Vorjahr.";
    assert_eq!(
        key_on(De, de, "6,8 Milliarden Euro").as_deref(),
        Some("revenue"),
        "{:?}",
        spf(&run(de, De))
    );
    let fr = "Danone en croissance\n\nLe chiffre d'affaires de Danone a atteint 3,1 milliards d'euros, contre 2,8 milliards d'euros un an plus tôt.";
    assert_eq!(
        key_on(Fr, fr, "2,8 milliards d'euros").as_deref(),
        Some("revenue")
    );
    // Infrastructure spending: the amount of an earlier year set against this one's.
    let it = "Lavori sulla A1\n\nAutostrade per l'Italia ha speso 1,2 miliardi di euro per la manutenzione, contro 900 milioni di euro nel 2022.";
    assert_eq!(
        key_on(It, it, "900 milioni di euro").as_deref(),
        Some("investment"),
        "{:?}",
        spf(&run(it, It))
    );
}

#[test]
fn a_bare_figure_of_another_order_clause_or_dimension_takes_no_key() {
    // Across a semicolon: a new statement.
    let semi = "Danone spart\n\nDer Umsatz von Danone stieg auf 7,4 Milliarden Euro; 300 Millionen Euro fließen in neue Werke.";
    assert_eq!(key_on(De, semi, "300 Millionen Euro"), None);
    // Over ten times apart: not one measure.
    let far = "Danone wächst\n\nDer Umsatz von Danone stieg auf 7,4 Milliarden Euro, nach 68 Millionen Euro im Jahr 1990.";
    assert_eq!(key_on(De, far, "68 Millionen Euro"), None);
    // A count beside another keeps none of its key.
    let count = "Danone en croissance\n\nLe chiffre d'affaires de Danone a atteint 3,1 milliards d'euros, et 120 000 salariés y ont contribué, contre 110 000 en 2020.";
    assert_ne!(key_on(Fr, count, "110 000").as_deref(), Some("headcount"));
}
