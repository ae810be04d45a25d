//! Chinese-specific reading: words that hold numerals without being amounts, lone digits,
//! and the tenths after `成`.
//!
//! Chinese writes no spaces between words, so a numeral character may belong to a word
//! (`收拾`, `四川`, `大陆`): the lexicon's `idioms` list such words, and a numeral that starts
//! inside one, or at its start, is not read. A lone digit with no measure word (`答案是五`) is
//! a number only after a word of `bare_number_after` or between non-Han characters (`“五”`),
//! and `一` only between non-Han characters (elsewhere it is mostly the article `一`).

use super::{Kind, Num, Sentence};
use crate::decimal::Decimal;
use crate::lang::is_han;
use crate::quantity::tables::MorphKind;
use crate::text::fold::Folded;
use crate::text::Span;

/// The most characters an idiom may start before the numeral it holds.
const IDIOM_REACH: usize = 4;

impl Sentence<'_> {
    /// Whether the numeral run `[pos, end)` lies in an idiom: one that starts before `pos` and
    /// goes past it, or one that starts at `pos` and covers the whole run.
    pub(super) fn in_idiom(&self, pos: usize, end: usize) -> bool {
        let text = self.folded.as_str();
        let Some(before) = text.get(..pos) else {
            return false;
        };
        let mut starts = before.char_indices().rev().take(IDIOM_REACH - 1);
        let mut a = pos;
        loop {
            if let Some(b) = self.t.idiom_at(text, a) {
                // (A fraction is no idiom: "十分之一" is not "十分".)
                let fraction = self
                    .t
                    .phrase_at(text, end, |_| true)
                    .and_then(|(_, i)| self.t.phrase(i))
                    .is_some_and(|p| p.fraction_infix);
                if b > pos && (a < pos || b >= end) && !fraction {
                    return true;
                }
            }
            match starts.next() {
                Some((i, c)) if is_han(c) => a = i,
                _ => return false,
            }
        }
    }

    /// Whether the lone Chinese digit of token `j` (read from token `i`, ending before token
    /// `k`) is a number: after a word of `bare_number_after`, or between non-Han characters
    /// (`“五”`); `一` only between non-Han characters.
    pub(super) fn bare_digit(&self, i: usize, j: usize, k: usize, n: &Num) -> bool {
        let Some((ms, true)) = self.morphs(j) else {
            return false;
        };
        let one_digit = matches!(ms, [m] if matches!(m.kind, MorphKind::Digit(1..=9)));
        if !one_digit || n.end != j + 1 || k != j + 1 || n.hi.is_some() || n.fraction {
            return false;
        }
        let (Some(first), Some(last)) = (self.tok(i), self.tok(k.saturating_sub(1))) else {
            return false;
        };
        let text = self.folded.as_str();
        let before = text.get(..first.start).unwrap_or("");
        let after = text.get(last.end..).unwrap_or("");
        let open_before = before.chars().next_back().is_none_or(|c| !is_han(c));
        let open_after = after.chars().next().is_none_or(|c| !is_han(c));
        if n.lo == Decimal::from_u64(1) {
            return open_before && open_after;
        }
        (open_before && open_after)
            || self
                .t
                .bare_number_after
                .iter()
                .any(|w| !w.is_empty() && before.ends_with(w.as_str()))
    }

    /// The tenths after `成` (a unit of ten percent): a digit (`七成六` = 76 %) or a half
    /// (`三成半` = 35 %), written right after it. Returns what to add and the next token.
    pub(super) fn tenths_tail(&self, k: usize) -> Option<(Decimal, usize)> {
        if !self.tight(k - 1, k) {
            return None;
        }
        let t = self.tok(k)?;
        let add = match t.kind {
            Kind::Morphs { cjk: true, .. } => {
                let (ms, _) = self.morphs(k)?;
                match ms {
                    [m] => match m.kind {
                        MorphKind::Digit(d @ 1..=9) => Decimal::from_u64(d),
                        _ => return None,
                    },
                    _ => return None,
                }
            }
            _ => self
                .phrase(k)?
                .number_value
                .filter(|v| *v < Decimal::from_u64(1))?
                .checked_mul_int(10)?,
        };
        // Nothing may follow that makes it another amount ("三成六百").
        if self.morphs(k + 1).is_some() && self.tight(k, k + 1) {
            return None;
        }
        Some((add, k + 1))
    }
}

/// The folded text of a sentence as the scanner reads it: spaces between Han characters, or
/// between a Han character and a digit, are dropped (`百 分 之 2` reads as `百分之2`, as in
/// text extracted from justified layouts), with a map back to the original.
#[derive(Clone, Debug)]
pub(super) struct View {
    folded: Folded,
    /// The text without those spaces, and for each of its bytes the folded byte it comes from.
    compact: Option<(String, Vec<usize>)>,
}

impl View {
    pub(super) fn new(orig: &str) -> View {
        let folded = Folded::new(orig);
        let compact = compact(folded.as_str());
        View { folded, compact }
    }

    pub(super) fn as_str(&self) -> &str {
        match &self.compact {
            Some((c, _)) => c,
            None => self.folded.as_str(),
        }
    }

    /// The original span of the range `[start, end)` of [`View::as_str`].
    pub(super) fn to_original(&self, start: usize, end: usize) -> Span {
        let Some((c, map)) = &self.compact else {
            return self.folded.to_original(start, end);
        };
        let at = |p: usize| map.get(p).copied().unwrap_or(self.folded.as_str().len());
        let fs = if start >= c.len() {
            self.folded.as_str().len()
        } else {
            at(start)
        };
        let fe = if end == 0 {
            0
        } else if end > c.len() {
            self.folded.as_str().len()
        } else {
            at(end - 1) + 1
        };
        self.folded.to_original(fs, fe.max(fs))
    }
}

fn joins(a: char, b: char) -> bool {
    (is_han(a) && (is_han(b) || b.is_ascii_digit())) || (a.is_ascii_digit() && is_han(b))
}

/// The text without spaces between Han characters and digits, with its byte map; `None`
/// where there are none (most texts: no allocation).
fn compact(s: &str) -> Option<(String, Vec<usize>)> {
    let bytes = s.as_bytes();
    // Han characters are three-byte sequences led by 0xE3..=0xE9 (and 0xF0 beyond the BMP).
    if !bytes.contains(&b' ')
        || !bytes
            .iter()
            .any(|b| (0xE3..=0xE9).contains(b) || *b == 0xF0)
    {
        return None;
    }
    let mut drop: Vec<(usize, usize)> = Vec::new();
    let mut prev: Option<char> = None;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == ' ' {
            let mut e = i + 1;
            while let Some(&(j, ' ')) = iter.peek() {
                e = j + 1;
                iter.next();
            }
            let next = iter.peek().map(|&(_, n)| n);
            if let (Some(a), Some(b)) = (prev, next) {
                if joins(a, b) {
                    drop.push((i, e));
                }
            }
            prev = Some(' ');
            continue;
        }
        prev = Some(c);
    }
    if drop.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    let mut at = 0;
    for (a, b) in drop.into_iter().chain(std::iter::once((s.len(), s.len()))) {
        out.push_str(s.get(at..a)?);
        map.extend(at..a);
        at = b;
    }
    Some((out, map))
}

impl Sentence<'_> {
    /// Whether a numeral may start with the multiplier at `pos` (`千`, `百`): right after a
    /// percent prefix (`百分之百`) or a hedge (`逾百支` = more than one hundred, `近千萬名`),
    /// or as a denominator of scale words alone (`千分之三`).
    pub(super) fn scale_leads(&self, pos: usize) -> bool {
        let text = self.folded.as_str();
        if let Some(t) = self.toks.last() {
            let prefix = t
                .phrase
                .and_then(|p| self.t.phrase(p))
                .is_some_and(|p| p.percent_prefix || p.hedge.is_some());
            if prefix && t.end == pos {
                return true;
            }
        }
        let mut p = pos;
        while let Some((e, ms)) = self.t.morph_at(text, p) {
            let scale = ms
                .first()
                .is_some_and(|m| matches!(m.kind, MorphKind::Mult(_) | MorphKind::Scale(_)));
            if !scale || e <= p {
                break;
            }
            p = e;
        }
        p > pos
            && self
                .t
                .phrase_at(text, p, |_| true)
                .and_then(|(_, i)| self.t.phrase(i))
                .is_some_and(|ph| ph.fraction_infix)
    }
}

impl Sentence<'_> {
    /// Where digits starting at `pos` must stop: at a full-width comma `，` after an ASCII digit
    /// (punctuation: `$20，300美圆` is two amounts), while full-width digits group with it
    /// (`１０，０００`).
    pub(super) fn digits_limit(&self, pos: usize) -> usize {
        let text = self.folded.as_str();
        let run = text
            .get(pos..)
            .unwrap_or("")
            .bytes()
            .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b' ' | b'\''))
            .count();
        let Some(seg) = text.get(pos..pos + run) else {
            return text.len();
        };
        for (i, b) in seg.bytes().enumerate() {
            if b != b',' || i == 0 {
                continue;
            }
            let sp = self.folded.to_original(pos + i, pos + i + 1);
            let full = self.orig.get(sp.start..sp.end) == Some("\u{ff0c}");
            let before = self.folded.to_original(pos + i - 1, pos + i);
            let ascii = self
                .orig
                .get(before.start..before.end)
                .is_some_and(|d| d.bytes().all(|x| x.is_ascii_digit()));
            if full && ascii {
                return pos + i;
            }
        }
        text.len()
    }
}
