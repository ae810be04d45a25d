//! What an object sold for at auction, and what the sale took: the price with the buyer's
//! premium (`auction_price`), the price the hammer fell at (`hammer_price`), the range expected
//! before the sale (`auction_estimate`) and the bidders (`bidders`) are the object's maker's,
//! a painter or a brand; the sale's total (`auction_total`), its sell-through rate and its
//! lots are the auction house's. One key in every language; a place named in a currency
//! ("Hongkong-Dollar", "dollars de Singapour") is no party; a word of estimating or of selling
//! names no auction outside a sentence that speaks of one. Our own sentences.

mod common;

use common::{claims_marked, sp, spf, subject_predicate_on};
use concord::claim::Claim;
use concord::{EntityKind, Lang};

const PAINTER: (&str, &str, EntityKind) = ("Aldo Ferrini", "Aldo Ferrini", EntityKind::Person);
const HOUSE: (&str, &str, EntityKind) = ("Halbrook", "Halbrook", EntityKind::Organization);
const RIVAL: (&str, &str, EntityKind) = ("Marlowe", "Marlowe", EntityKind::Organization);

fn claims(lang: Lang, text: &str) -> Vec<Claim> {
    claims_marked(lang, text, &[PAINTER, HOUSE, RIVAL])
}

#[test]
fn the_price_of_a_work_sold_at_auction_is_its_makers() {
    let cases = [
        (
            Lang::It,
            "Un ritratto di Aldo Ferrini è stato aggiudicato all'asta per 12 milioni di euro da Halbrook a Londra.",
            "12 milioni",
        ),
        (
            Lang::De,
            "Bei Halbrook in London wurde ein Porträt von Aldo Ferrini für 12 Millionen Euro versteigert.",
            "12 Millionen",
        ),
        (
            Lang::Fr,
            "Chez Halbrook à Londres, un portrait d'Aldo Ferrini a été adjugé 12 millions d'euros.",
            "12 millions",
        ),
        (
            Lang::En,
            "A portrait by Aldo Ferrini was auctioned for 12 million euros at Halbrook in London.",
            "12 million",
        ),
        (
            Lang::Zh,
            "Aldo Ferrini的一幅肖像在Halbrook倫敦拍賣會上以1200萬歐元拍出。",
            "1200萬歐元",
        ),
    ];
    for (lang, text, fig) in cases {
        let cs = claims(lang, text);
        assert_eq!(
            subject_predicate_on(&cs, fig),
            sp("Aldo Ferrini", "auction_price"),
            "{text}: {:?}",
            spf(&cs)
        );
    }
}

#[test]
fn the_hammer_price_and_the_estimate_have_keys_of_their_own() {
    let cases = [
        (
            Lang::It,
            "La tela di Aldo Ferrini, stimata tra 8 e 10 milioni di euro, è stata battuta all'asta da Halbrook: il martello è sceso a 9 milioni di euro.",
            "8 e 10 milioni",
            "9 milioni",
        ),
        (
            Lang::De,
            "Halbrook hatte das Bild von Aldo Ferrini auf 8 bis 10 Millionen Euro geschätzt; bei der Auktion fiel der Hammer bei 9 Millionen Euro.",
            "8 bis 10 Millionen",
            "9 Millionen",
        ),
        (
            Lang::Fr,
            "Estimée entre 8 et 10 millions d'euros, la toile d'Aldo Ferrini a été adjugée au marteau 9 millions d'euros chez Halbrook.",
            "8 et 10 millions",
            "9 millions",
        ),
        (
            Lang::En,
            "The Aldo Ferrini canvas, with a pre-sale estimate of 8 million to 10 million euros, had a hammer price of 9 million euros at Halbrook.",
            "8 million to 10 million",
            "9 million euros",
        ),
        (
            Lang::Zh,
            "Aldo Ferrini這幅畫拍前估價800萬至1000萬歐元，在Halbrook拍賣會上以900萬歐元落槌。",
            "800萬至1000萬歐元",
            "900萬歐元",
        ),
    ];
    for (lang, text, estimate, hammer) in cases {
        let cs = claims(lang, text);
        assert_eq!(
            subject_predicate_on(&cs, estimate),
            sp("Aldo Ferrini", "auction_estimate"),
            "{text}: {:?}",
            spf(&cs)
        );
        assert_eq!(
            subject_predicate_on(&cs, hammer),
            sp("Aldo Ferrini", "hammer_price"),
            "{text}: {:?}",
            spf(&cs)
        );
    }
}

#[test]
fn the_sale_total_and_sell_through_rate_are_the_houses() {
    let cases = [
        (
            Lang::It,
            "L'asta serale di Halbrook ha incassato 250 milioni di euro, con un tasso di aggiudicazione dell'87%.",
            "250 milioni",
            "87%",
        ),
        (
            Lang::De,
            "Die Abendauktion von Halbrook spielte 250 Millionen Euro ein, die Zuschlagsquote lag bei 87 Prozent.",
            "250 Millionen",
            "87 Prozent",
        ),
        (
            Lang::Fr,
            "La vente du soir de Halbrook aux enchères a totalisé 250 millions d'euros, avec un taux de vente de 87 %.",
            "250 millions",
            "87 %",
        ),
        (
            Lang::En,
            "Halbrook's evening auction took in 250 million euros, with a sell-through rate of 87%.",
            "250 million",
            "87%",
        ),
        (
            Lang::Zh,
            "Halbrook晚間拍賣總成交額2.5億歐元，成交率87%。",
            "2.5億歐元",
            "87%",
        ),
    ];
    for (lang, text, total, rate) in cases {
        let cs = claims(lang, text);
        assert_eq!(
            subject_predicate_on(&cs, total),
            sp("Halbrook", "auction_total"),
            "{text}: {:?}",
            spf(&cs)
        );
        assert_eq!(
            subject_predicate_on(&cs, rate),
            sp("Halbrook", "sell_through_rate"),
            "{text}: {:?}",
            spf(&cs)
        );
    }
}

#[test]
fn what_a_house_expects_its_sale_to_take_is_a_forecast() {
    let cases = [
        (
            Lang::De,
            "Die Konkurrenz Marlowe erwartet von ihrer Auktion Erlöse von rund 300 Millionen Euro.",
            "300 Millionen",
        ),
        (
            Lang::Zh,
            "Marlowe將於下週舉行秋拍，預計總成交額約3億歐元。",
            "3億歐元",
        ),
    ];
    for (lang, text, fig) in cases {
        let cs = claims(lang, text);
        assert_eq!(
            subject_predicate_on(&cs, fig),
            sp("Marlowe", "auction_total_forecast"),
            "{text}: {:?}",
            spf(&cs)
        );
    }
}

#[test]
fn lots_and_bidders_are_counted_by_their_nouns() {
    let cs = claims(Lang::Zh, "Halbrook全場拍賣共推出80件拍品，成交率九成。");
    assert_eq!(
        subject_predicate_on(&cs, "80件"),
        sp("Halbrook", "lots_offered"),
        "{:?}",
        spf(&cs)
    );
    let cases = [
        (
            Lang::It,
            "Da Halbrook, sette offerenti si sono contesi all'asta la tela di Aldo Ferrini.",
            "sette",
        ),
        (
            Lang::De,
            "Bei Halbrook lieferten sich sieben Bieter ein Duell um das Bild von Aldo Ferrini.",
            "sieben",
        ),
        (
            Lang::Fr,
            "Chez Halbrook, sept enchérisseurs se sont disputé la toile d'Aldo Ferrini.",
            "sept",
        ),
        (
            Lang::En,
            "At Halbrook, seven bidders competed for the Aldo Ferrini canvas.",
            "seven",
        ),
    ];
    for (lang, text, fig) in cases {
        let cs = claims(lang, text);
        assert_eq!(
            subject_predicate_on(&cs, fig),
            sp("Aldo Ferrini", "bidders"),
            "{text}: {:?}",
            spf(&cs)
        );
    }
}

#[test]
fn a_place_in_a_currency_name_is_no_party() {
    let cs = common::run(
        "Das Bild wurde für 40 Millionen Hongkong-Dollar versteigert, rund 5 Millionen US-Dollar.",
        Lang::De,
    );
    assert!(
        cs.iter().all(|c| c
            .subject
            .as_ref()
            .is_none_or(|s| s.name != "United States" && s.name != "Hong Kong")),
        "{:?}",
        spf(&cs)
    );
}

#[test]
fn estimating_and_selling_name_no_auction_outside_one() {
    let cases = [
        (
            Lang::De,
            "Die Schäden im Werk von Halbrook werden auf 40 Millionen Euro geschätzt.",
            "40 Millionen",
        ),
        (
            Lang::It,
            "I danni allo stabilimento di Halbrook sono stimati in 40 milioni di euro.",
            "40 milioni",
        ),
        (
            Lang::Fr,
            "Les dégâts sur le site de Halbrook sont estimés à 40 millions d'euros.",
            "40 millions",
        ),
        (
            Lang::En,
            "Damage at the Halbrook plant is estimated at 40 million euros.",
            "40 million",
        ),
        (Lang::Zh, "Halbrook股票全日成交額達40億元。", "40億元"),
    ];
    for (lang, text, fig) in cases {
        let cs = claims(lang, text);
        assert!(
            subject_predicate_on(&cs, fig).is_none_or(|(_, p)| !p.starts_with("auction")),
            "{text}: {:?}",
            spf(&cs)
        );
    }
}

#[test]
fn a_document_about_an_auction_reads_its_estimates_and_sales() {
    // The auction is named in the sentence before; the estimate's sentence names none.
    let cs = claims(
        Lang::De,
        "Bei Halbrook kam am Abend ein Bild von Aldo Ferrini zur Auktion. Das Werk war auf 8 bis 10 Millionen Euro geschätzt worden.",
    );
    assert_eq!(
        subject_predicate_on(&cs, "8 bis 10 Millionen"),
        sp("Aldo Ferrini", "auction_estimate"),
        "{:?}",
        spf(&cs)
    );
    let cs = claims(
        Lang::Fr,
        "Halbrook organisait mardi sa vente aux enchères. Le portrait d'Aldo Ferrini a été vendu 9 millions d'euros.",
    );
    assert_eq!(
        subject_predicate_on(&cs, "9 millions"),
        sp("Aldo Ferrini", "auction_price"),
        "{:?}",
        spf(&cs)
    );
}

#[test]
fn a_title_in_quotes_is_no_party() {
    // Read by the whole pipeline: the title is a discovered name of no known kind.
    let text = "Un Aldo Ferrini adjugé 9 millions d'euros\n\nLa toile « Vent du soir » peinte par Aldo Ferrini en 1987 a été adjugée 9 millions d'euros.";
    let cs = common::run(text, Lang::Fr);
    let body: Vec<_> = cs
        .iter()
        .filter(|c| c.provenance.span.start > 50)
        .map(common::subject_name)
        .collect();
    assert_eq!(body, ["Aldo Ferrini"], "{:?}", spf(&cs));
}
