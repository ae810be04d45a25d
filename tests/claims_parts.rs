//! Parts of a figure (issue 5): "ricavi per 80 miliardi, di cui 20 miliardi in Germania"
//! states a part of the revenue, not a second revenue that would contradict the first. A
//! figure a part marker ("di cui", "davon", "dont", "of which", "其中") opens right after
//! another keeps the whole's subject under the key `part:<key>`, multi-valued; a part whose
//! clause names a party of its own is that party's fact of the whole's kind, and a part whose
//! clause names a kind of its own (overseas sales among sales) keeps that kind. Our own
//! sentences; beside them, a relative "dont" that opens no part.

use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{claim_on, subject_name};

/// (subject, predicate, functional) of the claim on `figure`.
fn on(lang: Lang, text: &str, figure: &str) -> (String, String, bool) {
    let c = claim_on(lang, text, figure);
    (subject_name(&c), c.predicate.clone(), c.functional)
}

fn part(subject: &str, key: &str) -> (String, String, bool) {
    (subject.to_string(), format!("part:{key}"), false)
}

#[test]
fn a_part_keeps_the_whole_s_subject_under_its_own_key() {
    let text = "Siemens ha chiuso il 2025 con ricavi per 80 miliardi di euro, di cui 20 miliardi in Germania.";
    assert_eq!(on(It, text, "80 miliardi").1, "revenue");
    assert_eq!(on(It, text, "20 miliardi"), part("Siemens", "revenue"));
    let text = "Siemens betreibt 300 Werke, 40 davon in China.";
    assert_eq!(on(De, text, "300 Werke").1, "plant_count");
    assert_eq!(on(De, text, "40"), part("Siemens", "plant_count"));
    let text =
        "Siemens reported revenue of 80 billion euros, of which 20 billion came from Germany.";
    assert_eq!(on(En, text, "20 billion"), part("Siemens", "revenue"));
    let text = "西门子去年营收800亿欧元，其中中国市场贡献90亿欧元。";
    assert_eq!(on(Zh, text, "90亿欧元"), part("Siemens", "revenue"));
}

#[test]
fn a_part_of_a_party_of_its_own_is_that_party_s_fact() {
    let text = "Siemens a réalisé un chiffre d'affaires de 80 milliards d'euros, dont 6 milliards pour sa filiale Siemens Healthineers.";
    assert_eq!(on(Fr, text, "80 milliards").0, "Siemens");
    assert_eq!(
        on(Fr, text, "6 milliards"),
        ("Siemens Healthineers".into(), "revenue".into(), true)
    );
}

#[test]
fn a_part_that_names_its_own_kind_keeps_it() {
    let text = "比亚迪前三季度销售汽车约300万辆，其中海外销量逾50万辆。";
    assert_eq!(on(Zh, text, "300万").1, "unit_sales");
    assert_eq!(on(Zh, text, "50万").1, "overseas_sales");
}

#[test]
fn a_relative_dont_opens_no_part() {
    // "dont" relates to the company here: no figure stands right before it.
    let text =
        "Siemens, dont le chiffre d'affaires atteint 80 milliards d'euros, emploie 300 000 personnes.";
    assert_eq!(on(Fr, text, "80 milliards").1, "revenue");
    assert_eq!(on(Fr, text, "300 000").1, "headcount");
}
