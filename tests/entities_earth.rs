//! The world as an entity (`earth`): the words that name the planet or the whole world as the
//! holder of figures link, in every language; the same words in idioms, in a part of the world
//! or inside another name do not (`data/gazetteer/world.tsv`, rule `world`). Our own sentences.

use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::pairs;

/// The surfaces linked to the world in `text`.
fn earth(text: &str, lang: Lang) -> Vec<String> {
    pairs(text, lang)
        .into_iter()
        .filter(|(_, id)| id == "earth")
        .map(|(s, _)| s)
        .collect()
}

#[test]
fn the_planet_and_the_world_link_in_every_language() {
    let cases: [(&str, Lang, &[&str]); 12] = [
        (
            "La superficie coperta dai ghiacci sul pianeta si è ridotta del 12% in trent'anni.",
            It,
            &["pianeta"],
        ),
        (
            "La Terra ha perso in media 270 miliardi di tonnellate di ghiaccio l'anno.",
            It,
            &["Terra"],
        ),
        (
            "Nel mondo vivono oggi oltre 8 miliardi di persone, secondo le Nazioni Unite.",
            It,
            &["mondo"],
        ),
        (
            "Auf der Erde leben nach Schätzungen rund 8,7 Millionen Tierarten.",
            De,
            &["Erde"],
        ),
        (
            "Der Konzern ist nach eigenen Angaben der größte Kaffeeröster der Welt.",
            De,
            &["Welt"],
        ),
        (
            "La planète a compté 2,1 milliards de touristes l'an dernier.",
            Fr,
            &["planète"],
        ),
        (
            "La distance moyenne entre la Lune et la Terre est de 384 400 km.",
            Fr,
            &["Terre"],
        ),
        (
            "Le pays est le premier exportateur de cacao au monde.",
            Fr,
            &["monde"],
        ),
        (
            "Forests cover about 31% of the planet, the report said.",
            En,
            &["planet"],
        ),
        ("地球表面约71%被海洋覆盖。", Zh, &["地球"]),
        ("去年全球智能手机出货量为11.7亿部。", Zh, &["全球"]),
        (
            "该国是世界第一大稀土生产国，世界上约六成的产量来自这里。",
            Zh,
            &["世界", "世界"],
        ),
    ];
    for (text, lang, want) in cases {
        assert_eq!(earth(text, lang), want, "{text}");
    }
}

#[test]
fn idioms_and_parts_of_the_world_do_not_link() {
    let cases: [(&str, Lang); 16] = [
        // The world of a trade, of a culture; a part of it.
        ("Nel mondo del calcio girano miliardi di euro.", It),
        ("Il mondo arabo ha reagito con cautela.", It),
        (
            "Le esportazioni verso il resto del mondo sono calate del 4%.",
            It,
        ),
        ("È venuto al mondo nel 1950 a Bologna.", It),
        ("Ha vinto tre volte la Coppa del Mondo di sci.", It),
        ("Die Welt der Mode trifft sich in Mailand.", De),
        ("Die arabische Welt reagierte zurückhaltend.", De),
        ("Die Kartoffeln lagen zwei Wochen in der Erde.", De),
        ("Das berichtete die Zeitung „Die Welt“ am Montag.", De),
        ("Tout le monde attendait la décision.", Fr),
        ("Elle a battu le record du monde du 800 mètres.", Fr),
        ("Le monde du travail change vite.", Fr),
        ("La planète rouge est à 225 millions de kilomètres.", Fr),
        ("他曾两次夺得世界杯冠军。", Zh),
        ("全球化让供应链更长。", Zh),
        ("世界气象组织发布了年度报告。", Zh),
    ];
    for (text, lang) in cases {
        assert!(
            earth(text, lang).is_empty(),
            "{text}: {:?}",
            pairs(text, lang)
        );
    }
}

/// A body whose name holds the word stays that body.
#[test]
fn a_name_that_holds_the_word_keeps_it() {
    let t = "世界气象组织说，全球平均气温创新高。";
    let found = pairs(t, Zh);
    assert!(
        found.contains(&("世界气象组织".to_string(), "wmo".to_string())),
        "{found:?}"
    );
    assert_eq!(earth(t, Zh), ["全球"]);
}
