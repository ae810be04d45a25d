//! Keys on hand-made sentences (issues 5 and 6): the same fact written with other words in
//! other languages takes one predicate key, so that the reconciliation can join or oppose it.
//! A craft's length is no route's; a depth, a rainfall and an outage are facts of their own,
//! whatever height or supply word stands near; a cue beside one figure names no other; the
//! seller's side of a sale is the buyer's price; a toll of people buried alive is a toll.

mod common;

use common::{keyed, keys_on, never, run, spf};
use concord::Lang;

#[test]
fn a_cue_beside_one_figure_names_no_other() {
    // The cue right after a figure is that figure's noun: the count of people aboard is no
    // toll, no count of the injured.
    never(
        Lang::It,
        "Nel deragliamento in Calabria il bilancio è di tre morti e 40 feriti su 300 passeggeri.",
        "300",
        "deaths",
    );
    never(
        Lang::It,
        "Nel deragliamento in Calabria il bilancio è di tre morti e 40 feriti su 300 passeggeri.",
        "300",
        "injured",
    );
    never(
        Lang::Zh,
        "四川一辆大巴翻车，车上共有45人，其中12人受伤。",
        "45人",
        "injured",
    );
    let c = run(
        "Il traghetto Aurora, lungo 120 metri, è affondato a 30 metri di profondità.",
        Lang::It,
    );
    assert!(
        !keys_on(&c, "30 metri").iter().any(|k| k == "route_length"),
        "{:?}",
        spf(&c)
    );
}

#[test]
fn a_crafts_length_is_no_route() {
    // A ship, an aircraft or a train is measured, not travelled along: its length is `length`.
    keyed(
        Lang::De,
        "Die 80 Meter lange Fähre der Reederei Stena Line lief am Montag in Kiel ein.",
        "80 Meter",
        "length",
    );
    keyed(
        Lang::It,
        "La nave di MSC, lunga 290 metri, è entrata nel porto di Genova.",
        "290 metri",
        "length",
    );
    keyed(
        Lang::It,
        "Il traghetto Aurora, lungo 120 metri, è affondato a 30 metri di profondità.",
        "120 metri",
        "length",
    );
    // A bridge or a line keeps its route's length.
    keyed(
        Lang::It,
        "Il ponte di Messina sarà lungo 3,3 chilometri.",
        "3,3 chilometri",
        "route_length",
    );
}

#[test]
fn a_depth_is_its_own_fact() {
    keyed(
        Lang::De,
        "Das Wrack liegt vor der Küste Italiens in 70 Metern Tiefe.",
        "70 Metern",
        "length:depth",
    );
    keyed(
        Lang::Fr,
        "En Italie, l'épave du cargo repose à 60 mètres de profondeur.",
        "60 mètres",
        "length:depth",
    );
    keyed(
        Lang::Zh,
        "在青岛附近海域，沉船位于水深约40米的海底。",
        "40米",
        "length:depth",
    );
}

#[test]
fn a_rainfall_is_precipitation_not_a_height() {
    keyed(
        Lang::De,
        "In Genua fielen binnen eines Tages 30 Zentimeter Regen.",
        "30 Zentimeter",
        "length:precipitation",
    );
    keyed(
        Lang::It,
        "A Valencia sono caduti 49 centimetri di pioggia nella notte.",
        "49 centimetri",
        "length:precipitation",
    );
    // "高达" (as much as) is no height beside a rainfall.
    keyed(
        Lang::Zh,
        "广州部分地区降雨量高达300毫米。",
        "300毫米",
        "length:precipitation",
    );
}

#[test]
fn an_outage_is_its_own_count() {
    keyed(
        Lang::De,
        "In Bayern waren nach dem Sturm 200.000 Haushalte ohne Strom.",
        "200.000",
        "outages",
    );
    keyed(
        Lang::Fr,
        "En Bretagne, 150 000 foyers étaient privés d'électricité après la tempête.",
        "150 000",
        "outages",
    );
    keyed(
        Lang::Zh,
        "台风过境后，广东省有50万户停电。",
        "50万",
        "outages",
    );
}

#[test]
fn people_buried_alive_are_a_toll() {
    keyed(
        Lang::Fr,
        "En Italie, une coulée de boue a frappé un village : 40 personnes ont été ensevelies vivantes.",
        "40",
        "deaths",
    );
    keyed(
        Lang::Zh,
        "印尼爪哇岛发生山体滑坡，约30人遭活埋。",
        "30人",
        "deaths",
    );
}

#[test]
fn an_age_in_an_inflected_adjective_is_no_duration() {
    // "die 34 Jahre alte X": an age, whatever the inflection of "alt"; never a duration of
    // the story's place.
    never(
        Lang::De,
        "Lawinenunglück in Tirol\n\nNach dem Lawinenabgang in Tirol wird eine Person weiterhin vermisst: der 34 Jahre alte Sohn eines Bergführers aus Innsbruck.",
        "34 Jahre",
        "duration",
    );
    never(
        Lang::De,
        "Brand in Graz\n\nBei dem Brand in Graz wurde eine Frau verletzt, die 71 Jahre alte Mieterin der Wohnung.",
        "71 Jahre",
        "duration",
    );
}

#[test]
fn a_toll_the_storys_thing_holds_keeps_its_key() {
    // No struck state in the text: the craft, the mine or the tunnel of the headline holds the
    // toll, under the toll's key, whether a cue or the counted noun after the figure names it.
    let c = run(
        "Affonda il traghetto Aurora\n\nIl traghetto Aurora è affondato nella notte: il bilancio è di tre morti e 40 sopravvissuti.",
        Lang::It,
    );
    assert_eq!(keys_on(&c, "tre"), ["deaths"], "{:?}", spf(&c));
    assert_eq!(keys_on(&c, "40"), ["rescued"], "{:?}", spf(&c));
    let c = run(
        "Grubenunglück in der Zeche «Glückauf»\n\nIn der Zeche «Glückauf» gab es nach dem Unglück zwölf Tote und 30 Überlebende.",
        Lang::De,
    );
    assert_eq!(keys_on(&c, "zwölf"), ["deaths"], "{:?}", spf(&c));
    assert_eq!(keys_on(&c, "30"), ["rescued"], "{:?}", spf(&c));
    keyed(
        Lang::Fr,
        "Incendie du tunnel du Mont-Blanc\n\nL'incendie du tunnel du Mont-Blanc a fait 39 morts.",
        "39",
        "deaths",
    );
}

#[test]
fn a_share_of_electricity_is_its_own_fact() {
    // "il 40% della sua elettricità", "40 Prozent seines Stroms": the share a source has in a
    // country's power, one key in every language.
    keyed(
        Lang::De,
        "Dänemark bezieht inzwischen rund 50 Prozent seines Stroms aus Windkraft.",
        "50 Prozent",
        "percent:electricity",
    );
    keyed(
        Lang::It,
        "La Spagna produce con il sole circa il 20% della propria elettricità.",
        "20%",
        "percent:electricity",
    );
    keyed(
        Lang::Fr,
        "La Norvège tire 90 % de son électricité de ses barrages.",
        "90 %",
        "percent:electricity",
    );
}
