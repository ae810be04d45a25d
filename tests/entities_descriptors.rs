//! Names behind a common noun that describes them (issue #4): a German place's or medium's noun
//! before its name ("die Halbinsel X", "des Fischerorts X", "der Sender X"), a landmark's noun
//! before its name in German, French and Italian ("der Flughafen X", "le lac X", "l'aeroporto
//! di X"), a state's weather office by its function in every language, and a
//! Chinese body's name that opens with its place's name. Our own sentences.

use concord::{EntityMention, Gazetteer, Lang};

fn link(text: &str, lang: Lang) -> Vec<EntityMention> {
    Gazetteer::embedded().link(text, lang)
}

/// The id of the mention that covers `surface` (its first occurrence).
fn id_at(text: &str, lang: Lang, surface: &str) -> Option<String> {
    let at = text.find(surface)?;
    let end = at + surface.len();
    link(text, lang)
        .into_iter()
        .find(|m| m.span.start < end && at < m.span.end)
        .map(|m| m.id)
}

fn ids(text: &str, lang: Lang) -> Vec<String> {
    link(text, lang).into_iter().map(|m| m.id).collect()
}

/// A German place's or medium's noun before a name is no part of it: the name alone is the
/// entity, as Italian and French write it after their "of".
#[test]
fn a_german_descriptor_noun_keys_the_bare_name() {
    let de = [
        (
            "Der Sturm traf die Halbinsel Snæfellsnes am Morgen mit voller Wucht.",
            "Snæfellsnes",
            "new:snæfellsnes",
        ),
        (
            "Die Bewohner des Fischerdorfs Hvammstangi wurden in Sicherheit gebracht.",
            "Hvammstangi",
            "new:hvammstangi",
        ),
        (
            "Das meldete am Abend der Sender Rás Tveir unter Berufung auf die Polizei.",
            "Rás Tveir",
            "new:ras tveir",
        ),
        (
            "Rund um das Kohlekraftwerk Bełchatów wurde ein Zaun errichtet.",
            "Bełchatów",
            "new:belchatow",
        ),
    ];
    for (text, surface, id) in de {
        assert_eq!(
            id_at(text, Lang::De, surface).as_deref(),
            Some(id),
            "{text}"
        );
    }
    let it = "La tempesta ha colpito la penisola di Snæfellsnes e il villaggio di Hvammstangi.";
    assert_eq!(
        id_at(it, Lang::It, "Snæfellsnes").as_deref(),
        Some("new:snæfellsnes")
    );
}

/// A landmark's noun before its name keys the landmark as another language's "of" does: an
/// airport, a lake; a landmark the gazetteer knows by
/// that name is the gazetteer's.
#[test]
fn a_landmarks_noun_before_its_name_keys_the_landmark() {
    let airport = [
        (
            "Wegen Schnee bleibt der Flughafen Akureyri bis Montag geschlossen.",
            Lang::De,
            "Flughafen Akureyri",
        ),
        (
            "L'aeroporto di Akureyri è rimasto chiuso per la neve.",
            Lang::It,
            "Akureyri",
        ),
        (
            "L'aéroport d'Akureyri est resté fermé à cause de la neige.",
            Lang::Fr,
            "Akureyri",
        ),
    ];
    for (text, lang, surface) in airport {
        assert_eq!(
            id_at(text, lang, surface).as_deref(),
            Some("new:akureyri airport"),
            "{text}"
        );
    }
    for (text, lang) in [
        (
            "Le niveau du lac Myvatn a baissé de deux mètres cet été.",
            Lang::Fr,
        ),
        (
            "Il livello del lago Myvatn è sceso di due metri quest'estate.",
            Lang::It,
        ),
    ] {
        assert_eq!(
            id_at(text, lang, "Myvatn").as_deref(),
            Some("new:myvatn lake"),
            "{text}"
        );
    }
    // (The gazetteer's canal, written in lower case after its noun.)
    let fr = "Les porte-conteneurs attendent à l'entrée du canal de Suez depuis lundi.";
    assert_eq!(
        id_at(fr, Lang::Fr, "canal de Suez").as_deref(),
        Some("suez_canal")
    );
}

/// A state's weather office named by its function is the office of the state its adjective or
/// the text names, one id in every language and script, never the state; an acronym in
/// brackets after it is the office's, and so are its later uses.
#[test]
fn a_weather_office_is_its_states_in_every_language() {
    let id = "new:denmark weather office";
    let cases = [
        ("Secondo l'Istituto meteorologico danese (Dmi), le raffiche hanno superato i 120 km/h. Il Dmi ha poi revocato l'allerta.", Lang::It, "Istituto meteorologico"),
        ("Die dänische Wetterbehörde warnte vor Sturmböen an der Küste.", Lang::De, "Wetterbehörde"),
        ("Le service météorologique danois a levé l'alerte mardi.", Lang::Fr, "service météorologique"),
        ("丹麦气象局表示，强风将持续到周末。", Lang::Zh, "气象局"),
    ];
    for (text, lang, surface) in cases {
        assert_eq!(id_at(text, lang, surface).as_deref(), Some(id), "{text}");
        assert!(!ids(text, lang).iter().any(|i| i == "denmark"), "{text}");
    }
    let it = cases[0].0;
    let later = it.rfind("Dmi").unwrap_or(0);
    let found = link(it, Lang::It);
    assert!(
        found.iter().any(|m| m.span.start == later && m.id == id),
        "{found:?}"
    );
    // (The one of the state the text is about where the name carries none.)
    let de = "In Österreich regnete es tagelang; der Wetterdienst rechnet mit Hochwasser.";
    assert_eq!(
        id_at(de, Lang::De, "Wetterdienst").as_deref(),
        Some("new:austria weather office")
    );
}

/// A Chinese body whose name opens with its place's name (a university, an exchange, a fire
/// department) is the body, never the place; two bodies of one place are two.
#[test]
fn a_chinese_body_named_after_its_place_is_not_the_place() {
    let text = "挪威大学的研究人员说，奥斯陆证券交易所周一收跌，挪威气象局发布了警告。";
    let found = link(text, Lang::Zh);
    assert!(!found.iter().any(|m| m.id == "norway"), "{found:?}");
    let uni = id_at(text, Lang::Zh, "挪威大学");
    let met = id_at(text, Lang::Zh, "挪威气象局");
    assert!(uni.is_some() && met.is_some() && uni != met, "{found:?}");
}

/// A Chinese body's own name opening with a state's word ("联邦气象局") is that name, not a
/// function's description; its later uses without the word are its short form.
#[test]
fn a_chinese_bodys_own_name_is_no_function() {
    let text = "联邦气象局周一发布暴雨警告。气象局说，雨势将持续到周三。";
    let found = link(text, Lang::Zh);
    let first = id_at(text, Lang::Zh, "联邦气象局");
    assert!(
        first
            .as_deref()
            .is_some_and(|id| !id.ends_with("weather office")),
        "{found:?}"
    );
    let later = text.rfind("气象局").unwrap_or(0);
    assert!(
        found
            .iter()
            .any(|m| m.span.start == later && Some(&m.id) == first.as_ref()),
        "{found:?}"
    );
}
