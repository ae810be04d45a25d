//! Names of public institutions and bodies the gazetteer lacks, read whole where a language
//! writes them with one capital ("Agenzia spaziale italiana", "Cour des comptes", "Autorité de
//! la concurrence") or with prepositions between capitalized nouns ("Bundesamt für Verkehr",
//! "Deutsches Zentrum für Luft- und Raumfahrt"): a head noun, then the words that continue it.
//! Capitalized-run discovery would take the head alone ("Agenzia"), and two bodies with one
//! head would merge.
//!
//! The words are data (`data/gazetteer/institutions.tsv`, per language): head nouns, the
//! lower-case adjectives and nouns that continue a name, the prepositions and conjunctions
//! between its parts, the capitalized adjectives before a head. The logic here is the same for
//! every language:
//!
//! - a head is a capitalized word of the list (where nouns join, a compound ending in a noun of
//!   public bodies, with a capitalized adjective before it: "Europäische
//!   Weltraumorganisation"), not after an indefinite article ("un comitato olimpico");
//! - before it, capitalized adjectives of the list or, where adjectives are capitalized only in
//!   names, with an adjective's ending ("Statistisches Bundesamt");
//! - after it, in any number: a continuing word ("spaziale europea"), or prepositions and a
//!   complement: continuing words, or a capitalized word (where every noun is capitalized, after
//!   the lower-case ones too: "der deutschen Wirtschaft"), not one the gazetteer knows as an
//!   organization, a person or a product ("Consiglio di Stato", not "Consiglio di Stellantis"),
//!   several joined by a conjunction ("della concorrenza e del mercato"); a named head may take
//!   a proper name ("Fondazione Milano Cortina": places inside are part of it);
//! - the name needs one of them: a head alone is a common noun;
//! - a head of another language than the text's is read with its own language's words ("die
//!   Fondazione Milano Cortina", "l'Office fédéral de la statistique" in an Italian text).
//!
//! The name is one organization of its own, its key all its words: "Agenzia spaziale europea"
//! and "Agenzia spaziale italiana" never merge.

use super::discover::is_stopword;
use super::gazetteer::Doc;
use super::words::Word;
use super::{Cand, Entity, EntityKind, Target};
use crate::error::Error;
use crate::lang::Lang;
use crate::text::fold::fold_str;
use crate::text::hash::{FastMap, FastSet};
use crate::text::Span;

/// Score and rank: above discovery's (the head alone), equal to an exact match's, so that the
/// longer span wins over a place inside the name ("Fondazione Milano ...").
const INSTITUTION: (f64, u8) = (0.8, 3);

/// The longest proper name taken after a named head, and the longest capitalized complement.
const MAX_NAME_WORDS: usize = 4;
const MAX_COMPLEMENT_WORDS: usize = 3;
/// The most prepositions and articles in a row ("per la", "de l'").
const MAX_LINKS: usize = 3;
/// The most capitalized adjectives before a head.
const MAX_BEFORE: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Role {
    Head,
    LowerHead,
    NamedHead,
    CompoundHead,
    Word,
    Link,
    WeakLink,
    And,
    Before,
    BeforeEnding,
    NotAfter,
}

/// The institution words of every language (`data/gazetteer/institutions.tsv`).
#[derive(Clone, Debug, Default)]
pub(crate) struct Institutions {
    sets: FastMap<(Lang, Role), FastSet<String>>,
    /// The nouns of each language that make a compound ending in them a head.
    heads: FastMap<Lang, Vec<String>>,
    endings: FastMap<Lang, Vec<String>>,
}

impl Institutions {
    /// Parses the TSV: `lang`, `kind`, `word` per line.
    pub(crate) fn from_tsv(name: &str, src: &str) -> Result<Institutions, Error> {
        let err = |n: usize, m: &str| Error::Data {
            name: name.to_string(),
            message: format!("line {}: {m}", n + 1),
        };
        let mut out = Institutions::default();
        for (n, line) in src.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let [lang, kind, word, ..] = cols.as_slice() else {
                return Err(err(n, "expected 3 columns"));
            };
            let lang: Lang = lang.parse().map_err(|_| err(n, "unknown language"))?;
            let role = match *kind {
                "head" => Role::Head,
                "lower_head" => Role::LowerHead,
                "named_head" => Role::NamedHead,
                "compound_head" => Role::CompoundHead,
                "word" => Role::Word,
                "link" => Role::Link,
                "weak_link" => Role::WeakLink,
                "and" => Role::And,
                "before" => Role::Before,
                "before_ending" => Role::BeforeEnding,
                "not_after" => Role::NotAfter,
                _ => return Err(err(n, &format!("unknown kind {kind:?}"))),
            };
            let folded = fold_str(word);
            match role {
                Role::BeforeEnding => out.endings.entry(lang).or_default().push(folded),
                Role::CompoundHead => out.heads.entry(lang).or_default().push(folded),
                _ => {
                    out.sets.entry((lang, role)).or_default().insert(folded);
                }
            }
        }
        Ok(out)
    }

    /// The embedded words.
    pub(crate) fn embedded() -> &'static Institutions {
        static I: std::sync::OnceLock<Institutions> = std::sync::OnceLock::new();
        I.get_or_init(|| {
            Institutions::from_tsv(
                "data/gazetteer/institutions.tsv",
                include_str!("../../data/gazetteer/institutions.tsv"),
            )
            .unwrap_or_default()
        })
    }

    /// Whether the folded word is a public body's noun of `lang`: a head ("Behörde") or a
    /// compound ending in one ("Gesundheitsbehörde").
    pub(crate) fn body_noun(&self, lang: Lang, w: &str) -> bool {
        self.is(lang, Role::Head, w) || self.compound_head(lang, w)
    }

    /// Whether the folded word continues a body's name after its head in `lang`: a lower-case
    /// word of a name ("spaziale") or a preposition before a complement ("di", "de", "für").
    pub(crate) fn continues(&self, lang: Lang, w: &str) -> bool {
        self.is(lang, Role::Word, w) || self.is(lang, Role::Link, w)
    }

    fn is(&self, lang: Lang, role: Role, w: &str) -> bool {
        self.sets.get(&(lang, role)).is_some_and(|s| s.contains(w))
    }

    /// Whether the folded word is a compound ending in a head (three letters or more before).
    fn compound_head(&self, lang: Lang, w: &str) -> bool {
        self.heads.get(&lang).is_some_and(|hs| {
            hs.iter().any(|h| {
                w.len() >= h.len() + 3
                    && w.ends_with(h.as_str())
                    && w.is_char_boundary(w.len() - h.len())
            })
        })
    }
}

struct Cx<'a, 'd> {
    doc: &'a Doc<'d>,
    inst: &'a Institutions,
    /// Per word: the kind of the gazetteer's match covering it (`None` for none).
    known: Vec<Option<EntityKind>>,
    /// Per word: covered by a match of rank 4 or more (an acronym's definition).
    strong: Vec<bool>,
    /// The language of the name being read: the text's, or the head's where the text quotes
    /// a body of another language by its own name ("die Fondazione Milano ...").
    lang: std::cell::Cell<Lang>,
}

impl Cx<'_, '_> {
    fn word(&self, i: usize) -> Option<&Word<'_>> {
        self.doc.words.get(i)
    }

    fn lang(&self) -> Lang {
        self.lang.get()
    }

    fn is(&self, role: Role, w: &Word) -> bool {
        self.inst.is(self.lang(), role, w.folded)
    }

    /// Whether only spaces, or one apostrophe or hyphen with spaces, stand between words `i - 1`
    /// and `i` ("dell'Economia", "d'études", "Luft- und").
    fn plain_gap(&self, i: usize) -> bool {
        let (Some(p), Some(w)) = (i.checked_sub(1).and_then(|j| self.word(j)), self.word(i)) else {
            return false;
        };
        let Some(gap) = self.doc.text.get(p.end..w.start) else {
            return false;
        };
        let marks = gap
            .chars()
            .filter(|c| matches!(c, '\'' | '\u{2019}' | '-'))
            .count();
        marks <= 1
            && gap
                .chars()
                .all(|c| matches!(c, ' ' | '\u{a0}' | '\'' | '\u{2019}' | '-'))
    }

    /// A lower-case word of `role` right after the previous one.
    fn lower(&self, i: usize, role: Role) -> bool {
        self.word(i)
            .is_some_and(|w| w.lower && !w.digit && self.is(role, w))
            && self.plain_gap(i)
    }

    /// A capitalized word that may be part of a body's name: no date word, no head of another
    /// body, no organization, person or product the gazetteer knows (a place is part of it:
    /// "Consiglio di Stato").
    fn name_word(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        w.cap
            && !w.lower
            && !w.in_cjk
            && !w.digit
            && !self.is(Role::Head, w)
            && !self.doc.cues.is_name_end(self.doc.lang, w.folded)
            && !self.strong.get(i).copied().unwrap_or(true)
            && self
                .known
                .get(i)
                .copied()
                .flatten()
                .is_none_or(|k| k == EntityKind::Place)
            && self.plain_gap(i)
    }

    /// The end of a capitalized run starting at `i`, at most `max` words ("Milano Cortina"):
    /// not on into a given name ("di Stato Mario Rossi"), and where adjectives are capitalized
    /// only in names, past a word only with an adjective's ending ("für Internationalen
    /// Zahlungsausgleich", not "für Verkehr Zahlen").
    fn name_run(&self, i: usize, max: usize) -> usize {
        let kc = super::kinds::KindCues::embedded();
        let endings = self.inst.endings.get(&self.lang());
        let mut e = i;
        while e < i + max && self.name_word(e) {
            let given = e > i && self.word(e).is_some_and(|w| kc.is_given(w.folded));
            if given {
                break;
            }
            e += 1;
            let adjective = self.word(e - 1).is_some_and(|w| {
                endings.is_none_or(|es| es.iter().any(|x| w.folded.ends_with(x.as_str())))
            });
            if !adjective {
                break;
            }
        }
        e
    }

    /// The end of prepositions and a complement starting at word `i`, or `None`; `weak`: the
    /// name is one already, so that weak links go on with it.
    /// After a conjunction, a capitalized complement only where every noun is capitalized
    /// ("e la Consob" is another name; "und Raumfahrt" goes on).
    fn complement(&self, i: usize, weak: bool, after_and: bool) -> Option<usize> {
        let mut j = i;
        while j < i + MAX_LINKS
            && (self.lower(j, Role::Link) || (weak && self.lower(j, Role::WeakLink)))
        {
            j += 1;
        }
        if j == i {
            return None;
        }
        let mut e = j;
        while self.lower(e, Role::Word) || self.adjective_before_noun(e) {
            e += 1;
        }
        let nouns_capitalized = self.doc.cues.nouns_capitalized(self.lang());
        if (e == j && !after_and) || nouns_capitalized {
            e = self.name_run(e, MAX_COMPLEMENT_WORDS);
        }
        (e > j).then_some(e)
    }

    /// Where every noun is capitalized, whether word `i` is a lower-case adjective before the
    /// capitalized noun after it, with an adjective's ending of the language (`before_ending`:
    /// "für internationale Bildungsstudien", "für angewandte Ökologie"): no function word.
    fn adjective_before_noun(&self, i: usize) -> bool {
        let lang = self.lang();
        if !self.doc.cues.nouns_capitalized(lang) {
            return false;
        }
        let (Some(w), Some(n)) = (self.word(i), self.word(i + 1)) else {
            return false;
        };
        w.lower
            && !w.digit
            && w.folded.chars().count() >= 5
            && !is_stopword(w.folded)
            && n.cap
            && !n.lower
            && self.plain_gap(i + 1)
            && self.inst.endings.get(&lang).is_some_and(|es| {
                es.iter()
                    .any(|e| !e.is_empty() && w.folded.ends_with(e.as_str()))
            })
    }

    /// A body's name with a lower-case head at word `k` ("ministère chinois du Commerce",
    /// "ministero dell'Economia e delle Finanze"): continuing words, then prepositions and a
    /// capitalized complement, which it needs; more complements after a conjunction.
    fn lower_head_name(&self, k: usize) -> Option<(usize, usize)> {
        if k.checked_sub(1)
            .and_then(|i| self.word(i))
            .is_some_and(|p| self.is(Role::NotAfter, p) && self.plain_gap(k))
        {
            return None;
        }
        let mut j = k + 1;
        while self.lower(j, Role::Word) {
            j += 1;
        }
        let capitalized =
            |a: usize, b: usize| (a..b).any(|i| self.word(i).is_some_and(|w| w.cap && !w.lower));
        let mut e = self
            .complement(j, true, false)
            .filter(|&e| capitalized(j, e))?;
        while self.lower(e, Role::And) {
            match self.complement(e + 1, true, true) {
                Some(end) if capitalized(e + 1, end) => e = end,
                _ => break,
            }
        }
        Some((k, e))
    }

    /// A body's name with its head at word `k`: its word range.
    fn name_at(&self, k: usize) -> Option<(usize, usize)> {
        let w = self.word(k)?;
        self.lang.set(self.doc.lang);
        // A head written in lower case ("ministère"), read only with a capitalized complement.
        let lower_head = w.lower && !w.digit && !w.in_cjk && self.is(Role::LowerHead, w);
        if lower_head {
            return self.lower_head_name(k);
        }
        if !w.cap || w.upper || w.digit || w.in_cjk || w.camel {
            return None;
        }
        // (Where every noun is capitalized, in the genitive too: "des Europäischen Zentrums".)
        let genitive = self.doc.cues.nouns_capitalized(self.doc.lang)
            && crate::lang::LangProfile::embedded(self.doc.lang)
                .genitive_endings
                .iter()
                .filter_map(|g| w.folded.strip_suffix(g.as_str()))
                .any(|b| self.inst.is(self.doc.lang, Role::Head, b));
        let simple = self.is(Role::Head, w) || genitive;
        let compound = !simple
            && super::kinds::KindCues::embedded().joins_compounds(self.doc.lang)
            && self.inst.compound_head(self.doc.lang, w.folded);
        if !simple && !compound {
            // A head of another language, with its language's words after it.
            let other = Lang::ALL
                .iter()
                .copied()
                .find(|&l| l != self.doc.lang && self.inst.is(l, Role::Head, w.folded))?;
            self.lang.set(other);
        }
        let lang = self.lang();
        // The gazetteer's name over the head stands.
        if self.known.get(k).copied().flatten().is_some()
            || self.strong.get(k).copied().unwrap_or(true)
        {
            return None;
        }
        if k.checked_sub(1)
            .and_then(|i| self.word(i))
            .is_some_and(|p| self.is(Role::NotAfter, p) && self.plain_gap(k))
        {
            return None;
        }
        // Capitalized adjectives before the head.
        let endings = self.inst.endings.get(&lang);
        let mut s = k;
        while s > k.saturating_sub(MAX_BEFORE) && self.plain_gap(s) {
            let Some(p) = s.checked_sub(1).and_then(|i| self.word(i)) else {
                break;
            };
            let before = p.cap
                && !p.upper
                && !p.digit
                && !p.hyphen
                && self.known.get(s - 1).copied().flatten().is_none()
                && (self.is(Role::Before, p)
                    || endings.is_some_and(|es| {
                        p.folded.chars().count() >= 4
                            && !is_stopword(p.folded)
                            && !self.doc.cues.is_common(p.folded)
                            && es.iter().any(|e| p.folded.ends_with(e.as_str()))
                    }));
            if !before {
                break;
            }
            s -= 1;
        }
        if compound && s == k {
            return None;
        }
        let named = self.is(Role::NamedHead, w);
        let mut e = k + 1;
        let mut grown = s < k;
        if named {
            let run = self.name_run(e, MAX_NAME_WORDS);
            if run > e {
                e = run;
                grown = true;
            }
        }
        loop {
            if self.lower(e, Role::Word) {
                e += 1;
                grown = true;
                continue;
            }
            if let Some(end) = self.complement(e, grown, false) {
                e = end;
                grown = true;
                continue;
            }
            // "e del mercato", "et consignations", "Luft- und Raumfahrt".
            if grown && self.lower(e, Role::And) {
                if let Some(end) = self.complement(e + 1, true, true) {
                    e = end;
                    continue;
                }
                let next = self.lower(e + 1, Role::Word) || self.name_word(e + 1);
                if next && self.doc.cues.nouns_capitalized(lang) {
                    e = self.name_run(e + 1, MAX_COMPLEMENT_WORDS).max(e + 2);
                    continue;
                }
                if self.lower(e + 1, Role::Word) {
                    e += 2;
                    continue;
                }
            }
            break;
        }
        grown.then_some((s, e))
    }
}

/// The most words between a body's name as read and the acronym in brackets that closes it.
const MAX_TO_ACRONYM: usize = 10;

impl Cx<'_, '_> {
    /// Whether word `j` is an acronym in brackets: two to six letters, in capitals or with one
    /// capital ("(ECDC)", "(Ecdc)"), "(" right before it and ")" right after.
    fn bracketed_acronym(&self, j: usize) -> bool {
        let (Some(w), Some(p)) = (self.word(j), j.checked_sub(1).and_then(|i| self.word(i))) else {
            return false;
        };
        let letters = w.folded.chars().filter(|c| c.is_alphabetic()).count();
        let shape = w.upper || (w.cap && !w.lower && !w.camel);
        let before = self.doc.text.get(p.end..w.start).unwrap_or("").trim();
        let after = self.doc.text.get(w.end..).and_then(|t| t.chars().next());
        shape
            && !w.digit
            && (2..=6).contains(&letters)
            && matches!(before, "(" | "（")
            && matches!(after, Some(')' | '）'))
    }

    /// The end of a body's name read as words `s..e` where an acronym in brackets closes it a
    /// few words later: the words between are the rest of its name ("Centro europeo | per la
    /// prevenzione e il controllo delle malattie (Ecdc)", "Europäischen Zentrums | für die
    /// Prävention und die Kontrolle von Krankheiten (ECDC)"). Only words in one phrase (no
    /// punctuation, no digits, no name the gazetteer knows), and only a phrase that reads as a
    /// name's rest: where every noun is capitalized, its lower-case words all function words
    /// (a verb is written in lower case); elsewhere, its words' initials spell more of the
    /// acronym than the name's alone.
    fn to_acronym(&self, s: usize, e: usize) -> Option<usize> {
        let lang = self.doc.lang;
        let j = (e + 1..=e + MAX_TO_ACRONYM).find(|&j| self.bracketed_acronym(j))?;
        let words = e..j;
        let plain = words.clone().all(|i| {
            self.word(i)
                .is_some_and(|w| !w.digit && !w.upper && !w.in_cjk)
                && self.plain_gap(i)
                && self.known.get(i).copied().flatten().is_none()
                && !self.strong.get(i).copied().unwrap_or(true)
        });
        if !plain {
            return None;
        }
        let function = |w: &Word| {
            is_stopword(w.folded)
                || [Role::Link, Role::WeakLink, Role::And]
                    .iter()
                    .any(|&r| self.inst.is(lang, r, w.folded))
        };
        if self.doc.cues.nouns_capitalized(lang) {
            let rest_ok = words
                .clone()
                .all(|i| self.word(i).is_some_and(|w| !w.lower || function(w)))
                && words
                    .clone()
                    .any(|i| self.word(i).is_some_and(|w| !w.lower));
            return rest_ok.then_some(j);
        }
        // Letters of the acronym that content words' initials spell, each letter once.
        let acronym: Vec<char> = self.word(j)?.folded.chars().collect();
        let spelled = |a: usize, b: usize| {
            let mut left = acronym.clone();
            for i in a..b {
                let Some(w) = self.word(i) else { continue };
                if function(w) || w.folded.chars().count() < 2 {
                    continue;
                }
                let Some(c) = w.folded.chars().next() else {
                    continue;
                };
                if let Some(at) = left.iter().position(|&l| l == c) {
                    left.remove(at);
                }
            }
            acronym.len() - left.len()
        };
        (spelled(s, j) > spelled(s, e)).then_some(j)
    }
}

/// Adds a candidate for every body's name the rules read (see the module's docs).
pub(crate) fn find(entities: &[Entity], doc: &Doc<'_>, cands: &mut Vec<Cand>) {
    let inst = Institutions::embedded();
    if doc.lang == Lang::Zh && !doc.words.iter().any(|w| !w.in_cjk) {
        return;
    }
    let n = doc.words.len();
    let mut known: Vec<Option<EntityKind>> = vec![None; n];
    let mut strong = vec![false; n];
    for c in cands.iter() {
        let kind = match c.target {
            Target::Known(e) if c.rank >= 3 => entities.get(e).map(|e| e.kind),
            _ => None,
        };
        if kind.is_none() && c.rank < 4 {
            continue;
        }
        let from = doc.words.partition_point(|w| w.end <= c.span.start);
        for i in from..n {
            let Some(w) = doc.words.get(i) else { break };
            if w.start >= c.span.end {
                break;
            }
            if let Some(k) = kind {
                if let Some(slot) = known.get_mut(i) {
                    // (Anything but a place wins the slot: it stops a name.)
                    if slot.is_none_or(|s| s == EntityKind::Place) {
                        *slot = Some(k);
                    }
                }
            }
            if c.rank >= 4 {
                if let Some(s) = strong.get_mut(i) {
                    *s = true;
                }
            }
        }
    }
    let cx = Cx {
        doc,
        inst,
        known,
        strong,
        lang: std::cell::Cell::new(doc.lang),
    };
    let mut k = 0;
    let mut found = Vec::new();
    while k < n {
        let Some((s, e)) = cx.name_at(k) else {
            k += 1;
            continue;
        };
        let e = cx.to_acronym(s, e).unwrap_or(e);
        let (Some(first), Some(last)) = (cx.word(s), e.checked_sub(1).and_then(|i| cx.word(i)))
        else {
            k += 1;
            continue;
        };
        let span = Span::new(first.start, last.end);
        let Some(surface) = span.slice(doc.text) else {
            k += 1;
            continue;
        };
        found.extend(Cand::new_org(span, surface, INSTITUTION, "institution"));
        k = e.max(k + 1);
    }
    cands.extend(found);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_words_load() {
        let i = Institutions::embedded();
        assert!(i.is(Lang::It, Role::Head, "agenzia"));
        assert!(i.is(Lang::Fr, Role::Word, "etudes"));
        assert!(i.compound_head(Lang::De, "weltraumorganisation"));
        assert!(!i.compound_head(Lang::De, "organisation"));
        assert!(!i.compound_head(Lang::De, "entwicklungszentrum"));
    }

    #[test]
    fn unknown_kind_is_an_error() {
        assert!(Institutions::from_tsv("x", "it\tnoun\tagenzia\n").is_err());
        assert!(Institutions::from_tsv("x", "xx\thead\tagenzia\n").is_err());
    }
}
