//! Descriptive references to a company by its home: "der Konzern aus Clichy", "il gruppo
//! torinese", "le groupe allemand", "der Münchner Konzern", "die Franzosen", "该法国集团".
//!
//! Companies have homes as data (`data/gazetteer/homes.tsv`: a country and home places); the
//! words that describe a home are data per language (`data/gazetteer/descriptions.tsv`:
//! articles, company nouns, country adjectives, plural people nouns, city adjectives, the
//! prepositions before a place). A description names the company of that home that the
//! document named before it, only where exactly one did: never across documents, never when two
//! companies of one country (or city) are named, never where no company of that home is named
//! before it. Named or not, a home's adjective and a company noun never make a name of their
//! own ("der Pariser Konzern", "die Hamburger Optikerkette": [`trim_home_adjectives`]).
//! It must be definite (an article or demonstrative before it: "un groupe français" is a new
//! one), and an apposition is left to the name that follows it ("der französische Konzern
//! Michelin" links "Michelin"). Mentions have rule `description` and a lower score.

use std::sync::{Arc, OnceLock};

use super::gazetteer::Doc;
use super::words::{is_word_char, Word};
use super::{Entity, EntityKind, EntityMention};
use crate::error::Error;
use crate::lang::{is_han, Lang};
use crate::text::fold::fold_str;
use crate::text::hash::{FastMap, FastSet};
use crate::text::Span;

/// The score of a description's link: below a name's, at the bar claims take a subject at.
const SCORE: f64 = 0.7;
/// Words that may stand between a description's article and its origin word, or between its
/// noun and its origin word ("der größte französische Konzern", "le groupe pharmaceutique
/// français").
const MAX_FILLERS: usize = 2;
/// Han characters that may stand between an origin and its noun ("法国[轮胎]制造商").
const MAX_HAN_GAP: usize = 4;

/// Where a description places its company.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Origin {
    /// A country code.
    Country(String),
    /// A home place key.
    Place(String),
}

/// A company's home.
#[derive(Clone, Debug, Default)]
struct Home {
    country: String,
    places: Vec<String>,
}

/// A form of several folded words; the last may take an ending.
type Seq = Vec<String>;

/// One language's description words.
#[derive(Clone, Debug, Default)]
struct LangRules {
    adj_first: bool,
    dets: FastSet<String>,
    han_dets: Vec<String>,
    nouns: Vec<(Seq, bool)>,
    han_nouns: Vec<String>,
    noun_ends: Vec<String>,
    nots: Vec<(String, bool)>,
    froms: Vec<Seq>,
    adj_ends: Vec<String>,
    adjs: Vec<(Seq, Origin)>,
    han_adjs: Vec<(String, Origin)>,
    people: Vec<(Seq, String)>,
    han_companies: Vec<(String, String)>,
    homes: FastSet<String>,
    city_suffixes: Vec<String>,
    city_afters: Vec<String>,
    city_people: FastSet<String>,
}

/// The description rules and the companies' homes.
#[derive(Clone, Debug, Default)]
pub(crate) struct Rules {
    langs: FastMap<Lang, LangRules>,
    homes: FastMap<String, Home>,
}

fn data_error(name: &str, message: String) -> Error {
    Error::Data {
        name: name.to_string(),
        message,
    }
}

/// The folded words of a form ("d'oltralpe" -> ["d", "oltralpe"]).
fn seq(form: &str) -> Seq {
    fold_str(form)
        .split(|c: char| !is_word_char(c))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

impl Rules {
    /// The embedded rules and homes.
    pub(crate) fn embedded() -> Arc<Rules> {
        static R: OnceLock<Arc<Rules>> = OnceLock::new();
        R.get_or_init(|| {
            let mut r = Rules::default();
            let _ = r.add_rules(
                "data/gazetteer/descriptions.tsv",
                include_str!("../../data/gazetteer/descriptions.tsv"),
            );
            let _ = r.add_homes(
                "data/gazetteer/homes.tsv",
                include_str!("../../data/gazetteer/homes.tsv"),
            );
            Arc::new(r)
        })
        .clone()
    }

    /// Adds homes: `id`, `country`, `places` (`|` separated) per line.
    pub(crate) fn add_homes(&mut self, name: &str, src: &str) -> Result<(), Error> {
        for (n, line) in src.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let (id, country) = match cols.as_slice() {
                [id, c, ..] if !id.is_empty() => (*id, *c),
                _ => {
                    return Err(data_error(
                        name,
                        format!("line {}: expected id and country", n + 1),
                    ))
                }
            };
            let places = cols
                .get(2)
                .map(|p| {
                    p.split('|')
                        .map(str::trim)
                        .filter(|p| !p.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            self.homes.insert(
                id.to_string(),
                Home {
                    country: country.to_ascii_uppercase(),
                    places,
                },
            );
        }
        Ok(())
    }

    /// Adds description rules: `lang`, `kind`, `key`, `forms` per line.
    pub(crate) fn add_rules(&mut self, name: &str, src: &str) -> Result<(), Error> {
        for (n, line) in src.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let [lang, kind, key, forms, ..] = cols.as_slice() else {
                return Err(data_error(
                    name,
                    format!("line {}: expected 4 columns", n + 1),
                ));
            };
            let lang: Lang = lang
                .parse()
                .map_err(|_| data_error(name, format!("line {}: unknown language", n + 1)))?;
            let r = self.langs.entry(lang).or_default();
            let key = key.to_string();
            for form in forms.split('|').map(str::trim).filter(|f| !f.is_empty()) {
                let folded = fold_str(form);
                let han = folded.chars().any(is_han);
                match *kind {
                    "order" => r.adj_first = folded == "adj_noun",
                    "det" if han => r.han_dets.push(folded),
                    "det" => {
                        r.dets.insert(folded);
                    }
                    "noun" if han => r.han_nouns.push(folded),
                    "noun" => {
                        let tail = form.starts_with('*');
                        r.nouns.push((seq(form.trim_start_matches('*')), tail));
                    }
                    "noun_end" => r.noun_ends.push(folded),
                    "not" => {
                        let prefix = folded.ends_with('*');
                        r.nots
                            .push((folded.trim_end_matches('*').replace(' ', ""), prefix));
                    }
                    "from" => r.froms.push(seq(form)),
                    "adj_end" => r.adj_ends.push(folded),
                    "home" => {
                        r.homes.insert(form.to_ascii_uppercase());
                    }
                    "country" if han => r
                        .han_adjs
                        .push((folded, Origin::Country(key.to_ascii_uppercase()))),
                    "country" => r
                        .adjs
                        .push((seq(form), Origin::Country(key.to_ascii_uppercase()))),
                    "city_adj" if han => r.han_adjs.push((folded, Origin::Place(key.clone()))),
                    "city_adj" => r.adjs.push((seq(form), Origin::Place(key.clone()))),
                    "people" => r.people.push((seq(form), key.to_ascii_uppercase())),
                    "company" => r.han_companies.push((folded, key.to_ascii_uppercase())),
                    "city_suffix" => r.city_suffixes.push(folded),
                    "city_after" => r.city_afters.push(folded),
                    "city_people" => {
                        r.city_people.insert(folded);
                    }
                    other => {
                        return Err(data_error(
                            name,
                            format!("line {}: unknown kind {other:?}", n + 1),
                        ))
                    }
                }
            }
        }
        Ok(())
    }

    fn matches(&self, id: &str, origin: &Origin) -> bool {
        self.homes.get(id).is_some_and(|h| match origin {
            Origin::Country(c) => &h.country == c,
            Origin::Place(p) => h.places.iter().any(|q| q == p),
        })
    }
}

/// The names of the home places, from the gazetteer's places (or the key itself).
#[derive(Clone, Debug, Default)]
pub(crate) struct Places {
    /// Latin-script names as word sequences, with their place key.
    seqs: Vec<(Seq, String)>,
    /// One-word names, for adjectives made by a suffix.
    single: FastMap<String, Vec<String>>,
    /// Han names.
    han: Vec<(String, String)>,
}

impl Places {
    /// The names of every place some home names.
    pub(crate) fn build(rules: &Rules, entities: &[Entity]) -> Places {
        let mut keys: FastSet<&str> = FastSet::default();
        for h in rules.homes.values() {
            for p in &h.places {
                keys.insert(p.as_str());
            }
        }
        for r in rules.langs.values() {
            for o in r
                .adjs
                .iter()
                .map(|(_, o)| o)
                .chain(r.han_adjs.iter().map(|(_, o)| o))
            {
                if let Origin::Place(p) = o {
                    keys.insert(p.as_str());
                }
            }
        }
        let mut places = Places::default();
        for key in keys {
            let mut names: Vec<String> = Vec::new();
            if let Some(e) = entities
                .iter()
                .find(|e| e.id == key && e.kind == EntityKind::Place)
            {
                names.push(e.name.clone());
                names.extend(e.aliases.iter().map(|a| a.text.clone()));
            } else {
                names.push(key.replace('_', " "));
            }
            for n in names {
                let folded = fold_str(&n);
                if folded.chars().any(is_han) {
                    places.han.push((folded, key.to_string()));
                    continue;
                }
                let s = seq(&n);
                if s.is_empty() {
                    continue;
                }
                if let [one] = s.as_slice() {
                    let v = places.single.entry(one.clone()).or_default();
                    if !v.iter().any(|k| k == key) {
                        v.push(key.to_string());
                    }
                }
                places.seqs.push((s, key.to_string()));
            }
        }
        places
    }
}

/// A description found in the text.
struct Found {
    span: Span,
    origin: Origin,
    /// It opens a sentence or a clause ([`clause_start`]).
    clause: bool,
}

/// Whether the words from `i` spell `s` (the last word with one of `ends` allowed after it);
/// the index past the match.
fn seq_at(words: &[Word<'_>], i: usize, s: &[String], ends: &[String]) -> Option<usize> {
    if s.is_empty() {
        return None;
    }
    for (k, t) in s.iter().enumerate() {
        let w = words.get(i + k)?;
        if k > 0 && !w.joined {
            return None;
        }
        let last = k + 1 == s.len();
        let ok = w.folded == t.as_str()
            || (last
                && w.folded
                    .strip_prefix(t.as_str())
                    .is_some_and(|rest| ends.iter().any(|e| e == rest)));
        if !ok {
            return None;
        }
    }
    Some(i + s.len())
}

impl LangRules {
    /// A company noun at word `i`: the index past it.
    fn noun_at(&self, words: &[Word<'_>], i: usize) -> Option<usize> {
        let w = words.get(i)?;
        if self.nots.iter().any(|(n, prefix)| {
            if *prefix {
                w.folded.starts_with(n.as_str())
            } else {
                w.folded == n.as_str()
            }
        }) {
            return None;
        }
        // A multi-word "not" ("casa madre").
        if let Some(next) = words.get(i + 1) {
            // (The two words written together, compared without building them.)
            let (a, b) = (w.folded, next.folded);
            let two = |n: &str| n.len() == a.len() + b.len() && n.starts_with(a) && n.ends_with(b);
            if next.joined && self.nots.iter().any(|(n, p)| !p && two(n)) {
                return None;
            }
        }
        self.nouns
            .iter()
            .filter_map(|(s, tail)| {
                if let (true, [one]) = (*tail, s.as_slice()) {
                    // The end of a compound, with an inflection ending.
                    let f = w.folded;
                    let ok = f.ends_with(one.as_str())
                        || self.noun_ends.iter().any(|e| {
                            f.strip_suffix(e.as_str())
                                .is_some_and(|stem| stem.ends_with(one.as_str()))
                        });
                    return ok.then_some(i + 1);
                }
                seq_at(words, i, s, &self.noun_ends)
            })
            .max()
    }

    /// A country or city adjective at word `i` (the index past it and its origin).
    fn adj_at(&self, words: &[Word<'_>], i: usize, places: &Places) -> Option<(usize, Origin)> {
        let mut best: Option<(usize, Origin)> = None;
        for (s, o) in &self.adjs {
            if let Some(end) = seq_at(words, i, s, &self.adj_ends) {
                if best.as_ref().is_none_or(|(b, _)| end > *b) {
                    best = Some((end, o.clone()));
                }
            }
        }
        if best.is_some() {
            return best;
        }
        let w = words.get(i)?;
        // "Wolfsburger": a place's one-word name and the suffix, capitalized.
        if w.cap {
            for suf in &self.city_suffixes {
                if let Some(keys) = w
                    .folded
                    .strip_suffix(suf.as_str())
                    .and_then(|stem| places.single.get(stem))
                {
                    if let [key] = keys.as_slice() {
                        return Some((i + 1, Origin::Place(key.clone())));
                    }
                }
            }
        }
        // "the Munich-based group": a place's name and a word after it.
        if !self.city_afters.is_empty() && w.cap {
            for (s, key) in &places.seqs {
                if let Some(end) = seq_at(words, i, s, &[]) {
                    if words
                        .get(end)
                        .is_some_and(|a| a.joined && self.city_afters.iter().any(|c| c == a.folded))
                    {
                        return Some((end + 1, Origin::Place(key.clone())));
                    }
                }
            }
        }
        None
    }

    /// A place's name after a preposition at word `i`: the index past it and its key.
    fn place_after(
        &self,
        words: &[Word<'_>],
        i: usize,
        places: &Places,
    ) -> Option<(usize, Origin)> {
        for f in &self.froms {
            let Some(p) = seq_at(words, i, f, &[]) else {
                continue;
            };
            if words.get(p).is_none_or(|w| !w.joined || !w.cap) {
                continue;
            }
            let mut best: Option<(usize, &String)> = None;
            for (s, key) in &places.seqs {
                if let Some(end) = seq_at(words, p, s, &[]) {
                    if best.is_none_or(|(b, _)| end > b) {
                        best = Some((end, key));
                    }
                }
            }
            // The whole name: "aus Frankfurt" but not "aus Frankfurt Oder".
            if let Some((end, key)) = best {
                if words
                    .get(end)
                    .is_none_or(|w| !(w.joined && w.cap && !w.initial))
                    || self.adj_first
                {
                    return Some((end, Origin::Place(key.clone())));
                }
            }
        }
        None
    }

    /// A plural people noun at word `i` for a company ("die Franzosen").
    fn people_at(&self, words: &[Word<'_>], i: usize) -> Option<(usize, Origin)> {
        self.people.iter().find_map(|(s, c)| {
            if self.homes.contains(c) {
                return None;
            }
            let end = seq_at(words, i, s, &[])?;
            Some((end, Origin::Country(c.clone())))
        })
    }

    /// A word that may stand inside a description: a plain lower-case word, no article nor
    /// preposition.
    fn filler(&self, w: &Word<'_>) -> bool {
        w.joined
            && w.lower
            && !w.digit
            && w.folded.chars().count() >= 3
            && !self.dets.contains(w.folded)
            && !self
                .froms
                .iter()
                .any(|f| f.first().is_some_and(|t| t == w.folded))
    }
}

/// "die Zürcher Implenia": where adjectives are capitalized only in names (German), a home
/// place's adjective ("Zürcher", "Münchner", "Wolfsburger") before a discovered name is no part
/// of it where the text writes the rest without it too ("Implenia baut"): the name is the rest.
pub(crate) fn trim_home_adjectives(
    rules: &Rules,
    places: &Places,
    doc: &Doc<'_>,
    cands: &mut [super::Cand],
) {
    if !doc.cues.nouns_capitalized(doc.lang) {
        return;
    }
    let Some(r) = rules.langs.get(&doc.lang) else {
        return;
    };
    let words = doc.words;
    for c in cands.iter_mut() {
        let super::Target::New { kind, .. } = &c.target else {
            continue;
        };
        // (A body's name keeps its adjectives: "Deutsches Zentrum für ...".)
        if c.rule == "institution" {
            continue;
        }
        let i = doc.word_from(c.span.start);
        let (Some(adj), Some(next)) = (words.get(i), words.get(i + 1)) else {
            continue;
        };
        if adj.start != c.span.start || next.end > c.span.end || !next.joined || next.hyphen {
            continue;
        }
        let Some((end, origin)) = r.adj_at(words, i, places) else {
            continue;
        };
        if end != i + 1 {
            continue;
        }
        // A company noun after it makes a description, never a name of its own ("der
        // Wolfsburger Konzern", "die Hamburger Optikerkette", "dem Schweizer Pharmakonzern
        // Novartis"): it names a company the text named (see [`apply`]) or nothing.
        if next.end == c.span.end && r.noun_at(words, i + 1) == Some(i + 2) {
            c.target = super::Target::Nothing;
            continue;
        }
        if !matches!(origin, Origin::Place(_)) {
            continue;
        }
        // A word with a letter the language does not write is no common noun of it: a
        // foreign name ("die Berliner Charité", "im Pariser Musée d'Orsay"), the adjective no
        // part of it, whether the text writes it alone or not.
        let foreign = doc
            .text
            .get(next.start..next.end)
            .is_some_and(|w| crate::lang::LangProfile::embedded(doc.lang).foreign_letters(w));
        // (Another common noun after it makes a description too: "im Frankfurter Handel".)
        if !foreign
            && (r.noun_at(words, i + 1).is_some()
                || super::kinds::KindCues::embedded().noun_like(doc.lang, next.folded)
                || doc.cues.is_common(next.folded))
        {
            continue;
        }
        // (The rest's first word elsewhere, not after the adjective.)
        let alone = foreign
            || words.iter().enumerate().any(|(k, w)| {
                k != i + 1
                    && w.folded == next.folded
                    && k.checked_sub(1)
                        .and_then(|p| words.get(p))
                        .is_none_or(|p| p.folded != adj.folded)
            });
        if !alone {
            continue;
        }
        let span = Span::new(next.start, c.span.end);
        let Some(name) = span.slice(doc.text) else {
            continue;
        };
        let key = super::gazetteer::name_tokens(&fold_str(name)).join(" ");
        if key.is_empty() {
            continue;
        }
        c.target = super::Target::New {
            key,
            name: name.to_string(),
            kind: *kind,
        };
        c.span = span;
    }
}

/// Whether a description starting at `at` opens a sentence or a clause (the subject's place:
/// after a comma, a colon, a dash or a bracket). A description elsewhere is left to the
/// claims' reading of references, which takes the nearest company named before it: "M. X a
/// quitté le fabricant néerlandais" must not make the Dutch company the last one named.
fn clause_start(text: &str, at: usize, initial: bool) -> bool {
    if initial {
        return true;
    }
    let before = text.get(..at).unwrap_or("").trim_end();
    before.is_empty()
        || before.ends_with([
            ',', ';', ':', '(', '\u{2013}', '\u{2014}', '，', '；', '：', '。', '（', '“', '「',
            '"', '«', '\n', '.', '!', '?', '！', '？',
        ])
}

/// Descriptions in Latin-script text.
fn latin(r: &LangRules, doc: &Doc<'_>, places: &Places) -> Vec<Found> {
    // An elided article or preposition is joined to its word ("l'azienda", "d'oltralpe").
    let words: Vec<Word<'_>> = doc
        .words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let mut w = w.clone();
            let prev = i.checked_sub(1).and_then(|p| doc.words.get(p));
            if prev.is_some_and(|p| {
                matches!(
                    doc.text.get(p.end..w.start),
                    Some("'" | "\u{2019}" | "\u{2bc}")
                )
            }) {
                w.joined = true;
            }
            w
        })
        .collect();
    let words = words.as_slice();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(det) = words.get(i) else {
            break;
        };
        if !r.dets.contains(det.folded) {
            i += 1;
            continue;
        }
        let clause = clause_start(doc.text, det.start, det.initial);
        let j = i + 1;
        if words.get(j).is_none_or(|w| !w.joined) {
            i += 1;
            continue;
        }
        let mut hit: Option<(usize, usize, Origin)> = None;
        if r.adj_first {
            // [fillers] adjective noun.
            let mut p = j;
            while hit.is_none() && p <= j + MAX_FILLERS {
                if let Some((q, origin)) = r.adj_at(words, p, places) {
                    if let Some(end) = r.noun_at(words, q) {
                        hit = Some((p, end, origin));
                    }
                }
                if words.get(p).is_none_or(|w| !r.filler(w)) {
                    break;
                }
                p += 1;
            }
        } else {
            // noun [fillers] adjective.
            if let Some(q) = r.noun_at(words, j) {
                let mut p = q;
                while hit.is_none() && p <= q + MAX_FILLERS {
                    if let Some((end, origin)) = r.adj_at(words, p, places) {
                        if words.get(p).is_some_and(|w| w.joined) {
                            hit = Some((j, end, origin));
                        }
                    }
                    if words.get(p).is_none_or(|w| !r.filler(w)) {
                        break;
                    }
                    p += 1;
                }
            }
        }
        // noun preposition place: "der Konzern aus Clichy".
        if hit.is_none() {
            if let Some(q) = r.noun_at(words, j) {
                if let Some((end, origin)) = r.place_after(words, q, places) {
                    hit = Some((j, end, origin));
                }
            }
        }
        // The people: "die Franzosen", not "die Schweizer Bank".
        if hit.is_none() {
            if let Some((end, origin)) = r.people_at(words, j) {
                let next_noun = words
                    .get(end)
                    .is_some_and(|w| w.joined && w.cap && !w.initial);
                if !next_noun {
                    hit = Some((j, end, origin));
                }
            }
        }
        // A city's people: "die Mailänder" (where its adjective is its people's noun too).
        if hit.is_none() && r.city_people.contains(det.folded) {
            if let Some((end, Origin::Place(p))) = r.adj_at(words, j, places) {
                let capital = words.get(j).is_some_and(|w| w.cap);
                let next_noun = words
                    .get(end)
                    .is_some_and(|w| w.joined && w.cap && !w.initial);
                if end == j + 1 && capital && !next_noun {
                    hit = Some((j, end, Origin::Place(p)));
                }
            }
        }
        match hit {
            Some((a, b, origin)) => {
                if let (Some(first), Some(last)) =
                    (words.get(a), b.checked_sub(1).and_then(|k| words.get(k)))
                {
                    // An apposition: a capitalized word right after it is the name itself
                    // ("il gruppo francese Michelin"), where only names are capitalized.
                    let named_next = words.get(b).is_some_and(|w| {
                        w.joined && !w.initial && (w.camel || w.upper || (w.cap && !r.adj_first))
                    });
                    if !named_next {
                        out.push(Found {
                            span: Span::new(first.start, last.end),
                            origin,
                            clause,
                        });
                    }
                }
                i = b.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// The end of a company noun a few Han characters at most after `after` in the folded text.
fn han_noun_after(r: &LangRules, f: &str, after: usize) -> Option<usize> {
    let tail = f.get(after..)?;
    for (gap, (k, c)) in tail.char_indices().enumerate() {
        if let Some(n) = r
            .han_nouns
            .iter()
            .find(|n| tail.get(k..).is_some_and(|t| t.starts_with(n.as_str())))
        {
            return Some(after + k + n.len());
        }
        if !is_han(c) || gap >= MAX_HAN_GAP {
            break;
        }
    }
    None
}

/// Chinese descriptions right before a name, their apposition ("收购意大利快递公司BRT"): an
/// origin, a few characters and a company noun, with no demonstrative. Their spans.
fn han_appositions(r: &LangRules, doc: &Doc<'_>, found: &[EntityMention]) -> Vec<Span> {
    let f = doc.folded.as_str();
    let mut out = Vec::new();
    for (name, _) in &r.han_adjs {
        for (at, _) in f.match_indices(name.as_str()) {
            let Some(end) = han_noun_after(r, f, at + name.len()) else {
                continue;
            };
            let span = doc.folded.to_original(at, end);
            if found.iter().any(|m| m.span.start == span.end) {
                out.push(span);
            }
        }
    }
    out
}

/// Descriptions in Chinese text: a demonstrative, an origin, up to a few characters and a
/// company noun ("该法国轮胎制造商"), or a demonstrative and a one-word description ("该法企").
fn han(r: &LangRules, doc: &Doc<'_>, places: &Places) -> Vec<Found> {
    let f = doc.folded.as_str();
    let mut out = Vec::new();
    // (Borrowed: an origin is copied only where a description has it.)
    let mut origins: Vec<(&str, Result<&Origin, &String>)> = r
        .han_adjs
        .iter()
        .map(|(a, o)| (a.as_str(), Ok(o)))
        .collect();
    origins.extend(places.han.iter().map(|(n, k)| (n.as_str(), Err(k))));
    for det in &r.han_dets {
        for (at, _) in f.match_indices(det.as_str()) {
            let start = doc.folded.to_original(at, at).start;
            let clause = clause_start(doc.text, start, false);
            let p = at + det.len();
            let Some(rest) = f.get(p..) else {
                continue;
            };
            if let Some((word, c)) = r
                .han_companies
                .iter()
                .find(|(w, _)| rest.starts_with(w.as_str()))
            {
                out.push(Found {
                    span: doc.folded.to_original(p, p + word.len()),
                    origin: Origin::Country(c.clone()),
                    clause,
                });
                continue;
            }
            let Some((name, origin)) = origins
                .iter()
                .filter(|(n, _)| rest.starts_with(n))
                .max_by_key(|(n, _)| n.len())
            else {
                continue;
            };
            if let Some(end) = han_noun_after(r, f, p + name.len()) {
                out.push(Found {
                    span: doc.folded.to_original(p, end),
                    origin: match origin {
                        Ok(o) => (*o).clone(),
                        Err(k) => Origin::Place((*k).clone()),
                    },
                    clause,
                });
            }
        }
    }
    out.sort_by_key(|d| (d.span.start, d.span.end));
    out
}

/// Adds the descriptions of `doc` that name exactly one company the document names.
pub(crate) fn apply(
    rules: &Rules,
    places: &Places,
    entities: &[Entity],
    by_id: &dyn Fn(&str) -> Option<usize>,
    doc: &Doc<'_>,
    found: &mut Vec<EntityMention>,
) {
    let Some(r) = rules.langs.get(&doc.lang) else {
        return;
    };
    if doc.lang == Lang::Zh {
        // A description before its name is no name of its own: a name discovered in it goes,
        // with its other mentions.
        let spans = han_appositions(r, doc, found);
        let gone: FastSet<String> = found
            .iter()
            .filter(|m| {
                m.id.starts_with("new:")
                    && spans
                        .iter()
                        .any(|s| s.start <= m.span.start && m.span.end <= s.end)
            })
            .map(|m| m.id.clone())
            .collect();
        found.retain(|m| !gone.contains(&m.id));
    }
    // The companies with a home the document names, each with where it is first named.
    let mut named: Vec<(&str, usize)> = Vec::new();
    for m in found
        .iter()
        .filter(|m| m.kind == EntityKind::Organization && rules.homes.contains_key(&m.id))
    {
        if !named.iter().any(|(id, _)| *id == m.id) {
            named.push((m.id.as_str(), m.span.end));
        }
    }
    if named.is_empty() {
        return;
    }
    let descriptions = if doc.lang == Lang::Zh {
        han(r, doc, places)
    } else {
        latin(r, doc, places)
    };
    let mut added: Vec<EntityMention> = Vec::new();
    for d in descriptions {
        // Only a company named before it: a description refers back.
        let mut fits = named
            .iter()
            .filter(|(id, end)| *end <= d.span.start && rules.matches(id, &d.origin))
            .map(|(id, _)| id);
        let (Some(id), None) = (fits.next(), fits.next()) else {
            continue;
        };
        let Some(e) = by_id(id).and_then(|i| entities.get(i)) else {
            continue;
        };
        // Inside a clause (an object, or a subject after its verb), only the company named
        // last: claims read a later reference ("la start-up") as the company named last, and
        // "M. X a quitté le fabricant néerlandais" must not make another one that.
        if !d.clause
            && found
                .iter()
                .rev()
                .find(|m| m.span.end <= d.span.start && m.kind == EntityKind::Organization)
                .is_none_or(|m| {
                    // The company or one of its branches ("Michelin Reifenwerke").
                    m.id != e.id
                        && !m
                            .name
                            .strip_prefix(e.name.as_str())
                            .is_some_and(|rest| rest.starts_with(' '))
                })
        {
            continue;
        }
        // Only places and unsure discovered names give way to it; a name right after it is
        // its apposition.
        let overlapping: Vec<&EntityMention> =
            found.iter().filter(|m| m.span.overlaps(&d.span)).collect();
        if overlapping.iter().any(|m| {
            !(m.kind == EntityKind::Place || (m.id.starts_with("new:") && m.score < SCORE))
        }) {
            continue;
        }
        let text = doc.text;
        let gap_end = text
            .get(d.span.end..)
            .map(|t| d.span.end + (t.len() - t.trim_start().len()))
            .unwrap_or(d.span.end);
        if found.iter().any(|m| m.span.start == gap_end) {
            continue;
        }
        added.push(EntityMention {
            span: d.span,
            id: e.id.clone(),
            name: e.name.clone(),
            kind: EntityKind::Organization,
            score: SCORE,
            rule: "description".to_string(),
        });
    }
    if added.is_empty() {
        return;
    }
    found.retain(|m| !added.iter().any(|a| a.span.overlaps(&m.span)));
    found.extend(added);
    found.sort_by_key(|m| (m.span.start, m.span.end));
}

#[cfg(test)]
mod tests {
    use crate::{Gazetteer, Lang};

    /// (surface, id) of the descriptions found.
    fn described(text: &str, lang: Lang) -> Vec<(String, String)> {
        Gazetteer::embedded()
            .link(text, lang)
            .into_iter()
            .filter(|m| m.rule == "description")
            .map(|m| (m.span.slice(text).unwrap_or("").to_string(), m.id))
            .collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn country_adjectives() {
        assert_eq!(
            described(
                "Danone hat den Umsatz gesteigert. Der französische Lebensmittelkonzern erwartet mehr.",
                Lang::De
            ),
            pairs(&[("französische Lebensmittelkonzern", "danone")])
        );
        assert_eq!(
            described(
                "Siemens ha chiuso il trimestre. Il colosso tedesco prevede utili in calo.",
                Lang::It
            ),
            pairs(&[("colosso tedesco", "siemens")])
        );
        assert_eq!(
            described(
                "Bayer supprime des postes. Le groupe pharmaceutique allemand vise 2 milliards.",
                Lang::Fr
            ),
            pairs(&[("groupe pharmaceutique allemand", "bayer")])
        );
        assert_eq!(
            described("雀巢公布业绩。该瑞士食品集团表示，销售额增长。", Lang::Zh),
            pairs(&[("瑞士食品集团", "nestle")])
        );
        assert_eq!(
            described("雀巢公布業績。這家瑞士公司表示，銷售額增長。", Lang::Zh),
            pairs(&[("瑞士公司", "nestle")])
        );
    }

    #[test]
    fn home_places() {
        assert_eq!(
            described(
                "Bei BASF sinkt der Gewinn. Der Ludwigshafener Chemiekonzern spart.",
                Lang::De
            ),
            pairs(&[("Ludwigshafener Chemiekonzern", "basf")])
        );
        assert_eq!(
            described(
                "Renk liefert Getriebe. Der Konzern aus Augsburg wächst.",
                Lang::De
            ),
            pairs(&[("Konzern aus Augsburg", "renk")])
        );
        assert_eq!(
            described(
                "Lavazza cresce all'estero. L'azienda torinese punta sugli Stati Uniti.",
                Lang::It
            ),
            pairs(&[("azienda torinese", "lavazza")])
        );
        assert_eq!(
            described(
                "Le azioni di Puma salgono. Il gruppo di Herzogenaurach conta 20.000 dipendenti.",
                Lang::It
            ),
            pairs(&[("gruppo di Herzogenaurach", "puma")])
        );
        assert_eq!(
            described(
                "Groupe Casino cède des magasins. Le distributeur stéphanois réduit sa dette.",
                Lang::Fr
            ),
            pairs(&[("distributeur stéphanois", "groupe_casino")])
        );
    }

    #[test]
    fn city_adjectives_in_german() {
        // A company in a great city's suburbs belongs to the city too.
        assert_eq!(
            described(
                "Renault hat den Absatz gesteigert. Der Pariser Autobauer erwartet mehr.",
                Lang::De
            ),
            pairs(&[("Pariser Autobauer", "renault")])
        );
        // A bank is an "Institut".
        assert_eq!(
            described(
                "Unicredit erhöht den Druck auf die Commerzbank. Das Frankfurter Institut lehnt ab.",
                Lang::De
            ),
            pairs(&[("Frankfurter Institut", "commerzbank")])
        );
        // A city's people for its company.
        assert_eq!(
            described(
                "Die Commerzbank prüft das Angebot von Unicredit. Die Mailänder wollen bald entscheiden.",
                Lang::De
            ),
            pairs(&[("Mailänder", "unicredit")])
        );
        // (Not with a noun after it, nor a single person.)
        assert!(described(
            "Unicredit wächst. Die Mailänder Börse schließt fester, der Mailänder Bürgermeister lobt.",
            Lang::De
        )
        .is_empty());
    }

    #[test]
    fn descriptions_are_no_names() {
        // Whether or not it names a company the text named, a home's adjective and a company
        // noun never make a name of their own.
        let cases = [
            "Die Hamburger Reederei meldet einen Rekord.",
            "Renault verkauft mehr. Ein Pariser Unternehmen will kaufen.",
            "Der Umsatz des Augsburger Maschinenbauers steigt.",
            "Morgen berät der Münchner Konzern über die Dividende.",
        ];
        for text in cases {
            let linked = Gazetteer::embedded().link(text, Lang::De);
            assert!(
                linked.iter().all(|m| m.rule == "description"
                    || m.span.slice(text).is_some_and(|s| !s.contains("er "))),
                "{text}: {linked:?}"
            );
        }
    }

    #[test]
    fn a_chinese_description_before_its_name_is_no_name() {
        let text = "京东物流收购荷兰物流公司Velmora。荷兰物流公司的员工约有3000名。";
        let surfaces: Vec<String> = Gazetteer::embedded()
            .link(text, Lang::Zh)
            .into_iter()
            .filter(|m| m.kind == crate::EntityKind::Organization)
            .map(|m| m.span.slice(text).unwrap_or("").to_string())
            .collect();
        assert_eq!(surfaces, ["京东物流", "Velmora"]);
    }

    #[test]
    fn people_for_a_company() {
        assert_eq!(
            described(
                "Bei Carrefour sinkt der Umsatz. Die Franzosen wollen sparen.",
                Lang::De
            ),
            pairs(&[("Franzosen", "carrefour")])
        );
        // The text's own people are people.
        assert!(described(
            "Henkel investiert. Die Deutschen sparen mehr als früher.",
            Lang::De
        )
        .is_empty());
        // A people word before a noun is an adjective of that noun.
        assert!(described(
            "Lindt erhöht die Preise. Die Schweizer Notenbank senkt den Zins.",
            Lang::De
        )
        .is_empty());
    }

    #[test]
    fn no_false_links() {
        // (why no description links, text, language)
        let cases = [
            (
                "two companies of one country",
                "Danone und Carrefour verhandeln. Der französische Konzern will mehr.",
                Lang::De,
            ),
            (
                "no company of that country",
                "Siemens verhandelt. Der französische Konzern will mehr.",
                Lang::De,
            ),
            (
                "a demonym of a person",
                "Danone wächst. Der Franzose Macron lobt die Firma.",
                Lang::De,
            ),
            (
                "a city adjective of a person or a team",
                "Lavazza cresce. Il torinese Rossi guida il club torinese.",
                Lang::It,
            ),
            (
                "a city adjective of a person or a team",
                "BMW wächst. Der Münchner Trainer lobt den Münchner Verein.",
                Lang::De,
            ),
            (
                "indefinite: a new company",
                "Danone wächst. Ein französischer Konzern will kaufen.",
                Lang::De,
            ),
            (
                "an apposition: the name follows",
                "Danone wächst. Der französische Konzern Danone will kaufen.",
                Lang::De,
            ),
            (
                "an apposition: the name follows",
                "Michelin cresce. Il gruppo francese Michelin vuole comprare.",
                Lang::It,
            ),
            (
                "a description refers back: the company is named only after it",
                "Der Pariser Konzern meldet Zahlen. Renault wächst.",
                Lang::De,
            ),
            (
                "a description refers back: the company is named only after it",
                "Le groupe clermontois annonce des résultats. Michelin confirme.",
                Lang::Fr,
            ),
            (
                "a central bank is no bank of the country's companies",
                "BNP Paribas wächst. Die französische Zentralbank warnt.",
                Lang::De,
            ),
        ];
        for (why, text, lang) in cases {
            assert_eq!(described(text, lang), pairs(&[]), "{why}: {text}");
        }
    }
}
