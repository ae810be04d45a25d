//! Facts about works and plants (issue 5): the length of a line, the power of a plant, the
//! cost of a work belong to the party the story is about, not to a place a discovered name
//! stands for ("collegherà Valdora a Sestrina", "auf Tiroler Gebiet", "alimentera
//! Montbrison"). A discovered name of no known kind is no facility: it fills such a fact's
//! subject only where the sentence names no party, as for any other fact. Our own sentences
//! about invented works; the builders are names the gazetteer knows, the places are made up.

use concord::Lang::{De, Fr, It, Zh};

mod common;
use common::subject_keyed as subject_of;

#[test]
fn a_place_the_work_reaches_is_not_its_subject() {
    let cases = [
        (
            It,
            "Siemens costruirà una nuova linea ferroviaria. L'opera, lunga 12 chilometri, collegherà Valdora a Sestrina.",
            "12 chilometri",
            "route_length",
            "Siemens",
        ),
        (
            Fr,
            "Vinci construira un nouveau viaduc. Long de 2 km, l'ouvrage reliera Varenne à Montbrison.",
            "2 km",
            "route_length",
            "Vinci",
        ),
        (
            De,
            "Hochtief baut einen neuen Tunnel. Der Tunnel wird 12 Kilometer lang, 5 Kilometer davon liegen auf Tiroler Gebiet.",
            "5 Kilometer",
            "part:route_length",
            "Hochtief",
        ),
        (
            Fr,
            "Vinci construira une centrale. D'une puissance de 800 MW, elle alimentera Montbrison.",
            "800 MW",
            "power_capacity",
            "Vinci",
        ),
        (
            Zh,
            "万喜将建设一条新隧道。该隧道全长12公里，连接瓦尔多拉与塞斯特里纳。",
            "12公里",
            "route_length",
            "Vinci",
        ),
    ];
    for (lang, text, figure, key, subject) in cases {
        assert_eq!(
            subject_of(lang, text, figure, key).as_deref(),
            Some(subject),
            "{text}"
        );
    }
}

#[test]
fn a_discovered_name_alone_still_holds_its_fact() {
    // No party in the sentence nor before it: the discovered name is all there is.
    assert_eq!(
        subject_of(
            It,
            "La nuova Galleria Valdora sarà lunga 3 chilometri.",
            "3 chilometri",
            "route_length"
        )
        .as_deref(),
        Some("Galleria Valdora")
    );
}

/// A place holds the figures of things counted or measured in it as the clause's own party
/// ("Lyon compte 520 000 habitants"), never as the place where a company's things are ("tra
/// Germania, Austria e Svizzera", "zwischen Rom, Frankfurt und München"), nor where a sentence
/// refers back to a company ("la società", "le groupe").
#[test]
fn a_place_holds_its_own_counts_not_a_companys() {
    let cases = [
        (It, "Milano conta 1.400.000 abitanti.", "1.400.000", "population", "Milan"),
        (De, "Wien zählt rund 2 Millionen Einwohner.", "2 Millionen", "population", "Wien"),
        (Fr, "Lyon compte 520 000 habitants.", "520 000", "population", "Lyon"),
        (Zh, "上海拥有2400万居民。", "2400万", "population", "Shanghai"),
        (
            It,
            "Siemens gestisce 40 magazzini tra Germania, Austria e Svizzera.",
            "40",
            "count:warehouse",
            "Siemens",
        ),
        (
            De,
            "Zwischen Rom, Frankfurt und München verkehren künftig mehr als 70 Flüge der Lufthansa pro Woche.",
            "70",
            "count:flight",
            "Lufthansa",
        ),
        (
            It,
            "Siemens ha aperto una sede a Milano. La società conta 300 negozi.",
            "300",
            "store_count",
            "Siemens",
        ),
        (
            Fr,
            "Vinci a annoncé la fermeture de deux sites en France. Le groupe en attend des économies de 400 millions d'euros par an.",
            "400 millions",
            "money:savings",
            "Vinci",
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
