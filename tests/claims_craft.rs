//! Subjects on hand-made sentences (issues 4 and 5): a numbered craft or model (a series name
//! and a number joined by a hyphen, "Hayabusa-3", or a Chinese series, a number and "号",
//! "天舟八号") is a product, the holder of its own physical figures (its mass, the things it
//! carries, how long it works), not the agency that launched it or announced them.

mod common;

use common::{has_claim, run, spf};
use concord::{Document, EntityKind, Lang, Pipeline};

fn has(claims: &[(String, String, String)], subject: &str, figure: &str) -> bool {
    claims
        .iter()
        .any(|(s, _, f)| s == subject && f.contains(figure))
}

fn kind_of(text: &str, lang: Lang, name: &str) -> Option<EntityKind> {
    let a = Pipeline::default()
        .analyze(&Document::new("t.txt", text).with_lang(lang))
        .unwrap();
    a.entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

#[test]
fn a_numbered_craft_is_a_product() {
    assert_eq!(
        kind_of(
            "Die Raumfahrtbehörde Roskosmos hat Luna-26 gestartet.",
            Lang::De,
            "Luna-26"
        ),
        Some(EntityKind::Product)
    );
    assert_eq!(
        kind_of(
            "Le Japon a lancé Hayabusa-3 vers un astéroïde.",
            Lang::Fr,
            "Hayabusa-3"
        ),
        Some(EntityKind::Product)
    );
    assert_eq!(
        kind_of("天舟八号货运飞船发射成功。", Lang::Zh, "Tianzhou-8"),
        Some(EntityKind::Product)
    );
}

#[test]
fn a_crafts_mass_is_its_own_not_the_agencys() {
    // The craft named in the sentence before, beside the agency that launched it.
    let c = spf(&run(
        "Il cargo Tianzhou-8 attracca alla stazione spaziale\n\nL'Agenzia spaziale cinese ha annunciato che la navetta Tianzhou-8 ha raggiunto la stazione. Al decollo il veicolo pesava 14 tonnellate.",
        Lang::It,
    ));
    assert!(has(&c, "Tianzhou-8", "14 tonnellate"), "{c:?}");
    let c = spf(&run(
        "Luna-26 orbiter heads for the Moon\n\nRoscosmos launched the Luna-26 orbiter on Friday. At launch it weighed 2.1 tonnes.",
        Lang::En,
    ));
    assert!(has(&c, "Luna-26", "2.1 tonnes"), "{c:?}");
    // The agency says what the craft weighs.
    let c = spf(&run(
        "La sonde Hayabusa-3 lancée vers un astéroïde\n\nL'Agence spatiale japonaise a indiqué que la sonde Hayabusa-3 pèse 600 kilogrammes.",
        Lang::Fr,
    ));
    assert!(has(&c, "Hayabusa-3", "600 kilogrammes"), "{c:?}");
    let c = spf(&run(
        "Raumsonde Luna-26 startet zum Mond\n\nDie russische Raumfahrtbehörde Roskosmos teilte mit, Luna-26 wiege 2,1 Tonnen.",
        Lang::De,
    ));
    assert!(has(&c, "Luna-26", "2,1 Tonnen"), "{c:?}");
    let c = spf(&run(
        "天舟八号货运飞船成功对接空间站\n\n中国载人航天工程办公室表示，天舟八号总重13.5吨，由货物舱和推进舱组成。",
        Lang::Zh,
    ));
    assert!(has(&c, "Tianzhou-8", "13.5吨"), "{c:?}");
}

#[test]
fn what_a_named_craft_carries_and_how_long_it_works_are_its_own() {
    let c = spf(&run(
        "天舟八号发射成功\n\n中国载人航天工程办公室表示，任务取得圆满成功。天舟八号搭载了3台科学载荷。",
        Lang::Zh,
    ));
    assert!(has(&c, "Tianzhou-8", "3台"), "{c:?}");
    let c = spf(&run(
        "天舟八号发射成功\n\n中国载人航天工程办公室表示，任务取得圆满成功。天舟八号在轨工作了20小时。",
        Lang::Zh,
    ));
    assert!(has(&c, "Tianzhou-8", "20小时"), "{c:?}");
}

#[test]
fn the_spacecraft_is_not_the_space_agency() {
    // "the spacecraft" shares its first letters with the agency's description ("space
    // agency") but is another word: it refers to the craft, never to the agency.
    let c = spf(&run(
        "Indian lander reaches lunar orbit\n\nThe Indian space agency ISRO said the Vikram-4 lander entered lunar orbit on Monday. The spacecraft weighs 1.7 tonnes.",
        Lang::En,
    ));
    assert!(has(&c, "Vikram-4", "1.7 tonnes"), "{c:?}");
    assert!(!has(&c, "ISRO", "1.7 tonnes"), "{c:?}");
    assert!(
        !has(&c, "Indian Space Research Organisation", "1.7 tonnes"),
        "{c:?}"
    );
}

#[test]
fn a_structures_or_a_crafts_length_is_its_own_not_its_operators() {
    // The operator the passive names ("gestita da", "betrieben von") runs it; the length is
    // the ship's or the bridge's the sentence names, by its noun or in its name.
    has_claim(
        Lang::It,
        "La nave Ever Given, gestita da Evergreen, è lunga 400 metri.",
        "Ever Given",
        "route_length",
        "400 metri",
    );
    has_claim(
        Lang::It,
        "Il ponte Morandi, gestito da Autostrade per l'Italia, era lungo 1,2 chilometri.",
        "Morandi",
        "route_length",
        "1,2 chilometri",
    );
    has_claim(
        Lang::Fr,
        "Le Golden Gate Bridge, long de 2,7 km, est emprunté chaque jour par 110 000 véhicules.",
        "Golden Gate Bridge",
        "route_length",
        "2,7 km",
    );
    has_claim(
        Lang::Zh,
        "全長2.7公里的金門大橋每天約有11萬輛汽車通行。",
        "Golden Gate Bridge",
        "route_length",
        "2.7公里",
    );
}

#[test]
fn vehicles_crossing_a_bridge_or_handled_by_a_port_are_traffic_not_sales() {
    for (lang, text, figure) in [
        (
            Lang::Fr,
            "Le Golden Gate Bridge, long de 2,7 km, est emprunté chaque jour par 110 000 véhicules.",
            "110 000",
        ),
        (
            Lang::It,
            "Il Ponte del Golden Gate era attraversato da circa 110mila veicoli al giorno.",
            "110mila",
        ),
        (
            Lang::De,
            "Über die Golden Gate Bridge fahren täglich rund 110.000 Fahrzeuge.",
            "110.000",
        ),
        (Lang::Zh, "全長2.7公里的金門大橋每天約有11萬輛汽車通行。", "11萬輛"),
    ] {
        has_claim(lang, text, "Golden Gate Bridge", "traffic", figure);
    }
    // A maker's vehicles sold stay its sales.
    has_claim(
        Lang::It,
        "Stellantis ha venduto 850mila veicoli in Europa nel trimestre.",
        "Stellantis",
        "unit_sales",
        "850mila",
    );
}

#[test]
fn a_crew_is_its_crafts_and_a_structure_named_by_its_noun_keeps_its_length_key() {
    // The operator says how the crew is: the crew is the ship's named before.
    has_claim(
        Lang::It,
        "La nave Ever Given si è incagliata nel canale. La società di gestione Evergreen ha fatto sapere che i 25 membri dell'equipaggio e i due piloti sono illesi.",
        "Ever Given",
        "count:crew",
        "25",
    );
    // "l'ouvrage" refers back to the bridge: its length, by the key "long de" gives.
    has_claim(
        Lang::Fr,
        "Le pont du Golden Gate s'est effondré. La reconstruction de l'ouvrage de 2,7 km coûtera 2 milliards de dollars.",
        "Golden Gate Bridge",
        "route_length",
        "2,7 km",
    );
    // No craft named: the airline's crew.
    has_claim(
        Lang::It,
        "Lufthansa ha detto che i 6 membri dell'equipaggio sono illesi.",
        "Lufthansa",
        "count:crew",
        "6",
    );
}
