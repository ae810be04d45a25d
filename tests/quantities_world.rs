//! Quantity normalizer, the world's units (issue 3): US and imperial units converted with
//! their exact SI factors, and currencies beyond the big ones (CFA francs, cedis, naira,
//! pesos, dirhams...), per language, with what a name several countries share means.

use concord::Lang;

mod common;
use common::{check, r};

// ------------------------------------------------------------------ US and imperial units

/// A US gallon is 3.785411784 litres, an acre 4046.8564224 m², a foot 0.3048 m, a mile
/// 1609.344 m: exact by definition, so the conversion keeps the written precision and bound.
#[test]
fn us_units_in_german_and_french() {
    check(
        "Die Löschflugzeuge warfen 40.000 Gallonen Wasser ab, das Feuer wütete auf rund 300 Acres.",
        Lang::De,
        &[
            r("40.000 Gallonen", "151.41647136", "m3", "exact"),
            r("rund 300 Acres", "1214056.92672", "m2", "approx"),
        ],
    );
    check(
        "Die Wellen erreichten eine Höhe von 30 Fuß.",
        Lang::De,
        &[r("30 Fuß", "9.144", "m", "exact")],
    );
    check(
        "Le chalutier de 120 pieds a perdu 2 500 gallons de gazole à 3 miles des côtes.",
        Lang::Fr,
        &[
            r("120 pieds", "36.576", "m", "exact"),
            r("2 500 gallons", "9.46352946", "m3", "exact"),
            r("3 miles", "4828.032", "m", "exact"),
        ],
    );
}

#[test]
fn us_units_in_italian_and_english() {
    check(
        "Le fiamme hanno divorato 5.000 acri di bosco, spinte da raffiche di 40 miglia orarie.",
        Lang::It,
        &[
            r("5.000 acri", "20234282.112", "m2", "exact"),
            r("40 miglia orarie", "64.37376", "km/h", "exact"),
        ],
    );
    check(
        "La diga, alta 150 piedi, trattiene 8 milioni di galloni.",
        Lang::It,
        &[
            r("150 piedi", "45.72", "m", "exact"),
            r("8 milioni di galloni", "30283.294272", "m3", "exact"),
        ],
    );
    check(
        "The ranch covers 640 acre lots and the vault holds 400 troy ounces of gold.",
        Lang::En,
        &[
            r("640 acre", "2589988.110336", "m2", "exact"),
            r("400 troy ounces", "12.44139072", "kg", "exact"),
        ],
    );
}

#[test]
fn us_units_in_chinese_both_scripts() {
    check(
        "大火烧毁超过2万英亩林地，消防飞机投下50万加仑阻燃剂。",
        Lang::Zh,
        &[
            r("超过2万英亩", "80937128.448", "m2", "more_than"),
            r("50万加仑", "1892.705892", "m3", "exact"),
        ],
    );
    check(
        "颶風掀起的巨浪高達30呎，風眼距海岸約5哩，農場損失1.2萬英畝。",
        Lang::Zh,
        &[
            r("高達30呎", "9.144", "m", "at_most"),
            r("約5哩", "8046.72", "m", "approx"),
            r("1.2萬英畝", "48562277.0688", "m2", "exact"),
        ],
    );
}

// ------------------------------------------------------------------ currencies of the world

#[test]
fn cfa_francs_cedis_and_naira() {
    check(
        "Le Sénégal a fixé le prix de l'arachide à 305 francs CFA le kilo ; au Ghana, le sac vaut 1 200 cedis.",
        Lang::Fr,
        &[
            r("305 francs CFA", "305", "XOF", "exact"),
            r("1 200 cedis", "1200", "GHS", "exact"),
        ],
    );
    check(
        "Il governo ha fissato il prezzo a 900 franchi Cfa, mentre a Lagos un sacco costa 45.000 naira.",
        Lang::It,
        &[
            r("900 franchi Cfa", "900", "XOF", "exact"),
            r("45.000 naira", "45000", "NGN", "exact"),
        ],
    );
    check(
        "科特迪瓦将收购价定为每公斤1500西非法郎，加纳的价格为每吨4万塞地。",
        Lang::Zh,
        &[
            r("1500西非法郎", "1500", "XOF", "exact"),
            r("4万塞地", "40000", "GHS", "exact"),
        ],
    );
}

/// A bare `francs` is the franc the text names elsewhere (CFA francs in a story from Dakar);
/// with none named, the Swiss franc.
#[test]
fn a_bare_franc_is_the_one_the_text_names() {
    check(
        "À Dakar, le litre d'essence coûte 775 francs CFA, contre 695 francs il y a deux ans.",
        Lang::Fr,
        &[
            r("775 francs CFA", "775", "XOF", "exact"),
            r("695 francs", "695", "XOF", "exact"),
            r("deux ans", "2", "years", "exact"),
        ],
    );
    check(
        "Le billet de train Genève-Lausanne coûte 24 francs.",
        Lang::Fr,
        &[r("24 francs", "24", "CHF", "exact")],
    );
}

/// Pesos, dirhams and riyals are the currencies of several countries: the adjective says
/// which, else the text's other amounts, else none is guessed (`XXX`).
#[test]
fn shared_names_take_their_adjective() {
    check(
        "In Buenos Aires the bus fare rose to 700 pesos; the bond raised 3 billion Argentine pesos and 500 million Saudi riyals.",
        Lang::En,
        &[
            r("700 pesos", "700", "ARS", "exact"),
            r("3 billion Argentine pesos", "3000000000", "ARS", "exact"),
            r("500 million Saudi riyals", "500000000", "SAR", "exact"),
        ],
    );
    check(
        "Une course en taxi coûte 60 dirhams.",
        Lang::Fr,
        &[r("60 dirhams", "60", "XXX", "exact")],
    );
    check(
        "In Kairo kostet ein Liter Benzin 13 ägyptische Pfund, in Istanbul 42 Lira.",
        Lang::De,
        &[
            r("13 ägyptische Pfund", "13", "EGP", "exact"),
            r("42 Lira", "42", "TRY", "exact"),
        ],
    );
    check(
        "阿根廷的月薪中位數為80萬阿根廷比索，約合850美元。",
        Lang::Zh,
        &[
            r("80萬阿根廷比索", "800000", "ARS", "exact"),
            r("約合850美元", "850", "USD", "approx"),
        ],
    );
}

// ------------------------------------------------------------------ rates: flows and speeds

/// A volume per second is a flow (`m3/s`), whether the time follows the unit or comes before
/// the number.
#[test]
fn flows_per_second() {
    check(
        "Aus der Spalte flossen pro Sekunde bis zu 150 Kubikmeter Lava, der Rhein führte 1.200 Kubikmeter pro Sekunde.",
        Lang::De,
        &[
            r("bis zu 150 Kubikmeter", "150", "m3/s", "at_most"),
            r("1.200 Kubikmeter pro Sekunde", "1200", "m3/s", "exact"),
        ],
    );
    check(
        "La portata del Po è scesa a 270 metri cubi al secondo, la sorgente ne dà 1.500 litri al secondo.",
        Lang::It,
        &[
            r("270 metri cubi al secondo", "270", "m3/s", "exact"),
            r("1.500 litri al secondo", "1.5", "m3/s", "exact"),
        ],
    );
    check(
        "Le débit du Rhône atteint 2 000 mètres cubes par seconde.",
        Lang::Fr,
        &[r("2 000 mètres cubes par seconde", "2000", "m3/s", "exact")],
    );
    check(
        "三峡水库入库流量为每秒3.5万立方米，熔岩每秒噴出80至120立方公尺。",
        Lang::Zh,
        &[
            r("3.5万立方米", "35000", "m3/s", "exact"),
            (
                "80至120立方公尺".into(),
                "80".into(),
                "m3/s".into(),
                "range".into(),
                Some("120".into()),
            ),
        ],
    );
}

/// A speed in every declension, and a hedge before the word for "per hour".
#[test]
fn speeds_with_their_hedges() {
    check(
        "Der Sturm brachte Böen von bis zu 120 Kilometern pro Stunde.",
        Lang::De,
        &[r(
            "bis zu 120 Kilometern pro Stunde",
            "120",
            "km/h",
            "at_most",
        )],
    );
    check(
        "台风登陆时阵风最高达每小时130公里。",
        Lang::Zh,
        &[r("最高达每小时130公里", "130", "km/h", "at_most")],
    );
}

// ------------------------------------------------------------------ thresholds and hedges

/// Chinese hedges of a threshold crossed (`首破`, `首次突破`) and of what may be reached (`或达`),
/// also with a price's unit between the hedge and the number (`每吨`). What a capacity "can
/// reach" (`可达`) is the capacity: no bound.
#[test]
fn chinese_thresholds_and_possible_levels() {
    check(
        "铜价首破每吨1.2万美元，分析师称今年缺口或达50万吨。",
        Lang::Zh,
        &[
            r("首破每吨1.2万美元", "12000", "USD", "more_than"),
            r("或达50万吨", "500000000", "kg", "at_most"),
        ],
    );
    check(
        "該廠年產能可達30萬輛，股價首次突破500港元。",
        Lang::Zh,
        &[
            r("30萬輛", "300000", "count", "exact"),
            r("首次突破500港元", "500", "HKD", "more_than"),
        ],
    );
}

/// A change stated by a percentage and then from an old figure to a new one: two figures
/// sharing the unit written once; a range after a count stays a range.
#[test]
fn a_change_after_its_percentage() {
    check(
        "Le Kenya a relevé de 12 % le prix du thé, de 250 à 280 shillings kényans le kilo.",
        Lang::Fr,
        &[
            r("12 %", "12", "percent", "exact"),
            r("250", "250", "KES", "exact"),
            r("280 shillings kényans", "280", "KES", "exact"),
        ],
    );
    check(
        "Il comune ha aumentato del 20% la tariffa del bus, da 1.500 a 1.800 euro l'anno.",
        Lang::It,
        &[
            r("20%", "20", "percent", "exact"),
            r("1.500", "1500", "EUR", "exact"),
            r("1.800 euro", "1800", "EUR", "exact"),
        ],
    );
    check(
        "I vigili hanno elevato 300 multe, da 50 a 200 euro ciascuna.",
        Lang::It,
        &[
            r("300", "300", "count", "exact"),
            (
                "da 50 a 200 euro".into(),
                "50".into(),
                "EUR".into(),
                "range".into(),
                Some("200".into()),
            ),
        ],
    );
}

/// A season written as a year and the next one is no fraction, even where improper fractions
/// are read (`2023/24年` is no 84 years).
#[test]
fn a_season_is_no_fraction() {
    check(
        "全球可可2023/24年度供应缺口为46万吨，2022/2023年度则为7.4万吨。",
        Lang::Zh,
        &[
            r("46万吨", "460000000", "kg", "exact"),
            r("7.4万吨", "74000000", "kg", "exact"),
        ],
    );
}
