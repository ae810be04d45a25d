//! Quantity normalizer, dimensions (issue 3): temperatures, concentrations, composite
//! durations, volumes and areas, per language, with the traps (angles, `一度`, clock times).

use concord::Lang;

mod common;
use common::{check, r, rows};

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

// ------------------------------------------------------------------ durations in parts

#[test]
fn race_times_are_one_duration_in_seconds() {
    check(
        "Die Schwimmerin kam nach 1:04:12 Stunden ins Ziel, der Zweite nach 1:05:40 Stunden.",
        Lang::De,
        &[
            r("1:04:12 Stunden", "3852", "seconds", "exact"),
            r("1:05:40 Stunden", "3940", "seconds", "exact"),
        ],
    );
    check(
        "Der Akku hielt 3:30 Stunden, das Laden dauerte 45:20 Minuten.",
        Lang::De,
        &[
            r("3:30 Stunden", "12600", "seconds", "exact"),
            r("45:20 Minuten", "2720", "seconds", "exact"),
        ],
    );
    check(
        "Il ciclista ha chiuso la cronoscalata in 1h02'47\" e il giro finale in 4'09\".",
        Lang::It,
        &[
            r("1h02'47\"", "3767", "seconds", "exact"),
            r("4'09\"", "249", "seconds", "exact"),
        ],
    );
    check(
        "La fondista ha corso la mezza maratona in 1h 08′ 30″.",
        Lang::It,
        &[r("1h 08′ 30″", "4110", "seconds", "exact")],
    );
    check(
        "Le skieur a bouclé le parcours en 3:02:11, loin devant le peloton.",
        Lang::Fr,
        &[r("3:02:11", "10931", "seconds", "exact")],
    );
    check(
        "Il viaggio è durato 3 ore, 12 minuti e 5 secondi.",
        Lang::It,
        &[r(
            "3 ore, 12 minuti e 5 secondi",
            "11525",
            "seconds",
            "exact",
        )],
    );
    check(
        "Die Operation dauerte vier Stunden und zehn Minuten.",
        Lang::De,
        &[r(
            "vier Stunden und zehn Minuten",
            "15000",
            "seconds",
            "exact",
        )],
    );
    check(
        "她以2小時19分5秒的成績刷新賽會紀錄。",
        Lang::Zh,
        &[r("2小時19分5秒", "8345", "seconds", "exact")],
    );
    check(
        "这趟高铁全程仅需4小时18分钟。",
        Lang::Zh,
        &[r("4小时18分钟", "15480", "seconds", "exact")],
    );
}

#[test]
fn clock_times_are_no_durations() {
    for (text, lang) in [
        ("Il treno parte alle 10:30 da Milano.", Lang::It),
        ("Die Sitzung beginnt um 14.30 Uhr im Rathaus.", Lang::De),
        ("Le conseil se réunit à 10 h 30 en mairie.", Lang::Fr),
        ("会议定于10时30分在市政府召开。", Lang::Zh),
        ("列車於上午10點30分抵達台中。", Lang::Zh),
    ] {
        let found = rows(text, lang);
        assert!(
            found
                .iter()
                .all(|row| !matches!(row.2.as_str(), "seconds" | "minutes" | "hours")),
            "in {text:?}: {found:?}"
        );
    }
    // A point that makes no time: three points of a plan, a decimal.
    check(
        "他提出了3点建议。",
        Lang::Zh,
        &[r("3", "3", "count", "exact")],
    );
}

// ------------------------------------------------------------------ volumes, areas, rain

#[test]
fn volumes_areas_and_rainfall() {
    check(
        "该酒厂去年产量达1.2億百升，储罐容量为500千升，每瓶装0.75升。",
        Lang::Zh,
        &[
            r("1.2億百升", "12000000", "m3", "exact"),
            r("500千升", "500", "m3", "exact"),
            r("0.75升", "0.00075", "m3", "exact"),
        ],
    );
    check(
        "Das Unwetter brachte 85 Liter pro Quadratmeter, auf 40 Hektar standen Felder unter Wasser.",
        Lang::De,
        &[
            r("85 Liter pro Quadratmeter", "0.085", "m", "exact"),
            r("40 Hektar", "400000", "m2", "exact"),
        ],
    );
    check(
        "In poche ore sono caduti 120 litri per metro quadro.",
        Lang::It,
        &[r("120 litri per metro quadro", "0.12", "m", "exact")],
    );
    check(
        "Il est tombé 60 l/m² sur 1\u{202f}200 hectares de vignes.",
        Lang::Fr,
        &[
            r("60 l/m²", "0.06", "m", "exact"),
            r("1\u{202f}200 hectares", "12000000", "m2", "exact"),
        ],
    );
}

// ------------------------------------------------------------------ a little less than

#[test]
fn a_little_less_than_is_about_in_every_language() {
    check(
        "Il parcheggio offre poco meno di 300 posti.",
        Lang::It,
        &[r("poco meno di 300", "300", "count", "approx")],
    );
    check(
        "Das Stadion hat knapp 300 Plätze.",
        Lang::De,
        &[r("knapp 300 Plätze", "300", "count", "approx")],
    );
    check(
        "Le parking compte un peu moins de 300 places.",
        Lang::Fr,
        &[r("un peu moins de 300", "300", "count", "approx")],
    );
    check(
        "停车场有略低于300个车位。",
        Lang::Zh,
        &[r("略低于300个", "300", "count", "approx")],
    );
}

// ------------------------------------------------------------------ hydrology and measure words

/// The cubic hectometre (a million cubic metres) is how the press of dry countries states the
/// water its reservoirs hold or lose, in every language ("Kubikhektometer", "hectomètres
/// cubes", "ettometri cubi", hm³).
#[test]
fn cubic_hectometres_are_millions_of_cubic_metres() {
    check(
        "Der Stausee fasst derzeit rund 45 Kubikhektometer, im Frühjahr waren es 0,8 Kubikhektometern mehr.",
        Lang::De,
        &[
            r("rund 45 Kubikhektometer", "45000000", "m3", "approx"),
            r("0,8 Kubikhektometern", "800000", "m3", "exact"),
        ],
    );
    check(
        "Les barrages de la région ne retiennent plus que 310 hectomètres cubes, contre 95 hm³ pour le seul lac voisin.",
        Lang::Fr,
        &[
            r("310 hectomètres cubes", "310000000", "m3", "exact"),
            r("95 hm³", "95000000", "m3", "exact"),
        ],
    );
    check(
        "In un mese l'invaso ha perso 12 ettometri cubi d'acqua.",
        Lang::It,
        &[r("12 ettometri cubi", "12000000", "m3", "exact")],
    );
}

/// Taiwanese and Hong Kong texts write the millimetre 公釐 (or 公厘) and the week 週, the
/// traditional form of 周; a measure word split from its unit by 多 ("两个多月") still makes
/// the unit: more than two months.
#[test]
fn traditional_units_and_more_than_months() {
    check(
        "颱風帶來的累積雨量達450公釐，部分山區超過600公厘。",
        Lang::Zh,
        &[
            r("450公釐", "0.45", "m", "exact"),
            r("超過600公厘", "0.6", "m", "more_than"),
        ],
    );
    check(
        "這項工程延誤了3週，預計下月完工。",
        Lang::Zh,
        &[r("3週", "21", "days", "exact")],
    );
    check(
        "谈判持续了两个多月，双方仍未达成协议。",
        Lang::Zh,
        &[r("两个多月", "2", "months", "more_than")],
    );
    check(
        "搜救工作已進行了1個多月。",
        Lang::Zh,
        &[r("1個多月", "1", "months", "more_than")],
    );
}

/// 笔 counts transactions, payments and loans ("三笔贷款"); after a scaled numeral it is a
/// count, not an amount of money, while a sum it measures keeps its currency.
#[test]
fn the_measure_word_of_transactions_counts() {
    check(
        "该平台去年处理了约30亿笔支付。",
        Lang::Zh,
        &[r("约30亿笔", "3000000000", "count", "approx")],
    );
    check(
        "銀行上月共發放了120筆貸款。",
        Lang::Zh,
        &[r("120筆", "120", "count", "exact")],
    );
    check(
        "该公司获得一笔10亿美元的贷款。",
        Lang::Zh,
        &[r("10亿美元", "1000000000", "USD", "exact")],
    );
}

/// "Sotto il 6%", like "unter 6 Prozent", is less than the figure, whatever the article.
#[test]
fn below_with_an_article_is_less_than() {
    check(
        "La disoccupazione è scesa sotto il 6% per la prima volta dal 2008.",
        Lang::It,
        &[
            r("sotto il 6%", "6", "percent", "less_than"),
            r("2008", "2008", "year", "exact"),
        ],
    );
    check(
        "L'inflazione resta sotto l'1%, mentre i prezzi dell'energia sono sotto la media.",
        Lang::It,
        &[r("sotto l'1%", "1", "percent", "less_than")],
    );
    check(
        "Die Arbeitslosenquote fiel unter 6 Prozent.",
        Lang::De,
        &[r("unter 6 Prozent", "6", "percent", "less_than")],
    );
}

/// In "比 A 多 B" the mark of more after A is the comparison's ("B more than A"), not a bound of
/// A: the base stays exact, in both scripts; a figure no comparison governs keeps its bound.
#[test]
fn the_base_of_a_comparison_is_exact() {
    check(
        "今年参观人数比去年的80万人多近20万人。",
        Lang::Zh,
        &[
            r("80万人", "800000", "count", "exact"),
            r("近20万人", "200000", "count", "approx"),
        ],
    );
    check(
        "參加遊行的人數比上次的5萬人多約2萬人。",
        Lang::Zh,
        &[
            r("5萬人", "50000", "count", "exact"),
            r("約2萬人", "20000", "count", "approx"),
        ],
    );
    check(
        "救援队伍共有300人多，外资持股比例达40%。",
        Lang::Zh,
        &[
            r("300人多", "300", "count", "more_than"),
            r("40%", "40", "percent", "exact"),
        ],
    );
}
