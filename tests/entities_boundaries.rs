//! Entity discovery: where a discovered name begins and ends (session 16). Role nouns before
//! a person's name, German prepositions at a sentence's start and nouns after a number are no
//! part of a name; "Name of Place" keeps the place apart where the name is whole before "of";
//! a numbered event's code ("COP31") is a name, not an amount. Our own sentences.

use concord::{Document, EntityKind, EntityMention, Gazetteer, Lang, Pipeline};

mod common;
use common::{id_of, surfaces};

fn link(text: &str, lang: Lang) -> Vec<EntityMention> {
    Gazetteer::embedded().link(text, lang)
}

/// (surface, kind) of every mention.
fn found(text: &str, lang: Lang) -> Vec<(String, EntityKind)> {
    link(text, lang)
        .into_iter()
        .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.kind))
        .collect()
}

fn has(f: &[(String, EntityKind)], surface: &str, kind: EntityKind) -> bool {
    f.iter().any(|(s, k)| s == surface && *k == kind)
}

/// German role nouns of diplomacy, politics and negotiations before a name are no part of it,
/// and make it a person's; an organization joined to the role by a hyphen is a name of its own.
#[test]
fn a_german_role_noun_before_a_name_is_no_part_of_it() {
    let de = found(
        "In Genf sagte die Delegierte Priya Mendes, man sei enttäuscht. Der \
         Gewerkschafts-Verhandlungsführer Tom Reedman lehnte ab. Laut dem Abgeordneten Lars \
         Fenning fehlt Geld, und die Botschafterin Ingrid Solvang schwieg.",
        Lang::De,
    );
    for name in [
        "Priya Mendes",
        "Tom Reedman",
        "Lars Fenning",
        "Ingrid Solvang",
    ] {
        assert!(has(&de, name, EntityKind::Person), "{name}: {de:?}");
    }
    for wrong in [
        "Delegierte",
        "Verhandlungsführer",
        "Abgeordneten",
        "Botschafterin",
    ] {
        assert!(
            !de.iter().any(|(s, _)| s.contains(wrong)),
            "{wrong}: {de:?}"
        );
    }
    // An organization before the role, joined by a hyphen: its own mention.
    let de = found(
        "Am Montag erklärte ACME-Chefunterhändlerin Mara Olsen, die Gespräche seien gescheitert. \
         Auch KVB-Verhandlungsführer Jonas Brinkhoff äußerte sich.",
        Lang::De,
    );
    assert!(de.iter().any(|(s, _)| s == "ACME"), "{de:?}");
    assert!(de.iter().any(|(s, _)| s == "KVB"), "{de:?}");
    assert!(has(&de, "Mara Olsen", EntityKind::Person), "{de:?}");
    assert!(has(&de, "Jonas Brinkhoff", EntityKind::Person), "{de:?}");
}

/// A preposition capitalized at a German sentence's start, and a noun right after a number
/// (what it counts or measures), are no names, nor part of one.
#[test]
fn german_prepositions_and_nouns_after_numbers_are_no_names() {
    let text = "Am Tag nach dem Sturm fanden Helfer das Boot in rund 12 Metern Tiefe. Zum \
                Abschluss sprach der Bürgermeister. Es geht um 40 Tonnen Ladung. Beim Treffen \
                waren alle da.";
    let s = surfaces(text, Lang::De);
    assert!(s.is_empty(), "{s:?}");
}

/// A frequent noun ending a German compound needs a first part of three letters or more: a
/// name that merely ends in its letters ("Ixland", "Orplan") is no compound noun, and after an
/// organization's noun it is the organization's name.
#[test]
fn a_short_first_part_makes_no_german_compound() {
    let de = found(
        "Die Brücke ist gesperrt. Das Analysehaus Ixland schätzt die Kosten auf 90 Millionen \
         Euro. Die Beratungsfirma Orplan widerspricht.",
        Lang::De,
    );
    assert!(has(&de, "Ixland", EntityKind::Organization), "{de:?}");
    assert!(has(&de, "Orplan", EntityKind::Organization), "{de:?}");
    // A short prefix of the language does make a compound: "Umsatz" is no name after a
    // genitive.
    let de = surfaces("Im Jahr sank des Konzerns Umsatz deutlich.", Lang::De);
    assert!(!de.iter().any(|s| s == "Umsatz"), "{de:?}");
}

/// "Name of Place": where the name is whole before "of" (a person's, a numbered one, an
/// English name ending in an organization's or a landmark's word written in another
/// language's text), the place is a name of its own.
#[test]
fn a_place_after_a_whole_name_and_of_is_apart() {
    let it = surfaces(
        "Il crollo del Harbor Tunnel di Calverton ha bloccato il traffico. L'armatore Nordic \
         Shipping Group di Tromsø ha confermato.",
        Lang::It,
    );
    assert!(it.contains(&"Harbor Tunnel".to_string()), "{it:?}");
    assert!(it.contains(&"Calverton".to_string()), "{it:?}");
    assert!(it.contains(&"Nordic Shipping Group".to_string()), "{it:?}");
    assert!(!it.iter().any(|s| s.contains(" di ")), "{it:?}");
    let fr = found(
        "Le discours de Marie Anne Dubreuil de Valcourt a été applaudi. La COP31 de Belterra \
         commence lundi.",
        Lang::Fr,
    );
    assert!(
        has(&fr, "Marie Anne Dubreuil", EntityKind::Person),
        "{fr:?}"
    );
    assert!(fr.iter().any(|(s, _)| s == "Valcourt"), "{fr:?}");
    assert!(fr.iter().any(|(s, _)| s == "Belterra"), "{fr:?}");
    assert!(!fr.iter().any(|(s, _)| s.contains(" de ")), "{fr:?}");
    // A single word before "of" stays one name with the place: "l'Università di Padova".
    let it = surfaces(
        "Lo studio dell'Università di Castelvetro è uscito.",
        Lang::It,
    );
    assert!(
        it.contains(&"Università di Castelvetro".to_string()),
        "{it:?}"
    );
}

/// A numbered event's code, letters then digits in one word ("COP31"), is a name in every
/// language, never an amount in a currency whose code it starts with.
#[test]
fn a_numbered_events_code_is_a_name() {
    let p = Pipeline::default();
    for (text, lang) in [
        (
            "Les négociateurs de la COP31 ont prolongé les débats. La COP31 s'achève samedi.",
            "fr",
        ),
        (
            "Die Teilnehmer der COP31 streiten über Geld. Die COP31 endet am Samstag.",
            "de",
        ),
        (
            "I delegati della COP31 discutono ancora. La COP31 finirà sabato.",
            "it",
        ),
        (
            "第31届联合国气候变化大会（COP31）周六闭幕。COP31谈判仍在继续。",
            "zh",
        ),
    ] {
        let a = p
            .analyze(&Document::new("t", text).with_lang(lang.parse().unwrap()))
            .unwrap();
        let n = a
            .entities
            .iter()
            .filter(|m| m.span.slice(text) == Some("COP31"))
            .count();
        assert_eq!(n, 2, "{lang}: {:?}", a.entities);
    }
}

/// A landmark written with its class's noun in any language ("Erik Halvorsen Bridge" in an
/// Italian text, "le pont Erik Halvorsen", "die Erik-Halvorsen-Brücke") is one landmark: one
/// id, the name's words and the English class.
#[test]
fn a_landmark_with_its_noun_has_one_id_in_every_language() {
    let cases = [
        (
            "Il traffico sulla Erik Halvorsen Bridge di Calverton è fermo da ieri.",
            Lang::It,
            "Erik Halvorsen Bridge",
        ),
        (
            "Le trafic sur le pont Erik Halvorsen est interrompu depuis hier.",
            Lang::Fr,
            "Erik Halvorsen",
        ),
        (
            "Der Verkehr auf der Erik-Halvorsen-Brücke ist seit gestern unterbrochen.",
            Lang::De,
            "Erik-Halvorsen-Brücke",
        ),
    ];
    for (text, lang, surface) in cases {
        assert_eq!(
            id_of(text, lang, surface).as_deref(),
            Some("new:erik halvorsen bridge"),
            "{lang:?}: {:?}",
            surfaces(text, lang)
        );
    }
    // The same for a tunnel: an Italian noun before the name, an English one after it.
    let a = id_of(
        "Chiuso il tunnel Ostrava Nord per lavori.",
        Lang::It,
        "Ostrava Nord",
    );
    let b = id_of(
        "Le Ostrava Nord Tunnel est fermé pour travaux.",
        Lang::Fr,
        "Ostrava Nord Tunnel",
    );
    assert_eq!(a, b);
    assert_eq!(a.as_deref(), Some("new:ostrava nord tunnel"));
}

/// A landmark's noun and its place ("il porto di Calverton", "le port de Calverton", "der
/// Hafen von Calverton", "l'aeroporto di Calverton") name the landmark, one id in every
/// language, apart from the place written alone.
#[test]
fn a_landmark_of_a_place_is_not_the_place() {
    let cases = [
        (
            "Le navi restano ferme nel porto di Calverton. A Calverton si attende.",
            Lang::It,
            "porto di Calverton",
        ),
        (
            "Les navires restent bloqués dans le port de Calverton. À Calverton, on attend.",
            Lang::Fr,
            "port de Calverton",
        ),
        (
            "Die Schiffe liegen im Hafen von Calverton fest. In Calverton wartet man.",
            Lang::De,
            "Hafen von Calverton",
        ),
    ];
    for (text, lang, surface) in cases {
        assert_eq!(
            id_of(text, lang, surface).as_deref(),
            Some("new:calverton port"),
            "{lang:?}: {:?}",
            surfaces(text, lang)
        );
        // (Where every noun is capitalized, one unknown word alone is no name.)
        if lang != Lang::De {
            assert_eq!(
                id_of(text, lang, "Calverton").as_deref(),
                Some("new:calverton"),
                "{lang:?}: {:?}",
                surfaces(text, lang)
            );
        }
    }
    // A known place gives its name to the key in every language.
    let it = id_of(
        "L'aeroporto di Monaco di Baviera è chiuso.",
        Lang::It,
        "aeroporto di Monaco di Baviera",
    );
    let fr = id_of(
        "L'aéroport de Munich est fermé.",
        Lang::Fr,
        "aéroport de Munich",
    );
    assert_eq!(it, fr, "{it:?} {fr:?}");
}

/// Chinese news name a country's side by its abbreviation and 方 ("中方", "美方", "俄方"):
/// the country; strings that merely hold the characters ("集中方式", "完美方案") name nothing.
#[test]
fn a_chinese_side_names_its_country() {
    let text = "会谈结束后，中方表示愿意继续对话，美方则称将研究方案。俄方与乌方各执一词，\
                日方和韩方呼吁冷静，欧方准备斡旋。报告建议采用集中方式处理，并非完美方案。";
    let ids: Vec<String> = link(text, Lang::Zh).into_iter().map(|m| m.id).collect();
    assert_eq!(
        ids,
        [
            "china",
            "united_states",
            "russia",
            "ukraine",
            "japan",
            "south_korea",
            "european_union"
        ],
        "{:?}",
        surfaces(text, Lang::Zh)
    );
}
