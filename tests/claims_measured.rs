//! What a figure measures, by the noun that names it in any domain: the counted noun before a
//! figure as the subject of a verb of being, reaching or change ("i nuovi nati sono stati
//! 379.000", "die Zahl der Eheschließungen ist auf 361.000 gesunken", "le nombre de naissances
//! a atteint 678 000", "the number of births fell to 727,000"), the change of such a noun in
//! percent ("les naissances ont reculé de 4 %": `percent:birth`), the nouns of vital statistics,
//! of a vote (votes for and against, abstentions) and of animals, wild and farmed, with one key
//! per kind across languages. Beside them, a noun right before a figure that labels it
//! ("servizio clienti 800"), and the agent of a verb with a figure as its object, name no
//! count. Our own sentences, on harvests, railways, parks, councils and registries.

use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{keyed, keys_on, run, spf};

/// `text` read in `lang` keys the figure written `figure` by no key starting with `prefix`.
fn not_keyed(lang: Lang, text: &str, figure: &str, prefix: &str) {
    let claims = run(text, lang);
    assert!(
        !keys_on(&claims, figure)
            .iter()
            .any(|k| k.starts_with(prefix)),
        "no {prefix}* on {figure:?} in {text:?}: {:?}",
        spf(&claims)
    );
}

#[test]
fn a_counted_noun_before_a_verb_of_being_or_change_names_the_count() {
    keyed(
        It,
        "L'Italia tocca un nuovo minimo: i nuovi nati sono stati 379.000 nel 2023.",
        "379.000",
        "count:birth",
    );
    keyed(
        De,
        "Deutschland meldet einen Tiefstand: die Zahl der Eheschließungen ist auf 361.000 gesunken.",
        "361.000",
        "count:marriage",
    );
    keyed(
        Fr,
        "La France touche un plancher : le nombre de naissances a atteint 678 000 en 2023.",
        "678 000",
        "count:birth",
    );
    keyed(
        En,
        "Japan hit a new low: the number of births fell to 727,000 last year.",
        "727,000",
        "count:birth",
    );
    keyed(
        It,
        "L'Abruzzo conta i suoi predatori: i lupi sono ormai 120, secondo l'ente parco.",
        "120",
        "count:animal",
    );
}

#[test]
fn a_percent_change_of_a_counted_noun_is_that_nouns() {
    keyed(
        Fr,
        "La France touche un plancher : les naissances ont reculé de 4 % en 2023.",
        "4 %",
        "percent:birth",
    );
    keyed(
        De,
        "Deutschland meldet einen Tiefstand: die Geburten sind um 6 Prozent gesunken.",
        "6 Prozent",
        "percent:birth",
    );
    keyed(
        It,
        "L'Italia registra un calo: i matrimoni sono calati del 3,2% nel 2023.",
        "3,2%",
        "percent:marriage",
    );
}

#[test]
fn a_noun_that_labels_a_figure_or_an_agent_counts_nothing() {
    // A noun right before a figure labels it.
    not_keyed(
        It,
        "L'Italia conferma: il servizio clienti 800 di Trenitalia resterà attivo.",
        "800",
        "count:customer",
    );
    // The agent of a verb whose object is the figure.
    not_keyed(
        De,
        "Deutschland staunt: die Ärzte betreuten im vergangenen Jahr 1200.",
        "1200",
        "count:doctor",
    );
    // A noun in the genitive of another noun is its modifier ("shipments of cars").
    not_keyed(
        It,
        "L'Italia cresce: le spedizioni delle auto sono cresciute del 12% a marzo.",
        "12%",
        "percent:car",
    );
    // An articulated genitive before a count joins it to the noun after it, not before.
    not_keyed(
        It,
        "La Germania cambia il logo del marchio delle tre strisce.",
        "tre",
        "count:brand",
    );
}

#[test]
fn votes_for_against_and_abstentions_have_one_key_each_across_languages() {
    let cases: [(Lang, &str, [&str; 3]); 5] = [
        (
            It,
            "Il Senato ha approvato la riforma della scuola con 110 voti favorevoli, 60 contrari e 5 astensioni.",
            ["110", "60", "5"],
        ),
        (
            De,
            "Der Bundestag billigte das Gesetz über die Bahnreform mit 380 Ja-Stimmen, 250 Gegenstimmen und 20 Enthaltungen.",
            ["380", "250", "20"],
        ),
        (
            Fr,
            "L'Assemblée nationale a adopté le texte sur le logement par 320 voix pour, 150 voix contre et 40 abstentions.",
            ["320", "150", "40"],
        ),
        (
            En,
            "The Senate approved the flood relief bill with 58 votes in favour, 40 votes against and 2 abstentions.",
            ["58", "40", "2"],
        ),
        (
            Zh,
            "欧洲议会以62票赞成、41票反对、3票弃权通过了住房法案。",
            ["62", "41", "3"],
        ),
    ];
    for (lang, text, [yes, no, abstained]) in cases {
        let claims = run(text, lang);
        let ks = |f: &str| keys_on(&claims, f);
        assert!(
            ks(yes)
                .iter()
                .any(|k| k == "votes_received" || k == "count:vote"),
            "{yes} in {text:?}: {:?}",
            spf(&claims)
        );
        assert!(
            ks(no).iter().any(|k| k == "count:vote_against"),
            "{no} in {text:?}: {:?}",
            spf(&claims)
        );
        assert!(
            ks(abstained).iter().any(|k| k == "count:abstention"),
            "{abstained} in {text:?}: {:?}",
            spf(&claims)
        );
    }
}

#[test]
fn animals_wild_and_farmed_are_counted_apart() {
    keyed(
        De,
        "Niedersachsen zählt inzwischen 14 Rudel und rund 90 Wölfe.",
        "90",
        "count:animal",
    );
    keyed(
        De,
        "Niedersachsen zählt inzwischen 14 Rudel und rund 90 Wölfe.",
        "14",
        "count:pack",
    );
    keyed(
        Fr,
        "L'Auvergne a perdu 12 000 brebis pendant la sécheresse.",
        "12 000",
        "count:livestock",
    );
    keyed(
        En,
        "Ireland lost 3,000 sheep in the floods.",
        "3,000",
        "count:livestock",
    );
    keyed(
        It,
        "Il Trentino ospita circa 100 orsi, secondo la Provincia.",
        "100",
        "count:animal",
    );
}

#[test]
fn births_and_marriages_in_chinese() {
    keyed(Zh, "广东省2023年出生人口为98万人。", "98万", "count:birth");
    keyed(
        Zh,
        "2023年上海市结婚登记10.5万对。",
        "10.5万",
        "count:marriage",
    );
}

#[test]
fn a_rate_per_person_is_the_rate_not_a_count_of_people() {
    let cases: [(Lang, &str, &str); 5] = [
        (
            It,
            "L'Italia tocca un minimo: la fecondità è scesa a 1,18 figli per donna.",
            "1,18",
        ),
        (
            De,
            "Deutschland meldet einen Tiefstand: die Geburtenrate sank auf 1,35 Kinder pro Frau.",
            "1,35",
        ),
        (
            Fr,
            "La France touche un plancher : l'indice de fécondité est tombé à 1,68 enfant par femme.",
            "1,68",
        ),
        (
            En,
            "Japan hit a new low: the fertility rate fell to 1.2 children per woman.",
            "1.2",
        ),
        // A bracketed aside between the concept and the figure.
        (
            Zh,
            "2023年韩国总和生育率（每名女性一生平均生育子女数）为0.72。",
            "0.72",
        ),
    ];
    for (lang, text, figure) in cases {
        keyed(lang, text, figure, "count:fertility");
    }
}

#[test]
fn a_change_right_after_a_count_of_a_noun_is_that_nouns() {
    keyed(
        Fr,
        "La France touche un plancher : 678 000 naissances en 2023, une baisse de 6,6 %.",
        "6,6 %",
        "percent:birth",
    );
    keyed(
        Zh,
        "韩国2023年出生人口为23万人，降幅为7.7%。",
        "7.7%",
        "percent:birth",
    );
    // Another figure between them: the change is of that one's fact.
    not_keyed(
        Zh,
        "全场拍卖共推出70件拍品，总成交额约18亿港元，较去年增加约12%。",
        "12%",
        "percent:lot",
    );
}
