//! A word that makes a figure a whole ("insgesamt", "au total", "in totale", "in total", "总计")
//! gives the cue of one unit's amount ("je Aktie", "par action") to the frame of the whole
//! (issue 5): what a buyer pays in all is the price of what it buys, not a share's. Our own
//! sentences.

mod common;

use common::{run, spf};
use concord::Lang;

fn keyed(lang: Lang, text: &str) -> Vec<(String, String)> {
    spf(&run(text, lang))
        .into_iter()
        .map(|(_, p, f)| (p, f))
        .collect()
}

fn pair(p: &str, f: &str) -> (String, String) {
    (p.to_string(), f.to_string())
}

#[test]
fn a_total_after_a_price_per_share_is_the_deal_price() {
    let cases = [
        (
            Lang::De,
            "Siemens übernimmt Alstom\n\nMünchen. Siemens übernimmt den Zughersteller Alstom. Siemens zahlt 40 Euro je Aktie, insgesamt 3,2 Milliarden Euro.",
            "40 Euro",
            "3,2 Milliarden Euro",
        ),
        (
            Lang::Fr,
            "Siemens rachète Alstom\n\nParis. Siemens rachète le constructeur Alstom. Siemens paiera 40 euros par action, soit 3,2 milliards d'euros au total.",
            "40 euros",
            "3,2 milliards d'euros",
        ),
        (
            Lang::It,
            "Siemens compra Alstom\n\nMilano. Siemens rileva il costruttore Alstom. Siemens paga 40 euro per azione, in totale 3,2 miliardi di euro.",
            "40 euro",
            "3,2 miliardi di euro",
        ),
        (
            Lang::En,
            "Siemens buys Alstom\n\nSiemens agreed to buy the train maker Alstom. Siemens will pay 40 euros per share, 3.2 billion euros in total.",
            "40 euros",
            "3.2 billion euros",
        ),
    ];
    for (lang, text, per_share, total) in cases {
        let c = keyed(lang, text);
        assert!(
            c.contains(&pair("share_price", per_share)),
            "{lang:?}: {c:?}"
        );
        assert!(
            c.contains(&pair("acquisition_price", total)),
            "{lang:?}: {c:?}"
        );
    }
}

#[test]
fn a_total_for_a_stake_is_its_price_too() {
    let c = keyed(
        Lang::De,
        "Allianz steigt bei Generali ein\n\nDie Allianz kauft ein Aktienpaket von Generali. Die Allianz zahlt 30 Euro je Aktie, insgesamt 2 Milliarden Euro.",
    );
    assert_eq!(
        c,
        vec![
            pair("share_price", "30 Euro"),
            pair("acquisition_price", "2 Milliarden Euro")
        ]
    );
}

#[test]
fn without_a_total_word_the_price_per_share_stays() {
    let c = keyed(
        Lang::De,
        "Siemens übernimmt Alstom\n\nMünchen. Siemens übernimmt den Zughersteller Alstom. Siemens zahlt 40 Euro je Aktie.",
    );
    assert_eq!(c, vec![pair("share_price", "40 Euro")]);
}
