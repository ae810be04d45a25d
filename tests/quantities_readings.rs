//! Quantity normalizer, readings of news writing (issue 3): a conversion in brackets keeps
//! the rate of the figure it converts, air pressure, number words before an adjective of more
//! or new things, a person counted by the article, comparisons that keep a sum's currency,
//! bounds of coming close, grades and times of day that are no amounts, bare figures that
//! repeat a counted noun, sums after a month, figures instead of others, points of GDP and a
//! hedged half in Chinese; per language, with the traps.

use concord::Lang;

mod common;
use common::{check, r};

// ------------------------------------------------------------------ conversions in brackets

/// A figure in brackets right after another converts it: it measures the same thing, so a
/// length after a speed is a speed and a volume after a flow a flow, whatever words the
/// writer spared in the brackets.
#[test]
fn a_conversion_in_brackets_keeps_the_rate() {
    check(
        "赛车以每小时150英里（约241公里）的速度冲过终点。",
        Lang::Zh,
        &[
            r("150英里", "241.4016", "km/h", "exact"),
            r("约241公里", "241", "km/h", "approx"),
        ],
    );
    check(
        "The bullet train reached 200 mph (322 km) on the test track.",
        Lang::En,
        &[
            r("200 mph", "321.8688", "km/h", "exact"),
            r("322 km", "322", "km/h", "exact"),
        ],
    );
    check(
        "Le fleuve charriait 5 000 mètres cubes par seconde (5 millions de litres) au plus fort de la crue.",
        Lang::Fr,
        &[
            r("5 000 mètres cubes par seconde", "5000", "m3/s", "exact"),
            r("5 millions de litres", "5000", "m3/s", "exact"),
        ],
    );
}

/// A length and its conversion in brackets before a word for "per hour" are both speeds.
#[test]
fn per_hour_after_the_brackets_makes_both_speeds() {
    check(
        "Der Rennwagen erreichte 150 Meilen (241 Kilometer) pro Stunde auf der Geraden.",
        Lang::De,
        &[
            r("150 Meilen", "241.4016", "km/h", "exact"),
            r("241 Kilometer", "241", "km/h", "exact"),
        ],
    );
    check(
        "Il treno ha toccato le 150 miglia (241 chilometri) all'ora durante il collaudo.",
        Lang::It,
        &[
            r("150 miglia", "241.4016", "km/h", "exact"),
            r("241 chilometri", "241", "km/h", "exact"),
        ],
    );
    // Without the word for "per hour", a distance stays a distance.
    check(
        "Der Wanderweg ist 30 Meilen (48 Kilometer) lang.",
        Lang::De,
        &[
            r("30 Meilen", "48280.32", "m", "exact"),
            r("48 Kilometer", "48000", "m", "exact"),
        ],
    );
}

// ------------------------------------------------------------------ air pressure

/// Air pressure in hectopascals; a millibar is exactly a hectopascal.
#[test]
fn air_pressure_in_hectopascals() {
    check(
        "寒潮来袭，北京气压升至1045百帕。",
        Lang::Zh,
        &[r("1045百帕", "1045", "hPa", "exact")],
    );
    check(
        "Über Skandinavien lag ein Hoch mit 1040 Hektopascal.",
        Lang::De,
        &[r("1040 Hektopascal", "1040", "hPa", "exact")],
    );
    check(
        "La pressione al centro della depressione è scesa a 985 millibar.",
        Lang::It,
        &[r("985 millibar", "985", "hPa", "exact")],
    );
    check(
        "La dépression se creuse à 960 hectopascals.",
        Lang::Fr,
        &[r("960 hectopascals", "960", "hPa", "exact")],
    );
    check(
        "The storm's central pressure fell to 950 millibars (950 hPa).",
        Lang::En,
        &[
            r("950 millibars", "950", "hPa", "exact"),
            r("950 hPa", "950", "hPa", "exact"),
        ],
    );
}

// ------------------------------------------------------------------ number words

/// A number word that is also another word (`sei`, `acht`, `neuf`) counts before an adjective
/// of more or new things, with or without the noun after it.
#[test]
fn a_number_word_before_an_adjective_of_more_counts() {
    check(
        "Il comune aprirà sei nuovi asili entro l'estate.",
        Lang::It,
        &[r("sei", "6", "count", "exact")],
    );
    check(
        "Die Bahn bestellt 20 Züge, acht weitere folgen später.",
        Lang::De,
        &[
            r("20 Züge", "20", "count", "exact"),
            r("acht", "8", "count", "exact"),
        ],
    );
    check(
        "La ville ouvrira neuf nouvelles écoles.",
        Lang::Fr,
        &[r("neuf", "9", "count", "exact")],
    );
    // The verb stays a verb.
    check("Sei nuovo qui?", Lang::It, &[]);
    check("Er gab acht, dass nichts passiert.", Lang::De, &[]);
}

/// The word for one that is also the article counts a person of a toll, and nothing else.
#[test]
fn the_article_counts_a_person_of_a_toll() {
    check(
        "Beim Brand in der Lagerhalle starb eine Person, zwei wurden verletzt.",
        Lang::De,
        &[
            r("eine Person", "1", "count", "exact"),
            r("zwei", "2", "count", "exact"),
        ],
    );
    check(
        "Una persona è morta nel crollo della palazzina.",
        Lang::It,
        &[r("Una persona", "1", "count", "exact")],
    );
    check(
        "Une personne a été blessée dans l'incendie.",
        Lang::Fr,
        &[r("Une personne", "1", "count", "exact")],
    );
    check("Das ist eine Frage der Zeit.", Lang::De, &[]);
    check("Eine der Anlagen steht still.", Lang::De, &[]);
    check("C'est une décision difficile.", Lang::Fr, &[]);
    check(
        "Eine Milliarde Euro fließt in die Schulen.",
        Lang::De,
        &[r("Eine Milliarde Euro", "1000000000", "EUR", "exact")],
    );
}

// ------------------------------------------------------------------ comparisons

/// A sum compared with another ("3,1 milliards de plus que", "2 Milliarden mehr als") names
/// nothing it counts: it takes the currency of its sentence; a noun after the comparative is
/// what it counts.
#[test]
fn a_compared_sum_keeps_the_currency() {
    check(
        "Le budget de la défense atteint 47,2 milliards d'euros, soit 3,1 milliards de plus que l'an dernier.",
        Lang::Fr,
        &[
            r("47,2 milliards d'euros", "47200000000", "EUR", "exact"),
            r("3,1 milliards", "3100000000", "EUR", "exact"),
        ],
    );
    check(
        "Die Bahn investiert 12 Milliarden Euro, 2 Milliarden mehr als im Vorjahr.",
        Lang::De,
        &[
            r("12 Milliarden Euro", "12000000000", "EUR", "exact"),
            r("2 Milliarden", "2000000000", "EUR", "exact"),
        ],
    );
    check(
        "Ticket sales rose to $3 billion, with 2 million more fans.",
        Lang::En,
        &[
            r("$3 billion", "3000000000", "USD", "exact"),
            r("2 million", "2000000", "count", "exact"),
        ],
    );
    check(
        "Der Verein nahm 40 Millionen Euro ein und zählte 2 Millionen mehr Besucher.",
        Lang::De,
        &[
            r("40 Millionen Euro", "40000000", "EUR", "exact"),
            r("2 Millionen", "2000000", "count", "exact"),
        ],
    );
}

// ------------------------------------------------------------------ bounds

/// Coming close to a figure is about it; a dozen is about twelve; a forecast of exceeding is
/// more than, while a cap one binds oneself to is the figure.
#[test]
fn coming_close_a_dozen_and_exceeding() {
    check(
        "In agosto il lago ha sfiorato i 28 gradi e una dozzina di turisti è rimasta bloccata.",
        Lang::It,
        &[
            r("sfiorato i 28 gradi", "28", "celsius", "approx"),
            r("una dozzina", "12", "count", "approx"),
        ],
    );
    check(
        "Le thermomètre a frôlé les 40 degrés. Les ventes pourraient dépasser 500 000 exemplaires.",
        Lang::Fr,
        &[
            r("frôlé les 40 degrés", "40", "celsius", "approx"),
            r(
                "pourraient dépasser 500 000",
                "500000",
                "count",
                "more_than",
            ),
        ],
    );
    check(
        "L'État s'interdit de dépasser 20 % du capital.",
        Lang::Fr,
        &[r("20 %", "20", "percent", "exact")],
    );
    check(
        "Ein Dutzend Schulen bleibt geschlossen.",
        Lang::De,
        &[r("Ein Dutzend Schulen", "12", "count", "approx")],
    );
}

// ------------------------------------------------------------------ no amounts

/// A grade on a scale (before the number or, in Chinese, after it) and a time of day (also
/// after "about") are no amounts; a measure word still counts.
#[test]
fn grades_and_times_of_day_are_no_amounts() {
    check(
        "当地发生5.8级地震，凌晨3时许震感强烈。工厂有3个车间。",
        Lang::Zh,
        &[r("3个", "3", "count", "exact")],
    );
    check(
        "Der Sturm der Kategorie 4 traf die Küste, ein Orkan der Stufe drei.",
        Lang::De,
        &[],
    );
    check("It became a category 4 hurricane overnight.", Lang::En, &[]);
    check("Un ouragan de catégorie 5 approche.", Lang::Fr, &[]);
    check(
        "Allerta di livello 2 in Liguria: il blackout è iniziato intorno alle 5 del mattino.",
        Lang::It,
        &[],
    );
}

/// In a language that capitalizes nouns, a number word that is also another word (`acht`)
/// counts the noun after it; an adjective of more may also stand before the number word
/// (`altri sei`, `weitere acht`).
#[test]
fn a_number_word_before_a_noun_or_after_an_adjective_of_more() {
    check(
        "Im Stadion waren nur acht Eingänge geöffnet.",
        Lang::De,
        &[r("acht Eingänge", "8", "count", "exact")],
    );
    check(
        "La flotta riceverà altri sei traghetti in primavera.",
        Lang::It,
        &[r("sei", "6", "count", "exact")],
    );
    check("Gib acht! Die Straße ist glatt.", Lang::De, &[]);
}

/// Chinese names of a half of a period (`上半年`, the first half of the year) and `的一年` (a
/// year that ...) are no durations; a year by which something is put off is one.
#[test]
fn halves_of_the_year_and_a_year_that_are_no_durations() {
    check(
        "该行上半年净利润为52亿元。",
        Lang::Zh,
        &[r("52亿元", "5200000000", "CNY", "exact")],
    );
    check(
        "这是球队历史上最成功的一年，也是艰难的一天。",
        Lang::Zh,
        &[],
    );
    check(
        "受暴雨影响，大桥工期延长一年。",
        Lang::Zh,
        &[r("一年", "1", "years", "exact")],
    );
}

// ------------------------------------------------------------------ figures told by others

/// Bare figures of millions after a count that names what it counts, in the same paragraph,
/// repeat its noun ("4,6 Millionen Besucher ... 3,4 Millionen"): they take no currency from
/// the money the text mentions later, even in the paragraphs before its first sum.
#[test]
fn bare_millions_after_a_named_count_count_it_too() {
    check(
        "Rekord in den Museen\n\nIm vergangenen Jahr kamen 4,6 Millionen Besucher in die \
         Museen der Stadt, rund 1,2 Millionen mehr als im Vorjahr mit 3,4 Millionen.\n\nDie \
         Stadt gab dafür 180 Millionen Euro aus.",
        Lang::De,
        &[
            r("4,6 Millionen Besucher", "4600000", "count", "exact"),
            r("rund 1,2 Millionen", "1200000", "count", "approx"),
            r("3,4 Millionen", "3400000", "count", "exact"),
            r("180 Millionen Euro", "180000000", "EUR", "exact"),
        ],
    );
    check(
        "Record nei porti\n\nIl porto ha movimentato 3,2 milioni di passeggeri, seguito dagli \
         aeroporti con 2,8 milioni e dalle stazioni con 1,9 milioni.\n\nIl fatturato è salito \
         a 410 milioni di euro.",
        Lang::It,
        &[
            r("3,2 milioni", "3200000", "count", "exact"),
            r("2,8 milioni", "2800000", "count", "exact"),
            r("1,9 milioni", "1900000", "count", "exact"),
            r("410 milioni di euro", "410000000", "EUR", "exact"),
        ],
    );
}

/// A number right after a month is a day or a year, unless its currency or unit follows it:
/// "seit Oktober 12 Euro" is a sum paid since October.
#[test]
fn a_sum_after_a_month_is_no_date() {
    check(
        "Die Mitglieder zahlen seit Oktober 12 Euro im Monat, am 3. Oktober 2024 waren es noch \
         10 Euro.",
        Lang::De,
        &[
            r("12 Euro", "12", "EUR", "exact"),
            r("10 Euro", "10", "EUR", "exact"),
        ],
    );
    check(
        "Les abonnés paient depuis septembre 15 euros par mois, contre 13 euros le 2 septembre \
         2023.",
        Lang::Fr,
        &[
            r("15 euros", "15", "EUR", "exact"),
            r("13 euros", "13", "EUR", "exact"),
        ],
    );
}

/// A bare number after a word for "instead of" is the figure it replaces, measured alike,
/// even where it is the larger one; a year or a plain count lends it nothing.
#[test]
fn a_figure_instead_of_another_is_measured_alike() {
    check(
        "Le vol dure désormais 9 heures au lieu de 11, et le billet coûte 420 euros au lieu de \
         510.",
        Lang::Fr,
        &[
            r("9 heures", "9", "hours", "exact"),
            r("11", "11", "hours", "exact"),
            r("420 euros", "420", "EUR", "exact"),
            r("510", "510", "EUR", "exact"),
        ],
    );
    check(
        "Il cantiere durerà 18 mesi invece di 24.",
        Lang::It,
        &[
            r("18 mesi", "18", "months", "exact"),
            r("24", "24", "months", "exact"),
        ],
    );
    check(
        "Der Eintritt kostet jetzt 12 Euro statt 15, die Fahrt dauert 40 Minuten statt 55.",
        Lang::De,
        &[
            r("12 Euro", "12", "EUR", "exact"),
            r("15", "15", "EUR", "exact"),
            r("40 Minuten", "40", "minutes", "exact"),
            r("55", "55", "minutes", "exact"),
        ],
    );
}

/// A point of GDP, singular or plural, is a percent of it.
#[test]
fn a_point_of_gdp_is_a_percent() {
    check(
        "Le déficit a reculé de 0,4 point de PIB en un an.",
        Lang::Fr,
        &[r("0,4 point de PIB", "0.4", "percent", "exact")],
    );
    check(
        "La manovra vale 1 punto di Pil.",
        Lang::It,
        &[r("1 punto di Pil", "1", "percent", "exact")],
    );
}

/// `一半` (a half) after a hedge is a share, as `la moitié` is; the hedge is part of it.
#[test]
fn a_hedged_half_in_chinese_is_a_share() {
    check(
        "约一半居民没有自来水。",
        Lang::Zh,
        &[r("约一半", "50", "percent", "approx")],
    );
    check(
        "超过一半的企业亏损。",
        Lang::Zh,
        &[r("超过一半", "50", "percent", "more_than")],
    );
}
