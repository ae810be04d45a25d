//! Foreign names in Chinese transliteration that a head word marks (`data/gazetteer/
//! zh_names.tsv`, cues `place_head`, `storm_head`, `craft_head`; session 22): a place's name
//! with what the place is ("奥兰治县", "马里布海滩", "布雷斯特港"), a storm's name before or
//! after the storm's word ("飓风“伊恩”", "贝丽尔飓风": the name alone, one storm with or without
//! the word), a ship's name in quotes before "号". Common words before a head ("该县",
//! "三个港口", "超强台风") are no names. Our own sentences, in both scripts.

use concord::{EntityKind, Gazetteer, Lang};

/// (surface, id, kind) of every mention linked or discovered in `text`.
fn found(text: &str) -> Vec<(String, String, EntityKind)> {
    Gazetteer::embedded()
        .link(text, Lang::Zh)
        .into_iter()
        .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.id, m.kind))
        .collect()
}

/// A place's name in transliteration with its head (a county, a beach, a port, a reef, a
/// fort) is a place, the head kept in the name; heads may follow one another.
#[test]
fn a_transliterated_place_with_its_head_is_a_place() {
    for (text, surface) in [
        ("奥兰治县的房价连续三个月上涨。", "奥兰治县"),
        ("暑假期间，游客涌向马里布海滩。", "马里布海滩"),
        ("两艘渔船停靠在布雷斯特港。", "布雷斯特港"),
        ("研究人员在洛格海德礁发现了珊瑚白化。", "洛格海德礁"),
        ("當地時間週六，奧蘭治郡發生山火。", "奧蘭治郡"),
        ("居民从迈尔斯堡海滩撤离。", "迈尔斯堡海滩"),
    ] {
        let f = found(text);
        assert!(
            f.iter().any(|(s, id, k)| s == surface
                && id.starts_with("new:")
                && *k == EntityKind::Place),
            "{text}: {f:?}"
        );
    }
}

/// A storm's name before or after the storm's word, in quotes or not, is the name alone: the
/// same id with the word and without it.
#[test]
fn a_storm_is_named_without_its_word() {
    let f = found("飓风“伊恩”横扫佛州。伊恩登陆时为4级飓风。");
    assert!(
        f.iter().any(|(s, id, _)| s == "伊恩" && id == "new:伊恩"),
        "{f:?}"
    );
    let f = found("贝丽尔飓风登陆墨西哥尤卡坦半岛。");
    assert!(
        f.iter()
            .any(|(s, id, _)| s == "贝丽尔" && id == "new:贝丽尔"),
        "{f:?}"
    );
    // Traditional characters fold to simplified ones: one storm in both scripts.
    let f = found("颱風「山貓」逼近沖繩。");
    let g = found("贝丽尔颶風逼近牙買加。");
    assert!(g.iter().any(|(_, id, _)| id == "new:贝丽尔"), "{g:?}");
    // (A name whose characters are not all of transliteration is left to other rules.)
    assert!(f.iter().all(|(s, _, _)| s != "山貓"), "{f:?}");
}

/// A ship's or a craft's name in quotes before "号" is the ship's.
#[test]
fn a_ship_in_quotes_before_its_word() {
    for (text, name) in [
        ("“卢西塔尼亚”号在爱尔兰附近沉没。", "卢西塔尼亚"),
        ("科考船「阿蒙森」號駛入北冰洋。", "阿蒙森"),
    ] {
        let f = found(text);
        assert!(f.iter().any(|(s, _, _)| s == name), "{text}: {f:?}");
    }
}

/// Common words before a head are no names: a determiner, a count, an intensifier, a known
/// place's own name.
#[test]
fn common_words_before_a_head_are_no_names() {
    for text in [
        "该县有三千人撤离。",
        "三个港口因大风关闭。",
        "超强台风袭击菲律宾北部。",
        "受台风影响，多个航班取消。",
        "今年的台风季提前结束。",
        "巴西港口的吞吐量上升。",
        "一场热带风暴逼近沿海地区。",
    ] {
        let f = found(text);
        assert!(
            f.iter().all(|(_, id, _)| !id.starts_with("new:")),
            "{text}: {f:?}"
        );
    }
}

/// Across documents, a transliteration and a Latin name of one word are one place or one
/// storm where they sound alike and their heads mean the same ("沃卢西亚县", "Volusia County";
/// "多里安", "Dorian"); another head or other sounds, and they stay apart.
#[test]
fn a_transliteration_joins_its_latin_name_across_documents() {
    use concord::entity::Clusterer;
    let g = Gazetteer::embedded();
    let ids = |texts: &[(&str, Lang)]| {
        let mut c = Clusterer::default();
        texts
            .iter()
            .map(|(t, l)| {
                let mut m = g.link(t, *l);
                c.assign(&mut m);
                m.into_iter().map(|m| m.id).collect::<Vec<_>>()
            })
            .collect::<Vec<_>>()
    };
    let found = ids(&[
        ("L'uragano Dorian ha colpito le Bahamas lunedì.", Lang::It),
        ("多里安飓风周一袭击巴哈马。", Lang::Zh),
    ]);
    assert!(found[0].contains(&"new:dorian".to_string()), "{found:?}");
    assert!(found[1].contains(&"new:dorian".to_string()), "{found:?}");
    let found = ids(&[
        ("L'uragano ha allagato la Volusia County.", Lang::It),
        ("沃盧西亞郡的多個社區被淹。", Lang::Zh),
    ]);
    assert!(
        found[1]
            .iter()
            .any(|i| found[0].contains(i) && i.starts_with("new:")),
        "{found:?}"
    );
    // Other sounds: two storms.
    let found = ids(&[
        ("L'uragano Dorian ha colpito le Bahamas lunedì.", Lang::It),
        ("马修飓风周一袭击巴哈马。", Lang::Zh),
    ]);
    assert!(!found[1].contains(&"new:dorian".to_string()), "{found:?}");
}
