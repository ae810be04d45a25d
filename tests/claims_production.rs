//! What a place, a company or a plant produces, harvests or consumes, keyed by the noun the
//! figure measures whatever the good and whatever its unit (issue #5): the amount produced or
//! harvested in tonnes or in litres by a company (`production_capacity`), the amount consumed
//! (`consumption`), the amount exported in volume (`exports`, the same key as in money, told
//! apart by the dimension), and the change of production or consumption in percent
//! (`production_growth`, `consumption_growth`), the same in every language. Our own sentences,
//! on olive oil, grain, cheese, milk, beer, rice, water and coffee.

use concord::Lang::{self, De, Fr, It, Zh};

mod common;
use common::{keyed, keys_on, run, spf};

/// `text` read in `lang` never keys the figure written `figure` by `key`.
fn not_keyed(lang: Lang, text: &str, figure: &str, key: &str) {
    let claims = run(text, lang);
    assert!(
        !keys_on(&claims, figure).iter().any(|k| k == key),
        "no {key} on {figure:?} in {text:?}: {:?}",
        spf(&claims)
    );
}

#[test]
fn a_change_of_production_in_percent_names_production_in_every_language() {
    keyed(
        It,
        "In Puglia la produzione di olio d'oliva è calata del 18% rispetto alla scorsa stagione.",
        "18%",
        "production_growth",
    );
    keyed(
        De,
        "Die Weizenernte in Kanada sank im vergangenen Sommer um 18 Prozent.",
        "18 Prozent",
        "production_growth",
    );
    keyed(
        Fr,
        "Au Brésil, la récolte de café a reculé de 18 % après une saison trop sèche.",
        "18 %",
        "production_growth",
    );
    keyed(
        Zh,
        "受干旱影响，越南今年的大米产量下降18%。",
        "18%",
        "production_growth",
    );
}

#[test]
fn a_change_of_consumption_in_percent_names_consumption() {
    keyed(
        It,
        "I consumi di acqua della Lombardia sono scesi del 9% durante l'estate.",
        "9%",
        "consumption_growth",
    );
    keyed(
        De,
        "Der Verbrauch von Heizöl sank in Bayern im Winter um 9 Prozent.",
        "9 Prozent",
        "consumption_growth",
    );
    keyed(
        Zh,
        "日本的牛奶消费量去年减少9%。",
        "9%",
        "consumption_growth",
    );
}

#[test]
fn other_changes_keep_their_own_keys() {
    // Sales, not production: the narrower frame of revenue.
    not_keyed(
        It,
        "Il fatturato della cooperativa è calato del 18% nonostante la produzione abbondante.",
        "18%",
        "production_growth",
    );
    // A share of production is no change of it.
    not_keyed(
        Fr,
        "La Sicile assure 30 % de la production nationale de citrons.",
        "30 %",
        "production_growth",
    );
}

#[test]
fn an_amount_produced_or_harvested_in_volume_is_production() {
    keyed(
        It,
        "Heineken resta il primo produttore europeo di birra con 12 milioni di litri.",
        "12 milioni di litri",
        "production_capacity",
    );
    keyed(
        Fr,
        "Lactalis a produit 5 milliards de litres de lait en 2022.",
        "5 milliards de litres",
        "production_capacity",
    );
    // The level a change of production reached, past a date: the production itself.
    keyed(
        Fr,
        "Heineken a vu sa production de bière chuter de 8 % en 2022, à 20 millions d'hectolitres.",
        "20 millions d'hectolitres",
        "production_capacity",
    );
    keyed(
        De,
        "Nestlé hat auf seinen Plantagen eine Ernte von 30.000 Tonnen Kaffee eingefahren.",
        "30.000 Tonnen",
        "production_capacity",
    );
}

#[test]
fn an_amount_consumed_or_exported_in_volume_keeps_its_fact() {
    keyed(
        Fr,
        "Lyon a consommé 80 millions de litres d'eau par jour en juillet.",
        "80 millions de litres",
        "consumption",
    );
    keyed(
        It,
        "Le esportazioni di olio della Spagna hanno raggiunto 900 milioni di litri.",
        "900 milioni di litri",
        "exports",
    );
    // In money, exports stay exports; a volume with no word of production is no production.
    keyed(
        It,
        "Le esportazioni di olio della Spagna valgono 4 miliardi di euro.",
        "4 miliardi di euro",
        "exports",
    );
    not_keyed(
        De,
        "Der Tank des Lastwagens fasst 40.000 Liter.",
        "40.000 Liter",
        "production_capacity",
    );
}

#[test]
fn a_change_right_after_the_level_of_a_fact_is_that_facts_change() {
    keyed(
        Fr,
        "Lactalis est le premier producteur de fromage avec 90 000 tonnes, en hausse de 6 %.",
        "6 %",
        "production_growth",
    );
    keyed(
        It,
        "Il Piemonte ha esportato 300 milioni di litri di vino, in crescita del 6%.",
        "6%",
        "export_growth",
    );
    // A change of its own party is not the change of the figure before it.
    not_keyed(
        Fr,
        "Le Portugal a produit 90 000 tonnes de liège, et Renault a progressé de 6 %.",
        "6 %",
        "production_growth",
    );
}

#[test]
fn people_seeking_protection_are_migrants() {
    keyed(
        De,
        "Österreich will bis zu 2000 Schutzsuchende aus Griechenland aufnehmen.",
        "2000 Schutzsuchende",
        "count:migrant",
    );
}

#[test]
fn a_change_right_before_the_level_it_reached_is_that_levels_change() {
    // In a story whose lead speaks of production, a volume nothing else names is production,
    // and a change that reached it is production's change.
    let beer = "Birra, la produzione di Heineken ai minimi da vent'anni\n\nHeineken scende del 30% a 50 milioni di litri, secondo le stime del gruppo.";
    keyed(It, beer, "30%", "production_growth");
    keyed(It, beer, "50 milioni di litri", "production_capacity");
    let milk = "Lait : la production de Lactalis en net recul\n\nLactalis recule de 8 % à 20 millions de litres cette saison.";
    keyed(Fr, milk, "8 %", "production_growth");
    // Elsewhere a volume is no production, and its change keeps the key of a change.
    let dam = "Siccità, il lago di Bilancino si svuota\n\nIl lago di Bilancino è sceso del 30% a 50 milioni di litri.";
    not_keyed(It, dam, "30%", "production_growth");
    not_keyed(It, dam, "50 milioni di litri", "production_capacity");
}
