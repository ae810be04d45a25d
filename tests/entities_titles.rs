//! Entity linking: titles of rank, royalty and the clergy before a person's name, and a
//! descriptor noun before a name or a plural noun after an acronym, are no part of the name
//! (issue #4). Our own sentences, with the false names that must not come out.

use concord::{EntityKind, EntityMention, Gazetteer, Lang};

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

/// A capitalized title before a name is no part of it and makes the name a person's, in
/// every language: "Mgr", "Sir", "Papst", "Prince".
#[test]
fn a_title_before_a_name_is_no_part_of_it() {
    let fr = found(
        "La messe, célébrée par l'évêque de Lyon, Mgr Henri Valcourt, a réuni 3 000 fidèles.",
        Lang::Fr,
    );
    assert!(has(&fr, "Henri Valcourt", EntityKind::Person), "{fr:?}");
    assert!(!fr.iter().any(|(s, _)| s.contains("Mgr")), "{fr:?}");
    let en = found(
        "Yesterday Sir Edmund Harcastle met Prince Oswin at the museum.",
        Lang::En,
    );
    assert!(has(&en, "Edmund Harcastle", EntityKind::Person), "{en:?}");
    assert!(has(&en, "Oswin", EntityKind::Person), "{en:?}");
    let it = found(
        "Ieri Papa Clemente ha ricevuto l'ambasciatore. Mons. Arturo Benedetti ha celebrato.",
        Lang::It,
    );
    assert!(has(&it, "Clemente", EntityKind::Person), "{it:?}");
    assert!(has(&it, "Arturo Benedetti", EntityKind::Person), "{it:?}");
}

/// Where every noun is capitalized, a title of rank before one name alone makes it a
/// person's name (no shape of its own tells it), a hyphenated name whole; a common noun after
/// a title is still no name.
#[test]
fn a_german_title_before_one_name_makes_a_person() {
    let de = found(
        "Das Diadem der Kaiserin Adelheid wurde gestohlen, ebenso ein Ring der Königin \
         Marie-Louise. Gestern sprach Papst Gregor vor Pilgern. Frau Ministerin kam nicht.",
        Lang::De,
    );
    assert!(has(&de, "Adelheid", EntityKind::Person), "{de:?}");
    assert!(has(&de, "Marie-Louise", EntityKind::Person), "{de:?}");
    assert!(has(&de, "Gregor", EntityKind::Person), "{de:?}");
    assert!(
        !de.iter()
            .any(|(s, _)| s.contains("Kaiserin") || s.contains("Königin") || s == "Ministerin"),
        "{de:?}"
    );
    // The same person in French and in German: one key.
    let fr = link("Le diadème de l'impératrice Adelheid a disparu.", Lang::Fr);
    let de = link("Das Diadem der Kaiserin Adelheid fehlt.", Lang::De);
    let id = |m: &[EntityMention]| m.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
    assert_eq!(id(&fr), id(&de));
    assert_eq!(fr.first().map(|m| m.kind), Some(EntityKind::Person));
}

/// Where every noun is capitalized, an organization's noun before a name (a compound too) is
/// no part of it and makes it an organization's name; a common noun after an organization's
/// noun is no name.
#[test]
fn a_german_descriptor_noun_is_no_part_of_the_name() {
    let de = found(
        "Die staatliche Wetteragentur Brisora hatte gewarnt. Die Gewerkschaft Vereinte \
         Stahlarbeiter protestierte. Das Unternehmen Gewinne verbuchte niemand.",
        Lang::De,
    );
    assert!(has(&de, "Brisora", EntityKind::Organization), "{de:?}");
    assert!(
        de.iter().any(|(s, _)| s == "Vereinte Stahlarbeiter"),
        "{de:?}"
    );
    assert!(
        !de.iter().any(|(s, _)| s.contains("Wetteragentur")
            || s.contains("Gewerkschaft")
            || s == "Gewinne"),
        "{de:?}"
    );
    // Before an acronym's definition too.
    let de = found(
        "Die Gewerkschaft Nordic Metal Workers (NMW) rief zum Streik auf. Die NMW fordert mehr.",
        Lang::De,
    );
    assert!(
        de.iter().any(|(s, _)| s == "Nordic Metal Workers"),
        "{de:?}"
    );
    assert!(
        !de.iter().any(|(s, _)| s.contains("Gewerkschaft")),
        "{de:?}"
    );
}

/// Where every noun is capitalized, a plural common noun after an acronym is no part of its
/// name: "über das Institut KFB Bürgschaften vergeben".
#[test]
fn a_german_plural_noun_after_an_acronym_is_no_part_of_it() {
    let t = "Der Staat vergibt über das Förderinstitut KFB Bürgschaften in Höhe von zwei \
             Milliarden Euro. Die KFB prüft die Anträge.";
    let de = found(t, Lang::De);
    assert!(de.iter().any(|(s, _)| s == "KFB"), "{de:?}");
    assert!(
        !de.iter().any(|(s, _)| s.contains("Bürgschaften")),
        "{de:?}"
    );
}

/// In Chinese, a foreign name in transliteration right before a royal title is a person's
/// name, the title no part of it; after a royal role, a monarch's ordinal goes with the name.
#[test]
fn a_chinese_royal_title_marks_a_foreign_persons_name() {
    let zh = found(
        "3日，西班牙国王阿尔贝托六世和首相在灾区。玛蒂尔德皇后的王冠被盗。国王今日访问。",
        Lang::Zh,
    );
    assert!(has(&zh, "阿尔贝托六世", EntityKind::Person), "{zh:?}");
    assert!(has(&zh, "玛蒂尔德", EntityKind::Person), "{zh:?}");
    assert!(
        !zh.iter()
            .any(|(s, _)| s.contains("皇后") || s.contains("国王")),
        "{zh:?}"
    );
}

/// A German home place's adjective before a name written with a letter German does not write
/// ("die Berliner Charité") is no part of the name, whether or not the text writes it alone;
/// an institution named by its city's adjective and a German common noun stays whole or no
/// name ("die Pariser Staatsanwaltschaft").
#[test]
fn a_german_city_adjective_before_a_foreign_name_is_no_part_of_it() {
    let de = found(
        "Laut der Berliner Salpêtrière stieg die Zahl der Patienten. Die Pariser \
         Staatsanwaltschaft ermittelt.",
        Lang::De,
    );
    assert!(de.iter().any(|(s, _)| s == "Salpêtrière"), "{de:?}");
    assert!(!de.iter().any(|(s, _)| s.starts_with("Berliner")), "{de:?}");
    assert!(!de.iter().any(|(s, _)| s == "Staatsanwaltschaft"), "{de:?}");
}
