//! Entity linking of the United States' federal agencies, of large companies under their
//! Chinese names, and of the Chinese short forms of states' and countries' names
//! (`data/gazetteer/business.tsv`, `regions.tsv`, `countries.tsv`, session 22): one entity
//! under its names in every language and script; a short form that a common word holds is not
//! listed, and a bare Chinese agency name without its country is any country's. Our own
//! sentences.

use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{assert_links, has, ids_of, pairs};

/// An agency is one entity under its English name, its acronym (in capitals, or written as a
/// word by the German and Italian press) and its Chinese names in both scripts.
#[test]
fn a_federal_agency_links_in_every_language_and_script() {
    let cases: [(&str, Lang, &str, &str); 12] = [
        (
            "Die Katastrophenschutzbehörde Fema schickte Helfer nach Louisiana.",
            De,
            "Fema",
            "fema",
        ),
        (
            "FEMA approved the aid for the flooded counties.",
            En,
            "FEMA",
            "fema",
        ),
        (
            "美国联邦紧急事务管理局已向灾区派出救援人员。",
            Zh,
            "美国联邦紧急事务管理局",
            "fema",
        ),
        (
            "聯邦緊急事務管理署已撥款協助災民。",
            Zh,
            "聯邦緊急事務管理署",
            "fema",
        ),
        (
            "Le National Hurricane Center prévoit un renforcement de la tempête.",
            Fr,
            "National Hurricane Center",
            "nhc_us",
        ),
        (
            "Secondo il NHC la tempesta toccherà terra domani.",
            It,
            "NHC",
            "nhc_us",
        ),
        (
            "國家颶風中心預測風暴將轉向北方。",
            Zh,
            "國家颶風中心",
            "nhc_us",
        ),
        (
            "美国国家气象局发布了暴雪警报。",
            Zh,
            "美国国家气象局",
            "nws_us",
        ),
        (
            "L'USGS ha registrato una scossa di magnitudo 6,1 in Alaska.",
            It,
            "USGS",
            "usgs",
        ),
        (
            "美國地質調查局說，地震深度為10公里。",
            Zh,
            "美國地質調查局",
            "usgs",
        ),
        (
            "美国疾控中心建议民众接种疫苗。",
            Zh,
            "美国疾控中心",
            "cdc_us",
        ),
        ("美國環保署收緊了排放標準。", Zh, "美國環保署", "epa_us"),
    ];
    assert_links(&cases);
}

/// A bare Chinese agency name without the country ("海岸警卫队", "国家气象局") is any
/// country's: it never links the American one.
#[test]
fn a_bare_agency_name_is_no_countrys() {
    for text in [
        "意大利海岸警卫队救起了八名船员。",
        "日本国家气象局发布了暴雨预警。",
    ] {
        let ids = ids_of(text, Zh);
        assert!(
            !ids.iter().any(|i| i == "us_coast_guard" || i == "nws_us"),
            "{text}: {ids:?}"
        );
    }
    assert!(has(
        "美国海岸警卫队在墨西哥湾搜救。",
        Zh,
        "美国海岸警卫队",
        "us_coast_guard"
    ));
}

/// Large companies under their Chinese names: 惠普 is HP, 优步 Uber, 万事达 Mastercard; a name
/// that may be a foreign family name too (戴尔) links with an organization word after it.
#[test]
fn a_company_links_under_its_chinese_name() {
    for (text, surface, id) in [
        ("惠普公司第三季度的个人电脑出货量下降。", "惠普公司", "hp"),
        ("惠普與戴爾公司都調降了財測。", "惠普", "hp"),
        ("优步在伦敦的司机举行了罢工。", "优步", "uber"),
        ("萬事達卡公布了新的手續費標準。", "萬事達卡", "mastercard"),
        ("爱彼迎下调了全年的收入预期。", "爱彼迎", "airbnb"),
    ] {
        assert!(has(text, Zh, surface, id), "{text}: {:?}", pairs(text, Zh));
    }
    assert!(has(
        "Il titolo HP ha perso il 4% dopo i conti.",
        It,
        "HP",
        "hp"
    ));
    // "hp" in lower case is a unit of power, never the company.
    assert!(!ids_of("The engine delivers 300 hp at full load.", En)
        .iter()
        .any(|i| i == "hp"));
}

/// A state's or a country's Chinese short form is the place: 佛州 Florida, 宾州 Pennsylvania,
/// 巴纽 Papua New Guinea; a short form that a common word holds is not one.
#[test]
fn a_chinese_short_form_names_the_place() {
    for (text, surface, id) in [
        ("佛州州长宣布全州进入紧急状态。", "佛州", "florida"),
        ("賓州的選民將決定這場選舉。", "賓州", "pennsylvania"),
        ("麻州的大学城房租上涨。", "麻州", "massachusetts"),
        ("巴纽政府向灾区派出了军队。", "巴纽", "papua_new_guinea"),
        ("巴紐總理感謝國際援助。", "巴紐", "papua_new_guinea"),
    ] {
        assert!(has(text, Zh, surface, id), "{text}: {:?}", pairs(text, Zh));
    }
    for text in ["湖南卡车司机的收入下降。", "古巴新闻社报道了此事。"] {
        let ids = ids_of(text, Zh);
        assert!(
            !ids.iter()
                .any(|i| i == "south_carolina" || i == "papua_new_guinea"),
            "{text}: {ids:?}"
        );
    }
}

/// A body named by its function is the gazetteer's body of that state where there is one: a
/// weather office, a coast guard or an audit court the name or the text gives a state.
#[test]
fn a_body_named_by_function_is_the_states_known_one() {
    for (text, lang, surface, id) in [
        (
            "Les garde-côtes américains ont secouru douze pêcheurs au large de la Floride.",
            Fr,
            "garde-côtes",
            "us_coast_guard",
        ),
        (
            "Der französische Rechnungshof rügte die Kosten der neuen Schnellbahn.",
            De,
            "Rechnungshof",
            "cour_des_comptes",
        ),
        (
            "法国审计法院指出，这条高铁线路严重超支。",
            Zh,
            "审计法院",
            "cour_des_comptes",
        ),
        (
            "Laut dem US-Wetterdienst drohen in Texas Sturzfluten.",
            De,
            "Wetterdienst",
            "nws_us",
        ),
        (
            "Il National Weather Service ha diramato un'allerta per il Kansas.",
            It,
            "National Weather Service",
            "nws_us",
        ),
    ] {
        let p = pairs(text, lang);
        assert!(
            p.iter().any(|(s, i)| i == id && s.contains(surface)),
            "{text}: {p:?}"
        );
    }
    // The European Union's court is not a state's.
    assert!(has(
        "Laut dem Europäischen Rechnungshof versickerten die Agrarhilfen.",
        De,
        "Europäischen Rechnungshof",
        "european_court_of_auditors"
    ));
}

/// Where French and Italian write a body's name with one capital, the name that opens with it
/// after an article ("les Centres ...", "i Centri ...", "dell'Unità ...") and runs in lower
/// case to an acronym in brackets that starts with its letter is the acronym's organization,
/// a known one or one the acronym keys, never a new entity named after its first word (issue
/// #4). Health and rescue services; our own sentences.
#[test]
fn a_long_name_before_its_acronym_in_brackets_is_the_acronyms_organization() {
    assert_links(&[
        (
            "Selon les Centres pour le contrôle des épidémies (CDC), douze personnes sont malades.",
            Fr,
            "Centres pour le contrôle des épidémies",
            "cdc_us",
        ),
        (
            "Secondo i Centri per il controllo delle epidemie (Cdc), i malati sono dodici.",
            It,
            "Centri per il controllo delle epidemie",
            "cdc_us",
        ),
        (
            "Sul posto operano 300 soldati dell'Unità di soccorso tecnico (Ust), arrivati in elicottero.",
            It,
            "Unità di soccorso tecnico",
            "new:ust",
        ),
        (
            "Les Brigades de secours en montagne (BSM) ont évacué 40 randonneurs.",
            Fr,
            "Brigades de secours en montagne",
            "new:bsm",
        ),
    ]);
    // (An acronym another letter opens is no such name: "les Instituts de la santé (NIH)".)
    let found = pairs(
        "Les Instituts nationaux de la santé (NIH) ont suspendu 40 contrats.",
        Fr,
    );
    assert!(
        found
            .iter()
            .all(|(s, _)| s != "Instituts nationaux de la santé"),
        "{found:?}"
    );
}
