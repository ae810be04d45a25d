//! Predicate frames: which predicate a figure states, read from cue words, as data.
//!
//! A frame is a predicate with a language-neutral key (`investment`, `stake`, `gpu_count`),
//! the units its figure may have (money, percent, power, count, year...), two typed slots
//! (the subject, and optionally an object such as the investee) and cue words per language.
//! Frames live in JSON (`data/frames/default.json` is embedded); users load their own with
//! [`Frames::from_json`] or add to the default ones with [`Frames::with`].
//!
//! ## The file format
//!
//! ```json
//! {
//!   "languages": {
//!     "it": {"clause_breaks": ["che"], "prepositions": ["di", "a"], "agent_markers": [],
//!            "articles": ["il", "la"], "conversion_markers": ["pari a"]}
//!   },
//!   "frames": [{
//!     "key": "investment", "functional": true, "units": ["money"],
//!     "subject": {"role": "investor", "kinds": ["organization", "person"]},
//!     "object": {"role": "investee", "kinds": ["organization"], "unmarked": true,
//!                "markers": {"it": ["in", "nella"]}},
//!     "cues": {"it": ["investi*", "investimento"]}
//!   }]
//! }
//! ```
//!
//! - Cue syntax (a leading `~` makes a cue weak: a word several frames share, such as "jobs",
//!   that chooses its frame only where no other cue does; a leading `^` makes it count only in
//!   a text that speaks of a contest, with one of the language's `contest_words` or
//!   `opponent_markers`: "kassierte" is prize money beside "besiegte", not beside "Steuern"; `@topic:word`
//!   counts only in a sentence holding one of the language's `topic_words` of that topic:
//!   "geschätzt" is a pre-sale estimate only beside an auction): `word` matches a whole word, `stem*` a word starting with `stem`, `*tail` a
//!   word ending with `tail` (German compounds: `*anteil` matches `Prozent-Anteil` and
//!   `Mehrheitsanteil`), `*part*` anywhere inside a word. Words are folded (case, accents,
//!   traditional and simplified Chinese) before matching; cues written in Han characters match
//!   anywhere, since Chinese has no spaces.
//! - `units`: `money`, `percent`, `power`, `energy`, `count`, `year` (a calendar year),
//!   `years`, `months`, `days`, `hours`, `minutes`, `duration` (any of them), `area`, `length`, `mass`.
//! - A slot's `markers` are the words that introduce its entity ("in Scale AI", "an Scale AI",
//!   "向 Scale AI"); `unmarked: true` lets the slot take the nearest entity of its kinds without
//!   a marker (with a lower confidence); `max_gap` wants the entity within so many bytes of the
//!   figure (the counted model in "10,000 H100 GPUs"); `context: false` forbids taking the
//!   entity from the previous sentence, the headline or the document when the sentence has none;
//!   `not_actors_of`: keys of frames whose actors (an entity right before one of their cues)
//!   never fill the slot (the investor taking part in a round is not its raiser);
//!   `after: false` wants the entity before the figure (a round's raiser: "the round was led by
//!   ASML" names the lead investor, not the raiser); `unknown_kinds: false` keeps a discovered
//!   name of no known kind out of the slot (an index that fell is no company); `own_name: true`
//!   lets a person fill it in their own name (a founder's stake), so a person named beside a
//!   leader's role keeps it instead of speaking for the organization; `victims: false` keeps
//!   out a party an offence harmed (a name right after a language's `victim_markers`: "des
//!   fonds du Parlement", "挪用X公帑"); `previous_person: true` lets a slot that takes nobody
//!   from the context take the person the previous sentence names ("L'ancien maire a été
//!   condamné": the convicted person named before); `agents: false` keeps
//!   the agent of a passive or of the cue out of the slot (a fine's authority: "X was fined by
//!   the regulator" is X's fine); `not_objects_of`: keys of frames whose objects (the market
//!   a country exports to) never fill the slot from the context, nor after the figure (the
//!   partner of a country's trade is not the subject of its surplus); `states: true` lets
//!   a capital city or a state's public body found for the slot stand for its state where the
//!   document names the state ("Pékin a exporté" is China's), by the file's top-level
//!   `capitals` and `state_bodies` maps of gazetteer ids (`{"beijing": "china"}`,
//!   `{"destatis": "germany"}`); a body no map places speaks for the state the sentences
//!   before it name most where its name is a body's by the top-level `state_body_names`
//!   (per language: `heads` opening the name, followed by nothing or by one of `links`,
//!   "ministère de la Santé"; `tails` closing it, "Gesundheitsministerium", "卫生部"; and
//!   `not_tails`, "俱乐部"), as also where a slot is `affected`. `affected: true` makes the slot take the state an event
//!   struck or an epidemic spread in (a toll, a count of cases), by the file's top-level
//!   `states` list of gazetteer ids: the state the sentence names, else the paragraph's, else
//!   the document's most named one; never the dateline's city nor a body that reports it.
//! - `counts`: concepts of counted nouns (`data/frames/nouns.json`) the frame's count figures
//!   may count; a figure another counted noun follows ("in due palazzi"), or one with
//!   decimals (a magnitude), is left to its noun.
//! - `functional`: whether the predicate has one true value; `functional_subject_kinds`
//!   restricts that to subjects of some kinds (the power of one facility is functional, the
//!   power a company builds is not).
//! - `fallback: true`: the frame applies to a figure of its units even without a cue (a figure
//!   in watts is a power capacity).
//!   `fallback_units` narrows that to some of its unit classes (a production capacity in
//!   GWh needs no cue; a mass needs one: the mass of a thing is no capacity).
//! - `max_cue_distance`: how far (in bytes) a cue may be from the figure, clause boundaries
//!   counting 25 bytes each (default 60).
//! - `without_object`: `{"key": ..., "functional": ...}`, the predicate a claim takes when the
//!   object slot stays empty (an investment without a named investee is multi-valued).
//! - `forecast`: `{"key": ..., "functional": ...}`, the predicate a claim takes when a word of
//!   the language's `forecast_markers` stands in the figure's clause before it ("prevede ricavi
//!   tra 38 e 39 miliardi" is `revenue_guidance`, not the revenue reported).
//! - `requested`: `{"key": ..., "functional": ...}`, the predicate a claim takes when a word of
//!   the language's `request_markers` stands before the figure in its clause, or in the clause
//!   that a part marker or a conjunction opening the figure's clause continues ("la procura
//!   aveva chiesto 5 anni, di cui tre con la condizionale": `prison_sentence_requested`).
//! - `refines`: keys of broader frames this one narrows; its cue wins over theirs in the same
//!   clause ("spent 4 billion on research and development" is `rd_spending`, not `investment`).
//! - `refine_only`: the frame's cues choose it only where a frame of `refines` is chosen
//!   (job words near a duration make a job guarantee only beside a commitment).
//! - `follows`: `{"frames": [...], "markers": {"fr": ["à"]}}`, the level a change reached: a
//!   figure right after a figure of one of those frames, introduced by a marker, with neither
//!   a figure nor a name between them, takes this frame ("l'action a pris 1,4 %, à 15,62
//!   euros" is a share price).
//! - `yields_in_lead_of`: keys of frames that take this frame's figures in a document whose
//!   lead (headline and first sentence) states one of their cues (in a takeover story the
//!   target's valuation is the deal's value).
//! - `lead_topics`: keys of other frames whose cues in the lead speak of this frame's topic
//!   too (a lead that gives vote shares reports an election: seat counts are seats won).
//! - `lead_fallback`: a figure of the frame's units that nothing names takes this frame where
//!   the lead states its topic (in an election story a bare percent is a vote share).
//!
//! ```
//! use concord::claim::Frames;
//! let frames = Frames::embedded();
//! assert!(frames.get("investment").is_some_and(|f| f.functional));
//! assert!(frames.get("compensation").is_some_and(|f| !f.functional));
//! ```

use std::sync::OnceLock;

/// The text of the embedded default frames, `data/frames/default.json`.
pub(crate) const EMBEDDED_JSON: &str = include_str!("../../data/frames/default.json");

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use super::concepts::Concepts;
use super::described::Generic;
use super::forms::{fold_all, parse_lang};
use super::holds::WordList;
use super::nouns::CountedNouns;
use crate::entity::EntityKind;
use crate::error::Error;
use crate::lang::{is_han, Lang};
use crate::quantity::Unit;
use crate::text::fold::fold_str;

/// The default cue distance, in bytes between the cue and the figure.
pub const DEFAULT_MAX_CUE_DISTANCE: usize = 60;

/// The JSON form of a frame file.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct FramesData {
    /// Per-language grammar words, by language code.
    #[serde(default)]
    pub languages: IndexMap<String, LangRules>,
    /// The frames.
    #[serde(default)]
    pub frames: Vec<FrameSpec>,
    /// Capital cities by gazetteer id, each with the id of the state it stands for where a
    /// slot takes [`SlotSpec::states`] ("Pékin a exporté 3 000 tonnes" is China's).
    #[serde(default)]
    pub capitals: IndexMap<String, String>,
    /// Public bodies of a state by gazetteer id (its statistics office, its customs, its
    /// economy, trade and finance ministries), each with the id of the state they speak for
    /// where a slot takes [`SlotSpec::states`] ("Destatis: exports rose" states Germany's
    /// exports).
    #[serde(default)]
    pub state_bodies: IndexMap<String, String>,
    /// Per language, the words that make a discovered organization's name (one the gazetteer
    /// does not list) a public body of a state: a ministry, a government, a civil protection
    /// ("le ministère de la Santé", "das Gesundheitsministerium", "卫生部"). Such a body speaks
    /// for the state its document names where a slot takes [`SlotSpec::states`] or
    /// [`SlotSpec::affected`].
    #[serde(default)]
    pub state_body_names: IndexMap<String, BodyNames>,
    /// The adjectives of a state, by its gazetteer id and language code ("américains",
    /// "cinesi", "chinesisch*", "japanese"): in a frame whose slots take states, an adjective
    /// beside a cue names the state that acts ("les droits de douane américains": the United
    /// States levy them), one after an object marker the state that is the object ("sui
    /// prodotti cinesi": goods from China). A form ending in `*` is a stem that takes endings
    /// (German "chinesische", "chinesischen"). Only states the document names are taken.
    #[serde(default)]
    pub demonyms: IndexMap<String, IndexMap<String, Vec<String>>>,
    /// Gazetteer ids of states (countries, and unions of them that speak as one: the EU):
    /// the places a slot marked [`SlotSpec::affected`] takes ("12 morti a Taiwan" is Taiwan's
    /// toll; "nella contea di Hualien" names where, not whose).
    #[serde(default)]
    pub states: Vec<String>,
}

/// The words of one language that make a name a state's public body
/// ([`FramesData::state_body_names`]). Words are folded before matching; a name is split into
/// words at every character that is no letter or digit.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct BodyNames {
    /// Words opening a body's name, followed by nothing or by one of `links`: "ministero"
    /// ("ministero della Salute"), "ministry" ("Ministry of Health"). A head may be several
    /// words ("protezione civile"). A head followed by any other word ("ministère allemand de
    /// l'Économie", "Ministry Games") names no body of the document's state.
    #[serde(default)]
    pub heads: Vec<String>,
    /// Words that may follow a head ("di", "della", "de", "of", "für").
    #[serde(default)]
    pub links: Vec<String>,
    /// Words closing a body's name: the last word, or with a leading `*` its ending (German
    /// compounds: `*ministerium` closes "Gesundheitsministerium"); written in Han characters,
    /// the end of the name ("部" closes "卫生部").
    #[serde(default)]
    pub tails: Vec<String>,
    /// Endings of names that no tail makes a body (a club, "俱乐部"; a head office, "总部").
    #[serde(default)]
    pub not_tails: Vec<String>,
}

/// The grammar words of one language that frame filling reads.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct LangRules {
    /// Words that open a new clause ("che", "dass", "que", "that").
    #[serde(default)]
    pub clause_breaks: Vec<String>,
    /// Prepositions: an entity right after one is less likely to be a subject.
    #[serde(default)]
    pub prepositions: Vec<String>,
    /// Passive agent markers ("by", "par", "被"): an entity right after one is the subject.
    #[serde(default)]
    pub agent_markers: Vec<String>,
    /// Articles, skipped when looking for the marker before an entity.
    #[serde(default)]
    pub articles: Vec<String>,
    /// Words announcing a conversion of the previous figure ("pari a", "umgerechnet", "約合").
    #[serde(default)]
    pub conversion_markers: Vec<String>,
    /// Words that introduce the source of a report ("secondo", "laut", "selon",
    /// "according to", "據"): an entity right after one is neither subject nor object.
    #[serde(default)]
    pub source_markers: Vec<String>,
    /// Auxiliaries of the passive voice ("stato", "wurde", "été", "was").
    #[serde(default)]
    pub passive_auxiliaries: Vec<String>,
    /// Words that introduce the agent in a passive sentence ("da", "von"), ambiguous elsewhere.
    #[serde(default)]
    pub passive_agents: Vec<String>,
    /// Words that refer back to an entity named before ("la società", "das Unternehmen",
    /// "the company", "該公司"): a subject from the previous sentence is surer with one, a
    /// subject from another clause less sure. `*konzern` matches the end of a word.
    #[serde(default)]
    pub anaphora: Vec<String>,
    /// Verbs that only link a noun to its amount ("vale", "beträgt", "s'élève", "is worth"):
    /// when such a cue chooses the frame and the clause names a cue noun before it ("il round
    /// vale", "l'investimento vale"), the noun's frame wins.
    #[serde(default)]
    pub copulas: Vec<String>,
    /// Words that introduce the other side of a comparison ("than", "rispetto a", "als bei",
    /// "celui de", "比"): an entity right after one is neither subject nor object.
    #[serde(default)]
    pub comparison_markers: Vec<String>,
    /// Words that introduce the other side of a contest ("battendo", "gegen", "face à",
    /// "against", "擊敗"): in a frame marked [`FrameSpec::contest`], a name a few words after
    /// one, in the same clause, is the opponent and never the subject of the winner's figures.
    #[serde(default)]
    pub opponent_markers: Vec<String>,
    /// Words that name a competition rather than a competitor ("Finals", "Open", "Coppa",
    /// "Pokal", "Grand Prix", "公開賽", "杯"): a name holding one is the event, never the
    /// subject of a frame marked [`FrameSpec::contest`] (what a player won is not the
    /// tournament's).
    #[serde(default)]
    pub event_words: Vec<String>,
    /// Words that speak of a contest ("vinto", "gewann", "vainqueur", "champion", "奪冠"): a
    /// cue written `^word` counts only in a text that holds one of them or one of
    /// [`LangRules::opponent_markers`] ("incassa" is prize money only there).
    #[serde(default)]
    pub contest_words: Vec<String>,
    /// Words that speak of a topic, by the topic's name (`{"auction": ["auktion*",
    /// "versteiger*"]}`, in cue syntax: `word`, `stem*`, `*tail`, Han words anywhere): a cue
    /// written `@auction:word` counts only in a sentence that holds one of them ("geschätzt"
    /// is an object's pre-sale estimate only beside an auction, not a damage estimated).
    #[serde(default)]
    pub topic_words: IndexMap<String, Vec<String>>,
    /// Words that name a venue ("Arena", "Stadion", "stade", "體育館"): a name holding one
    /// may be the subject of a frame marked [`FrameSpec::event_subject`] (the spectators a
    /// venue held), and is never a competitor.
    #[serde(default)]
    pub venue_words: Vec<String>,
    /// Words that name a disaster that strikes a place ("incendio", "Feuer", "ouragan",
    /// "hurricane", "山火", "颱風"): a name of no organization that begins or ends with one
    /// ("Palisades Fire", "帕利塞兹山火") or stands right after one ("l'ouragan Helene", "der
    /// Taifun Haikui") names that disaster, and holds the toll, the buildings and the area it
    /// struck where its sentence names it by the figure.
    #[serde(default)]
    pub disaster_words: Vec<String>,
    /// Words that name a landmark built or kept on a site ("canale", "Kanal", "barrage",
    /// "reservoir", "运河"): a place or a name of no known kind that begins or ends with one
    /// ("Canale di Panama", "Hoover Dam", "三峡大坝") is a thing the story may be about, which
    /// holds its own length, its traffic and what it counts, as a facility does. No port nor
    /// airport: a headline names them as the scene of what happened there (a collision, a
    /// terminal a shipping line takes over), not as the thing the figures measure. A name one
    /// of them governs through a preposition ("l'invaso di X", "le musée de X") is the
    /// landmark's own, no place where something happens.
    #[serde(default)]
    pub landmark_words: Vec<String>,
    /// Words that set a name as a place below a region or a site at a place: a town, a village,
    /// a quarter of a city, a housing estate, a station ("in der Kleinstadt X", "la cittadina di X",
    /// "le village de X", "X镇", "X苑"). The most specific place a story's lead names so is
    /// where its event happened: the event's figures are that site's, not those of the state
    /// or the city the lead sets it in.
    #[serde(default)]
    pub site_words: Vec<String>,
    /// Words that name a plant or works by its kind ("réacteur", "Reaktor", "centrale", "EPR",
    /// "mine", "核电站"): a place named right after one and a preposition ("le réacteur de
    /// Cattenom", "der Reaktor in X", "la centrale di X"), or right before one in Chinese
    /// ("X核电站"), names the plant by its site, as news does ("X 3" for its third unit): a
    /// headline so naming one gives the story's thing, which holds the plant's figures.
    #[serde(default)]
    pub plant_words: Vec<String>,
    /// Words that name a court ("Corte", "*gericht", "tribunal", "法院"): a court rules on
    /// the parties' figures (what one must pay, a fine, the years of a dispute) and holds none
    /// of them, so a name holding one is no claim's subject.
    #[serde(default)]
    pub court_words: Vec<String>,
    /// Words of a superlative or a first rank ("più", "la plus", "größte", "largest", "最",
    /// "第一"): the world right after one ("il museo più visitato al mondo", "der größte
    /// Hersteller der Welt") or, in Chinese, right before one ("全球最大", "世界第一") is the
    /// superlative's scope, not a holder of figures.
    #[serde(default)]
    pub superlative_words: Vec<String>,
    /// Verbs that put a figure on something ("stima il danno in", "beziffert den Schaden auf",
    /// "chiffre l'impact à", "estimates the damage at", "估计损失"): the party right before one
    /// is the estimate's source, not its holder, unless it is the story's own topic.
    #[serde(default)]
    pub estimate_verbs: Vec<String>,
    /// Words right before a name that make it the party an offence harmed ("fonds du", "fondi
    /// del", "zum Nachteil", "at the expense of", "挪用"): the owner of the funds diverted is
    /// no offender, so it fills no slot with `victims: false`.
    #[serde(default)]
    pub victim_markers: Vec<String>,
    /// Nouns of analysts written right after the name of the body they work for ("Goldman
    /// Sachs analysts", "摩根大通分析師", "Commerzbank-Analysten"): that body is the source of
    /// the figures they put forward, not their holder.
    #[serde(default)]
    pub source_nouns: Vec<String>,
    /// Verbs of saying that open a reported statement ("ha detto che", "a indiqué que",
    /// "sagte, ...", "said that", "表示，"): a place that opens the phrase of the body
    /// speaking ("意大利消防部门说，", "Greece's coast guard said that") only places the
    /// speaker, and holds none of the statement's figures.
    #[serde(default)]
    pub speech_verbs: Vec<String>,
    /// Words that put people or things on board a craft ("a bordo", "an Bord", "à bord",
    /// "on board", "船上"): the crew, the pilots, the passengers and the containers counted in
    /// their sentence are the craft's the text last named.
    #[serde(default)]
    pub aboard_words: Vec<String>,
    /// Coordinating conjunctions ("e", "und", "et", "and", "和"): a cue joined to a figure
    /// across one belongs to the other conjunct ("a loss of 2 and revenue of 74").
    #[serde(default)]
    pub conjunctions: Vec<String>,
    /// Relative pronouns ("che", "cui", "das", "qui", "dont", "which", "whose"): with an article,
    /// the first word of an aside after a name ("Orvane, che fornisce Talvik, ...", "Orvane, a
    /// rival of Talvik, ..."), whose names are no subject of the main clause.
    #[serde(default)]
    pub relatives: Vec<String>,
    /// Possessive markers after a name ("'s", "的"): a name followed by one inside an aside
    /// qualifies the aside's noun ("Orvane, Talvik's supplier, ...").
    #[serde(default)]
    pub possessives: Vec<String>,
    /// Roles whose holder speaks for an organization ("amministratore delegato", "Chef", "PDG",
    /// "chief executive", "总裁"): a person named with one next to an organization ("Le PDG de
    /// X, Y", "Y, directeur général de X", "X-Chef Y", "X总裁Y") stands for it in a slot that
    /// prefers organizations ("Y a annoncé un investissement de 2 milliards" is X's).
    #[serde(default)]
    pub leaders: Vec<String>,
    /// Roles of [`LangRules::leaders`] that name the head of a company even without naming the
    /// company ("Firmenchef", "l'amministratore delegato", "le PDG", "the chief executive",
    /// "首席执行官"; not "président", "chairman", "主席", which heads of state and of
    /// institutions hold too): a person named right after one speaks for the document's
    /// main party.
    #[serde(default)]
    pub company_leaders: Vec<String>,
    /// Possessive words that tie a role to a party named before ("son", "sein", "suo", "its",
    /// "'s", "其"): "Arianespace ... son président exécutif, Y" speaks for Arianespace.
    #[serde(default)]
    pub owner_words: Vec<String>,
    /// Words that make a role a past one ("ex", "ehemalige", "ancien", "former", "前"): its
    /// holder no longer speaks for the organization.
    #[serde(default)]
    pub former_words: Vec<String>,
    /// Words that name the person leading a party after it ("guidato da", "geführt von",
    /// "dirigé par", "led by"): "il gruppo guidato da Y" and "X, guidata da Y" tie Y to the
    /// party named before (by its name, or by a noun that refers back to the main party).
    #[serde(default)]
    pub led_by: Vec<String>,
    /// Noun phrases that name the buyer of the takeover the document reports ("il
    /// compratore", "der Käufer", "l'acquéreur", "the buyer", "收购方"): before a figure in its
    /// clause, one makes the deal's buyer the subject.
    #[serde(default)]
    pub buyer_nouns: Vec<String>,
    /// Noun phrases that name the company being taken over ("la società target", "die
    /// Zielgesellschaft", "la cible", "the target", "被收购方"): before a figure in its clause,
    /// one makes the deal's target the subject.
    #[serde(default)]
    pub target_nouns: Vec<String>,
    /// Verbs of selling ("cede", "verkauft", "vend", "sells", "出售"): where the document's
    /// lead reports a sale ("X cede a Y la quota in Z", "X va vendre 70 % de Z à Y", "X将Z出售给
    /// Y"), the buyer is the organization one of [`LangRules::sale_recipients`] introduces after
    /// the verb, and the target the other organization after it.
    #[serde(default)]
    pub sale_verbs: Vec<String>,
    /// Words that introduce the buyer after a verb of [`LangRules::sale_verbs`] ("a", "an",
    /// "à", "to", "给"), at most three words before its name ("ai tedeschi di Acme").
    #[serde(default)]
    pub sale_recipients: Vec<String>,
    /// Words that introduce the party a transfer takes from, right after a verb or noun of
    /// buying in an active sentence ("ha rilevato da X", "übernimmt von X", "a racheté à X",
    /// "bought from X", "从X收购"): that party sells (or is bought), and holds neither the stake
    /// bought nor pays the price.
    #[serde(default)]
    pub seller_markers: Vec<String>,
    /// Words that name a period relative to the text's time ("l'an prochain", "im Vorjahr",
    /// "quest'anno", "a year earlier", "明年"): a figure of a multi-valued fact that follows
    /// another of the same unit with such a word, or a calendar year, of its own states the
    /// same fact for another period ("une inflation de 2,4 % cette année, puis de 1,9 % l'an
    /// prochain").
    #[serde(default)]
    pub period_words: Vec<String>,
    /// Words that open a contrasting clause besides the conjunctions that are also clause
    /// breaks ("mentre", "tandis que", "while"): "alors que", "whereas", "而". Such a clause
    /// naming a party of its own restates the fact of the figure before it for that party.
    #[serde(default)]
    pub contrast_markers: Vec<String>,
    /// Words that pair a list of names with a list of figures in order ("rispettivamente",
    /// "beziehungsweise", "respectivement", "respectively", "分别"): "X e Y ottengono
    /// rispettivamente il 7% e il 4%" gives the first figure to X, the second to Y.
    #[serde(default)]
    pub respective_markers: Vec<String>,
    /// Prepositions of place ("in", "nel", "im", "en", "au", "dans", "在"): a place they govern
    /// opening the sentence, or in the figure's own clause before it, is where the figure
    /// holds ("In Portogallo sono nati 82.000 bambini", "En Bretagne, la récolte atteint 40 000
    /// tonnes"): where the sentence names no party of the slot, that place is the holder.
    #[serde(default)]
    pub locatives: Vec<String>,
    /// Nouns that refer back to a state ("il paese", "le pays", "das Land", "the country",
    /// "该国"): a figure after one, in a sentence that names no party before it, is the
    /// state's the text spoke of last ("Il Paese conta 123 milioni di abitanti").
    #[serde(default)]
    pub state_anaphora: Vec<String>,
    /// Adverbs that refer back to a place ("y", "dort", "当地"): a figure after one, in a
    /// sentence that names no party before it, is the place's that the paragraph set its
    /// figures in ("En Bretagne, ... Quelque 300 exploitations y ferment").
    #[serde(default)]
    pub place_adverbs: Vec<String>,
    /// Words right before such an adverb that make it a phrase of existence, not a place ("il"
    /// of "il y a").
    #[serde(default)]
    pub existential_subjects: Vec<String>,
    /// Classifiers that close a count of people, times or years, not of things ("人", "名",
    /// "次", "年"): in a language without spaces, a count closed by another classifier and
    /// followed by a word counts a thing ("57座核反应堆").
    #[serde(default)]
    pub person_classifiers: Vec<String>,
    /// Particles that follow a figure without naming what it counts ("的", "是", "中").
    #[serde(default)]
    pub particles: Vec<String>,
    /// Words between a person and the organization they lead or belong to, named right after
    /// them ("所在的", "所属的", "领导的": "Y所在的X" is X, Y's party).
    #[serde(default)]
    pub member_markers: Vec<String>,
    /// Words that introduce the earlier value a figure is compared with, right before it
    /// ("contro il", "nach", "contre", "down from", "低于"): "si è fermata al 52%, contro il
    /// 64% del 2019" states the same fact for another time. Words for "instead of" ("statt",
    /// "au lieu de", "invece di", "而非") introduce the value a statement replaces: "kostet 58
    /// Euro statt 49 Euro" states the same fact as it stood before or was planned.
    #[serde(default)]
    pub previous_markers: Vec<String>,
    /// Words of the language written as a cue of another language is, that mean something
    /// else here (Italian "fine", the end: "a fine settembre" is no English fine): another
    /// language's cue of that form does not count in a sentence of this language.
    #[serde(default)]
    pub false_friends: Vec<String>,
    /// Longer words that hold a cue of a language written without spaces but mean something
    /// else ("紧急出口", an emergency exit, holds 出口, exports; "安全出口", "出口处"): a cue
    /// that lies inside one of them does not count. The longest listed word at a position wins.
    #[serde(default)]
    pub cue_blockers: Vec<String>,
    /// Characters that open a pronoun in a language written without spaces ("他", "她", "它"):
    /// an anaphor in Han characters that starts with one ("他們") is a pronoun, not a noun
    /// phrase ("該公司").
    #[serde(default)]
    pub pronoun_heads: Vec<String>,
    /// Words that open a part of the figure before ("di cui", "davon", "dont", "of which",
    /// "其中"): "ricavi per 3,3 miliardi, di cui circa la metà in Asia" states a part of the
    /// revenue, not the revenue (see [`crate::claim::fill`]).
    #[serde(default)]
    pub part_markers: Vec<String>,
    /// Words that make a figure after them in its clause a forecast, a guidance or a target
    /// ("prevede", "rechnet mit", "prévoit", "expects", "预计"): see [`FrameSpec::forecast`].
    #[serde(default)]
    pub forecast_markers: Vec<String>,
    /// Phrases in which a forecast marker speaks of a figure reported ("come previsto", "wie
    /// erwartet", "comme prévu", "as expected", "than expected"): they make no forecast.
    #[serde(default)]
    pub forecast_exceptions: Vec<String>,
    /// Words that make a figure after them a party's request, not a decision ("la procura
    /// aveva chiesto", "die Staatsanwaltschaft forderte", "le parquet a requis", "prosecutors
    /// sought", "求刑"): see [`FrameSpec::requested`].
    #[serde(default)]
    pub request_markers: Vec<String>,
    /// Words of keeping what is not sold ("mantiene", "il restante", "behält", "conserve",
    /// "restants", "retains", "保留"): in a story of a takeover, a stake such a word stands by
    /// in its clause is the seller's, never the buyer's from the context.
    #[serde(default)]
    pub keep_words: Vec<String>,
    /// Words that make a figure a whole ("insgesamt", "in totale", "au total", "in total",
    /// "总计"): a cue of a frame of one unit's figure ([`FrameSpec::whole`]: "je Aktie")
    /// does not name a figure such a word stands by in its clause.
    #[serde(default)]
    pub total_markers: Vec<String>,
    /// Whether only names are capitalized inside a sentence (not German nouns): a capitalized
    /// word that is no known entity is then an unknown name, and the subject is not taken from
    /// the context.
    #[serde(default)]
    pub capitalized_names: bool,
    /// Whether every noun is capitalized (German): a capitalized word after a figure is then
    /// the noun of what it counts.
    #[serde(default)]
    pub capitalized_nouns: bool,
}

/// One frame as written in the data file.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct FrameSpec {
    /// The predicate key, the same across languages.
    pub key: String,
    /// What the frame means, for people.
    #[serde(default)]
    pub about: String,
    /// Whether the predicate has one true value.
    pub functional: bool,
    /// When not empty, the predicate is functional only for subjects of these kinds.
    #[serde(default)]
    pub functional_subject_kinds: Vec<EntityKind>,
    /// The unit classes the figure may have.
    pub units: Vec<String>,
    /// Whether the frame applies to a figure of its units without any cue.
    #[serde(default)]
    pub fallback: bool,
    /// The unit classes of `units` the fallback applies to; empty: all of them.
    #[serde(default)]
    pub fallback_units: Vec<String>,
    /// How far a cue may be from the figure, in bytes.
    #[serde(default)]
    pub max_cue_distance: Option<usize>,
    /// The subject slot.
    pub subject: SlotSpec,
    /// The object slot, when the predicate has one.
    #[serde(default)]
    pub object: Option<SlotSpec>,
    /// Cue words per language code.
    #[serde(default)]
    pub cues: IndexMap<String, Vec<String>>,
    /// Per language code, fixed phrases in which a cue of the frame has its everyday sense and
    /// does not count: French "rappelle que" reminds, "dose de rappel" is a booster, neither
    /// recalls a product. A phrase is a few words in cue syntax (`rappel*` is any word opening
    /// with "rappel", `*rappel` any word ending with it); a cue found inside one of the frame's
    /// phrases is dropped.
    #[serde(default)]
    pub not_cues: IndexMap<String, Vec<String>>,
    /// The predicate a claim takes instead when the object slot stays empty (an investment
    /// without a named investee is not a fact about one deal: multi-valued).
    #[serde(default)]
    pub without_object: Option<PredicateSpec>,
    /// The predicate a claim takes instead when a forecast marker
    /// ([`LangRules::forecast_markers`]) stands in the figure's clause before it: a company's
    /// guidance or target is no figure it reported, and is not compared with one.
    #[serde(default)]
    pub forecast: Option<PredicateSpec>,
    /// The predicate a claim takes instead when a request marker
    /// ([`LangRules::request_markers`]) stands before the figure in its clause, or in the
    /// clause a part or a list continues ("aveva chiesto 7 anni, di cui due con la
    /// condizionale, e 90mila euro di multa"): what a prosecutor asks for is no sentence.
    #[serde(default)]
    pub requested: Option<PredicateSpec>,
    /// Keys of broader frames this one narrows ("rd_spending" narrows "investment"): when the
    /// broader frame is chosen and a cue of this one stands near the figure in the same clause,
    /// this one wins ("spent 4 billion on research and development").
    #[serde(default)]
    pub refines: Vec<String>,
    /// Whether the frame only narrows the frames of [`FrameSpec::refines`]: its cues choose it
    /// where one of those is chosen, never on their own ("emplois" near a duration is a job
    /// guarantee only where a commitment is spoken of: "deux à trois ans de travaux et … 1 200
    /// emplois" is a building time).
    #[serde(default)]
    pub refine_only: bool,
    /// Keys of frames that take this frame's figures in a document whose lead (its headline
    /// and first sentence) states one of their cues: in a takeover story, the valuation of the
    /// target is the deal's value ("SAP will UiPath übernehmen. ... bewertet UiPath mit 9,8
    /// Milliarden Dollar" is the acquisition's price).
    #[serde(default)]
    pub yields_in_lead_of: Vec<String>,
    /// Keys of other frames whose cues in the lead speak of this frame's topic too: a lead
    /// that gives vote shares or a turnout reports an election, where the seats a figure counts
    /// are seats won ("la CSU obtient 85 sièges" in a story that opens on the parties' shares).
    #[serde(default)]
    pub lead_topics: Vec<String>,
    /// Whether a figure of the frame's units that no cue, counted noun nor concept names takes
    /// this frame in a document whose lead states it (or one of its `lead_topics`): in an
    /// election story, "la Lega si ferma al 9%" is a vote share.
    #[serde(default)]
    pub lead_fallback: bool,
    /// Whether the frame's figures belong to the takeover the document reports (its price, its
    /// premium, its synergies, the time to close it): where the lead names the deal's buyer
    /// ("X übernimmt Y", "X a annoncé le rachat de Y"), a subject the sentence does not clearly
    /// name before the figure is that buyer. A frame with `deal` and an object slot names the
    /// deal itself: its cues in the lead find the buyer (before the cue) and the target (after
    /// it).
    #[serde(default)]
    pub deal: bool,
    /// For a frame of one unit's amount (a share's price: "55 dollars par action"), the key of
    /// the frame of the whole: a figure that a word of [`LangRules::total_markers`] makes a
    /// whole in its clause ("55 Dollar je Aktie, insgesamt 14 Milliarden Dollar") is that
    /// frame's (what the buyer pays in all), not this one's.
    #[serde(default)]
    pub whole: Option<String>,
    /// Whether the frame's figures are what a sale hands over (the stake sold): after a verb of
    /// [`LangRules::sale_verbs`] that names its buyer ("Talvik cede a Orvane il 22,8%"), such a
    /// figure is the buyer's, as a figure of a `deal` frame is.
    #[serde(default)]
    pub transferred: bool,
    /// Whether the frame's figures are money one party lends or grants another (a loan, a
    /// subsidy): the party named beside such a figure may be the lender or the authority, so
    /// it does not carry over as the subject of the next sentence's figures of other frames
    /// ("CDP apporterà un prestito di 1,5 miliardi. Il cantiere durerà sette anni").
    #[serde(default)]
    pub financing: bool,
    /// Whether the frame's figures belong to one side of a contest (an athlete's or a team's
    /// prize money, points, wins): a name the sentence introduces as the other side (after one
    /// of [`LangRules::opponent_markers`]: "battendo Alcaraz", "gegen Alcaraz", "face à
    /// Alcaraz") is never the subject, in the sentence nor carried from the context.
    #[serde(default)]
    pub contest: bool,
    /// Whether the frame's subject is a competition, its organizer or its venue (an event's
    /// prize fund, its spectators): a name of no known kind fills it only where it holds one
    /// of [`LangRules::event_words`] ("Nitto ATP Finals", not a player nor a speaker the
    /// discovery left without a kind).
    #[serde(default)]
    pub event_subject: bool,
    /// Whether a place named right by the figure holds it: after it, governed by a
    /// preposition ("drei Konzerte in Wien", "i due concerti di Milano", "six shows in
    /// Lisbon"), or, in Chinese, right before it after one ("在新加坡連唱6場"): an event's
    /// shows or spectators there are that place's, not the whole event's.
    #[serde(default)]
    pub place_holds: bool,
    /// Whether the frame measures a structure or a craft (its length, its mass): where the
    /// sentence names a bridge, a building, a ship or an aircraft, or refers back to one by its
    /// noun ("la nave, lunga 300 metri"), that one holds the figure, not the company that runs
    /// it nor the body that reports it.
    #[serde(default)]
    pub craft_subject: bool,
    /// Whether the frame's facts are properties of a thing (its cost, its length, its mass,
    /// how many of something it has or carries): where its sentence names no party of its own
    /// for the figure, the document's thing (the product, the facility or the quoted name its
    /// headline gives and its text names again) holds it, not the country that launched it
    /// nor a place it runs through ("L'Indonésie lance « Whoosh » ... La ligne compte quatre
    /// gares").
    #[serde(default)]
    pub thing_subject: bool,
    /// The key the frame's figure takes where a structure or a craft holds it (a length no cue
    /// names, "l'ouvrage de 1,4 km", is the bridge's `route_length`, as "long de 1,4 km" is).
    #[serde(default)]
    pub craft_key: Option<String>,
    /// Concepts of counted nouns (`data/frames/nouns.json`) the frame's count figures may
    /// count: where another counted noun follows the figure, the frame's cue does not take it
    /// ("23 persone intrappolate in due palazzi": the trapped are people, not buildings), and
    /// the figure goes to its noun. Empty: any.
    #[serde(default)]
    pub counts: Vec<String>,
    /// A figure that follows a figure of another frame and is introduced by one of the
    /// markers: the level a change reached ("the share rose 3% to 47 euros", "il fatturato è
    /// salito del 5% a 3 miliardi", "收涨11.4%，报62.35港元") states this frame's fact.
    #[serde(default)]
    pub follows: Option<FollowsSpec>,
}

/// Where a figure takes a frame from the figure before it (see [`FrameSpec::follows`]).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct FollowsSpec {
    /// Keys of the frames of the figure before (a change: `share_price_change`).
    pub frames: Vec<String>,
    /// Per language code, the words right before the figure that introduce the level reached
    /// ("a", "auf", "à", "to", "报").
    pub markers: IndexMap<String, Vec<String>>,
}

/// A predicate key with its functionality.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub struct PredicateSpec {
    /// The predicate key.
    pub key: String,
    /// Whether it has one true value.
    pub functional: bool,
}

/// A typed slot as written in the data file.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct SlotSpec {
    /// The role's name (`investor`, `investee`).
    pub role: String,
    /// The entity kinds that can fill it, preferred first.
    pub kinds: Vec<EntityKind>,
    /// Words that introduce the slot's entity, per language code.
    #[serde(default)]
    pub markers: IndexMap<String, Vec<String>>,
    /// Whether an entity without a marker may fill it.
    #[serde(default = "yes")]
    pub unmarked: bool,
    /// When set, the entity must stand within this many bytes of the figure (the counted
    /// model in "10,000 H100 GPUs", the person before "41 anni").
    #[serde(default)]
    pub max_gap: Option<usize>,
    /// Whether the slot may be filled from the context (the previous sentence, the section's
    /// headline, the document's main subject) when the sentence names no entity for it.
    #[serde(default = "yes")]
    pub context: bool,
    /// Whether the entity may stand after the figure (default true). A round's raiser is
    /// named before it: "the $3.5 billion round was led by ASML" names the lead investor.
    #[serde(default = "yes")]
    pub after: bool,
    /// Whether a person fills the slot in their own name (a founder's stake): a person named
    /// beside a leader's role and an organization then keeps it, and does not speak for the
    /// organization.
    #[serde(default)]
    pub own_name: bool,
    /// Keys of frames whose actors never fill this slot: an entity right before one of their
    /// cues ("Nvidia parteciperà al round", "英偉達參與了融資") acts in that frame (a round's
    /// investor is not its raiser).
    #[serde(default)]
    pub not_actors_of: Vec<String>,
    /// Keys of frames whose objects never fill this slot from the context: an entity that
    /// filled the object slot of one of their claims earlier in the document (the market a
    /// country exports to: "Chinas Exporte in die EU stiegen ... Der Handelsüberschuss lag bei
    /// 20 Milliarden") is the other party, not the subject of a later figure whose sentence names
    /// nobody.
    #[serde(default)]
    pub not_objects_of: Vec<String>,
    /// Whether a capital city ([`FramesData::capitals`]) or a public body of a state
    /// ([`FramesData::state_bodies`]) found for the slot stands for its state, where the
    /// document names that state ("Pékin a exporté", "Peking exportierte": the government in
    /// the capital speaks for the country; so does its customs office). Not for what the city
    /// has itself (its population, its visitors).
    #[serde(default)]
    pub states: bool,
    /// Whether a discovered name of no known kind may fill the slot where the sentence names
    /// no entity of its kinds (default true). A change in percent of no named kind ("le CAC 40
    /// a reculé de 0,8 %") is no fact about an unknown company.
    #[serde(default = "yes")]
    pub unknown_kinds: bool,
    /// Whether the agent of a passive or of the cue ("by", "par", "被", "da" and "von" in a
    /// passive sentence) may fill the slot (default true). The party fined is no agent:
    /// "Ryanair was fined by the regulator" names the authority after "by".
    #[serde(default = "yes")]
    pub agents: bool,
    /// Whether the party an offence harmed (a name right after one of the language's
    /// `victim_markers`: "des fonds du Parlement", "挪用X公帑") may fill the slot (default
    /// true). The victim of an embezzlement is not the one convicted.
    #[serde(default = "yes")]
    pub victims: bool,
    /// Whether a slot that takes nobody from the context (`context: false`) and prefers
    /// people takes the person the previous sentence names, where its own sentence names
    /// nobody of its kinds (default false): "Marco Ferri a été jugé lundi. L'ancien maire a été
    /// condamné à trois ans de prison" is Ferri's term; a headline's or the story's main party
    /// never is.
    #[serde(default)]
    pub previous_person: bool,
    /// Whether the slot takes the state an event struck or an epidemic spread in (a toll, a
    /// count of cases): a state ([`FramesData::states`]) the sentence names, nearest before
    /// the figure, else the one a capital it names stands for, else the state the paragraph
    /// named last, else the document's most named state. A city, a county or a region where
    /// it happened ("nel centro di Hualien", "in der Region Emilia-Romagna") and the dateline
    /// name where, not whose; a body that only reports the figure ("secondo la protezione
    /// civile", "selon Santé publique France") never fills it. An organization the sentence
    /// names as the clause's own party, where the slot takes organizations, keeps it.
    #[serde(default)]
    pub affected: bool,
    /// Whether a state's adjective ([`FramesData::demonyms`]) names the slot's state, where
    /// the document names that state (default false): for a subject, the adjective right
    /// beside the cue ("les droits de douane américains", "i dazi cinesi", "amerikanische
    /// Zölle", "Chinese exports"); for an object, one a few words after an object marker ("sur
    /// les produits européens", "on Chinese steel"), where no name is marked.
    #[serde(default)]
    pub demonyms: bool,
}

fn yes() -> bool {
    true
}

/// A class of units a frame accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnitClass {
    /// Any currency.
    Money,
    /// Percent.
    Percent,
    /// Watts.
    Power,
    /// Watt-hours.
    Energy,
    /// A count.
    Count,
    /// A calendar year.
    Year,
    /// A duration in years.
    Years,
    /// A duration in months.
    Months,
    /// A duration in days.
    Days,
    /// A duration in hours.
    Hours,
    /// A duration in minutes.
    Minutes,
    /// Any duration.
    Duration,
    /// An area.
    Area,
    /// A length.
    Length,
    /// A mass.
    Mass,
    /// A volume (cubic metres: litres, hectolitres, barrels).
    Volume,
    /// Points of a score, a rating or an index.
    Points,
    /// A temperature, in degrees Celsius or Fahrenheit (`celsius`, `fahrenheit`; frames name
    /// it `temperature`).
    Temperature,
    /// A concentration in parts per million (`ppm`; frames name it `concentration`).
    Concentration,
    /// A speed in kilometres per hour (`km/h`; frames name it `speed`).
    Speed,
}

impl UnitClass {
    fn parse(s: &str) -> Option<UnitClass> {
        Some(match s {
            "money" | "currency" => UnitClass::Money,
            "percent" => UnitClass::Percent,
            "power" | "W" => UnitClass::Power,
            "energy" | "Wh" => UnitClass::Energy,
            "count" => UnitClass::Count,
            "year" => UnitClass::Year,
            "years" => UnitClass::Years,
            "months" => UnitClass::Months,
            "days" => UnitClass::Days,
            "hours" => UnitClass::Hours,
            "minutes" => UnitClass::Minutes,
            "duration" => UnitClass::Duration,
            "area" | "m2" => UnitClass::Area,
            "length" | "m" => UnitClass::Length,
            "mass" | "kg" => UnitClass::Mass,
            "volume" | "m3" => UnitClass::Volume,
            "points" => UnitClass::Points,
            "temperature" | "celsius" | "fahrenheit" => UnitClass::Temperature,
            "concentration" | "ppm" => UnitClass::Concentration,
            "speed" | "km/h" => UnitClass::Speed,
            _ => return None,
        })
    }

    /// Whether `unit` belongs to this class.
    ///
    /// ```
    /// use concord::claim::frames::UnitClass;
    /// use concord::Unit;
    /// assert!(UnitClass::Temperature.accepts(Unit::Celsius));
    /// assert!(UnitClass::Temperature.accepts(Unit::Fahrenheit));
    /// assert!(UnitClass::Concentration.accepts(Unit::Concentration));
    /// assert!(UnitClass::Speed.accepts(Unit::Speed));
    /// assert!(!UnitClass::Temperature.accepts(Unit::Count));
    /// ```
    pub fn accepts(self, unit: Unit) -> bool {
        match self {
            UnitClass::Money => unit.is_currency(),
            UnitClass::Percent => unit == Unit::Percent,
            UnitClass::Power => unit == Unit::Power,
            UnitClass::Energy => unit == Unit::Energy,
            UnitClass::Count => unit == Unit::Count,
            UnitClass::Year => unit == Unit::Year,
            UnitClass::Years => unit == Unit::Years,
            UnitClass::Months => unit == Unit::Months,
            UnitClass::Days => unit == Unit::Days,
            UnitClass::Hours => unit == Unit::Hours,
            UnitClass::Minutes => unit == Unit::Minutes,
            UnitClass::Duration => unit.is_duration(),
            UnitClass::Area => unit == Unit::Area,
            UnitClass::Length => unit == Unit::Length,
            UnitClass::Mass => unit == Unit::Mass,
            UnitClass::Volume => unit == Unit::Volume,
            UnitClass::Points => unit == Unit::Points,
            UnitClass::Temperature => matches!(unit, Unit::Celsius | Unit::Fahrenheit),
            UnitClass::Concentration => unit == Unit::Concentration,
            UnitClass::Speed => unit == Unit::Speed,
        }
    }
}

/// A typed slot, ready for filling.
#[derive(Clone, Debug)]
pub struct Slot {
    /// The role's name.
    pub role: String,
    /// The entity kinds that can fill it, preferred first.
    pub kinds: Vec<EntityKind>,
    /// Folded marker words per language.
    pub markers: Vec<(Lang, Vec<String>)>,
    /// Whether an entity without a marker may fill it.
    pub unmarked: bool,
    /// When set, the entity must stand within this many bytes of the figure.
    pub max_gap: Option<usize>,
    /// Whether the slot may be filled from the context.
    pub context: bool,
    /// Whether the entity may stand after the figure.
    pub after: bool,
    /// Whether a person fills the slot in their own name.
    pub own_name: bool,
    /// Keys of frames whose actors never fill this slot.
    pub not_actors_of: Vec<String>,
    /// Keys of frames whose objects never fill this slot from the context.
    pub not_objects_of: Vec<String>,
    /// Whether a capital city or a state's public body found for the slot stands for its
    /// state.
    pub states: bool,
    /// Whether a discovered name of no known kind may fill the slot.
    pub unknown_kinds: bool,
    /// Whether an agent (of the passive, of the cue) may fill the slot.
    pub agents: bool,
    /// Whether the party an offence harmed may fill the slot ([`SlotSpec::victims`]).
    pub victims: bool,
    /// Whether the slot takes the previous sentence's person ([`SlotSpec::previous_person`]).
    pub previous_person: bool,
    /// Whether the slot takes the state an event struck ([`SlotSpec::affected`]).
    pub affected: bool,
    /// Whether a state's adjective names the slot's state ([`SlotSpec::demonyms`]).
    pub demonyms: bool,
}

impl Slot {
    fn from_spec(spec: &SlotSpec, name: &str) -> Result<Slot, Error> {
        let mut markers = Vec::new();
        for (code, words) in &spec.markers {
            let lang = parse_lang(code, name)?;
            markers.push((lang, words.iter().map(|w| fold_str(w)).collect()));
        }
        Ok(Slot {
            role: spec.role.clone(),
            kinds: spec.kinds.clone(),
            markers,
            unmarked: spec.unmarked,
            max_gap: spec.max_gap,
            context: spec.context,
            after: spec.after,
            own_name: spec.own_name,
            not_actors_of: spec.not_actors_of.clone(),
            not_objects_of: spec.not_objects_of.clone(),
            states: spec.states,
            unknown_kinds: spec.unknown_kinds,
            agents: spec.agents,
            victims: spec.victims,
            previous_person: spec.previous_person,
            affected: spec.affected,
            demonyms: spec.demonyms,
        })
    }

    /// The preference rank of `kind` (0 is best), or `None` when the slot does not take it.
    pub fn rank(&self, kind: EntityKind) -> Option<usize> {
        self.kinds.iter().position(|&k| k == kind)
    }

    /// The folded markers of `lang`.
    pub fn markers_of(&self, lang: Lang) -> &[String] {
        self.markers
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(&[], |(_, m)| m.as_slice())
    }
}

/// A predicate frame, ready for filling.
#[derive(Clone, Debug)]
pub struct Frame {
    /// The predicate key.
    pub key: String,
    /// Whether the predicate has one true value.
    pub functional: bool,
    /// When not empty, functional only for subjects of these kinds.
    pub functional_subject_kinds: Vec<EntityKind>,
    /// The unit classes the figure may have.
    pub units: Vec<UnitClass>,
    /// Whether the frame applies without a cue.
    pub fallback: bool,
    /// The unit classes the fallback applies to; empty: all of `units`.
    pub fallback_units: Vec<UnitClass>,
    /// How far a cue may be from the figure, in bytes.
    pub max_cue_distance: usize,
    /// The subject slot.
    pub subject: Slot,
    /// The object slot.
    pub object: Option<Slot>,
    /// The predicate a claim takes instead when the object slot stays empty.
    pub without_object: Option<PredicateSpec>,
    /// The predicate when a forecast marker stands before the figure in its clause.
    pub forecast: Option<PredicateSpec>,
    /// The predicate when a request marker stands before the figure ([`FrameSpec::requested`]).
    pub requested: Option<PredicateSpec>,
    /// Keys of the broader frames this one narrows.
    pub refines: Vec<String>,
    /// Whether the frame is chosen only as a narrowing of one of [`Frame::refines`].
    pub refine_only: bool,
    /// Keys of frames that take this frame's figures where the document's lead states them.
    pub yields_in_lead_of: Vec<String>,
    /// Keys of frames whose cues in the lead speak of this frame's topic too
    /// ([`FrameSpec::lead_topics`]).
    pub lead_topics: Vec<String>,
    /// Whether a figure nothing names takes this frame where the lead states its topic
    /// ([`FrameSpec::lead_fallback`]).
    pub lead_fallback: bool,
    /// Whether the frame's figures belong to the takeover the document reports.
    pub deal: bool,
    /// For a frame of one unit's amount, the key of the frame of the whole
    /// ([`FrameSpec::whole`]).
    pub whole: Option<String>,
    /// Whether the frame's figures are what a sale hands over ([`FrameSpec::transferred`]).
    pub transferred: bool,
    /// Whether the frame's figures are money lent or granted ([`FrameSpec::financing`]).
    pub financing: bool,
    /// Whether the frame's figures belong to one side of a contest ([`FrameSpec::contest`]).
    pub contest: bool,
    /// Whether the frame's subject is an event ([`FrameSpec::event_subject`]).
    pub event_subject: bool,
    /// Whether a place named right by the figure holds it ([`FrameSpec::place_holds`]).
    pub place_holds: bool,
    /// Whether the frame measures a structure or a craft ([`FrameSpec::craft_subject`]).
    pub craft_subject: bool,
    /// Whether the frame's facts are a thing's properties ([`FrameSpec::thing_subject`]).
    pub thing_subject: bool,
    /// The key where a structure or a craft holds the figure ([`FrameSpec::craft_key`]).
    pub craft_key: Option<String>,
    /// The concepts of counted nouns its count figures may count ([`FrameSpec::counts`]).
    pub counts: Vec<String>,
    /// Keys of the frames whose figure, right before a figure of this frame's units that one
    /// of [`Frame::follow_markers`] introduces, gives its frame to this one.
    pub follows: Vec<String>,
    /// The folded markers of [`Frame::follows`], per language.
    pub follow_markers: Vec<(Lang, Vec<String>)>,
    /// The folded phrases of [`FrameSpec::not_cues`], per language.
    pub not_cues: Vec<(Lang, Vec<String>)>,
}

impl Frame {
    /// Whether a figure in `unit` can fill this frame.
    pub fn accepts(&self, unit: Unit) -> bool {
        self.units.iter().any(|c| c.accepts(unit))
    }

    /// Whether the frame applies to a figure in `unit` without any cue: a `fallback` frame
    /// that accepts the unit, within its `fallback_units` where it lists some.
    pub fn falls_back(&self, unit: Unit) -> bool {
        self.fallback
            && self.accepts(unit)
            && (self.fallback_units.is_empty()
                || self.fallback_units.iter().any(|c| c.accepts(unit)))
    }

    /// Whether the predicate is functional for a subject of `kind`.
    pub fn functional_for(&self, kind: Option<EntityKind>) -> bool {
        if !self.functional {
            return false;
        }
        if self.functional_subject_kinds.is_empty() {
            return true;
        }
        kind.is_some_and(|k| self.functional_subject_kinds.contains(&k))
    }
}

/// How a cue must sit among the letters around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edges {
    /// A whole word.
    Word,
    /// The start of a word.
    Prefix,
    /// The end of a word.
    Suffix,
    /// Anywhere.
    Any,
}

#[derive(Clone, Debug)]
struct CueTarget {
    frame: usize,
    lang: Lang,
    edges: Edges,
    weak: bool,
    /// Counts only in a text that speaks of a contest (written `^word`).
    contest: bool,
    /// Counts only in a text that speaks of this topic (written `@topic:word`).
    topic: Option<String>,
}

/// One cue found in a folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueHit {
    /// The frame's index in [`Frames::frames`].
    pub frame: usize,
    /// First byte in the folded text.
    pub start: usize,
    /// One past the last byte in the folded text.
    pub end: usize,
    /// The language of the cue.
    pub lang: Lang,
    /// Whether the cue is weak (written `~word`): a word shared by several frames ("jobs",
    /// "Stellen") that chooses its frame only where no other cue does.
    pub weak: bool,
}

/// The court words of every language (each language's first rules, as [`Frames::rules`]
/// reads them), sorted and without repeats, as one [`WordList`].
fn court_list(rules: &[(Lang, FoldedRules)]) -> WordList {
    let mut w: Vec<String> = Lang::ALL
        .iter()
        .filter_map(|&l| rules.iter().find(|(x, _)| *x == l))
        .flat_map(|(_, r)| r.court_words.iter().cloned())
        .collect();
    w.sort();
    w.dedup();
    WordList::new(&w)
}

/// A set of predicate frames with their cue automaton.
#[derive(Clone, Debug)]
pub struct Frames {
    data: FramesData,
    frames: Vec<Frame>,
    rules: Vec<(Lang, FoldedRules)>,
    automaton: Option<AhoCorasick>,
    targets: Vec<Vec<CueTarget>>,
    /// One automaton over each language's clause-break words, in the order of `rules`.
    clause_automata: Vec<Option<AhoCorasick>>,
    /// One automaton over each language's anaphora (without a leading `*`, empty ones left
    /// out), in the order of `rules`, with each pattern's index in [`FoldedRules::anaphora`].
    anaphora_automata: Vec<Option<(AhoCorasick, Vec<usize>)>>,
    /// One automaton over each language's passive auxiliaries, in the order of `rules`
    /// ([`Frames::may_hold_auxiliary`]).
    auxiliary_automata: Vec<Option<AhoCorasick>>,
    /// The clause-break words of every language in one automaton ([`Frames::clause_breaks_all`]).
    clause_all: Option<AllLangs>,
    /// The anaphora of every language (without a leading `*`, empty ones left out) in one
    /// automaton ([`Frames::anaphora_all`]).
    anaphora_all: Option<AllLangs>,
    /// The sale verbs of every language (empty ones left out) in one automaton
    /// ([`Frames::sale_verb_ends`]).
    sale_all: Option<AllLangs>,
    /// The topic words of every language ([`FoldedRules::topic_words`], read as cues, empty
    /// ones left out) in one automaton ([`Frames::topics_spoken`]); each owner's second index
    /// is into `topic_meta`.
    topic_all: Option<AllLangs>,
    /// For each language, in the order of `rules`: its topic words in the order of
    /// `topic_all`'s owners, each as (index of its topic in [`FoldedRules::topic_words`], its
    /// edges, whether it holds a Han character).
    topic_meta: Vec<Vec<(usize, Edges, bool)>>,
    /// Each language's conjunctions as written (lowercased, accents kept: Italian "e" is not
    /// "è"), split into words, in the order of `rules`.
    conjunction_words: Vec<Vec<Vec<String>>>,
    /// Each language's words that tell no party apart ([`Generic`]: the heads of its anaphora
    /// and its leaders' roles), in the order of `rules`.
    generics: Vec<Generic>,
    /// The counted nouns that name what a count no frame names counts.
    nouns: CountedNouns,
    /// The concepts that name what any other figure no frame names measures.
    concepts: Concepts,
    /// Each language's event and venue words ([`FoldedRules::event_words`],
    /// [`FoldedRules::venue_words`]) as [`WordList`]s, in the order of `rules`.
    held_lists: Vec<(WordList, WordList)>,
    /// The court words of every language ([`FoldedRules::court_words`]) as one [`WordList`].
    court_list: WordList,
}

/// [`LangRules`] with every word folded.
#[derive(Clone, Debug, Default)]
pub struct FoldedRules {
    /// Words that open a new clause.
    pub clause_breaks: Vec<String>,
    /// Prepositions.
    pub prepositions: Vec<String>,
    /// Passive agent markers.
    pub agent_markers: Vec<String>,
    /// Articles.
    pub articles: Vec<String>,
    /// Conversion markers.
    pub conversion_markers: Vec<String>,
    /// Source markers.
    pub source_markers: Vec<String>,
    /// Passive auxiliaries.
    pub passive_auxiliaries: Vec<String>,
    /// Passive agent markers.
    pub passive_agents: Vec<String>,
    /// Anaphora.
    pub anaphora: Vec<String>,
    /// Copulas.
    pub copulas: Vec<String>,
    /// Comparison markers.
    pub comparison_markers: Vec<String>,
    /// Opponent markers ([`LangRules::opponent_markers`]).
    pub opponent_markers: Vec<String>,
    /// Words that name a competition ([`LangRules::event_words`]).
    pub event_words: Vec<String>,
    /// Words that speak of a contest ([`LangRules::contest_words`]).
    pub contest_words: Vec<String>,
    /// Words that speak of a topic, by topic ([`LangRules::topic_words`]).
    pub topic_words: IndexMap<String, Vec<String>>,
    /// Words that name a venue ([`LangRules::venue_words`]).
    pub venue_words: Vec<String>,
    /// Words that name a disaster ([`LangRules::disaster_words`]).
    pub disaster_words: Vec<String>,
    /// Words that name a landmark ([`LangRules::landmark_words`]).
    pub landmark_words: Vec<String>,
    /// Words that set a name as an event's site ([`LangRules::site_words`]).
    pub site_words: Vec<String>,
    /// Words that name a plant by its kind ([`LangRules::plant_words`]).
    pub plant_words: Vec<String>,
    /// Words that name a court ([`LangRules::court_words`]).
    pub court_words: Vec<String>,
    /// Words of a superlative or a first rank ([`LangRules::superlative_words`]).
    pub superlative_words: Vec<String>,
    /// Verbs that put a figure on something ([`LangRules::estimate_verbs`]).
    pub estimate_verbs: Vec<String>,
    /// Words before the name of a party an offence harmed ([`LangRules::victim_markers`]).
    pub victim_markers: Vec<String>,
    /// Nouns of analysts after a name ([`LangRules::source_nouns`]).
    pub source_nouns: Vec<String>,
    /// Verbs of saying that open a reported statement ([`LangRules::speech_verbs`]).
    pub speech_verbs: Vec<String>,
    /// Words of being on board a craft ([`LangRules::aboard_words`]).
    pub aboard_words: Vec<String>,
    /// Coordinating conjunctions.
    pub conjunctions: Vec<String>,
    /// Relative pronouns.
    pub relatives: Vec<String>,
    /// Possessive markers.
    pub possessives: Vec<String>,
    /// Characters that open a pronoun.
    pub pronoun_heads: Vec<String>,
    /// Words that open a part of the figure before.
    pub part_markers: Vec<String>,
    /// Words that make a figure after them a forecast.
    pub forecast_markers: Vec<String>,
    /// Phrases in which a forecast marker makes no forecast.
    pub forecast_exceptions: Vec<String>,
    /// Words that make a figure after them a request ([`LangRules::request_markers`]).
    pub request_markers: Vec<String>,
    /// Words of keeping what is not sold ([`LangRules::keep_words`]).
    pub keep_words: Vec<String>,
    /// Words that make a figure a whole ([`LangRules::total_markers`]).
    pub total_markers: Vec<String>,
    /// Roles whose holder speaks for an organization.
    pub leaders: Vec<String>,
    /// Roles that name the head of a company without naming it.
    pub company_leaders: Vec<String>,
    /// Possessive words that tie a role to a party named before.
    pub owner_words: Vec<String>,
    /// Words that make a role a past one.
    pub former_words: Vec<String>,
    /// Words that name the person leading a party after it.
    pub led_by: Vec<String>,
    /// Noun phrases that name the deal's buyer.
    pub buyer_nouns: Vec<String>,
    /// Noun phrases that name the deal's target.
    pub target_nouns: Vec<String>,
    /// Verbs of selling.
    pub sale_verbs: Vec<String>,
    /// Words that introduce the buyer after a verb of selling.
    pub sale_recipients: Vec<String>,
    /// Words that introduce the seller after a verb of buying.
    pub seller_markers: Vec<String>,
    /// Words that name a period relative to the text's time.
    pub period_words: Vec<String>,
    /// Words that open a contrasting clause.
    pub contrast_markers: Vec<String>,
    /// Words that pair a list of names with a list of figures in order.
    pub respective_markers: Vec<String>,
    /// Prepositions of place: see [`LangRules::locatives`].
    pub locatives: Vec<String>,
    /// Nouns that refer back to a state: see [`LangRules::state_anaphora`].
    pub state_anaphora: Vec<String>,
    /// Adverbs that refer back to a place: see [`LangRules::place_adverbs`].
    pub place_adverbs: Vec<String>,
    /// Words that make such an adverb a phrase of existence: see
    /// [`LangRules::existential_subjects`].
    pub existential_subjects: Vec<String>,
    /// Classifiers of counts of people, times or years: see [`LangRules::person_classifiers`].
    pub person_classifiers: Vec<String>,
    /// Particles that follow a figure: see [`LangRules::particles`].
    pub particles: Vec<String>,
    /// Words between a person and the organization they belong to, named after them.
    pub member_markers: Vec<String>,
    /// Words that introduce the earlier value a figure is compared with.
    pub previous_markers: Vec<String>,
    /// Words of the language that another language's cue of the same form is not.
    pub false_friends: Vec<String>,
    /// Longer words that hold a cue but mean something else: see [`LangRules::cue_blockers`].
    pub cue_blockers: Vec<String>,
    /// Whether only names are capitalized inside a sentence.
    pub capitalized_names: bool,
    /// Whether every noun is capitalized: see [`LangRules::capitalized_nouns`].
    pub capitalized_nouns: bool,
}

impl FoldedRules {
    /// Whether the folded word `w` joins a name to the word before it: a preposition or an
    /// article, elided or not ("di", "de", "l'" as "l"): "la stazione ferroviaria di X",
    /// "l'invaso di X".
    pub fn joins(&self, w: &str) -> bool {
        self.prepositions.iter().any(|p| p == w)
            || self.articles.iter().any(|a| a.trim_end_matches('\'') == w)
    }
}

impl Frames {
    /// Parses frames from their JSON form (see the [module docs](self)).
    ///
    /// ```
    /// use concord::claim::Frames;
    /// let json = r#"{"frames": [{"key": "fine", "functional": true, "units": ["money"],
    ///     "subject": {"role": "fined", "kinds": ["organization"]},
    ///     "cues": {"en": ["fine", "fined", "penalty"], "de": ["*strafe"]}}]}"#;
    /// let frames = Frames::from_json("my_frames.json", json).unwrap();
    /// assert_eq!(frames.frames()[0].key, "fine");
    /// assert!(Frames::from_json("bad.json", "{\"frames\": 3}").is_err());
    /// ```
    pub fn from_json(name: &str, json: &str) -> Result<Frames, Error> {
        let data: FramesData = serde_json::from_str(json).map_err(|e| Error::Data {
            name: name.to_string(),
            message: e.to_string(),
        })?;
        Frames::from_data(name, data)
    }

    /// Builds frames from their parsed form.
    pub fn from_data(name: &str, data: FramesData) -> Result<Frames, Error> {
        let mut rules = Vec::new();
        for (code, r) in &data.languages {
            let lang = parse_lang(code, name)?;
            rules.push((
                lang,
                FoldedRules {
                    clause_breaks: fold_all(&r.clause_breaks),
                    prepositions: fold_all(&r.prepositions),
                    agent_markers: fold_all(&r.agent_markers),
                    articles: fold_all(&r.articles),
                    conversion_markers: fold_all(&r.conversion_markers),
                    source_markers: fold_all(&r.source_markers),
                    passive_auxiliaries: fold_all(&r.passive_auxiliaries),
                    passive_agents: fold_all(&r.passive_agents),
                    anaphora: fold_all(&r.anaphora),
                    copulas: fold_all(&r.copulas),
                    comparison_markers: fold_all(&r.comparison_markers),
                    opponent_markers: fold_all(&r.opponent_markers),
                    event_words: fold_all(&r.event_words),
                    contest_words: fold_all(&r.contest_words),
                    topic_words: r
                        .topic_words
                        .iter()
                        .map(|(k, v)| (k.clone(), fold_all(v)))
                        .collect(),
                    venue_words: fold_all(&r.venue_words),
                    disaster_words: fold_all(&r.disaster_words),
                    landmark_words: fold_all(&r.landmark_words),
                    site_words: fold_all(&r.site_words),
                    plant_words: fold_all(&r.plant_words),
                    court_words: fold_all(&r.court_words),
                    superlative_words: fold_all(&r.superlative_words),
                    estimate_verbs: fold_all(&r.estimate_verbs),
                    victim_markers: fold_all(&r.victim_markers),
                    source_nouns: fold_all(&r.source_nouns),
                    speech_verbs: fold_all(&r.speech_verbs),
                    aboard_words: fold_all(&r.aboard_words),
                    conjunctions: fold_all(&r.conjunctions),
                    relatives: fold_all(&r.relatives),
                    possessives: fold_all(&r.possessives),
                    pronoun_heads: fold_all(&r.pronoun_heads),
                    part_markers: fold_all(&r.part_markers),
                    forecast_markers: fold_all(&r.forecast_markers),
                    forecast_exceptions: fold_all(&r.forecast_exceptions),
                    request_markers: fold_all(&r.request_markers),
                    keep_words: fold_all(&r.keep_words),
                    total_markers: fold_all(&r.total_markers),
                    leaders: fold_all(&r.leaders),
                    company_leaders: fold_all(&r.company_leaders),
                    owner_words: fold_all(&r.owner_words),
                    former_words: fold_all(&r.former_words),
                    led_by: fold_all(&r.led_by),
                    buyer_nouns: fold_all(&r.buyer_nouns),
                    target_nouns: fold_all(&r.target_nouns),
                    sale_verbs: fold_all(&r.sale_verbs),
                    sale_recipients: fold_all(&r.sale_recipients),
                    seller_markers: fold_all(&r.seller_markers),
                    period_words: fold_all(&r.period_words),
                    contrast_markers: fold_all(&r.contrast_markers),
                    respective_markers: fold_all(&r.respective_markers),
                    locatives: fold_all(&r.locatives),
                    state_anaphora: fold_all(&r.state_anaphora),
                    place_adverbs: fold_all(&r.place_adverbs),
                    existential_subjects: fold_all(&r.existential_subjects),
                    person_classifiers: fold_all(&r.person_classifiers),
                    particles: fold_all(&r.particles),
                    member_markers: fold_all(&r.member_markers),
                    previous_markers: fold_all(&r.previous_markers),
                    false_friends: fold_all(&r.false_friends),
                    cue_blockers: fold_all(&r.cue_blockers),
                    capitalized_names: r.capitalized_names,
                    capitalized_nouns: r.capitalized_nouns,
                },
            ));
        }
        let mut frames = Vec::new();
        let mut patterns: IndexMap<String, Vec<CueTarget>> = IndexMap::new();
        for (fi, spec) in data.frames.iter().enumerate() {
            let frame_name = format!("{name}: frame {:?}", spec.key);
            if spec.key.trim().is_empty() {
                return Err(Error::Data {
                    name: name.to_string(),
                    message: format!("frame {fi} has an empty key"),
                });
            }
            let mut units = Vec::new();
            for u in &spec.units {
                units.push(UnitClass::parse(u).ok_or_else(|| Error::Data {
                    name: frame_name.clone(),
                    message: format!("unknown unit class {u:?}"),
                })?);
            }
            let mut fallback_units = Vec::new();
            for u in &spec.fallback_units {
                fallback_units.push(UnitClass::parse(u).ok_or_else(|| Error::Data {
                    name: frame_name.clone(),
                    message: format!("unknown fallback unit class {u:?}"),
                })?);
            }
            frames.push(Frame {
                key: spec.key.clone(),
                functional: spec.functional,
                functional_subject_kinds: spec.functional_subject_kinds.clone(),
                units,
                fallback: spec.fallback,
                fallback_units,
                max_cue_distance: spec.max_cue_distance.unwrap_or(DEFAULT_MAX_CUE_DISTANCE),
                subject: Slot::from_spec(&spec.subject, &frame_name)?,
                object: match &spec.object {
                    Some(o) => Some(Slot::from_spec(o, &frame_name)?),
                    None => None,
                },
                without_object: spec.without_object.clone(),
                forecast: spec.forecast.clone(),
                requested: spec.requested.clone(),
                refines: spec.refines.clone(),
                refine_only: spec.refine_only,
                yields_in_lead_of: spec.yields_in_lead_of.clone(),
                lead_topics: spec.lead_topics.clone(),
                lead_fallback: spec.lead_fallback,
                deal: spec.deal,
                whole: spec.whole.clone(),
                transferred: spec.transferred,
                financing: spec.financing,
                contest: spec.contest,
                event_subject: spec.event_subject,
                place_holds: spec.place_holds,
                craft_subject: spec.craft_subject,
                thing_subject: spec.thing_subject,
                craft_key: spec.craft_key.clone(),
                counts: spec.counts.clone(),
                follows: spec
                    .follows
                    .as_ref()
                    .map_or_else(Vec::new, |f| f.frames.clone()),
                follow_markers: match &spec.follows {
                    Some(f) => {
                        let mut m = Vec::new();
                        for (code, words) in &f.markers {
                            m.push((parse_lang(code, &frame_name)?, fold_all(words)));
                        }
                        m
                    }
                    None => Vec::new(),
                },
                not_cues: {
                    let mut m = Vec::new();
                    for (code, phrases) in &spec.not_cues {
                        m.push((parse_lang(code, &frame_name)?, fold_all(phrases)));
                    }
                    m
                },
            });
            for (code, cues) in &spec.cues {
                let lang = parse_lang(code, &frame_name)?;
                for cue in cues {
                    let (weak, cue) = match cue.trim().strip_prefix('~') {
                        Some(rest) => (true, rest),
                        None => (false, cue.trim()),
                    };
                    let (contest, cue) = match cue.strip_prefix('^') {
                        Some(rest) => (true, rest),
                        None => (false, cue),
                    };
                    let (topic, cue) = match cue.strip_prefix('@').and_then(|r| r.split_once(':')) {
                        Some((t, rest)) => (Some(t.trim().to_string()), rest),
                        None => (None, cue),
                    };
                    let (edges, inner) = parse_cue(cue);
                    let folded = fold_str(inner.trim());
                    if folded.is_empty() {
                        continue;
                    }
                    let edges = if folded.chars().any(is_han) {
                        Edges::Any
                    } else {
                        edges
                    };
                    patterns.entry(folded).or_default().push(CueTarget {
                        frame: fi,
                        lang,
                        edges,
                        weak,
                        contest,
                        topic,
                    });
                }
            }
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(patterns.keys())
                    .map_err(|e| Error::Data {
                        name: name.to_string(),
                        message: e.to_string(),
                    })?,
            )
        };
        let clause_automata = rules
            .iter()
            .map(|(_, r)| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&r.clause_breaks)
                    .ok()
            })
            .collect();
        let anaphora_automata = rules
            .iter()
            .map(|(_, r)| {
                let (index, words): (Vec<usize>, Vec<&str>) = r
                    .anaphora
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (i, a.strip_prefix('*').unwrap_or(a)))
                    .filter(|(_, a)| !a.is_empty())
                    .unzip();
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(words)
                    .ok()
                    .map(|ac| (ac, index))
            })
            .collect();
        let auxiliary_automata = rules
            .iter()
            .map(|(_, r)| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&r.passive_auxiliaries)
                    .ok()
            })
            .collect();
        let clause_all = AllLangs::new(rules.iter().enumerate().flat_map(|(li, (_, r))| {
            r.clause_breaks
                .iter()
                .enumerate()
                .map(move |(wi, w)| (li, wi, w.as_str()))
        }));
        let anaphora_all = AllLangs::new(rules.iter().enumerate().flat_map(|(li, (_, r))| {
            r.anaphora
                .iter()
                .enumerate()
                .map(|(wi, a)| (wi, a.strip_prefix('*').unwrap_or(a)))
                .filter(|(_, a)| !a.is_empty())
                .map(move |(wi, a)| (li, wi, a))
        }));
        let sale_all = AllLangs::new(rules.iter().enumerate().flat_map(|(li, (_, r))| {
            r.sale_verbs
                .iter()
                .enumerate()
                .filter(|(_, w)| !w.is_empty())
                .map(move |(wi, w)| (li, wi, w.as_str()))
        }));
        let conjunction_words = rules
            .iter()
            .map(|(lang, _)| {
                data.languages
                    .get(lang.code())
                    .map(|r| {
                        r.conjunctions
                            .iter()
                            .map(|c| c.split_whitespace().map(str::to_lowercase).collect())
                            .filter(|w: &Vec<String>| !w.is_empty())
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect();
        let generics = rules
            .iter()
            .map(|(_, r)| {
                let mut g = Generic::default();
                g.add(&r.anaphora);
                g.add(&r.leaders);
                g
            })
            .collect();
        let topic_words: Vec<Vec<(usize, Edges, &str)>> = rules
            .iter()
            .map(|(_, r)| {
                r.topic_words
                    .values()
                    .enumerate()
                    .flat_map(|(ti, words)| {
                        words.iter().map(move |w| {
                            let (edges, w) = parse_cue(w);
                            (ti, edges, w)
                        })
                    })
                    .filter(|(_, _, w)| !w.is_empty())
                    .collect()
            })
            .collect();
        let topic_all = AllLangs::new(topic_words.iter().enumerate().flat_map(|(li, words)| {
            words
                .iter()
                .enumerate()
                .map(move |(wi, &(_, _, w))| (li, wi, w))
        }));
        let topic_meta = topic_words
            .iter()
            .map(|words| {
                words
                    .iter()
                    .map(|&(ti, edges, w)| (ti, edges, w.chars().any(is_han)))
                    .collect()
            })
            .collect();
        let held_lists = rules
            .iter()
            .map(|(_, r)| (WordList::new(&r.event_words), WordList::new(&r.venue_words)))
            .collect();
        let court_list = court_list(&rules);
        Ok(Frames {
            held_lists,
            court_list,
            data,
            frames,
            rules,
            automaton,
            targets: patterns.into_values().collect(),
            clause_automata,
            anaphora_automata,
            auxiliary_automata,
            clause_all,
            anaphora_all,
            sale_all,
            topic_all,
            topic_meta,
            conjunction_words,
            generics,
            nouns: CountedNouns::embedded().clone(),
            concepts: Concepts::embedded().clone(),
        })
    }

    /// The embedded default frames (`data/frames/default.json`): business and technology news.
    pub fn embedded() -> &'static Frames {
        static F: OnceLock<Frames> = OnceLock::new();
        F.get_or_init(|| {
            Frames::from_json("data/frames/default.json", EMBEDDED_JSON)
                .unwrap_or_else(|_| Frames::empty())
        })
    }

    /// No frames at all: extraction finds no claims.
    pub fn empty() -> Frames {
        Frames {
            data: FramesData::default(),
            frames: Vec::new(),
            rules: Vec::new(),
            automaton: None,
            targets: Vec::new(),
            clause_automata: Vec::new(),
            anaphora_automata: Vec::new(),
            auxiliary_automata: Vec::new(),
            clause_all: None,
            anaphora_all: None,
            sale_all: None,
            topic_all: None,
            topic_meta: Vec::new(),
            conjunction_words: Vec::new(),
            generics: Vec::new(),
            nouns: CountedNouns::default(),
            concepts: Concepts::default(),
            held_lists: Vec::new(),
            court_list: WordList::default(),
        }
    }

    /// These frames plus `other`'s: frames of `other` replace those with the same key, and
    /// its grammar words are added to each language's.
    ///
    /// ```
    /// use concord::claim::Frames;
    /// let mine = Frames::from_json("mine", r#"{"frames": [{"key": "fine", "functional": true,
    ///     "units": ["money"], "subject": {"role": "fined", "kinds": ["organization"]},
    ///     "cues": {"en": ["fined"]}}]}"#).unwrap();
    /// let all = Frames::embedded().clone().with(mine).unwrap();
    /// assert!(all.get("fine").is_some() && all.get("investment").is_some());
    /// ```
    pub fn with(self, other: Frames) -> Result<Frames, Error> {
        let (nouns, concepts) = (self.nouns, self.concepts);
        let mut data = self.data;
        for (code, r) in other.data.languages {
            let e = data.languages.entry(code).or_default();
            e.clause_breaks.extend(r.clause_breaks);
            e.prepositions.extend(r.prepositions);
            e.agent_markers.extend(r.agent_markers);
            e.articles.extend(r.articles);
            e.conversion_markers.extend(r.conversion_markers);
            e.source_markers.extend(r.source_markers);
            e.passive_auxiliaries.extend(r.passive_auxiliaries);
            e.passive_agents.extend(r.passive_agents);
            e.anaphora.extend(r.anaphora);
            e.copulas.extend(r.copulas);
            e.comparison_markers.extend(r.comparison_markers);
            e.opponent_markers.extend(r.opponent_markers);
            e.event_words.extend(r.event_words);
            e.contest_words.extend(r.contest_words);
            for (topic, words) in r.topic_words {
                e.topic_words.entry(topic).or_default().extend(words);
            }
            e.venue_words.extend(r.venue_words);
            e.disaster_words.extend(r.disaster_words);
            e.landmark_words.extend(r.landmark_words);
            e.site_words.extend(r.site_words);
            e.plant_words.extend(r.plant_words);
            e.court_words.extend(r.court_words);
            e.superlative_words.extend(r.superlative_words);
            e.estimate_verbs.extend(r.estimate_verbs);
            e.victim_markers.extend(r.victim_markers);
            e.source_nouns.extend(r.source_nouns);
            e.speech_verbs.extend(r.speech_verbs);
            e.aboard_words.extend(r.aboard_words);
            e.conjunctions.extend(r.conjunctions);
            e.relatives.extend(r.relatives);
            e.possessives.extend(r.possessives);
            e.pronoun_heads.extend(r.pronoun_heads);
            e.part_markers.extend(r.part_markers);
            e.forecast_markers.extend(r.forecast_markers);
            e.forecast_exceptions.extend(r.forecast_exceptions);
            e.request_markers.extend(r.request_markers);
            e.keep_words.extend(r.keep_words);
            e.total_markers.extend(r.total_markers);
            e.leaders.extend(r.leaders);
            e.buyer_nouns.extend(r.buyer_nouns);
            e.target_nouns.extend(r.target_nouns);
            e.sale_verbs.extend(r.sale_verbs);
            e.sale_recipients.extend(r.sale_recipients);
            e.seller_markers.extend(r.seller_markers);
            e.period_words.extend(r.period_words);
            e.contrast_markers.extend(r.contrast_markers);
            e.respective_markers.extend(r.respective_markers);
            e.locatives.extend(r.locatives);
            e.state_anaphora.extend(r.state_anaphora);
            e.place_adverbs.extend(r.place_adverbs);
            e.existential_subjects.extend(r.existential_subjects);
            e.person_classifiers.extend(r.person_classifiers);
            e.particles.extend(r.particles);
            e.member_markers.extend(r.member_markers);
            e.previous_markers.extend(r.previous_markers);
            e.false_friends.extend(r.false_friends);
            e.cue_blockers.extend(r.cue_blockers);
            e.capitalized_names |= r.capitalized_names;
            e.capitalized_nouns |= r.capitalized_nouns;
        }
        data.capitals.extend(other.data.capitals);
        for (state, forms) in other.data.demonyms {
            let e = data.demonyms.entry(state).or_default();
            for (lang, words) in forms {
                e.entry(lang).or_default().extend(words);
            }
        }
        data.state_bodies.extend(other.data.state_bodies);
        for (lang, b) in other.data.state_body_names {
            let e = data.state_body_names.entry(lang).or_default();
            e.heads.extend(b.heads);
            e.links.extend(b.links);
            e.tails.extend(b.tails);
            e.not_tails.extend(b.not_tails);
        }
        for st in other.data.states {
            if !data.states.contains(&st) {
                data.states.push(st);
            }
        }
        for f in other.data.frames {
            match data.frames.iter_mut().find(|g| g.key == f.key) {
                Some(g) => *g = f,
                None => data.frames.push(f),
            }
        }
        Ok(Frames::from_data("merged frames", data)?
            .with_counted_nouns(nouns)
            .with_concepts(concepts))
    }

    /// These frames with other counted nouns (by default `data/frames/nouns.json`): a count
    /// no frame names makes a claim when one of them follows it.
    ///
    /// ```
    /// use concord::claim::{nouns::CountedNouns, Frames};
    /// let nouns = CountedNouns::from_json("mine", r#"{"nouns": {"llama": {"en": ["llamas"]}}}"#)
    ///     .unwrap();
    /// let frames = Frames::embedded().clone().with_counted_nouns(nouns);
    /// assert_eq!(frames.counted_nouns().concept(0), Some("llama"));
    /// ```
    pub fn with_counted_nouns(mut self, nouns: CountedNouns) -> Frames {
        self.nouns = nouns;
        self
    }

    /// These frames with other concepts (by default `data/frames/concepts.json`): what a figure
    /// no frame names measures.
    pub fn with_concepts(mut self, concepts: Concepts) -> Frames {
        self.concepts = concepts;
        self
    }

    /// The counted nouns extraction reads.
    pub fn counted_nouns(&self) -> &CountedNouns {
        &self.nouns
    }

    /// The concepts extraction reads.
    pub fn concepts(&self) -> &Concepts {
        &self.concepts
    }

    /// The frames, in file order.
    pub fn frames(&self) -> &[Frame] {
        &self.frames
    }

    /// The frame with this key.
    pub fn get(&self, key: &str) -> Option<&Frame> {
        self.frames.iter().find(|f| f.key == key)
    }

    /// The data the frames were built from (to serialize, edit or merge).
    pub fn data(&self) -> &FramesData {
        &self.data
    }

    /// Every occurrence (overlapping ones too) of the anaphora of `lang` in the folded text
    /// `folded`, as (start, end, index in [`FoldedRules::anaphora`]), in one pass for all the
    /// words, ordered by end.
    pub(crate) fn anaphora_in(&self, lang: Lang, folded: &str) -> Vec<(usize, usize, usize)> {
        let Some(Some(Some((ac, index)))) = self
            .rules
            .iter()
            .position(|(l, _)| *l == lang)
            .map(|i| self.anaphora_automata.get(i))
        else {
            return Vec::new();
        };
        ac.find_overlapping_iter(folded)
            .filter_map(|m| {
                let i = *index.get(m.pattern().as_usize())?;
                Some((m.start(), m.end(), i))
            })
            .collect()
    }

    /// Where the clause-break words of `lang` occur in the folded text `folded`, as (start,
    /// word): for each word, its non-overlapping occurrences from the left, exactly as
    /// `folded.match_indices(word)` finds them, in one pass for all the words.
    pub(crate) fn clause_breaks_in<'f>(
        &'f self,
        lang: Lang,
        folded: &str,
    ) -> Vec<(usize, &'f str)> {
        let mut out = Vec::new();
        let Some(i) = self.rules.iter().position(|(l, _)| *l == lang) else {
            return out;
        };
        let (Some((_, rules)), Some(Some(ac))) = (self.rules.get(i), self.clause_automata.get(i))
        else {
            return out;
        };
        // Matches come by end offset; one word's occurrences thus come from the left, and an
        // occurrence that overlaps the word's previous one is one match_indices skips.
        let mut last_end = vec![0usize; rules.clause_breaks.len()];
        for m in ac.find_overlapping_iter(folded) {
            let p = m.pattern().as_usize();
            let (Some(end), Some(word)) = (last_end.get_mut(p), rules.clause_breaks.get(p)) else {
                continue;
            };
            if m.start() >= *end {
                *end = m.end();
                out.push((m.start(), word.as_str()));
            }
        }
        out
    }

    /// [`Frames::clause_breaks_in`] of each of `langs` (a language listed once) together, in
    /// one pass over `folded` for all of them; the order of the pairs is unspecified.
    pub(crate) fn clause_breaks_all<'f>(
        &'f self,
        langs: &[Lang],
        folded: &str,
    ) -> Vec<(usize, &'f str)> {
        let Some(all) = &self.clause_all else {
            return langs
                .iter()
                .flat_map(|l| self.clause_breaks_in(*l, folded))
                .collect();
        };
        let wanted = self.wanted(langs);
        let mut out = Vec::new();
        for (m, owners) in all.occurrences(folded) {
            for &(li, wi) in owners {
                if wanted.get(li).copied().flatten().is_none() {
                    continue;
                }
                if let Some(word) = self
                    .rules
                    .get(li)
                    .and_then(|(_, r)| r.clause_breaks.get(wi))
                {
                    out.push((m.start(), word.as_str()));
                }
            }
        }
        out
    }

    /// [`Frames::anaphora_in`] of each of `langs` (a language listed once) together, in one
    /// pass over `folded`, as (position of the language in `langs`, start, end, index in its
    /// [`FoldedRules::anaphora`]); the order is unspecified.
    pub(crate) fn anaphora_all(
        &self,
        langs: &[Lang],
        folded: &str,
    ) -> Vec<(usize, usize, usize, usize)> {
        let Some(all) = &self.anaphora_all else {
            return langs
                .iter()
                .enumerate()
                .flat_map(|(k, l)| {
                    self.anaphora_in(*l, folded)
                        .into_iter()
                        .map(move |(s, e, i)| (k, s, e, i))
                })
                .collect();
        };
        let wanted = self.wanted(langs);
        let mut out = Vec::new();
        for m in all.ac.find_overlapping_iter(folded) {
            for &(li, wi) in all
                .owners
                .get(m.pattern().as_usize())
                .map_or(&[][..], Vec::as_slice)
            {
                if let Some(k) = wanted.get(li).copied().flatten() {
                    out.push((k, m.start(), m.end(), wi));
                }
            }
        }
        out
    }

    /// Whether one of the passive auxiliaries of `lang` ([`FoldedRules::passive_auxiliaries`])
    /// occurs anywhere in the folded text `folded`, as a word or inside one: where none does,
    /// no word of the text is one. True where it cannot tell.
    pub(crate) fn may_hold_auxiliary(&self, lang: Lang, folded: &str) -> bool {
        match self.rules.iter().position(|(l, _)| *l == lang) {
            Some(i) => match self.auxiliary_automata.get(i) {
                Some(Some(ac)) => ac.is_match(folded),
                _ => true,
            },
            None => true,
        }
    }

    /// For each of `langs` (a language listed once), the end of the first occurrence in
    /// `folded` of one of its [`FoldedRules::sale_verbs`] that `alone(start, verb)` accepts:
    /// of each verb, its occurrences as `match_indices` reads them (left to right, each past
    /// the one before), the earliest end among the verbs; in one pass for all the languages.
    pub(crate) fn sale_verb_ends(
        &self,
        langs: &[Lang],
        folded: &str,
        alone: impl Fn(usize, &str) -> bool,
    ) -> Vec<Option<usize>> {
        let mut ends = vec![None; langs.len()];
        let Some(all) = &self.sale_all else {
            return ends;
        };
        let wanted = self.wanted(langs);
        // Matches come by end offset: a language's first accepted one has the earliest end.
        for (m, owners) in all.occurrences(folded) {
            let Some(word) = folded.get(m.start()..m.end()) else {
                continue;
            };
            if !owners
                .iter()
                .any(|&(li, _)| wanted.get(li).copied().flatten().is_some())
                || !alone(m.start(), word)
            {
                continue;
            }
            for &(li, _) in owners {
                if let Some(slot) = wanted
                    .get(li)
                    .copied()
                    .flatten()
                    .and_then(|k| ends.get_mut(k))
                {
                    slot.get_or_insert(m.end());
                }
            }
        }
        ends
    }

    /// For each language of `rules`, its position in `langs` (where `langs` lists it).
    fn wanted(&self, langs: &[Lang]) -> Vec<Option<usize>> {
        let mut wanted = vec![None; self.rules.len()];
        for (k, l) in langs.iter().enumerate() {
            // The first entry of a language is the one `rules` and the one-language searches read.
            if let Some(li) = self.rules.iter().position(|(x, _)| x == l) {
                if let Some(w) = wanted.get_mut(li) {
                    w.get_or_insert(k);
                }
            }
        }
        wanted
    }

    /// The conjunctions of `lang` as written (lowercased, accents kept), each split into words.
    pub(crate) fn conjunction_words(&self, lang: Lang) -> &[Vec<String>] {
        self.rules
            .iter()
            .position(|(l, _)| *l == lang)
            .and_then(|i| self.conjunction_words.get(i))
            .map_or(&[], Vec::as_slice)
    }

    /// The words of `lang` that tell no party apart ([`Generic`]), built with the frames.
    pub(super) fn generic(&self, lang: Lang) -> &Generic {
        static EMPTY: Generic = Generic::EMPTY;
        self.rules
            .iter()
            .position(|(l, _)| *l == lang)
            .and_then(|i| self.generics.get(i))
            .unwrap_or(&EMPTY)
    }

    /// The event words (`venue`: false) or the venue words (`venue`: true) of `lang` as a
    /// [`WordList`], built once with the frames.
    pub(super) fn held_list(&self, lang: Lang, venue: bool) -> &WordList {
        static EMPTY: OnceLock<WordList> = OnceLock::new();
        self.rules
            .iter()
            .zip(&self.held_lists)
            .find(|((l, _), _)| *l == lang)
            .map(|(_, (event, venues))| if venue { venues } else { event })
            .unwrap_or_else(|| EMPTY.get_or_init(WordList::default))
    }

    /// The court words of every language as one [`WordList`] (a canonical name may be
    /// written in another language than the text), built once with the frames.
    pub(super) fn court_list(&self) -> &WordList {
        &self.court_list
    }

    /// The folded grammar words of `lang`.
    pub fn rules(&self, lang: Lang) -> &FoldedRules {
        static EMPTY: OnceLock<FoldedRules> = OnceLock::new();
        self.rules
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, r)| r)
            .unwrap_or_else(|| EMPTY.get_or_init(FoldedRules::default))
    }

    /// The gazetteer id of the state the capital city or public body `id` stands for, if it
    /// is one ([`FramesData::capitals`], [`FramesData::state_bodies`]).
    ///
    /// ```
    /// use concord::claim::Frames;
    /// assert_eq!(Frames::embedded().state_of("beijing"), Some("china"));
    /// assert_eq!(Frames::embedded().state_of("destatis"), Some("germany"));
    /// assert_eq!(Frames::embedded().state_of("venezia"), None);
    /// ```
    pub fn state_of(&self, id: &str) -> Option<&str> {
        self.data
            .capitals
            .get(id)
            .or_else(|| self.data.state_bodies.get(id))
            .map(String::as_str)
    }

    /// The gazetteer id of the state whose adjective ([`FramesData::demonyms`]) of language
    /// `lang` the folded word `word` is.
    ///
    /// ```
    /// use concord::{Lang, claim::Frames};
    /// let frames = Frames::embedded();
    /// assert_eq!(frames.state_of_adjective(Lang::Fr, "americains"), Some("united_states"));
    /// assert_eq!(frames.state_of_adjective(Lang::De, "chinesischen"), Some("china"));
    /// assert_eq!(frames.state_of_adjective(Lang::It, "prodotti"), None);
    /// ```
    pub fn state_of_adjective(&self, lang: Lang, word: &str) -> Option<&str> {
        let code = lang.code();
        self.data.demonyms.iter().find_map(|(state, forms)| {
            forms
                .get(code)
                .into_iter()
                .flatten()
                .any(|f| {
                    let folded = fold_str(f);
                    match folded.strip_suffix('*') {
                        Some(stem) => word.starts_with(stem),
                        None => folded == word,
                    }
                })
                .then_some(state.as_str())
        })
    }

    /// Whether `name` is the name of a state's public body by the words of
    /// [`FramesData::state_body_names`] (of every language: a name may be written in another
    /// language than its text).
    ///
    /// ```
    /// use concord::claim::Frames;
    /// let frames = Frames::embedded();
    /// assert!(frames.names_state_body("ministère de la Santé"));
    /// assert!(frames.names_state_body("Gesundheitsministerium"));
    /// assert!(frames.names_state_body("卫生部"));
    /// assert!(!frames.names_state_body("ministère allemand de l'Économie"));
    /// assert!(!frames.names_state_body("Ministry Games"));
    /// assert!(!frames.names_state_body("足球俱乐部"));
    /// ```
    pub fn names_state_body(&self, name: &str) -> bool {
        let folded = fold_str(name);
        let words: Vec<&str> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let Some(&last) = words.last() else {
            return false;
        };
        let folded_words = |w: &str| -> Vec<String> {
            fold_str(w)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        self.data.state_body_names.values().any(|b| {
            let headed = b.heads.iter().any(|h| {
                let head = folded_words(h);
                !head.is_empty()
                    && words.len() >= head.len()
                    && words.iter().zip(&head).all(|(w, h)| *w == h.as_str())
                    && words.get(head.len()).is_none_or(|next| {
                        self.data
                            .state_body_names
                            .values()
                            .flat_map(|o| &o.links)
                            .any(|l| fold_str(l) == *next)
                    })
            });
            let excluded = b
                .not_tails
                .iter()
                .any(|t| folded.ends_with(fold_str(t).as_str()));
            let tailed = !excluded
                && b.tails.iter().any(|t| {
                    if t.chars().any(is_han) {
                        folded.ends_with(fold_str(t).as_str())
                    } else if let Some(end) = t.strip_prefix('*') {
                        last.ends_with(fold_str(end).as_str())
                    } else {
                        last == fold_str(t)
                    }
                });
            headed || tailed
        })
    }

    /// Whether the gazetteer id `id` names a state ([`FramesData::states`]).
    ///
    /// ```
    /// use concord::claim::Frames;
    /// assert!(Frames::embedded().is_state("italy"));
    /// assert!(!Frames::embedded().is_state("rome"));
    /// ```
    pub fn is_state(&self, id: &str) -> bool {
        self.data.states.iter().any(|s| s == id)
    }

    /// Every cue of the languages `langs` in a folded text, in text order.
    ///
    /// ```
    /// use concord::{Lang, claim::Frames};
    /// use concord::text::fold::fold_str;
    /// let frames = Frames::embedded();
    /// let text = fold_str("Meta investierte 15 Milliarden Dollar");
    /// let hits = frames.find_cues(&text, &[Lang::De]);
    /// assert_eq!(frames.frames()[hits[0].frame].key, "investment");
    /// assert_eq!(&text[hits[0].start..hits[0].end], "investi");
    /// // A cue inside a longer word that means something else is none: an emergency exit.
    /// let exits = fold_str("飞机有8个紧急出口");
    /// let keys: Vec<&str> = frames.find_cues(&exits, &[Lang::Zh]).iter()
    ///     .map(|h| frames.frames()[h.frame].key.as_str()).collect();
    /// assert!(!keys.contains(&"exports"));
    /// let goods = fold_str("今年出口8亿美元");
    /// let keys: Vec<&str> = frames.find_cues(&goods, &[Lang::Zh]).iter()
    ///     .map(|h| frames.frames()[h.frame].key.as_str()).collect();
    /// assert!(keys.contains(&"exports"));
    /// ```
    pub fn find_cues(&self, folded: &str, langs: &[Lang]) -> Vec<CueHit> {
        self.find_cues_with(folded, langs, &mut |lang, topic| {
            self.speaks_of_topic(folded, lang, topic)
        })
    }

    /// [`Frames::find_cues`], where `speaks(lang, topic)` says whether the text around (its
    /// document) speaks of a topic of [`LangRules::topic_words`], for the cues written
    /// `@topic:word`.
    pub fn find_cues_with(
        &self,
        folded: &str,
        langs: &[Lang],
        speaks: &mut dyn FnMut(Lang, &str) -> bool,
    ) -> Vec<CueHit> {
        let mut out = Vec::new();
        let Some(ac) = &self.automaton else {
            return out;
        };
        // Per language, whether the text speaks of a contest (asked once, where a cue needs it).
        let mut contest: Vec<(Lang, bool)> = Vec::new();
        let mut topics: Vec<(Lang, &str, bool)> = Vec::new();
        // The hits of cues written `@topic:word` whose topic the text speaks of.
        let mut topical: Vec<CueHit> = Vec::new();
        for m in ac.find_overlapping_iter(folded) {
            let Some(targets) = self.targets.get(m.pattern().as_usize()) else {
                continue;
            };
            let before = folded.get(..m.start()).and_then(|s| s.chars().next_back());
            let after = folded.get(m.end()..).and_then(|s| s.chars().next());
            for t in targets {
                if !langs.contains(&t.lang) {
                    continue;
                }
                let ok = match t.edges {
                    Edges::Word => !is_word_char(before) && !is_word_char(after),
                    Edges::Prefix => !is_word_char(before),
                    Edges::Suffix => !is_word_char(after),
                    Edges::Any => true,
                };
                let ok =
                    ok && !self.frames.get(t.frame).is_some_and(|f| {
                        f.not_cues.iter().any(|(l, phrases)| {
                            *l == t.lang
                                && phrases
                                    .iter()
                                    .any(|p| phrase_covers(folded, p, m.start(), m.end()))
                        })
                    }) && (!t.contest
                        || match contest.iter().find(|(l, _)| *l == t.lang) {
                            Some(&(_, yes)) => yes,
                            None => {
                                let yes = self.speaks_of_contest(folded, t.lang);
                                contest.push((t.lang, yes));
                                yes
                            }
                        })
                        && t.topic.as_deref().is_none_or(|topic| {
                            match topics.iter().find(|(l, n, _)| *l == t.lang && *n == topic) {
                                Some(&(_, _, yes)) => yes,
                                None => {
                                    let yes = speaks(t.lang, topic);
                                    topics.push((t.lang, topic, yes));
                                    yes
                                }
                            }
                        });
                let hit = CueHit {
                    frame: t.frame,
                    start: m.start(),
                    end: m.end(),
                    lang: t.lang,
                    weak: t.weak,
                };
                if ok && !out.contains(&hit) {
                    out.push(hit);
                    if t.topic.is_some() {
                        topical.push(hit);
                    }
                }
            }
        }
        // "8个紧急出口": a cue inside a longer word that means something else (an emergency
        // exit, not exports) does not count.
        let blocked: Vec<(usize, usize)> = langs
            .iter()
            .flat_map(|&l| self.rules(l).cue_blockers.iter())
            .filter(|b| !b.is_empty())
            .flat_map(|b| {
                folded
                    .match_indices(b.as_str())
                    .map(|(p, w)| (p, p + w.len()))
            })
            .collect();
        out.retain(|h| {
            !blocked
                .iter()
                .any(|&(a, b)| a <= h.start && h.end <= b && b - a > h.end - h.start)
        });
        // A word that a topic of the document makes a cue of its own ("incassato" in a story
        // about a film: its box office) is no longer the cue of the frames that read it
        // without the topic (a prize pocketed, funds raised) in the same language, for
        // figures of the same units (a duration keeps its own cue).
        if !topical.is_empty() {
            let units = |f: usize| self.frames.get(f).map_or(&[][..], |f| f.units.as_slice());
            out.retain(|h| {
                topical.contains(h)
                    || !topical.iter().any(|t| {
                        t.start == h.start
                            && t.end == h.end
                            && t.lang == h.lang
                            && units(t.frame).iter().any(|u| units(h.frame).contains(u))
                    })
            });
        }
        out.sort_by_key(|h| (h.start, h.end, h.frame));
        out
    }
}

impl Frames {
    /// Whether the folded `text` holds one of the words of `lang` that speak of a contest
    /// ([`FoldedRules::contest_words`], [`FoldedRules::opponent_markers`]): as whole words, or
    /// anywhere for words in Han characters.
    fn speaks_of_contest(&self, text: &str, lang: Lang) -> bool {
        let rules = self.rules(lang);
        rules
            .contest_words
            .iter()
            .chain(&rules.opponent_markers)
            .any(|w| {
                !w.is_empty()
                    && text.match_indices(w.as_str()).any(|(p, _)| {
                        w.chars().any(is_han)
                            || (!is_word_char(text.get(..p).and_then(|t| t.chars().next_back()))
                                && !is_word_char(
                                    text.get(p + w.len()..).and_then(|t| t.chars().next()),
                                ))
                    })
            })
    }
}

impl Frames {
    /// Whether the folded `text` holds one of the words of `lang` that speak of `topic`
    /// ([`FoldedRules::topic_words`]), read in cue syntax (`word`, `stem*`, `*tail`; Han words
    /// anywhere).
    pub(crate) fn speaks_of_topic(&self, text: &str, lang: Lang, topic: &str) -> bool {
        let Some(words) = self.rules(lang).topic_words.get(topic) else {
            return false;
        };
        words.iter().any(|w| {
            let (edges, w) = parse_cue(w);
            !w.is_empty()
                && text.match_indices(w).any(|(p, _)| {
                    let before = text.get(..p).and_then(|t| t.chars().next_back());
                    let after = text.get(p + w.len()..).and_then(|t| t.chars().next());
                    w.chars().any(is_han)
                        || match edges {
                            Edges::Word => !is_word_char(before) && !is_word_char(after),
                            Edges::Prefix => !is_word_char(before),
                            Edges::Suffix => !is_word_char(after),
                            Edges::Any => true,
                        }
                })
        })
    }
}

impl Frames {
    /// Every (language, topic) of [`FoldedRules::topic_words`] that the folded `text` speaks
    /// of, as [`Frames::speaks_of_topic`] answers each, in one pass over the text for all
    /// languages and topics (a document is asked of several; each word searched on its own
    /// read the document once per word). In the order of the languages' rules and topics.
    pub(crate) fn topics_spoken(&self, text: &str) -> Vec<(Lang, &str)> {
        let Some(all) = &self.topic_all else {
            return Vec::new();
        };
        let mut yes: Vec<Vec<bool>> = self
            .rules
            .iter()
            .map(|(_, r)| vec![false; r.topic_words.len()])
            .collect();
        // `match_indices` reads a word's occurrences left to right, each starting past the
        // end of the one before: where one word's occurrences overlap, only those are asked.
        let mut next_free: Vec<usize> = vec![0; all.owners.len()];
        for m in all.ac.find_overlapping_iter(text) {
            let pi = m.pattern().as_usize();
            let Some(free) = next_free.get_mut(pi) else {
                continue;
            };
            if m.start() < *free {
                continue;
            }
            *free = m.end();
            let before = text.get(..m.start()).and_then(|t| t.chars().next_back());
            let after = text.get(m.end()..).and_then(|t| t.chars().next());
            for &(li, wi) in all.owners.get(pi).map_or(&[][..], Vec::as_slice) {
                let Some(&(ti, edges, han)) = self.topic_meta.get(li).and_then(|m| m.get(wi))
                else {
                    continue;
                };
                let ok = han
                    || match edges {
                        Edges::Word => !is_word_char(before) && !is_word_char(after),
                        Edges::Prefix => !is_word_char(before),
                        Edges::Suffix => !is_word_char(after),
                        Edges::Any => true,
                    };
                if let Some(flag) = yes.get_mut(li).and_then(|f| f.get_mut(ti)) {
                    *flag |= ok;
                }
            }
        }
        // A language listed twice answers by its first rules, as `rules` finds them.
        let first =
            |li: usize, lang: Lang| self.rules.iter().position(|(l, _)| *l == lang) == Some(li);
        self.rules
            .iter()
            .zip(yes)
            .enumerate()
            .filter(|&(li, ((lang, _), _))| first(li, *lang))
            .flat_map(|(_, ((lang, r), flags))| {
                r.topic_words
                    .keys()
                    .zip(flags)
                    .filter(|(_, y)| *y)
                    .map(move |(t, _)| (*lang, t.as_str()))
            })
            .collect()
    }
}

/// Where the folded sentence `fs` breaks at punctuation: a comma (not one between digits,
/// "1,5"), a semicolon, a colon (also their full-width forms), a quotation mark, and a space
/// between Han characters (a Chinese headline's two clauses: "前3季營收653億 宣布裁員9千人";
/// also after "%"). Reads only the bytes that can break, in one pass.
pub(crate) fn punct_breaks(fs: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (p, &b) in fs.as_bytes().iter().enumerate() {
        let c = match b {
            b',' | b';' | b':' | b'"' => char::from(b),
            // A space breaks only after a Han character or "%": after any other ASCII
            // character (or at the start) it does not.
            b' ' | b'\t'..=b'\r' => {
                if p.checked_sub(1)
                    .and_then(|q| fs.as_bytes().get(q))
                    .is_none_or(|&q| q.is_ascii() && q != b'%')
                {
                    continue;
                }
                char::from(b)
            }
            // The first byte of a character beyond ASCII.
            0xC0.. => match fs.get(p..).and_then(|r| r.chars().next()) {
                Some(c) if matches!(c, '，' | '；' | '：') || c.is_whitespace() => c,
                _ => continue,
            },
            _ => continue,
        };
        let prev = fs.get(..p).and_then(|t| t.chars().next_back());
        let next = fs.get(p + c.len_utf8()..).and_then(|t| t.chars().next());
        if breaks_at(prev, c, next) {
            out.push(p);
        }
    }
    out
}

/// Whether `c` between `prev` and `next` breaks a clause ([`punct_breaks`]).
fn breaks_at(prev: Option<char>, c: char, next: Option<char>) -> bool {
    match c {
        ',' => {
            !(prev.is_some_and(|c| c.is_ascii_digit()) && next.is_some_and(|c| c.is_ascii_digit()))
        }
        ';' | ':' | '，' | '；' | '：' | '"' => true,
        c if c.is_whitespace() => {
            prev.is_some_and(|c| is_han(c) || c == '%') && next.is_some_and(is_han)
        }
        _ => false,
    }
}

/// Word lists of several languages in one automaton: for each distinct word (pattern), the
/// (index in [`Frames::rules`], index in that language's list) pairs that list it.
#[derive(Clone)]
struct AllLangs {
    ac: AhoCorasick,
    owners: Vec<Vec<(usize, usize)>>,
}

impl AllLangs {
    fn new<'w>(words: impl Iterator<Item = (usize, usize, &'w str)>) -> Option<AllLangs> {
        let mut owners: IndexMap<&str, Vec<(usize, usize)>> = IndexMap::new();
        for (li, wi, w) in words {
            owners.entry(w).or_default().push((li, wi));
        }
        if owners.is_empty() {
            return None;
        }
        // A few hundred short words: a DFA is small and the fastest to run.
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(owners.keys())
            .ok()?;
        Some(AllLangs {
            ac,
            owners: owners.into_values().collect(),
        })
    }

    /// The occurrences of its words in `folded`, by end offset, each with the (language, word)
    /// pairs that list it. One word's occurrences are read as `match_indices` reads them: from
    /// the left, one that overlaps the word's previous one skipped. The same word listed by
    /// several languages has the same occurrences: one last end per distinct word.
    fn occurrences<'s>(
        &'s self,
        folded: &'s str,
    ) -> impl Iterator<Item = (aho_corasick::Match, &'s [(usize, usize)])> + 's {
        let mut last_end = vec![0usize; self.owners.len()];
        self.ac.find_overlapping_iter(folded).filter_map(move |m| {
            let p = m.pattern().as_usize();
            let end = last_end.get_mut(p)?;
            let owners = self.owners.get(p)?;
            if m.start() < *end {
                return None;
            }
            *end = m.end();
            Some((m, owners.as_slice()))
        })
    }
}

impl std::fmt::Debug for AllLangs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AllLangs")
            .field("words", &self.owners.len())
            .finish()
    }
}

/// Whether the folded `phrase` ([`FrameSpec::not_cues`]: words in cue syntax, one or more
/// spaces between them) stands in the folded `text` over the bytes `start..end`.
fn phrase_covers(text: &str, phrase: &str, start: usize, end: usize) -> bool {
    let words: Vec<(Edges, &str)> = phrase
        .split_whitespace()
        .map(parse_cue)
        .filter(|(_, w)| !w.is_empty())
        .collect();
    if words.is_empty() {
        return false;
    }
    // The phrase opens at most its own length (and a few spaces) before the cue.
    let reach = phrase.len() + 8 * words.len();
    (start.saturating_sub(reach)..=start)
        .filter(|&p| text.is_char_boundary(p))
        .any(|p| phrase_at(text, &words, p).is_some_and(|e| e >= end))
}

/// Where the `words` of a phrase end when they stand in `text` from byte `p`: each word as
/// cue syntax bounds it (a word that opens or ends with punctuation, "qu'" or ",", is bounded
/// on that side by nothing), whitespace between words (none needed after a word ending with
/// punctuation: "qu'il").
fn phrase_at(text: &str, words: &[(Edges, &str)], mut p: usize) -> Option<usize> {
    for (k, &(edges, w)) in words.iter().enumerate() {
        if k > 0 {
            let glued = words
                .get(k - 1)
                .is_some_and(|(_, prev)| !is_word_char(prev.chars().next_back()));
            let rest = text.get(p..)?;
            let skipped = rest.len() - rest.trim_start().len();
            if skipped == 0 && !glued {
                return None;
            }
            p += skipped;
        }
        let open = !matches!(edges, Edges::Suffix | Edges::Any);
        let before = text.get(..p).and_then(|s| s.chars().next_back());
        if open && k == 0 && is_word_char(w.chars().next()) && is_word_char(before) {
            return None;
        }
        let rest = text.get(p..)?;
        let word_len = rest
            .char_indices()
            .find(|&(_, c)| !is_word_char(Some(c)))
            .map_or(rest.len(), |(i, _)| i);
        let at = match edges {
            Edges::Word | Edges::Prefix => rest.starts_with(w).then_some(0)?,
            // A word's ending.
            Edges::Suffix => {
                let word = rest.get(..word_len)?;
                word.ends_with(w).then(|| word_len - w.len())?
            }
            Edges::Any => rest.get(..word_len.max(w.len()))?.find(w)?,
        };
        p += at + w.len();
        let closed = !matches!(edges, Edges::Prefix | Edges::Any);
        let after = text.get(p..).and_then(|s| s.chars().next());
        if closed && is_word_char(w.chars().next_back()) && is_word_char(after) {
            return None;
        }
        if !closed {
            // A word's opening: the phrase goes on after the whole word.
            let rest = text.get(p..)?;
            p += rest
                .char_indices()
                .find(|&(_, c)| !is_word_char(Some(c)))
                .map_or(rest.len(), |(i, _)| i);
        }
    }
    Some(p)
}

pub(crate) fn parse_cue(cue: &str) -> (Edges, &str) {
    let cue = cue.trim();
    let lead = cue.starts_with('*');
    let trail = cue.ends_with('*') && cue.len() > 1;
    let inner = cue.trim_matches('*');
    let edges = match (lead, trail) {
        (false, false) => Edges::Word,
        (false, true) => Edges::Prefix,
        (true, false) => Edges::Suffix,
        (true, true) => Edges::Any,
    };
    (edges, inner)
}

/// Whether `c` is a letter or digit of a spaced script (a Han character is not: Chinese words
/// have no spaces to bound them).
pub(crate) fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() && !is_han(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The one-pass clause-break search finds what `match_indices` finds word by word.
        #[test]
        fn clause_breaks_in_equals_match_indices(
            parts in proptest::collection::vec(
                "(che|cui|il quale|dass|um|que|qui|parce que|that|but|但|但是|而|因为|queque|umum| |,|x|é)",
                0..24,
            ),
            extra in "[a-z 而但]{0,6}",
        ) {
            let text: String = parts.concat() + &extra;
            let frames = Frames::embedded();
            for lang in Lang::ALL {
                let mut fast = frames.clause_breaks_in(lang, &text);
                let mut slow: Vec<(usize, &str)> = frames
                    .rules(lang)
                    .clause_breaks
                    .iter()
                    .flat_map(|w| text.match_indices(w.as_str()).map(move |(p, _)| (p, w.as_str())))
                    .collect();
                fast.sort_unstable();
                slow.sort_unstable();
                proptest::prop_assert_eq!(fast, slow);
            }
        }
    }

    /// [`punct_breaks`] as the claim stage first wrote it: every character with the one
    /// before and after it.
    fn punct_breaks_plain(fs: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let mut prev: Option<char> = None;
        let mut iter = fs.char_indices().peekable();
        while let Some((p, c)) = iter.next() {
            let next = iter.peek().map(|&(_, n)| n);
            let brk = match c {
                ',' => {
                    !(prev.is_some_and(|c| c.is_ascii_digit())
                        && next.is_some_and(|c| c.is_ascii_digit()))
                }
                ';' | ':' | '，' | '；' | '：' | '"' => true,
                c if c.is_whitespace() => {
                    prev.is_some_and(|c| is_han(c) || c == '%') && next.is_some_and(is_han)
                }
                _ => false,
            };
            if brk {
                out.push(p);
            }
            prev = Some(c);
        }
        out
    }

    proptest::proptest! {
        /// The byte scan finds the breaks the character-by-character reading finds.
        #[test]
        fn punct_breaks_equals_plain(
            text in "([a-z0-9%,;:\"，；：、。 \t\n\r\u{3000}\u{2028}\u{85}\u{a0}é]|[一-龥]){0,40}",
        ) {
            proptest::prop_assert_eq!(punct_breaks(&text), punct_breaks_plain(&text));
        }
    }

    #[test]
    fn auxiliaries_are_found_in_a_text() {
        let frames = Frames::embedded();
        for lang in Lang::ALL {
            for a in &frames.rules(lang).passive_auxiliaries {
                assert!(frames.may_hold_auxiliary(lang, &format!("x {a} y")), "{a}");
            }
            assert!(!frames.may_hold_auxiliary(lang, "123 ,"));
        }
    }

    #[test]
    fn punct_breaks_examples() {
        let t = "a, b 1,5 c; d: 前3季 宣布 e\"f 5% 裁员，g";
        let got: Vec<&str> = punct_breaks(t)
            .iter()
            .map(|&p| &t[p..p + t[p..].chars().next().unwrap().len_utf8()])
            .collect();
        assert_eq!(got, [",", ";", ":", " ", "\"", " ", "，"]);
        assert_eq!(punct_breaks(t), punct_breaks_plain(t));
    }

    /// Every language's clause-break words and anaphora, and a few joints, to build texts from.
    fn grammar_words() -> Vec<String> {
        let frames = Frames::embedded();
        let mut words: Vec<String> = [" ", ",", "x", "é", "而", "s"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for lang in Lang::ALL {
            let r = frames.rules(lang);
            words.extend(r.clause_breaks.iter().cloned());
            words.extend(
                r.anaphora
                    .iter()
                    .map(|a| a.trim_start_matches('*').to_string()),
            );
        }
        words
    }

    proptest::proptest! {
        /// Where a word of a text is a passive auxiliary, the text may hold one.
        #[test]
        fn auxiliary_words_are_never_missed(
            picks in proptest::collection::vec(0usize..10_000, 0..16),
        ) {
            let frames = Frames::embedded();
            let mut words = grammar_words();
            for lang in Lang::ALL {
                words.extend(frames.rules(lang).passive_auxiliaries.iter().cloned());
            }
            let text: String = picks.iter().map(|&i| words[i % words.len()].as_str()).collect();
            for lang in Lang::ALL {
                let auxiliaries = &frames.rules(lang).passive_auxiliaries;
                let holds = text
                    .split(|c: char| !is_word_char(Some(c)))
                    .any(|w| auxiliaries.iter().any(|a| a == w));
                proptest::prop_assert!(!holds || frames.may_hold_auxiliary(lang, &text));
            }
        }

        /// The one-pass search over every language's clause-break words finds what the
        /// search of each language finds, for any list of languages.
        #[test]
        fn clause_breaks_all_equals_each_language(
            picks in proptest::collection::vec(0usize..10_000, 0..24),
            langs in proptest::sample::subsequence(Lang::ALL.to_vec(), 0..=Lang::ALL.len()),
        ) {
            let words = grammar_words();
            let text: String = picks.iter().map(|&i| words[i % words.len()].as_str()).collect();
            let frames = Frames::embedded();
            let mut fast = frames.clause_breaks_all(&langs, &text);
            let mut slow: Vec<(usize, &str)> = langs
                .iter()
                .flat_map(|l| frames.clause_breaks_in(*l, &text))
                .collect();
            fast.sort_unstable();
            slow.sort_unstable();
            proptest::prop_assert_eq!(fast, slow);
        }

        /// The one-pass search over every language's sale verbs finds, for each language,
        /// the earliest end that the search of each verb with `match_positions` finds.
        #[test]
        fn sale_verb_ends_equal_each_verb(
            picks in proptest::collection::vec(0usize..10_000, 0..24),
            langs in proptest::sample::subsequence(Lang::ALL.to_vec(), 0..=Lang::ALL.len()),
        ) {
            let frames = Frames::embedded();
            let mut words = grammar_words();
            for lang in Lang::ALL {
                words.extend(frames.rules(lang).sale_verbs.iter().cloned());
            }
            words.extend(["a".to_string(), "e".to_string(), "-".to_string()]);
            let text: String = picks.iter().map(|&i| words[i % words.len()].as_str()).collect();
            let alone = |p: usize, w: &str| {
                let before = text.get(..p).and_then(|t| t.chars().next_back());
                let after = text.get(p + w.len()..).and_then(|t| t.chars().next());
                !is_word_char(before) && !is_word_char(after)
            };
            let fast = frames.sale_verb_ends(&langs, &text, alone);
            let slow: Vec<Option<usize>> = langs
                .iter()
                .map(|l| {
                    frames
                        .rules(*l)
                        .sale_verbs
                        .iter()
                        .filter_map(|w| {
                            crate::text::match_positions(&text, w)
                                .find(|&p| alone(p, w))
                                .map(|p| p + w.len())
                        })
                        .min()
                })
                .collect();
            proptest::prop_assert_eq!(fast, slow);
        }

        /// The one-pass search over every language's anaphora finds what the search of each
        /// language finds, for any list of languages.
        #[test]
        fn anaphora_all_equals_each_language(
            picks in proptest::collection::vec(0usize..10_000, 0..24),
            langs in proptest::sample::subsequence(Lang::ALL.to_vec(), 0..=Lang::ALL.len()),
        ) {
            let words = grammar_words();
            let text: String = picks.iter().map(|&i| words[i % words.len()].as_str()).collect();
            let frames = Frames::embedded();
            let mut fast = frames.anaphora_all(&langs, &text);
            let mut slow: Vec<(usize, usize, usize, usize)> = langs
                .iter()
                .enumerate()
                .flat_map(|(k, l)| {
                    frames
                        .anaphora_in(*l, &text)
                        .into_iter()
                        .map(move |(s, e, i)| (k, s, e, i))
                })
                .collect();
            fast.sort_unstable();
            slow.sort_unstable();
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    /// The topic words of every language as written in the rules (cue marks taken off), and
    /// pieces that make words of them or break them apart.
    fn topic_pieces() -> Vec<String> {
        let frames = Frames::embedded();
        let mut words: Vec<String> = [" ", ",", "x", "é", "s", "-", "而", "a"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for lang in Lang::ALL {
            for list in frames.rules(lang).topic_words.values() {
                for w in list {
                    let (_, w) = parse_cue(w);
                    words.push(w.to_string());
                    // A word's halves, so that occurrences overlap and words run together.
                    let mid = (1..w.len()).find(|&i| w.is_char_boundary(i) && i >= w.len() / 2);
                    if let Some(m) = mid {
                        words.push(w[..m].to_string());
                        words.push(w[m..].to_string());
                    }
                }
            }
        }
        words
    }

    proptest::proptest! {
        /// The one-pass topic search answers what the word-by-word search answers, for every
        /// language and topic.
        #[test]
        fn topics_spoken_equals_each_word(
            picks in proptest::collection::vec(0usize..100_000, 0..24),
        ) {
            let pieces = topic_pieces();
            let text: String = picks.iter().map(|&i| pieces[i % pieces.len()].as_str()).collect();
            let frames = Frames::embedded();
            let fast = frames.topics_spoken(&text);
            for lang in Lang::ALL {
                for topic in frames.rules(lang).topic_words.keys() {
                    proptest::prop_assert_eq!(
                        fast.contains(&(lang, topic.as_str())),
                        frames.speaks_of_topic(&text, lang, topic),
                        "{:?} {} in {:?}", lang, topic, text
                    );
                }
            }
        }
    }

    #[test]
    fn topics_spoken_examples() {
        let frames = Frames::embedded();
        // Whatever the data lists, each word alone speaks of its topic, and a text of no
        // letters speaks of none.
        for lang in Lang::ALL {
            for (topic, list) in &frames.rules(lang).topic_words {
                for w in list {
                    let (_, w) = parse_cue(w);
                    if w.is_empty() {
                        continue;
                    }
                    let text = format!("({w})");
                    assert!(
                        frames
                            .topics_spoken(&text)
                            .contains(&(lang, topic.as_str())),
                        "{w}"
                    );
                }
            }
        }
        assert!(frames.topics_spoken("12, 3.4 % (5)").is_empty());
    }

    fn keys(text: &str, lang: Lang) -> Vec<(String, String)> {
        let f = Frames::embedded();
        let folded = fold_str(text);
        f.find_cues(&folded, &[lang])
            .iter()
            .map(|h| {
                (
                    f.frames()[h.frame].key.clone(),
                    folded[h.start..h.end].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn embedded_frames_load() {
        let f = Frames::embedded();
        assert!(f.frames().len() >= 30, "{}", f.frames().len());
        // One key for investing, whatever the cue: no separate spending frame.
        assert!(f.get("spending").is_none());
        for key in [
            "investment",
            "stake",
            "valuation",
            "acquisition_price",
            "revenue",
            "compensation",
            "power_capacity",
            "cost",
            "headcount",
            "gpu_count",
            "age",
            "founding_year",
            "funding",
            "rd_spending",
            "assets_under_management",
            "unit_sales",
            "overseas_sales",
            "share_price",
            "buyback",
            "dividend",
            "subsidy",
            "severance",
            "job_cuts",
            "job_creation",
            "net_loss",
            "profit",
            "capex",
        ] {
            assert!(f.get(key).is_some(), "{key}");
        }
        for l in Lang::ALL {
            assert!(!f.rules(l).prepositions.is_empty(), "{l}");
        }
    }

    #[test]
    fn not_cue_phrases_cover_their_cue() {
        let t = "il a rappele que 300 voitures, a rappele l'entreprise. x rappelle 12 autos";
        let cue = |w: &str, nth: usize| {
            let p = t.match_indices(w).nth(nth).map_or(0, |(p, _)| p);
            (p, p + w.len())
        };
        let (s, e) = cue("rappele", 0);
        assert!(phrase_covers(t, "rappel* que", s, e));
        assert!(phrase_covers(t, "a rappele", s, e));
        assert!(!phrase_covers(t, "rappel* qu'", s, e));
        let (s, e) = cue("rappele", 1);
        assert!(phrase_covers(t, ", a rappel* l'", s, e));
        assert!(!phrase_covers(t, ", a rappel* le", s, e));
        let (s, e) = cue("rappelle", 0);
        assert!(!phrase_covers(t, "rappel* que", s, e));
        assert!(!phrase_covers(t, "se rappel*", s, e));
        assert!(!phrase_covers(t, "", s, e));
        // A phrase must hold the cue, not merely stand near it.
        assert!(!phrase_covers(t, "voitures", s, e));
    }

    #[test]
    fn cue_edges() {
        assert_eq!(
            keys("einen 49-Prozent-Anteil an", Lang::De),
            [("stake".to_string(), "anteil".to_string())]
        );
        assert_eq!(
            keys("die Unterschriftsboni", Lang::De),
            [("compensation".to_string(), "boni".to_string())]
        );
        // "pay" is a whole word: "payment" and "repay" are not pay.
        assert!(keys("the repayment", Lang::En).is_empty());
        assert_eq!(keys("他們投資了", Lang::Zh)[0].0, "investment");
        // Cues of a language are not read in another.
        assert!(keys("investierte", Lang::Zh).is_empty());
    }

    #[test]
    fn bad_data_is_an_error_naming_the_file() {
        let e = Frames::from_json(
            "x.json",
            r#"{"frames": [{"key": "k", "functional": true, "units": ["furlongs"],
                "subject": {"role": "r", "kinds": ["person"]}}]}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("furlongs"), "{e}");
        let e = Frames::from_json(
            "x.json",
            r#"{"frames": [{"key": "k", "functional": true, "units": ["money"],
                "subject": {"role": "r", "kinds": ["person"]}, "cues": {"xx": ["a"]}}]}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("xx"), "{e}");
        let e = Frames::from_json(
            "x.json",
            r#"{"frames": [{"key": "k", "functional": true, "units": ["money"], "fallback": true,
                "fallback_units": ["furlongs"], "subject": {"role": "r", "kinds": ["person"]}}]}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("furlongs"), "{e}");
    }

    #[test]
    fn a_fallback_may_cover_some_units_only() {
        let frames = Frames::from_json(
            "x.json",
            r#"{"frames": [{"key": "k", "functional": true, "units": ["energy", "mass"],
                "fallback": true, "fallback_units": ["energy"],
                "subject": {"role": "r", "kinds": ["facility"]}}]}"#,
        )
        .unwrap();
        let f = &frames.frames()[0];
        assert!(f.accepts(Unit::Mass) && f.accepts(Unit::Energy));
        assert!(f.falls_back(Unit::Energy));
        assert!(!f.falls_back(Unit::Mass));
        assert!(!f.falls_back(Unit::Power));
        let embedded = Frames::embedded();
        let key = |u: Unit| {
            embedded
                .frames()
                .iter()
                .find(|f| f.falls_back(u))
                .map(|f| f.key.as_str())
        };
        assert_eq!(key(Unit::Mass), Some("mass"));
        assert_eq!(key(Unit::Length), Some("length"));
        assert_eq!(key(Unit::Energy), Some("production_capacity"));
    }
}
