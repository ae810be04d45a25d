//! Events as entities and the figures of live entertainment (tours, festivals, shows): a named
//! tour is one entity in every language and script ("Aurora Tour", "„Aurora“-Tour",
//! "Aurora-Tournee", "「極光巡迴演唱會」（The Aurora Tour）" and its short form "極光巡演"), and
//! the figures of a tour (its shows, the cities, countries and continents it visits, its ticket
//! sales, its merchandise, its spectators, the length and the songs of each show) are the
//! tour's, with one predicate key per kind across languages. Our own sentences about an
//! invented singer and invented tours; beside them, sentences where the same words stand in
//! another sense and make no such claim.

use concord::Lang::{self, De, En, Fr, It, Zh};
use concord::{EntityMention, Pipeline};

mod common;
use common::{on, run, spf, states_valued, Who::Id};

/// The entity mentions of `text` after the whole entity stage.
fn entities(text: &str, lang: Lang) -> Vec<EntityMention> {
    Pipeline::default()
        .analyze(&concord::Document::new("t.txt", text).with_lang(lang))
        .unwrap()
        .entities
}

/// The id of the mention whose surface holds `surface`.
fn id_of(text: &str, lang: Lang, surface: &str) -> String {
    let es = entities(text, lang);
    es.iter()
        .find(|e| e.span.slice(text).is_some_and(|s| s.contains(surface)))
        .map(|e| e.id.clone())
        .unwrap_or_else(|| {
            let all: Vec<_> = es
                .iter()
                .map(|e| (e.span.slice(text).unwrap_or("?").to_string(), e.id.clone()))
                .collect();
            panic!("no mention of {surface:?} in {text:?}: {all:?}")
        })
}

/// No claim of `text` on `figure` has predicate `key`.
fn not_keyed(lang: Lang, text: &str, figure: &str, key: &str) {
    let claims = run(text, lang);
    assert!(
        on(&claims, figure).iter().all(|c| c.predicate != key),
        "{key} on {figure:?} in {text:?}: {:?}",
        spf(&claims)
    );
}

const TOUR: &str = "new:aurora tour";

#[test]
fn a_named_tour_is_one_entity_in_every_language() {
    for (lang, text, surface) in [
        (
            It,
            "La cantante Mara Lindqvist ha chiuso a Oslo l'Aurora Tour.",
            "Aurora Tour",
        ),
        (
            En,
            "Mara Lindqvist wrapped up the Aurora Tour in Oslo on Sunday.",
            "Aurora Tour",
        ),
        (
            De,
            "Die „Aurora“-Tour der Sängerin endete am Sonntag in Oslo.",
            "Aurora“-Tour",
        ),
        (
            De,
            "Die Aurora-Tournee der Sängerin endete am Sonntag in Oslo.",
            "Aurora-Tournee",
        ),
        (
            De,
            "Nach Angaben des Veranstalters war die Aurora-Tour ausverkauft.",
            "Aurora-Tour",
        ),
        (
            Fr,
            "La chanteuse a achevé à Oslo sa tournée « Aurora », entamée l'an dernier.",
            "Aurora",
        ),
        (
            Zh,
            "歌手的「極光巡迴演唱會」（The Aurora Tour）週日在奧斯陸落幕。",
            "極光巡迴演唱會",
        ),
    ] {
        assert_eq!(id_of(text, lang, surface), TOUR, "{text}");
    }
    // The short form of a Chinese tour's name, with another of the class's nouns.
    let zh = "「極光巡迴演唱會」（The Aurora Tour）週日落幕。極光巡演共演出80場。";
    assert_eq!(id_of(zh, Zh, "極光巡演"), TOUR);
    // A festival named with its noun joined by a hyphen, or written after the name.
    let de = "Das Nordwind-Festival zog am Wochenende viele Besucher an.";
    assert_eq!(id_of(de, De, "Nordwind-Festival"), "new:nordwind festival");
    let en = "The Nordwind Festival drew large crowds at the weekend.";
    assert_eq!(id_of(en, En, "Nordwind Festival"), "new:nordwind festival");
}

#[test]
fn a_tours_shows_cities_and_continents_are_the_tours() {
    let shows = |lang, text, figure, value: &str| {
        states_valued(lang, text, figure, "shows", Id(TOUR), value, "count");
    };
    shows(
        It,
        "L'Aurora Tour si è chiuso dopo 84 concerti in 37 città di quattro continenti.",
        "84",
        "84",
    );
    shows(
        De,
        "Die „Aurora“-Tour endete nach 84 Konzerten in 37 Städten auf vier Kontinenten.",
        "84 Konzerten",
        "84",
    );
    shows(
        Fr,
        "L'Aurora Tour s'est achevé après 84 concerts dans 37 villes.",
        "84",
        "84",
    );
    shows(
        En,
        "The Aurora Tour wrapped up after 84 shows in 37 cities on four continents.",
        "84",
        "84",
    );
    shows(
        Zh,
        "「極光巡迴演唱會」（The Aurora Tour）足跡遍及4大洲37座城市，共演出84場。",
        "84場",
        "84",
    );
    let cities = |lang, text, figure| {
        states_valued(
            lang,
            text,
            figure,
            "cities_visited",
            Id(TOUR),
            "37",
            "count",
        );
    };
    cities(
        De,
        "Die „Aurora“-Tour endete nach 84 Konzerten in 37 Städten auf vier Kontinenten.",
        "37 Städten",
    );
    cities(
        En,
        "The Aurora Tour wrapped up after 84 shows in 37 cities on four continents.",
        "37",
    );
    cities(
        Zh,
        "「極光巡迴演唱會」（The Aurora Tour）足跡遍及4大洲37座城市，共演出84場。",
        "37座",
    );
    let continents = |lang, text, figure| {
        states_valued(
            lang,
            text,
            figure,
            "continents_visited",
            Id(TOUR),
            "4",
            "count",
        );
    };
    continents(
        De,
        "Die „Aurora“-Tour endete nach 84 Konzerten in 37 Städten auf vier Kontinenten.",
        "vier Kontinenten",
    );
    continents(
        It,
        "L'Aurora Tour si è chiuso dopo 84 concerti in 37 città di quattro continenti.",
        "quattro",
    );
    // Cities with no show in the story are what the count counts, no tour's.
    not_keyed(
        It,
        "Lo sciopero dei trasporti ha fermato i servizi in 37 città italiane.",
        "37",
        "cities_visited",
    );
}

#[test]
fn a_tours_ticket_sales_merchandise_and_shows_are_the_tours() {
    let sales = |lang, text, figure, value: &str| {
        states_valued(lang, text, figure, "ticket_sales", Id(TOUR), value, "USD");
    };
    sales(
        It,
        "L'Aurora Tour ha incassato 1,4 miliardi di dollari dalla vendita dei biglietti.",
        "1,4 miliardi",
        "1400000000",
    );
    sales(
        De,
        "Die „Aurora“-Tour hat Tickets im Wert von 1,4 Milliarden Dollar verkauft.",
        "1,4 Milliarden",
        "1400000000",
    );
    sales(
        En,
        "The Aurora Tour grossed 1.4 billion dollars in ticket sales.",
        "1.4 billion",
        "1400000000",
    );
    sales(
        Zh,
        "「極光巡迴演唱會」（The Aurora Tour）門票總收入達14億美元。",
        "14億美元",
        "1400000000",
    );
    let merch = |lang, text, figure| {
        states_valued(
            lang,
            text,
            figure,
            "merchandise_sales",
            Id(TOUR),
            "120000000",
            "USD",
        );
    };
    merch(
        It,
        "Per l'Aurora Tour il merchandising ha fruttato 120 milioni di dollari.",
        "120 milioni",
    );
    merch(
        De,
        "Die „Aurora“-Tour setzte mit Fanartikeln 120 Millionen Dollar um.",
        "120 Millionen",
    );
    let length = |lang, text, figure| {
        states_valued(lang, text, figure, "show_length", Id(TOUR), "3", "hours");
    };
    length(
        De,
        "Bei der „Aurora“-Tour dauerte jedes Konzert rund drei Stunden.",
        "drei Stunden",
    );
    length(
        Zh,
        "「極光巡迴演唱會」（The Aurora Tour）每場演出長達3小時。",
        "3小時",
    );
    states_valued(
        Zh,
        "「極光巡迴演唱會」（The Aurora Tour）觀眾逾500萬人次。",
        "500萬",
        "spectators",
        Id(TOUR),
        "5000000",
        "count",
    );
    // The ticketing of a city's entry fee sells nothing of a show.
    not_keyed(
        Fr,
        "Les frais de billetterie et de sécurité du péage urbain atteignent 3 millions d'euros, selon la mairie de Nantes.",
        "3 millions",
        "ticket_sales",
    );
}

#[test]
fn shows_in_a_place_are_the_places() {
    let place = |lang, text, figure, subject: &str, value: &str| {
        states_valued(lang, text, figure, "shows", Id(subject), value, "count");
    };
    place(
        De,
        "Die „Aurora“-Tour ist vorbei. Die vier Konzerte in Lissabon waren nach einem Unwetter abgesagt worden.",
        "vier Konzerte",
        "lisbon",
        "4",
    );
    place(
        It,
        "L'Aurora Tour è finito. La cantante si era esibita per tre sere allo stadio comunale di Bari.",
        "tre",
        "bari",
        "3",
    );
    place(
        Fr,
        "L'Aurora Tour s'est achevé. Les cinq concerts à Lyon avaient été annulés.",
        "cinq",
        "lyon",
        "5",
    );
    place(
        Zh,
        "「極光巡迴演唱會」（The Aurora Tour）落幕。她今年在首爾連唱4場。",
        "4場",
        "seoul",
        "4",
    );
    place(
        Zh,
        "「極光巡迴演唱會」（The Aurora Tour）落幕。原訂在西班牙馬德里的2場演出因暴雨取消。",
        "2場",
        "madrid",
        "2",
    );
    // The whole tour's shows, a list of places after another figure, stay the tour's.
    states_valued(
        De,
        "Die „Aurora“-Tour endete nach 84 Konzerten in 37 Städten, darunter Lissabon.",
        "84 Konzerten",
        "shows",
        Id(TOUR),
        "84",
        "count",
    );
}

#[test]
fn tickets_audiences_streams_and_records_have_one_key_each() {
    states_valued(
        It,
        "Per l'Aurora Tour sono stati venduti 2,5 milioni di biglietti.",
        "2,5 milioni",
        "tickets_sold",
        Id(TOUR),
        "2500000",
        "count",
    );
    states_valued(
        De,
        "Für die „Aurora“-Tour wurden 2,5 Millionen Tickets verkauft.",
        "2,5 Millionen",
        "tickets_sold",
        Id(TOUR),
        "2500000",
        "count",
    );
    let tv = |lang, text, figure| {
        let claims = run(text, lang);
        assert!(
            on(&claims, figure)
                .iter()
                .any(|c| c.predicate == "tv_audience"),
            "tv_audience on {figure:?} in {text:?}: {:?}",
            spf(&claims)
        );
    };
    tv(
        It,
        "La finale del festival, trasmessa da Rai 1, ha raccolto 9,2 milioni di telespettatori.",
        "9,2 milioni",
    );
    tv(
        Fr,
        "Selon Médiamétrie, France 2 a réuni 9,2 millions de téléspectateurs pour la cérémonie.",
        "9,2 millions",
    );
    tv(Zh, "中央電視台轉播的頒獎典禮電視觀眾達920萬人。", "920萬");
    let share = |lang, text, figure| {
        let claims = run(text, lang);
        assert!(
            on(&claims, figure)
                .iter()
                .any(|c| c.predicate == "audience_share"),
            "audience_share on {figure:?} in {text:?}: {:?}",
            spf(&claims)
        );
    };
    share(
        It,
        "Rai 1 ha chiuso la serata finale con il 61,2% di share.",
        "61,2%",
    );
    share(
        Fr,
        "France 2 a obtenu pour la soirée une part d'audience de 41,5 %.",
        "41,5",
    );
    let sold = |lang, text, figure| {
        let claims = run(text, lang);
        assert!(
            on(&claims, figure)
                .iter()
                .any(|c| c.predicate == "records_sold"),
            "records_sold on {figure:?} in {text:?}: {:?}",
            spf(&claims)
        );
    };
    sold(
        It,
        "La cantante Mara Lindqvist ha venduto 800.000 copie del nuovo album in una settimana.",
        "800.000",
    );
    sold(
        En,
        "Mara Lindqvist's new album has 800,000 copies sold in its first week.",
        "800,000",
    );
}

#[test]
fn an_events_economic_impact_is_the_events() {
    let impact = |lang, text, figure, value: &str, unit: &str| {
        states_valued(lang, text, figure, "economic_impact", Id(TOUR), value, unit);
    };
    impact(
        It,
        "Secondo il Comune, l'Aurora Tour ha avuto una ricaduta economica di 45 milioni di euro sulla città.",
        "45 milioni",
        "45000000",
        "EUR",
    );
    impact(
        En,
        "Local officials put the economic impact of the Aurora Tour at 45 million euros.",
        "45 million",
        "45000000",
        "EUR",
    );
    impact(
        Zh,
        "「極光巡迴演唱會」（The Aurora Tour）為奧斯陸帶來約4億歐元經濟效益。",
        "4億歐元",
        "400000000",
        "EUR",
    );
}

#[test]
fn an_artists_role_makes_a_person() {
    for (lang, text, surface) in [
        (
            It,
            "Ieri sera la cantante Lena Hald ha riempito lo stadio.",
            "Lena Hald",
        ),
        (
            Fr,
            "Hier soir, la chanteuse Lena Hald a rempli le stade.",
            "Lena Hald",
        ),
        (
            En,
            "Last night the singer Lena Hald filled the stadium.",
            "Lena Hald",
        ),
        (
            De,
            "Gestern füllte die Popsängerin Lena Hald das Stadion.",
            "Lena Hald",
        ),
    ] {
        let es = entities(text, lang);
        let e = es
            .iter()
            .find(|e| e.span.slice(text) == Some(surface))
            .unwrap_or_else(|| panic!("no {surface:?} in {text:?}"));
        assert_eq!(e.kind, concord::EntityKind::Person, "{text}");
    }
}
