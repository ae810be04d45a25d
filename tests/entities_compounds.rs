//! Names that hold a known name and are not it (session 23): a monarch's name before its
//! ordinal that holds a short known name ("巴西尔二世" is no Brazil), and the bodies of a
//! territory with its own administration (its bureaus, its commission against corruption:
//! `data/gazetteer/functions.tsv`), never the territory itself; a state's name before "国家"
//! says whose a body is. Our own sentences.

use concord::{EntityKind, Gazetteer, Lang};

/// (surface, id, kind) of every mention linked or discovered in `text`.
fn found(text: &str, lang: Lang) -> Vec<(String, String, EntityKind)> {
    Gazetteer::embedded()
        .link(text, lang)
        .into_iter()
        .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.id, m.kind))
        .collect()
}

fn id_of(text: &str, lang: Lang, surface: &str) -> Option<String> {
    found(text, lang)
        .into_iter()
        .find(|(s, _, _)| s == surface)
        .map(|(_, id, _)| id)
}

/// A monarch's name in transliteration before its ordinal is one person's name, even where a
/// short known name is written inside it ("巴西", Brazil, in "巴西尔二世", Basil II).
#[test]
fn a_monarchs_name_before_its_ordinal_holds_no_short_known_name() {
    for (text, surface) in [
        ("拜占庭帝国在巴西尔二世统治时期达到鼎盛。", "巴西尔二世"),
        ("史書記載，巴西爾二世曾親征保加利亞。", "巴西爾二世"),
        ("亨利八世先后娶了六位王后。", "亨利八世"),
    ] {
        let f = found(text, Lang::Zh);
        assert!(
            f.iter()
                .any(|(s, _, k)| s == surface && *k == EntityKind::Person),
            "{text}: {f:?}"
        );
        assert!(!f.iter().any(|(_, i, _)| i == "brazil"), "{text}: {f:?}");
    }
    // Brazil alone is still Brazil.
    let f = found("巴西二月的出口增长了百分之五。", Lang::Zh);
    assert!(f.iter().any(|(_, i, _)| i == "brazil"), "{f:?}");
}

/// A special administrative region's bureaus and commission against corruption are bodies of
/// that territory (keyed by it and the function), not the territory: "澳門廉政公署", a bare
/// "消防處" in a text about one territory.
#[test]
fn a_territorys_bodies_are_not_the_territory() {
    for (text, surface, id) in [
        (
            "澳門廉政公署拘捕了兩名涉嫌受賄的官員。",
            "廉政公署",
            "new:macau anti-corruption commission",
        ),
        (
            "香港保安局发言人表示，边境口岸周末将延长开放时间。",
            "保安局",
            "new:hong kong security bureau",
        ),
        (
            "香港昨夜暴雨，消防處接報三十宗水浸，香港多區交通受阻。",
            "消防處",
            "new:hong kong fire agency",
        ),
        (
            "香港中联办负责人会见了商界代表。",
            "中联办",
            "new:hong kong liaison office",
        ),
    ] {
        assert_eq!(
            id_of(text, Lang::Zh, surface).as_deref(),
            Some(id),
            "{text}"
        );
    }
    // The territory's own name before its body stays the territory.
    assert_eq!(
        id_of("澳门廉政公署公布了年度报告。", Lang::Zh, "澳门").as_deref(),
        Some("macau")
    );
}

/// A state's name before a word that opens a body's own name ("国家", "联邦") says whose the
/// body is: "加拿大国家运输安全委员会" is Canada's transport safety board, whatever else the
/// text names.
#[test]
fn a_states_name_before_national_says_whose_the_body_is() {
    let text = "巴拿马运河附近发生事故后，加拿大国家运输安全委员会派员协助巴拿马调查。";
    let f = found(text, Lang::Zh);
    assert!(
        f.iter()
            .any(|(_, i, _)| i == "new:canada transport safety board"),
        "{f:?}"
    );
}
