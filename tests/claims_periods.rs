//! Durations of commitments and capacities in tonnes on hand-made sentences (issue 5): how
//! long a company promises to keep jobs, a headquarters, a stake cap or an investment, in
//! every language, and sentences where no such claim may be made.

mod common;

use common::{run, spf};
use concord::Lang;

fn keyed(c: &[(String, String, String)], predicate: &str, figure: &str) -> bool {
    c.iter()
        .any(|(_, p, f)| p == predicate && f.contains(figure))
}

#[test]
fn job_guarantees_have_one_key_in_every_language() {
    let c = spf(&run(
        "Siemens si impegna a non effettuare licenziamenti per almeno quattro anni.",
        Lang::It,
    ));
    assert!(keyed(&c, "job_guarantee_period", "quattro anni"), "{c:?}");
    let c = spf(&run(
        "Danone s'engage à ne procéder à aucun licenciement pendant trois ans.",
        Lang::Fr,
    ));
    assert!(keyed(&c, "job_guarantee_period", "trois ans"), "{c:?}");
    let c = spf(&run("西门子承诺三年内不裁员。", Lang::Zh));
    assert!(keyed(&c, "job_guarantee_period", "三年"), "{c:?}");
}

#[test]
fn headquarters_and_standstill_periods() {
    let c = spf(&run(
        "Siemens hat zugesagt, den Firmensitz mindestens acht Jahre in München zu halten.",
        Lang::De,
    ));
    assert!(keyed(&c, "headquarters_period", "acht Jahre"), "{c:?}");
    let c = spf(&run(
        "Danone s'interdit de dépasser 25 % du capital de Renault pendant quatre ans.",
        Lang::Fr,
    ));
    assert!(keyed(&c, "standstill_period", "quatre ans"), "{c:?}");
}

#[test]
fn an_investment_spread_over_years() {
    let c = spf(&run(
        "Enel investirà 2 miliardi di euro nei prossimi sei anni nelle reti.",
        Lang::It,
    ));
    assert!(keyed(&c, "investment_period", "sei anni"), "{c:?}");
    assert!(keyed(&c, "investment", "2 miliardi"), "{c:?}");
}

#[test]
fn a_duration_without_a_commitment_makes_no_commitment() {
    // A company's age and a past event's distance are no commitments.
    let c = spf(&run(
        "Siemens ha aperto lo stabilimento sei anni fa e oggi vi lavorano 900 persone.",
        Lang::It,
    ));
    assert!(!c.iter().any(|(_, p, _)| p.ends_with("_period")), "{c:?}");
}

#[test]
fn capacities_in_tonnes() {
    let c = spf(&run(
        "Das Werk von Thyssenkrupp kann jährlich rund 4 Millionen Tonnen Stahl erzeugen.",
        Lang::De,
    ));
    assert!(
        keyed(&c, "production_capacity", "4 Millionen Tonnen"),
        "{c:?}"
    );
    let c = spf(&run(
        "L'usine de Danone a une capacité de production de 300 000 tonnes par an.",
        Lang::Fr,
    ));
    assert!(keyed(&c, "production_capacity", "tonnes"), "{c:?}");
    let c = spf(&run("西门子的新工厂年产200万吨钢材。", Lang::Zh));
    assert!(keyed(&c, "production_capacity", "200万吨"), "{c:?}");
}

#[test]
fn board_seats_are_no_passenger_seats() {
    let c = spf(&run(
        "Danone obtiendra deux sièges au conseil d'administration de Renault.",
        Lang::Fr,
    ));
    assert!(keyed(&c, "board_seats", "deux"), "{c:?}");
    let c = spf(&run(
        "Siemens erhält drei Sitze im Aufsichtsrat von Continental.",
        Lang::De,
    ));
    assert!(keyed(&c, "board_seats", "drei"), "{c:?}");
    let c = spf(&run(
        "Il nuovo treno di Siemens offre 450 posti a sedere.",
        Lang::It,
    ));
    assert!(keyed(&c, "seat_count", "450"), "{c:?}");
}

#[test]
fn jobs_near_a_duration_are_a_guarantee_only_beside_a_commitment_or_layoffs() {
    // A building time next to the jobs it will create is no job guarantee.
    let c = spf(&run(
        "Danone prévoit deux à trois ans de travaux et la création de 800 emplois.",
        Lang::Fr,
    ));
    assert!(
        !c.iter().any(|(_, p, _)| p == "job_guarantee_period"),
        "{c:?}"
    );
    let c = spf(&run(
        "西门子新工厂工期约为两年，将创造500个岗位。",
        Lang::Zh,
    ));
    assert!(
        !c.iter().any(|(_, p, _)| p == "job_guarantee_period"),
        "{c:?}"
    );
    // Beside a promise, the same words make one; layoffs ruled out make one on their own.
    let c = spf(&run(
        "Siemens garantisce i posti di lavoro per cinque anni.",
        Lang::It,
    ));
    assert!(keyed(&c, "job_guarantee_period", "cinque anni"), "{c:?}");
    let c = spf(&run(
        "Bei Siemens sind betriebsbedingte Kündigungen für drei Jahre ausgeschlossen.",
        Lang::De,
    ));
    assert!(keyed(&c, "job_guarantee_period", "drei Jahre"), "{c:?}");
}
