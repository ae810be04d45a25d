//! Entity linking of the world's states, regions and seas (`data/gazetteer/countries.tsv`) and
//! of international bodies (`data/gazetteer/bodies.tsv`) across languages and scripts: one
//! entity under its Italian, German, French and English names, its acronyms of each language
//! and its Chinese names in both scripts; a sub-body is never its parent; short names that are
//! given names or common words link only in longer forms. Our own sentences.

use concord::Lang::{self, De, En, Fr, It, Zh};
use concord::{EntityKind, Gazetteer};

mod common;
use common::{has, ids_of, pairs};

/// A state, a region or a sea is one place in every language and script.
#[test]
fn a_state_links_under_its_names_and_both_scripts() {
    let cases: [(&str, Lang, &str, &str); 16] = [
        (
            "Il Kenya ha firmato l'accordo con l'Etiopia.",
            It,
            "Kenya",
            "kenya",
        ),
        (
            "Kenia unterzeichnete das Abkommen mit Äthiopien.",
            De,
            "Äthiopien",
            "ethiopia",
        ),
        (
            "Le Kenya a signé l'accord avec l'Éthiopie.",
            Fr,
            "Éthiopie",
            "ethiopia",
        ),
        ("肯尼亚与埃塞俄比亚签署了协议。", Zh, "肯尼亚", "kenya"),
        ("肯亞與衣索比亞簽署了協議。", Zh, "衣索比亞", "ethiopia"),
        (
            "La Nuova Zelanda ha chiuso i confini.",
            It,
            "Nuova Zelanda",
            "new_zealand",
        ),
        ("紐西蘭關閉了邊境。", Zh, "紐西蘭", "new_zealand"),
        ("新西兰关闭了边境。", Zh, "新西兰", "new_zealand"),
        (
            "Die Lieferungen aus Kasachstan stiegen.",
            De,
            "Kasachstan",
            "kazakhstan",
        ),
        (
            "Les livraisons du Kazakhstan ont augmenté.",
            Fr,
            "Kazakhstan",
            "kazakhstan",
        ),
        (
            "Il governo della Repubblica Democratica del Congo ha risposto.",
            It,
            "Repubblica Democratica del Congo",
            "dr_congo",
        ),
        (
            "Die Reedereien meiden das Rote Meer nicht mehr.",
            De,
            "Rote Meer",
            "red_sea",
        ),
        (
            "Les navires évitent la mer Rouge.",
            Fr,
            "mer Rouge",
            "red_sea",
        ),
        ("货轮绕开红海航行。", Zh, "红海", "red_sea"),
        (
            "Shipping through the Strait of Hormuz resumed.",
            En,
            "Strait of Hormuz",
            "strait_of_hormuz",
        ),
        (
            "Le esportazioni verso il Medio Oriente sono cresciute.",
            It,
            "Medio Oriente",
            "middle_east",
        ),
    ];
    for (text, lang, surface, id) in cases {
        let p = pairs(text, lang);
        assert!(
            p.iter()
                .any(|(s, i)| i == id && surface.starts_with(s.as_str())),
            "{text}: {p:?}"
        );
    }
    let found = Gazetteer::embedded().link("Argentinien und Chile einigten sich.", De);
    assert!(
        found.iter().all(|m| m.kind == EntityKind::Place),
        "{found:?}"
    );
    assert_eq!(found.len(), 2, "{found:?}");
}

/// Short names that are given names, another place or common words never link alone, and
/// longer Chinese words that hold a state's characters name no state.
#[test]
fn ambiguous_state_names_do_not_link_alone() {
    let en = ids_of("Jordan scored and Chad Miller assisted.", En);
    assert!(
        !en.iter().any(|id| id == "jordan" || id == "chad"),
        "{en:?}"
    );
    let it = ids_of("La Giordania e il Ciad hanno votato a favore.", It);
    assert!(
        it.contains(&"jordan".into()) && it.contains(&"chad".into()),
        "{it:?}"
    );
    let zh = ids_of("沿海地区的工厂明智利用了朝鲜半岛的航线。", Zh);
    assert!(
        !zh.iter()
            .any(|id| id == "haiti" || id == "chile" || id == "north_korea"),
        "{zh:?}"
    );
    let zh = ids_of("海地和智利的代表团抵达朝鲜。", Zh);
    for id in ["haiti", "chile", "north_korea"] {
        assert!(zh.contains(&id.into()), "{zh:?}");
    }
}

/// A UN body links in every language and script, under its acronyms too, and its secretariat
/// or convention is never the United Nations itself.
#[test]
fn a_un_body_links_in_four_languages_and_is_not_the_un() {
    let cases = [
        ("Il segretariato della Convenzione quadro delle Nazioni Unite sui cambiamenti climatici ha pubblicato la bozza.", It),
        ("Das UN-Klimasekretariat veröffentlichte den Entwurf.", De),
        ("ONU Climat a publié le projet de texte.", Fr),
        ("Le secrétariat de la CCNUCC a publié le texte.", Fr),
        ("The UNFCCC published the draft text.", En),
        ("联合国气候变化框架公约秘书处发布了草案。", Zh),
        ("聯合國氣候變化框架公約秘書處發布了草案。", Zh),
    ];
    for (text, lang) in cases {
        let ids = ids_of(text, lang);
        assert!(ids.contains(&"unfccc".into()), "{text}: {ids:?}");
        assert!(!ids.contains(&"united_nations".into()), "{text}: {ids:?}");
    }
    let panel = [
        ("Secondo l'IPCC le emissioni devono dimezzarsi.", It),
        ("Der Weltklimarat fordert schnellere Kürzungen.", De),
        ("Le GIEC appelle à réduire les émissions.", Fr),
        ("政府间气候变化专门委员会发布报告。", Zh),
    ];
    for (text, lang) in panel {
        let ids = ids_of(text, lang);
        assert_eq!(ids, vec!["ipcc".to_string()], "{text}");
    }
    // The organization's own name still links where the text names it.
    let ids = ids_of("L'ONU et l'OSCE ont envoyé des observateurs.", Fr);
    assert_eq!(ids, vec!["united_nations".to_string(), "osce".to_string()]);
    let ids = ids_of("Die OSZE und die Asiatische Entwicklungsbank tagten.", De);
    assert_eq!(ids, vec!["osce".to_string(), "adb".to_string()]);
}

/// The Chinese press's "X side" (中方, 美方) names the state in talks where the text names the
/// state too; the same characters inside other words ("其中方案", "完美方案", "道德方面") name
/// nothing.
#[test]
fn the_chinese_side_of_a_state_links_to_the_state() {
    let zh = pairs(
        "日本代表团周二抵达。日方表示愿意继续谈判，印度代表随后发言，印方表示反对。",
        Zh,
    );
    assert!(zh.contains(&("日方".into(), "japan".into())), "{zh:?}");
    assert!(zh.contains(&("印方".into(), "india".into())), "{zh:?}");
    let zh = ids_of(
        "美国提出的其中方案并不完美，完美方案在道德方面也难以实现。",
        Zh,
    );
    assert_eq!(zh, vec!["united_states".to_string()], "{zh:?}");
}

/// Italian writes Peru with its stressed final vowel ("Perù"): the accent that keeps a short
/// name from a word written with one ("Metà" is no "Meta") is the country's own spelling
/// here; French "Pérou" and Chinese 秘鲁 are the same state.
#[test]
fn a_country_written_with_its_accent_links() {
    for (text, lang, surface) in [
        ("Il Perù esporta rame e argento verso l'Asia.", It, "Perù"),
        (
            "Le gouvernement du Pérou a relevé ses prévisions.",
            Fr,
            "Pérou",
        ),
        ("秘鲁的铜产量去年增长。", Zh, "秘鲁"),
    ] {
        assert!(
            has(text, lang, surface, "peru"),
            "{text}: {:?}",
            pairs(text, lang)
        );
    }
}

/// The press names a state by its epithet to avoid repeating its name: Japan is the land of
/// the rising sun in Italian, German, French and Chinese, one state with "Giappone".
#[test]
fn a_states_epithet_names_the_state() {
    for (text, lang, surface) in [
        (
            "Le esportazioni del Paese del Sol Levante sono salite a marzo.",
            It,
            "Paese del Sol Levante",
        ),
        (
            "Im Land der aufgehenden Sonne stiegen die Löhne kräftig.",
            De,
            "Land der aufgehenden Sonne",
        ),
        (
            "Les ventes de voitures au pays du Soleil-Levant ont reculé.",
            Fr,
            "pays du Soleil-Levant",
        ),
        ("这家车企计划在日出之国新建两座工厂。", Zh, "日出之国"),
    ] {
        assert!(
            has(text, lang, surface, "japan"),
            "{text}: {:?}",
            pairs(text, lang)
        );
    }
}

/// The Nile's two great branches are rivers of their own in every language and script, never
/// the Nile whose name they hold.
#[test]
fn the_niles_branches_are_not_the_nile() {
    for (text, lang, surface, id) in [
        (
            "A Khartoum il Nilo Azzurro incontra il Nilo Bianco.",
            It,
            "Nilo Azzurro",
            "blue_nile",
        ),
        (
            "A Khartoum il Nilo Azzurro incontra il Nilo Bianco.",
            It,
            "Nilo Bianco",
            "white_nile",
        ),
        (
            "Der Blaue Nil führt im August viel Wasser.",
            De,
            "Blaue Nil",
            "blue_nile",
        ),
        (
            "Am Weißen Nil wurde ein neuer Damm gebaut.",
            De,
            "Weißen Nil",
            "white_nile",
        ),
        (
            "La crue du Nil Bleu inquiète les agriculteurs soudanais.",
            Fr,
            "Nil Bleu",
            "blue_nile",
        ),
        (
            "青尼罗河与白尼罗河在喀土穆交汇。",
            Zh,
            "青尼罗河",
            "blue_nile",
        ),
        (
            "青尼罗河与白尼罗河在喀土穆交汇。",
            Zh,
            "白尼罗河",
            "white_nile",
        ),
    ] {
        assert!(
            has(text, lang, surface, id),
            "{text}: {:?}",
            pairs(text, lang)
        );
        assert!(!ids_of(text, lang).contains(&"nile".to_string()), "{text}");
    }
}
