//! The kind of a discovered name (one the gazetteer lacks), from its shape and context, and one
//! kind per entity across a document and a batch of documents.
//!
//! Evidence, from `data/gazetteer/kind_cues.tsv` (per language, folded when loaded):
//!
//! - `org_suffix`: the name's last word is an organization's designator ("Acme Partners",
//!   "Rossi S.p.A." written "Rossi SpA", "Muster GmbH");
//! - `org_noun`: a common noun for an organization introduces it, maybe with one adjective or
//!   "di/de + noun" between ("la startup torinese X", "le fonds d'investissement X", "der
//!   Finanzinvestor X", a compound ending in such a noun: "Batterie-Start-up X"), or follows it
//!   as an apposition ("X, une jeune pousse ..."); in Chinese, written right before or after it
//!   ("电池公司X", "X集团");
//! - `person_role` / `person_title`: a role or an honorific introduces it ("amministratrice
//!   delegata X", "Son président, X", "Herr X", "首席执行官X");
//! - `given_name`: two or three plain capitalized words, the first a common given name;
//! - `shape` (weight 1): the kind the name's discovery gave (an acronym's definition, a Chinese
//!   suffix), or else its shape: an organization's designator last ("Acme GmbH"), or two or
//!   three plain words after a role or an honorific of the linking cues, or starting with the
//!   given name of a known person, or a series name and a number joined by a hyphen (a
//!   numbered craft or model, a product: "Tianwen-1"). (This is the only place kinds of
//!   discovered names are guessed.)
//! - `place_prep`: words that introduce only places ("alle porte di X", "près de X", "near
//!   X"); `place_word`: a compass word right before a known place ("Nord Italia").
//!
//! Each mention's evidence votes with a weight; the kind with the most weight over all the
//! mentions of one id wins (ties: organization, person, then the enum's order), and every
//! mention takes it. The rule becomes `<rule>+<evidence>` (`discovered+org_noun`), or
//! `<rule>+same_name` for a mention that only shares its name with one that says it.
//!
//! Before voting, names get their right extent: a leading cue noun is no part of a name ("der
//! Finanzinvestor X" names X, "die Y-Tochter X" names X and Y apart), a compound common noun is no name ("Turiner Batterie-Start-up"),
//! a known given name before an inflected known name makes a person ("Giulia Ferraris", not
//! the company "Ferrari" with a German ending), a capitalized word right after an organization
//! noun is a name even where every noun is capitalized, and later uses of a discovered name in
//! the same text (at a sentence's start too) name it again; a lone surname of a discovered
//! person names that person.

use indexmap::IndexMap;

use super::gazetteer::{name_tokens, Doc, Index};
use super::words::{is_cjk, Word};
use super::{Entity, EntityKind, EntityMention};
use crate::error::Error;
use crate::lang::Lang;
use crate::text::fold::fold_str;
use crate::text::hash::{FastMap, FastSet};
use crate::text::Span;

/// The weights of the evidence.
const W_SUFFIX: u32 = 3;
const W_TITLE: u32 = 3;
const W_NOUN: u32 = 2;
const W_ROLE: u32 = 2;
const W_GIVEN: u32 = 2;
const W_PRIOR: u32 = 1;
const W_PLACE: u32 = 2;

/// The kind cues of every language (`data/gazetteer/kind_cues.tsv`).
#[derive(Clone, Debug, Default)]
pub(crate) struct KindCues {
    org_suffix: FastSet<String>,
    /// Phrases per language, their folded words joined by `-` ("start-up", "jeune-pousse").
    org_nouns: FastMap<Lang, FastSet<String>>,
    /// Ends of compound organization nouns that are no cue as a word of their own (`org_noun`
    /// written with a leading `-`: "-bauer" in "Raketenbauer", where "Bauer" is a surname).
    org_ends: FastMap<Lang, FastSet<String>>,
    roles: FastMap<Lang, FastSet<String>>,
    places: FastMap<Lang, FastSet<String>>,
    /// The most words a phrase has.
    max_words: usize,
    /// The last word of every phrase of two or more words (of any list and language): a word
    /// that is none of them ends no such phrase.
    phrase_ends: FastSet<String>,
    titles: FastMap<Lang, FastSet<String>>,
    /// Nouns of a place's own government or territory ("comune", "ville", "county"), per
    /// language.
    place_bodies: FastMap<Lang, FastSet<String>>,
    given: FastSet<String>,
    place_words: FastSet<String>,
    /// Compass words that make another place's name with a known place's after them ("East
    /// Timor" is not Timor).
    compass_names: FastSet<String>,
    /// Languages whose nouns join into one word ("Batteriehersteller").
    compounds: FastSet<Lang>,
    /// Languages whose adjectives follow the noun ("il fondo tedesco X").
    adjective_after: FastSet<Lang>,
    /// Language-specific endings of common nouns (a word ending so is not licensed as a name
    /// by an organization noun alone, where every noun is capitalized).
    noun_endings: FastMap<Lang, Vec<String>>,
    /// The endings of `noun_endings` of three characters or more, in their order
    /// ([`KindCues::compound_noun`] reads only these, for most words of a text).
    long_noun_endings: FastMap<Lang, Vec<String>>,
    /// A landmark's common noun per language ("ponte", "Brücke", "bridge", "大桥"), folded, with
    /// its English word (`landmark_noun`, fourth column): the class of the landmark.
    landmark_nouns: FastMap<Lang, FastMap<String, String>>,
    /// Where every noun is capitalized, a place's or a medium's common noun before its name
    /// ("Halbinsel", "Fischerort", "Sender"), folded, per language (`descriptor_noun`; a
    /// leading `*` makes it an ending of compounds: "*kraftwerk").
    descriptor_nouns: FastMap<Lang, FastSet<String>>,
    descriptor_ends: FastMap<Lang, Vec<String>>,
    /// A named event's common noun per language ("Tour", "Tournee", "tournée", "巡演"),
    /// folded, with its English word (`event_noun`, fourth column): the class of the event.
    event_nouns: FastMap<Lang, FastMap<String, String>>,
    /// Short first parts of compound nouns ("um" of "Umsatz"), per language.
    noun_prefixes: FastMap<Lang, FastSet<String>>,
    /// Cues written without spaces (Chinese): folded strings.
    cjk_org: Vec<String>,
    cjk_role: Vec<String>,
}

fn data_error(name: &str, message: String) -> Error {
    Error::Data {
        name: name.to_string(),
        message,
    }
}

impl KindCues {
    /// Parses the kind cues TSV: `lang`, `cue`, `words` per line.
    pub(crate) fn from_tsv(name: &str, src: &str) -> Result<KindCues, Error> {
        let mut c = KindCues::default();
        for (n, line) in src.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let [lang, cue, words, ..] = cols.as_slice() else {
                return Err(data_error(
                    name,
                    format!("line {}: expected 3 columns", n + 1),
                ));
            };
            let langs: Vec<Lang> = if *lang == "*" {
                Lang::ALL.to_vec()
            } else {
                vec![lang
                    .parse::<Lang>()
                    .map_err(|_| data_error(name, format!("line {}: unknown language", n + 1)))?]
            };
            let folded = fold_str(words);
            let tokens = name_tokens(&folded);
            // Chinese cues are matched as strings right before or after a name.
            let cjk = *lang == "zh";
            for l in langs {
                match *cue {
                    "org_suffix" => {
                        c.org_suffix.insert(tokens.concat());
                    }
                    "org_noun" if cjk => c.cjk_org.push(folded.clone()),
                    "org_noun" if folded.starts_with('-') => {
                        c.org_ends
                            .entry(l)
                            .or_default()
                            .insert(folded.trim_start_matches('-').to_string());
                    }
                    "person_role" if cjk => c.cjk_role.push(folded.clone()),
                    "org_noun" | "person_role" | "place_prep" => {
                        let map = match *cue {
                            "org_noun" => &mut c.org_nouns,
                            "person_role" => &mut c.roles,
                            _ => &mut c.places,
                        };
                        map.entry(l).or_default().insert(tokens.join("-"));
                        c.max_words = c.max_words.max(tokens.len());
                        if let (true, Some(last)) = (tokens.len() >= 2, tokens.last()) {
                            c.phrase_ends.insert(last.clone());
                        }
                    }
                    "person_title" => {
                        c.titles.entry(l).or_default().insert(tokens.concat());
                    }
                    "place_word" => {
                        c.place_words.insert(folded.clone());
                    }
                    "compass_name" => {
                        c.compass_names.insert(folded.clone());
                    }
                    "place_body" => {
                        c.place_bodies.entry(l).or_default().insert(folded.clone());
                    }
                    "given_name" => {
                        c.given.insert(folded.clone());
                    }
                    // A noun and its class (the fourth column; the noun itself when absent).
                    "landmark_noun" | "event_noun" => {
                        let nouns = if *cue == "event_noun" {
                            &mut c.event_nouns
                        } else {
                            &mut c.landmark_nouns
                        };
                        let class = cols.get(3).map_or(folded.clone(), |e| fold_str(e));
                        nouns.entry(l).or_default().insert(folded.clone(), class);
                    }
                    "descriptor_noun" => match folded.strip_prefix('*') {
                        Some(end) => c
                            .descriptor_ends
                            .entry(l)
                            .or_default()
                            .push(end.to_string()),
                        None => {
                            c.descriptor_nouns
                                .entry(l)
                                .or_default()
                                .insert(folded.clone());
                        }
                    },
                    "noun_ending" => {
                        if folded.chars().count() >= 3 {
                            c.long_noun_endings
                                .entry(l)
                                .or_default()
                                .push(folded.clone());
                        }
                        c.noun_endings.entry(l).or_default().push(folded.clone());
                    }
                    "noun_prefix" => {
                        c.noun_prefixes.entry(l).or_default().insert(folded.clone());
                    }
                    "flag" if folded == "compounds" => {
                        c.compounds.insert(l);
                    }
                    "flag" if folded == "adjective_after" => {
                        c.adjective_after.insert(l);
                    }
                    _ => {
                        return Err(data_error(
                            name,
                            format!("line {}: unknown cue {cue:?}", n + 1),
                        ))
                    }
                }
            }
        }
        Ok(c)
    }

    /// The embedded cues.
    pub(crate) fn embedded() -> &'static KindCues {
        static C: std::sync::OnceLock<KindCues> = std::sync::OnceLock::new();
        C.get_or_init(|| {
            KindCues::from_tsv(
                "data/gazetteer/kind_cues.tsv",
                include_str!("../../data/gazetteer/kind_cues.tsv"),
            )
            .unwrap_or_default()
        })
    }

    /// Whether nouns of `lang` join into one word (flag `compounds`: "Batteriehersteller").
    pub(crate) fn joins_compounds(&self, lang: Lang) -> bool {
        self.compounds.contains(&lang)
    }

    /// Whether the folded word names a place's own government or territory in `lang`
    /// ("Comune di Venezia", "Ville de Paris", "County of Kent"): with "of" and the place,
    /// the place itself.
    pub(crate) fn is_place_body(&self, lang: Lang, w: &str) -> bool {
        self.place_bodies.get(&lang).is_some_and(|s| s.contains(w))
    }

    /// Whether the folded word is a common noun of `lang` for an organization ("Konzern",
    /// "agence").
    pub(crate) fn is_org_noun(&self, lang: Lang, w: &str) -> bool {
        self.org_nouns.get(&lang).is_some_and(|s| s.contains(w))
    }

    /// [`KindCues::is_org_noun`], or where nouns join into one word a compound ending in an
    /// organization's noun of four letters or more ("Wetteragentur", "Kreditinstitut") or in
    /// a compound-only ending ("Raketenbauer").
    pub(crate) fn org_noun_compound(&self, lang: Lang, w: &str) -> bool {
        self.is_org_noun(lang, w)
            || (self.joins_compounds(lang)
                && w.char_indices().skip(1).any(|(p, _)| {
                    w.get(p..).is_some_and(|t| {
                        t.chars().count() >= 4
                            && (self.is_org_noun(lang, t)
                                || self.org_ends.get(&lang).is_some_and(|e| e.contains(t)))
                    })
                }))
    }

    /// Whether the folded word is an organization's last word ("Partners", "Airlines").
    pub(crate) fn is_org_suffix(&self, w: &str) -> bool {
        self.org_suffix.contains(w)
    }

    /// Whether the folded word is a compass word that makes another place's name with a known
    /// place's after it (cue `compass_name`: "East Timor", "West Bengal").
    pub(crate) fn is_compass_name(&self, w: &str) -> bool {
        self.compass_names.contains(w)
    }

    /// The English class of the folded word where it is a landmark's common noun in `lang`
    /// ("ponte", "Brücke", "pont": "bridge"; cue `landmark_noun`).
    pub(crate) fn landmark_noun(&self, lang: Lang, w: &str) -> Option<&str> {
        self.landmark_nouns
            .get(&lang)
            .and_then(|m| m.get(w))
            .map(String::as_str)
    }

    /// Whether the folded word is a place's or a medium's common noun before a name in `lang`
    /// ("Halbinsel", "Fischerorts" with its genitive ending, "Geothermiekraftwerk"; cue
    /// `descriptor_noun`).
    pub(crate) fn descriptor_noun(&self, lang: Lang, w: &str) -> bool {
        let is = |w: &str| {
            self.descriptor_nouns
                .get(&lang)
                .is_some_and(|s| s.contains(w))
                || self.descriptor_ends.get(&lang).is_some_and(|ends| {
                    ends.iter()
                        .any(|e| w.len() > e.len() + 2 && w.ends_with(e.as_str()))
                })
        };
        // A genitive's ending taken away ("des Fischerorts"; `genitive_endings` of the
        // language's profile).
        is(w)
            || crate::lang::LangProfile::embedded(lang)
                .genitive_endings
                .iter()
                .any(|g| w.strip_suffix(g.as_str()).is_some_and(is))
    }

    /// The English class of the folded word where it is a named event's common noun in
    /// `lang` ("Tournee", "tournée", "巡演": "tour"; cue `event_noun`).
    pub(crate) fn event_noun(&self, lang: Lang, w: &str) -> Option<&str> {
        self.event_nouns
            .get(&lang)
            .and_then(|m| m.get(w))
            .map(String::as_str)
    }

    /// The event nouns of `lang` with their classes (cue `event_noun`), in no set order.
    pub(crate) fn event_nouns(&self, lang: Lang) -> impl Iterator<Item = (&str, &str)> {
        self.event_nouns
            .get(&lang)
            .into_iter()
            .flat_map(|m| m.iter().map(|(w, c)| (w.as_str(), c.as_str())))
    }

    /// Whether the folded word is the last word of an English name: an organization's
    /// ("Group", "Partners") or a landmark's ("Bridge", "Tunnel", "Airport").
    pub(crate) fn english_name_end(&self, w: &str) -> bool {
        self.is_org_suffix(w) || self.landmark_noun(Lang::En, w).is_some()
    }

    /// Whether the folded word is a common given name.
    pub(crate) fn is_given(&self, w: &str) -> bool {
        self.given.contains(w)
    }

    /// Whether the folded word is a role or an honorific of `lang` (or English) that
    /// introduces a person's name ("analyste", "Frau").
    pub(crate) fn person_cue(&self, lang: Lang, w: &str) -> bool {
        [lang, Lang::En].iter().any(|l| {
            self.roles.get(l).is_some_and(|s| s.contains(w))
                || self.titles.get(l).is_some_and(|s| s.contains(w))
        })
    }

    /// [`KindCues::person_cue`], or where nouns join into one word a compound ending in a
    /// role of four letters or more ("Olympiasiegerin", "Vorstandschefin").
    pub(crate) fn person_cue_compound(&self, lang: Lang, w: &str) -> bool {
        self.person_cue(lang, w)
            || (self.joins_compounds(lang)
                && w.char_indices().skip(3).any(|(p, _)| {
                    w.get(p..)
                        .is_some_and(|t| t.chars().count() >= 4 && self.person_cue(lang, t))
                }))
    }

    /// Whether the folded word has an ending of `lang`'s common nouns (`noun_ending` cues).
    pub(crate) fn noun_like(&self, lang: Lang, w: &str) -> bool {
        self.noun_endings
            .get(&lang)
            .is_some_and(|ends| ends.iter().any(|e| self.ends_compound(lang, w, e)))
    }

    /// Whether the folded word is plainly a common noun of `lang`: it ends in one of the
    /// language's longer noun endings (three letters or more: "-ung", "-schaft", "-markt"), or
    /// is a compound with one of them and a linking "s" inside ("Automatisierungstechniker").
    pub(crate) fn compound_noun(&self, lang: Lang, w: &str) -> bool {
        // (A genitive's "-s" or "-es" too: "des Herstellers".)
        let bare = |w: &str| {
            [w.strip_suffix("es"), w.strip_suffix('s')]
                .into_iter()
                .flatten()
                .any(|b| self.compound_noun_bare(lang, b))
        };
        self.compound_noun_bare(lang, w) || (self.nouns_genitive(lang) && bare(w))
    }

    /// Whether a noun's genitive ending is tried away in `lang`: where every noun is
    /// capitalized (cue flag `nouns_capitalized`: German), so a descriptor before a name shows.
    fn nouns_genitive(&self, lang: Lang) -> bool {
        super::Cues::embedded().nouns_capitalized(lang)
    }

    fn compound_noun_bare(&self, lang: Lang, w: &str) -> bool {
        self.long_noun_endings.get(&lang).is_some_and(|ends| {
            ends.iter()
                .any(|e| self.ends_compound(lang, w, e) || linked_inside(w, e))
        })
    }

    /// Whether `w` is the whole noun `e` or a compound ending in it. A frequent noun of four
    /// letters or more ends a compound only after a first part of three letters or more, or
    /// a short prefix of the language (cue `noun_prefix`: "Umsatz"): "Koplan" or "Island" is
    /// no "Plan" or "Land" ("Zeitplan", "Ausland" are).
    fn ends_compound(&self, lang: Lang, w: &str, e: &str) -> bool {
        w.strip_suffix(e).is_some_and(|head| {
            let n = head.chars().count();
            e.chars().count() < 4
                || n == 0
                || n >= 3
                || self
                    .noun_prefixes
                    .get(&lang)
                    .is_some_and(|p| p.contains(head))
        })
    }
}

/// Whether one of the occurrences of `e` in `w` that [`str::match_indices`] gives (leftmost
/// first, never overlapping) is followed by a linking "s" and at least three more characters
/// ("Automatisierungstechniker" for "ung"). The occurrences are found byte by byte: a word is
/// short, and a string searcher per ending and word cost more than the search.
fn linked_inside(w: &str, e: &str) -> bool {
    let (wb, eb) = (w.as_bytes(), e.as_bytes());
    if eb.is_empty() {
        return w.match_indices(e).any(|(i, _)| {
            let rest = w.get(i..).unwrap_or("");
            rest.starts_with('s') && rest.chars().count() >= 4
        });
    }
    let mut i = 0;
    while i + eb.len() <= wb.len() {
        if wb.get(i..).is_some_and(|t| t.starts_with(eb)) {
            // `e` is whole characters, so its match starts and ends on character boundaries.
            let rest = w.get(i + eb.len()..).unwrap_or("");
            if rest.starts_with('s') && rest.chars().count() >= 4 {
                return true;
            }
            i += eb.len();
        } else {
            i += 1;
        }
    }
    false
}

/// Which cue list a context match used.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CueList {
    Org,
    Role,
    Place,
}

/// One piece of evidence: the kind, its weight, its name.
type Evidence = (EntityKind, u32, &'static str);

struct Cx<'a, 'd> {
    doc: &'a Doc<'d>,
    kc: &'a KindCues,
    /// The first words of known people's names of two or more words.
    given_names: &'a FastSet<String>,
    /// The document language's cue lists (organization nouns, roles, place words) and flags,
    /// looked up once.
    lists: [Option<&'a FastSet<String>>; 3],
    /// The language's compound-only organization noun ends.
    org_ends: Option<&'a FastSet<String>>,
    compounds: bool,
    adjective_after: bool,
}

impl Cx<'_, '_> {
    fn words(&self) -> &[Word<'_>] {
        self.doc.words
    }

    fn word(&self, i: usize) -> Option<&Word<'_>> {
        self.doc.words.get(i)
    }

    /// The index of the first word at or after byte `at`.
    fn first_word(&self, at: usize) -> usize {
        self.words().partition_point(|w| w.end <= at)
    }

    /// The words `a..b` of a span.
    fn word_range(&self, span: Span) -> (usize, usize) {
        let a = self.first_word(span.start);
        let b = self.words().partition_point(|w| w.start < span.end);
        (a, b.max(a))
    }

    fn set(&self, which: CueList) -> Option<&FastSet<String>> {
        self.lists.get(which as usize).copied().flatten()
    }

    /// Whether a cue phrase of `which` ends at word `i`: the word, the last words of a phrase
    /// or of a hyphen chain ("batterie-start-up"), or (where nouns join) a word ending in a cue
    /// noun ("Batteriehersteller"); the index of the cue's first word.
    fn cue_ends_at(&self, i: usize, which: CueList) -> Option<usize> {
        let set = self.set(which)?;
        let w = self.word(i)?;
        let mut best = None;
        let longest = self.kc.max_words.min(i + 1);
        if longest >= 1 && set.contains(w.folded) {
            best = Some(i);
        }
        // A phrase of two or more words ends with "-" and this word: only where the word is
        // the last word of some phrase (a word with a hyphen of its own is always looked up).
        if longest >= 2 && (self.kc.phrase_ends.contains(w.folded) || w.folded.contains('-')) {
            // The phrase of `n` words ending at `i` is a suffix of the longest one: join the
            // longest once and look its word-aligned suffixes up.
            let from = i + 1 - longest;
            let run = self.words().get(from..=i).unwrap_or(&[]);
            let mut key = String::with_capacity(run.iter().map(|f| f.folded.len() + 1).sum());
            let mut starts = Vec::with_capacity(run.len());
            for (j, f) in run.iter().enumerate() {
                if j > 0 {
                    key.push('-');
                }
                starts.push(key.len());
                key.push_str(f.folded);
            }
            for n in 2..=run.len() {
                let at = starts.get(run.len() - n).copied().unwrap_or(0);
                if key.get(at..).is_some_and(|k| set.contains(k)) {
                    best = Some(i + 1 - n);
                }
            }
        }
        if best.is_none() && which != CueList::Place && self.compounds {
            let compound = w
                .folded
                .char_indices()
                .skip(1)
                .filter(|&(p, _)| w.folded.len() - p >= 4)
                .any(|(p, _)| {
                    w.folded.get(p..).is_some_and(|t| {
                        set.contains(t)
                            || (which == CueList::Org
                                && self.org_ends.is_some_and(|e| e.contains(t)))
                    })
                });
            if compound {
                best = Some(i);
            }
        }
        best
    }

    /// The gap before word `k` allows a cue: only spaces, a comma, quotes.
    fn plain_gap(&self, prev: &Word, next: &Word) -> bool {
        self.doc.text.get(prev.end..next.start).is_some_and(|g| {
            g.chars().all(|c| {
                c.is_whitespace()
                    || matches!(c, ',' | '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’')
            })
        })
    }

    /// A cue of `which` right before word `k`, or with one lower-case word (an adjective:
    /// "il fondo tedesco X") or "di/de + word" between.
    /// A minister's title and portfolio right before word `k` ("la ministra del Lavoro Marina
    /// Rossi", "le ministre de l'Économie Paul Martin").
    fn minister_before(&self, k: usize) -> bool {
        let cues = self.doc.cues;
        let lang = self.doc.lang;
        let mut i = k;
        let mut portfolios = 0;
        for _ in 0..6 {
            let Some(w) = i.checked_sub(1).and_then(|j| self.word(j)) else {
                return false;
            };
            if w.lower && cues.is_minister(lang, w.folded) {
                return portfolios > 0;
            }
            if w.cap && !w.lower && cues.is_portfolio(lang, w.folded) {
                portfolios += 1;
            } else if !(w.lower && w.folded.chars().count() <= 5) {
                return false;
            }
            i -= 1;
        }
        false
    }

    fn cue_before(&self, k: usize, which: CueList) -> bool {
        let Some(name) = self.word(k) else {
            return false;
        };
        // Adjectives come between the noun and the name only where they follow nouns.
        let max_gap = if self.adjective_after { 2 } else { 0 };
        for gap in 0..=max_gap {
            let Some(end) = k.checked_sub(gap + 1) else {
                break;
            };
            // The words between the cue and the name: lower case, plain.
            let between = self.words().get(end + 1..k).unwrap_or(&[]);
            if between.iter().any(|w| !w.lower || w.digit) {
                break;
            }
            // A role's "of" names whose role it is ("amministratore delegato di X", "PDG de
            // X"): the name after it is the organization, not the person.
            if which == CueList::Role
                && between
                    .iter()
                    .any(|w| self.doc.cues.is_of(self.doc.lang, w.folded))
            {
                break;
            }
            if gap == 2 && !between.first().is_some_and(|w| self.connector(w.folded)) {
                continue;
            }
            let Some(prev) = self.word(end) else { break };
            let next = between.first().unwrap_or(name);
            if !self.plain_gap(prev, next) {
                continue;
            }
            if between
                .windows(2)
                .any(|p| matches!(p, [a, b] if !self.doc.text.get(a.end..b.start).is_some_and(|g| g.trim().is_empty() || g == "'" || g == "’")))
            {
                continue;
            }
            // An organization noun is a common noun: in lower case where only names are
            // capitalized (not the last word of a name: "Acme Group expects X").
            let common = which == CueList::Role
                || prev.lower
                || prev.initial
                || self.doc.cues.nouns_capitalized(self.doc.lang);
            if common && self.cue_ends_at(end, which).is_some() {
                return true;
            }
        }
        false
    }

    /// Words that introduce a place right before word `k` (no punctuation between).
    fn place_before(&self, k: usize) -> bool {
        let (Some(prev), Some(w)) = (k.checked_sub(1).and_then(|i| self.word(i)), self.word(k))
        else {
            return false;
        };
        prev.lower
            && self
                .doc
                .text
                .get(prev.end..w.start)
                .is_some_and(|g| g.trim().is_empty() || g == "'" || g == "’")
            && self.cue_ends_at(k - 1, CueList::Place).is_some()
    }

    fn connector(&self, w: &str) -> bool {
        self.doc.cues.is_of(self.doc.lang, w) || self.doc.cues.is_connector(self.doc.lang, w)
    }

    /// "X, une jeune pousse ...", "X, the German company": a comma, an article or nothing,
    /// maybe an adjective, then an organization noun.
    /// A role and its preposition in apposition after the name: "Anna Rossi, PDG de Velora",
    /// "Anna Rossi, amministratrice delegata di Velora".
    fn person_apposition(&self, last: usize) -> bool {
        let (Some(lw), Some(next)) = (self.word(last), self.word(last + 1)) else {
            return false;
        };
        if self.doc.text.get(lw.end..next.start).map(str::trim) != Some(",") {
            return false;
        }
        (last + 1..=last + 3).any(|end| {
            self.words()
                .get(last + 1..=end)
                .is_some_and(|ws| ws.iter().skip(1).all(|w| w.joined))
                && self.cue_ends_at(end, CueList::Role).is_some()
                && self.word(end + 1).is_some_and(|w| {
                    w.joined && w.lower && self.doc.cues.is_of(self.doc.lang, w.folded)
                })
        })
    }

    fn org_apposition(&self, last: usize) -> bool {
        let Some(lw) = self.word(last) else {
            return false;
        };
        let Some(next) = self.word(last + 1) else {
            return false;
        };
        let gap = self.doc.text.get(lw.end..next.start).unwrap_or("");
        if gap.trim() != "," {
            return false;
        }
        // A role right after the comma makes a person's apposition ("Xu Ming, presidente del
        // gruppo"), whatever organization noun ends it.
        if self.doc.cues.is_role(self.doc.lang, next.folded)
            || self.cue_ends_at(last + 1, CueList::Role).is_some()
        {
            return false;
        }
        // Up to four words: article, adjective(s), noun.
        for end in last + 1..=last + 4 {
            let Some(w) = self.word(end) else { break };
            if end > last + 1 {
                let prev = self.word(end - 1);
                let plain = prev.is_some_and(|p| {
                    self.doc
                        .text
                        .get(p.end..w.start)
                        .is_some_and(|g| g.trim().is_empty() || g == "'" || g == "’" || g == "-")
                });
                if !plain {
                    break;
                }
            }
            if self.cue_ends_at(end, CueList::Org).is_some() {
                return true;
            }
            if !w.lower && !self.doc.cues.nouns_capitalized(self.doc.lang) {
                break;
            }
        }
        false
    }

    /// A cue written without spaces right before or after the span (Chinese).
    fn cjk_cue(&self, span: Span) -> Option<Evidence> {
        let text = self.doc.text;
        let before = text.get(..span.start).unwrap_or("");
        let before = before.trim_end();
        let tail: String = {
            let chars: Vec<char> = before.chars().rev().take(12).collect();
            chars.into_iter().rev().collect()
        };
        let tail = fold_str(&tail);
        let prev_cjk = before.chars().next_back().is_some_and(is_cjk);
        let after = text.get(span.end..).unwrap_or("").trim_start();
        let head: String = fold_str(&after.chars().take(8).collect::<String>());
        let next_cjk = after.chars().next().is_some_and(is_cjk);
        if prev_cjk
            || tail
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphabetic())
        {
            let latin_ok = |cue: &str| {
                // A Latin cue ("CEO") must stand alone, with CJK or nothing before it.
                let rest = tail.strip_suffix(cue).unwrap_or("");
                !rest
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() && !is_cjk(c))
            };
            let in_cjk_text = prev_cjk || tail.chars().any(is_cjk);
            if in_cjk_text {
                if self
                    .kc
                    .cjk_role
                    .iter()
                    .any(|c| tail.ends_with(c.as_str()) && latin_ok(c))
                {
                    return Some((EntityKind::Person, W_ROLE, "person_role"));
                }
                if self.kc.cjk_org.iter().any(|c| tail.ends_with(c.as_str())) {
                    return Some((EntityKind::Organization, W_NOUN, "org_noun"));
                }
            }
        }
        if next_cjk && self.kc.cjk_org.iter().any(|c| head.starts_with(c.as_str())) {
            return Some((EntityKind::Organization, W_NOUN, "org_noun"));
        }
        None
    }

    /// A role and its "of" right before the name: "l'amministratore delegato di X", "le PDG de
    /// X", "der Chef von X", "the chief executive of X": whose role it is, an organization.
    fn role_of_before(&self, a: usize) -> bool {
        let (Some(of_at), Some(name)) = (a.checked_sub(1), self.word(a)) else {
            return false;
        };
        let Some(of) = self.word(of_at) else {
            return false;
        };
        let Some(role_end) = of_at.checked_sub(1) else {
            return false;
        };
        let Some(role) = self.word(role_end) else {
            return false;
        };
        of.lower
            && self.doc.cues.is_of(self.doc.lang, of.folded)
            && self.plain_gap(of, name)
            && self.plain_gap(role, of)
            && self.cue_ends_at(role_end, CueList::Role).is_some()
    }

    /// Whether the words `a..b` are plain capitalized words (a person's name's shape).
    fn plain_name(&self, a: usize, b: usize) -> bool {
        let run = self.words().get(a..b).unwrap_or(&[]);
        !run.is_empty()
            && run
                .iter()
                .all(|w| w.cap && !w.upper && !w.digit && !w.camel && w.folded.chars().count() > 1)
    }

    /// The kind a name's shape says: an organization's suffix as last word ("Quantum Ridge
    /// Partners", "Acme GmbH"); a person's name when two or three plain capitalized words start
    /// with a given name of a known person ("Sam", "Daniel") or follow a role or an honorific
    /// of the linking cues ("Vorstandschef Erika Muster").
    fn shape(&self, span: Span) -> Option<EntityKind> {
        let (r, e) = self.word_range(span);
        let run = self.words().get(r..e).unwrap_or(&[]);
        let cues = self.doc.cues;
        if run.len() >= 2 && run.last().is_some_and(|w| cues.is_org_suffix(w.folded)) {
            return Some(EntityKind::Organization);
        }
        // A series name and a number joined by a hyphen ("Tianwen-1", "Chang'e-6"): one
        // numbered craft or model, a product.
        if numbered(run) {
            return Some(EntityKind::Product);
        }
        let plain = (2..=3).contains(&run.len())
            && run
                .iter()
                .all(|w| w.cap && !w.upper && !w.digit && !w.camel && !w.hyphen);
        if !plain {
            return None;
        }
        let given = run
            .first()
            .is_some_and(|w| self.given_names.contains(w.folded));
        let after_role = r
            .checked_sub(1)
            .and_then(|i| self.word(i))
            .is_some_and(|p| {
                cues.is_title(p.folded)
                    || cues.is_role(self.doc.lang, p.folded)
                    || cues.is_role(Lang::En, p.folded)
            });
        (given || after_role).then_some(EntityKind::Person)
    }

    /// The evidence one mention's span and context give.
    fn evidence(&self, span: Span) -> Vec<Evidence> {
        let mut out = Vec::new();
        let (a, b) = self.word_range(span);
        if b <= a {
            return out;
        }
        let tokens = name_tokens(&fold_str(
            self.doc.text.get(span.start..span.end).unwrap_or(""),
        ));
        let n = b - a;
        if n >= 2
            && tokens
                .last()
                .is_some_and(|t| self.kc.org_suffix.contains(t))
        {
            out.push((EntityKind::Organization, W_SUFFIX, "org_suffix"));
        }
        let first_in_cjk = self.word(a).is_some_and(|w| w.in_cjk);
        if first_in_cjk {
            if let Some(e) = self.cjk_cue(span) {
                out.push(e);
            }
        }
        let prev = a.checked_sub(1).and_then(|i| self.word(i));
        let title = prev.is_some_and(|p| {
            self.kc
                .titles
                .get(&self.doc.lang)
                .is_some_and(|t| t.contains(p.folded))
                && self.word(a).is_some_and(|w| {
                    self.plain_gap(p, w) || {
                        // "Sig. Rossi", "M. Dupont": a dot after the title.
                        self.doc
                            .text
                            .get(p.end..w.start)
                            .is_some_and(|g| g.trim() == ".")
                    }
                })
        });
        if title && self.plain_name(a, b) && n <= 3 {
            out.push((EntityKind::Person, W_TITLE, "person_title"));
        }
        if self.plain_name(a, b)
            && n <= 3
            && (self.cue_before(a, CueList::Role)
                || self.minister_before(a)
                || (n >= 2 && self.person_apposition(b - 1)))
        {
            out.push((EntityKind::Person, W_ROLE, "person_role"));
        }
        let given = (2..=3).contains(&n)
            && self.plain_name(a, b)
            && (tokens.first().is_some_and(|t| self.kc.is_given(t))
                || super::romanize::pinyin_person(
                    &tokens.iter().map(String::as_str).collect::<Vec<_>>(),
                ))
            && !tokens
                .last()
                .is_some_and(|t| self.kc.org_suffix.contains(t));
        // "du groupe, Cécile Cabanis": after a comma, a given name's shape is a person's in
        // apposition (the organization noun ends a role: "directrice financière du groupe").
        let comma_before = a
            .checked_sub(1)
            .and_then(|i| self.word(i))
            .zip(self.word(a))
            .is_some_and(|(p, w)| {
                self.doc
                    .text
                    .get(p.end..w.start)
                    .is_some_and(|g| g.contains(','))
            });
        if (self.cue_before(a, CueList::Org) && !(given && comma_before))
            || self.org_apposition(b - 1)
            || self.role_of_before(a)
        {
            out.push((EntityKind::Organization, W_NOUN, "org_noun"));
        }
        // A place: one or two plain words after words that introduce only places.
        if n <= 2 && self.plain_name(a, b) && self.place_before(a) {
            out.push((EntityKind::Place, W_PLACE, "place_prep"));
        }
        if given {
            out.push((EntityKind::Person, W_GIVEN, "given_name"));
        }
        out
    }
}

fn is_new(m: &EntityMention) -> bool {
    m.id.starts_with("new:")
}

/// The key and display name of a discovered span.
fn new_target(text: &str, span: Span) -> Option<(String, String)> {
    let surface = text.get(span.start..span.end)?;
    let key = name_tokens(&fold_str(surface)).join(" ");
    (!key.is_empty()).then(|| (format!("new:{key}"), surface.to_string()))
}

/// Gives the discovered mentions of one document their kinds (and fixes their extent); see
/// the module docs. `mentions` are in text order and do not overlap, before and after.
pub(crate) fn classify(
    entities: &[Entity],
    idx: &Index,
    doc: &Doc<'_>,
    mentions: &mut Vec<EntityMention>,
) {
    let kc = KindCues::embedded();
    let lang = doc.lang;
    let cx = Cx {
        doc,
        kc,
        given_names: &idx.given_names,
        lists: [
            kc.org_nouns.get(&lang),
            kc.roles.get(&lang),
            kc.places.get(&lang),
        ],
        org_ends: kc.org_ends.get(&lang),
        compounds: kc.joins_compounds(lang),
        adjective_after: kc.adjective_after.contains(&lang),
    };
    person_over_inflected(&cx, entities, mentions);
    trim_cues(&cx, mentions);
    license(&cx, mentions);
    same_names(&cx, mentions);
    vote(&cx, mentions);
    surnames(doc.text, mentions);
}

/// A known given name right before a known name matched with an inflection ending ("Giulia
/// Ferraris" read as "Ferrari" + "s"): the two words are a person's name.
fn person_over_inflected(cx: &Cx<'_, '_>, entities: &[Entity], mentions: &mut [EntityMention]) {
    let taken: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    for m in mentions.iter_mut() {
        if is_new(m) || m.kind == EntityKind::Person {
            continue;
        }
        let k = cx.first_word(m.span.start);
        let Some(w) = cx.word(k) else { continue };
        // Inflected: the word goes on after the match, and no alias spells the whole word.
        if w.start != m.span.start || w.end <= m.span.end {
            continue;
        }
        let spelled = entities
            .iter()
            .find(|e| e.id == m.id)
            .is_some_and(|e| e.aliases.iter().any(|a| fold_str(&a.text) == w.folded));
        if spelled {
            continue;
        }
        let Some(g) = k.checked_sub(1).and_then(|i| cx.word(i)) else {
            continue;
        };
        let free = !taken.iter().any(|s| s.start < g.end && s.end > g.start);
        if !free || !g.joined || !cx.kc.is_given(g.folded) || !cx.plain_name(k - 1, k + 1) {
            continue;
        }
        let span = Span::new(g.start, w.end);
        let Some((id, name)) = new_target(cx.doc.text, span) else {
            continue;
        };
        m.span = span;
        m.id = id;
        m.name = name;
        m.kind = EntityKind::Other;
        m.score = 0.5;
        m.rule = "discovered".to_string();
    }
}

/// A discovered name starting with a cue noun ("Finanzinvestor Nordwind Capital") names what
/// follows the cue; one that ends where a compound common noun goes on ("Turiner
/// Batterie-Start" + "-up") is no name.
fn trim_cues(cx: &Cx<'_, '_>, mentions: &mut Vec<EntityMention>) {
    let text = cx.doc.text;
    // Ids that trimming changed: other mentions that took a trimmed name's id (a Chinese name
    // glossed by it in brackets) follow it.
    let mut renamed: Vec<(String, String)> = Vec::new();
    // Owners' names split off a discovered name.
    let mut owners: Vec<EntityMention> = Vec::new();
    mentions.retain_mut(|m| {
        if !is_new(m) {
            return true;
        }
        let (a, b) = cx.word_range(m.span);
        // A lower-case hyphen tail after the last word: a compound noun.
        if let Some(next) = cx.word(b) {
            if next.hyphen && next.lower {
                let mut e = b;
                while cx.word(e + 1).is_some_and(|w| w.hyphen) {
                    e += 1;
                }
                if cx.cue_ends_at(e, CueList::Org).is_some()
                    || cx.cue_ends_at(e, CueList::Role).is_some()
                {
                    return false;
                }
            }
        }
        // Leading cue words, where every noun is capitalized (elsewhere a capitalized noun at
        // a name's start is part of it: "Banca Nazionale del Lavoro").
        if m.rule != "discovered" || !cx.doc.cues.nouns_capitalized(cx.doc.lang) {
            return true;
        }
        // Common nouns after an organization's designator are no part of its name ("Acme
        // Capital Aktien").
        let b0 = b;
        let mut b = b;
        if let Some(j) = (a + 1..b.saturating_sub(1)).rev().find(|&j| {
            cx.word(j)
                .is_some_and(|w| cx.kc.org_suffix.contains(w.folded))
        }) {
            let nouns = (j + 1..b).all(|k| cx.word(k).is_some_and(|w| noun_like(cx, w)));
            if nouns {
                b = j + 1;
            }
        }
        let mut s = a;
        while s + 1 < b {
            let is_cue = cx.cue_ends_at(s, CueList::Org).is_some_and(|c| c >= a)
                || cx.cue_ends_at(s, CueList::Role).is_some_and(|c| c >= a);
            // Not the last word of a hyphen chain that goes on ("Nordwind-Chef" keeps both).
            let chained = cx.word(s + 1).is_some_and(|w| w.hyphen);
            if !is_cue || chained {
                break;
            }
            s += 1;
        }
        // An owner's name joined by a hyphen to an organization noun ("OHB-Tochter MT
        // Aerospace", "Velmor-Tochter Brix"): the owner is named apart, the name is the rest.
        if s == a {
            let mut e = a + 1;
            while e + 1 < b && cx.word(e).is_some_and(|w| w.hyphen) {
                if cx.cue_ends_at(e, CueList::Org).is_some()
                    && cx.word(e + 1).is_some_and(|w| !w.hyphen && w.cap)
                {
                    let (Some(first), Some(last)) = (cx.word(a), cx.word(e - 1)) else {
                        break;
                    };
                    let span = Span::new(first.start, last.end);
                    if let Some((id, name)) = new_target(text, span) {
                        owners.push(EntityMention {
                            span,
                            id,
                            name,
                            // (What has a subsidiary is an organization.)
                            kind: EntityKind::Organization,
                            score: 0.5,
                            rule: "discovered".to_string(),
                        });
                        s = e + 1;
                    }
                    break;
                }
                e += 1;
            }
        }
        if s > a || b != b0 {
            let (Some(first), Some(last)) = (cx.word(s), b.checked_sub(1).and_then(|i| cx.word(i)))
            else {
                return true;
            };
            let span = Span::new(first.start, last.end);
            if let Some((id, name)) = new_target(text, span) {
                m.span = span;
                if m.id != id {
                    renamed.push((m.id.clone(), id.clone()));
                }
                m.id = id;
                m.name = name;
            }
        }
        true
    });
    if !owners.is_empty() {
        mentions.extend(owners);
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
    for (old, new) in renamed {
        // Only where no mention kept the old id.
        if mentions
            .iter()
            .any(|m| m.id == old && m.rule.starts_with("discovered"))
        {
            continue;
        }
        for m in mentions.iter_mut().filter(|m| m.id == old) {
            m.id.clone_from(&new);
        }
    }
}

/// Whether a word looks like a common noun of a language whose nouns are capitalized.
fn noun_like(cx: &Cx<'_, '_>, w: &Word) -> bool {
    cx.doc.cues.is_common(w.folded)
        || cx
            .kc
            .noun_endings
            .get(&cx.doc.lang)
            .is_some_and(|ends| ends.iter().any(|e| w.folded.ends_with(e.as_str())))
}

/// Capitalized words right after an organization noun are a name, also where every noun is
/// capitalized ("das Start-up Acme"): one to three words no mention covers; so are a given
/// name and one or two capitalized words after a role or a title ("Konzernchef Anna Muster").
fn license(cx: &Cx<'_, '_>, mentions: &mut Vec<EntityMention>) {
    let words = cx.words();
    let covered = |mentions: &[EntityMention], w: &Word| {
        let i = mentions.partition_point(|m| m.span.end <= w.start);
        mentions.get(i).is_some_and(|m| m.span.start < w.end)
    };
    let mut added = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !w.cap || w.in_cjk || w.digit || !w.joined || covered(mentions, w) {
            continue;
        }
        let Some(prev) = k.checked_sub(1).and_then(|i| words.get(i)) else {
            continue;
        };
        if !cx.plain_gap(prev, w) {
            continue;
        }
        let org = cx.cue_ends_at(k - 1, CueList::Org).is_some();
        let titled = cx
            .kc
            .titles
            .get(&cx.doc.lang)
            .is_some_and(|t| t.contains(prev.folded));
        // After a role or a title, a person's name: a given name and one or two more words.
        let person = !org
            && (cx.cue_ends_at(k - 1, CueList::Role).is_some() || titled)
            && cx.kc.is_given(w.folded);
        // After a capitalized title, one name alone is a person's too, a hyphenated one whole
        // ("Kaiserin Elisabeth", "Papst Leo", "Königin Marie-Thérèse"): where every noun is
        // capitalized no shape of its own tells it.
        let titled_one = !org && titled && prev.cap;
        if !org && !person && !titled_one {
            continue;
        }
        if cx.cue_ends_at(k, CueList::Org).is_some() || cx.cue_ends_at(k, CueList::Role).is_some() {
            continue;
        }
        let mut e = k + 1;
        while e < k + 3
            && words.get(e).is_some_and(|n| {
                n.cap
                    && n.joined
                    && (!n.hyphen || (titled_one && !n.lower))
                    && !covered(mentions, n)
                    && !cx.doc.cues.is_name_end(cx.doc.lang, n.folded)
            })
        {
            e += 1;
        }
        let run = words.get(k..e).unwrap_or(&[]);
        if person && !titled_one && (run.len() < 2 || !cx.plain_name(k, e)) {
            continue;
        }
        let weak = |w: &Word| {
            cx.doc.cues.is_common(w.folded)
                || cx.doc.cues.is_title(w.folded)
                || w.folded.chars().count() < 3
        };
        if run.iter().any(weak) {
            continue;
        }
        if cx.doc.cues.nouns_capitalized(cx.doc.lang)
            && run.len() == 1
            && noun_like(cx, w)
            && !titled_one
        {
            continue;
        }
        // (After a title, a name alone ends in any letter, "Eugénie", "Leo"; a plain common
        // noun is still none: "Frau Ministerin".)
        if titled_one
            && (!cx.plain_name(k, e)
                || run.iter().any(|n| {
                    cx.kc.compound_noun(cx.doc.lang, n.folded)
                        || cx.doc.cues.is_role(cx.doc.lang, n.folded)
                }))
        {
            continue;
        }
        let Some(last) = run.last() else { continue };
        let span = Span::new(w.start, last.end);
        if let Some((id, name)) = new_target(cx.doc.text, span) {
            added.push(EntityMention {
                span,
                id,
                name,
                kind: EntityKind::Other,
                score: 0.5,
                rule: "discovered".to_string(),
            });
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
}

/// Later (and earlier) uses of a discovered name in the same text name it too: the same
/// capitalized words where no mention stands.
fn same_names(cx: &Cx<'_, '_>, mentions: &mut Vec<EntityMention>) {
    let words = cx.words();
    // Discovered names by their folded words.
    let mut names: IndexMap<Vec<&str>, (String, String)> = IndexMap::new();
    for m in mentions.iter().filter(|m| is_new(m)) {
        let (a, b) = cx.word_range(m.span);
        let toks: Vec<&str> = words
            .get(a..b)
            .unwrap_or(&[])
            .iter()
            .map(|w| w.folded)
            .collect();
        if toks.is_empty() || toks.first().is_some_and(|t| t.chars().count() < 3) {
            continue;
        }
        names
            .entry(toks)
            .or_insert_with(|| (m.id.clone(), m.name.clone()));
    }
    if names.is_empty() {
        return;
    }
    // An organization's name without its designator ("Acme" for "Acme Capital"): one word, not
    // a common word, never written in lower case in the text.
    // (Asked for few names: a scan of the words, not a set of every lower-case word.)
    let in_lower = |t: &str| words.iter().any(|w| w.lower && w.folded == t);
    let short: Vec<(Vec<&str>, (String, String))> = names
        .iter()
        .filter_map(|(toks, target)| {
            let [first, last] = toks.as_slice() else {
                return None;
            };
            let noun = cx.doc.cues.nouns_capitalized(cx.doc.lang)
                && cx
                    .kc
                    .noun_endings
                    .get(&cx.doc.lang)
                    .is_some_and(|e| e.iter().any(|e| first.ends_with(e.as_str())));
            let ok = cx.kc.org_suffix.contains(*last)
                && first.chars().count() >= 4
                && !cx.kc.is_given(first)
                && !cx.kc.org_suffix.contains(*first)
                && !cx.doc.cues.is_common(first)
                && !noun
                && !in_lower(first);
            ok.then(|| (vec![*first], target.clone()))
        })
        .collect();
    for (toks, target) in short {
        names.entry(toks).or_insert(target);
    }
    let mut by_first: IndexMap<&str, Vec<&Vec<&str>>> = IndexMap::new();
    for toks in names.keys() {
        if let Some(f) = toks.first() {
            by_first.entry(*f).or_default().push(toks);
        }
    }
    for v in by_first.values_mut() {
        v.sort_by_key(|t| std::cmp::Reverse(t.len()));
    }
    let mut added = Vec::new();
    let mut k = 0;
    while let Some(w) = words.get(k) {
        let Some(cands) = Some(w)
            .filter(|w| w.cap)
            .and_then(|w| by_first.get(w.folded))
        else {
            k += 1;
            continue;
        };
        let hit = cands.iter().find(|toks| {
            toks.iter().enumerate().all(|(j, t)| {
                words
                    .get(k + j)
                    .is_some_and(|x| x.folded == *t && !x.lower && (j == 0 || x.joined))
            })
        });
        let Some(toks) = hit else {
            k += 1;
            continue;
        };
        let n = toks.len();
        let (Some(first), Some(last)) = (words.get(k), words.get(k + n - 1)) else {
            break;
        };
        let span = Span::new(first.start, last.end);
        // Whole words: the name does not go on into a longer capitalized run.
        // (A hyphen compound with the name first is about it: "Acme-Chef".)
        let longer = words.get(k + n).is_some_and(|x| {
            x.joined
                && !x.hyphen
                && x.cap
                && !x.lower
                && !cx.doc.cues.is_name_end(cx.doc.lang, x.folded)
        }) || k
            .checked_sub(1)
            .and_then(|i| words.get(i))
            .is_some_and(|x| first.joined && x.cap && !x.initial && !first.initial);
        let i = mentions.partition_point(|m| m.span.end <= span.start);
        let free = mentions.get(i).is_none_or(|m| m.span.start >= span.end);
        if free && !longer {
            if let Some((id, name)) = names.get(*toks) {
                added.push(EntityMention {
                    span,
                    id: id.clone(),
                    name: name.clone(),
                    kind: EntityKind::Other,
                    score: 0.45,
                    rule: "discovered".to_string(),
                });
            }
        }
        k += n;
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
}

/// Whether a name's words are a series name and a number of one to four digits joined to it
/// by a hyphen ("Tianwen-1", "Chang'e-6"; not "F-35", whose series is one letter).
fn numbered(run: &[Word<'_>]) -> bool {
    let [.., series, number] = run else {
        return false;
    };
    number.hyphen
        && (1..=4).contains(&number.folded.len())
        && number.folded.bytes().all(|b| b.is_ascii_digit())
        && !series.digit
        && run
            .first()
            .is_some_and(|w| w.cap && !w.upper && w.folded.chars().count() >= 2)
}

/// The winner of weighted votes; ties go to the kind earlier in the enum's order.
fn winner(votes: &IndexMap<EntityKind, u32>) -> Option<EntityKind> {
    let mut v: Vec<(EntityKind, u32)> = votes.iter().map(|(&k, &w)| (k, w)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.first().filter(|(_, w)| *w > 0).map(|(k, _)| *k)
}

/// One kind per discovered id, by the weighted evidence of all its mentions.
fn vote(cx: &Cx<'_, '_>, mentions: &mut [EntityMention]) {
    let mut votes: IndexMap<String, IndexMap<EntityKind, u32>> = IndexMap::new();
    let mut own: Vec<Vec<Evidence>> = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.iter().enumerate() {
        // (A quoted title is a work whatever its words say: `titles`.)
        if !is_new(m) || m.rule == "title" {
            own.push(Vec::new());
            continue;
        }
        let mut ev = cx.evidence(m.span);
        // A compass word right before a known place is part of the place's name.
        let next = mentions
            .get(i + 1)
            .filter(|n| n.kind == EntityKind::Place && !is_new(n));
        let joined = next.is_some_and(|n| {
            cx.doc
                .text
                .get(m.span.end..n.span.start)
                .is_some_and(|g| g.chars().all(|c| c == ' ' || c == '-'))
        });
        if joined && cx.kc.place_words.contains(m.id.trim_start_matches("new:")) {
            ev.push((EntityKind::Place, W_PLACE, "place_word"));
        }
        // The kind the name's discovery gave (an acronym's definition, a Chinese suffix), or
        // else the one its shape says.
        let prior = match m.kind {
            EntityKind::Other => cx.shape(m.span),
            k => Some(k),
        };
        if let Some(k) = prior {
            ev.push((k, W_PRIOR, "shape"));
        }
        let slot = votes.entry(m.id.clone()).or_default();
        for &(k, w, _) in &ev {
            *slot.entry(k).or_default() += w;
        }
        own.push(ev);
    }
    for (m, ev) in mentions.iter_mut().zip(own) {
        let Some(kind) = votes.get(&m.id).and_then(winner) else {
            continue;
        };
        // The strongest of its own evidence for the kind, the first listed on a tie.
        let why = ev
            .iter()
            .filter(|e| e.0 == kind)
            .fold(None::<&Evidence>, |best, e| match best {
                Some(b) if b.1 >= e.1 => Some(b),
                _ => Some(e),
            })
            .map_or("same_name", |e| e.2);
        m.kind = kind;
        if !m.rule.contains('+') {
            m.rule = format!("{}+{why}", m.rule);
        }
    }
}

/// A lone discovered word that is the last word of exactly one discovered person's name in the
/// text names that person ("Ferraris" after "Giulia Ferraris").
///
/// Not where the text uses the word alone before it names the person in full (its headline
/// aside): then the word names something else, a company or a family ("Fielmann" before
/// "Marc Fielmann").
fn surnames(text: &str, mentions: &mut [EntityMention]) {
    let mut people: IndexMap<String, Option<(String, String)>> = IndexMap::new();
    for m in mentions.iter() {
        if !is_new(m) || m.kind != EntityKind::Person {
            continue;
        }
        let key = m.id.trim_start_matches("new:");
        let toks: Vec<&str> = key.split(' ').collect();
        let (Some(last), true) = (toks.last(), toks.len() >= 2) else {
            continue;
        };
        let slot = people
            .entry((*last).to_string())
            .or_insert_with(|| Some((m.id.clone(), m.name.clone())));
        if slot.as_ref().is_some_and(|(id, _)| id != &m.id) {
            *slot = None;
        }
    }
    let body = super::short::body_start(text);
    let mut first: IndexMap<&str, usize> = IndexMap::new();
    for m in mentions.iter() {
        first.entry(m.id.as_str()).or_insert(m.span.start);
    }
    for m in mentions.iter() {
        if !is_new(m) || m.span.start < body {
            continue;
        }
        let key = m.id.trim_start_matches("new:");
        if key.contains(' ') {
            continue;
        }
        if let Some(slot) = people.get_mut(key) {
            let full_later = slot.as_ref().is_some_and(|(id, _)| {
                first
                    .get(id.as_str())
                    .is_some_and(|&start| start > m.span.start)
            });
            if full_later {
                *slot = None;
            }
        }
    }
    for m in mentions.iter_mut() {
        if !is_new(m) {
            continue;
        }
        let key = m.id.trim_start_matches("new:");
        if key.contains(' ') || !matches!(m.kind, EntityKind::Other | EntityKind::Person) {
            continue;
        }
        if let Some(Some((id, name))) = people.get(key) {
            m.id = id.clone();
            m.name = name.clone();
            m.kind = EntityKind::Person;
            let base = m.rule.split('+').next().unwrap_or("discovered").to_string();
            m.rule = format!("{base}+surname");
        }
    }
}

/// One kind per discovered id across documents (after [`super::cluster`] gave them one id): the
/// kind most of its mentions have (ties: the enum's order); mentions of kind `other` take it,
/// with `+cluster` in their rule.
pub(crate) fn propagate(docs: &mut [Vec<EntityMention>]) {
    let mut votes: IndexMap<String, IndexMap<EntityKind, u32>> = IndexMap::new();
    for m in docs.iter().flatten().filter(|m| is_new(m)) {
        if m.kind != EntityKind::Other {
            *votes
                .entry(m.id.clone())
                .or_default()
                .entry(m.kind)
                .or_default() += 1;
        }
    }
    for m in docs.iter_mut().flatten().filter(|m| is_new(m)) {
        let Some(kind) = votes.get(&m.id).and_then(winner) else {
            continue;
        };
        if m.kind != kind {
            m.kind = kind;
            let base = m.rule.split('+').next().unwrap_or("discovered").to_string();
            m.rule = format!("{base}+cluster");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::linked_inside;
    use proptest::prelude::*;

    /// What [`linked_inside`] replaces: the occurrences from `str::match_indices`.
    fn linked_inside_reference(w: &str, e: &str) -> bool {
        w.match_indices(e).any(|(i, _)| {
            let rest = w.get(i + e.len()..).unwrap_or("");
            rest.starts_with('s') && rest.chars().count() >= 4
        })
    }

    #[test]
    fn a_linking_s_after_the_ending() {
        assert!(linked_inside("automatisierungstechniker", "ung"));
        assert!(!linked_inside("automatisierung", "ung"));
        assert!(!linked_inside("ungsab", "ung"));
        assert!(linked_inside("ungsabc", "ung"));
    }

    proptest! {
        // Few letters, so that endings recur and overlap ("ata" in "atatas..."); 'ü' and 'ß'
        // for characters of several bytes.
        #[test]
        fn same_as_match_indices(w in "[asütß]{0,14}", e in "[asütß]{0,4}") {
            prop_assert_eq!(linked_inside(&w, &e), linked_inside_reference(&w, &e));
        }
    }
}
