//! Names that hold a known name and are not it (session 23): a place named by a compass word
//! before a known place ("East London", "新伦敦县": another place, the whole or nothing; cues
//! `compass_name` in `data/gazetteer/kind_cues.tsv`, `compass` in `zh_names.tsv`), a
//! monarch's name before its ordinal that holds a short known name ("巴西尔二世" is no Brazil),
//! the bodies of a territory with its own administration (its government "特区政府", its
//! bureaus, its commission against corruption: `data/gazetteer/functions.tsv`), never the
//! territory itself, and a housing estate's name before its head ("苑", "邨", cue
//! `estate_head`) after a district's (`data/gazetteer/cities.tsv`). Our own sentences.

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

/// "East London", "New London", "North Vancouver" are towns of their own in any language's
/// text: the whole name is one new place, and the known place inside it is not read.
#[test]
fn a_compass_word_before_a_known_place_names_another_place() {
    for (text, lang, surface, id, inner) in [
        (
            "Il sindaco di East London ha chiuso le spiagge per il maltempo.",
            Lang::It,
            "East London",
            "new:east london",
            "london",
        ),
        (
            "Die Werft in New London stellt im Frühjahr 300 Schweißer ein.",
            Lang::De,
            "New London",
            "new:new london",
            "london",
        ),
        (
            "Les électeurs de North Vancouver ont élu une nouvelle mairesse dimanche.",
            Lang::Fr,
            "North Vancouver",
            "new:north vancouver",
            "vancouver",
        ),
        (
            "The council of New London approved a larger school budget.",
            Lang::En,
            "New London",
            "new:new london",
            "london",
        ),
    ] {
        let f = found(text, lang);
        assert!(
            f.iter().any(|(s, i, _)| s == surface && i == id),
            "{text}: {f:?}"
        );
        assert!(!f.iter().any(|(_, i, _)| i == inner), "{text}: {f:?}");
    }
}

/// In Chinese the compass character comes before the known place's name and a place head
/// after it ("镇", "县"): the whole is the place, keyed as the Latin name is, in both scripts.
#[test]
fn a_chinese_compass_place_with_its_head_is_the_latin_place() {
    for (text, surface, id) in [
        (
            "新伦敦镇的潜艇船厂周二宣布扩建。",
            "新伦敦镇",
            "new:new london",
        ),
        ("東倫敦鎮的學校因暴雨停課。", "東倫敦鎮", "new:east london"),
        (
            "新伦敦县的选民周二投票选出县长。",
            "新伦敦县",
            "new:new london county",
        ),
    ] {
        let f = found(text, Lang::Zh);
        assert!(
            f.iter()
                .any(|(s, i, k)| s == surface && i == id && *k == EntityKind::Place),
            "{text}: {f:?}"
        );
        assert!(!f.iter().any(|(_, i, _)| i == "london"), "{text}: {f:?}");
    }
    // The Latin name in a Latin text takes the same id.
    assert_eq!(
        id_of(
            "La base navale di New London ospita otto sottomarini.",
            Lang::It,
            "New London"
        )
        .as_deref(),
        Some("new:new london")
    );
    // No head, no new place: "东伦敦" may be London's east end; "伦敦" alone stays London.
    let f = found("伦敦东部的房价下跌，东京的上涨。", Lang::Zh);
    assert!(f.iter().any(|(_, i, _)| i == "london"), "{f:?}");
    // A region's adjective is no compass name: "Nord Italia" is still Italy's.
    let f = found(
        "Le piogge hanno colpito il Nord Italia per tre giorni.",
        Lang::It,
    );
    assert!(f.iter().any(|(_, i, _)| i == "italy"), "{f:?}");
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

/// A special administrative region's government, bureaus and commission against corruption
/// are bodies of that territory (keyed by it and the function), not the territory: "澳门特区
/// 政府", "澳門廉政公署", a bare "特区政府" or "消防處" in a text about one territory.
#[test]
fn a_territorys_bodies_are_not_the_territory() {
    for (text, surface, id) in [
        (
            "澳门特区政府宣布向中小企业发放补贴。",
            "特区政府",
            "new:macau government",
        ),
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
        id_of("澳门特区政府宣布向中小企业发放补贴。", Lang::Zh, "澳门").as_deref(),
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

/// Hong Kong's districts are places in every script ("Sha Tin", "屯门", "觀塘"), and a housing
/// estate's name after one, two or three characters before its head ("苑", "邨"), is a
/// facility of its own, the head kept; a determiner or one character before the head ("该屋
/// 苑", "屋苑": the estate, a common noun) is none.
#[test]
fn districts_and_housing_estates_are_places_and_facilities() {
    for (text, lang, surface, id) in [
        (
            "Heavy rain flooded several streets in Sha Tin.",
            Lang::En,
            "Sha Tin",
            "sha_tin",
        ),
        (
            "In Tuen Mun fiel am Abend der Strom aus.",
            Lang::De,
            "Tuen Mun",
            "tuen_mun",
        ),
        (
            "屯门兆康苑昨晚停电，约三千户受影响。",
            Lang::Zh,
            "屯门",
            "tuen_mun",
        ),
        ("觀塘順利邨發生水管爆裂。", Lang::Zh, "觀塘", "kwun_tong"),
    ] {
        assert_eq!(id_of(text, lang, surface).as_deref(), Some(id), "{text}");
    }
    for (text, surface) in [
        ("屯门兆康苑昨晚停电，约三千户受影响。", "兆康苑"),
        ("觀塘順利邨發生水管爆裂。", "順利邨"),
        ("警方表示，兆康苑的住户已全部撤离。", "兆康苑"),
    ] {
        let f = found(text, Lang::Zh);
        assert!(
            f.iter().any(|(s, i, k)| s == surface
                && i.starts_with("new:")
                && *k == EntityKind::Facility),
            "{text}: {f:?}"
        );
    }
    let f = found("该屋苑的管理费明年上涨。", Lang::Zh);
    assert!(
        !f.iter().any(|(s, _, _)| s.ends_with('苑')),
        "该屋苑: {f:?}"
    );
}

/// Chinese writes a distance from a place as place + bearing + hedge + number ("以北约60公里",
/// "north of it, about 60 km"): the bearing's last character and the hedge are no "北约"
/// (NATO), in either script; with no number after it ("以北约为首", "led by NATO") the name
/// stands, and so does NATO elsewhere in the text.
#[test]
fn a_bearing_and_a_hedge_before_a_distance_are_no_name() {
    let text = "新矿区位于省会以北约60公里处，北约军机上月曾在附近飞越。";
    let ids: Vec<String> = found(text, Lang::Zh)
        .into_iter()
        .map(|(_, id, _)| id)
        .collect();
    assert_eq!(ids.iter().filter(|id| *id == "nato").count(), 1, "{ids:?}");
    assert_eq!(id_of(text, Lang::Zh, "北约").as_deref(), Some("nato"));
    let text = "新機場位於市區東北約25公里，預計明年啟用。";
    assert!(found(text, Lang::Zh).iter().all(|(_, id, _)| id != "nato"));
    let text = "以北约为首的军事联盟昨日在布鲁塞尔开会。";
    assert_eq!(id_of(text, Lang::Zh, "北约").as_deref(), Some("nato"));
}

/// A dam, a port or a company whose Chinese name opens with its country's name ("巴西美丽山大坝",
/// "智利北星港", "加拿大北岭矿业公司") is the facility or the company, never the country; its
/// later mentions without the country are it too. A business described ("美国大型科技公司"),
/// a particle between ("埃及的新大坝") or a port in general ("日本沿海港口") leaves the country.
#[test]
fn a_facility_or_a_company_named_after_its_country_is_not_the_country() {
    for (text, surface, kind) in [
        (
            "巴西美丽山大坝下月开始蓄水。",
            "巴西美丽山大坝",
            EntityKind::Facility,
        ),
        (
            "智利北星港將於明年啟用。",
            "智利北星港",
            EntityKind::Facility,
        ),
        (
            "该矿由加拿大北岭矿业公司和当地企业共同开发。",
            "加拿大北岭矿业公司",
            EntityKind::Organization,
        ),
    ] {
        let got = found(text, Lang::Zh);
        let m = got.iter().find(|(s, _, _)| s == surface);
        assert_eq!(m.map(|(_, _, k)| *k), Some(kind), "{text}: {got:?}");
        assert!(
            got.iter()
                .all(|(_, id, _)| !["brazil", "chile", "canada"].contains(&id.as_str())),
            "{text}: {got:?}"
        );
    }
    let text = "巴西美丽山大坝下月开始蓄水。美丽山大坝的装机容量居全国第二。";
    let got = found(text, Lang::Zh);
    let whole = id_of(text, Lang::Zh, "巴西美丽山大坝");
    assert!(whole.is_some(), "{got:?}");
    assert_eq!(id_of(text, Lang::Zh, "美丽山大坝"), whole, "{got:?}");
    // The company is keyed by its name after the country, as where its name found alone
    // leaves the country its own mention.
    let whole = id_of(
        "该矿由加拿大北岭矿业公司和当地企业共同开发。",
        Lang::Zh,
        "加拿大北岭矿业公司",
    );
    assert_eq!(whole.as_deref(), Some("new:北岭"));
    let alone = id_of(
        "加拿大北岭矿业公司宣布裁员三百人。",
        Lang::Zh,
        "北岭矿业公司",
    );
    assert_eq!(alone, whole);
    for (text, country) in [
        ("美国大型科技公司纷纷加码投资。", "united_states"),
        ("埃及的新大坝引发争议。", "egypt"),
        ("日本沿海港口吞吐量创新高。", "japan"),
    ] {
        let got = found(text, Lang::Zh);
        assert!(
            got.iter().any(|(_, id, _)| id == country),
            "{text}: {got:?}"
        );
    }
}

/// A shipping group's port operator is a company of its own: "X Ports" after a known group's
/// name in Latin scripts, "X港口" and a legal form after it in Chinese, one id in every
/// language (keyed by the parent and the class), never the parent; the group alone stays
/// the group.
#[test]
fn a_groups_port_operator_is_a_company_of_its_own() {
    for (text, lang, surface) in [
        (
            "Il terminal del Pireo è gestito da Cosco Shipping Ports dal 2016.",
            Lang::It,
            "Cosco Shipping Ports",
        ),
        (
            "Cosco Shipping Ports détient désormais un tiers du terminal de Hambourg.",
            Lang::Fr,
            "Cosco Shipping Ports",
        ),
        (
            "比雷埃夫斯港集装箱码头由中远海运港口有限公司运营。",
            Lang::Zh,
            "中远海运港口有限公司",
        ),
        (
            "漢堡碼頭的少數股權由中遠海運港口有限公司持有。",
            Lang::Zh,
            "中遠海運港口有限公司",
        ),
    ] {
        assert_eq!(
            id_of(text, lang, surface).as_deref(),
            Some("new:cosco ports"),
            "{text}: {:?}",
            found(text, lang)
        );
    }
    // The parent's own name, and a legal form after it alone, stay the parent's.
    let text = "中远海运集团表示将扩大船队。";
    assert!(found(text, Lang::Zh).iter().any(|(_, id, _)| id == "cosco"));
}
