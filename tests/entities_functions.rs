//! Public bodies named by their function ("ministero della Salute", "Gesundheitsministerium",
//! "教育部", "High Court"): the body of the state the text is about, one entity in every
//! language and script; subsidiaries named by their parent and a business ("Acme Motors",
//! "X汽车"): not the parent, one entity across scripts; treaties and directives named after a
//! place or a noun: one entity across languages. Our own sentences.

use concord::Gazetteer;
use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::pairs;

/// The id of the mention whose surface is `surface` (or contains it).
fn id_of(found: &[(String, String)], surface: &str) -> String {
    found
        .iter()
        .find(|(s, _)| s == surface)
        .or_else(|| found.iter().find(|(s, _)| s.contains(surface)))
        .map(|(_, i)| i.clone())
        .unwrap_or_else(|| panic!("no mention of {surface:?} in {found:?}"))
}

/// A ministry named by its portfolio in a text about a country is that country's ministry, the
/// same entity in every language and script.
#[test]
fn a_ministry_by_its_portfolio_is_the_one_of_the_country_the_text_is_about() {
    let docs: [(&str, Lang, &str); 5] = [
        (
            "Il Brasile ha avviato la campagna di vaccinazione: secondo il ministero della \
             Salute, in Brasile sono state distribuite dieci milioni di dosi.",
            It,
            "ministero della Salute",
        ),
        (
            "Le Brésil a lancé sa campagne de vaccination. Selon le ministère de la Santé, le \
             Brésil a distribué dix millions de doses.",
            Fr,
            "ministère de la Santé",
        ),
        (
            "Brasilien hat die Impfkampagne begonnen. Das Gesundheitsministerium teilte mit, \
             Brasilien habe zehn Millionen Dosen verteilt.",
            De,
            "Gesundheitsministerium",
        ),
        (
            "Brazil began its vaccination campaign; the Ministry of Health said Brazil had \
             shipped ten million doses.",
            En,
            "Ministry of Health",
        ),
        (
            "巴西启动疫苗接种运动，巴西卫生部表示已分发一千万剂疫苗。",
            Zh,
            "卫生部",
        ),
    ];
    let mut seen = Vec::new();
    for (text, lang, surface) in docs {
        let found = pairs(text, lang);
        seen.push(id_of(&found, surface));
    }
    assert!(
        seen.iter().all(|i| i == "new:brazil ministry of health"),
        "{seen:?}"
    );
}

/// The state a ministry's name carries wins over the one the text names most ("ministère
/// japonais", "Japan's"); a minister (部长) or a department (部门) is no ministry.
#[test]
fn a_ministry_carries_its_state_and_a_minister_is_no_ministry() {
    let text = "La France et le Japon ont signé un accord ferroviaire. La France financera la \
                ligne; le ministère japonais des Transports a validé le tracé.";
    let found = pairs(text, Fr);
    assert_eq!(
        id_of(&found, "ministère japonais des Transports"),
        "new:japan ministry of transport"
    );
    let text = "日本国土交通省宣布新干线延伸计划。";
    let found = pairs(text, Zh);
    assert_eq!(
        id_of(&found, "国土交通省"),
        "new:japan ministry of transport"
    );

    let text = "台湾教育部长表示，教育部门将增加预算。";
    let found = pairs(text, Zh);
    assert!(
        !found.iter().any(|(_, i)| i.contains("ministry")),
        "{found:?}"
    );
}

/// A ministry the gazetteer knows is found under its portfolio in a text about its country, and
/// the same words in a text about another country name that country's ministry.
#[test]
fn a_known_ministry_is_its_countrys_only() {
    let text = "In Italia il ministero della Salute ha confermato il piano vaccinale.";
    let found = pairs(text, It);
    assert_eq!(
        id_of(&found, "ministero della Salute"),
        "italian_health_ministry"
    );
    let text = "In Giappone il ministero della Salute ha confermato il piano: il Giappone \
                vaccinerà dieci milioni di anziani.";
    let found = pairs(text, It);
    assert_eq!(
        id_of(&found, "ministero della Salute"),
        "new:japan ministry of health"
    );
}

/// A court by its rank is the court of the place the text is about, or of the place its name
/// carries ("Hongkonger Obergericht", "Alta Corte di Singapore").
#[test]
fn a_court_by_its_rank_is_the_one_of_its_place() {
    let found = pairs(
        "Das Hongkonger Obergericht hat den Bauträger aufgelöst.",
        De,
    );
    assert_eq!(id_of(&found, "Obergericht"), "hk_high_court");
    let found = pairs(
        "La Alta Corte di Singapore ha respinto il ricorso della compagnia di traghetti.",
        It,
    );
    assert_eq!(id_of(&found, "Alta Corte"), "new:singapore high court");
    let found = pairs(
        "The strike at Singapore's port continued; the High Court refused the union's appeal, \
         and Singapore's port authority said ships were waiting.",
        En,
    );
    assert_eq!(id_of(&found, "High Court"), "new:singapore high court");
}

/// A subsidiary named by its parent and a business is not the parent, and is one company in
/// every script: the car maker "Acme New Energy Vehicle" / "X汽车（code）".
#[test]
fn a_subsidiary_by_its_parent_and_business_is_its_own_company() {
    let found = pairs(
        "Le azioni di Alibaba Property Services sono state sospese, mentre Alibaba ha perso il 3%.",
        It,
    );
    assert_eq!(
        id_of(&found, "Alibaba Property Services"),
        "new:alibaba property services"
    );
    assert!(
        found.iter().any(|(s, i)| s == "Alibaba" && i == "alibaba"),
        "{found:?}"
    );
    let found = pairs("阿里巴巴物业（1234）股价下跌，阿里巴巴则上涨。", Zh);
    assert_eq!(
        id_of(&found, "阿里巴巴物业"),
        "new:alibaba property services"
    );

    let found = pairs(
        "Die Aktie der Tochter Xiaomi New Energy Vehicle fiel um vier Prozent.",
        De,
    );
    assert_eq!(
        id_of(&found, "Xiaomi New Energy Vehicle"),
        "new:xiaomi auto"
    );
    let found = pairs("小米汽车（5678）的交付量增加，小米也发布了新手机。", Zh);
    assert_eq!(id_of(&found, "小米汽车"), "new:xiaomi auto");
}

/// A treaty or a directive named after a place or a noun is one entity across languages,
/// never the place.
#[test]
fn a_treaty_named_after_a_place_is_one_document() {
    let cases: [(&str, Lang, &str); 4] = [
        (
            "Il Protocollo di Kyoto è scaduto nel 2020.",
            It,
            "Protocollo di Kyoto",
        ),
        ("Das Kyoto-Protokoll lief 2020 aus.", De, "Kyoto-Protokoll"),
        (
            "Le protocole de Kyoto a expiré en 2020.",
            Fr,
            "protocole de Kyoto",
        ),
        ("《京都议定书》于2020年到期。", Zh, "京都议定书"),
    ];
    for (text, lang, surface) in cases {
        let found = pairs(text, lang);
        assert_eq!(id_of(&found, surface), "kyoto_protocol", "{text}");
    }
    let cases: [(&str, Lang, &str); 3] = [
        (
            "La direttiva Uccelli protegge le gru.",
            It,
            "direttiva Uccelli",
        ),
        (
            "Die Vogelschutzrichtlinie schützt Kraniche.",
            De,
            "Vogelschutzrichtlinie",
        ),
        ("La directive « Oiseaux » protège les grues.", Fr, "Oiseaux"),
    ];
    for (text, lang, surface) in cases {
        let found = pairs(text, lang);
        assert_eq!(id_of(&found, surface), "birds_directive", "{text}");
    }
    // A convention the gazetteer lacks, by its place: one key in every language.
    let a = pairs(
        "La Convenzione di Aarhus garantisce l'accesso ai dati ambientali.",
        It,
    );
    let b = pairs(
        "Die Aarhus-Konvention garantiert den Zugang zu Umweltdaten.",
        De,
    );
    let c = pairs(
        "The Aarhus Convention grants access to environmental data.",
        En,
    );
    let ka = id_of(&a, "Aarhus");
    assert_eq!(ka, id_of(&b, "Aarhus"));
    assert_eq!(ka, id_of(&c, "Aarhus"));
}

/// A capital's adjective names its state's government ("das Madrider Verkehrsministerium"); a
/// Chinese ministry of several portfolios is keyed by the first ("农业和环境部").
#[test]
fn a_capitals_adjective_and_several_portfolios() {
    let found = pairs(
        "Der Bahnbetreiber zahlt 40 Millionen Euro an das Madrider Verkehrsministerium.",
        De,
    );
    assert_eq!(
        id_of(&found, "Verkehrsministerium"),
        "new:spain ministry of transport"
    );
    let found = pairs("西班牙农业和环境部公布了今年的橄榄收成。", Zh);
    assert_eq!(
        id_of(&found, "农业和环境部"),
        "new:spain ministry of agriculture"
    );
}

/// A Hong Kong or Taiwanese person's name with a Western given name before the Chinese one
/// ("Karen Lau Wing-yee") is the same person as the Western given name and the family name
/// alone ("Karen Lau") in another document.
#[test]
fn a_western_and_chinese_given_name_is_one_person_across_documents() {
    let docs = [
        (
            "La curatrice Karen Lau Wing-yee ha detto che la vendita delle navi inizierà.",
            It,
        ),
        (
            "Die Insolvenzverwalterin Karen Lau sagte, der Verkauf der Schiffe beginne bald.",
            De,
        ),
    ];
    let out = Gazetteer::embedded().link_all(&docs);
    let id = |d: usize, surface: &str| {
        out[d]
            .iter()
            .find(|m| m.span.slice(docs[d].0) == Some(surface))
            .map(|m| m.id.clone())
            .unwrap_or_else(|| panic!("{surface:?} not found: {:?}", out[d]))
    };
    assert_eq!(id(0, "Karen Lau Wing-yee"), id(1, "Karen Lau"));
}

/// A treaty named by its place's adjective in German is the treaty, one with its other
/// languages' names; a known place before "Convention" in English names the convention.
#[test]
fn a_treaty_by_its_places_adjective_is_the_treaty() {
    let found = pairs("Die Genfer Konventionen schützen Zivilisten im Krieg.", De);
    assert_eq!(id_of(&found, "Genfer Konventionen"), "geneva_conventions");
    let found = pairs(
        "Die Kieler Konvention regelt die Fischerei in der Förde.",
        De,
    );
    let de = id_of(&found, "Kieler Konvention");
    let found = pairs("The Kiel Convention regulates fishing in the fjord.", En);
    assert_eq!(id_of(&found, "Kiel Convention"), de);
    assert!(de.starts_with("new:kiel"), "{de}");
}

/// Chinese writes a ministry's, a commission's, a prosecutor's office's or a court's name
/// right after its place's name, a unit maybe between ("魁北克省卫生与社会服务部",
/// "巴伐利亚州检察院"): the words after the place are a body of that place, never the place,
/// keyed by the first portfolio where the table knows it (then one entity with the ministry
/// the other languages name), else by its own words; the place keeps its own mention.
#[test]
fn a_chinese_body_after_its_places_name_is_the_places_body_not_the_place() {
    // Health: the ministry of a country meets its French name.
    let zh = "加拿大卫生与社会服务部周二通报，全国已有40人因食物中毒住院。";
    let fr = "Au Canada, le ministère de la Santé a fait état mardi de 40 hospitalisations.";
    let found = pairs(zh, Zh);
    let body = id_of(&found, "卫生与社会服务部");
    assert_eq!(body, "new:canada ministry of health", "{found:?}");
    assert_eq!(id_of(&found, "加拿大"), "canada", "{found:?}");
    assert_eq!(id_of(&pairs(fr, Fr), "ministère de la Santé"), body);
    // Justice, in traditional characters: a state's prosecutors after its unit.
    let found = pairs("巴伐利亞州檢察院週三起訴了兩名前銀行高管。", Zh);
    assert_eq!(id_of(&found, "檢察院"), "new:bayern 检察院", "{found:?}");
    assert_eq!(id_of(&found, "巴伐利亞"), "bayern", "{found:?}");
    // Fisheries: a ministry the table has no portfolio for, by its own words.
    let found = pairs("挪威渔业与海洋部宣布削减鳕鱼捕捞配额。", Zh);
    assert_eq!(
        id_of(&found, "渔业与海洋部"),
        "new:norway 渔业与海洋部",
        "{found:?}"
    );
    assert_eq!(id_of(&found, "挪威"), "norway", "{found:?}");
}

/// A part of a place (东部), a club (俱乐部), headquarters (总部), a measure word after a
/// numeral or demonstrative (首部, 这部) and a phrase with a particle are no body.
#[test]
fn parts_of_places_clubs_and_measure_words_are_no_bodies() {
    for (text, place) in [
        ("美国东部周末遭遇暴风雪，数千航班取消。", "united_states"),
        ("这是意大利首部获奖的动画电影。", "italy"),
        ("巴塞罗那俱乐部周一发布声明。", "barcelona"),
        ("该公司将德国总部迁往柏林。", "germany"),
        ("日本的外交部门表示关注。", "japan"),
    ] {
        let found = pairs(text, Zh);
        assert!(
            found
                .iter()
                .all(|(_, id)| !id.starts_with(&format!("new:{}", place.replace('_', " ")))),
            "{text}: {found:?}"
        );
        assert!(found.iter().any(|(_, id)| id == place), "{text}: {found:?}");
    }
}
