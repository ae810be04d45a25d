//! Markets and assets (session 17): a coin, a commodity or a stock index is an entity (a
//! product), written as each language writes it ("il bitcoin", "le bitcoin", "比特幣", "der
//! Dax", "le CAC 40", "恒生指數"); its price, the record it touches, the round level it crosses,
//! its change and its market value are its own facts, and the exchange or data provider that
//! quotes it is never their subject. A holder's coins are the holder's. Our own sentences with
//! invented figures and firms; beside them, sentences where the same words name no asset.

use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{ids_of, never, pairs, run, spf, states};

#[test]
fn assets_are_named_in_every_language_and_case() {
    for (lang, text, id) in [
        (It, "Ieri il bitcoin ha perso terreno.", "bitcoin"),
        (Fr, "Le bitcoin recule encore.", "bitcoin"),
        (De, "Bitcoins sind weiter gefragt.", "bitcoin"),
        (Zh, "比特幣昨日走低。", "bitcoin"),
        (Zh, "以太坊价格回落。", "ethereum"),
        (It, "Il prezzo dell'oro resta alto.", "gold"),
        (Fr, "Le cours de l'or recule.", "gold"),
        (De, "Der Goldpreis gab nach.", "gold"),
        (Zh, "國際金價小幅走高。", "gold"),
        (It, "Il petrolio Brent scende.", "brent"),
        (En, "WTI crude slipped in New York.", "wti"),
        (De, "Der Dax schloss im Plus.", "dax"),
        (Fr, "Le CAC 40 termine en baisse.", "cac_40"),
        (It, "Il Ftse Mib apre in rialzo.", "ftse_mib"),
        (En, "The S&P 500 ended lower.", "sp_500"),
        (Zh, "恒生指數收跌。", "hang_seng_index"),
        (Zh, "上证综指小幅上涨。", "shanghai_composite"),
        (Zh, "日經指數創新高。", "nikkei_225"),
        (De, "Der TecDax gab am Nachmittag nach.", "tecdax"),
        (It, "Il prezzo del grano è salito ancora.", "wheat"),
        (Fr, "Le prix du cacao a doublé en un an.", "cocoa"),
        (En, "The Russell 2000 lagged behind.", "russell_2000"),
        (Zh, "恐慌指數大幅上升。", "vix"),
    ] {
        let ids = ids_of(text, lang);
        assert!(ids.iter().any(|i| i == id), "{id} in {text:?}: {ids:?}");
    }
}

#[test]
fn words_that_name_no_asset_link_none() {
    for (lang, text, id) in [
        // A medal of gold, a golden age, a holiday week: no commodity.
        (It, "Ha vinto la medaglia d'oro nei 200 metri.", "gold"),
        (
            De,
            "Die Mannschaft holte am Ende Gold in der Staffel.",
            "gold",
        ),
        (Zh, "黄金周期间游客大增。", "gold"),
        // A company of the index is the company, not the index.
        (De, "Der Dax-Konzern legte am Mittwoch Zahlen vor.", "dax"),
        (De, "Die Aktie war größter Gewinner im Dax.", "dax"),
    ] {
        let ps = pairs(text, lang);
        assert!(!ps.iter().any(|(_, i)| i == id), "{id} in {text:?}: {ps:?}");
    }
}

#[test]
fn a_round_level_crossed_is_the_asset_s_threshold() {
    for (lang, text, figure, subject) in [
        (
            It,
            "Martedì l'Ethereum è salito sopra la soglia dei 6.000 dollari.",
            "6.000 dollari",
            "Ethereum",
        ),
        (
            De,
            "Der Bitcoin knackte am Montag die Marke von 120.000 Dollar.",
            "120.000 Dollar",
            "Bitcoin",
        ),
        (
            Fr,
            "Le bitcoin a franchi la barre des 120 000 dollars lundi.",
            "120 000 dollars",
            "Bitcoin",
        ),
        (
            En,
            "Bitcoin topped the $120,000 mark for the first time on Monday.",
            "$120,000",
            "Bitcoin",
        ),
        (
            Zh,
            "比特幣週一首次突破12萬美元大關。",
            "12萬美元",
            "Bitcoin",
        ),
    ] {
        states(lang, text, figure, "price_threshold", subject);
    }
}

#[test]
fn a_record_is_the_asset_s_and_never_the_data_provider_s() {
    for (lang, text, figure, subject) in [
        (
            It,
            "L'oro ha toccato un nuovo massimo storico di 3.120 dollari l'oncia, secondo i dati di Refinitiv.",
            "3.120 dollari",
            "Gold",
        ),
        (
            De,
            "Der Goldpreis stieg auf ein Rekordhoch von 3.120 Dollar je Feinunze.",
            "3.120 Dollar",
            "Gold",
        ),
        (
            Fr,
            "Le bitcoin a atteint un record historique à 118 500 dollars, selon le site spécialisé CoinMarketCap.",
            "118 500 dollars",
            "Bitcoin",
        ),
        (
            En,
            "Gold hit an all-time high of $3,120 an ounce on Friday.",
            "$3,120",
            "Gold",
        ),
        (Zh, "比特幣創歷史新高，達到11.85萬美元。", "11.85萬美元", "Bitcoin"),
    ] {
        states(lang, text, figure, "price_record", subject);
    }
}

#[test]
fn the_price_an_asset_quotes_at_is_its_price() {
    for (lang, text, figure, subject) in [
        (
            It,
            "Nel pomeriggio il bitcoin quotava circa 97mila dollari.",
            "97mila dollari",
            "Bitcoin",
        ),
        (
            Fr,
            "Le bitcoin s'échangeait autour de 97 000 dollars en fin de journée.",
            "97 000 dollars",
            "Bitcoin",
        ),
        (
            De,
            "Der Ölpreis der Nordseesorte Brent fiel auf 68 Dollar je Barrel.",
            "68 Dollar",
            "Brent",
        ),
        (En, "Brent crude rose to $68 a barrel.", "$68", "Brent"),
    ] {
        states(lang, text, figure, "share_price", subject);
    }
}

#[test]
fn an_asset_s_change_and_market_value_are_its_own() {
    states(
        De,
        "Der Dax verlor am Freitag 1,4 Prozent.",
        "1,4 Prozent",
        "growth",
        "DAX",
    );
    states(
        Fr,
        "Depuis le début de l'année, le bitcoin s'est apprécié de 35 %.",
        "35 %",
        "growth",
        "Bitcoin",
    );
    states(
        Zh,
        "恒生指數週五下跌1.7%。",
        "1.7%",
        "growth",
        "Hang Seng Index",
    );
    states(
        De,
        "Der Marktwert aller Bitcoins liegt bei 2,4 Billionen Dollar.",
        "2,4 Billionen Dollar",
        "valuation",
        "Bitcoin",
    );
}

#[test]
fn coins_a_company_holds_are_the_holder_s() {
    states(
        Fr,
        "La société japonaise Metaplanet détient désormais 18 000 bitcoins, selon un communiqué.",
        "18 000",
        "holdings",
        "Metaplanet",
    );
    // Plants a company owns are no holdings of an asset.
    never(
        It,
        "Il gruppo Orvane detiene 12 stabilimenti in Europa.",
        "12",
        "holdings",
    );
}

#[test]
fn a_company_s_share_stays_the_company_s_beside_an_index() {
    for (lang, text, figure) in [
        (
            It,
            "Il titolo Talvik è salito del 7,5% a 21,30 euro, in testa al Ftse Mib.",
            "7,5%",
        ),
        (
            Fr,
            "L'action Talvik a reculé de 3,2 % à 41 euros, lanterne rouge du CAC 40.",
            "3,2 %",
        ),
    ] {
        let claims = run(text, lang);
        let c = claims
            .iter()
            .find(|c| c.provenance.text.contains(figure))
            .unwrap_or_else(|| panic!("{figure} in {text:?}: {:?}", spf(&claims)));
        assert_ne!(
            c.subject.as_ref().map(|s| s.id.as_str()),
            Some(if lang == Lang::It {
                "ftse_mib"
            } else {
                "cac_40"
            }),
            "{:?}",
            spf(&claims)
        );
    }
}

#[test]
fn market_words_leave_other_stories_alone() {
    // A record order book in a company story is its backlog; a brand is no threshold.
    never(
        It,
        "Il gruppo ha chiuso l'anno con un portafoglio ordini record di 7,2 miliardi, mentre il Ftse Mib saliva.",
        "7,2 miliardi",
        "price_record",
    );
    never(
        De,
        "Der Dax stieg. Käufer ist die Gruppe Orvane, die für die Marke Talvik 2,3 Milliarden Euro zahlt.",
        "2,3 Milliarden Euro",
        "price_threshold",
    );
}

#[test]
fn an_asset_s_swings_are_its_own() {
    for (lang, text, figure, subject) in [
        (
            De,
            "Schwankungen von zwölf Prozent an einem Tag sind bei Ethereum keine Ausnahme.",
            "zwölf Prozent",
            "Ethereum",
        ),
        (
            It,
            "Il bitcoin ha registrato oscillazioni del 9% in una sola seduta.",
            "9%",
            "Bitcoin",
        ),
        (
            En,
            "Ethereum saw swings of 9% in a single day last week.",
            "9%",
            "Ethereum",
        ),
        (Zh, "比特幣單日波動幅度達9%。", "9%", "Bitcoin"),
    ] {
        states(lang, text, figure, "price_swing", subject);
    }
}
