//! German nouns in apposition before a name ("die Ferieninsel Sylt", "Tennis-Weltmeister Jonas
//! Velde") are no part of the name where the text writes the name alone too; real multiword
//! names stay whole. An acronym in brackets after a body's name in lower case is the name's
//! that phrase holds ("le service Halvard pour ... (H2G)"). Our own sentences.

use concord::Lang::De;

mod common;
use common::pairs;

fn id_of(found: &[(String, String)], surface: &str) -> Option<String> {
    found
        .iter()
        .find(|(s, _)| s == surface)
        .map(|(_, i)| i.clone())
}

#[test]
fn a_noun_before_a_name_written_alone_elsewhere_describes_it() {
    let t = "Auf der Nordseeinsel Baltrum leben rund 600 Menschen. Im Sommer kommen \
             Tausende Gäste nach Baltrum, sagte der Bürgermeister.";
    let found = pairs(t, De);
    let whole = id_of(&found, "Baltrum");
    assert!(whole.is_some(), "{found:?}");
    assert!(
        found.iter().all(|(s, _)| !s.contains("Nordseeinsel")),
        "{found:?}"
    );
    assert_eq!(
        found.iter().filter(|(s, _)| s == "Baltrum").count(),
        2,
        "{found:?}"
    );

    let t = "Der Skisprung-Olympiasieger Tarvo Kallas hat seine Karriere beendet. \
             Kallas gewann 2018 zwei Medaillen. Danach sprach Kallas von Verletzungen.";
    let found = pairs(t, De);
    let full = id_of(&found, "Tarvo Kallas").expect("the full name");
    assert!(
        found
            .iter()
            .filter(|(s, i)| s == "Kallas" && *i == full)
            .count()
            == 2,
        "{found:?}"
    );
}

#[test]
fn real_multiword_names_stay_whole() {
    let cases = [
        (
            "Die Deutsche Bank hat ihren Gewinn gesteigert. Die Bank zahlt mehr Dividende.",
            "Deutsche Bank",
        ),
        (
            "Das Rote Kreuz hat 50 Zelte aufgebaut. Das Kreuz auf dem Dach leuchtet.",
            "Rote Kreuz",
        ),
        (
            "Die Europäische Zentralbank hebt den Zins. Die Zentralbank sieht Risiken.",
            "Europäische Zentralbank",
        ),
    ];
    for (t, name) in cases {
        let found = pairs(t, De);
        assert!(found.iter().any(|(s, _)| s == name), "{t}: {found:?}");
    }
}

/// An acronym in brackets after a body's name in lower case that holds one name: the acronym
/// is that name's, in the document and in the others through clustering.
#[test]
fn an_acronym_after_a_lower_case_body_names_its_name() {
    use concord::Lang::{Fr, It};
    let t = "Selon le service Halvard pour la surveillance des glaciers (H2G), la fonte a \
             atteint 3 % en un an. Le H2G publie ses données chaque mois.";
    let found = pairs(t, Fr);
    let name = id_of(&found, "Halvard").expect("the name");
    assert_eq!(
        found
            .iter()
            .filter(|(s, i)| s == "H2G" && *i == name)
            .count(),
        2,
        "{found:?}"
    );
    // The initial must open the acronym: a place in the phrase gives it nothing.
    let t = "Il ministero dell'economia della Francia (MEF) ha pubblicato i dati.";
    let found = pairs(t, It);
    assert!(
        found.iter().all(|(s, i)| s != "MEF" || i != "france"),
        "{found:?}"
    );
}
