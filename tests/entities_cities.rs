//! Entity linking of the world's cities across languages and scripts
//! (`data/gazetteer/cities.tsv`): a capital or a port is one entity under its Italian, German,
//! French and English names and its Chinese names in both scripts; names that are also common
//! words, given names or other places in some language are listed only in longer forms, so
//! they never link alone. Our own sentences.

use concord::Lang::{self, De, En, Fr, It, Zh};
use concord::{EntityKind, Gazetteer};

mod common;
use common::{ids_of, pairs, run};

/// One city, every language: the exonyms and the Chinese names in both scripts link to one
/// place.
#[test]
fn a_city_links_under_its_exonyms_and_both_scripts() {
    let cases: [(&str, Lang, &str, &str); 18] = [
        (
            "Il sindaco di Filadelfia ha inaugurato il nuovo terminal.",
            It,
            "Filadelfia",
            "philadelphia",
        ),
        (
            "Der Bürgermeister von Philadelphia eröffnete das Terminal.",
            De,
            "Philadelphia",
            "philadelphia",
        ),
        (
            "Le maire de Philadelphie a inauguré le terminal.",
            Fr,
            "Philadelphie",
            "philadelphia",
        ),
        ("费城市长为新航站楼揭幕。", Zh, "费城", "philadelphia"),
        ("費城市長為新航站樓揭幕。", Zh, "費城", "philadelphia"),
        (
            "La delegazione è partita da Varsavia in mattinata.",
            It,
            "Varsavia",
            "warsaw",
        ),
        (
            "Die Delegation reiste am Morgen aus Warschau ab.",
            De,
            "Warschau",
            "warsaw",
        ),
        (
            "La délégation a quitté Varsovie dans la matinée.",
            Fr,
            "Varsovie",
            "warsaw",
        ),
        ("代表团上午从华沙出发。", Zh, "华沙", "warsaw"),
        ("代表團上午從華沙出發。", Zh, "華沙", "warsaw"),
        (
            "I negoziati si sono svolti al Cairo per tre giorni.",
            It,
            "Cairo",
            "cairo",
        ),
        (
            "Die Gespräche fanden drei Tage lang in Kairo statt.",
            De,
            "Kairo",
            "cairo",
        ),
        (
            "Les pourparlers se sont tenus au Caire pendant trois jours.",
            Fr,
            "Caire",
            "cairo",
        ),
        ("谈判在开罗举行了三天。", Zh, "开罗", "cairo"),
        (
            "The talks were held in Cairo for three days.",
            En,
            "Cairo",
            "cairo",
        ),
        (
            "Il treno per Monaco di Baviera parte alle otto.",
            It,
            "Monaco di Baviera",
            "munich",
        ),
        (
            "La fiera si tiene a Colonia ogni autunno.",
            It,
            "Colonia",
            "koln",
        ),
        ("雪梨港的渡輪恢復航行。", Zh, "雪梨", "sydney"),
    ];
    for (text, lang, surface, id) in cases {
        let p = pairs(text, lang);
        assert!(p.contains(&(surface.into(), id.into())), "{text}: {p:?}");
    }
    let found = Gazetteer::embedded().link("Le vol Lisbonne-Varsovie est complet.", Fr);
    assert!(found
        .iter()
        .all(|m| m.kind == EntityKind::Place && ["lisbon", "warsaw"].contains(&m.id.as_str())));
    assert_eq!(found.len(), 2, "{found:?}");
}

/// A capital named after its country is the capital, not the country: the longest name wins.
#[test]
fn a_capital_named_after_its_country_is_the_capital() {
    let cases = [
        (
            "L'ambasciata ha sede a Città del Messico.",
            It,
            "Città del Messico",
        ),
        ("Die Botschaft liegt in Mexiko-Stadt.", De, "Mexiko-Stadt"),
        ("The embassy is in Mexico City.", En, "Mexico City"),
        ("大使馆位于墨西哥城。", Zh, "墨西哥城"),
    ];
    for (text, lang, surface) in cases {
        let p = pairs(text, lang);
        assert!(
            p.contains(&(surface.into(), "mexico_city".into())),
            "{text}: {p:?}"
        );
        assert!(!p.iter().any(|(_, id)| id == "mexico"), "{text}: {p:?}");
    }
}

/// Names that are common words, given names or several places in some language never link
/// alone: Italian "Monaco" is Munich as often as the principality (which links in its longer
/// forms), "Essen" is a German noun, "Nice" an English word at a sentence's start, and Chinese
/// words that hold a city's characters ("这里约有", "参加来自") name no city.
#[test]
fn ambiguous_city_names_do_not_link_alone() {
    let it = ids_of("Il club di Monaco ha vinto in trasferta.", It);
    assert!(
        !it.iter()
            .any(|id| id == "monaco_principality" || id == "munich"),
        "{it:?}"
    );
    let fr = ids_of("Le prince a quitté la Principauté de Monaco mardi.", Fr);
    assert!(fr.contains(&"monaco_principality".into()), "{fr:?}");
    let de = ids_of("Das Essen in der Kantine wurde teurer.", De);
    assert!(de.is_empty(), "{de:?}");
    let en = ids_of("Nice results came in on Monday.", En);
    assert!(en.is_empty(), "{en:?}");
    let fr = ids_of("Le maire de Nice a présenté le budget.", Fr);
    assert!(fr.contains(&"nizza".into()), "{fr:?}");
    let zh = ids_of("这里约有三千名工人参加来自各地的培训。", Zh);
    assert!(zh.is_empty(), "{zh:?}");
}

/// A company named after a city is the company where the gazetteer knows it; the city named
/// apart is still the city.
#[test]
fn a_company_named_after_a_city_is_not_the_city() {
    let p = pairs(
        "Boston Consulting Group opened a second office in Boston.",
        En,
    );
    assert!(
        p.contains(&("Boston Consulting Group".into(), "bcg".into())),
        "{p:?}"
    );
    assert_eq!(
        p.iter().filter(|(_, id)| id == "boston").count(),
        1,
        "{p:?}"
    );
}

/// A city the headline sets as the scene ("Gipfel in X", "vertice a X") yields to the party
/// the story names twice: a figure of the body that met there is not the city's.
#[test]
fn a_headline_city_that_sets_the_scene_is_no_subject() {
    let text = "Vertice a Lisbona, la Banca mondiale ottiene nuovi fondi\n\n\
                I donatori hanno trovato un accordo nella notte. In totale arriveranno circa \
                40 miliardi di dollari entro il 2030. Il nuovo fondo sarà gestito dalla Banca \
                mondiale.";
    let claims = run(text, It);
    let c = claims
        .iter()
        .find(|c| c.provenance.text.contains("40 miliardi"))
        .expect("a claim on the fund");
    assert_eq!(
        c.subject.as_ref().map(|s| s.id.as_str()),
        Some("world_bank"),
        "{claims:?}"
    );
}
