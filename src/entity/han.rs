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
//!   A known place right before industry words starts a company's name: "意大利航空" is an
//!   airline, not Italy.
//! - **Headed transliterations**: a foreign place's name in transliteration before a head
//!   that says what it is ("马里恩县", "马里布海滩", "布雷斯特港": the head kept), a storm's
//!   name before or after the storm's word ("飓风“伊恩”", "贝丽尔飓风": the name alone), a
//!   ship's name in quotes before "号" (heads in the cues: `place_head`, `storm_head`,
//!   `craft_head`).
//! - **Numbered craft**: a series of spacecraft, rockets or ships, a number and "号" ("嫦娥六号",
//!   "神舟十八号"; series in `data/gazetteer/zh_series.tsv` with their Latin names): one craft,
//!   keyed as the Latin name with its number ("Chang'e-6"), another number another craft.
//! - **Later uses**: the same name again in the text; a company's first part alone ("蔚来汽车"
//!   ... "蔚来"; "长荣海运" ... "长荣": industry words and suffixes are no part of a company's
//!   key) and its abbreviation (first characters of its parts: "荷兰铁路" ... "荷铁"), where a
//!   form of two characters stands alone (a boundary before it, a name's end after it).

use indexmap::IndexMap;

use super::gazetteer::Doc;
use super::{Cand, Entity, EntityKind, Target};
use crate::error::Error;
use crate::lang::{is_han, Lang};
use crate::text::fold::{fold_str, folded_starts_with};
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

/// The word lists of the cues, as indices into per-position tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum L {
    Suffix = 0,
    Weak,
    Industry,
    Generic,
    Boundary,
    Role,
    Title,
    Surname,
}

const LISTS: usize = 8;

/// The cues of `data/gazetteer/zh_names.tsv`.
#[derive(Clone, Debug, Default)]
pub(crate) struct HanCues {
    /// Every word of every list in one automaton (overlapping matches), with the lists each
    /// pattern belongs to (bits by [`L`]) and its length in characters.
    ac: Option<aho_corasick::AhoCorasick>,
    pat_lists: Vec<u8>,
    pat_chars: Vec<u8>,
    org_suffix: FastSet<String>,
    /// The suffixes of public bodies' names (also `org_suffix`): "委员会", "法院".
    institution: FastSet<String>,
    /// Institution suffixes that end a body's name only after its state's word or its
    /// country's name ("国家气候中心", "法国国家太空研究中心"; a "数据中心" is a data centre).
    state_only: FastSet<String>,
    org_weak: FastSet<String>,
    org_industry: FastSet<String>,
    generic: FastSet<String>,
    boundary: FastSet<String>,
    roles: FastSet<String>,
    titles: FastSet<String>,
    surnames: FastSet<String>,
    determiners: FastSet<char>,
    stop_chars: FastSet<char>,
    /// Words that open a public body's name as its country's name does ("中央", "国家").
    states: Vec<String>,
    /// Stop characters a public body's name may hold between its words ("与", "最").
    joiners: FastSet<char>,
    translit: FastSet<char>,
    /// The words that end an event's or a competition's name after a Latin one ("ATP年终总决赛").
    events: Vec<String>,
    /// A monarch's or a pope's ordinal after the name ("六世": "费利佩六世"), longest first.
    regnal: Vec<String>,
    /// The characters the ordinals of [`HanCues::regnal`] start with, sorted: no ordinal is
    /// looked for at any other character.
    regnal_firsts: Vec<char>,
    /// The heads of foreign places' names after a transliteration ("县", "礁", "海滩").
    place_heads: Vec<String>,
    /// The words of storms before or after their names ("飓风").
    storm_heads: Vec<String>,
    /// The word after a ship's or a craft's name in quotes ("号").
    craft_heads: Vec<String>,
    /// Place heads with the Latin word for them ("县": "county"), folded.
    head_glosses: Vec<(String, String)>,
    /// The heads of housing estates' and courts' names ("苑", "邨").
    estate_heads: Vec<String>,
    /// Compass characters that make a new place's name with a known place's after them, and
    /// the English word for them ("东": "east").
    compass: Vec<(char, String)>,
    /// Words of bearing before a distance ("以北", "东北"): a name cannot start inside one
    /// where a quantity follows.
    bearings: Vec<String>,
    /// Verbs that act on the name after them (also boundaries): a country's name before one
    /// is no part of a body's name after it.
    acts: Vec<String>,
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
                let set = match cue.trim() {
                    "org_suffix" => &mut c.org_suffix,
                    "institution" => {
                        c.org_suffix.insert(w.clone());
                        &mut c.institution
                    }
                    "state_institution" => {
                        c.org_suffix.insert(w.clone());
                        c.institution.insert(w.clone());
                        &mut c.state_only
                    }
                    "org_weak" => &mut c.org_weak,
                    "org_industry" => &mut c.org_industry,
                    "generic" => &mut c.generic,
                    "boundary" => &mut c.boundary,
                    "act" => {
                        c.acts.push(w.clone());
                        &mut c.boundary
                    }
                    "role" => &mut c.roles,
                    "title" => &mut c.titles,
                    "surname" => &mut c.surnames,
                    "translit" => {
                        c.translit.extend(w.chars());
                        continue;
                    }
                    "event" => {
                        c.events.push(w);
                        continue;
                    }
                    "regnal" => {
                        c.regnal.push(w);
                        continue;
                    }
                    "place_head" => {
                        c.place_heads.push(w);
                        continue;
                    }
                    "storm_head" => {
                        c.storm_heads.push(w);
                        continue;
                    }
                    "craft_head" => {
                        c.craft_heads.push(w);
                        continue;
                    }
                    "head_gloss" => {
                        if let Some((h, g)) = w.split_once('=') {
                            c.head_glosses.push((h.to_string(), g.to_string()));
                        }
                        continue;
                    }
                    "estate_head" => {
                        c.estate_heads.push(w);
                        continue;
                    }
                    "bearing" => {
                        c.bearings.push(w);
                        continue;
                    }
                    "compass" => {
                        if let Some((h, g)) = w.split_once('=') {
                            let mut cs = h.chars();
                            if let (Some(ch), None) = (cs.next(), cs.next()) {
                                c.compass.push((ch, g.to_string()));
                            }
                        }
                        continue;
                    }
                    "state" => {
                        c.states.push(w);
                        continue;
                    }
                    "stop_char" => {
                        c.stop_chars.extend(w.chars());
                        continue;
                    }
                    "joiner" => {
                        c.joiners.extend(w.chars());
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
        c.regnal
            .sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        c.regnal_firsts = c.regnal.iter().filter_map(|w| w.chars().next()).collect();
        c.regnal_firsts.sort_unstable();
        c.regnal_firsts.dedup();
        c.build();
        Ok(c)
    }

    /// Builds the automaton of all the lists' words.
    fn build(&mut self) {
        let mut pats: IndexMap<String, u8> = IndexMap::new();
        let lists = [
            (L::Suffix, &self.org_suffix),
            (L::Weak, &self.org_weak),
            (L::Industry, &self.org_industry),
            (L::Generic, &self.generic),
            (L::Boundary, &self.boundary),
            (L::Role, &self.roles),
            (L::Title, &self.titles),
            (L::Surname, &self.surnames),
        ];
        for (l, set) in lists {
            for w in set {
                *pats.entry(w.clone()).or_default() |= 1 << (l as u8);
            }
        }
        self.pat_lists = pats.values().copied().collect();
        self.pat_chars = pats
            .keys()
            .map(|k| u8::try_from(k.chars().count()).unwrap_or(u8::MAX))
            .collect();
        self.ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(pats.keys())
            .ok();
    }

    /// The place heads with the Latin word for them (cue `head_gloss`: "县" is "county").
    pub(crate) fn head_glosses(&self) -> &[(String, String)] {
        &self.head_glosses
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

/// A Latin name followed right away by an event's word ("ATP年终总决赛", "WTU公开赛", cue
/// `event`) is the event's name, not the Latin name's organizer: one name of its own, rule
/// `event`, its id the whole name's (later uses of the Latin name alone stay the organizer's).
pub(crate) fn events(doc: &Doc<'_>, mentions: &mut [super::EntityMention]) {
    let cues = HanCues::embedded();
    let hay = doc.folded.as_str();
    let starts: Vec<usize> = mentions.iter().map(|m| m.span.start).collect();
    for (i, m) in mentions.iter_mut().enumerate() {
        let latin = m
            .span
            .slice(doc.text)
            .is_some_and(|s| !s.is_empty() && s.chars().all(|c| !is_han(c)));
        if !latin {
            continue;
        }
        let end = doc.folded.from_original(m.span.end);
        let Some(word) = cues
            .events
            .iter()
            .filter(|w| hay.get(end..).is_some_and(|r| r.starts_with(w.as_str())))
            .max_by_key(|w| w.len())
        else {
            continue;
        };
        let span = doc.folded.to_original(end, end + word.len());
        let next = starts.get(i + 1).copied().unwrap_or(usize::MAX);
        if span.end > next {
            continue;
        }
        let whole = Span::new(m.span.start, span.end);
        let Some(name) = whole.slice(doc.text) else {
            continue;
        };
        let key = fold_str(name)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if key.is_empty() {
            continue;
        }
        m.span = whole;
        m.id = format!("new:{key}");
        m.name = name.to_string();
        m.kind = EntityKind::Other;
        m.score = 0.6;
        m.rule = "event".to_string();
    }
}

/// Whether a folded name ends in an event's word (cue `event`: "ATP年终总决赛").
pub(super) fn ends_with_event(folded: &str) -> bool {
    HanCues::embedded()
        .events
        .iter()
        .any(|w| folded.ends_with(w.as_str()))
}

/// Whether the (folded) character is one of foreign names' transliterations (cue `translit`).
pub(super) fn is_translit_char(c: char) -> bool {
    HanCues::embedded().translit.contains(&c)
}

/// Whether an organization's word (an `org_suffix` or `org_weak` cue: "集团", "公司",
/// "控股") starts at folded byte `at` of `hay`: "美的集团" names a company where "美的" alone
/// may be a word.
pub(super) fn org_word_follows(hay: &str, at: usize) -> bool {
    let c = HanCues::embedded();
    let rest = hay.get(at..).unwrap_or("");
    prefixes(rest, 6).any(|p| c.org_suffix.contains(p) || c.org_weak.contains(p))
}

/// Whether the Chinese name matched at folded bytes `start..end` of `hay` starts inside a word
/// of bearing (cue `bearing`: "以北", "东北") and the rest of the match opens a quantity the
/// scanner reads ("利马以北约80公里": "north of Lima, about 80 km"; the hedge 约 and the bearing
/// are no "北约", NATO). Chinese writes a distance from a place as place + bearing + hedge +
/// number, so a name that both starts within the bearing and ends in the number's hedge is
/// split across three words. The name stands where no number follows ("以北约为首", "led by
/// NATO").
pub(super) fn splits_a_bearing(hay: &str, start: usize, end: usize) -> bool {
    let c = HanCues::embedded();
    let (Some(before), Some(name)) = (hay.get(..start), hay.get(start..end)) else {
        return false;
    };
    let Some(prev) = before.chars().next_back() else {
        return false;
    };
    c.bearings.iter().any(|b| {
        let mut bc = b.chars();
        if bc.next() != Some(prev) {
            return false;
        }
        let tail = bc.as_str();
        if tail.is_empty() || !name.starts_with(tail) || name.len() <= tail.len() {
            return false;
        }
        // The rest of the match and what follows it: a quantity must start right there.
        let from = start + tail.len();
        let window: String = hay.get(from..).unwrap_or("").chars().take(12).collect();
        crate::quantity::scan(&window, crate::Lang::Zh)
            .first()
            .is_some_and(|m| m.span.start == 0 && from + m.span.end > end)
    })
}

/// The folded bytes of the longest legal form or group word ("有限公司", "集团", cue
/// `org_suffix`) that `rest` (folded) opens with, if any.
pub(super) fn legal_form_at(rest: &str) -> Option<usize> {
    let c = HanCues::embedded();
    prefixes(rest, 6)
        .filter(|p| c.org_suffix.contains(*p) && !c.institution.contains(*p))
        .map(str::len)
        .max()
}

/// Whether a word may start at folded byte `at` of `hay`: the text's start, a character of
/// another script or punctuation before it, or a boundary word or a role ending right there
/// ("对美的", "收购长和"; not "完美的", "成长和").
pub(super) fn word_starts_at(hay: &str, at: usize) -> bool {
    let before = hay.get(..at).unwrap_or("");
    match before.chars().next_back() {
        None => true,
        Some(c) if !is_han(c) => true,
        Some(_) => {
            let c = HanCues::embedded();
            suffixes(before, 6).any(|s| c.boundary.contains(s) || c.roles.contains(s))
        }
    }
}

/// Whether a word ends at folded byte `at` of `hay` and a name's use goes on: a digit, a letter
/// or an opening bracket after it, or a boundary word, a role or a title starting there
/// ("德龙67%", "德龙（", "长和表示", "美的而言"; not "成长和发展"). The end of a sentence is no
/// evidence: idioms end there ("一路平安。").
pub(super) fn word_ends_at(hay: &str, at: usize) -> bool {
    let rest = hay.get(at..).unwrap_or("");
    match rest.chars().next() {
        None => false,
        Some(c) if !is_han(c) => c.is_alphanumeric() || matches!(c, '(' | '（' | '「' | '“' | '《'),
        Some(_) => {
            let c = HanCues::embedded();
            prefixes(rest, 6)
                .any(|p| c.boundary.contains(p) || c.roles.contains(p) || c.titles.contains(p))
        }
    }
}

/// The prefixes of `s` of one to `n` characters.
fn prefixes(s: &str, n: usize) -> impl Iterator<Item = &str> {
    s.char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
        .take(n)
        .filter_map(move |i| s.get(..i))
        .filter(|p| !p.is_empty())
}

/// The suffixes of `s` of one to `n` characters.
fn suffixes(s: &str, n: usize) -> impl Iterator<Item = &str> {
    s.char_indices()
        .rev()
        .take(n)
        .filter_map(move |(i, _)| s.get(i..))
}

pub(super) fn is_interpunct(c: char) -> bool {
    matches!(c, '·' | '・' | '•' | '‧' | '∙' | '⋅' | '･')
}

/// The folded text as characters, with what the rules need to know about each.
struct Text<'a, 'd> {
    doc: &'a Doc<'d>,
    cues: &'a HanCues,
    /// The characters, with their folded byte offsets.
    chars: Chars,
    /// Whether a candidate already covers the character.
    covered: Vec<bool>,
    /// New candidates, with the char range each covers.
    found: Vec<(usize, usize, Cand)>,
    /// Per character (and the text's end): 0, or the rank (from 1) among the characters of its
    /// block of [`BLOCK`] that start or end a cue word; its lengths are at `words[block_base
    /// [block] + rank - 1]`. Few characters start or end a cue word, so the lengths are kept
    /// apart: 1 byte a character instead of 16.
    word_ix: Vec<u8>,
    /// Per block of [`BLOCK`] characters: the index in `words` of its first character's lengths.
    block_base: Vec<u32>,
    /// Per list: the length in characters of the longest word starting at a character, then
    /// of the longest ending right before it (0: none).
    words: Vec<[[u8; LISTS]; 2]>,
    /// Every generic word's char range, by end.
    generics: Vec<(usize, usize)>,
    /// The char ranges of known places ("意大利"), with their original spans: the start of a
    /// company's name when an industry word follows ("意大利航空" is an airline).
    places: Vec<(usize, usize, Span)>,
    /// Spans of candidates a longer name found here replaces (a place inside a company's name).
    dropped: Vec<Span>,
    /// The char ranges of known names other than people's written in Han characters, with
    /// their original spans: a foreign person's transliterated name may hold one ("托马斯·雷诺"
    /// holds "雷诺", Renault), and then replaces it.
    known_han: Vec<(usize, usize, Span)>,
    /// Foreign people found by the interpunct: their family name (the part after the last
    /// interpunct) and target.
    foreigners: Vec<(String, Target)>,
}

impl Text<'_, '_> {
    fn ch(&self, i: usize) -> Option<char> {
        self.chars.get(i)
    }

    /// The spans of the known names ([`Text::known_han`]) that lie within chars `a..b`: the
    /// ones a person's name found over them replaces.
    fn known_within(&self, a: usize, b: usize) -> Vec<Span> {
        self.known_han
            .iter()
            .filter(|&&(x, y, _)| a <= x && y <= b)
            .map(|&(_, _, span)| span)
            .collect()
    }

    /// The folded byte offset of char `i`.
    fn off(&self, i: usize) -> Option<usize> {
        self.chars.off(i)
    }

    /// A free Han character: not covered by any candidate.
    fn free_han(&self, i: usize) -> bool {
        self.ch(i).is_some_and(is_han) && !self.covered.get(i).copied().unwrap_or(true)
    }

    fn string(&self, a: usize, b: usize) -> String {
        self.chars.chars.get(a..b).unwrap_or(&[]).iter().collect()
    }

    /// Whether the word `w` is written at char `i`, and its length in characters if so
    /// (compared in place: no string is built).
    fn written_at(&self, i: usize, w: &str) -> Option<usize> {
        self.chars.written_at(i, w)
    }

    /// The longest word of list `l` starting at char `i`: its length in characters.
    fn word_at(&self, l: L, i: usize) -> Option<usize> {
        self.word_len(0, l, i)
    }

    /// The longest word of list `l` ending right before char `i`: its length.
    fn word_before(&self, l: L, i: usize) -> Option<usize> {
        self.word_len(1, l, i)
    }

    /// The longest word of list `l` starting at (`side` 0) or ending right before (1) char `i`.
    fn word_len(&self, side: usize, l: L, i: usize) -> Option<usize> {
        let r = self.word_ix.get(i)?.checked_sub(1)?;
        let w = *self.block_base.get(i / BLOCK)? as usize + usize::from(r);
        let n = self.words.get(w)?.get(side)?.get(l as usize).copied()?;
        (n > 0).then_some(usize::from(n))
    }

    /// The lengths of the words starting at or ending right before char `i` (ranked already).
    fn word_slot(&mut self, i: usize) -> Option<&mut [[u8; LISTS]; 2]> {
        let r = self.word_ix.get(i)?.checked_sub(1)?;
        let w = *self.block_base.get(i / BLOCK)? as usize + usize::from(r);
        self.words.get_mut(w)
    }

    /// Fills the per-character tables: one overlapping pass of the cue automaton.
    fn index_words(&mut self) {
        let n = self.chars.len();
        self.word_ix = vec![0; n + 1];
        let blocks = n / BLOCK + 1;
        let mut count = vec![0u32; blocks];
        let Some(ac) = self.cues.ac.as_ref() else {
            self.block_base = vec![0; blocks];
            return;
        };
        let hay = self.doc.folded.as_str();
        // First the matches, ranking each character one starts or ends at within its block.
        let mut matches: Vec<(u32, u8, u8)> = Vec::new();
        for m in ac.find_overlapping_iter(hay) {
            let pid = m.pattern().as_usize();
            let (Some(&bits), Some(&len)) =
                (self.cues.pat_lists.get(pid), self.cues.pat_chars.get(pid))
            else {
                continue;
            };
            if bits == 0 {
                continue;
            }
            // The char the match starts in (matches start on a char boundary).
            let Some(a) = self.chars.first(|p| p > m.start()).checked_sub(1) else {
                continue;
            };
            matches.push((a as u32, bits, len));
            for i in [a, a + usize::from(len)] {
                if let (Some(r), Some(c)) = (self.word_ix.get_mut(i), count.get_mut(i / BLOCK)) {
                    if *r == 0 {
                        *c += 1;
                        *r = u8::try_from(*c).unwrap_or(u8::MAX);
                    }
                }
            }
        }
        let mut total = 0u32;
        self.block_base = count
            .iter()
            .map(|&c| {
                let base = total;
                total += c;
                base
            })
            .collect();
        self.words = vec![[[0; LISTS]; 2]; total as usize];
        for (a, bits, len) in matches {
            let a = a as usize;
            let b = a + usize::from(len);
            for l in 0..LISTS {
                if bits & (1 << l) == 0 {
                    continue;
                }
                if let Some(x) = self.word_slot(a).and_then(|v| v.get_mut(0)?.get_mut(l)) {
                    *x = (*x).max(len);
                }
                if let Some(x) = self.word_slot(b).and_then(|v| v.get_mut(1)?.get_mut(l)) {
                    *x = (*x).max(len);
                }
                if l == L::Generic as usize {
                    self.generics.push((a, b));
                }
            }
        }
        self.generics.sort_by_key(|&(a, b)| (b, a));
    }

    /// The starts of the generic words that end at char `b`.
    fn generic_starts(&self, b: usize) -> impl Iterator<Item = usize> + '_ {
        let i = self.generics.partition_point(|&(_, e)| e < b);
        self.generics
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |&&(_, e)| e == b)
            .map(|&(a, _)| a)
    }

    /// A role ends right before char `i` (a Latin role such as "CEO" must stand alone).
    fn role_before(&self, i: usize) -> bool {
        self.word_before(L::Role, i).is_some_and(|n| {
            let latin = self.ch(i - n).is_some_and(|c| c.is_ascii_alphabetic());
            !latin
                || !i
                    .checked_sub(n + 1)
                    .and_then(|k| self.ch(k))
                    .is_some_and(|c| c.is_ascii_alphanumeric())
        })
    }

    /// The characters of a monarch's or a pope's ordinal at char `i` ("六世"), 0 if none.
    fn regnal_at(&self, i: usize) -> usize {
        self.cues
            .regnal
            .iter()
            .map(|w| w.chars().count())
            .find(|&n| {
                self.cues
                    .regnal
                    .iter()
                    .any(|w| self.chars.is_word(i, i + n, w))
            })
            .unwrap_or(0)
    }

    /// Whether a name may end right before char `i`: the end of the text, another script,
    /// punctuation, a boundary word, a role or a title.
    fn ends_here(&self, i: usize) -> bool {
        match self.ch(i) {
            None => true,
            Some(c) if !is_han(c) => true,
            Some(_) => {
                self.word_at(L::Boundary, i).is_some()
                    || self.word_at(L::Role, i).is_some()
                    || self.word_at(L::Title, i).is_some()
                    || self.covered.get(i).copied().unwrap_or(false)
            }
        }
    }

    fn span(&self, a: usize, b: usize) -> Option<Span> {
        let start = self.off(a)?;
        let last = b.checked_sub(1)?;
        let end = self.off(last)? + self.ch(last)?.len_utf8();
        Some(self.doc.folded.to_original(start, end))
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
    /// Industry words go too ("长荣海运" and "长荣集团" are "长荣"), unless what is left is a place
    /// or a generic word ("意大利航空" is no "意大利").
    fn key_end(&self, a: usize, b: usize) -> usize {
        let mut e = b;
        while let Some(l) = self
            .word_before(L::Suffix, e)
            .max(self.word_before(L::Weak, e))
        {
            // (Nor to the state's word alone: "中央气象署" is no "中央"; nor to a known place's
            // name: "冰岛大学" and "冰岛气象局" are no Iceland, nor one body.)
            let state = self
                .cues
                .states
                .iter()
                .any(|w| self.chars.is_word(a, e - l, w));
            if e - l < a + 2 || state || self.place_at(a, e - l) {
                break;
            }
            e -= l;
        }
        // (A company named after a person keeps its industry word: "麦西莫·扎内蒂饮料" is no
        // person's key.)
        let person = (a..e).any(|k| self.ch(k).is_some_and(is_interpunct));
        while let Some(l) = self.word_before(L::Industry, e) {
            let rest = e.saturating_sub(l);
            if rest < a + 2 || self.place_at(a, rest) || self.generic(a, rest) || person {
                break;
            }
            e = rest;
        }
        e
    }

    /// Whether chars `a..b` are a known place's name.
    fn place_at(&self, a: usize, b: usize) -> bool {
        self.places.iter().any(|&(x, y, _)| x == a && y == b)
    }

    /// Whether a short form of two characters at `i..i + len` stands alone: a boundary (the
    /// text's start, another script, punctuation, a boundary word, a role or another name)
    /// before it, and a name's end after it.
    /// (A word of two characters or more that no name holds after it is enough on its own:
    /// "消息激励长荣今日上涨".)
    fn stands_alone(&self, i: usize, len: usize) -> bool {
        let strong_end = self.word_at(L::Boundary, i + len).is_some_and(|n| n >= 2);
        (self.starts_alone(i) || strong_end) && self.ends_here(i + len)
    }

    /// Whether a name may start at char `i`: the text's start, another script, punctuation,
    /// a boundary word, a role or another name before it.
    fn starts_alone(&self, i: usize) -> bool {
        match i.checked_sub(1) {
            None => true,
            Some(k) => {
                !self.ch(k).is_some_and(is_han)
                    || self.covered.get(k).copied().unwrap_or(false)
                    || self.word_before(L::Boundary, i).is_some()
                    || self.role_before(i)
            }
        }
    }

    /// Whether a generic word starts in the first part `a..p` and ends the key at `k`
    /// ("人工" + "智能": "人工智能" is a common noun).
    fn generic_key(&self, a: usize, p: usize, k: usize) -> bool {
        self.generic_starts(k).any(|s| (a..p).contains(&s))
    }

    /// Whether the characters `a..b` are a generic word or end in one, or in a determiner.
    fn generic(&self, a: usize, b: usize) -> bool {
        b.checked_sub(1)
            .and_then(|l| self.ch(l))
            .is_some_and(|c| self.cues.determiners.contains(&c))
            || self.generic_starts(b).any(|s| s >= a && s + 2 <= b)
    }
}

/// A text's characters, 4 bytes each, and the byte offset of every 64th: the offset of any
/// character is that of the last such one plus the lengths of the characters between
/// (half the memory of an offset per character, for a text of any script).
struct Chars {
    chars: Vec<char>,
    /// The byte offset of chars 0, 64, 128...
    marks: Vec<u32>,
}

/// Characters per offset kept in [`Chars`].
const MARK: usize = 64;

/// Characters per block of [`Text::word_ix`]: a rank within a block fits a byte.
const BLOCK: usize = 128;

impl Chars {
    /// The characters of `text` (at most 4 GiB; offsets beyond are not kept).
    fn new(text: &str) -> Chars {
        let n = text.chars().count();
        let mut chars = Vec::with_capacity(n);
        let mut marks = Vec::with_capacity(n / MARK + 1);
        for (i, (p, c)) in text.char_indices().enumerate() {
            if i % MARK == 0 {
                marks.extend(u32::try_from(p).ok());
            }
            chars.push(c);
        }
        Chars { chars, marks }
    }

    fn len(&self) -> usize {
        self.chars.len()
    }

    /// The characters `a..b` as a string (the empty string for a range out of the text).
    #[cfg(test)]
    fn string(&self, a: usize, b: usize) -> String {
        self.chars.get(a..b).unwrap_or(&[]).iter().collect()
    }

    /// Whether the word `w` is written at char `i`, and its length in characters if so.
    fn written_at(&self, i: usize, w: &str) -> Option<usize> {
        let mut j = i;
        for c in w.chars() {
            if self.get(j) != Some(c) {
                return None;
            }
            j += 1;
        }
        Some(j - i)
    }

    /// Whether the characters `a..b` are the word `w`: `a..b` as a string equals `w`, compared
    /// in place (no string is built; a range out of the text reads as the empty string).
    fn is_word(&self, a: usize, b: usize, w: &str) -> bool {
        if a > b || b > self.len() {
            return w.is_empty();
        }
        self.written_at(a, w) == Some(b - a)
    }

    /// Whether the characters `a..b` end with the word `w`: `a..b` as a string ends with `w`,
    /// compared in place.
    fn ends_with_word(&self, a: usize, b: usize, w: &str) -> bool {
        if a > b || b > self.len() {
            return w.is_empty();
        }
        let n = w.chars().count();
        n <= b - a && self.written_at(b - n, w) == Some(n)
    }

    /// Whether the characters `a..b` start with the word `w`:
    /// `a..b` as a string starts with `w`, compared in place.
    fn starts_with_word(&self, a: usize, b: usize, w: &str) -> bool {
        if a > b || b > self.len() {
            return w.is_empty();
        }
        self.written_at(a, w).is_some_and(|n| n <= b - a)
    }

    fn get(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    /// The byte offset of char `i`.
    fn off(&self, i: usize) -> Option<usize> {
        if i >= self.chars.len() {
            return None;
        }
        let base = *self.marks.get(i / MARK)? as usize;
        let from = i - i % MARK;
        let run = self.chars.get(from..i)?;
        Some(base + run.iter().map(|c| c.len_utf8()).sum::<usize>())
    }

    /// The first char whose byte offset satisfies `pred`, or the number of chars if none does;
    /// `pred` must be false and then true along the text (as `partition_point`).
    fn first(&self, pred: impl Fn(usize) -> bool) -> usize {
        let n = self.chars.len();
        let b = self.marks.partition_point(|&p| !pred(p as usize));
        let Some(block) = b.checked_sub(1) else {
            return 0;
        };
        // Within the block, a binary search over its characters' offsets (the predicate may
        // cost a search of its own).
        let from = block * MARK;
        let mut offs = [0usize; MARK];
        let mut p = self.marks.get(block).map_or(0, |&p| p as usize);
        let run = self.chars.get(from..n.min(from + MARK)).unwrap_or(&[]);
        for (o, c) in offs.iter_mut().zip(run) {
            *o = p;
            p += c.len_utf8();
        }
        from + offs
            .get(..run.len())
            .unwrap_or(&[])
            .partition_point(|&o| !pred(o))
    }
}

/// Finds Chinese names in a document with Han characters and adds their candidates.
pub(crate) fn apply(entities: &[Entity], doc: &Doc<'_>, cands: &mut Vec<Cand>) {
    let hay = doc.folded.as_str();
    // (Every Han character's UTF-8 starts with a byte of 0xE3 or more: a byte scan first.)
    if !hay.bytes().any(|b| b >= 0xE3) || !hay.chars().any(is_han) {
        return;
    }
    // Char offsets are kept in 32 bits: a text of 4 GiB or more is not read for Chinese names
    // (the pipeline reads long documents in pieces of 1 MiB).
    if u32::try_from(hay.len()).is_err() {
        return;
    }
    let chars = Chars::new(hay);
    // Which characters existing candidates cover (their spans are original bytes).
    let mut spans: Vec<Span> = cands.iter().map(|c| c.span).collect();
    spans.sort_by_key(|s| s.start);
    // (Only Han characters are ever asked; a character is covered where its start is.)
    let covered = hay
        .char_indices()
        .map(|(p, c)| {
            if !is_han(c) || spans.is_empty() {
                return false;
            }
            let o = doc.folded.start_to_original(p);
            let i = spans.partition_point(|s| s.end <= o);
            spans.get(i).is_some_and(|s| s.start <= o)
        })
        .collect();
    // Known places written in Han characters, by char range.
    let char_at = |o: usize| chars.first(|p| doc.folded.start_to_original(p) >= o);
    let places = cands
        .iter()
        .filter(|c| {
            matches!(c.target, Target::Known(e) if entities.get(e).is_some_and(|e| e.kind == EntityKind::Place))
                && c.span.slice(doc.text).is_some_and(|s| s.chars().all(is_han))
        })
        .map(|c| (char_at(c.span.start), char_at(c.span.end), c.span))
        .collect();
    let known_han = cands
        .iter()
        .filter(|c| {
            matches!(c.target, Target::Known(e) if entities.get(e).is_some_and(|e| e.kind != EntityKind::Person))
                && c.span.slice(doc.text).is_some_and(|s| s.chars().all(is_han))
        })
        .map(|c| (char_at(c.span.start), char_at(c.span.end), c.span))
        .collect();
    let mut t = Text {
        doc,
        cues: HanCues::embedded(),
        chars,
        covered,
        found: Vec::new(),
        word_ix: Vec::new(),
        block_base: Vec::new(),
        words: Vec::new(),
        generics: Vec::new(),
        places,
        dropped: Vec::new(),
        known_han,
        foreigners: Vec::new(),
    };
    t.index_words();
    interpunct_names(&mut t);
    foreign_family_names(&mut t, cands);
    role_names(&mut t);
    titled_foreign_names(&mut t);
    org_names(&mut t);
    numbered_craft(&mut t);
    compass_places(&mut t, entities, cands);
    place_led_names(&mut t);
    regnal_names(&mut t);
    estate_names(&mut t);
    headed_transliterations(&mut t);
    repeated_transliterations(&mut t, entities);
    brackets(&mut t, cands);
    later_uses(&mut t, entities, cands);
    family_name_and_title(&mut t, entities, cands);
    if !t.dropped.is_empty() {
        cands.retain(|c| !t.dropped.contains(&c.span));
    }
    cands.extend(t.found.into_iter().map(|(_, _, c)| c));
}

/// The series of craft Chinese news name by a number and "号", with their Latin names
/// (`data/gazetteer/zh_series.tsv`): (folded Han name as characters, Latin name).
fn series() -> &'static [(Vec<char>, String)] {
    static S: std::sync::OnceLock<Vec<(Vec<char>, String)>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        include_str!("../../data/gazetteer/zh_series.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .filter_map(|l| {
                let (han, latin) = l.split_once('\t')?;
                Some((
                    fold_str(han.trim()).chars().collect(),
                    latin.trim().to_string(),
                ))
            })
            .filter(|(h, l): &(Vec<char>, String)| !h.is_empty() && !l.is_empty())
            .collect()
    })
}

/// The value of a number of one to three characters in Chinese numerals or digits ("六",
/// "十八", "二十一", "12"), from 1 to 99, as the quantity scanner reads it (its Chinese number
/// words live in `data/quantity/zh.json`): one exact count covering them all.
fn small_number(s: &[char]) -> Option<u32> {
    let text: String = s.iter().collect();
    let found = crate::quantity::scan(&text, crate::Lang::Zh);
    let [m] = found.as_slice() else {
        return None;
    };
    let q = &m.quantity;
    let whole = m.span.start == 0 && m.span.end == text.len();
    let plain = q.unit == crate::quantity::Unit::Count
        && q.bound == crate::quantity::Bound::Exact
        && q.max.is_none()
        && !q.approximate;
    let v: u32 = q
        .value
        .to_string()
        .parse()
        .ok()
        .filter(|_| whole && plain)?;
    (1..=99).contains(&v).then_some(v)
}

/// "嫦娥六号", "神舟十八号": a series of craft (`zh_series.tsv`), a number and "号" name one
/// craft, keyed as its Latin name with the number is ("Chang'e-6": `new:chang e 6`), so that
/// the Chinese and the Latin mentions are one entity; another number is another craft. A
/// numbered craft is a product (the holder of its own mass, size and parts).
fn numbered_craft(t: &mut Text<'_, '_>) {
    let list = series();
    if list.is_empty() {
        return;
    }
    let n = t.chars.len();
    for i in 0..n {
        if !t.free_han(i) {
            continue;
        }
        for (han, latin) in list {
            let len = han.len();
            // (Compared in place: no string per character and series.)
            if t.chars.chars.get(i..i + len) != Some(han.as_slice())
                || !(i..i + len).all(|k| t.free_han(k))
            {
                continue;
            }
            // The number: one to three characters before "号".
            let Some(hao) = (i + len + 1..=i + len + 3)
                .find(|&k| t.ch(k) == Some('号') || t.ch(k) == Some('號'))
            else {
                continue;
            };
            let digits: Vec<char> = (i + len..hao).filter_map(|k| t.ch(k)).collect();
            let Some(number) = small_number(&digits) else {
                continue;
            };
            // ("Chang'e-6", "Long March 5": as the Latin name is written.)
            let name = if latin.contains(' ') {
                format!("{latin} {number}")
            } else {
                format!("{latin}-{number}")
            };
            let key = super::gazetteer::name_tokens(&fold_str(&name)).join(" ");
            let target = Target::New {
                key,
                name,
                kind: EntityKind::Product,
            };
            t.push(i, hao + 1, target, DISCOVERED.0, "discovered");
            break;
        }
    }
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
        let inside_known =
            |t: &Text<'_, '_>, k: usize| t.known_han.iter().any(|&(ka, kb, _)| ka <= k && k < kb);
        let translit = |t: &Text<'_, '_>, k: usize| {
            (t.free_han(k) || inside_known(t, k))
                && t.ch(k).is_some_and(|c| t.cues.translit.contains(&c))
        };
        // The first part: back from the interpunct, to a role or a boundary word.
        let mut a = i;
        while a > 0
            && i - a < MAX_TRANSLIT
            && translit(t, a - 1)
            && !t.role_before(a)
            && t.word_before(L::Boundary, a).is_none()
        {
            a -= 1;
        }
        // Then each part after an interpunct, up to a boundary word.
        let mut b = i;
        let mut parts = 0;
        while t.ch(b).is_some_and(is_interpunct) {
            let mut e = b + 1;
            while e < n && e - b <= MAX_TRANSLIT && translit(t, e) {
                if e > b + 1 && t.word_at(L::Boundary, e).is_some() {
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
        // A known name that the first part starts inside ends it there ("意大利麦西莫·扎内蒂":
        // Italy, then the person).
        if let Some(kb) = t
            .known_han
            .iter()
            .filter(|&&(ka, kb, _)| ka < a && a < kb && kb < i)
            .map(|&(_, kb, _)| kb)
            .max()
        {
            a = kb;
        }
        // A known name only partly inside the person's name stays (and so does the name's
        // text around it: the person is not found).
        let partial = t
            .known_han
            .iter()
            .any(|&(ka, kb, _)| ka < b && a < kb && !(a <= ka && kb <= b));
        // A foreign name before an organization's words that end in a suffix is the
        // organization's first part ("麦西莫·扎内蒂饮料集团": a company named after a person).
        let company = (a < i && parts > 0 && b - a >= 4 && !partial)
            .then(|| org_chain_end(t, b))
            .flatten();
        if let Some(q) = company {
            if let Some(target) = t.new_target(a, q, EntityKind::Organization) {
                t.push(a, q, target, DISCOVERED.0, "discovered");
            }
            i = q;
            continue;
        }
        if a < i && parts > 0 && b - a >= 4 && !partial {
            if let Some(target) = t.new_target(a, b, EntityKind::Person) {
                let inside = t.known_within(a, b);
                t.dropped.extend(inside);
                let last_dot = (a..b).rev().find(|&k| t.ch(k).is_some_and(is_interpunct));
                if let Some(d) = last_dot {
                    t.foreigners.push((t.string(d + 1, b), target.clone()));
                }
                t.push(a, b, target, DISCOVERED.0, "discovered");
            }
            i = b;
        } else {
            i += 1;
        }
    }
}

/// The chain of an organization's words starting at char `p` (industry words, weak suffixes and
/// suffixes, as [`org_names`] reads them): its end, whether a suffix is among them and whether
/// the last one is a suffix ("饮料集团").
fn org_chain(t: &Text<'_, '_>, p: usize) -> (usize, bool, bool) {
    let (mut q, mut any, mut last) = (p, false, false);
    loop {
        let suffix = t.word_at(L::Suffix, q);
        let weak = t.word_at(L::Weak, q);
        let industry = t.word_at(L::Industry, q);
        let Some(len) = suffix.max(weak).max(industry) else {
            break;
        };
        if !(q..q + len).all(|k| t.free_han(k)) {
            break;
        }
        last = suffix == Some(len);
        any |= last;
        q += len;
    }
    (q, any, last)
}

/// The end of an organization's words starting at char `p` where they end in a suffix
/// ("饮料集团"), else `None`.
fn org_chain_end(t: &Text<'_, '_>, p: usize) -> Option<usize> {
    let (q, _, last) = org_chain(t, p);
    (last && q > p).then_some(q)
}

/// "托马斯·雷诺 ... 雷诺表示": a foreign person's family name alone, where it is also a known
/// name of something else (Renault) that the text names no other way, is the person's.
fn foreign_family_names(t: &mut Text<'_, '_>, cands: &[Cand]) {
    if t.foreigners.is_empty() {
        return;
    }
    let known = std::mem::take(&mut t.known_han);
    for &(ka, kb, span) in &known {
        let s = t.string(ka, kb);
        let Some(target) = t
            .foreigners
            .iter()
            .find(|(f, _)| *f == s)
            .map(|(_, tg)| tg.clone())
        else {
            continue;
        };
        // Inside a person's name already, an organization's word after it ("雷诺汽车"), or
        // the thing named otherwise too ("Renault").
        if t.found.iter().any(|(a, b, _)| *a <= ka && kb <= *b)
            || [L::Suffix, L::Weak, L::Industry]
                .iter()
                .any(|&l| t.word_at(l, kb).is_some())
        {
            continue;
        }
        let entity = cands
            .iter()
            .find(|c| c.span == span)
            .map(|c| c.target.clone());
        let otherwise = cands.iter().any(|c| {
            Some(&c.target) == entity.as_ref()
                && c.span.slice(t.doc.text).is_some_and(|x| fold_str(x) != s)
        });
        if otherwise {
            continue;
        }
        t.dropped.push(span);
        t.push(ka, kb, target, DISCOVERED.0, "surname");
    }
    t.known_han = known;
}

/// "董事长王传福表示": after a role, a family name and one or two characters, where what
/// follows shows the name's end.
fn role_names(t: &mut Text<'_, '_>) {
    let n = t.chars.len();
    for i in 1..n {
        if !t.free_han(i) || !t.role_before(i) {
            continue;
        }
        let given = |k: usize| t.free_han(k) && t.word_at(L::Boundary, k).is_none();
        // Two given characters when the text ends a name after them, else one (not before an
        // interpunct: "马可·卢比奥" is a foreign name).
        let ends = |k: usize| t.ends_here(k) && !t.ch(k).is_some_and(is_interpunct);
        let chinese = t.word_at(L::Surname, i).and_then(|s| {
            if given(i + s) && given(i + s + 1) && ends(i + s + 2) {
                Some(i + s + 2)
            } else if given(i + s) && ends(i + s + 1) {
                Some(i + s + 1)
            } else {
                None
            }
        });
        // Else a foreign family name alone ("首席执行官门施表示"): three to six characters of
        // transliteration, where the text ends a name after them (two where the first is no
        // Chinese family name: "总理默茨表示").
        let least = if t.word_at(L::Surname, i).is_some() {
            3
        } else {
            2
        };
        let foreign = || {
            let mut e = i;
            while e < i + MAX_TRANSLIT
                && given(e)
                && t.ch(e).is_some_and(|c| t.cues.translit.contains(&c))
            {
                e += 1;
            }
            // A monarch's or a pope's ordinal goes with the name ("国王费利佩六世").
            if e >= i + least {
                e += t.regnal_at(e);
            }
            // (Not before an interpunct or a hyphen: "玛丽-洛尔·德尼" is one name.)
            let joined = t
                .ch(e)
                .is_some_and(|c| is_interpunct(c) || matches!(c, '-' | '－' | '‐'));
            (e >= i + least && t.ends_here(e) && !joined).then_some(e)
        };
        let Some(end) = chinese.or_else(foreign) else {
            continue;
        };
        if let Some(target) = t.new_target(i, end, EntityKind::Person) {
            t.push(i, end, target, DISCOVERED.0, "discovered");
        }
    }
}

/// "欧仁妮皇后", "门施先生": a foreign name in transliteration, three to six characters
/// that start a word, right before a title (cue `title`: "皇后", "女王", "先生"), maybe with a
/// monarch's ordinal ("伊丽莎白二世女王"): a person's name, the title no part of it.
fn titled_foreign_names(t: &mut Text<'_, '_>) {
    let n = t.chars.len();
    for i in 1..n {
        if t.word_at(L::Title, i).is_none() {
            continue;
        }
        // (An ordinal between: "二世" before "女王".)
        let mut s = i;
        for back in 2..=3 {
            if let Some(k) = i.checked_sub(back) {
                if t.regnal_at(k) == back {
                    s = k;
                    break;
                }
            }
        }
        let name_end = s;
        while s > 0
            && name_end - s < MAX_TRANSLIT
            && t.free_han(s - 1)
            && t.ch(s - 1).is_some_and(|c| t.cues.translit.contains(&c))
        {
            s -= 1;
        }
        if name_end < s + 3 || !t.starts_alone(s) || !(s..i).all(|k| t.free_han(k)) {
            continue;
        }
        if let Some(target) = t.new_target(s, i, EntityKind::Person) {
            t.push(s, i, target, DISCOVERED.0, "discovered");
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
        let (q, strong, _) = org_chain(t, p);
        if q == p {
            p += 1;
            continue;
        }
        // The first part: back from p to a boundary, a known name, another script.
        let mut a = p;
        while a > 0
            && p - a <= MAX_CORE
            && t.free_han(a - 1)
            && t.word_before(L::Boundary, a).is_none()
            && !t.role_before(a)
        {
            a -= 1;
        }
        // A known place right before the industry words, where nothing but a boundary comes
        // before it, starts the name ("意大利航空", "德国电信"); a public body's name starts
        // with its country's too ("法国最高行政法院", "德国联邦卡特尔局").
        let institution = t
            .cues
            .institution
            .iter()
            .any(|w| t.chars.ends_with_word(p, q, w));
        let place = if a == p {
            t.places
                .iter()
                .find(|&&(x, y, _)| y == p && t.starts_alone(x))
                .map(|&(x, _, span)| (x, span))
        } else {
            None
        };
        // (The first part of a public body's name runs from its country's name, over words
        // that would end another name: "法国国家信息与自由委员会", "国家市场与竞争委员会"; never
        // over a verb that acts on what follows it (cue `act`): in "美国政府取消哈佛大学" the
        // government cancels, and the university's name starts after the verb.)
        let place = place.or_else(|| {
            let &(x, y, span) = t
                .places
                .iter()
                .filter(|&&(x, y, _)| {
                    institution
                        && y < p
                        && p - y <= MAX_CORE
                        && (y..p).all(|k| t.free_han(k))
                        && !(y..p).any(|k| {
                            t.cues
                                .acts
                                .iter()
                                .any(|v| t.written_at(k, v).is_some_and(|len| k + len <= p))
                        })
                        && t.starts_alone(x)
                })
                .max_by_key(|&&(_, y, _)| y)?;
            a = y;
            Some((x, span))
        });
        let bounded = p - a <= MAX_CORE;
        if let Some((x, _)) = place {
            a = x;
        }
        // (Or with a word of the state: "中央气象署", "国家统计局".)
        let state = institution
            && place.is_none()
            && t.cues
                .states
                .iter()
                .any(|w| t.chars.starts_with_word(a, p, w));
        // Generic words at the start are no part of it ("一家").
        while let Some(g) = t
            .word_at(L::Generic, a)
            .filter(|&g| a + g < p && place.is_none() && !state)
        {
            a += g;
        }
        // (A public body's name may join two words: "信息与自由委员会", "最高法院".)
        let joiner = |c: char| institution && t.cues.joiners.contains(&c);
        let clean = !(a..p).any(|k| {
            t.ch(k)
                .is_some_and(|c| t.cues.stop_chars.contains(&c) && !joiner(c))
        });
        let ok = bounded
            && clean
            && p - a >= 2
            && (place.is_some() || state || !t.generic(a, p))
            && (place.is_some() || state || !t.generic_key(a, p, t.key_end(a, q)));
        let ok = ok && (strong || weak_name_confirmed(t, a, p, q));
        // (A suffix of bodies of the state ends a name only with the state's word or the
        // country's name.)
        let ok = ok
            && (place.is_some()
                || state
                || !t
                    .cues
                    .state_only
                    .iter()
                    .any(|w| t.chars.ends_with_word(p, q, w)));
        if ok {
            if let Some(target) = t.new_target(a, q, EntityKind::Organization) {
                t.push(a, q, target, DISCOVERED.0, "discovered");
                if let Some((_, span)) = place {
                    t.dropped.push(span);
                }
            }
        }
        p = q;
    }
}

/// The fewest times a text writes a foreign name in transliteration alone for it to be read
/// as a name.
const TRANSLIT_REPEATS: usize = 3;

/// "蘇富比 ... 香港蘇富比 ... 蘇富比去年": a foreign name written in the transliteration
/// syllabary's characters (`data/gazetteer/zh_translit.tsv`), three to six of them between
/// characters outside it, that the text writes so three times or more, is a name (a word is
/// seldom spelt with the syllabary's characters alone, and a text seldom repeats one so); a
/// longer run that starts with it holds it too ("蘇富比亞洲區"). Where the text always writes the
/// same one or two characters right after it, they are the name's ("伊比利猞猁", "雅万高铁": a
/// species, a line). Not next to an interpunct or a
/// hyphen (a person's name of several parts: `interpunct_names`), nor with a character no
/// name holds.
fn repeated_transliterations(t: &mut Text<'_, '_>, entities: &[Entity]) {
    let syllabary = super::translit::Syllabary::embedded();
    let n = t.chars.len();
    let joined = |t: &Text<'_, '_>, k: Option<usize>| {
        k.and_then(|k| t.ch(k))
            .is_some_and(|c| is_interpunct(c) || matches!(c, '-' | '－' | '‐'))
    };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let free = |t: &Text<'_, '_>, k: usize| {
            t.free_han(k)
                && t.ch(k)
                    .is_some_and(|c| syllabary.contains(c) && !t.cues.stop_chars.contains(&c))
        };
        if !free(t, i) {
            i += 1;
            continue;
        }
        let mut e = i;
        while e < n && free(t, e) {
            e += 1;
        }
        if e - i >= 3 && !joined(t, i.checked_sub(1)) && !joined(t, Some(e)) {
            runs.push((i, e));
        }
        i = e;
    }
    let mut counts: IndexMap<String, usize> = IndexMap::new();
    for &(a, b) in &runs {
        if b - a <= MAX_TRANSLIT {
            *counts.entry(t.string(a, b)).or_default() += 1;
        }
    }
    let mut names: Vec<Vec<char>> = counts
        .into_iter()
        .filter(|&(_, c)| c >= TRANSLIT_REPEATS)
        .map(|(s, _)| s.chars().collect())
        .collect();
    if names.is_empty() {
        return;
    }
    // A transliteration the text writes three times or more with the same one or two
    // characters after it makes a longer term with them: a species ("伊比利猞猁"), a railway
    // line's short name ("雅万高铁"); never with a function word, a verb of saying, a role or a
    // character no name holds. Both are names; each use takes the longest that fits.
    let mut longer: Vec<Vec<char>> = Vec::new();
    for name in &names {
        let starts: Vec<usize> = runs
            .iter()
            .filter(|&&(a, b)| t.chars.chars.get(a..b) == Some(name.as_slice()))
            .map(|&(a, _)| a)
            .collect();
        let mut ext = name.clone();
        for _ in 0..2 {
            let mut after: IndexMap<char, usize> = IndexMap::new();
            for &a in &starts {
                if t.chars.chars.get(a..a + ext.len()) != Some(ext.as_slice()) {
                    continue;
                }
                let k = a + ext.len();
                let Some(c) = t.ch(k) else { continue };
                let fits = is_han(c)
                    && t.free_han(k)
                    && !t.cues.stop_chars.contains(&c)
                    && t.word_at(L::Boundary, k).is_none()
                    && t.word_at(L::Role, k).is_none()
                    && t.word_at(L::Title, k).is_none();
                if fits {
                    *after.entry(c).or_default() += 1;
                }
            }
            let best = after
                .iter()
                .fold(None::<(char, usize)>, |best, (&c, &n)| match best {
                    Some((_, m)) if m >= n => best,
                    _ => Some((c, n)),
                });
            match best {
                Some((c, n)) if n >= TRANSLIT_REPEATS => ext.push(c),
                _ => break,
            }
        }
        if ext.len() > name.len() {
            longer.push(ext);
        }
    }
    let terms = longer.clone();
    names.extend(longer);
    // (A name the gazetteer knows, or the first part of one it knows, links as the gazetteer
    // decides: "罗克韦尔" of "罗克韦尔自动化".)
    let mut buf = String::new();
    names.retain(|name| {
        let s: String = name.iter().collect();
        !entities
            .iter()
            .flat_map(|e| &e.aliases)
            .any(|a| folded_starts_with(&a.text, &s, &mut buf))
    });
    if names.is_empty() {
        return;
    }
    for (a, _) in runs {
        // (The run and the characters after it: a name may run on past the syllables.)
        let run: Vec<char> = t
            .chars
            .chars
            .get(a..(a + MAX_TRANSLIT + 2).min(t.chars.chars.len()))
            .unwrap_or(&[])
            .to_vec();
        let Some(len) = names
            .iter()
            .filter(|name| run.starts_with(name))
            .map(Vec::len)
            .max()
        else {
            continue;
        };
        // (A longer term is a thing the story counts and measures, as a work is.)
        let term = terms.iter().any(|n| n.len() == len && run.starts_with(n));
        let kind = if term {
            EntityKind::Product
        } else {
            EntityKind::Other
        };
        if let Some(target) = t.new_target(a, a + len, kind) {
            t.push(a, a + len, target, DISCOVERED.0, "discovered");
        }
    }
}

/// A compass word before a known place's name, then a place head, is another place: a town
/// or a county whose name holds a country's or a state's ("东帝汶镇", "西约克县", "北达科他"
/// are not Timor, York, Dakota). News writes foreign towns so ("南汉普顿镇"), and the same
/// place in Latin letters is "East X", "South X": the key is the English compass word, the
/// known place's name and the head's Latin word where it has one ("新伦敦县": "new london
/// county"), so that both forms are one place (cues `compass`, `place_head`, `head_gloss`).
/// The place alone inside it is dropped.
fn compass_places(t: &mut Text<'_, '_>, entities: &[Entity], cands: &[Cand]) {
    if t.cues.compass.is_empty() {
        return;
    }
    let heads = t.cues.place_heads.clone();
    let places = t.places.clone();
    for (x, y, span) in places {
        let Some(c) = x.checked_sub(1) else { continue };
        let Some(gloss) = t
            .ch(c)
            .and_then(|ch| t.cues.compass.iter().find(|(k, _)| *k == ch))
            .map(|(_, g)| g.clone())
        else {
            continue;
        };
        if !t.free_han(c) || !t.starts_alone(c) {
            continue;
        }
        let Some(len) = heads.iter().filter_map(|h| t.written_at(y, h)).max() else {
            continue;
        };
        if !(y..y + len).all(|j| t.free_han(j)) {
            continue;
        }
        let Some(place) = cands.iter().find_map(|k| match k.target {
            Target::Known(e) if k.span == span => entities.get(e),
            _ => None,
        }) else {
            continue;
        };
        // (A head with a Latin word keeps it, as the Latin name does: "新伦敦县", "New London
        // County"; a town's head has none: "East X" is the town.)
        let head = t.string(y, y + len);
        let key = match t.cues.head_glosses.iter().find(|(h, _)| *h == head) {
            Some((_, word)) => format!("{gloss} {} {word}", fold_str(&place.name)),
            None => format!("{gloss} {}", fold_str(&place.name)),
        };
        let Some(whole) = t.span(c, y + len) else {
            continue;
        };
        let Some(name) = whole.slice(t.doc.text) else {
            continue;
        };
        let target = Target::New {
            key,
            name: name.to_string(),
            kind: EntityKind::Place,
        };
        t.dropped.push(span);
        t.push(c, y + len, target, super::discover::COMPASS, "discovered");
    }
}

/// A facility or a company named after its country or place: the place's name, a name of two
/// to four characters and a landmark's noun ("埃塞俄比亚复兴大坝", a dam; cue `landmark_noun` of
/// `kind_cues.tsv`) or an industry word and a company's suffix ("秘鲁火山矿业公司"; cues
/// `org_industry`, `org_suffix`, `org_weak`). Chinese opens such names with the place as Latin
/// scripts put it after ("Grand Ethiopian Renaissance Dam"): the whole is the facility or the
/// company, never the place, whose mention inside it is dropped. The name between is no
/// generic, industry or boundary word and holds no stop character: "埃塞俄比亚的大坝",
/// "美国大型科技公司", "美国自动化软件公司" are common nouns or a business described. A
/// landmark's noun of one character ("港", "桥") must end the word ("X港口" is a port in
/// general). A company is keyed by its name without the place, as where a company's name
/// found right after the place leaves the place its own mention ("北岭矿业公司宣布").
fn place_led_names(t: &mut Text<'_, '_>) {
    let kc = super::kinds::KindCues::embedded();
    let places = t.places.clone();
    for (x, y, span) in places {
        let name_char = |t: &Text<'_, '_>, k: usize| {
            t.free_han(k)
                && t.ch(k).is_some_and(|c| {
                    !t.cues.stop_chars.contains(&c) && !t.cues.determiners.contains(&c)
                })
                && t.word_at(L::Boundary, k).is_none()
                && t.word_at(L::Generic, k).is_none()
                && t.word_at(L::Industry, k).is_none()
        };
        let mut found = None;
        for m in 1..=4 {
            if !name_char(t, y + m - 1) {
                break;
            }
            if m < 2 {
                continue;
            }
            let at = y + m;
            // A landmark's noun, longest first.
            let landmark = (1..=3).rev().find(|&len| {
                (at..at + len).all(|j| t.free_han(j))
                    && kc
                        .landmark_noun(Lang::Zh, &t.string(at, at + len))
                        .is_some()
                    && (len > 1
                        || !t.free_han(at + len)
                        || t.word_at(L::Boundary, at + len).is_some())
            });
            if let Some(len) = landmark {
                found = Some((at + len, EntityKind::Facility));
                break;
            }
            // An industry word, then a company's suffix.
            let industry = t.word_at(L::Industry, at).unwrap_or(0);
            let suffix = t
                .word_at(L::Suffix, at + industry)
                .or_else(|| t.word_at(L::Weak, at + industry).filter(|_| industry > 0));
            if let Some(len) = suffix {
                let end = at + industry + len;
                if (at..end).all(|j| t.free_han(j)) {
                    found = Some((end, EntityKind::Organization));
                    break;
                }
            }
        }
        let Some((end, kind)) = found else { continue };
        // (A company is keyed by its name after the place, as where the place is apart.)
        let key_from = if kind == EntityKind::Organization {
            y
        } else {
            x
        };
        let Some(Target::New { key, .. }) = t.new_target(key_from, end, kind) else {
            continue;
        };
        let Some(name) = t.span(x, end).and_then(|sp| sp.slice(t.doc.text)) else {
            continue;
        };
        let target = Target::New {
            key,
            name: name.to_string(),
            kind,
        };
        t.dropped.push(span);
        // (The place's characters are the name's now.)
        for k in x..y {
            if let Some(f) = t.covered.get_mut(k) {
                *f = false;
            }
        }
        t.push(x, end, target, DISCOVERED.0, "discovered");
    }
}

/// A housing estate's or a court's name: two or three characters before a head that says
/// what it is (cue `estate_head`: "苑", "邨"), starting where a name may (after a district's
/// or a city's name, a boundary word, punctuation): "沙田翠华苑", "石硖尾邨". The head is kept;
/// a determiner or a single character before it ("该屋苑", "屋苑") is no name.
fn estate_names(t: &mut Text<'_, '_>) {
    if t.cues.estate_heads.is_empty() {
        return;
    }
    let heads = t.cues.estate_heads.clone();
    let n = t.chars.len();
    let mut i = 2;
    while i < n {
        let Some(len) = heads
            .iter()
            .filter_map(|h| t.written_at(i, h))
            .filter(|&len| (i..i + len).all(|j| t.free_han(j)))
            .max()
        else {
            i += 1;
            continue;
        };
        let name_char = |t: &Text<'_, '_>, k: usize| {
            t.free_han(k)
                && t.ch(k).is_some_and(|c| {
                    !t.cues.stop_chars.contains(&c) && !t.cues.determiners.contains(&c)
                })
                && t.word_at(L::Boundary, k).is_none()
        };
        let mut s = i;
        while s > 0 && i - s < 3 && name_char(t, s - 1) {
            s -= 1;
        }
        let start = (s..i.saturating_sub(1)).find(|&k| t.starts_alone(k));
        if let Some(a) = start {
            if let Some(target) = t.new_target(a, i + len, EntityKind::Facility) {
                t.push(a, i + len, target, DISCOVERED.0, "discovered");
            }
        }
        i += len;
    }
}

/// A monarch's or a pope's name before an ordinal ("二世", cue `regnal`): the characters of
/// transliteration before it, two at least, are one name with it, and a short known name
/// written inside them is not read ("拉美西斯二世", "亨利四世": never "拉美", Latin America).
fn regnal_names(t: &mut Text<'_, '_>) {
    let syl = super::translit::Syllabary::embedded();
    let n = t.chars.len();
    let mut i = 2;
    while i < n {
        if t.ch(i)
            .is_none_or(|c| t.cues.regnal_firsts.binary_search(&c).is_err())
        {
            i += 1;
            continue;
        }
        let r = t
            .cues
            .regnal
            .iter()
            .filter_map(|w| t.written_at(i, w))
            .max()
            .unwrap_or(0);
        if r == 0 || !t.free_han(i) {
            i += 1;
            continue;
        }
        // (A character a known name covers counts only where that name lies inside the run.)
        let inside = |t: &Text<'_, '_>, k: usize| {
            t.known_han
                .iter()
                .any(|&(x, y, _)| x <= k && k < y && y <= i)
        };
        let mut s = i;
        while s > 0
            && i - s < MAX_TRANSLIT
            && t.ch(s - 1)
                .is_some_and(|c| syl.contains(c) && !t.cues.stop_chars.contains(&c))
            && (t.free_han(s - 1) || inside(t, s - 1))
        {
            s -= 1;
        }
        // (The known name must lie whole inside: not cut at the run's start.)
        while s < i && t.known_han.iter().any(|&(x, y, _)| x < s && s < y) {
            s += 1;
        }
        if i - s < 2 || !t.starts_alone(s) {
            i += r;
            continue;
        }
        let inner = t.known_within(s, i);
        if let Some(target) = t.new_target(s, i + r, EntityKind::Person) {
            t.dropped.extend(inner);
            t.push(s, i + r, target, DISCOVERED.0, "discovered");
        }
        i += r;
    }
}

/// The fewest characters of a transliterated place's name before its head ("圣卢西县").
const MIN_HEADED: usize = 3;

/// Foreign names in transliteration that a head word marks, where the text writes them once
/// or twice (a name written three times is found by [`repeated_transliterations`]):
///
/// - a place: three characters of transliteration or more, then a head that says what the
///   place is (cue `place_head`: "县", "郡", "礁", "海滩", "港", "堡"), kept in the name, and
///   more heads after it ("彭萨科拉海滩"): "马里恩县", "锡耶斯塔礁";
/// - a storm: a name of two characters or more right before or after a storm's word (cue
///   `storm_head`: "飓风", "台风"), in quotes or not ("飓风“艾尔玛”", "贝丽尔飓风"): the name
///   alone, so that its later uses without the head are the same storm;
/// - a ship or a craft: a name in quotes right before "号" (cue `craft_head`): "“维多利亚”号".
///
/// The name starts where a name may (a boundary, punctuation, another name before it).
fn headed_transliterations(t: &mut Text<'_, '_>) {
    let syl = super::translit::Syllabary::embedded();
    let n = t.chars.len();
    let sound = |t: &Text<'_, '_>, k: usize| {
        t.free_han(k)
            && t.ch(k)
                .is_some_and(|c| syl.contains(c) && !t.cues.stop_chars.contains(&c))
    };
    let head_at = |t: &Text<'_, '_>, heads: &[String], k: usize| {
        heads
            .iter()
            .filter_map(|h| t.written_at(k, h))
            .filter(|&len| (k..k + len).all(|j| t.free_han(j)))
            .max()
    };
    let quote_open =
        |c: Option<char>| c.is_some_and(|c| matches!(c, '“' | '「' | '『' | '"' | '《'));
    let quote_close =
        |c: Option<char>| c.is_some_and(|c| matches!(c, '”' | '」' | '』' | '"' | '》'));
    // The longest name of sounds ending right before `h` that starts where a name may.
    let name_before = |t: &Text<'_, '_>, h: usize, least: usize| {
        let mut s = h;
        while s > 0 && h - s < MAX_TRANSLIT && sound(t, s - 1) {
            s -= 1;
        }
        (s..h.saturating_sub(least - 1)).find(|&k| t.starts_alone(k))
    };
    let mut i = 0;
    while i < n {
        // A place: its name, its heads.
        if let Some(len) = head_at(t, &t.cues.place_heads, i) {
            if let Some(s) = name_before(t, i, MIN_HEADED) {
                let mut e = i + len;
                while let Some(more) = head_at(t, &t.cues.place_heads, e) {
                    e += more;
                }
                if let Some(target) = t.new_target(s, e, EntityKind::Place) {
                    t.push(s, e, target, DISCOVERED.0, "discovered");
                    i = e;
                    continue;
                }
            }
        }
        // A storm: its name before or after the head, in quotes or not.
        if let Some(len) = head_at(t, &t.cues.storm_heads, i) {
            let before = i.checked_sub(1).filter(|&k| quote_close(t.ch(k)));
            let name = match before {
                Some(q) => {
                    let s = (0..q).rev().take(MAX_TRANSLIT + 1).find(|&k| !sound(t, k));
                    s.filter(|&k| quote_open(t.ch(k)) && q - k > 2)
                        .map(|k| (k + 1, q))
                }
                None => name_before(t, i, 2).map(|s| (s, i)),
            };
            let name = name.or_else(|| {
                let open = quote_open(t.ch(i + len));
                let a = i + len + usize::from(open);
                let mut e = a;
                while e < n && e - a < MAX_TRANSLIT && sound(t, e) {
                    e += 1;
                }
                let closed = !open || quote_close(t.ch(e));
                (e >= a + 2 && closed && t.ends_here(e)).then_some((a, e))
            });
            if let Some((a, e)) = name {
                if let Some(target) = t.new_target(a, e, EntityKind::Other) {
                    t.push(a, e, target, DISCOVERED.0, "discovered");
                }
            }
            i += len;
            continue;
        }
        // A ship or a craft: a quoted name before its head.
        if quote_close(t.ch(i)) && head_at(t, &t.cues.craft_heads, i + 1).is_some() {
            let s = (0..i).rev().take(MAX_TRANSLIT + 1).find(|&k| !sound(t, k));
            if let Some(k) = s.filter(|&k| quote_open(t.ch(k)) && i - k > 2) {
                if let Some(target) = t.new_target(k + 1, i, EntityKind::Product) {
                    t.push(k + 1, i, target, DISCOVERED.0, "discovered");
                }
            }
        }
        i += 1;
    }
}

/// A name ending in an industry word or a weak suffix alone ("X汽车", "X公司") is a company's
/// where it comes again in the text (or its first part, of three characters or more), or a
/// role or a verb follows it.
fn weak_name_confirmed(t: &Text<'_, '_>, a: usize, p: usize, q: usize) -> bool {
    // The cheap evidence first: what follows.
    if t.word_at(L::Role, q).is_some() || t.word_at(L::Boundary, q).is_some_and(|l| l >= 2) {
        // (A verb, not a particle: two characters or more.)
        return true;
    }
    let hay = t.doc.folded.as_str();
    let again = |s: String| hay.match_indices(s.as_str()).nth(1).is_some();
    (p - a >= 3 && again(t.string(a, p))) || again(t.string(a, q))
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
        // (An English title's article is no part of the name the text found: "（The X
        // Tour）".)
        let inside = t.span(inner.0, inner.1).and_then(|s| {
            latin.get(&(s.start, s.end)).copied().or_else(|| {
                let content = text.get(s.start..s.end)?;
                let rest = ["The ", "the "]
                    .iter()
                    .find_map(|a| content.strip_prefix(a))?;
                latin.get(&(s.end - rest.len(), s.end)).copied()
            })
        });
        let before = t.off(i).and_then(|p| {
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
                // A quoted Chinese title right before the bracket ("「極光巡迴演唱會」（The
                // Aurora Tour）"): the quotation, all of it.
                let quoted = i
                    .checked_sub(1)
                    .filter(|&q| matches!(t.ch(q), Some('」' | '』' | '”')))
                    .and_then(|q| {
                        let a = (q.saturating_sub(MAX_CORE + 5)..q)
                            .rev()
                            .find(|&k| matches!(t.ch(k), Some('「' | '『' | '“')))?
                            + 1;
                        ((2..=MAX_CORE + 4).contains(&(q - a))
                            && (a..q).all(|k| t.ch(k).is_some_and(is_han)))
                        .then_some((a, q))
                    });
                let range = found.or(quoted).or_else(|| {
                    let mut a = i;
                    while a > 0
                        && i - a <= MAX_CORE
                        && t.free_han(a - 1)
                        && t.word_before(L::Boundary, a).is_none()
                        && !t.role_before(a)
                    {
                        a -= 1;
                    }
                    while let Some(g) = t.word_at(L::Generic, a).filter(|&g| a + g < i) {
                        a += g;
                    }
                    (i - a >= 2 && i - a <= MAX_CORE && !t.generic(a, i))
                        .then(|| transliterated_part(t, a, i, l).unwrap_or((a, i)))
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
                c.target = written_as(text, c.span, &target);
                c.score = BRACKETED;
                c.rule = "bracketed";
            }
        }
    }
}

/// The end of the run of chars `a..b` before a person's Latin name in brackets that
/// transliterates it, where one does: the words before it describe the person ("网球球王辛纳
/// (Jannik Sinner)", "西班牙好手艾卡拉斯（Carlos Alcaraz）": the tennis king, the ace) and are
/// no part of the name, which later uses repeat alone. The best-sounding end wins, the
/// longer on a tie.
fn transliterated_part(t: &Text<'_, '_>, a: usize, b: usize, l: &Cand) -> Option<(usize, usize)> {
    use super::translit::{score, HanName, LatinName};
    let latin = LatinName::new(l.span.slice(t.doc.text)?)?;
    (a..b.saturating_sub(1))
        .filter_map(|s| {
            let han = t.string(s, b);
            let name = HanName::new(&han).or_else(|| HanName::family_only(&han))?;
            score(&latin, &name).map(|x| (s, x))
        })
        .fold(None::<(usize, f64)>, |best, (s, x)| match best {
            Some((_, bx)) if bx >= x => best,
            _ => Some((s, x)),
        })
        .map(|(s, _)| (s, b))
}

/// A discovered Latin name's target for its Chinese name at `span`: the Latin key (one id in
/// the text), with the Chinese name as written, from which [`super::Clusterer`] learns that
/// the Chinese name names the Latin one in other documents too.
fn written_as(text: &str, span: Span, target: &Target) -> Target {
    match (target, span.slice(text)) {
        (Target::New { key, kind, .. }, Some(name)) => Target::New {
            key: key.clone(),
            name: name.to_string(),
            kind: *kind,
        },
        _ => target.clone(),
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
                let target = t
                    .span(a, b)
                    .map_or(l.target.clone(), |sp| written_as(t.doc.text, sp, &l.target));
                t.push(a, b, target, BRACKETED, "bracketed");
                retarget.push((key, l.target.clone()));
            }
        }
    }
}

/// The length of a company name's first part: the name without the organization suffixes and
/// industry words at its end ("维朗自动化集团": "维朗"), at least one character.
fn first_part(cues: &HanCues, name: &[char]) -> usize {
    let sets = [&cues.org_suffix, &cues.org_weak, &cues.org_industry];
    let mut p = name.len();
    // The longest suffix word ending at `p` (suffix words have at most six characters).
    while let Some(n) = (1..p.min(7)).rev().find(|&n| {
        let tail: String = name.get(p - n..p).unwrap_or(&[]).iter().collect();
        sets.iter().any(|set| set.contains(&tail))
    }) {
        p -= n;
    }
    p
}

/// A later use's form: its characters, target, score, rule, and whether it must stand alone
/// (a two-character short form).
type Form = (Vec<char>, Target, f64, &'static str, bool);

/// A company's short forms (`name` all Han): its first part without the suffix words
/// ("维朗" of "维朗自动化"), and its abbreviation ([`abbreviation`]). A form of two characters
/// must stand alone where it is used.
fn short_forms(cues: &HanCues, name: &[char], target: &Target, score: f64, forms: &mut Vec<Form>) {
    if !name.iter().all(|&c| is_han(c)) {
        return;
    }
    let p = first_part(cues, name);
    if p >= 2 && p < name.len() {
        forms.push((
            name.get(..p).unwrap_or(&[]).to_vec(),
            target.clone(),
            score,
            "short_form",
            p < 3,
        ));
    }
    if let Some(abbr) = abbreviation(cues, name) {
        forms.push((abbr, target.clone(), score, "short_form", true));
    }
}

/// An event's name given by a Latin one in brackets ("極光巡迴演唱會（The Aurora Tour）") with
/// its other nouns of the same class (cue `event_noun`): "極光巡演" names the same tour. The
/// name's first part keeps two characters or more.
fn event_forms(name: &str, target: &Target, forms: &mut Vec<Form>) {
    let kc = super::kinds::KindCues::embedded();
    let mut nouns: Vec<(&str, &str)> = kc.event_nouns(Lang::Zh).collect();
    nouns.sort_unstable();
    let Some((stem, class)) = nouns
        .iter()
        .filter_map(|(w, c)| name.strip_suffix(w).map(|s| (s, *c)))
        .filter(|(s, _)| s.chars().count() >= 2)
        .min_by_key(|(s, _)| s.len())
    else {
        return;
    };
    for (w, _) in nouns.iter().filter(|(_, c)| *c == class) {
        let form: Vec<char> = stem.chars().chain(w.chars()).collect();
        forms.push((form, target.clone(), 0.7, "short_form", false));
    }
}

/// A Chinese company name's abbreviation: the first character of its first part and of the
/// suffix word after it ("中国银行": "中行", "东方航空": "东航"), where the first part and
/// the word have two characters or more.
fn abbreviation(cues: &HanCues, name: &[char]) -> Option<Vec<char>> {
    let p = first_part(cues, name);
    let sets = [&cues.org_suffix, &cues.org_weak, &cues.org_industry];
    let word = (2..=6).rev().find(|&n| {
        let w: String = name.get(p..p + n).unwrap_or(&[]).iter().collect();
        w.chars().count() == n && sets.iter().any(|set| set.contains(&w))
    });
    match (p >= 2, word, name.first(), name.get(p)) {
        (true, Some(_), Some(&x), Some(&y)) => Some(vec![x, y]),
        _ => None,
    }
}

/// The names found again elsewhere in the text: the whole name, and a company's first part
/// (two characters only where they stand alone) and abbreviation.
fn later_uses(t: &mut Text<'_, '_>, entities: &[Entity], cands: &[Cand]) {
    // (chars, target, score, rule, whether it must stand alone: a two-character short form)
    let mut forms: Vec<Form> = Vec::new();
    // A foreign person's family name alone ("迪斯" after "赫伯特·迪斯"): the part after the last
    // interpunct, two characters or more, of a name found here or linked from the gazetteer.
    for c in cands
        .iter()
        .map(|c| (c.span, &c.target))
        .chain(t.found.iter().map(|(_, _, c)| (c.span, &c.target)))
    {
        let (span, target) = c;
        // (A name given by a Latin one in brackets has no kind yet: "奥利维娅·勃兰特（Olivia
        // Brandt）"; an interpunct between transliterations makes it a person's.)
        let person = match target {
            Target::New { kind, .. } => {
                *kind == EntityKind::Person
                    || (*kind == EntityKind::Other
                        && span.slice(t.doc.text).is_some_and(|s| {
                            s.contains(is_interpunct)
                                && fold_str(s)
                                    .chars()
                                    .all(|c| is_interpunct(c) || t.cues.translit.contains(&c))
                        }))
            }
            Target::Known(e) => entities
                .get(*e)
                .is_some_and(|e| e.kind == EntityKind::Person),
            Target::Nothing => false,
        };
        let Some(surface) = span.slice(t.doc.text).filter(|_| person) else {
            continue;
        };
        if let Some((_, last)) = surface.rsplit_once(is_interpunct) {
            let last: Vec<char> = fold_str(last).chars().collect();
            if last.len() >= 2 && last.iter().all(|&c| is_han(c)) {
                forms.push((last, target.clone(), 0.7, "surname", false));
            }
        }
    }
    // A known company's first part ("维朗" ... of "维朗自动化"), three characters or more, as for
    // the names found here.
    for c in cands {
        let Target::Known(e) = c.target else { continue };
        if entities
            .get(e)
            .is_none_or(|e| e.kind != EntityKind::Organization)
        {
            continue;
        }
        let Some(surface) = c.span.slice(t.doc.text) else {
            continue;
        };
        let name: Vec<char> = fold_str(surface).chars().collect();
        if !name.iter().all(|&c| is_han(c)) {
            continue;
        }
        short_forms(t.cues, &name, &c.target, 0.7, &mut forms);
    }
    // A company's name given by a Latin one in brackets ("达飞海运集团（CMA CGM）"): its
    // first part and abbreviation, as for a known company.
    for (a, b, c) in &t.found {
        if c.rule != "bracketed" || t.place_at(*a, *b) {
            continue;
        }
        let name: Vec<char> = t.string(*a, *b).chars().collect();
        short_forms(t.cues, &name, &c.target, 0.7, &mut forms);
        event_forms(&t.string(*a, *b), &c.target, &mut forms);
    }
    for (a, b, c) in &t.found {
        let whole: Vec<char> = t.string(*a, *b).chars().collect();
        forms.push((whole, c.target.clone(), c.score, c.rule, false));
        if let Target::New {
            kind: EntityKind::Organization,
            ..
        } = c.target
        {
            let name: Vec<char> = t.string(*a, *b).chars().collect();
            if let Some(abbr) = abbreviation(t.cues, &name) {
                forms.push((abbr, c.target.clone(), c.score, c.rule, true));
            }
            // A public body's name without its state's word ("气象署" after "中央气象署"),
            // three characters or more.
            let whole = t.string(*a, *b);
            if let Some(rest) = t
                .cues
                .states
                .iter()
                .find_map(|w| whole.strip_prefix(w.as_str()))
                .filter(|r| r.chars().count() >= 3)
            {
                forms.push((
                    rest.chars().collect(),
                    c.target.clone(),
                    c.score,
                    c.rule,
                    false,
                ));
            }
            // The first part: the name without its suffix words.
            let mut p = *b;
            while p > *a {
                let back = t
                    .word_before(L::Suffix, p)
                    .max(t.word_before(L::Weak, p))
                    .max(t.word_before(L::Industry, p));
                match back {
                    Some(l) if p - l > *a => p -= l,
                    _ => break,
                }
            }
            if p - a >= 2 && p < *b && !t.place_at(*a, p) {
                forms.push((
                    t.string(*a, p).chars().collect(),
                    c.target.clone(),
                    c.score,
                    c.rule,
                    p - a < 3,
                ));
            }
            let k = t.key_end(*a, *b);
            if k - a >= 2 && k > p && k < *b && !t.place_at(*a, k) {
                forms.push((
                    t.string(*a, k).chars().collect(),
                    c.target.clone(),
                    c.score,
                    c.rule,
                    k - a < 3,
                ));
            }
        }
    }
    if forms.is_empty() {
        return;
    }
    // Longest forms first.
    forms.sort_by_key(|f| std::cmp::Reverse(f.0.len()));
    // One form per string: `forms` has one entry per occurrence of each name found, and the
    // scan below takes the first form that matches, so a later form with the same characters
    // never wins; dropping it keeps the scan linear in the text for a name used many times.
    let mut seen: FastSet<Vec<char>> = FastSet::default();
    forms.retain(|f| seen.insert(f.0.clone()));
    let n = t.chars.len();
    let mut i = 0;
    while i < n {
        let hit = forms.iter().find(|(f, _, _, _, alone)| {
            f.iter()
                .enumerate()
                .all(|(k, &c)| t.ch(i + k) == Some(c) && t.free_han(i + k))
                && (!alone || t.stands_alone(i, f.len()))
        });
        match hit {
            Some((f, target, score, rule, _)) => {
                let (len, target, score, rule) = (f.len(), target.clone(), *score, *rule);
                t.push(i, i + len, target, score, rule);
                i += len;
            }
            None => i += 1,
        }
    }
}

/// A Chinese person's family name with a title or role right after it ("王董事长", "王先生")
/// names the person the text named in full ("王传福"), unless two such people share it.
fn family_name_and_title(t: &mut Text<'_, '_>, entities: &[Entity], cands: &[Cand]) {
    let mut people: Vec<(Vec<char>, Option<Target>)> = Vec::new();
    let person = |target: &Target| match target {
        Target::New { kind, .. } => *kind == EntityKind::Person,
        Target::Known(e) => entities
            .get(*e)
            .is_some_and(|e| e.kind == EntityKind::Person),
        Target::Nothing => false,
    };
    let named = cands
        .iter()
        .chain(t.found.iter().map(|(_, _, c)| c))
        .filter(|c| person(&c.target));
    for c in named {
        let Some(name) = c.span.slice(t.doc.text).map(fold_str) else {
            continue;
        };
        let chars: Vec<char> = name.chars().collect();
        if !(2..=4).contains(&chars.len()) || !chars.iter().all(|&c| is_han(c)) {
            continue;
        }
        // The family name: two characters where those are one ("欧阳"), else one.
        let s = [2, 1].into_iter().find(|&s| {
            s < chars.len()
                && t.cues
                    .surnames
                    .contains(&chars.get(..s).unwrap_or(&[]).iter().collect::<String>())
        });
        let Some(s) = s else { continue };
        let family: Vec<char> = chars.get(..s).unwrap_or(&[]).to_vec();
        match people.iter_mut().find(|(f, _)| *f == family) {
            Some((_, slot)) => {
                if slot.as_ref() != Some(&c.target) {
                    *slot = None;
                }
            }
            None => people.push((family, Some(c.target.clone()))),
        }
    }
    if people.iter().all(|(_, p)| p.is_none()) {
        return;
    }
    let n = t.chars.len();
    let mut i = 0;
    while i < n {
        let hit = people.iter().find_map(|(f, target)| {
            let target = target.as_ref()?;
            let here = f
                .iter()
                .enumerate()
                .all(|(k, &c)| t.ch(i + k) == Some(c) && t.free_han(i + k));
            let after = i + f.len();
            let title = t
                .word_at(L::Title, after)
                .or_else(|| t.word_at(L::Role, after))?;
            (here && (after..after + title).all(|k| t.free_han(k)))
                .then(|| (after + title, target.clone()))
        });
        match hit {
            Some((end, target)) => {
                t.push(i, end, target, 0.7, "surname");
                i = end;
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_craft_number_is_read_as_the_quantity_scanner_reads_it() {
        let n = |s: &str| small_number(&s.chars().collect::<Vec<_>>());
        assert_eq!(n("六"), Some(6));
        assert_eq!(n("十"), Some(10));
        assert_eq!(n("十八"), Some(18));
        assert_eq!(n("二十一"), Some(21));
        assert_eq!(n("两"), Some(2));
        assert_eq!(n("12"), Some(12));
        assert_eq!(n("一百"), None);
        assert_eq!(n("0"), None);
        assert_eq!(n("六七"), None);
        assert_eq!(n("号"), None);
    }

    proptest! {
        /// [`Chars`] gives the offsets `char_indices` gives, and `first` what `partition_point`
        /// over them gives.
        #[test]
        fn chars_match_char_indices(s in "[a-zé·长鑫科技（）\\- ]{0,300}", cut in 0usize..400) {
            let reference: Vec<(usize, char)> = s.char_indices().collect();
            let chars = Chars::new(&s);
            prop_assert_eq!(chars.len(), reference.len());
            for (i, &(p, c)) in reference.iter().enumerate() {
                prop_assert_eq!(chars.get(i), Some(c));
                prop_assert_eq!(chars.off(i), Some(p));
            }
            prop_assert_eq!(chars.off(reference.len()), None);
            prop_assert_eq!(
                chars.first(|p| p >= cut),
                reference.partition_point(|&(p, _)| p < cut)
            );
            prop_assert_eq!(
                chars.first(|p| p > cut),
                reference.partition_point(|&(p, _)| p <= cut)
            );
        }

        /// The in-place comparisons of a range of characters with a word answer what the
        /// range built as a string answers (a range out of the text is the empty string).
        #[test]
        fn words_compared_in_place_match_the_built_string(
            s in "[长鑫科技集团公司国家中央a ]{0,12}",
            w in "[长鑫科技集团公司国家中央a]{0,4}",
            a in 0usize..16,
            b in 0usize..16,
        ) {
            let chars = Chars::new(&s);
            let built = chars.string(a, b);
            prop_assert_eq!(chars.is_word(a, b, &w), built == w);
            prop_assert_eq!(chars.ends_with_word(a, b, &w), built.ends_with(w.as_str()));
            prop_assert_eq!(chars.starts_with_word(a, b, &w), built.starts_with(w.as_str()));
        }
    }
}
