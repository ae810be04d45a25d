//! Generic names that several countries' parties, chambers or public bodies share ("the
//! Greens", "绿党", "Senato", "民主党", "国会"): such a name links to the one entity of that name
//! whose country's politics the text names (data in `data/gazetteer/generic.tsv`).
//!
//! The evidence, strongest first: the entity itself named otherwise in the text ("Bündnis
//! 90/Die Grünen ... die Grünen"); another entity of the same country's politics named (a
//! party, a chamber, an electoral body: "la Spd ... i Verdi"), or another generic name that
//! can only be that country's ("Republicans ... Democrats"); for a Chinese name, the country
//! itself named ("德国 ... 绿党"). A party's name in brackets after a politician's ("Anna Rossi
//! (Grüne)") is a party tag: the country named decides, or else the country whose politics the
//! language's press writes about (lines `press`). The strongest evidence must point to one entity; two
//! countries' entities named equally, or none, and the name links nothing. A Latin name
//! written with a capital in the data matches only capitalized ("Verdi", never "verdi").

use aho_corasick::{AhoCorasick, MatchKind};
use indexmap::{IndexMap, IndexSet};

use super::gazetteer::whole_word;
use super::gazetteer::{AliasForm, Doc, Entity, Index};
use super::words::is_cjk;
use super::{Cand, Target};
use crate::lang::Lang;
use crate::text::fold::fold_str;
use crate::text::Span;

/// One generic name: whether it must be capitalized, and the entities it may name, each with
/// the language it is written in (`None`: every language).
#[derive(Clone, Debug, Default)]
struct Name {
    capital: bool,
    cjk: bool,
    entities: Vec<(Option<Lang>, String)>,
}

/// The generic names and the countries of the entities they name.
#[derive(Clone, Debug, Default)]
pub(crate) struct Generic {
    names: Vec<Name>,
    /// Entity id to its country's entity id.
    homes: IndexMap<String, String>,
    /// The country whose politics a language's press tags its politicians with (line `press`).
    press: IndexMap<Lang, String>,
    ac: Option<AhoCorasick>,
}

impl Generic {
    /// The embedded table (`data/gazetteer/generic.tsv`).
    pub(crate) fn embedded() -> &'static Generic {
        static G: std::sync::OnceLock<Generic> = std::sync::OnceLock::new();
        G.get_or_init(|| Generic::parse(include_str!("../../data/gazetteer/generic.tsv")))
    }

    /// Reads the table; malformed lines are skipped.
    fn parse(src: &str) -> Generic {
        let mut by_name: IndexMap<String, Name> = IndexMap::new();
        let mut homes = IndexMap::new();
        let mut press = IndexMap::new();
        for line in src.lines() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t').map(str::trim);
            let (Some(a), Some(b), Some(c)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            if a == "home" {
                homes.insert(b.to_string(), c.to_string());
                continue;
            }
            if a == "press" {
                if let Ok(l) = b.parse::<Lang>() {
                    press.insert(l, c.to_string());
                }
                continue;
            }
            let lang = match a {
                "*" => None,
                l => match l.parse::<Lang>() {
                    Ok(l) => Some(l),
                    Err(_) => continue,
                },
            };
            let folded = fold_str(b);
            if folded.chars().count() < 2 {
                continue;
            }
            let name = by_name.entry(folded.clone()).or_default();
            name.cjk = folded.chars().any(is_cjk);
            // (Capitalized only where every line writes it so.)
            let capital = b.chars().next().is_some_and(char::is_uppercase);
            name.capital = capital && (name.capital || name.entities.is_empty());
            let item = (lang, c.to_string());
            if !name.entities.contains(&item) {
                name.entities.push(item);
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(by_name.keys())
            .ok();
        Generic {
            names: by_name.into_values().collect(),
            homes,
            press,
            ac,
        }
    }

    /// Adds a candidate for every generic name of the text that the text's politics decide,
    /// where no other candidate covers it.
    pub(crate) fn apply(
        &self,
        entities: &[Entity],
        idx: &Index,
        doc: &Doc<'_>,
        cands: &mut Vec<Cand>,
    ) {
        let Some(ac) = self.ac.as_ref() else {
            return;
        };
        let hay = doc.folded.as_str();
        // The entities the text names, and the countries whose politics it names.
        let named: IndexSet<usize> = cands
            .iter()
            .filter_map(|c| match c.target {
                Target::Known(e) => Some(e),
                Target::New { .. } | Target::Nothing => None,
            })
            .collect();
        let named_homes: IndexSet<&str> = named
            .iter()
            .filter_map(|&e| entities.get(e))
            .filter_map(|e| self.homes.get(&e.id).map(String::as_str))
            .collect();
        let mut countries: IndexMap<&str, bool> = IndexMap::new();
        // The generic names that may link here: (name's index, span, party tag).
        let mut matches = Vec::new();
        for m in ac.find_iter(hay) {
            let Some(name) = self.names.get(m.pattern().as_usize()) else {
                continue;
            };
            let (start, end) = (m.start(), m.end());
            let bounded = if name.cjk {
                super::han::word_starts_at(hay, start) || super::han::word_ends_at(hay, end)
            } else {
                whole_word(hay, start, end)
            };
            if !bounded {
                continue;
            }
            let span = doc.folded.to_original(start, end);
            let Some(surface) = span.slice(doc.text) else {
                continue;
            };
            if name.capital && !surface.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            if cands
                .iter()
                .any(|c| c.span.start < span.end && span.start < c.span.end)
            {
                continue;
            }
            // A public body's head noun ("Commissione", "Commission") heads a longer name where
            // a capitalized word or a word continuing a name follows ("Commissione Bilancio",
            // "Commission de régulation de l'énergie"): not the generic name.
            if !name.cjk && continued_name(doc, span.end, cands) {
                continue;
            }
            // A party's name in brackets right after a politician's ("Anna Rossi (Verdi)") is
            // a party tag: the country named, or the one the language's press writes about.
            let tag = doc.text.get(..span.start).is_some_and(|b| b.ends_with('('))
                && doc.text.get(span.end..).is_some_and(|a| a.starts_with(')'))
                && doc
                    .text
                    .get(..span.start.saturating_sub(1))
                    .is_some_and(ends_with_full_name);
            matches.push((m.pattern().as_usize(), span, tag));
        }
        // The country two different generic names point to, one of them to it alone
        // ("Republicans ... Democrats", "Senate ... Republicans": the United States), is named
        // too.
        let mut alone: IndexMap<&str, IndexSet<usize>> = IndexMap::new();
        let mut any: IndexMap<&str, IndexSet<usize>> = IndexMap::new();
        for &(n, _, _) in &matches {
            let Some(name) = self.names.get(n) else {
                continue;
            };
            let homes: IndexSet<&str> = name
                .entities
                .iter()
                .filter(|(l, id)| {
                    l.is_none_or(|l| l == doc.lang) && idx.by_id.contains_key(id.as_str())
                })
                .filter_map(|(_, id)| self.homes.get(id.as_str()).map(String::as_str))
                .collect();
            if let (Some(&h), 1) = (homes.first(), homes.len()) {
                alone.entry(h).or_default().insert(n);
            }
            for h in homes {
                any.entry(h).or_default().insert(n);
            }
        }
        let mut found = Vec::new();
        for (n, span, tag) in matches {
            let Some(name) = self.names.get(n) else {
                continue;
            };
            // (Another name alone there, or this one alone there and another that may be.)
            let other = |m: &IndexMap<&str, IndexSet<usize>>, h: &str| {
                m.get(h).is_some_and(|v| v.iter().any(|&o| o != n))
            };
            let corroborated = |h: &str| {
                other(&alone, h) || (alone.get(h).is_some_and(|v| v.contains(&n)) && other(&any, h))
            };
            // (tier, entity) of every entity the name may name here.
            let mut best: Option<(u8, usize)> = None;
            let mut tie = false;
            for (lang, id) in &name.entities {
                if lang.is_some_and(|l| l != doc.lang) {
                    continue;
                }
                let Some(&ei) = idx.by_id.get(id.as_str()) else {
                    continue;
                };
                let home = self.homes.get(id.as_str()).map(String::as_str);
                let tier = if named.contains(&ei) {
                    4
                } else if home.is_some_and(|h| named_homes.contains(h) || corroborated(h)) {
                    3
                } else if (name.cjk || tag)
                    && home.is_some_and(|h| {
                        *countries
                            .entry(h)
                            .or_insert_with(|| country_named(entities, idx, doc, h))
                    })
                {
                    2
                } else if tag
                    && home.is_some_and(|h| self.press.get(&doc.lang).is_some_and(|p| p == h))
                {
                    1
                } else {
                    0
                };
                if tier == 0 {
                    continue;
                }
                match best {
                    Some((t, e)) if t == tier && e != ei => tie = true,
                    Some((t, _)) if t >= tier => {}
                    _ => {
                        best = Some((tier, ei));
                        tie = false;
                    }
                }
            }
            if let (Some((_, ei)), false) = (best, tie) {
                found.push(Cand {
                    span: Span::new(span.start, span.end),
                    target: Target::Known(ei),
                    score: 0.8,
                    rule: "generic",
                    rank: 3,
                });
            }
        }
        cands.extend(found);
    }
}

/// Whether the word right after byte `end` (one space between) continues a public body's name
/// whose head noun ends there: a capitalized word no candidate covers, or a lower-case word
/// of a body's name or a preposition before its complement (`institutions.tsv`).
fn continued_name(doc: &Doc<'_>, end: usize, cands: &[Cand]) -> bool {
    let Some(rest) = doc.text.get(end..) else {
        return false;
    };
    let Some(after) = rest.strip_prefix(' ') else {
        return false;
    };
    let word: &str = after
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .next()
        .unwrap_or("");
    let Some(first) = word.chars().next() else {
        return false;
    };
    let start = end + 1;
    let inst = super::institution::Institutions::embedded();
    let head = doc
        .text
        .get(..end)
        .and_then(|b| b.split(|c: char| !c.is_alphanumeric()).next_back())
        .map(fold_str)
        .is_some_and(|h| inst.body_noun(doc.lang, &h));
    if !head {
        return false;
    }
    if first.is_uppercase() {
        return !cands
            .iter()
            .any(|c| c.span.start <= start && start < c.span.end);
    }
    let folded = fold_str(word);
    let elided = folded.split(['\'', '’']).next().unwrap_or("");
    inst.continues(doc.lang, &folded) || inst.continues(doc.lang, elided)
}

/// Whether a text ends with two capitalized words, a person's given and family name ("Anna
/// Rossi"; not "la Traviata").
fn ends_with_full_name(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let name_word = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
    };
    name_word(words.next()) && name_word(words.next())
}

/// Whether the text names the country `id`: one of its names (not a translation) anywhere in
/// Chinese, at word boundaries in Latin script ("德国选择党" names Germany too).
fn country_named(entities: &[Entity], idx: &Index, doc: &Doc<'_>, id: &str) -> bool {
    let Some(e) = idx.by_id.get(id).and_then(|&i| entities.get(i)) else {
        return false;
    };
    let hay = doc.folded.as_str();
    e.aliases
        .iter()
        .filter(|a| matches!(a.form, AliasForm::Label | AliasForm::Alias))
        .any(|a| {
            let f = fold_str(a.text.trim());
            if f.chars().count() < 2 {
                return false;
            }
            if f.chars().any(is_cjk) {
                return hay.contains(f.as_str());
            }
            hay.match_indices(f.as_str())
                .any(|(at, s)| whole_word(hay, at, at + s.len()))
        })
}
