//! Whoever speaks a statement is its source, not the holder of the figures it states (issue
//! 5): "X said that in Y 500 cases were reported" counts Y's cases, where the statement names a
//! party (a state, a region) of its own. The body that counts (a statistics office, a health
//! agency, a ministry) stays the subject where the statement names nobody else, and a company
//! that speaks of its own sales, investments or jobs keeps them. A word that opens a clause
//! ("che", "dass", "que", "während") is no part of it: the place after it still opens the
//! clause that sets its figure there. Our own sentences: births, migration, measles and
//! tuberculosis, power cuts, in Italian, German and Chinese; companies in French, Italian and
//! German.

use concord::Lang::{De, Fr, It, Zh};

mod common;
use common::{run, spf, subject_on};

#[test]
fn a_party_the_statement_names_holds_its_figure() {
    let it = "Nascite in calo\n\nL'Istat ha comunicato che in Lombardia sono nati 70.000 bambini nel 2023.";
    assert_eq!(
        subject_on(It, it, "70.000").as_deref(),
        Some("Lombardia"),
        "{:?}",
        spf(&run(it, It))
    );
    let it = "Sbarchi in aumento\n\nIl Viminale ha precisato che in Sicilia sono sbarcati 4.000 migranti.";
    assert_eq!(subject_on(It, it, "4.000").as_deref(), Some("Sicilia"));
    let de = "Masern breiten sich aus\n\nDas Robert Koch-Institut erklärte, in Bayern seien 500 Masernfälle gemeldet worden.";
    assert_eq!(
        subject_on(De, de, "500").as_deref(),
        Some("Bayern"),
        "{:?}",
        spf(&run(de, De))
    );
    let zh = "结核病疫情\n\n世卫组织指出，印度去年有约200万人感染结核病。";
    assert_eq!(
        subject_on(Zh, zh, "约200万人").as_deref(),
        Some("India"),
        "{:?}",
        spf(&run(zh, Zh))
    );
}

#[test]
fn a_clause_opening_word_leaves_the_place_opening_the_clause() {
    let de = "Kalter Winter\n\nDie Preise stiegen im Winter, während in Österreich 300.000 Haushalte ohne Strom blieben.";
    assert_eq!(
        subject_on(De, de, "300.000").as_deref(),
        Some("Austria"),
        "{:?}",
        spf(&run(de, De))
    );
}

#[test]
fn a_speaker_keeps_what_its_statement_names_no_other_party_for() {
    let fr = "Renault accélère\n\nRenault a indiqué que ses ventes ont atteint 2,2 millions de véhicules.";
    assert_eq!(
        subject_on(Fr, fr, "2,2 millions").as_deref(),
        Some("Renault")
    );
    let it = "Apple in Italia\n\nApple ha annunciato che investirà in Italia 3 miliardi di euro.";
    assert_eq!(subject_on(It, it, "3 miliardi").as_deref(), Some("Apple"));
    let de = "Airbus wächst\n\nAirbus hat erklärt, dass in Toulouse 2.000 Stellen entstehen.";
    assert_eq!(subject_on(De, de, "2.000").as_deref(), Some("Airbus"));
}

/// German reports a statement with a separable verb of saying ("teilte mit", "gab bekannt")
/// as often as with "sagte" or "erklärte": the statement after it is as much another's
/// source. Births and measles.
#[test]
fn a_german_separable_verb_of_saying_opens_a_statement() {
    let de = "Geburten\n\nDas Statistische Bundesamt teilte mit, in Bayern seien 2023 rund 120.000 Kinder geboren worden.";
    assert_eq!(
        subject_on(De, de, "rund 120.000").as_deref(),
        Some("Bayern"),
        "{:?}",
        spf(&run(de, De))
    );
    let de = "Masern\n\nDas Robert Koch-Institut gab bekannt, in Sachsen seien 300 Masernfälle gemeldet worden.";
    assert_eq!(subject_on(De, de, "300").as_deref(), Some("Sachsen"));
}
