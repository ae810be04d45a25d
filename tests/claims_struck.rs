//! What a named disaster struck, and who only reports it (session 21, issues 5 and 6): a fire,
//! a hurricane or a typhoon the text names ("das Dixie Fire", "l'ouragan Milton", "迪克西山火")
//! holds the toll, the buildings and the area it struck where its sentence names it by the
//! figure; the buildings it destroyed and those it damaged are two keys in every language (two
//! counts of one fire never contradict); a damage or economic-loss estimate is one key
//! (`damage`), never a company's `net_loss`, and the body that puts the figure on it is its
//! source, not its holder; a source marker cites a name after a German descriptor noun too
//! ("nach Angaben der staatlichen Forstbehörde X"). Our own sentences about invented or past
//! events, written for these tests.

use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{run, spf, subject_keyed};

/// The subject of the claim of predicate `key` on `figure` (its surface holds it), if any
/// ([`subject_keyed`]; empty when the claim has no subject).
fn subject_of(lang: Lang, text: &str, figure: &str, key: &str) -> String {
    subject_keyed(lang, text, figure, key).unwrap_or_default()
}

#[test]
fn a_named_fire_or_storm_holds_its_area_toll_and_buildings() {
    let de = "Waldbrände in Kalifornien\n\nSacramento (dpa) - Das Dixie Fire hat inzwischen rund 390 Quadratkilometer Wald erfasst und 1300 Gebäude zerstört, weitere 90 wurden beschädigt.";
    let fr = "Incendies en Californie\n\nSacramento (AFP) - Le Dixie Fire a parcouru environ 390 km², le Caldor Fire quelque 80 km². Trois personnes sont mortes dans la zone du Caldor Fire.";
    let en = "Hurricane Milton struck Florida on Wednesday. Hurricane Milton destroyed 3,000 homes and damaged 12,000 more.";
    let it = "L'uragano Milton ha colpito la Florida mercoledì: ha distrutto 3.000 case e ne ha danneggiate altre 12.000.";
    let fr2 = "L'ouragan Milton a frappé la Floride mercredi. L'ouragan Milton a fait 16 morts.";
    let cases = [
        (De, de, "390", "area", "Dixie Fire"),
        (De, de, "1300", "destroyed_buildings", "Dixie Fire"),
        (De, de, "90", "damaged_buildings", "Dixie Fire"),
        (Fr, fr, "390", "area", "Dixie Fire"),
        // The second fire of the sentence holds the figure of its own clause.
        (Fr, fr, "80", "area", "Caldor Fire"),
        // Named after the figure, in its clause.
        (Fr, fr, "Trois", "deaths", "Caldor Fire"),
        (En, en, "3,000", "destroyed_buildings", "Milton"),
        (En, en, "12,000", "damaged_buildings", "Milton"),
        (It, it, "3.000", "destroyed_buildings", "Milton"),
        (Fr, fr2, "16", "deaths", "Milton"),
    ];
    for (lang, text, figure, key, want) in cases {
        assert_eq!(subject_of(lang, text, figure, key), want, "{text}");
    }
}

#[test]
fn without_a_named_disaster_the_struck_place_keeps_its_toll() {
    // "Incendi" and "Feuer" name no fire of their own: the struck state holds the toll.
    let cases = [
        (
            It,
            "Gli incendi nel sud della Grecia hanno distrutto 400 case.",
            "400",
            "destroyed_buildings",
            "Greece",
        ),
        (
            De,
            "Berlin. Bei den Feuern in Griechenland wurden 400 Häuser zerstört und 70 beschädigt.",
            "70",
            "damaged_buildings",
            "Greece",
        ),
    ];
    for (lang, text, figure, key, want) in cases {
        assert_eq!(subject_of(lang, text, figure, key), want, "{text}");
    }
}

#[test]
fn destroyed_and_damaged_buildings_are_two_keys_in_both_scripts() {
    let cases = [
        (
            Zh,
            "地震袭击希腊南部，摧毁房屋400座，另有70座受损。",
            "400座",
            "destroyed_buildings",
        ),
        (
            Zh,
            "地震袭击希腊南部，摧毁房屋400座，另有70座受损。",
            "70座",
            "damaged_buildings",
        ),
        (
            Zh,
            "地震襲擊希臘南部，摧毀房屋400座，另有70座受損。",
            "400座",
            "destroyed_buildings",
        ),
        (
            Zh,
            "地震襲擊希臘南部，摧毀房屋400座，另有70座受損。",
            "70座",
            "damaged_buildings",
        ),
        (
            Fr,
            "Le séisme a frappé la Grèce : 400 maisons ont été détruites et 70 endommagées.",
            "400",
            "destroyed_buildings",
        ),
        (
            Fr,
            "Le séisme a frappé la Grèce : 400 maisons ont été détruites et 70 endommagées.",
            "70",
            "damaged_buildings",
        ),
    ];
    for (lang, text, figure, key) in cases {
        assert_eq!(subject_of(lang, text, figure, key), "Greece", "{text}");
    }
}

#[test]
fn a_damage_estimate_is_one_key_and_its_estimator_a_source() {
    let cases = [
        (
            De,
            "Sturm über Portugal\n\nLissabon (dpa) - Der Versicherungsmakler Covera schätzt die Schäden und wirtschaftlichen Verluste in Portugal auf 3 bis 4 Milliarden Euro.",
            "3 bis 4 Milliarden Euro",
            "Portugal",
        ),
        (
            Fr,
            "Tempête au Portugal\n\nLisbonne (AFP) - Les pertes économiques au Portugal atteignent 3 milliards d'euros.",
            "3 milliards d'euros",
            "Portugal",
        ),
        (
            It,
            "Tempesta in Portogallo\n\nLISBONA - Le perdite economiche in Portogallo sono stimate in 3 miliardi di euro.",
            "3 miliardi di euro",
            "Portugal",
        ),
        (
            Zh,
            "葡萄牙遭风暴袭击\n\n风暴造成葡萄牙经济损失约30亿欧元。",
            "30亿欧元",
            "Portugal",
        ),
    ];
    for (lang, text, figure, want) in cases {
        assert_eq!(subject_of(lang, text, figure, "damage"), want, "{text}");
    }
    // A company's own loss over a period stays its net loss.
    let text = "Il gruppo Ferrox ha chiuso il 2024 con una perdita netta di 200 milioni di euro.";
    assert_eq!(subject_of(It, text, "200 milioni", "net_loss"), "Ferrox");
}

#[test]
fn a_german_descriptor_noun_between_a_source_marker_and_its_name() {
    // The body cited after a descriptor ("der staatlichen Forstbehörde", "dem Wetterdienst")
    // is the source; the fire the sentence names holds the area.
    let text = "Waldbrand in Oregon\n\nPortland (dpa) - Das Cedar Creek Fire hat nach Angaben der staatlichen Forstbehörde Odfor inzwischen rund 120 Quadratkilometer erfasst.";
    assert_eq!(subject_of(De, text, "120", "area"), "Cedar Creek Fire");
    let claims = run(
        "Waldbrand in Oregon\n\nPortland (dpa) - Das Feuer hat laut dem Wetterdienst Meteonorm rund 120 Quadratkilometer erfasst.",
        De,
    );
    assert!(
        claims
            .iter()
            .all(|c| c.subject.as_ref().is_none_or(|s| s.name != "Meteonorm")),
        "{:?}",
        spf(&claims)
    );
    // Without a source marker, a company a descriptor noun introduces holds its own figure.
    let text =
        "Der Stahlkonzern Ferrox steigerte den Umsatz im vergangenen Jahr auf 4 Milliarden Euro.";
    assert_eq!(
        subject_of(De, text, "4 Milliarden Euro", "revenue"),
        "Ferrox"
    );
}
