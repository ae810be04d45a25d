//! Company results, contracts, subsidies and offer terms on hand-made sentences (issue 5): the
//! figures a results or deal story states (EBITDA, operating profit, revenue told by a verb,
//! the value of a contract won, a public grant, a cap on a stake, the period an offer premium
//! is measured over, an acceptance or delisting threshold) each get a claim with one predicate
//! key in every language.

mod common;

use common::{run, spf};
use concord::Lang;

fn keyed(c: &[(String, String, String)], subject: &str, predicate: &str, figure: &str) -> bool {
    c.iter()
        .any(|(s, p, f)| s == subject && p == predicate && f.contains(figure))
}

#[test]
fn ebitda_is_a_result_of_its_own_in_every_language() {
    let c = spf(&run(
        "Enel ha chiuso il 2025 con un margine operativo lordo di 22,8 miliardi di euro.",
        Lang::It,
    ));
    assert!(keyed(&c, "Enel", "ebitda", "22,8 miliardi"), "{c:?}");
    let c = spf(&run(
        "Siemens erzielte im Geschäftsjahr ein bereinigtes Ebitda von 12,4 Milliarden Euro.",
        Lang::De,
    ));
    assert!(keyed(&c, "Siemens", "ebitda", "12,4 Milliarden"), "{c:?}");
    let c = spf(&run(
        "Renault a dégagé un excédent brut d'exploitation de 5,2 milliards d'euros.",
        Lang::Fr,
    ));
    assert!(keyed(&c, "Renault", "ebitda", "5,2 milliards"), "{c:?}");
    let c = spf(&run("比亚迪去年息税折旧摊销前利润为1200亿元。", Lang::Zh));
    assert!(keyed(&c, "BYD", "ebitda", "1200亿元"), "{c:?}");
}

#[test]
fn operating_profit_is_not_net_profit() {
    let c = spf(&run(
        "Stellantis ha registrato un risultato operativo di 12,1 miliardi di euro e un utile netto di 5,5 miliardi.",
        Lang::It,
    ));
    assert!(
        keyed(&c, "Stellantis", "operating_profit", "12,1 miliardi"),
        "{c:?}"
    );
    assert!(keyed(&c, "Stellantis", "profit", "5,5 miliardi"), "{c:?}");
    let c = spf(&run(
        "Siemens steigerte das operative Ergebnis auf 3,1 Milliarden Euro.",
        Lang::De,
    ));
    assert!(
        keyed(&c, "Siemens", "operating_profit", "3,1 Milliarden"),
        "{c:?}"
    );
    let c = spf(&run(
        "Renault a publié un résultat d'exploitation de 4,3 milliards d'euros.",
        Lang::Fr,
    ));
    assert!(
        keyed(&c, "Renault", "operating_profit", "4,3 milliards"),
        "{c:?}"
    );
    let c = spf(&run("比亞迪去年營業利潤為450億元。", Lang::Zh));
    assert!(keyed(&c, "BYD", "operating_profit", "450億元"), "{c:?}");
}

#[test]
fn revenue_told_by_a_verb() {
    let c = spf(&run(
        "Stellantis fattura oltre 150 miliardi di euro.",
        Lang::It,
    ));
    assert!(keyed(&c, "Stellantis", "revenue", "150 miliardi"), "{c:?}");
}

#[test]
fn the_value_of_a_contract_won() {
    let c = spf(&run(
        "Enel si è aggiudicata un contratto del valore di 1,1 miliardi di euro per la rete di Roma.",
        Lang::It,
    ));
    assert!(keyed(&c, "Enel", "order", "1,1 miliardi"), "{c:?}");
    let c = spf(&run(
        "Alstom a remporté un contrat d'un montant de 900 millions d'euros.",
        Lang::Fr,
    ));
    assert!(keyed(&c, "Alstom", "order", "900 millions"), "{c:?}");
    let c = spf(&run("中国中车获得一份价值11亿欧元的合同。", Lang::Zh));
    assert!(keyed(&c, "CRRC", "order", "11亿欧元"), "{c:?}");
}

#[test]
fn public_grants_are_subsidies() {
    let c = spf(&run(
        "Lo Stato concederà a Stellantis un contributo pubblico di 370 milioni di euro.",
        Lang::It,
    ));
    assert!(keyed(&c, "Stellantis", "subsidy", "370 milioni"), "{c:?}");
    let c = spf(&run(
        "L'État accordera une aide de 650 millions d'euros à Renault.",
        Lang::Fr,
    ));
    assert!(keyed(&c, "Renault", "subsidy", "650 millions"), "{c:?}");
}

#[test]
fn a_cap_on_a_stake_is_no_stake() {
    let c = spf(&run(
        "Allianz si è impegnata a non superare il 15% di Generali.",
        Lang::It,
    ));
    assert!(
        c.iter()
            .any(|(_, p, f)| p == "stake_cap" && f.contains("15%")),
        "{c:?}"
    );
    let c = spf(&run(
        "Siemens verpflichtet sich, höchstens zehn Prozent an Alstom zu halten.",
        Lang::De,
    ));
    assert!(
        c.iter()
            .any(|(_, p, f)| p == "stake_cap" && f.contains("zehn Prozent")),
        "{c:?}"
    );
    let c = spf(&run(
        "Danone s'engage à ne pas dépasser 10 % du capital de Renault.",
        Lang::Fr,
    ));
    assert!(
        c.iter()
            .any(|(_, p, f)| p == "stake_cap" && f.contains("10 %")),
        "{c:?}"
    );
    // A stake taken from one level to another is a stake, not a cap.
    let c = spf(&run(
        "Siemens stockt seinen Anteil an Alstom von 41 auf 60 Prozent auf.",
        Lang::De,
    ));
    assert!(!c.iter().any(|(_, p, _)| p == "stake_cap"), "{c:?}");
}

#[test]
fn the_period_an_offer_premium_is_measured_over() {
    let c = spf(&run(
        "Stellantis offre 38 euro per azione, con un premio del 27% sulla media degli ultimi sei mesi.",
        Lang::It,
    ));
    assert!(
        keyed(&c, "Stellantis", "duration:average_price", "sei mesi"),
        "{c:?}"
    );
    assert!(keyed(&c, "Stellantis", "premium", "27%"), "{c:?}");
    let c = spf(&run(
        "Siemens bietet 38 Euro je Aktie, ein Aufschlag von 27 Prozent auf den Durchschnittskurs der vergangenen sechs Monate.",
        Lang::De,
    ));
    assert!(
        keyed(&c, "Siemens", "duration:average_price", "sechs Monate"),
        "{c:?}"
    );
    let c = spf(&run(
        "Renault propose 38 euros par action, soit une prime de 27 % sur le cours moyen des six derniers mois.",
        Lang::Fr,
    ));
    assert!(
        keyed(&c, "Renault", "duration:average_price", "six derniers mois"),
        "{c:?}"
    );
    let c = spf(&run(
        "比亞迪的要約價格為每股38.5歐元，較過去六個月平均股價溢價27%。",
        Lang::Zh,
    ));
    assert!(
        keyed(&c, "BYD", "duration:average_price", "六個月"),
        "{c:?}"
    );
}

#[test]
fn acceptance_and_delisting_thresholds() {
    let c = spf(&run(
        "Für Siemens liegt die Mindestannahmequote bei 50 Prozent, die Annahmefrist beträgt 28 Tage.",
        Lang::De,
    ));
    assert!(
        keyed(&c, "Siemens", "percent:acceptance", "50 Prozent"),
        "{c:?}"
    );
    assert!(
        keyed(&c, "Siemens", "duration:offer_period", "28 Tage"),
        "{c:?}"
    );
    let c = spf(&run(
        "Stellantis ha escluso il delisting se le adesioni restano sotto la soglia del 90%.",
        Lang::It,
    ));
    // A threshold is keyed `threshold` whether its frame's cue or its concept names it.
    assert!(keyed(&c, "Stellantis", "threshold", "90%"), "{c:?}");
    let c = spf(&run(
        "Renault ne retirera pas Dacia de la cote sous le seuil de 90 %.",
        Lang::Fr,
    ));
    assert!(
        c.iter()
            .any(|(_, p, f)| p == "threshold" && f.contains("90 %")),
        "{c:?}"
    );
    let c = spf(&run("比亚迪的要约接受期为28天。", Lang::Zh));
    assert!(keyed(&c, "BYD", "duration:offer_period", "28天"), "{c:?}");
}

#[test]
fn the_level_a_change_reached() {
    let c = spf(&run(
        "À la Bourse de Paris, l'action Renault a gagné 2,4 %, à 41,15 euros.",
        Lang::Fr,
    ));
    assert!(keyed(&c, "Renault", "share_price", "41,15 euros"), "{c:?}");
    let c = spf(&run(
        "Die Siemens-Aktie stieg im Handel um 4 Prozent auf 210,50 Euro.",
        Lang::De,
    ));
    assert!(keyed(&c, "Siemens", "share_price", "210,50 Euro"), "{c:?}");
    let c = spf(&run("比亚迪H股收涨3.1%，报98.5港元。", Lang::Zh));
    assert!(keyed(&c, "BYD", "share_price", "98.5港元"), "{c:?}");
    let c = spf(&run(
        "台積電股價今日上漲2.2%，收在新台幣1,045元。",
        Lang::Zh,
    ));
    assert!(keyed(&c, "TSMC", "share_price", "1,045元"), "{c:?}");
    let c = spf(&run(
        "Il fatturato di Stellantis è salito del 5% a 3 miliardi di euro.",
        Lang::It,
    ));
    assert!(keyed(&c, "Stellantis", "revenue", "3 miliardi"), "{c:?}");
    // Another party's figure after the change is not its level.
    let c = spf(&run(
        "Le azioni di Stellantis sono salite del 3%, mentre Renault ha pagato un dividendo a 2 euro.",
        Lang::It,
    ));
    assert!(keyed(&c, "Renault", "dividend", "2 euro"), "{c:?}");
    assert!(!c.iter().any(|(_, p, _)| p == "share_price"), "{c:?}");
}

#[test]
fn shares_of_a_market_or_of_world_output() {
    let c = spf(&run(
        "Con l'acquisizione Stellantis avrà circa il 36% del mercato europeo.",
        Lang::It,
    ));
    assert!(keyed(&c, "Stellantis", "market_share", "36%"), "{c:?}");
    let c = spf(&run(
        "Glencore würde damit knapp 40 Prozent der Weltproduktion fördern.",
        Lang::De,
    ));
    assert!(keyed(&c, "Glencore", "market_share", "40 Prozent"), "{c:?}");
    let c = spf(&run(
        "Glencore produirait ainsi près de 40 % de l'offre mondiale de cobalt.",
        Lang::Fr,
    ));
    assert!(keyed(&c, "Glencore", "market_share", "40 %"), "{c:?}");
    let c = spf(&run("嘉能可的钴产量约占全球供应的四成。", Lang::Zh));
    assert!(keyed(&c, "Glencore", "market_share", "四成"), "{c:?}");
}

#[test]
fn a_stake_raised_from_one_level_to_another() {
    let c = spf(&run(
        "Allianz ha esercitato l'opzione per salire dal 41% al 90% di Generali.",
        Lang::It,
    ));
    assert!(keyed(&c, "Allianz", "stake", "90%"), "{c:?}");
    let c = spf(&run(
        "Danone a décidé de porter sa participation à 30 % dans Renault.",
        Lang::Fr,
    ));
    assert!(keyed(&c, "Danone", "stake", "30 %"), "{c:?}");
    let c = spf(&run("Enel conservera les 5 % restants.", Lang::Fr));
    assert!(keyed(&c, "Enel", "stake", "5 %"), "{c:?}");
}

#[test]
fn job_cuts_spread_over_years() {
    let c = spf(&run(
        "Siemens prevede fino a 4.000 uscite volontarie in Germania nell'arco di tre anni.",
        Lang::It,
    ));
    assert!(keyed(&c, "Siemens", "job_cuts", "4.000"), "{c:?}");
    assert!(keyed(&c, "Siemens", "job_cuts_period", "tre anni"), "{c:?}");
    let c = spf(&run(
        "Bei Siemens sollen mehr als 4.000 Stellen wegfallen, verteilt über drei Jahre.",
        Lang::De,
    ));
    assert!(
        keyed(&c, "Siemens", "job_cuts_period", "drei Jahre"),
        "{c:?}"
    );
    let c = spf(&run(
        "Renault supprimera 3 000 postes en France sur trois ans.",
        Lang::Fr,
    ));
    assert!(
        keyed(&c, "Renault", "job_cuts_period", "trois ans"),
        "{c:?}"
    );
    let c = spf(&run("西門子計劃三年內在德國裁減4000個崗位。", Lang::Zh));
    assert!(keyed(&c, "Siemens", "job_cuts_period", "三年內"), "{c:?}");
    // A promise not to lay off anyone is a job guarantee, not a period of cuts.
    let c = spf(&run(
        "Danone s'engage à ne procéder à aucun licenciement pendant trois ans.",
        Lang::Fr,
    ));
    assert!(!c.iter().any(|(_, p, _)| p == "job_cuts_period"), "{c:?}");
}

#[test]
fn lifetimes_capital_and_assets() {
    let c = spf(&run(
        "Les réserves de Glencore lui assurent plus de vingt ans d'exploitation.",
        Lang::Fr,
    ));
    assert!(
        keyed(&c, "Glencore", "duration:lifetime", "vingt ans"),
        "{c:?}"
    );
    let c = spf(&run("嘉能可该矿剩余服务年限逾20年。", Lang::Zh));
    assert!(keyed(&c, "Glencore", "duration:lifetime", "20年"), "{c:?}");
    let c = spf(&run(
        "Allianz gründet ein Gemeinschaftsunternehmen mit sechs Milliarden Yuan Kapital.",
        Lang::De,
    ));
    assert!(
        keyed(&c, "Allianz", "money:capital", "sechs Milliarden"),
        "{c:?}"
    );
    let c = spf(&run(
        "Allianz creerà una joint venture con un capitale di 6 miliardi di yuan.",
        Lang::It,
    ));
    assert!(keyed(&c, "Allianz", "money:capital", "6 miliardi"), "{c:?}");
    let c = spf(&run(
        "Die Commerzbank kommt auf eine Bilanzsumme von mehr als 500 Milliarden Euro.",
        Lang::De,
    ));
    assert!(
        keyed(&c, "Commerzbank", "money:assets", "500 Milliarden"),
        "{c:?}"
    );
}

#[test]
fn buybacks_and_stores() {
    let c = spf(&run(
        "Siemens setzt das laufende Aktienrückkaufprogramm über 6 Milliarden Euro fort.",
        Lang::De,
    ));
    assert!(keyed(&c, "Siemens", "buyback", "6 Milliarden"), "{c:?}");
    let c = spf(&run("Moncler betreibt mehr als 290 Boutiquen.", Lang::De));
    assert!(keyed(&c, "Moncler", "store_count", "290"), "{c:?}");
}

#[test]
fn a_sale_names_the_buyer_after_the_verb() {
    // The seller opens the lead; the deal's figures (its premium) belong to the buyer the
    // sale names after the verb.
    let c = spf(&run(
        "Enel cede a Stellantis la quota in Comau: affare da 1,9 miliardi\n\nIl prezzo, 72 euro per azione, incorpora un premio del 18% sulla media degli ultimi tre mesi.",
        Lang::It,
    ));
    assert!(keyed(&c, "Stellantis", "premium", "18%"), "{c:?}");
    let c = spf(&run(
        "Renault va vendre 70 % de Ampere à Nissan\n\nLe prix, 72 euros par action, fait ressortir une prime d'environ 18 %.",
        Lang::Fr,
    ));
    assert!(keyed(&c, "Nissan", "premium", "18 %"), "{c:?}");
    // A share that falls on a stock exchange is no sale.
    let c = spf(&run(
        "Il titolo Leonardo cede il 2% a Piazza Affari. Il prezzo, 72 euro per azione, incorpora un premio del 18%.",
        Lang::It,
    ));
    assert!(keyed(&c, "Leonardo", "premium", "18%"), "{c:?}");
}

#[test]
fn payments_per_employee_and_monthly_prices() {
    let c = spf(&run(
        "Renault offrira jusqu'à 90 000 euros brut par salarié.",
        Lang::Fr,
    ));
    assert!(
        keyed(&c, "Renault", "compensation", "90 000 euros"),
        "{c:?}"
    );
    let c = spf(&run(
        "Siemens zahlt bis zu 90.000 Euro pro Mitarbeiter.",
        Lang::De,
    ));
    assert!(keyed(&c, "Siemens", "compensation", "90.000 Euro"), "{c:?}");
    let c = spf(&run("比亚迪将向每名员工发放5000元奖金。", Lang::Zh));
    assert!(keyed(&c, "BYD", "compensation", "5000元"), "{c:?}");
    let c = spf(&run(
        "Iliad ha promesso che le offerte a 9,99 euro al mese non saranno toccate.",
        Lang::It,
    ));
    assert!(keyed(&c, "Iliad", "money:price", "9,99 euro"), "{c:?}");
}
