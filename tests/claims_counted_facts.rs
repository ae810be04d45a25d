//! Keys on hand-made sentences (issues 5 and 6): counts and measures that news writes with
//! many words take one key across languages. An area is `area` whatever word or verb of
//! extent stands by it; the people a demonstration draws are its participants; the people
//! the police arrest are arrests; animals found dead are no deaths of people; the cars of a
//! train are counted as railway cars, and those that left the rails as cars derailed.

mod common;

use common::{keyed, never};
use concord::Lang;

#[test]
fn an_area_is_one_key_whatever_the_word() {
    keyed(
        Lang::It,
        "A Milano il nuovo polo ospedaliero si estende su 120mila metri quadrati.",
        "120mila metri quadrati",
        "area",
    );
    keyed(
        Lang::Fr,
        "À Lyon, le futur campus s'étend sur 80 000 mètres carrés.",
        "80 000 mètres carrés",
        "area",
    );
    keyed(
        Lang::De,
        "In München hat das neue Messegelände eine Fläche von 90.000 Quadratmetern.",
        "90.000 Quadratmetern",
        "area",
    );
    keyed(
        Lang::Zh,
        "成都新机场占地约12万平方米。",
        "12万平方米",
        "area",
    );
    never(
        Lang::Zh,
        "成都新机场占地约12万平方米。",
        "12万平方米",
        "area:surface",
    );
}

#[test]
fn the_people_a_demonstration_draws_are_its_participants() {
    keyed(
        Lang::Fr,
        "À Lyon, la manifestation contre la réforme a réuni 40 000 personnes samedi.",
        "40 000",
        "participants",
    );
    keyed(
        Lang::De,
        "In Berlin nahmen am Montag rund 20.000 Menschen an einer Kundgebung teil.",
        "20.000",
        "participants",
    );
    keyed(
        Lang::It,
        "A Torino hanno sfilato in corteo 15mila manifestanti contro la guerra.",
        "15mila",
        "participants",
    );
    keyed(
        Lang::Zh,
        "首尔约5万名示威者周六在市中心集会，要求总统下台。",
        "5万名",
        "participants",
    );
}

#[test]
fn people_the_police_arrest_are_arrests() {
    keyed(
        Lang::De,
        "Die Polizei hat in Hamburg nach den Krawallen 23 Menschen festgenommen.",
        "23",
        "arrests",
    );
    keyed(
        Lang::Fr,
        "Samedi à Marseille, 31 personnes ont été interpellées par la police.",
        "31",
        "arrests",
    );
    keyed(
        Lang::It,
        "A Napoli sono stati arrestati 12 esponenti di un clan.",
        "12",
        "arrests",
    );
    keyed(Lang::Zh, "首尔警方拘捕了20人。", "20人", "arrests");
    // A count of arrests is arrests too.
    keyed(
        Lang::Fr,
        "À Paris, la police a procédé à 150 interpellations.",
        "150",
        "arrests",
    );
}

#[test]
fn animals_found_dead_are_no_deaths_of_people() {
    for (lang, text, figure) in [
        (
            Lang::De,
            "Im Rhein bei Basel sind rund 2000 Fische verendet.",
            "2000 Fische",
        ),
        (
            Lang::Fr,
            "En Bretagne, plus de 500 oiseaux morts ont été retrouvés sur les plages.",
            "500",
        ),
        (Lang::Zh, "江苏太湖约3000条鱼死亡。", "3000条"),
        (
            Lang::It,
            "In Sardegna sono morti 40 animali nell'incendio.",
            "40",
        ),
        (
            Lang::En,
            "In Texas, about 4,000 fish died after the spill.",
            "4,000",
        ),
    ] {
        keyed(lang, text, figure, "animal_deaths");
        never(lang, text, figure, "deaths");
    }
}

#[test]
fn the_cars_of_a_train_are_railway_cars() {
    keyed(
        Lang::Fr,
        "À Lyon, le train de fret de la SNCF comptait 20 wagons.",
        "20",
        "count:railcar",
    );
    keyed(
        Lang::Zh,
        "这列开往上海的列车共有16节车厢。",
        "16",
        "count:railcar",
    );
    keyed(
        Lang::De,
        "Bei Hannover sind zwölf Waggons eines Güterzugs entgleist.",
        "zwölf",
        "cars_derailed",
    );
    keyed(
        Lang::It,
        "Vicino a Bologna sono deragliati 6 vagoni di un treno merci.",
        "6",
        "cars_derailed",
    );
}

#[test]
fn storeys_are_counted_in_any_writing() {
    // A figure joined by a hyphen to an adjective of what it counts counts that noun.
    keyed(
        Lang::De,
        "Im Frankfurter Westend entsteht ein 40-stöckiger Büroturm der Deutschen Bank.",
        "40",
        "count:storey",
    );
    keyed(
        Lang::Fr,
        "À Lyon, la tour de la Part-Dieu compte 42 étages.",
        "42",
        "count:storey",
    );
    keyed(
        Lang::En,
        "In Toronto, the developer plans a 60-storey tower.",
        "60",
        "count:storey",
    );
    keyed(
        Lang::It,
        "A Milano la torre Unicredit ha 31 piani.",
        "31",
        "count:storey",
    );
    keyed(
        Lang::Zh,
        "深圳这栋大厦共有58层，2011年落成。",
        "58",
        "count:storey",
    );
    // An age joined the same way is no count of a noun.
    never(
        Lang::De,
        "Ein 24-jähriger Mann aus Dresden wurde festgenommen.",
        "24",
        "count:storey",
    );
}
