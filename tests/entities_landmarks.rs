//! Entity linking of landmarks (museums, cathedrals, monuments, palaces, stadiums, parks) and of
//! regions across languages (`data/gazetteer/landmarks.tsv`, `regions.tsv`): issue #4. Our own
//! sentences, with the false links that must not come out.

use concord::{EntityKind, EntityMention, Gazetteer, Lang};

fn link(text: &str, lang: Lang) -> Vec<EntityMention> {
    Gazetteer::embedded().link(text, lang)
}

/// (surface, id) of every mention.
fn pairs(text: &str, lang: Lang) -> Vec<(String, String)> {
    link(text, lang)
        .into_iter()
        .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.id))
        .collect()
}

/// A museum is one entity in every language and script, whether the text writes the museum's
/// word or not; its kind is a facility.
#[test]
fn a_museum_links_across_languages() {
    let cases = [
        ("Le musée du Louvre a rouvert ses salles mardi.", Lang::Fr),
        ("Il museo del Louvre ha riaperto le sale martedì.", Lang::It),
        ("Das Louvre-Museum öffnete am Dienstag wieder.", Lang::De),
        ("The Louvre reopened its galleries on Tuesday.", Lang::En),
        ("羅浮宮週二重新開放展廳。", Lang::Zh),
        ("卢浮宫周二重新开放展厅。", Lang::Zh),
    ];
    for (text, lang) in cases {
        let found = link(text, lang);
        let louvre: Vec<&EntityMention> = found.iter().filter(|m| m.id == "louvre").collect();
        assert_eq!(louvre.len(), 1, "{text}: {found:?}");
        assert_eq!(louvre[0].kind, EntityKind::Facility, "{text}");
    }
    // Another museum that holds the name is another entity.
    let p = pairs(
        "Le Louvre Abu Dhabi expose des œuvres prêtées par Paris.",
        Lang::Fr,
    );
    assert!(
        p.contains(&("Louvre Abu Dhabi".into(), "louvre_abu_dhabi".into())),
        "{p:?}"
    );
    assert!(!p.iter().any(|(_, id)| id == "louvre"), "{p:?}");
}

/// A cathedral named after its city is the cathedral, not the city: the longest name wins,
/// and the city named apart is still the city.
#[test]
fn a_landmark_named_after_its_city_is_not_the_city() {
    let t = "La cathédrale Notre-Dame de Paris accueille les fidèles, et Paris fête sa \
             réouverture.";
    let p = pairs(t, Lang::Fr);
    assert!(
        p.contains(&("Notre-Dame de Paris".into(), "notre_dame_de_paris".into())),
        "{p:?}"
    );
    assert_eq!(p.iter().filter(|(_, id)| id == "paris").count(), 1, "{p:?}");
    let zh = pairs("巴黎聖母院重新開放，巴黎市民排隊參觀。", Lang::Zh);
    assert!(
        zh.contains(&("巴黎聖母院".into(), "notre_dame_de_paris".into())),
        "{zh:?}"
    );
    let de = pairs(
        "Der Kölner Dom und das Brandenburger Tor zogen Besucher an.",
        Lang::De,
    );
    assert!(
        de.contains(&("Kölner Dom".into(), "cologne_cathedral".into())),
        "{de:?}"
    );
    assert!(
        de.contains(&("Brandenburger Tor".into(), "brandenburg_gate".into())),
        "{de:?}"
    );
    // The region Brandenburg is not the gate, the gate is not the region.
    assert!(!de.iter().any(|(_, id)| id == "brandenburg"), "{de:?}");
}

/// A person who runs a museum is not the museum.
#[test]
fn a_museums_director_is_not_the_museum() {
    let t = "La directrice du Louvre, Hélène Marcadet, a présenté le budget. Marcadet a \
             rappelé que le Louvre accueille neuf millions de visiteurs.";
    let found = link(t, Lang::Fr);
    let louvre: Vec<&EntityMention> = found.iter().filter(|m| m.id == "louvre").collect();
    assert_eq!(louvre.len(), 2, "{found:?}");
    let person = found
        .iter()
        .find(|m| m.span.slice(t) == Some("Hélène Marcadet"))
        .expect("the director's name");
    assert_ne!(person.id, "louvre");
}

/// Regions of major countries link across languages and scripts: Spanish autonomous
/// communities, US states, and the Chinese names of Italian, German and French regions.
#[test]
fn regions_link_across_languages() {
    let cases = [
        (
            "La Comunità Valenciana ha chiesto aiuti.",
            Lang::It,
            "valencian_community",
        ),
        (
            "Die Region Valencia bat um Hilfe.",
            Lang::De,
            "valencian_community",
        ),
        (
            "La Communauté valencienne a demandé de l'aide.",
            Lang::Fr,
            "valencian_community",
        ),
        ("巴伦西亚自治区请求援助。", Lang::Zh, "valencian_community"),
        ("In Andalusien regnete es stark.", Lang::De, "andalusia"),
        ("安达卢西亚降雨。", Lang::Zh, "andalusia"),
        ("La Floride a voté mardi.", Lang::Fr, "florida"),
        ("賓夕法尼亞州選民週二投票。", Lang::Zh, "pennsylvania"),
        ("图林根州的工厂停产。", Lang::Zh, "thuringen"),
        ("新阿基坦大区的葡萄园。", Lang::Zh, "nouvelle_aquitaine"),
    ];
    for (text, lang, id) in cases {
        let found = link(text, lang);
        let m = found.iter().find(|m| m.id == id);
        assert!(m.is_some(), "{text}: {found:?}");
        assert_eq!(m.map(|m| m.kind), Some(EntityKind::Place), "{text}");
    }
    // The city is not the region.
    let p = pairs(
        "A Valencia piove, la Comunità Valenciana chiede aiuti.",
        Lang::It,
    );
    assert!(p.contains(&("Valencia".into(), "valencia".into())), "{p:?}");
    assert!(
        p.contains(&("Comunità Valenciana".into(), "valencian_community".into())),
        "{p:?}"
    );
}

/// A region's name that is a given name or a country's name too is listed only in a longer
/// form: alone it links to no state.
#[test]
fn an_ambiguous_region_name_alone_links_no_state() {
    let p = pairs(
        "Ieri la sindaca Virginia Rossi ha incontrato i cittadini.",
        Lang::It,
    );
    assert!(!p.iter().any(|(_, id)| id.starts_with("virginia")), "{p:?}");
    let p = pairs(
        "Le State of Georgia et la Géorgie, pays du Caucase.",
        Lang::Fr,
    );
    assert!(p.iter().any(|(_, id)| id == "georgia_us"), "{p:?}");
}

/// "Name of" a known place is one name, not the first part plus the place: a body or a
/// building named after its city ("l'Opéra de Lyon", "l'Università di Padova", "i Giochi
/// olimpici di Parigi"); and a capitalized word before a landmark's name makes a longer name
/// ("l'association Sauver Notre-Dame de Paris"), another entity than the landmark.
#[test]
fn a_name_of_a_known_place_is_one_mention() {
    let p = pairs(
        "Le ballet de l'Opéra de Lyon a dansé, et l'association Sauver Notre-Dame de Paris a \
         remercié les donateurs de Notre-Dame de Paris.",
        Lang::Fr,
    );
    assert!(
        p.iter()
            .any(|(s, id)| s == "Opéra de Lyon" && id.starts_with("new:")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|(s, id)| s == "Sauver Notre-Dame de Paris" && id.starts_with("new:")),
        "{p:?}"
    );
    assert_eq!(
        p.iter()
            .filter(|(_, id)| id == "notre_dame_de_paris")
            .count(),
        1,
        "{p:?}"
    );
    assert!(
        !p.iter().any(|(_, id)| id == "lyon" || id == "paris"),
        "{p:?}"
    );
    let it = pairs(
        "L'ateneo, cioè l'Università di Padova, e i Giochi olimpici di Parigi.",
        Lang::It,
    );
    assert!(
        it.iter().any(|(s, _)| s == "Università di Padova"),
        "{it:?}"
    );
    assert!(
        it.iter().any(|(s, _)| s == "Giochi olimpici di Parigi"),
        "{it:?}"
    );
    // A person "of" a place stays a person and the place a place; so does a common noun's
    // acronym written with one capital, and a place's own government.
    let it = pairs("Ieri Marco Rossi di Parigi ha parlato.", Lang::It);
    assert!(it.iter().any(|(_, id)| id == "paris"), "{it:?}");
    let it = pairs(
        "Nel trimestre il Pil della Spagna è cresciuto, e il Comune di Bologna ha votato.",
        Lang::It,
    );
    assert!(it.iter().any(|(_, id)| id == "spain"), "{it:?}");
    assert!(it.iter().any(|(_, id)| id == "bologna"), "{it:?}");
}

/// A hyphenated name with a lower-case particle between its parts is one name
/// ("Viollet-le-Duc"), and a compound opening with a function word keeps it ("Notre-Dame").
#[test]
fn a_hyphenated_name_keeps_its_particles() {
    let p = pairs(
        "La flèche dessinée par Bertin-le-Roux a été refaite.",
        Lang::Fr,
    );
    assert!(p.iter().any(|(s, _)| s == "Bertin-le-Roux"), "{p:?}");
}

/// A landmark named "X of" a place is later written "X" alone where the text names it; a
/// text that never names the landmark keeps "X" its own ("University of Notre Dame").
#[test]
fn a_landmarks_name_before_its_place_is_its_short_form() {
    let it = pairs(
        "La cattedrale di Notre-Dame di Parigi ha riaperto. Notre-Dame accoglie i fedeli.",
        Lang::It,
    );
    assert_eq!(
        it.iter()
            .filter(|(_, id)| id == "notre_dame_de_paris")
            .count(),
        2,
        "{it:?}"
    );
    let en = pairs(
        "The University of Notre Dame won. Notre Dame fans celebrated.",
        Lang::En,
    );
    assert!(
        !en.iter().any(|(_, id)| id == "notre_dame_de_paris"),
        "{en:?}"
    );
    // In Chinese, the landmark's name without its city's.
    let zh = pairs("巴黎聖母院重新開放。聖母院方面表示遊客眾多。", Lang::Zh);
    assert_eq!(
        zh.iter()
            .filter(|(_, id)| id == "notre_dame_de_paris")
            .count(),
        2,
        "{zh:?}"
    );
}

/// An airport named after its noun ("der Flughafen Narita", where every noun is capitalized)
/// or after a city and a hyphen ("l'aéroport de Tokyo-Narita") is the one airport "l'aéroport
/// de Narita" names, in every language.
#[test]
fn an_airport_is_one_landmark_however_its_city_is_written() {
    let key = |text: &str, lang: Lang| -> Vec<String> {
        concord::Gazetteer::embedded()
            .link(text, lang)
            .into_iter()
            .filter(|m| m.id.ends_with(" airport"))
            .map(|m| m.id)
            .collect()
    };
    let de = key(
        "Streik in Narita: Am Flughafen Narita landeten gestern 40 Maschinen weniger.",
        Lang::De,
    );
    let fr = key(
        "À l'aéroport de Tokyo-Narita, 40 vols ont été annulés; l'aéroport de Narita a rouvert.",
        Lang::Fr,
    );
    let it = key(
        "All'aeroporto di Narita sono stati cancellati 40 voli.",
        Lang::It,
    );
    assert!(
        !de.is_empty() && de.iter().all(|id| id == "new:narita airport"),
        "{de:?}"
    );
    assert_eq!(fr, ["new:narita airport", "new:narita airport"]);
    assert_eq!(it, ["new:narita airport"]);
    // A common noun after the airport's noun is no name.
    let de = key(
        "Am Flughafen Personal eingestellt: 40 neue Stellen.",
        Lang::De,
    );
    assert!(de.is_empty(), "{de:?}");
}
