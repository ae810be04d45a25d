//! Courts and prosecutors' offices (`data/gazetteer/courts.tsv`): one entity per court under
//! its names in every language and script; the court of a city is never the city it sits in.
//! Our own sentences.

use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::pairs;

#[test]
fn a_court_links_as_itself_in_every_language_never_as_its_city() {
    let cases: [(&str, Lang, &str, &str); 14] = [
        (
            "Le tribunal correctionnel de Paris rendra sa décision en juin.",
            Fr,
            "tribunal correctionnel de Paris",
            "paris_criminal_court",
        ),
        (
            "Il tribunale di Parigi ha fissato l'udienza.",
            It,
            "tribunale di Parigi",
            "paris_criminal_court",
        ),
        (
            "巴黎刑事法院將於六月宣判。",
            Zh,
            "巴黎刑事法院",
            "paris_criminal_court",
        ),
        (
            "La cour d'appel de Paris a confirmé la peine.",
            Fr,
            "cour d'appel de Paris",
            "paris_court_of_appeal",
        ),
        (
            "巴黎上诉法院维持原判。",
            Zh,
            "巴黎上诉法院",
            "paris_court_of_appeal",
        ),
        (
            "Il Tribunale di Milano ha assolto l'imputato.",
            It,
            "Tribunale di Milano",
            "milan_court",
        ),
        (
            "La Corte d'appello di Roma ha ridotto la pena.",
            It,
            "Corte d'appello di Roma",
            "rome_court_of_appeal",
        ),
        (
            "Das Landgericht München I hat die Klage abgewiesen.",
            De,
            "Landgericht München I",
            "munich_regional_court_1",
        ),
        (
            "Das Bundesverfassungsgericht kippte das Gesetz.",
            De,
            "Bundesverfassungsgericht",
            "federal_constitutional_court",
        ),
        (
            "Le Conseil constitutionnel a censuré l'article.",
            Fr,
            "Conseil constitutionnel",
            "french_constitutional_council",
        ),
        (
            "台北地方法院今天開庭審理。",
            Zh,
            "台北地方法院",
            "taipei_district_court",
        ),
        (
            "臺北地方法院今天開庭審理。",
            Zh,
            "臺北地方法院",
            "taipei_district_court",
        ),
        (
            "最高人民法院发布司法解释。",
            Zh,
            "最高人民法院",
            "supreme_peoples_court",
        ),
        (
            "The U.S. Supreme Court declined to hear the case.",
            En,
            "U.S. Supreme Court",
            "us_supreme_court",
        ),
    ];
    for (text, lang, surface, id) in cases {
        let p = pairs(text, lang);
        assert!(
            p.iter().any(|(s, i)| i == id && s == surface),
            "{text}: {p:?}"
        );
        // The city inside the court's name is no mention of its own.
        assert!(
            p.iter().all(|(_, i)| !matches!(
                i.as_str(),
                "paris" | "milan" | "rome" | "munich" | "taipei"
            )),
            "{text}: {p:?}"
        );
    }
    // The city alone is still the city.
    let p = pairs("Le procès s'est ouvert à Paris.", Fr);
    assert!(p.iter().any(|(_, i)| i == "paris"), "{p:?}");
}
