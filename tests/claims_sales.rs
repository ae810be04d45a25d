//! Who holds a stake that changes hands and who pays for it: the buyer, whichever way the
//! sentence tells the purchase. "X bought 30% of Z" (a verb of buying is a stake's cue), "X
//! bought it from Y" (the party a purchase takes from sells), "Y sold it to X" (what a sale
//! hands over is the recipient's); and where the sentence tells no sale, nothing moves.

mod common;

use common::claims_marking;
use concord::claim::Claim;
use concord::Lang;

/// The claims of `text` in `lang`, every occurrence of `orgs` marked as an organization.
fn claims(lang: Lang, text: &str, orgs: &[&str]) -> Vec<Claim> {
    claims_marking(lang, text, orgs)
}

/// (subject, predicate, object) of the claim on the figure whose surface contains `figure`;
/// `None` when no claim is made on it.
fn on(cs: &[Claim], figure: &str) -> Option<(String, String, String)> {
    cs.iter()
        .find(|c| c.provenance.text.contains(figure))
        .map(|c| {
            (
                c.subject.as_ref().map_or(String::new(), |s| s.name.clone()),
                c.predicate.clone(),
                c.object.as_ref().map_or(String::new(), |s| s.name.clone()),
            )
        })
}

fn spo(s: &str, p: &str, o: &str) -> Option<(String, String, String)> {
    Some((s.into(), p.into(), o.into()))
}

const ORGS: [&str; 3] = ["Orvane", "Talvik", "Brenta"];

#[test]
fn a_verb_of_buying_names_the_stake_bought() {
    let cases = [
        (Lang::It, "Orvane ha rilevato il 30% di Brenta.", "30%"),
        (
            Lang::It,
            "Orvane ha acquistato il 30% di Brenta lo scorso anno.",
            "30%",
        ),
        (
            Lang::De,
            "Orvane hat im Frühjahr 30 Prozent an Brenta erworben.",
            "30 Prozent",
        ),
        (
            Lang::Fr,
            "Orvane a racheté 30 % de Brenta l'an dernier.",
            "30 %",
        ),
        (Lang::En, "Orvane bought 30% of Brenta last year.", "30%"),
        (Lang::Zh, "Orvane去年收购了Brenta 30%的股份。", "30%"),
    ];
    for (lang, text, fig) in cases {
        let cs = claims(lang, text, &ORGS);
        assert_eq!(on(&cs, fig), spo("Orvane", "stake", "Brenta"), "{text}");
    }
}

#[test]
fn advice_to_buy_a_share_names_no_stake() {
    // An infinitive of buying is advice or intent about the stock, not a stake: the figure
    // after it is the share's move.
    let cases = [
        (
            Lang::It,
            "Gli analisti consigliano di comprare il titolo Orvane, salito del 250% da gennaio.",
            "250%",
        ),
        (
            Lang::Fr,
            "Les analystes recommandent d'acheter le titre Orvane, malgré un bond de 250 % depuis janvier.",
            "250 %",
        ),
    ];
    for (lang, text, fig) in cases {
        let cs = claims(lang, text, &ORGS);
        let got = on(&cs, fig);
        assert!(
            got.as_ref().is_none_or(|(_, p, _)| p != "stake"),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn the_party_a_purchase_takes_from_is_no_buyer() {
    let cases = [
        (
            Lang::It,
            "Orvane ha acquistato da Talvik il 30% di Brenta per 2 miliardi di euro.",
            "30%",
            "2 miliardi di euro",
        ),
        (
            Lang::It,
            "Orvane ha rilevato da Talvik il 30% di Brenta per 2 miliardi di euro.",
            "30%",
            "2 miliardi di euro",
        ),
        (
            Lang::Fr,
            "Orvane a racheté à Talvik 30 % de Brenta pour 2 milliards d'euros.",
            "30 %",
            "2 milliards d'euros",
        ),
        (
            Lang::En,
            "Orvane acquired from Talvik 30% of Brenta for 2 billion euros.",
            "30%",
            "2 billion euros",
        ),
        (
            Lang::Zh,
            "Orvane从Talvik收购Brenta 30%股权，作价20亿欧元。",
            "30%",
            "20亿欧元",
        ),
    ];
    for (lang, text, stake, price) in cases {
        let cs = claims(lang, text, &ORGS);
        assert_eq!(on(&cs, stake), spo("Orvane", "stake", "Brenta"), "{text}");
        assert_eq!(
            on(&cs, price),
            spo("Orvane", "acquisition_price", "Brenta"),
            "{text}"
        );
    }
    // German names the seller after "von" too; the stake is Orvane's.
    let text = "Orvane übernimmt von Talvik 30 Prozent an Brenta.";
    let got = on(&claims(Lang::De, text, &ORGS), "30 Prozent");
    assert_eq!(
        got.map(|(s, p, _)| (s, p)),
        Some(("Orvane".into(), "stake".into())),
        "{text}"
    );
}

#[test]
fn in_a_passive_sentence_the_same_words_name_the_buyer() {
    let cases = [
        (
            Lang::It,
            "Brenta è stata rilevata da Orvane per 2 miliardi di euro.",
            "2 miliardi di euro",
        ),
        (
            Lang::De,
            "Brenta wurde von Orvane für 2 Milliarden Euro übernommen.",
            "2 Milliarden Euro",
        ),
    ];
    for (lang, text, price) in cases {
        let cs = claims(lang, text, &ORGS);
        assert_eq!(
            on(&cs, price),
            spo("Orvane", "acquisition_price", "Brenta"),
            "{text}"
        );
    }
}

#[test]
fn what_a_sale_hands_over_is_the_buyers() {
    let cases = [
        (
            Lang::It,
            "Talvik ha firmato un accordo per cedere a Orvane l'intera partecipazione del 30% in Brenta, per un corrispettivo di 2 miliardi di euro.",
            "30%",
            Some("2 miliardi di euro"),
            "Brenta",
        ),
        (
            Lang::Zh,
            "Talvik将所持Brenta 30%股权出售给Orvane，作价20亿欧元。",
            "30%",
            Some("20亿欧元"),
            "Brenta",
        ),
        (Lang::En, "Talvik sold its 30% stake in Brenta to Orvane.", "30%", None, "Brenta"),
        // The stake sold is in a company the sentence does not name: the seller is no object.
        (
            Lang::De,
            "Talvik verkauft seine Beteiligung von 30 Prozent an Orvane.",
            "30 Prozent",
            None,
            "",
        ),
    ];
    for (lang, text, stake, price, object) in cases {
        let cs = claims(lang, text, &ORGS);
        assert_eq!(on(&cs, stake), spo("Orvane", "stake", object), "{text}");
        if let Some(price) = price {
            assert_eq!(
                on(&cs, price),
                spo("Orvane", "acquisition_price", object),
                "{text}"
            );
        }
    }
    // A figure no frame names goes to the buyer where the sale names what it sells.
    let text = "Talvik va vendre 70 % de Brenta à Orvane.";
    let got = on(&claims(Lang::Fr, text, &ORGS), "70 %");
    assert_eq!(got.map(|(s, _, _)| s), Some("Orvane".to_string()), "{text}");
}

#[test]
fn no_sale_no_move() {
    // The seller's own figure before the sale, in an aside, or after a semicolon stays its own.
    let cases = [
        (
            Lang::It,
            "Talvik, che detiene il 30% di Brenta, cede a Orvane le sue attività in Spagna.",
            "30%",
            "Talvik",
        ),
        (
            Lang::It,
            "Talvik cede Brenta a Orvane; Talvik conserva il 5%.",
            "5%",
            "Talvik",
        ),
        // "cede" of a share price names no sale, and an Italian "sale" (rises) is no English
        // one.
        (
            Lang::It,
            "Il titolo Talvik cede il 2% a Piazza Affari.",
            "2%",
            "Talvik",
        ),
        (Lang::It, "Orvane sale al 90% di Brenta.", "90%", "Orvane"),
    ];
    for (lang, text, fig, want) in cases {
        let orgs = ["Orvane", "Talvik", "Brenta", "Piazza Affari"];
        let got = on(&claims(lang, text, &orgs), fig);
        assert_eq!(got.map(|(s, _, _)| s), Some(want.to_string()), "{text}");
    }
}

#[test]
fn a_payee_a_preposition_governs_is_no_payer() {
    // "向Brenta支付": right before the verb, but governed by "向" (to): Brenta is paid.
    let text = "根据协议，Orvane将向Brenta支付6.5亿美元首付款。";
    let got = on(&claims(Lang::Zh, text, &ORGS), "6.5亿美元");
    assert_eq!(got.map(|(s, _, _)| s), Some("Orvane".to_string()), "{text}");
    // After a comma a cue may still describe the name a preposition governed.
    let cases = [
        (
            Lang::It,
            "Orvane investe 2 miliardi di euro in Brenta, valutazione a 40 miliardi di euro.",
            "40 miliardi di euro",
        ),
        (
            Lang::Fr,
            "Orvane investit 2 milliards d'euros dans Brenta, valorisée 40 milliards d'euros.",
            "40 milliards d'euros",
        ),
    ];
    for (lang, text, fig) in cases {
        assert_eq!(
            on(&claims(lang, text, &ORGS), fig),
            spo("Brenta", "valuation", ""),
            "{text}"
        );
    }
}
