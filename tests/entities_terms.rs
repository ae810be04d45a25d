//! Entity linking: in Chinese, a foreign name in transliteration that the text always writes
//! with the same characters after it is a longer term of its own (a species, a railway line),
//! one entity on every mention; a name before a verb or words that change stays the name.
//! Our own sentences.

use concord::{EntityMention, Gazetteer, Lang};

fn link(text: &str, lang: Lang) -> Vec<EntityMention> {
    Gazetteer::embedded().link(text, lang)
}

/// (surface, id) of every mention.
fn ids(text: &str) -> Vec<(String, String)> {
    link(text, Lang::Zh)
        .into_iter()
        .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.id))
        .collect()
}

/// A line's short name: the transliteration and "铁" are one term, every time.
#[test]
fn a_transliteration_and_the_characters_it_always_takes_are_one_term() {
    let zh = "卡拉马高铁今日通车。卡拉马高铁全长210公里，设有6座车站；卡拉马高铁最高时速300公里。";
    let f = ids(zh);
    assert_eq!(
        f.iter()
            .filter(|(s, id)| s == "卡拉马高铁" && id == "new:卡拉马高铁")
            .count(),
        3,
        "{f:?}"
    );
    // A species too, where the text once writes the name with another word.
    let zh = "萨普里猫数量回升。调查显示，萨普里猫已超过900只；萨普里山区是萨普里猫的主要栖息地，萨普里猫以兔为食。";
    let f = ids(zh);
    assert!(
        f.iter()
            .filter(|(s, id)| s == "萨普里猫" && id == "new:萨普里猫")
            .count()
            >= 3,
        "{f:?}"
    );
}

/// A person's name before a verb of saying, or before characters that change, takes nothing.
#[test]
fn a_name_before_verbs_stays_the_name() {
    let zh = "马里奥斯表示，公司将扩大生产。马里奥斯认为市场仍在增长，马里奥斯宣布新计划。";
    let f = ids(zh);
    assert!(
        f.iter()
            .all(|(s, _)| !s.starts_with("马里奥斯") || s == "马里奥斯"),
        "{f:?}"
    );
}
