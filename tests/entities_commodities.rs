//! Commodities as entities: the raw material a market, harvest or supply story is about
//! (`data/gazetteer/assets.tsv`, its commodities' section), named by a common word of each
//! language: issue #4. Our own sentences, with the false friends that must not link.

mod common;

use common::{ids_of as ids, pairs};
use concord::{EntityKind, EntityMention, Gazetteer, Lang};

fn link(text: &str, lang: Lang) -> Vec<EntityMention> {
    Gazetteer::embedded().link(text, lang)
}

/// One commodity, one entity in every language and script, lower case or capitalized where the
/// language capitalizes nouns or the word opens a sentence; its kind is a product (it has the
/// price, the harvest, the stocks).
#[test]
fn a_commodity_is_one_entity_in_every_language() {
    let cases = [
        (
            "Il prezzo del rame è salito a Londra dopo lo sciopero in Cile.",
            Lang::It,
            "rame",
            "copper",
        ),
        (
            "Das Kupfer wird knapp, sagen Händler in Santiago.",
            Lang::De,
            "Kupfer",
            "copper",
        ),
        (
            "Les stocks de coton ont fondu au Texas cet été.",
            Lang::Fr,
            "coton",
            "cotton",
        ),
        (
            "Cotone, le scorte americane ai minimi da dieci anni.",
            Lang::It,
            "Cotone",
            "cotton",
        ),
        (
            "Die Baumwolle aus Usbekistan wird teurer.",
            Lang::De,
            "Baumwolle",
            "cotton",
        ),
        (
            "La récolte de blé ukrainienne a reculé de 8 %.",
            Lang::Fr,
            "blé",
            "wheat",
        ),
        (
            "Weizen kostete in Paris 230 Euro je Tonne.",
            Lang::De,
            "Weizen",
            "wheat",
        ),
        (
            "巴西咖啡减产推高了伦敦期货价格。",
            Lang::Zh,
            "咖啡",
            "coffee",
        ),
        ("今年全球棉花库存下降。", Lang::Zh, "棉花", "cotton"),
        ("印度限制大米出口以稳定国内物价。", Lang::Zh, "大米", "rice"),
        ("智利的碳酸鋰產量創新高。", Lang::Zh, "碳酸鋰", "lithium"),
        (
            "Il cacao ha toccato un nuovo massimo a New York.",
            Lang::It,
            "cacao",
            "cocoa",
        ),
        ("可可期貨在紐約再創新高。", Lang::Zh, "可可", "cocoa"),
    ];
    for (text, lang, surface, id) in cases {
        let found = link(text, lang);
        let m = found
            .iter()
            .find(|m| m.span.slice(text) == Some(surface))
            .unwrap_or_else(|| panic!("{text}: {surface} not linked: {found:?}"));
        assert_eq!(m.id, id, "{text}");
        assert_eq!(m.kind, EntityKind::Product, "{text}");
    }
}

/// A common word is a word of its language: French "mais" is the conjunction and "maïs" the
/// maize, Italian "mais" the maize; a German word links in German texts only ("Island" is
/// Iceland there, an English word elsewhere).
#[test]
fn a_commodity_word_is_a_word_of_its_own_language() {
    assert_eq!(
        ids(
            "Le maïs a gelé, mais le soja a tenu bon dans l'Iowa.",
            Lang::Fr
        )
        .iter()
        .filter(|id| *id == "maize")
        .count(),
        1
    );
    assert!(ids(
        "Il raccolto di mais è sceso del 12 per cento in Veneto.",
        Lang::It
    )
    .contains(&"maize".to_string()));
    // (German "Mais" is maize; a French sentence opening with "Mais" is not.)
    assert!(
        !ids("Mais la Bourse a fini en hausse à Paris.", Lang::Fr).contains(&"maize".to_string())
    );
    assert!(
        ids("Der Mais aus Brasilien drückt die Preise.", Lang::De).contains(&"maize".to_string())
    );
    // Iceland in German, an island in an English fragment of another text.
    let p = pairs(
        "Nach Island fliegen seit Montag wieder alle Linien.",
        Lang::De,
    );
    assert!(p.contains(&("Island".into(), "iceland".into())), "{p:?}");
    assert!(
        !ids("Ils ont tourné « Treasure Island » en Bretagne.", Lang::Fr)
            .contains(&"iceland".to_string())
    );
}

/// A common word capitalized in the middle of a sentence, where the language writes nouns in
/// lower case, is a name or part of one: a director, a surname.
#[test]
fn a_capitalized_common_word_inside_a_sentence_is_a_name() {
    assert!(!ids(
        "Il regista Dario Argento ha presentato il suo film a Roma.",
        Lang::It
    )
    .contains(&"silver".to_string()));
    assert!(!ids(
        "Selon Jean Coton, maire du village, la fête aura lieu.",
        Lang::Fr
    )
    .contains(&"cotton".to_string()));
    assert!(
        ids("L'argento ha guadagnato il 3 per cento.", Lang::It).contains(&"silver".to_string())
    );
}

/// The strings in which a commodity's word names something else: a place (可可西里), a person's
/// name before an interpunct, a café, a battery's chemistry.
#[test]
fn false_friends_of_commodities_do_not_link() {
    for (text, lang, id) in [
        ("可可西里的藏羚羊数量回升。", Lang::Zh, "cocoa"),
        ("她在街角的咖啡馆见了记者。", Lang::Zh, "coffee"),
        (
            "La batteria agli ioni di litio dura dieci anni.",
            Lang::It,
            "lithium",
        ),
        (
            "Die Lithium-Ionen-Zellen kommen aus Polen.",
            Lang::De,
            "lithium",
        ),
        (
            "Je prends un café au comptoir avant la réunion.",
            Lang::Fr,
            "coffee",
        ),
        ("Elle a dit oui, or rien n'a changé.", Lang::Fr, "gold"),
    ] {
        assert!(!ids(text, lang).contains(&id.to_string()), "{text}");
    }
}

/// A commodity's word inside a body's name is the body's: the name its acronym defines, or
/// one with an organization's word after it in Chinese, is read whole and the commodity is not
/// cut out of it.
#[test]
fn a_commodity_inside_a_bodys_name_is_the_bodys() {
    for (text, lang, word) in [
        (
            "L'Organizzazione internazionale del caffè (Ico) ha rivisto le stime del raccolto.",
            Lang::It,
            "caffè",
        ),
        ("国际咖啡组织（ICO）下调了全球产量预测。", Lang::Zh, "咖啡"),
    ] {
        let found = link(text, lang);
        assert!(!found.iter().any(|m| m.id == "coffee"), "{text}: {found:?}");
        assert!(
            found.iter().any(|m| m
                .span
                .slice(text)
                .is_some_and(|s| s.contains(word) && s.len() > word.len())),
            "{text}: {found:?}"
        );
    }
}
