//! A takeover's residual facts: a verb of taking over in its infinitive names the stake bought
//! as its finite forms do ("per rilevare il 55%", "to acquire 55%"; not a verb that also
//! advises buying a share, "comprare", "kaufen", "buy", nor yet French "pour acquérir 55 %",
//! where the cue then leaves a price later in a long sentence without its frame); a stake the seller keeps ("la famille
//! conservera 25 %", "die restlichen 25 Prozent behält") is never the buyer's, and where the
//! sentence names no keeper no claim is made; the people working at a company's plants, its
//! cafés and its enterprise value have one key in every language. Our own sentences.

mod common;

use common::{claims_marking, sp, spf, subject_predicate_on};
use concord::Lang;

const ORGS: [&str; 3] = ["Orvane", "Talvik", "Brenta"];

#[test]
fn a_verb_of_buying_in_the_infinitive_names_the_stake() {
    let cases = [
        (
            Lang::It,
            "Orvane ha firmato un accordo per rilevare il 55% di Brenta.",
            "55%",
        ),
        (Lang::En, "Orvane agreed to acquire 55% of Brenta.", "55%"),
    ];
    for (lang, text, fig) in cases {
        let cs = claims_marking(lang, text, &ORGS);
        assert_eq!(
            subject_predicate_on(&cs, fig),
            sp("Orvane", "stake"),
            "{text}: {:?}",
            spf(&cs)
        );
    }
}

#[test]
fn a_stake_the_seller_keeps_is_never_the_buyers() {
    let cases = [
        (
            Lang::It,
            "Orvane compra Brenta per 2 miliardi di euro. La famiglia fondatrice manterrà il restante 25%.",
            "25%",
        ),
        (
            Lang::De,
            "Orvane übernimmt Brenta für 2 Milliarden Euro. Die Gründerfamilie behält die restlichen 25 Prozent.",
            "25 Prozent",
        ),
        (
            Lang::Fr,
            "Orvane rachète Brenta pour 2 milliards d'euros. La famille fondatrice conservera 25 % du capital.",
            "25 %",
        ),
        (
            Lang::En,
            "Orvane buys Brenta for 2 billion euros. The founding family will keep the remaining 25%.",
            "25%",
        ),
        (
            Lang::Zh,
            "Orvane以20亿欧元收购Brenta。创始家族将保留25%股权。",
            "25%",
        ),
    ];
    for (lang, text, fig) in cases {
        let cs = claims_marking(lang, text, &ORGS);
        assert!(
            subject_predicate_on(&cs, fig).is_none_or(|(s, _)| s != "Orvane"),
            "{text}: {:?}",
            spf(&cs)
        );
    }
    // A keeper the sentence names keeps its stake.
    let text = "Orvane compra Brenta per 2 miliardi di euro. Talvik manterrà il restante 25%.";
    let cs = claims_marking(Lang::It, text, &ORGS);
    assert_eq!(
        subject_predicate_on(&cs, "25%"),
        sp("Talvik", "stake"),
        "{:?}",
        spf(&cs)
    );
}

#[test]
fn people_working_at_plants_cafes_and_enterprise_value() {
    let cs = claims_marking(
        Lang::It,
        "Negli stabilimenti italiani di Brenta lavorano circa 900 persone.",
        &ORGS,
    );
    assert_eq!(
        subject_predicate_on(&cs, "900"),
        sp("Brenta", "headcount"),
        "{:?}",
        spf(&cs)
    );
    let cases = [
        (
            Lang::It,
            "Brenta gestisce 300 caffetterie in Europa.",
            "300",
        ),
        (Lang::Fr, "Brenta exploite 300 cafés en Europe.", "300"),
        (Lang::En, "Brenta runs 300 coffee shops in Europe.", "300"),
        (Lang::Zh, "Brenta在欧洲经营300家咖啡店。", "300"),
    ];
    for (lang, text, fig) in cases {
        let cs = claims_marking(lang, text, &ORGS);
        assert_eq!(
            subject_predicate_on(&cs, fig),
            sp("Brenta", "store_count"),
            "{text}: {:?}",
            spf(&cs)
        );
    }
    let cases = [
        (
            Lang::It,
            "Includendo il debito, il valore d'impresa di Brenta sale a 3 miliardi di euro.",
            "3 miliardi",
        ),
        (
            Lang::De,
            "Der Unternehmenswert von Brenta liegt einschließlich Schulden bei 3 Milliarden Euro.",
            "3 Milliarden",
        ),
        (
            Lang::Fr,
            "Dette comprise, la valeur d'entreprise de Brenta atteint 3 milliards d'euros.",
            "3 milliards",
        ),
        (
            Lang::En,
            "Including debt, Brenta's enterprise value is 3 billion euros.",
            "3 billion",
        ),
        (
            Lang::Zh,
            "计入债务后，Brenta的企业价值约30亿欧元。",
            "30亿欧元",
        ),
    ];
    for (lang, text, fig) in cases {
        let cs = claims_marking(lang, text, &ORGS);
        assert_eq!(
            subject_predicate_on(&cs, fig),
            sp("Brenta", "enterprise_value"),
            "{text}: {:?}",
            spf(&cs)
        );
    }
}

#[test]
fn the_amount_of_a_deal_is_its_price_not_the_enterprise_value_after_it() {
    let cases = [
        (
            Lang::It,
            "Orvane compra Brenta. Il valore dell'operazione è di 2 miliardi di euro, mentre il valore d'impresa di Brenta sale a 3 miliardi di euro.",
            "2 miliardi",
        ),
        (
            Lang::De,
            "Orvane übernimmt Brenta. Das Transaktionsvolumen liegt bei 2 Milliarden Euro, der Unternehmenswert von Brenta bei 3 Milliarden Euro.",
            "2 Milliarden",
        ),
        (
            Lang::Fr,
            "Orvane rachète Brenta. Le montant de la transaction atteint 2 milliards d'euros, et la valeur d'entreprise de Brenta avoisine 3 milliards d'euros.",
            "2 milliards",
        ),
        (
            Lang::En,
            "Orvane buys Brenta. The deal value is 2 billion euros, and Brenta's enterprise value is 3 billion euros.",
            "2 billion",
        ),
        (
            Lang::Zh,
            "Orvane收购Brenta。交易金额为20亿欧元，Brenta的企业价值约30亿欧元。",
            "20亿欧元",
        ),
    ];
    for (lang, text, fig) in cases {
        let cs = claims_marking(lang, text, &ORGS);
        assert_eq!(
            subject_predicate_on(&cs, fig).map(|(_, p)| p),
            Some("acquisition_price".to_string()),
            "{text}: {:?}",
            spf(&cs)
        );
    }
}
