//! The gazetteer's data (entities, aliases) and its index: one aho-corasick automaton over the
//! folded aliases of every entity, plus the keys the fuzzy rules compare damaged names against.

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use super::words::{is_cjk, is_word_char, Word};
use super::{Cand, Cues, EntityKind, Target};
use crate::lang::Lang;
use crate::text::fold::{fold_str, Folded};
use crate::text::hash::{FastMap, FastSet};
use crate::text::Span;

/// How an alias names its entity; decides the gates a match must pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AliasForm {
    /// The entity's own name in a language.
    Label,
    /// Another usual name (a short form, a nickname, a former name, a transcription).
    Alias,
    /// An abbreviation: matches only where written in capitals ("MSL", "SSI").
    Acronym,
    /// A common word that translates the name ("perplessità" for Perplexity): links only in a
    /// naming context ("il CEO di perplessità"), never as a plain word ("con perplessità").
    Translation,
    /// A longer string that contains one of the entity's names but does not name it
    /// ("中国银行业", the Chinese banking sector, is not the Bank of China "中国银行"): where it
    /// matches, no name inside it links. Chinese is written without spaces, so this is how a
    /// name's characters inside a longer word are told apart.
    Not,
}

/// One way of writing an entity's name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alias {
    /// The text, as written (folding happens when the index is built).
    pub text: String,
    /// The language it belongs to; `None` for any.
    pub lang: Option<Lang>,
    /// How it names the entity.
    pub form: AliasForm,
}

/// A known entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// A stable id (a Wikidata id, or a slug such as `meta`).
    pub id: String,
    /// The canonical name.
    pub name: String,
    /// Its kind.
    pub kind: EntityKind,
    /// Every way of writing it, the canonical name included.
    pub aliases: Vec<Alias>,
}

/// A Latin-script alias as the fuzzy rules see it.
#[derive(Clone, Debug)]
pub(crate) struct FuzzyKey {
    pub entity: usize,
    pub folded: String,
    /// Characters in `folded`.
    pub len: usize,
    /// [`letter_set`](super::fuzzy::letter_set) of `folded`.
    pub letters: u64,
    pub skeleton: String,
    pub tokens: Vec<String>,
}

/// The search structures, rebuilt whenever the entities change.
#[derive(Clone, Debug, Default)]
pub(crate) struct Index {
    ac: Option<AhoCorasick>,
    /// For each pattern: the (entity, alias) pairs it stands for, and whether the pattern is
    /// a spelling variant of the alias (words joined by hyphens, a glued name split: see
    /// [`variants`]), which must be written with a capital on every word.
    pats: Vec<Vec<(usize, usize, bool)>>,
    /// Whether each pattern starts / ends with a word character (needs a word boundary there).
    bounds: Vec<(bool, bool)>,
    /// Whether each pattern is a string that names no entity (form [`AliasForm::Not`]).
    negative: Vec<bool>,
    pub keys: Vec<FuzzyKey>,
    /// Multi-token keys by each of their tokens; single-token keys by their first letter.
    pub by_token: FastMap<String, Vec<usize>>,
    pub by_initial: FastMap<char, Vec<usize>>,
    /// The keys of `by_initial` again, each bucket as (characters, key) sorted by length then
    /// key: the keys of a length range are a run ([`fuzzy::single`](super::fuzzy::single)).
    pub by_initial_len: FastMap<char, Vec<(usize, usize)>>,
    /// The entity of each id.
    pub by_id: IndexMap<String, usize>,
    /// The first words of known people's names of two or more words.
    pub given_names: FastSet<String>,
    /// People with names of three or more words, by first word: (entity, last word, words).
    pub gap: FastMap<String, Vec<(usize, String, usize)>>,
    /// Known people's Latin names as sounds, for their Chinese transliterations.
    pub translit: super::translit::People<super::translit::LatinName>,
    /// Known places' names in Chinese characters, folded ("巴黎").
    pub han_places: FastSet<String>,
    /// Known organizations by their acronyms (aliases of two to six letters written in
    /// capitals), folded: (entity, the acronym's language).
    pub acronyms: FastMap<String, Vec<(usize, Option<Lang>)>>,
}

/// Folds a name for comparison and maps look-alike letters together: `I` (capital i) and `l`
/// are one letter, so "Scale Al" and "Scale AI" have the same skeleton.
pub(crate) fn skeleton(original: &str) -> String {
    let mapped: String = original
        .chars()
        .map(|c| match c {
            'I' | 'l' | '|' => 'l',
            c => c,
        })
        .collect();
    fold_str(&mapped)
}

/// Splits a folded name into its word tokens.
pub(crate) fn name_tokens(folded: &str) -> Vec<String> {
    folded
        .split(|c: char| !is_word_char(c))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether a Latin alias is "distinctive" in writing: a digit, or a capital inside a word
/// ("OpenAI", "iPhone", "H100"). Only such names link when a text writes them in lower case.
fn distinctive(alias: &str) -> bool {
    let mut prev: Option<char> = None;
    for c in alias.chars() {
        if c.is_numeric() {
            return true;
        }
        if c.is_uppercase() && prev.is_some_and(|p| p.is_alphabetic()) {
            return true;
        }
        prev = Some(c);
    }
    !alias.chars().any(char::is_uppercase)
}

impl Index {
    /// The one known organization whose acronym (of `lang`, or of every language) is the
    /// folded word, if only one is.
    pub(crate) fn acronym_of(&self, folded: &str, lang: Lang) -> Option<usize> {
        let mut it = self
            .acronyms
            .get(folded)?
            .iter()
            .filter(|(_, l)| l.is_none_or(|l| l == lang))
            .map(|&(e, _)| e);
        let first = it.next()?;
        it.all(|e| e == first).then_some(first)
    }

    pub(crate) fn build(entities: &[Entity]) -> Index {
        // First the patterns (every alias folded, and the spelling variants of Latin names),
        // so that the automaton over them (most of the build's work: about 340 M instructions
        // for the embedded gazetteer's 18,500 patterns) is built on a second thread while
        // this one builds the rest of the index from the same folded aliases.
        let mut patterns: IndexMap<String, Vec<(usize, usize, bool)>> = IndexMap::new();
        // (entity, alias, folded alias, whether in Chinese characters) of each alias kept.
        let mut kept: Vec<(usize, usize, String, bool)> = Vec::new();
        for (ei, e) in entities.iter().enumerate() {
            for (ai, a) in e.aliases.iter().enumerate() {
                let folded = fold_str(a.text.trim());
                let chars = folded.chars().count();
                let cjk = folded.chars().any(is_cjk);
                // One letter (or one ideograph) is never a name worth matching.
                if chars < 2 || (!cjk && folded.chars().filter(|c| c.is_alphanumeric()).count() < 2)
                {
                    continue;
                }
                patterns
                    .entry(folded.clone())
                    .or_default()
                    .push((ei, ai, false));
                if !cjk && matches!(a.form, AliasForm::Label | AliasForm::Alias) {
                    // (People's names do not decline: "Pascale" is a given name.)
                    let german =
                        a.lang.is_none_or(|l| l == Lang::De) && e.kind != EntityKind::Person;
                    let declined = if german {
                        declensions(a.text.trim(), Lang::De)
                    } else {
                        Vec::new()
                    };
                    for v in variants(a.text.trim()).into_iter().chain(declined) {
                        let refs = patterns.entry(v).or_default();
                        if !refs.iter().any(|&(e, x, _)| e == ei && x == ai) {
                            refs.push((ei, ai, true));
                        }
                    }
                }
                kept.push((ei, ai, folded, cjk));
            }
        }
        let automaton = || {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Both)
                .build(patterns.keys())
                .ok()
        };
        #[cfg(feature = "parallel")]
        let mut idx = std::thread::scope(|s| {
            let ac = s.spawn(automaton);
            let mut idx = Index::rest(entities, &kept, &patterns);
            // (A build that panicked leaves no automaton: no name is matched exactly.)
            idx.ac = ac.join().ok().flatten();
            idx
        });
        #[cfg(not(feature = "parallel"))]
        let mut idx = {
            let mut idx = Index::rest(entities, &kept, &patterns);
            idx.ac = automaton();
            idx
        };
        idx.pats = patterns.into_values().collect();
        idx
    }

    /// Every part of the index but the automaton and the patterns' entities, from the kept
    /// aliases of [`Index::build`].
    fn rest(
        entities: &[Entity],
        kept: &[(usize, usize, String, bool)],
        patterns: &IndexMap<String, Vec<(usize, usize, bool)>>,
    ) -> Index {
        let mut idx = Index::default();
        for (ei, e) in entities.iter().enumerate() {
            idx.by_id.entry(e.id.clone()).or_insert(ei);
        }
        for (ei, ai, folded, cjk) in kept {
            let (ei, ai, cjk) = (*ei, *ai, *cjk);
            let (Some(e), Some(a)) = (
                entities.get(ei),
                entities.get(ei).and_then(|e| e.aliases.get(ai)),
            ) else {
                continue;
            };
            let chars = folded.chars().count();
            if cjk && e.kind == EntityKind::Place {
                idx.han_places.insert(folded.clone());
            }
            if e.kind == EntityKind::Organization
                && !matches!(a.form, AliasForm::Translation | AliasForm::Not)
                && all_caps_name(a.text.trim())
                && (2..=6).contains(&chars)
                && folded.chars().all(|c| c.is_ascii_alphanumeric())
            {
                let v = idx.acronyms.entry(folded.clone()).or_default();
                if !v.contains(&(ei, a.lang)) {
                    v.push((ei, a.lang));
                }
            }
            if !cjk && matches!(a.form, AliasForm::Label | AliasForm::Alias) {
                let tokens = name_tokens(folded);
                let k = idx.keys.len();
                if tokens.len() > 1 {
                    for t in &tokens {
                        let v = idx.by_token.entry(t.clone()).or_default();
                        if v.last() != Some(&k) {
                            v.push(k);
                        }
                    }
                } else if let Some(c) = folded.chars().next() {
                    idx.by_initial.entry(c).or_default().push(k);
                }
                // (A family name's particle is no given name: "von der Leyen".)
                let particle = |f: &String| Cues::embedded().is_particle(f);
                if e.kind == EntityKind::Person && tokens.len() >= 2 {
                    if let Some(f) = tokens
                        .first()
                        .filter(|f| f.chars().count() >= 3 && !particle(f))
                    {
                        idx.given_names.insert(f.clone());
                    }
                }
                if e.kind == EntityKind::Person && tokens.len() >= 2 {
                    if let Some(l) = super::translit::LatinName::new(folded) {
                        if !idx.translit.last_is(ei, &l) {
                            idx.translit.add(ei, l);
                        }
                    }
                }
                if e.kind == EntityKind::Person && tokens.len() >= 3 {
                    if let (Some(f), Some(l)) = (tokens.first(), tokens.last()) {
                        let v = idx.gap.entry(f.clone()).or_default();
                        let item = (ei, l.clone(), tokens.len());
                        if !v.contains(&item) {
                            v.push(item);
                        }
                    }
                }
                idx.keys.push(FuzzyKey {
                    entity: ei,
                    skeleton: skeleton(a.text.trim()),
                    len: chars,
                    letters: super::fuzzy::letter_set(folded),
                    folded: folded.clone(),
                    tokens,
                });
            }
        }
        for (c, ks) in &idx.by_initial {
            let mut v: Vec<(usize, usize)> = ks
                .iter()
                .filter_map(|&k| idx.keys.get(k).map(|key| (key.len, k)))
                .collect();
            v.sort_unstable();
            idx.by_initial_len.insert(*c, v);
        }
        for (p, refs) in patterns {
            idx.bounds.push((
                p.chars().next().is_some_and(is_word_char),
                p.chars().last().is_some_and(is_word_char),
            ));
            idx.negative.push(refs.iter().any(|&(ei, ai, _)| {
                entities
                    .get(ei)
                    .and_then(|e| e.aliases.get(ai))
                    .is_some_and(|a| a.form == AliasForm::Not)
            }));
        }
        idx
    }
}

/// What the exact pass needs to know about the document.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub folded: &'a Folded,
    pub words: &'a [Word<'a>],
    pub lang: Lang,
    pub cues: &'a Cues,
}

impl Doc<'_> {
    /// The index of the word starting at original byte `at`.
    pub(crate) fn word_at(&self, at: usize) -> Option<usize> {
        let i = self.words.partition_point(|w| w.start < at);
        self.words.get(i).filter(|w| w.start == at).map(|_| i)
    }

    /// The index of the first word starting at or after `at`.
    pub(crate) fn word_from(&self, at: usize) -> usize {
        self.words.partition_point(|w| w.start < at)
    }

    fn cue(&self, f: impl Fn(&Cues, Lang) -> bool) -> bool {
        f(self.cues, self.lang) || (self.lang != Lang::En && f(self.cues, Lang::En))
    }

    /// Whether the words around `[first, next)` (word indices) make them the name of an
    /// organization: a role and a preposition before ("il CEO di X", "fondateur de X"), or a
    /// preposition before and a person's name right after ("di X Aravind Srinivas").
    pub(crate) fn naming_context(&self, first: usize, next: usize) -> bool {
        let Some(prev) = first.checked_sub(1).and_then(|i| self.words.get(i)) else {
            return false;
        };
        let Some(this) = self.words.get(first) else {
            return false;
        };
        if !this.joined || !self.cue(|c, l| c.is_of(l, prev.folded)) {
            return false;
        }
        let role = first
            .checked_sub(2)
            .and_then(|i| self.words.get(i))
            .is_some_and(|w| prev.joined && self.cue(|c, l| c.is_role(l, w.folded)));
        if role {
            return true;
        }
        let mut names = self.words.get(next..).unwrap_or(&[]).iter();
        match (names.next(), names.next()) {
            (Some(a), Some(b)) => {
                a.joined
                    && b.joined
                    && a.cap
                    && b.cap
                    && !a.upper
                    && !b.upper
                    && !self.cues.is_common(a.folded)
            }
            _ => false,
        }
    }
}

/// A name's other declensions in a language that declines adjectives before a noun (German),
/// folded: its capitalized adjectives before the last word (a stem of `adjective_stems` and
/// one of `adjective_endings` of `data/lang/<code>.json`) with each of the other endings
/// ("Europäischer Gerichtshof": "Europäische Gerichtshof", "des Europäischen Gerichtshofs"),
/// all adjectives alike, as a noun phrase declines them; the last word's own genitive ending
/// is tolerated where the name is matched.
fn declensions(name: &str, lang: Lang) -> Vec<String> {
    let profile = crate::lang::LangProfile::embedded(lang);
    let endings = &profile.adjective_endings;
    if profile.adjective_stems.is_empty() {
        return Vec::new();
    }
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() < 2 {
        return Vec::new();
    }
    // (stem, position) of each adjective: a capitalized word before the last, its stem one of
    // an adjective's.
    let mut stems: Vec<(usize, String)> = Vec::new();
    for (i, w) in words.iter().enumerate().take(words.len() - 1) {
        if !w.chars().next().is_some_and(char::is_uppercase) || w.contains('-') {
            continue;
        }
        let stem = endings
            .iter()
            .filter_map(|e| w.strip_suffix(e.as_str()))
            .find(|s| {
                let f = fold_str(s);
                profile
                    .adjective_stems
                    .iter()
                    .any(|a| f.ends_with(a.as_str()))
            });
        if let Some(stem) = stem {
            stems.push((i, stem.to_string()));
        }
    }
    if stems.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for ending in endings {
        let mut v: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        for (i, stem) in &stems {
            if let Some(slot) = v.get_mut(*i) {
                *slot = format!("{stem}{ending}");
            }
        }
        let folded = fold_str(&v.join(" "));
        if folded != fold_str(name) && !out.contains(&folded) {
            out.push(folded);
        }
    }
    out
}

/// The other usual spellings of a Latin name, folded: its words joined by hyphens as German
/// does in compounds ("IG-Metall-Chef", "Siemens-Energy-Aktie"), and a glued name split at its
/// inner capitals, with a space or a hyphen ("Arcelor-Mittal", "Wind Tre" for "ArcelorMittal",
/// "WindTre"), where every part has two letters or more.
fn variants(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    if name.contains(' ') {
        if name
            .split(' ')
            .all(|w| w.chars().any(char::is_alphanumeric))
        {
            out.push(fold_str(&name.replace(' ', "-")));
        }
        return out;
    }
    let mut parts: Vec<String> = vec![String::new()];
    let mut prev: Option<char> = None;
    for c in name.chars() {
        if c.is_uppercase() && prev.is_some_and(char::is_lowercase) {
            parts.push(String::new());
        }
        if let Some(p) = parts.last_mut() {
            p.push(c);
        }
        prev = Some(c);
    }
    let long_enough = |p: &String| p.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    if parts.len() > 1 && parts.iter().all(long_enough) && name.chars().all(char::is_alphanumeric) {
        out.push(fold_str(&parts.join(" ")));
        out.push(fold_str(&parts.join("-")));
    }
    out
}

/// Whether every word of a surface (split at spaces and hyphens) starts with a capital or a
/// digit.
fn every_word_capitalized(surface: &str) -> bool {
    surface
        .split([' ', '-', '\u{2010}', '\u{2011}'])
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
}

/// Whether a Latin name is written in capitals only ("LVMH", "UPS", "HMM"): two or more
/// letters, no lower-case one.
fn all_caps_name(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !name.chars().any(char::is_lowercase)
}

/// Whether a surface may be a name written in capitals: in capitals too, or capitalized
/// ("Lvmh", "Byd": three letters or more); never in lower case ("hmm" is no HMM, "ups" no UPS),
/// and where every noun has a capital, only with two capitals or more ("Trumpf" is a trump
/// card, not TRUMPF). Capitalized at a sentence's start, it counts only where the text names
/// the entity elsewhere too ("Ups, ..."), like a homograph.
fn caps_ok(surface: &str, doc: &Doc<'_>, not_alone: bool) -> bool {
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    let upper = surface.chars().filter(|c| c.is_uppercase()).count();
    let lower = surface.chars().filter(|c| c.is_lowercase()).count();
    lower == 0
        || (letters >= 3
            && surface.chars().next().is_some_and(char::is_uppercase)
            && (upper >= 2
                || !doc.cues.nouns_capitalized(doc.lang)
                || title_acronym(surface, doc, not_alone)))
        || (letters == 2 && title_acronym(surface, doc, not_alone))
}

/// Whether a surface is an acronym written with one capital as the document language's press
/// writes them: every acronym in Italian (cue flag `title_acronyms`: "Onu", "Ppe", "Aiea",
/// "Spd"), one read as a word in German and French (flag `title_acronyms_spoken`: "die Nato",
/// "l'Otan", "le Medef"; never "Spd" or "Bce", spelled letter by letter there); three letters
/// or more, a capital and then lower case only, and no common word, no given name ("Tim Cook"
/// is no TIM) and no word of the language (cue `homograph`); two letters where the press writes
/// every acronym so ("l'Ue", "il Pd"), if no function word of any language ("Un", "Da") and
/// never written in lower case in the text: where the press writes every
/// acronym so (Italian), only where the surface does not stand alone ("Ing." is an engineer's
/// title, "sec." a century, "Reachy Mini" a product, but "la Sec ha deciso" is the agency). `not_alone`: a full stop follows the surface, or a
/// capitalized word comes right before it.
fn title_acronym(surface: &str, doc: &Doc<'_>, not_alone: bool) -> bool {
    // (The shape first: most surfaces fail it, and then nothing is folded.)
    let mut chars = surface.chars();
    let shape = chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_lowercase() || c.is_numeric());
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    if !shape || letters < 2 {
        return false;
    }
    let folded = fold_str(surface);
    if letters == 2
        && (!doc.cues.title_acronyms(doc.lang)
            || super::discover::is_stopword(&folded)
            || written_in_lower_case(doc.text, &surface.to_lowercase()))
    {
        return false;
    }
    (doc.cues.title_acronyms(doc.lang)
        || (doc.cues.title_acronyms_spoken(doc.lang) && spoken_word(&folded)))
        && !doc.cues.is_common(&folded)
        && !((not_alone || !doc.cues.title_acronyms(doc.lang))
            && doc.cues.is_homograph_in(doc.lang, &folded))
        && !super::kinds::KindCues::embedded().is_given(&folded)
}

/// Whether `text` writes `lower` (a word in lower case) as a whole word somewhere.
fn written_in_lower_case(text: &str, lower: &str) -> bool {
    !lower.is_empty()
        && text.match_indices(lower).any(|(at, w)| {
            let before = text.get(..at).and_then(|b| b.chars().next_back());
            let after = text.get(at + w.len()..).and_then(|a| a.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// Whether a folded acronym reads as a word ("nato", "otan", "opec", "unesco"; not "spd",
/// "bce", "ezb", "cdu"): four letters or more, a vowel, never three consonants in a row, and
/// neither two consonants at its start nor at its end.
fn spoken_word(folded: &str) -> bool {
    let letters: Vec<char> = folded.chars().filter(|c| c.is_alphabetic()).collect();
    let vowel = |c: &char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let consonants = |w: &[char]| w.iter().all(|c| !vowel(c));
    letters.len() >= 4
        && letters.iter().any(vowel)
        && !letters.windows(3).any(consonants)
        && letters.get(..2).is_some_and(|w| !consonants(w))
        && letters
            .get(letters.len().saturating_sub(2)..)
            .is_some_and(|w| !consonants(w))
}

/// Whether a capitalized surface is no word of any language written in Latin letters: four
/// letters or more, no vowel, and no letter twice in a row ("Tsmc"; an interjection such as
/// "Hmm" or "Psst" is a word).
fn unpronounceable(surface: &str) -> bool {
    let folded = crate::text::fold::fold_str(surface);
    let letters: Vec<char> = folded.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4
        && !letters
            .iter()
            .any(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
        && !letters.windows(2).any(|p| p.first() == p.get(1))
}

/// Whether the rest of a word after a name, where every noun is capitalized, makes the name a
/// compound with a role's noun, after a linking "-s" (the language's `genitive_endings`) or
/// none: "EU-Kommissionspräsidentin", "Bundesbankpräsident" name their body's head, and the
/// body is named (folded `rest`, from the end of the name). The rest is the role itself, no
/// longer word that ends in one ("Ministerpräsident" holds no "Mini").
fn role_compound(doc: &Doc<'_>, rest: &str) -> bool {
    if !doc.cues.nouns_capitalized(doc.lang) {
        return false;
    }
    let len = rest
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(rest.len(), |(i, _)| i);
    let tail = rest.get(..len).unwrap_or("");
    let profile = crate::lang::LangProfile::embedded(doc.lang);
    let linked = std::iter::once("")
        .chain(profile.genitive_endings.iter().map(String::as_str))
        .filter_map(|l| tail.strip_prefix(l));
    // (The role declined too, in the language's genitive and plural endings: "-präsidenten",
    // "-chefs".)
    let endings = || {
        std::iter::once("")
            .chain(profile.genitive_endings.iter().map(String::as_str))
            .chain(profile.plural_endings.iter().map(String::as_str))
    };
    linked.into_iter().any(|t| {
        endings()
            .filter_map(|e| t.strip_suffix(e))
            .any(|t| t.chars().count() >= 4 && doc.cues.is_role(doc.lang, t))
    })
}

/// The interpuncts Chinese writes between a foreign person's given and family names.
const INTERPUNCTS: [char; 4] = ['·', '‧', '・', '•'];

/// Whether `s` has letters with diacritics (canonical decomposition yields combining marks).
fn has_diacritics(s: &str) -> bool {
    let mut found = false;
    for c in s.chars().filter(|c| !c.is_ascii()) {
        unicode_normalization::char::decompose_canonical(c, |d| {
            found |= ('\u{0300}'..='\u{036F}').contains(&d);
        });
    }
    found
}

impl Doc<'_> {
    /// Whether a role of the document's language starts right after folded byte `end`
    /// (optionally after spaces): "苹果CEO", "苹果公司的发言人".
    pub(crate) fn role_follows(&self, end: usize) -> bool {
        let rest = self.folded.as_str().get(end..).unwrap_or("").trim_start();
        self.cues.roles_of(self.lang).any(|r| {
            rest.starts_with(r)
                && !(r.chars().all(|c| c.is_ascii_alphanumeric())
                    && char_at(rest, r.len()).is_some_and(|c| c.is_ascii_alphanumeric()))
        })
    }
}

fn char_before(s: &str, at: usize) -> Option<char> {
    s.get(..at).and_then(|t| t.chars().next_back())
}

fn char_at(s: &str, at: usize) -> Option<char> {
    s.get(at..).and_then(|t| t.chars().next())
}

/// Whether `s[start..end]` is whole words: no word character right before or after it.
pub(crate) fn whole_word(s: &str, start: usize, end: usize) -> bool {
    !char_before(s, start).is_some_and(is_word_char) && !char_at(s, end).is_some_and(is_word_char)
}

/// The exact pass: one leftmost-longest aho-corasick scan of the folded text, every match
/// checked for word boundaries and its alias form's gates; a match that fails falls back to
/// the longest shorter alias at the same place.
pub(crate) fn exact(entities: &[Entity], idx: &Index, doc: &Doc<'_>) -> Vec<Cand> {
    let mut out = Vec::new();
    let Some(ac) = idx.ac.as_ref() else {
        return out;
    };
    let mut tentative: Vec<bool> = Vec::new();
    let hay = doc.folded.as_str();
    let mut pos = 0usize;
    while pos < hay.len() {
        let Some(m) = ac.find(Input::new(hay).range(pos..)) else {
            break;
        };
        let start = m.start();
        let mut end = m.end();
        let mut pid = m.pattern().as_usize();
        if idx.negative.get(pid).copied().unwrap_or(false) {
            // Not a name: no shorter alias inside it links either, and no rule discovers one
            // there (the lowest rank: it never wins over a real candidate).
            let span = doc.folded.to_original(start, end);
            out.push(Cand {
                span,
                target: Target::Nothing,
                score: 0.0,
                rule: "not",
                rank: 0,
            });
            tentative.push(false);
            pos = end.max(start + 1);
            continue;
        }
        let mut found = None;
        loop {
            if let Some(c) = accept(entities, idx, doc, pid, start, end) {
                found = Some(c);
                break;
            }
            // A shorter alias at the same start.
            if end <= start + 1 {
                break;
            }
            let shorter = ac.find(
                Input::new(hay)
                    .range(start..end - 1)
                    .anchored(Anchored::Yes),
            );
            match shorter {
                Some(s) if s.end() > start => {
                    end = s.end();
                    pid = s.pattern().as_usize();
                }
                _ => break,
            }
        }
        match found {
            Some((c, t)) => {
                pos = end;
                out.push(c);
                tentative.push(t);
            }
            None => pos = start + char_at(hay, start).map_or(1, char::len_utf8),
        }
    }
    // A name that is also a common word ("Threads", "Oracle"), capitalized only because it
    // starts a sentence, counts where the text also names the entity elsewhere.
    let confirmed: indexmap::IndexSet<usize> = out
        .iter()
        .zip(&tentative)
        .filter(|(_, &t)| !t)
        .filter_map(|(c, _)| match c.target {
            Target::Known(e) => Some(e),
            Target::New { .. } | Target::Nothing => None,
        })
        .collect();
    out.into_iter()
        .zip(tentative)
        .filter(|(c, t)| !t || matches!(c.target, Target::Known(e) if confirmed.contains(&e)))
        .map(|(c, _)| c)
        .collect()
}

/// Whether a known product's or organization's one-word name that is a common given name
/// ("Claude", a model) is here a person's given name: a plain capitalized word follows it (the
/// family name: "Claude Mercier"), with a person's evidence: a role or an honorific right
/// before ("l'analyste Claude Mercier", "Mme Claude Mercier"), or the family name alone
/// elsewhere in the text ("... a ajouté Mercier"). The product's own names ("Claude Opus 4")
/// have neither.
fn given_name_of_person(
    entity: Option<&Entity>,
    surface: &str,
    doc: &Doc<'_>,
    first: Option<usize>,
    next: usize,
) -> bool {
    let kc = super::kinds::KindCues::embedded();
    let (Some(e), Some(f)) = (entity, first) else {
        return false;
    };
    if e.kind == EntityKind::Person || surface.contains(' ') || !kc.is_given(&fold_str(surface)) {
        return false;
    }
    let Some(family) = doc.words.get(next).filter(|w| {
        w.joined
            && w.cap
            && !w.lower
            && !w.upper
            && !w.digit
            && !w.hyphen
            && w.folded.chars().count() >= 3
            && !super::discover::is_stopword(w.folded)
            && !doc.cues.is_common(w.folded)
            && !doc.cues.is_role(doc.lang, w.folded)
    }) else {
        return false;
    };
    // (A version after it is a product's: "Claude Opus 4".)
    if doc.words.get(next + 1).is_some_and(|w| w.digit && w.joined) {
        return false;
    }
    let cue_before = f
        .checked_sub(1)
        .and_then(|i| doc.words.get(i))
        .is_some_and(|p| kc.person_cue(doc.lang, p.folded));
    let alone_elsewhere = doc.words.iter().enumerate().any(|(k, w)| {
        k != next
            && w.folded == family.folded
            && w.cap
            && k.checked_sub(1)
                .and_then(|i| doc.words.get(i))
                .is_none_or(|p| p.folded != fold_str(surface))
    });
    cue_before || alone_elsewhere
}

/// Whether a Latin alias is a common word of one language: written in lower case with its
/// language (see [`common_word_ok`]). Its matches have rule `word`.
pub(crate) fn common_word(a: &Alias) -> bool {
    a.lang.is_some_and(|l| l != Lang::Zh)
        && !a.text.chars().any(char::is_uppercase)
        && !a.text.chars().any(is_cjk)
}

/// Whether an entity is a thing common words name (a commodity: a product whose label is
/// written in lower case, "cocoa"; a company's lower-case brand, "tesa", is no such thing): its
/// matches in common words or in Chinese have rule `word`, and name it only where no longer
/// name holds them ("Organizzazione internazionale del cacao", "国际可可组织").
pub(crate) fn named_by_common_words(e: &Entity) -> bool {
    e.kind == EntityKind::Product && !e.name.chars().any(char::is_uppercase)
}

/// Whether an alias written in lower case for one language (a common noun naming the entity:
/// a commodity, "cacao", "blé", "kakao") may name it here: only in that language's texts,
/// with its accents as written (French "maïs" is maize, "mais" the conjunction), and with a
/// capital only where the language capitalizes nouns, the word opens a sentence or the line is
/// in capitals ("Argento" in mid-sentence is a name). Every other alias passes.
fn common_word_ok(a: &Alias, surface: &str, doc: &Doc<'_>, first: Option<usize>) -> bool {
    let Some(lang) = a.lang.filter(|_| common_word(a)) else {
        return true;
    };
    if lang != doc.lang || has_diacritics(&a.text) != has_diacritics(surface) {
        return false;
    }
    !surface.chars().any(char::is_uppercase)
        || doc.cues.nouns_capitalized(lang)
        || surface
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        || first
            .and_then(|f| doc.words.get(f))
            .is_some_and(|w| w.initial)
}

fn accept(
    entities: &[Entity],
    idx: &Index,
    doc: &Doc<'_>,
    pid: usize,
    start: usize,
    end: usize,
) -> Option<(Cand, bool)> {
    let hay = doc.folded.as_str();
    let &(need_left, need_right) = idx.bounds.get(pid)?;
    if need_left && char_before(hay, start).is_some_and(is_word_char) {
        return None;
    }
    if need_right && char_at(hay, end).is_some_and(is_word_char) {
        // An inflection ending ("Metas") is tolerated where the language has it.
        let rest = hay.get(end..).unwrap_or("");
        let ok = end - start >= 3
            && (doc.cues.suffixes(doc.lang).iter().any(|s| {
                rest.starts_with(s.as_str()) && !char_at(rest, s.len()).is_some_and(is_word_char)
            }) || role_compound(doc, rest));
        if !ok {
            return None;
        }
    }
    let span = doc.folded.to_original(start, end);
    let surface = span.slice(doc.text)?;
    let has_upper = surface.chars().any(char::is_uppercase);
    let all_upper = surface
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let accented = has_diacritics(surface);
    let first = doc.word_at(span.start);
    let next = doc.word_from(span.end);
    // (A common word of the language written as an acronym only stands alone: with its
    // abbreviation's full stop, or after another capitalized word, "Reachy Mini", it is a word
    // or part of another name.)
    let not_alone = char_at(hay, end) == Some('.')
        || first
            .and_then(|f| f.checked_sub(1))
            .and_then(|p| doc.words.get(p))
            .is_some_and(|w| w.cap && w.end + 1 >= span.start);

    // (rank, language match, entity, alias, weak: a Chinese word-name with no organization
    // word or role after it, which needs the entity named elsewhere in the text)
    let mut best: Option<(u8, bool, usize, &Alias, bool)> = None;
    for &(ei, ai, variant) in idx.pats.get(pid)? {
        let Some(a) = entities.get(ei).and_then(|e| e.aliases.get(ai)) else {
            continue;
        };
        if variant && !every_word_capitalized(surface) {
            continue;
        }
        let cjk = a.text.chars().any(is_cjk);
        // A person's Chinese family name after an interpunct ends a full name the gazetteer
        // does not list ("加里·纳格尔"): the transliteration of the whole name decides whose it
        // is (`translit`), not the family name alone.
        // (Before an interpunct, it is another person's given name: "沃伦·巴菲特".)
        let interpunct = |c: Option<char>| c.is_some_and(|c| INTERPUNCTS.contains(&c));
        if cjk
            && !a.text.contains(INTERPUNCTS)
            && (interpunct(char_before(doc.text, span.start))
                || interpunct(char_at(doc.text, span.end)))
            && entities
                .get(ei)
                .is_some_and(|e| e.kind == EntityKind::Person)
        {
            continue;
        }
        let mut weak = false;
        if cjk && super::han::splits_a_bearing(hay, start, end) {
            continue;
        }
        let ok = if cjk {
            // "苹果CEO库克", "美的集团": a Chinese name that is also a word (or too short to
            // tell) links where a role or an organization word follows it; elsewhere only at a
            // word boundary on either side ("对美的", "美的表示"; not "完美的结局") and where the
            // text names the entity otherwise too (decided once every match is known, like
            // homographs).
            match a.form {
                AliasForm::Translation => {
                    if doc.role_follows(end) || super::han::org_word_follows(hay, end) {
                        true
                    } else {
                        weak = true;
                        super::han::word_starts_at(hay, start) || super::han::word_ends_at(hay, end)
                    }
                }
                AliasForm::Not => false,
                _ => true,
            }
        } else {
            match a.form {
                // (An acronym of one language's words links in that language's texts only:
                // French "CIO" is the IOC, English "CIO" a chief information officer.)
                AliasForm::Acronym => {
                    (all_upper || title_acronym(surface, doc, not_alone))
                        && a.lang.is_none_or(|l| l == doc.lang)
                }
                AliasForm::Label | AliasForm::Alias => {
                    let case_ok = if all_caps_name(a.text.trim()) {
                        caps_ok(surface, doc, not_alone)
                    } else {
                        has_upper || distinctive(a.text.trim())
                    };
                    // "Metà" is not "Meta": a short alias written without accents does not
                    // match a word that has them; nor does another language's short alias
                    // with accents a word without them (French "Côme" is Como, the Italian
                    // "Come ..." opens a sentence with "as").
                    let short = a.text.chars().count() <= 5;
                    let foreign = a.lang.is_some_and(|l| l != doc.lang);
                    let accents_ok = !(accented && !has_diacritics(&a.text) && short)
                        && !(foreign && short && !accented && has_diacritics(&a.text));
                    case_ok && accents_ok && common_word_ok(a, surface, doc, first)
                }
                AliasForm::Translation => first.is_some_and(|f| doc.naming_context(f, next)),
                AliasForm::Not => false,
            }
        };
        if !ok || given_name_of_person(entities.get(ei), surface, doc, first, next) {
            continue;
        }
        let rank = match a.form {
            AliasForm::Label => 0,
            AliasForm::Alias => 1,
            AliasForm::Acronym => 2,
            AliasForm::Translation | AliasForm::Not => 3,
        };
        let lang_match = a.lang.is_none_or(|l| l == doc.lang);
        let better = match best {
            None => true,
            Some((r, lm, _, _, w)) => (weak, rank, !lang_match) < (w, r, !lm),
        };
        if better {
            best = Some((rank, lang_match, ei, a, weak));
        }
    }
    let (_, _, ei, a, weak) = best?;
    let latin_name =
        !a.text.chars().any(is_cjk) && matches!(a.form, AliasForm::Label | AliasForm::Alias);
    let homograph = latin_name
        && (doc
            .cues
            .is_homograph_in(doc.lang, hay.get(start..end).unwrap_or(""))
            || (all_caps_name(a.text.trim())
                && surface.chars().any(char::is_lowercase)
                && !unpronounceable(surface)
                // "Ikea" is how the gazetteer writes IKEA too: no common word then.
                && !entities
                    .get(ei)
                    .is_some_and(|e| e.aliases.iter().any(|x| x.text.trim() == surface))));
    // A name officially written in lower case ("tesa", "vivo") that is also a common word
    // links, written in lower case in running text, only where the text names the entity
    // elsewhere too ("la corda tesa" is no tesa SE).
    let lower_word = latin_name
        && doc
            .cues
            .is_homograph_in(doc.lang, hay.get(start..end).unwrap_or(""))
        && doc.lang != Lang::Zh
        && !a.text.chars().any(char::is_uppercase)
        && !surface.chars().any(char::is_uppercase)
        && !first
            .and_then(|f| doc.words.get(f))
            .is_some_and(|w| w.in_cjk);
    // (An acronym written with one capital at a sentence's start may be a word there.)
    let title_case = a.form == AliasForm::Acronym && !all_upper;
    let tentative = weak
        || lower_word
        || (homograph || title_case)
            && doc.lang != Lang::Zh
            && first
                .and_then(|f| doc.words.get(f))
                .is_some_and(|w| w.initial && !w.in_cjk);
    let (score, rule) = match a.form {
        AliasForm::Label | AliasForm::Alias
            if entities.get(ei).is_some_and(named_by_common_words)
                && (common_word(a) || a.text.chars().any(is_cjk)) =>
        {
            (0.9, "word")
        }
        AliasForm::Label => (1.0, "exact"),
        AliasForm::Alias => (0.95, "alias"),
        AliasForm::Acronym => (0.85, "acronym"),
        AliasForm::Translation | AliasForm::Not => (0.75, "translation"),
    };
    let cand = Cand {
        span: Span::new(span.start, span.end),
        target: Target::Known(ei),
        score,
        rule,
        rank: 3,
    };
    Some((cand, tentative))
}
