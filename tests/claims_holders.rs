//! Who a figure belongs to when its sentence names no party (session 18): the place a
//! preposition of place sets the clause in ("In Österreich wurden 2.400 Wohnungen gebaut",
//! "En Espagne, 300 trains ont été annulés", "在西班牙，约300列火车被取消") holds the figure,
//! not the story's main party nor a dateline's city; a sentence that refers back to the party
//! ("In Cina il gruppo impiega") or a place after the verb of an actor keeps the party. Our own
//! sentences about harvests, homes, trains, births and hotel beds.

use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{claim_on, subject_name, subject_on};

/// The subject of the claim on `figure` ("" for none); panics when no claim is on it.
fn subject_of(lang: Lang, text: &str, figure: &str) -> String {
    subject_name(&claim_on(lang, text, figure))
}

#[test]
fn a_place_that_opens_the_clause_holds_its_figure() {
    let cases = [
        (
            It,
            "La Coldiretti ha presentato oggi il rapporto annuale sulla frutta.\n\nNel 2024 in Portogallo sono nati 82.000 bambini.",
            "82.000",
            "Portugal",
        ),
        (
            De,
            "Die Deutsche Bahn hat am Montag einen Notfahrplan angekündigt.\n\nIn Österreich wurden im vergangenen Jahr rund 2.400 Wohnungen fertiggestellt.",
            "2.400",
            "Austria",
        ),
        (
            Fr,
            "La SNCF a annoncé lundi un plan de trafic réduit.\n\nEn Espagne, quelque 300 trains ont été annulés mardi.",
            "300",
            "Spain",
        ),
        (
            En,
            "Network Rail published its timetable on Monday.\n\nIn Spain, about 300 trains were cancelled on Tuesday.",
            "300",
            "Spain",
        ),
        (
            Zh,
            "国家铁路集团周一公布了新的时刻表。\n\n在西班牙，约300列火车被取消。",
            "300",
            "Spain",
        ),
    ];
    for (lang, text, figure, want) in cases {
        assert_eq!(subject_of(lang, text, figure), want, "{text}");
    }
}

#[test]
fn a_dateline_city_yields_to_the_place_of_the_clause() {
    let cases = [
        (
            It,
            "MADRID - Per la prima volta, nel 2024 in Portogallo sono nati meno di 80mila bambini.",
            "80mila",
            "Portugal",
        ),
        (
            Fr,
            "Lyon, 3 mars (AFP) - En Espagne, quelque 300 trains ont été annulés mardi.",
            "300",
            "Spain",
        ),
        (
            De,
            "Zürich (dpa) - Im Tessin wurden im Sommer rund 1.200 neue Hotelbetten gezählt.",
            "1.200",
            "Ticino",
        ),
    ];
    for (lang, text, figure, want) in cases {
        assert_eq!(subject_of(lang, text, figure), want, "{text}");
    }
}

#[test]
fn a_party_the_sentence_refers_to_keeps_its_figure() {
    let cases = [
        (
            It,
            "Siemens ha presentato il piano industriale.\n\nIn Cina il gruppo impiega 3.000 persone.",
            "3.000",
            "Siemens",
        ),
        (
            Fr,
            "Airbus a présenté son plan.\n\nLes deux sociétés ouvriront en Chine une usine de 2 000 salariés.",
            "2 000",
            "Airbus",
        ),
    ];
    for (lang, text, figure, want) in cases {
        assert_eq!(subject_of(lang, text, figure), want, "{text}");
    }
}

#[test]
fn the_body_whose_data_a_source_cites_is_no_holder() {
    let cases = [
        (
            It,
            "Fincantieri ha presentato il piano.\n\nSecondo l'ultimo rapporto annuale dell'Istat, i cantieri hanno consegnato 12 navi.",
            "12",
            "Fincantieri",
        ),
        (
            Fr,
            "La SNCF a présenté ses résultats.\n\nSelon des données du ministère de l'Intérieur, 2 500 trains ont circulé pendant la grève.",
            "2 500",
            "SNCF",
        ),
    ];
    for (lang, text, figure, want) in cases {
        assert_eq!(subject_of(lang, text, figure), want, "{text}");
    }
    let text = "Eurostar published its results on Monday.\n\nAccording to the latest estimates of the World Bank, 2,500 trains ran during the strike.";
    assert_ne!(
        subject_on(En, text, "2,500").as_deref(),
        Some("World Bank"),
        "{text}"
    );
}

#[test]
fn a_leader_cited_as_the_source_speaks_for_the_company() {
    let text = "Il governo ha presentato il piano navale.\n\nSecondo il presidente di Fincantieri, i cantieri hanno consegnato 12 navi.";
    assert_eq!(subject_of(It, text, "12"), "Fincantieri", "{text}");
}

#[test]
fn a_noun_that_refers_back_to_a_state_names_it() {
    let cases = [
        (
            It,
            "Il Portogallo punta sul treno.\n\nIl Paese, che conta circa 10 milioni di abitanti, è il più sicuro d'Europa dopo l'Islanda.",
            "10 milioni",
        ),
        (
            Fr,
            "Le Portugal mise sur le rail.\n\nLe pays, qui compte 10 millions d'habitants, est le plus sûr d'Europe après l'Islande.",
            "10 millions",
        ),
        (
            De,
            "Portugal setzt auf die Bahn.\n\nDas Land, das rund 10 Millionen Einwohner zählt, gilt nach Island als sicherstes Land Europas.",
            "10 Millionen",
        ),
        (
            En,
            "Portugal bets on rail.\n\nThe country, which has about 10 million inhabitants, is the safest in Europe after Iceland.",
            "10 million",
        ),
    ];
    for (lang, text, figure) in cases {
        assert_eq!(subject_of(lang, text, figure), "Portugal", "{text}");
    }
}

#[test]
fn an_adverb_that_refers_back_to_a_place_names_it() {
    let cases = [
        (
            Fr,
            "La SNCF a présenté son bilan.\n\nEn Espagne, la récolte atteint 40 000 tonnes. Quelque 300 gares y sont fermées.",
            "300",
            "Spain",
        ),
        (
            De,
            "Die Deutsche Bahn legt ihre Bilanz vor.\n\nIn Österreich wurden 2.400 Wohnungen gebaut. Dort wurden zudem 300 neue Hotelbetten gezählt.",
            "300",
            "Austria",
        ),
        // "il y a" only says that something exists: no place.
        (
            Fr,
            "La SNCF a présenté son bilan.\n\nEn Espagne, la récolte atteint 40 000 tonnes. Il y a 300 gares fermées.",
            "300",
            "SNCF",
        ),
    ];
    for (lang, text, figure, want) in cases {
        assert_eq!(subject_of(lang, text, figure), want, "{text}");
    }
}

#[test]
fn a_place_after_the_figure_holds_it_where_the_clause_names_no_party() {
    let cases = [
        (
            Fr,
            "L'Organisation mondiale de la santé a publié lundi son rapport annuel.\n\nL'an dernier, la rougeole a touché 3 200 enfants au Portugal.",
            "3 200",
            "Portugal",
        ),
        (
            De,
            "Der Wetterdienst hat am Montag seine Jahresbilanz vorgelegt.\n\nIm Sommer wurden mehr als 400 Waldbrände in Österreich gezählt.",
            "400",
            "Austria",
        ),
        (
            It,
            "L'Istat ha diffuso i dati di luglio.\n\nNel mese sono stati registrati 250 incidenti stradali in Portogallo.",
            "250",
            "Portugal",
        ),
        (
            En,
            "The regulator published its annual report on Monday.\n\nLast year data breaches exposed 40 million records in Canada.",
            "40 million",
            "Canada",
        ),
    ];
    for (lang, text, figure, want) in cases {
        assert_eq!(subject_of(lang, text, figure), want, "{text}");
    }
    // A figure spread over a list of places is none of theirs alone.
    let text = "Die Weltgesundheitsorganisation legte ihren Bericht vor.\n\nDie Masern wurden bei 3.200 Kindern vor allem in Österreich, Ungarn und Polen festgestellt.";
    assert_ne!(
        subject_on(De, text, "3.200").as_deref(),
        Some("Austria"),
        "{text}"
    );
}

#[test]
fn a_landmark_named_after_its_word_holds_its_measures() {
    // A reservoir's or a museum's name after its word and a preposition ("l'invaso di X",
    // "le musée de X") is the landmark's own, not a place where something happens: it holds
    // its distance and its area, not the company the context names.
    let cases = [
        (
            It,
            "Enel ha presentato il piano idrico della regione.\n\nL'invaso di Valdorsa, a circa 40 chilometri da Torino, contiene 12 milioni di metri cubi d'acqua.",
            "circa 40 chilometri",
            "Valdorsa",
        ),
        (
            Fr,
            "EDF a présenté lundi son programme hydraulique.\n\nLe réservoir de Montclarel, à une trentaine de kilomètres de Grenoble, retient 200 millions de mètres cubes.",
            "une trentaine de kilomètres",
            "Montclarel",
        ),
        (
            En,
            "Thames Water presented its plan on Monday.\n\nThe reservoir of Elmsworth, about 40 kilometres from Oxford, holds 90 million cubic metres.",
            "about 40 kilometres",
            "Elmsworth",
        ),
        (
            Fr,
            "LVMH a annoncé lundi son mécénat.\n\nLe musée de Valmorin s'étend sur 12 000 mètres carrés.",
            "12 000 mètres carrés",
            "Valmorin",
        ),
        (
            It,
            "Prada ha annunciato lunedì il suo mecenatismo.\n\nIl museo di Valmorin si estende su 12.000 metri quadrati.",
            "12.000 metri quadrati",
            "Valmorin",
        ),
    ];
    for (lang, text, figure, want) in cases {
        assert_eq!(subject_of(lang, text, figure), want, "{text}");
    }
}
