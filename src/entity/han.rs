//! Discovery of Chinese names the gazetteer lacks. Chinese is written without spaces, so a
//! name's extent comes from what surrounds it; the cues are data
//! (`data/gazetteer/zh_names.tsv`, folded when loaded, so one list serves both scripts):
//!
//! - **Organizations**: a run of Han characters ending in an organization's suffix ("有限公司",
//!   "集团", "银行") or an industry word ("汽车", "科技", "半导体"), the suffixes kept in the
//!   name. The name starts after a boundary word (a function word, a verb of saying or doing,
//!   a role), a known name, punctuation or other script; generic words at its start are left
//!   out ("一家"); it has two characters or more and is no generic word and does not end in one
//!   ("电动汽车" is an electric car). A name ending in an industry word alone needs more: its
//!   first part again elsewhere in the text, or a role or a verb of saying right after it.
//! - **Foreign people**: transliterated names with an interpunct, "阿瑟·门施": both sides made of
//!   the characters of transliteration, up to a boundary word.
//! - **Chinese people**: after a role ("董事长王传福", "CEO王传福"), a family name and one or two
//!   characters, where the text after them shows where the name ends.
//! - **Names in brackets**: "比亚迪（BYD）", "Mistral AI（米斯特拉尔）": the Chinese name and the
//!   Latin one name one entity, the one the Latin name links to (known or discovered), so that
//!   documents in other languages share its id. Nothing else joins a Chinese name to a Latin
//!   one: no guessing by sound.
//! - **Later uses**: the same name again in the text (a company's first part of three
//!   characters or more alone: "蔚来汽车" ... "蔚来" only when long enough to be safe).

use indexmap::IndexMap;

use super::gazetteer::Doc;
use super::{Cand, EntityKind, Target};
use crate::error::Error;
use crate::lang::is_han;
use crate::text::fold::fold_str;
use crate::text::hash::FastSet;
use crate::text::Span;

/// Score and rank of Chinese discovered names (as the Latin discovery's).
const DISCOVERED: (f64, u8) = (0.5, 1);
/// The score of a name given by a bracketed alias.
const BRACKETED: f64 = 0.8;
/// The most characters of a name's first part (before its suffixes).
const MAX_CORE: usize = 8;
/// The most characters on each side of an interpunct.
const MAX_TRANSLIT: usize = 6;

/// The cues of `data/gazetteer/zh_names.tsv`.
#[derive(Clone, Debug, Default)]
pub(crate) struct HanCues {
    org_suffix: FastSet<String>,
    org_weak: FastSet<String>,
    org_industry: FastSet<String>,
    generic: FastSet<String>,
    boundary: FastSet<String>,
    roles: FastSet<String>,
    titles: FastSet<String>,
    surnames: FastSet<String>,
    determiners: FastSet<char>,
    stop_chars: FastSet<char>,
    translit: FastSet<char>,
    /// Characters of the longest word of any list.
    max_len: usize,
    /// Characters of the longest word of each list of [`HanCues::lists`].
    longest: [usize; 8],
}

impl HanCues {
    /// Parses the cue file: `cue`, then words separated by spaces, per line.
    pub(crate) fn from_tsv(name: &str, src: &str) -> Result<HanCues, Error> {
        let mut c = HanCues::default();
        for (n, line) in src.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let (cue, words) = line.split_once('\t').ok_or_else(|| Error::Data {
                name: name.to_string(),
                message: format!("line {}: expected cue <TAB> words", n + 1),
            })?;
            for w in words.split_whitespace().map(fold_str) {
                c.max_len = c.max_len.max(w.chars().count());
                let set = match cue.trim() {
                    "org_suffix" => &mut c.org_suffix,
                    "org_weak" => &mut c.org_weak,
                    "org_industry" => &mut c.org_industry,
                    "generic" => &mut c.generic,
                    "boundary" => &mut c.boundary,
                    "role" => &mut c.roles,
                    "title" => &mut c.titles,
                    "surname" => &mut c.surnames,
                    "translit" => {
                        c.translit.extend(w.chars());
                        continue;
                    }
                    "stop_char" => {
                        c.stop_chars.extend(w.chars());
                        continue;
                    }
                    "determiner" => {
                        c.determiners.extend(w.chars());
                        continue;
                    }
                    other => {
                        return Err(Error::Data {
                            name: name.to_string(),
                            message: format!("line {}: unknown cue {other:?}", n + 1),
                        })
                    }
                };
                set.insert(w);
            }
        }
        c.longest = c
            .lists()
            .map(|l| l.iter().map(|w| w.chars().count()).max().unwrap_or(0));
        Ok(c)
    }

    /// The word lists, in a fixed order.
    fn lists(&self) -> [&FastSet<String>; 8] {
        [
            &self.org_suffix,
            &self.org_weak,
            &self.org_industry,
            &self.generic,
            &self.boundary,
            &self.roles,
            &self.titles,
            &self.surnames,
        ]
    }

    /// Characters of the longest word of `set` (one of the lists; else of any list).
    fn longest_in(&self, set: &FastSet<String>) -> usize {
        self.lists()
            .iter()
            .position(|l| std::ptr::eq(*l, set))
            .and_then(|i| self.longest.get(i).copied())
            .unwrap_or(self.max_len)
    }

    /// The embedded cues.
    pub(crate) fn embedded() -> &'static HanCues {
        static C: std::sync::OnceLock<HanCues> = std::sync::OnceLock::new();
        C.get_or_init(|| {
            HanCues::from_tsv(
                "data/gazetteer/zh_names.tsv",
                include_str!("../../data/gazetteer/zh_names.tsv"),
            )
            .unwrap_or_default()
        })
    }
}

fn is_interpunct(c: char) -> bool {
    matches!(c, '·' | '・' | '•' | '‧' | '∙' | '⋅' | '･')
}

/// The folded text as characters, with what the rules need to know about each.
struct Text<'a, 'd> {
    doc: &'a Doc<'d>,
    cues: &'a HanCues,
    /// (folded byte offset, character).
    chars: Vec<(usize, char)>,
    /// Whether a candidate already covers the character.
    covered: Vec<bool>,
    /// New candidates, with the char range each covers.
    found: Vec<(usize, usize, Cand)>,
}

impl Text<'_, '_> {
    fn ch(&self, i: usize) -> Option<char> {
        self.chars.get(i).map(|&(_, c)| c)
    }

    /// A free Han character: not covered by any candidate.
    fn free_han(&self, i: usize) -> bool {
        self.ch(i).is_some_and(is_han) && !self.covered.get(i).copied().unwrap_or(true)
    }

    fn string(&self, a: usize, b: usize) -> String {
        self.chars
            .get(a..b)
            .unwrap_or(&[])
            .iter()
            .map(|&(_, c)| c)
            .collect()
    }

    /// The longest word of `set` starting at char `i`: its length in characters.
    fn word_at(&self, set: &FastSet<String>, i: usize) -> Option<usize> {
        // Within the last `max_len` characters of the text no word is found (as when every
        // candidate length was read character by character).
        if self.cues.max_len > 0 && self.ch(i + self.cues.max_len - 1).is_none() {
            return None;
        }
        // The candidates are slices of the folded text (the characters are its characters),
        // up to the longest word of this list.
        let hay = self.doc.folded.as_str();
        let start = self.chars.get(i).map_or(hay.len(), |&(p, _)| p);
        let mut best = None;
        for n in 1..=self.cues.longest_in(set).min(self.cues.max_len) {
            let end = self.chars.get(i + n).map_or(hay.len(), |&(p, _)| p);
            if hay.get(start..end).is_some_and(|w| set.contains(w)) {
                best = Some(n);
            }
        }
        best
    }

    /// The longest word of `set` ending right before char `i`: its length.
    fn word_before(&self, set: &FastSet<String>, i: usize) -> Option<usize> {
        if i > self.chars.len() {
            return None;
        }
        let hay = self.doc.folded.as_str();
        let end = self.chars.get(i).map_or(hay.len(), |&(p, _)| p);
        let mut best = None;
        for n in 1..=self.cues.longest_in(set).min(self.cues.max_len).min(i) {
            let start = self.chars.get(i - n).map_or(hay.len(), |&(p, _)| p);
            if hay.get(start..end).is_some_and(|w| set.contains(w)) {
                best = Some(n);
            }
        }
        best
    }

    /// A role ends right before char `i` (a Latin role such as "CEO" must stand alone).
    fn role_before(&self, i: usize) -> bool {
        self.word_before(&self.cues.roles, i).is_some_and(|n| {
            let latin = self.ch(i - n).is_some_and(|c| c.is_ascii_alphabetic());
            !latin
                || !i
                    .checked_sub(n + 1)
                    .and_then(|k| self.ch(k))
                    .is_some_and(|c| c.is_ascii_alphanumeric())
        })
    }

    /// Whether a name may end right before char `i`: the end of the text, another script,
    /// punctuation, a boundary word, a role or a title.
    fn ends_here(&self, i: usize) -> bool {
        match self.ch(i) {
            None => true,
            Some(c) if !is_han(c) => true,
            Some(_) => {
                self.word_at(&self.cues.boundary, i).is_some()
                    || self.word_at(&self.cues.roles, i).is_some()
                    || self.word_at(&self.cues.titles, i).is_some()
                    || self.covered.get(i).copied().unwrap_or(false)
            }
        }
    }

    fn span(&self, a: usize, b: usize) -> Option<Span> {
        let &(start, _) = self.chars.get(a)?;
        let &(last, c) = self.chars.get(b.checked_sub(1)?)?;
        Some(self.doc.folded.to_original(start, last + c.len_utf8()))
    }

    fn push(&mut self, a: usize, b: usize, target: Target, score: f64, rule: &'static str) {
        let Some(span) = self.span(a, b) else { return };
        for k in a..b {
            if let Some(f) = self.covered.get_mut(k) {
                *f = true;
            }
        }
        self.found.push((
            a,
            b,
            Cand {
                span,
                target,
                score,
                rule,
                rank: DISCOVERED.1,
            },
        ));
    }

    fn new_target(&self, a: usize, b: usize, kind: EntityKind) -> Option<Target> {
        let span = self.span(a, b)?;
        let key_end = if kind == EntityKind::Organization {
            self.key_end(a, b)
        } else {
            b
        };
        Some(Target::New {
            key: self.string(a, key_end),
            name: span.slice(self.doc.text)?.to_string(),
            kind,
        })
    }

    /// Where a company's key ends: its name without the organization suffixes at its end
    /// ("长鑫科技集团" and "长鑫科技" are one company), two characters at least.
    fn key_end(&self, a: usize, b: usize) -> usize {
        let mut e = b;
        while let Some(l) = self
            .word_before(&self.cues.org_suffix, e)
            .max(self.word_before(&self.cues.org_weak, e))
        {
            if e - l < a + 2 {
                break;
            }
            e -= l;
        }
        e
    }

    /// Whether a generic word starts in the first part `a..p` and ends the key at `k`
    /// ("人工" + "智能": "人工智能" is a common noun).
    fn generic_key(&self, a: usize, p: usize, k: usize) -> bool {
        (a..p).any(|i| self.cues.generic.contains(&self.string(i, k)))
    }

    /// Whether the characters `a..b` are a generic word or end in one, or in a determiner.
    fn generic(&self, a: usize, b: usize) -> bool {
        b.checked_sub(1)
            .and_then(|l| self.ch(l))
            .is_some_and(|c| self.cues.determiners.contains(&c))
            || (a..b.saturating_sub(1)).any(|k| self.cues.generic.contains(&self.string(k, b)))
    }
}

/// Finds Chinese names in a document with Han characters and adds their candidates.
pub(crate) fn apply(doc: &Doc<'_>, cands: &mut Vec<Cand>) {
    let hay = doc.folded.as_str();
    if !hay.chars().any(is_han) {
        return;
    }
    let chars: Vec<(usize, char)> = hay.char_indices().collect();
    // Which characters existing candidates cover (their spans are original bytes).
    let mut spans: Vec<Span> = cands.iter().map(|c| c.span).collect();
    spans.sort_by_key(|s| s.start);
    let covered = chars
        .iter()
        .map(|&(p, c)| {
            let o = doc.folded.to_original(p, p + c.len_utf8());
            let i = spans.partition_point(|s| s.end <= o.start);
            spans.get(i).is_some_and(|s| s.start < o.end)
        })
        .collect();
    let mut t = Text {
        doc,
        cues: HanCues::embedded(),
        chars,
        covered,
        found: Vec::new(),
    };
    interpunct_names(&mut t);
    role_names(&mut t);
    org_names(&mut t);
    brackets(&mut t, cands);
    later_uses(&mut t);
    cands.extend(t.found.into_iter().map(|(_, _, c)| c));
}

/// "阿瑟·门施": transliteration characters on both sides of one or more interpuncts.
fn interpunct_names(t: &mut Text<'_, '_>) {
    let n = t.chars.len();
    let mut i = 0;
    while i < n {
        if !t.ch(i).is_some_and(is_interpunct) {
            i += 1;
            continue;
        }
        let translit = |t: &Text<'_, '_>, k: usize| {
            t.free_han(k) && t.ch(k).is_some_and(|c| t.cues.translit.contains(&c))
        };
        // The first part: back from the interpunct, to a role or a boundary word.
        let mut a = i;
        while a > 0
            && i - a < MAX_TRANSLIT
            && translit(t, a - 1)
            && !t.role_before(a)
            && t.word_before(&t.cues.boundary, a).is_none()
        {
            a -= 1;
        }
        // Then each part after an interpunct, up to a boundary word.
        let mut b = i;
        let mut parts = 0;
        while t.ch(b).is_some_and(is_interpunct) {
            let mut e = b + 1;
            while e < n && e - b <= MAX_TRANSLIT && translit(t, e) {
                if e > b + 1 && t.word_at(&t.cues.boundary, e).is_some() {
                    break;
                }
                e += 1;
            }
            if e == b + 1 {
                break;
            }
            b = e;
            parts += 1;
        }
        if a < i && parts > 0 && b - a >= 4 {
            if let Some(target) = t.new_target(a, b, EntityKind::Person) {
                t.push(a, b, target, DISCOVERED.0, "discovered");
            }
            i = b;
        } else {
            i += 1;
        }
    }
}

/// "董事长王传福表示": after a role, a family name and one or two characters, where what
/// follows shows the name's end.
fn role_names(t: &mut Text<'_, '_>) {
    let n = t.chars.len();
    for i in 1..n {
        if !t.free_han(i) || !t.role_before(i) {
            continue;
        }
        let Some(s) = t.word_at(&t.cues.surnames, i) else {
            continue;
        };
        let given = |k: usize| t.free_han(k) && t.word_at(&t.cues.boundary, k).is_none();
        // Two given characters when the text ends a name after them, else one.
        let end = if given(i + s) && given(i + s + 1) && t.ends_here(i + s + 2) {
            i + s + 2
        } else if given(i + s) && t.ends_here(i + s + 1) {
            i + s + 1
        } else {
            continue;
        };
        if let Some(target) = t.new_target(i, end, EntityKind::Person) {
            t.push(i, end, target, DISCOVERED.0, "discovered");
        }
    }
}

/// A company's name: a first part, then industry words and organization suffixes.
fn org_names(t: &mut Text<'_, '_>) {
    let n = t.chars.len();
    let mut p = 0;
    while p < n {
        if !t.free_han(p) {
            p += 1;
            continue;
        }
        // The chain of suffix words starting at p.
        let mut q = p;
        let mut strong = false;
        loop {
            let suffix = t.word_at(&t.cues.org_suffix, q);
            let weak = t.word_at(&t.cues.org_weak, q);
            let industry = t.word_at(&t.cues.org_industry, q);
            let Some(len) = suffix.max(weak).max(industry) else {
                break;
            };
            if !(q..q + len).all(|k| t.free_han(k)) {
                break;
            }
            strong |= suffix == Some(len);
            q += len;
        }
        if q == p {
            p += 1;
            continue;
        }
        // The first part: back from p to a boundary, a known name, another script.
        let mut a = p;
        while a > 0
            && p - a <= MAX_CORE
            && t.free_han(a - 1)
            && t.word_before(&t.cues.boundary, a).is_none()
            && !t.role_before(a)
        {
            a -= 1;
        }
        let bounded = p - a <= MAX_CORE;
        // Generic words at the start are no part of it ("一家").
        while let Some(g) = t.word_at(&t.cues.generic, a).filter(|&g| a + g < p) {
            a += g;
        }
        let clean = !(a..p).any(|k| t.ch(k).is_some_and(|c| t.cues.stop_chars.contains(&c)));
        let ok = bounded
            && clean
            && p - a >= 2
            && !t.generic(a, p)
            && !t.generic_key(a, p, t.key_end(a, q));
        let ok = ok && (strong || weak_name_confirmed(t, a, p, q));
        if ok {
            if let Some(target) = t.new_target(a, q, EntityKind::Organization) {
                t.push(a, q, target, DISCOVERED.0, "discovered");
            }
        }
        p = q;
    }
}

/// A name ending in an industry word or a weak suffix alone ("X汽车", "X公司") is a company's
/// where it comes again in the text (or its first part, of three characters or more), or a
/// role or a verb follows it.
fn weak_name_confirmed(t: &Text<'_, '_>, a: usize, p: usize, q: usize) -> bool {
    let hay = t.doc.folded.as_str();
    let again = |s: String| hay.matches(s.as_str()).count() >= 2;
    (p - a >= 3 && again(t.string(a, p)))
        || again(t.string(a, q))
        || t.word_at(&t.cues.roles, q).is_some()
        || {
            let next = t.word_at(&t.cues.boundary, q);
            // A verb, not a particle: two characters or more.
            next.is_some_and(|l| l >= 2)
        }
}

/// "比亚迪（BYD）" and "BYD（比亚迪）": a Chinese name and a Latin one in brackets name one
/// entity, the one the Latin name has.
fn brackets(t: &mut Text<'_, '_>, cands: &[Cand]) {
    let text = t.doc.text;
    // Latin candidates (known or discovered) by their original span.
    let latin: IndexMap<(usize, usize), &Cand> = cands
        .iter()
        .filter(|c| {
            c.span
                .slice(text)
                .is_some_and(|s| s.chars().any(|c| c.is_alphabetic() && !is_han(c)))
        })
        .map(|c| ((c.span.start, c.span.end), c))
        .collect();
    let n = t.chars.len();
    let open = |c: Option<char>| matches!(c, Some('(' | '（'));
    let close = |c: Option<char>| matches!(c, Some(')' | '）'));
    let mut retarget: Vec<(String, Target)> = Vec::new();
    for i in 0..n {
        if !open(t.ch(i)) {
            continue;
        }
        // The bracket's content: up to the closing bracket, at most 40 characters.
        let Some(j) = (i + 1..n.min(i + 42)).find(|&k| close(t.ch(k))) else {
            continue;
        };
        let inner = (i + 1, j);
        let han_inner = (inner.0..inner.1).all(|k| t.ch(k).is_some_and(is_han));
        // The Latin candidate: inside the brackets, or right before them.
        let inside = t
            .span(inner.0, inner.1)
            .and_then(|s| latin.get(&(s.start, s.end)).copied());
        let before = t.chars.get(i).and_then(|&(p, _)| {
            let o = t.doc.folded.to_original(p, p).start;
            let head = text.get(..o)?.trim_end();
            latin
                .iter()
                .find(|((_, e), _)| *e == head.len())
                .map(|(_, c)| *c)
        });
        match (inside, before) {
            (Some(l), _) => {
                // A Chinese name right before the bracket: discovered here, or the run of
                // free Han characters back to a boundary.
                let found = t
                    .found
                    .iter()
                    .find(|(_, b, _)| *b == i)
                    .map(|(a, b, _)| (*a, *b));
                let range = found.or_else(|| {
                    let mut a = i;
                    while a > 0
                        && i - a <= MAX_CORE
                        && t.free_han(a - 1)
                        && t.word_before(&t.cues.boundary, a).is_none()
                        && !t.role_before(a)
                    {
                        a -= 1;
                    }
                    while let Some(g) = t.word_at(&t.cues.generic, a).filter(|&g| a + g < i) {
                        a += g;
                    }
                    (i - a >= 2 && i - a <= MAX_CORE && !t.generic(a, i)).then_some((a, i))
                });
                if let Some((a, b)) = range {
                    link_to(t, a, b, l, &mut retarget);
                }
            }
            (None, Some(l)) if han_inner && (2..=MAX_CORE + 4).contains(&(j - i - 1)) => {
                let (a, b) = inner;
                if (a..b).all(|k| t.free_han(k))
                    || t.found.iter().any(|(x, y, _)| *x == a && *y == b)
                {
                    link_to(t, a, b, l, &mut retarget);
                }
            }
            _ => {}
        }
    }
    // Every other mention of a bracketed name follows it.
    for (key, target) in retarget {
        for (_, _, c) in t.found.iter_mut() {
            if matches!(&c.target, Target::New { key: k, .. } if *k == key) {
                c.target = target.clone();
                c.score = BRACKETED;
                c.rule = "bracketed";
            }
        }
    }
}

/// The Chinese name at chars `a..b` names what the Latin candidate `l` names.
fn link_to(
    t: &mut Text<'_, '_>,
    a: usize,
    b: usize,
    l: &Cand,
    retarget: &mut Vec<(String, Target)>,
) {
    let existing = t.found.iter().position(|(x, y, _)| *x == a && *y == b);
    match existing {
        Some(k) => {
            if let Some((_, _, c)) = t.found.get(k) {
                if let Target::New { key, .. } = &c.target {
                    retarget.push((key.clone(), l.target.clone()));
                }
            }
        }
        None => {
            if (a..b).all(|k| t.free_han(k)) {
                // Later uses find the name by its key.
                let key = t.string(a, b);
                t.push(a, b, l.target.clone(), BRACKETED, "bracketed");
                retarget.push((key, l.target.clone()));
            }
        }
    }
}

/// The names found again elsewhere in the text: the whole name, and a company's first part
/// when it has three characters or more.
fn later_uses(t: &mut Text<'_, '_>) {
    let mut forms: Vec<(Vec<char>, Target, f64, &'static str)> = Vec::new();
    for (a, b, c) in &t.found {
        let whole: Vec<char> = t.string(*a, *b).chars().collect();
        forms.push((whole, c.target.clone(), c.score, c.rule));
        if let Target::New {
            kind: EntityKind::Organization,
            ..
        } = c.target
        {
            // The first part: the name without its suffix words.
            let mut p = *b;
            while p > *a {
                let back = t
                    .word_before(&t.cues.org_suffix, p)
                    .max(t.word_before(&t.cues.org_weak, p))
                    .max(t.word_before(&t.cues.org_industry, p));
                match back {
                    Some(l) if p - l > *a => p -= l,
                    _ => break,
                }
            }
            if p - a >= 3 && p < *b {
                forms.push((
                    t.string(*a, p).chars().collect(),
                    c.target.clone(),
                    c.score,
                    c.rule,
                ));
            }
            let k = t.key_end(*a, *b);
            if k - a >= 3 && k > p && k < *b {
                forms.push((
                    t.string(*a, k).chars().collect(),
                    c.target.clone(),
                    c.score,
                    c.rule,
                ));
            }
        }
    }
    if forms.is_empty() {
        return;
    }
    // Longest forms first.
    forms.sort_by_key(|f| std::cmp::Reverse(f.0.len()));
    let n = t.chars.len();
    let mut i = 0;
    while i < n {
        let hit = forms.iter().find(|(f, _, _, _)| {
            f.iter()
                .enumerate()
                .all(|(k, &c)| t.ch(i + k) == Some(c) && t.free_han(i + k))
        });
        match hit {
            Some((f, target, score, rule)) => {
                let (len, target, score, rule) = (f.len(), target.clone(), *score, *rule);
                t.push(i, i + len, target, score, rule);
                i += len;
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Cues;
    use crate::lang::Lang;
    use crate::text::fold::Folded;
    use proptest::prelude::*;

    /// The simple reading: every candidate length up to the longest word of any list, built
    /// character by character.
    fn word_at_reference(t: &Text<'_, '_>, set: &FastSet<String>, i: usize) -> Option<usize> {
        let mut s = String::new();
        let mut best = None;
        for n in 1..=t.cues.max_len {
            let c = t.ch(i + n - 1)?;
            s.push(c);
            if set.contains(&s) {
                best = Some(n);
            }
        }
        best
    }

    fn word_before_reference(t: &Text<'_, '_>, set: &FastSet<String>, i: usize) -> Option<usize> {
        let mut s = String::new();
        let mut best = None;
        for n in 1..=t.cues.max_len.min(i) {
            let c = t.ch(i - n)?;
            s.insert(0, c);
            if set.contains(&s) {
                best = Some(n);
            }
        }
        best
    }

    proptest! {
        #[test]
        fn word_lookups_equal_the_simple_reading(
            s in "([中国公司集团科技董事长总裁首席执行官王李张欧阳的在和·]|\\PC|CEO| ){0,30}"
        ) {
            let folded = Folded::new(&s);
            let words = crate::entity::words::tokenize_folded(&s, &folded);
            let doc = Doc {
                text: &s,
                folded: &folded,
                words: &words,
                lang: Lang::Zh,
                cues: Cues::embedded(),
            };
            let chars: Vec<(usize, char)> = folded.as_str().char_indices().collect();
            let t = Text {
                doc: &doc,
                cues: HanCues::embedded(),
                covered: vec![false; chars.len()],
                chars,
                found: Vec::new(),
            };
            for set in t.cues.lists() {
                for i in 0..=t.chars.len() + 1 {
                    prop_assert_eq!(t.word_at(set, i), word_at_reference(&t, set, i));
                    prop_assert_eq!(t.word_before(set, i), word_before_reference(&t, set, i));
                }
            }
        }
    }
}
