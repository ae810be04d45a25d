//! Cues in their everyday sense (issue 5): a cue word that has another sense in a fixed phrase
//! does not count in that phrase (a frame's `not_cues`). French "rappeler que" reminds, ",
//! a rappelé le ministre" reports who spoke, "la dose de rappel" is a booster; Italian
//! "richiamare l'attenzione" draws attention, "dosi di richiamo" are boosters: none of them
//! recalls a product, while "X rappelle 120 000 véhicules" still does.

mod common;

use common::{run, spf};
use concord::Lang;

fn keys(text: &str, lang: Lang) -> Vec<(String, String, String)> {
    spf(&run(text, lang))
}

fn recalls(text: &str, lang: Lang) -> bool {
    keys(text, lang).iter().any(|(_, p, _)| p == "recall")
}

#[test]
fn a_reminder_is_no_recall_in_french() {
    for t in [
        "Michelin a rappelé que son usine de Cholet produit 40 000 pneus par jour.",
        "Airbus rappelle que 700 avions attendent leurs moteurs.",
        "Chez Orange, 2 300 boutiques ont fermé, a rappelé l'entreprise.",
    ] {
        assert!(!recalls(t, Lang::Fr), "{t}: {:?}", keys(t, Lang::Fr));
    }
    // The figure finds the frame its own words name.
    let c = keys(
        "Airbus rappelle que 700 avions attendent leurs moteurs.",
        Lang::Fr,
    );
    assert!(
        c.iter()
            .any(|(s, p, f)| s == "Airbus" && p == "fleet_size" && f == "700"),
        "{c:?}"
    );
}

#[test]
fn a_booster_or_attention_is_no_recall_in_italian() {
    for t in [
        "Pfizer ha consegnato 3 milioni di dosi di richiamo.",
        "La Fiat richiama l'attenzione su 4.000 posti di lavoro.",
    ] {
        assert!(!recalls(t, Lang::It), "{t}: {:?}", keys(t, Lang::It));
    }
}

#[test]
fn a_recall_is_still_a_recall() {
    let c = keys(
        "Renault rappelle 120 000 véhicules pour un défaut de freinage.",
        Lang::Fr,
    );
    assert!(
        c.iter()
            .any(|(s, p, f)| s == "Renault" && p == "recall" && f == "120 000"),
        "{c:?}"
    );
    // A reminder elsewhere in the sentence leaves the recall.
    let c = keys(
        "Renault rappelle 120 000 véhicules, a rappelé la direction.",
        Lang::Fr,
    );
    assert!(
        c.iter()
            .any(|(s, p, f)| s == "Renault" && p == "recall" && f == "120 000"),
        "{c:?}"
    );
    let c = keys(
        "Toyota richiama 90.000 auto per un difetto all'airbag.",
        Lang::It,
    );
    assert!(
        c.iter()
            .any(|(s, p, f)| s == "Toyota" && p == "recall" && f == "90.000"),
        "{c:?}"
    );
    let c = keys("Volkswagen ruft 45.000 Fahrzeuge zurück.", Lang::De);
    assert!(
        c.iter()
            .any(|(s, p, f)| s == "Volkswagen" && p == "recall" && f.starts_with("45.000")),
        "{c:?}"
    );
    // German "erinnern" (to remind) is no cue of a recall.
    let t = "Die Ministerin erinnerte daran, dass Bosch 3.000 Geräte verkauft hat.";
    assert!(!recalls(t, Lang::De), "{:?}", keys(t, Lang::De));
}
