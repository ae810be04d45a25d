//! Quantity normalizer, dimensions (issue 3): temperatures, concentrations, composite
//! durations, volumes and areas, per language, with the traps (angles, `一度`, clock times).

use concord::quantity;
use concord::Lang;

/// One mention as (surface, value, unit, bound, max).
type Row = (String, String, String, String, Option<String>);

fn rows(text: &str, lang: Lang) -> Vec<Row> {
    quantity::scan(text, lang)
        .iter()
        .map(|m| {
            let q = &m.quantity;
            (
                text[m.span.start..m.span.end].to_string(),
                q.value.to_string(),
                q.unit.to_string(),
                q.bound.to_string(),
                q.max.map(|x| x.to_string()),
            )
        })
        .collect()
}

fn r(surface: &str, value: &str, unit: &str, bound: &str) -> Row {
    (
        surface.into(),
        value.into(),
        unit.into(),
        bound.into(),
        None,
    )
}

#[track_caller]
fn check(text: &str, lang: Lang, expected: &[Row]) {
    assert_eq!(rows(text, lang), expected, "in {text:?}");
}

/// No mention in `unit` in `text`.
#[track_caller]
fn none_in(text: &str, lang: Lang, unit: &str) {
    let found = rows(text, lang);
    assert!(
        found.iter().all(|row| row.2 != unit),
        "in {text:?}: {found:?}"
    );
}

// ------------------------------------------------------------------ temperatures

#[test]
fn temperatures_in_german() {
    check(
        "In der Nacht fiel das Thermometer in Oberstdorf auf minus 18 Grad, am Mittag waren es −4 °C.",
        Lang::De,
        &[
            r("minus 18 Grad", "-18", "celsius", "exact"),
            r("−4 °C", "-4", "celsius", "exact"),
        ],
    );
    check(
        "Der Bodensee war im August mit 24,5 Grad Celsius rund 2 Grad wärmer als im Mittel.",
        Lang::De,
        &[
            r("24,5 Grad Celsius", "24.5", "celsius", "exact"),
            r("rund 2 Grad", "2", "celsius", "approx"),
        ],
    );
}

#[test]
fn temperatures_in_italian_and_french() {
    check(
        "A Bolzano si sono toccati i 38 gradi, mentre a Cortina la minima è scesa a meno 3 gradi.",
        Lang::It,
        &[
            r("38 gradi", "38", "celsius", "exact"),
            r("meno 3 gradi", "-3", "celsius", "exact"),
        ],
    );
    check(
        "Il forno lavora a oltre 1.200 gradi centigradi.",
        Lang::It,
        &[r(
            "oltre 1.200 gradi centigradi",
            "1200",
            "celsius",
            "more_than",
        )],
    );
    check(
        "Il a fait moins 7 degrés à Colmar, et l'eau du lac ne dépassait pas 4,5\u{a0}°C.",
        Lang::Fr,
        &[
            r("moins 7 degrés", "-7", "celsius", "exact"),
            r("4,5\u{a0}°C", "4.5", "celsius", "exact"),
        ],
    );
}

#[test]
fn temperatures_in_chinese_need_a_word_of_the_weather() {
    check(
        "受寒潮影响，哈尔滨最低气温降至零下25度。",
        Lang::Zh,
        &[r("零下25度", "-25", "celsius", "exact")],
    );
    check(
        "昨日台北氣溫高達36度，體感溫度更超過40℃。",
        Lang::Zh,
        &[
            r("高達36度", "36", "celsius", "at_most"),
            r("超過40℃", "40", "celsius", "more_than"),
        ],
    );
    check(
        "锅炉水温保持在80摄氏度左右。",
        Lang::Zh,
        &[r("80摄氏度左右", "80", "celsius", "approx")],
    );
    check(
        "当天纽约华氏95度，酷热难耐。",
        Lang::Zh,
        &[r("95度", "95", "fahrenheit", "exact")],
    );
    // 度 with no word of the weather is an extent or a count: "一度" is "at one point".
    none_in("该公司股价一度下跌7%。", Lang::Zh, "celsius");
    none_in("她三度打破全国纪录。", Lang::Zh, "celsius");
    none_in("这家电厂去年发电52亿度。", Lang::Zh, "celsius");
}

#[test]
fn angles_and_turns_are_no_temperatures() {
    none_in(
        "Nach der Wahl vollzog die Partei eine Wende um 180 Grad.",
        Lang::De,
        "celsius",
    );
    none_in("Der Kran ist um 15 Grad geneigt.", Lang::De, "celsius");
    none_in(
        "Il governo ha fatto un'inversione a 180 gradi sulle pensioni.",
        Lang::It,
        "celsius",
    );
    none_in(
        "La telecamera offre una visione a 360 gradi della piazza.",
        Lang::It,
        "celsius",
    );
    none_in(
        "La rampe forme un angle de 12 degrés avec la chaussée.",
        Lang::Fr,
        "celsius",
    );
    none_in(
        "屋顶与地面形成30度角，夏季高温时容易积热。",
        Lang::Zh,
        "celsius",
    );
    // A degree of something, with no number before it.
    check(
        "Ein hoher Grad an Automatisierung senkt die Kosten.",
        Lang::De,
        &[],
    );
}

// ------------------------------------------------------------------ concentrations

#[test]
fn concentrations_in_parts_per_million() {
    check(
        "Am Messpunkt wurden 2,3 ppm Ozon und 950 ppb Methan gemessen.",
        Lang::De,
        &[
            r("2,3 ppm", "2.3", "ppm", "exact"),
            r("950 ppb", "0.95", "ppm", "exact"),
        ],
    );
    check(
        "L'acqua conteneva 15 parti per milione di nitrati.",
        Lang::It,
        &[r("15 parti per milione", "15", "ppm", "exact")],
    );
    check(
        "Le taux de plomb atteint 40 parties par milliard dans ce puits.",
        Lang::Fr,
        &[r("40 parties par milliard", "0.04", "ppm", "exact")],
    );
    check(
        "The sensor reads 410 parts per million of carbon dioxide.",
        Lang::En,
        &[r("410 parts per million", "410", "ppm", "exact")],
    );
    check(
        "井水中砷的浓度约为百万分之0.5，另一处为12ppm。",
        Lang::Zh,
        &[
            r("约为百万分之0.5", "0.5", "ppm", "approx"),
            r("12ppm", "12", "ppm", "exact"),
        ],
    );
    // With no word of a concentration, a fraction of a million is a share: a percentage.
    check(
        "中奖的机会只有百万分之三。",
        Lang::Zh,
        &[r("百万分之三", "0.0003", "percent", "exact")],
    );
}
