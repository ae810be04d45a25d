//! Football transfers (issue 5): the fee a club pays for a player, what a club earns from
//! selling players, a player's appearances and salary per season, each with one predicate key
//! across languages. Our own sentences about invented transfers (the clubs are real names the
//! gazetteer knows, the players are made up); beside them, sentences where the same words stand
//! in another sense and make no such claim.

use concord::claim::Claim;
use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{run, spf};

/// The claims on the figure written `figure`.
fn on<'c>(claims: &'c [Claim], figure: &str) -> Vec<&'c Claim> {
    claims
        .iter()
        .filter(|c| c.provenance.text.contains(figure) && c.conversion_of.is_none())
        .collect()
}

/// `text` states a fact of predicate `key` about `subject` on `figure`, of `value` and `unit`.
fn states(lang: Lang, text: &str, figure: &str, key: &str, subject: &str, value: &str, unit: &str) {
    let claims = run(text, lang);
    let found = on(&claims, figure).iter().any(|c| {
        c.predicate == key
            && c.subject.as_ref().is_some_and(|s| s.name == subject)
            && c.quantity.value.to_string() == value
            && c.quantity.unit.to_string() == unit
    });
    assert!(
        found,
        "{key} {subject} on {figure:?} in {text:?}: {:?}",
        spf(&claims)
    );
}

/// No claim on `figure` in `text` takes the predicate `key`.
fn never(lang: Lang, text: &str, figure: &str, key: &str) {
    let claims = run(text, lang);
    assert!(
        on(&claims, figure).iter().all(|c| c.predicate != key),
        "{key} in {text:?}: {:?}",
        spf(&claims)
    );
}

#[test]
fn a_transfer_fee_belongs_to_the_buying_club() {
    let fee = |lang, text, figure| {
        states(
            lang,
            text,
            figure,
            "transfer_fee",
            "Real Madrid",
            "35000000",
            "EUR",
        )
    };
    fee(
        It,
        "Il Real Madrid verserà al Borussia Dortmund 35 milioni di euro per il cartellino del centrocampista.",
        "35 milioni di euro",
    );
    fee(
        De,
        "Real Madrid zahlt an Borussia Dortmund eine Ablöse von 35 Millionen Euro.",
        "35 Millionen Euro",
    );
    fee(
        Fr,
        "Le Real Madrid versera au Borussia Dortmund une indemnité de transfert de 35 millions d'euros.",
        "35 millions d'euros",
    );
    fee(
        En,
        "Real Madrid agreed a transfer fee of 35 million euros with Borussia Dortmund.",
        "35 million euros",
    );
    fee(
        Zh,
        "皇家马德里将向多特蒙德足球俱乐部支付3500万欧元转会费。",
        "3500万欧元",
    );
}

#[test]
fn a_transfer_in_another_sense_is_no_fee() {
    // Moving a headquarters, a technology or money is no player's transfer.
    never(
        It,
        "Il trasferimento della sede a Milano costerà 35 milioni di euro al Borussia Dortmund.",
        "35 milioni di euro",
        "transfer_fee",
    );
    never(
        Fr,
        "Le transfert de technologie rapportera 35 millions d'euros à Airbus.",
        "35 millions d'euros",
        "transfer_fee",
    );
    never(
        En,
        "Airbus made a wire transfer of 35 million euros to its supplier.",
        "35 million euros",
        "transfer_fee",
    );
    // A franchise fee ("加盟费") is no transfer either.
    never(Zh, "该品牌的加盟费为50万元。", "50万元", "transfer_fee");
}

#[test]
fn what_a_club_earns_from_selling_players() {
    states(
        De,
        "Borussia Dortmund hat in diesem Sommer Transfererlöse von 90 Millionen Euro erzielt.",
        "90 Millionen Euro",
        "transfer_income",
        "Borussia Dortmund",
        "90000000",
        "EUR",
    );
    states(
        Fr,
        "Le Borussia Dortmund a encaissé 90 millions d'euros de ventes de joueurs cet été.",
        "90 millions d'euros",
        "transfer_income",
        "Borussia Dortmund",
        "90000000",
        "EUR",
    );
    states(
        Zh,
        "多特蒙德足球俱乐部今夏转会收入达9000万欧元。",
        "9000万欧元",
        "transfer_income",
        "Borussia Dortmund",
        "90000000",
        "EUR",
    );
    // A company's revenue stays revenue.
    never(
        De,
        "Borussia Dortmund erzielte Umsatzerlöse von 500 Millionen Euro.",
        "500 Millionen Euro",
        "transfer_income",
    );
}

#[test]
fn a_player_s_appearances_and_salary_are_his_own() {
    let player = "Thomas Kerrow";
    states(
        De,
        "Thomas Kerrow bestritt 120 Pflichtspiele für Borussia Dortmund.",
        "120",
        "appearances",
        player,
        "120",
        "count",
    );
    states(
        It,
        "Con il Borussia Dortmund Thomas Kerrow ha collezionato 120 presenze.",
        "120",
        "appearances",
        player,
        "120",
        "count",
    );
    states(
        Fr,
        "Thomas Kerrow a disputé 120 matchs avec le Borussia Dortmund.",
        "120",
        "appearances",
        player,
        "120",
        "count",
    );
    states(
        De,
        "Thomas Kerrow erhält beim FC Barcelona ein Gehalt von fünf Millionen Euro pro Saison.",
        "fünf Millionen Euro",
        "salary",
        player,
        "5000000",
        "EUR",
    );
    states(
        It,
        "Thomas Kerrow avrà uno stipendio da 5 milioni di euro netti a stagione.",
        "5 milioni di euro",
        "salary",
        player,
        "5000000",
        "EUR",
    );
    states(
        En,
        "Thomas Kerrow will draw a salary of 5 million euros per season at FC Barcelona.",
        "5 million euros",
        "salary",
        player,
        "5000000",
        "EUR",
    );
    // Deployments of a fire brigade are no appearances; a company's pay plans stay
    // compensation.
    never(
        De,
        "Die Feuerwehr Hamburg hatte im Jahr 120 Einsätze.",
        "120",
        "appearances",
    );
    never(
        En,
        "Airbus set aside 5 million euros for bonuses to its engineers.",
        "5 million euros",
        "salary",
    );
}
