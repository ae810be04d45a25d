//! Frame filling: from one sentence's figures, cues and entities to claims.
//!
//! For each figure of a sentence (figures inside a name, "Llama 4", are skipped):
//! 1. the frame: among the frames that accept the figure's unit, the one with the nearest cue
//!    (bytes between cue and figure, plus 25 for each clause boundary in between: commas,
//!    colons, "che", "dass", "que", "that", and for a coordinating conjunction: "una perdita di
//!    2 miliardi e ricavi per 74" keeps each cue with its own figure; ties go to the cue before
//!    the figure, then to the longer cue). Weak cues (words several frames share: "jobs",
//!    "Stellen") choose only where no other cue does; a frame that `refines` the chosen one
//!    wins with a cue in the same clause ("speso 4 miliardi in ricerca e sviluppo" is
//!    `rd_spending`); a cue of another language counts only written as that language writes it
//!    (French "salariés" is no English "salaries"). Without a cue, a counted noun after a count
//!    ([`CountedNouns`]: "30 neue Züge") or else the nearest word of a concept in the figure's
//!    phrase ([`Concepts`]: "una quota del 49%", "eine Konzession für 40 Jahre") names the fact,
//!    with the key of the frame it maps to or its own (`count:train`, `duration:concession`;
//!    its own also where the frame a noun maps to finds no subject: "Paris a mobilisé 85
//!    bateaux" counts ships, a fleet is an operator's);
//!    a clause that a contrastive conjunction opens ("mentre", "tandis que", "während",
//!    "while", or one of [`FoldedRules::contrast_markers`]: "alors que", "wohingegen", "而"),
//!    naming a party of its own, restates the fact of the figure of the same unit before it for
//!    that party unless a cue of its own names another ("Le titre Orvane a bondi de 9 %, tandis
//!    que Talvik cédait 0,8 %": Talvik's share price change), its object only one it marks; so
//!    does a figure of a period of its own (a calendar year, [`FoldedRules::period_words`])
//!    after a figure of a multi-valued fact, with no party nor figure of the unit in between
//!    ("une inflation de 2,4 % cette année, puis de 1,9 % l'an prochain");
//!    else a frame marked `fallback` applies without a cue; all with a lower confidence. A
//!    figure nothing names makes a bare claim keyed by its dimension (`money`, `percent`...),
//!    multi-valued and with a low confidence, only about a party (no person) its own sentence
//!    names, or, where it names nobody, the story's topic (the party of its section's headline,
//!    else its main subject: see step 5), and only where no named fact stands in the same
//!    sentence (it most likely qualifies that fact; a measure of another dimension than the
//!    sentence's named facts, a duration beside a power, qualifies none); where the document states the same amount as a named fact of the same
//!    subject (a headline restating the body), it takes that fact's predicate;
//! 2. the object: an entity of the object slot's kinds introduced by one of its markers
//!    ("in Scale AI", "an Scale AI", "向 Scale AI"), the nearest one first; never a cited source
//!    ("secondo", "laut", "selon", "according to", "據"), the other side of a comparison ("than",
//!    "als bei", "celui de", "比") nor a passive agent;
//! 3. the subject: the nearest entity of the subject slot's kinds, preferring entities before the
//!    figure, in the same clause (an aside right after a name, opening with a relative pronoun or
//!    an article, neither counts as distance nor as a clause boundary: "Orvane, che impiega 9.000
//!    persone, ha chiuso in rialzo del 3% a Piazza Verdi" is Orvane's), not governed by a
//!    preposition nor inside an apposition ("Opel, eine Tochter von Stellantis, streicht": not
//!    Stellantis; never a name inside an aside on a name that can be the subject, closed before the
//!    figure and opening with an article or holding a relative pronoun or a possessive: "Orvane,
//!    che fornisce Talvik, ha registrato", "Orvane, Talvik's supplier, reported"), nor the object
//!    of the subject's verb right before a conjunction that opens the figure's predicate: "Orvane
//!    bought Talvik and reported revenue"), bound to the cue (right before it, or its complement:
//!    "der Umsatz von Mistral", "la valutazione di Mistral"; not a name a preposition governs
//!    right before the cue: "向X支付" pays X); an agent is the subject: after a
//!    passive agent marker in a passive sentence ("è stata acquisita da", "wurde von ...
//!    übernommen"), or of the chosen cue ("le rachat de Wiz par Google", "被 Meta 收購"), or after
//!    one of the slot's own markers ("Y 獲得 X 投資": X invests); the agent of another frame's verb
//!    never is ("la start-up fondée par X", "由 X 領投的"), nor a cited source, nor the other side
//!    of a comparison, nor, in an active sentence, the party a purchase takes from (one of
//!    [`FoldedRules::seller_markers`] next to a cue of a `deal` frame: "ha rilevato da X",
//!    "übernimmt von X", "a racheté à X", "从X收购"). After the figure only an agent may be the subject of a frame with an object,
//!    and of a slot with `after: false` only an entity its own markers introduce ("the round was
//!    led by ASML" names no raiser), and never one in a clause of its own that a conjunction opens
//!    ("zählt 160.000 Mitarbeiter und rückt an Siemens heran") or a preposition governs across a
//!    clause boundary ("，与X的差距"); of two names a conjunction joins before the figure, the
//!    first ("BYD und der Energiekonzern Enel wollen ... investieren");
//!    in a frame of a contest ([`Frame::contest`]: an athlete's prize money, points, wins),
//!    never the other side a marker introduces in its clause ("battendo in finale X", "gegen
//!    X", "face à X", "擊敗X", "領先X": [`FoldedRules::opponent_markers`]) nor a competition
//!    ("Nitto ATP Finals": [`FoldedRules::event_words`]), in the sentence nor from the context;
//!    a slot that prefers people takes a person from the context as readily as anything else;
//!    a frame whose subject is an event ([`Frame::event_subject`]: a prize fund, spectators)
//!    takes a name of no known kind only where it names an event or a venue
//!    ([`FoldedRules::event_words`], [`FoldedRules::venue_words`]), and, where its sentence
//!    and the one before name none, the one event the document names;
//!    never the source of an estimate, a party right before a verb that puts a figure on
//!    something ([`FoldedRules::estimate_verbs`]: "Der Verband X beziffert den Schaden auf",
//!    "X, principale organisation patronale, chiffre les dégâts à"), unless it is the story's
//!    topic (its section's headline names it, or it is the main subject);
//!    never a court ([`FoldedRules::court_words`] in its name as written or its canonical name,
//!    or a name the court's own follows right after it: "歐盟普通法院"), here nor from the
//!    context: it rules on the parties' figures ("la Corte ha respinto il ricorso di X contro
//!    la multa": X's fine) and holds none;
//! 4. an unmarked object, where the slot allows one, from the entities left;
//! 5. when the sentence names no subject (or only a dateline's place, "TOKYO - "): a place that a
//!    preposition of place governs, opening the figure's clause ([`FoldedRules::locatives`]:
//!    "In Österreich wurden 2.400 Wohnungen gebaut", "En Espagne, 300 trains ont été annulés",
//!    "在西班牙，约300列火车被取消"), for a slot that takes places and a sentence that does not
//!    refer back to a party; a noun that refers back to a state before the figure
//!    ([`FoldedRules::state_anaphora`]: "Il Paese, che conta 10 milioni di abitanti, è ... dopo
//!    X", "le pays", "das Land", "the country", "该国", "全國"), where the sentence names no
//!    party before it, names the state named last before it (in the sentence, else before it);
//!    an adverb that refers back to a place in the figure's clause ([`FoldedRules::place_adverbs`]:
//!    "y", "dort", "该地"; not "il y a"), where the sentence names no party before it, names the
//!    last place a preposition of place governs in the paragraph's sentences before it;
//!    else a descriptive reference before the figure that shares a
//!    stem with the words the text described exactly one earlier name with ("der chinesische
//!    Bergbaukonzern X ... Die Chinesen übernehmen 95 Prozent", "le sidérurgiste luxembourgeois X
//!    ... Le groupe luxembourgeois emploie": see the module `described`) names that one; else, and
//!    when a noun refers back before the figure and the entity found comes after it outside an
//!    apposition ("La société, qui compte Microsoft parmi ses actionnaires, est valorisée"): the
//!    previous sentence's entity of the right kind (the preferred kind first, then the first
//!    mentioned, never a cited source nor a discovered name a preposition governs; where only a
//!    complement deep in it is left, "... 18 000 puces de Nvidia", the document's main subject),
//!    else the subject carried by the last claim of the paragraph's previous sentences
//!    ("公司營收...。淨利潤為..."), else the entity of the section's headline, else the document's
//!    main subject (its most mentioned entity of the right kind, never a person for a company
//!    slot), each with a lower confidence, higher when the sentence refers back ("la società", "das
//!    Unternehmen", "該公司"). Not at all when a capitalized word that is no known entity stands
//!    before the figure (in languages that capitalize only names: it, fr, en), nor for slots marked
//!    `context: false` (years, ages). Without a subject there is no claim. A person the document
//!    names next to a role of [`FoldedRules::leaders`] and an organization ("Le PDG de X, Y", "Y,
//!    amministratore delegato di X", "X-Chef Y", "X总裁Y") speaks for that organization in a slot
//!    that prefers organizations (not for what a person may hold in their own name: a founder's
//!    stake); so does one named right after a role with no organization beside it: after a
//!    possessive ("son président exécutif, Y", "its chief executive Y", "其董事长Y") for the
//!    party named just before, and with a role that only heads of companies hold ("Firmenchef
//!    Y", "l'amministratore delegato Y", "首席执行官Y") for the document's main party (its most
//!    mentioned organization or product, if one leads); never with a past role ("l'ex"). A
//!    person named after a party they lead ("X, guidata da Y", "il gruppo guidato da Y", "the
//!    bank, led by Y") speaks for it too: the party named right before, or the one the noun
//!    refers back to (the nearest before in the sentence, else the first of the sentence
//!    before). Where the document's lead reports a takeover (the first cue of a deal frame, the
//!    first party of its clause as the buyer, the next organization as the target), a noun phrase
//!    naming a party ("der Käufer", "la cible", "收购方") before the figure in its clause names
//!    that party, and a figure of a frame marked `deal` (price, premium, synergies, closing)
//!    belongs to the buyer unless the sentence names another organization, not the target, before
//!    it. After a verb of [`FoldedRules::sale_verbs`] that names its buyer ("Talvik cede a Orvane
//!    il 30% di Brenta", "Talvik将所持Brenta 30%股权出售给Orvane"), what the sale hands over (a
//!    figure of a frame marked `transferred` or `deal`, or one no frame names where the sale names
//!    what it sells) is the buyer's, and the seller is no object;
//! 6. the predicate: the frame's key, or its `without_object` key and functionality when the
//!    object stays empty (an investment without a named investee is multi-valued); where that
//!    would change the predicate, the object of a claim of the previous sentence, or an entity
//!    it introduces with the slot's markers, fills the object; functional as the frame says,
//!    for the subject's kind.
//!
//! The claim's time is the nearest calendar year of the sentence, when there is one.
//!
//! A money figure that restates the previous one in another currency, in brackets or after a
//! conversion marker ("(rund 13 Milliarden Euro)", "約合人民幣 1028 億元"), becomes a copy of
//! that claim with [`Claim::conversion_of`] pointing at it.
//!
//! A figure that a part marker ([`FoldedRules::part_markers`]: "di cui", "davon", "dont", "of
//! which", "其中") opens right after a claimed figure ("ricavi per 80 miliardi, di cui 20 in
//! Germania") states a part of it: a copy of that claim under the key `part:<key>`,
//! multi-valued, so that it never contradicts the whole; the fact of a party the part's clause
//! names ("dont 1,7 milliard pour sa filiale X": X's revenue); or, where the part's clause names
//! a kind of its own ("其中海外销量逾50万辆"), the claim that kind makes.
//!
//! [`CountedNouns`]: super::nouns::CountedNouns
//! [`Concepts`]: super::concepts::Concepts

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

use crate::entity::{first_person, EntityKind, EntityMention};
use crate::lang::{is_han, Lang};
use crate::quantity::{QuantityMention, Unit};
use crate::text::doc::DocSentences;
use crate::text::fold::{fold_str, Folded};
use crate::text::hash::FastMap;
use crate::text::sentences::is_headline;
use crate::text::Span;
use crate::text::{contains_short, match_positions};

use super::concepts::dimension;
use super::described::{self, Description, Generics};
use super::frames::{is_word_char, FoldedRules, Frame, Frames, Slot};
use super::holds::WordList;
use super::{Claim, ClaimInput, EntityRef, Provenance, SubjectSource, TimeRef};

/// How far (in bytes) a figure may follow the change whose level it states
/// ([`Frame::follows`]).
const FOLLOW_GAP: usize = 100;
/// How many bytes after an event's figure a place that holds it may start
/// ([`Context::show_place`]): past the counted noun and a venue's name ("per due sere allo
/// stadio X di Milano").
const SHOW_PLACE_AFTER: usize = 48;
/// How many bytes before a Chinese event's figure a place that holds it may end (five
/// characters: "在新加坡連唱6場", "在維也納的3場").
const SHOW_PLACE_HAN: usize = 15;
/// Penalty, in bytes of distance, for each clause boundary between two positions.
const CLAUSE_PENALTY: usize = 25;
/// Penalty for a subject that comes after the figure.
const AFTER_PENALTY: usize = 30;
/// Penalty for a subject governed by a preposition.
const PREPOSITION_PENALTY: usize = 60;
/// Penalty per rank of a less preferred entity kind.
const RANK_PENALTY: usize = 15;
/// Penalty for an object without a marker.
const UNMARKED_PENALTY: usize = 10;
/// How far back the headline of a section is looked for, in sentences.
const HEADLINE_LOOKBACK: usize = 40;
/// How many Han characters before a name are searched for a marker that governs a descriptive
/// phrase before the name.
const HAN_PHRASE: usize = 12;
/// Entities scored below this were discovered in the text (capitalized words, transliterations)
/// rather than found in a lexicon.
const DISCOVERED_SCORE: f64 = 0.7;
/// The bonus, in bytes of distance, of an entity bound to the chosen cue (right before it, or
/// its complement: "der Umsatz von Mistral").
const BOUND_BONUS: i64 = 80;
/// The largest gap between the chosen cue and an agent of it outside a passive sentence ("le
/// rachat de Wiz par Google").
const AGENT_NEAR: usize = 24;
/// The largest gap between another frame's cue and its agent ("fondée par X"), in bytes.
const AGENT_GAP: usize = 16;
/// The largest gap between a figure and its conversion, in bytes.
const CONVERSION_GAP: usize = 48;
/// How far (bytes) after a figure a part of it may open ("1,8 milliard d'euros dans l'unité
/// de réduction directe du site, dont 40 %").
const PART_GAP: usize = 120;
/// How many words may stand between an opponent marker and the opponent's name ("besiegte im
/// Endspiel den Spanier X").
const OPPONENT_WORDS: usize = 5;
/// How many words may stand between a part marker and the part's figure ("di cui circa").
const PART_WORDS: usize = 3;

/// How far a name stands from a figure: bytes between them and clause boundaries crossed.
#[derive(Clone, Copy, Debug)]
struct Reach {
    bytes: usize,
    crossings: usize,
}

/// A cue found in a sentence, as a span of the document.
#[derive(Clone, Copy, Debug)]
struct Cue {
    frame: usize,
    span: Span,
    weak: bool,
}

/// What stands before an entity.
struct Before {
    words: Vec<String>,
    /// Whether a comma stands right before the words ("..., an dem X").
    after_comma: bool,
    han: String,
    /// The Han characters before the entity, up to [`HAN_PHRASE`]: a marker may stand before a
    /// descriptive noun phrase ("向法国人工智能公司Mistral AI").
    han_phrase: String,
}

/// An occurrence of a word that refers back ([`FoldedRules::anaphora`]) in a sentence's
/// folded text, with what the tests of [`Context::noun_anaphor_before`] and
/// [`Context::refers_back_from`] read around it.
struct AnaphorHit {
    /// The place of the language in [`Sentence::langs`] and of the word in its list: the order
    /// in which the words are tried.
    order: (usize, usize),
    /// Folded byte offsets in the sentence.
    start: usize,
    end: usize,
    /// A noun phrase (not a pronoun nor a possessive).
    noun: bool,
    /// The word has Han characters.
    han: bool,
    /// The word is an ending (`*konzern`).
    tail: bool,
    /// The word has at least three characters.
    long: bool,
    /// The characters right before and after are word characters; the one before is Han.
    word_before: bool,
    word_after: bool,
    han_before: bool,
}

/// How many words before the world a superlative may stand ("le musée le plus visité au
/// monde": four).
const SUPERLATIVE_WORDS: usize = 6;

#[cfg(test)]
thread_local! {
    /// Tests only: take the simple searches of [`Context::noun_anaphor_before`] and
    /// [`Context::refers_back_from`] everywhere, to compare them with the fast reading.
    static SLOW_ANAPHORS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the simple anaphor searches are forced (never outside tests).
fn slow_anaphors() -> bool {
    #[cfg(test)]
    {
        SLOW_ANAPHORS.with(|c| c.get())
    }
    #[cfg(not(test))]
    {
        false
    }
}

/// The words that refer back in one sentence ([`Context::anaphors`]).
struct Anaphors {
    hits: Vec<AnaphorHit>,
    /// Whether occurrences of one word overlap: the searches skip some of them, so the hits
    /// are not read directly.
    overlapping: bool,
}

/// One sentence, ready for filling.
struct Sentence<'a> {
    span: Span,
    lang: Lang,
    /// The languages the sentence is read in: its own (`lang`) first, then the document's and
    /// English.
    langs: Vec<Lang>,
    cues: Vec<Cue>,
    breaks: Vec<usize>,
    entities: Vec<&'a EntityMention>,
    quantities: Vec<&'a QuantityMention>,
    /// Whether the sentence is passive ([`Context::passive`]), computed on first use.
    passive: std::cell::OnceCell<bool>,
    /// The sentence's folded text.
    folded: Folded,
    /// The words that refer back in it, found on first use.
    anaphors: std::cell::OnceCell<Anaphors>,
    /// The marker lists of its languages, merged on first use ([`Context::markers`]).
    markers: std::cell::OnceCell<Rc<Markers<'a>>>,
    /// The sale it reports ([`Context::sale_at`]), found on first use: each figure asks.
    sale: std::cell::OnceCell<Option<SaleAt<'a>>>,
}

/// A sale sentence's verb end, buyer and target ([`Context::sale_at`]).
type SaleAt<'a> = (usize, &'a EntityMention, Option<&'a EntityMention>);

impl Sentence<'_> {
    /// The start of the clause holding byte `at`: the last clause break at or before it, else
    /// the sentence's start.
    fn clause_start(&self, at: usize) -> usize {
        self.breaks
            .iter()
            .copied()
            .filter(|&b| b <= at)
            .max()
            .unwrap_or(self.span.start)
    }

    /// The end of the clause holding byte `at`: the first clause break at or after it, else the
    /// sentence's end.
    fn clause_end(&self, at: usize) -> usize {
        self.breaks
            .iter()
            .copied()
            .filter(|&b| b >= at)
            .min()
            .unwrap_or(self.span.end)
    }
}

/// The marker words of a sentence's languages ([`Sentence::langs`]), merged once per sentence:
/// every figure's subject and object are tested against them.
struct Markers<'a> {
    /// Prepositions.
    preps: Vec<&'a String>,
    /// Words that cite a source.
    sources: Vec<&'a String>,
    /// Words that introduce the other side of a comparison.
    compared: Vec<&'a String>,
    /// Words that introduce an agent in a passive clause, even outside a passive sentence.
    by: Vec<&'a String>,
    /// Words that name the party an offence harmed ([`Context::victim`]).
    victims: Vec<&'a String>,
    /// [`Context::agent_markers`].
    agents: Vec<&'a String>,
    /// The agent markers in Han characters, and the others.
    han_agents: Vec<&'a String>,
    word_agents: Vec<&'a String>,
}

/// Merged marker lists with the sentence languages and voice they were merged for.
type MarkersFor<'a> = (Vec<Lang>, bool, Rc<Markers<'a>>);

/// The document-level context: sentences with their mentions, headlines.
struct Context<'a> {
    input: &'a ClaimInput<'a>,
    frames: &'a Frames,
    /// The document's sentences with their languages, when the pipeline computed them.
    doc: Option<&'a DocSentences<'a>>,
    sentences: Vec<Span>,
    headline: Vec<bool>,
    entities: Vec<Vec<&'a EntityMention>>,
    quantities: Vec<Vec<&'a QuantityMention>>,
    /// Discovered names dismissed as no parties (a unit in a figure, a place in a list): they
    /// are no unknown names either.
    dismissed: Vec<Span>,
    /// [`Context::before`] by (sentence start, position): the same entity is tested against
    /// several marker lists, for every figure of its sentence.
    before_memo: RefCell<FastMap<(usize, usize), Rc<Before>>>,
    /// The merged marker lists ([`Context::markers`]) made so far, by the sentence languages
    /// and voice they depend on: a document's sentences share a few such sets.
    markers_memo: RefCell<Vec<MarkersFor<'a>>>,
    /// [`Context::document_event`]'s candidates per language, found on first use: the
    /// entities whose names name an event, each id at its first such mention, in document
    /// order with their sentences.
    event_names: RefCell<FastMap<Lang, EventNames<'a>>>,
    /// [`Context::names_memo`]: whether a mention's name (at its span, with its name) holds an
    /// event's or a venue's word of a language.
    names_memo: RefCell<FastMap<(Span, Lang, bool), NameHolds>>,
    /// [`Context::holds_nothing`] per mention.
    holds_nothing: RefCell<FastMap<Span, bool>>,
    /// [`Context::cited_in`]: whether a mention (by its start) of a sentence (by its span) is
    /// a cited source, with the sentence's merged source markers (`true`) or its language's
    /// own (`false`), as asked.
    cited: RefCell<FastMap<(Span, usize, bool), bool>>,
    /// [`Context::sourced_by_agent`] by (sentence start, language, position): asked again for
    /// the same mention by every figure of its sentence and, for a document's first mentions,
    /// by every figure of the document ([`Context::main_subject`]).
    sourced: RefCell<FastMap<(usize, Lang, usize), bool>>,
    /// [`Context::choose_frame`] by (sentence span, figure span): [`fill`] asks it, and
    /// [`Context::generic_choice`] again for a figure that found no subject.
    choices: RefCell<FastMap<(Span, Span), Option<Choice>>>,
    /// [`Context::mention_counts`], built on first use.
    mention_counts: std::cell::OnceCell<Vec<MentionCount<'a>>>,
    /// [`Context::topic`], found on first use.
    topic: std::cell::OnceCell<Option<&'a EntityMention>>,
    /// [`Context::thing`], found on first use.
    thing: std::cell::OnceCell<Option<&'a EntityMention>>,
    /// [`Context::headline_thing`], found on first use.
    headline_thing: std::cell::OnceCell<Option<&'a EntityMention>>,
    /// [`Context::site`], found on first use.
    site: std::cell::OnceCell<Option<Site<'a>>>,
    /// [`Context::lead_frames`], built on first use.
    lead_frames: std::cell::OnceCell<Vec<usize>>,
    /// Per sentence, the state the document names most often up to it: see
    /// [`Context::most_named_state`].
    named_states: std::cell::OnceCell<Vec<Option<&'a EntityMention>>>,
    /// [`Context::affiliation`]: the organization each person leads, built on first use.
    affiliations: std::cell::OnceCell<FastMap<&'a str, &'a EntityMention>>,
    /// [`Context::deal`], found on first use.
    deal: std::cell::OnceCell<Option<Deal<'a>>>,
    /// [`Context::descriptions`], gathered on first use.
    descriptions: std::cell::OnceCell<Vec<Description<'a>>>,
    /// The subjects of the claims of financing frames ([`Frame::financing`]), with their
    /// sentences, as the claims are made.
    financiers: RefCell<Vec<(usize, String)>>,
    /// The objects of the claims made so far, with the keys of their frames (see
    /// [`Slot::not_objects_of`]).
    partners: RefCell<Vec<(usize, String)>>,
    /// The topics the document speaks of, per language ([`Frames::topics_spoken`] of the
    /// folded document), found on first use.
    spoken: std::cell::OnceCell<Vec<(Lang, &'a str)>>,
}

/// How many sentences after the headline the lead of a story holds, where it names the site
/// of its event ([`Context::site`]): a news story's first sentence says what happened and
/// where. A town named only later is one of the places the event struck ("Nella città di X
/// 30 persone sono rimaste intrappolate"), whose toll is the state's.
const LEAD_SENTENCES: usize = 1;

/// An event's site as a document's lead names it ([`Context::site`]).
struct Site<'a> {
    /// The most specific place: a town, a district, an estate, a station.
    place: &'a EntityMention,
    /// The ids of the places the lead sets it in (a state, a region, a city).
    holders: Vec<&'a str>,
}

/// The takeover a document reports, as its lead states it: the buyer, and the target when the
/// lead names it after the cue.
#[derive(Clone, Copy)]
struct Deal<'a> {
    buyer: &'a EntityMention,
    target: Option<&'a EntityMention>,
}

/// [`Context::names_memo`]'s answer: the name asked about, and whether it holds the word.
type NameHolds = (String, bool);

/// [`Context::event_names`]: entities with the sentences of their first mentions.
type EventNames<'a> = Rc<[(usize, &'a EntityMention)]>;

/// One entity of a document for [`Context::main_subject`]: its first mention, how often the
/// whole document mentions it, and the sentence of its first mention.
type MentionCount<'a> = (&'a EntityMention, usize, usize);

impl<'a> Context<'a> {
    fn new(
        input: &'a ClaimInput<'a>,
        frames: &'a Frames,
        doc: Option<&'a DocSentences<'a>>,
    ) -> Context<'a> {
        let mut sentences: Vec<Span> = input.sentences.to_vec();
        sentences.sort();
        // A headline line may hold several sentences ("Spagna, vince X. Crolla Y"): each is
        // part of the headline.
        let line_of = |s: Span| {
            let text = input.text;
            let start = text
                .get(..s.start)
                .and_then(|b| b.rfind('\n'))
                .map_or(0, |i| i + 1);
            let end = text
                .get(s.end..)
                .and_then(|a| a.find('\n'))
                .map_or(text.len(), |i| s.end + i);
            Span::new(start, end.max(start))
        };
        let headline = sentences
            .iter()
            .map(|s| {
                is_headline(input.text, *s) || {
                    let line = line_of(*s);
                    line != *s && is_headline(input.text, trimmed(input.text, line))
                }
            })
            .collect();
        let mut entities: Vec<Vec<&EntityMention>> = vec![Vec::new(); sentences.len()];
        for e in input.entities {
            if let Some(i) = sentence_of(&sentences, e.span) {
                if let Some(v) = entities.get_mut(i) {
                    v.push(e);
                }
            }
        }
        for v in &mut entities {
            v.sort_by_key(|e| (e.span.start, e.span.end));
        }
        let mut quantities: Vec<Vec<&QuantityMention>> = vec![Vec::new(); sentences.len()];
        for q in input.quantities {
            if let Some(v) = sentence_of(&sentences, q.span).and_then(|i| quantities.get_mut(i)) {
                v.push(q);
            }
        }
        for v in &mut quantities {
            v.sort_by_key(|q| (q.span.start, q.span.end));
        }
        // Discovered names that are no parties: a unit or noun read into a figure ("4 TWh",
        // "160萬個標準箱"), a place no lexicon knows in a list of places ("tra Roma, Francoforte
        // e Monaco").
        let conjunctions = &frames.rules(input.lang).conjunctions;
        let mut dismissed: Vec<Span> = Vec::new();
        for (v, qs) in entities.iter_mut().zip(&quantities) {
            let listed: Vec<bool> = (0..v.len())
                .map(|k| listed_with_place(input.text, v, k, conjunctions))
                .collect();
            let mut k = 0;
            v.retain(|e| {
                let unsure = e.score < DISCOVERED_SCORE || e.kind == EntityKind::Other;
                // A gloss in brackets right after a figure or a dismissed name ("160萬個標準箱
                // （TEU）") names its unit too.
                let open = input
                    .text
                    .get(..e.span.start)
                    .map(|t| t.trim_end())
                    .filter(|t| t.ends_with(['(', '（']))
                    .map(|t| t.trim_end_matches(['(', '（']).trim_end().len());
                let gloss = open.is_some_and(|o| {
                    qs.iter().any(|q| q.span.end == o) || dismissed.iter().any(|d| d.end == o)
                });
                let keep = !unsure
                    || !(gloss
                        || qs
                            .iter()
                            .any(|q| q.span.overlaps(&e.span) && !e.span.contains(&q.span))
                        || (e.kind == EntityKind::Other
                            && e.score < DISCOVERED_SCORE
                            && listed.get(k) == Some(&true)));
                // A name of no known kind right after an opening quotation mark is a title (a
                // painting's, a book's: "« Vent de mer »", "„Sommerwind“"), no party.
                let titled = e.kind == EntityKind::Other
                    && e.score < DISCOVERED_SCORE
                    && input
                        .text
                        .get(..e.span.start)
                        .map(str::trim_end)
                        .is_some_and(|t| t.ends_with(['«', '„', '“', '"', '《', '「', '『', '‹']));
                let keep = keep && !titled;
                // A place named inside a figure's currency ("53,6 Millionen US-Dollar",
                // "dollars de Hongkong", "港元") is the currency's, never a party.
                let keep = keep
                    && !(e.kind == EntityKind::Place
                        && qs.iter().any(|q| {
                            matches!(q.quantity.unit, Unit::Currency(_)) && q.span.contains(&e.span)
                        }));
                k += 1;
                if !keep {
                    dismissed.push(e.span);
                }
                keep
            });
        }
        Context {
            input,
            frames,
            doc,
            sentences,
            headline,
            entities,
            quantities,
            dismissed,
            before_memo: RefCell::default(),
            markers_memo: RefCell::default(),
            event_names: RefCell::default(),
            names_memo: RefCell::default(),
            holds_nothing: RefCell::default(),
            cited: RefCell::default(),
            sourced: RefCell::default(),
            choices: RefCell::default(),
            mention_counts: std::cell::OnceCell::new(),
            topic: std::cell::OnceCell::new(),
            thing: std::cell::OnceCell::new(),
            headline_thing: std::cell::OnceCell::new(),
            site: std::cell::OnceCell::new(),
            lead_frames: std::cell::OnceCell::new(),
            named_states: std::cell::OnceCell::new(),
            affiliations: std::cell::OnceCell::new(),
            deal: std::cell::OnceCell::new(),
            descriptions: std::cell::OnceCell::new(),
            financiers: RefCell::new(Vec::new()),
            partners: RefCell::new(Vec::new()),
            spoken: std::cell::OnceCell::new(),
        }
    }

    /// The frames whose strong cues the document's lead states: its opening headlines and its
    /// first two other sentences (a dateline may stand alone: "Walldorf.").
    fn lead_frames(&self) -> &[usize] {
        self.lead_frames.get_or_init(|| {
            let mut out = Vec::new();
            let body = self
                .headline
                .iter()
                .position(|h| !h)
                .unwrap_or(self.headline.len());
            for span in self.sentences.iter().take(body + 2) {
                let Some(t) = span.slice(self.input.text) else {
                    continue;
                };
                let lang = self.lang_of(*span);
                let mut langs = vec![lang];
                if !langs.contains(&self.input.lang) {
                    langs.push(self.input.lang);
                }
                for h in self.frames.find_cues(&fold_str(t), &langs) {
                    if !h.weak && !out.contains(&h.frame) {
                        out.push(h.frame);
                    }
                }
            }
            out
        })
    }

    /// Whether the document's lead states the topic of the frame `f`: a strong cue of `f`, or
    /// of one of its [`Frame::lead_topics`] ("dei voti", "Wahlbeteiligung": an election).
    fn lead_states(&self, f: &Frame) -> bool {
        let frames = self.frames.frames();
        self.lead_frames().iter().any(|&i| {
            frames
                .get(i)
                .is_some_and(|o| o.key == f.key || f.lead_topics.contains(&o.key))
        })
    }

    /// Every entity of the document once, in the order of its first mention (sentence, then
    /// position), with its first mention, its number of mentions in the whole document and the
    /// sentence of its first mention: counted once per document, not once per figure.
    fn mention_counts(&self) -> &[MentionCount<'a>] {
        self.mention_counts.get_or_init(|| {
            let mut counts: IndexMap<&str, MentionCount<'a>> = IndexMap::new();
            for (j, v) in self.entities.iter().enumerate() {
                // (An agency's credit of the dispatch, "(Reuters) -", names no party of it.)
                for e in v.iter().filter(|e| !self.credit(e)) {
                    counts.entry(e.id.as_str()).or_insert((e, 0, j)).1 += 1;
                }
            }
            counts.into_values().collect()
        })
    }

    /// The document's topic: the first name its headline (else its first sentence) gives
    /// that the text names again, unless a preposition governs it there (where or to whom
    /// something happens: "... a Lugano", "... dopo la nomina di X all'Antitrust"), or it is a
    /// dateline's place, an agency in brackets or a court. The fair of "La Fiera Orsa chiude a
    /// Lugano", the token of "Le jeton Solaris dépasse 500 dollars", the city of "Lyon inaugure
    /// son tramway": a figure whose sentence names nobody is about it, not about a place
    /// named in passing.
    fn topic(&self) -> Option<&'a EntityMention> {
        *self.topic.get_or_init(|| {
            // The headline's first sentence ("Frana a X, 3 dispersi. Y: strade riaperte
            // presto" is about X; Y speaks), else the document's: sentence 0.
            let counts = self.mention_counts();
            let named_again = |e: &EntityMention| {
                counts
                    .iter()
                    .find(|c| c.0.id == e.id)
                    .is_some_and(|c| c.1 >= 2)
            };
            // A name a preposition governs, or one a conjunction joins to such a name ("in
            // Austria e Svizzera").
            let governed = |j: usize, k: usize| {
                let (Some(span), Some(v)) = (self.sentences.get(j), self.entities.get(j)) else {
                    return false;
                };
                let lang = self.lang_of(*span);
                let rules = self.frames.rules(lang);
                let mut k = k;
                loop {
                    let Some(e) = v.get(k) else { return false };
                    if self.marked_at(span.start, lang, e.span.start, &rules.prepositions) {
                        return true;
                    }
                    let Some(p) = k.checked_sub(1).and_then(|p| v.get(p)) else {
                        return false;
                    };
                    let between = self
                        .input
                        .text
                        .get(p.span.end..e.span.start)
                        .map(fold_str)
                        .unwrap_or_default();
                    let joined = between
                        .split(|c: char| !is_word_char(Some(c)) && !is_han(c))
                        .filter(|w| !w.is_empty())
                        .all(|w| rules.conjunctions.iter().any(|c| c == w))
                        && !between.contains(['.', ':', ';', '!', '?']);
                    if !joined {
                        return false;
                    }
                    k -= 1;
                }
            };
            // How often the text names `e` outside datelines.
            let named = |e: &EntityMention| {
                self.entities
                    .iter()
                    .flatten()
                    .filter(|o| o.id == e.id && !self.in_dateline(o))
                    .count()
            };
            let lead = self.entities.first().map_or(&[][..], Vec::as_slice);
            let topic = lead
                .iter()
                .enumerate()
                .find(|&(k, e)| {
                    !governed(0, k)
                        && !self.in_dateline(e)
                        && !self.bracketed(e)
                        && !self.credit(e)
                        && !self.holds_nothing(e)
                        && named_again(e)
                })
                .map(|(_, e)| *e)?;
            // A place the headline sets as the scene ("Frana a X", "in X 300 sfollati") and
            // the text names more often than the name found is what the story is about.
            let scene = lead.iter().enumerate().any(|(k, e)| {
                e.kind == EntityKind::Place && governed(0, k) && named(e) > named(topic)
            });
            (!scene).then_some(topic)
        })
    }

    /// Whether the document's topic ([`Context::topic`]) may fill the subject of `frame`: a
    /// kind the slot takes, or a discovered name of no known kind for a figure that only a
    /// measured or counted noun names (what a named fact's frame takes is a party of a known
    /// kind).
    fn topic_fits(&self, frame: &Frame, e: &EntityMention) -> bool {
        let generic = frame.key == self.frames.concepts().frame()
            || frame.key == self.frames.counted_nouns().frame();
        frame.subject.rank(e.kind).is_some()
            || (generic
                && frame.subject.unknown_kinds
                && (e.kind == EntityKind::Other
                    || (e.kind == EntityKind::Product && e.id.starts_with("new:"))))
    }

    /// The document's thing: the first name its headline gives of a product or a facility, or
    /// a name it sets between quotes or title marks ("L'Indonésie lance « Whoosh »", "La Cina
    /// celebra 'Aurora'", "《长风》票房破十亿"), that the text names again; never a
    /// dateline's place, an agency's credit, a name in brackets nor a court. What a story
    /// about a line, a film, a ship or a vaccine measures and counts is that thing's
    /// ([`FrameSpec::thing_subject`](super::frames::FrameSpec::thing_subject)).
    fn thing(&self) -> Option<&'a EntityMention> {
        *self.thing.get_or_init(|| {
            // A title the sentence's parties leave out (see `Context::new`) is still a thing:
            // the mentions as linked, outside an agency's credit.
            let all = || self.input.entities.iter().filter(|e| !self.credit(e));
            let lead = self.headline.iter().take_while(|&&h| h).count().max(1);
            let end = self.sentences.get(lead - 1).map_or(0, |s| s.end);
            all().find(|e| {
                let kind = matches!(e.kind, EntityKind::Product | EntityKind::Facility)
                    || (e.kind == EntityKind::Other && self.quoted(e))
                    || self.landmark(e)
                    || self.plant_site(e);
                e.span.end <= end
                    && kind
                    && all().filter(|o| o.id == e.id).nth(1).is_some()
                    && !self.in_dateline(e)
                    && !self.bracketed(e)
                    && !self.holds_nothing(e)
            })
        })
    }

    /// The named thing the headline is about: the first name of no party (not a place, a
    /// person nor an organization: a product, a programme, an occasion, a structure, a natural
    /// feature) that the headline gives and the text names again; never a dateline's place, an
    /// agency's credit, a name in brackets nor a court. A story headlined on such a thing
    /// ("US-Lotterie: Jackpot des Powerstar steigt", "Perù, il porto di X apre") is about it,
    /// and the country or the city it names beside it is only its setting.
    fn headline_thing(&self) -> Option<&'a EntityMention> {
        *self.headline_thing.get_or_init(|| {
            let lead = self.headline.iter().take_while(|&&h| h).count();
            let counts = self.mention_counts();
            self.entities
                .iter()
                .take(lead)
                .flatten()
                .copied()
                .find(|e| {
                    matches!(
                        e.kind,
                        EntityKind::Other | EntityKind::Product | EntityKind::Facility
                    ) && counts
                        .iter()
                        .find(|c| c.0.id == e.id)
                        .is_some_and(|c| c.1 >= 2)
                        && !self.in_dateline(e)
                        && !self.bracketed(e)
                        && !self.credit(e)
                        && !self.holds_nothing(e)
                })
        })
    }

    /// Whether the mention `e` names a landmark ([`FoldedRules::landmark_words`] of any
    /// language): a place or a name of no known kind whose name, as written or canonical,
    /// ends with one of the words, or begins with one before a preposition ("Panama Canal",
    /// "Hoover Dam", "Canale di Panama", "巴拿马运河"); a story about it measures and counts
    /// its properties.
    fn landmark(&self, e: &EntityMention) -> bool {
        if !matches!(e.kind, EntityKind::Place | EntityKind::Other) {
            return false;
        }
        let surface = self.input.text.get(e.span.start..e.span.end).unwrap_or("");
        [surface, e.name.as_str()].iter().any(|n| {
            let folded = fold_str(n);
            let words = name_words(&folded);
            Lang::ALL.iter().any(|&l| {
                self.frames.rules(l).landmark_words.iter().any(|w| {
                    if w.chars().any(is_han) {
                        folded.ends_with(w.as_str()) && folded.chars().count() > w.chars().count()
                    } else if let Some(tail) = w.strip_prefix('*') {
                        // A compound's head ("Suezkanal", "Hoover-Staudamm").
                        words
                            .last()
                            .is_some_and(|x| x.len() > tail.len() && x.ends_with(tail))
                    } else {
                        // Last ("Hoover Dam"), or first before a preposition ("Canale di
                        // Panama", "Port of Rotterdam"): not a city's "Porto Alegre". Or
                        // within, where an adjective opens the name ("Grande Museo Civico",
                        // "Nouveau Musée d'Art"): the head noun after it.
                        let preps = &self.frames.rules(l).prepositions;
                        let within = words.len() > 2
                            && words
                                .get(1..words.len() - 1)
                                .is_some_and(|m| m.contains(&w.as_str()));
                        words.len() > 1
                            && (words.last() == Some(&w.as_str())
                                || within
                                || (words.first() == Some(&w.as_str())
                                    && words.get(1).is_some_and(|p| preps.iter().any(|x| x == p))))
                    }
                })
            })
        })
    }

    /// Whether a landmark's word ([`FoldedRules::landmark_words`] of the sentence's languages)
    /// governs the mention `e` through a preposition, at most one word between ("l'invaso di
    /// Valdorsa", "il bacino artificiale del Monte Lago", "le musée de Valmorin", "the reservoir
    /// of Elmsworth"): the name is the landmark's own, a thing with a length, an area, a
    /// capacity, not a place a preposition sets something in.
    fn landmark_named(&self, s: &Sentence<'_>, e: &EntityMention) -> bool {
        let b = self.before(s.span.start, e.span.start);
        s.langs.iter().any(|&l| {
            let rules = self.frames.rules(l);
            let landmark = |w: &String| {
                rules
                    .landmark_words
                    .iter()
                    .any(|x| match x.strip_prefix('*') {
                        Some(tail) => w.len() > tail.len() && w.ends_with(tail),
                        None => x == w,
                    })
            };
            b.words.first().is_some_and(|w| rules.joins(w))
                && b.words.iter().skip(1).take(2).any(landmark)
        })
    }

    /// The event's site ([`Site`]): the first name the document's lead (its headline and the
    /// [`LEAD_SENTENCES`] sentences after it) sets as a town, an estate or a station by a word
    /// of [`FoldedRules::site_words`] ("in der Kleinstadt X", "la stazione ferroviaria di X",
    /// "le village de X", "the town of X", "X镇", "X苑", "X, une commune de 4 700 habitants"),
    /// with the places the gazetteer knows that the lead names beside it: the state, the region
    /// or the city that holds the site. A story of what happened at a site gives its figures to
    /// the most specific place its lead names, not to the country it is in; a lead that names
    /// no such place beside the site gives no site. (A province or a county is no site: what a
    /// lead sets in one is spread over it, and its toll is the state's.)
    fn site(&self) -> Option<&Site<'a>> {
        self.site
            .get_or_init(|| {
                let n = self.headline.iter().take_while(|&&h| h).count();
                let lead = 0..(n + LEAD_SENTENCES).min(self.sentences.len());
                let text = self.input.text;
                let sets_site = |span: Span, e: &EntityMention| {
                    let rules = self.frames.rules(self.lang_of(span));
                    let words = &rules.site_words;
                    let site = |w: &str| words.iter().any(|x| x == w);
                    // "X镇", "X苑": a Han word right after the name, or ending it. After a
                    // name the gazetteer knows, the word must end there ("東巴勒斯坦鎮（"): a
                    // longer word is a common noun ("四川村庄", the villages of a province).
                    let after: String = text
                        .get(e.span.end..)
                        .unwrap_or("")
                        .chars()
                        .take(4)
                        .collect();
                    let after = fold_str(&after);
                    let surface = fold_str(text.get(e.span.start..e.span.end).unwrap_or(""));
                    let known = !e.id.starts_with("new:");
                    let han = words.iter().filter(|w| w.chars().any(is_han)).any(|w| {
                        after
                            .strip_prefix(w.as_str())
                            .is_some_and(|rest| !known || !rest.starts_with(is_han))
                            || (surface.ends_with(w.as_str())
                                && surface.chars().count() > w.chars().count())
                    });
                    // The word right before the name, or before a preposition or an article
                    // and at most one more word ("la stazione ferroviaria di X").
                    let b = self.before(span.start, e.span.start);
                    let latin = match b.words.first() {
                        Some(w) if site(w) => true,
                        Some(w) if rules.joins(w) => {
                            b.words.iter().skip(1).take(2).any(|w| site(w))
                        }
                        _ => false,
                    };
                    // "X, une commune de 4 700 habitants", "X, la seconda città della Y": an
                    // apposition right after the name whose first noun is a site's word.
                    let tail = text.get(e.span.end..).unwrap_or("");
                    let apposition = tail.starts_with(',')
                        && fold_str(
                            tail.get(1..)
                                .unwrap_or("")
                                .split([',', '.', ';', ':'])
                                .next()
                                .unwrap_or(""),
                        )
                        .split(|c: char| !is_word_char(Some(c)))
                        .filter(|w| !w.is_empty())
                        .take(3)
                        .any(site);
                    han || latin || apposition
                };
                let mut place = None;
                let mut holders: Vec<&'a str> = Vec::new();
                for j in lead {
                    let (Some(&span), Some(v)) = (self.sentences.get(j), self.entities.get(j))
                    else {
                        continue;
                    };
                    for &e in v {
                        if self.in_dateline(e) || self.bracketed(e) || self.credit(e) {
                            continue;
                        }
                        let kind = match e.kind {
                            EntityKind::Organization => false,
                            EntityKind::Person => e.id.starts_with("new:"),
                            _ => true,
                        };
                        if kind && sets_site(span, e) {
                            place = place.or(Some(e));
                        } else if e.kind == EntityKind::Place && !e.id.starts_with("new:") {
                            holders.push(e.id.as_str());
                        }
                    }
                }
                let place = place?;
                holders.retain(|h| *h != place.id);
                (!holders.is_empty()).then_some(Site { place, holders })
            })
            .as_ref()
    }

    /// Whether the sentence `s` names the place `e` only as a scene, behind a preposition
    /// ("in Ohio", "della Serbia", "在俄亥俄州"), or not at all: where the sentence names the
    /// place as its own party ("Serbien zählt 6,6 Millionen Einwohner"), the figure is the
    /// place's own.
    fn only_scene(&self, s: &Sentence<'a>, e: &EntityMention) -> bool {
        let preps = &self.markers(s).preps;
        // A describing noun may stand between ("im US-Bundesstaat Ohio").
        let text = self.input.text;
        s.entities.iter().filter(|o| o.id == e.id).all(|o| {
            let mut from = o.span.start.saturating_sub(40).max(s.span.start);
            while from < o.span.start && !text.is_char_boundary(from) {
                from += 1;
            }
            let before = fold_str(text.get(from..o.span.start).unwrap_or(""));
            self.marked_by(s, o, preps)
                || before
                    .split(|c: char| !is_word_char(Some(c)))
                    .filter(|w| !w.is_empty())
                    .rev()
                    .take(3)
                    .any(|w| preps.iter().any(|p| p.as_str() == w))
        })
    }

    /// Whether a headline of the document names the entity of the mention `e`.
    fn headline_names(&self, e: &EntityMention) -> bool {
        self.headline
            .iter()
            .zip(&self.entities)
            .any(|(&h, v)| h && v.iter().any(|o| o.id == e.id))
    }

    /// Whether the place `e` names a plant by its site ([`FoldedRules::plant_words`] of any
    /// language): a plant's word and a preposition stand right before it ("Atomreaktor in
    /// Cattenom", "la centrale de Cordemais", "l'Epr di Penly"), or a Chinese plant's word
    /// right after it ("大亚湾核电站"). The headline names the plant, not the village.
    fn plant_site(&self, e: &EntityMention) -> bool {
        // (A state is no plant's site: "deux réacteurs en Italie" are a programme.)
        if e.kind != EntityKind::Place || self.frames.is_state(&e.id) {
            return false;
        }
        let text = self.input.text;
        let line_start = text
            .get(..e.span.start)
            .and_then(|b| b.rfind('\n'))
            .map_or(0, |i| i + 1);
        let before = fold_str(text.get(line_start..e.span.start).unwrap_or(""));
        let after: String = text
            .get(e.span.end..)
            .unwrap_or("")
            .chars()
            .take(6)
            .collect();
        let after = fold_str(&after);
        let words: Vec<&str> = before
            .split(|c: char| !is_word_char(Some(c)))
            .filter(|w| !w.is_empty())
            .collect();
        Lang::ALL.iter().any(|&l| {
            let rules = self.frames.rules(l);
            let Some((prep, head)) = words.split_last() else {
                return rules
                    .plant_words
                    .iter()
                    .any(|w| w.chars().any(is_han) && after.starts_with(w.as_str()));
            };
            let governed = rules.prepositions.iter().any(|p| p == prep) || *prep == "d";
            rules.plant_words.iter().any(|w| {
                if w.chars().any(is_han) {
                    after.starts_with(w.as_str())
                } else if let Some(tail) = w.strip_prefix('*') {
                    governed
                        && head
                            .last()
                            .is_some_and(|x| x.len() > tail.len() && x.ends_with(tail))
                } else {
                    let n = w.split(' ').count();
                    governed
                        && head.len() >= n
                        && head
                            .get(head.len() - n..)
                            .is_some_and(|t| t.join(" ") == *w)
                }
            })
        })
    }

    /// Whether the mention `e` stands between quotes or title marks ("« Whoosh »", "'Aurora'",
    /// "„Nordlicht“", "《长风》", "「長風」"): a name the writer gives as a name.
    fn quoted(&self, e: &EntityMention) -> bool {
        let text = self.input.text;
        let surface = text.get(e.span.start..e.span.end).unwrap_or("");
        let before = text.get(..e.span.start).unwrap_or("").trim_end();
        let after = text.get(e.span.end..).unwrap_or("").trim_start();
        let pair = |open: Option<char>, close: Option<char>| {
            matches!(
                (open, close),
                (Some('«'), Some('»'))
                    | (Some('»'), Some('«'))
                    | (Some('"'), Some('"'))
                    | (Some('\''), Some('\''))
                    | (Some('‘'), Some('’'))
                    | (Some('“'), Some('”'))
                    | (Some('„'), Some('“'))
                    | (Some('‹'), Some('›'))
                    | (Some('《'), Some('》'))
                    | (Some('「'), Some('」'))
                    | (Some('『'), Some('』'))
            )
        };
        pair(before.chars().next_back(), after.chars().next())
            || pair(surface.chars().next(), surface.chars().next_back())
    }

    /// The language of the sentence `span` ([`Lang::detect_sentence`], computed once per
    /// sentence when the pipeline shares its sentences).
    fn lang_of(&self, span: Span) -> Lang {
        match self.doc {
            Some(d)
                if d.doc_lang() == self.input.lang && std::ptr::eq(d.text(), self.input.text) =>
            {
                d.lang_of(span)
            }
            _ => span.slice(self.input.text).map_or(self.input.lang, |t| {
                Lang::detect_sentence(t, self.input.lang)
            }),
        }
    }

    fn sentence(&self, i: usize, span: Span) -> Option<Sentence<'a>> {
        let text = self.input.text;
        let stext = span.slice(text)?;
        let lang = self.lang_of(span);
        let mut langs = vec![lang];
        for l in [self.input.lang, Lang::En] {
            if !langs.contains(&l) {
                langs.push(l);
            }
        }
        let folded = Folded::new(stext);
        let to_doc = |s: usize, e: usize| {
            let o = folded.to_original(s, e);
            Span::new(o.start + span.start, o.end + span.start)
        };
        // A cue of a topic ("geschätzt" of an auction) counts in a document that speaks of it.
        let mut speaks = |l: Lang, topic: &str| {
            self.spoken
                .get_or_init(|| self.frames.topics_spoken(&fold_str(self.input.text)))
                .contains(&(l, topic))
        };
        let cues = self
            .frames
            .find_cues_with(folded.as_str(), &langs, &mut speaks)
            .into_iter()
            // A word of another language read in this one must be written as that language
            // writes it: French "salariés" is no English "salaries"; nor may it be a word of
            // this one that means something else (Italian "fine", the end).
            .filter(|h| {
                h.lang == lang
                    || h.lang == self.input.lang
                    || to_doc(h.start, h.end).slice(text).is_some_and(|t| {
                        t.chars().all(|c| c.is_ascii() || is_han(c))
                            && !self.frames.rules(lang).false_friends.iter().any(|f| {
                                f.as_str() == folded.as_str().get(h.start..h.end).unwrap_or("")
                            })
                    })
            })
            .map(|h| Cue {
                frame: h.frame,
                span: to_doc(h.start, h.end),
                weak: h.weak,
            })
            .collect();
        let fs = folded.as_str();
        let mut breaks: Vec<usize> = super::frames::punct_breaks(fs)
            .into_iter()
            .map(|p| to_doc(p, p).start)
            .collect();
        for (p, w) in self.frames.clause_breaks_all(&langs, fs) {
            if stands_alone(fs, p, w) {
                breaks.push(to_doc(p, p + w.len()).start);
            }
        }
        breaks.sort_unstable();
        breaks.dedup();
        let quantities = self.quantities.get(i).cloned().unwrap_or_default();
        Some(Sentence {
            span,
            lang,
            langs,
            cues,
            breaks,
            entities: self.entities.get(i).cloned().unwrap_or_default(),
            quantities,
            passive: std::cell::OnceCell::new(),
            folded,
            anaphors: std::cell::OnceCell::new(),
            markers: std::cell::OnceCell::new(),
            sale: std::cell::OnceCell::new(),
        })
    }

    /// What stands right before `pos` in the sentence starting at `from`: the folded words
    /// (nearest first, at most four, stopping at punctuation) and the Han characters.
    fn before(&self, from: usize, pos: usize) -> Rc<Before> {
        if let Some(b) = self.before_memo.borrow().get(&(from, pos)) {
            return Rc::clone(b);
        }
        let b = Rc::new(self.before_uncached(from, pos));
        self.before_memo
            .borrow_mut()
            .insert((from, pos), Rc::clone(&b));
        b
    }

    fn before_uncached(&self, from: usize, pos: usize) -> Before {
        let text = self.input.text;
        let mut from = pos.saturating_sub(64).max(from);
        while from < pos && !text.is_char_boundary(from) {
            from += 1;
        }
        let prefix = fold_str(text.get(from..pos).unwrap_or(""));
        let trimmed = prefix.trim_end();
        let run: Vec<char> = trimmed
            .chars()
            .rev()
            .take_while(|&c| is_han(c))
            .take(HAN_PHRASE)
            .collect();
        let han: String = run.iter().take(4).rev().collect();
        let han_phrase: String = run.iter().rev().collect();
        // Only words joined to the entity by spaces, apostrophes or quotes govern it.
        let cut = trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| !(is_word_char(Some(c)) || c.is_whitespace() || c == '\'' || c == '"'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let words = trimmed
            .get(cut..)
            .unwrap_or("")
            .split(|c: char| !is_word_char(Some(c)))
            .filter(|w| !w.is_empty())
            .rev()
            .take(4)
            .map(str::to_string)
            .collect();
        let after_comma = trimmed
            .get(..cut)
            .and_then(|t| t.chars().next_back())
            .is_some_and(|c| c == ',');
        Before {
            words,
            after_comma,
            han,
            han_phrase,
        }
    }

    /// Whether the name of `e` (as written, or its canonical name) holds one of the words of
    /// `lang` that name a competition ([`FoldedRules::event_words`]: "ATP Finals", "Coppa
    /// Italia", "法國網球公開賽"): a word of the name, or anywhere in a Han name.
    fn names_event(&self, lang: Lang, e: &EntityMention) -> bool {
        self.names_memo(e, lang, false)
    }

    /// Whether the name of `e` holds one of the words of `lang` that name a venue
    /// ([`FoldedRules::venue_words`]: "Inalpi Arena", "Stadio Olimpico", "因納爾皮體育館").
    fn names_venue(&self, lang: Lang, e: &EntityMention) -> bool {
        self.names_memo(e, lang, true)
    }

    /// Whether `e` names a court ([`FoldedRules::court_words`] of any language, as written or
    /// in its canonical name: "Corte Ue", "EuGH" for the Court of Justice, "普通法院"), not a
    /// venue ("Centre Court"): a court rules on the figures of the parties before it and holds
    /// none of them ("the court ruled that X must pay 13 billion": X's), so it is no subject.
    fn names_court(&self, e: &EntityMention) -> bool {
        let words = self.frames.court_list();
        let is_court = |e: &EntityMention| {
            self.name_holds(e, words) && !Lang::ALL.iter().any(|&l| self.names_venue(l, e))
        };
        // A name the court's own name follows right after it ("歐盟普通法院", "EU-Gericht")
        // is the court's jurisdiction, part of its designation.
        let text = self.input.text;
        is_court(e)
            || self.entities.iter().flatten().any(|o| {
                o.span.start >= e.span.end
                    && text
                        .get(e.span.end..o.span.start)
                        .is_some_and(|t| t.is_empty() || t == "-")
                    && is_court(o)
            })
    }

    /// Whether `e` holds no figure: a court ([`Context::names_court`]) or the world as the
    /// scope of a superlative ([`Context::superlative_scope`]); found once per mention.
    fn holds_nothing(&self, e: &EntityMention) -> bool {
        if let Some(&h) = self.holds_nothing.borrow().get(&e.span) {
            return h;
        }
        let h = self.names_court(e) || self.superlative_scope(e);
        self.holds_nothing.borrow_mut().insert(e.span, h);
        h
    }

    /// Whether `e` is the world as the scope of a superlative or a first rank
    /// ([`FoldedRules::superlative_words`] of any language): in Chinese, one of the words
    /// right after it ("全球最大產酒國", "世界第一"); elsewhere one of them among the
    /// [`SUPERLATIVE_WORDS`] words right before it ("il museo più visitato al mondo", "der
    /// größte Hersteller der Welt", "le plus chaud de la planète"). "France, the world's largest
    /// producer, grew 4 %" speaks of France; the world is where it ranks.
    fn superlative_scope(&self, e: &EntityMention) -> bool {
        if e.id != crate::entity::EARTH_ID {
            return false;
        }
        let text = self.input.text;
        let after = text.get(e.span.end..).unwrap_or("");
        let after: String = after.chars().take(3).collect();
        let mut start = e.span.start.saturating_sub(96);
        while start < e.span.start && !text.is_char_boundary(start) {
            start += 1;
        }
        let before = fold_str(text.get(start..e.span.start).unwrap_or(""));
        // The words of the clause before the name, the last ones.
        let clause = before
            .rsplit(|c: char| ".;:!?,()".contains(c))
            .next()
            .unwrap_or("");
        let words: Vec<&str> = clause
            .split(|c: char| !is_word_char(Some(c)))
            .filter(|w| !w.is_empty())
            .collect();
        let tail = words
            .get(words.len().saturating_sub(SUPERLATIVE_WORDS)..)
            .unwrap_or_default()
            .join(" ");
        let tail = format!(" {tail} ");
        let after = fold_str(&after);
        Lang::ALL.iter().any(|&l| {
            self.frames.rules(l).superlative_words.iter().any(|w| {
                if w.chars().any(is_han) {
                    after.starts_with(w.as_str())
                } else {
                    tail.contains(&format!(" {w} "))
                }
            })
        })
    }

    /// Whether `e` is the source of an estimate that the figure `q` states: one of the
    /// sentence's [`FoldedRules::estimate_verbs`] follows the name before the figure, with at
    /// most two words between them besides an aside in commas or brackets ("Der Verband X
    /// beziffert den Schaden auf", "La confederazione spagnola, la X, stima il danno in", "X,
    /// principale organisation patronale, chiffre l'impact à"), and the name is not the
    /// story's topic (the section's headline names it, or it is the main subject): a third
    /// party's estimate puts a figure on what the story speaks of, where the topic's own
    /// estimate ("Y chiffre le coût de son plan à") stays its own, and so does the estimate of
    /// a story with no other topic (no other party in the headline, no main subject). The
    /// verb may also stand right before the name ("Inzwischen beziffert X die Kosten auf").
    /// Where the frame measures a thing's property and the story has a thing
    /// ([`Context::thing`]), any party that estimates it is its source, the story's main
    /// party too: the operator that puts a figure on its plant's cost.
    fn estimator(
        &self,
        s: &Sentence<'_>,
        e: &EntityMention,
        q: &QuantityMention,
        slot: &Slot,
        frame: usize,
    ) -> bool {
        if e.span.end > q.span.start {
            return false;
        }
        // The sentence's own fold of the words between (the fold of that range: see
        // `Folded::folded_of`), not folded again for every name and figure.
        let at = |p: usize| p.saturating_sub(s.span.start);
        let folded = s.folded.folded_of(at(e.span.end), at(q.span.start));
        if folded.is_empty() {
            return false;
        }
        // What a party puts a figure on is a thing's property where the story has a thing
        // ("Inzwischen beziffert EDF die Kosten auf", "Die Betreiberin schätzt die Kosten der
        // Brücke auf"): the thing holds it, whoever the story's main party is. A company's own
        // figures (its revenue, its staff) are no thing's.
        let things = self
            .frames
            .frames()
            .get(frame)
            .is_some_and(|f| f.thing_subject)
            && self.thing().is_some_and(|t| t.id != e.id);
        // The verb may stand right before the name it takes as its subject, as German and
        // a French inversion put it ("Inzwischen beziffert EDF die Kosten auf").
        let lead = s.folded.folded_of(at(s.span.start), at(e.span.start));
        // The estimate verbs of the sentence's languages.
        let verbs = || {
            s.langs
                .iter()
                .flat_map(|&l| self.frames.rules(l).estimate_verbs.iter())
        };
        let verb_before = verbs().any(|m| {
            match_positions(lead, m)
                .filter(|&x| stands_alone(lead, x, m))
                .last()
                .and_then(|x| lead.get(x + m.len()..))
                .is_some_and(|rest| {
                    !rest.contains([',', '，', '.', ';', ':']) && words_in(rest) <= 2
                })
        });
        if verb_before {
            return things;
        }
        let verb = verbs()
            .filter_map(|m| {
                match_positions(folded, m)
                    .find(|&x| stands_alone(folded, x, m))
                    .map(|x| (x, x + m.len()))
            })
            .min();
        // The verb takes what it puts a figure on as its object: after a comma or a colon it
        // reports its party's own statement ("X估计，其搶修費用約6億元").
        let Some((lead, _)) = verb
            .and_then(|(at, end)| Some((folded.get(..at)?, folded.get(end..)?)))
            .filter(|(_, rest)| !rest.trim_start().starts_with([',', '，', ':', '：']))
        else {
            return false;
        };
        // The words between the name and the verb, outside brackets, split at commas.
        let plain = outside_brackets(lead);
        let parts: Vec<&str> = plain.split([',', '，']).collect();
        let near = match parts.as_slice() {
            [one] => words_in(one) <= 2,
            // The name closes an aside ("La confederazione, la X, stima").
            [head, tail] => words_in(head) == 0 && words_in(tail) == 0,
            [head, _, tail] => words_in(head) <= 2 && words_in(tail) == 0,
            _ => false,
        };
        if !near {
            return false;
        }
        if things {
            return true;
        }
        let Some(i) = self.sentences.iter().position(|sp| *sp == s.span) else {
            return false;
        };
        let main = self.main_subject(i, slot, None);
        if self.headline_entity(i, |h| h.id == e.id).is_some() || main.is_some_and(|m| m.id == e.id)
        {
            return false;
        }
        // Where the story has no other topic to hold the figure, the estimate is the party's.
        main.is_some()
            || self
                .headline_entity(i, |h| {
                    h.id != e.id && h.kind != EntityKind::Person && slot.rank(h.kind).is_some()
                })
                .is_some()
    }

    /// [`Context::name_holds`] of `e` and the event words (`venue`: false) or venue words
    /// (`venue`: true) of `lang`, answered once per mention: every figure of a sentence asks
    /// again.
    fn names_memo(&self, e: &EntityMention, lang: Lang, venue: bool) -> bool {
        let key = (e.span, lang, venue);
        if let Some((name, holds)) = self.names_memo.borrow().get(&key) {
            if *name == e.name {
                return *holds;
            }
        }
        let holds = self.name_holds(e, self.frames.held_list(lang, venue));
        self.names_memo
            .borrow_mut()
            .insert(key, (e.name.clone(), holds));
        holds
    }

    /// The document's event by sentence `i`: the one competition its names hold (the longest
    /// name where the others are words of it: "Nitto ATP Finals" over "Finals"), never where
    /// it names several. An event's figure whose sentence names nobody ("Il montepremi
    /// complessivo del torneo", "Das gesamte Preisgeld des Saisonfinales") is that event's.
    fn document_event(&self, i: usize, lang: Lang) -> Option<&'a EntityMention> {
        let named = self.event_names(lang);
        // The first mention of an id up to sentence `i` is its first in the document.
        let events = named.iter().take_while(|&&(s, _)| s <= i).map(|&(_, e)| e);
        let longest = events.clone().max_by_key(|e| e.name.len())?;
        events
            .clone()
            .all(|e| name_within(&e.name, &longest.name))
            .then_some(longest)
    }

    /// The entities of the document, not people or places, whose names name an event in
    /// `lang` ([`Context::names_event`]), each id at its first such mention, in document
    /// order with their sentences; computed once per language.
    fn event_names(&self, lang: Lang) -> EventNames<'a> {
        if let Some(v) = self.event_names.borrow().get(&lang) {
            return Rc::clone(v);
        }
        let mut named: Vec<(usize, &'a EntityMention)> = Vec::new();
        for (s, e) in self
            .entities
            .iter()
            .enumerate()
            .flat_map(|(s, v)| v.iter().map(move |&e| (s, e)))
        {
            let kind_ok = !matches!(e.kind, EntityKind::Person | EntityKind::Place);
            if kind_ok && self.names_event(lang, e) && !named.iter().any(|(_, o)| o.id == e.id) {
                named.push((s, e));
            }
        }
        let named: EventNames<'a> = named.into();
        self.event_names
            .borrow_mut()
            .insert(lang, Rc::clone(&named));
        named
    }

    /// Whether the name of `e` (as written, or its canonical name) holds one of `list`: a
    /// word of the name (the end of one for a word written `*tail`), or anywhere in a Han
    /// name.
    fn name_holds(&self, e: &EntityMention, list: &WordList) -> bool {
        if list.is_empty() {
            return false;
        }
        let surface = self.input.text.get(e.span.start..e.span.end).unwrap_or("");
        [surface, e.name.as_str()]
            .iter()
            .any(|n| list.held_by(&fold_str(n)))
    }

    /// Whether the entity `e` (of the sentence starting at `from`, in `lang`) stands as the
    /// other side of a contest: one of [`FoldedRules::opponent_markers`] stands before it in
    /// its clause, at most [`OPPONENT_WORDS`] words before it ("battendo in finale Carlos
    /// Alcaraz", "besiegte im Endspiel den Spanier Carlos Alcaraz"), and no passive agent
    /// follows the marker ("battuto da X": X won); in Chinese, among the Han characters right
    /// before it, with no "的" after the marker ("以直落兩盤擊敗西班牙好手艾卡拉斯"; not
    /// "擊敗X的Y", where Y won).
    fn opponent(&self, from: usize, lang: Lang, e: &EntityMention) -> bool {
        let rules = self.frames.rules(lang);
        if rules.opponent_markers.is_empty() {
            return false;
        }
        let text = self.input.text;
        let mut start = e.span.start.saturating_sub(160).max(from);
        while start < e.span.start && !text.is_char_boundary(start) {
            start += 1;
        }
        let prefix = fold_str(text.get(start..e.span.start).unwrap_or(""));
        // The clause the name stands in.
        let clause = prefix
            .rfind([
                ',', ';', ':', '(', ')', '.', '!', '?', '，', '；', '：', '（', '）', '。',
            ])
            .and_then(|p| prefix.get(p..))
            .map_or(prefix.as_str(), |t| {
                t.char_indices().nth(1).map_or("", |(i, _)| &t[i..])
            });
        let han: String = {
            let run: Vec<char> = clause
                .trim_end()
                .chars()
                .rev()
                .take_while(|&c| is_han(c))
                .take(HAN_PHRASE)
                .collect();
            run.into_iter().rev().collect()
        };
        let words: Vec<&str> = clause
            .split(|c: char| !is_word_char(Some(c)))
            .filter(|w| !w.is_empty())
            .collect();
        rules.opponent_markers.iter().any(|m| {
            if m.chars().any(is_han) {
                return han.rfind(m.as_str()).is_some_and(|p| {
                    han.get(p + m.len()..)
                        .is_some_and(|rest| !rest.contains('的') && rest.chars().count() <= 8)
                });
            }
            let mw: Vec<&str> = m
                .split(|c: char| !is_word_char(Some(c)))
                .filter(|w| !w.is_empty())
                .collect();
            if mw.is_empty() {
                return false;
            }
            words.windows(mw.len()).enumerate().any(|(k, w)| {
                let rest = words.get(k + mw.len()..).unwrap_or_default();
                w == mw.as_slice()
                    && rest.len() <= OPPONENT_WORDS
                    && rest
                        .first()
                        .is_none_or(|w| !rules.passive_agents.iter().any(|a| a == w))
            })
        })
    }

    /// Whether one of `markers` stands right before the entity `e` of sentence `s` (after an
    /// article of the sentence's language, if any).
    fn marked_by(&self, s: &Sentence<'_>, e: &EntityMention, markers: &[&String]) -> bool {
        self.marked_at(s.span.start, s.lang, e.span.start, markers)
    }

    /// [`Context::cited_at`] of the mention `e` of sentence `s`, with the sentence's merged
    /// source markers ([`Markers::sources`]): asked once per mention, not for each figure.
    fn cited_in(&self, s: &Sentence<'a>, e: &EntityMention) -> bool {
        self.cited_memo((s.span, e.span.start, true), || {
            self.cited_at(s.span.start, s.lang, e.span.start, &self.markers(s).sources)
        })
    }

    /// [`Context::cited_at`] of the mention `e` of the sentence at `span` (one of the
    /// document's sentences, in its language), with that language's source markers: asked
    /// once per mention.
    fn cited_in_span(&self, span: Span, e: &EntityMention) -> bool {
        self.cited_memo((span, e.span.start, false), || {
            let lang = self.lang_of(span);
            let sources = &self.frames.rules(lang).source_markers;
            self.cited_at(span.start, lang, e.span.start, sources)
        })
    }

    fn cited_memo(&self, key: (Span, usize, bool), f: impl FnOnce() -> bool) -> bool {
        if let Some(&c) = self.cited.borrow().get(&key) {
            return c;
        }
        let c = f();
        self.cited.borrow_mut().insert(key, c);
        c
    }

    /// Whether a source marker cites the name at byte `pos` of the sentence starting at `from`:
    /// right before it ([`Context::marked_at`]), or before a description of one or two
    /// lower-case words that are no function words ("Secondo l'ente pubblico X", "selon
    /// l'organisme public X", "according to the agency X"); in a language that capitalizes its
    /// nouns, a capitalized noun is such a word too ("nach Angaben der staatlichen
    /// Forstbehörde X", "laut dem Wetterdienst X").
    fn cited_at<M: AsRef<str>>(&self, from: usize, lang: Lang, pos: usize, sources: &[M]) -> bool {
        if self.marked_at(from, lang, pos, sources) {
            return true;
        }
        // The words before the name, folded, nearest first: a marker's last word must stand one
        // to three words back (past the description, and an article) for a description to lie
        // between; most names have none, and are done with here.
        let b = self.before(from, pos);
        let marker_back = b.words.iter().skip(1).take(DESCRIPTION_WORDS + 1).any(|w| {
            sources.iter().any(|m| {
                let m = m.as_ref();
                may_end_in(m, w) && last_word(m) == Some(w.as_str())
            })
        });
        if !marker_back {
            return false;
        }
        let rules = self.frames.rules(lang);
        let text = self.input.text.get(from..pos).unwrap_or("");
        let mut end = text.len();
        for (k, folded) in b.words.iter().take(DESCRIPTION_WORDS).enumerate() {
            let head = text.get(..end).unwrap_or("").trim_end();
            let start = head
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_word_char(Some(c)))
                .last()
                .map(|(i, _)| i);
            let Some(start) = start else {
                return false;
            };
            // Written small (a common noun or adjective where only names are capitalized), and
            // no function word; where nouns are capitalized, the word right before the name is
            // the description's noun, capitalized, and the words before it are small
            // adjectives ("der staatlichen Forstbehörde X": not "Laut Kommission zahlte X").
            let word = head.get(start..).unwrap_or("");
            let lower = |w: &str| w.chars().all(|c| c.is_lowercase() && c.is_alphabetic());
            let noun = word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().next().map_or(0, char::len_utf8) < word.len()
                && lower(
                    word.get(word.chars().next().map_or(0, char::len_utf8)..)
                        .unwrap_or(""),
                );
            let small = if rules.capitalized_names {
                lower(word)
            } else if k == 0 {
                noun
            } else {
                lower(word)
            };
            let function = [&rules.prepositions, &rules.articles, &rules.conjunctions]
                .iter()
                .any(|l| l.contains(folded));
            if !small || function {
                return false;
            }
            if self.marked_at(from, lang, from + start, sources) {
                return true;
            }
            end = start;
        }
        false
    }

    /// Whether place `e` of the sentence starting at `from` (whose entities are `ents`) is where
    /// something happens rather than a party: a preposition governs it ("a Trieste", "in
    /// Germania"), or it follows such a place in a list ("tra Germania, Olanda e Francia",
    /// "zwischen Frankfurt und München").
    fn located(&self, from: usize, lang: Lang, e: &EntityMention, ents: &[&EntityMention]) -> bool {
        if e.kind != EntityKind::Place {
            return false;
        }
        let rules = self.frames.rules(lang);
        let preps = &rules.prepositions;
        let mut cur = e;
        // A list is short: a few names, each checked once.
        for _ in 0..ents.len() {
            if self.marked_at(from, lang, cur.span.start, preps) {
                return true;
            }
            let Some(prev) = ents
                .iter()
                .filter(|p| p.span.end <= cur.span.start)
                .max_by_key(|p| p.span.end)
            else {
                return false;
            };
            // A list of places may name an airport or a port among them ("tra Fiumicino,
            // Francoforte e Monaco").
            let listed = matches!(prev.kind, EntityKind::Place | EntityKind::Facility);
            let between = self
                .input
                .text
                .get(prev.span.end..cur.span.start)
                .unwrap_or("")
                .trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '、');
            let joined = between.is_empty() || rules.conjunctions.contains(&fold_str(between));
            if !listed || !joined {
                return false;
            }
            cur = prev;
        }
        false
    }

    /// [`Context::marked_by`] for the entity at `pos` of the sentence starting at `from`, in
    /// `lang`; `markers` may be a language's own list (`&[String]`) or a merged one.
    fn marked_at<M: AsRef<str>>(&self, from: usize, lang: Lang, pos: usize, markers: &[M]) -> bool {
        if markers.is_empty() {
            return false;
        }
        let b = self.before(from, pos);
        let rules = self.frames.rules(lang);
        if !b.han.is_empty() {
            // Only markers in Han characters: right before the name, or before a descriptive
            // phrase that ends in a noun referring to organizations ("向[法国人工智能公司]
            // Mistral AI": 公司, 集团).
            let phrase_noun = std::cell::OnceCell::new();
            return markers.iter().map(AsRef::as_ref).any(|m: &str| {
                m.chars().any(is_han)
                    && (contains_short(&b.han, m)
                        || (*phrase_noun.get_or_init(|| {
                            rules.anaphora.iter().any(|a| {
                                a.chars().count() == 2
                                    && a.chars().all(is_han)
                                    && b.han_phrase.ends_with(a.as_str())
                            })
                        }) && contains_short(&b.han_phrase, m)))
            });
        }
        // No Han character before the name (so no Han phrase either): only the words count.
        let Some(w0) = b.words.first() else {
            return false;
        };
        // Articles of the sentence's own language only: English "a" is French "à".
        let skip =
            rules.articles.iter().any(|a| a == w0) && !rules.prepositions.iter().any(|p| p == w0);
        let w1 = if skip { b.words.get(1) } else { None };
        // ", an dem X ... hält": a preposition and a relative pronoun that is also an article
        // open a relative clause right after a comma, whose subject the name is.
        if skip
            && b.after_comma
            && b.words.len() == 2
            && rules.relatives.iter().any(|r| r == w0)
            && w1.is_some_and(|w| rules.prepositions.iter().any(|p| p == w))
        {
            return false;
        }
        markers.iter().map(AsRef::as_ref).any(|m: &str| {
            // Most markers are told apart by their end without splitting them ([`may_end_in`]).
            if !may_end_in(m, w0) && w1.is_none_or(|w| !may_end_in(m, w)) {
                return false;
            }
            // The marker's last word must be the word before the name (or after its article).
            let Some(last) = last_word(m) else {
                return false;
            };
            if last != w0.as_str() && w1.is_none_or(|w| last != w.as_str()) {
                return false;
            }
            if m.chars().any(is_han) {
                return false;
            }
            // The marker's words, last first, against the words before the entity.
            let matches_at = |k: usize| {
                let mut n = 0;
                for t in m
                    .split(|c: char| !is_word_char(Some(c)))
                    .filter(|t| !t.is_empty())
                    .rev()
                {
                    if b.words.get(k + n).is_none_or(|w| w != t) {
                        return false;
                    }
                    n += 1;
                }
                n > 0
            };
            matches_at(0) || (skip && matches_at(1))
        })
    }

    /// Whether a word that refers back to a named entity stands before the figure's end.
    fn refers_back(&self, s: &Sentence<'_>, q: &QuantityMention) -> bool {
        self.refers_back_from(s, s.span.start, q)
    }

    /// The words that refer back in sentence `s`, in any of its languages: every occurrence,
    /// found once per sentence in its folded text.
    fn anaphors<'s>(&self, s: &'s Sentence<'_>) -> &'s Anaphors {
        s.anaphors.get_or_init(|| {
            let fs = s.folded.as_str();
            let mut hits = Vec::new();
            for (li, start, end, wi) in self.frames.anaphora_all(&s.langs, fs) {
                let Some(l) = s.langs.get(li) else {
                    continue;
                };
                let rules = self.frames.rules(*l);
                let words = &rules.anaphora;
                let Some(w) = words.get(wi) else {
                    continue;
                };
                let AnaphorWord {
                    word: a,
                    tail,
                    han,
                    noun,
                } = anaphor_word(rules, w);
                let before = fs.get(..start).and_then(|t| t.chars().next_back());
                let after = fs.get(end..).and_then(|t| t.chars().next());
                hits.push(AnaphorHit {
                    order: (li, wi),
                    start,
                    end,
                    noun,
                    han,
                    tail,
                    long: a.chars().count() >= 3,
                    word_before: is_word_char(before),
                    word_after: is_word_char(after),
                    han_before: before.is_some_and(is_han),
                });
            }
            hits.sort_by_key(|h| (h.order, h.start));
            let overlapping = hits
                .windows(2)
                .any(|w| matches!(w, [a, b] if a.order == b.order && b.start < a.end));
            Anaphors { hits, overlapping }
        })
    }

    /// The takeover the document's lead reports: the first strong cue of a frame that names a
    /// deal ([`Frame::deal`] with an object slot) in its headlines and first three sentences,
    /// with the nearest organization before it that no preposition governs as the buyer ("Der
    /// Stahlkonzern X übernimmt die Mehrheit an Y", "X a annoncé le rachat de Y", "X lancia
    /// l'opa su Y") and the first other organization after it as the target.
    fn deal(&self) -> Option<Deal<'a>> {
        *self.deal.get_or_init(|| {
            let frames = self.frames.frames();
            if !frames.iter().any(|f| f.deal && f.object.is_some()) {
                return None;
            }
            let body = self
                .headline
                .iter()
                .position(|h| !h)
                .unwrap_or(self.headline.len());
            for (i, span) in self.sentences.iter().enumerate().take(body + 3) {
                if self.entities.get(i).is_none_or(Vec::is_empty) {
                    continue;
                }
                let Some(s) = self.sentence(i, *span) else {
                    continue;
                };
                if let Some(d) = self.sale(&s) {
                    return Some(d);
                }
                for cue in &s.cues {
                    if cue.weak
                        || !frames
                            .get(cue.frame)
                            .is_some_and(|f| f.deal && f.object.is_some())
                    {
                        continue;
                    }
                    let m = self.markers(&s);
                    let party = |e: &&EntityMention| {
                        e.kind == EntityKind::Organization
                            && e.span.end <= cue.span.start
                            && !self.marked_by(&s, e, &m.preps)
                            && !self.marked_by(&s, e, &m.sources)
                            && !self.bracketed(e)
                    };
                    // The first party of the cue's clause (a verb may come last: "X will Y
                    // übernehmen"), else the nearest one before the cue.
                    let clause = s
                        .breaks
                        .iter()
                        .copied()
                        .filter(|&b| b < cue.span.start)
                        .max()
                        .unwrap_or(s.span.start);
                    // A name a lexicon knows before a discovered one ("Essilor-Luxottica"
                    // read as two names).
                    let in_clause = |known: bool| {
                        s.entities.iter().copied().find(|e| {
                            e.span.start >= clause
                                && party(e)
                                && (!known || e.score >= DISCOVERED_SCORE)
                        })
                    };
                    // The agent of a passive clause buys ("X è stata acquisita da Y"; not "X
                    // compra Y da Z", where Z sells).
                    let agent = s.entities.iter().copied().find(|e| {
                        e.kind == EntityKind::Organization && self.marked_by(&s, e, &m.agents)
                    });
                    let buyer = agent
                        .or_else(|| in_clause(true))
                        .or_else(|| in_clause(false))
                        .or_else(|| s.entities.iter().copied().rev().find(|e| party(e)));
                    let Some(buyer) = buyer else {
                        continue;
                    };
                    let org =
                        |e: &&EntityMention| e.kind == EntityKind::Organization && e.id != buyer.id;
                    let target = s
                        .entities
                        .iter()
                        .copied()
                        .find(|e| agent.is_some() && org(e))
                        .or_else(|| {
                            s.entities
                                .iter()
                                .copied()
                                .find(|e| e.span.start >= cue.span.end && org(e))
                        })
                        .or_else(|| {
                            s.entities.iter().copied().find(|e| {
                                e.span.start >= buyer.span.end
                                    && e.span.end <= cue.span.start
                                    && org(e)
                            })
                        });
                    // A headline may name the target only in words no lexicon knows: the
                    // lead's next organization then.
                    let target = target.or_else(|| {
                        self.entities
                            .iter()
                            .take(body + 3)
                            .skip(i + 1)
                            .flatten()
                            .copied()
                            .find(|e| org(e) && e.score >= DISCOVERED_SCORE && !self.bracketed(e))
                    });
                    return Some(Deal { buyer, target });
                }
            }
            None
        })
    }

    /// A sale the sentence reports with a verb of [`FoldedRules::sale_verbs`]: the buyer is
    /// the first organization after the verb that a word of [`FoldedRules::sale_recipients`]
    /// introduces (at most three words before it: "cede a Acme", "cedere ai tedeschi di
    /// Acme", "vendre 60 % de Borealis à Acme", "出售给紫金矿业"), the target the first
    /// other organization after the verb; none without one.
    fn sale(&self, s: &Sentence<'a>) -> Option<Deal<'a>> {
        let (_, buyer, target) = self.sale_at(s)?;
        // A sale names what is sold: without another name (an organization, or one of no
        // known kind) after the verb, the verb is another one's ("il titolo cede il 2% a
        // Piazza Affari").
        Some(Deal {
            buyer,
            target: Some(target?),
        })
    }

    /// The sale sentence `s` reports ([`Context::sale`]): the end of its verb of
    /// [`FoldedRules::sale_verbs`], its buyer, and its target when another name follows the
    /// verb.
    fn sale_at(&self, s: &Sentence<'a>) -> Option<SaleAt<'a>> {
        *s.sale.get_or_init(|| self.sale_uncached(s))
    }

    /// [`Context::sale_at`], computed.
    fn sale_uncached(&self, s: &Sentence<'a>) -> Option<SaleAt<'a>> {
        let fs = s.folded.as_str();
        let text = self.input.text;
        // The verb and the word that introduces its buyer in one language: the English noun
        // "sale" in an Italian headline ("sale al 90%", it rises to 90%) has no English "to".
        let mut best: Option<(usize, &'a EntityMention)> = None;
        let ends = self
            .frames
            .sale_verb_ends(&s.langs, fs, |p, w| stands_alone(fs, p, w));
        for (l, end) in s.langs.iter().zip(ends) {
            let rules = self.frames.rules(*l);
            let Some(end) = end else {
                continue;
            };
            let verb = s.span.start + s.folded.to_original(end, end).start;
            if best.is_some_and(|(v, _)| v <= verb) {
                continue;
            }
            let buyer = s.entities.iter().copied().find(|e| {
                if e.kind != EntityKind::Organization || e.span.start < verb {
                    return false;
                }
                let Some(gap) = text.get(verb..e.span.start) else {
                    return false;
                };
                let gap = fold_str(gap);
                let words: Vec<&str> = gap
                    .split(|c: char| !is_word_char(Some(c)))
                    .filter(|w| !w.is_empty())
                    .collect();
                let last = words.len().saturating_sub(3);
                rules.sale_recipients.iter().any(|m| {
                    if m.chars().any(is_han) {
                        gap.trim_end().ends_with(m.as_str())
                    } else {
                        words.get(last..).is_some_and(|ws| ws.contains(&m.as_str()))
                    }
                })
            });
            if let Some(b) = buyer {
                best = Some((verb, b));
            }
        }
        let (verb, buyer) = best?;
        let target = s.entities.iter().copied().find(|e| {
            matches!(e.kind, EntityKind::Organization | EntityKind::Other)
                && e.span.start >= verb
                && e.id != buyer.id
        });
        Some((verb, buyer, target))
    }

    /// The buyer, the target when named after the verb, and the seller (the first organization
    /// before the verb) of the sale sentence `s` reports, for the figure `q` of `frame` after
    /// its verb
    /// of [`FoldedRules::sale_verbs`] ("Talvik cede a Orvane il 22,8% di Brenta per 1,9
    /// miliardi", "Talvik va vendre 70 % de Brenta à Orvane", "Talvik将所持Brenta 30%股权出售给
    /// Orvane"): what the sale hands over (a
    /// figure of a frame marked `transferred` or `deal`) is the buyer's. A figure no frame
    /// names only where the sale also names what is sold, after the verb ("il titolo cede il
    /// 2% a Piazza Affari" is no sale). The figure stands after the verb, never across a
    /// semicolon, which opens a clause of its own; or before it in the verb's own clause.
    fn sale_buyer(
        &self,
        s: &Sentence<'a>,
        q: &QuantityMention,
        frame: &Frame,
        bare: bool,
    ) -> Option<(
        &'a EntityMention,
        Option<&'a EntityMention>,
        Option<&'a EntityMention>,
    )> {
        if !(bare || frame.deal || frame.transferred) {
            return None;
        }
        let (verb, buyer, target) = self.sale_at(s)?;
        if bare && target.is_none() {
            return None;
        }
        // After the verb, or before it in its clause ("X将Z 30%股权出售给Y").
        let text = self.input.text;
        let inside = if q.span.start >= verb {
            !text.get(verb..q.span.start)?.contains([';', '；'])
        } else {
            !s.breaks.iter().any(|&b| b >= q.span.end && b < verb)
                && !text
                    .get(q.span.end..verb)?
                    .contains([',', ';', ':', '，', '；', '：'])
        };
        // The seller: the sentence's first organization before the verb.
        let seller =
            s.entities.iter().copied().find(|e| {
                e.kind == EntityKind::Organization && e.span.end <= verb && e.id != buyer.id
            });
        inside.then_some((buyer, target, seller))
    }

    /// The deal's party a noun phrase of [`FoldedRules::buyer_nouns`] or
    /// [`FoldedRules::target_nouns`] names, when the last such phrase before `pos` stands in
    /// the same clause ("Zusätzlich übernimmt der Käufer Pensionsverpflichtungen von 2
    /// Milliarden", "Sa cible compte 26 000 salariés"); no entity may stand between the phrase
    /// and `pos`.
    fn deal_party_before(&self, s: &Sentence<'_>, pos: usize) -> Option<&'a EntityMention> {
        let deal = self.deal()?;
        let text = self.input.text;
        let end = pos.clamp(s.span.start, s.span.end);
        let hi = s.folded.from_original(end.checked_sub(s.span.start)?);
        let fs = s.folded.as_str().get(..hi)?;
        let mut best: Option<(usize, bool)> = None;
        for l in &s.langs {
            let rules = self.frames.rules(*l);
            for (list, buyer) in [(&rules.buyer_nouns, true), (&rules.target_nouns, false)] {
                for w in list {
                    for p in match_positions(fs, w) {
                        if !stands_alone(fs, p, w) {
                            continue;
                        }
                        if best.is_none_or(|(b, _)| p + w.len() > b) {
                            best = Some((p + w.len(), buyer));
                        }
                    }
                }
            }
        }
        let (at, buyer) = best?;
        let at = s.folded.to_original(at, at).start + s.span.start;
        text.get(at..end)?;
        // In the figure's clause, with no name in between.
        if s.breaks.iter().any(|&b| b >= at && b < end)
            || s.entities
                .iter()
                .any(|e| e.span.start >= at && e.span.end <= end)
        {
            return None;
        }
        if buyer {
            Some(deal.buyer)
        } else {
            deal.target
        }
    }

    /// The organization the person `e` leads, as the document states it once next to a
    /// role of [`FoldedRules::leaders`]: "Le PDG de X, Y", "Y, directeur général de X",
    /// "X-Chef Y", "X's chief executive Y", "X总裁Y". Read once per document.
    fn affiliation(&self, e: &EntityMention) -> Option<&'a EntityMention> {
        self.affiliations
            .get_or_init(|| {
                let mut map: FastMap<&'a str, &'a EntityMention> = FastMap::default();
                for (v, span) in self.entities.iter().zip(&self.sentences) {
                    if v.len() < 2 {
                        continue;
                    }
                    let lang = self.lang_of(*span);
                    for w in v.windows(2) {
                        let [a, b] = w else { continue };
                        if let Some((person, org)) = self.leader_pair(span.start, lang, a, b) {
                            map.entry(person.id.as_str()).or_insert(org);
                        }
                    }
                }
                // "Firmenchef Y", "son président exécutif, Y", "其董事长Y": a role with no
                // organization named beside it, where the pairs above found none.
                for (j, (v, span)) in self.entities.iter().zip(&self.sentences).enumerate() {
                    let lang = self.lang_of(*span);
                    for (k, e) in v.iter().enumerate() {
                        if map.contains_key(e.id.as_str()) {
                            continue;
                        }
                        if let Some(org) = self.role_affiliation(j, *span, lang, v, k) {
                            map.insert(e.id.as_str(), org);
                        }
                    }
                }
                map
            })
            .get(e.id.as_str())
            .copied()
    }

    /// The party the person `v[k]` of sentence `j` leads, where a role stands right before
    /// their name and no organization beside it: after a word of
    /// [`FoldedRules::owner_words`] ("son président exécutif, Y", "its chief executive Y",
    /// "其董事长Y") the nearest organization named before them (in their sentence or the one
    /// before), else, for a role of [`FoldedRules::company_leaders`] alone ("Firmenchef Y",
    /// "l'amministratore delegato Y", "首席执行官Y"), the document's main party. Never a past
    /// role ("l'ex amministratore delegato Y"). After a word of [`FoldedRules::led_by`]: the
    /// party named right before ("X, guidata da Y"), or the one a noun that refers back names
    /// ("il gruppo guidato da Y").
    fn role_affiliation(
        &self,
        j: usize,
        span: Span,
        lang: Lang,
        v: &[&'a EntityMention],
        k: usize,
    ) -> Option<&'a EntityMention> {
        let text = self.input.text;
        let rules = self.frames.rules(lang);
        let e = *v.get(k)?;
        let person = e.kind == EntityKind::Person
            || (e.score < DISCOVERED_SCORE
                && matches!(e.kind, EntityKind::Organization | EntityKind::Other));
        if !person || rules.leaders.is_empty() {
            return None;
        }
        let prev_end = k
            .checked_sub(1)
            .and_then(|p| v.get(p))
            .map_or(span.start, |p| p.span.end);
        let mut lo = prev_end
            .max(e.span.start.saturating_sub(96))
            .max(span.start);
        while lo < e.span.start && !text.is_char_boundary(lo) {
            lo += 1;
        }
        let gap = fold_str(text.get(lo..e.span.start)?);
        let g = gap.trim_end();
        let party = |o: &EntityMention| {
            matches!(o.kind, EntityKind::Organization | EntityKind::Product) && o.id != e.id
        };
        // "UniCredit, guidata da Y", "il gruppo guidato da Y", "der Konzern, geführt von Y":
        // the party named right before, or the one a noun that refers back names.
        if let Some(rest) = rules
            .led_by
            .iter()
            .filter(|l| {
                g.strip_suffix(l.as_str())
                    .is_some_and(|r| !is_word_char(r.chars().next_back()))
            })
            .max_by_key(|l| l.len())
            .and_then(|l| g.strip_suffix(l.as_str()))
        {
            let rest = rest.trim_end();
            let rest = rest.strip_suffix(',').unwrap_or(rest).trim_end();
            let before = k.checked_sub(1).and_then(|p| v.get(p)).copied();
            if rest.is_empty() {
                return before.filter(|o| party(o));
            }
            let last = rest
                .split(|c: char| !is_word_char(Some(c)))
                .rfind(|w| !w.is_empty())
                .unwrap_or("");
            let noun = rules.anaphora.iter().any(|a| match a.strip_prefix('*') {
                Some(tail) => last.ends_with(tail),
                None => {
                    a.contains(' ')
                        && rest
                            .strip_suffix(a.as_str())
                            .is_some_and(|r| !is_word_char(r.chars().next_back()))
                }
            });
            if !noun {
                return None;
            }
            // The nearest party named before in the sentence, else the first of the sentence
            // before ("Dopo mesi, UniCredit rompe gli indugi. Il gruppo guidato da Y ...").
            let here = v.iter().take(k).rev().copied().find(|o| party(o));
            let first_before = || {
                j.checked_sub(1)
                    .and_then(|p| self.entities.get(p))
                    .and_then(|pv| pv.iter().copied().find(|o| party(o)))
            };
            return here.or_else(first_before).or_else(|| self.main_party());
        }
        let (role_company, owned, former) = if g.chars().next_back().is_some_and(is_han) {
            // "其董事长Y", "首席执行官Y", "公司的总裁Y".
            let run: String = {
                let r: Vec<char> = g.chars().rev().take_while(|&c| is_han(c)).collect();
                r.into_iter().rev().collect()
            };
            let role = rules
                .leaders
                .iter()
                .filter(|l| l.chars().all(is_han) && run.ends_with(l.as_str()))
                .max_by_key(|l| l.len())?;
            let pre = run.get(..run.len() - role.len()).unwrap_or("");
            let pre = pre.strip_suffix('的').unwrap_or(pre);
            let owned = rules
                .owner_words
                .iter()
                .any(|o| o.chars().all(is_han) && pre.ends_with(o.as_str()));
            let former = rules
                .former_words
                .iter()
                .any(|o| o.chars().all(is_han) && pre.ends_with(o.as_str()));
            (rules.company_leaders.contains(role), owned, former)
        } else {
            // "son président exécutif, Y", "Firmenchef Y", "the bank's chief executive Y".
            let g = g.strip_suffix([',', ':']).unwrap_or(g).trim_end();
            let cut = g
                .char_indices()
                .rev()
                .find(|&(_, c)| {
                    !(is_word_char(Some(c))
                        || c.is_whitespace()
                        || matches!(c, '\'' | '\u{2019}' | '-'))
                })
                .map_or(0, |(i, c)| i + c.len_utf8());
            let tail = g.get(cut..).unwrap_or("");
            let words: Vec<&str> = tail
                .split(|c: char| !is_word_char(Some(c)))
                .filter(|w| !w.is_empty())
                .collect();
            let n = rules
                .leaders
                .iter()
                .filter(|l| ends_with_leader(&words, std::slice::from_ref(l)))
                .map(|l| {
                    l.split(|c: char| !is_word_char(Some(c)))
                        .filter(|w| !w.is_empty())
                        .count()
                })
                .max()?;
            let role = words.get(words.len() - n..)?;
            let pre = words.get(..words.len() - n)?;
            let last = pre.last().copied().unwrap_or("");
            let genitive = pre.len() >= 2
                && last == "s"
                && tail
                    .trim_end()
                    .strip_suffix(role.join(" ").as_str())
                    .is_some_and(|t| {
                        // The language's possessive endings ("'s"), with either apostrophe.
                        let t = t.trim_end().replace('\u{2019}', "'");
                        rules
                            .possessives
                            .iter()
                            .any(|p| p.starts_with('\'') && t.ends_with(p.as_str()))
                    });
            let owned = rules.owner_words.iter().any(|o| {
                o == last || (genitive && o.trim_start_matches(['\'', '\u{2019}']) == "s")
            });
            let former = pre
                .iter()
                .rev()
                .take(2)
                .any(|w| rules.former_words.iter().any(|f| f == w));
            (
                ends_with_leader(role, &rules.company_leaders),
                owned,
                former,
            )
        };
        if former {
            return None;
        }
        if owned {
            // The nearest party named before, in the sentence or the one before.
            let here = v.iter().take(k).rev().copied().find(|o| party(o));
            let before = || {
                j.checked_sub(1)
                    .and_then(|p| self.entities.get(p))
                    .and_then(|pv| pv.iter().rev().copied().find(|o| party(o)))
            };
            return here.or_else(before).or_else(|| self.main_party());
        }
        if role_company {
            return self.main_party().filter(|o| o.id != e.id);
        }
        None
    }

    /// The document's main party: its most mentioned organization or product, named at least
    /// twice and more often than any other.
    fn main_party(&self) -> Option<&'a EntityMention> {
        let mut best: Option<(&'a EntityMention, usize)> = None;
        let mut tie = false;
        for &(e, n, _) in self.mention_counts() {
            if !matches!(e.kind, EntityKind::Organization | EntityKind::Product) || n < 2 {
                continue;
            }
            match best {
                Some((_, bn)) if n == bn => tie = true,
                Some((_, bn)) if n < bn => {}
                _ => {
                    best = Some((e, n));
                    tie = false;
                }
            }
        }
        best.filter(|_| !tie).map(|(e, _)| e)
    }

    /// For two names next to each other in a sentence, the person and the organization they
    /// lead, where a role of [`FoldedRules::leaders`] links them.
    fn leader_pair(
        &self,
        from: usize,
        lang: Lang,
        a: &'a EntityMention,
        b: &'a EntityMention,
    ) -> Option<(&'a EntityMention, &'a EntityMention)> {
        let text = self.input.text;
        let rules = self.frames.rules(lang);
        if rules.leaders.is_empty() || a.id == b.id || a.span.end > b.span.start {
            return None;
        }
        // Far apart (48 characters at most between them, 4 bytes each): no fold needed.
        if b.span.start.saturating_sub(a.span.end) > 192 {
            return None;
        }
        let org = |e: &EntityMention| e.kind == EntityKind::Organization;
        // A person, or a name whose kind was only guessed.
        let person = |e: &EntityMention| {
            e.kind == EntityKind::Person
                || (e.score < DISCOVERED_SCORE
                    && matches!(e.kind, EntityKind::Organization | EntityKind::Other))
        };
        if !((org(a) && person(b)) || (person(a) && org(b))) {
            return None;
        }
        let gap = fold_str(text.get(a.span.end..b.span.start)?);
        let g = gap.trim();
        if g.chars().count() > 48 {
            return None;
        }
        if g.chars().any(is_han) {
            // "X总裁Y", "X的董事长Y": the role ends the gap.
            let han_only = g
                .chars()
                .all(|c| is_han(c) || c == '-' || c.is_whitespace());
            let ends = rules
                .leaders
                .iter()
                .any(|l| l.chars().all(is_han) && g.ends_with(l.as_str()));
            return (han_only && ends && g.chars().count() <= 8 && org(a) && person(b))
                .then_some((b, a));
        }
        let words: Vec<&str> = g
            .split(|c: char| !is_word_char(Some(c)))
            .filter(|w| !w.is_empty())
            .collect();
        let punct = |c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '.' | '!' | '?');
        // "X-Chef Y", "X CEO Y", "X's chief executive Y".
        if !g.chars().any(punct) && words.len() <= 4 && ends_with_leader(&words, &rules.leaders) {
            return (org(a) && person(b)).then_some((b, a));
        }
        // "Y, directeur général d'X", "Y (CEO of X)".
        if let Some(rest) = g.strip_prefix([',', '(']) {
            if let (false, Some(last), true) =
                (rest.chars().any(punct), words.last(), words.len() <= 6)
            {
                let of = rules.prepositions.iter().any(|p| p == last)
                    || rules
                        .possessives
                        .iter()
                        .any(|p| p.trim_start_matches('\'') == *last);
                let inner = words.get(..words.len() - 1).unwrap_or(&[]);
                let led = (0..inner.len().min(3))
                    .any(|k| starts_with_leader(inner.get(k..).unwrap_or(&[]), &rules.leaders));
                if of && led {
                    return (person(a) && org(b)).then_some((a, b));
                }
            }
        }
        // "Le PDG de X, Y", "L'amministratore delegato di X, Y".
        if g == "," {
            let before = self.before(from, a.span.start);
            let first = before.words.first()?;
            if rules.prepositions.iter().any(|p| p == first) {
                let mut role: Vec<&str> = before.words.iter().skip(1).map(String::as_str).collect();
                role.reverse();
                if ends_with_leader(&role, &rules.leaders) {
                    return (org(a) && person(b)).then_some((b, a));
                }
            }
        }
        None
    }

    /// Whether a word that refers back stands between `from` and the figure's end.
    fn refers_back_from(&self, s: &Sentence<'_>, from: usize, q: &QuantityMention) -> bool {
        let text = self.input.text;
        let end = q.span.end.clamp(s.span.start, s.span.end);
        let mut from = from.clamp(s.span.start, end);
        while from < end && !text.is_char_boundary(from) {
            from += 1;
        }
        let a = self.anaphors(s);
        if a.overlapping || slow_anaphors() || text.get(from..end).is_none() {
            return self.refers_back_from_slow(s, from, q);
        }
        let lo = s.folded.from_original(from - s.span.start);
        let hi = s.folded.from_original(end - s.span.start);
        // The text is cut at `lo` and `hi`: nothing stands before or after it there.
        a.hits.iter().any(|h| {
            h.start >= lo
                && h.end <= hi
                && (h.han
                    || ((h.tail || !(h.start > lo && h.word_before))
                        && !(h.end < hi && h.word_after)))
        })
    }

    /// [`Context::refers_back_from`], searching each word in the folded text from `from`.
    fn refers_back_from_slow(&self, s: &Sentence<'_>, from: usize, q: &QuantityMention) -> bool {
        let text = self.input.text;
        let end = q.span.end.clamp(s.span.start, s.span.end);
        let mut from = from.clamp(s.span.start, end);
        while from < end && !text.is_char_boundary(from) {
            from += 1;
        }
        let folded = fold_str(text.get(from..end).unwrap_or(""));
        s.langs.iter().any(|l| {
            self.frames.rules(*l).anaphora.iter().any(|a| {
                // "*konzern": the end of a word (German compounds: "der Softwarekonzern").
                let (tail, a) = match a.strip_prefix('*') {
                    Some(rest) => (true, rest),
                    None => (false, a.as_str()),
                };
                !a.is_empty()
                    && match_positions(&folded, a).any(|p| {
                        let before = folded.get(..p).and_then(|t| t.chars().next_back());
                        let after = folded.get(p + a.len()..).and_then(|t| t.chars().next());
                        a.chars().any(is_han)
                            || ((tail || !is_word_char(before)) && !is_word_char(after))
                    })
            })
        })
    }

    /// The first noun phrase of the sentence before `region` that refers back ("la società",
    /// "das Unternehmen", "der Chipkonzern", "該公司"; not pronouns nor possessives), outside
    /// any entity name, as a span of the document.
    fn noun_anaphor_before(&self, s: &Sentence<'_>, region: Span) -> Option<Span> {
        let text = self.input.text;
        let end = region.start.clamp(s.span.start, s.span.end);
        text.get(s.span.start..end)?;
        let anaphors = self.anaphors(s);
        if anaphors.overlapping || slow_anaphors() {
            return self.noun_anaphor_before_slow(s, region);
        }
        let cut = end - s.span.start;
        let hi = s.folded.from_original(cut);
        let mut first: Option<Span> = None;
        for h in &anaphors.hits {
            if !h.noun || h.end > hi {
                continue;
            }
            // The text is cut at `hi`: nothing stands after it there.
            let ok = if h.han {
                // "公司" alone only where it opens a phrase (not "子公司", "小米公司").
                h.long || !h.han_before
            } else {
                (h.tail || !h.word_before) && !(h.end < hi && h.word_after)
            };
            if !ok {
                continue;
            }
            // Marks that fold to nothing after the cut are not part of the prefix.
            let o = s.folded.to_original(h.start, h.end);
            let span = Span::new(o.start + s.span.start, o.end.min(cut) + s.span.start);
            if s.entities.iter().any(|e| e.span.overlaps(&span)) {
                continue;
            }
            if first.is_none_or(|f| span.start < f.start) {
                first = Some(span);
            }
        }
        first
    }

    /// [`Context::noun_anaphor_before`], searching each word in the folded text before
    /// `region`.
    fn noun_anaphor_before_slow(&self, s: &Sentence<'_>, region: Span) -> Option<Span> {
        let words = s.langs.iter().flat_map(|l| {
            let rules = self.frames.rules(*l);
            rules
                .anaphora
                .iter()
                .map(|a| anaphor_word(rules, a))
                .filter(|w| !w.word.is_empty() && w.noun)
                .map(|w| (w.word, w))
        });
        let mut first: Option<Span> = None;
        for (w, span, before, after) in self.folded_words_before(s, region, words) {
            let ok = if w.han {
                // "公司" alone only where it opens a phrase (not "子公司", "小米公司").
                w.word.chars().count() >= 3 || !before.is_some_and(is_han)
            } else {
                (w.tail || !is_word_char(before)) && !is_word_char(after)
            };
            if !ok || s.entities.iter().any(|e| e.span.overlaps(&span)) {
                continue;
            }
            if first.is_none_or(|f| span.start < f.start) {
                first = Some(span);
            }
        }
        first
    }

    /// Every place where one of `words` (folded, each with what the caller needs of it) stands
    /// in the folded text of sentence `s` before `region`: the word's item, its span in the
    /// document and the folded characters right before and after it (none at either end of
    /// that text), for the caller's whole-word test.
    fn folded_words_before<'w, T: Clone>(
        &self,
        s: &Sentence<'_>,
        region: Span,
        words: impl IntoIterator<Item = (&'w str, T)>,
    ) -> Vec<(T, Span, Option<char>, Option<char>)> {
        let end = region.start.clamp(s.span.start, s.span.end);
        let Some(stext) = self.input.text.get(s.span.start..end) else {
            return Vec::new();
        };
        let folded = Folded::new(stext);
        let fs = folded.as_str();
        let mut out = Vec::new();
        for (a, item) in words {
            for p in match_positions(fs, a) {
                let before = fs.get(..p).and_then(|t| t.chars().next_back());
                let after = fs.get(p + a.len()..).and_then(|t| t.chars().next());
                let o = folded.to_original(p, p + a.len());
                let span = Span::new(o.start + s.span.start, o.end + s.span.start);
                out.push((item.clone(), span, before, after));
            }
        }
        out
    }

    /// Whether the entity `e` stands in apposition right after the noun `a` ("la société
    /// française Mistral AI", "der Chipkonzern TSMC").
    fn apposition(&self, a: Span, e: &EntityMention) -> bool {
        e.span.start >= a.end
            && e.span.start - a.end <= 16
            && self.input.text.get(a.end..e.span.start).is_some_and(|t| {
                !t.contains(|c: char| c.is_ascii_punctuation() || "，。；：、（）".contains(c))
            })
    }

    /// Whether the figure `q` stands right after the article that opens its sentence ("Der
    /// 24-jährige Tiroler", "The 24-year-old", "Il 24enne"): it qualifies a description that
    /// refers back.
    fn opens_description(&self, s: &Sentence<'_>, q: &QuantityMention) -> bool {
        let rules = self.frames.rules(s.lang);
        self.input
            .text
            .get(s.span.start..q.span.start)
            .is_some_and(|t| {
                let f = fold_str(t.trim());
                let f = f.trim_end_matches(['\'', '’']);
                !f.is_empty() && rules.articles.iter().any(|a| a.trim_end_matches('\'') == f)
            })
    }

    /// Whether, in a language that capitalizes only names, a capitalized word that is no known
    /// entity stands before the figure (not the sentence's first word, nor one opening a
    /// quotation, nor an acronym).
    ///
    /// With `described` (a frame of a contest), the word right after the article that opens
    /// the sentence is a description that refers back to the athlete, not a name: "Le
    /// Transalpin empoche", "The Hungarian took home".
    fn unknown_name_before(&self, s: &Sentence<'_>, q: &QuantityMention, described: bool) -> bool {
        let rules = self.frames.rules(s.lang);
        if !rules.capitalized_names {
            return false;
        }
        let text = self.input.text;
        let end = q.span.start.clamp(s.span.start, s.span.end);
        let Some(prefix) = text.get(s.span.start..end) else {
            return false;
        };
        let mut prev: Option<char> = None;
        let mut first = true;
        let mut word_start: Option<usize> = None;
        let mut opener_before = false;
        // Whether the previous word was the sentence's first and an article.
        let mut after_article = false;
        for (p, c) in prefix
            .char_indices()
            .chain(std::iter::once((prefix.len(), ' ')))
        {
            let wordy = c.is_alphanumeric() && !is_han(c);
            match (word_start, wordy) {
                (None, true) => {
                    word_start = Some(p);
                    opener_before = prev.is_some_and(|b| {
                        matches!(
                            b,
                            '"' | '“' | '”' | '„' | '«' | '(' | ':' | '\'' | '’' | '‘'
                        )
                    });
                }
                (Some(ws), false) => {
                    let word = prefix.get(ws..p).unwrap_or("");
                    let at = s.span.start + ws;
                    let capital = word.chars().next().is_some_and(char::is_uppercase);
                    let acronym = word
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase);
                    let inside = |e: &Span| e.start <= at && at < e.end.max(e.start + 1);
                    let known = s.entities.iter().any(|e| inside(&e.span))
                        || self.dismissed.iter().any(inside)
                        || s.quantities.iter().any(|q| inside(&q.span));
                    let description = described && after_article;
                    if capital && !first && !opener_before && !acronym && !known && !description {
                        return true;
                    }
                    after_article = first && {
                        let lower = word.to_lowercase();
                        rules
                            .articles
                            .iter()
                            .any(|a| a.trim_end_matches('\'') == lower)
                    };
                    first = false;
                    word_start = None;
                }
                _ => {}
            }
            prev = Some(c);
        }
        false
    }

    /// Whether the entity `e` stands right before a cue of one of the frames `keys` (only
    /// spaces, a comma and a few short words between: "Nvidia, che parteciperà", "Nvidia is
    /// taking part", "英偉達參與了").
    fn actor_of(&self, s: &Sentence<'_>, e: &EntityMention, keys: &[String]) -> bool {
        let frames = self.frames.frames();
        s.cues.iter().any(|c| {
            c.span.start >= e.span.end
                && c.span.start - e.span.end <= 12
                && frames.get(c.frame).is_some_and(|f| keys.contains(&f.key))
                && self
                    .input
                    .text
                    .get(e.span.end..c.span.start)
                    .is_some_and(|t| !t.contains(|ch: char| ch.is_ascii_digit() || ch == '.'))
        })
    }

    /// Whether the entity `e` stands inside an apposition to another entity, closed before
    /// `region`: "Opel, eine Tochter von Stellantis, streicht" (Stellantis).
    fn in_apposition(&self, s: &Sentence<'_>, e: &EntityMention, region: Span) -> bool {
        let text = self.input.text;
        let Some(prev) = s
            .entities
            .iter()
            .filter(|o| o.span.end <= e.span.start)
            .max_by_key(|o| o.span.end)
        else {
            return false;
        };
        let opens = text
            .get(prev.span.end..e.span.start)
            .is_some_and(|t| t.trim_start().starts_with([',', '，']));
        let closed = s
            .breaks
            .iter()
            .any(|&p| p >= e.span.end && p <= region.start);
        opens && closed
    }

    /// The text between the entity `e` and the figure's `region` after it, where an aside on a
    /// name closes or a conjunction opens the figure's predicate ([`Context::aside_head`],
    /// [`Context::shared_subject`]).
    fn closing(&self, e: &EntityMention, region: Span) -> Option<&'a str> {
        self.input.text.get(e.span.end..region.start)
    }

    /// The entity whose aside holds the entity `e`, the aside closed before `region`: after a
    /// comma or an opening bracket that follows a name, an aside that opens with an article,
    /// holds a relative pronoun, or in which a preposition governs `e` or a possessive follows
    /// it ("Orvane, che fornisce Talvik, ha registrato", "Orvane, a rival of Talvik, raised",
    /// "Orvane, fornitore di Talvik,", "Orvane, Talvik's supplier, reported", "星河科技（蓝海集团
    /// 的供应商）", "Orvane ha registrato, grazie agli ordini di Talvik, ricavi"); or, without
    /// an opening, `e` with a possessive in the clause of an earlier name, cut from the figure
    /// by a comma ("星河科技受益于蓝海集团的订单，营收达到"). A name that opens the aside alone
    /// is no aside ("Il fornitore di Orvane, Talvik, ha").
    fn aside_head(
        &self,
        s: &Sentence<'a>,
        e: &EntityMention,
        region: Span,
    ) -> Option<&'a EntityMention> {
        let text = self.input.text;
        let closing = self.closing(e, region)?;
        if !closing.contains([',', '，', ')', '）']) {
            return None;
        }
        let prefix = text.get(s.span.start..e.span.start)?;
        let after = s
            .folded
            .as_str()
            .get(
                s.folded
                    .from_original(e.span.end.saturating_sub(s.span.start))..,
            )
            .unwrap_or("")
            .trim_start();
        let possessive = s.langs.iter().any(|l| {
            self.frames
                .rules(*l)
                .possessives
                .iter()
                .any(|p| after.starts_with(p.as_str()))
        });
        let nearest_before = |pos: usize| {
            s.entities
                .iter()
                .rev()
                .find(|h| h.span.end <= pos && h.span.start < e.span.start)
                .copied()
        };
        let Some(open) = prefix.rfind([',', '，', '(', '（']) else {
            // No opening: a possessive in the clause of the name before.
            let h = nearest_before(e.span.start)?;
            let between = text.get(h.span.end..e.span.start)?;
            return (possessive
                && closing.contains([',', '，'])
                && !between.contains([',', '，', ';', '；', '(', '（', ')', '）']))
            .then_some(h);
        };
        let rest = prefix.get(open..)?;
        let opener = rest.chars().next()?;
        let inner = rest.get(opener.len_utf8()..)?;
        let closed = if matches!(opener, '(' | '（') {
            closing.contains([')', '）'])
        } else {
            closing.contains([',', '，'])
        };
        if !closed {
            return None;
        }
        let h = nearest_before(s.span.start + open)?;
        if possessive {
            return Some(h);
        }
        let folded = fold_str(inner);
        let first = folded
            .split(|c: char| !is_word_char(Some(c)))
            .find(|w| !w.is_empty());
        // An aside alone is its own clause's party.
        first?;
        let opens = s.langs.iter().any(|l| {
            let r = self.frames.rules(*l);
            first.is_some_and(|w| r.articles.iter().any(|a| a == w))
                || r.relatives.iter().any(|rel| {
                    match_positions(&folded, rel).any(|p| {
                        let before = folded.get(..p).and_then(|t| t.chars().next_back());
                        let after = folded.get(p + rel.len()..).and_then(|t| t.chars().next());
                        !is_word_char(before) && !is_word_char(after)
                    })
                })
        });
        (opens || self.marked_by(s, e, &self.markers(s).preps)).then_some(h)
    }

    /// The subject `e`'s clause shares with the figure's, when `e` is the object of that
    /// subject's verb and a conjunction or comma right after `e` opens the figure's predicate:
    /// "Orvane bought Talvik and reported revenue", "Orvane a racheté Talvik et a réalisé",
    /// "星河科技收购了蓝海集团，营收达到" (Orvane, 星河科技). Not where a noun phrase follows the
    /// conjunction ("Talvik and its unit reported", "Talvik, whose revenue"), nor where a
    /// preposition governs `e`.
    fn shared_subject(
        &self,
        s: &Sentence<'a>,
        e: &EntityMention,
        region: Span,
    ) -> Option<&'a EntityMention> {
        let text = self.input.text;
        let closing = fold_str(self.closing(e, region)?);
        let closing = closing.trim_start();
        let word_end = |t: &str| t.find(|c: char| !is_word_char(Some(c))).unwrap_or(t.len());
        let rules: Vec<&FoldedRules> = s.langs.iter().map(|l| self.frames.rules(*l)).collect();
        let rest = if let Some(r) = closing.strip_prefix([',', '，']) {
            r
        } else {
            let w = closing.get(..word_end(closing))?;
            if w.is_empty() || !rules.iter().any(|r| r.conjunctions.iter().any(|c| c == w)) {
                return None;
            }
            closing.get(w.len()..)?
        };
        let rest = rest.trim_start();
        let next = rest.get(..word_end(rest)).unwrap_or("");
        // Articles of the sentence's own language only: English "a" is French "a" (has).
        let own = self.frames.rules(s.lang);
        let noun_phrase = !next.is_empty()
            && (own.articles.iter().any(|a| a == next)
                || own.relatives.iter().any(|a| a == next)
                || own.anaphora.iter().any(|a| a == next));
        if noun_phrase
            || s.entities
                .iter()
                .any(|o| o.span.start >= e.span.end && o.span.start < region.start)
        {
            return None;
        }
        // The subject right before the verb that takes `e`: one to three words between them,
        // no punctuation, the last no preposition, article nor conjunction.
        let h = s
            .entities
            .iter()
            .rev()
            .find(|h| h.span.end <= e.span.start)
            .copied()?;
        let between = fold_str(text.get(h.span.end..e.span.start)?);
        if between.contains(|c: char| !c.is_alphanumeric() && !c.is_whitespace() && c != '\'') {
            return None;
        }
        // Words, a run of Han characters counting as one.
        let words: Vec<&str> = between
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let last = *words.last()?;
        let ends = |p: &String| p == last || (p.chars().all(is_han) && last.ends_with(p.as_str()));
        let governed = rules.iter().any(|r| {
            r.prepositions.iter().any(ends)
                || r.articles.iter().any(ends)
                || r.conjunctions.iter().any(ends)
        });
        (words.len() <= 3 && !governed).then_some(h)
    }

    /// The first of two names a conjunction joins before the figure, when `e` is the second:
    /// "BYD und der Energiekonzern Enel wollen ... investieren", "沃旭能源與法國能源巨擘道達爾能源
    /// ...，總裝置容量" (BYD, 沃旭能源). A figure stated for both parties is reported under the
    /// first named, the one the sentence is about. Only places may stand between the two names
    /// (in the second one's description), no punctuation nor clause boundary.
    fn coordinated_head(
        &self,
        s: &Sentence<'a>,
        e: &EntityMention,
        region: Span,
    ) -> Option<&'a EntityMention> {
        if e.span.end > region.start {
            return None;
        }
        let h = s
            .entities
            .iter()
            .rev()
            .filter(|h| h.span.end <= e.span.start)
            .find(|h| h.kind != EntityKind::Place)
            .copied()?;
        let between = self.input.text.get(h.span.end..e.span.start)?;
        if between.len() > 64
            || between.contains(|c: char| ",;:()[]\"，；：（）、".contains(c))
            || self.crossings(s, h.span, e.span) > 0
        {
            return None;
        }
        let folded = fold_str(between);
        let folded = folded.trim_start();
        let first = folded
            .split(|c: char| !is_word_char(Some(c)))
            .find(|w| !w.is_empty())
            .unwrap_or("");
        let joined = s.langs.iter().any(|l| {
            self.frames.rules(*l).conjunctions.iter().any(|c| {
                if c.chars().any(is_han) {
                    folded.starts_with(c.as_str())
                } else {
                    c == first && folded.starts_with(c.as_str())
                }
            })
        });
        joined.then_some(h)
    }

    /// Whether the entity `e` heads a gapped clause that restates the verb of a figure before
    /// it: "Eni détiendra 60 % et Foxconn 40 %", "X hält 60 Prozent, Y 40 Prozent", an item of
    /// an enumeration that pairs names with figures ("X al 31%, la Y al 24% e la Z al 9%", "X
    /// kommt auf 37 Prozent, die Y auf 15 und die Z auf 14 Prozent", "X 52席，Y为34%"). Right
    /// before the figure, with at most two linking words between them (articles, prepositions,
    /// copulas: "al", "auf", "à", "为"), after a conjunction or a comma (an article may open the
    /// item: "e la Lega", "und die AfD", "et l'UDI"), with a figure of the same unit earlier in
    /// the sentence. Or the figure opens a bracket right after the name, in any item: "X (28 %,
    /// 152 sièges)".
    fn gapped(&self, s: &Sentence<'_>, e: &EntityMention, q: &QuantityMention) -> bool {
        if e.span.end > q.span.start {
            return false;
        }
        let text = self.input.text;
        let rules = self.frames.rules(s.lang);
        // Both slices lie in the sentence: read from its folded text.
        let at = |p: usize| p.saturating_sub(s.span.start);
        if text.get(e.span.end..q.span.start).is_none() {
            return false;
        }
        let between = s.folded.folded_of(at(e.span.end), at(q.span.start)).trim();
        if self.bracketed_figure(s, e, q, between) {
            return true;
        }
        if !list_link(rules, between) {
            return false;
        }
        if text.get(s.span.start..e.span.start).is_none() {
            return false;
        }
        let mut before = s.folded.folded_of(0, at(e.span.start)).trim_end();
        // An article opening the item: "e la Lega", "und die AfD", "et l'UDI".
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_word_char(Some(c)) && c != '\'')
            .map_or(0, |(i, c)| i + c.len_utf8());
        if let Some(w) = before.get(word_start..) {
            let bare = w.trim_end_matches('\'');
            if !w.is_empty()
                && rules
                    .articles
                    .iter()
                    .any(|a| a.as_str() == w || a.as_str() == bare)
            {
                before = before.get(..word_start).unwrap_or("").trim_end();
            }
        }
        let comma = before.ends_with([',', '，', '、', ';', '；']);
        let last = before
            .rsplit(|c: char| !is_word_char(Some(c)))
            .next()
            .unwrap_or("");
        let conjunction = (!last.is_empty() && rules.conjunctions.iter().any(|c| c == last))
            || rules
                .conjunctions
                .iter()
                .any(|c| c.chars().all(is_han) && before.ends_with(c.as_str()));
        (comma || conjunction)
            && s.quantities.iter().any(|o| {
                o.span.end <= e.span.start && o.quantity.unit == q.quantity.unit && o.span != q.span
            })
    }

    /// Whether the entity `e` is the place of a dateline: at the start of its line, after
    /// nothing but an agency's bracket and dashes ("(ANSA) - ROMA, 3 MAR -", "BERLIN, 14 mars
    /// (AFP) -", "LISBOA (Reuters) -", "新华社柏林2月24日电"), followed by a date or an agency,
    /// or written in capitals alone before a dash ("TOKYO - ").
    /// Where the story was filed, not what it is about.
    fn in_dateline(&self, e: &EntityMention) -> bool {
        if e.kind != EntityKind::Place {
            return false;
        }
        let text = self.input.text;
        let (Some(before), Some(after)) = (text.get(..e.span.start), text.get(e.span.end..)) else {
            return false;
        };
        let lead = before
            .get(before.rfind('\n').map_or(0, |i| i + 1)..)
            .unwrap_or("");
        if lead.chars().any(is_han) {
            // "新华社柏林2月24日电": an agency's name glued before, a date glued after.
            return lead.chars().count() <= 5
                && lead.ends_with('社')
                && after.starts_with(|c: char| {
                    c.is_ascii_digit() || "０１２３４５６７８９".contains(c)
                });
        }
        let lead_ok = lead.len() <= 24
            && lead
                .chars()
                .all(|c| c.is_uppercase() || c.is_whitespace() || "()-–—/".contains(c));
        if !lead_ok {
            return false;
        }
        let after = after.trim_start();
        let dated = after.strip_prefix(',').is_some_and(|r| {
            r.char_indices()
                .take_while(|&(i, _)| i < 16)
                .any(|(_, c)| c.is_ascii_digit())
        });
        let agency = after.starts_with('(')
            && after
                .get(1..)
                .and_then(|r| r.split(')').next())
                .is_some_and(|a| a.len() <= 16 && !a.contains(|c: char| c.is_ascii_digit()));
        // "TOKYO - ...", "ROMA – ...": a place written in capitals alone, then a dash.
        let capitals = lead.trim().is_empty()
            && text.get(e.span.start..e.span.end).is_some_and(|n| {
                // (Han characters have no case: "米兰-科尔蒂纳" opening a headline is no
                // dateline.)
                n.chars().any(char::is_uppercase) && n.chars().all(|c| !c.is_lowercase())
            })
            && after.starts_with(['-', '–', '—']);
        dated || agency || capitals
    }

    /// The organization the person `e` qualifies: named right before them, a preposition or a
    /// word of [`FoldedRules::led_by`] opening the few words between them ("la Spd del
    /// cancelliere uscente Y", "la CDU de Y", "die Partei von Y", "la Lega guidata da Y"), or
    /// named right after them past a word of [`FoldedRules::member_markers`] ("Y所在的社会民主党").
    fn qualified_org(&self, s: &Sentence<'a>, e: &EntityMention) -> Option<&'a EntityMention> {
        let text = self.input.text;
        let rules: Vec<&FoldedRules> = s.langs.iter().map(|l| self.frames.rules(*l)).collect();
        // After: "Y所在的X".
        if let Some(after) = text.get(e.span.end..) {
            let next = s
                .entities
                .iter()
                .copied()
                .find(|o| o.span.start >= e.span.end && o.kind == EntityKind::Organization);
            if let Some(h) = next {
                let between = fold_str(text.get(e.span.end..h.span.start).unwrap_or(""));
                if !after.is_empty() && rules.iter().any(|r| r.member_markers.contains(&between)) {
                    return Some(h);
                }
            }
        }
        // Before: "X del cancelliere Y", "X guidata da Y".
        let h = s
            .entities
            .iter()
            .copied()
            .rev()
            .find(|o| o.span.end <= e.span.start)?;
        if h.kind != EntityKind::Organization {
            return None;
        }
        let between = fold_str(text.get(h.span.end..e.span.start)?);
        let between = between.trim();
        if between.is_empty()
            || between.contains(|c: char| c.is_ascii_digit() || ",;:()[]\"，；：（）、".contains(c))
        {
            return None;
        }
        let words: Vec<&str> = between
            .split(|c: char| c.is_whitespace() || c == '\'')
            .filter(|w| !w.is_empty())
            .collect();
        if words.len() > 4 {
            return None;
        }
        let first = words.first().copied().unwrap_or("");
        let opens = rules.iter().any(|r| {
            r.prepositions.iter().any(|p| p == first)
                || r.led_by.iter().any(|l| {
                    between
                        .strip_prefix(l.as_str())
                        .is_some_and(|rest| !is_word_char(rest.chars().next()))
                })
        });
        opens.then_some(h)
    }

    /// Whether the figure `q`, after the figure `p` of its sentence, is the earlier value `p`
    /// is compared with: a word of [`FoldedRules::previous_markers`] right before it ("si è
    /// fermata al 52%, contro il 64% del 2019", "stieg auf 74 Prozent, nach 66 Prozent",
    /// "atteint 66 %, contre 47 % en 2022", "為71%，低於2020年的74%"). It states the same fact
    /// for another time.
    fn compared_with(&self, s: &Sentence<'_>, p: &QuantityMention, q: &QuantityMention) -> bool {
        if p.span.end > q.span.start || p.quantity.unit != q.quantity.unit {
            return false;
        }
        let at = |x: usize| x.saturating_sub(s.span.start);
        let between = s.folded.folded_of(at(p.span.end), at(q.span.start));
        let between = between.trim_end();
        // The words before the figure, split once for every marker.
        let words: Vec<&str> = between
            .split(|c: char| !is_word_char(Some(c)) && c != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        s.langs.iter().any(|l| {
            let r = self.frames.rules(*l);
            r.previous_markers.iter().any(|m| {
                if m.chars().any(is_han) {
                    // "低於2020年的": the marker a few characters before the figure.
                    return between
                        .rfind(m.as_str())
                        .is_some_and(|x| between.len() - x <= m.len() + 12);
                }
                // The marker, then at most an article ("contro il", "nach", "contre").
                let n = m.split_whitespace().count();
                (n..=n + 1).any(|k| {
                    words.len() >= k
                        && words
                            .get(words.len() - k..words.len() - k + n)
                            .is_some_and(|ws| {
                                ws.iter().copied().eq(m.split_whitespace())
                                    && words.get(words.len() - k + n..).is_some_and(|rest| {
                                        rest.iter().all(|w| r.articles.iter().any(|a| a == w))
                                    })
                            })
                })
            })
        })
    }

    /// The party of the figure `q` where a word of "respectively"
    /// ([`FoldedRules::respective_markers`]) pairs a list of names with a list of figures in
    /// order: "I Verdi e la Sinistra ottengono rispettivamente il 7% e il 4%", "Grüne und
    /// Linke kommen auf 11 beziehungsweise 8 Prozent", "綠黨和左翼黨分別獲得11%和8%". The names
    /// are a run of the slot's kinds (or of no known kind) joined by commas, conjunctions and
    /// articles only, before the marker; the figures, those of `q`'s unit after the names
    /// (before any other name of the slot's kinds). Where both lists have the same length, the
    /// k-th figure is the k-th name's.
    fn respective(
        &self,
        s: &Sentence<'a>,
        q: &QuantityMention,
        slot: &Slot,
    ) -> Option<&'a EntityMention> {
        let f = s.folded.as_str();
        let marker = s
            .langs
            .iter()
            .flat_map(|l| self.frames.rules(*l).respective_markers.iter())
            .find_map(|w| {
                match_positions(f, w)
                    .find(|&p| stands_alone(f, p, w))
                    .map(|p| s.span.start + s.folded.to_original(p, p + w.len()).start)
            })?;
        let mut run: Vec<&'a EntityMention> = Vec::new();
        for &e in s.entities.iter().rev() {
            if e.span.end > marker || !(slot.rank(e.kind).is_some() || e.kind == EntityKind::Other)
            {
                continue;
            }
            if let Some(next) = run.last() {
                if e.span.end > next.span.start {
                    continue;
                }
                let between = self.input.text.get(e.span.end..next.span.start)?;
                if !self.list_gap(s, between) {
                    break;
                }
            }
            run.push(e);
        }
        run.reverse();
        if run.len() < 2 {
            return None;
        }
        let last = run.last()?.span.end;
        let stop = s
            .entities
            .iter()
            .filter(|e| e.span.start >= marker && slot.rank(e.kind).is_some())
            .map(|e| e.span.start)
            .min()
            .unwrap_or(s.span.end);
        let figures: Vec<&QuantityMention> = s
            .quantities
            .iter()
            .copied()
            .filter(|o| {
                o.span.start >= last && o.span.end <= stop && o.quantity.unit == q.quantity.unit
            })
            .collect();
        if figures.len() != run.len() {
            return None;
        }
        let k = figures.iter().position(|o| o.span == q.span)?;
        run.get(k).copied()
    }

    /// Whether `between`, the text between two names, only joins them as items of a list:
    /// commas, conjunctions and articles ("X, Y e la Z", "X und die Y", "X和Y", "X、Y").
    fn list_gap(&self, s: &Sentence<'_>, between: &str) -> bool {
        let folded = fold_str(between);
        let rest = folded.trim();
        if rest.len() > 24 {
            return false;
        }
        s.langs.iter().any(|l| {
            let r = self.frames.rules(*l);
            let han: String = rest
                .chars()
                .filter(|c| !c.is_whitespace() && !",，、".contains(*c))
                .collect();
            if !han.is_empty() && han.chars().all(is_han) {
                return r.conjunctions.contains(&han);
            }
            rest.split(|c: char| c.is_whitespace() || ",，、'".contains(c))
                .filter(|w| !w.is_empty())
                .all(|w| r.conjunctions.iter().any(|c| c == w) || r.articles.iter().any(|a| a == w))
        })
    }

    /// Whether the figure `q` stands in a bracket that opens right after the name `e`, with
    /// only other figures before it in the bracket: "l'AfD (20,8 %, 152 sièges)", "die FDP (4,3
    /// Prozent)", "自民党（38.2%）". `between` is the folded text from the name to the figure.
    fn bracketed_figure(
        &self,
        s: &Sentence<'_>,
        e: &EntityMention,
        q: &QuantityMention,
        between: &str,
    ) -> bool {
        let Some(inner) = between
            .strip_prefix('(')
            .or_else(|| between.strip_prefix('（'))
        else {
            return false;
        };
        if inner.contains([')', '）', '(', '（']) {
            return false;
        }
        // Only figures and separators before it in the bracket.
        let mut rest = String::new();
        let mut last = e.span.end;
        for o in s
            .quantities
            .iter()
            .filter(|o| o.span.start >= e.span.end && o.span.end <= q.span.start)
        {
            if let Some(t) = self.input.text.get(last..o.span.start) {
                rest.push_str(t);
            }
            last = o.span.end;
        }
        if let Some(t) = self.input.text.get(last..q.span.start) {
            rest.push_str(t);
        }
        let rest = rest.trim().trim_start_matches(['(', '（']);
        rest.chars()
            .all(|c| c.is_whitespace() || ",;，；、".contains(c))
    }

    /// Whether the entity `e` is bound to the cue `c`: right before it ("Nvidia investit",
    /// "Mistral AI, valorisée"), or its complement right after it ("la valutazione di Mistral",
    /// "der Umsatz von Mistral", "the revenue of Nvidia").
    fn bound_to_cue(
        &self,
        s: &Sentence<'_>,
        e: &EntityMention,
        c: Span,
        preps: &[&String],
    ) -> bool {
        let text = self.input.text;
        if e.span.end <= c.start {
            let Some(t) = text.get(e.span.end..c.start) else {
                return false;
            };
            // A name a preposition governs right before the cue is that word's complement,
            // not its party ("向Brenta支付" pays Brenta); after a comma the cue may still
            // describe it ("in Mistral AI, valutazione a 40 miliardi").
            return c.start - e.span.end <= 3
                && t.chars().all(|ch| ch.is_whitespace() || ch == ',')
                && !self.in_apposition(s, e, c)
                && (t.contains(',') || !self.marked_by(s, e, preps));
        }
        c.end <= e.span.start
            && e.span.start - c.end <= 10
            && self.marked_by(s, e, preps)
            && text.get(c.end..e.span.start).is_some_and(|t| {
                !t.contains(|ch: char| ch.is_ascii_digit() || ",;:()".contains(ch))
            })
    }

    /// Whether `e` is the party a purchase takes from: a cue of a deal frame at `cue` (a verb
    /// or noun of buying: "rilevato", "übernimmt", "racheté", "bought", "收购"), and `e` next to
    /// it in the same clause, introduced by one of [`FoldedRules::seller_markers`] ("ha
    /// rilevato da X", "übernimmt von X", "a racheté à X", "从X收购"). Only in an active
    /// sentence: in a passive one the same words introduce the buyer ("è stata rilevata da X").
    fn seller(&self, s: &Sentence<'_>, e: &EntityMention, cue: Span) -> bool {
        let frames = self.frames.frames();
        let buying = s.cues.iter().any(|c| {
            c.span.overlaps(&cue) && !c.weak && frames.get(c.frame).is_some_and(|f| f.deal)
        });
        buying
            && gap(e.span, cue) <= AGENT_NEAR
            && self.crossings(s, e.span, cue) == 0
            && self.marked_by(s, e, &self.rule_words(s, |r| &r.seller_markers))
    }

    /// Whether the entity `e` stands right after a cue of a frame other than `frame` and an
    /// agent marker ("fondée par X", "founded by X", "fondata da X").
    fn agent_of_other_cue(&self, s: &Sentence<'_>, e: &EntityMention, frame: usize) -> bool {
        let text = self.input.text;
        // A word that is a cue of this frame too is no other verb ("die Aktie von X" is a cue
        // of the share price and of its change), nor is a cue of a frame this one narrows or
        // that narrows it ("la crescita organica di X", "i ricavi di X sono cresciuti").
        let frames = self.frames.frames();
        let related = |a: usize, b: usize| {
            a == b
                || match (frames.get(a), frames.get(b)) {
                    (Some(f), Some(o)) => f.refines.contains(&o.key) || o.refines.contains(&f.key),
                    _ => false,
                }
        };
        // A weak cue is a verb of change ("stieg", "è salito", "增长"): its subject is the
        // measure that changed ("stieg der Umsatz von X"), never a company acting.
        let other = |c: &&Cue| {
            !c.weak
                && !related(frame, c.frame)
                && !s
                    .cues
                    .iter()
                    .any(|o| related(frame, o.frame) && o.span.overlaps(&c.span))
        };
        // Chinese puts the agent before its verb: "由 ASML 領投的".
        let han_verb_after = s.cues.iter().filter(other).any(|c| {
            c.frame != frame
                && c.span.start >= e.span.end
                && c.span.start - e.span.end <= 3
                && c.span.slice(text).is_some_and(|t| t.chars().any(is_han))
        });
        han_verb_after
            || s.cues.iter().filter(other).any(|c| {
                c.frame != frame
                    && c.span.end <= e.span.start
                    && e.span.start - c.span.end <= AGENT_GAP
                    && !self
                        .input
                        .text
                        .get(c.span.end..e.span.start)
                        .is_some_and(|t| {
                            t.contains([',', ';', ':', '，', '；', '：', '(', '（', ')', '）'])
                        })
            })
    }

    /// The words that introduce the agent in sentence `s`: "by", "par", "被" always, "da" and
    /// "von" when the sentence is passive.
    fn agent_markers(&self, s: &Sentence<'_>) -> Vec<&'a String> {
        let mut agents = self.rule_words(s, |r| &r.agent_markers);
        if self.passive(s) {
            agents.extend(self.frames.rules(s.lang).passive_agents.iter());
        }
        agents
    }

    /// Whether the sentence is in the passive voice (an auxiliary of its language occurs).
    fn passive(&self, s: &Sentence<'_>) -> bool {
        *s.passive.get_or_init(|| self.is_passive(s))
    }

    fn is_passive(&self, s: &Sentence<'_>) -> bool {
        let auxiliaries = &self.frames.rules(s.lang).passive_auxiliaries;
        // A word's fold is a part of the sentence's folded text: where no auxiliary occurs in
        // it, no word is one.
        if auxiliaries.is_empty() || !self.frames.may_hold_auxiliary(s.lang, s.folded.as_str()) {
            return false;
        }
        // Words of the original sentence, outside the names it mentions: "Stati" in "gli
        // Stati Uniti" is no auxiliary.
        let Some(text) = self.input.text.get(s.span.start..s.span.end) else {
            return false;
        };
        let mut start = None;
        // Each word's fold is read from the sentence's folded text (`s.folded` folds this very
        // text; [`Folded::folded_of`]), with a cursor since the words come in order.
        let mut cursor = s.folded.cursor();
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (start, is_word_char(Some(c))) {
                (None, true) => start = Some(i),
                (Some(b), false) => {
                    start = None;
                    let at = s.span.start + b;
                    let named = s
                        .entities
                        .iter()
                        .any(|e| e.span.start <= at && at < e.span.end);
                    if !named {
                        let (fa, fb) = (cursor.from_original(b), cursor.from_original(i));
                        let w = s.folded.as_str().get(fa..fb).unwrap_or("");
                        if auxiliaries.iter().any(|a| a == w) {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn rule_words(
        &self,
        s: &Sentence<'_>,
        pick: impl Fn(&'a FoldedRules) -> &'a Vec<String>,
    ) -> Vec<&'a String> {
        let frames: &'a Frames = self.frames;
        s.langs
            .iter()
            .flat_map(|l| pick(frames.rules(*l)).iter())
            .collect()
    }

    /// The marker lists of sentence `s`, merged once for each set of sentence languages and
    /// voice.
    fn markers<'s>(&self, s: &'s Sentence<'a>) -> &'s Markers<'a> {
        s.markers.get_or_init(|| {
            let passive = self.passive(s);
            if let Some((_, _, m)) = self
                .markers_memo
                .borrow()
                .iter()
                .find(|(langs, p, _)| *p == passive && *langs == s.langs)
            {
                return Rc::clone(m);
            }
            let m = Rc::new(self.merge_markers(s));
            self.markers_memo
                .borrow_mut()
                .push((s.langs.clone(), passive, Rc::clone(&m)));
            m
        })
    }

    /// The marker lists of the languages of sentence `s`, merged ([`Context::markers`]).
    fn merge_markers(&self, s: &Sentence<'a>) -> Markers<'a> {
        let agents = self.agent_markers(s);
        let (han_agents, word_agents) = agents.iter().copied().partition(|a| a.chars().any(is_han));
        Markers {
            preps: self.rule_words(s, |r| &r.prepositions),
            sources: self.rule_words(s, |r| &r.source_markers),
            compared: self.rule_words(s, |r| &r.comparison_markers),
            by: self.rule_words(s, |r| &r.passive_agents),
            victims: self.rule_words(s, |r| &r.victim_markers),
            agents,
            han_agents,
            word_agents,
        }
    }

    fn slot_markers<'r>(&self, s: &Sentence<'_>, slot: &'r Slot) -> Vec<&'r String> {
        s.langs
            .iter()
            .flat_map(|l| slot.markers_of(*l).iter())
            .collect()
    }

    /// The aside right after the name `e`, closed before `region`: a comma (or an opening
    /// bracket) after the name, then a relative pronoun or an article, up to the next comma
    /// that breaks a clause (or the closing bracket). "Orvane, che impiega 9.000 persone, ha
    /// chiuso in rialzo del 3%", "Orvane, le fabricant de pompes, a réalisé": the aside is a
    /// clause of its own, and the name still heads the clause after it.
    fn aside_after(&self, s: &Sentence<'_>, e: &EntityMention, region: Span) -> Option<Span> {
        let text = self.input.text;
        let after = text.get(e.span.end..region.start)?;
        let open = e.span.end + (after.len() - after.trim_start().len());
        let opener = after.trim_start().chars().next()?;
        let close = match opener {
            ',' => s.breaks.iter().copied().find(|&p| {
                p > open && p < region.start && text.get(p..).is_some_and(|t| t.starts_with(','))
            })?,
            '(' => open + text.get(open..region.start)?.find(')')?,
            _ => return None,
        };
        let at = |p: usize| p.saturating_sub(s.span.start);
        let inner = s.folded.folded_of(at(open + 1), at(close));
        let first = described::words(inner).next()?;
        let opens = s.langs.iter().any(|l| {
            let r = self.frames.rules(*l);
            r.relatives.iter().any(|w| w == first) || r.articles.iter().any(|w| w == first)
        });
        opens.then_some(Span::new(open, close + 1))
    }

    /// Whether the name `e` after the figure `q` holds it in a clause of its own: the clause
    /// opens with a contrastive conjunction (a word that is both a clause break and a
    /// conjunction: "mentre", "while", "tandis que", "während") or a semicolon, names nobody of
    /// the slot's kinds before the figure, and a preposition introduces `e` in the same clause
    /// ("..., mentre il restante 40% farà capo a Foxconn", "..., while the other 40% goes to
    /// Talvik").
    fn holder_after(
        &self,
        s: &Sentence<'a>,
        e: &EntityMention,
        q: &QuantityMention,
        region: Span,
        slot: &Slot,
    ) -> bool {
        let text = self.input.text;
        if e.span.start < q.span.end || self.crossings(s, q.span, e.span) > 0 {
            return false;
        }
        let Some(open) = s.breaks.iter().copied().filter(|&p| p < region.start).max() else {
            return false;
        };
        let named_before = s.entities.iter().any(|o| {
            o.span.start >= open && o.span.end <= region.start && slot.rank(o.kind).is_some()
        });
        if named_before || !self.marked_by(s, e, &self.markers(s).preps) {
            return false;
        }
        let rest = text.get(open..region.start).unwrap_or("");
        if rest.starts_with([';', '；']) {
            return true;
        }
        // The conjunction opens the clause, or ends in the break found last: "tandis que"
        // (whose "que" breaks a clause of its own) starts at the break before.
        let before = s.breaks.iter().copied().filter(|&p| p < open).max();
        // From each start, the folded clause up to the figure and the words before `open`
        // (sentence offsets: breaks stand inside the sentence).
        let at = |p: usize| p.saturating_sub(s.span.start);
        let clauses = [Some(open), before].map(|start| {
            start.map(|from| {
                (
                    from == open,
                    s.folded.folded_of(at(from), at(region.start)),
                    s.folded.folded_of(at(from), at(open)),
                )
            })
        });
        s.langs.iter().any(|l| {
            let r = self.frames.rules(*l);
            clauses.iter().flatten().any(|&(at_open, clause, head)| {
                r.conjunctions.iter().any(|c| {
                    r.clause_breaks.contains(c)
                        && clause.starts_with(c.as_str())
                        && stands_alone(clause, 0, c)
                        && (at_open || (c.contains(' ') && c.starts_with(head)))
                })
            })
        })
    }

    /// Whether the frame `own` chose for a figure says no more than `before`, the choice of the
    /// figure before it: nothing but a verb of change several frames share ("cédait",
    /// "ha guadagnato"), a frame `before` narrows ("growth" for "share_price_change"), the same
    /// frame (unless each names a thing of its own: "5000 Soldaten und 3000 Polizisten"), or a
    /// figure nothing names.
    fn restates(&self, s: &Sentence<'_>, own: &Choice, before: &Choice) -> bool {
        let frames = self.frames.frames();
        let weak = own
            .cue
            .is_some_and(|c| s.cues.iter().any(|x| x.span == c && x.weak));
        let narrowed = match (frames.get(before.frame), frames.get(own.frame)) {
            (Some(b), Some(o)) => b.refines.contains(&o.key),
            _ => false,
        };
        let own_thing = matches!((own.noun, before.noun), (Some((a, _)), Some((b, _))) if a != b)
            || matches!((own.concept, before.concept), (Some((a, _)), Some((b, _))) if a != b);
        // A frame that applies without a cue (a figure in tonnes is a mass) says less than
        // the frame of a cue.
        let fallback = own.cue.is_none() && own.noun.is_none() && own.concept.is_none();
        own.bare || fallback || weak || narrowed || (own.frame == before.frame && !own_thing)
    }

    /// The party of the clause that a contrastive conjunction opens after the figure `p` and
    /// in which the figure `q` stands ("mentre", "tandis que", "während", "while": a word that
    /// is both a clause break and a conjunction; or a contrast marker), of the subject slot of
    /// `frame`: the nearest before the figure ("..., mentre Talvik ha guadagnato il 6,3%") or,
    /// introduced by a preposition, after it ("..., mentre il restante 40% andrà a Talvik").
    fn contrast_party(
        &self,
        s: &Sentence<'a>,
        p: &QuantityMention,
        q: &QuantityMention,
        frame: usize,
    ) -> Option<&'a EntityMention> {
        let slot = self.frames.frames().get(frame).map(|f| &f.subject)?;
        // The last contrastive opening between the figures (a break inside it, the "que" of
        // "tandis que", may follow), and no other clause before it ("X +9 %, Y -1 %, tandis
        // que Z ...": Z's clause restates nothing of X's).
        let open = s
            .breaks
            .iter()
            .copied()
            .filter(|&b| b >= p.span.end && b < q.span.start && self.contrastive_at(s, b, q))
            .max()?;
        if s.breaks
            .iter()
            .any(|&b| b >= p.span.end && b < open && !self.contrastive_at(s, b, q))
        {
            return None;
        }
        let end = s
            .breaks
            .iter()
            .copied()
            .filter(|&b| b > q.span.end)
            .min()
            .unwrap_or(s.span.end);
        // The nearest before the figure, else the first a preposition introduces after it.
        let before = s.entities.iter().copied().rev().find(|e| {
            slot.rank(e.kind).is_some() && e.span.start >= open && e.span.end <= q.span.start
        });
        before.or_else(|| {
            s.entities.iter().copied().find(|e| {
                slot.rank(e.kind).is_some()
                    && e.span.start >= q.span.end
                    && e.span.end <= end
                    && self.marked_by(s, e, &self.markers(s).preps)
            })
        })
    }

    /// Between the figure `p` and the figure `q` after it, in the same clause series: `None`
    /// where something parts them (a semicolon, a party of `frame`'s subject slot, another
    /// figure of the unit), else whether a conjunction (and its preposition) joins `q` to `p`
    /// ("25.000 Tonnen Zink und 90.000 Tonnen Blei", "de 5 euros ... et de 10 euros").
    fn coordinated(
        &self,
        s: &Sentence<'a>,
        p: &QuantityMention,
        q: &QuantityMention,
        frame: &Frame,
    ) -> Option<bool> {
        if p.span.end > q.span.start {
            return None;
        }
        let between = self.input.text.get(p.span.end..q.span.start)?;
        if between.contains([';', '；'])
            || s.entities.iter().any(|e| {
                frame.subject.rank(e.kind).is_some()
                    && e.span.start >= p.span.end
                    && e.span.end <= q.span.start
            })
            || s.quantities.iter().any(|o| {
                o.quantity.unit == q.quantity.unit
                    && o.span.start >= p.span.end
                    && o.span.end <= q.span.start
            })
        {
            return None;
        }
        let words: Vec<String> = between
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        Some(s.langs.iter().any(|l| {
            let rules = self.frames.rules(*l);
            let mut last = words.iter().rev();
            let mut w = last.next();
            if w.is_some_and(|w| rules.prepositions.contains(w)) {
                w = last.next();
            }
            w.is_some_and(|w| rules.conjunctions.contains(w))
        }))
    }

    /// Whether the figure `q` continues the series of the figure `p` before it, chosen as
    /// `before`: a multi-valued fact (one true value per period), no party of the fact's
    /// subject slot and no other figure of the unit between them, no semicolon, and a period
    /// of its own after `p` up to the end of `q`'s clause: a calendar year or one of
    /// [`FoldedRules::period_words`] ("2,4 % cette année, puis de 1,9 % l'an prochain",
    /// "bei 1,9 Prozent, nach 2,1 Prozent im laufenden Jahr", "2026年为2.1%，2027年为1.9%").
    fn continues(
        &self,
        s: &Sentence<'a>,
        p: &QuantityMention,
        q: &QuantityMention,
        before: &Choice,
    ) -> bool {
        let Some(frame) = self.frames.frames().get(before.frame) else {
            return false;
        };
        let functional = match before.concept {
            Some((c, false)) => self.frames.concepts().functional(c, q.quantity.unit),
            _ => frame.functional,
        };
        if functional || p.span.end > q.span.start {
            return false;
        }
        let Some(coordinated) = self.coordinated(s, p, q, frame) else {
            return false;
        };
        // "5 euro per chi prenota e 10 euro per gli altri", "de 5 euros ... et de 10 euros": a
        // figure that a conjunction (and its preposition) joins to the one before states the
        // same multi-valued fact for another case.
        if coordinated {
            return true;
        }
        let end = s.clause_end(q.span.end);
        let year = s.quantities.iter().any(|y| {
            y.quantity.unit == Unit::Year && y.span.start >= p.span.end && y.span.end <= end
        });
        if year {
            return true;
        }
        let at = |x: usize| x.saturating_sub(s.span.start);
        let stretch = s.folded.folded_of(at(p.span.end), at(end));
        s.langs.iter().any(|l| {
            self.frames
                .rules(*l)
                .period_words
                .iter()
                .any(|w| match_positions(stretch, w).any(|x| stands_alone(stretch, x, w)))
        })
    }

    /// Whether a contrastive conjunction (one of the sentence's languages lists as both a
    /// conjunction and a clause break, or one of [`FoldedRules::contrast_markers`]) opens the
    /// clause at the break `open`, up to the figure.
    fn contrastive_at(&self, s: &Sentence<'_>, open: usize, q: &QuantityMention) -> bool {
        let at = |p: usize| p.saturating_sub(s.span.start);
        if open >= q.span.start {
            return false;
        }
        let clause = s.folded.folded_of(at(open), at(q.span.start));
        let clause = clause.trim_start_matches(|c: char| !is_word_char(Some(c)) && !is_han(c));
        s.langs.iter().any(|l| {
            let r = self.frames.rules(*l);
            let opens = |c: &String| clause.starts_with(c.as_str()) && stands_alone(clause, 0, c);
            r.conjunctions
                .iter()
                .any(|c| r.clause_breaks.contains(c) && opens(c))
                || r.contrast_markers.iter().any(opens)
        })
    }

    /// The distance in bytes and the clause boundaries between the name `e` and the figure's
    /// `region` ([`gap`], [`Context::crossings`]), an aside right after the name left out
    /// ([`Context::aside_after`]): the name heads the clause the aside interrupts.
    fn distance_past_aside(&self, s: &Sentence<'_>, e: &EntityMention, region: Span) -> Reach {
        let all = Reach {
            bytes: gap(e.span, region),
            crossings: self.crossings(s, e.span, region),
        };
        if e.span.end > region.start {
            return all;
        }
        let Some(aside) = self.aside_after(s, e, region) else {
            return all;
        };
        let inside = s
            .breaks
            .iter()
            .filter(|&&p| p >= aside.start && p < aside.end)
            .count();
        Reach {
            bytes: all.bytes.saturating_sub(aside.end - aside.start),
            crossings: all.crossings.saturating_sub(inside),
        }
    }

    fn crossings(&self, s: &Sentence<'_>, a: Span, b: Span) -> usize {
        let Some((lo, hi)) = span_between(a, b) else {
            return 0;
        };
        s.breaks.iter().filter(|&&p| p >= lo && p < hi).count()
    }

    fn pick_object(
        &self,
        s: &Sentence<'a>,
        slot: &Slot,
        q: &QuantityMention,
        region: Span,
        exclude: Option<&str>,
        marked_only: bool,
    ) -> Option<(&'a EntityMention, bool)> {
        let markers = self.slot_markers(s, slot);
        let Markers {
            compared, agents, ..
        } = self.markers(s);
        let mut best: Option<(usize, &'a EntityMention, bool)> = None;
        for &e in &s.entities {
            let Some(rank) = slot.rank(e.kind) else {
                continue;
            };
            if exclude == Some(e.id.as_str()) || e.span.contains(&q.span) || self.gloss(s, e) {
                continue;
            }
            if slot.max_gap.is_some_and(|m| gap(e.span, q.span) > m) {
                continue;
            }
            // A cited source is no party, nor the other side of a comparison; an agent is the
            // subject ("wurde von Meta übernommen").
            if self.cited_in(s, e)
                || self.sourced_by_agent(s.span.start, s.lang, e.span.start)
                || self.marked_by(s, e, compared)
                || self.marked_by(s, e, agents)
                || self.credit(e)
                || self.source_after(s.lang, e)
            {
                continue;
            }
            let marked = self.marked_by(s, e, &markers);
            if !marked && (marked_only || !slot.unmarked) {
                continue;
            }
            // The party of a gapped clause after the figure ("Eni détiendra 60 % et Foxconn
            // 40 %") holds the next figure, not this one.
            if !marked
                && e.span.start >= q.span.end
                && s.quantities
                    .iter()
                    .any(|o| o.span.start >= e.span.end && self.gapped(s, e, o))
            {
                continue;
            }
            let score = gap(e.span, region)
                + CLAUSE_PENALTY * self.crossings(s, e.span, region)
                + RANK_PENALTY * rank
                + if marked { 0 } else { UNMARKED_PENALTY };
            if best.as_ref().is_none_or(|(b, _, _)| score < *b) {
                best = Some((score, e, marked));
            }
        }
        best.map(|(_, e, m)| (e, m))
    }

    fn pick_subject(
        &self,
        s: &Sentence<'a>,
        slot: &Slot,
        q: &QuantityMention,
        region: Span,
        exclude: Option<&str>,
        (frame, cue, has_object, other): (usize, Option<Span>, bool, bool),
    ) -> Option<(&'a EntityMention, bool)> {
        let Markers {
            preps,
            sources,
            compared,
            by,
            han_agents,
            word_agents: agents,
            ..
        } = self.markers(s);
        let passive = self.passive(s);
        // Words that introduce this slot's entity ("Y 獲得 X 投資": X invests).
        let own = self.slot_markers(s, slot);
        let mut best: Option<(i64, &'a EntityMention, bool)> = None;
        // Every name the loop keeps, with its score: a speaker yields to a party of its
        // statement (see `Context::speaks_before`).
        let mut kept: Vec<(i64, &'a EntityMention, bool)> = Vec::new();
        for &e in &s.entities {
            // A discovered name of no known kind stands in only where the sentence has no
            // entity of the slot's kinds (see `fallback_subject`); so does a discovered
            // product (a numbered craft, "Tianwen-1") where the slot takes no product.
            let unknown = e.kind == EntityKind::Other
                || (e.kind == EntityKind::Product && e.id.starts_with("new:"));
            let rank = match slot.rank(e.kind) {
                Some(r) => r,
                None if other && unknown => slot.kinds.len(),
                None => continue,
            };
            // A dateline's place ("Paris (AFP) -", "新华社纽约10月10日电") is where the
            // story was filed, not the party of a figure its first sentence states, unless
            // the headline names that place too: then the story is about it ("Venezia, il
            // ticket incassa ... VENEZIA - Si è chiusa con un incasso").
            if exclude == Some(e.id.as_str())
                || e.span.overlaps(&q.span)
                || self.gloss(s, e)
                || self.holds_nothing(e)
                || (self.in_dateline(e) && !self.headline_names(e))
            {
                continue;
            }
            if slot.max_gap.is_some_and(|m| gap(e.span, q.span) > m) {
                continue;
            }
            // "北美市场增长3%", "le marché européen": a place that heads a market is where a
            // party sells, not a party, where the slot prefers other kinds.
            if rank > 0 && e.kind == EntityKind::Place && self.heads_market(s, e) {
                continue;
            }
            // "according to Reuters": a source, not a party; "more than OpenAI's": the other
            // side of a comparison.
            if self.cited_in(s, e)
                || self.sourced_by_agent(s.span.start, s.lang, e.span.start)
                || self.estimator(s, e, q, slot, frame)
                || (!slot.victims && self.victim(s, e))
                || self.marked_by(s, e, compared)
                || self.source_gloss(s, e, sources)
                || self.credit(e)
                || self.source_after(s.lang, e)
                || self.qualifies_speaker(s, e, q)
            {
                continue;
            }
            // "Orvane ha rilevato da Talvik l'8,5%": the party a purchase takes from sells.
            if !passive && cue.is_some_and(|c| self.seller(s, e, c)) {
                continue;
            }
            let after = e.span.start >= region.end;
            // A discovered name of no known kind after the figure is what is counted or sold
            // ("108.000 vetture, tra la berlina X"), not the subject.
            if after && slot.rank(e.kind).is_none() {
                continue;
            }
            // After the figure, only an entity its own marker joins to it ("600 milioni di
            // euro per Quixly", "3,5 milliards d'euros de Mistral AI").
            if after && !slot.after && !(gap(e.span, q.span) <= 6 && self.marked_by(s, e, &own)) {
                continue;
            }
            if !slot.not_actors_of.is_empty() && self.actor_of(s, e, &slot.not_actors_of) {
                continue;
            }
            // "Sinner ha battuto in finale Alcaraz e incassa": the other side of a contest won
            // none of the winner's figures.
            // Nor is a competition ("le Nitto ATP Finals") a competitor.
            if self.frames.frames().get(frame).is_some_and(|f| f.contest)
                && (self.opponent(s.span.start, s.lang, e)
                    || self.names_event(s.lang, e)
                    || self.names_venue(s.lang, e))
            {
                continue;
            }
            // An event's figure: a name of no known kind must name the event.
            if e.kind == EntityKind::Other
                && self
                    .frames
                    .frames()
                    .get(frame)
                    .is_some_and(|f| f.event_subject)
                && !self.names_event(s.lang, e)
                && !self.names_venue(s.lang, e)
            {
                continue;
            }
            // After the figure, the other party of the document's trade figures is no
            // subject ("60 000 voitures ont été expédiées vers l'Allemagne malgré les droits
            // imposés par l'Union européenne").
            if after && self.partner(slot, e) {
                continue;
            }
            // A name inside an aside on another name, closed before the figure, is named in
            // passing ("Orvane, che fornisce Talvik, ha registrato ricavi", "Orvane, a rival of
            // Talvik, raised"): the name the aside qualifies is the clause's party, where it can
            // be the subject.
            // "il Pd della segretaria Anna Ferri, che si ferma al 22%", "les écologistes de
            // Marc Lenoir, crédités de 9 %", "王明所在的民进党": a person
            // who qualifies an organization named beside them is its leader or member; the
            // organization is the party, where the slot takes it.
            if e.kind == EntityKind::Person {
                if let Some(h) = self.qualified_org(s, e) {
                    if slot.rank(h.kind).is_some()
                        && exclude != Some(h.id.as_str())
                        && !h.span.overlaps(&q.span)
                    {
                        continue;
                    }
                }
            }
            let aside = self.aside_head(s, e, region);
            if let Some(h) = aside
                .or_else(|| self.shared_subject(s, e, region))
                .or_else(|| self.coordinated_head(s, e, region))
            {
                let head_ok = h.id != e.id
                    && exclude != Some(h.id.as_str())
                    && slot.rank(h.kind).is_some_and(|r| r <= rank)
                    && !h.span.overlaps(&q.span)
                    && !self.marked_by(s, h, preps)
                    && !self.marked_by(s, h, sources)
                    && !self.marked_by(s, h, compared);
                if head_ok {
                    continue;
                }
            }
            // A discovered name (no lexicon knows it) that a preposition governs is more likely
            // a place than a party: "près de Düsseldorf", "a Tolosa", "in Hilden". So is a known
            // place where the slot prefers other kinds: "18 gru nel porto di Trieste", "oltre 70
            // voli da Francoforte" count a company's things; a place holds a figure as the
            // clause's own party ("Venezia ha incassato", "Die Stadt zählte").
            // A venue's name stays a party of an event's figure ("gli spettatori della X
            // Arena").
            // (An event's own name too: "per l'Aurora Tour sono stati venduti".)
            let venue = (self.names_venue(s.lang, e) || self.names_event(s.lang, e))
                && self
                    .frames
                    .frames()
                    .get(frame)
                    .is_some_and(|f| f.event_subject);
            // A landmark's own name is no place either: "l'invaso di Valdorsa", "le musée de
            // Valmorin" name the reservoir and the museum that hold their measures.
            if (e.score < DISCOVERED_SCORE
                && self.marked_by(s, e, preps)
                && !venue
                && !self.landmark_named(s, e))
                || (rank > 0 && self.located(s.span.start, s.lang, e, &s.entities))
            {
                continue;
            }
            // An agent of the passive, or of the cue right before it ("le rachat de Wiz par
            // Google"): not of another verb ("une levée menée par ASML").
            // In Chinese the agent comes before its verb: "被 Meta 收購".
            let agent = (self.marked_by(s, e, han_agents)
                && cue.is_some_and(|c| {
                    c.start >= e.span.end
                        && c.start - e.span.end <= AGENT_NEAR
                        && self.crossings(s, e.span, c) == 0
                        // "由埃尼持股六成、鴻海持股四成": another party between the agent and the
                        // cue is that cue's own.
                        && !s.entities.iter().any(|o| {
                            o.id != e.id
                                && o.kind != EntityKind::Place
                                && o.span.start >= e.span.end
                                && o.span.end <= c.start
                        })
                }))
                || self.marked_by(s, e, &own)
                || (self.marked_by(s, e, agents)
                    && (passive
                        || cue.is_some_and(|c| {
                            c.end <= e.span.start && e.span.start - c.end <= AGENT_NEAR
                        })));
            // "la start-up fondée par Arthur Mensch": the agent of another frame's verb is no
            // party of this one.
            let agentish = agent || self.marked_by(s, e, by);
            if agentish && self.agent_of_other_cue(s, e, frame) {
                continue;
            }
            // A slot that takes no agent ("was fined by the regulator"): only its own markers
            // may introduce the entity.
            if !slot.agents && agentish && !self.marked_by(s, e, &own) {
                continue;
            }
            // After the figure, an entity is the object's more likely than the subject's,
            // unless a passive agent marker introduces it.
            // "..., mentre il restante 40% farà capo a Foxconn": a contrastive clause that names
            // nobody before its figure gives it to the party its complement names after it.
            let holder = after && self.holder_after(s, e, q, region, slot);
            if after && !agent && has_object && !holder {
                continue;
            }
            // After the figure, a name in a clause of its own that a conjunction opens ("zählt
            // 160.000 Mitarbeiter und rückt an Siemens heran") or a preposition governs across
            // a clause boundary ("营收约450亿欧元，与西门子的差距") belongs to that clause.
            // In Chinese the subject stands before its verb: a name after the figure across a
            // comma opens another clause ("总功率1400兆瓦的园区，部署约1.8万颗英伟达芯片").
            if after
                && !agent
                && (self.conjunction_between(s, q.span, e.span)
                    || (self.crossings(s, q.span, e.span) > 0
                        && (self.marked_by(s, e, preps)
                            || self
                                .input
                                .text
                                .get(q.span.end..e.span.start)
                                .is_some_and(|t| t.contains(['，', '；', '：'])))
                    // A semicolon opens a clause of its own in every language ("circa 6.500
                    // dipendenti; Iliad Italia conta ...").
                    || self
                        .input
                        .text
                        .get(q.span.end..e.span.start)
                        .is_some_and(|t| t.contains([';', '；']))))
            {
                continue;
            }
            let Reach { bytes, crossings } = self.distance_past_aside(s, e, region);
            let mut score = bytes
                + CLAUSE_PENALTY * crossings
                + RANK_PENALTY * rank
                + if after { AFTER_PENALTY } else { 0 };
            if self.marked_by(s, e, preps) {
                score += PREPOSITION_PENALTY;
            }
            // Only an aside that opens with an article or a relative, or a possessive, makes
            // the name a passing mention: "Come Orvane, anche Talvik, che ..., ha" is Talvik's.
            if aside.is_some() && self.in_apposition(s, e, region) {
                score += PREPOSITION_PENALTY;
            }
            // "MILANO (Reuters) - ...": a name alone in brackets is an aside (a dateline's
            // agency, a gloss), not the clause's party.
            if self.bracketed(e) {
                score += PREPOSITION_PENALTY;
            }
            let mut score = i64::try_from(score).unwrap_or(i64::MAX);
            if agent || holder || self.gapped(s, e, q) {
                score = score.saturating_sub(200);
            } else if cue.is_some_and(|c| self.bound_to_cue(s, e, c, preps)) {
                score = score.saturating_sub(BOUND_BONUS);
            }
            if best.as_ref().is_none_or(|(b, _, _)| score < *b) {
                best = Some((score, e, crossings == 0));
            }
            kept.push((score, e, crossings == 0));
        }
        // "L'Istat ha comunicato che a Milano i disoccupati sono 40.000", "世卫组织指出，印度去年
        // 有约200万人感染": whoever speaks a statement is its source; a party the statement
        // names itself, before the figure, holds what it states.
        let (_, e, _) = best?;
        let own = kept
            .iter()
            .filter(|(_, c, _)| {
                c.id != e.id
                    && c.span.end <= q.span.start
                    && !self.marked_by(s, c, preps)
                    && self.speaks_before(s, e, c.span.start)
            })
            .min_by_key(|(score, _, _)| *score);
        own.or(best.as_ref()).map(|&(_, e, same)| (e, same))
    }

    /// Whether the name `e` of sentence `s` speaks a statement that holds the position `to`:
    /// a verb of saying ([`FoldedRules::speech_verbs`]) follows the name, past at most
    /// [`SPEAKER_WORDS`] words of its own phrase and no clause break ("Das Statistische
    /// Bundesamt in Wiesbaden erklärte", "国家统计局表示"), and the statement opens right after
    /// the verb (a comma, a colon or a word that opens a clause: "ha comunicato che", "a
    /// indiqué que", "said that", "指出，"), before `to`. News writing names the body that
    /// counts, estimates or reports a figure as the statement's source; the party the
    /// statement names itself (a place, a company, a person) is what the figure measures.
    fn speaks_before(&self, s: &Sentence<'_>, e: &EntityMention, to: usize) -> bool {
        let rules = self.frames.rules(s.lang);
        if rules.speech_verbs.is_empty() || e.span.end > to {
            return false;
        }
        let Some(between) = self.input.text.get(e.span.end..to) else {
            return false;
        };
        let folded = fold_str(between);
        let Some((at, stop)) = first_standing(&folded, &rules.speech_verbs) else {
            return false;
        };
        let lead = outside_brackets(folded.get(..at).unwrap_or(""));
        if lead.contains([',', '，', '.', ';', '；', ':', '：', '。', '、'])
            || words_in(&lead) > SPEAKER_WORDS
        {
            return false;
        }
        statement_opens(folded.get(stop..).unwrap_or(""), rules)
    }

    /// Whether a noun of the counted concept `market` follows the place `e` right after its
    /// name ("北美市场", "欧洲市场"): the place names a market, a segment of a party's
    /// figures.
    fn heads_market(&self, s: &Sentence<'_>, e: &EntityMention) -> bool {
        let nouns = self.frames.counted_nouns();
        nouns
            .after(self.input.text, e.span, s.span.end, s.lang)
            .is_some_and(|(c, n)| {
                n.start <= e.span.end + 1 && nouns.concept(c) == Some(MARKET_CONCEPT)
            })
    }

    /// The object from the previous sentence of the same paragraph: its entity of the slot's
    /// preferred kind, first mentioned, other than the subject and never a cited source.
    fn previous_object(
        &self,
        i: usize,
        slot: &Slot,
        subject: &str,
        objects: &[String],
    ) -> Option<&'a EntityMention> {
        let p = i.checked_sub(1)?;
        let span = *self.sentences.get(p)?;
        let here = *self.sentences.get(i)?;
        let between = self.input.text.get(span.end..here.start).unwrap_or("\n\n");
        if between.matches('\n').count() >= 2 || self.headline.get(p) == Some(&true) {
            return None;
        }
        let lang = self.lang_of(span);
        let markers = slot.markers_of(lang);
        self.entities
            .get(p)?
            .iter()
            .filter(|e| slot.rank(e.kind).is_some() && e.id != subject)
            .filter(|e| !self.cited_in_span(span, e))
            // Only an entity the previous sentence introduces as this slot's ("dans Initech") or
            // as the object of one of its claims ("una quota del 35% di Voltaria"), not a
            // partner named there ("Enel e Eni hanno firmato").
            .filter(|e| {
                objects.contains(&e.id) || self.marked_at(span.start, lang, e.span.start, markers)
            })
            .min_by_key(|e| (slot.rank(e.kind), e.span.start))
            .copied()
    }

    /// The words that tell no party apart in the languages `langs`: generic heads of nouns
    /// that refer back and roles (see [`described`]), built with the frames.
    fn generic(&self, langs: &[Lang]) -> Generics<'a> {
        let mut out: Vec<&'a described::Generic> = Vec::with_capacity(langs.len());
        for (k, l) in langs.iter().enumerate() {
            // A language asked twice (the sentence's and the document's) is read once.
            if !langs.get(..k).is_some_and(|seen| seen.contains(l)) {
                out.push(self.frames.generic(*l));
            }
        }
        Generics(out)
    }

    /// What the text says a name is, once per mention outside headlines (telegraphic, their
    /// verbs stand next to names): [`Context::description_of`].
    fn descriptions(&self) -> &[Description<'a>] {
        self.descriptions.get_or_init(|| {
            let mut out = Vec::new();
            for (j, (v, span)) in self.entities.iter().zip(&self.sentences).enumerate() {
                if self.headline.get(j) == Some(&true) {
                    continue;
                }
                let lang = self.lang_of(*span);
                let generic = self.generic(&[lang, self.input.lang]);
                for e in v {
                    let words = self.description_of(*span, lang, &generic, e);
                    if !words.is_empty() {
                        out.push(Description {
                            entity: e,
                            sentence: j,
                            words,
                        });
                    }
                }
            }
            out
        })
    }

    /// The telling words of the noun phrase that describes the name `e` of the sentence `span`:
    /// between an article and the name ("an den chinesischen Bergbaukonzern X", "le
    /// sidérurgiste luxembourgeois X"; where only names are capitalized, the word before the
    /// name is a noun, capitalized: not "Die Franzosen zahlen X"), and in an apposition that
    /// opens with an article and closes with a comma or a bracket ("X, il gruppo trevigiano,").
    fn description_of(
        &self,
        span: Span,
        lang: Lang,
        generic: &Generics<'_>,
        e: &EntityMention,
    ) -> Vec<String> {
        let text = self.input.text;
        let rules = self.frames.rules(lang);
        let is_article = |w: &str| {
            rules.articles.iter().any(|a| a == w) && !rules.prepositions.iter().any(|p| p == w)
        };
        let keep = |w: &&str| !generic.holds(w) && !is_article(w) && described::telling(w);
        let mut words: Vec<String> = Vec::new();
        let before = self.before(span.start, e.span.start);
        let noun_before = rules.capitalized_names
            || text
                .get(span.start..e.span.start)
                .and_then(|t| t.split_whitespace().next_back())
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase);
        if let Some(k) = before
            .words
            .iter()
            .take(described::DESCRIPTION_WORDS + 1)
            .position(|w| is_article(w))
        {
            // "Per il quarto trimestre X prevede": where only names are capitalized, a phrase a
            // preposition governs before a name is an adverbial, not its description.
            let governed = before
                .words
                .get(k + 1)
                .is_some_and(|p| rules.prepositions.iter().any(|x| x == p));
            if k > 0 && noun_before && !(rules.capitalized_names && governed) {
                words.extend(
                    before
                        .words
                        .iter()
                        .take(k)
                        .map(String::as_str)
                        .filter(keep)
                        .map(str::to_string),
                );
            }
        }
        // An apposition after a comma or a bracket, closed before the sentence ends.
        let rest = text.get(e.span.end..span.end).unwrap_or("");
        let rest = rest.trim_start();
        let Some(inner) = rest.strip_prefix([',', '(']) else {
            return words;
        };
        let Some(end) = inner.find(|c: char| {
            !(is_word_char(Some(c)) || c.is_whitespace() || matches!(c, '\'' | '’' | '-'))
        }) else {
            return words;
        };
        let closed = inner.get(end..).is_some_and(|t| t.starts_with([',', ')']));
        let folded = fold_str(inner.get(..end).unwrap_or(""));
        let mut ws = described::words(&folded);
        // A short aside without a figure nor a relative clause ("une opération qui valorise").
        let short = described::words(&folded).count() <= described::APPOSITION_WORDS
            && !folded.contains(|c: char| c.is_ascii_digit())
            && !described::words(&folded).any(|w| rules.relatives.iter().any(|r| r == w));
        if closed && short && ws.next().is_some_and(is_article) {
            words.extend(
                ws.take(described::APPOSITION_WORDS)
                    .filter(keep)
                    .map(str::to_string),
            );
        }
        words
    }

    /// The words of a descriptive reference before the figure `q` in sentence `s`: the words
    /// after the first article no preposition governs ("Die Chinesen übernehmen", "Il gruppo
    /// francese avrà", "zahlen die Luxemburger"), at most [`described::REFERENCE_WORDS`], up
    /// to punctuation, a name or a figure; generic heads left out.
    fn reference_words(&self, s: &Sentence<'_>, q: &QuantityMention) -> Vec<String> {
        let text = self.input.text;
        let rules = self.frames.rules(s.lang);
        let end = s
            .entities
            .iter()
            .map(|e| e.span.start)
            .chain(s.quantities.iter().map(|o| o.span.start))
            .filter(|&p| p >= s.span.start)
            .chain(std::iter::once(q.span.start))
            .min()
            .unwrap_or(q.span.start)
            .clamp(s.span.start, s.span.end);
        if text.get(s.span.start..end).is_none() {
            return Vec::new();
        }
        let folded = s.folded.folded_of(0, end - s.span.start);
        let generic = self.generic(&s.langs);
        // Words with the punctuation that closes them.
        let mut tokens: Vec<(&str, bool)> = Vec::new();
        let mut start: Option<usize> = None;
        for (p, c) in folded
            .char_indices()
            .chain(std::iter::once((folded.len(), '.')))
        {
            if is_word_char(Some(c)) {
                start.get_or_insert(p);
                continue;
            }
            if let Some(st) = start.take() {
                tokens.push((folded.get(st..p).unwrap_or(""), false));
            }
            if !(c.is_whitespace() || c == '\'' || c == '’') {
                if let Some(last) = tokens.last_mut() {
                    last.1 = true;
                }
            }
        }
        let Some(k) = tokens.iter().enumerate().position(|(k, (w, _))| {
            rules.articles.iter().any(|a| a == w)
                && k.checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_none_or(|(p, closed)| *closed || !rules.prepositions.iter().any(|x| x == p))
        }) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if tokens.get(k).is_some_and(|(_, closed)| *closed) {
            return out;
        }
        for (w, closed) in tokens.iter().skip(k + 1).take(described::REFERENCE_WORDS) {
            if !generic.holds(w) && described::telling(w) {
                out.push((*w).to_string());
            }
            if *closed {
                break;
            }
        }
        out
    }

    /// The one name of the slot's kinds, named before sentence `i`, that the descriptive
    /// reference before the figure describes ([`described`]): "der chinesische Bergbaukonzern
    /// X ... Die Chinesen übernehmen 95 Prozent" (X). None where no description or several
    /// names' descriptions match.
    fn described(
        &self,
        i: usize,
        s: &Sentence<'_>,
        q: &QuantityMention,
        slot: &Slot,
        exclude: Option<&str>,
    ) -> Option<&'a EntityMention> {
        let reference = self.reference_words(s, q);
        if reference.is_empty() {
            return None;
        }
        let people_only = slot.kinds.iter().all(|&k| k == EntityKind::Person);
        let found = described::matching(
            &reference,
            self.descriptions().iter().filter(|d| {
                d.sentence < i
                    && slot.rank(d.entity.kind).is_some()
                    && exclude != Some(d.entity.id.as_str())
                    && (people_only || d.entity.kind != EntityKind::Person)
                    && !self.bracketed(d.entity)
            }),
        );
        match found.as_slice() {
            [e] => Some(*e),
            _ => None,
        }
    }

    /// Whether sentences `j` and `i` (`j < i`) stand in one paragraph (no blank line between).
    fn same_paragraph(&self, j: usize, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.sentences.get(j), self.sentences.get(i)) else {
            return false;
        };
        let between = self.input.text.get(a.end..b.start).unwrap_or("\n\n");
        between.matches('\n').count() < 2
    }

    /// Whether the entity `e` stands alone inside brackets: a dateline's agency ("MILANO
    /// (Reuters) -") or a gloss of the name before it ("英偉達（Nvidia）"), an aside rather than
    /// the party the sentence is about.
    /// (Or with other names of one word each, after a slash or a hyphen: agencies credited
    /// together, "(AFP/dpa)", or an agency's service, "(dpa-AFX)".)
    fn bracketed(&self, e: &EntityMention) -> bool {
        let text = self.input.text;
        let before = text.get(..e.span.start).unwrap_or("").trim_end();
        let after = text.get(e.span.end..).unwrap_or("").trim_start();
        // A name of one word, up to 12 characters, joined by a slash or a hyphen.
        let word = |w: &str| {
            !w.is_empty() && w.chars().count() <= 12 && w.chars().all(char::is_alphanumeric)
        };
        let mut before = before;
        while let Some(rest) = before.strip_suffix(['/', '-']) {
            let rest = rest.trim_end();
            let n = rest.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
                i + rest[i..].chars().next().map_or(1, char::len_utf8)
            });
            if !word(rest.get(n..).unwrap_or("")) {
                break;
            }
            before = rest.get(..n).unwrap_or("").trim_end();
        }
        let mut after = after;
        while let Some(rest) = after.strip_prefix(['/', '-']) {
            let rest = rest.trim_start();
            let n = rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len());
            if !word(rest.get(..n).unwrap_or("")) {
                break;
            }
            after = rest.get(n..).unwrap_or("").trim_start();
        }
        // (A Chinese outlet's tag in lenticular brackets too: "【第一财经】".)
        (before.ends_with(['(', '（', '【'])) && (after.starts_with([')', '）', '】']))
    }

    /// The structure or craft the sentence of a toll names as what the accident struck: a
    /// landmark, or a name holding the noun of a bridge, a building, a ship, an aircraft or a
    /// train ("Nach dem Einsturz der Morandi-Brücke ...", "Nel crollo del ponte X sono morti",
    /// "金門大橋坍塌"), no cited source: the toll is its own, not the state's where it stands.
    /// The place that holds an event's figure of a frame marked
    /// [`FrameSpec::place_holds`](super::frames::FrameSpec::place_holds): a place governed
    /// by a preposition ([`Context::located`]) in the words right after the figure, up to
    /// [`SHOW_PLACE_AFTER`] bytes on and nothing but words between ("drei Konzerte in Wien",
    /// "per due sere allo stadio X di Milano"); in Chinese, right before it, at most
    /// [`SHOW_PLACE_HAN`] bytes back ("在新加坡連唱6場", "在奧地利維也納的3場演出").
    fn show_place(&self, s: &Sentence<'a>, q: &QuantityMention) -> Option<&'a EntityMention> {
        let text = self.input.text;
        // Nothing but words between: no other figure, no punctuation that ends a phrase.
        let plain = |a: usize, b: usize| {
            text.get(a..b).is_some_and(|t| {
                !t.contains([
                    ',', ';', ':', '.', '(', ')', '，', '；', '：', '。', '（', '）', '、',
                ])
            }) && !s
                .quantities
                .iter()
                .any(|o| o.span != q.span && o.span.start >= a && o.span.end <= b)
        };
        let located = |e: &&&'a EntityMention| {
            e.kind == EntityKind::Place && self.located(s.span.start, s.lang, e, &s.entities)
        };
        if s.lang == Lang::Zh {
            return s
                .entities
                .iter()
                .filter(|e| {
                    e.span.end <= q.span.start
                        && q.span.start - e.span.end <= SHOW_PLACE_HAN
                        && plain(e.span.end, q.span.start)
                })
                .filter(located)
                .max_by_key(|e| e.span.end)
                .copied();
        }
        s.entities
            .iter()
            .filter(|e| {
                e.span.start >= q.span.end
                    && e.span.start - q.span.end <= SHOW_PLACE_AFTER
                    && plain(q.span.end, e.span.start)
            })
            .filter(located)
            .min_by_key(|e| e.span.start)
            .copied()
    }

    /// The noun nearest the figure that refers back to a state ([`FoldedRules::state_anaphora`]:
    /// "il Paese", "le pays", "das Land", "the country", "该国"), before `region` in the
    /// sentence, outside any known name, as a span of the document.
    fn state_anaphor_before(&self, s: &Sentence<'_>, region: Span) -> Option<Span> {
        let words = s.langs.iter().flat_map(|l| {
            self.frames
                .rules(*l)
                .state_anaphora
                .iter()
                .map(|a| (a.as_str(), a.chars().any(is_han)))
        });
        let mut last: Option<Span> = None;
        for (han, span, before, after) in self.folded_words_before(s, region, words) {
            if !han && (is_word_char(before) || is_word_char(after)) {
                continue;
            }
            // A discovered name may hold the noun ("il Paese" written capitalized).
            if s.entities
                .iter()
                .any(|e| e.span.overlaps(&span) && !e.id.starts_with("new:"))
            {
                continue;
            }
            if last.is_none_or(|f| span.start > f.start) {
                last = Some(span);
            }
        }
        last
    }

    /// The state a noun that refers back to one (`anaphor`, in sentence `i`) names: the
    /// nearest state named before it in the sentence (never a cited source), else the state
    /// named last before the sentence (capitals count for their states).
    fn state_referent(
        &self,
        i: usize,
        s: &Sentence<'a>,
        anaphor: Span,
    ) -> Option<&'a EntityMention> {
        let sources = &self.markers(s).sources;
        let here = s
            .entities
            .iter()
            .copied()
            .filter(|e| e.span.end <= anaphor.start)
            .filter(|e| {
                !self.marked_by(s, e, sources)
                    && !self.sourced_by_agent(s.span.start, s.lang, e.span.start)
            })
            .filter_map(|e| self.as_state(e))
            .next_back();
        here.or_else(|| {
            (0..i).rev().find_map(|j| {
                self.entities
                    .get(j)
                    .into_iter()
                    .flatten()
                    .rev()
                    .find_map(|&e| self.as_state(e))
            })
        })
    }

    /// The adverb that refers back to a place ([`FoldedRules::place_adverbs`]: "y", "dort",
    /// "该地") in the figure's clause (`region` and its clause), the last one, as a span of the
    /// document; never where it only says that something exists ("il y a", "il n'y a").
    fn place_adverb_in(&self, s: &Sentence<'_>, region: Span) -> Option<Span> {
        let text = self.input.text;
        let end = s.clause_end(region.end).clamp(s.span.start, s.span.end);
        let stext = text.get(s.span.start..end)?;
        let folded = Folded::new(stext);
        let fs = folded.as_str();
        let mut last: Option<Span> = None;
        for l in &s.langs {
            let rules = self.frames.rules(*l);
            for a in &rules.place_adverbs {
                let han = a.chars().any(is_han);
                for p in match_positions(fs, a) {
                    let before = fs.get(..p).and_then(|t| t.chars().next_back());
                    let after = fs.get(p + a.len()..).and_then(|t| t.chars().next());
                    if !han && (is_word_char(before) || is_word_char(after)) {
                        continue;
                    }
                    // "il y a 300 gares", "il n'y a": the impersonal phrase of existence.
                    let prev = fs
                        .get(..p)
                        .unwrap_or("")
                        .split(|c: char| !is_word_char(Some(c)))
                        .rfind(|w| !w.is_empty())
                        .unwrap_or("");
                    if rules.existential_subjects.iter().any(|w| w == prev) {
                        continue;
                    }
                    let o = folded.to_original(p, p + a.len());
                    let span = Span::new(o.start + s.span.start, o.end + s.span.start);
                    if s.entities.iter().any(|e| e.span.overlaps(&span)) {
                        continue;
                    }
                    if last.is_none_or(|f| span.start > f.start) {
                        last = Some(span);
                    }
                }
            }
        }
        last
    }

    /// The place an adverb of sentence `i` refers back to: the last place a preposition of
    /// place governs in the sentences of its paragraph before it ("En Bretagne, la récolte
    /// atteint 40 000 tonnes. Quelque 300 exploitations y ferment"), never a dateline's.
    fn place_referent(&self, i: usize) -> Option<&'a EntityMention> {
        for j in (0..i).rev() {
            if !self.same_paragraph(j, j + 1) {
                return None;
            }
            let (Some(span), Some(ents)) = (self.sentences.get(j), self.entities.get(j)) else {
                return None;
            };
            let lang = self.lang_of(*span);
            let locatives = &self.frames.rules(lang).locatives;
            let found = ents.iter().rev().copied().find(|e| {
                e.kind == EntityKind::Place
                    && !self.in_dateline(e)
                    && self.marked_at(span.start, lang, e.span.start, locatives)
            });
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The place where a figure holds, for a sentence that names no party of the slot: a place
    /// that a preposition of place ([`FoldedRules::locatives`]: "in", "nel", "im", "en", "au",
    /// "dans", "在") governs before the figure, opening its clause with nothing before it but
    /// prepositions, articles and numbers ("In Österreich wurden 2.400 Wohnungen gebaut", "nel
    /// 2024 in Portogallo sono nati 82.000 bambini", "En Bretagne, la récolte atteint 40 000
    /// tonnes"); the nearest before the figure, never a dateline's place, a bracketed aside nor
    /// the object. A place after a verb is where an actor does something ("Le due società
    /// apriranno in Cina una filiale con un capitale di"), not the holder. Else the first place
    /// such a preposition governs after the figure in its clause, outside a list of places
    /// ("Im Sommer wurden mehr als 400 Waldbrände in Österreich gezählt"). Only for a slot that
    /// takes places, and not where the sentence refers back to a party ("la société", "es"):
    /// "En Chine, le groupe emploie 3 000 personnes" is the group's.
    fn locative_holder(
        &self,
        s: &Sentence<'a>,
        q: &QuantityMention,
        region: Span,
        slot: &Slot,
        exclude: Option<&str>,
    ) -> Option<&'a EntityMention> {
        slot.rank(EntityKind::Place)?;
        let locatives: Vec<&String> = s
            .langs
            .iter()
            .flat_map(|l| self.frames.rules(*l).locatives.iter())
            .collect();
        if locatives.is_empty() || self.refers_back(s, q) {
            return None;
        }
        let text = self.input.text;
        let rules = self.frames.rules(s.lang);
        // Nothing but prepositions, articles and numbers between the clause's start and the
        // place.
        let opens = |e: &EntityMention| {
            let start = s.clause_start(e.span.start);
            let Some(t) = text.get(start..e.span.start) else {
                return false;
            };
            // A dash ends a dateline or opens an aside: the clause starts after it ("Lyon, 3
            // mars (AFP) - En Espagne, ...").
            let t = [" - ", " – ", " — "]
                .iter()
                .filter_map(|d| t.rfind(d).map(|i| i + d.len()))
                .max()
                .and_then(|i| t.get(i..))
                .unwrap_or(t);
            let t = fold_str(t);
            let mut words = t
                .split(|c: char| !is_word_char(Some(c)) && !is_han(c))
                .filter(|w| !w.is_empty())
                .peekable();
            // A word that opens the clause ("che", "dass", "que") is no part of it: "ha
            // comunicato che in Lombardia sono nati", "mentre in Francia ne sono stati venduti".
            if words.peek().is_some_and(|w| {
                rules
                    .clause_breaks
                    .iter()
                    .any(|b| b.trim_end_matches('\'') == *w)
            }) {
                words.next();
            }
            words.peek().is_some()
                && words.all(|w| {
                    w.chars().all(|c| c.is_ascii_digit())
                        || locatives.iter().any(|l| l.as_str() == w)
                        || rules.joins(w)
                })
        };
        let place = |e: &EntityMention| {
            e.kind == EntityKind::Place
                && exclude != Some(e.id.as_str())
                && !self.in_dateline(e)
                && !self.bracketed(e)
                && self.marked_at(s.span.start, s.lang, e.span.start, &locatives)
        };
        let opening = s
            .entities
            .iter()
            .copied()
            .filter(|e| e.span.end <= region.start && place(e) && opens(e))
            .max_by_key(|e| e.span.start);
        // "Im Sommer wurden mehr als 400 Waldbrände in Österreich gezählt", "la rougeole a
        // touché 3 200 enfants au Portugal": a clause that names no party sets what it counts
        // in the place its preposition of place governs after the figure; not a place of a
        // list ("bei 3.200 Kindern vor allem in Österreich, Ungarn und Polen"): the figure
        // spreads over them all.
        let end = s.clause_end(region.end);
        opening.or_else(|| {
            s.entities
                .iter()
                .enumerate()
                .filter(|&(k, e)| {
                    e.span.start >= region.end
                        && e.span.end <= end
                        && place(e)
                        && !listed_with_place(text, &s.entities, k, &rules.conjunctions)
                })
                .map(|(_, e)| *e)
                .min_by_key(|e| e.span.start)
        })
    }

    /// Whether the mention `e` of a sentence read in `langs` names a disaster
    /// ([`FoldedRules::disaster_words`]): no organization nor person, its name (as written)
    /// begins or ends with one of the words ("Palisades Fire", "Hurricane Otis", "帕利塞兹山火")
    /// or one stands right before it, past an article ("l'ouragan Helene", "der Taifun Haikui",
    /// "颱風海葵"). Never a name a source marker cites ("selon Cal Fire").
    fn disaster(&self, s: &Sentence<'a>, e: &EntityMention) -> bool {
        if matches!(e.kind, EntityKind::Organization | EntityKind::Person) || self.cited_in(s, e) {
            return false;
        }
        let text = self.input.text;
        let surface = fold_str(text.get(e.span.start..e.span.end).unwrap_or(""));
        let words = name_words(&surface);
        let b = self.before(s.span.start, e.span.start);
        s.langs.iter().any(|&l| {
            self.frames.rules(l).disaster_words.iter().any(|w| {
                if w.chars().any(is_han) {
                    surface.ends_with(w.as_str()) || b.han.ends_with(w.as_str())
                } else {
                    words.len() > 1
                        && (words.first() == Some(&w.as_str()) || words.last() == Some(&w.as_str()))
                        || b.han.is_empty() && {
                            let articles = &self.frames.rules(l).articles;
                            b.words
                                .iter()
                                .find(|x| !articles.contains(x))
                                .is_some_and(|x| x == w)
                        }
                }
            })
        })
    }

    /// The named disaster ([`Context::disaster`]) that holds the figure `q` of sentence `s`:
    /// the nearest its clause names before the figure ("Das Palisades Fire hat rund 80
    /// Quadratkilometer erfasst"), else the first its clause names after it ("huit victimes
    /// dans la zone du Palisades Fire, et seize dans celle de l'Eaton Fire"), else the nearest
    /// the sentence names before it ("帕利塞兹山火过火面积为...，烧毁建筑6837座"). The toll, the
    /// buildings and the area a named fire or storm struck are its own, not the place's.
    fn disaster_holder(&self, s: &Sentence<'a>, q: &QuantityMention) -> Option<&'a EntityMention> {
        let (start, end) = (s.clause_start(q.span.start), s.clause_end(q.span.end));
        let named = || s.entities.iter().copied().filter(|e| self.disaster(s, e));
        named()
            .filter(|e| e.span.start >= start && e.span.end <= q.span.start)
            .last()
            .or_else(|| named().find(|e| e.span.start >= q.span.end && e.span.end <= end))
            .or_else(|| named().filter(|e| e.span.end <= q.span.start).last())
    }

    fn struck(&self, s: &Sentence<'a>, q: &QuantityMention) -> Option<&'a EntityMention> {
        let Markers {
            sources, compared, ..
        } = self.markers(s);
        let nouns = self.frames.counted_nouns();
        s.entities.iter().copied().find(|e| {
            !e.span.overlaps(&q.span)
                && !self.marked_by(s, e, sources)
                && !self.marked_by(s, e, compared)
                && (e.kind == EntityKind::Facility
                    || (e.kind != EntityKind::Person
                        && s.langs.iter().any(|l| {
                            nouns.name_holds(*l, &e.name, STRUCTURES)
                                || nouns.name_holds(
                                    *l,
                                    self.input.text.get(e.span.start..e.span.end).unwrap_or(""),
                                    STRUCTURES,
                                )
                        })))
        })
    }

    /// Whether the entity `e` of a sentence in `lang` is a structure or a craft of one of the
    /// concepts `ids`: a landmark (where `ids` holds one of a building's), a name holding the
    /// noun ("Köhlbrand-Brücke", "金門大橋"), or a name its noun introduces ("la nave Nordlys",
    /// "des Frachters Nordlys", "le navire Nordlys", "貨輪北光號").
    fn craft_of(&self, lang: Lang, e: &EntityMention, ids: &[&str]) -> bool {
        if e.kind == EntityKind::Person {
            return false;
        }
        let nouns = self.frames.counted_nouns();
        let text = self.input.text;
        let surface = text.get(e.span.start..e.span.end).unwrap_or("");
        if (e.kind == EntityKind::Facility && !ids.contains(&"ship"))
            || nouns.name_holds(lang, &e.name, ids)
            || nouns.name_holds(lang, surface, ids)
        {
            return true;
        }
        // The noun right before the name, past an article.
        let b = self.before(0, e.span.start);
        if !b.han.is_empty() {
            return nouns.name_holds(lang, &b.han, ids);
        }
        // The words as written (a compound keeps its hyphen: "le porte-conteneurs X"), quotes
        // and the article left out.
        let mut start = e.span.start.saturating_sub(48);
        while start < e.span.start && !text.is_char_boundary(start) {
            start += 1;
        }
        let articles = &self.frames.rules(lang).articles;
        let word = text
            .get(start..e.span.start)
            .unwrap_or("")
            .split_whitespace()
            .rev()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
            .filter(|w| !w.is_empty())
            .take(2)
            .find(|w| !articles.contains(&fold_str(w)));
        word.is_some_and(|w| nouns.name_holds(lang, w, ids))
    }

    /// Whether the phrase of the figure `q` names a craft by its noun ("uno scafo lungo 56
    /// metri", "die 56 Meter lange Segeljacht", "la nave di X, lunga 290 metri", "这艘船全长56
    /// 米"): a Latin-script word of one of [`CRAFTS`] among the five words before the figure in
    /// its sentence or the two after it in its clause, or a Chinese one ending somewhere in
    /// that span.
    fn names_craft(&self, s: &Sentence<'_>, q: &QuantityMention) -> bool {
        let nouns = self.frames.counted_nouns();
        let text = self.input.text;
        // The figure's phrase: five words before it in its sentence, two after it in its
        // clause.
        let lo = s.span.start;
        let hi = s.clause_end(q.span.end);
        let head = text.get(lo..q.span.start).unwrap_or("");
        let starts = word_bounds(head, true);
        let lo = lo
            + starts
                .len()
                .checked_sub(5)
                .and_then(|k| starts.get(k).copied())
                .unwrap_or(0);
        let tail = text.get(q.span.end..hi).unwrap_or("");
        let hi = word_bounds(tail, false)
            .get(1)
            .map_or(hi, |&e| q.span.end + e);
        let Some(clause) = text.get(lo..hi) else {
            return false;
        };
        if !clause.chars().any(is_han) {
            return nouns.name_holds(s.lang, clause, CRAFTS);
        }
        clause
            .char_indices()
            .filter(|(_, c)| is_han(*c))
            .any(|(i, c)| {
                clause
                    .get(..i + c.len_utf8())
                    .is_some_and(|head| nouns.name_holds(s.lang, head, CRAFTS))
            })
    }

    /// The structure or craft a measure of the frame holds ([`Frame::craft_subject`]): the one
    /// the sentence names nearest the figure, or, where the sentence refers to one by its noun
    /// before the figure ("La nave, lunga 300 metri", "Die Brücke war 2,6 Kilometer lang"), the
    /// last one of that kind the paragraph or the text before names.
    fn craft_holder(
        &self,
        i: usize,
        s: &Sentence<'a>,
        q: &QuantityMention,
        ids: &[&str],
        aboard: bool,
    ) -> Option<(&'a EntityMention, SubjectSource, f64)> {
        let Markers { sources, .. } = self.markers(s);
        let named = s
            .entities
            .iter()
            .copied()
            .filter(|e| !e.span.overlaps(&q.span) && !self.marked_by(s, e, sources))
            .filter(|e| self.craft_of(s.lang, e, ids))
            .min_by_key(|e| gap(e.span, q.span));
        if let Some(e) = named {
            return Some((e, SubjectSource::Sentence, 1.0));
        }
        // The noun that refers back, before the figure.
        let nouns = self.frames.counted_nouns();
        let head = self
            .input
            .text
            .get(s.span.start..q.span.start)
            .unwrap_or("");
        let mut kinds: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|c| nouns.name_holds(s.lang, head, &[c]))
            .collect();
        // "A bordo c'erano 1.900 container": on board the craft the text last named.
        if kinds.is_empty() {
            let folded = s.folded.folded_of(0, s.span.len());
            let aboard = aboard
                || self
                    .frames
                    .rules(s.lang)
                    .aboard_words
                    .iter()
                    .any(|w| match_positions(folded, w).any(|x| stands_alone(folded, x, w)));
            if aboard {
                kinds = ids.to_vec();
            }
        }
        if kinds.is_empty() {
            return None;
        }
        (0..i)
            .rev()
            .take(12)
            .find_map(|j| {
                let lang = self.sentences.get(j).map_or(s.lang, |sp| self.lang_of(*sp));
                self.entities
                    .get(j)?
                    .iter()
                    .rev()
                    .copied()
                    .find(|e| self.craft_of(lang, e, &kinds))
            })
            .map(|e| (e, SubjectSource::Description, 0.7))
    }

    /// Whether the entity `e` credits a news agency at the head or the foot of a dispatch, no
    /// party of what the dispatch reports: alone in brackets before a dash ("PARIS (AFP) -",
    /// "Hamburg (dpa) –"), or closing a paragraph ("... (Reuters)."), or opening a line inside
    /// a bracket ("（中央社台北7日電）"), or opening the text's first line before its place
    /// and date ("新华社北京3月5日电").
    fn credit(&self, e: &EntityMention) -> bool {
        let text = self.input.text;
        let before = text.get(..e.span.start).unwrap_or("");
        let after = text.get(e.span.end..).unwrap_or("");
        let line = before.rsplit('\n').next().unwrap_or("");
        if self.bracketed(e) {
            // (A Chinese outlet's tag in lenticular brackets credits it: "【第一财经】".)
            if before.trim_end().ends_with('【') {
                return true;
            }
            let rest = after
                .trim_start()
                .trim_start_matches([')', '）', '】'])
                .trim_start_matches([' ', '\u{a0}']);
            let closes = rest.starts_with(['.', '。']) && {
                let tail = rest.get(rest.chars().next().map_or(0, char::len_utf8)..);
                tail.unwrap_or("")
                    .trim_start_matches([' ', '\u{a0}'])
                    .starts_with('\n')
                    || tail.unwrap_or("").trim().is_empty()
            };
            return rest.starts_with(['-', '–', '—', '\n']) || closes || rest.is_empty();
        }
        // A Chinese dispatch opens its line (or a bracket there) with the agency, the place
        // and the date, then the word of a dispatch ("（中央社紐約4日綜合外電報導）",
        // "新华社柏林2月24日电").
        let head = line.trim_start();
        let bracket = head.starts_with(['(', '（']);
        if !head.trim_start_matches(['(', '（']).is_empty()
            || !text
                .get(e.span.start..e.span.end)
                .unwrap_or("")
                .chars()
                .any(is_han)
        {
            return false;
        }
        let rest: String = after
            .chars()
            .take(30)
            .take_while(|c| !matches!(c, '。' | '，' | '\n' | ')' | '）' | ' ' | '\u{3000}'))
            .collect();
        let Some(day) = rest.find('日') else {
            return false;
        };
        // The words of a dispatch and of a bracketed report are data, folded (电, 报道).
        let tail = fold_str(rest.get(day..).unwrap_or(""));
        let (dispatch, report) = first_person::dispatch_words();
        dispatch.iter().any(|w| tail.contains(w.as_str()))
            || (bracket && report.iter().any(|w| tail.contains(w.as_str())))
    }

    /// Whether the name `e` of the sentence `span` is the source of an estimate there: one of
    /// the language's [`FoldedRules::estimate_verbs`] follows it with at most two words between
    /// them, outside brackets and with no comma, and does not report its own statement after a
    /// comma ("Mediobanca calcolava perdite di 25 milioni al giorno", "Die DZ Bank beziffert
    /// den Schaden auf"). A party so named put a figure on another's affairs: no referent of
    /// the next sentence's "the company".
    fn estimates_in(&self, span: Span, lang: Lang, e: &EntityMention) -> bool {
        let verbs = &self.frames.rules(lang).estimate_verbs;
        let text = self.input.text;
        let end = span.end.min(e.span.end + 80);
        let mut end = end.max(e.span.end);
        while end > e.span.end && !text.is_char_boundary(end) {
            end -= 1;
        }
        let folded = fold_str(text.get(e.span.end..end).unwrap_or(""));
        let Some((at, stop)) = first_standing(&folded, verbs) else {
            return false;
        };
        let lead = folded.get(..at).unwrap_or("");
        let rest = folded.get(stop..).unwrap_or("");
        if rest.trim_start().starts_with([',', '，', ':', '：']) {
            return false;
        }
        let plain = outside_brackets(lead);
        !plain.contains([',', '，', '.', ';', '。']) && words_in(&plain) <= 2
    }

    /// Whether a noun of analysts follows the name `e` (past a bracketed gloss): "Goldman Sachs
    /// analysts expect", "摩根大通（JPMorgan）分析師估計", "Commerzbank-Analysten erwarten": the
    /// body is the source of the analysts' figures ([`FoldedRules::source_nouns`]).
    fn source_after(&self, lang: Lang, e: &EntityMention) -> bool {
        let nouns = &self.frames.rules(lang).source_nouns;
        if nouns.is_empty() {
            return false;
        }
        let text = self.input.text;
        let mut after = text.get(e.span.end..).unwrap_or("");
        // Past a gloss in brackets ("美國銀行（Bank of America）分析師").
        let t = after.trim_start();
        if t.starts_with(['(', '（']) {
            if let Some(close) = t.find([')', '）']).filter(|&c| c <= 80) {
                after = t.get(close..).unwrap_or("");
                after = after
                    .get(after.chars().next().map_or(0, char::len_utf8)..)
                    .unwrap_or("");
            }
        }
        let head: String = after.chars().take(24).collect();
        let folded = fold_str(head.trim_start());
        nouns.iter().any(|n| opens_with(&folded, n))
    }

    /// Whether the place `e` of sentence `s` only qualifies the body that speaks the statement
    /// giving the figure `q`: the place opens the speaker's phrase, the phrase goes on with
    /// words of its own (the body's name and title: "意大利消防部门说，", "Greece's coast
    /// guard said that"; an aside in brackets and a day may stand in it) up to a verb of
    /// saying ([`FoldedRules::speech_verbs`]), and the statement opens right after the verb (a
    /// comma, a colon or a word that opens a clause) with the figure in it. News writing
    /// reports what others count through the body that counts it (a fire service, a coast
    /// guard, a weather service): the state or city that body belongs to is named to place
    /// the speaker, and holds none of the statement's figures. A place that speaks by
    /// itself ("中国宣布，", "France said that") is no such qualifier, nor is a place a day
    /// alone follows ("美国今天宣布，").
    fn qualifies_speaker(&self, s: &Sentence<'_>, e: &EntityMention, q: &QuantityMention) -> bool {
        let rules = self.frames.rules(s.lang);
        if rules.speech_verbs.is_empty() || e.kind != EntityKind::Place || e.span.end > q.span.start
        {
            return false;
        }
        let Some(between) = self.input.text.get(e.span.end..q.span.start) else {
            return false;
        };
        let folded = fold_str(between);
        let Some((at, stop)) = first_standing(&folded, &rules.speech_verbs) else {
            return false;
        };
        // The speaker's phrase after the place: a body's name of a few words, no clause.
        let lead = outside_brackets(folded.get(..at).unwrap_or(""));
        let lead: String = lead.chars().filter(|c| !c.is_ascii_digit()).collect();
        let words = words_in(&lead);
        if lead.contains([',', '，', '.', ';', '；', ':', '：', '。', '、'])
            || !(SPEAKER_MIN_WORDS..=SPEAKER_WORDS).contains(&words)
        {
            return false;
        }
        // The statement opens right after the verb.
        statement_opens(folded.get(stop..).unwrap_or(""), rules)
    }

    /// Where the text before bracketed entity `e` ends, its opening bracket and the spaces
    /// around it left out: the end of the name the brackets gloss. `None` when `e` stands in no
    /// brackets.
    fn bracket_head_end(&self, e: &EntityMention) -> Option<usize> {
        self.bracketed(e).then(|| {
            self.input
                .text
                .get(..e.span.start)
                .unwrap_or("")
                .trim_end()
                .trim_end_matches(['(', '（'])
                .trim_end()
                .len()
        })
    }

    /// Whether the entity `e` is a bracketed gloss of the mention right before it ("空中巴士
    /// （Airbus）", "英偉達（Nvidia）"): the same entity, whose head mention carries the markers
    /// ("向空中巴士（Airbus）"), so the gloss is no candidate of its own.
    fn gloss(&self, s: &Sentence<'_>, e: &EntityMention) -> bool {
        self.glosses(s, e, |h| h.id == e.id)
    }

    /// Whether `e` stands in brackets right after a name a cited source's marker introduces
    /// ("Secondo la Federazione italiana tennis e padel (Fitp), ..."): the source's short name.
    fn source_gloss(&self, s: &Sentence<'_>, e: &EntityMention, sources: &[&String]) -> bool {
        self.glosses(s, e, |h| self.marked_by(s, h, sources))
    }

    /// Whether `e` stands in brackets right after a mention `h` of sentence `s` (the name the
    /// brackets gloss, [`Context::bracket_head_end`]) for which `head` holds.
    fn glosses(
        &self,
        s: &Sentence<'_>,
        e: &EntityMention,
        head: impl Fn(&EntityMention) -> bool,
    ) -> bool {
        let Some(open) = self.bracket_head_end(e) else {
            return false;
        };
        s.entities
            .iter()
            .any(|h| h.span.end == open && h.span.start < e.span.start && head(h))
    }

    /// The document's main subject by sentence `i`: its most mentioned entity of the slot's
    /// kinds (at least twice), then the first mentioned, among names the text has introduced by
    /// then. A person is the main subject only of a slot that takes nothing but people: the
    /// interviewee of a company story speaks for it.
    fn main_subject(
        &self,
        i: usize,
        slot: &Slot,
        exclude: Option<&str>,
    ) -> Option<&'a EntityMention> {
        let people_only = slot.kinds.first() == Some(&EntityKind::Person);
        // A place is where a story happens more often than its party: where the slot prefers
        // other kinds, the most named place is the main subject only where no party is named
        // twice ("Porto di Trieste, Cma Cgm ed Evergreen investono ...: a Trieste ... 18 gru").
        let place_last = slot.rank(EntityKind::Place).is_some_and(|r| r > 0);
        let mut best: Option<(&'a EntityMention, (bool, usize))> = None;
        // The entities are in the order of their first sentence: those introduced by sentence
        // `i` are a prefix.
        for &(e, n, j) in self.mention_counts().iter().take_while(|c| c.2 <= i) {
            if slot.rank(e.kind).is_none()
                || exclude == Some(e.id.as_str())
                || e.kind == EntityKind::Person && !people_only
                || self.partner(slot, e)
                || self.holds_nothing(e)
            {
                continue;
            }
            // A name the document introduces as the source of its figures ("selon les chiffres
            // publiés par X (X)") is not what it speaks of.
            if self.sentences.get(j).is_some_and(|span| {
                self.sourced_by_agent(span.start, self.lang_of(*span), e.span.start)
            }) {
                continue;
            }
            let weight = (!(place_last && e.kind == EntityKind::Place), n);
            if n >= 2 && best.is_none_or(|(_, bw)| weight > bw) {
                best = Some((e, weight));
            }
        }
        best.map(|(e, _)| e)
    }

    /// The document's thing ([`Context::thing`]) where it holds the figure `q` of `frame`
    /// instead of `subject`, the subject found so far: the frame measures or counts a thing's
    /// property ([`Frame::thing_subject`]), not in percent (a share or a change is some
    /// other fact's), and the subject found is none (for a figure a noun names), a place the
    /// sentence governs with a preposition (a scene, an endpoint), a place the context gives,
    /// or a party the context gives where the thing is a facility or a name set off by quotes
    /// and no noun refers back to a company.
    #[allow(clippy::too_many_arguments)]
    fn thing_for(
        &self,
        s: &Sentence<'a>,
        q: &QuantityMention,
        frame: &Frame,
        choice: &Choice,
        region: Span,
        object: Option<&str>,
        subject: Option<(&'a EntityMention, SubjectSource, f64)>,
    ) -> Option<&'a EntityMention> {
        if !frame.thing_subject || q.quantity.unit == Unit::Percent {
            return None;
        }
        let t = self.thing()?;
        if object == Some(t.id.as_str()) {
            return None;
        }
        let takes = match subject {
            None => !choice.bare,
            Some((e, _, _)) if e.id == t.id => false,
            Some((e, SubjectSource::Sentence, _)) => {
                e.kind == EntityKind::Place
                    && s.entities.iter().any(|o| o.id == e.id)
                    && self.marked_by(s, e, &self.markers(s).preps)
            }
            // A party the context gives yields to a facility (a cathedral, a plant) or a name
            // the headline sets off as what it launches ("Volta stellt „Pulsar“ vor"), not to
            // a product it merely names beside a company ("X, utili record grazie ai chip Y",
            // "la CNIL inflige une amende à TikTok"), nor where a noun refers back to a
            // company ("le groupe compte").
            Some((e, _, _)) => {
                e.kind == EntityKind::Place
                    || ((t.kind == EntityKind::Facility
                        || self.quoted(t)
                        || self.landmark(t)
                        || self.plant_site(t))
                        && self.noun_anaphor_before(s, region).is_none())
            }
        };
        takes.then_some(t)
    }

    /// Whether the mention `e` is a place a preposition of its sentence's language governs:
    /// the scene of what the sentence tells, not its party.
    fn scene(&self, e: &EntityMention) -> bool {
        e.kind == EntityKind::Place
            && self
                .sentences
                .iter()
                .find(|sp| sp.start <= e.span.start && e.span.end <= sp.end)
                .is_some_and(|span| {
                    let lang = self.lang_of(*span);
                    let preps = &self.frames.rules(lang).prepositions;
                    self.marked_at(span.start, lang, e.span.start, preps)
                })
    }

    /// Whether the figure `q` opens its clause: nothing but articles and conjunctions of the
    /// sentence's languages stand between the clause's start and the figure ("Dimanche, quatre
    /// malfaiteurs ont hissé", "et 6 000 policiers ont été mobilisés", "Die 40 Ermittler").
    fn opens_clause(&self, s: &Sentence<'_>, q: &QuantityMention) -> bool {
        let at = |p: usize| p.saturating_sub(s.span.start);
        let start = s.clause_start(q.span.start);
        let lead = s.folded.folded_of(at(start), at(q.span.start));
        lead.split(|c: char| !is_word_char(Some(c)) && !is_han(c))
            .filter(|w| !w.is_empty())
            .all(|w| {
                s.langs.iter().any(|l| {
                    let r = self.frames.rules(*l);
                    r.articles.iter().any(|a| a == w) || r.conjunctions.iter().any(|c| c == w)
                })
            })
    }

    /// Whether the name `e` qualifies the figure's counted noun: a word of the genitive
    /// ([`CountedNouns::holders`], and an article) joins it right after the noun, or right
    /// after the figure where no noun was found ("2 000 salariés de Renault", "9.000
    /// Mitarbeiter von Siemens", "1 200 dipendenti del gruppo X" does not: a noun between).
    ///
    /// [`CountedNouns::holders`]: super::nouns::CountedNouns::holders
    fn qualifies_noun(
        &self,
        s: &Sentence<'_>,
        q: &QuantityMention,
        noun: Option<Span>,
        e: &EntityMention,
    ) -> bool {
        let from = noun.map_or(q.span.end, |n| n.end);
        if e.span.start < from {
            return false;
        }
        let at = |p: usize| p.saturating_sub(s.span.start);
        let between = s.folded.folded_of(at(from), at(e.span.start));
        let words: Vec<&str> = between
            .split(|c: char| !is_word_char(Some(c)) || c == '\'' || c == '’')
            .filter(|w| !w.is_empty())
            .collect();
        let nouns = self.frames.counted_nouns();
        let holder = |p: &str| {
            s.langs
                .iter()
                .any(|l| nouns.holders(*l).iter().any(|x| x == p))
        };
        let article = |a: &str| {
            s.langs
                .iter()
                .any(|l| self.frames.rules(*l).articles.iter().any(|x| x == a))
        };
        // "Mitglieder der Gewerkschaft X", "iscritti al sindacato X": the head noun of a body
        // (written small, so no name of its own) may stand before the name.
        let head = |h: &str| s.langs.iter().any(|l| nouns.holder_head(*l, h));
        match words.as_slice() {
            [p] => holder(p),
            [p, a] => holder(p) && (article(a) || head(a)),
            [p, a, h] => holder(p) && article(a) && head(h),
            _ => false,
        }
    }

    /// Whether a word of [`FoldedRules::total_markers`] makes the figure `q` a whole: it stands
    /// between the cue and the figure, or right after the figure in its clause ("55 Dollar je
    /// Aktie, insgesamt 14 Milliarden Dollar", "soit 3,2 milliards d'euros au total").
    fn total_marked(&self, s: &Sentence<'_>, q: &QuantityMention, cue: Span) -> bool {
        let at = |p: usize| p.saturating_sub(s.span.start);
        let end = s.clause_end(q.span.end).min(q.span.end + TOTAL_AFTER);
        let spans = [
            (cue.end.min(q.span.start), q.span.start.max(cue.end)),
            (q.span.end, end.max(q.span.end)),
        ];
        spans.iter().any(|&(a, b)| {
            let stretch = s.folded.folded_of(at(a), at(b));
            s.langs.iter().any(|l| {
                self.frames
                    .rules(*l)
                    .total_markers
                    .iter()
                    .any(|w| match_positions(stretch, w).any(|x| stands_alone(stretch, x, w)))
            })
        })
    }

    /// Whether `e` filled the object slot of a claim of one of the frames of
    /// [`Slot::not_objects_of`] before: the other party, which the context never makes the
    /// slot's entity.
    fn partner(&self, slot: &Slot, e: &EntityMention) -> bool {
        if slot.not_objects_of.is_empty() {
            return false;
        }
        let state = self.state_for(slot, e).map(|st| st.id.as_str());
        self.partners.borrow().iter().any(|(f, id)| {
            (*id == e.id || state == Some(id.as_str()))
                && self
                    .frames
                    .frames()
                    .get(*f)
                    .is_some_and(|fr| slot.not_objects_of.contains(&fr.key))
        })
    }

    /// The state a capital city or a state's public body stands for in a slot that takes
    /// states ([`Slot::states`]): the document's first mention of that state, where it names
    /// it.
    fn state_for(&self, slot: &Slot, e: &EntityMention) -> Option<&'a EntityMention> {
        if !slot.states
            || !matches!(
                e.kind,
                EntityKind::Place | EntityKind::Organization | EntityKind::Other
            )
        {
            return None;
        }
        match self
            .frames
            .state_of(&e.id)
            .filter(|_| e.kind != EntityKind::Other)
        {
            Some(state) => self.input.entities.iter().find(|m| m.id == state),
            None => self.body_state(e),
        }
    }

    /// Whether `e` is an organization (or a discovered name of no known kind) that
    /// [`crate::claim::FramesData::state_bodies`] does not place, whose name makes it a
    /// state's public body ([`Frames::names_state_body`]: "le ministère de la Santé", "die
    /// Bundesregierung").
    fn discovered_body(&self, e: &EntityMention) -> bool {
        matches!(e.kind, EntityKind::Organization | EntityKind::Other)
            && self.frames.state_of(&e.id).is_none()
            && self.frames.names_state_body(&e.name)
    }

    /// The state a discovered public body `e` ([`Context::discovered_body`]) speaks for: the
    /// state the sentences before its own name most often (capitals counting for their
    /// states, the first named on a tie), else the nearest state its own sentence names before it. Never
    /// a state named after it (the other party: "a commandé des doses à l'Inde").
    fn body_state(&self, e: &EntityMention) -> Option<&'a EntityMention> {
        if !self.discovered_body(e) {
            return None;
        }
        let i = sentence_of(&self.sentences, e.span)?;
        self.most_named_state(i).or_else(|| {
            self.entities
                .get(i)?
                .iter()
                .filter(|m| m.span.end <= e.span.start)
                .rev()
                .find_map(|m| self.as_state(m))
        })
    }

    /// The state mention `e` stands for in a slot that takes affected states
    /// ([`Slot::affected`]): itself where it is a state, else the state its capital city
    /// stands for, where the document names that state.
    fn as_state(&self, e: &'a EntityMention) -> Option<&'a EntityMention> {
        if e.kind != EntityKind::Place {
            return None;
        }
        if self.frames.is_state(&e.id) {
            return Some(e);
        }
        let state = self.frames.data().capitals.get(&e.id)?;
        self.input.entities.iter().find(|m| &m.id == state)
    }

    /// The state a toll or an epidemic's figure `q` of sentence `i` belongs to
    /// ([`Slot::affected`]): a state the sentence names (not as the source of the report, nor
    /// the other side of a comparison), the nearest before the figure, else the first after
    /// it; else the state the same paragraph named last before; else the document's most
    /// named state by then (capitals counting for their states), the first named on a tie.
    fn affected_state(
        &self,
        i: usize,
        s: &Sentence<'a>,
        q: &QuantityMention,
    ) -> Option<(&'a EntityMention, SubjectSource, f64)> {
        let Markers {
            sources, compared, ..
        } = self.markers(s);
        let named: Vec<(&'a EntityMention, &'a EntityMention)> = s
            .entities
            .iter()
            .filter(|e| !e.span.overlaps(&q.span))
            .filter(|e| {
                !self.marked_by(s, e, sources)
                    && !self.marked_by(s, e, compared)
                    && !self.sourced_by_agent(s.span.start, s.lang, e.span.start)
            })
            .filter_map(|&e| self.as_state(e).map(|st| (e, st)))
            .collect();
        let before = named
            .iter()
            .filter(|(e, _)| e.span.end <= q.span.start)
            .max_by_key(|(e, _)| e.span.end);
        let after = named
            .iter()
            .filter(|(e, _)| e.span.start >= q.span.end)
            .min_by_key(|(e, _)| e.span.start);
        if let Some((_, st)) = before.or(after) {
            return Some((st, SubjectSource::Sentence, 1.0));
        }
        // The paragraph's last state before the sentence.
        for j in (0..i).rev() {
            if !self.same_paragraph(j, j + 1) {
                break;
            }
            let last = self
                .entities
                .get(j)
                .into_iter()
                .flatten()
                .rev()
                .find_map(|&e| self.as_state(e));
            if let Some(st) = last {
                return Some((st, SubjectSource::PreviousSentence, 0.6));
            }
        }
        // The document's most named state by this sentence.
        self.most_named_state(i + 1)
            .map(|st| (st, SubjectSource::Document, 0.5))
    }

    /// The state the document's first `n` sentences name most often (capitals counting for
    /// their states), the first named on a tie: counted once per document, in one pass over
    /// its sentences, not once per figure.
    fn most_named_state(&self, n: usize) -> Option<&'a EntityMention> {
        let per_sentence = self.named_states.get_or_init(|| {
            let mut counts: Vec<(&'a EntityMention, usize)> = Vec::new();
            let mut out = Vec::with_capacity(self.entities.len());
            for sentence in &self.entities {
                for &m in sentence {
                    let Some(st) = self.as_state(m) else {
                        continue;
                    };
                    match counts.iter_mut().find(|(x, _)| x.id == st.id) {
                        Some((_, c)) => *c += 1,
                        None => counts.push((st, 1)),
                    }
                }
                // The first of the most named, in the order they were first named.
                let mut best: Option<(&'a EntityMention, usize)> = None;
                for &(st, c) in &counts {
                    if best.is_none_or(|(_, bc)| c > bc) {
                        best = Some((st, c));
                    }
                }
                out.push(best.map(|(st, _)| st));
            }
            out
        });
        // (Past the last sentence: the whole document's.)
        let last = n.min(per_sentence.len()).checked_sub(1)?;
        per_sentence.get(last).copied().flatten()
    }

    /// Whether the entity at `pos` of the sentence starting at `from` is the agent of a
    /// phrase that one of the language's source markers opens a few words before, with no
    /// punctuation between ("selon les chiffres publiés vendredi par X", "secondo i dati
    /// diffusi ieri dall'X", "according to figures released by X"), or its complement of a
    /// word that joins a noun to its holder ("selon des données du X", "secondo le proiezioni
    /// dell'X", "according to estimates of X": [`CountedNouns::holders`]): the source of the
    /// report, no party of its figures.
    ///
    /// [`CountedNouns::holders`]: super::nouns::CountedNouns::holders
    fn sourced_by_agent(&self, from: usize, lang: Lang, pos: usize) -> bool {
        let key = (from, lang, pos);
        if let Some(&b) = self.sourced.borrow().get(&key) {
            return b;
        }
        let b = self.sourced_by_agent_uncached(from, lang, pos);
        self.sourced.borrow_mut().insert(key, b);
        b
    }

    fn sourced_by_agent_uncached(&self, from: usize, lang: Lang, pos: usize) -> bool {
        let rules = self.frames.rules(lang);
        let marked = |l: &[String]| !l.is_empty() && self.marked_at(from, lang, pos, l);
        let agent = marked(&rules.passive_agents);
        // The complement of a holder's word stands right after the noun the marker cites
        // ("selon des données du X"), never after a role ("secondo l'amministratore delegato
        // di X": the person speaks for X) nor after a verb further on ("Analysten der Bank
        // bezifferten den Abfluss bei X").
        let holder = !agent && marked(self.frames.counted_nouns().holders(lang));
        if !agent && !holder {
            return false;
        }
        let text = self.input.text;
        let mut start = pos.saturating_sub(SOURCE_PHRASE_BYTES).max(from);
        while start < pos && !text.is_char_boundary(start) {
            start += 1;
        }
        let Some(raw) = text.get(start..pos) else {
            return false;
        };
        let tail = raw
            .rsplit(|c: char| {
                matches!(
                    c,
                    ',' | ';' | ':' | '.' | '(' | ')' | '«' | '»' | '"' | '–' | '—'
                ) || matches!(c, '，' | '；' | '：' | '。')
            })
            .next()
            .unwrap_or("");
        let folded = fold_str(tail);
        rules
            .source_markers
            .iter()
            .filter(|m| !m.chars().any(is_han))
            .any(|m| {
                match_positions(&folded, m).any(|x| {
                    stands_alone(&folded, x, m)
                        && folded.get(x + m.len()..).is_some_and(|rest| {
                            if !holder {
                                return words_in(rest) <= SOURCE_PHRASE_WORDS;
                            }
                            words_in(rest) <= SOURCE_HOLDER_WORDS
                                && !rest.split(|c: char| !is_word_char(Some(c))).any(|w| {
                                    rules.leaders.iter().any(|l| role_words(l).any(|r| r == w))
                                })
                        })
                })
            })
    }

    /// Whether `e` is the subject of a claim of a financing frame in sentence `j`.
    fn financier_in(&self, e: &EntityMention, j: Option<usize>) -> bool {
        j.is_some_and(|j| {
            self.financiers
                .borrow()
                .iter()
                .any(|(k, id)| *k == j && *id == e.id)
        })
    }

    /// Whether the document first names `e` in sentence `j`.
    fn first_named_in(&self, e: &EntityMention, j: usize) -> bool {
        self.mention_counts()
            .iter()
            .find(|c| c.0.id == e.id)
            .is_some_and(|c| c.2 == j)
    }

    /// The first entity `keep` keeps in the headline of sentence `i`'s section (the nearest
    /// headline before it, at most [`HEADLINE_LOOKBACK`] sentences back).
    fn headline_entity(
        &self,
        i: usize,
        keep: impl Fn(&'a EntityMention) -> bool,
    ) -> Option<&'a EntityMention> {
        let j = (0..i)
            .rev()
            .take(HEADLINE_LOOKBACK)
            .find(|&j| self.headline.get(j) == Some(&true))?;
        // A headline line of several sentences ("Spagna, vince X. Crolla Y"): its first
        // sentence names the topic, then the others in order.
        let same_line = |k: usize| {
            matches!(
                (self.sentences.get(k), self.sentences.get(k + 1)),
                (Some(a), Some(b)) if self.input.text.get(a.end..b.start).is_some_and(|t| !t.contains('\n'))
            )
        };
        let mut first = j;
        while first > 0 && same_line(first - 1) {
            first -= 1;
        }
        (first..=j).find_map(|k| self.entities.get(k)?.iter().copied().find(|e| keep(e)))
    }

    /// The subject from the context of sentence `i`, when the sentence names none.
    ///
    /// From the previous sentence: the entity of the slot's preferred kind, then one no
    /// preposition governs (the clause's subject rather than a complement), then, where the
    /// sentence refers back (`topic`: "la casa svizzera stima", "le groupe propose"), the
    /// document's main subject, then the first mentioned; never a cited source nor a name in
    /// brackets (a dateline's agency). A person from the previous sentence stands in for a slot
    /// that also takes organizations only when nothing else does: "Il presidente X ha
    /// annunciato ... Il gruppo investirà" speaks of the group.
    fn context_subject(
        &self,
        i: usize,
        frame: &Frame,
        exclude: Option<&str>,
        carried: Option<&'a EntityMention>,
        topic: bool,
    ) -> Option<(&'a EntityMention, SubjectSource)> {
        let (slot, financing) = (&frame.subject, frame.financing);
        let lang = self
            .sentences
            .get(i)
            .map_or(self.input.lang, |span| self.lang_of(*span));
        // A competition is no competitor, nor is the other side the figure's own sentence
        // names ("Battendo X, ha incassato"): see `Frame::contest`.
        let opponents: Vec<&str> = match (frame.contest, self.sentences.get(i)) {
            (true, Some(span)) => self
                .entities
                .get(i)
                .into_iter()
                .flatten()
                .filter(|e| self.opponent(span.start, lang, e))
                .map(|e| e.id.as_str())
                .collect(),
            _ => Vec::new(),
        };
        let event = |e: &EntityMention| {
            (frame.contest
                && (self.names_event(lang, e)
                    || self.names_venue(lang, e)
                    || opponents.contains(&e.id.as_str())))
                || (frame.event_subject
                    && e.kind == EntityKind::Other
                    && !self.names_event(lang, e)
                    && !self.names_venue(lang, e))
        };
        let fits = |e: &&&'a EntityMention| {
            slot.rank(e.kind).is_some()
                && exclude != Some(e.id.as_str())
                && !event(e)
                && !self.partner(slot, e)
                && !self.holds_nothing(e)
        };
        // A slot that prefers people (an athlete's, a player's) takes a person from the
        // context as readily as anything else.
        let people_only = slot.kinds.first() == Some(&EntityKind::Person);
        let main = self.main_subject(i, slot, exclude).filter(|e| !event(e));
        // The document's topic, once the text has named it: a place found in the context
        // stands in for it only where the slot prefers places ("Dopo dieci giorni ... a Lugano.
        // La fiera ha incassato": the fair's, not the city's).
        let doc_topic = self.topic().filter(|t| {
            // A place the headline is about leaves the places found as they are.
            t.kind != EntityKind::Place
                && self.topic_fits(frame, t)
                && exclude != Some(t.id.as_str())
                && !event(t)
                && !self.partner(slot, t)
                && (people_only || t.kind != EntityKind::Person)
                && self
                    .mention_counts()
                    .iter()
                    .find(|c| c.0.id == t.id)
                    .is_some_and(|c| c.2 <= i)
        });
        // Where the headline's topic is a place (the country of "US lottery jackpot climbs"),
        // the named thing the headline is about stands in for the country the context gives.
        let thing_topic = self.headline_thing().filter(|t| {
            self.topic_fits(frame, t)
                && exclude != Some(t.id.as_str())
                && !event(t)
                && !self.partner(slot, t)
                && self
                    .mention_counts()
                    .iter()
                    .find(|c| c.0.id == t.id)
                    .is_some_and(|c| c.2 <= i)
        });
        let to_topic = |e: &'a EntityMention| {
            if e.kind != EntityKind::Place || slot.rank(EntityKind::Place) == Some(0) {
                return None;
            }
            match (doc_topic, thing_topic) {
                (Some(t), _) => (t.id != e.id).then_some(t),
                // A country, not a city nor a region: the setting of the thing, where a town
                // may be the very scene the story's figures are about.
                (None, Some(t)) => (t.id != e.id && self.frames.is_state(&e.id)).then_some(t),
                _ => None,
            }
        };
        let mut person: Option<&'a EntityMention> = None;
        // The previous sentence's party of a loan or a subsidy, set aside: the subject where
        // nobody else is left ("X ha ottenuto un prestito. Il cantiere durerà tre anni").
        let mut lender: Option<&'a EntityMention> = None;
        let p = i.checked_sub(1);
        if let (Some(prev), Some(span)) = (
            p.and_then(|p| self.entities.get(p)),
            p.and_then(|p| self.sentences.get(p)),
        ) {
            let lang = self.lang_of(*span);
            let rules = self.frames.rules(lang);
            let preps = &rules.prepositions;
            let governed =
                |e: &EntityMention| self.marked_at(span.start, lang, e.span.start, preps);
            // Where the previous sentence speaks of a loan or a subsidy ("CDP apporterà un
            // prestito agevolato"), the subject carried from before it is the project's party.
            if !financing && prev.iter().any(|e| self.financier_in(e, p)) {
                if let Some(e) = carried.filter(|e| fits(&e) && !self.financier_in(e, p)) {
                    return Some((e, SubjectSource::PreviousSentence));
                }
            }
            if !financing {
                lender = prev
                    .iter()
                    .copied()
                    .filter(|e| fits(&e) && e.kind != EntityKind::Person)
                    .find(|e| self.financier_in(e, p));
            }
            let candidates: Vec<&&'a EntityMention> = prev
                .iter()
                .filter(fits)
                .filter(|e| !self.cited_in_span(*span, e))
                // "... avec des fonds de la mairie. Le parquet a évalué le préjudice à": the body
                // whose funds were taken is no offender.
                .filter(|e| {
                    slot.victims
                        || !self.marked_at(span.start, lang, e.span.start, &rules.victim_markers)
                })
                .filter(|e| !self.sourced_by_agent(span.start, lang, e.span.start))
                .filter(|e| !self.bracketed(e) && !self.credit(e))
                .filter(|e| !self.source_after(lang, e))
                // A dateline's city is where the story was filed, not what it speaks of.
                .filter(|e| !self.in_dateline(e))
                // The party of the previous sentence's loan or subsidy may be the lender or the
                // authority beside a project: not the subject of the project's own figures.
                .filter(|e| financing || !self.financier_in(e, p))
                // A discovered name a preposition governs is more likely a place than a party
                // ("le groupe de Rueil-Malmaison"); a known place so governed is where things
                // happen, not their holder, where the slot prefers other kinds.
                .filter(|e| !(e.score < DISCOVERED_SCORE && governed(e)))
                .filter(|e| {
                    slot.rank(e.kind) == Some(0) || !self.located(span.start, lang, e, prev)
                })
                // A sentence that refers back to a company ("le groupe en attend", "la società
                // varrebbe") does not speak of a place.
                .filter(|e| !(topic && e.kind == EntityKind::Place && slot.rank(e.kind) > Some(0)))
                // A name inside a figure ("7,1 miliardi di dollari Usa") qualifies its unit.
                .filter(|e| {
                    !p.and_then(|p| self.quantities.get(p))
                        .is_some_and(|qs| qs.iter().any(|q| q.span.contains(&e.span)))
                })
                // The other side of a contest ("battendo in finale X") won none of the
                // winner's figures.
                .filter(|e| {
                    !(frame.contest
                        && (self.opponent(span.start, lang, e) || self.names_event(lang, e)))
                })
                .collect();
            // Of two places, the one the document speaks of ("意大利水都威尼斯", "Venise, en
            // Italie": the city, not the country that locates it).
            // Two events the sentence before names apart ("X gewann die Vienna Open, Y das
            // Rolex Masters"): an event's figure after them is neither's for sure.
            if frame.event_subject
                && candidates.iter().any(|a| {
                    candidates.iter().any(|b| {
                        a.id != b.id
                            && self.names_event(lang, a)
                            && self.names_event(lang, b)
                            && !name_within(&a.name, &b.name)
                            && !name_within(&b.name, &a.name)
                    })
                })
            {
                return None;
            }
            // The source of an estimate there ("Mediobanca calcolava perdite di"), unless the
            // story's own topic: a later choice than the party it put a figure on.
            let estimates = |e: &EntityMention| {
                main.is_none_or(|m| m.id != e.id) && self.estimates_in(*span, lang, e)
            };
            let key = |e: &&&'a EntityMention| {
                (
                    slot.rank(e.kind),
                    estimates(e),
                    governed(e),
                    (topic || e.kind == EntityKind::Place) && main.is_none_or(|m| m.id != e.id),
                    e.span.start,
                )
            };
            if let Some(e) = candidates
                .iter()
                .filter(|e| people_only || e.kind != EntityKind::Person)
                .min_by_key(|e| key(e))
            {
                // Only a complement is left, deep in the sentence and with no person it could
                // qualify ("... 18 000 puces de Nvidia. La start-up, qui emploie"; not "Le
                // président de Volaris a salué", "Nuovo round per Volaris."): the document's
                // main subject is the more salient referent.
                let opening = self
                    .input
                    .text
                    .get(span.start..e.span.start)
                    .is_some_and(|t| words_in(t) <= 6);
                // So is it where the previous sentence closes another paragraph ("M. X, évincé
                // d'Intel fin 2024, ...\n\nLe conseil a approuvé un dividende").
                let far = p.is_some_and(|p| !self.same_paragraph(p, i));
                let deep = !opening && !prev.iter().any(|p| p.kind == EntityKind::Person);
                if governed(e) && (deep || far) {
                    if let Some(m) = main.filter(|m| m.id != e.id) {
                        return Some((m, SubjectSource::Document));
                    }
                }
                // A noun that refers back at the head of a new paragraph ("La banca Y, che
                // detiene il 25%, resta primo azionista di X.\n\nLa società conta") speaks of
                // the story's main subject where the previous sentence names it too, not of a
                // party that sentence introduced in passing (first named there).
                if topic && far && p.is_some_and(|p| self.first_named_in(e, p)) {
                    if let Some(m) =
                        main.filter(|m| m.id != e.id && prev.iter().any(|o| o.id == m.id))
                    {
                        return Some((m, SubjectSource::Document));
                    }
                }
                // A party the whole document names once, in the sentence before, is named in
                // passing ("Siemens hat seine Zahlen vorgelegt. Auch Lufthansa berichtete. Der
                // Umsatz stieg auf"): a figure the next sentence leaves unnamed goes on with the
                // story's main party, where the headline names it. (Not a place nor a person
                // named once: the scene the story moves to, or someone it goes on to describe.)
                let once = !matches!(e.kind, EntityKind::Place | EntityKind::Person)
                    && self
                        .mention_counts()
                        .iter()
                        .find(|c| c.0.id == e.id)
                        .is_some_and(|c| c.1 == 1);
                if once {
                    if let Some(m) = main.filter(|m| m.id != e.id && self.headline_names(m)) {
                        return Some((m, SubjectSource::Document));
                    }
                }
                if let Some(t) = to_topic(e) {
                    return Some((t, SubjectSource::Document));
                }
                return Some((e, SubjectSource::PreviousSentence));
            }
            person = candidates.into_iter().min_by_key(|e| key(e)).copied();
        }
        // An event's figure: the one event the document names.
        if frame.event_subject {
            if let Some(e) = self.document_event(i, lang).filter(|e| fits(&e)) {
                return Some((e, SubjectSource::Document));
            }
        }
        // The previous sentence names nobody but carried a subject on from before.
        if let Some(e) = carried.filter(|e| fits(&e) && (financing || !self.financier_in(e, p))) {
            if people_only || e.kind != EntityKind::Person || person.is_none() {
                if let Some(t) = to_topic(e) {
                    return Some((t, SubjectSource::Document));
                }
                return Some((e, SubjectSource::PreviousSentence));
            }
        }
        // (A city or a region the headline sets as the scene yields to the story's main
        // subject: "Klimagipfel in X einigt sich" speaks of the summit the text names twice,
        // not of X; a state so named is the one the story is about, "épidémie en France", and
        // so is a scene the text names no other party for, "Alluvione in X, la conta dei
        // danni".)
        if let Some(e) = self.headline_entity(i, |e| {
            fits(&&e)
                && (people_only || e.kind != EntityKind::Person || person.is_none())
                && (!self.scene(e)
                    || self.frames.is_state(&e.id)
                    || main.is_none_or(|m| m.id == e.id))
        }) {
            return Some((to_topic(e).unwrap_or(e), SubjectSource::Headline));
        }
        main.map(|e| to_topic(e).unwrap_or(e))
            .or(doc_topic)
            .map(|e| (e, SubjectSource::Document))
            .or(person.map(|e| (e, SubjectSource::PreviousSentence)))
            .or(lender.map(|e| (e, SubjectSource::PreviousSentence)))
    }

    /// The frame a figure takes from the figure `p` before it in its sentence (of the frame
    /// `c` chose), where a frame [`Frame::follows`] that one, accepts the figure's unit and
    /// one of its markers stands right before the figure, with no figure in between: the level
    /// a change reached ("l'action a pris 1,4 %, à 15,62 euros", "stieg um 19 Prozent auf
    /// 47,10 Euro", "收涨11.4%，报62.35港元"), with neither a figure nor a name in between
    /// and at most [`FOLLOW_GAP`] bytes apart.
    fn following(
        &self,
        s: &Sentence<'_>,
        p: &QuantityMention,
        c: Choice,
        q: &QuantityMention,
    ) -> Option<Choice> {
        if c.bare || p.span.end > q.span.start {
            return None;
        }
        let frames = self.frames.frames();
        let key = frames.get(c.frame)?.key.as_str();
        // Nothing between the two: no other figure, and no name (another party's figure:
        // "sono salite del 3%, mentre Renault ha pagato un dividendo a 2 euro"). A date is no
        // figure of another fact ("en baisse de 8 % en 2022, à 40 millions de tonnes").
        if !nothing_between(s, p.span, q.span) {
            return None;
        }
        let inside = |o: Span| o.start >= p.span.end && o.end <= q.span.start;
        // Nor a strong cue of a frame that takes the figure and follows nothing: it names the
        // figure's own fact ("出口增长8.4%，贸易顺差扩大至261亿美元": the surplus, not exports).
        let named = s.cues.iter().any(|cue| {
            !cue.weak
                && inside(cue.span)
                && frames
                    .get(cue.frame)
                    .is_some_and(|f| f.follows.is_empty() && f.accepts(q.quantity.unit))
        });
        if named {
            return None;
        }
        let gap = self.follow_gap(p.span.end, q.span.start)?;
        let frame = frames.iter().position(|f| {
            f.accepts(q.quantity.unit)
                && f.follows.iter().any(|k| k == key)
                && ends_with_follow_marker(f, &s.langs, &gap)
        })?;
        Some(Choice::unnamed(frame, 0.9, false))
    }

    /// The text between two figures (`from..to`), folded and trimmed at its end, where it is
    /// at most [`FOLLOW_GAP`] bytes long: where [`ends_with_follow_marker`] looks for the marker
    /// that introduces the second figure.
    fn follow_gap(&self, from: usize, to: usize) -> Option<String> {
        let gap = self.input.text.get(from..to)?;
        if gap.len() > FOLLOW_GAP {
            return None;
        }
        Some(fold_str(gap).trim_end().to_string())
    }

    fn choose_frame(&self, s: &Sentence<'_>, q: &QuantityMention) -> Option<Choice> {
        let key = (s.span, q.span);
        if let Some(&c) = self.choices.borrow().get(&key) {
            return c;
        }
        let c = self.choose_frame_uncached(s, q);
        self.choices.borrow_mut().insert(key, c);
        c
    }

    fn choose_frame_uncached(&self, s: &Sentence<'_>, q: &QuantityMention) -> Option<Choice> {
        // Strong cues first; a weak cue (a word several frames share) only where none applies.
        // A weak cue of a deal's frame ("zahlt", "paie") names the deal only in a story that
        // reports one.
        let frames = self.frames.frames();
        let weak_ok = |c: &Cue| {
            c.weak && (!frames.get(c.frame).is_some_and(|f| f.deal) || self.deal().is_some())
        };
        let on_its_own = |f: &Frame| !f.refine_only;
        let best = self
            .best_cue(s, q, |c| !c.weak, on_its_own)
            .or_else(|| self.best_cue(s, q, weak_ok, on_its_own));
        // A frame that counts some things only ([`Frame::counts`]) leaves a figure of another
        // counted noun to that noun, and a figure with decimals (a magnitude, "7,1") counts
        // none of them.
        let best = best.filter(|c| {
            let counts = frames.get(c.frame).map_or(&[][..], |f| f.counts.as_slice());
            counts.is_empty()
                || (whole(&q.quantity.value)
                    && self.counted_noun(s, q).is_none_or(|n| {
                        n.noun.is_none_or(|(concept, _)| {
                            self.frames
                                .counted_nouns()
                                .concept(concept)
                                .is_none_or(|id| counts.iter().any(|k| k == id))
                        })
                    }))
        });
        // "Ogni treno porta 600 passeggeri; la linea ha quattro stazioni e 13 gallerie": a
        // noun right after the figure says what it counts better than a cue of another
        // clause ("passeggeri" names the 600, not the four).
        let best = best.filter(|c| {
            c.cue.is_none_or(|cue| {
                q.quantity.unit != Unit::Count
                    || self.crossings(s, cue, q.span) == 0
                    || self
                        .frames
                        .counted_nouns()
                        .after_with(self.input.text, q.span, s.span.end, s.lang, |_| false)
                        .is_none_or(|(_, n)| {
                            self.input
                                .text
                                .get(q.span.end..n.start)
                                .is_none_or(|gap| !gap.trim().is_empty())
                        })
            })
        });
        if let Some(c) = best {
            let mut c = self.noun_before_copula(s, q, c);
            // A narrower frame may itself be narrowed ("growth" → "revenue_growth" →
            // "organic_growth" in "有机销售额下降"); the chain is short and has no cycle that
            // matters: it stops when nothing changes.
            for _ in 0..3 {
                let r = self.refined(s, q, c);
                if r.frame == c.frame {
                    break;
                }
                c = r;
            }
            // "Les naissances ont reculé de 5 %": a change that only a verb of change names is
            // the change of the counted noun its subject names.
            if let Some(c) = self.changed_noun(s, q, c) {
                return Some(c);
            }
            return Some(self.yielded_to_lead(q, c));
        }
        // A noun that names what the figure counts or measures says more than a frame that
        // applies without a cue. A frame that narrows the noun's own takes the figure with a
        // cue of its in the clause ("chiuderà 30 supermercati": shops closed, not shops run).
        // A counted noun's frame yields to the lead's as a cue's does ("85 sièges" in an
        // election story are seats won).
        // A figure with decimals counts no things ("1,15 figli per donna"): a measured
        // concept in its phrase (the fertility rate) names it before the noun after it.
        let measured = std::cell::OnceCell::new();
        let measured_noun = || *measured.get_or_init(|| self.measured_noun(s, q));
        let ratio = !whole(&q.quantity.value) && measured_noun().is_some();
        self.counted_noun(s, q)
            .filter(|_| !ratio)
            .map(|c| {
                let r = self.refined(s, q, c);
                if r.frame == c.frame {
                    self.yielded_to_lead(q, c)
                } else {
                    Choice { noun: None, ..r }
                }
            })
            .or_else(measured_noun)
            .or_else(|| {
                frames
                    .iter()
                    .position(|f| f.falls_back(q.quantity.unit))
                    .map(|frame| Choice::unnamed(frame, 0.5, false))
            })
            .or_else(|| {
                // The topic the document's lead states takes a figure of its unit that
                // nothing names: in an election story, "la Lega si ferma al 9%" is a vote
                // share.
                frames
                    .iter()
                    .position(|f| {
                        f.lead_fallback && f.accepts(q.quantity.unit) && self.lead_states(f)
                    })
                    .map(|frame| Choice::unnamed(frame, 0.5, false))
            })
            .or_else(|| {
                // Nothing names the figure: a claim keyed by its dimension, with a low weight.
                let concepts = self.frames.concepts();
                dimension(q.quantity.unit)?;
                frames
                    .iter()
                    .position(|f| f.key == concepts.frame() && f.accepts(q.quantity.unit))
                    .map(|frame| Choice::unnamed(frame, 0.3, true))
            })
    }

    /// For a percent figure that the frame of change alone names ([`CountedNounsData::changes`]):
    /// the counted noun its verb's subject names, under the frame of concepts, keyed
    /// `percent:<noun>` ("i decessi sono aumentati dell'1,9%", "die Geburten sanken um 5
    /// Prozent").
    ///
    /// [`CountedNounsData::changes`]: super::nouns::CountedNounsData::changes
    fn changed_noun(&self, s: &Sentence<'_>, q: &QuantityMention, c: Choice) -> Option<Choice> {
        if !self.change_alone(q, c) {
            return None;
        }
        let noun = self.subject_noun(s, q)?;
        self.change_of_noun(q, c.cue, noun)
    }

    /// Whether `c` takes the percent figure `q` under the frame of change alone
    /// ([`CountedNounsData::changes`]), which names no fact of its own.
    ///
    /// [`CountedNounsData::changes`]: super::nouns::CountedNounsData::changes
    fn change_alone(&self, q: &QuantityMention, c: Choice) -> bool {
        q.quantity.unit == Unit::Percent
            && self
                .frames
                .frames()
                .get(c.frame)
                .is_some_and(|f| f.key == self.frames.counted_nouns().changes())
    }

    /// The change in percent `q` of the counted noun `noun`, under the frame of concepts,
    /// keyed `percent:<noun>`, with the cue `cue`.
    fn change_of_noun(
        &self,
        q: &QuantityMention,
        cue: Option<Span>,
        noun: (usize, Span),
    ) -> Option<Choice> {
        let concepts = self.frames.concepts();
        let frame = self
            .frames
            .frames()
            .iter()
            .position(|f| f.key == concepts.frame() && f.accepts(q.quantity.unit))?;
        Some(Choice {
            frame,
            cue,
            weight: 0.5,
            yielded_from: None,
            noun: Some(noun),
            concept: None,
            bare: false,
        })
    }

    /// For a percent figure `q` that the frame of change alone names (`own`, with no counted
    /// noun of its own): the change of the fact that the figure `before` it states
    /// ([`Context::change_of_count`], [`Context::change_of_fact`]) or that the level after it
    /// reaches ([`Context::change_to_level`]); else `own`.
    fn change_of(
        &self,
        s: &Sentence<'_>,
        before: Earlier<'_>,
        q: &QuantityMention,
        own: Choice,
    ) -> Choice {
        if !self.change_alone(q, own) || own.noun.is_some() {
            return own;
        }
        before
            .filter(|(p, _)| p.span.end <= q.span.start && nothing_between(s, p.span, q.span))
            .and_then(|(p, c)| {
                self.change_of_count(p, c, q, own)
                    .or_else(|| self.change_of_fact(p, c, q, own))
            })
            .or_else(|| self.change_to_level(s, q, own))
            .unwrap_or(own)
    }

    /// The frame that names the change of `fact` ([`Frame::follows`]) and takes the percent
    /// figure `q`, in place of `own`'s frame of change alone.
    fn change_of_frame(&self, fact: &Frame, q: &QuantityMention, own: Choice) -> Option<Choice> {
        let changes = self.frames.counted_nouns().changes();
        let frame = self.frames.frames().iter().position(|f| {
            fact.follows.contains(&f.key)
                && f.accepts(q.quantity.unit)
                && f.refines.iter().any(|r| r == changes)
        })?;
        Some(Choice {
            frame,
            cue: own.cue,
            weight: own.weight,
            yielded_from: None,
            noun: None,
            concept: None,
            bare: false,
        })
    }

    /// For a percent figure that the frame of change alone names ([`Context::change_of`]), after
    /// the count figure `p` of the same sentence whose claim a counted noun named (`c`), with
    /// no other figure nor name between them: the change of that noun ("720 000 naissances,
    /// soit 37 000 de moins, une baisse de 5 %", "出生人口为68万人，降幅为5.7%": `percent:birth`).
    fn change_of_count(
        &self,
        p: &QuantityMention,
        c: Choice,
        q: &QuantityMention,
        own: Choice,
    ) -> Option<Choice> {
        if p.quantity.unit != Unit::Count {
            return None;
        }
        self.change_of_noun(q, own.cue, c.noun?)
    }

    /// For a percent figure that the frame of change alone names ([`Context::change_of`]),
    /// right after the figure `p` of the same sentence whose frame (`c`) names a fact whose
    /// level a change reaches ([`Frame::follows`]: production, revenue, exports), with no other
    /// figure (dates aside) nor name between them: the change of that fact ("avec 48 millions
    /// d'hectolitres, en hausse de 4 %", "ricavi per 3 miliardi, in crescita del 5%":
    /// `production_growth`, `revenue_growth`).
    fn change_of_fact(
        &self,
        p: &QuantityMention,
        c: Choice,
        q: &QuantityMention,
        own: Choice,
    ) -> Option<Choice> {
        if p.quantity.unit == Unit::Percent || c.bare {
            return None;
        }
        let gap = self.input.text.get(p.span.end..q.span.start)?;
        if gap.len() > FOLLOW_GAP {
            return None;
        }
        let fact = self.frames.frames().get(c.frame)?;
        self.change_of_frame(fact, q, own)
    }

    /// For a percent figure that the frame of change alone names ([`Context::change_of`]),
    /// right before the level the
    /// change reached, introduced by one of the markers of that level's frame ("recule de 8 %
    /// à 20 millions d'hectolitres", "è sceso del 5% a 3 milioni di tonnellate": see
    /// [`Frame::follow_markers`]), when that frame names a fact whose change a frame names
    /// ([`Frame::follows`]): the change of that fact (`production_growth`).
    fn change_to_level(
        &self,
        s: &Sentence<'_>,
        q: &QuantityMention,
        own: Choice,
    ) -> Option<Choice> {
        let next = s
            .quantities
            .iter()
            .filter(|o| o.span.start >= q.span.end && o.quantity.unit != Unit::Year)
            .min_by_key(|o| o.span.start)?;
        if next.quantity.unit == Unit::Percent {
            return None;
        }
        let inside = |o: Span| o.start >= q.span.end && o.end <= next.span.start;
        if s.entities.iter().any(|e| inside(e.span)) || s.quantities.iter().any(|o| inside(o.span))
        {
            return None;
        }
        let gap = self.follow_gap(q.span.end, next.span.start)?;
        let level = self.choose_frame(s, next)?;
        let fact = self.frames.frames().get(level.frame)?;
        if !ends_with_follow_marker(fact, &s.langs, &gap)
            && !ends_with_follow_marker(fact, &[s.lang], &gap)
        {
            return None;
        }
        self.change_of_frame(fact, q, own)
    }

    /// Where no frame and no counted noun applies: the nearest word of a concept
    /// ([`Concepts`]) in the figure's phrase names what it measures ("una quota del 49%",
    /// "eine Konzession für 40 Jahre"); the frame its concept maps to takes the figure, else
    /// the frame of concepts, with a lower weight.
    ///
    /// [`Concepts`]: super::concepts::Concepts
    fn measured_noun(&self, s: &Sentence<'_>, q: &QuantityMention) -> Option<Choice> {
        let concepts = self.frames.concepts();
        let unit = q.quantity.unit;
        let others: Vec<Span> = s
            .quantities
            .iter()
            .filter(|o| o.span != q.span)
            .map(|o| o.span)
            .collect();
        // A hedge the figure's span takes in may be the concept's word ("jusqu'à 320 km/h",
        // "bis zu 300 km/h": a top speed): where the phrase before the figure names none, it
        // is read again up to the figure's digits.
        let figure = self
            .input
            .text
            .get(q.span.start..q.span.end)
            .and_then(|t| t.find(|c: char| c.is_ascii_digit()))
            .filter(|&d| d > 0)
            .map_or(q.span, |d| Span::new(q.span.start + d, q.span.end));
        let near = |figure: Span| {
            concepts.near_with(self.input.text, s.span, figure, &others, s.lang, |c| {
                concepts.measures(c, unit)
            })
        };
        let (c, span) = near(q.span).or_else(|| (figure != q.span).then(|| near(figure))?)?;
        let frames = self.frames.frames();
        let mapped = concepts
            .frame_key(c, unit)
            .and_then(|k| frames.iter().position(|f| f.key == k && f.accepts(unit)));
        let frame = match mapped {
            Some(f) => f,
            None => frames.iter().position(|f| f.key == concepts.frame())?,
        };
        Some(Choice {
            frame,
            cue: Some(span),
            weight: 0.5,
            yielded_from: None,
            noun: None,
            concept: Some((c, mapped.is_some())),
            bare: false,
        })
    }

    /// The counted noun that a figure with no noun after it counts as the subject of a verb of
    /// being, reaching or change before it ("i nuovi nati sono stati 686.000", "die Zahl der
    /// Geburten sank auf 680.000", "les naissances ont reculé de 5 %"): in the figure's clause,
    /// never past another figure, linked to it by function words and the cues of the frame of
    /// change only ([`CountedNouns::before`]).
    ///
    /// [`CountedNouns::before`]: super::nouns::CountedNouns::before
    fn subject_noun(&self, s: &Sentence<'_>, q: &QuantityMention) -> Option<(usize, Span)> {
        let nouns = self.frames.counted_nouns();
        let text = self.input.text;
        let from = s
            .quantities
            .iter()
            .filter(|o| o.span.end <= q.span.start)
            .map(|o| o.span.end)
            .max()
            .unwrap_or(s.span.start)
            .max(s.clause_start(q.span.start));
        let frames = self.frames.frames();
        let changes: Vec<String> = s
            .cues
            .iter()
            .filter(|c| {
                c.span.end <= q.span.start
                    && c.span.start >= from
                    && frames
                        .get(c.frame)
                        .is_some_and(|f| f.key == nouns.changes())
            })
            .filter_map(|c| c.span.slice(text).map(fold_str))
            .collect();
        let percent = q.quantity.unit == Unit::Percent;
        nouns.before(text, from, q.span, s.lang, percent, |w| {
            changes.iter().any(|c| c == w)
        })
    }

    /// Where no frame applies to a count: the frame of counted nouns, when a counted noun
    /// follows the figure ("30 neue Züge", "4000名患者"), with a lower weight.
    fn counted_noun(&self, s: &Sentence<'_>, q: &QuantityMention) -> Option<Choice> {
        if q.quantity.unit != Unit::Count {
            return None;
        }
        let nouns = self.frames.counted_nouns();
        let frame = self
            .frames
            .frames()
            .iter()
            .position(|f| f.key == nouns.frame())?;
        let rules = self.frames.rules(s.lang);
        let stop = |w: &str| {
            [
                &rules.prepositions,
                &rules.conjunctions,
                &rules.clause_breaks,
                &rules.relatives,
                &rules.copulas,
            ]
            .iter()
            .any(|l| l.iter().any(|x| x == w))
        };
        let noun = nouns
            .after_with(self.input.text, q.span, s.span.end, s.lang, stop)
            .or_else(|| self.subject_noun(s, q))?;
        // A noun whose fact a frame names ("800 Mitarbeiter": the headcount) takes that frame.
        let frames = self.frames.frames();
        let frame = nouns
            .frame_key(noun.0)
            .and_then(|k| {
                frames
                    .iter()
                    .position(|f| f.key == k && f.accepts(q.quantity.unit))
            })
            .unwrap_or(frame);
        Some(Choice {
            frame,
            cue: None,
            weight: 0.5,
            yielded_from: None,
            noun: Some(noun),
            concept: None,
            bare: false,
        })
    }

    /// What [`fill`] tries where the figure's own choice finds no subject: for a counted noun
    /// under the frame its fact maps to ("85 bateaux", a fleet), the noun with the frame of
    /// counted nouns (`count:<noun>`); for a frame that applies without a cue (a figure in
    /// years is a person's age), the figure keyed by its dimension, as one nothing names
    /// ("cent ans après", "dopo otto anni": a duration).
    fn generic_choice(&self, s: &Sentence<'_>, q: &QuantityMention) -> Option<Choice> {
        let own = self.choose_frame(s, q)?;
        let frames = self.frames.frames();
        if own.noun.is_some() {
            let nouns = self.frames.counted_nouns();
            let generic = frames.iter().position(|f| f.key == nouns.frame())?;
            return (own.frame != generic).then_some(Choice {
                frame: generic,
                ..own
            });
        }
        // A toll its cue names ("sette morti", "sechs Tote") that finds no struck state: the
        // counted noun after the figure names the same toll, and the story's thing holds it.
        if frames.get(own.frame).is_some_and(|f| f.subject.affected) {
            let nouns = self.frames.counted_nouns();
            let toll_noun = self
                .counted_noun(s, q)
                .and_then(|c| c.noun)
                .filter(|&(c, _)| {
                    nouns
                        .frame_key(c)
                        .and_then(|k| self.frames.get(k))
                        .is_some_and(|f| f.subject.affected)
                });
            if let Some(noun) = toll_noun {
                let generic = frames.iter().position(|f| f.key == nouns.frame())?;
                return Some(Choice {
                    frame: generic,
                    noun: Some(noun),
                    ..own
                });
            }
        }
        let plain = own.cue.is_none() && own.concept.is_none() && !own.bare;
        if !plain {
            return None;
        }
        dimension(q.quantity.unit)?;
        let concepts = self.frames.concepts();
        frames
            .iter()
            .position(|f| f.key == concepts.frame() && f.accepts(q.quantity.unit))
            .filter(|&frame| frame != own.frame)
            .map(|frame| Choice::unnamed(frame, 0.3, true))
    }

    /// The nearest cue of `s` for the figure `q` among those `pick` keeps, of a frame `keep`
    /// keeps.
    fn best_cue(
        &self,
        s: &Sentence<'_>,
        q: &QuantityMention,
        pick: impl Fn(&Cue) -> bool,
        keep: impl Fn(&Frame) -> bool,
    ) -> Option<Choice> {
        let frames = self.frames.frames();
        let mut best: Option<(usize, usize, Choice)> = None;
        for cue in s.cues.iter().filter(|c| pick(c)) {
            let Some(frame) = frames.get(cue.frame) else {
                continue;
            };
            if !frame.accepts(q.quantity.unit) || !keep(frame) {
                continue;
            }
            // "55 Dollar je Aktie, insgesamt 14 Milliarden Dollar": a word that makes the figure
            // a whole gives the cue of one unit's amount to the frame of the whole.
            let mut chosen = cue.frame;
            if let Some(whole) = frame.whole.as_deref() {
                if self.total_marked(s, q, cue.span) {
                    match frames
                        .iter()
                        .position(|f| f.key == whole && f.accepts(q.quantity.unit))
                    {
                        Some(w) => chosen = w,
                        None => continue,
                    }
                }
            }
            // A cue inside another figure belongs to it; so does a Han cue glued to the end of
            // another figure before this one that its frame can take, its measure noun
            // ("58勝12負": 勝 counts the 58).
            let han_cue = self
                .input
                .text
                .get(cue.span.start..cue.span.end)
                .is_some_and(|t| t.chars().next().is_some_and(is_han));
            if s.quantities.iter().any(|o| {
                o.span != q.span
                    && (o.span.contains(&cue.span)
                        || (han_cue
                            && o.span.end == cue.span.start
                            && cue.span.end <= q.span.start
                            && frame.accepts(o.quantity.unit)))
            }) {
                continue;
            }
            // A cue right beside another figure its frame can take, nothing but spaces
            // between them, is that figure's word: it names no figure past that one
            // ("船上共有22人，其中15人获救", "lungo 56 metri ... a 50 metri di profondità"), nor
            // one that has a noun of its own ("sette morti e 15 sopravvissuti su 22 persone");
            // a figure after it with none shares it ("da 11.200 esemplari a oltre 20.300",
            // "für 418 Millionen versteigert, rund 53,6 Millionen Dollar"), and so does a figure
            // one word joins to it, a move, a range or a part of a whole ("salire dal 41% al
            // 90%", "58 von 64 Losen verkauft"); a verb before both in one clause governs both
            // ("a commandé 12 navires pour 2 milliards").
            let text = self.input.text;
            let own_noun = std::cell::OnceCell::new();
            let has_own_noun = || {
                *own_noun.get_or_init(|| {
                    self.frames
                        .counted_nouns()
                        .after_with(text, q.span, s.span.end, s.lang, |_| false)
                        .is_some_and(|(_, n)| {
                            text.get(q.span.end..n.start)
                                .is_some_and(|gap| gap.trim().is_empty())
                        })
                })
            };
            if s.quantities.iter().any(|o| {
                o.span != q.span
                    && o.quantity.unit != Unit::Year
                    && frame.accepts(o.quantity.unit)
                    && !o.span.overlaps(&q.span)
                    && adjacent(text, o.span, cue.span)
                    && !adjacent(text, q.span, cue.span)
                    && ((between(o.span, cue.span, q.span)
                        && (cue.span.start >= q.span.end || self.crossings(s, o.span, q.span) > 0))
                        || has_own_noun())
                    && !linked(text, q.span, o.span)
            }) {
                continue;
            }
            // A figure between the cue and this one that the frame cannot take is the change's
            // size or a date ("Der Umsatz stieg um gut 18 Prozent auf 126 Milliarden", "ricavi
            // in crescita del 18% a 126 miliardi"): it does not push the cue further away.
            let (lo, hi) = if cue.span.end <= q.span.start {
                (cue.span.end, q.span.start)
            } else {
                (q.span.end, cue.span.start)
            };
            let skipped: usize = s
                .quantities
                .iter()
                .filter(|o| o.span.start >= lo && o.span.end <= hi)
                .filter(|o| !frame.accepts(o.quantity.unit))
                .map(|o| o.span.len())
                .sum();
            let dist = gap(cue.span, q.span).saturating_sub(skipped);
            // A cue across a clause boundary must be the nearer for it; so must one across a
            // conjunction ("una perdita di 2 miliardi e ricavi per 74").
            if dist > frame.max_cue_distance {
                continue;
            }
            let score = dist + CLAUSE_PENALTY * self.crossings(s, cue.span, q.span);
            if score > frame.max_cue_distance {
                continue;
            }
            let score =
                score + CLAUSE_PENALTY * usize::from(self.conjunction_between(s, cue.span, q.span));
            if score > frame.max_cue_distance {
                continue;
            }
            let len = cue.span.len();
            // Ties go to the cue before the figure (the verb of an SVO clause: "creerà 2.000
            // posti di lavoro"), then to the longer cue.
            let before = cue.span.end <= q.span.start;
            let better = best.as_ref().is_none_or(|(b, bl, c)| {
                let best_before = c.cue.is_some_and(|c| c.end <= q.span.start);
                score < *b
                    || (score == *b && before && !best_before)
                    || (score == *b && before == best_before && len > *bl)
            });
            if better {
                let closeness = 1.0 - 0.4 * (score as f64 / frame.max_cue_distance.max(1) as f64);
                best = Some((
                    score,
                    len,
                    Choice {
                        frame: chosen,
                        cue: Some(cue.span),
                        weight: closeness.clamp(0.6, 1.0),
                        yielded_from: None,
                        noun: None,
                        concept: None,
                        bare: false,
                    },
                ));
            }
        }
        best.map(|(_, _, c)| c)
    }

    /// The frame the document's lead makes of the chosen one: a valuation in a takeover story
    /// is the deal's value (see [`Frame::yields_in_lead_of`]).
    fn yielded_to_lead(&self, q: &QuantityMention, c: Choice) -> Choice {
        let frames = self.frames.frames();
        let Some(f) = frames.get(c.frame) else {
            return c;
        };
        if f.yields_in_lead_of.is_empty() {
            return c;
        }
        frames
            .iter()
            .position(|o| {
                f.yields_in_lead_of.contains(&o.key)
                    && o.accepts(q.quantity.unit)
                    && self.lead_states(o)
            })
            .map_or(c, |frame| Choice {
                frame,
                yielded_from: Some(c.frame),
                ..c
            })
    }

    /// A frame that narrows the chosen one ("rd_spending" for "investment") wins when one of
    /// its cues stands near the figure in the same clause; when a weak cue chose the frame (a
    /// verb of change says only that something changed), also in a clause before, its distance
    /// counting the clause boundary ("營收達到600億元，同比增長20%").
    fn refined(&self, s: &Sentence<'_>, q: &QuantityMention, c: Choice) -> Choice {
        let frames = self.frames.frames();
        let Some(key) = frames.get(c.frame).map(|f| f.key.as_str()) else {
            return c;
        };
        let weak = s
            .cues
            .iter()
            .any(|o| o.weak && o.frame == c.frame && Some(o.span) == c.cue);
        // The noun of a verb of change stands near the verb, not always near the figure ("I
        // ricavi di X sono cresciuti nel confronto annuo del 18%"): distances count from both.
        let widened;
        let q = match c.cue {
            Some(cue) if weak => {
                widened = QuantityMention {
                    span: cue.cover(q.span),
                    ..q.clone()
                };
                &widened
            }
            _ => q,
        };
        // A narrower frame that counts some things only ([`Frame::counts`]) leaves a figure of
        // another counted noun as it is ("年吞吐量160萬個標準箱": containers, no traffic).
        let noun = c
            .noun
            .and_then(|(n, _)| self.frames.counted_nouns().concept(n));
        // "La dette publique atteint 3 300 milliards d'euros, soit 113 % du PIB", "債務總額達
        // 1300萬億日圓，相當於國內生產總值的250%": a clause that opens by restating the figure
        // before it speaks of that figure's fact, named in the clause before.
        let restating = self.restates_figure(s, q);
        self.best_cue(
            s,
            q,
            |o| {
                !o.weak
                    && (weak
                        || self.crossings(s, o.span, q.span) == 0
                        || (restating && o.span.end <= q.span.start))
            },
            |f| {
                f.refines.iter().any(|r| r == key)
                    && (f.counts.is_empty() || noun.is_none_or(|n| f.counts.iter().any(|k| k == n)))
            },
        )
        .map_or(c, |r| Choice {
            weight: c.weight,
            ..r
        })
    }

    /// Whether the clause of `q` opens with a word that restates the figure before it in
    /// other terms ([`FoldedRules::conversion_markers`]: "soit", "pari a", "das sind",
    /// "相當於"), with that figure in the clause before.
    fn restates_figure(&self, s: &Sentence<'_>, q: &QuantityMention) -> bool {
        let open = s.clause_start(q.span.start);
        if !s
            .quantities
            .iter()
            .any(|o| o.span.end <= open && o.span.start >= s.span.start)
        {
            return false;
        }
        let Some(t) = self.input.text.get(open..q.span.start) else {
            return false;
        };
        let f = fold_str(t);
        let head = f.trim_start_matches(|c: char| c.is_whitespace() || ",;:，；：-–—".contains(c));
        self.rule_words(s, |r| &r.conversion_markers)
            .iter()
            .any(|m| head.starts_with(m.as_str()))
    }

    /// The document's mention of the state whose adjective ([`Frames::state_of_adjective`])
    /// is the folded word `w` of language `lang`, other than `exclude`.
    fn demonym_state(
        &self,
        lang: Lang,
        w: &str,
        exclude: Option<&str>,
    ) -> Option<&'a EntityMention> {
        let state = self.frames.state_of_adjective(lang, w)?;
        if exclude == Some(state) {
            return None;
        }
        self.input.entities.iter().find(|m| m.id == state)
    }

    /// For a subject that takes states' adjectives ([`Slot::demonyms`]): the state whose
    /// adjective stands right beside the cue ("les droits de douane américains", "i dazi
    /// cinesi", "amerikanische Zölle", "Chinese exports"), where the document names it.
    fn demonym_subject(
        &self,
        s: &Sentence<'_>,
        cue: Span,
        exclude: Option<&str>,
    ) -> Option<&'a EntityMention> {
        let b = self.before(s.span.start, cue.start);
        let before = b
            .words
            .first()
            .and_then(|w| self.demonym_state(s.lang, w, exclude));
        before.or_else(|| {
            let rest = self.input.text.get(cue.end..s.span.end)?;
            // The very next word, with nothing but spaces before it.
            if !rest.starts_with(char::is_whitespace) {
                return None;
            }
            let f = fold_str(rest.trim_start());
            let w = f.split(|c: char| !c.is_alphanumeric()).next()?;
            self.demonym_state(s.lang, w, exclude)
        })
    }

    /// For an object that takes states' adjectives ([`Slot::demonyms`]): the state whose
    /// adjective stands a few words after one of the slot's one-word markers in the clauses of
    /// `region` ("sur la plupart des produits européens", "sui prodotti cinesi", "on Chinese
    /// steel", "auf chinesische Waren"), where the document names it.
    fn demonym_object(
        &self,
        s: &Sentence<'_>,
        slot: &Slot,
        region: Span,
    ) -> Option<&'a EntityMention> {
        const WORDS_AFTER_MARKER: usize = 5;
        let markers = self.slot_markers(s, slot);
        let open = s.clause_start(region.start);
        let close = s.clause_end(region.end);
        let f = fold_str(self.input.text.get(open..close)?);
        let words: Vec<&str> = f
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words.iter().enumerate().find_map(|(i, w)| {
            if !markers.iter().any(|m| m.as_str() == *w) {
                return None;
            }
            words
                .iter()
                .skip(i + 1)
                .take(WORDS_AFTER_MARKER)
                .find_map(|x| self.demonym_state(s.lang, x, None))
        })
    }

    /// Whether a word of keeping ([`FoldedRules::keep_words`]) stands in the clause of `q`.
    fn keeps(&self, s: &Sentence<'_>, q: &QuantityMention) -> bool {
        let open = s.clause_start(q.span.start);
        let close = s.clause_end(q.span.end);
        let Some(t) = self.input.text.get(open..close) else {
            return false;
        };
        let f = fold_str(t);
        self.frames
            .rules(s.lang)
            .keep_words
            .iter()
            .any(|w| match_positions(&f, w).any(|p| stands_alone(&f, p, w)))
    }

    /// Whether a coordinating conjunction stands between two spans of the sentence. Words are
    /// compared as written (lowercased), not folded: Italian "è" (is) is no "e" (and).
    fn conjunction_between(&self, s: &Sentence<'_>, a: Span, b: Span) -> bool {
        let Some((lo, hi)) = span_between(a, b) else {
            return false;
        };
        let between = self.input.text.get(lo..hi).unwrap_or("");
        let same = |w: &str, c: &str| {
            if c.is_ascii() {
                w.eq_ignore_ascii_case(c)
            } else {
                w.chars().flat_map(char::to_lowercase).eq(c.chars())
            }
        };
        // Nothing but spaces and punctuation between: no conjunction (most calls).
        if !between.chars().any(|c| c.is_alphanumeric()) {
            return false;
        }
        let lists = || s.langs.iter().map(|l| self.frames.conjunction_words(*l));
        let han = |c: &Vec<String>| c.first().is_some_and(|f| f.chars().any(is_han));
        if between.chars().any(is_han)
            && lists().any(|list| {
                list.iter()
                    .any(|c| han(c) && c.first().is_some_and(|f| between.contains(f.as_str())))
            })
        {
            return true;
        }
        let mut words = between
            .split(|ch: char| !is_word_char(Some(ch)))
            .filter(|w| !w.is_empty());
        while let Some(w) = words.next() {
            for list in lists() {
                for c in list.iter().filter(|c| !han(c)) {
                    let (Some(first), rest) = (c.first(), c.get(1..).unwrap_or(&[])) else {
                        continue;
                    };
                    if !same(w, first) {
                        continue;
                    }
                    let mut next = words.clone();
                    if rest.iter().all(|r| next.next().is_some_and(|n| same(n, r))) {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// "L'investimento vale 1,27 miliardi": a copula cue gives way to a cue of another frame
    /// that stands before it in the same clause (its subject noun).
    fn noun_before_copula(&self, s: &Sentence<'_>, q: &QuantityMention, c: Choice) -> Choice {
        let Some(span) = c.cue else {
            return c;
        };
        let word = fold_str(span.slice(self.input.text).unwrap_or(""));
        let copula = s
            .langs
            .iter()
            .any(|l| self.frames.rules(*l).copulas.contains(&word));
        if !copula {
            return c;
        }
        let frames = self.frames.frames();
        s.cues
            .iter()
            .filter(|o| o.frame != c.frame && o.span.end <= span.start)
            .filter(|o| {
                frames
                    .get(o.frame)
                    .is_some_and(|f| f.accepts(q.quantity.unit))
            })
            .filter(|o| self.crossings(s, o.span, q.span) == 0)
            .filter(|o| {
                !s.quantities
                    .iter()
                    .any(|x| x.span != q.span && x.span.contains(&o.span))
            })
            .max_by_key(|o| o.span.end)
            .map_or(c, |o| Choice {
                frame: o.frame,
                cue: Some(o.span),
                weight: c.weight,
                yielded_from: None,
                noun: None,
                concept: None,
                bare: false,
            })
    }

    /// Whether the figure `q` states a part of the figure `prev` before it in sentence `s`: a
    /// marker of [`FoldedRules::part_markers`] opens the clause after the last comma between
    /// them, at most [`PART_WORDS`] words before `q` ("ricavi per 3,3 miliardi, di cui circa la
    /// metà in Asia", "销售额为99亿欧元，其中旗下品牌贡献17亿欧元"), or right after `q` when
    /// the comma comes right before it ("mehr als 290 Boutiquen, zehn davon in der Schweiz").
    /// `Some(party)` when it does, with the organization or product the part's clause names,
    /// if any ("dont 1,7 milliard pour sa filiale tesa").
    fn part_of(
        &self,
        s: &Sentence<'a>,
        prev: &QuantityMention,
        q: &QuantityMention,
    ) -> Option<Option<&'a EntityMention>> {
        if q.span.start < prev.span.end || q.span.start - prev.span.end > PART_GAP {
            return None;
        }
        let text = self.input.text;
        let between = text.get(prev.span.end..q.span.start)?;
        let cut = between.rfind([',', '，'])?;
        let tail = between.get(cut..)?.trim_start_matches([',', '，']);
        let markers = self.rule_words(s, |r| &r.part_markers);
        // Whether the folded text `t` opens with a marker.
        let opens = |t: &str| markers.iter().any(|m| opens_with(t, m));
        let tail = fold_str(tail.trim());
        let marked = if tail.is_empty() {
            let after: String = text
                .get(q.span.end..)?
                .trim_start()
                .chars()
                .take(16)
                .collect();
            opens(&fold_str(&after))
        } else {
            opens(&tail)
                && (tail.chars().any(is_han) || tail.split_whitespace().count() <= PART_WORDS + 1)
        };
        if !marked {
            return None;
        }
        let start = prev.span.end + cut;
        let end = text
            .get(q.span.end..s.span.end)?
            .find([',', '，', ';', '；', '。'])
            .map_or(s.span.end, |k| q.span.end + k);
        let own = s.entities.iter().copied().find(|e| {
            e.span.start >= start
                && e.span.end <= end
                && !e.span.overlaps(&q.span)
                && matches!(e.kind, EntityKind::Organization | EntityKind::Product)
        });
        Some(own)
    }

    /// Whether a request marker ([`FoldedRules::request_markers`]) stands before the figure `q`
    /// in its clause, or in the clause before where the figure's clause opens with a part
    /// marker or a conjunction that continues it ("aveva chiesto 7 anni, di cui due con la
    /// condizionale, e 90mila euro di multa": all three asked for; "la procura aveva chiesto
    /// 7 anni, il tribunale ne ha inflitti 4": only the first).
    fn requested(&self, s: &Sentence<'_>, q: &QuantityMention) -> bool {
        let markers = self.rule_words(s, |r| &r.request_markers);
        if markers.is_empty() {
            return false;
        }
        // (A part marker's last word too: "cui" of "di cui" breaks a clause of its own.)
        let continuers: Vec<&str> = self
            .rule_words(s, |r| &r.part_markers)
            .into_iter()
            .flat_map(|m| [m.as_str(), m.rsplit(' ').next().unwrap_or(m)])
            .chain(
                self.rule_words(s, |r| &r.conjunctions)
                    .into_iter()
                    .map(String::as_str),
            )
            .collect();
        let mut end = q.span.start;
        for _ in 0..6 {
            let from = s.clause_start(end).max(s.span.start);
            let Some(clause) = self.input.text.get(from..end) else {
                return false;
            };
            let clause = fold_str(clause);
            if markers.iter().any(|m| {
                clause
                    .match_indices(m.as_str())
                    .any(|(at, _)| stands_alone(&clause, at, m))
            }) {
                return true;
            }
            // The clause goes on the one before only where it opens with a part marker or a
            // conjunction (after the break's own punctuation), or where a part marker follows
            // the figure ("due dei quali").
            let head = clause.trim_start_matches(|c: char| !is_word_char(Some(c)));
            // (A clause of punctuation alone, between a comma and a word that breaks a clause
            // itself, "dont", goes on too, and so do the first words of a part marker whose
            // last word breaks a clause: ", di" before "cui".)
            let opens = head.is_empty()
                || continuers.iter().any(|m| {
                    (head.starts_with(m)
                        && !is_word_char(head.get(m.len()..).and_then(|t| t.chars().next())))
                        // (", di" before "cui": the part marker's first words.)
                        || m
                            .strip_prefix(head.trim_end())
                            .is_some_and(|rest| rest.starts_with(' '))
                });
            if !opens || from <= s.span.start {
                return false;
            }
            end = from.saturating_sub(1);
        }
        false
    }

    /// Whether `e` is named as the party an offence harmed: one of the language's
    /// [`FoldedRules::victim_markers`] stands right before it ("avec des fonds du Parlement",
    /// "ai danni della Regione", "挪用X公帑").
    fn victim(&self, s: &Sentence<'a>, e: &EntityMention) -> bool {
        self.marked_by(s, e, &self.markers(s).victims)
    }

    /// Whether a forecast marker ([`FoldedRules::forecast_markers`]) stands before the figure
    /// `q` in its clause, outside a phrase of [`FoldedRules::forecast_exceptions`] ("come
    /// previsto"): "Per il quarto trimestre prevede ricavi tra 38 e 39 miliardi", "rechnet mit
    /// einem Betriebsergebnis von 2 Milliarden", "预计全年营业利润约20亿欧元".
    fn forecast(&self, s: &Sentence<'_>, q: &QuantityMention) -> bool {
        let markers = self.rule_words(s, |r| &r.forecast_markers);
        if markers.is_empty() {
            return false;
        }
        let from = s.clause_start(q.span.start).max(s.span.start);
        let Some(clause) = self.input.text.get(from..q.span.start) else {
            return false;
        };
        let mut clause = fold_str(clause);
        for e in self.rule_words(s, |r| &r.forecast_exceptions) {
            clause = clause.replace(e.as_str(), " ");
        }
        markers.iter().any(|m| {
            clause
                .match_indices(m.as_str())
                .any(|(at, _)| stands_alone(&clause, at, m))
        })
    }

    fn is_conversion(&self, s: &Sentence<'_>, prev: &QuantityMention, q: &QuantityMention) -> bool {
        if !prev.quantity.unit.is_currency()
            || !q.quantity.unit.is_currency()
            || prev.quantity.unit == q.quantity.unit
            || q.span.start < prev.span.end
            || q.span.start - prev.span.end > CONVERSION_GAP
        {
            return false;
        }
        let text = self.input.text;
        let between = fold_str(text.get(prev.span.end..q.span.start).unwrap_or(""));
        let surface = fold_str(q.span.slice(text).unwrap_or(""));
        let markers = self.rule_words(s, |r| &r.conversion_markers);
        let punct = |c: char| c.is_whitespace() || "([（,，:：=~≈-".contains(c);
        // "..., 約合人民幣 86 億元": a marker shortly before the figure announces it (a currency
        // name may stand between them).
        for m in &markers {
            let Some(at) = between.rfind(m.as_str()) else {
                continue;
            };
            let before = between.get(..at).and_then(|t| t.chars().next_back());
            if !m.chars().any(is_han) && is_word_char(before) {
                continue;
            }
            let rest = between.get(at + m.len()..).unwrap_or("").trim();
            if rest.len() <= 12 && !rest.contains([',', '，', ';', '；', '。', '.']) {
                return true;
            }
        }
        // "15 Milliarden Dollar (rund 13 Milliarden Euro)": only brackets or punctuation between,
        // with a bracket or a conversion marker.
        let mut rest = between.clone();
        let mut marked = false;
        for m in &markers {
            if rest.contains(m.as_str()) {
                rest = rest.replace(m.as_str(), " ");
                marked = true;
            }
            if surface.starts_with(m.as_str()) {
                marked = true;
            }
        }
        let bracket = between.contains(['(', '（', '[']);
        rest.chars().all(punct) && (bracket || marked)
    }
}

#[derive(Clone, Copy, Debug)]
struct Choice {
    frame: usize,
    cue: Option<Span>,
    weight: f64,
    /// The frame the cue chose before the document's lead gave its figure to `frame`.
    yielded_from: Option<usize>,
    /// For the frame of counted nouns: the concept (an index of [`CountedNouns`]) and the span
    /// of the noun after the figure.
    ///
    /// [`CountedNouns`]: super::nouns::CountedNouns
    noun: Option<(usize, Span)>,
    /// For a figure a concept named ([`Concepts`]): the concept and whether it maps to the
    /// chosen frame's key.
    ///
    /// [`Concepts`]: super::concepts::Concepts
    concept: Option<(usize, bool)>,
    /// A figure nothing names: its claim is keyed by its dimension alone, only with a subject
    /// its own sentence names.
    bare: bool,
}

impl Choice {
    /// A frame chosen with no cue, counted noun nor concept of its own, at `weight`: from the
    /// figure's place or unit (a fallback frame: `bare: false`), or the frame of a figure
    /// nothing names (`bare: true`).
    fn unnamed(frame: usize, weight: f64, bare: bool) -> Choice {
        Choice {
            frame,
            cue: None,
            weight,
            yielded_from: None,
            noun: None,
            concept: None,
            bare,
        }
    }
}

/// A word of [`FoldedRules::anaphora`], read once for both searches of it.
#[derive(Clone, Copy)]
struct AnaphorWord<'w> {
    /// The word without the leading `*` of an ending.
    word: &'w str,
    /// The word is an ending (`*konzern`).
    tail: bool,
    /// The word has Han characters.
    han: bool,
    /// A noun phrase ("la société", "*konzern", "該公司"), not a pronoun nor a possessive.
    noun: bool,
}

/// How many words of description may stand between a source marker and the name it cites
/// ([`Context::cited_at`]).
const DESCRIPTION_WORDS: usize = 2;

/// How many bytes after a figure a word that makes it a whole is looked for
/// ([`Context::total_marked`]: "3,2 milliards d'euros au total").
const TOTAL_AFTER: usize = 24;

/// How many bytes may stand between a count and a cue after it for the cue to be the counted
/// noun ("9,000 employees of Siemens"; a figure whose span holds its noun, "9.000
/// Mitarbeiter", holds the cue).
const NOUN_CUE_GAP: usize = 2;

/// Whether `between` (folded, trimmed), the words between a name and its figure, only links
/// them: nothing, or at most two articles, prepositions or copulas ("al", "l'", "auf", "à",
/// "avec", "为"), as in the items of an enumeration ("X al 31%, Y al 24%").
fn list_link(rules: &FoldedRules, between: &str) -> bool {
    if between.is_empty() {
        return true;
    }
    if between.contains(|c: char| c.is_ascii_digit() || ",;:()，；：（）、".contains(c)) {
        return false;
    }
    let known = |w: &str| {
        rules.articles.iter().any(|a| a == w)
            || rules.prepositions.iter().any(|a| a == w)
            || rules.copulas.iter().any(|a| a == w)
    };
    if between.chars().all(is_han) {
        // A Chinese link has no spaces: one copula or preposition ("为", "達").
        return known(between);
    }
    let words: Vec<&str> = between
        .split(|c: char| c.is_whitespace() || c == '\'')
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty() && words.len() <= 2 && words.iter().all(|w| known(w))
}

/// The span `s` of `text` without the white space at its ends.
fn trimmed(text: &str, s: Span) -> Span {
    let Some(t) = s.slice(text) else {
        return s;
    };
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    if lead + trail >= t.len() {
        return Span::new(s.start, s.start);
    }
    Span::new(s.start + lead, s.end - trail)
}

/// The counted nouns' concepts of craft that carry people and goods ([`Context::craft_holder`]).
const CRAFTS: &[&str] = &["ship", "aircraft", "helicopter", "train", "bus"];

/// The concept of [`CountedNouns`](super::nouns::CountedNouns) whose nouns name a market
/// ("mercato", "Markt", "marché", "市场"): a place before it names where a party sells.
const MARKET_CONCEPT: &str = "market";

/// The counted nouns' concepts of who and what a craft carries.
const CARRIED: &[&str] = &["crew", "pilot", "container", "passenger"];

/// The counted nouns' concepts of structures and craft an accident may strike
/// ([`Context::struck`]).
const STRUCTURES: &[&str] = &[
    "bridge",
    "building",
    "ship",
    "aircraft",
    "helicopter",
    "train",
    "tram",
    "bus",
    "station",
    "church",
    "museum",
    "hospital",
    "school",
];

/// The byte range between two spans that do not overlap, in either order; `None` where they
/// overlap.
fn span_between(a: Span, b: Span) -> Option<(usize, usize)> {
    if a.end <= b.start {
        Some((a.end, b.start))
    } else if b.end <= a.start {
        Some((b.end, a.start))
    } else {
        None
    }
}

/// Whether the spans `a` and `b` of `text` touch with nothing but white space between them.
fn adjacent(text: &str, a: Span, b: Span) -> bool {
    let Some((lo, hi)) = span_between(a, b) else {
        return false;
    };
    text.get(lo..hi).is_some_and(|t| t.trim().is_empty())
}

/// The byte offsets in `t` where its white-space separated words start (`starts`), or end.
fn word_bounds(t: &str, starts: bool) -> Vec<usize> {
    let mut out = Vec::new();
    let mut prev_space = true;
    for (i, c) in t.char_indices() {
        let space = c.is_whitespace();
        if starts && prev_space && !space {
            out.push(i);
        }
        if !starts && !prev_space && space {
            out.push(i);
        }
        prev_space = space;
    }
    if !starts && !prev_space {
        out.push(t.len());
    }
    out
}

/// Whether the figures at `a` and `b` of `text` are joined by one word and nothing else, as
/// the ends of a move or a range and a part and its whole are ("dal 41% al 90%", "58 von 64").
fn linked(text: &str, a: Span, b: Span) -> bool {
    let Some((lo, hi)) = span_between(a, b) else {
        return false;
    };
    text.get(lo..hi).is_some_and(|t| {
        let mut words = t.split_whitespace();
        words
            .next()
            .is_some_and(|w| w.chars().all(char::is_alphabetic))
            && words.next().is_none()
    })
}

/// Whether the span `o` lies between the spans `a` and `b`, in either order.
fn between(o: Span, a: Span, b: Span) -> bool {
    (a.end <= o.start && o.end <= b.start) || (b.end <= o.start && o.end <= a.start)
}

fn whole(d: &crate::decimal::Decimal) -> bool {
    let e = d.exponent();
    e >= 0
        || 10u128
            .checked_pow(e.unsigned_abs())
            .is_some_and(|p| d.coeff() % p == 0)
}

fn anaphor_word<'w>(rules: &FoldedRules, w: &'w str) -> AnaphorWord<'w> {
    let (tail, word) = match w.strip_prefix('*') {
        Some(rest) => (true, rest),
        None => (false, w),
    };
    let han = word.chars().any(is_han);
    let noun = tail
        || word.contains([' ', '\''])
        || (han
            && word.chars().count() >= 2
            && !rules
                .pronoun_heads
                .iter()
                .any(|p| word.starts_with(p.as_str())));
    AnaphorWord {
        word,
        tail,
        han,
        noun,
    }
}

/// The number of words in `t`, two Han characters counting as one.
/// Whether the entity at `k` of a sentence's entities `v` stands in a list next to a place:
/// only a comma or a conjunction between them ("Francoforte e Monaco", "Linate, Fiumicino").
fn listed_with_place(text: &str, v: &[&EntityMention], k: usize, conjunctions: &[String]) -> bool {
    let Some(e) = v.get(k) else {
        return false;
    };
    let joined = |a: Span, b: Span| {
        let Some(between) = text.get(a.end..b.start) else {
            return false;
        };
        let folded = fold_str(between);
        let t = folded.trim();
        t == "," || t == "、" || t == "，" || conjunctions.iter().any(|c| c == t)
    };
    let before = k.checked_sub(1).and_then(|j| v.get(j)).is_some_and(|p| {
        p.kind == EntityKind::Place && p.span.end <= e.span.start && joined(p.span, e.span)
    });
    let after = v.get(k + 1).is_some_and(|n| {
        n.kind == EntityKind::Place && e.span.end <= n.span.start && joined(e.span, n.span)
    });
    before || after
}

/// The words of a role as [`ends_with_leader`] and [`starts_with_leader`] compare them (a
/// leading '*' is no word character).
fn role_words(l: &str) -> impl Iterator<Item = &str> + Clone {
    l.split(|c: char| !is_word_char(Some(c)))
        .filter(|w| !w.is_empty())
}

/// Whether the folded words end with one of the roles `leaders` ("*chef": a word ending with
/// "chef").
fn ends_with_leader(words: &[&str], leaders: &[String]) -> bool {
    let Some(last) = words.last() else {
        return false;
    };
    leaders.iter().any(|l| {
        // A role that ends in a letter or digit ends in its last word, which must be the last
        // of `words` (a "*tail" role of one word only ends like it): most roles are told apart
        // by that without splitting them.
        if !l.starts_with('*') && is_word_char(l.chars().next_back()) && !l.ends_with(last) {
            return false;
        }
        let parts = role_words(l);
        let count = parts.clone().count();
        let (Some(n), true) = (words.len().checked_sub(count), count > 0) else {
            return false;
        };
        words.get(n..).is_some_and(|tail| {
            tail.iter().zip(parts).enumerate().all(|(k, (w, p))| {
                if k == 0 && l.starts_with('*') {
                    w.ends_with(p)
                } else {
                    *w == p
                }
            })
        })
    })
}

/// Whether the folded words start with one of the roles `leaders`, after at most one article
/// word ("le directeur général", "l'amministratore delegato").
fn starts_with_leader(words: &[&str], leaders: &[String]) -> bool {
    leaders.iter().any(|l| {
        let parts = role_words(l);
        let count = parts.clone().count();
        count > 0
            && words.len() >= count
            && words.iter().zip(parts).enumerate().all(|(k, (w, p))| {
                if k == 0 && l.starts_with('*') {
                    w.ends_with(p)
                } else {
                    *w == p
                }
            })
    })
}

/// Whether the folded word `w` found at `p` in `fs` stands as a word of its own there: in Han
/// characters always, else with no word character right before or after it.
/// Whether the words of the name `short` stand together in the name `long` ("Finals" in
/// "Nitto ATP Finals"), folded.
fn name_within(short: &str, long: &str) -> bool {
    let words = |n: &str| -> Vec<String> {
        fold_str(n)
            .split(|c: char| !is_word_char(Some(c)))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (w, all) = (words(short), words(long));
    !w.is_empty() && all.windows(w.len()).any(|x| x == w.as_slice())
}

/// Whether the word `w`, found at byte `p` of the folded text `fs`, stands there as a whole
/// word: no letter or digit of a spaced script touches it. A word in Han characters always
/// does (Chinese has no spaces between words), and an elided word (ending in the apostrophe
/// the fold writes for every one: "qu'", "dell'", "l'") ends there whatever follows it.
fn stands_alone(fs: &str, p: usize, w: &str) -> bool {
    let before = fs.get(..p).and_then(|t| t.chars().next_back());
    let after = fs.get(p + w.len()..).and_then(|t| t.chars().next());
    w.chars().any(is_han) || (!is_word_char(before) && (w.ends_with('\'') || !is_word_char(after)))
}

/// Where the first of the words `ws` that stands alone ([`stands_alone`]) in the folded text
/// `fs` starts and ends, in bytes (the earliest start; at a tie, the shortest word).
fn first_standing(fs: &str, ws: &[String]) -> Option<(usize, usize)> {
    ws.iter()
        .filter_map(|w| {
            match_positions(fs, w)
                .find(|&x| stands_alone(fs, x, w))
                .map(|x| (x, x + w.len()))
        })
        .min()
}

/// Whether a reported statement opens at the start of `rest` (folded text right after a verb
/// of saying): a comma or a colon, or a word that opens a clause of the language ("che",
/// "que", "dass", "that"; not a Chinese one, which would open a word as well).
fn statement_opens(rest: &str, rules: &FoldedRules) -> bool {
    let rest = rest.trim_start();
    rest.starts_with([',', '，', ':', '：'])
        || rules
            .clause_breaks
            .iter()
            .any(|w| !w.chars().any(is_han) && opens_with(rest, w))
}

/// Whether the folded text `t` opens with the word `w` as a whole word ([`stands_alone`]: no
/// letter or digit of a spaced script right after it; a word in Han characters always does).
fn opens_with(t: &str, w: &str) -> bool {
    t.starts_with(w) && stands_alone(t, 0, w)
}

/// The last word of a marker ("according to" → "to"), if it has one.
fn last_word(m: &str) -> Option<&str> {
    m.rsplit(|c: char| !is_word_char(Some(c)))
        .find(|t| !t.is_empty())
}

/// Whether the [`last_word`] of the marker `m` may be the word `w`, told cheaply (for the
/// many markers of a list asked of each word before a name): a marker that ends in a letter
/// or digit ends in its last word, so it must end with `w` (its last byte first). A necessary
/// condition only: a marker ending otherwise ("selon :") may have any last word.
fn may_end_in(m: &str, w: &str) -> bool {
    if w.is_empty() || m.as_bytes().last() == w.as_bytes().last() {
        return m.ends_with(w) || !is_word_char(m.chars().next_back());
    }
    !is_word_char(m.chars().next_back())
}

/// `text` without what stands in round brackets (Latin or full-width, nested or not): the
/// words between a name and its verb, an aside in brackets left out.
fn outside_brackets(text: &str) -> String {
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
}

fn words_in(t: &str) -> usize {
    let mut n = 0;
    let mut han: usize = 0;
    let mut in_word = false;
    for c in t.chars() {
        if is_han(c) {
            han += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                n += 1;
            }
            in_word = true;
        } else {
            in_word = false;
        }
    }
    n + han.div_ceil(2)
}

fn gap(a: Span, b: Span) -> usize {
    span_between(a, b).map_or(0, |(lo, hi)| hi - lo)
}

/// How many words may stand between a place and the verb of saying of the body it qualifies
/// ([`Context::qualifies_speaker`]): a body's name ("私营气象服务公司阿库气象"), at most.
const SPEAKER_WORDS: usize = 6;

/// How many words, digits left out, the body's name after the place holds at least
/// ([`Context::qualifies_speaker`]): "消防部门", "coast guard"; a day alone ("今天") is none.
const SPEAKER_MIN_WORDS: usize = 2;

/// The index of the sentence holding `span`'s start.
/// How many words a phrase that a source marker opens may hold before its agent (see
/// [`Context::sourced_by_agent`]): "selon les chiffres publiés vendredi par l'".
const SOURCE_PHRASE_WORDS: usize = 7;

/// How many words may stand between a source marker and the word that joins the cited noun
/// to its holder ([`Context::sourced_by_agent`]): "selon des données du", "secondo le stime
/// dell'".
const SOURCE_HOLDER_WORDS: usize = 5;

/// How far back (in bytes) [`Context::sourced_by_agent`] looks for the source marker.
const SOURCE_PHRASE_BYTES: usize = 120;

fn sentence_of(sentences: &[Span], span: Span) -> Option<usize> {
    let i = sentences.partition_point(|s| s.start <= span.start);
    let i = i.checked_sub(1)?;
    let s = sentences.get(i)?;
    (span.start < s.end.max(s.start + 1)).then_some(i)
}

fn entity_ref(e: &EntityMention) -> EntityRef {
    EntityRef {
        id: e.id.clone(),
        name: e.name.clone(),
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Turns one document's mentions into claims with the given frames.
pub(super) fn extract_with(
    input: &ClaimInput<'_>,
    frames: &Frames,
    doc: Option<&DocSentences<'_>>,
) -> Vec<Claim> {
    let ctx = Context::new(input, frames, doc);
    let mut out: Vec<Claim> = Vec::new();
    // The subject of the last claim, with its sentence: carried into the next sentences that
    // name nobody ("公司營收達到...。淨利潤為...").
    let mut carried: Option<(usize, &EntityMention)> = None;
    // Whether each claim of `out` is of a figure nothing names.
    let mut bare: Vec<bool> = Vec::new();
    // The objects of the claims, with their sentences.
    let mut objects: Vec<(usize, String)> = Vec::new();
    for (i, &span) in ctx.sentences.iter().enumerate() {
        // Only sentences with figures make claims.
        if ctx.quantities.get(i).is_none_or(Vec::is_empty) {
            continue;
        }
        let Some(s) = ctx.sentence(i, span) else {
            continue;
        };
        let mut last_money: Option<(&QuantityMention, Option<usize>)> = None;
        // The last figure of the sentence that made a claim, with its frame.
        let mut last_choice: Option<(&QuantityMention, Choice)> = None;
        // Every figure of the sentence that made a claim, with its frame.
        let mut same_unit: Vec<(&QuantityMention, Choice)> = Vec::new();
        // The last figure of the sentence that made a claim of its own, with that claim.
        let mut last_claim: Option<(&QuantityMention, usize)> = None;
        for &q in &s.quantities {
            // A figure inside a name ("Llama 4") is no amount.
            if s.entities
                .iter()
                .any(|e| e.span.contains(&q.span) && e.span != q.span)
            {
                continue;
            }
            if let Some((prev, prev_claim)) = last_money {
                if ctx.is_conversion(&s, prev, q) {
                    if let Some(c) = prev_claim.and_then(|ci| out.get(ci).map(|c| (ci, c))) {
                        let (ci, c) = c;
                        let mut conv = c.clone();
                        conv.quantity = q.quantity;
                        conv.provenance.span = q.span;
                        conv.provenance.text = q.span.slice(input.text).unwrap_or("").to_string();
                        conv.conversion_of = Some(ci);
                        out.push(conv);
                        bare.push(bare.get(ci).copied().unwrap_or(false));
                    }
                    continue;
                }
            }
            // "ricavi per 3,3 miliardi, di cui circa la metà in Asia": a part of the figure
            // before is no fact of the whole's kind. Unless its clause names a kind of its own
            // ("约326万辆，其中海外销量逾70万辆" are overseas sales), it keeps the whole's subject
            // under the key `part:<key>`, multi-valued; a part its clause gives to a party of
            // its own ("dont 1,7 milliard pour sa filiale tesa") is that party's fact of the
            // whole's kind.
            let part = last_claim
                .filter(|&(_, pi)| bare.get(pi) == Some(&false))
                .and_then(|(prev, pi)| Some((ctx.part_of(&s, prev, q)?, out.get(pi)?)))
                .map(|(own, c)| {
                    let mut part = c.clone();
                    part.quantity = q.quantity;
                    part.provenance.span = q.span;
                    part.provenance.text = q.span.slice(input.text).unwrap_or("").to_string();
                    part.confidence = round3(c.confidence * 0.8);
                    part.alternative_subject = None;
                    match own {
                        Some(e)
                            if q.quantity.unit == c.quantity.unit
                                && c.subject.as_ref().is_none_or(|r| r.id != e.id) =>
                        {
                            part.subject = Some(entity_ref(e));
                            part.subject_from = SubjectSource::Sentence;
                        }
                        _ => {
                            if !c.predicate.starts_with("part:") {
                                part.predicate = format!("part:{}", c.predicate);
                            }
                            part.functional = false;
                        }
                    }
                    (part, c.predicate.clone())
                });
            let recent =
                carried.filter(|&(j, _)| i.saturating_sub(j) <= 2 && ctx.same_paragraph(j, i));
            let previous: Vec<String> = objects
                .iter()
                .filter(|(j, _)| j + 1 == i)
                .map(|(_, o)| o.clone())
                .collect();
            let last_of_unit = same_unit
                .iter()
                .rev()
                .find(|(p, _)| p.quantity.unit == q.quantity.unit)
                .copied();
            let carried_on = recent.map(|(_, e)| e);
            // "La ville a mobilisé 85 bateaux": a counted noun whose fact a frame names (ships
            // make a fleet) counts the noun's things where that frame finds no subject; a
            // figure in years that no person holds ("dopo otto anni") is a duration.
            let filled = fill(
                &ctx,
                &s,
                i,
                q,
                carried_on,
                &previous,
                (last_choice, last_of_unit, None),
            )
            .or_else(|| {
                let generic = ctx.generic_choice(&s, q)?;
                fill(
                    &ctx,
                    &s,
                    i,
                    q,
                    carried_on,
                    &previous,
                    (last_choice, last_of_unit, Some(generic)),
                )
            });
            if let Some((part, whole)) = part {
                let own_kind = filled
                    .as_ref()
                    .is_some_and(|(c, _, choice)| !choice.bare && c.predicate != whole);
                if !own_kind {
                    out.push(part);
                    bare.push(false);
                    continue;
                }
            }
            if let Some((_, _, c)) = filled.as_ref() {
                last_choice = Some((q, *c));
                same_unit.push((q, *c));
            }
            let financing = filled.as_ref().is_some_and(|(_, _, choice)| {
                frames
                    .frames()
                    .get(choice.frame)
                    .is_some_and(|f| f.financing)
            });
            if let (true, Some(r)) = (
                financing,
                filled.as_ref().and_then(|(c, _, _)| c.subject.as_ref()),
            ) {
                ctx.financiers.borrow_mut().push((i, r.id.clone()));
            }
            let is_bare = filled.as_ref().is_some_and(|(_, _, c)| c.bare);
            let frame_of = filled.as_ref().map(|(_, _, c)| c.frame);
            let filled = filled.map(|(c, f, _)| (c, f));
            let fallback = filled.as_ref().is_some_and(|(_, f)| *f);
            let claim = filled.map(|(c, _)| c);
            if let Some(o) = claim.as_ref().and_then(|c| c.object.as_ref()) {
                objects.push((i, o.id.clone()));
                if let Some(f) = frame_of {
                    ctx.partners.borrow_mut().push((f, o.id.clone()));
                }
            }
            if let Some(c) = claim.as_ref() {
                // A subject its sentence names only as a complement ("évincé d'Intel fin 2024")
                // was a guess: it is not carried on.
                let governed = c.subject_from == SubjectSource::Sentence
                    && c.subject.as_ref().is_some_and(|r| {
                        s.entities
                            .iter()
                            .filter(|e| e.id == r.id)
                            .all(|e| ctx.marked_by(&s, e, &ctx.markers(&s).preps))
                    });
                // A claim of a counted noun ("30 neue Züge") or of a concept is a fallback: the
                // subjects of the framed claims after it do not depend on it.
                // Nor is a loan's or a subsidy's party, perhaps the lender: the subject before it
                // stays carried on.
                let counted = fallback || financing;
                match c
                    .subject
                    .as_ref()
                    .and_then(|r| input.entities.iter().find(|e| e.id == r.id))
                {
                    _ if counted => {}
                    Some(e) if !governed => carried = Some((i, e)),
                    Some(_) => carried = None,
                    None => {}
                }
            }
            let index = claim.map(|c| {
                out.push(c);
                bare.push(is_bare);
                out.len() - 1
            });
            if let Some(ix) = index {
                last_claim = Some((q, ix));
            }
            if q.quantity.unit.is_currency() {
                last_money = Some((q, index));
            }
        }
    }
    restated(out, &bare, input.text, frames)
}

/// A figure of the sentence before the one being filled that made a claim, with its frame:
/// [`fill`] takes the last one, and the last one of the figure's own unit.
type Earlier<'q> = Option<(&'q QuantityMention, Choice)>;

/// Whether no name and no figure of `s` stand between the spans `p` and `q` (`p` first); a
/// date is no figure of another fact ("678 000 naissances en 2023").
fn nothing_between(s: &Sentence<'_>, p: Span, q: Span) -> bool {
    let inside = |o: Span| o.start >= p.end && o.end <= q.start;
    !s.entities.iter().any(|e| inside(e.span))
        && !s
            .quantities
            .iter()
            .any(|o| inside(o.span) && o.quantity.unit != Unit::Year)
}

/// The claims of figures nothing names ([`Choice::bare`]) where the document states the same
/// amount as a named fact (a headline restating the body: "Investimento da 1,9 miliardi"): of
/// the same subject, the bare claim takes that fact's predicate, object and functionality;
/// of another subject, it is dropped (with its conversions). So is a bare claim in a clause
/// that states a named fact ([`clause_of`]: a semicolon ends one): its figure most likely
/// qualifies that fact ("revenue of $39 billion, up 78%"), unless it measures a dimension
/// besides amounts, shares and counts that no named fact of the clause has ("in nur fünf
/// Sekunden 15 Gigawatt"), or it is of the
/// measure of a named figure beside it, whose key it then takes, multi-valued
/// ([`neighbour_key`]: "nach 6,8 Milliarden Euro im Vorjahr").
fn restated(mut out: Vec<Claim>, bare: &[bool], text: &str, frames: &Frames) -> Vec<Claim> {
    if !bare.iter().any(|&b| b) {
        return out;
    }
    // The named claims by amount, and the sentences that state a named fact, with the
    // dimensions of their facts.
    let mut by_amount: FastMap<(crate::Decimal, Unit), Vec<usize>> = FastMap::default();
    let mut framed: FastMap<Span, Vec<(usize, Option<&'static str>)>> = FastMap::default();
    for (j, c) in out.iter().enumerate() {
        if bare.get(j) == Some(&false) {
            by_amount
                .entry((c.quantity.value, c.quantity.unit))
                .or_default()
                .push(j);
            if c.conversion_of.is_none() {
                let (sentence, clause) = clause_of(c, text);
                framed
                    .entry(sentence)
                    .or_default()
                    .push((clause, dimension(c.quantity.unit)));
            }
        }
    }
    // A figure of an amount, a share or a count qualifies any named fact of its clause or of
    // a clause after it ("revenue of $39 billion, up 78%"; "sales rose 5%; they reached $10
    // billion"), none before it ([`clause_of`]); a measure of another dimension (a duration,
    // a length, a mass: "in nur fünf Sekunden 15 Gigawatt") only a fact of its own dimension.
    let qualifies = |c: &Claim| {
        let dim = dimension(c.quantity.unit);
        let (sentence, clause) = clause_of(c, text);
        framed.get(&sentence).is_some_and(|facts| {
            facts.iter().any(|&(k, d)| {
                k >= clause
                    && (matches!(dim, Some("money" | "percent" | "count") | None) || d == dim)
            })
        })
    };
    let mut keep = vec![true; out.len()];
    for i in 0..out.len() {
        if bare.get(i) != Some(&true) {
            continue;
        }
        let Some(c) = out.get(i) else {
            continue;
        };
        let same = by_amount
            .get(&(c.quantity.value, c.quantity.unit))
            .map_or(&[][..], Vec::as_slice);
        let fact = same
            .iter()
            .filter_map(|&j| out.get(j))
            .find(|o| o.subject == c.subject)
            .map(|o| (o.predicate.clone(), o.object.clone(), o.functional));
        // A bare figure beside a named fact of its sentence qualifies it, unless it is of the
        // measure of a named figure beside it ([`neighbour_key`]).
        let key = if fact.is_none() && same.is_empty() && qualifies(c) {
            neighbour_key(&out, bare, i, text, frames)
        } else {
            None
        };
        let share = shares_a_whole(c, text, frames);
        let qualifier = fact.is_none() && key.is_none() && (!same.is_empty() || qualifies(c));
        let drop = qualifier && !counts_a_thing(c, text, frames) && share.is_none();
        // A share kept beside a named fact as a part of its whole's count.
        let part = share.flatten().filter(|_| qualifier);
        if let (Some(p), Some(c)) = (part, out.get_mut(i)) {
            c.predicate = p;
            c.functional = false;
        }
        if let (Some((p, o)), Some(c)) = (key, out.get_mut(i)) {
            c.predicate = p;
            c.object = o;
            c.functional = false;
        }
        match (fact, out.get_mut(i)) {
            (Some((p, o, f)), Some(c)) => {
                c.predicate = p;
                c.object = o;
                c.functional = f;
            }
            _ if drop => {
                if let Some(k) = keep.get_mut(i) {
                    *k = false;
                }
            }
            _ => {}
        }
    }
    // A conversion of a dropped claim goes with it.
    for i in 0..out.len() {
        let from = out.get(i).and_then(|c| c.conversion_of);
        if from.is_some_and(|f| keep.get(f) == Some(&false)) {
            if let Some(k) = keep.get_mut(i) {
                *k = false;
            }
        }
    }
    let mut index = vec![None; out.len()];
    let mut n = 0;
    for (i, k) in keep.iter().enumerate() {
        if *k {
            if let Some(x) = index.get_mut(i) {
                *x = Some(n);
            }
            n += 1;
        }
    }
    let mut i = 0;
    out.retain(|_| {
        let k = keep.get(i).copied().unwrap_or(true);
        i += 1;
        k
    });
    for c in &mut out {
        c.conversion_of = c
            .conversion_of
            .and_then(|f| index.get(f).copied().flatten());
    }
    out
}

/// The clause of the claim `c` in the document `text`: its sentence and how many semicolons
/// stand in it before the figure. A semicolon joins clauses that could each stand as a
/// sentence, and the clause after it adds a statement of its own ("zahlt 2,6 Milliarden in
/// bar; weitere 800 Millionen fliessen später", "a chiffré le coût à 1,1 milliard ; 400
/// millions d'économies sont attendues"): a bare figure there qualifies no named fact of the
/// clauses before it (nor does [`neighbour_key`] reach across). A figure before a semicolon
/// may still qualify the fact a later clause names ("le chiffre d'affaires a progressé de 5 % ;
/// il atteint 10 milliards").
fn clause_of(c: &Claim, text: &str) -> (Span, usize) {
    let s = c.provenance.sentence;
    let before = text
        .get(s.start..c.provenance.span.start.max(s.start))
        .unwrap_or("");
    (s, before.matches([';', '；']).count())
}

/// Whether the bare count `c` counts a thing a noun names right after it ("57座核反应堆", "33.000
/// Apotheken", "quattro banchine", "six options"): a count of things of its own, the news the
/// sentence gives, not a qualifier of another fact. A noun the scanner kept in the figure's span
/// is one ([`noun_in_span`]: "130 Dialysezentren", "dodici Airbus"); else the word after the
/// figure is such a noun where it is no function word of the language (an article, a
/// preposition, a conjunction, a clause break, an auxiliary: "950 nelle regioni", "162 contre",
/// "1700 wurden"); where every noun is capitalized (the rules' capitalized_nouns: German), it is
/// a capitalized word; where a Han classifier closes the figure, not one of a count of people,
/// times or years ("14人下落不明": the rules' person_classifiers), a word follows it, not a
/// particle, an agent marker or a locative.
fn counts_a_thing(c: &Claim, text: &str, frames: &Frames) -> bool {
    if c.quantity.unit != Unit::Count {
        return false;
    }
    let Some(after) = text.get(c.provenance.span.end..) else {
        return false;
    };
    let r = frames.rules(c.provenance.lang);
    let surface = c.provenance.text.as_str();
    if surface.chars().next_back().is_some_and(is_han) {
        // Written without spaces: a classifier closes the figure, and a word follows.
        let closed = !r
            .person_classifiers
            .iter()
            .any(|k| surface.ends_with(k.as_str()));
        let word_follows = after.chars().next().is_some_and(is_han)
            && ![&r.particles, &r.agent_markers, &r.locatives]
                .iter()
                .any(|l| l.iter().any(|x| after.starts_with(x.as_str())));
        return closed && word_follows;
    }
    if noun_in_span(surface, c.provenance.lang) {
        return true;
    }
    let word: String = after
        .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
        .chars()
        .take_while(|&ch| ch.is_alphabetic() || ch == '-')
        .collect();
    if word.chars().count() < 3 || !after.starts_with([' ', '\u{a0}', '\u{202f}']) {
        return false;
    }
    if r.capitalized_nouns {
        return word.chars().next().is_some_and(char::is_uppercase);
    }
    let w = fold_str(&word);
    ![
        &r.articles,
        &r.prepositions,
        &r.conjunctions,
        &r.clause_breaks,
        &r.previous_markers,
        &r.passive_auxiliaries,
        &r.copulas,
        &r.relatives,
    ]
    .iter()
    .any(|l| l.iter().any(|x| x == &w))
}

/// Whether the surface of a count ends with the noun it counts: the scanner keeps a counted
/// noun in a count's span where it is a capitalized noun or a name ("33.000 Apotheken", "sechs
/// Direktoriumsmitglieder", "deux EPR"), so the span's last word, where it is a word of letters
/// after another and no word of numbers, scales or multiples of the language ("2,5
/// Millionen", "une dizaine"), is that noun.
fn noun_in_span(surface: &str, lang: Lang) -> bool {
    let mut words = surface.split_whitespace();
    let Some(last) = words.next_back() else {
        return false;
    };
    if words.next().is_none()
        || last.chars().count() < 2
        || !last.chars().all(|ch| ch.is_alphabetic() || ch == '-')
    {
        return false;
    }
    !crate::quantity::Scanner::embedded().is_amount_word(lang, &fold_str(last))
}

/// Whether the bare share `c` names the whole it is a share of right after it, joined by a
/// word of `of` ("il 40% delle merci", "mehr als 60 Prozent der Fälle", "environ 90 % de
/// l'énergie", "a quarter of its members": [`CountedNouns::whole_after`]): a share of a thing
/// of its own, the news the sentence gives, not a qualifier of its named figure, whose change
/// or part news writes without its whole ("revenue of $39 billion, up 78%"). `Some` with the
/// key of the part where the whole is a counted noun whose count a frame names (a share of
/// the cases is a part of the case count: `part:case_count`, multi-valued, as a part its
/// sentence gives after the whole's figure).
///
/// [`CountedNouns::whole_after`]: super::nouns::CountedNouns::whole_after
fn shares_a_whole(c: &Claim, text: &str, frames: &Frames) -> Option<Option<String>> {
    if c.quantity.unit != Unit::Percent {
        return None;
    }
    let nouns = frames.counted_nouns();
    let whole = nouns.whole_after(text.get(c.provenance.span.end..)?, c.provenance.lang)?;
    Some(
        whole
            .and_then(|w| nouns.frame_key(w))
            .map(|k| format!("part:{k}")),
    )
}

/// The key a bare figure takes from the named facts of its sentence (`out[i]` is the bare
/// claim, `bare` flags the claims of figures nothing names, `text` is the document): news
/// writing names a measure once and lets the figures of the same measure around it go bare.
/// An amount or a measure set beside a named figure of its unit, against it or in apposition
/// to it ("stieg auf 7,4 Milliarden Euro, nach 6,8 Milliarden Euro im Vorjahr", "ha speso 1,2
/// miliardi di euro, contro 900 milioni di euro nel 2022") is of that figure's measure: it
/// takes the key and object of the nearest named figure of its unit (its currency for money)
/// and of its subject: a figure of another holder is another fact ("Mario Rossi, 52 anni,
/// guida Acme da dieci anni": the company's ten years are no age). Not where the two are of
/// different orders (over ten times apart: a share price beside a market value, a term of
/// forty years beside three years of works), nor across a semicolon, a clause-break word (a
/// new clause states a new fact: "che", "dass", "mais") or a word that makes a figure a whole
/// ("insgesamt bis zu 50 Millionen": the sum of the parts, not a part). Counts and shares keep
/// no neighbour's key: the counts of one sentence are most often the parts of a whole (votes
/// for, against and abstaining), its shares those of different things (the cut in one use and
/// in another, a level beside its threshold), each a fact of its own; a word for the earlier
/// value before one makes it the named fact's at another time ([`fill`]'s `earlier`).
/// `None`: the figure stays a qualifier of the sentence's facts.
fn neighbour_key(
    out: &[Claim],
    bare: &[bool],
    i: usize,
    text: &str,
    frames: &Frames,
) -> Option<(String, Option<EntityRef>)> {
    let c = out.get(i)?;
    let unit = c.quantity.unit;
    if matches!(unit, Unit::Count | Unit::Percent | Unit::Year) {
        return None;
    }
    let gap = |o: &Claim| {
        let (a, b) = (o.provenance.span, c.provenance.span);
        if a.end <= b.start {
            Span::new(a.end, b.start)
        } else {
            Span::new(b.end, a.start.max(b.end))
        }
    };
    let o = out
        .iter()
        .enumerate()
        .filter(|&(j, o)| {
            j != i
                && bare.get(j) == Some(&false)
                && o.conversion_of.is_none()
                && o.provenance.sentence == c.provenance.sentence
                && o.quantity.unit == unit
                && o.subject == c.subject
        })
        .map(|(_, o)| o)
        .min_by_key(|o| gap(o).len())?;
    // Of one order: neither more than ten times the other.
    let (x, y) = (c.quantity.value.abs(), o.quantity.value.abs());
    if x.checked_mul_int(10).is_none_or(|t| t < y) || y.checked_mul_int(10).is_none_or(|t| t < x) {
        return None;
    }
    let g = gap(o);
    let between = fold_str(text.get(g.start..g.end)?);
    if between.contains(';') || between.contains('；') {
        return None;
    }
    let rules = frames.rules(c.provenance.lang);
    let separates = rules
        .clause_breaks
        .iter()
        .chain(&rules.total_markers)
        .any(|w| match_positions(&between, w).any(|x| stands_alone(&between, x, w)));
    if separates {
        return None;
    }
    Some((o.predicate.clone(), o.object.clone()))
}

/// The words of a folded name, split at every character of no word and at hyphens
/// ("hoover-staudamm": "hoover", "staudamm").
fn name_words(folded: &str) -> Vec<&str> {
    folded
        .split(|c: char| !is_word_char(Some(c)) || c == '-')
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether the folded `gap` before a figure ends with one of `frame`'s
/// [`Frame::follow_markers`] of the languages `langs` (a marker of Latin script as a whole word;
/// one in Han characters wherever it ends): "à", "auf", "a", "报" right before the level.
fn ends_with_follow_marker(frame: &Frame, langs: &[Lang], gap: &str) -> bool {
    langs.iter().any(|&l| {
        frame
            .follow_markers
            .iter()
            .filter(|(ml, _)| *ml == l)
            .flat_map(|(_, m)| m)
            .any(|m| {
                gap.strip_suffix(m.as_str()).is_some_and(|rest| {
                    m.chars().any(is_han) || !is_word_char(rest.chars().next_back())
                })
            })
    })
}

fn fill<'a>(
    ctx: &Context<'a>,
    s: &Sentence<'a>,
    i: usize,
    q: &QuantityMention,
    carried: Option<&'a EntityMention>,
    objects: &[String],
    (before, same_unit, forced): (Earlier<'_>, Earlier<'_>, Option<Choice>),
) -> Option<(Claim, bool, Choice)> {
    // A gapped clause restates the verb of the figure before it ("Eni détiendra 60 % et
    // Foxconn 40 %"): its figure takes that figure's frame.
    let gapped = before.filter(|(p, _)| {
        forced.is_none()
            && p.quantity.unit == q.quantity.unit
            && s.entities.iter().any(|e| ctx.gapped(s, e, q))
    });
    let mut restated_from = None;
    // The earlier or replaced value of a fact, for a figure nothing names: a value of another
    // time or plan, multi-valued ([`neighbour_key`] keys such a figure so too).
    let mut earlier = false;
    let mut contrast = None;
    let choice = match gapped {
        Some((_, c)) => c,
        None => match forced.or_else(|| before.and_then(|(p, c)| ctx.following(s, p, c, q))) {
            Some(c) => c,
            None => {
                let own = ctx.choose_frame(s, q);
                // "720 000 naissances, une baisse de 5 %": a change that only a verb of change
                // names, right after a count of a noun, is that noun's change.
                // "48 millions d'hectolitres, en hausse de 4 %": so is a change right after a
                // figure of a fact whose change a frame names, that fact's change.
                let own = own.map(|o| ctx.change_of(s, before, q, o));
                // "Le titre Orvane a bondi de 9 %, tandis que Talvik cédait 0,8 %": a clause
                // that a contrastive conjunction opens, naming a party of its own, restates the
                // fact of the figure before it for that party, unless a cue of its own names
                // another fact.
                // "une inflation de 2,4 % cette année, puis de 1,9 % l'an prochain": a figure
                // of its own period after a figure of a multi-valued fact states that fact
                // for that period.
                // A figure of another unit between them ("5 euros pour une réservation faite
                // quatre jours à l'avance, et de 12 euros pour les autres") leaves the figure
                // of this unit before it to continue.
                let previous = before
                    .filter(|(p, _)| p.quantity.unit == q.quantity.unit)
                    .or(same_unit);
                let restated = previous.filter(|(p, c)| {
                    !c.bare
                        && p.quantity.unit == q.quantity.unit
                        && own.as_ref().is_none_or(|o| ctx.restates(s, o, c))
                });
                contrast = restated.and_then(|(p, c)| ctx.contrast_party(s, p, q, c.frame));
                // "förderte 25.000 Tonnen Zink und 90.000 Tonnen Blei": a figure that nothing
                // names but a frame's fallback, joined by a conjunction to a figure of the unit
                // that a cue named, states the same kind of fact for another thing.
                let plain = own.as_ref().is_some_and(|o| {
                    o.cue.is_none() && o.noun.is_none() && o.concept.is_none() && !o.bare
                });
                // "29 % des élèves échouent, contre 22,4 % en 2012", "kostet 58 Euro statt
                // 49 Euro", "l'opera è costata 7,3 miliardi, contro i 6 previsti": a figure
                // nothing names, right after a word that introduces the earlier or the replaced
                // value, is the value of the named fact before it at another time or in another
                // plan, whatever its dimension (a count, a share, a duration as much as an
                // amount): the same fact, never a qualifier to drop; multi-valued, as two values
                // of another time are no contradiction.
                let unnamed = own.as_ref().is_some_and(|o| o.bare) || plain;
                let joined = |p: &QuantityMention, c: &Choice| {
                    plain
                        && c.cue.is_some()
                        && ctx
                            .frames
                            .frames()
                            .get(c.frame)
                            .is_some_and(|f| ctx.coordinated(s, p, q, f) == Some(true))
                };
                let restated = restated.filter(|(p, c)| {
                    contrast.is_some()
                        || ctx.continues(s, p, q, c)
                        || joined(p, c)
                        || (unnamed && ctx.compared_with(s, p, q))
                });
                restated_from = restated.map(|(p, _)| p.span);
                earlier = own.as_ref().is_some_and(|o| o.bare)
                    && contrast.is_none()
                    && restated.as_ref().is_some_and(|(p, c)| {
                        !ctx.continues(s, p, q, c) && !joined(p, c) && ctx.compared_with(s, p, q)
                    });
                match restated {
                    Some((_, c)) => Choice {
                        cue: None,
                        weight: c.weight * 0.9,
                        yielded_from: None,
                        ..c
                    },
                    None => own?,
                }
            }
        },
    };
    let frame: &Frame = ctx.frames.frames().get(choice.frame)?;
    let region = choice.cue.map_or(q.span, |c| c.cover(q.span));
    let text = ctx.input.text;

    let mut object = frame
        .object
        .as_ref()
        .and_then(|slot| ctx.pick_object(s, slot, q, region, None, true));
    // A figure the document's lead gave to this frame ("bewertet Pexa mit 3,2 Milliarden" in a
    // takeover story): the entity the cue's own frame would take as its subject (the company
    // valued) is this frame's object (the target).
    if let (None, Some(from), Some(slot)) = (object, choice.yielded_from, frame.object.as_ref()) {
        object = ctx
            .frames
            .frames()
            .get(from)
            .and_then(|f| {
                // A discovered name of no known kind may be the target (a company the lexicon
                // does not know), never a bracketed aside (a dateline's agency), nor the story's
                // first name (its headline's actor: the buyer, not the company valued).
                let first = ctx.entities.iter().find_map(|v| v.first());
                let ok = |e: &EntityMention| {
                    (slot.rank(e.kind).is_some() || e.kind == EntityKind::Other)
                        && !ctx.bracketed(e)
                        && first.is_none_or(|m| m.id != e.id)
                };
                let pick = |other| {
                    ctx.pick_subject(
                        s,
                        &f.subject,
                        q,
                        region,
                        None,
                        (from, choice.cue, false, other),
                    )
                    .filter(|(e, _)| ok(e))
                };
                pick(false).or_else(|| pick(true))
            })
            .map(|(e, _)| (e, false));
    }
    // "sur la plupart des produits européens": a state's adjective after an object marker
    // names the object where no name is marked.
    if object.is_none() {
        if let Some(slot) = frame.object.as_ref().filter(|o| o.demonyms) {
            object = ctx.demonym_object(s, slot, region).map(|e| (e, true));
        }
    }
    let object_id = object.map(|(e, _)| e.id.as_str());
    let has_object = frame.object.is_some();
    let mut subject = ctx
        .pick_subject(
            s,
            &frame.subject,
            q,
            region,
            object_id,
            (choice.frame, choice.cue, has_object, false),
        )
        .map(|(e, same)| (e, same, 1.0))
        .or_else(|| {
            // No entity of the slot's kinds: a discovered name of unknown kind, never over a
            // known entity nor a place, with a low confidence.
            if !frame.subject.unknown_kinds {
                return None;
            }
            ctx.pick_subject(
                s,
                &frame.subject,
                q,
                region,
                object_id,
                (choice.frame, choice.cue, has_object, true),
            )
            .map(|(e, same)| (e, same, 0.6))
        })
        .map(|(e, same, fallback)| {
            // From another clause while the figure's own clause refers back ("Microsoft und
            // OpenAI: Der Konzern hat ... investiert"): the referent is a guess.
            let clause = s
                .breaks
                .iter()
                .copied()
                .filter(|&p| p < region.start)
                .max()
                .unwrap_or(s.span.start);
            let w = if same {
                1.0
            } else if e.span.end <= clause && ctx.refers_back_from(s, clause, q) {
                0.5
            } else {
                0.85
            };
            (e, SubjectSource::Sentence, w * fallback)
        });
    // "les droits de douane américains": a state's adjective beside the cue names the state
    // that acts, whoever else the sentence names.
    if frame.subject.demonyms {
        if let Some(e) = choice
            .cue
            .and_then(|c| ctx.demonym_subject(s, c, object_id))
        {
            subject = Some((e, SubjectSource::Sentence, 1.0));
        }
    }
    // "X e Y ottengono rispettivamente il 7% e il 4%": the list pairs each figure with a name.
    if let Some(e) = ctx
        .respective(s, q, &frame.subject)
        .filter(|e| object_id != Some(e.id.as_str()))
    {
        subject = Some((e, SubjectSource::Sentence, 1.0));
    }
    // "quatre malfaiteurs ont hissé une nacelle jusqu'au balcon, côté Seine": a figure that
    // only its counted noun or nothing names, opening its clause, is that clause's own
    // subject, and a name after it a complement of its verb, not the holder of what is
    // counted; unless the name qualifies the counted noun itself ("2 000 salariés de Renault
    // ont débrayé"). A noun that names a frame's fact keeps that frame's subject ("sette
    // offerenti si sono contesi la tela di X": the lot's bidders).
    let generic = choice.bare || frame.key == ctx.frames.counted_nouns().frame();
    if choice.cue.is_none() && generic {
        if let Some((e, SubjectSource::Sentence, _)) = subject {
            if e.span.start >= region.end
                && ctx.opens_clause(s, q)
                && !ctx.qualifies_noun(s, q, choice.noun.map(|n| n.1), e)
            {
                subject = None;
            }
        }
    }
    // "Die Allianz versichert 9.000 Mitarbeiter von Siemens": a name that qualifies the
    // counted noun (or the cue right after the figure, "Mitarbeiter" of a headcount) holds
    // what is counted, whoever the clause's subject is, where the noun counts the people or
    // sites of an organization (of chips, "18 mila chip di Nvidia", the name may be the maker).
    let noun = choice.noun.map(|n| n.1).or_else(|| {
        choice
            .cue
            .filter(|c| c.start > q.span.start && c.start <= q.span.end + NOUN_CUE_GAP)
    });
    let held = || {
        let nouns = ctx.frames.counted_nouns();
        match choice.noun {
            Some((concept, _)) => nouns.held(concept),
            None => nouns.held_by_frame(&frame.key),
        }
    };
    if let Some(noun) = noun.filter(|_| q.quantity.unit == Unit::Count && held()) {
        let holder = s.entities.iter().copied().find(|e| {
            frame.subject.rank(e.kind).is_some()
                && object_id != Some(e.id.as_str())
                && !e.span.overlaps(&q.span)
                && !ctx.holds_nothing(e)
                && ctx.qualifies_noun(s, q, Some(noun), e)
        });
        if let Some(h) = holder {
            subject = Some((h, SubjectSource::Sentence, 1.0));
        }
    }
    // "La société, qui compte Microsoft parmi ses actionnaires, est valorisée ...": a noun that
    // refers back opens the figure's clause and the entity found comes after it (not in
    // apposition, "la société française Mistral AI"): the referent is the context's subject.
    let anaphor = subject.and_then(|_| ctx.noun_anaphor_before(s, region));
    if let (Some((e, _, _)), Some(a)) = (subject, anaphor) {
        // A name a preposition governs is no apposition: "il gruppo di Tolosa" is the group
        // from Toulouse, "la filiale di X" is X's subsidiary, not X.
        let apposition = ctx.apposition(a, e) && !ctx.marked_by(s, e, &ctx.markers(s).preps);
        if frame.subject.context && e.span.start >= a.end && !apposition {
            if let Some((c, src)) = ctx.context_subject(i, frame, object_id, carried, true) {
                let w = match src {
                    SubjectSource::PreviousSentence => 0.6,
                    SubjectSource::Headline => 0.5,
                    _ => 0.4,
                };
                subject = Some((c, src, w));
            }
        }
    }
    // "小米集团总裁卢伟冰表示，公司将投入10亿欧元", "Il CEO di X, Y, ha detto che la società
    // investirà": a noun that refers to a company, between the person found and the figure,
    // names the company the person speaks for: the sentence's nearest organization before the
    // noun, else the context's.
    if let (Some((e, SubjectSource::Sentence, _)), Some(a)) = (subject, anaphor) {
        if e.kind == EntityKind::Person
            && a.start >= e.span.end
            && frame.subject.rank(EntityKind::Organization).is_some()
        {
            let org = s.entities.iter().copied().rev().find(|o| {
                o.kind == EntityKind::Organization
                    && o.span.end <= a.start
                    && object_id != Some(o.id.as_str())
            });
            if let Some(o) = org {
                subject = Some((o, SubjectSource::Sentence, 0.8));
            } else if let Some((c, src)) = ctx.context_subject(i, frame, object_id, carried, true) {
                if c.kind != EntityKind::Person {
                    subject = Some((c, src, 0.5));
                }
            }
        }
    }
    // The context may supply the subject only where the sentence names nobody else: an
    // unknown name before the figure may be the true subject.
    // "Der chinesische Bergbaukonzern X ... Die Chinesen übernehmen 95 Prozent": a reference
    // by the words the text described one name with names that one.
    if subject.is_none() && frame.subject.context {
        subject = ctx
            .described(i, s, q, &frame.subject, object_id)
            .map(|e| (e, SubjectSource::Description, 0.7));
    }
    // "Der 24-jährige Tiroler besiegte ...", "The 24-year-old beat ...": a person's figure in
    // the description that opens the sentence (an article, then the figure) refers back to
    // the person the context names, even in a slot that takes nobody from the context.
    // "L'ancien maire a été condamné à trois ans de prison": a slot that says so takes the
    // person the sentence before names (never a headline's nor the story's main party).
    if subject.is_none()
        && !frame.subject.context
        && frame.subject.kinds.first() == Some(&EntityKind::Person)
        && (ctx.opens_description(s, q) || frame.subject.previous_person)
    {
        subject = ctx
            .context_subject(i, frame, object_id, carried, true)
            .filter(|(e, src)| {
                e.kind == EntityKind::Person && *src == SubjectSource::PreviousSentence
            })
            .map(|(e, src)| (e, src, 0.6));
    }
    // "Il Paese, che conta 123 milioni di abitanti, è il più anziano dopo X": a noun that refers
    // back to a state before the figure names the state the text spoke of, where the sentence
    // names no party before it.
    if frame.subject.rank(EntityKind::Place).is_some() {
        if let Some(a) = ctx.state_anaphor_before(s, region) {
            let named_before = subject.is_some_and(|(e, _, _)| e.span.start < a.start);
            if !named_before {
                if let Some(st) = ctx
                    .state_referent(i, s, a)
                    .filter(|st| object_id != Some(st.id.as_str()))
                {
                    subject = Some((st, SubjectSource::Sentence, 0.85));
                }
            }
        }
    }
    // "En Bretagne, la récolte atteint 40 000 tonnes. Quelque 300 exploitations y ferment":
    // an adverb that refers back to a place names the place the paragraph set its figures in,
    // where the sentence names no party before it.
    if frame.subject.rank(EntityKind::Place).is_some() {
        if let Some(a) = ctx.place_adverb_in(s, region) {
            if subject.is_none_or(|(e, _, _)| e.span.start >= a.start) {
                if let Some(p) = ctx
                    .place_referent(i)
                    .filter(|p| object_id != Some(p.id.as_str()))
                {
                    subject = Some((p, SubjectSource::PreviousSentence, 0.85));
                }
            }
        }
    }
    // "In Portogallo sono nati 82.000 bambini": a sentence that names no party holds its
    // figure for the place where it sets it.
    // A dateline's place ("TOKYO - Nel 2024 in Giappone sono nati") is where the story was
    // filed: the place the clause sets its figure in holds it.
    // A change in percent set in a place, for a slot that prefers other parties ("Il gruppo ha
    // presentato i conti. In Nord America la crescita si è fermata al 3%"), is the party's
    // change in that market: the place is no holder.
    let segment = q.quantity.unit == Unit::Percent
        && frame.subject.rank(EntityKind::Place).is_some_and(|r| r > 0);
    // "Destatis erklärte, in Bayern seien 12.000 Wohnungen gebaut worden": so does a statement
    // that sets its figure in a place, whoever speaks it.
    let speaker = subject.and_then(|(e, src, _)| {
        (src == SubjectSource::Sentence && ctx.speaks_before(s, e, q.span.start)).then_some(e)
    });
    if !segment && (speaker.is_some() || subject.is_none_or(|(e, _, _)| ctx.in_dateline(e))) {
        if let Some(e) = ctx
            .locative_holder(s, q, region, &frame.subject, object_id)
            .filter(|p| speaker.is_none_or(|sp| ctx.speaks_before(s, sp, p.span.start)))
        {
            subject = Some((e, SubjectSource::Sentence, 0.85));
        }
    }
    if subject.is_none() && frame.subject.context && !ctx.unknown_name_before(s, q, frame.contest) {
        // A sentence that refers back ("la società", "es", "該公司") makes the carried-over
        // subject surer.
        let back = if ctx.refers_back(s, q) { 1.0 } else { 0.75 };
        // Nor from the context: a place that only qualifies the speaker of the statement
        // ([`Context::qualifies_speaker`]).
        let spoke = s
            .entities
            .iter()
            .find(|e| ctx.qualifies_speaker(s, e, q))
            .map(|e| e.id.as_str());
        subject = ctx
            .context_subject(i, frame, object_id.or(spoke), carried, back >= 1.0)
            .filter(|(e, _)| spoke != Some(e.id.as_str()))
            .map(|(e, src)| {
                let w = match src {
                    SubjectSource::PreviousSentence => 0.6,
                    SubjectSource::Headline => 0.5,
                    _ => 0.4,
                };
                (e, src, w * back)
            });
    }
    // A noun phrase that names a party of the deal ("der Käufer", "la cible") before the
    // figure in its clause names the subject, unless a name stands between them.
    let party = frame
        .subject
        .rank(EntityKind::Organization)
        .and_then(|_| ctx.deal_party_before(s, q.span.start))
        .filter(|p| object_id != Some(p.id.as_str()));
    let subject = match (subject, party) {
        (None, Some(p)) => Some((p, SubjectSource::Sentence, 0.8)),
        (s, _) => s,
    };
    // A clause that restates the fact before it for a party of its own is that party's.
    let subject = match contrast.filter(|_| restated_from.is_some()) {
        Some(e) if object_id != Some(e.id.as_str()) => Some((e, SubjectSource::Sentence, 0.9)),
        _ => subject,
    };
    // "L'Indonésie lance « Whoosh » ... La ligne compte quatre gares": a property of the
    // document's thing (its cost, its length, what it has or carries) whose sentence names no
    // party of its own is the thing's, not the country or the company the context gives, nor a
    // place the sentence sets as a scene or an endpoint ("entre Jakarta et Bandung"); a noun
    // that refers back to a company ("le groupe compte") keeps the company.
    let subject = match ctx.thing_for(s, q, frame, &choice, region, object_id, subject) {
        Some(t) => Some((t, SubjectSource::Document, 0.6)),
        None => subject,
    };
    // A toll or an epidemic's figure is the affected state's: not the dateline's city, the
    // county where it struck, nor a body that reports it; an organization the sentence names
    // as its own party keeps it, where the slot takes organizations.
    // A measure of a structure or a craft is the one's the sentence names or refers back to.
    let subject = match subject {
        Some((e, src, _))
            if frame.craft_subject
                && !(src == SubjectSource::Sentence && ctx.craft_of(s.lang, e, STRUCTURES)) =>
        {
            ctx.craft_holder(i, s, q, STRUCTURES, false).or(subject)
        }
        None if frame.craft_subject => ctx.craft_holder(i, s, q, STRUCTURES, false),
        other => other,
    };
    // Who and what is on board (the crew, the pilots, the passengers, the containers) is the
    // craft's the sentence names or refers to, or the one last named where it says so.
    let carried_concept = choice
        .noun
        .and_then(|(n, _)| ctx.frames.counted_nouns().concept(n))
        .filter(|c| CARRIED.contains(c));
    let carried = carried_concept.is_some();
    // A crew and its pilots are always some craft's.
    let aboard = carried_concept.is_some_and(|c| c == "crew" || c == "pilot");
    let subject = match subject {
        Some((e, SubjectSource::Sentence, _)) if carried && ctx.craft_of(s.lang, e, CRAFTS) => {
            subject
        }
        _ if carried => ctx.craft_holder(i, s, q, CRAFTS, aboard).or(subject),
        other => other,
    };
    let subject = if frame.subject.affected {
        // A state's public body is no party of its own: it speaks for the state.
        let own_party = subject.is_some_and(|(e, src, _)| {
            src == SubjectSource::Sentence
                && matches!(e.kind, EntityKind::Organization | EntityKind::Other)
                && ctx.frames.state_of(&e.id).is_none()
                && !ctx.discovered_body(e)
        });
        if own_party {
            subject
        } else {
            let holder = ctx
                .struck(s, q)
                .map(|e| (e, SubjectSource::Sentence, 1.0))
                .or_else(|| ctx.affected_state(i, s, q))
                .or(subject);
            // The toll of a story about a named storm or craft (a name the headline sets off,
            // "Hurrikan «Irma»", "飓风“艾尔玛”", "la «Concordia»") is that thing's, not the
            // country it struck nor the region it sank off: a place below a country that the
            // sentence names itself (a federal state, a county, a town) keeps its own share.
            let yields = |e: &EntityMention| {
                e.kind == EntityKind::Place
                    && (ctx.frames.is_state(&e.id) || !s.entities.iter().any(|o| o.id == e.id))
            };
            match (holder, ctx.thing().filter(|t| t.kind == EntityKind::Other)) {
                (Some((e, _, _)), Some(t)) if e.id != t.id && yields(e) => {
                    Some((t, SubjectSource::Document, 0.6))
                }
                (None, Some(t)) => Some((t, SubjectSource::Document, 0.5)),
                (h, _) => h,
            }
        }
    } else {
        subject
    };
    // A toll, the buildings struck or an area that a named disaster the sentence names by the
    // figure ("Das Palisades Fire hat rund 80 Quadratkilometer erfasst") are the disaster's.
    let subject = if frame.subject.affected || q.quantity.unit == Unit::Area {
        ctx.disaster_holder(s, q)
            .map(|d| (d, SubjectSource::Sentence, 0.9))
            .or(subject)
    } else {
        subject
    };
    // An event's shows or spectators in a place the figure names ("drei Konzerte in Wien",
    // "在新加坡連唱6場") are that place's.
    let subject = match frame.place_holds.then(|| ctx.show_place(s, q)).flatten() {
        Some(p) => Some((p, SubjectSource::Sentence, 0.9)),
        None => subject,
    };
    // "Knapp zwei Wochen nach der Entgleisung im US-Bundesstaat Ohio wächst in der Kleinstadt
    // X die Sorge ... Betroffen waren bis zu 2000 Menschen": the figures of a story about what
    // happened at a site are the site's ([`Context::site`]), not those of the state, region or
    // city the lead sets it in, where the sentence names that place at most as a scene; not a
    // share (in percent), which is often of the wider place.
    let subject = match (subject, ctx.site()) {
        (Some((e, src, w)), Some(site))
            if q.quantity.unit != Unit::Percent
                && frame.subject.rank(EntityKind::Place).is_some()
                && site.holders.contains(&e.id.as_str())
                && object_id != Some(site.place.id.as_str())
                && ctx.only_scene(s, e) =>
        {
            Some((site.place, src, w))
        }
        (other, _) => other,
    };
    let (subject, source, subject_weight) = subject?;
    // An event named short ("le Finals") is the document's one event of that name ("Nitto
    // ATP Finals").
    let event = frame.event_subject.then(|| ctx.document_event(i, s.lang));
    let subject = match event.flatten() {
        Some(d) if d.id != subject.id && name_within(&subject.name, &d.name) => d,
        _ => subject,
    };
    // A person who leads an organization speaks for it where the slot prefers organizations:
    // "Y, directeur général de X, a annoncé un investissement de 2 milliards" is X's.
    let slot = &frame.subject;
    // Not for what a person may hold in their own name (a founder's stake), unless a concept
    // of no frame names the figure (a debt, a share of traffic).
    let own = slot.own_name
        && slot.rank(EntityKind::Person).is_some()
        && !matches!(choice.concept, Some((_, false)));
    let prefers_org = slot
        .rank(EntityKind::Organization)
        .is_some_and(|o| slot.rank(EntityKind::Person).is_none_or(|p| o < p))
        && !own;
    let led = ctx
        .affiliation(subject)
        .filter(|o| prefers_org && object_id != Some(o.id.as_str()));
    // A figure nothing names makes a claim only about a party its own sentence names, or the
    // story's own topic (its section's headline party, its main subject) where the sentence
    // names nobody: a party the sentence before names in passing is no surer a holder of an
    // unnamed figure than anything else. Never a person: the people a sentence names are
    // mostly its speakers. A party the sentence names counts however it was found, also by
    // the relaxed second pick ("le Vidauban Fire quelque 12 km², maîtrisé à 35 %": the fire of
    // the second clause holds its own share).
    let named_here = source == SubjectSource::Sentence;
    let topic = match source {
        SubjectSource::Headline | SubjectSource::Document => true,
        SubjectSource::PreviousSentence => ctx
            .main_subject(i, slot, object_id)
            .is_some_and(|m| m.id == subject.id),
        _ => false,
    };
    if choice.bare && (!(named_here || topic) || subject.kind == EntityKind::Person) {
        return None;
    }
    let mut subject = led.unwrap_or(subject);
    // "Pékin a exporté 3 000 tonnes": a capital speaks for its state, where the document names
    // it; a capital that stands for the other party names no subject of this claim.
    let capital = ctx.state_for(slot, subject).map(|st| (st, subject));
    if let Some((st, _)) = capital {
        if object_id == Some(st.id.as_str()) {
            return None;
        }
        subject = st;
    }
    // "Talvik cede a Orvane il 22,8% di Brenta": what a sale hands over is the buyer's, where
    // the subject found is the seller before the verb or comes from the context.
    // The buyer is no object of its own purchase: the object is then what is sold, when the
    // sale names it.
    let buyer = ctx
        .sale_buyer(s, q, frame, choice.bare)
        .filter(|(b, _, _)| b.id != subject.id);
    // Nor is the seller the object ("Talvik verkauft seine Beteiligung von 30 Prozent an
    // Orvane" names no company the stake is in): only what the sale names after its verb.
    let mut seller = None;
    if let Some((b, target, from)) = buyer {
        subject = b;
        seller = from;
        let party = |e: &EntityMention| e.id == b.id || from.is_some_and(|x| x.id == e.id);
        if object.is_none_or(|(o, _)| party(o)) {
            object = target.filter(|t| !party(t)).map(|t| (t, false));
        }
    }
    // "La famille fondatrice conservera 30 % du capital": in a story of a takeover, what a
    // word of keeping stands by in its clause is the seller's; the buyer the context offers
    // keeps nothing, and a sentence that names no keeper makes no claim.
    if frame.transferred
        && source != SubjectSource::Sentence
        && party.is_none()
        && buyer.is_none()
        && ctx.deal().is_some_and(|d| d.buyer.id == subject.id)
        && ctx.keeps(s, q)
    {
        return None;
    }
    if let Some(p) = party {
        subject = p;
    } else if let Some(d) = ctx.deal().filter(|_| frame.deal && buyer.is_none()) {
        // A figure of the deal (its price, premium, synergies, closing) belongs to its buyer,
        // unless the sentence names another organization before the figure, not the target
        // (another deal: "2017 hatte X die Firma Z für 4 Milliarden gekauft").
        let named = source == SubjectSource::Sentence
            && subject.kind == EntityKind::Organization
            && subject.score >= DISCOVERED_SCORE
            && subject.span.end <= q.span.start
            && d.target.is_none_or(|t| t.id != subject.id);
        // A sentence that names the deal's other party as the object reads it itself, when
        // its subject is a name a lexicon knows.
        let read = object.is_some()
            && source == SubjectSource::Sentence
            && subject.score >= DISCOVERED_SCORE;
        if !named && !read && object_id != Some(d.buyer.id.as_str()) {
            subject = d.buyer;
        }
    }
    if object.is_none() {
        // A gapped clause, or one that restates the fact before it, names its own party only:
        // the other names belong to the clause before it.
        let marked_only = gapped.is_some() || restated_from.is_some();
        object = frame
            .object
            .as_ref()
            .and_then(|slot| ctx.pick_object(s, slot, q, region, Some(&subject.id), marked_only));
    }
    if object.is_some_and(|(o, _)| seller.is_some_and(|x| x.id == o.id)) {
        object = None;
    }
    if object.is_some_and(|(o, _)| o.id == subject.id || capital.is_some_and(|(_, c)| c.id == o.id))
    {
        object = None;
    }
    let mut object_weight = match object {
        Some((_, false)) => 0.8,
        _ => 1.0,
    };
    // "... une participation de 35 % dans Voltaria. Nordwind investit 1,2 milliard d'euros":
    // where an empty object would change the predicate, the other party named in the previous
    // sentence of the same paragraph fills it, with a lower confidence.
    if object.is_none() && frame.without_object.is_some() {
        if let Some(e) = frame
            .object
            .as_ref()
            .and_then(|slot| ctx.previous_object(i, slot, &subject.id, objects))
        {
            object = Some((e, false));
            object_weight = 0.7;
        }
    }
    let time = s
        .quantities
        .iter()
        .filter(|y| y.quantity.unit == Unit::Year && y.span != q.span)
        .min_by_key(|y| gap(y.span, q.span))
        .and_then(|y| {
            Some(TimeRef {
                year: y.quantity.value.to_string().parse().ok()?,
                span: y.span,
                text: y.span.slice(text)?.to_string(),
            })
        });
    let confidence =
        round3(choice.weight * subject_weight * object_weight * subject.score.clamp(0.3, 1.0));
    let (predicate, functional) = match (&frame.without_object, object) {
        (Some(p), None) => (p.key.clone(), p.functional),
        _ => (frame.key.clone(), frame.functional_for(Some(subject.kind))),
    };
    // "prevede ricavi tra 38 e 39 miliardi": a guidance, not the revenue reported.
    let (predicate, functional) = match &frame.forecast {
        Some(p) if ctx.forecast(s, q) => (p.key.clone(), p.functional),
        _ => (predicate, functional),
    };
    // "la procura aveva chiesto 7 anni di carcere": a request, not the sentence.
    let (predicate, functional) = match &frame.requested {
        Some(p) if ctx.requested(s, q) => (p.key.clone(), p.functional),
        _ => (predicate, functional),
    };
    // A counted noun names the fact by its concept; a generic count is multi-valued. A noun
    // whose frame yielded to the lead's ("85 sièges" in an election story) keeps that frame.
    let yielded_key = choice
        .yielded_from
        .and_then(|f| ctx.frames.frames().get(f))
        .map(|f| f.key.as_str());
    // A toll's noun ("15 sopravvissuti", "sieben Tote") keeps the toll's key where the toll
    // found no struck state and the story's thing holds the figure: who holds it does not
    // change what it counts.
    let toll = choice
        .noun
        .and_then(|(c, _)| ctx.frames.counted_nouns().frame_key(c))
        .and_then(|k| ctx.frames.get(k))
        .filter(|f| f.subject.affected && f.accepts(q.quantity.unit));
    let (predicate, functional) = match (choice.noun, toll) {
        (Some(_), Some(f)) => (f.key.clone(), f.functional_for(Some(subject.kind))),
        (Some((c, _)), None)
            if ctx.frames.counted_nouns().frame_key(c) != Some(frame.key.as_str())
                && (yielded_key.is_none()
                    || ctx.frames.counted_nouns().frame_key(c) != yielded_key) =>
        {
            (
                format!(
                    "{}:{}",
                    dimension(q.quantity.unit)?,
                    ctx.frames.counted_nouns().concept(c)?
                ),
                false,
            )
        }
        _ => (predicate, functional),
    };
    let (predicate, functional) = match dimension(q.quantity.unit) {
        Some(d) if choice.bare => (d.to_string(), false),
        _ => (predicate, functional),
    };
    // A craft is no route: where the figure's phrase names a ship, an aircraft or a train by
    // its noun, its length ("uno scafo lungo 56 metri", "die 56 Meter lange Segeljacht",
    // "这艘船全长56米") is its own `length`, whatever cue named it; only a structure one
    // travels along or across (a bridge, a line, a road) has a route's length.
    let craft = ctx.frames.frames().iter().find(|f| {
        f.craft_key.as_deref() == Some(predicate.as_str())
            && f.accepts(q.quantity.unit)
            && ctx.names_craft(s, q)
    });
    let (predicate, functional) = match craft {
        Some(f) => (f.key.clone(), f.functional_for(Some(subject.kind))),
        None => (predicate, functional),
    };
    // A structure's measure takes the key its cue would give it.
    let (predicate, functional) = match frame.craft_key.as_ref() {
        Some(k)
            if predicate == frame.key
                && craft.is_none()
                && !ctx.names_craft(s, q)
                && ctx.craft_of(s.lang, subject, STRUCTURES)
                && ctx.frames.get(k).is_some() =>
        {
            let f = ctx
                .frames
                .get(k)
                .map(|f| f.functional_for(Some(subject.kind)));
            (k.clone(), f.unwrap_or(functional))
        }
        _ => (predicate, functional),
    };
    // A concept names the fact by its key, or by the frame's it maps to.
    let (predicate, functional) = match choice.concept {
        Some((c, false)) => {
            let concepts = ctx.frames.concepts();
            (
                concepts.key(c, q.quantity.unit)?,
                concepts.functional(c, q.quantity.unit),
            )
        }
        _ => (predicate, functional),
    };
    // A claim of a counted noun or a concept is a guess, and a gapped clause's party is not
    // what the next sentences speak of: neither carries its subject on.
    let fallback = choice.noun.is_some()
        || choice.concept.is_some()
        || choice.bare
        || gapped.is_some()
        || restated_from.is_some();
    let claim = Claim {
        subject: Some(entity_ref(subject)),
        predicate,
        object: object.map(|(e, _)| entity_ref(e)),
        quantity: q.quantity,
        functional: functional && !earlier,
        provenance: Provenance {
            doc: ctx.input.doc.to_string(),
            lang: s.lang,
            sentence: s.span,
            span: q.span,
            text: q.span.slice(text).unwrap_or("").to_string(),
            cues: choice
                .cue
                .into_iter()
                .chain(choice.noun.map(|(_, span)| span))
                .collect(),
        },
        confidence,
        time,
        conversion_of: None,
        subject_from: source,
        alternative_subject: None,
    };
    Some((claim, fallback, choice))
}

#[cfg(test)]
mod tests {
    use super::{last_word, may_end_in, noun_in_span, outside_brackets, SLOW_ANAPHORS};
    use crate::lang::Lang;
    use crate::{Document, Pipeline};
    use std::sync::OnceLock;

    fn pipeline() -> &'static Pipeline {
        static P: OnceLock<Pipeline> = OnceLock::new();
        P.get_or_init(Pipeline::default)
    }

    /// Pieces of news in four languages, heavy in words that refer back, some inside others
    /// ("Konzern" in "Chipkonzern", "公司" in "子公司" and "該公司"), so that random texts meet
    /// both readings of the anaphors: the hits of one search and the search per word.
    const PIECES: &[&str] = &[
        "Der Chipkonzern",
        "das Unternehmen",
        "der Autobauer",
        "Konzern",
        "Konzernkonzern",
        "die Bank",
        "es",
        "seine",
        "investierte",
        "Umsatz von",
        "5 Milliarden Euro",
        "rund 40 Prozent",
        "Siemens",
        "Volkswagen",
        "la società",
        "il gruppo",
        "suo",
        "ha investito",
        "fatturato di",
        "3,2 miliardi di euro",
        "Enel",
        "Stellantis",
        "la société",
        "le groupe",
        "elle",
        "a investi",
        "chiffre d'affaires de",
        "1,5 milliard d'euros",
        "Renault",
        "Airbus",
        "該公司",
        "该公司",
        "子公司",
        "公司",
        "集團",
        "其",
        "投資",
        "營收",
        "20億元",
        "百分之十五",
        "小米",
        "華為",
        ".",
        ",",
        "。",
        "\n",
    ];

    fn claims_of(text: &str, slow: bool) -> String {
        SLOW_ANAPHORS.with(|c| c.set(slow));
        let a = pipeline().analyze(&Document::new("p.txt", text));
        SLOW_ANAPHORS.with(|c| c.set(false));
        format!("{:?}", a.map(|a| a.claims))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(96))]
        /// The fast anaphor reading (one search, its hits cut at each figure) gives the same
        /// claims as searching each word again before each figure.
        #[test]
        fn fast_anaphors_match_the_simple_search(
            picks in proptest::collection::vec(0..PIECES.len(), 1..40),
            spaced in proptest::bool::ANY,
        ) {
            let sep = if spaced { " " } else { "" };
            let text = picks.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(sep);
            proptest::prop_assert_eq!(claims_of(&text, false), claims_of(&text, true));
        }
    }

    #[test]
    fn both_anaphor_readings_give_claims() {
        // Not vacuous: the pieces do make claims through a word that refers back.
        let text = "Siemens a publié ses comptes. Le groupe a investi 1,5 milliard d'euros.";
        let fast = claims_of(text, false);
        assert!(fast.contains("Siemens"), "{fast}");
        assert_eq!(fast, claims_of(text, true));
    }

    proptest::proptest! {
        /// Where a marker's last word is `w`, [`may_end_in`] lets it through.
        #[test]
        fn may_end_in_never_drops_a_last_word(
            m in "[a-zé :'.]{0,12}",
            w in "[a-zé]{1,4}",
        ) {
            if last_word(&m) == Some(w.as_str()) {
                proptest::prop_assert!(may_end_in(&m, &w));
            }
            // And where it says no, the marker's last word is not `w`.
            if !may_end_in(&m, &w) {
                proptest::prop_assert_ne!(last_word(&m), Some(w.as_str()));
            }
        }
    }

    #[test]
    fn may_end_in_examples() {
        assert!(may_end_in("according to", "to"));
        assert!(!may_end_in("according to", "of"));
        // The last byte alike, the end not.
        assert!(!may_end_in("quoted", "red"));
        assert!(may_end_in("quoted", "ed"));
        // A marker ending in punctuation may end in any word.
        assert!(may_end_in("selon :", "de"));
    }

    #[test]
    fn outside_brackets_drops_asides() {
        assert_eq!(outside_brackets("la X (ex Y) stima"), "la X  stima");
        assert_eq!(outside_brackets("X（前稱Y）估計"), "X估計");
        assert_eq!(outside_brackets("a (b (c) d) e"), "a  e");
        // An unbalanced closing bracket is no aside's end before any opening one.
        assert_eq!(outside_brackets("a) b"), "a b");
    }

    #[test]
    fn a_noun_closes_a_count_span_but_no_number_or_scale_word_does() {
        assert!(noun_in_span("33.000 Apotheken", Lang::De));
        assert!(noun_in_span("sechs Direktoriumsmitglieder", Lang::De));
        assert!(noun_in_span("deux EPR", Lang::Fr));
        assert!(!noun_in_span("knapp 2,5 Millionen", Lang::De));
        assert!(!noun_in_span("une dizaine", Lang::Fr));
        assert!(!noun_in_span("10 Mio.", Lang::De));
        assert!(!noun_in_span("rund 8500", Lang::De));
        assert!(!noun_in_span("Vier", Lang::De));
    }
}
