//! A dateline's place is where the story was filed, not a party of what it reports: "London
//! (Reuters) -", "LONDRA, 3 MAR -", "（中央社倫敦3日綜合外電報導）", "新华社伦敦3月3日电" hold
//! none of the figures of the sentence they open, in any language; a place the headline names
//! too is what the story is about, and keeps its figures.

mod common;

use common::{run, spf};
use concord::Lang;

/// Every (subject, figure) pair of the text's claims.
fn pairs(text: &str, lang: Lang) -> Vec<(String, String)> {
    spf(&run(text, lang))
        .into_iter()
        .map(|(s, _, f)| (s, f))
        .collect()
}

#[test]
fn a_datelines_city_holds_none_of_a_storms_figures() {
    for (lang, text) in [
        (
            Lang::En,
            "Storm Brenna leaves thousands without power\n\nLONDON (Reuters) - More than 40,000 homes were left without power on Tuesday as winds of up to 120 km/h hit the coast. Storm Brenna is the third named storm of the season.",
        ),
        (
            Lang::De,
            "Sturm «Brenna» fegt über Cornwall\n\nLondon (dpa) - Mit Windgeschwindigkeiten von bis zu 120 Kilometern pro Stunde ist der Sturm über den Südwesten Englands gezogen. Mehr als 40.000 Haushalte waren ohne Strom.",
        ),
        (
            Lang::It,
            "Tempesta Brenna sulla Cornovaglia, 40 mila case al buio\n\nLONDRA, 3 MAR - Raffiche fino a 120 chilometri orari hanno colpito la costa. Oltre 40.000 case sono rimaste senza corrente.",
        ),
        (
            Lang::Zh,
            "風暴襲擊英國西南部 逾4萬戶停電\n\n（中央社倫敦3日綜合外電報導）強烈風暴3日襲擊英格蘭西南部，最大陣風每小時120公里，造成逾4萬戶停電。",
        ),
        (
            Lang::Zh,
            "风暴袭击英国西南部 逾4万户停电\n\n新华社伦敦3月3日电 强风暴3日袭击英格兰西南部，最大阵风每小时120公里，导致逾4万户停电。",
        ),
    ] {
        let got = pairs(text, lang);
        assert!(
            got.iter().all(|(s, _)| s != "London"),
            "{lang:?}: {got:?}"
        );
    }
}

#[test]
fn a_datelines_city_yields_to_the_storys_thing() {
    // The wind speed and the homes of a named storm: the storm's, not the city the wire
    // filed from.
    let got = pairs(
        "Tempesta Brenna sulla Cornovaglia, 40 mila case al buio\n\nLONDRA, 3 MAR - Raffiche fino a 120 chilometri orari hanno colpito la costa. Oltre 40.000 case sono rimaste senza corrente.",
        Lang::It,
    );
    assert!(
        got.contains(&("Brenna".into(), "40 mila".into())),
        "{got:?}"
    );
    // A launch filed from the launch site: the satellite's cost and mass are the satellite's.
    let got = pairs(
        "Le satellite « Albédo » quitte Kourou\n\nKourou (AFP) - Le lancement a coûté 90 millions d'euros. « Albédo » pèse 1,2 tonne.",
        Lang::Fr,
    );
    assert!(got.iter().all(|(s, _)| s != "Kourou"), "{got:?}");
}

#[test]
fn a_dateline_city_the_headline_names_keeps_its_figures() {
    // "Venice, the entry fee raises ... VENICE - ...": the story is about the city.
    for (lang, text, figure) in [
        (
            Lang::It,
            "Bologna, la tassa di soggiorno incassa 14 milioni\n\nBOLOGNA, 8 GEN - Si è chiuso con un incasso di 14 milioni di euro il primo anno della nuova tassa di soggiorno, versata da 2,1 milioni di ospiti.",
            "14 milioni di euro",
        ),
        (
            Lang::Fr,
            "Lyon : la taxe de séjour rapporte 9 millions d'euros\n\nLyon (AFP) - La taxe de séjour a rapporté 9 millions d'euros en 2025, a annoncé la métropole.",
            "9 millions d'euros",
        ),
    ] {
        let got = pairs(text, lang);
        let city = got.iter().find(|(_, f)| f.contains(figure)).map(|(s, _)| s.as_str());
        assert!(
            matches!(city, Some("Bologna") | Some("Lyon")),
            "{lang:?}: {got:?}"
        );
    }
}
