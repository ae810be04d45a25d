//! Elections (issue 5): the share of the votes and the votes a party or a candidate received,
//! the seats a party won and the turnout of the place that voted, each with one predicate key
//! across languages. Our own sentences about invented results (the parties are real names the
//! gazetteer knows, the candidates are made up); beside them, sentences where the same words
//! stand in another sense (a plane's seats, a company's stake) and make no such claim.

use concord::Lang::{De, En, Fr, It, Zh};

mod common;
use common::{never, states};

#[test]
fn a_share_of_the_votes_is_the_party_s_or_the_candidate_s() {
    for (lang, text, figure, subject) in [
        (
            It,
            "Alle comunali di ieri il Partito democratico ha raccolto il 31,4% dei voti.",
            "31,4%",
            "Partito Democratico",
        ),
        (
            It,
            "Fratelli d'Italia si conferma primo partito con il 27,2%.",
            "27,2%",
            "Fratelli d'Italia",
        ),
        (
            De,
            "Bei der Kommunalwahl erhielt die SPD 24,6 Prozent der Stimmen.",
            "24,6 Prozent",
            "SPD",
        ),
        (
            Fr,
            "Le Rassemblement national a recueilli 29,8 % des suffrages exprimés.",
            "29,8 %",
            "Rassemblement national",
        ),
        (
            Zh,
            "民進黨候選人陳志明以52.3%的得票率勝出。",
            "52.3%",
            "Democratic Progressive Party",
        ),
    ] {
        states(lang, text, figure, "vote_share", subject);
    }
}

#[test]
fn the_seats_a_party_won_are_not_a_plane_s_seats() {
    for (lang, text, figure, subject) in [
        (
            It,
            "Il Partito democratico conquista 14 seggi nel nuovo consiglio regionale.",
            "14",
            "Partito Democratico",
        ),
        (
            De,
            "Nach der Landtagswahl stellt die AfD künftig 27 Abgeordnete.",
            "27",
            "AfD",
        ),
        (
            Fr,
            "Élections législatives : le Rassemblement national obtient 126 sièges de députés.",
            "126",
            "Rassemblement national",
        ),
    ] {
        states(lang, text, figure, "seats_won", subject);
    }
    // In a document whose lead speaks of seats won, a bare count of seats is seats won too.
    states(
        Fr,
        "Le Parti socialiste obtient 66 sièges à l'Assemblée nationale. Les Républicains, avec 39 sièges, reculent.",
        "39",
        "seats_won",
        "Les Républicains",
    );
    // Without an election, seats are a vehicle's.
    never(
        De,
        "Der neue Airbus von Lufthansa bietet 312 Sitze.",
        "312",
        "seats_won",
    );
    never(
        En,
        "The aircraft Lufthansa ordered has 312 seats.",
        "312",
        "seats_won",
    );
}

#[test]
fn the_turnout_is_the_place_s_that_voted() {
    for (lang, text, figure, subject) in [
        (
            It,
            "Elezioni in Liguria: l'affluenza si è fermata al 43,7%.",
            "43,7%",
            "Liguria",
        ),
        (
            De,
            "Landtagswahl in Brandenburg: Die Wahlbeteiligung lag bei 68,1 Prozent.",
            "68,1 Prozent",
            "Brandenburg",
        ),
        (
            Fr,
            "En France, le taux de participation a atteint 61,2 % dimanche.",
            "61,2 %",
            "France",
        ),
    ] {
        states(lang, text, figure, "turnout", subject);
    }
    // A holding's "Beteiligung" stays a stake.
    never(
        De,
        "Die Allianz hält eine Beteiligung von 12,5 Prozent an der Firma.",
        "12,5 Prozent",
        "turnout",
    );
}

#[test]
fn the_votes_a_candidate_received_are_the_candidate_s() {
    states(
        Zh,
        "國民黨在本次選舉中獲得420萬票。",
        "420萬",
        "votes_received",
        "Kuomintang",
    );
    states(
        De,
        "Bei der Wahl holte die SPD rund 1,2 Millionen Stimmen.",
        "1,2 Millionen Stimmen",
        "votes_received",
        "SPD",
    );
}

#[test]
fn an_adjective_of_elections_elsewhere_names_no_seats() {
    // "régionales" names regional elections alone, not the regional agencies of a ministry.
    never(
        Fr,
        "Les agences régionales de santé ont mené plus de 1 800 inspections depuis mai.",
        "1 800",
        "seats_won",
    );
}
