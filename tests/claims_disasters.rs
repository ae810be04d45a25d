//! Tolls of disasters and figures of epidemics (issue 5): the dead, the injured, the trapped,
//! the evacuated, the damaged buildings, the cases and outbreaks of a disease take one key in
//! every language, and belong to the state the event struck or the epidemic spread in, not to
//! the city of the dateline, the county where it happened, nor a body that only reports them.
//! Our own sentences about invented events.

use concord::Lang::{De, Fr, It, Zh};

mod common;
use common::{has_claim, run, spf, subject_keyed as subject_of};

/// One key per kind of toll across languages, and the struck state as its subject, wherever
/// the sentence names it and whatever city the dateline names.
#[test]
fn a_toll_belongs_to_the_struck_state_in_every_language() {
    let cases = [
        (
            It,
            "ANCONA – Il terremoto che ha colpito la Grecia ha causato 7 morti e 40 feriti.",
            "7",
            "deaths",
            "Greece",
        ),
        (
            It,
            "ANCONA – Il terremoto che ha colpito la Grecia ha causato 7 morti e 40 feriti.",
            "40",
            "injured",
            "Greece",
        ),
        (
            De,
            "Berlin. Bei dem Unglück in Spanien kamen 14 Menschen ums Leben, mehr als 60 wurden verletzt.",
            "14",
            "deaths",
            "Spain",
        ),
        (
            De,
            "Berlin. Bei dem Unglück in Spanien kamen 14 Menschen ums Leben, mehr als 60 wurden verletzt.",
            "60",
            "injured",
            "Spain",
        ),
        (
            Fr,
            "Les inondations au Portugal ont fait 5 morts et 300 évacués.",
            "5",
            "deaths",
            "Portugal",
        ),
        (
            Fr,
            "Les inondations au Portugal ont fait 5 morts et 300 évacués.",
            "300",
            "evacuees",
            "Portugal",
        ),
        (
            Zh,
            "（本報北京電）日本北部發生強震，已有9人罹難、120人受傷。",
            "9人",
            "deaths",
            "Japan",
        ),
        (
            Zh,
            "（本報北京電）日本北部發生強震，已有9人罹難、120人受傷。",
            "120人",
            "injured",
            "Japan",
        ),
    ];
    for (lang, text, figure, key, want) in cases {
        assert_eq!(
            subject_of(lang, text, figure, key).as_deref(),
            Some(want),
            "{text}"
        );
    }
}

/// A town or a county the sentence names is where it happened: the paragraph's state keeps
/// the toll; a body that reports the figure ("secondo la Protezione civile") never holds it.
#[test]
fn a_town_or_a_reporting_body_is_no_subject_of_a_toll() {
    let cases = [
        (
            It,
            "Il sisma ha colpito la Grecia nella notte. Nella città di Patrasso 30 persone sono rimaste intrappolate sotto le macerie.",
            "30",
            "trapped",
            "Greece",
        ),
        (
            It,
            "Secondo la Protezione civile, le frane in Spagna hanno lasciato 12 morti.",
            "12",
            "deaths",
            "Spain",
        ),
        (
            De,
            "Das Beben traf Griechenland am Morgen. Im Dorf Kalamos wurden mindestens 40 Häuser beschädigt.",
            "40",
            "damaged_buildings",
            "Greece",
        ),
        (
            Fr,
            "La tempête a frappé l'Espagne dimanche. À Murcie, 2 000 habitants ont été évacués.",
            "2 000",
            "evacuees",
            "Spain",
        ),
    ];
    for (lang, text, figure, key, want) in cases {
        assert_eq!(
            subject_of(lang, text, figure, key).as_deref(),
            Some(want),
            "{text}"
        );
    }
}

/// Cases of a disease are the country's that counts them, the nearest named before the
/// figure when a sentence compares countries; a capital speaks for its state.
#[test]
fn cases_of_a_disease_belong_to_the_country_that_counts_them() {
    let cases = [
        (
            De,
            "In Spanien wurden bisher 230 Fälle gezählt, gefolgt von Portugal mit 45 Fällen.",
            "230",
            "case_count",
            "Spain",
        ),
        (
            De,
            "In Spanien wurden bisher 230 Fälle gezählt, gefolgt von Portugal mit 45 Fällen.",
            "45",
            "case_count",
            "Portugal",
        ),
        (
            It,
            "La Grecia conta 85 casi di dengue, distribuiti in quattro focolai.",
            "85",
            "case_count",
            "Greece",
        ),
        (
            It,
            "La Grecia conta 85 casi di dengue, distribuiti in quattro focolai.",
            "quattro",
            "outbreaks",
            "Greece",
        ),
        (
            Fr,
            "L'Espagne est touchée par l'épidémie. Madrid a recensé 64 cas en une semaine.",
            "64",
            "case_count",
            "Spain",
        ),
    ];
    for (lang, text, figure, key, want) in cases {
        assert_eq!(
            subject_of(lang, text, figure, key).as_deref(),
            Some(want),
            "{text}"
        );
    }
}

/// A toll frame counts people: a figure of another counted noun ("due palazzi") or a
/// magnitude ("7,1") is no toll; a story that names no place makes no toll claim at all.
#[test]
fn no_toll_without_people_counted_or_a_place() {
    let cases = [
        (
            It,
            "Un sisma di magnitudo 6,4 ha colpito la Grecia: 30 persone sono intrappolate in due palazzi.",
            &["6,4", "due"][..],
        ),
        (
            De,
            "Ein Beben der Stärke 6,4 traf Griechenland.",
            &["6,4"][..],
        ),
        (Fr, "L'accident a fait 3 morts sur l'autoroute.", &["3"][..]),
    ];
    let tolls = ["deaths", "injured", "trapped", "evacuees"];
    for (lang, text, figures) in cases {
        let claims = run(text, lang);
        for figure in figures {
            assert!(
                !claims
                    .iter()
                    .any(|c| c.provenance.text.contains(figure)
                        && tolls.contains(&c.predicate.as_str())),
                "{text}: {:?}",
                spf(&claims)
            );
        }
    }
}

/// More ways of saying a toll ("la morte di", "ihre Häuser verlassen", "quitter leur
/// domicile"); aftershocks are the recording agency's where the clause names it as its own
/// party, else the struck state's; a state orders as a company does ("la Francia ha ordinato").
#[test]
fn more_tolls_aftershocks_and_a_state_that_orders() {
    let cases = [
        (
            It,
            "Il crollo del ponte in Portogallo ha causato la morte di 6 persone.",
            "6",
            "deaths",
            "Portugal",
        ),
        (
            De,
            "In Griechenland mussten 5000 Menschen ihre Häuser verlassen.",
            "5000",
            "evacuees",
            "Greece",
        ),
        (
            Fr,
            "En Grèce, 3 000 personnes ont dû quitter leur domicile.",
            "3 000",
            "evacuees",
            "Greece",
        ),
        (
            De,
            "Ein Beben erschütterte Griechenland. Seitdem zählte man 40 Nachbeben.",
            "40",
            "aftershocks",
            "Greece",
        ),
        (
            It,
            "La Spagna ha ordinato 30.000 dosi del vaccino.",
            "30.000",
            "order",
            "Spain",
        ),
    ];
    for (lang, text, figure, key, want) in cases {
        assert_eq!(
            subject_of(lang, text, figure, key).as_deref(),
            Some(want),
            "{text}"
        );
    }
}

/// After a disaster: the share of customers or plants working again and the time to reopen
/// or to full production are the operator's; a relief budget the speaker announces is a
/// budget ("uno stanziamento").
#[test]
fn recovery_figures_belong_to_the_operator() {
    let cases = [
        (
            It,
            "Enel ha comunicato che il 75% delle utenze è già stato riallacciato alla rete.",
            "75%",
            "restored_share",
            "Enel",
        ),
        (
            De,
            "Bei Siemens laufen wieder 60 Prozent der Anlagen.",
            "60 Prozent",
            "restored_share",
            "Siemens",
        ),
        (
            Fr,
            "Airbus prévoit de retrouver sa pleine production d'ici cinq jours.",
            "cinq jours",
            "recovery_time",
            "Airbus",
        ),
        (
            Zh,
            "台積電預計十天內全面復工。",
            "十天",
            "recovery_time",
            "TSMC",
        ),
        (
            It,
            "Enel ha varato un bilancio straordinario di 2 miliardi di euro per la ricostruzione della rete.",
            "2 miliardi",
            "money:budget",
            "Enel",
        ),
    ];
    for (lang, text, figure, key, want) in cases {
        assert_eq!(
            subject_of(lang, text, figure, key).as_deref(),
            Some(want),
            "{text}"
        );
    }
}

/// The toll of an accident that struck a named structure or craft (a bridge, a ship, a
/// building) is that structure's, not the state's or the city's where it stands.
#[test]
fn a_toll_belongs_to_the_structure_the_accident_struck() {
    has_claim(
        It,
        "Nel crollo del Ponte del Golden Gate sono morte 12 persone e 30 sono rimaste ferite.",
        "Golden Gate Bridge",
        "deaths",
        "12",
    );
    has_claim(
        It,
        "Nel crollo del Ponte del Golden Gate sono morte 12 persone e 30 sono rimaste ferite.",
        "Golden Gate Bridge",
        "injured",
        "30",
    );
    has_claim(
        Fr,
        "Lors de l'effondrement du pont du Golden Gate, huit personnes sont mortes.",
        "Golden Gate Bridge",
        "deaths",
        "huit",
    );
    has_claim(
        Zh,
        "金門大橋坍塌事故已造成8人死亡、20人受傷。",
        "Golden Gate Bridge",
        "injured",
        "20人",
    );
    // A name the text discovers, holding the noun of a bridge.
    has_claim(
        It,
        "Nel crollo del Ponte Morandi a Genova sono morte 43 persone.",
        "Ponte Morandi",
        "deaths",
        "43",
    );
    // No structure named: the struck state, as before.
    has_claim(
        De,
        "Bei dem Zugunglück in Bayern kamen fünf Menschen ums Leben, 40 wurden verletzt.",
        "Bayern",
        "deaths",
        "fünf",
    );
}

/// Who was on board a craft: its crew, its pilots, and the survivors, one key per kind in
/// every language, the craft's.
#[test]
fn crew_and_pilots_on_board_are_counted_by_their_own_keys() {
    for (lang, text, crew, pilots) in [
        (
            De,
            "An Bord des Frachters Ever Given waren 25 Besatzungsmitglieder und zwei Lotsen.",
            "25",
            "zwei",
        ),
        (
            It,
            "A bordo della nave Ever Given c'erano 25 membri dell'equipaggio e due piloti.",
            "25",
            "due",
        ),
        (
            Fr,
            "Le navire Ever Given transportait 25 membres d'équipage et deux pilotes.",
            "25",
            "deux",
        ),
    ] {
        has_claim(lang, text, "Ever Given", "count:crew", crew);
        has_claim(lang, text, "Ever Given", "count:pilot", pilots);
    }
    has_claim(
        Zh,
        "長榮海運的長賜輪上有25名船員，沒有人受傷。",
        "Evergreen Marine",
        "count:crew",
        "25名",
    );
}

/// The crew, the pilots and the containers on board are the craft's the text last named, where
/// the sentence says they are on board, not the operator's that reports them.
#[test]
fn who_and_what_is_on_board_belongs_to_the_craft_named_before() {
    has_claim(
        It,
        "La nave Ever Given era partita da Shanghai. A bordo c'erano circa 18mila container e 25 membri dell'equipaggio.",
        "Ever Given",
        "count:container",
        "18mila",
    );
    has_claim(
        It,
        "La nave Ever Given era partita da Shanghai. A bordo c'erano circa 18mila container e 25 membri dell'equipaggio.",
        "Ever Given",
        "count:crew",
        "25",
    );
    has_claim(
        Fr,
        "Le porte-conteneurs Ever Given s'est échoué. Selon Evergreen, les 25 membres d'équipage à bord sont sains et saufs.",
        "Ever Given",
        "count:crew",
        "25",
    );
}

/// The people rescued alive are counted by a key of their own in every language, the struck
/// structure's where the sentence names it, else the state's.
#[test]
fn the_rescued_have_a_key_of_their_own() {
    for (lang, text, figure) in [
        (
            It,
            "Nel crollo del Ponte del Golden Gate sono morte 12 persone, due persone sono state salvate.",
            "due",
        ),
        (
            De,
            "Beim Einsturz der Golden Gate Bridge wurden zwei Menschen lebend geborgen.",
            "zwei",
        ),
        (
            Fr,
            "Lors de l'effondrement du pont du Golden Gate, deux personnes ont été secourues.",
            "deux",
        ),
        (Zh, "金門大橋坍塌事故中有2人獲救。", "2人"),
    ] {
        has_claim(lang, text, "Golden Gate Bridge", "rescued", figure);
    }
    has_claim(
        It,
        "Il terremoto in Turchia: 300 persone sono state salvate dalle macerie.",
        "Turkey",
        "rescued",
        "300",
    );
}
