//! Folding: one canonical form of a text for matching, with a map back to the original bytes.
//!
//! Folding applies, character by character:
//! - compatibility decomposition (NFKD): full-width digits and letters become ASCII
//!   (`１０，０００` → `10,000`), ligatures split, `²` becomes `2`;
//! - removal of the combining diacritical marks U+0300–U+036F (`perplessità` → `perplessita`,
//!   `fünf` → `funf`), and `ß` → `ss`;
//! - lower case;
//! - one form for dashes (`–`, `—`, `−` → `-`), quotes (`’` → `'`, `“”„«»` → `"`) and spaces
//!   (U+00A0, U+202F, U+3000 … → U+0020; newlines and tabs are kept);
//! - traditional Chinese characters to simplified ones (`億` → `亿`, `萬` → `万`), from the
//!   table `data/fold/zh_hant_hans.txt`.
//!
//! Folding is idempotent: `fold(fold(s)) == fold(s)`. Lexicons fold their words with the same
//! function, so a lexicon written with accents or traditional characters matches any spelling.
//!
//! The [`Folded`] text keeps a sparse map back to the original: runs of characters whose folded
//! form has the same byte length are stored as one segment, so ASCII and most CJK text costs
//! nothing, and a 100 MB document does not need a per-byte table.
//!
//! ```
//! use concord::text::fold::Folded;
//! let original = "Meta investì $ １４,３ Miliardi";
//! let f = Folded::new(original);
//! assert_eq!(f.as_str(), "meta investi $ 14,3 miliardi");
//! let at = f.as_str().find("14,3").unwrap();
//! let span = f.to_original(at, at + 4);
//! assert_eq!(span.slice(original), Some("１４,３"));
//! ```

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::char::decompose_compatible;

use super::Span;

/// A folded text with its map back to the original's byte offsets.
#[derive(Clone, Debug)]
pub struct Folded {
    text: String,
    segs: Vec<Seg>,
    orig_len: usize,
}

/// One stretch of the map: either a run in which folded and original bytes advance together
/// (`ident`), or one original character whose folded form has another length.
#[derive(Clone, Copy, Debug)]
struct Seg {
    f: usize,
    o: usize,
    flen: usize,
    olen: usize,
    ident: bool,
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut segs: Vec<Seg> = Vec::new();
        let mut rest = original;
        let mut o = 0;
        while !rest.is_empty() {
            // A run of ASCII folds byte for byte: one identity stretch, lower-cased in bulk.
            let ascii = rest.bytes().take_while(u8::is_ascii).count();
            if ascii > 0 {
                let (run, tail) = rest.split_at(ascii);
                let f = text.len();
                text.push_str(run);
                if let Some(added) = text.get_mut(f..) {
                    added.make_ascii_lowercase();
                }
                push_seg(&mut segs, f, o, ascii, ascii, true);
                o += ascii;
                rest = tail;
                continue;
            }
            let Some(c) = rest.chars().next() else {
                break;
            };
            let olen = c.len_utf8();
            let f = text.len();
            // A run maps byte for byte only where each character folds to one character of the
            // same length ("ß" → "ss" has the same length but not the same boundaries).
            let single = fold_char_fast(c, &mut text);
            let flen = text.len() - f;
            push_seg(&mut segs, f, o, flen, olen, single && flen == olen);
            o += olen;
            rest = rest.get(olen..).unwrap_or("");
        }
        Folded {
            text,
            segs,
            orig_len: original.len(),
        }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The segment holding folded byte `p` (the last one starting at or before it).
    fn seg_at(&self, p: usize) -> Option<&Seg> {
        let i = self.segs.partition_point(|s| s.f <= p);
        // Skip segments of empty folds (combining marks) back to the one that covers p.
        self.segs
            .get(..i)
            .unwrap_or(&[])
            .iter()
            .rev()
            .find(|s| s.flen > 0 || s.f < p)
    }

    /// The original byte offset where folded byte `p` starts.
    pub fn start_to_original(&self, p: usize) -> usize {
        if p >= self.text.len() {
            return self.orig_len;
        }
        match self.seg_at(p) {
            Some(s) if s.ident => s.o + (p - s.f),
            Some(s) => s.o,
            None => 0,
        }
        .min(self.orig_len)
    }

    /// The original byte offset where a folded range ending (exclusively) at `p` ends.
    pub fn end_to_original(&self, p: usize) -> usize {
        if p == 0 {
            return 0;
        }
        let mut end = match self.seg_at(p - 1) {
            Some(s) if s.ident => s.o + (p - s.f),
            Some(s) => s.o + s.olen,
            None => 0,
        };
        // Characters that fold to nothing (combining marks) right after the range belong to it.
        let i = self.segs.partition_point(|s| s.f < p);
        for s in self.segs.get(i..).unwrap_or(&[]) {
            if s.f != p || s.flen != 0 || s.o != end {
                break;
            }
            end = s.o + s.olen;
        }
        end.min(self.orig_len)
    }

    /// The folded byte offset where the original character at byte `o` starts (the folded
    /// text's length at or past the original's end). Folding is per character, so for char
    /// boundaries `a <= b`, `&self.as_str()[self.from_original(a)..self.from_original(b)]` is
    /// `fold_str(&original[a..b])`.
    pub fn from_original(&self, o: usize) -> usize {
        if o >= self.orig_len {
            return self.text.len();
        }
        let i = self.segs.partition_point(|s| s.o <= o);
        match i.checked_sub(1).and_then(|i| self.segs.get(i)) {
            Some(s) if s.ident => s.f + (o - s.o),
            Some(s) => s.f,
            None => 0,
        }
    }

    /// A reader of [`Folded::from_original`] for offsets that mostly increase: each call
    /// continues the previous one's place in the map instead of searching it again.
    pub fn cursor(&self) -> OriginalCursor<'_> {
        OriginalCursor { folded: self, i: 0 }
    }

    /// The folded form of the original range `[start, end)` (char boundaries of the original),
    /// borrowed from the folded text: [`fold_str`] of that range, without folding it again.
    pub fn folded_of(&self, start: usize, end: usize) -> &str {
        self.text
            .get(self.from_original(start)..self.from_original(end))
            .unwrap_or("")
    }

    /// The original span of the folded range `[start, end)`.
    pub fn to_original(&self, start: usize, end: usize) -> Span {
        if end <= start {
            let s = self.start_to_original(start);
            return Span::new(s, s);
        }
        Span::new(self.start_to_original(start), self.end_to_original(end))
    }
}

/// [`Folded::from_original`] for offsets read in increasing order ([`Folded::cursor`]); any
/// order gives the same results, an offset before the previous one costs a search.
#[derive(Clone, Debug)]
pub struct OriginalCursor<'f> {
    folded: &'f Folded,
    /// The number of segments starting at or before the last offset asked.
    i: usize,
}

impl OriginalCursor<'_> {
    /// The folded byte offset where the original character at byte `o` starts.
    pub fn from_original(&mut self, o: usize) -> usize {
        let f = self.folded;
        if o >= f.orig_len {
            return f.text.len();
        }
        let back = self
            .i
            .checked_sub(1)
            .and_then(|k| f.segs.get(k))
            .is_some_and(|s| s.o > o);
        if back {
            self.i = f.segs.partition_point(|s| s.o <= o);
        }
        while f.segs.get(self.i).is_some_and(|s| s.o <= o) {
            self.i += 1;
        }
        match self.i.checked_sub(1).and_then(|i| f.segs.get(i)) {
            Some(s) if s.ident => s.f + (o - s.o),
            Some(s) => s.f,
            None => 0,
        }
    }
}

/// Appends one stretch to the map, merging it into the previous one where both are identity
/// stretches that continue each other.
fn push_seg(segs: &mut Vec<Seg>, f: usize, o: usize, flen: usize, olen: usize, ident: bool) {
    match segs.last_mut() {
        Some(last) if ident && last.ident && last.f + last.flen == f && last.o + last.olen == o => {
            last.flen += flen;
            last.olen += olen;
        }
        _ => segs.push(Seg {
            f,
            o,
            flen,
            olen,
            ident,
        }),
    }
}

/// Folds a string without keeping the map (for lexicon words and comparisons).
///
/// ```
/// use concord::text::fold::fold_str;
/// assert_eq!(fold_str("Fünf MILLIARDEN"), "funf milliarden");
/// assert_eq!(fold_str("三千五百萬"), "三千五百万");
/// assert_eq!(fold_str(&fold_str("Straße")), fold_str("Straße"));
/// ```
pub fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_onto(s, &mut out);
    out
}

/// Appends the folded form of `s` to `out` ([`fold_str`] without a new string: a caller that
/// folds many short words reuses one buffer).
pub(crate) fn fold_onto(s: &str, out: &mut String) {
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        let (run, tail) = rest.split_at(ascii);
        let f = out.len();
        out.push_str(run);
        if let Some(added) = out.get_mut(f..) {
            added.make_ascii_lowercase();
        }
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            fold_char_fast(c, out);
        }
        rest = chars.as_str();
    }
}

/// Whether [`fold_str`]`(text)` starts with `prefix`, folding `text` one character at a time
/// only as far as the answer needs (a text folds character by character, so its fold's
/// start is the fold of its first characters): asked of many names, most part from the
/// prefix at their first character. `buf` is scratch space, reused across calls.
pub(crate) fn folded_starts_with(text: &str, prefix: &str, buf: &mut String) -> bool {
    buf.clear();
    let mut rest = text;
    while buf.len() < prefix.len() {
        let mut chars = rest.chars();
        let Some(c) = chars.next() else {
            break;
        };
        let from = buf.len();
        fold_onto(rest.get(..c.len_utf8()).unwrap_or(""), buf);
        // What this character added must go on as the prefix does (or end it).
        let added = buf.get(from..).unwrap_or("");
        let want = prefix.get(from..).unwrap_or("");
        if !(want.starts_with(added) || added.starts_with(want)) {
            return false;
        }
        rest = chars.as_str();
    }
    buf.starts_with(prefix)
}

/// Folds one non-ASCII character onto `out` through a table built once for the characters news
/// text is made of (Latin, Greek, Cyrillic, punctuation and symbols below U+3040, the CJK
/// ideographs, full-width forms), falling back to [`fold_char`] for the others; returns whether
/// the fold is exactly one character. The table holds [`fold_char`]'s own output, so both agree
/// by construction (and a test checks every character).
pub(crate) fn fold_char_fast(c: char, out: &mut String) -> bool {
    let table = fold_table();
    let cp = c as u32;
    let entry = if cp < LOW_END {
        table.low.get(cp as usize)
    } else if (HAN_START..HAN_END).contains(&cp) {
        // Ideographs decompose to themselves; only the traditional-to-simplified map applies.
        let simple = table
            .han
            .get((cp - HAN_START) as usize)
            .copied()
            .unwrap_or(c);
        out.push(simple);
        return true;
    } else if (FULL_START..FULL_END).contains(&cp) {
        table.full.get((cp - FULL_START) as usize)
    } else {
        None
    };
    match entry.and_then(|e| Some((e, table.text.get(e.start as usize..e.end as usize)?))) {
        Some((e, folded)) => {
            out.push_str(folded);
            e.single
        }
        None => {
            let f = out.len();
            fold_char(c, out);
            out.get(f..).is_some_and(|t| t.chars().nth(1).is_none())
        }
    }
}

/// Characters below this code point are folded through the table.
const LOW_END: u32 = 0x3040;
/// The CJK Unified Ideographs block.
const HAN_START: u32 = 0x4E00;
const HAN_END: u32 = 0xA000;
/// Half-width and full-width forms.
const FULL_START: u32 = 0xFF00;
const FULL_END: u32 = 0xFFF0;

#[derive(Clone, Copy, Debug)]
struct FoldEntry {
    start: u32,
    end: u32,
    single: bool,
}

/// Precomputed folds: strings in one buffer, entries per code point.
struct FoldTable {
    text: String,
    low: Vec<FoldEntry>,
    full: Vec<FoldEntry>,
    han: Vec<char>,
}

fn fold_table() -> &'static FoldTable {
    static TABLE: OnceLock<FoldTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut text = String::new();
        let mut entries = |range: std::ops::Range<u32>| -> Vec<FoldEntry> {
            range
                .map(|cp| {
                    let start = text.len();
                    if let Some(c) = char::from_u32(cp) {
                        if c.is_ascii() {
                            text.push(c.to_ascii_lowercase());
                        } else {
                            fold_char(c, &mut text);
                        }
                    }
                    let folded = text.get(start..).unwrap_or("");
                    let single = folded.chars().count() == 1;
                    FoldEntry {
                        start: u32::try_from(start).unwrap_or(u32::MAX),
                        end: u32::try_from(text.len()).unwrap_or(0),
                        single,
                    }
                })
                .collect()
        };
        let low = entries(0..LOW_END);
        let full = entries(FULL_START..FULL_END);
        let hans = hant_to_hans();
        let han = (HAN_START..HAN_END)
            .filter_map(char::from_u32)
            .map(|c| hans.get(&c).copied().unwrap_or(c))
            .collect();
        FoldTable {
            text,
            low,
            full,
            han,
        }
    })
}

fn fold_char(c: char, out: &mut String) {
    decompose_compatible(c, |d| {
        if is_combining_diacritic(d) {
            return;
        }
        for l in d.to_lowercase() {
            decompose_compatible(l, |e| {
                if !is_combining_diacritic(e) {
                    push_special(e, out);
                }
            });
        }
    });
}

fn is_combining_diacritic(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

fn push_special(c: char, out: &mut String) {
    match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' => out.push('-'),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => out.push('"'),
        'ß' => out.push_str("ss"),
        'ø' => out.push('o'),
        'đ' => out.push('d'),
        'ł' => out.push('l'),
        '\n' | '\r' | '\t' => out.push(c),
        c if c.is_whitespace() => out.push(' '),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => match hant_to_hans().get(&c) {
            Some(&s) => out.push(s),
            None => out.push(c),
        },
    }
}

/// The traditional-to-simplified table, from `data/fold/zh_hant_hans.txt`.
fn hant_to_hans() -> &'static HashMap<char, char> {
    static TABLE: OnceLock<HashMap<char, char>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = HashMap::new();
        for line in include_str!("../../data/fold/zh_hant_hans.txt").lines() {
            let line = line.trim();
            if line.starts_with('#') {
                continue;
            }
            let mut cs = line.chars().filter(|c| !c.is_whitespace());
            if let (Some(t), Some(s)) = (cs.next(), cs.next()) {
                if t != s {
                    m.insert(t, s);
                }
            }
        }
        // A simplified character that is itself a traditional key would make folding
        // non-idempotent: resolve chains once here.
        let keys: Vec<char> = m.keys().copied().collect();
        for k in keys {
            let Some(mut v) = m.get(&k).copied() else {
                continue;
            };
            let mut guard = 0;
            while let Some(&n) = m.get(&v) {
                if guard > 4 || n == v {
                    break;
                }
                v = n;
                guard += 1;
            }
            m.insert(k, v);
        }
        m
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A folded text and its map, as plain tuples.
    type Flat = (String, Vec<(usize, usize, usize, usize, bool)>);

    /// The simple fold, character by character, that the table and the ASCII runs speed up.
    fn reference(original: &str) -> Flat {
        let mut text = String::new();
        let mut segs: Vec<Seg> = Vec::new();
        let mut buf = String::new();
        for (o, c) in original.char_indices() {
            let olen = c.len_utf8();
            let f = text.len();
            if c.is_ascii() {
                text.push(c.to_ascii_lowercase());
            } else {
                buf.clear();
                fold_char(c, &mut buf);
                text.push_str(&buf);
            }
            let flen = text.len() - f;
            let ident = flen == olen && text.get(f..).is_some_and(|t| t.chars().nth(1).is_none());
            push_seg(&mut segs, f, o, flen, olen, ident);
        }
        let segs = segs
            .iter()
            .map(|s| (s.f, s.o, s.flen, s.olen, s.ident))
            .collect();
        (text, segs)
    }

    fn fast(original: &str) -> Flat {
        let f = Folded::new(original);
        let segs = f
            .segs
            .iter()
            .map(|s| (s.f, s.o, s.flen, s.olen, s.ident))
            .collect();
        (f.text, segs)
    }

    #[test]
    fn the_table_agrees_with_fold_char_on_every_character_it_holds() {
        for cp in (0x80..LOW_END)
            .chain(HAN_START..HAN_END)
            .chain(FULL_START..FULL_END)
        {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let (mut slow, mut quick) = (String::new(), String::new());
            fold_char(c, &mut slow);
            let single = fold_char_fast(c, &mut quick);
            assert_eq!(quick, slow, "U+{cp:04X}");
            assert_eq!(single, slow.chars().count() == 1, "U+{cp:04X}");
        }
    }

    proptest! {
        /// The fold read as far as needed answers what the whole fold answers.
        #[test]
        fn folded_starts_with_equals_the_whole_fold(
            text in "[a-zA-ZÀÉßﬁ１２億萬万\u{301} ]{0,8}",
            prefix in "[a-zé1億万萬 ]{0,4}",
        ) {
            let mut buf = String::new();
            prop_assert_eq!(
                folded_starts_with(&text, &prefix, &mut buf),
                fold_str(&text).starts_with(prefix.as_str())
            );
            // And a prefix the text's own fold starts with.
            let whole = fold_str(&text);
            for (k, _) in whole.char_indices() {
                prop_assert!(folded_starts_with(&text, &whole[..k], &mut buf));
            }
        }

        #[test]
        fn fast_fold_equals_the_reference(
            s in "(\\PC|[a-zA-Z0-9 ,.\u{a0}\u{202f}àéßøŁ½ﬁ€$％１２，億萬數兩萬\u{301}\u{308}–—’«»\n])*"
        ) {
            prop_assert_eq!(fast(&s), reference(&s));
            prop_assert_eq!(fold_str(&s), reference(&s).0);
        }

        #[test]
        fn the_cursor_maps_like_from_original(
            s in "(\\PC|[a-zA-Z0-9 ,.àéßﬁ１２億\u{301}–’])*",
            picks in prop::collection::vec(0usize..200, 0..20),
        ) {
            let f = Folded::new(&s);
            let mut c = f.cursor();
            let mut sorted = picks.clone();
            sorted.sort_unstable();
            // Increasing offsets, then any order.
            for &o in sorted.iter().chain(&picks) {
                prop_assert_eq!(c.from_original(o), f.from_original(o));
            }
        }

        #[test]
        fn folded_of_an_original_range_is_its_fold(
            s in "(\\PC|[a-zA-Z0-9 ,.\u{a0}àéßøŁ½ﬁ€１２，億萬\u{301}\u{308}–’«»\n])*",
            cuts in prop::collection::vec(0usize..64, 2),
        ) {
            let f = Folded::new(&s);
            let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            let a = bounds[cuts[0] % bounds.len()];
            let b = bounds[cuts[1] % bounds.len()];
            let (a, b) = (a.min(b), a.max(b));
            prop_assert_eq!(f.folded_of(a, b), fold_str(&s[a..b]));
            prop_assert_eq!(f.from_original(s.len()), f.as_str().len());
        }
    }

    #[test]
    fn maps_spans_back_through_length_changes() {
        let original = "Là, 10\u{202F}000 € — ok";
        let f = Folded::new(original);
        assert_eq!(f.as_str(), "la, 10 000 € - ok");
        let at = f.as_str().find("10 000").unwrap();
        assert_eq!(
            f.to_original(at, at + 6).slice(original),
            Some("10\u{202F}000")
        );
        let dash = f.as_str().find('-').unwrap();
        assert_eq!(f.to_original(dash, dash + 1).slice(original), Some("—"));
    }

    #[test]
    fn combining_marks_vanish_but_spans_cover_them() {
        let original = "cafe\u{301} noir";
        let f = Folded::new(original);
        assert_eq!(f.as_str(), "cafe noir");
        assert_eq!(f.to_original(0, 4).slice(original), Some("cafe\u{301}"));
        assert_eq!(f.to_original(5, 9).slice(original), Some("noir"));
    }

    #[test]
    fn expands_and_maps_whole_characters() {
        let original = "Straße ½";
        let f = Folded::new(original);
        assert_eq!(f.as_str(), "strasse 1\u{2044}2");
        // "ss" comes from one character: any part of it maps to the whole of it.
        let span = f.to_original(4, 5);
        assert_eq!(span.slice(original), Some("ß"));
    }

    #[test]
    fn traditional_and_simplified_fold_together() {
        assert_eq!(fold_str("數千億美元"), fold_str("数千亿美元"));
        assert_eq!(fold_str("兩"), "两");
    }
}
