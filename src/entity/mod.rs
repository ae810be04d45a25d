//! Entities: one canonical entity for every way a name is written.
//!
//! News across languages names the same company or person in many forms ("Mark Zuckerberg",
//! "Zuckerberg’s", "扎克伯格", "小扎"), damages names in transit ("Openi", "Scale Al"), and
//! sometimes translates them as words ("il CEO di perplessità"). A [`Gazetteer`] holds known
//! entities with their labels and aliases per language and script; [`Gazetteer::link`] finds
//! their mentions in one text, and [`cluster`] gives names discovered in several documents one
//! id.
//!
//! ```
//! use concord::{Gazetteer, Lang, EntityKind};
//! let text = "Il CEO di Meta, Mark Zuckerberg, ha assunto ricercatori di OpenAI.";
//! let found = Gazetteer::embedded().link(text, Lang::It);
//! let names: Vec<(&str, &str)> =
//!     found.iter().map(|m| (m.span.slice(text).unwrap(), m.name.as_str())).collect();
//! assert_eq!(names, [("Meta", "Meta"), ("Mark Zuckerberg", "Mark Zuckerberg"), ("OpenAI", "OpenAI")]);
//! assert_eq!(found[1].kind, EntityKind::Person);
//! ```
//!
//! ## How a mention is found
//!
//! 1. **Exact**: one leftmost-longest aho-corasick pass over the folded text
//!    ([`crate::text::fold`]: case, accents, width, traditional/simplified Chinese), whole words
//!    only in Latin scripts, a possessive or (where the language has them) an inflection ending
//!    tolerated after the name. Each match passes its alias form's gates: capitals for
//!    acronyms (or one capital where the language's press writes them so, cue flag
//!    `title_acronyms`: Italian "Onu", "Ppe", two letters too where the text never writes them in
//!    lower case and they are no function word, "l'Ue"; never a common word or a given name); a capital
//!    for ordinary Latin names unless the name is distinctive in writing ("openai" links,
//!    "meta" and "metà" do not); a naming context for translations
//!    ("il CEO di perplessità Aravind Srinivas" links, "con perplessità" does not; in Chinese,
//!    a role right after the name: "苹果CEO"). A name that is also a common word ("Threads",
//!    "Oracle": cue kind `homograph`) links at a sentence's start only where the text names
//!    the entity elsewhere too. A product's or organization's name that is a common given
//!    name ("Claude") before a family name, with a role before it or the family name alone
//!    elsewhere, is a person's ("l'analyste Claude Mercier").
//!
//!    A name several countries' parties or chambers share ("the Greens", "绿党", "Senato",
//!    "民主党": `data/gazetteer/generic.tsv`) links to the one whose country's politics the
//!    text names (the entity otherwise, another party or chamber of its country, in Chinese
//!    the country), and to nothing where none or two do; rule `generic`. So does a union's
//!    institution written by its head noun alone ("la Commissione" in a text that names the
//!    EU), never where the noun heads a longer name ("Commissione Trasporti").
//!
//! 2. **Gap**: a known person's name of three or more words written with its middle word
//!    translated ("Hyung ha vinto Chung" for "Hyung Won Chung"): first and last word, one to
//!    three lower-case words between them.
//! 3. **Acronym definitions**: "Meta Soprintendigence Labs (MSL)" — the name and the acronym
//!    name one entity, the one either already links to (a damaged name then links by the
//!    definition when it is close to the entity's name or its initials spell the acronym), a
//!    fuzzy match, or a new one; later uses of the acronym follow. A name written with one
//!    capital ("Office fédéral des transports (OFT)") is one where its content words' initials
//!    spell the acronym; a public body's name read whole, or a known organization's whose
//!    content words' initials spell it, is the definition as it stands ("Banque nationale de
//!    Belgique (BNB)"). An acronym written with one capital, as Italian news write them
//!    ("Istituto superiore di sanità (Iss)"), is defined only after such a name, its letters
//!    the initials in any order ("Comitato olimpico internazionale (Cio)"), or after a body's
//!    name where it opens with one of the name's initials and is never written in lower case
//!    (another language's acronym: "Amministrazione meteorologica centrale (Cwa)"), or after
//!    a name whose initials spell it in order ("Harlow Nutrition Group (Hng)"); its later uses
//!    with one capital follow too. A body's name read whole runs on to the acronym in brackets
//!    that closes it ("Centro europeo | per la prevenzione ... (Ecdc)"). A new organization an
//!    acronym defines is keyed by the acronym (`new:ecdc`), the same in every language.
//! 4. **Fuzzy**, only on capitalized runs the exact pass left: similarity after folding and
//!    look-alike mapping (`I`/`l`: "Scale Al"), the mean of Jaro-Winkler and normalized
//!    Damerau-Levenshtein. Multi-word windows need about as many words as the name, equal
//!    digits ("GPT-5" is not "GPT-4"), long enough differing words, and for people every word
//!    close and one equal. One word needs five letters, one or two edits, not to be a longer
//!    word starting with the name ("Metal"), and a higher bar unless the text names the
//!    entity exactly elsewhere ("Openi" in a text that says "Openai").
//! 5. **Short form**: one capitalized word one letter short of a name the text uses at least
//!    three times, in one of the contexts it uses the name in ("le succès de Met" where the
//!    text says "de Meta"); never inside a longer name ("Met Office") nor in lower case.
//!    A known landmark's or organization's name "X of" a place is later written "X"
//!    ("Notre-Dame" after "Notre-Dame de Paris"); in Chinese, without its city's name
//!    ("圣母院" after "巴黎圣母院"). A public body's head noun alone, capitalized, names the
//!    body the text named in full ("la Commissione" after "Commissione europea", "die
//!    Kommission" after "EU-Kommission" or "Europäische Kommission"), never after an
//!    indefinite article ("eine Kommission").
//! 6. **Surname / given name** of a person the text names in full ("Srinivas" after
//!    "Aravind Srinivas"), unless two such people share it.
//!    Before discovery, a title of a work between quotes (`titles`: every 《…》 in Chinese; in
//!    Latin scripts a quotation of two to six words, capitalized, written twice or ending in a
//!    sequel's number, "'Notte di luna 2'") is one work (kind `product`, rule `title`) with its
//!    whole text, and its unquoted repeats with it; speech and scare quotes are not.
//! 7. **Discovery** of names the gazetteer lacks: capitalized runs (joined by spaces, hyphens
//!    or connectors such as "of"), Latin-script runs inside Chinese text, whole quotations;
//!    function words, common capitalized words and roles trimmed (where nouns join, a compound
//!    ending in a role too: "Sportvorstand"; where adjectives have capitals only in names, a
//!    home place's adjective, "die Zürcher Implenia", where the text writes the rest alone
//!    too: `describe`'s city adjectives); a single sentence-initial
//!    word only where the text also capitalizes it mid-sentence; titles in title case count
//!    as sentence-initial; in German, where every noun has a capital, only a brand's shape
//!    (capitals, digits, "camelCase"), quotes, or capitalized words in a row mid-sentence make
//!    a name; at a sentence's start, a given name and a family name, the given name known or
//!    the family name written alone later, mid-sentence after a verb ("Tarjei Holmvik hat
//!    gewonnen ... kommt Holmvik"), and a noun before them describes the person ("den Spanier
//!    Carlos Ruiz"). A ministry's portfolio after a minister's title or before a given name is no part
//!    of a name ("ministra del Lavoro Marina Rossi": cue kinds `minister`, `portfolio`).
//!    Where every noun is capitalized, a noun in the genitive after its determiner describes
//!    the name after it ("des Herstellers Acme"), and so does an organization's noun, a
//!    compound too ("die Wetteragentur Brisora": kind cue `org_noun`); a plural common noun
//!    after an acronym is no part of it ("das Institut KFB Bürgschaften vergeben"). A title of
//!    rank, royalty or the clergy ("Mgr", "Sir", "Papst", "Kaiserin": cue kind `title`) is no
//!    part of the name after it and makes it a person's, one name alone too where every noun
//!    is capitalized ("der Kaiserin Adelheid"), and so is a compound joined by hyphens whose
//!    last part is a person's role or standing ("Tennis-Star Jonas Velde"). Outside English,
//!    an apostrophe and "s" ending a capitalized word are a name's own shape ("bei
//!    Sotheby's"); a short lower-case part after an apostrophe ("Chang'e") and a number
//!    joined by a hyphen ("Tianwen-1") are a name's too, another number another name. A known place inside
//!    a longer name is no place there: before an organization's last word ("Taiwan
//!    Railway"), or after a capitalized word and at most one lower-case word where the text
//!    writes the whole twice ("Santé publique France"); where nouns are not all capitalized,
//!    after a capitalized word mid-sentence and "of" ("l'Opéra de Lyon", "l'Università di
//!    Padova"), unless the word names the place's own government ("Comune di Venezia": kind
//!    cue `place_body`), and a landmark's name after a capitalized word ("l'association
//!    Sauver Notre-Dame de Paris"): one name with it. A lower-case particle between hyphens
//!    is a name's ("Viollet-le-Duc"), and a function word before a hyphen and a capital
//!    opens one ("Notre-Dame").
//!    A role compound inside a run ends the name before it ("ACME-Verhandlungsführer Mara
//!    Olsen": "ACME" and "Mara Olsen"); where every noun is capitalized, a noun right after a
//!    number is no name's first word ("in 12 Metern Tiefe"), nor a preposition opening the
//!    sentence ("Am Tag danach"). "Name of Place" keeps the place apart where the name is whole
//!    before "of": a person's, a numbered one ("COP31 de Belém"), or an English name ending in
//!    an organization's or a landmark's word in another language's text ("Harbor Tunnel di
//!    Boston": cue `landmark_noun`). A code of letters then digits ("COP31") is a name even
//!    where a currency's code starts it. A landmark written with its class's noun ("Erik
//!    Halvorsen Bridge", "le pont Erik Halvorsen", "die Erik-Halvorsen-Brücke") is keyed by
//!    the name's words and the English class (`new:erik halvorsen bridge`) in every language,
//!    and a landmark's noun with "of" and a place ("il porto di Genova", "der Hafen von
//!    Kiel") names the landmark, keyed by the place's name and the class (`new:genova port`),
//!    not the place.
//!    Ids are `new:<folded name>`; the kind is guessed where shape or context tells
//!    (an organization's last word such as "Partners" or "GmbH"; a role, an honorific or a
//!    known person's given name before two or three plain words), `other` otherwise.
//!    After a role and its "of", a given name in a capitalized run starts a person's name
//!    apart from the organization's ("il presidente dell'Fvtu Marco Galli"). A romanized
//!    Chinese name keeps a family name that is a function word elsewhere ("He Jianping").
//!    A date or time word ("Mitte", "Juli": cue kind `name_end`) ends a name; where every noun
//!    is capitalized, so does a common noun after a person's name.
//!    A public body's name written with one capital or with prepositions ("Agenzia spaziale
//!    italiana", "Cour des comptes", "Bundesamt für Verkehr") is read whole before that
//!    (`institution`, words in `data/gazetteer/institutions.tsv`): a head noun and the words
//!    that continue it; an organization of its own, rule `institution`, and the definition of
//!    an acronym in brackets after it; in German a lower-case adjective before the
//!    complement's noun goes on with it ("Institut für angewandte Ökologie"). A ministry written in lower case ("ministère japonais
//!    de l'Industrie") is read so only with its capitalized portfolio.
//! 8. **Chinese discovery** (`han`, cues in `data/gazetteer/zh_names.tsv`): companies by their
//!    suffixes ("X科技有限公司", "X集团"; "X汽车" and "X公司" only with more evidence; a public
//!    body's with its country's name: "法国最高行政法院", or the state's word: "中央气象署",
//!    later "气象署", cues `institution`, `state`; a company named after a foreign person,
//!    "X·Y饮料集团"), foreign people by the interpunct ("阿瑟·门施"), a foreign name in
//!    transliteration the text repeats alone three times or more, Chinese people after a role
//!    or an occupation ("董事长王传福", "画家X", "羽球好手X"), a numbered craft ("嫦娥六号": a
//!    series of `data/gazetteer/zh_series.tsv`, keyed as its Latin name "Chang'e-6" is), a
//!    Chinese name and a Latin one in brackets as one entity ("比亚迪（BYD）"), and later uses of
//!    a name found so. A string the gazetteer marks `not` ("中国银行业") is no name.
//!    A foreign person's name in transliteration ("罗兰·布施") links to the known person whose
//!    Latin name it sounds like ("Roland Busch"), where only one does (`translit`: the
//!    characters' readings in `data/gazetteer/zh_translit.tsv`, consonant skeletons compared
//!    given and family name apart); rule `transliteration`. Before a person's Latin name in
//!    brackets, the name is the characters that transliterate it, not the words that describe
//!    the person before them ("网球新星策尔纳（Hannes Zellner）"). "Our country" (我国) names
//!    the home country of the news agency whose dateline opens the text ("新华社北京电":
//!    China; "（中央社台北电）": Taiwan; `data/gazetteer/zh_first_person.tsv`), and nothing
//!    where no dateline says it; rule `first_person`. A Latin name followed by an event's
//!    word ("WTU公开赛", cue `event`) is the event's name, the Latin name alone its
//!    organizer's; rule `event`.
//!
//! 9. **Short later mentions** (`short`), once kinds are known: a person's family name
//!    ("Brandt", "Herr Brandt" after "Olivia Brandt") and an organization's first distinctive
//!    word ("Velora" after "Velora Dynamics"), known or discovered, where no other name of the
//!    text shortens to the same word, no other known name starts with it ("General",
//!    "Deutsche"), and the text never writes it in lower case; an event's first word ("WTU"
//!    of "WTU Finals", cue kind `event`) names who runs it, not the event. A romanized Chinese name gives
//!    its first word ("M. Sun" after "Sun Jianmin"). An acronym written with one capital
//!    ("Tvi") names what the text writes in capitals ("TVI"); a Chinese organization's name is
//!    later written without its legal form or by its words' first characters ("招银" after
//!    "招商银行", data in `data/gazetteer/zh_short.tsv`); a known foreign one's transliteration
//!    by its first two characters ("尤文" after "尤文图斯"). A family name alone after a title or
//!    a role ("il ministro Giorgetti") names the one known person of that family name. Before
//!    all these, a name and another after "also known as" and its kin ("noto anche come",
//!    "英文名": cue kind `aka`) are one entity's ("Xu Ming (noto anche come Tom Xu)").
//!
//! 10. **Descriptions** (`describe`), last: a definite description of a company by its home
//!     ("der Konzern aus Clichy", "il gruppo torinese", "le groupe allemand", "der Münchner
//!     Konzern", "die Franzosen", "该法国集团") names the one company of that country or home
//!     place the document names, never when two fit or none. Homes are data
//!     (`data/gazetteer/homes.tsv`: a country and home places per company), and so are the
//!     words per language (`data/gazetteer/descriptions.tsv`: articles, company nouns, country
//!     and city adjectives, plural people nouns, prepositions before a place). Inside a clause
//!     (not at its start) a description names only the company named last. Rule
//!     `description`, score 0.7.
//!
//! 11. **Bodies by function** (`functions`, right after overlaps are resolved): a ministry by
//!     its portfolio ("ministero della Salute", "ministère de la Santé",
//!     "Gesundheitsministerium", "Ministry of Health", "卫生部", "厚生劳动省") and a court by its
//!     rank ("High Court", "Alta Corte", "Obergericht", "高院") name the body of the state the
//!     name carries ("ministère japonais", "das römische Wirtschaftsministerium", "Alta Corte di
//!     Singapore", "日本厚生劳动省") or else of the state the text names most (the press's own
//!     where two tie or none is named): the gazetteer's body where it has one, else
//!     `new:<state> <function>` ("new:japan ministry of health"), one id in every language
//!     (`data/gazetteer/functions.tsv`); rule `function`.
//!
//! A subsidiary named by its parent and a business ("Acme Motors", "Acme New Energy Vehicle",
//! "Acme Property Services", and in Chinese "宏达汽车（1234）" with a stock code or "旗下"
//! before it) is not the parent: keyed by the parent and the class of business
//! (`data/gazetteer/branches.tsv`: "new:acme auto"), one company in every script; rule
//! `branch`. Treaties and conventions (`data/gazetteer/documents.tsv`) are entities of their
//! own, and one the gazetteer lacks is keyed by its place like a landmark ("Convenzione di
//! Aarhus", "Aarhus-Konvention", "the Aarhus Convention", "die Kieler Konvention": "new:aarhus
//! convention"). Across documents, a Hong Kong or Taiwanese name with a Western given name
//! before the Chinese one ("Karen Lau Wing-yee") is the person the Western name and the family
//! name alone name ("Karen Lau").
//!
//! Overlaps are resolved by rule strength (gap, acronym definitions and multi-word fuzzy
//! matches over exact matches over single-word rules over discovery), then length.
//!
//! Rule names in [`EntityMention::rule`]: `exact` (a label), `alias`, `acronym`, `translation`,
//! `gap`, `acronym_def`, `fuzzy`, `short_form` (a truncated name, or an organization's first
//! word), `surname`, `given_name`, `discovered`, `institution` (a public body's name read
//! whole), `transliteration`,
//! `bracketed` (a Chinese name with a Latin one in brackets), `generic` (a name several
//! countries' parties or chambers share, decided by the text's politics), `description` (a company named
//! by its home), `first_person` ("我国": the country of the text's dateline agency), `event`
//! (a Chinese event's name after a Latin one), `function` (a ministry or court by its function),
//! `branch` (a subsidiary by its parent and its business).
//!
//! ## Across documents
//!
//! A [`Clusterer`] merges the `new:` ids of one unknown name written differently in several
//! documents (a person's Latin name and its Chinese transliteration too, and a Chinese person's
//! name and its romanization: `data/gazetteer/zh_romanized.tsv`), one document at a time (so documents can be streamed); [`cluster`] and
//! [`Gazetteer::link_all`] run one over a batch.
//!
//! ## Data
//!
//! The embedded gazetteer is `data/gazetteer/default.tsv` and `business.tsv`, the context cues are
//! `data/gazetteer/cues.tsv`, `kind_cues.tsv`, `institutions.tsv` and `zh_names.tsv`; users load their own with [`Gazetteer::load_file`],
//! [`Gazetteer::from_tsv`], [`Gazetteer::from_wikidata`] and [`Gazetteer::extend`]. Word
//! translations of names are data too (form `translation` in the TSV, `translations` in JSON).

mod describe;
mod discover;
pub(crate) mod first_person;
mod functions;
mod fuzzy;
mod gazetteer;
mod generic;
mod han;
mod institution;
mod kinds;
mod load;
mod romanize;
mod short;
mod titles;
mod translit;
mod words;
mod world;
pub(crate) use world::EARTH as EARTH_ID;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

pub use discover::Clusterer;
pub use gazetteer::{Alias, AliasForm, Entity};
pub use load::{parse_kind, parse_tsv, parse_wikidata, Cues};

use crate::error::Error;
use crate::lang::Lang;
use crate::text::fold::Folded;
use crate::text::Span;
use gazetteer::{Doc, Index};

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A company, lab, agency or other organization.
    Organization,
    /// A person.
    Person,
    /// A product or model (H100, Llama 4).
    Product,
    /// A place.
    Place,
    /// A facility (a data centre, a cluster, a plant).
    Facility,
    /// Anything else.
    Other,
}

/// One mention of an entity in a text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityMention {
    /// The surface in the original text.
    pub span: Span,
    /// The entity's id.
    pub id: String,
    /// The entity's canonical name.
    pub name: String,
    /// Its kind.
    pub kind: EntityKind,
    /// How sure the link is, from 0 to 1.
    pub score: f64,
    /// The rule that made the link (`exact`, `alias`, `acronym`, `translation`, `fuzzy`, ...).
    pub rule: String,
}

/// What a candidate mention points at.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Target {
    /// A gazetteer entity, by index.
    Known(usize),
    /// A discovered name: its normalized key and display form.
    New {
        key: String,
        name: String,
        kind: EntityKind,
    },
    /// No entity: a string that contains a name without naming it (alias form
    /// [`AliasForm::Not`]). It holds its place against discovery and is never output.
    Nothing,
}

/// A candidate mention before overlaps are resolved.
#[derive(Clone, Debug)]
pub(crate) struct Cand {
    pub span: Span,
    pub target: Target,
    pub score: f64,
    pub rule: &'static str,
    /// Which rule wins an overlap: higher first, then the longer span.
    pub rank: u8,
}

impl Cand {
    /// A new organization named `surface` at `span`, keyed by its folded name tokens; `None`
    /// when the name has no token to key it by (it would share the empty key with every
    /// other such name).
    pub(crate) fn new_org(
        span: Span,
        surface: &str,
        (score, rank): (f64, u8),
        rule: &'static str,
    ) -> Option<Cand> {
        let key = gazetteer::name_tokens(&crate::text::fold::fold_str(surface)).join(" ");
        (!key.is_empty()).then(|| Cand {
            span,
            target: Target::New {
                key,
                name: surface.to_string(),
                kind: EntityKind::Organization,
            },
            score,
            rule,
            rank,
        })
    }
}

/// A set of known entities, with the index that finds them.
#[derive(Clone, Debug)]
///
/// The entities, their index and the places' table are shared between clones (a clone of the
/// embedded gazetteer, as [`crate::Pipeline::default`] makes, copies no table); a clone that
/// is extended gets tables of its own.
pub struct Gazetteer {
    entities: std::sync::Arc<Vec<Entity>>,
    index: std::sync::Arc<Index>,
    cues: Cues,
    describe: std::sync::Arc<describe::Rules>,
    places: std::sync::Arc<describe::Places>,
}

impl Default for Gazetteer {
    /// An empty gazetteer with the embedded context cues.
    fn default() -> Self {
        Gazetteer {
            entities: std::sync::Arc::default(),
            index: std::sync::Arc::default(),
            cues: Cues::embedded().clone(),
            describe: describe::Rules::embedded(),
            places: std::sync::Arc::default(),
        }
    }
}

/// The embedded gazetteer's files, in the order they load (a later file's line adds aliases
/// to an id an earlier one knows).
const EMBEDDED_TSV: [(&str, &str); 11] = [
    (
        "data/gazetteer/default.tsv",
        include_str!("../../data/gazetteer/default.tsv"),
    ),
    (
        "data/gazetteer/business.tsv",
        include_str!("../../data/gazetteer/business.tsv"),
    ),
    (
        "data/gazetteer/assets.tsv",
        include_str!("../../data/gazetteer/assets.tsv"),
    ),
    (
        "data/gazetteer/landmarks.tsv",
        include_str!("../../data/gazetteer/landmarks.tsv"),
    ),
    (
        "data/gazetteer/regions.tsv",
        include_str!("../../data/gazetteer/regions.tsv"),
    ),
    (
        "data/gazetteer/parties.tsv",
        include_str!("../../data/gazetteer/parties.tsv"),
    ),
    (
        "data/gazetteer/cities.tsv",
        include_str!("../../data/gazetteer/cities.tsv"),
    ),
    (
        "data/gazetteer/countries.tsv",
        include_str!("../../data/gazetteer/countries.tsv"),
    ),
    (
        "data/gazetteer/bodies.tsv",
        include_str!("../../data/gazetteer/bodies.tsv"),
    ),
    (
        "data/gazetteer/courts.tsv",
        include_str!("../../data/gazetteer/courts.tsv"),
    ),
    (
        "data/gazetteer/documents.tsv",
        include_str!("../../data/gazetteer/documents.tsv"),
    ),
];

impl Gazetteer {
    /// The embedded default gazetteer (`data/gazetteer/default.tsv`, `business.tsv`,
    /// `assets.tsv` (traded assets, exchanges and market data providers), `landmarks.tsv`,
    /// `regions.tsv`, `parties.tsv` (political parties, legislatures and
    /// electoral bodies), `cities.tsv`, `countries.tsv`, `bodies.tsv` and `courts.tsv` (courts
    /// and prosecutors' offices)).
    pub fn embedded() -> &'static Gazetteer {
        static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        G.get_or_init(|| {
            let mut entities = Vec::new();
            for (name, src) in EMBEDDED_TSV {
                // Checked by a test: every embedded file parses (a runtime error here would
                // only drop the file's entities, never panic).
                entities.extend(parse_tsv(name, src).unwrap_or_default());
            }
            Gazetteer::new(entities)
        })
    }

    /// A gazetteer of `entities`, with the embedded context cues.
    pub fn new(entities: Vec<Entity>) -> Gazetteer {
        let mut g = Gazetteer::default();
        g.extend(entities);
        g
    }

    /// A gazetteer from the TSV format (see [`parse_tsv`]).
    ///
    /// ```
    /// use concord::{Gazetteer, Lang};
    /// let g = Gazetteer::from_tsv("acme\torganization\t*\tAcme Robotics\nacme\t\tzh\t艾克米\n").unwrap();
    /// let m = g.link("艾克米 hired from Acme Robotics.", Lang::En);
    /// assert_eq!(m.len(), 2);
    /// assert!(m.iter().all(|m| m.id == "acme"));
    /// ```
    pub fn from_tsv(src: &str) -> Result<Gazetteer, Error> {
        Ok(Gazetteer::new(parse_tsv("<tsv>", src)?))
    }

    /// A gazetteer from Wikidata-style JSON (an array or JSON Lines; see [`parse_wikidata`]).
    pub fn from_wikidata(src: &str) -> Result<Gazetteer, Error> {
        Ok(Gazetteer::new(parse_wikidata("<wikidata>", src)?))
    }

    /// Adds the entities of a file: Wikidata-style JSON when the name ends in `.json` or
    /// `.jsonl` (or the content starts with `[` or `{`), the TSV format otherwise.
    pub fn load_file(&mut self, path: impl AsRef<std::path::Path>) -> Result<(), Error> {
        let path = path.as_ref();
        let src = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let name = path.display().to_string();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let first = src.trim_start().chars().next();
        let entities = if ext == "json" || ext == "jsonl" || matches!(first, Some('[' | '{')) {
            parse_wikidata(&name, &src)?
        } else {
            parse_tsv(&name, &src)?
        };
        self.extend(entities);
        Ok(())
    }

    /// Adds entities; an entity whose id is already known adds its aliases to it.
    ///
    /// ```
    /// use concord::{Gazetteer, Lang};
    /// use concord::entity::parse_tsv;
    /// let mut g = Gazetteer::embedded().clone();
    /// g.extend(parse_tsv("mine", "meta\t\tit\tla società di Menlo Park\n").unwrap());
    /// let m = g.link("Ha parlato la società di Menlo Park.", Lang::It);
    /// assert_eq!(m[0].id, "meta");
    /// ```
    pub fn extend(&mut self, entities: impl IntoIterator<Item = Entity>) {
        let mut by_id: IndexMap<String, usize> = self
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let own = std::sync::Arc::make_mut(&mut self.entities);
        for e in entities {
            match by_id.get(&e.id).and_then(|&i| own.get_mut(i)) {
                Some(known) => {
                    for a in e.aliases {
                        if !known.aliases.contains(&a) {
                            known.aliases.push(a);
                        }
                    }
                }
                None => {
                    by_id.insert(e.id.clone(), own.len());
                    own.push(e);
                }
            }
        }
        self.index = std::sync::Arc::new(Index::build(&self.entities));
        self.places = std::sync::Arc::new(describe::Places::build(&self.describe, &self.entities));
    }

    /// Adds companies' homes (TSV: `id`, country code, home places `|` separated, as in
    /// `data/gazetteer/homes.tsv`), read by descriptions such as "le groupe clermontois".
    ///
    /// ```
    /// use concord::{Gazetteer, Lang};
    /// let mut g = Gazetteer::from_tsv("acme\torganization\t*\tAcme Robotics\n").unwrap();
    /// g.load_homes("mine", "acme\tFR\tlyon\n").unwrap();
    /// let m = g.link("Acme Robotics a recruté. Le groupe lyonnais a dit non.", Lang::Fr);
    /// assert_eq!(m.len(), 2);
    /// assert_eq!((m[1].id.as_str(), m[1].rule.as_str()), ("acme", "description"));
    /// ```
    pub fn load_homes(&mut self, name: &str, src: &str) -> Result<(), Error> {
        std::sync::Arc::make_mut(&mut self.describe).add_homes(name, src)?;
        self.places = std::sync::Arc::new(describe::Places::build(&self.describe, &self.entities));
        Ok(())
    }

    /// Adds description rules (TSV as in `data/gazetteer/descriptions.tsv`: articles, company
    /// nouns, country and city adjectives per language).
    pub fn load_description_rules(&mut self, name: &str, src: &str) -> Result<(), Error> {
        std::sync::Arc::make_mut(&mut self.describe).add_rules(name, src)?;
        self.places = std::sync::Arc::new(describe::Places::build(&self.describe, &self.entities));
        Ok(())
    }

    /// Replaces the context cues (roles, prepositions, inflection endings, common words).
    pub fn with_cues(mut self, cues: Cues) -> Gazetteer {
        self.cues = cues;
        self
    }

    /// The entities, in load order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity with this id.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.index.by_id.get(id).and_then(|&i| self.entities.get(i))
    }

    /// Finds the mentions of entities in `text`, read as `lang`, in text order.
    pub fn link(&self, text: &str, lang: Lang) -> Vec<EntityMention> {
        let folded = Folded::new(text);
        let words = words::tokenize_folded(text, &folded);
        let doc = Doc {
            text,
            folded: &folded,
            words: &words,
            lang,
            cues: &self.cues,
        };
        let mut cands = gazetteer::exact(&self.entities, &self.index, &doc);
        // A common word that names a thing ("cacao") names it where no longer name holds it
        // ("Organizzazione internazionale del cacao"): discovery reads the text without it.
        let (words_of_things, rest): (Vec<Cand>, Vec<Cand>) =
            cands.into_iter().partition(|c| c.rule == "word");
        cands = rest;
        generic::Generic::embedded().apply(&self.entities, &self.index, &doc, &mut cands);
        titles::find(&doc, &mut cands);
        discover::apply(&self.entities, &self.index, &doc, &mut cands);
        describe::trim_home_adjectives(&self.describe, &self.places, &doc, &mut cands);
        han::apply(&self.entities, &doc, &mut cands);
        for w in words_of_things {
            let held = cands.iter().any(|c| {
                c.span.start < w.span.end
                    && w.span.start < c.span.end
                    && c.span.len() > w.span.len()
            });
            if !held {
                cands.push(w);
            }
        }
        translit::link_known(&self.index, &mut cands);
        discover::branches(&self.entities, &doc, &mut cands);
        let mut found = self.resolve(cands);
        functions::Functions::embedded().apply(&self.entities, &self.index, &doc, &mut found);
        kinds::classify(&self.entities, &self.index, &doc, &mut found);
        short::also_known_as(&doc, &mut found);
        short::apply(&self.entities, &self.index, &doc, &mut found);
        short::acronym_case(&doc, &mut found);
        short::titled_known(&self.entities, &self.index, &mut found);
        short::before_of(&doc, &mut found);
        if lang == Lang::Zh {
            let place_len = |folded: &str| self.place_prefix(folded);
            short::han_short(&doc, &mut found, &place_len);
            han::events(&doc, &mut found);
        }
        let by_id = |id: &str| self.index.by_id.get(id).copied();
        describe::apply(
            &self.describe,
            &self.places,
            &self.entities,
            &by_id,
            &doc,
            &mut found,
        );
        if lang == Lang::Zh {
            first_person::apply(&self.entities, &self.index, &doc, &mut found);
        }
        world::apply(&self.entities, &self.index, &doc, &mut found);
        found
    }

    /// The characters of the longest known place's name (two to six Han characters: "埃塞俄比亚")
    /// the folded Chinese `name` starts with, 0 if none ("巴黎圣母院": 2).
    fn place_prefix(&self, name: &str) -> usize {
        (2..=6)
            .rev()
            .find(|&n| {
                let prefix: String = name.chars().take(n).collect();
                prefix.chars().count() == n && self.index.han_places.contains(&prefix)
            })
            .unwrap_or(0)
    }

    /// Links every document and gives the names discovered in several of them one id
    /// ([`cluster`]).
    pub fn link_all(&self, docs: &[(&str, Lang)]) -> Vec<Vec<EntityMention>> {
        let mut out: Vec<Vec<EntityMention>> = docs.iter().map(|&(t, l)| self.link(t, l)).collect();
        cluster(&mut out);
        out
    }

    /// Keeps the best of overlapping candidates and turns them into mentions, in text order.
    fn resolve(&self, mut cands: Vec<Cand>) -> Vec<EntityMention> {
        cands.sort_by(|a, b| {
            b.rank
                .cmp(&a.rank)
                .then(b.span.len().cmp(&a.span.len()))
                .then(b.score.total_cmp(&a.score))
                .then(a.span.start.cmp(&b.span.start))
        });
        // Kept spans never overlap: by start, each one's end; an overlap with a new span can
        // only come from the last kept span starting before its end.
        let mut taken: std::collections::BTreeMap<usize, usize> = Default::default();
        let mut kept: Vec<Cand> = Vec::new();
        for c in cands {
            let clash = taken
                .range(..c.span.end)
                .next_back()
                .is_some_and(|(_, &end)| end > c.span.start);
            if c.span.is_empty() || clash {
                continue;
            }
            taken.insert(c.span.start, c.span.end);
            kept.push(c);
        }
        kept.sort_by_key(|c| (c.span.start, c.span.end));
        kept.into_iter().filter_map(|c| self.mention(c)).collect()
    }

    fn mention(&self, c: Cand) -> Option<EntityMention> {
        let (id, name, kind) = match c.target {
            Target::Known(i) => {
                let e = self.entities.get(i)?;
                (e.id.clone(), e.name.clone(), e.kind)
            }
            Target::New { key, name, kind } => (format!("new:{key}"), name, kind),
            Target::Nothing => return None,
        };
        Some(EntityMention {
            span: c.span,
            id,
            name,
            kind,
            score: c.score,
            rule: c.rule.to_string(),
        })
    }
}

/// Gives names discovered in several documents (ids `new:…`) one id per entity: the documents'
/// mentions go through one [`Clusterer`], in order. Known entities are left as they are.
pub fn cluster(docs: &mut [Vec<EntityMention>]) {
    let mut c = Clusterer::default();
    for d in docs.iter_mut() {
        c.assign(d);
    }
    kinds::propagate(docs);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A clone shares the tables of the gazetteer it copies until it is extended: then it has
    /// its own, and the original is as it was (the embedded gazetteer, which every
    /// `Pipeline::default()` clones, never learns a user's entities).
    #[test]
    fn an_extended_clone_leaves_the_original_alone() {
        let g = Gazetteer::from_tsv("lumen\torganization\t*\tLumen Dynamics\n").unwrap();
        let mut mine = g.clone();
        assert!(std::sync::Arc::ptr_eq(&g.index, &mine.index));
        mine.extend(parse_tsv("mine", "vireo\torganization\t*\tVireo Labs\n").unwrap());
        assert!(!std::sync::Arc::ptr_eq(&g.index, &mine.index));
        let text = "Vireo Labs signed with Lumen Dynamics.";
        let ids = |g: &Gazetteer| -> Vec<String> {
            g.link(text, Lang::En).into_iter().map(|m| m.id).collect()
        };
        assert_eq!(ids(&mine), ["vireo", "lumen"]);
        assert_eq!(ids(&g), ["lumen"]);
        assert_eq!((g.entities().len(), mine.entities().len()), (1, 2));
        // The same entity again adds its new alias to the clone only.
        mine.extend(parse_tsv("mine", "lumen\t\tde\tLumen Dynamik\n").unwrap());
        assert_eq!(mine.get("lumen").map(|e| e.aliases.len()), Some(2));
        assert_eq!(g.get("lumen").map(|e| e.aliases.len()), Some(1));
    }

    /// The embedded data files load with `unwrap_or_default` (bad data must not panic a
    /// user's program): this test is what keeps a file that no longer parses from being
    /// dropped without a word.
    #[test]
    fn every_embedded_data_file_parses() {
        for (name, src) in EMBEDDED_TSV {
            let entities = parse_tsv(name, src).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!entities.is_empty(), "{name}: no entity");
        }
        let cues = [
            (
                "data/gazetteer/cues.tsv",
                include_str!("../../data/gazetteer/cues.tsv"),
            ),
            (
                "data/gazetteer/kind_cues.tsv",
                include_str!("../../data/gazetteer/kind_cues.tsv"),
            ),
            (
                "data/gazetteer/institutions.tsv",
                include_str!("../../data/gazetteer/institutions.tsv"),
            ),
            (
                "data/gazetteer/zh_names.tsv",
                include_str!("../../data/gazetteer/zh_names.tsv"),
            ),
        ];
        Cues::from_tsv(cues[0].0, cues[0].1).unwrap_or_else(|e| panic!("{}: {e}", cues[0].0));
        kinds::KindCues::from_tsv(cues[1].0, cues[1].1)
            .unwrap_or_else(|e| panic!("{}: {e}", cues[1].0));
        institution::Institutions::from_tsv(cues[2].0, cues[2].1)
            .unwrap_or_else(|e| panic!("{}: {e}", cues[2].0));
        han::HanCues::from_tsv(cues[3].0, cues[3].1)
            .unwrap_or_else(|e| panic!("{}: {e}", cues[3].0));
        let mut rules = describe::Rules::default();
        rules
            .add_rules(
                "data/gazetteer/descriptions.tsv",
                include_str!("../../data/gazetteer/descriptions.tsv"),
            )
            .unwrap();
        rules
            .add_homes(
                "data/gazetteer/homes.tsv",
                include_str!("../../data/gazetteer/homes.tsv"),
            )
            .unwrap();
        // The two-column files read by `load::tab_pairs`, which leaves out a line without a
        // tab: every line that is no comment is a pair of non-empty columns.
        let pairs = [
            (
                "data/gazetteer/latin_sounds.tsv",
                include_str!("../../data/gazetteer/latin_sounds.tsv"),
            ),
            (
                "data/gazetteer/pinyin.tsv",
                include_str!("../../data/gazetteer/pinyin.tsv"),
            ),
            (
                "data/gazetteer/zh_translit.tsv",
                include_str!("../../data/gazetteer/zh_translit.tsv"),
            ),
            (
                "data/gazetteer/zh_short.tsv",
                include_str!("../../data/gazetteer/zh_short.tsv"),
            ),
        ];
        for (name, src) in pairs {
            let mut n = 0;
            for (i, line) in src.lines().enumerate() {
                let line = line.trim_end_matches('\r');
                if line.trim().is_empty() || line.trim_start().starts_with('#') {
                    continue;
                }
                let (a, b) = line
                    .split_once('\t')
                    .unwrap_or_else(|| panic!("{name}: line {}: no tab", i + 1));
                assert!(
                    !a.trim().is_empty() && !b.trim().is_empty(),
                    "{name}: line {}: an empty column",
                    i + 1
                );
                n += 1;
            }
            assert_eq!(load::tab_pairs(src).count(), n, "{name}");
        }
        // data/gazetteer/branches.tsv, read by `discover::branch_classes`: every line that is
        // no comment is a language (`*` or `zh`), words and a class.
        let branches = include_str!("../../data/gazetteer/branches.tsv");
        for (i, line) in branches.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            assert!(
                matches!(cols.as_slice(), [l, w, c] if matches!(*l, "*" | "zh") && !w.is_empty() && !c.is_empty()),
                "data/gazetteer/branches.tsv: line {}: {line:?}",
                i + 1
            );
        }
        // Every file's entities reach the embedded gazetteer: one name from each.
        let g = Gazetteer::embedded();
        for (name, src) in EMBEDDED_TSV {
            let first = parse_tsv(name, src).unwrap().remove(0);
            assert!(
                g.get(&first.id).is_some(),
                "{name}: {} not in the embedded gazetteer",
                first.id
            );
        }
    }

    fn surfaces(text: &str, lang: Lang) -> Vec<(String, String, String)> {
        Gazetteer::embedded()
            .link(text, lang)
            .into_iter()
            .map(|m| (m.span.slice(text).unwrap_or("").to_string(), m.id, m.rule))
            .collect()
    }

    fn ids(text: &str, lang: Lang) -> Vec<String> {
        surfaces(text, lang)
            .into_iter()
            .map(|(_, id, _)| id)
            .collect()
    }

    #[test]
    fn embedded_data_loads() {
        let g = Gazetteer::embedded();
        assert!(g.entities().len() > 200, "{}", g.entities().len());
        assert_eq!(g.get("meta").map(|e| e.name.as_str()), Some("Meta"));
        assert_eq!(
            g.get("mark_zuckerberg").map(|e| e.kind),
            Some(EntityKind::Person)
        );
    }

    #[test]
    fn scripts_and_possessives() {
        assert_eq!(
            ids("扎克伯格說，小扎與祖克柏", Lang::Zh),
            ["mark_zuckerberg", "mark_zuckerberg", "mark_zuckerberg"]
        );
        assert_eq!(
            surfaces("Despite it, Zuckerberg’s remarks on Meta's plan", Lang::En)
                .into_iter()
                .map(|s| s.0)
                .collect::<Vec<_>>(),
            ["Zuckerberg", "Meta"]
        );
        // Traditional and simplified fold together.
        assert_eq!(ids("曼哈頓和曼哈顿", Lang::Zh), ["manhattan", "manhattan"]);
    }

    #[test]
    fn german_inflection_ending() {
        assert_eq!(
            ids("Metas Investition in Nvidias Chips", Lang::De),
            ["meta", "nvidia"]
        );
        // Not in Italian, and never inside a longer word.
        assert!(ids("Metastasi e metaverso", Lang::It).is_empty());
    }

    #[test]
    fn longest_match_first() {
        assert_eq!(ids("Apple Daily ha chiuso", Lang::It), ["apple_daily"]);
        assert_eq!(ids("Apple ha chiuso", Lang::It), ["apple"]);
        assert_eq!(
            ids("Meta Superintelligence Labs e Meta", Lang::It),
            ["meta_superintelligence_labs", "meta"]
        );
        assert_eq!(ids("Llama 4 e Llama", Lang::It), ["llama_4", "llama"]);
    }

    #[test]
    fn case_gates() {
        // A distinctive spelling links in lower case; a common word does not.
        assert_eq!(ids("ricercatore di openai", Lang::It), ["openai"]);
        assert!(ids("la meta del viaggio, a metà strada", Lang::It).is_empty());
        assert!(ids("Metà dei ricercatori", Lang::It).is_empty());
        // Acronyms only in capitals.
        assert_eq!(
            ids("il laboratorio MSL", Lang::It),
            ["meta_superintelligence_labs"]
        );
        assert!(ids("msl", Lang::It).is_empty());
    }

    #[test]
    fn translations_only_in_naming_context() {
        assert_eq!(
            surfaces("Il CEO di perplessità Aravind Srinivas ha detto", Lang::It)
                .into_iter()
                .map(|s| (s.1, s.2))
                .collect::<Vec<_>>(),
            [
                ("perplexity".to_string(), "translation".to_string()),
                ("aravind_srinivas".to_string(), "exact".to_string())
            ]
        );
        assert!(ids("Ha risposto con perplessità alla domanda", Lang::It).is_empty());
        assert!(ids("un mare di perplessità", Lang::It).is_empty());
        assert_eq!(
            ids("le fondateur de perplexité a dit", Lang::Fr),
            ["perplexity"]
        );
    }

    #[test]
    fn no_panic_on_odd_input() {
        for t in [
            "",
            "\u{301}",
            "M",
            "(",
            "Meta\u{301}",
            "ß",
            "ﬁ Meta",
            "\0Meta\0",
        ] {
            let _ = Gazetteer::embedded().link(t, Lang::It);
        }
    }
}
