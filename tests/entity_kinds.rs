//! Kinds of discovered names (names the gazetteer lacks): organization suffixes and nouns,
//! roles, honorifics and given names, per language; one kind per entity in a text and across
//! texts. Every sentence here is made up for the test.

use concord::{EntityKind, EntityMention, Gazetteer, Lang};

fn link(text: &str, lang: Lang) -> Vec<EntityMention> {
    Gazetteer::embedded().link(text, lang)
}

/// (surface, kind, rule) of every mention.
fn kinds(text: &str, lang: Lang) -> Vec<(String, EntityKind, String)> {
    link(text, lang)
        .into_iter()
        .map(|m| (m.span.slice(text).unwrap_or("").to_string(), m.kind, m.rule))
        .collect()
}

fn kind_of(text: &str, lang: Lang, surface: &str) -> Option<(EntityKind, String)> {
    kinds(text, lang)
        .into_iter()
        .find(|(s, _, _)| s == surface)
        .map(|(_, k, r)| (k, r))
}

use EntityKind::{Organization as Org, Other, Person};

#[test]
fn italian() {
    let t = "Il fondo americano Bluefin Partners ha rilevato il 20% di Corvaro, la startup milanese del software. \
             Secondo l'amministratore delegato Matteo Sarrocchi, Corvaro assumerà 50 persone.";
    let k = kinds(t, Lang::It);
    assert_eq!(
        k,
        [
            (
                "Bluefin Partners".into(),
                Org,
                "discovered+org_suffix".into()
            ),
            ("Corvaro".into(), Org, "discovered+org_noun".into()),
            (
                "Matteo Sarrocchi".into(),
                Person,
                "discovered+person_role".into()
            ),
            ("Corvaro".into(), Org, "discovered+same_name".into()),
        ],
        "{k:?}"
    );
    // An adjective between the noun and the name.
    assert_eq!(
        kind_of(
            "Ieri la società lombarda Tessivo ha chiuso.",
            Lang::It,
            "Tessivo"
        ),
        Some((Org, "discovered+org_noun".into()))
    );
}

#[test]
fn german() {
    let t = "Der Münchner Batteriehersteller Elvoro übernimmt die Mehrheit an einem Zulieferer. \
             Elvoro wurde 2019 gegründet. Konzernchefin Petra Lindqvist erwartet mehr Umsatz.";
    let k = kinds(t, Lang::De);
    assert_eq!(
        k,
        [
            ("Elvoro".into(), Org, "discovered+org_noun".into()),
            ("Elvoro".into(), Org, "discovered+same_name".into()),
            (
                "Petra Lindqvist".into(),
                Person,
                "discovered+person_role".into()
            ),
        ],
        "{k:?}"
    );
    // A hyphen compound ending in an organization noun is no name; the name after it is one.
    let t = "Gestern hat das Berliner Software-Start-up Quintaro neue Geldgeber gefunden.";
    assert_eq!(
        kinds(t, Lang::De),
        [("Quintaro".into(), Org, "discovered+org_noun".into())]
    );
    // A common noun after an organization noun is not a name.
    assert!(link(
        "Das Unternehmen Gewinne machen will, muss sparen.",
        Lang::De
    )
    .is_empty());
    // A cue noun at the start of a discovered run is not part of the name.
    let t = "Gestern hat der Finanzinvestor Brandhorst Capital ein Paket gekauft.";
    assert_eq!(
        kinds(t, Lang::De),
        [(
            "Brandhorst Capital".into(),
            Org,
            "discovered+org_suffix".into()
        )]
    );
}

#[test]
fn a_compound_ending_in_a_company_noun_is_no_part_of_the_name() {
    // "-bauer" ends compound organization nouns only: "Bauer" alone is a surname.
    let t = "Im Mai hat der Anlagenbauer Velmora Systems einen Auftrag erhalten.";
    assert_eq!(
        kinds(t, Lang::De),
        [(
            "Velmora Systems".into(),
            Org,
            "discovered+org_suffix".into()
        )]
    );
    let t = "Der Chemieriese Tarnholt baut ab, der Flugzeugbauer Aerolind stellt ein.";
    let surfaces: Vec<String> = kinds(t, Lang::De).into_iter().map(|(s, _, _)| s).collect();
    assert_eq!(surfaces, ["Tarnholt", "Aerolind"]);
    // An owner joined to the noun by a hyphen is named apart.
    let t = "Gestern hat die Tarnholt-Tochter Velmora Systems Stellen gestrichen.";
    assert_eq!(
        kinds(t, Lang::De),
        [
            ("Tarnholt".into(), Org, "discovered+shape".into()),
            (
                "Velmora Systems".into(),
                Org,
                "discovered+org_suffix".into()
            )
        ]
    );
    let t = "Gestern hat Bauer Holvik Group den Verlag gekauft.";
    let surfaces: Vec<String> = kinds(t, Lang::De).into_iter().map(|(s, _, _)| s).collect();
    assert_eq!(surfaces, ["Bauer Holvik Group"]);
}

#[test]
fn a_given_name_before_an_inflected_known_name_makes_a_person() {
    // "Ferraris" would link to Ferrari with a German genitive ending; after a given name it is
    // a person's surname.
    let t = "Vorstandschef Marco Ferraris sagte am Montag, die Zahlen seien gut.";
    let m = link(t, Lang::De);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].span.slice(t), Some("Marco Ferraris"));
    assert_eq!(m[0].kind, Person);
    assert_ne!(m[0].id, "ferrari");
    // Without a given name before it, the genitive is the company's.
    let m = link("Laut Analysten stieg Ferraris Umsatz deutlich.", Lang::De);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].id, "ferrari");
    assert_eq!(m[0].kind, Org);
}

#[test]
fn french() {
    let t = "Le constructeur suédois Nordhavn Motors a investi dans Kelvar, une jeune pousse lyonnaise. \
             Sa directrice générale, Léa Morvan, a confirmé l'accord avec Mme Dubreuil.";
    let k = kinds(t, Lang::Fr);
    assert_eq!(
        k,
        [
            (
                "Nordhavn Motors".into(),
                Org,
                "discovered+org_suffix".into()
            ),
            ("Kelvar".into(), Org, "discovered+org_noun".into()),
            ("Léa Morvan".into(), Person, "discovered+person_role".into()),
            ("Dubreuil".into(), Person, "discovered+person_title".into()),
        ],
        "{k:?}"
    );
}

#[test]
fn english() {
    let t = "The chipmaker Lumora said its chief executive, Daniel Okafor, will step down. \
             Analysts at Brightwater Group expect Lumora to grow.";
    let k = kinds(t, Lang::En);
    assert_eq!(
        k,
        [
            ("Lumora".into(), Org, "discovered+org_noun".into()),
            (
                "Daniel Okafor".into(),
                Person,
                "discovered+person_role".into()
            ),
            (
                "Brightwater Group".into(),
                Org,
                "discovered+org_suffix".into()
            ),
            ("Lumora".into(), Org, "discovered+same_name".into()),
        ],
        "{k:?}"
    );
}

#[test]
fn chinese_cues_before_and_after() {
    let t = "法国新创公司Kelvar宣布，其創辦人Marie Dubois表示，Orbis集团将投资。";
    let k = kinds(t, Lang::Zh);
    assert_eq!(
        k,
        [
            ("法国".into(), EntityKind::Place, "alias".into()),
            ("Kelvar".into(), Org, "discovered+org_noun".into()),
            (
                "Marie Dubois".into(),
                Person,
                "discovered+person_role".into()
            ),
            ("Orbis".into(), Org, "discovered+org_noun".into()),
        ],
        "{k:?}"
    );
}

#[test]
fn negatives() {
    // A cue noun alone is not an entity.
    assert!(link("Ieri la società ha annunciato un utile.", Lang::It).is_empty());
    assert!(link("Le groupe a publié ses comptes.", Lang::Fr).is_empty());
    // A capitalized common word at a sentence's start is not a name.
    assert!(link("Gruppo e fondo crescono. Banca in calo.", Lang::It).is_empty());
    // A name without evidence stays other.
    assert_eq!(
        kind_of(
            "Ieri a Verolengo si è parlato di altro.",
            Lang::It,
            "Verolengo"
        ),
        Some((Other, "discovered".into()))
    );
}

#[test]
fn one_kind_per_entity_across_documents() {
    let docs = [
        (
            "Ieri la startup torinese Quorvia ha raccolto fondi.",
            Lang::It,
        ),
        ("Analysts expect Quorvia to grow.", Lang::En),
    ];
    let linked = Gazetteer::embedded().link_all(&docs);
    let q: Vec<(&str, EntityKind, &str)> = linked
        .iter()
        .flatten()
        .map(|m| (m.id.as_str(), m.kind, m.rule.as_str()))
        .collect();
    assert_eq!(
        q,
        [
            ("new:quorvia", Org, "discovered+org_noun"),
            ("new:quorvia", Org, "discovered+cluster"),
        ]
    );
}

#[test]
fn a_lone_surname_names_the_discovered_person() {
    let t = "Secondo il presidente Riccardo Malvezzi, i conti sono buoni. «Cresceremo», ha detto Malvezzi.";
    let m = link(t, Lang::It);
    let ids: Vec<(&str, EntityKind, &str)> = m
        .iter()
        .map(|m| (m.id.as_str(), m.kind, m.rule.as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            ("new:riccardo malvezzi", Person, "discovered+person_role"),
            ("new:riccardo malvezzi", Person, "discovered+surname"),
        ]
    );
}

#[test]
fn deterministic() {
    let t = "Il fondo Arvenna Capital e la banca Solmare hanno firmato con Giorgio Tassi.";
    assert_eq!(kinds(t, Lang::It), kinds(t, Lang::It));
}

#[test]
fn an_organization_without_its_designator() {
    // "Halvard" for "Halvard Capital", also at a sentence's start and before "-Chef".
    let t = "Gestern kaufte Halvard Capital Aktien. Halvard investiert viel. \
             Halvard-Chef Tobias Brenner sprach von einem Erfolg.";
    let m = link(t, Lang::De);
    let got: Vec<(&str, &str, EntityKind)> = m
        .iter()
        .map(|m| (m.span.slice(t).unwrap_or(""), m.id.as_str(), m.kind))
        .collect();
    assert_eq!(
        got,
        [
            ("Halvard Capital", "new:halvard capital", Org),
            ("Halvard", "new:halvard capital", Org),
            ("Halvard", "new:halvard capital", Org),
            ("Tobias Brenner", "new:tobias brenner", Person),
        ]
    );
    // Not a word the text also writes in lower case.
    let t = "Il fondo Aperto Capital ha un capitale aperto. Aperto al pubblico.";
    assert!(link(t, Lang::It)
        .iter()
        .all(|m| m.id != "new:aperto capital" || m.span.len() > "Aperto".len()));
}

#[test]
fn places_only_after_words_that_introduce_places() {
    let t = "La fabbrica sorgerà alle porte di Castelvetro, vicino al Nord Italia.";
    let k = kinds(t, Lang::It);
    assert!(
        k.contains(&(
            "Castelvetro".into(),
            EntityKind::Place,
            "discovered+place_prep".into()
        )),
        "{k:?}"
    );
    assert!(
        k.contains(&(
            "Nord".into(),
            EntityKind::Place,
            "discovered+place_word".into()
        )),
        "{k:?}"
    );
    assert_eq!(
        kind_of(
            "Le site sera construit près de Valmorel.",
            Lang::Fr,
            "Valmorel"
        ),
        Some((EntityKind::Place, "discovered+place_prep".into()))
    );
    // "in" alone says nothing: companies are invested in too.
    assert_eq!(
        kind_of("Il fondo ha investito in Brevanta.", Lang::It, "Brevanta").map(|k| k.0),
        Some(Other)
    );
}

#[test]
fn the_name_after_a_role_and_its_of_is_the_organization_not_the_person() {
    // "the chief executive of X, Y": X is whose role it is, Y the person.
    for (text, lang, org, person) in [
        (
            "L'amministratore delegato di Velmar, Carla Bassi, prevede 40 nuove assunzioni.",
            Lang::It,
            "Velmar",
            "Carla Bassi",
        ),
        (
            "Le PDG de Lorvane, Luc Mercier, a annoncé 200 embauches.",
            Lang::Fr,
            "Lorvane",
            "Luc Mercier",
        ),
        (
            "The chief executive of Brantley, Harald Olsen, expects 5% growth.",
            Lang::En,
            "Brantley",
            "Harald Olsen",
        ),
    ] {
        assert_eq!(
            kind_of(text, lang, org).map(|k| k.0),
            Some(EntityKind::Organization),
            "{text}"
        );
        assert_eq!(
            kind_of(text, lang, person).map(|k| k.0),
            Some(EntityKind::Person),
            "{text}"
        );
    }
    // A role without "of" still introduces its person.
    assert_eq!(
        kind_of(
            "Secondo l'amministratore delegato Carla Bassi, i ricavi cresceranno.",
            Lang::It,
            "Carla Bassi"
        )
        .map(|k| k.0),
        Some(EntityKind::Person)
    );
}
