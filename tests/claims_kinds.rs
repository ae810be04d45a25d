//! One key per kind of fact across languages, and figures that a noun or a concept names
//! (issue 5): the box office of a film or a show, a toll named by a verb of harm over a noun
//! of people, a top speed, a travel time, coordinated counts that each take their own noun,
//! and a Chinese cue inside a longer word that means something else. Our own sentences about
//! invented events.

use concord::Lang::{De, En, Fr, It, Zh};

mod common;
use common::{check, keyed, never, r};

/// "14 passengers were injured": the verb of harm names the fact, the noun of people only
/// narrows the group it counts; without a verb of harm the passengers are still carried.
#[test]
fn a_verb_of_harm_over_people_is_the_toll() {
    let cases = [
        (
            De,
            "Bei dem Busunfall in Österreich wurden 23 Fahrgäste leicht verletzt.",
            "23",
            "injured",
        ),
        (
            It,
            "Nel naufragio al largo della Grecia 40 passeggeri sono morti.",
            "40",
            "deaths",
        ),
        (
            Fr,
            "Lors du déraillement en Belgique, 9 passagers ont été blessés.",
            "9",
            "injured",
        ),
    ];
    for (lang, text, figure, key) in cases {
        keyed(lang, text, figure, key);
        never(lang, text, figure, "passenger_count");
    }
    keyed(
        De,
        "Die Deutsche Bahn beförderte im vergangenen Jahr 2 Millionen Fahrgäste.",
        "2 Millionen",
        "passenger_count",
    );
}

/// What a film or a show grosses is one key in every language, whatever verb says it
/// ("raccolto", "incassato", "eingespielt", "engrangé", 票房), and a money figure nothing names
/// in a story whose lead states it is one more gross; a prize pocketed in a tournament and
/// funds a startup raises keep their keys.
#[test]
fn a_gross_is_one_key_in_every_language() {
    let cases = [
        (
            It,
            "Il film della Warner Bros ha raccolto 8 milioni di euro nel primo weekend.",
            "8 milioni",
        ),
        (
            It,
            "Il film della Warner Bros aveva incassato 2,1 miliardi di dollari, battendo il record.",
            "2,1 miliardi",
        ),
        (
            De,
            "Der Film von Warner Bros hat in Deutschland 40 Millionen Euro eingespielt. Der Vorgänger kam auf gut 25 Millionen Euro.",
            "40 Millionen",
        ),
        (
            De,
            "Der Film von Warner Bros hat in Deutschland 40 Millionen Euro eingespielt. Der Vorgänger kam auf gut 25 Millionen Euro.",
            "25 Millionen",
        ),
        (
            Fr,
            "Le film de Warner Bros a engrangé 25 millions d'euros de recettes en France. Le précédent avait atteint 18 millions d'euros.",
            "18 millions",
        ),
        (Zh, "华纳兄弟的电影上映10天，票房突破20亿元。", "20亿元"),
    ];
    for (lang, text, figure) in cases {
        keyed(lang, text, figure, "ticket_sales");
    }
    keyed(
        It,
        "Jannik Sinner ha incassato 2 milioni di dollari vincendo il torneo di Vienna, battendo Daniil Medvedev.",
        "2 milioni",
        "prize_money",
    );
    keyed(
        It,
        "La startup Mistral AI ha raccolto 600 milioni di euro.",
        "600 milioni",
        "funding",
    );
}

/// A speed is a fact: a top speed ("velocità massima", "Höchstgeschwindigkeit", "jusqu'à",
/// 最高时速) apart from an average one.
#[test]
fn speeds_are_top_or_average() {
    let top = [
        (
            It,
            "Il Frecciarossa di Trenitalia viaggia a una velocità massima di 300 km/h.",
            "300 km/h",
        ),
        (
            De,
            "Der ICE der Deutschen Bahn erreicht eine Höchstgeschwindigkeit von 300 km/h.",
            "300 km/h",
        ),
        (
            Fr,
            "Le TGV de la SNCF peut rouler jusqu'à 320 km/h.",
            "320 km/h",
        ),
        (Zh, "中国中铁的新列车最高时速350公里。", "350"),
    ];
    for (lang, text, figure) in top {
        keyed(lang, text, figure, "speed:top_speed");
    }
    keyed(
        It,
        "Il treno di Trenitalia viaggia a una velocità media di 180 km/h.",
        "180 km/h",
        "speed:average_speed",
    );
}

/// How long a journey takes between two places is a travel time, not any duration.
#[test]
fn a_journey_takes_a_travel_time() {
    let cases = [
        (
            De,
            "Der neue ICE der Deutschen Bahn verbindet Berlin und München in vier Stunden.",
            "vier Stunden",
        ),
        (
            Fr,
            "Le TGV de la SNCF relie Paris et Lyon en deux heures.",
            "deux heures",
        ),
        (
            It,
            "Con il nuovo Frecciarossa Trenitalia riduce il viaggio tra Roma e Milano a 2 ore e 50 minuti.",
            "2 ore",
        ),
    ];
    for (lang, text, figure) in cases {
        keyed(lang, text, figure, "duration:travel_time");
    }
}

/// "quattro stazioni e 13 gallerie": each figure counts the noun right after it, not the cue
/// of another clause; and 紧急出口 (an emergency exit) holds no cue of exports.
#[test]
fn each_figure_counts_its_own_noun() {
    let it = "Ogni convoglio di Trenitalia può trasportare oltre 600 passeggeri; lungo il tracciato ci sono quattro stazioni e 13 gallerie.";
    keyed(It, it, "600", "passenger_count");
    keyed(It, it, "quattro", "count:station");
    keyed(It, it, "13", "count:tunnel");
    let fr = "La ligne de la SNCF compte quatre gares et traverse 13 tunnels.";
    keyed(Fr, fr, "quatre", "count:station");
    keyed(Fr, fr, "13", "count:tunnel");
    let zh = "日本航空的飞机有8个紧急出口，只有3个打开。";
    keyed(Zh, zh, "8个", "count:exit");
    never(Zh, zh, "8个", "exports");
}

/// A scaled amount with its currency left out after a money figure of the sentence takes it,
/// even with a participle after it ("i 1,5 miliardi previsti": Italian and French join a scale
/// word to what it counts with "di"/"de" only); "3个多小时" is more than three hours.
#[test]
fn elided_currency_and_more_than_hours() {
    check(
        "Il ponte è costato circa 2,3 miliardi di euro, contro i circa 1,5 miliardi previsti.",
        It,
        &[
            r("circa 2,3 miliardi di euro", "2300000000", "EUR", "approx"),
            r("circa 1,5 miliardi", "1500000000", "EUR", "approx"),
        ],
    );
    check(
        "Le stade a coûté 1,1 milliard d'euros, contre 800 millions prévus au départ.",
        Fr,
        &[
            r("1,1 milliard d'euros", "1100000000", "EUR", "exact"),
            r("800 millions", "800000000", "EUR", "exact"),
        ],
    );
    // A noun of what is counted after the scale word still counts it.
    check(
        "La regione ha 3 miliardi di euro di debiti e 5 milioni abitanti.",
        It,
        &[
            r("3 miliardi di euro", "3000000000", "EUR", "exact"),
            r("5 milioni", "5000000", "count", "exact"),
        ],
    );
    check(
        "从北京到天津的车程将由2个多小时缩短至30分钟。",
        Zh,
        &[
            r("2个多小时", "2", "hours", "more_than"),
            r("30分钟", "30", "minutes", "exact"),
        ],
    );
}

/// What a project costs more than planned is its overrun in every language, apart from its
/// cost ("Mehrkosten" holds the cue of costs, "cost overrun" the word cost).
#[test]
fn an_overrun_is_apart_from_the_cost() {
    let cases = [
        (
            It,
            "Per Webuild lo sforamento è di circa 300 milioni di euro.",
            "300 milioni",
        ),
        (
            De,
            "Für Hochtief belaufen sich die Mehrkosten auf 300 Millionen Euro.",
            "300 Millionen",
        ),
        (
            Fr,
            "Pour Vinci, le dépassement atteint 200 millions d'euros.",
            "200 millions",
        ),
        (
            En,
            "For Vinci the cost overrun reached 200 million euros.",
            "200 million",
        ),
    ];
    for (lang, text, figure) in cases {
        keyed(lang, text, figure, "cost_overrun");
    }
    keyed(
        It,
        "Il ponte di Webuild è costato 2 miliardi di euro.",
        "2 miliardi",
        "cost",
    );
}

/// A German compound of "Film" speaks of a film ("Animationsfilm", "Kinofilm"): what it has
/// grossed is its box office.
#[test]
fn a_german_compound_film_grosses() {
    keyed(
        De,
        "Der Animationsfilm von Warner Bros hat in Deutschland bereits 40 Millionen Euro eingespielt.",
        "40 Millionen",
        "ticket_sales",
    );
}
