//! A bare figure beside a named figure of its own unit is of the named figure's measure
//! (issue 5): news writing names a measure once and lets the figures of the same measure
//! around it go bare ("stieg auf 7,4 Milliarden Euro, nach 6,8 Milliarden Euro im Vorjahr").
//! Such a figure takes the named one's key instead of being dropped as a qualifier; not where
//! the two are of different orders, stand in different clauses, or one is the whole of the
//! other. Our own sentences: company results (de, fr), road maintenance spending (it); a
//! semicolon, an amount of another order and counts (de, fr) as traps.

use concord::Lang::{De, Fr, It, Zh};

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
    // Across a semicolon: a new statement, a fact of its own (clause_of), never the revenue.
    let semi = "Danone spart\n\nDer Umsatz von Danone stieg auf 7,4 Milliarden Euro; 300 Millionen Euro fließen in neue Werke.";
    assert_ne!(
        key_on(De, semi, "300 Millionen Euro").as_deref(),
        Some("revenue")
    );
    // Over ten times apart: not one measure (where no word says it is the earlier value).
    let far = "Danone wächst\n\nDer Umsatz von Danone stieg auf 7,4 Milliarden Euro, mit 68 Millionen Euro aus Lizenzen.";
    assert_eq!(key_on(De, far, "68 Millionen Euro"), None);
    // A count beside another keeps none of its key: here a part of the staff, not the staff.
    let count = "Danone en croissance\n\nLe chiffre d'affaires de Danone a atteint 3,1 milliards d'euros, et 120 000 salariés y ont contribué, 30 000 d'entre eux en France.";
    assert_ne!(key_on(Fr, count, "30 000").as_deref(), Some("headcount"));
}

/// A figure nothing names, right after a word that introduces the earlier value ("contre",
/// "contro", "nach", "较") or the value a statement replaces ("au lieu de", "statt", "而非"),
/// is the named fact before it at another time or in another plan, whatever its dimension.
#[test]
fn a_bare_figure_after_a_word_for_the_earlier_value_is_the_same_fact() {
    // Hospital staff (a count), in fr and it.
    let fr = "Hôpitaux bretons\n\nLe CHU de Brest compte 4 200 salariés, contre 3 900 en 2019.";
    assert_eq!(
        key_on(Fr, fr, "3 900").as_deref(),
        Some("headcount"),
        "{:?}",
        spf(&run(fr, Fr))
    );
    let it = "Ospedali\n\nL'ospedale Niguarda conta 4.200 dipendenti, contro 3.900 nel 2019.";
    assert_eq!(key_on(It, it, "3.900").as_deref(), Some("headcount"));
    // The labour market (a share), in it, de and zh ("而非": the forecast it replaces).
    let it = "Lavoro in Sardegna\n\nIn Sardegna il tasso di disoccupazione è sceso al 9,2%, contro l'11,5% del 2022.";
    assert_eq!(
        key_on(It, it, "11,5%").as_deref(),
        Some("unemployment_rate")
    );
    let de = "Arbeitslosigkeit\n\nIn Sachsen stieg die Arbeitslosenquote auf 6,4 Prozent, nach 5,9 Prozent im Vorjahr.";
    assert_eq!(
        key_on(De, de, "5,9 Prozent").as_deref(),
        Some("unemployment_rate")
    );
    let zh = "就业\n\n广东省失业率为5.1%，而非此前预计的5.6%。";
    assert_eq!(
        key_on(Zh, zh, "5.6%").as_deref(),
        Some("unemployment_rate"),
        "{:?}",
        spf(&run(zh, Zh))
    );
    // Company results (an amount): the earlier value, whatever its order, a value of another
    // year beside this year's (multi-valued: no contradiction).
    let de = "Danone wächst\n\nDer Umsatz von Danone stieg auf 7,4 Milliarden Euro, nach 68 Millionen Euro im Jahr 1990.";
    let earlier = run(de, De)
        .into_iter()
        .find(|c| c.provenance.text == "68 Millionen Euro");
    assert_eq!(
        earlier
            .as_ref()
            .map(|c| (c.predicate.as_str(), c.functional)),
        Some(("revenue", false))
    );
    // A strike (a duration), in fr.
    let fr = "Grève\n\nLa grève de la SNCF a duré 12 jours, contre 5 jours en 2022.";
    assert_eq!(
        key_on(Fr, fr, "5 jours").as_deref(),
        Some("strike_duration")
    );
}
