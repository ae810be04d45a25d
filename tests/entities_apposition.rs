//! Entity discovery: where a name begins after the words that class it or act on it (session
//! 26). German writes a name after the common noun that classes it, in close apposition ("mit
//! dem Wirkstoff X", "die Atomaufsicht X"): the noun is no part of the name. Chinese writes a
//! verb right before its object's name ("取消X大学"): the verb is no part of the name, and a
//! country's name before the verb is the country's, not the body's. Our own sentences.

use concord::{EntityKind, EntityMention, Gazetteer, Lang};

mod common;
use common::{id_of, surfaces};

fn link(text: &str, lang: Lang) -> Vec<EntityMention> {
    Gazetteer::embedded().link(text, lang)
}

/// After an article or a preposition fused with one, a capitalized word that is no adjective
/// is a noun; before a name the text also writes alone, it classes the name and is no part
/// of it: a rail plant, a software platform.
#[test]
fn a_german_noun_after_an_article_before_a_recurring_name_is_no_part_of_it() {
    let text = "Die Züge werden im Werk Lindholm gebaut. Lindholm liegt an der Küste. Die \
                Firma vertreibt ihre Dienste über die Plattform Zellbrook, und Zellbrook \
                wächst schnell.";
    let found = surfaces(text, Lang::De);
    for name in ["Lindholm", "Zellbrook"] {
        assert!(found.iter().any(|s| s == name), "{name}: {found:?}");
    }
    for wrong in ["Werk Lindholm", "Plattform Zellbrook"] {
        assert!(!found.iter().any(|s| s == wrong), "{wrong}: {found:?}");
    }
}

/// A name written as no German noun is (in capitals, with a capital inside, with a digit)
/// after a noun and its article is the name alone: a regulator, a car model, a website.
#[test]
fn a_german_noun_before_a_name_of_a_brands_shape_is_no_part_of_it() {
    let text = "Die Atomaufsicht NRVA prüft den Reaktor. Der Konzern stellte die Limousine QX9 \
                vor. Laut der Website StromMelder waren 8000 Haushalte ohne Strom.";
    let found = surfaces(text, Lang::De);
    for name in ["NRVA", "QX9", "StromMelder"] {
        assert!(found.iter().any(|s| s == name), "{name}: {found:?}");
    }
    for wrong in ["Atomaufsicht NRVA", "Limousine QX9", "Website StromMelder"] {
        assert!(!found.iter().any(|s| s == wrong), "{wrong}: {found:?}");
    }
    // A declined adjective after the article opens a name: "die Deutsche Bahn" stays whole.
    let found = surfaces(
        "Die Fahrgäste der Nordische Fährlinie warten. Die Nordische Fährlinie schweigt.",
        Lang::De,
    );
    assert!(
        !found.iter().any(|s| s == "Fährlinie"),
        "an adjective's name: {found:?}"
    );
}

/// The name alone after its German noun has the id the name has where another language
/// writes its noun in lower case ("il farmaco X", "le logiciel X").
#[test]
fn a_name_after_its_german_noun_is_the_name_other_languages_write() {
    let de = "Die Behörde empfahl das Präparat Varnexa. Varnexa soll im Herbst auf den Markt.";
    let it = "L'agenzia ha raccomandato il farmaco Varnexa, che arriverà in autunno.";
    let (d, i) = (
        id_of(de, Lang::De, "Varnexa"),
        id_of(it, Lang::It, "Varnexa"),
    );
    assert!(d.is_some(), "{:?}", surfaces(de, Lang::De));
    assert_eq!(d, i);
}

/// A verb right before an organization's name is no part of it, in either script: a ministry
/// freezes a university's funds, a court revokes a research institute's licence.
#[test]
fn a_chinese_verb_before_an_organizations_name_is_no_part_of_it() {
    let text =
        "教育部周二宣布冻结星河大学的拨款。法院驳回了青松研究所的上诉，并撤销星河大学的执照。";
    let found = surfaces(text, Lang::Zh);
    assert!(found.iter().any(|s| s == "星河大学"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|s| s.contains("冻结") || s.contains("撤销")),
        "{found:?}"
    );
    let text = "監管機構威脅取消星河大學的資格，部長在聲明中指責星河大學。";
    let found = surfaces(text, Lang::Zh);
    assert!(found.iter().any(|s| s == "星河大學"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|s| s.contains("取消") || s.contains("指責") || s.contains("威脅")),
        "{found:?}"
    );
}

/// A country's name, a verb, then a body's name: the country acts on the body, so the
/// country is a mention of its own and the body's name starts after the verb.
#[test]
fn a_country_before_a_verb_is_no_part_of_the_bodys_name() {
    let text = "英国政府暂停青松大学的科研经费。";
    let m = link(text, Lang::Zh);
    let got: Vec<(&str, &str)> = m
        .iter()
        .map(|m| (m.span.slice(text).unwrap_or("?"), m.id.as_str()))
        .collect();
    assert!(
        got.iter()
            .any(|&(s, id)| s == "英国" && id == "united_kingdom"),
        "{got:?}"
    );
    assert!(got.iter().any(|&(s, _)| s == "青松大学"), "{got:?}");
}

/// A research institute or an academy of a country is a body of its own, never the country:
/// an ocean institute, an academy of arts.
#[test]
fn a_countrys_research_institute_is_a_body_not_the_country() {
    let text = "印度国家海洋研究院周三发布报告。挪威皇家艺术学院宣布了名单。";
    let m = link(text, Lang::Zh);
    let got: Vec<(&str, &str, EntityKind)> = m
        .iter()
        .map(|m| (m.span.slice(text).unwrap_or("?"), m.id.as_str(), m.kind))
        .collect();
    for name in ["印度国家海洋研究院", "挪威皇家艺术学院"] {
        assert!(
            got.iter()
                .any(|&(s, _, k)| s == name && k == EntityKind::Organization),
            "{name}: {got:?}"
        );
    }
    assert!(
        !got.iter()
            .any(|&(_, id, _)| id == "india" || id == "norway"),
        "{got:?}"
    );
}

/// A ministry's portfolio after a minister's title is no part of the minister's name, in
/// French and Italian: the environment, public works and employment portfolios too.
#[test]
fn a_ministrys_portfolio_before_a_ministers_name_is_no_part_of_it() {
    let fr = surfaces(
        "Le plan a été présenté par la ministre de l'Environnement Claire Duvalier, puis le \
         ministre de l'Emploi Marc Ferrand l'a défendu.",
        Lang::Fr,
    );
    for name in ["Claire Duvalier", "Marc Ferrand"] {
        assert!(fr.iter().any(|s| s == name), "{name}: {fr:?}");
    }
    let it = surfaces(
        "Il progetto è stato difeso dal ministro delle Costruzioni Paolo Grecchi e dalla \
         ministra dei Lavori pubblici Anna Varesi.",
        Lang::It,
    );
    for name in ["Paolo Grecchi", "Anna Varesi"] {
        assert!(it.iter().any(|s| s == name), "{name}: {it:?}");
    }
}
