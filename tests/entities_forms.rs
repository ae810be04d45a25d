//! How the press of each language writes names that are not the entity's full name: a
//! two-letter acronym with one capital in Italian ("l'Ue", "il Pd"), a country after a
//! preposition opening a sentence ("En France, ..."), the European Commission written
//! "Commission" alone in a text about the Union. Our own sentences.

use concord::Lang::{De, Fr, It, Zh};

mod common;
use common::pairs;

fn has(found: &[(String, String)], surface: &str, id: &str) -> bool {
    found.iter().any(|(s, i)| s == surface && i == id)
}

/// Italian writes two-letter acronyms with one capital too: "Ue" is the European Union at a
/// title's start and after an elided article; a function word ("Un", "Da") is none, nor a
/// two-letter word the text writes in lower case.
#[test]
fn an_italian_two_letter_acronym_links_with_one_capital() {
    let text = "Ue, nuove regole sui treni notturni. Le compagnie dell'Ue avranno due anni \
                per adeguarsi, mentre nell'Ue le linee sono già trenta.";
    let found = pairs(text, It);
    let ue: Vec<_> = found.iter().filter(|(s, _)| s == "Ue").collect();
    assert_eq!(ue.len(), 3, "{found:?}");
    assert!(ue.iter().all(|(_, i)| i == "european_union"), "{found:?}");

    let text = "Un raccolto così scarso non si vedeva da anni. Da lunedì il prezzo sale.";
    let found = pairs(text, It);
    assert!(
        !found.iter().any(|(s, _)| s == "Un" || s == "Da"),
        "{found:?}"
    );
}

/// A preposition opening a sentence is no part of the country after it, even where the text
/// writes the preposition and the country again in lower case ("en France").
#[test]
fn a_country_after_a_sentence_opening_preposition_is_the_country() {
    let text = "En France, la vendange a reculé de 10 %. Les caves coopératives du Sud \
                produisent la moitié du vin en France.";
    let found = pairs(text, Fr);
    let france: Vec<_> = found.iter().filter(|(_, i)| i == "france").collect();
    assert_eq!(france.len(), 2, "{found:?}");
    assert!(has(&found, "France", "france"), "{found:?}");
    assert!(
        !found.iter().any(|(s, _)| s.starts_with("En ")),
        "{found:?}"
    );
}

/// "Commissione" / "Commission" alone, capitalized, in a text that names the Union or another
/// of its institutions, is the European Commission; heading a longer name ("Commissione
/// Trasporti", "Commission de régulation ...") or in a text about no Union body, it is not.
#[test]
fn the_commission_alone_in_a_text_about_the_union_is_the_european_one() {
    let text = "Il Parlamento europeo ha approvato il piano ferroviario. Secondo la \
                Commissione, i treni notturni raddoppieranno entro il 2030.";
    let found = pairs(text, It);
    assert!(
        has(&found, "Commissione", "european_commission"),
        "{found:?}"
    );

    let text = "La récolte de l'UE a baissé. La Commission prévoit une reprise en 2027.";
    let found = pairs(text, Fr);
    assert!(
        has(&found, "Commission", "european_commission"),
        "{found:?}"
    );

    let text = "Il piano dell'Ue è pronto. La Commissione Trasporti della Camera lo esaminerà.";
    let found = pairs(text, It);
    assert!(
        !found
            .iter()
            .any(|(s, i)| s == "Commissione" && i == "european_commission"),
        "{found:?}"
    );

    let text = "La Commissione edilizia del Comune ha respinto il progetto delle case popolari.";
    let found = pairs(text, It);
    assert!(
        !found.iter().any(|(_, i)| i == "european_commission"),
        "{found:?}"
    );
}

/// A German body's name runs on over a lower-case adjective before its complement's noun
/// ("Institut für angewandte Ökologie"); a Chinese research institute is a body's name too.
#[test]
fn a_body_name_runs_over_an_adjective_and_an_institute_is_a_body() {
    let text = "Laut dem Zentrum für ländliche Verkehrsplanung fahren weniger Regionalzüge.";
    let found = pairs(text, De);
    assert!(
        found
            .iter()
            .any(|(s, _)| s == "Zentrum für ländliche Verkehrsplanung"),
        "{found:?}"
    );
    let text = "国立海洋灾害研究所发布了洪水报告。";
    let found = pairs(text, Zh);
    assert!(
        found.iter().any(|(s, _)| s.ends_with("灾害研究所")),
        "{found:?}"
    );
}
