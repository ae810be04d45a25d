//! A state's economy and its courts (issue 5): inflation and unemployment rates are the state's
//! (its statistics office speaks for it), a prison term is the convicted person's. Our own
//! sentences with invented figures and people; beside them, sentences where the same words
//! stand in another sense and make no such claim.

use concord::Lang::{De, En, Fr, It, Zh};

mod common;
use common::{never, states};

#[test]
fn inflation_is_the_state_s_and_its_statistics_office_speaks_for_it() {
    for (lang, text, figure, subject) in [
        (
            It,
            "Secondo l'Istat l'inflazione in Italia è salita all'1,7% a settembre.",
            "1,7%",
            "Italy",
        ),
        (
            De,
            "Die Inflationsrate in Deutschland sank im Mai auf 2,1 Prozent.",
            "2,1 Prozent",
            "Germany",
        ),
        (
            Fr,
            "En France, l'inflation a atteint 1,8 % sur un an, selon l'Insee.",
            "1,8 %",
            "France",
        ),
        (Zh, "中国9月份居民消费价格同比上涨0.4%。", "0.4%", "China"),
    ] {
        states(lang, text, figure, "inflation_rate", subject);
    }
}

#[test]
fn the_unemployment_rate_is_the_state_s() {
    for (lang, text, figure, subject) in [
        (
            It,
            "In Italia il tasso di disoccupazione è sceso al 5,9%.",
            "5,9%",
            "Italy",
        ),
        (
            De,
            "Die Arbeitslosenquote in Deutschland lag im Juli bei 6,4 Prozent.",
            "6,4 Prozent",
            "Germany",
        ),
        (
            Fr,
            "Le taux de chômage en France a grimpé à 7,6 %.",
            "7,6 %",
            "France",
        ),
    ] {
        states(lang, text, figure, "unemployment_rate", subject);
    }
    // A company's shares rising is no inflation, a company's job cuts no unemployment.
    never(
        It,
        "Il titolo Enel è salito dell'1,7% in Borsa.",
        "1,7%",
        "inflation_rate",
    );
}

#[test]
fn a_prison_term_is_the_convicted_person_s() {
    for (lang, text, figure, subject) in [
        (
            It,
            "Il tribunale di Milano ha condannato Marco Ferretti a sei anni di reclusione.",
            "sei anni",
            "Marco Ferretti",
        ),
        (
            De,
            "Das Landgericht verurteilte Stefan Brenner zu sieben Jahren Haft.",
            "sieben Jahren",
            "Stefan Brenner",
        ),
        (
            Fr,
            "Julien Morel a été condamné à cinq ans de prison ferme.",
            "cinq ans",
            "Julien Morel",
        ),
        (
            En,
            "A federal judge sentenced Daniel Price to 12 years in prison.",
            "12 years",
            "Daniel Price",
        ),
    ] {
        states(lang, text, figure, "prison_sentence", subject);
    }
    // A sentence with no one named is nobody's: the headline's statistics office is not taken.
    never(
        It,
        "Istat, prezzi in calo\n\nL'ex sindaco è stato condannato a otto anni di reclusione.",
        "otto anni",
        "prison_sentence",
    );
    // Money a court orders paid is no prison term.
    never(
        Fr,
        "Julien Morel a été condamné à payer 50 000 euros d'amende.",
        "50 000 euros",
        "prison_sentence",
    );
}
