//! Trade: tariffs, purchase pledges and trade balances. A customs duty is the levying side's,
//! never the goods' origin (the object); a pledge to buy is the buyer's, and its period takes
//! one key in every language; a surplus in a story about trade is the trade balance, not a
//! profit. Our own sentences with invented figures; beside them, sentences where the same
//! words make another claim.

use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{claim_on, never, states, subject_name};

/// Asserts that the claim on `figure` takes `key`, the subject `subject` and the object
/// `object`.
fn levied(lang: Lang, text: &str, figure: &str, key: &str, subject: &str, object: &str) {
    let c = claim_on(lang, text, figure);
    assert_eq!(
        (
            c.predicate.as_str(),
            subject_name(&c).as_str(),
            c.object.as_ref().map(|o| o.name.as_str())
        ),
        (key, subject, Some(object)),
        "{text:?}"
    );
}

#[test]
fn a_tariff_is_the_levying_side_s_and_the_goods_origin_is_its_object() {
    for (lang, text, figure, subject, object) in [
        (
            It,
            "Il Brasile impone un dazio del 18% sulle importazioni di acciaio dalla Cina.",
            "18%",
            "Brazil",
            "China",
        ),
        (
            De,
            "Indien erhebt seit Montag Zölle von 20 Prozent auf Stahl aus China.",
            "20 Prozent",
            "India",
            "China",
        ),
        (
            Fr,
            "Le Mexique applique des droits de douane de 30 % sur l'acier en provenance de Chine.",
            "30 %",
            "Mexico",
            "China",
        ),
        (Zh, "印度对中国钢铁加征20%的关税。", "20%", "India", "China"),
        (
            Zh,
            "加拿大對美國商品加徵25%關稅。",
            "25%",
            "Canada",
            "United States",
        ),
        (
            Zh,
            "歐盟對中國電動車加徵最高35%的反補貼稅。",
            "35%",
            "European Union",
            "China",
        ),
    ] {
        levied(lang, text, figure, "tariff", subject, object);
    }
    states(
        En,
        "The United States imposed tariffs of 45% on Canadian lumber.",
        "45%",
        "tariff",
        "United States",
    );
}

#[test]
fn a_bloc_s_goods_in_a_compound_are_the_object_past_a_quantifier() {
    // "auf die meisten EU-Waren": the bloc named in the goods' compound, past a quantifier,
    // is the origin, never the levying side.
    let text = "Kanada erhebt ab Juli Zölle von 12 Prozent auf die meisten EU-Waren.";
    levied(De, text, "12 Prozent", "tariff", "Canada", "European Union");
}

#[test]
fn counter_tariffs_take_the_value_of_the_goods_they_strike() {
    levied(
        De,
        "Kanada antwortet mit Vergeltungszöllen auf Waren aus den USA im Wert von 30 Milliarden Dollar.",
        "30 Milliarden Dollar",
        "tariff",
        "Canada",
        "United States",
    );
}

#[test]
fn a_pledge_to_buy_is_the_buyer_s_purchase_commitment() {
    for (lang, text, figure, subject) in [
        (
            It,
            "In contropartita il Giappone si impegna ad acquistare gas naturale liquefatto per 40 miliardi di dollari dagli Stati Uniti in cinque anni.",
            "40 miliardi",
            "Japan",
        ),
        (
            Fr,
            "Dans le cadre de l'accord commercial, l'Inde s'engage à acheter pour 25 milliards de dollars d'avions aux États-Unis sur quatre ans.",
            "25 milliards",
            "India",
        ),
        (
            En,
            "Canada pledged to buy $20 billion of American energy over two years.",
            "$20 billion",
            "Canada",
        ),
        (
            Zh,
            "日本承诺在未来两年内采购价值300亿美元的美国液化天然气。",
            "300亿美元",
            "Japan",
        ),
    ] {
        states(lang, text, figure, "purchase_commitment", subject);
    }
    // Without a pledge, buying a company is an acquisition.
    states(
        En,
        "Siemens agreed to buy Altair for $10 billion.",
        "$10 billion",
        "acquisition_price",
        "Siemens",
    );
    never(
        En,
        "Siemens agreed to buy Altair for $10 billion.",
        "$10 billion",
        "purchase_commitment",
    );
}

#[test]
fn the_period_of_a_pledge_to_buy_takes_one_key_in_every_language() {
    // The nearest word may pledge ("承诺"), buy ("abzunehmen") or invest ("investir"): the
    // period of what is bought is one fact.
    for (lang, text, figure) in [
        (
            It,
            "In contropartita l'Unione europea si impegna ad acquistare gas naturale liquefatto per 40 miliardi di dollari in cinque anni.",
            "cinque anni",
        ),
        (
            De,
            "Als Gegenleistung verpflichtete sich die EU, binnen vier Jahren Flüssiggas im Wert von 40 Milliarden Dollar zu kaufen.",
            "vier Jahren",
        ),
        (
            Fr,
            "L'UE s'engage à acheter pour 25 milliards de dollars d'avions sur quatre ans et à investir 9 milliards.",
            "quatre ans",
        ),
        (
            Zh,
            "欧盟承诺在未来两年内采购价值300亿美元的液化天然气。",
            "两年内",
        ),
    ] {
        states(lang, text, figure, "contract_duration", "European Union");
    }
}

#[test]
fn a_surplus_in_a_trade_story_is_the_trade_balance() {
    for (lang, text, figure, subject) in [
        (
            De,
            "Im Außenhandel erzielte Japan im ersten Halbjahr einen Überschuss von 40 Milliarden Euro mit der EU.",
            "40 Milliarden Euro",
            "Japan",
        ),
        (
            Fr,
            "Selon les douanes, le Japon a dégagé un excédent de 12 milliards d'euros avec la France.",
            "12 milliards",
            "Japan",
        ),
        (
            It,
            "Nella bilancia commerciale il Messico ha chiuso l'anno con un avanzo di 9 miliardi di dollari.",
            "9 miliardi",
            "Mexico",
        ),
        (
            Zh,
            "据海关统计，前三季度日本对欧盟贸易顺差达450亿美元。",
            "450亿美元",
            "Japan",
        ),
    ] {
        states(lang, text, figure, "trade_surplus", subject);
    }
    // A company's surplus in a story about its results is its profit.
    states(
        De,
        "Die Allianz erzielte im dritten Quartal einen Überschuss von 2,4 Milliarden Euro.",
        "2,4 Milliarden Euro",
        "profit",
        "Allianz",
    );
    never(
        Fr,
        "Danone a dégagé un excédent de 1,2 milliard d'euros.",
        "1,2 milliard",
        "trade_surplus",
    );
}

#[test]
fn a_threatened_rate_in_a_trade_story_is_a_tariff_of_the_side_that_threatens() {
    // A capital speaks for its state where the story names the state.
    for (lang, text, figure, subject) in [
        (
            De,
            "Indien erhebt seit Montag Zölle von 20 Prozent auf Stahl aus China. Zuvor hatte Neu-Delhi mit 35 Prozent gedroht.",
            "35 Prozent",
            "India",
        ),
        (
            It,
            "Il Canada impone dazi del 25% sulle auto prodotte in Messico. Ottawa minaccia di alzarli al 40%.",
            "40%",
            "Canada",
        ),
        (
            En,
            "Mexico imposed a 30% tariff on Chinese steel. Earlier, Mexico had threatened 50%.",
            "50%",
            "Mexico",
        ),
    ] {
        states(lang, text, figure, "tariff", subject);
    }
    // Outside a trade story a threat names no tariff.
    never(
        De,
        "Die Gewerkschaft hat mit einem Streik gedroht, falls die Löhne nicht um 8 Prozent steigen.",
        "8 Prozent",
        "tariff",
    );
}

#[test]
fn a_deficit_in_a_trade_story_is_the_trade_deficit() {
    states(
        Fr,
        "Dans cette guerre commerciale, le Canada a prévenu : « Un déficit de 90 milliards d'euros par an serait insupportable ».",
        "90 milliards",
        "trade_deficit",
        "Canada",
    );
    states(
        De,
        "Im Handelsstreit mit Peking verzeichnete Kanada ein Defizit von 40 Milliarden Dollar.",
        "40 Milliarden",
        "trade_deficit",
        "Canada",
    );
}

#[test]
fn a_ratio_that_restates_the_public_debt_is_the_debt_ratio() {
    // "..., soit 105 % du PIB": a clause that opens by restating the figure before it speaks
    // of that figure's fact, the public debt, not of the output's growth.
    for (lang, text, figure, subject) in [
        (
            Fr,
            "La dette publique de la Belgique atteint 640 milliards d'euros, soit 105 % du PIB.",
            "105 %",
            "Belgium",
        ),
        (
            It,
            "Il debito pubblico della Grecia è sceso a 360 miliardi di euro, pari al 150% del Pil.",
            "150%",
            "Greece",
        ),
    ] {
        states(lang, text, figure, "debt_ratio", subject);
    }
    // A growth rate restated after a company's revenue stays a growth.
    never(
        It,
        "Il fatturato di Enel è salito a 90 miliardi, pari al 12% in più.",
        "12%",
        "debt_ratio",
    );
}

#[test]
fn a_state_s_adjective_names_who_levies_a_tariff_and_whose_goods_it_strikes() {
    // Beside the cue, the adjective names the levying state; after an object marker, the
    // goods' origin. Only states the story names are taken.
    for (lang, text, figure, subject, object) in [
        (
            It,
            "La Cina e gli Stati Uniti trattano. I dazi americani sui prodotti cinesi salgono al 45%.",
            "45%",
            "United States",
            "China",
        ),
        (
            De,
            "China und Japan verhandeln. Die japanischen Zölle auf chinesische Waren steigen auf 12 Prozent.",
            "12 Prozent",
            "Japan",
            "China",
        ),
        (
            En,
            "Talks between Canada and Mexico: Canadian tariffs on Mexican steel will rise to 20%.",
            "20%",
            "Canada",
            "Mexico",
        ),
    ] {
        levied(lang, text, figure, "tariff", subject, object);
    }
    states(
        Fr,
        "Le Japon et la Chine négocient. Les exportations chinoises ont progressé de 8 %.",
        "8 %",
        "export_growth",
        "China",
    );
}

#[test]
fn an_import_quota_is_the_side_that_sets_it_and_the_goods_origin_is_its_object() {
    for (lang, text, figure, subject, object) in [
        (
            De,
            "Die EU senkt das Zollkontingent für Stahl aus China auf 500.000 Tonnen.",
            "500.000 Tonnen",
            "European Union",
            "China",
        ),
        (
            Zh,
            "美国对韩国钢铁实行每年263万吨的进口配额。",
            "263万吨",
            "United States",
            "South Korea",
        ),
    ] {
        levied(lang, text, figure, "import_quota", subject, object);
    }
    // Italian "quota" is a level or a share, no quota on imports.
    never(
        It,
        "Con le nuove assunzioni i dipendenti di Orvane salgono oltre quota 2.400.",
        "2.400",
        "import_quota",
    );
}

#[test]
fn the_trade_in_goods_between_two_states_is_their_trade_volume() {
    levied(
        Fr,
        "Les échanges de biens entre le Japon et la France ont atteint 60 milliards d'euros en 2024.",
        "60 milliards",
        "trade_volume",
        "Japan",
        "France",
    );
}

#[test]
fn spending_in_percent_of_output_is_the_state_s_spending_ratio() {
    for (lang, text, figure, subject) in [
        (
            De,
            "Deutschland will die Verteidigungsausgaben auf 3,5 Prozent der Wirtschaftsleistung erhöhen.",
            "3,5 Prozent",
            "Germany",
        ),
        (
            It,
            "L'Italia porterà la spesa per la difesa al 2% del Pil.",
            "2%",
            "Italy",
        ),
        (
            Fr,
            "La France portera ses dépenses militaires à 2,5 % du PIB.",
            "2,5 %",
            "France",
        ),
        (
            En,
            "Britain will raise defence spending to 2.5% of GDP by 2027.",
            "2.5%",
            "United Kingdom",
        ),
    ] {
        states(lang, text, figure, "spending_ratio", subject);
    }
    // The output's own growth stays a growth.
    states(
        It,
        "Il Pil dell'Italia è cresciuto dello 0,7% nel 2024.",
        "0,7%",
        "gdp_growth",
        "Italy",
    );
}

#[test]
fn a_budget_and_a_special_fund_are_budgets() {
    for (lang, text, figure, key, subject) in [
        (
            De,
            "Der Bundestag beschloss einen Haushalt von 480 Milliarden Euro; das Sondervermögen für die Bundeswehr beträgt 100 Milliarden Euro.",
            "100 Milliarden",
            "money:budget",
            "Bundestag",
        ),
        (
            De,
            "Der Bundestag beschloss einen Haushalt von 480 Milliarden Euro.",
            "480 Milliarden",
            "money:budget",
            "Bundestag",
        ),
    ] {
        states(lang, text, figure, key, subject);
    }
}
