//! The document's topic as the subject of a figure whose sentence names nobody: the name its
//! headline opens with and the text names again (an event, a product, a discovered name of no
//! known kind), not the dateline's city nor a place the headline governs with a preposition.
//! A story whose headline is about a place keeps the place.

mod common;

use common::{run, spf};
use concord::Lang;

/// The subject of the claim on `figure`, empty when it has none; `None` without a claim.
fn subject_of(text: &str, lang: Lang, figure: &str) -> Option<String> {
    spf(&run(text, lang))
        .into_iter()
        .find(|(_, _, f)| f.contains(figure))
        .map(|(s, _, _)| s)
}

#[test]
fn an_events_duration_is_the_events_not_the_citys() {
    let cases = [
        (
            Lang::It,
            "Il Festival Aurora chiude a Bologna con numeri da record\n\nBOLOGNA, 12 OTT - Il Festival Aurora si è concluso domenica sera a Bologna. La rassegna è durata dieci giorni, con 64 spettacoli.",
            "dieci giorni",
            "Festival Aurora",
        ),
        (
            Lang::Fr,
            "Le Salon Horizon ferme ses portes à Lyon\n\nLYON, 8 nov 2026 (AFP) - Le Salon Horizon a fermé ses portes dimanche à Lyon. L'événement a duré cinq jours et a compté 350 exposants.",
            "cinq jours",
            "Salon Horizon",
        ),
        (
            Lang::De,
            "Hanse Classics enden in Hamburg mit einem Rekord\n\nHamburg (dpa) - Die Hanse Classics sind am Sonntag in Hamburg zu Ende gegangen. Die Veranstaltung dauerte drei Tage.",
            "drei Tage",
            "Hanse Classics",
        ),
        (
            Lang::En,
            "Aurora Festival closes in Dublin with record crowds\n\nDUBLIN, Oct 12 (Reuters) - The Aurora Festival ended on Sunday in Dublin. The event lasted ten days, with 64 concerts.",
            "ten days",
            "Aurora Festival",
        ),
    ];
    for (lang, text, figure, topic) in cases {
        assert_eq!(
            subject_of(text, lang, figure).as_deref(),
            Some(topic),
            "{lang:?}: {:?}",
            spf(&run(text, lang))
        );
    }
}

#[test]
fn a_chinese_events_count_is_the_events_in_both_scripts() {
    let cases = [
        "星光音樂節（Starlight Fest）在高雄落幕\n\n（中央社記者高雄5日電）星光音樂節（Starlight Fest）4日晚間在高雄落幕。這場為期3天的活動共有45場演出。",
        "星光音乐节（Starlight Fest）在高雄落幕\n\n新华社高雄5日电 星光音乐节（Starlight Fest）4日晚间在高雄落幕。这场为期3天的活动共有45场演出。",
    ];
    for text in cases {
        let s = subject_of(text, Lang::Zh, "45").unwrap_or_default();
        assert!(s.starts_with("星光音"), "{:?}", spf(&run(text, Lang::Zh)));
    }
}

#[test]
fn a_story_about_a_place_keeps_the_place() {
    // The headline opens with the city as its own party: the city is the topic.
    let text = "Bologna, boom di turisti a Pasqua. Il Festival Aurora slitta\n\nBOLOGNA, 2 APR - Bologna ha accolto 80mila turisti nel fine settimana di Pasqua. La permanenza media è stata di tre giorni. Il Festival Aurora si terrà a maggio.";
    assert_eq!(
        subject_of(text, Lang::It, "tre giorni").as_deref(),
        Some("Bologna"),
        "{:?}",
        spf(&run(text, Lang::It))
    );
    // A place the headline sets as the scene and the text names more often than anything else
    // is the story's topic, not the name after it.
    let text = "Frana a Creta, il Festival Aurora rinvia le date\n\nATENE, 2 APR - Una frana ha colpito Creta nella notte. A Creta sono crollati 14 edifici, e a Creta si contano danni ingenti. Il Festival Aurora ha rinviato i concerti.";
    assert_eq!(
        subject_of(text, Lang::It, "14").as_deref(),
        Some("Crete"),
        "{:?}",
        spf(&run(text, Lang::It))
    );
}

#[test]
fn the_source_of_the_data_is_no_party() {
    // "stando alle cifre di X", "aus Daten von X", "selon les chiffres de X", "data from X":
    // the name that published the figures is not what they measure ("dati"/"données" alone
    // also name a data centre's, "centro dati di X", "centre de données de X": not a source).
    let cases = [
        (
            Lang::It,
            "L'argento è salito del 3% nella seduta di ieri, secondo i dati di Bloomberg.",
        ),
        (
            Lang::It,
            "Il rame ha perso il 2% in una settimana, stando alle cifre di Reuters.",
        ),
        (
            Lang::De,
            "Silber legte am Dienstag um 3 Prozent zu, wie aus Daten von Bloomberg hervorgeht.",
        ),
        (
            Lang::Fr,
            "L'argent a gagné 3 % mardi, selon les données de Bloomberg.",
        ),
        (
            Lang::En,
            "Silver rose 3% on Tuesday, according to data from Bloomberg.",
        ),
    ];
    for (lang, text) in cases {
        let c = spf(&run(text, lang));
        assert!(
            !c.iter().any(|(s, _, _)| s == "Bloomberg" || s == "Reuters"),
            "{lang:?}: {c:?}"
        );
    }
}

#[test]
fn a_party_named_once_before_an_unnamed_figure_yields_to_the_main_party() {
    // A company the sentence before names in passing, and the text never again, does not
    // take the next sentence's unnamed figure from the story's main party.
    let cases = [
        (
            Lang::It,
            "Fincantieri, utile record\n\nFincantieri ha presentato oggi il bilancio del 2024. Pirelli ha fornito i materiali per le prove in mare.\n\nI ricavi sono saliti a 8,1 miliardi di euro.",
            "8,1 miliardi",
            "Fincantieri",
        ),
        (
            Lang::De,
            "Siemens steigert den Umsatz\n\nSiemens hat am Donnerstag seine Zahlen vorgelegt. Auch Lufthansa berichtete am Morgen.\n\nDer Umsatz stieg auf 78 Milliarden Euro.",
            "78 Milliarden",
            "Siemens",
        ),
    ];
    for (lang, text, figure, want) in cases {
        assert_eq!(
            common::subject_name(&common::claim_on(lang, text, figure)),
            want,
            "{text}"
        );
    }
}
