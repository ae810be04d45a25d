//! A state's public bodies that no list names (a ministry, a government) speak for their state
//! where a frame's subject takes states (an order a country places) or the state an event
//! struck (a count of cases): the state the document named before them (issue 5). Our own
//! sentences with invented figures; beside them, names that only look like a body (a company
//! called "Ministry Games", a ministry qualified as another country's) and a state the
//! sentence names as the other party, which keep their own subject.

use concord::EntityKind::{Organization, Place};
use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{claims_marked, run, spf, states, subject_name};

#[test]
fn a_ministry_or_government_places_its_state_s_order() {
    for (lang, text, figure, subject) in [
        (
            Fr,
            "La France fait face à une épidémie de rougeole. Le ministère de la Santé a commandé 25 000 vaccins supplémentaires.",
            "25 000",
            "France",
        ),
        (
            It,
            "L'Austria è alle prese con la siccità. Il ministero dell'Agricoltura ha ordinato 600 pompe idrauliche.",
            "600",
            "Austria",
        ),
        (
            De,
            "Die Niederlande kämpfen gegen Hochwasser. Das Ministerium für Infrastruktur bestellte 250 Sandsackmaschinen.",
            "250",
            "Netherlands",
        ),
        (
            En,
            "Portugal is fighting wildfires. The Interior Ministry ordered 30 water bombers.",
            "30",
            "Portugal",
        ),
        (
            En,
            "Spain is facing a heat wave. The Ministry of Health ordered 900 cooling units.",
            "900",
            "Spain",
        ),
        (
            Zh,
            "越南暴发登革热。越南卫生部订购了5000套检测试剂。",
            "5000",
            "Vietnam",
        ),
    ] {
        states(lang, text, figure, "order", subject);
    }
}

#[test]
fn a_listed_ministry_speaks_for_its_state() {
    states(
        It,
        "L'Italia si prepara all'inverno. Il ministero della Salute ha ordinato 15.000 dosi di vaccino antinfluenzale.",
        "15.000",
        "order",
        "Italy",
    );
}

#[test]
fn a_ministry_that_counts_cases_reports_its_state_s_epidemic() {
    states(
        Fr,
        "La Belgique affronte une épidémie de rougeole. Le ministère de la Santé a recensé 42 cas.",
        "42",
        "case_count",
        "Belgium",
    );
}

#[test]
fn bodies_by_their_names_in_every_language() {
    let marked = |lang: Lang, text: &str, body: &str, (surface, state): (&str, &str)| {
        let claims = claims_marked(
            lang,
            text,
            &[(surface, state, Place), (body, body, Organization)],
        );
        claims
            .iter()
            .map(subject_name)
            .collect::<Vec<_>>()
            .join("|")
    };
    for (lang, text, body, (surface, state)) in [
        (
            De,
            "Deutschland rüstet auf. Die Bundesregierung bestellte 35 Hubschrauber.",
            "Bundesregierung",
            ("Deutschland", "Germany"),
        ),
        (
            De,
            "Deutschland kämpft gegen die Grippe. Das Gesundheitsministerium bestellte 80.000 Impfdosen.",
            "Gesundheitsministerium",
            ("Deutschland", "Germany"),
        ),
        (
            It,
            "L'Italia è colpita da una frana. La Protezione civile ha ordinato 120 tende.",
            "Protezione civile",
            ("Italia", "Italy"),
        ),
        (
            Fr,
            "La France fait face à une épidémie. Le gouvernement a commandé 300 respirateurs.",
            "gouvernement",
            ("France", "France"),
        ),
        (
            Zh,
            "中国爆发流感。卫生部订购了20000剂疫苗。",
            "卫生部",
            ("中国", "China"),
        ),
    ] {
        assert_eq!(marked(lang, text, body, (surface, state)), state, "{text}");
    }
}

#[test]
fn a_name_that_only_looks_like_a_body_keeps_its_claim() {
    let subjects = |lang: Lang, text: &str, names: &[(&str, &str, concord::EntityKind)]| {
        claims_marked(lang, text, names)
            .iter()
            .map(subject_name)
            .collect::<Vec<_>>()
            .join("|")
    };
    // A company named after a ministry.
    assert_eq!(
        subjects(
            En,
            "Portugal hosts the fair. Ministry Games ordered 30 servers.",
            &[
                ("Portugal", "Portugal", Place),
                ("Ministry Games", "Ministry Games", Organization)
            ]
        ),
        "Ministry Games"
    );
    // Another country's ministry, which its name qualifies.
    assert_eq!(
        subjects(
            Fr,
            "La France et l'Allemagne discutent. Le ministère allemand de l'Économie a commandé 40 turbines.",
            &[
                ("France", "France", Place),
                ("Allemagne", "Germany", Place),
                ("ministère allemand de l'Économie", "ministère allemand de l'Économie", Organization)
            ]
        ),
        "ministère allemand de l'Économie"
    );
    // A club is no ministry, though its name ends in the same character.
    assert_eq!(
        subjects(
            Zh,
            "泰国发生洪灾。曼谷足球俱乐部订购了300艘橡皮艇。",
            &[
                ("泰国", "Thailand", Place),
                ("曼谷足球俱乐部", "曼谷足球俱乐部", Organization)
            ]
        ),
        "曼谷足球俱乐部"
    );
}

#[test]
fn the_other_party_of_the_sentence_is_not_the_body_s_state() {
    // The only state is the seller, named after the body: the body keeps its order.
    let claims = run(
        "Le ministère de la Santé a commandé 40 000 doses à l'Inde.",
        Fr,
    );
    assert!(
        claims
            .iter()
            .filter(|c| c.provenance.text.contains("40 000"))
            .all(|c| subject_name(c) != "India"),
        "{:?}",
        spf(&claims)
    );
}
