//! Links that must not happen, each with its reason, and the national Red Cross and Red
//! Crescent societies, which are not the movement. Our own sentences.

use concord::Gazetteer;
use concord::Lang::{self, De, Fr, It, Zh};

mod common;
use common::{pairs, pairs_in};

/// A shared adjective carries no fuzzy link: "Rossa Italiana" inside "Croce Rossa Italiana" is
/// two letters from "Borsa Italiana", but the word that differs does not look like a damaged
/// "Borsa" (another first letter, two edits), and the window cuts "Croce Rossa" in two.
#[test]
fn a_shared_adjective_carries_no_fuzzy_link() {
    let g = Gazetteer::from_tsv(
        "exchange\torganization\t*\tBorsa Italiana\nmovement\torganization\t*\tCroce Rossa\n",
    )
    .unwrap();
    let t = "La Croce Rossa Italiana ha allestito un campo con 300 posti letto.";
    let found = pairs_in(&g, t, It);
    assert!(found.iter().all(|(_, id)| id != "exchange"), "{found:?}");
    // Without the movement's name to cut, the adjective still carries nothing.
    let g = Gazetteer::from_tsv("exchange\torganization\t*\tBorsa Italiana\n").unwrap();
    let found = pairs_in(&g, t, It);
    assert!(found.iter().all(|(_, id)| id != "exchange"), "{found:?}");
    // A damaged word that keeps its shape still links ("Borsa" mistyped).
    let t = "Le contrattazioni alla Bosra Italiana sono riprese alle 9.";
    let found = pairs_in(&g, t, It);
    assert!(found.iter().any(|(_, id)| id == "exchange"), "{found:?}");
}

/// A national society is its own entity in every language; the movement's name alone stays
/// the movement.
#[test]
fn national_societies_are_not_the_movement() {
    let cases: [(&str, Lang, &str, &str); 7] = [
        (
            "Volontari della Croce Rossa Italiana hanno distribuito 2.000 pasti.",
            It,
            "Croce Rossa Italiana",
            "italian_red_cross",
        ),
        (
            "Das Deutsche Rote Kreuz schickte 40 Helfer in das Hochwassergebiet.",
            De,
            "Deutsche Rote Kreuz",
            "german_red_cross",
        ),
        (
            "Helfer des Deutschen Roten Kreuzes bauten Zelte auf.",
            De,
            "Deutschen Roten Kreuzes",
            "german_red_cross",
        ),
        (
            "La Croix-Rouge française a ouvert trois centres d'accueil.",
            Fr,
            "Croix-Rouge française",
            "french_red_cross",
        ),
        (
            "中国红十字会向灾区调拨了5000顶帐篷。",
            Zh,
            "中国红十字会",
            "chinese_red_cross",
        ),
        (
            "Le Croissant-Rouge a évacué 120 blessés.",
            Fr,
            "Croissant-Rouge",
            "red_crescent",
        ),
        (
            "La Croce Rossa ha lanciato un appello per donare sangue.",
            It,
            "Croce Rossa",
            "red_cross",
        ),
    ];
    for (text, lang, surface, id) in cases {
        let found = pairs(text, lang);
        assert!(
            found.iter().any(|(s, i)| s == surface && i == id),
            "{text}: {found:?}"
        );
    }
}

/// A body of the state named with the state's word is the body, not the country
/// ("国家气候中心", with the country's name before it too); a centre that is no body is no name.
#[test]
fn a_state_centre_is_the_body_not_the_country() {
    let t = "中国国家海洋预报中心发布的数据显示，今年海平面偏高。";
    let found = pairs(t, Zh);
    assert!(
        found
            .iter()
            .any(|(s, i)| s == "中国国家海洋预报中心" && i.starts_with("new:")),
        "{found:?}"
    );
    assert!(found.iter().all(|(_, i)| i != "china"), "{found:?}");
    let t = "该公司在贵州新建了一座数据中心。";
    let found = pairs(t, Zh);
    assert!(found.iter().all(|(s, _)| !s.contains("中心")), "{found:?}");
}

/// Hong Kong's press calls the city "this port".
#[test]
fn this_port_is_hong_kong() {
    let t = "本港上月失业率为3.1%，与前一个月持平。";
    assert!(pairs(t, Zh)
        .iter()
        .any(|(s, i)| s == "本港" && i == "hong_kong"));
    let t = "本港口今年集装箱吞吐量增长5%。";
    assert!(pairs(t, Zh).iter().all(|(_, i)| i != "hong_kong"));
}
