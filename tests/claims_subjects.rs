//! Subjects on hand-made sentences (issue 5): a person who leads an organization speaks for it
//! where the fact is the organization's; the deal's buyer takes the facts of a buyer.

mod common;

use common::{run, spf};
use concord::Lang;

fn has(claims: &[(String, String, String)], subject: &str, figure: &str) -> bool {
    claims
        .iter()
        .any(|(s, _, f)| s == subject && f.contains(figure))
}

#[test]
fn a_leader_in_apposition_speaks_for_the_company() {
    let c = spf(&run(
        "Marco Bellini, amministratore delegato di Enel, ha annunciato investimenti per 3 miliardi di euro nelle reti.",
        Lang::It,
    ));
    assert!(has(&c, "Enel", "3 miliardi"), "{c:?}");
    let c = spf(&run(
        "Claire Dumont, directrice générale de Danone, a annoncé un investissement de 800 millions d'euros.",
        Lang::Fr,
    ));
    assert!(has(&c, "Danone", "800 millions"), "{c:?}");
}

#[test]
fn a_leader_named_after_the_role_speaks_for_the_company() {
    // "Le PDG de X, Y, ..." and the next sentence refers back.
    let c = spf(&run(
        "Le PDG de Danone, Paul Mercier, a présenté les comptes. L'entreprise a réalisé un chiffre d'affaires de 27 milliards d'euros.",
        Lang::Fr,
    ));
    assert!(has(&c, "Danone", "27 milliards"), "{c:?}");
    let c = spf(&run(
        "Siemens-Chef Jonas Albrecht kündigte an, 2 Milliarden Euro in neue Werke zu investieren.",
        Lang::De,
    ));
    assert!(has(&c, "Siemens", "2 Milliarden"), "{c:?}");
}

#[test]
fn a_chinese_leader_after_the_company_speaks_for_it() {
    let c = spf(&run(
        "西门子总裁王建国表示，公司将投资10亿欧元建设新工厂。",
        Lang::Zh,
    ));
    assert!(has(&c, "Siemens", "10亿欧元"), "{c:?}");
}

#[test]
fn a_founder_keeps_his_own_stake() {
    // What a person may hold in their own name stays theirs.
    let c = spf(&run(
        "Luca Ferri, fondatore di Enel, detiene una quota del 12% della società.",
        Lang::It,
    ));
    assert!(!has(&c, "Enel", "12%"), "{c:?}");
}

#[test]
fn a_person_without_a_role_is_not_moved() {
    // No role links the two names: nothing moves.
    let c = spf(&run(
        "Claire Dumont a rencontré Danone la semaine dernière. Claire Dumont a investi 5 millions d'euros dans une jeune pousse.",
        Lang::Fr,
    ));
    assert!(!has(&c, "Danone", "5 millions"), "{c:?}");
}
