//! The site of an event (issue 5): a story about what happened at a town, a village or an
//! estate gives its figures (the evacuated, the injured, the houses destroyed) to the most
//! specific place its lead names, set as such by a word of the language ("in der Kleinstadt X",
//! "la cittadina di X", "X, un village de 300 habitants"), not to the state, the region or the
//! country the lead places it in; a figure the sentence gives the wider place itself stays its
//! own. Our own sentences about invented towns in three domains (an industrial accident, a
//! flood, a landslide); the states and regions are names the gazetteer knows.

use concord::Lang::{De, Fr, It, Zh};

mod common;
use common::subject_keyed as subject_of;

const EXPLOSION: &str = "Explosion in Chemiefabrik in Texas: Viele Verletzte\n\nHouston (dpa) - Nach einer Explosion in einer Chemiefabrik im US-Bundesstaat Texas sind in der Kleinstadt Marrowfield mehr als 300 Menschen in Sicherheit gebracht worden. Rund 40 Menschen wurden verletzt. Die Vereinigten Staaten zählen rund 330 Millionen Einwohner.";

const FLOOD: &str = "Alluvione in Toscana, evacuate 500 persone\n\nFIRENZE, 3 MAR - L'esondazione del torrente ha colpito la cittadina di Montecastro, in Toscana. Circa 500 persone sono state evacuate.";

const LANDSLIDE: &str = "Glissement de terrain en Suisse : 80 habitants évacués\n\nGenève (AFP) - Un glissement de terrain a frappé Montcerf, un village de 300 habitants du canton du Valais, en Suisse. Quelque 80 habitants ont été évacués et 15 chalets détruits.";

#[test]
fn the_figures_of_an_event_go_to_the_town_where_it_happened() {
    let cases = [
        (
            De,
            EXPLOSION,
            "mehr als 300 Menschen",
            "evacuees",
            "Marrowfield",
        ),
        (De, EXPLOSION, "Rund 40 Menschen", "injured", "Marrowfield"),
        (It, FLOOD, "Circa 500", "evacuees", "Montecastro"),
        (Fr, LANDSLIDE, "Quelque 80", "evacuees", "Montcerf"),
        (Fr, LANDSLIDE, "15", "destroyed_buildings", "Montcerf"),
        // The apposition's own figure is the village's, not the canton's.
        (Fr, LANDSLIDE, "300", "population", "Montcerf"),
    ];
    for (lang, text, figure, key, subject) in cases {
        assert_eq!(
            subject_of(lang, text, figure, key).as_deref(),
            Some(subject),
            "{figure} in {text}"
        );
    }
}

#[test]
fn a_figure_the_sentence_gives_the_wider_place_stays_its_own() {
    assert_eq!(
        subject_of(De, EXPLOSION, "330 Millionen", "population").as_deref(),
        Some("United States")
    );
}

#[test]
fn a_common_noun_after_a_known_place_sets_no_site() {
    // "四川村庄": the villages of a province, no village named 四川; the province keeps its toll.
    let text = "四川村庄发生山体滑坡 12人遇难\n\n新华社成都5月3日电 四川省多个村庄3日凌晨发生山体滑坡，已造成12人遇难，另有30人受伤。";
    assert_eq!(
        subject_of(Zh, text, "30人", "injured").as_deref(),
        Some("Sichuan")
    );
}

/// A museum is a facility: a name whose head noun is one ("Nuovo Museo Marittimo", "Nouveau
/// Musée des Sciences", an adjective before the noun in Italian and French) is the thing a
/// story about its opening measures, not the city nor a landmark named beside it.
#[test]
fn a_museum_the_headline_names_holds_its_cost() {
    let cases = [
        (
            It,
            "Apre il Nuovo Museo Marittimo di Livorno vicino al Porto Mediceo\n\nLIVORNO, 5 APR - Dopo sei anni di cantiere apre il Nuovo Museo Marittimo di Livorno, a poche centinaia di metri dal Porto Mediceo. Il Nuovo Museo Marittimo, costato 40 milioni di euro, si estende su 12mila metri quadrati.",
            "40 milioni",
            "Nuovo Museo Marittimo",
        ),
        (
            Fr,
            "Le Nouveau Musée des Sciences de Lille rouvre ses portes\n\nLille (AFP) - Le Nouveau Musée des Sciences de Lille a rouvert samedi après trois ans de travaux. Le Nouveau Musée des Sciences a coûté 25 millions d'euros et compte huit salles.",
            "25 millions",
            "Nouveau Musée des Sciences",
        ),
    ];
    for (lang, text, figure, subject) in cases {
        assert_eq!(
            subject_of(lang, text, figure, "cost").as_deref(),
            Some(subject),
            "{text}"
        );
    }
}
