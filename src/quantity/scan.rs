//! The quantity scanner: tokens over folded text, then amounts assembled from them.
//!
//! A text is split into sentences; each sentence is read in its own language
//! ([`Lang::detect_sentence`]), folded ([`crate::text::fold::Folded`]) and cut into tokens in one pass:
//! digits ([`super::digits`]), number words and Chinese numerals (split into morphemes, see
//! [`super::words`]), phrases with a role (currencies, units, hedges, range words, months),
//! other words and punctuation. The assembler then reads, at each token:
//!
//! ```text
//! [hedge] [range opener] [currency] NUMBER [scale...] [range separator NUMBER [scale...]]
//!     [多] [connector] [currency | unit | classifier] [postfix hedge]
//! ```
//!
//! and decides what the amount is: money, a unit, a calendar year, a count, or nothing (a date,
//! an ordinal, an article, a part of a name). Amounts of a list share the currency written
//! after its last item (`1億、2億美元`). Spans are mapped back to the original text.

use std::sync::OnceLock;

mod zh;

use super::digits::{self, DigitNum};
use super::tables::{Morph, MorphKind, Phrase, Tables};
use super::words::Eval;
use super::{Bound, Quantity, QuantityLexicon, QuantityMention, Reading, Unit, UnitMention};
use crate::decimal::Decimal;
use crate::lang::{is_han, Lang, LangProfile};
use crate::text::doc::DocSentences;
use crate::text::{piece_end, Span};

/// A quantity scanner over a set of lexicons.
///
/// ```
/// use concord::{quantity::{Scanner, QuantityLexicon}, Lang, Unit};
/// let scanner = Scanner::new(QuantityLexicon::embedded());
/// let found = scanner.scan("Meta investierte 15 Milliarden Dollar.", Lang::De);
/// assert_eq!(found[0].quantity.value.to_string(), "15000000000");
/// assert_eq!(found[0].quantity.unit, Unit::currency("USD"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Scanner {
    lexicons: Vec<QuantityLexicon>,
    tables: Vec<Tables>,
    reading: Reading,
}

impl Scanner {
    /// A scanner over the given lexicons (language-neutral ones, without `lang`, apply to every
    /// language), in the news reading.
    pub fn new(lexicons: Vec<QuantityLexicon>) -> Scanner {
        Scanner::with_reading(lexicons, Reading::News)
    }

    /// A scanner over the given lexicons in the given [`Reading`].
    pub fn with_reading(lexicons: Vec<QuantityLexicon>, reading: Reading) -> Scanner {
        let tables = Lang::ALL
            .iter()
            .map(|&l| Tables::compile(l, &lexicons, reading))
            .collect();
        Scanner {
            lexicons,
            tables,
            reading,
        }
    }

    /// The scanner over the embedded lexicons, built once.
    pub fn embedded() -> &'static Scanner {
        static S: OnceLock<Scanner> = OnceLock::new();
        S.get_or_init(|| Scanner::new(QuantityLexicon::embedded()))
    }

    /// The lexicons this scanner was built from.
    pub fn lexicons(&self) -> &[QuantityLexicon] {
        &self.lexicons
    }

    /// Whether `folded` (a word folded with [`crate::text::fold::fold_str`]) is a word of an
    /// amount in `lang`: a number word or morpheme, a scale or its abbreviation, a multiplier,
    /// a collective numeral, a vague amount, an ordinal or a fraction ("millionen",
    /// "dizaine"), not a noun of what is counted.
    pub(crate) fn is_amount_word(&self, lang: Lang, folded: &str) -> bool {
        self.tables(lang).is_some_and(|t| {
            t.amount_words
                .binary_search_by(|w| w.as_str().cmp(folded))
                .is_ok()
        })
    }

    /// The reading this scanner was built with.
    pub fn reading(&self) -> Reading {
        self.reading
    }

    fn tables(&self, lang: Lang) -> Option<&Tables> {
        self.tables.iter().find(|t| t.lang == lang)
    }

    /// Finds every quantity in `text`, read as `lang` (sentence by sentence, where the text
    /// mixes languages).
    pub fn scan(&self, text: &str, lang: Lang) -> Vec<QuantityMention> {
        self.scan_sentences(&DocSentences::new(text, lang))
    }

    /// The percentages named with no amount: `a small percent`, `the % of increase`, `How do
    /// I calculate a percentage?` (the words of the lexicons' `units` whose unit is
    /// `percent`, where no amount of [`Scanner::scan`] holds them). Other units alone are
    /// not reported: `m`, `t` and `W` are letters more often than units.
    ///
    /// ```
    /// use concord::{quantity::Scanner, Lang, Unit};
    /// let text = "Only a small percent attain the top ranks; 5 percent do.";
    /// let bare = Scanner::embedded().unit_mentions(text, Lang::En);
    /// assert_eq!(bare.len(), 1);
    /// assert_eq!(&text[bare[0].span.start..bare[0].span.end], "percent");
    /// assert_eq!(bare[0].unit, Unit::Percent);
    /// ```
    pub fn unit_mentions(&self, text: &str, lang: Lang) -> Vec<UnitMention> {
        let doc = DocSentences::new(text, lang);
        let amounts = self.scan_sentences(&doc);
        let mut out = Vec::new();
        self.each_piece(&doc, |t, st, offset| {
            let s = Sentence::new(t, st, offset);
            for tok in &s.toks {
                let percent = tok
                    .phrase
                    .and_then(|p| t.phrase(p))
                    .is_some_and(|p| matches!(p.unit, Some((Unit::Percent, _))));
                if !percent || !matches!(tok.kind, Kind::Phrase) {
                    continue;
                }
                let span = s.original(tok.start, tok.end);
                if amounts
                    .iter()
                    .any(|m| m.span.start < span.end && span.start < m.span.end)
                {
                    continue;
                }
                out.push(UnitMention {
                    span,
                    unit: Unit::Percent,
                    lang: t.lang,
                });
            }
        });
        out
    }

    /// Calls `f` with the tables, text and offset of each sentence (or piece of a long one)
    /// of `doc`, read in its language.
    fn each_piece(&self, doc: &DocSentences<'_>, mut f: impl FnMut(&Tables, &str, usize)) {
        let (text, lang) = (doc.text(), doc.doc_lang());
        // A "sentence" of megabytes (a table of separators, a dump without line breaks) is read
        // in pieces of at most MAX_SENTENCE_BYTES: the tokens of one sentence cost about a
        // hundred bytes per character.
        let pieces = doc.spans().iter().enumerate().flat_map(|(i, &sent)| {
            let mut at = sent.start;
            std::iter::from_fn(move || {
                (at < sent.end).then(|| {
                    let end = piece_end(text, at, MAX_SENTENCE_BYTES).min(sent.end);
                    let piece = Span::new(at, end);
                    at = piece.end;
                    // The sentence's language where the piece is the whole sentence.
                    (piece, (piece == sent).then_some(i))
                })
            })
        });
        for (sent, index) in pieces {
            let Some(st) = text.get(sent.start..sent.end) else {
                continue;
            };

            // Another language matters where digits are ambiguous ("10.000", "10,000").
            let l = if lang == Lang::Zh || !st.bytes().any(|b| b.is_ascii_digit()) {
                lang
            } else {
                match index {
                    Some(i) => doc.lang(i),
                    None => Lang::detect_sentence(st, lang),
                }
            };
            let Some(t) = self.tables(l) else {
                continue;
            };
            f(t, st, sent.start);
        }
    }

    /// [`Scanner::scan`] over a document already split into sentences (the pipeline splits
    /// once and shares the sentences and their languages between the stages).
    pub fn scan_sentences(&self, doc: &DocSentences<'_>) -> Vec<QuantityMention> {
        let text = doc.text();
        let mut out = Vec::new();
        let mut inherit: Vec<bool> = Vec::new();
        let mut families: Vec<(usize, Vec<Unit>, bool)> = Vec::new();
        self.each_piece(doc, |t, st, offset| {
            Sentence::new(t, st, offset).run(&mut out, &mut inherit, &mut families);
        });
        resolve_families(text, &mut out, &families);
        inherit_currency(text, &mut out, &inherit);
        out
    }
}

/// The longest stretch of text read as one sentence (see [`Scanner::scan`]).
const MAX_SENTENCE_BYTES: usize = 16 << 10;

#[derive(Clone, Copy, Debug)]
enum Kind {
    Digits(DigitNum),
    Morphs { from: usize, to: usize, cjk: bool },
    Word,
    Punct(char),
    Phrase,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    phrase: Option<usize>,
}

/// A number read from one or more tokens.
#[derive(Clone, Copy, Debug)]
struct Num {
    lo: Decimal,
    hi: Option<Decimal>,
    vague: bool,
    more: bool,
    /// The power of ten applied by scale words (0 where none).
    scale: i32,
    scaled: bool,
    end: usize,
    words: bool,
    cjk: bool,
    ambiguous: bool,
    plain: Option<u64>,
    /// A fraction was read (`3/4`, `tre quarti`).
    fraction: bool,
    /// A fraction over a power of ten from a hundred up, written as a scale word alone
    /// (`千分之三`, `万分之五`): a percentage, its value in percent.
    percent: bool,
    /// Number words ending in an ordinal (`twenty-fifth`): a denominator, not an amount.
    ordinal: bool,
    /// A fraction over a million or a billion written as a scale word alone (`百万分之420`):
    /// a concentration, its value in parts per million.
    ppm: bool,
}

/// An amount found, in token indices of its sentence.
#[derive(Clone, Debug)]
struct Found {
    first: usize,
    last: usize,
    quantity: Quantity,
    hedge: Option<(usize, usize)>,
    /// A bare count that a list may give a currency to.
    bare: bool,
    /// A count that counts nothing named (no classifier, no noun after it).
    plain: bool,
    scaled: bool,
    /// The power of ten its scale word applied (0 where none).
    scale: i32,
    /// A count of millions or more that counts nothing named (`2 miliardi`, `40 Milliarden`):
    /// it takes the currency of the text around it (see [`inherit_currency`]).
    money_scale: bool,
    /// Its unit was lent by the figure after it (a change or a list: `von 41 auf 90
    /// Prozent`, `di 41 e 19 anni`): it makes no range with that figure.
    shared: bool,
    /// The factor of its unit to the base unit, applied to its value (1000 for tonnes).
    factor: Decimal,
}

enum Step {
    Found(Found, usize),
    Skip(usize),
    No,
}

fn is_latin_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !is_han(c) && c.is_alphanumeric()
    }
}

struct Sentence<'a> {
    t: &'a Tables,
    orig: &'a str,
    offset: usize,
    folded: zh::View,
    toks: Vec<Tok>,
    morphs: Vec<Morph>,
    end_of_segment: usize,
    /// Where a word glued to a multiplier ends its number (`drei|mal`), while it is read.
    split_at: Option<usize>,
}

impl<'a> Sentence<'a> {
    fn new(t: &'a Tables, orig: &'a str, offset: usize) -> Sentence<'a> {
        let folded = zh::View::new(orig);
        // About one token per word: room up front instead of growing (and copying) the list.
        let toks = Vec::with_capacity(folded.as_str().len() / 6 + 4);
        let mut me = Sentence {
            t,
            orig,
            offset,
            folded,
            toks,
            morphs: Vec::new(),
            end_of_segment: 0,
            split_at: None,
        };
        me.lex();
        me
    }

    // ---------------------------------------------------------------- lexing

    fn boundary_ok(&self, end: usize) -> bool {
        if self.split_at == Some(end) {
            return true;
        }
        let before = self
            .folded
            .as_str()
            .get(..end)
            .and_then(|b| b.chars().next_back());
        let after = self
            .folded
            .as_str()
            .get(end..)
            .and_then(|a| a.chars().next());
        match (before, after) {
            (Some(b), Some(a)) => !(is_latin_alnum(b) && is_latin_alnum(a)),
            _ => true,
        }
    }

    fn latin_morphs(&mut self, pos: usize) -> Option<(usize, usize, usize)> {
        let from = self.morphs.len();
        let mut budget = 32;
        if self.segment(pos, &mut budget) {
            Some((self.end_of_segment, from, self.morphs.len()))
        } else {
            self.morphs.truncate(from);
            None
        }
    }

    /// Splits the word at `p` into morphemes, longest first; where the longest leaves a rest
    /// that does not split ("hunderte|ins"), a shorter one is tried ("hundert|eins"), within a
    /// small budget per word.
    fn segment(&mut self, p: usize, budget: &mut u32) -> bool {
        let mut limit = self.folded.as_str().len();
        while *budget > 0 {
            *budget -= 1;
            let Some((e, m)) = self
                .t
                .morph_at_within(self.folded.as_str(), p, limit)
                .and_then(|(e, ms)| Some((e, *ms.first()?)))
            else {
                return false;
            };
            if e <= p {
                return false;
            }
            let mark = self.morphs.len();
            self.morphs.push(m);
            // Elided forms ("settant", "vent") end a word only before an apostrophe.
            let dangling_elision = m.inner
                && self
                    .folded
                    .as_str()
                    .get(e..)
                    .and_then(|r| r.chars().next())
                    .is_none_or(|c| c != '\'');
            if self.boundary_ok(e) && !dangling_elision {
                self.end_of_segment = e;
                return true;
            }
            if self.segment(e, budget) {
                return true;
            }
            self.morphs.truncate(mark);
            limit = e - 1;
            if limit <= p {
                return false;
            }
        }
        false
    }

    /// Whether `pos` follows a Chinese numeral or digits across spaces only ("两千 四 百 五").
    fn after_numeral(&self, pos: usize) -> bool {
        self.toks.last().is_some_and(|t| {
            matches!(t.kind, Kind::Morphs { cjk: true, .. } | Kind::Digits(_))
                && self
                    .folded
                    .as_str()
                    .get(t.end..pos)
                    .is_some_and(|g| g.bytes().all(|b| b == b' '))
        })
    }

    fn cjk_run(&mut self, pos: usize) -> Option<(usize, usize, usize)> {
        let from = self.morphs.len();
        let mut p = pos;
        // The run ends where the numeral cannot go on (`五十千` is 五十, then 千).
        let mut ev = Eval::new(true);
        loop {
            if p > pos {
                if let Some((pe, pi)) = self.t.phrase_at(self.folded.as_str(), p, |_| true) {
                    let long = self
                        .folded
                        .as_str()
                        .get(p..pe)
                        .is_some_and(|w| w.chars().count() >= 2);
                    let role = self
                        .t
                        .phrase(pi)
                        .is_some_and(|ph| ph.unit.is_some() || ph.currency.is_some());
                    if long && role {
                        break;
                    }
                }
            }
            let Some((e, ms)) = self.t.morph_at(self.folded.as_str(), p) else {
                break;
            };
            let Some(&m) = ms.first() else { break };
            if e <= p
                || !self
                    .folded
                    .as_str()
                    .get(p..e)
                    .is_some_and(|w| w.chars().all(is_han))
            {
                break;
            }
            // A numeral starts with a digit or 十: "打八折" is 八折, "百万富翁" no number.
            if p == pos
                && matches!(m.kind, MorphKind::Mult(f) if f != 10)
                && !self.after_numeral(pos)
                && !self.scale_leads(pos)
            {
                break;
            }
            if ev.push(m.kind).is_none() {
                if p > pos {
                    break;
                }
                ev = Eval::new(true);
            }
            self.morphs.push(m);
            p = e;
        }
        if p > pos && !self.in_idiom(pos, p) {
            Some((p, from, self.morphs.len()))
        } else {
            self.morphs.truncate(from);
            None
        }
    }

    fn lex(&mut self) {
        let mut pos = 0;
        let len = self.folded.as_str().len();
        while pos < len {
            let Some(c) = self
                .folded
                .as_str()
                .get(pos..)
                .and_then(|r| r.chars().next())
            else {
                break;
            };
            let cl = c.len_utf8();
            if c.is_whitespace() {
                pos += cl;
                continue;
            }
            if c == '.' || (c == ',' && self.t.decimal == ',') {
                // ".5", ",08": a decimal without its leading zero.
                let prev = self
                    .folded
                    .as_str()
                    .get(..pos)
                    .and_then(|b| b.chars().next_back());
                let run: String = self
                    .folded
                    .as_str()
                    .get(pos + 1..)
                    .unwrap_or("")
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                if !run.is_empty() && !prev.is_some_and(|p| p.is_alphanumeric() || p == '.') {
                    if let Ok(value) = Decimal::from_parts("", &run) {
                        let end = pos + 1 + run.len();
                        let d = DigitNum {
                            value,
                            end,
                            plain: None,
                        };
                        self.toks.push(Tok {
                            start: pos,
                            end,
                            kind: Kind::Digits(d),
                            phrase: None,
                        });
                        pos = end;
                        continue;
                    }
                }
            }
            if c.is_ascii_digit() {
                let limit = self.digits_limit(pos);
                let text = self.folded.as_str().get(..limit).unwrap_or("");
                if let Some(d) = digits::read(text, pos, self.t.decimal, &self.t.groups) {
                    self.toks.push(Tok {
                        start: pos,
                        end: d.end,
                        kind: Kind::Digits(d),
                        phrase: None,
                    });
                    pos = d.end.max(pos + 1);
                    continue;
                }
            }
            let cjk = is_han(c);
            let word_end = if is_latin_alnum(c) {
                let mut e = pos;
                for ch in self.folded.as_str().get(pos..).unwrap_or("").chars() {
                    if !is_latin_alnum(ch) {
                        break;
                    }
                    e += ch.len_utf8();
                }
                e
            } else {
                pos + cl
            };
            let m = if cjk {
                self.cjk_run(pos)
            } else if is_latin_alnum(c) {
                self.latin_morphs(pos)
            } else {
                None
            };
            // A number word glued to a multiplier: "viermal", "dreifach".
            if m.is_none() && is_latin_alnum(c) {
                if let Some(split) = self.glued_multiplier(pos, word_end) {
                    pos = split;
                    continue;
                }
            }
            let ph = self
                .t
                .phrase_at(self.folded.as_str(), pos, |e| {
                    cjk || self.boundary_ok(e) || self.code_glued(pos, e)
                })
                .filter(|&(e, pi)| {
                    cjk || self.boundary_ok(e)
                        || self.t.phrase(pi).is_some_and(|p| p.currency.is_some())
                });
            let tok = match (m, ph) {
                (Some((me, from, to)), Some((pe, pi))) if me == pe => Tok {
                    start: pos,
                    end: me,
                    kind: Kind::Morphs { from, to, cjk },
                    phrase: Some(pi),
                },
                (Some((me, from, to)), ph) if ph.is_none_or(|(pe, _)| me > pe) => Tok {
                    start: pos,
                    end: me,
                    kind: Kind::Morphs { from, to, cjk },
                    phrase: None,
                },
                (m, Some((pe, pi))) => {
                    if let Some((_, from, _)) = m {
                        self.morphs.truncate(from);
                    }
                    Tok {
                        start: pos,
                        end: pe,
                        kind: Kind::Phrase,
                        phrase: Some(pi),
                    }
                }
                _ => {
                    if cjk {
                        pos += cl;
                        continue;
                    }
                    if is_latin_alnum(c) {
                        Tok {
                            start: pos,
                            end: word_end,
                            kind: Kind::Word,
                            phrase: None,
                        }
                    } else {
                        Tok {
                            start: pos,
                            end: pos + cl,
                            kind: Kind::Punct(c),
                            phrase: None,
                        }
                    }
                }
            };
            pos = tok.end.max(pos + cl);
            // Web addresses hold digits and "%" that are not amounts.
            if matches!(tok.kind, Kind::Word)
                && matches!(
                    self.folded.as_str().get(tok.start..tok.end),
                    Some("http" | "https" | "www")
                )
                && matches!(
                    self.folded
                        .as_str()
                        .get(pos..)
                        .and_then(|r| r.chars().next()),
                    Some(':' | '.')
                )
            {
                while let Some(ch) = self
                    .folded
                    .as_str()
                    .get(pos..)
                    .and_then(|r| r.chars().next())
                {
                    if ch.is_whitespace() {
                        break;
                    }
                    pos += ch.len_utf8();
                }
                continue;
            }
            self.toks.push(tok);
        }
    }

    /// Reads the word `pos..end` as a number word glued to a multiplier of
    /// `glued_ratio_words` ("viermal": "vier", "mal"), pushing both tokens; returns where the
    /// word ends, or `None` (nothing pushed) where it is no such word.
    fn glued_multiplier(&mut self, pos: usize, end: usize) -> Option<usize> {
        let word = self.folded.as_str().get(pos..end)?;
        let split = self
            .t
            .glued_ratio_words
            .iter()
            .filter(|w| word.len() > w.len() && word.ends_with(w.as_str()))
            .map(|w| end - w.len())
            .next()?;
        let (pe, pi) = self
            .t
            .phrase_at(self.folded.as_str(), split, |e| e == end)
            .filter(|&(pe, pi)| pe == end && self.t.phrase(pi).is_some_and(|p| p.ratio))?;
        self.split_at = Some(split);
        let m = self.latin_morphs(pos);
        self.split_at = None;
        let (me, from, to) = m?;
        if me != split {
            self.morphs.truncate(from);
            return None;
        }
        self.toks.push(Tok {
            start: pos,
            end: me,
            kind: Kind::Morphs {
                from,
                to,
                cjk: false,
            },
            phrase: None,
        });
        self.toks.push(Tok {
            start: split,
            end: pe,
            kind: Kind::Phrase,
            phrase: Some(pi),
        });
        Some(end)
    }

    /// The unit of a symbol read only where spelled exactly so (`t`, `Mt`), and not before a
    /// hyphen (`2 t-shirts`). A symbol of one letter is read only apart from its digits (`18
    /// m`, `80 t`): glued to them it is a letter of a code or a label (`1m`, `5t`).
    fn cased_unit(&self, i: usize) -> Option<(Unit, Decimal)> {
        let ph = self.phrase(i)?;
        if ph.cased_units.is_empty() || self.tight_hyphen(i + 1) {
            return None;
        }
        let surface = self.original_text(i);
        if surface.chars().count() == 1 && i > 0 && self.tight(i - 1, i) {
            return None;
        }
        ph.cased_units
            .iter()
            .find(|(w, _)| w == surface)
            .map(|&(_, u)| u)
    }

    /// An ISO code in capitals written against its digits: `USD115`, `EUR25.5`.
    fn code_glued(&self, start: usize, end: usize) -> bool {
        let sp = self.folded.to_original(start, end);
        let code = self.orig.get(sp.start..sp.end).unwrap_or("");
        let before = self
            .orig
            .get(..sp.start)
            .and_then(|b| b.chars().next_back());
        let after = self.orig.get(sp.end..).and_then(|a| a.chars().next());
        code.len() == 3
            && code.bytes().all(|b| b.is_ascii_uppercase())
            && after.is_some_and(|c| c.is_ascii_digit())
            && !before.is_some_and(is_latin_alnum)
    }

    // ---------------------------------------------------------------- token helpers

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn phrase(&self, i: usize) -> Option<&Phrase> {
        self.tok(i)?.phrase.and_then(|p| self.t.phrase(p))
    }

    fn has(&self, i: usize, f: impl Fn(&Phrase) -> bool) -> bool {
        self.phrase(i).is_some_and(f)
    }

    fn text(&self, i: usize) -> &str {
        self.tok(i)
            .and_then(|t| self.folded.as_str().get(t.start..t.end))
            .unwrap_or("")
    }

    /// The unit that the tokens `a` and `b` spell together, with whatever lies between them
    /// left out: the measure word and the rest of a unit word that a mark of "more" splits
    /// ("个" and "月" in "两个多月", the unit "个月").
    fn split_unit(&self, a: usize, b: usize) -> Option<(Unit, Decimal)> {
        let (first, rest) = (self.text(a), self.text(b));
        if first.is_empty() || rest.is_empty() {
            return None;
        }
        let joined = format!("{first}{rest}");
        let (_, p) = self.t.phrase_at(&joined, 0, |e| e == joined.len())?;
        self.t.phrase(p)?.unit
    }

    fn gap(&self, a: usize, b: usize) -> Option<&str> {
        let (ta, tb) = (self.tok(a)?, self.tok(b)?);
        self.folded.as_str().get(ta.end..tb.start)
    }

    /// Tokens `a` and `b` touch.
    fn tight(&self, a: usize, b: usize) -> bool {
        self.gap(a, b).is_some_and(str::is_empty)
    }

    /// Tokens `a` and `b` are separated by at most a few spaces (or touch).
    fn near(&self, a: usize, b: usize) -> bool {
        self.gap(a, b)
            .is_some_and(|g| g.len() <= 3 && g.bytes().all(|b| b == b' '))
    }

    /// Token `k` is a hyphen that touches the tokens on both sides ("two-thirds",
    /// "demi-million"), not a dash between spaced words.
    fn tight_hyphen(&self, k: usize) -> bool {
        self.is_char(k, '-')
            && k.checked_sub(1).is_some_and(|p| self.tight(p, k))
            && self.tight(k, k + 1)
    }

    fn is_char(&self, i: usize, c: char) -> bool {
        matches!(self.tok(i).map(|t| t.kind), Some(Kind::Punct(p)) if p == c)
            || self.text(i) == c.encode_utf8(&mut [0; 4])
    }

    fn morphs(&self, i: usize) -> Option<(&[Morph], bool)> {
        match self.tok(i)?.kind {
            Kind::Morphs { from, to, cjk } => Some((self.morphs.get(from..to)?, cjk)),
            _ => None,
        }
    }

    /// The scale words of a token made only of multipliers and scales (`miliardi`, `万亿`).
    fn pure_scale(&self, i: usize) -> Option<&[Morph]> {
        let (ms, _) = self.morphs(i)?;
        (!ms.is_empty()
            && ms
                .iter()
                .all(|m| !m.ordinal && matches!(m.kind, MorphKind::Scale(_) | MorphKind::Mult(_))))
        .then_some(ms)
    }

    fn original(&self, start: usize, end: usize) -> Span {
        let sp = self.folded.to_original(start, end);
        Span::new(sp.start + self.offset, sp.end + self.offset)
    }

    /// Whether a noun is written right after token `i` (a Chinese character or a Latin word
    /// with no space between, not a word of the lexicon).
    fn noun_follows(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        let end = self.folded.to_original(t.start, t.end).end;
        let next = self.orig.get(end..).and_then(|s| s.chars().next());
        if !next.is_some_and(|c| is_han(c) || c.is_alphanumeric()) {
            return false;
        }
        match self.tok(i + 1) {
            Some(n) if n.start == t.end => self.phrase(i + 1).is_none(),
            _ => true,
        }
    }

    fn original_text(&self, i: usize) -> &str {
        self.tok(i)
            .map(|t| self.folded.to_original(t.start, t.end))
            .and_then(|sp| self.orig.get(sp.start..sp.end))
            .unwrap_or("")
    }

    /// Whether token `i` is a stopword of the scanner's language (`der`, `the`, `di`).
    fn is_stopword(&self, i: usize) -> bool {
        let w = self.text(i);
        LangProfile::embedded(self.t.lang)
            .stopwords
            .iter()
            .any(|s| s == w)
    }

    /// Whether token `k` is a word written in small letters and no stopword, right after
    /// token `k - 1` (a space between, no hyphen): a common noun in a language that
    /// capitalizes only names (`750 negozi`, `Volvo workers`).
    fn small_word_after(&self, k: usize) -> bool {
        matches!(self.tok(k).map(|t| t.kind), Some(Kind::Word))
            && k > 0
            && self.near(k - 1, k)
            && !self.tight(k - 1, k)
            && !self.is_stopword(k)
            && self.original_text(k).chars().all(char::is_lowercase)
    }

    // ---------------------------------------------------------------- numbers

    fn apply_scales(v: Decimal, ms: &[Morph]) -> Option<(Decimal, i32)> {
        let mut v = v;
        let mut exp = 0i32;
        for m in ms {
            match m.kind {
                MorphKind::Scale(e) => {
                    v = v.scale(e)?;
                    exp = exp.checked_add(e)?;
                }
                MorphKind::Mult(f) => {
                    let mut k = 0;
                    let mut x = f;
                    while x >= 10 && x % 10 == 0 {
                        x /= 10;
                        k += 1;
                    }
                    if x == 1 {
                        v = v.scale(k)?;
                        exp = exp.checked_add(k)?;
                    } else {
                        v = v.checked_mul_int(u128::from(f))?;
                    }
                }
                _ => return None,
            }
        }
        Some((v, exp))
    }

    fn number(&self, i: usize, after_currency: bool) -> Option<Num> {
        let n = match self.tok(i)?.kind {
            Kind::Digits(d) => self.digit_number(i, d, after_currency),
            Kind::Morphs { cjk, .. } => self.word_number(i, cjk),
            _ => self.phrase_number(i),
        }?;
        if n.ordinal {
            return None;
        }
        let scaled_before = n.scaled;
        let mut n = self.fractions(n);
        // "eine halbe Million", "three quarters billion" (not "un miliardo e mezzo milione").
        if n.fraction && !(n.scaled && !scaled_before && n.words) {
            self.fraction_scales(&mut n);
        }
        Some(n)
    }

    /// Scale words after a fraction: `halbe Million`, `three quarters billion`, and after a
    /// connector (and an article) `two thirds of a million`, `quart de million`.
    fn fraction_scales(&self, n: &mut Num) {
        let mut first = true;
        loop {
            let mut at = n.end;
            if first && self.has(at, |p| p.connector) && self.near(at - 1, at) {
                at += 1;
                let article = self.morphs(at).is_some_and(
                    |(ms, _)| matches!(ms, [m] if m.ambiguous && m.kind == MorphKind::Digit(1)),
                );
                if article && self.near(at - 1, at) {
                    at += 1;
                }
            }
            // "demi-million", "demi-douzaine".
            if first && self.tight_hyphen(at) && self.pure_scale(at + 1).is_some() {
                at += 1;
            }
            first = false;
            let Some(ms) = self.pure_scale(at) else {
                break;
            };
            if !self.near(at - 1, at) {
                break;
            }
            let Some((v, e)) = Self::apply_scales(n.lo, ms) else {
                break;
            };
            n.lo = v;
            n.scale += e;
            n.scaled = true;
            n.end = at + 1;
        }
    }

    /// A word worth a decimal ("anderthalb"), or a half before a scale ("mezzo milione").
    fn phrase_number(&self, i: usize) -> Option<Num> {
        let ph = self.phrase(i)?;
        let (v, need_scale) = match (ph.number_value.or(ph.percent_word), ph.denominator) {
            (Some(v), _) => (v, false),
            (None, Some(d)) => (divide(Decimal::from_u64(1), u128::from(d))?, true),
            _ => return None,
        };
        let mut n = Num {
            lo: v,
            hi: None,
            vague: false,
            more: false,
            scale: 0,
            scaled: false,
            end: i + 1,
            words: true,
            cjk: false,
            ambiguous: false,
            plain: None,
            fraction: true,
            ordinal: false,
            percent: false,
            ppm: false,
        };
        self.fraction_scales(&mut n);
        // A half alone after a hedge is a share: "plus de la moitié", "mehr als die Hälfte",
        // "nearly half" (alone elsewhere it is not: "the first half of the year"). Another
        // denominator alone is an ordinal there ("entro il terzo anno": the third year).
        let hedged = ph.denominator == Some(2)
            && i > 0
            && self.has(i - 1, |p| p.hedge.is_some())
            && self.near(i - 1, i);
        (!need_scale || n.scaled || hedged).then_some(n)
    }

    /// Fractions after a number: `3/4`, `2 1/4`, `tre quarti`, `三分之一`, `un milione e mezzo`.
    fn fractions(&self, n: Num) -> Num {
        let mut n = n;
        let k = n.end;
        let is_slash = |t: usize| self.is_char(t, '/') || self.is_char(t, '\u{2044}');
        let plain = |t: usize| match self.tok(t).map(|x| x.kind) {
            Some(Kind::Digits(d)) => d.plain,
            _ => None,
        };
        // a/b (but not a date a/b/c).
        if !n.words && !n.cjk && n.hi.is_none() && !n.scaled {
            // A proper fraction only: "2023/24" is a season, "24/7" a phrase. (Where
            // improper fractions are read, a year and the next one, "2023/24年", "2023/2024",
            // are still a season.)
            let season =
                |a: u64, b: u64| (1800..=2100).contains(&a) && (b == (a + 1) % 100 || b == a + 1);
            let proper = |b: u64| {
                n.plain.is_some_and(|a| {
                    !season(a, b) && (a < b || (self.t.improper_fractions && b > 0))
                }) && b <= 1000
            };
            if let (true, Some(b)) = (is_slash(k), plain(k + 1).filter(|&b| proper(b))) {
                if self.tight(k - 1, k) && self.tight(k, k + 1) && !is_slash(k + 2) {
                    if let Some(v) = divide(n.lo, u128::from(b)) {
                        n.lo = v;
                        n.end = k + 2;
                        n.fraction = true;
                        n.plain = None;
                        return n;
                    }
                }
            }
        }
        // "uno su tre", "one in three", "2 out of 5": numerator, word, denominator (not a
        // year, not followed by a unit: "5 over 3 years" is no fraction); the counted noun may
        // stand after the numerator ("un italiano su tre.", "deux Français sur trois,").
        let noun = matches!(
            self.tok(k).map(|t| (t.kind, t.phrase)),
            Some((Kind::Word, None))
        ) && self.near(k - 1, k)
            && self.has(k + 1, |p| p.fraction_sep);
        let ks = if noun { k + 1 } else { k };
        if !n.fraction
            && n.hi.is_none()
            && !n.vague
            && self.has(ks, |p| p.fraction_sep)
            && self.near(ks - 1, ks)
            && self.near(ks, ks + 1)
        {
            if let Some(den) = self.plain_or_words(ks + 1) {
                let yearish = den.plain.is_some_and(|p| (1000..=2999).contains(&p));
                let unit_after = self
                    .phrase(den.end)
                    .is_some_and(|p| p.unit.is_some() || p.currency.is_some() || p.minor.is_some())
                    && self.near(den.end - 1, den.end);
                let whole = den.lo.normalized();
                let whole = u32::try_from(whole.exponent())
                    .ok()
                    .and_then(|e| whole.coeff().checked_mul(10u128.checked_pow(e)?))
                    .filter(|_| !den.lo.is_negative());
                // With a noun between, the denominator ends the phrase ("2 goals in 3
                // matches" is no ratio).
                let open_end = noun
                    && self
                        .text(den.end)
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                // A share of a whole: "huit sur cinq" is two numbers.
                let proper = n.lo <= den.lo;
                // A ratio is written in words or over a small base, one or a power of ten
                // ("neun von zehn Ärzten", "1 su 25", "3 in 100 adults"); two numbers in
                // digits over another base, its noun after it, are a part and its whole ("58
                // von 64 Losen", "12 sur 20 régions").
                let part_of_whole = !n.words
                    && !den.words
                    && n.plain.is_some_and(|p| p > 1)
                    && whole.is_some_and(|d| d > 10 && !is_power_of_ten(d))
                    && matches!(self.tok(den.end).map(|t| t.kind), Some(Kind::Word))
                    && self.near(den.end - 1, den.end);
                if den.hi.is_none()
                    && proper
                    && !den.vague
                    && !den.fraction
                    && !yearish
                    && !unit_after
                    && !open_end
                    && !part_of_whole
                {
                    if let Some(v) = whole.and_then(|d| divide(n.lo, d)) {
                        n.lo = v;
                        n.end = den.end;
                        n.fraction = true;
                        n.ambiguous = false;
                        n.plain = None;
                        n.scaled = false;
                        n.scale = 0;
                        return n;
                    }
                }
            }
        }
        // "tre quarti", "two thirds", "ein halbes", "two-thirds"; "ein gutes Viertel", "un
        // bon quart": a little more than a quarter (`fraction_more_adjectives`).
        if (n.words || n.cjk) && !n.fraction && n.hi.is_none() {
            let hyphen = n.words && self.tight_hyphen(k);
            let k = if hyphen { k + 1 } else { k };
            let good = !hyphen
                && n.words
                && self
                    .t
                    .fraction_more_adjectives
                    .iter()
                    .any(|w| w == self.text(k))
                && self.near(k - 1, k)
                && self.near(k, k + 1)
                && self.phrase(k + 1).is_some_and(|p| p.denominator.is_some());
            let k = if good { k + 1 } else { k };
            if let Some(d) = self.phrase(k).and_then(|p| p.denominator) {
                if self.near(k - 1, k) {
                    if let Some(v) = divide(n.lo, u128::from(d)) {
                        n.lo = v;
                        n.end = k + 1;
                        n.fraction = true;
                        n.more |= good;
                        n.ambiguous = false;
                        return self.fractions(n);
                    }
                }
            }
        }
        // "one twenty-fifth", "tre ventunesimi", "cinq-huitièmes": a number, then number words
        // ending in an ordinal.
        if n.words && !n.fraction && n.hi.is_none() && !n.vague && self.near(k - 1, k) {
            let at = if self.is_char(k, '-') && self.near(k, k + 1) {
                k + 1
            } else {
                k
            };
            if let Some(den) = self
                .morphs(at)
                .and_then(|_| self.word_number_as(at, false, false))
                .filter(|d| d.ordinal && d.lo > Decimal::from_u64(1))
            {
                let whole = u32::try_from(den.lo.exponent())
                    .ok()
                    .and_then(|e| den.lo.coeff().checked_mul(10u128.checked_pow(e)?));
                if let Some(v) = whole.and_then(|d| divide(n.lo, d)) {
                    n.lo = v;
                    n.end = den.end;
                    n.fraction = true;
                    n.ambiguous = false;
                    n.scaled = false;
                    n.scale = 0;
                    return n;
                }
            }
        }
        // "三分之一": the denominator comes first; the numerator may have its sign
        // ("负三分之负一").
        if self.has(k, |p| p.fraction_infix) && self.near(k - 1, k) && self.near(k, k + 1) {
            let neg = self.has(k + 1, |p| p.negative) && self.near(k + 1, k + 2);
            let at = if neg { k + 2 } else { k + 1 };
            if let Some(num) = self.plain_or_words(at) {
                let den = n.lo.normalized();
                let den = u32::try_from(den.exponent())
                    .ok()
                    .and_then(|e| den.coeff().checked_mul(10u128.checked_pow(e)?));
                if let Some(v) = den.and_then(|d| divide(num.lo, d)) {
                    // "千分之三", "万分之五": per mille, per ten thousand.
                    let per = n.end >= 1
                        && self.pure_scale(k - 1).is_some()
                        && self.morphs(k - 1).is_some_and(|(_, cjk)| cjk)
                        && den.is_some_and(|d| {
                            let mut x = d;
                            while x % 10 == 0 {
                                x /= 10;
                            }
                            x == 1 && d >= 100
                        });
                    let v = if neg { v.negate() } else { v };
                    // "浓度为百万分之420": parts per million (of a billion: "十亿分之5"),
                    // in a sentence about a concentration.
                    let ppm = per
                        && den.is_some_and(|d| d == 1_000_000 || d == 1_000_000_000)
                        && self
                            .t
                            .concentration_cues
                            .iter()
                            .any(|c| self.folded.as_str().contains(c.as_str()));
                    n.lo = if ppm {
                        v.scale(6).unwrap_or(v)
                    } else if per {
                        v.scale(2).unwrap_or(v)
                    } else {
                        v
                    };
                    n.percent = per && !ppm;
                    n.ppm = ppm;
                    n.end = num.end;
                    n.fraction = true;
                    n.scaled = false;
                    return n;
                }
            }
        }
        // A whole number and a fraction: "2 1/4", "uno e mezzo", "3 milioni e mezzo", "三百五又三分之一".
        if n.hi.is_none() && !n.fraction {
            let joined = self.has(k, |p| p.minor_joiner)
                || self
                    .morphs(k)
                    .is_some_and(|(ms, _)| ms.iter().all(|m| m.kind == MorphKind::Joiner));
            let at = if joined && self.near(k - 1, k) {
                k + 1
            } else {
                k
            };
            if self.near(at - 1, at) {
                // (value, end, whether it carries its own scale: "e mezzo milione")
                let frac = self.phrase(at).and_then(|p| p.denominator).and_then(|d| {
                    let v = divide(Decimal::from_u64(1), u128::from(d))?;
                    match self.pure_scale(at + 1).filter(|_| self.near(at, at + 1)) {
                        Some(ms) => Some((Self::apply_scales(v, ms)?.0, at + 2, true)),
                        None => Some((v, at + 1, false)),
                    }
                });
                let frac = frac.filter(|_| joined).or_else(|| {
                    let f = self.fractions(self.plain_or_words(at)?);
                    let ok = f.fraction
                        && (f.lo < Decimal::from_u64(1) || (self.t.improper_fractions && !f.cjk))
                        && (joined || !n.words);
                    // "one billion and three quarters million": the fraction has its own scale.
                    let own = self
                        .pure_scale(f.end)
                        .filter(|_| joined && n.words && n.scaled && self.near(f.end - 1, f.end))
                        .and_then(|ms| Self::apply_scales(f.lo, ms));
                    match own {
                        Some((v, _)) if ok => Some((v, f.end + 1, true)),
                        _ => ok.then_some((f.lo, f.end, false)),
                    }
                });
                if let Some((v, end, own_scale)) = frac {
                    // (Chinese 又 adds as written: "一百万又五十万分之二十五".)
                    let add = if own_scale || n.cjk {
                        v
                    } else {
                        v.scale(n.scale).unwrap_or(v)
                    };
                    let inexact = add.significant_digits() >= 15;
                    if own_scale {
                        n.scaled = true;
                    }
                    if let Some(sum) = n.lo.checked_add(add).and_then(|x| {
                        if inexact {
                            x.round_to_significant(15)
                        } else {
                            Some(x)
                        }
                    }) {
                        n.lo = sum;
                        n.end = end;
                        n.fraction = true;
                        n.ambiguous = false;
                    }
                }
            }
        }
        n
    }

    /// A number without fractions (to read numerators and denominators).
    fn plain_or_words(&self, i: usize) -> Option<Num> {
        match self.tok(i)?.kind {
            Kind::Digits(d) => Some(Num {
                lo: d.value,
                hi: None,
                vague: false,
                more: false,
                scale: 0,
                scaled: false,
                end: i + 1,
                words: false,
                cjk: false,
                ambiguous: false,
                plain: d.plain,
                fraction: false,
                ordinal: false,
                percent: false,
                ppm: false,
            }),
            Kind::Morphs { cjk, .. } => self.word_number(i, cjk),
            _ => None,
        }
    }

    /// Digits mixed with Chinese numerals: `5万4千6百`, `3万4000`, `500余万`.
    fn cjk_mixed(&self, i: usize) -> Option<Num> {
        let mut ev = Eval::new(true);
        let (mut j, mut end, mut digit_toks, mut cjk_toks) = (i, i, 0, 0);
        while let Some(t) = self.tok(j) {
            if j > i && !self.near(j - 1, j) {
                break;
            }
            let save = ev;
            let ok = match t.kind {
                Kind::Digits(d) => {
                    let v = d.plain.or_else(|| {
                        u64::try_from(d.value.coeff())
                            .ok()
                            .filter(|_| d.value.exponent() == 0)
                    });
                    digit_toks += 1;
                    v.and_then(|v| ev.push(MorphKind::Digit(v)))
                }
                Kind::Morphs {
                    from,
                    to,
                    cjk: true,
                } => {
                    cjk_toks += 1;
                    self.morphs
                        .get(from..to)
                        .unwrap_or(&[])
                        .iter()
                        .try_for_each(|m| ev.push(m.kind))
                }
                _ => None,
            };
            if ok.is_none() {
                ev = save;
                break;
            }
            end = j + 1;
            j += 1;
        }
        if cjk_toks == 0 || !(digit_toks >= 2 || ev.more) || ev.dangling {
            return None;
        }
        let (lo, hi) = ev.value()?;
        Some(Num {
            lo: word_value(lo)?,
            hi: if hi != lo {
                Some(word_value(hi)?)
            } else {
                None
            },
            vague: ev.vague,
            more: ev.more,
            scale: 0,
            scaled: ev.has_scale,
            end,
            words: false,
            cjk: true,
            ambiguous: false,
            plain: None,
            fraction: false,
            ordinal: false,
            percent: false,
            ppm: false,
        })
    }

    /// Digits composed with Latin number words: `3 hundred and 21`, `4 thousand 3 hundred`,
    /// `6 crore and two hundred`, `3 cent un`. Digits follow a scale word only; a last bare
    /// value after a scale of thousands or more is not taken (`3 milioni e 500 dipendenti`).
    /// `None` where digits and their scale words alone are read ([`Self::digit_number`]).
    fn latin_mixed(&self, i: usize) -> Option<Num> {
        // (reader, end, whether a value follows a scale word) when a scale word closed a group.
        let mut closed: Option<(Eval, usize, MorphKind, bool)> = None;
        let mut ev = Eval::new(false);
        let mut ev_end = ev;
        let (mut j, mut end) = (i, i);
        let mut tail = false;
        let mut after_scale = false;
        while let Some(t) = self.tok(j) {
            if j > i && !self.near(j - 1, j) {
                break;
            }
            let save = ev;
            let ok = match t.kind {
                Kind::Digits(d) if j == i || after_scale => d
                    .plain
                    .filter(|&p| j == i || p < 1000)
                    .and_then(|p| ev.push(MorphKind::Digit(p))),
                Kind::Morphs {
                    from,
                    to,
                    cjk: false,
                } if j > i
                    && self.phrase(j).is_none_or(|p| {
                        p.currency.is_none()
                            && p.unit.is_none()
                            && (p.minor.is_none() || self.hundreds_word(j, from, to))
                    }) =>
                {
                    let ms = self.morphs.get(from..to).unwrap_or(&[]);
                    if ms.iter().any(|m| m.ordinal) {
                        None
                    } else {
                        ms.iter().try_for_each(|m| ev.push(m.kind))
                    }
                }
                _ => None,
            };
            if ok.is_none() {
                ev = save;
                // "3 hundred and 2 hundred": two numbers, the first ending before the joiner.
                if j >= i + 2 && self.pure_scale(j).is_some() && self.is_joiner(j - 2) {
                    if let Some((e, at, _, t)) = closed.filter(|c| c.1 == j - 2) {
                        ev = e;
                        end = at;
                        tail = t;
                    }
                }
                break;
            }
            match ev.last() {
                Some(k @ (MorphKind::Mult(_) | MorphKind::Scale(_))) => {
                    after_scale = true;
                    if !ev.dangling {
                        closed = Some((ev, j + 1, k, tail));
                    }
                }
                Some(MorphKind::Digit(_)) => {
                    tail |= closed.is_some();
                    after_scale = false;
                }
                _ => {}
            }
            if !ev.dangling {
                end = j + 1;
                ev_end = ev;
            }
            j += 1;
        }
        // "4 thousand 3 hundred and 0": the number ends before a joiner that led nowhere.
        if ev.dangling {
            ev = ev_end;
        }
        if let (Some(MorphKind::Digit(_)), Some((e, at, MorphKind::Scale(_), t))) =
            (ev.last(), closed)
        {
            ev = e;
            end = at;
            tail = t;
        }
        if !tail || ev.dangling {
            return None;
        }
        let (lo, hi) = ev.value()?;
        if lo != hi {
            return None;
        }
        Some(Num {
            lo: Decimal::new(lo, 0).ok()?.normalized(),
            hi: None,
            vague: false,
            more: false,
            scale: ev.max_scale(),
            scaled: true,
            end,
            words: false,
            cjk: false,
            ambiguous: false,
            plain: None,
            fraction: false,
            percent: false,
            ppm: false,
            ordinal: false,
        })
    }

    /// Whether the word at `j` (morphemes `from..to`), a subunit's name that is also the
    /// plural of a hundred (French `cents`), is the hundred here: after one digit from 1 to 9
    /// inside a number written in digits and words (`4 mille 3 cents et 21`, `3 cents et 21`;
    /// the number must go on after it, else `3 cents` stays money).
    fn hundreds_word(&self, j: usize, from: usize, to: usize) -> bool {
        let hundred =
            matches!(self.morphs.get(from..to), Some([m]) if m.kind == MorphKind::Mult(100));
        let digit = match self.tok(j - 1).map(|t| t.kind) {
            Some(Kind::Digits(d)) => d.plain.is_some_and(|p| (1..=9).contains(&p)),
            _ => false,
        };
        hundred && digit && self.near(j - 1, j)
    }

    fn digit_number(&self, i: usize, d: DigitNum, after_currency: bool) -> Option<Num> {
        if let Some(n) = self.cjk_mixed(i) {
            return Some(n);
        }
        if let Some(n) = self.latin_mixed(i) {
            return Some(n);
        }
        let mut v = d.value;
        let mut scale = 0i32;
        let mut scaled = false;
        let mut j = i + 1;
        let mut last_cjk_scale = false;
        loop {
            let (k, hyphen) = if self.tight_hyphen(j) {
                (j + 1, true)
            } else {
                (j, false)
            };
            if !hyphen && !self.near(j - 1, j) {
                break;
            }
            let latin_ok = |ms: &[Morph]| {
                ms.iter().all(|m| match m.kind {
                    MorphKind::Mult(f) => f % 10 != 0,
                    _ => true,
                })
            };
            // A multiplier after digits where it is no currency's subunit: "322 hundred".
            if let Some(ms) = self.pure_scale(k).filter(|ms| {
                self.morphs(k).is_some_and(|(_, c)| c) || latin_ok(ms) || self.phrase(k).is_none()
            }) {
                let (nv, e) = Self::apply_scales(v, ms)?;
                v = nv;
                scale += e;
                scaled = true;
                last_cjk_scale = self.morphs(k).is_some_and(|(_, c)| c);
                j = k + 1;
                continue;
            }
            if !hyphen {
                // (A scale with a currency, "M€", is read as the unit.)
                let abbr = self
                    .phrase(k)
                    .filter(|p| p.currency.is_none())
                    .and_then(|p| {
                        let capital = !self.original_text(k).chars().any(char::is_lowercase);
                        p.scale
                            .or(p.capital_scale.filter(|_| capital))
                            .or(p.decimal_scale.filter(|_| d.value.exponent() < 0))
                            .or(if after_currency {
                                p.currency_scale
                            } else {
                                None
                            })
                    });
                if let Some(e) = abbr {
                    if !scaled {
                        v = v.scale(e)?;
                        scale += e;
                        scaled = true;
                        j = k + 1;
                        continue;
                    }
                }
                if last_cjk_scale && self.tight(j - 1, j) {
                    if let Some(Kind::Digits(d2)) = self.tok(k).map(|t| t.kind) {
                        v = v.checked_add(d2.value)?;
                        j = k + 1;
                        last_cjk_scale = false;
                        continue;
                    }
                }
            }
            break;
        }
        Some(Num {
            lo: v,
            hi: None,
            vague: false,
            more: false,
            scale,
            scaled,
            end: j,
            words: false,
            cjk: false,
            ambiguous: false,
            plain: if scaled { None } else { d.plain },
            fraction: false,
            ordinal: false,
            percent: false,
            ppm: false,
        })
    }

    fn word_number(&self, i: usize, cjk: bool) -> Option<Num> {
        self.word_number_as(i, cjk, true)
    }

    /// The value of the number words of tokens `from..to` (hyphens skipped), whole and exact.
    fn eval_tokens(&self, from: usize, to: usize) -> Option<u128> {
        let mut ev = Eval::new(false);
        for t in from..to {
            match self.morphs(t) {
                Some((ms, _)) => ms.iter().try_for_each(|m| ev.push(m.kind))?,
                None if self.is_char(t, '-') => continue,
                None => return None,
            }
        }
        let (lo, hi) = ev.value()?;
        (!ev.dangling && lo == hi && lo > 0).then_some(lo)
    }

    /// Number words; where they end in an ordinal, `split` reads a numerator and a
    /// denominator out of them (`one hundred thirty fifths` = 100/35, `un centocinquesimo` =
    /// 1/105): the denominator is the shortest tail that is one word or starts with a unit
    /// word. Without a numerator the words are an ordinal, marked as such.
    fn word_number_as(&self, i: usize, cjk: bool, split: bool) -> Option<Num> {
        let mut ordinal = false;
        let mut ev = Eval::new(cjk);
        let mut j = i;
        let mut end = i;
        let mut first_kind = None;
        let mut standalone = false;
        let mut single_ambiguous = false;
        let mut ntok = 0;
        let mut before_joiner: Option<(Eval, usize)> = None;
        while let Some((ms, c)) = self.morphs(j) {
            if c != cjk {
                break;
            }
            if j > i {
                let joined = self.near(j - 1, j)
                    || (self.is_char(j - 1, '-') && j >= i + 2 && self.near(j - 2, j - 1));
                if !joined {
                    break;
                }
            }
            // "cent et trois quarts": the fraction takes the number after the joiner, where
            // it is a single unit ("one hundred and thirty fifths" = 130/5).
            if ev.dangling
                && self.has(j + 1, |p| p.denominator.is_some())
                && ms.iter().all(|m| matches!(m.kind, MorphKind::Digit(0..=9)))
            {
                break;
            }
            // An ordinal ends a number word ("twenty-fifth", "cinquesimi").
            let ord_last = ms.last().is_some_and(|m| m.ordinal);
            if ms.iter().rev().skip(1).any(|m| m.ordinal) {
                break;
            }
            let save = ev;
            if ms.iter().try_for_each(|m| ev.push(m.kind)).is_none() {
                ev = save;
                // "three hundred and two hundred": two numbers, the first ending before the
                // joiner.
                if let Some((e, at)) = before_joiner.filter(|&(_, at)| {
                    j >= i + 2 && at + 1 == j - 1 && self.pure_scale(j).is_some()
                }) {
                    ev = e;
                    end = at;
                }
                break;
            }
            if ms.iter().all(|m| m.kind == MorphKind::Joiner) {
                before_joiner = Some((save, j));
            }
            if first_kind.is_none() {
                first_kind = ms.first().map(|m| m.kind);
                standalone = ms.first().is_some_and(|m| m.standalone);
                single_ambiguous = ms.len() == 1 && ms.first().is_some_and(|m| m.ambiguous);
            }
            ntok += 1;
            if !ev.dangling {
                end = j + 1;
            }
            if ord_last {
                ordinal = true;
                break;
            }
            // "centinaia di milioni": a vague amount, a connector, a scale; so is a collective
            // numeral ("une vingtaine de millions", "una decina di miliardi").
            if (matches!(ev.last(), Some(MorphKind::Vague(..)))
                || (matches!(ev.last(), Some(MorphKind::Mult(_)))
                    && ms.last().is_some_and(|m| m.approx)))
                && self.has(j + 1, |p| p.connector)
                && self.pure_scale(j + 2).is_some()
                && self.near(j, j + 1)
                && self.near(j + 1, j + 2)
            {
                let save = ev;
                let ms2 = self.pure_scale(j + 2).unwrap_or(&[]);
                if ms2.iter().try_for_each(|m| ev.push(m.kind)).is_some() {
                    end = j + 3;
                    j += 3;
                    continue;
                }
                ev = save;
            }
            // Hyphenated compounds: "quatre-vingt-dix", "dix-sept"; tens and a unit across a
            // spaced hyphen too ("fifty - two": a range never runs down from 50 to 2).
            let spaced_compound = || {
                let tens = matches!(ms, [m] if matches!(m.kind, MorphKind::Digit(20..=90)))
                    && matches!(ev.last(), Some(MorphKind::Digit(t)) if t % 10 == 0);
                let unit = self.morphs(j + 2).is_some_and(|(m2, c2)| {
                    c2 == cjk && matches!(m2, [m] if matches!(m.kind, MorphKind::Digit(1..=9)))
                });
                tens && unit && self.near(j, j + 1) && self.near(j + 1, j + 2)
            };
            if (self.tight_hyphen(j + 1) && self.morphs(j + 2).is_some())
                || (self.is_char(j + 1, '-') && spaced_compound())
            {
                j += 2;
                continue;
            }
            j += 1;
        }
        if end == i {
            return None;
        }
        let (lo, hi) = ev.value()?;
        if ordinal {
            if cjk || lo != hi {
                return None;
            }
            let mut num = Num {
                lo: Decimal::new(lo, 0).ok()?.normalized(),
                hi: None,
                vague: false,
                more: false,
                scale: 0,
                scaled: false,
                end,
                words: true,
                cjk: false,
                ambiguous: false,
                plain: None,
                fraction: false,
                percent: false,
                ppm: false,
                ordinal: true,
            };
            if split {
                for s in i + 1..end {
                    let Some((ms, _)) = self.morphs(s) else {
                        continue;
                    };
                    let unit_first =
                        matches!(ms.first().map(|m| m.kind), Some(MorphKind::Digit(_)));
                    // "un cent cinquième": where a hundred takes no "one", the one is the
                    // numerator of the ordinal after it (1/105).
                    let numerator_one = self.t.bare_hundreds
                        && s == i + 1
                        && matches!(ms.first().map(|m| m.kind), Some(MorphKind::Mult(100)))
                        && self.eval_tokens(i, s) == Some(1);
                    // (A hyphen binds: "ninety-five hundred fifths" = 9500/5.)
                    if !(unit_first || numerator_one || s + 1 == end) || self.is_char(s - 1, '-') {
                        continue;
                    }
                    let (Some(a), Some(b)) = (self.eval_tokens(i, s), self.eval_tokens(s, end))
                    else {
                        continue;
                    };
                    if b <= 1 {
                        continue;
                    }
                    if let Some(v) = Decimal::new(a, 0).ok().and_then(|a| divide(a, b)) {
                        num.lo = v;
                        num.ordinal = false;
                        num.fraction = true;
                        return Some(num);
                    }
                }
            }
            return Some(num);
        }
        if !ev.has_value {
            let lead_mult = matches!(first_kind, Some(MorphKind::Mult(_)));
            let lead_ten = matches!(first_kind, Some(MorphKind::Mult(10)));
            // "千分之三", "百分之百": a scale alone as a denominator or after 百分之.
            // "逾百支", "近千萬名": a hedge before a bare 百, 千, 萬 (one hundred...).
            let alone = cjk
                && (self.has(end, |p| p.fraction_infix)
                    || (i > 0
                        && self.has(i - 1, |p| p.percent_prefix || p.hedge.is_some())
                        && self.tight(i - 1, i)));
            if ((cjk && !lead_ten) || !(lead_mult || standalone)) && !alone {
                return None;
            }
        }
        if ev.vague && !ev.has_scale && hi <= 9 {
            return None;
        }
        let (first, last) = (self.tok(i)?, self.tok(end - 1)?);
        let surface = self
            .folded
            .as_str()
            .get(first.start..last.end)
            .unwrap_or("");
        if self.t.idioms.iter().any(|w| w == surface) {
            return None;
        }
        let mut value = word_value(lo)?;
        let mut hi_d = if hi != lo {
            Some(word_value(hi)?)
        } else {
            None
        };
        let mut scale = 0;
        // Decimals in words: "quattordici virgola tre".
        if hi_d.is_none() && self.has(end, |p| p.decimal_word) && self.near(end - 1, end) {
            let mut frac = String::new();
            let mut k = end + 1;
            // Chinese: digit by digit, then maybe scales ("十点二三三", "三点五亿").
            let mut tail: &[Morph] = &[];
            while let (true, Some((ms, true))) = (cjk, self.morphs(k)) {
                if !self.near(k - 1, k) {
                    break;
                }
                let nd = ms
                    .iter()
                    .take_while(|m| matches!(m.kind, MorphKind::Digit(0..=9)))
                    .count();
                let (digits, rest) = ms.split_at(nd.min(ms.len()));
                let scales = rest
                    .iter()
                    .all(|m| matches!(m.kind, MorphKind::Scale(_) | MorphKind::Mult(_)));
                if digits.is_empty() || !scales {
                    break;
                }
                for m in digits {
                    if let MorphKind::Digit(d) = m.kind {
                        frac.push(char::from(b'0' + (d as u8)));
                    }
                }
                k += 1;
                if !rest.is_empty() {
                    tail = rest;
                    break;
                }
            }
            // Each number after the point gives its digits: "cinquante deux" 52, "zéro trois" 03.
            while let (false, Some((ms, c))) = (cjk, self.morphs(k)) {
                if !self.near(k - 1, k) {
                    break;
                }
                let mut e = Eval::new(cjk);
                let mut next = k;
                if cjk {
                    if ms.iter().try_for_each(|m| e.push(m.kind)).is_none() || e.has_scale {
                        break;
                    }
                    next = k + 1;
                } else {
                    loop {
                        // "point seventy-one": a hyphen inside the number after the point.
                        let hyphen = next > k && self.tight_hyphen(next);
                        let at = if hyphen { next + 1 } else { next };
                        let Some((ms2, c2)) = self.morphs(at) else {
                            break;
                        };
                        if c2 != c || (at > k && !self.near(at - 1, at)) {
                            break;
                        }
                        let save = e;
                        if ms2.iter().try_for_each(|m| e.push(m.kind)).is_none() || e.has_scale {
                            e = save;
                            break;
                        }
                        next = at + 1;
                    }
                    if next == k || e.dangling {
                        break;
                    }
                }
                let Some((v, _)) = e.value() else { break };
                frac.push_str(&v.to_string());
                k = next;
            }
            if !frac.is_empty() {
                if let Ok(d) = Decimal::from_parts(&lo.to_string(), &frac) {
                    value = d;
                    end = k;
                    if !tail.is_empty() {
                        let (v, e) = Self::apply_scales(value, tail)?;
                        value = v;
                        scale += e;
                    }
                    while let Some(ms) = self.pure_scale(end) {
                        if !self.near(end - 1, end) {
                            break;
                        }
                        let (v, e) = Self::apply_scales(value, ms)?;
                        value = v;
                        scale += e;
                        end += 1;
                    }
                }
            }
        }
        if let Some(h) = hi_d.as_mut() {
            *h = h.normalized();
        }
        let ambiguous = ntok == 1 && single_ambiguous && !ev.has_scale;
        if scale == 0 {
            scale = ev.max_scale();
        }
        Some(Num {
            lo: value,
            hi: hi_d,
            vague: ev.vague,
            more: ev.more,
            scale,
            scaled: ev.has_scale,
            end,
            words: !cjk,
            cjk,
            ambiguous,
            plain: None,
            fraction: false,
            ordinal: false,
            percent: false,
            ppm: false,
        })
    }

    // ---------------------------------------------------------------- amounts

    /// A currency written before its number: a symbol, an ISO code, or a Chinese word
    /// (`人民币 50元`).
    fn prefix_currency(&self, i: usize) -> Option<Unit> {
        let c = self.phrase(i)?.currency?;
        let orig = self.original_text(i);
        let symbol = orig.chars().any(|c| !c.is_alphabetic() || is_han(c));
        // (Not a word that names a currency only after an amount: "won 40 seats".)
        let code = orig.len() == 3
            && (orig.chars().all(|c| c.is_ascii_uppercase())
                || (matches!(self.tok(i + 1).map(|t| t.kind), Some(Kind::Digits(_)))
                    && !self.t.currency_homographs.iter().any(|w| w == orig)));
        // A currency's name before digits, as prices are written ("dollari 996", "euro 50,00"),
        // but not before a year ("Euro 2024" is a championship).
        // Only where symbols follow the number (in English "5 dollars 3" lists amounts).
        let named = !symbol
            && !code
            && !self.t.symbol_before
            && orig.chars().next().is_some_and(char::is_lowercase)
            && self.near(i, i + 1)
            && match self.tok(i + 1).map(|t| t.kind) {
                Some(Kind::Digits(d)) => self
                    .digit_number(i + 1, d, true)
                    .is_some_and(|n| !n.plain.is_some_and(|p| (1000..=2999).contains(&p))),
                _ => false,
            };
        (symbol || code || named).then_some(c)
    }

    /// Whether token `k` is a percent word (`percent`, `pourcentage`; not the sign).
    fn percent_word_at(&self, k: usize) -> bool {
        self.phrase(k)
            .and_then(|p| p.unit)
            .is_some_and(|(u, _)| u == Unit::Percent)
            && self.text(k).chars().any(char::is_alphabetic)
            && !self.text(k).chars().any(is_han)
    }

    /// Whether token `k` is a joiner word alone (`and`, `et`).
    fn is_joiner(&self, k: usize) -> bool {
        self.morphs(k)
            .is_some_and(|(ms, _)| !ms.is_empty() && ms.iter().all(|m| m.kind == MorphKind::Joiner))
    }

    /// Whether token `t`, as written, starts with a capital letter.
    fn capitalized(&self, t: usize) -> bool {
        self.original_text(t)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// A scale word alone, capitalized, right after a capitalized word and counting nothing
    /// written after it is a family name: `Claudia Tausend wuchs in ...` (a number after a
    /// word is read from the word: `Über Tausend`, `Rund Tausend` are hedges).
    fn scale_as_name(&self, i: usize) -> bool {
        let alone_scale = self
            .morphs(i)
            .is_some_and(|(ms, cjk)| !cjk && matches!(ms, [m] if m.standalone));
        alone_scale
            && i > 0
            && self.capitalized(i)
            && matches!(
                self.tok(i - 1),
                Some(Tok {
                    kind: Kind::Word,
                    phrase: None,
                    ..
                })
            )
            && self.capitalized(i - 1)
            && self.near(i - 1, i)
            && !self.tok(i + 1).is_some_and(|t| {
                t.phrase.is_some()
                    || (matches!(t.kind, Kind::Word) && self.capitalized(i + 1))
                    || matches!(t.kind, Kind::Digits(_) | Kind::Morphs { .. })
            })
    }

    /// Whether token `k` is digits or number words.
    fn is_number_tok(&self, k: usize) -> bool {
        matches!(
            self.tok(k).map(|t| t.kind),
            Some(Kind::Digits(_) | Kind::Morphs { .. })
        )
    }

    /// Whether the currency at `k` rather begins the amount that follows it.
    fn currency_leads(&self, k: usize, n: &Num) -> bool {
        let han = self.text(k).chars().any(is_han);
        if han || self.prefix_currency(k).is_none() || !self.near(k, k + 1) {
            return false;
        }
        let next_digits = matches!(self.tok(k + 1).map(|t| t.kind), Some(Kind::Digits(_)));
        let next_number = next_digits || self.number(k + 1, true).is_some();
        if !(next_number && (n.ambiguous || (self.t.symbol_before && next_digits))) {
            return false;
        }
        // Not where the number after is no amount of its own: glued to letters ("11a"), a
        // chain of hyphenated digits (an account number), or followed by a currency or
        // subunit of its own ("10 $ 30 $", "10 rmb 20 usd", "10 $ 30 cent").
        let Some(m) = self.number(k + 1, true) else {
            return true;
        };
        let e = m.end;
        let letters = self.tight(e - 1, e)
            && self.text(e).chars().next().is_some_and(char::is_alphabetic)
            && self.phrase(e).is_none_or(|p| {
                p.currency.is_none()
                    && p.unit.is_none()
                    && p.scale.is_none()
                    && p.currency_scale.is_none()
                    && p.capital_scale.is_none()
            });
        let chain = self.tight_hyphen(e)
            && self.is_number_tok(e + 1)
            && self.is_char(e + 2, '-')
            && self.tight(e + 1, e + 2);
        // (The same currency named again in other words is emphasis: "$ 10 dollars".)
        let own = self.near(e - 1, e)
            && self.phrase(e).is_some_and(|p| {
                p.minor.is_some()
                    || p.currency.is_some_and(|c| {
                        self.phrase(k).and_then(|q| q.currency) != Some(c)
                            || self.text(k) == self.text(e)
                    })
            });
        !(letters || chain || own)
    }

    /// Subunits after an amount of money: "e 15 centesimi", "三毛", "fünfzig" at the end.
    ///
    /// A number word that is also an article or a particle (`ein`, `un`, `a`) is never a
    /// subunit, and after a scaled amount (`3,5 Milliarden Euro ein`) only a named subunit is.
    fn minor_units(&self, k: usize, currency: Unit, scaled: bool) -> Option<(Decimal, usize)> {
        let mut k = k;
        let mut add = Decimal::ZERO;
        let mut any = false;
        loop {
            let start = k;
            let mut j = k;
            if self.has(j, |p| p.minor_joiner) && self.near(j - 1, j) {
                j += 1;
            }
            if !self.near(j - 1, j) {
                break;
            }
            let Some(mut n) = self.number(j, false) else {
                break;
            };
            // "quarante-cinq cents": the subunit word is no multiplier here.
            if n.words && n.end > j + 1 && self.has(n.end - 1, |p| p.minor.is_some()) {
                if let Some(v) = self.eval_tokens(j, n.end - 1) {
                    n.lo = Decimal::new(v, 0).ok()?;
                    n.end -= 1;
                    n.scaled = false;
                }
            }
            if n.scaled || n.ambiguous || n.hi.is_some() || n.lo >= Decimal::from_u64(100) {
                break;
            }
            let e = n.end;
            let minor = self
                .phrase(e)
                .and_then(|p| p.minor)
                .filter(|(u, _)| self.near(e - 1, e) && (u.is_currency() || *u == currency));
            if let Some((_, f)) = minor {
                add = add.checked_add(n.lo.checked_mul(f)?)?;
                k = e + 1;
                any = true;
                continue;
            }
            // No subunit word: only at the end of the sentence ("15 dollari e 15.").
            let end = self
                .tok(e)
                .is_none_or(|t| matches!(t.kind, Kind::Punct('.')));
            if !any && end && start == k && !scaled {
                add = n.lo.checked_mul(Decimal::new(1, -2).ok()?)?;
                k = e;
                any = true;
            }
            break;
        }
        any.then_some((add, k))
    }

    fn range_sep(&self, k: usize) -> bool {
        if !self.has(k, |p| p.range_sep) {
            return false;
        }
        let punct = self.text(k).chars().all(|c| !c.is_alphanumeric());
        if punct && !self.text(k).chars().any(is_han) {
            (self.tight(k - 1, k) && self.tight(k, k + 1))
                || (self.near(k - 1, k)
                    && self.near(k, k + 1)
                    && !self.tight(k - 1, k)
                    && !self.tight(k, k + 1))
        } else {
            self.near(k - 1, k) && self.near(k, k + 1)
        }
    }

    /// A range whose unit is written after both ends: `8%-12%`, `zwischen 8 % und 12 %`,
    /// `8 % à 12 %`, `8%至12%`. `k` is the token after the first number; the upper end is
    /// returned where the same unit follows it (the unit itself is read after it) and it is
    /// above the lower end.
    fn unit_range(&self, k: usize, open: bool, cur_pre: Option<Unit>, n1: &Num) -> Option<Num> {
        let u = self.phrase(k)?.unit?;
        let sep = k + 1;
        let between = if open {
            self.has(sep, |p| p.range_and) && self.near(k, sep) && self.near(sep, sep + 1)
        } else {
            self.range_sep(sep)
        };
        if !between || !self.near(k - 1, k) || n1.hi.is_some() {
            return None;
        }
        let n = self.range_end(sep + 1, cur_pre)?;
        let same = self.phrase(n.end).and_then(|p| p.unit) == Some(u);
        // (A fall is a change, no range: "de 15,8 % à 8 %".)
        (same
            && n1.lo < n.lo
            && n.words == n1.words
            && n.hi.is_none()
            && self.near(n.end - 1, n.end))
        .then_some(n)
    }

    /// Whether the word at `k` may close the range opened at `open`: an opener of
    /// `range_closers` takes only its own words (`von` … `bis`, not `und`).
    fn range_closes(&self, open: usize, k: usize) -> bool {
        let o = self.text(open);
        match self.t.range_closers.iter().find(|(w, _)| w == o) {
            Some((_, closers)) => closers.iter().any(|c| c == self.text(k)),
            None => true,
        }
    }

    /// Whether a verb of change (`change_verbs`) stands right before the range opener at
    /// `open`, a word for "from" (one of `range_closers`: `da`, `de`, `from`, not `tra`,
    /// `between`), or one word (an adverb) before it: `passerà da`, `rose sharply from`
    /// (`cresciuti tra il 180% e il 185%` stays a range).
    fn change_verb_before(&self, open: usize) -> bool {
        let o = self.text(open);
        if self.t.change_verbs.is_empty() || !self.t.range_closers.iter().any(|(w, _)| w == o) {
            return false;
        }
        let verb = |t: usize| self.is_change_verb(t);
        let Some(v) = open.checked_sub(1) else {
            return false;
        };
        if self.change_stated_before(open) {
            return true;
        }
        if !self.near(v, open) {
            return false;
        }
        verb(v)
            || (matches!(self.tok(v).map(|t| t.kind), Some(Kind::Word))
                && v.checked_sub(1).is_some_and(|w| self.near(w, v) && verb(w)))
    }

    /// Whether tokens `a` and `b` are apart by a word for "per" (`per_words`) and one
    /// measure word that is no word of the lexicon (`每吨`, `每桶`): the unit a price is for.
    fn per_unit_gap(&self, a: usize, b: usize) -> bool {
        self.gap(a, b).is_some_and(|g| {
            self.t.per_words.iter().any(|w| {
                g.strip_prefix(w.as_str()).is_some_and(|rest| {
                    let mut cs = rest.chars();
                    cs.next().is_some_and(is_han) && cs.next().is_none()
                })
            })
        })
    }

    /// Whether tokens `a` and `b` are apart by a word for "per" alone (`per_words`), the
    /// measure word after it being a unit of the lexicon (`每` in `每吨1万`).
    fn per_word_gap(&self, a: usize, b: usize) -> bool {
        self.gap(a, b)
            .is_some_and(|g| self.t.per_words.iter().any(|w| w == g))
    }

    /// Whether the range opener at `open` follows a comma after a clause that states a change
    /// by a percentage with a verb of change: "a relevé son prix de 45 %, de 33 120 à 48 000
    /// cedis", "ha alzato del 50% il prezzo, da 1.000 a 1.500 franchi" (the figures are the
    /// old price and the new one; "portato a 1.400 sanzioni, da 50 a 300 euro" stays a range).
    fn change_stated_before(&self, open: usize) -> bool {
        let Some(comma) = open.checked_sub(1) else {
            return false;
        };
        if !self.is_char(comma, ',') || !self.near(comma, open) {
            return false;
        }
        let mut percent = false;
        let mut k = comma;
        for _ in 0..30 {
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            k = p;
            match self.tok(p).map(|x| x.kind) {
                Some(Kind::Punct(c)) if ".;:!?".contains(c) => return false,
                _ => {}
            }
            if self
                .phrase(p)
                .and_then(|x| x.unit)
                .is_some_and(|(u, _)| u == Unit::Percent)
            {
                percent = true;
            } else if percent && self.is_change_verb(p) {
                return true;
            }
        }
        false
    }

    /// Whether a rate word (`pick`: `speed_prefixes`, `flow_prefixes`) stands right before
    /// token `f`, or, in Chinese, before one or two characters of a verb that is no word of
    /// the lexicon (`每秒湧出200`).
    fn rate_prefix_before(&self, f: usize, pick: fn(&Phrase) -> bool) -> bool {
        let Some(p) = f.checked_sub(1) else {
            return false;
        };
        self.has(p, pick)
            && (self.near(p, f)
                || self
                    .gap(p, f)
                    .is_some_and(|g| (1..=2).contains(&g.chars().count()) && g.chars().all(is_han)))
    }

    /// Whether token `t` is a word that is a verb of change (`change_verbs`).
    fn is_change_verb(&self, t: usize) -> bool {
        matches!(self.tok(t).map(|t| t.kind), Some(Kind::Word | Kind::Phrase))
            && self.t.change_verbs.iter().any(|v| v == self.text(t))
    }

    /// Whether a verb of change (`change_verbs`) stands right before token `i`, with no
    /// word between (`fell 120 points`).
    fn verb_led(&self, i: usize) -> bool {
        i > 0 && self.near(i - 1, i) && self.is_change_verb(i - 1)
    }

    /// Whether figures `a` and `b`, the first right after a verb of change before token `i`,
    /// are a change and a new level, `b` ten times `a` or more ("fell 300 points to 38,500
    /// points"): no range. (The verb is looked up only where the values fit.)
    fn change_and_level(&self, i: usize, a: Decimal, b: Decimal) -> bool {
        a.checked_mul_int(10).is_some_and(|ten| b >= ten) && self.verb_led(i)
    }

    /// The upper end of a range, which may repeat the currency ("between $3bn and $4bn").
    fn range_end(&self, k: usize, cur_pre: Option<Unit>) -> Option<Num> {
        match cur_pre {
            Some(c) if self.prefix_currency(k) == Some(c) && self.near(k, k + 1) => {
                self.number(k + 1, true)
            }
            _ => self.number(k, cur_pre.is_some()),
        }
    }

    fn mention(&self, i: usize) -> Step {
        // Plain words and most punctuation start nothing.
        match self.tok(i).map(|t| (t.kind, t.phrase)) {
            None | Some((Kind::Word, None)) => return Step::No,
            Some((Kind::Punct(c), None)) if c != '-' && c != '.' => return Step::No,
            // A word whose only role is after an amount ("的", "der", "prochains") starts
            // nothing.
            Some((Kind::Phrase | Kind::Word, Some(p))) => {
                let after_only = self.t.phrase(p).is_some_and(|ph| {
                    (ph.share_after || ph.share_before || ph.unit_adjective)
                        && !ph.connector
                        && ph.hedge.is_none()
                        && ph.currency.is_none()
                        && ph.unit.is_none()
                        && !ph.range_open
                        && !ph.percent_prefix
                        && !ph.negative
                        && ph.number_value.is_none()
                        && ph.denominator.is_none()
                        && ph.percent_word.is_none()
                });
                if after_only && self.morphs(i).is_none() {
                    return Step::No;
                }
            }
            _ => {}
        }
        if self.scale_as_name(i) {
            return Step::No;
        }
        // A word for a half that starts a word of the lexicon's idioms: "半导体".
        if self.phrase(i).is_some_and(|p| p.number_value.is_some())
            && self.tok(i).is_some_and(|t| self.in_idiom(t.start, t.end))
        {
            return Step::No;
        }
        let mut j = i;
        let mut hedge: Option<(Bound, usize)> = None;
        // The last token of two hedges in a row ("bis zu rund").
        let mut hedge_last: Option<usize> = None;
        let mut inner_bound = Bound::Exact;
        if let Some(b) = self.phrase(j).and_then(|p| p.hedge) {
            // (A price per unit may stand between: "首破每吨1万美元".)
            let per_unit_word = !self.near(j, j + 1)
                && self.per_word_gap(j, j + 1)
                && self.has(j + 1, |p| p.unit.is_some())
                && self.tight(j + 1, j + 2);
            if self.near(j, j + 1) || self.per_unit_gap(j, j + 1) || per_unit_word {
                let b = self.negated(b, j);
                hedge = Some((b, j));
                j += 1 + usize::from(per_unit_word);
                // A bound around an approximation keeps the bound: "bis zu rund zehn
                // Milliarden", "fino a circa 10 miliardi", "最多約100億" are at most.
                if let Some(b2) = self.phrase(j).and_then(|p| p.hedge) {
                    if self.near(j - 1, j)
                        && self.near(j, j + 1)
                        && (b == Bound::Approx) != (b2 == Bound::Approx)
                    {
                        let keep = if b == Bound::Approx { b2 } else { b };
                        hedge = Some((keep, i));
                        hedge_last = Some(j);
                        inner_bound = b2;
                        j += 1;
                    }
                }
            }
        }
        // A word for "per hour" or "per second" between the hedge and the number:
        // "最高达每小时160公里", "bis zu pro Sekunde 200 Kubikmeter".
        let mut rate_pre = None;
        if hedge.is_some()
            && self.has(j, |p| p.speed_prefix || p.flow_prefix)
            && self.near(j, j + 1)
        {
            rate_pre = Some(j);
            j += 1;
        }
        let mut open = None;
        if self.has(j, |p| p.range_open) && self.near(j, j + 1) {
            // "passerà da 40.000 a 52.000 euro": after a verb of change the figures are an
            // old value and a new one, each read from its number.
            if self.change_verb_before(j) {
                return Step::No;
            }
            open = Some(j);
            j += 1;
        }
        let mut cur_pre = None;
        if let Some(u) = self.prefix_currency(j) {
            if self.near(j, j + 1) {
                cur_pre = Some(u);
                j += 1;
            }
        }
        let mut pct_pre = false;
        if self.has(j, |p| p.percent_prefix) && self.tight(j, j + 1) {
            pct_pre = true;
            j += 1;
        }
        // "percent of 10", "pourcentage de vingt": a percent word, a connector, then the
        // number ending the sentence or clause ("the percentage of 25 states" counts states;
        // "10 percent of 20" is read from its first number).
        let mut pct_of = false;
        if j == i
            && self.percent_word_at(j)
            && (i == 0 || !self.is_number_tok(i - 1) || !self.near(i - 1, i))
            && self.has(j + 1, |p| p.connector)
            && self.near(j, j + 1)
            && self.near(j + 1, j + 2)
            && self
                .tok(j + 2)
                .is_some_and(|t| !matches!(t.kind, Kind::Punct(_)))
        {
            pct_of = true;
            pct_pre = true;
            j += 2;
        }
        if j == i && i > 0 && self.has(i - 1, |p| p.ordinal) && self.tight(i - 1, i) {
            return Step::No;
        }
        // The end of a date or a time: "5/17/2018", "15:30". (After a unit, a slash joins
        // two amounts: "200 MW/400 MWh", "100兆瓦/200兆瓦时".)
        let after_unit = i >= 2 && self.has(i - 2, |p| p.unit.is_some());
        if j == i
            && i > 0
            && ((self.is_char(i - 1, '/') && !after_unit) || self.is_char(i - 1, ':'))
            && self.tight(i - 1, i)
        {
            return Step::No;
        }
        // A sign: "-5%", "minus five", "负三十二".
        let mut negative = false;
        let sign = self.is_char(j, '-')
            && (self.tight(j, j + 1) || (j == 0 && self.near(j, j + 1)))
            && matches!(self.tok(j + 1).map(|t| t.kind), Some(Kind::Digits(_)))
            && (j == 0 || !self.tight(j - 1, j));
        if sign || (self.has(j, |p| p.negative) && self.near(j, j + 1)) {
            negative = true;
            j += 1;
        }
        // "2025.10" where the decimal point is a comma: a year and a month, a date.
        if self.year_month(j) {
            return Step::Skip(j + 1);
        }
        // A duration in parts: "2:01:09 Stunden", "2h00'35\"", "13'51\"".
        if !negative && open.is_none() && cur_pre.is_none() && !pct_pre {
            if let Some((secs, next)) = self.race_time(j) {
                let quantity = Quantity {
                    value: Decimal::from_u64(secs),
                    max: None,
                    unit: Unit::Seconds,
                    bound: hedge.map_or(Bound::Exact, |(b, _)| b),
                    approximate: false,
                };
                let found = Found {
                    first: i,
                    last: next - 1,
                    quantity,
                    hedge: hedge.map(|(_, h)| (h, hedge_last.unwrap_or(h))),
                    bare: false,
                    plain: false,
                    scaled: false,
                    scale: 0,
                    money_scale: false,
                    shared: false,
                    factor: Decimal::from_u64(1),
                };
                return Step::Found(found, next);
            }
        }
        let Some(mut n1) = self.number(j, cur_pre.is_some()) else {
            return Step::No;
        };
        // (Not a year: "the percentage of 2023.")
        if pct_of
            && (!self
                .tok(n1.end)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(c) if ".,;:!?)".contains(c)))
                || n1.plain.is_some_and(|p| (1000..=2999).contains(&p)))
        {
            return Step::No;
        }
        if negative {
            // "minus one": a sign makes an article-like word a number.
            n1.ambiguous = false;
            n1.lo = n1.lo.negate();
            n1.hi = n1.hi.map(Decimal::negate);
        }
        // A number word written with a capital after a word in small letters, in a language
        // that writes nouns in small letters, names a group: "les Vingt-Sept", "i Ventisette",
        // "gli anni Sessanta".
        if n1.words
            && j == i
            && i > 0
            && !self.t.capitalized_nouns
            && self.near(i - 1, i)
            && matches!(
                self.tok(i - 1).map(|t| t.kind),
                Some(Kind::Word | Kind::Phrase)
            )
            && self
                .original_text(i - 1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && self
                .original_text(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            return Step::Skip(n1.end);
        }
        // A date: "maggio 2025", "July 15" (not "im Juli siebenmal": a count of times; nor an
        // amount its currency or unit follows, "ab März 12 Euro", "depuis juin 30 %", which
        // no day or year takes).
        if j > 0
            && self.month_at(j - 1)
            && self.near(j - 1, j)
            && !n1.scaled
            && !n1.percent
            && !self.has(n1.end, |p| {
                p.occurrence || p.currency.is_some() || p.unit.is_some() || p.percent_word.is_some()
            })
        {
            return Step::Skip(n1.end);
        }
        let mut k = n1.end;
        let mut n2: Option<Num> = None;
        // The first figure after an opener that made no range (a change, two values): the
        // separator after it makes none either.
        let after_open =
            j == i && i > 0 && self.has(i - 1, |p| p.range_open) && self.near(i - 1, i);
        let changed = after_open && self.change_verb_before(i - 1);
        if let Some(n) = self
            .unit_range(k, open.is_some(), cur_pre, &n1)
            .filter(|n| !(open.is_none() && j == i && self.change_and_level(i, n1.lo, n.lo)))
            .filter(|_| !changed && open.is_none_or(|o| self.range_closes(o, k + 1)))
        {
            n2 = Some(n);
        } else if let Some(o) = open {
            if self.has(k, |p| p.range_and)
                && self.near(k - 1, k)
                && self.near(k, k + 1)
                && self.range_closes(o, k)
            {
                n2 = self.range_end(k + 1, cur_pre);
            }
            // A range never runs down: "von 40 bis 30" is two figures.
            if n2.as_ref().is_none_or(|n| n.lo <= n1.lo) {
                return Step::No;
            }
        } else if !changed && self.range_sep(k) {
            n2 = self.range_end(k + 1, cur_pre).filter(|n| {
                n.words == n1.words
                    && n.hi.is_none()
                    && n1.hi.is_none()
                    && !(after_open && n.lo <= n1.lo)
            });
        }
        if let Some(n) = &n2 {
            k = n.end;
            // "2至3万" is 20000 to 30000; "8,000至1萬" 8000 to 10000.
            let up = n1.lo.scale(n.scale).filter(|v| *v <= n.lo);
            if let (false, true, Some(v)) = (n1.scaled, n.scaled, up) {
                n1.lo = v;
                n1.scaled = true;
            }
        }
        let cjk = n1.cjk || self.morphs(k.saturating_sub(1)).is_some_and(|(_, c)| c);
        // "三百多亿" is read inside the numeral; "100多人" here.
        let mut more = n1.more;
        if self.has(k, |p| p.post_hedge == Some(Bound::MoreThan)) && self.tight(k - 1, k) {
            more = true;
            k += 1;
        }
        // The unit.
        let mut unit: Option<(Unit, Decimal)> = None;
        let mut classifier = false;
        let mut tail_add: Option<Decimal> = None;
        // (Whether a half after the unit was added: "une seconde et demie" is an amount.)
        let mut half_added = false;
        let half = Decimal::new(5, -1).unwrap_or(Decimal::ZERO);
        // A word between the number and its unit of time: "dix-huit prochains mois".
        if self.has(k, |p| p.unit_adjective)
            && self.near(k - 1, k)
            && self.near(k, k + 1)
            && self
                .phrase(k + 1)
                .is_some_and(|p| p.unit.is_some_and(|(u, _)| u.is_duration()))
        {
            k += 1;
        }
        // "trent'anni", "settant'anni": an elided number word, an apostrophe, its unit.
        if n1.words
            && (self.is_char(k, '\'') || self.is_char(k, '\u{2019}'))
            && self.tight(k - 1, k)
            && self.tight(k, k + 1)
            && self.phrase(k + 1).is_some_and(|p| p.unit.is_some())
        {
            k += 1;
        }
        let hyphen = self.tight_hyphen(k);
        let at = if hyphen { k + 1 } else { k };
        let close = hyphen || self.near(k - 1, k);
        if close {
            if let Some(ph) = self.phrase(at) {
                // A currency word that is also a measure word counts the noun after it:
                // "1.8万块GPU", "三块屏幕" (but "十块钱", "5块。" are money).
                let measure = ph.classifier
                    && ph.currency.is_some()
                    && self.tight(k - 1, k)
                    && self.noun_follows(at)
                    && !(self.morphs(at + 1).is_some() && self.tight(at, at + 1));
                if measure {
                    classifier = true;
                    k = at + 1;
                } else if let (Some(c), false) = (ph.currency, self.currency_leads(at, &n1)) {
                    // The currency named before wins over the unit word after it:
                    // "新台幣3500億元" is TWD, 元 being the unit of whichever currency.
                    unit = Some((cur_pre.unwrap_or(c), Decimal::from_u64(1)));
                    k = at + 1;
                    // "30 M€", "2 Md€".
                    if let Some(e) = ph.scale.filter(|_| !n1.scaled) {
                        if let Some(v) = n1.lo.scale(e) {
                            n1.lo = v;
                            n1.scaled = true;
                        }
                    }
                } else if let Some((c, f)) = ph.minor.filter(|_| {
                    // A Chinese subunit alone only in a word of its own ("五角钱", not
                    // "五角": an angle).
                    let han = self.text(at).chars().any(is_han);
                    cur_pre.is_none() && (!han || self.text(at).chars().count() >= 2)
                }) {
                    unit = Some((c, f));
                    k = at + 1;
                } else if ph.discount
                    && self.tight(k - 1, k)
                    && !hyphen
                    && n1.lo != Decimal::from_u64(10)
                {
                    // "八折" = 80 %, "75折" = 75 % ("十折" is no discount).
                    let ten = n1.lo < Decimal::from_u64(10);
                    unit = Some((Unit::Percent, Decimal::from_u64(if ten { 10 } else { 1 })));
                    k = at + 1;
                } else if let Some(u) = ph
                    .scaled_unit
                    .filter(|_| n1.scaled && n1.scale >= 4 && !hyphen && n2.is_none())
                {
                    // "52億度" is energy; "30度" a temperature or an angle.
                    unit = Some(u);
                    k = at + 1;
                } else if let Some(u) = ph
                    .unit
                    .or_else(|| self.cased_unit(at))
                    .filter(|&(u, _)| !(u == Unit::Hours && self.name_of_hours(j, at)))
                    .filter(|&(u, _)| !(u == Unit::Points && self.counted_phrase_at(at)))
                {
                    unit = Some(self.points_or_minutes(u, j, at));
                    k = at + 1;
                    // A count unit ("十打" = 120) is a measure word.
                    classifier = u.0 == Unit::Count;
                    // Tenths after a unit of ten percent: "七成六", "三成半".
                    if u == (Unit::Percent, Decimal::from_u64(10)) && !hyphen {
                        if let Some((add, next)) = self.tenths_tail(k) {
                            tail_add = Some(add);
                            k = next;
                        }
                    }
                } else if let Some(reading) = ph.degree.and_then(|u| self.degrees(i, at, &n1, u)) {
                    // "15,10 Grad", "meno 3 gradi", "气温30度"; "eine Wende um 180 Grad" is
                    // an angle, no amount.
                    let Some(u) = reading else {
                        return Step::Skip(at + 1);
                    };
                    unit = Some(u);
                    k = at + 1;
                } else if ph.connector
                    && !hyphen
                    && (n1.scaled || n1.vague)
                    && self.near(at, at + 1)
                {
                    if let Some(c) = self.phrase(at + 1).and_then(|p| p.currency) {
                        unit = Some((c, Decimal::from_u64(1)));
                        k = at + 2;
                    } else if let Some(u) = self
                        .phrase(at + 1)
                        .and_then(|p| p.unit)
                        .or_else(|| self.cased_unit(at + 1))
                        .filter(|(u, _)| *u != Unit::Percent)
                        .filter(|&(u, _)| !(u == Unit::Points && self.counted_phrase_at(at + 1)))
                    {
                        // "3,5 milioni di tonnellate", "millions de tonnes".
                        unit = Some(u);
                        k = at + 2;
                    }
                } else if ph.classifier && self.tight(k - 1, k) {
                    classifier = true;
                    k = at + 1;
                    // A half between the measure word and the unit: "三个半小时" is 3.5 hours.
                    let unit_after = self
                        .phrase(k + 1)
                        .and_then(|p| p.unit)
                        .filter(|(u, _)| u.is_duration() && n1.lo.exponent() >= 0);
                    if let (Some((u, f)), true) = (unit_after, self.is_half(k)) {
                        if self.tight(k - 1, k) && self.tight(k, k + 1) && n2.is_none() {
                            unit = Some((u, f));
                            tail_add = f.checked_mul(half);
                            half_added = tail_add.is_some();
                            classifier = false;
                            k += 2;
                        }
                    }
                    // A mark of "more" between the measure word and a unit of time: "3个多小时"
                    // is more than 3 hours, not "3个多" of nothing. The mark may also split a
                    // unit that starts with the measure word: "两个多月" is more than two
                    // months (个月), as "一个多星期" is more than a week.
                    let unit_after = self
                        .phrase(k + 1)
                        .and_then(|p| p.unit)
                        .or_else(|| self.split_unit(k - 1, k + 1))
                        .filter(|(u, _)| u.is_duration());
                    if let (Some(u), None, false) = (unit_after, &n2, half_added) {
                        if self.has(k, |p| p.post_hedge == Some(Bound::MoreThan))
                            && self.tight(k - 1, k)
                            && self.tight(k, k + 1)
                        {
                            unit = Some(u);
                            more = true;
                            classifier = false;
                            k += 2;
                        }
                    }
                    // A measure word before a currency: "20个比特币".
                    if let Some(c) = self.phrase(k).and_then(|p| p.currency) {
                        if self.tight(k - 1, k) {
                            unit = Some((c, Decimal::from_u64(1)));
                            classifier = false;
                            k += 1;
                        }
                    }
                }
            }
        }
        // A compound ending in a unit of time, in a language that writes compounds as one
        // word: "acht Streiktage", "drei Verhandlungstagen", "zwei Lebensjahre".
        if unit.is_none() && !classifier && !hyphen && self.near(k - 1, k) && !self.tight(k - 1, k)
        {
            if let Some(u) = self.compound_unit(k) {
                unit = Some(u);
                k += 1;
            }
        }
        // A count of occurrences: "trois fois", "dreimal in Folge", "quattro volte" ("trois
        // fois plus" is a ratio).
        if unit.is_none()
            && !classifier
            && n2.is_none()
            && cur_pre.is_none()
            && self.occurrences(k, &n1)
        {
            classifier = true;
            k += 1;
        }
        // "75 USD million".
        if unit.is_some_and(|(u, _)| u.is_currency()) && !n1.scaled && self.near(k - 1, k) {
            if let Some(ms) = self.pure_scale(k) {
                if let Some((v, _)) = Self::apply_scales(n1.lo, ms) {
                    n1.lo = v;
                    n1.scaled = true;
                    k += 1;
                }
            }
        }
        if let (None, Some(c)) = (unit, cur_pre) {
            unit = Some((c, Decimal::from_u64(1)));
        }
        // A half after the unit: "deux ans et demi", "cinque secondi e mezzo", "一年半".
        if let Some((u, f)) =
            unit.filter(|(u, _)| !u.is_currency() && *u != Unit::Percent && *u != Unit::Count)
        {
            let whole = n1.lo.exponent() >= 0 && n1.hi.is_none() && n2.is_none();
            if let (true, None, Some(next)) = (whole, tail_add, self.half_after_unit(k)) {
                let cjk_year = u == Unit::Years && n1.plain.is_some_and(|p| p >= 1000);
                if !cjk_year {
                    tail_add = f.checked_mul(half);
                    half_added = tail_add.is_some();
                    k = next;
                }
            }
        }
        // "15 dollari e 15 centesimi", "五元三毛".
        let mut minor_add = tail_add;
        if let Some((c, f)) = unit {
            if c.is_currency() && f == Decimal::from_u64(1) && n2.is_none() && n1.hi.is_none() {
                if let Some((add, next)) = self.minor_units(k, c, n1.scaled) {
                    minor_add = Some(add);
                    k = next;
                }
            }
        }
        if pct_pre || n1.percent || self.phrase(j).is_some_and(|p| p.percent_word.is_some()) {
            unit = Some((Unit::Percent, Decimal::from_u64(1)));
        }
        if n1.ppm {
            unit = Some((Unit::Concentration, Decimal::from_u64(1)));
        }
        if unit.is_none() && !classifier {
            // Dates: "15 luglio", "15. Juli", "7月15日".
            let dot = self.is_char(k, '.') && self.tight(k - 1, k);
            let m = if dot { k + 1 } else { k };
            if self.month_at(m) && self.near(m - 1, m) {
                let mut next = m + 1;
                if matches!(self.tok(next).map(|t| t.kind), Some(Kind::Digits(_)))
                    && self.near(m, next)
                {
                    next += 1;
                }
                return Step::Skip(next);
            }
            // A grade on a scale after its number: "3级飓风", "7.1級地震" (no amount).
            if self.has(k, |p| p.grade) && self.tight(k - 1, k) && n2.is_none() {
                return Step::Skip(k + 1);
            }
            // (Not after a scaled figure or one above 31: "2100万月活跃用户" counts monthly
            // users.)
            if self.has(k, |p| p.date_suffix)
                && self.tight(k - 1, k)
                && !n1.scaled
                && n1.lo <= Decimal::from_u64(31)
            {
                return Step::Skip(k + 1);
            }
            // A time of day: "um 12.33 Uhr", "à 12 h 33", "alle 14.07", "at 5 pm".
            let bounded = hedge.is_some_and(|(b, _)| b != Bound::Approx);
            if let Some(next) = self.clock_time(j, k, &n1, bounded) {
                return Step::Skip(next);
            }
            // Hours from one to another: "von 10 bis 12 Uhr", "from 9 to 11 pm".
            let hours = |n: &Num| n.plain.is_some_and(|p| p <= 24) && !n.scaled;
            if n2.as_ref().is_some_and(hours)
                && hours(&n1)
                && self.has(k, |p| p.clock_word)
                && self.near(k - 1, k)
            {
                return Step::Skip(k + 1);
            }
            // A fraction word in a compound: "demi-finale", "half-time", "une demi-heure".
            if n1.words
                && n1.fraction
                && self.tight_hyphen(k)
                && matches!(
                    self.tok(k + 1).map(|t| t.kind),
                    Some(Kind::Word | Kind::Phrase)
                )
            {
                return Step::Skip(k + 2);
            }
            // Digits glued to letters ("3D", "2nd", "4K", "1m") or a time ("15:30").
            if let Some(t) = self.tok(k) {
                let letters = self.text(k).chars().next().is_some_and(is_latin_alnum);
                if self.tight(k - 1, k) && !n1.cjk && letters && !matches!(t.kind, Kind::Digits(_))
                {
                    return Step::Skip(k + 1);
                }
            }
            // (A colon before a space ends a clause: "a 40 milioni: una cifra record".)
            if (self.is_char(k, ':') || self.is_char(k, '/') || self.is_char(k, '\u{2044}'))
                && self.tight(k - 1, k)
                && (self.tight(k, k + 1) || !self.is_char(k, ':'))
            {
                return Step::Skip(k + 2);
            }
        }
        // Postfix hedges: "100人以上", "5000万左右" (a range keeps its ends: "5至6年内").
        let mut post: Option<(Bound, usize)> = None;
        if let Some(b) = self.phrase(k).and_then(|p| p.post_hedge) {
            // "比去年的100万人多20万人": the mark of more after the base of a comparison is
            // the comparison's; the base is exact.
            let compared = b == Bound::MoreThan && self.comparison_base(i);
            if !compared && cjk_like(self, k) && self.tight(k - 1, k) && n2.is_none() {
                // "5年内不得参选": how long a ban lasts, exact.
                let ban = b == Bound::AtMost
                    && unit.is_some_and(|(u, _)| u.is_duration())
                    && self.ban_after(k);
                post = Some((if ban { Bound::Exact } else { b }, k));
                k += 1;
            } else if !cjk_like(self, k)
                && self.near(k - 1, k)
                && n2.is_none()
                && n1.hi.is_none()
                && hedge.is_none()
                && !more
                // (Not a year: "en 2020 environ".)
                && (unit.is_some() || classifier || !n1.plain.is_some_and(|p| (1800..=2100).contains(&p)))
                // A hedge that starts the next amount is its own: "en 5 ans environ 300 postes".
                && !matches!(self.mention(k), Step::Found(..))
            {
                // "six mois environ", "2 chilogrammi al massimo", "ten years or so".
                post = Some((b, k));
                k += 1;
            }
        }
        // What kind of amount.
        let year_like = |n: &Num| n.plain.is_some_and(|p| (1000..=2999).contains(&p));
        // "2024年" is a calendar year, "5年" a duration; "2004至2016年" a span of calendar
        // years (a date range, no amount of years).
        let cjk = cjk || self.text(k.saturating_sub(1)).chars().any(is_han);
        let (unit, factor) = match unit {
            Some((Unit::Years, f))
                if cjk && year_like(&n1) && n2.as_ref().is_none_or(year_like) =>
            {
                (Unit::Year, f)
            }
            Some(u) => u,
            None => {
                // "fino al 2024": a hedge of time before a year is no bound of an amount.
                let year_hedge = hedge.is_some_and(|(_, h)| self.has(h, |p| p.year_hedge));
                let bare_year = n1.plain.is_some_and(|p| (1800..=2100).contains(&p))
                    && n2.as_ref().is_none_or(year_like)
                    && (hedge.is_none() || year_hedge)
                    && !self.counted_noun(k, j);
                if bare_year && !classifier {
                    (Unit::Year, Decimal::from_u64(1))
                } else {
                    (Unit::Count, Decimal::from_u64(1))
                }
            }
        };
        // "時速300公里": a length after a word for speed is a speed (km/h from metres); a
        // volume after a word for "per second" a flow ("pro Sekunde 200 Kubikmeter",
        // "每秒湧出200立方公尺").
        let first = hedge.map_or(j, |(_, h)| h);
        let rate = |pick: fn(&Phrase) -> bool| {
            rate_pre.is_some_and(|t| self.has(t, pick)) || self.rate_prefix_before(first, pick)
        };
        let (unit, factor) = match unit {
            Unit::Length if rate(|p| p.speed_prefix) => match factor.scale(-3) {
                Some(x) => (Unit::Speed, x),
                None => (unit, factor),
            },
            Unit::Volume if rate(|p| p.flow_prefix) => (Unit::Flow, factor),
            _ => (unit, factor),
        };
        // "à 15 heures": a time of day after its preposition, no duration.
        if unit == Unit::Hours
            && n2.is_none()
            && hedge.is_none()
            && j > 0
            && self.near(j - 1, j)
            && n1.plain.is_some_and(|p| p <= 24)
            && self
                .t
                .clock_prepositions
                .iter()
                .any(|w| w == self.text(j - 1))
        {
            return Step::Skip(k);
        }
        // A fraction of something is a share: "rund ein Fünftel", "un tiers des salariés",
        // "營收的三分之一" are percentages; a fraction alone stays a number.
        let (unit, factor) = if unit == Unit::Count
            && !classifier
            && n2.is_none()
            && n1.fraction
            && !n1.scaled
            && n1.hi.is_none()
            && n1.lo > Decimal::ZERO
            && n1.lo < Decimal::from_u64(1)
            && (hedge.is_some()
                || (self.has(k, |p| p.share_after) && self.near(k - 1, k))
                || (j > 0 && self.has(j - 1, |p| p.share_before) && self.near(j - 1, j)))
        {
            (Unit::Percent, Decimal::from_u64(100))
        } else {
            (unit, factor)
        };
        let has_unit = unit != Unit::Count || classifier;
        if unit == Unit::Count && !classifier && n2.is_none() {
            // A multiplier: "trois fois plus", "三倍".
            if self.has(k, |p| p.ratio) && self.near(k - 1, k) {
                return Step::Skip(k + 1);
            }
            // A code in brackets after a name: "比亞迪（1211）", "Acme (4502)" (codes have four
            // digits or more; "die Grünen (85)" counts what the list counts).
            let open = |t: usize| self.is_char(t, '(') || self.is_char(t, '\u{ff08}');
            let close = |t: usize| self.is_char(t, ')') || self.is_char(t, '\u{ff09}');
            let alone = hedge.is_none()
                && !negative
                && j == i
                && i > 0
                && n1.plain.is_some()
                && (n1.plain.is_some_and(|p| p >= 1000)
                    || self.original_text(j).starts_with('0')
                    // ("今（25）日": a day in Chinese.)
                    || self.tok(i - 1).is_some_and(|t| {
                        self.folded
                            .as_str()
                            .get(..t.start)
                            .and_then(|b| b.chars().next_back())
                            .is_some_and(is_han)
                    }));
            if alone && open(i - 1) && self.tight(i - 1, i) && close(k) && self.tight(k - 1, k) {
                return Step::Skip(k + 1);
            }
            // A ticker and its exchange ("600276.SH", "0700.HK", "7203.T"), digits with a
            // leading zero ("005930"): codes, no amounts.
            let exchange = self.is_char(k, '.')
                && self.tight(k - 1, k)
                && self.tight(k, k + 1)
                && matches!(
                    self.tok(k + 1).map(|t| t.kind),
                    Some(Kind::Word | Kind::Phrase)
                )
                && (1..=4).contains(&self.original_text(k + 1).len())
                && self
                    .original_text(k + 1)
                    .bytes()
                    .all(|b| b.is_ascii_uppercase());
            let digits = self.original_text(j);
            let padded = digits.len() >= 2
                && digits.starts_with('0')
                && digits.bytes().all(|b| b.is_ascii_digit())
                && digits.bytes().any(|b| b != b'0');
            if n1.plain.is_some() && j + 1 == k && hedge.is_none() && (exchange || padded) {
                return Step::Skip(if exchange { k + 2 } else { k });
            }
        }
        // "a year earlier", "un anno fa": an article before a unit is not an amount. (A
        // number word that is also another word is one before a unit: "sei mesi", "acht
        // Jahre", "neuf mois".)
        if n1.ambiguous
            && n1.lo == Decimal::from_u64(1)
            && hedge.is_none()
            && n2.is_none()
            && !half_added
            && !unit.is_currency()
            && unit != Unit::Count
        {
            return Step::No;
        }
        let mut one_noun = false;
        if unit == Unit::Count {
            // (A hedge does not make an article an amount: "über einen Sozialplan".)
            let article = n1.lo == Decimal::from_u64(1);
            // A degree on a named scale, no amount: "magnitudo 7,1", "Stärke 7,1", "規模7.1".
            if !has_unit && i > 0 && self.has(i - 1, |p| p.scale_name) && self.near(i - 1, i) {
                return Step::No;
            }
            // A number word that is also another word counts the noun of what is counted
            // right after it ("sei focolai", "acht Menschen"), in a language that capitalizes
            // nouns any noun ("acht Notausgänge"), or an adjective of more or new things after
            // or before it ("sei nuovi reattori", "acht weitere", "altri sei"); an article
            // counts only a person of a toll ("Eine Person wird vermisst", not "eine Frage").
            one_noun = article && hedge.is_none() && !n1.scaled && self.one_noun_at(k);
            let noun_after = self.t.capitalized_nouns
                && self.near(k - 1, k)
                && matches!(self.tok(k).map(|t| t.kind), Some(Kind::Word))
                && self.capitalized(k)
                && !self.is_stopword(k);
            let adjective_before =
                j == i && i > 0 && self.near(i - 1, i) && self.has(i - 1, |p| p.count_adjective);
            let counts = if article {
                one_noun
            } else {
                self.count_noun_at(k)
                    || self.count_adjective_at(k)
                    || noun_after
                    || adjective_before
            };
            if n1.ambiguous && (hedge.is_none() || article) && !has_unit && n2.is_none() && !counts
            {
                return Step::No;
            }
            if n1.words
                && !n1.scaled
                && n1.lo == Decimal::from_u64(1)
                && hedge.is_none()
                && !self.t.cardinals
                && !one_noun
            {
                return Step::No;
            }
            if n1.cjk
                && !classifier
                && !n1.scaled
                && n2.is_none()
                && n1.lo.exponent() >= 0
                && !(hedge.is_none() && self.bare_digit(i, j, k, &n1))
            {
                return Step::No;
            }
            if n1.cjk
                && n1.lo == Decimal::from_u64(1)
                && !n1.scaled
                && hedge.is_none()
                && factor == Decimal::from_u64(1)
                && !self.bare_digit(i, j, k, &n1)
            {
                return Step::No;
            }
            // Part of a code of four digits or more (not a year): "HRS-7841", "ISO-9001".
            if j == i
                && i >= 2
                && n2.is_none()
                && n1
                    .plain
                    .is_some_and(|p| p >= 1000 && !(1900..=2100).contains(&p))
                && self.is_char(i - 1, '-')
                && self.tight(i - 2, i - 1)
                && self.tight(i - 1, i)
                && matches!(self.tok(i - 2).map(|t| t.kind), Some(Kind::Word))
                && self.original_text(i - 2).chars().any(char::is_uppercase)
            {
                return Step::No;
            }
            // A number after a hyphen ending a name: "Covid-19", "Tianwen-1", "Chang'e-5"
            // (a word with a capital letter, through apostrophes, glued to the hyphen).
            if j == i
                && i >= 2
                && n2.is_none()
                && hedge.is_none()
                && n1.plain.is_some_and(|p| p < 1000)
                && self.is_char(i - 1, '-')
                && self.tight(i - 1, i)
                && self.tight(i - 2, i - 1)
                && self.capitalized_run_before(i - 1)
            {
                return Step::No;
            }
            // A model's number: "737 Max", "15 Pro".
            if j == i && n2.is_none() && n1.plain.is_some() && self.model_suffix(k) {
                return Step::Skip(k + 1);
            }
            // Part of a name: "Llama 4", "GPT 5" (not a place before a count: "in Italien 750
            // Filialen").
            if j == i && i > 0 && n1.plain.is_some_and(|p| p < 1000) && n2.is_none() {
                let prev = self.original_text(i - 1);
                if matches!(self.tok(i - 1).map(|t| t.kind), Some(Kind::Word))
                    && prev.chars().any(char::is_uppercase)
                    && self.near(i - 1, i)
                    && !self.place_before_count(i, k)
                    // A noun of what is counted after it makes the number an amount: "in der
                    // Region 18 Menschen", "a Patrasso 30 persone".
                    && !self.count_noun_at(k)
                    // A function word that starts a sentence is no name: "Sono 300 i feriti".
                    && !self.is_stopword(i - 1)
                    // A member of a list that leaves out what an earlier member counted:
                    // "la lista A avrà 40 seggi, la B 25 e la C 12".
                    && !self.elliptic_member(i, k)
                {
                    return Step::No;
                }
            }
        }
        // The counted noun: "10.000 GPU", "10.000 H100".
        let mut noun = false;
        if unit == Unit::Count && !classifier && n1.plain != Some(0) {
            if let Some(t) = self.tok(k) {
                let word = matches!(t.kind, Kind::Word) || one_noun;
                if word && self.near(k - 1, k) && !self.tight(k - 1, k) {
                    let w = self.original_text(k);
                    let upper = w.chars().next().is_some_and(char::is_uppercase)
                        || w.chars().any(|c| c.is_ascii_digit());
                    if (upper && !self.is_stopword(k) && !self.name_modifies_noun(k)) || one_noun {
                        k += 1;
                        noun = true;
                    }
                }
            }
        }
        let mut value = n1.lo.checked_mul(factor).unwrap_or(n1.lo);
        if let Some(add) = minor_add {
            value = value.checked_add(add).unwrap_or(value);
        }
        let max = match (&n2, n1.hi) {
            (Some(n), _) => Some(n.hi.unwrap_or(n.lo)),
            (None, Some(h)) => Some(h),
            _ => None,
        }
        .map(|m| m.checked_mul(factor).unwrap_or(m));
        let mut approximate = n1.vague || n2.as_ref().is_some_and(|n| n.vague);
        // "une soixantaine", "una decina": about the number.
        let collective = (j..n1.end).any(|t| {
            self.morphs(t)
                .is_some_and(|(ms, _)| ms.iter().any(|m| m.approx))
        });
        // Alone, a collective numeral is no number: "mis en quarantaine", "la cinquantaine".
        if collective && n1.end == j + 1 && hedge.is_none() {
            return Step::Skip(n1.end);
        }
        let bound = if max.is_some() {
            if hedge.is_some_and(|(b, _)| b == Bound::Approx) {
                approximate = true;
            }
            Bound::Range
        } else if let Some((b, _)) = hedge {
            b
        } else if more {
            Bound::MoreThan
        } else if let Some((b, _)) = post {
            b
        } else if collective {
            Bound::Approx
        } else {
            Bound::Exact
        };
        let hedge_tok = hedge.map(|(_, h)| h).or(open).or(post.map(|(_, p)| p));
        // "ein Angebot über 8 Milliarden Dollar": an offer of 8 billion, no bound.
        let mut first = i;
        let mut bound = bound;
        let mut hedge_tok = hedge_tok;
        if let Some((b, h)) = hedge {
            let money_or_time = unit.is_currency() || unit.is_duration();
            let year = unit == Unit::Year && self.has(h, |p| p.year_hedge);
            // "weniger als die 14,3 Milliarden Euro, die ...": a known figure, compared with.
            let known = self.has(h, |p| p.referential)
                && hedge_last.is_none()
                && max.is_none()
                && bound == b
                && !n1.fraction;
            if year
                || known
                || (money_or_time && max.is_none() && bound == b && self.noun_before_hedge(h))
            {
                first = h + 1;
                hedge_tok = None;
                bound = if more { Bound::MoreThan } else { Bound::Exact };
                // "ein Auftrag über rund 8 Milliarden Euro": the second hedge bounds it.
                if let (Some(last), false) = (hedge_last, year || known) {
                    hedge_tok = Some(last);
                    bound = inner_bound;
                }
            }
        }
        let found = Found {
            first,
            last: k - 1,
            quantity: Quantity {
                value,
                max,
                unit,
                bound,
                approximate,
            },
            hedge: hedge_tok.map(|h| {
                let stacked = hedge.is_some_and(|(_, f)| f == h);
                (h, if stacked { hedge_last.unwrap_or(h) } else { h })
            }),
            bare: unit == Unit::Count && !classifier && !noun && self.tight_or_sep(k),
            plain: unit == Unit::Count && !classifier && !noun,
            scaled: n1.scaled,
            scale: if n1.scaled { n1.scale } else { 0 },
            money_scale: unit == Unit::Count
                && !classifier
                && !noun
                // (A vague amount of millions: `einen dreistelligen Millionenbetrag`.)
                // (No sum of nothing: "0 milliards" is a broken figure.)
                && ((n1.scaled && n1.scale >= 6 && n1.lo > Decimal::ZERO)
                    || (n1.vague && n1.lo >= Decimal::from_u64(1_000_000)))
                && n2.as_ref().is_none_or(|n| n.scaled)
                && (!self.counts_something(k) || self.scale_word_ends(k, &n1))
                && !self.count_noun_before(first),
            shared: false,
            factor,
        };
        Step::Found(found, k)
    }

    /// A duration written in parts with separators or marks, from the digits at token `j`:
    /// `2:01:09 Stunden`, `in 2:00:35` (hours, minutes and seconds), `1:30 Stunden`, `3:27
    /// Minuten`, `2h00'35"`, `2h 00' 35''`, `13'51"` (primes, folded to `'` and `"`): its
    /// seconds and the token after it (after the word of hours or minutes, where one follows).
    /// Minutes and seconds have two digits, below 60. Times of day are none: two parts with no
    /// word of hours or minutes after them (`alle 10:30`), parts before a clock word (`14:30
    /// Uhr`) or after a clock preposition (`à 10:30:00`).
    fn race_time(&self, j: usize) -> Option<(u64, usize)> {
        let t = self.tok(j)?;
        if !matches!(t.kind, Kind::Digits(_)) {
            return None;
        }
        let s = self.folded.as_str();
        let rest = s.get(t.start..)?;
        let b = rest.as_bytes();
        let digits = |p: usize| -> Option<(u64, usize, usize)> {
            let n = b
                .get(p..)?
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if n == 0 || n > 3 {
                return None;
            }
            Some((rest.get(p..p + n)?.parse().ok()?, p + n, n))
        };
        let part = |p: usize| digits(p).filter(|&(v, _, n)| n == 2 && v < 60);
        let space = |p: usize| if b.get(p) == Some(&b' ') { p + 1 } else { p };
        // Seconds closed by a double prime: `35"`, `35''`.
        let seconds = |p: usize| -> Option<(u64, usize)> {
            let (v, e, _) = part(space(p))?;
            match (b.get(e), b.get(e + 1)) {
                (Some(b'"'), _) => Some((v, e + 1)),
                (Some(b'\''), Some(b'\'')) => Some((v, e + 2)),
                _ => None,
            }
        };
        let (first, p, _) = digits(0)?;
        let (secs, end, worded) = match b.get(p) {
            Some(b':') => {
                let (m, e, _) = part(p + 1)?;
                let (s3, e) = match (b.get(e), part(e + 1)) {
                    (Some(b':'), Some((v, e3, _))) => (Some(v), e3),
                    _ => (None, e),
                };
                let end_tok = self.tok_ending_at(t.start + e)?;
                let after = end_tok + 1;
                let word = self.phrase(after).and_then(|ph| ph.unit).map(|(u, _)| u);
                if self.has(after, |ph| ph.clock_word) {
                    return None;
                }
                let clock_before = j > 0
                    && self
                        .t
                        .clock_prepositions
                        .iter()
                        .any(|w| w == self.text(j - 1));
                match (s3, word) {
                    // (Without a word of hours, a race's hours have one digit.)
                    (Some(sec), Some(Unit::Hours)) | (Some(sec), None)
                        if !clock_before && (word.is_some() || first < 10) =>
                    {
                        let v = first.checked_mul(3600)?.checked_add(m * 60 + sec)?;
                        (v, end_tok, word.is_some())
                    }
                    (None, Some(Unit::Hours)) => (
                        first.checked_mul(60)?.checked_add(m)?.checked_mul(60)?,
                        end_tok,
                        true,
                    ),
                    (None, Some(Unit::Minutes)) => {
                        (first.checked_mul(60)?.checked_add(m)?, end_tok, true)
                    }
                    _ => return None,
                }
            }
            Some(b'h') => {
                let (m, e, _) = part(space(p + 1))?;
                if b.get(e) != Some(&b'\'') {
                    return None;
                }
                let (sec, e) = seconds(e + 1)?;
                let v = first.checked_mul(3600)?.checked_add(m * 60 + sec)?;
                (v, self.tok_ending_at(t.start + e)?, false)
            }
            Some(b'\'') => {
                let (sec, e) = seconds(p + 1)?;
                (
                    first.checked_mul(60)?.checked_add(sec)?,
                    self.tok_ending_at(t.start + e)?,
                    false,
                )
            }
            _ => return None,
        };
        Some((secs, if worded { end + 2 } else { end + 1 }))
    }

    /// The token that ends at byte `pos` of the folded sentence.
    fn tok_ending_at(&self, pos: usize) -> Option<usize> {
        self.toks.iter().position(|t| t.end == pos)
    }

    /// Parts of one duration written one after another, from hours down to seconds, are one
    /// duration in seconds: `2小时1分9秒`, `2 ore, 1 minuto e 9 secondi`, `zwei Stunden und
    /// fünf Minuten`. The parts after the first are whole and exact, below 60, and touch the
    /// one before or are joined to it by a comma or a word of `joiners`.
    fn join_duration_parts(&self, found: &mut Vec<Found>) {
        let rank = |u: Unit| match u {
            Unit::Hours => Some(3600u64),
            Unit::Minutes => Some(60),
            Unit::Seconds => Some(1),
            _ => None,
        };
        let whole = |f: &Found| {
            f.quantity.max.is_none()
                && !f.quantity.approximate
                && !f.quantity.value.is_negative()
                && f.quantity.value.normalized().exponent() >= 0
        };
        let mut x = 0;
        while x < found.len() {
            let mut y = x;
            while let (Some(a), Some(b)) = (found.get(y), found.get(y + 1)) {
                let (Some(ra), Some(rb)) = (rank(a.quantity.unit), rank(b.quantity.unit)) else {
                    break;
                };
                let joined = self.tight(a.last, b.first)
                    || (a.last + 1..b.first).all(|t| self.is_char(t, ',') || self.is_joiner(t))
                        && b.first <= a.last + 2
                        && self
                            .gap(a.last, b.first)
                            .is_some_and(|g| !g.chars().any(is_han));
                if rb >= ra
                    || !joined
                    || !whole(a)
                    || !whole(b)
                    || b.quantity.bound != Bound::Exact
                    || b.hedge.is_some()
                    || b.quantity.value >= Decimal::from_u64(60)
                {
                    break;
                }
                y += 1;
            }
            if y > x {
                let mut total = Some(Decimal::ZERO);
                for f in found.get(x..=y).unwrap_or(&[]) {
                    let r = rank(f.quantity.unit).unwrap_or(1);
                    total = total.and_then(|t| {
                        t.checked_add(f.quantity.value.checked_mul(Decimal::from_u64(r))?)
                    });
                }
                let last = found.get(y).map(|f| f.last);
                if let (Some(total), Some(last), Some(a)) = (total, last, found.get_mut(x)) {
                    a.quantity.value = total;
                    a.quantity.unit = Unit::Seconds;
                    a.last = last;
                    a.factor = Decimal::from_u64(1);
                    found.drain(x + 1..=y);
                }
            }
            x += 1;
        }
    }

    /// How a word for a degree at token `at` after the amount that starts at token `i` reads:
    /// `None` where it is not read (a language whose degrees need a cue, in a sentence with
    /// none: `三度`), `Some(None)` for an angle or a turn (a word of `angle_words` near, or
    /// 180 or 360 degrees), else the unit (that of a prefix before the number: `华氏100度`).
    fn degrees(
        &self,
        i: usize,
        at: usize,
        n: &Num,
        unit: (Unit, Decimal),
    ) -> Option<Option<(Unit, Decimal)>> {
        let folded = self.folded.as_str();
        if !self.t.degree_cues.is_empty()
            && !self
                .t
                .degree_cues
                .iter()
                .any(|c| folded.contains(c.as_str()))
        {
            return None;
        }
        let turn =
            n.hi.is_none() && (n.lo == Decimal::from_u64(180) || n.lo == Decimal::from_u64(360));
        let start = self.tok(i).map_or(0, |t| t.start);
        let end = self.tok(at).map_or(folded.len(), |t| t.end);
        let before = folded.get(..start).unwrap_or("");
        let after = folded.get(end..).unwrap_or("");
        // A few words on either side: 30 bytes before the amount, 24 after the unit.
        let mut from = start.saturating_sub(30);
        while !before.is_char_boundary(from) {
            from += 1;
        }
        let mut to = 24.min(after.len());
        while !after.is_char_boundary(to) {
            to += 1;
        }
        let near = |window: &str| {
            self.t.angle_words.iter().any(|w| {
                window.match_indices(w.as_str()).any(|(p, _)| {
                    let han = w.chars().any(is_han);
                    let b = window.get(..p).and_then(|x| x.chars().next_back());
                    let a = window.get(p + w.len()..).and_then(|x| x.chars().next());
                    han || (!b.is_some_and(is_latin_alnum) && !a.is_some_and(is_latin_alnum))
                })
            })
        };
        if turn || near(before.get(from..).unwrap_or("")) || near(after.get(..to).unwrap_or("")) {
            return Some(None);
        }
        let prefix = (i > 0)
            .then(|| self.phrase(i - 1).and_then(|p| p.degree_prefix))
            .flatten()
            .filter(|_| self.near(i - 1, i));
        Some(Some(prefix.unwrap_or(unit)))
    }

    /// Whether the words glued together right before token `h` (through apostrophes: `Chang'e`)
    /// hold a capital letter, the first of them being a word (`e` in `Chang'e` may be a
    /// number word's joiner: what counts is the letters written).
    fn capitalized_run_before(&self, h: usize) -> bool {
        let mut t = h;
        let mut capital = false;
        while t > 0 && self.tight(t - 1, t) {
            t -= 1;
            let w = self.original_text(t);
            if w.chars().all(char::is_alphabetic) {
                capital |= w.chars().any(char::is_uppercase);
            } else if !matches!(w, "'" | "\u{2019}") {
                return false;
            }
        }
        capital && self.original_text(t).chars().all(char::is_alphabetic)
    }

    /// Whether token `m` is a month: a month name, or an abbreviation of the lexicon's
    /// `cased_months` written exactly so (`GIU`).
    fn month_at(&self, m: usize) -> bool {
        self.phrase(m).is_some_and(|p| {
            p.month
                || (p.cased_month && {
                    let surface = self.original_text(m);
                    self.t.cased_months.iter().any(|w| w == surface)
                })
        })
    }

    /// Where a time of day ends whose hour is the number at token `j` (ending before `k`),
    /// if it is one: an hour before a clock word (`12 Uhr`, `12.33 Uhr`, `12 h 33`, `5 pm`,
    /// with the minutes after the word), an hour and its minutes written with a point in a
    /// language whose decimal separator is the comma and whose times are so written
    /// (`alle 14.07`, `le 8.07`: `clock_point`), or an hour
    /// before a word of the time of day (`alle 7 di stamattina`, `um 8 Ortszeit`), also
    /// after a hedge of about, as times are told (`intorno alle 3 del mattino`, `gegen 5
    /// Ortszeit`), but not after a bound (`bounded`: `oltre 20 di notte` counts).
    fn clock_time(&self, j: usize, k: usize, n1: &Num, bounded: bool) -> Option<usize> {
        if k != j + 1 || !matches!(self.tok(j).map(|t| t.kind), Some(Kind::Digits(_))) {
            return None;
        }
        let surface = self.original_text(j);
        let (hour, minutes) = match surface.split_once(['.', ',', ':']) {
            Some((h, m)) => (h, Some(m)),
            None => (surface, None),
        };
        let two_digits =
            |s: &str| s.len() <= 2 && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let hour_ok = two_digits(hour) && hour.parse::<u32>().is_ok_and(|h| h <= 24);
        let minutes_ok = minutes.is_none_or(|m| {
            m.len() == 2 && two_digits(m) && m.parse::<u32>().is_ok_and(|v| v < 60)
        });
        if !hour_ok || !minutes_ok || n1.scaled || n1.hi.is_some() {
            return None;
        }
        // "von 10 auf 12 Uhr": an hour changed to another.
        if self.has(k, |p| p.change_to)
            && self.near(k - 1, k)
            && self.near(k, k + 1)
            && matches!(self.tok(k + 1).map(|t| t.kind), Some(Kind::Digits(_)))
            && self.has(k + 2, |p| p.clock_word)
            && self.near(k + 1, k + 2)
            && minutes.is_none()
        {
            return Some(k);
        }
        // "12 Uhr", "12 h 33", "5 pm": the clock word and the minutes after it.
        if self.has(k, |p| p.clock_word) && self.near(k - 1, k) {
            let mut next = k + 1;
            if matches!(self.tok(next).map(|t| t.kind), Some(Kind::Digits(_)))
                && self.near(k, next)
                && two_digits(self.original_text(next))
                && self
                    .original_text(next)
                    .parse::<u32>()
                    .is_ok_and(|v| v < 60)
            {
                next += 1;
            }
            return Some(next);
        }
        // "10点30分", "10时30分": an hour, a joint and its minutes.
        if self.has(k, |p| p.clock_joint)
            && self.tight(k - 1, k)
            && self.tight(k, k + 1)
            && minutes.is_none()
            && matches!(self.tok(k + 1).map(|t| t.kind), Some(Kind::Digits(_)))
            && self
                .original_text(k + 1)
                .parse::<u32>()
                .is_ok_and(|v| v < 60)
            // (Its minutes, or nothing that makes it a decimal: "3点5%" is 3.5 %.)
            && self.tok(k + 2).is_none_or(|t| {
                matches!(t.kind, Kind::Punct(_)) && t.phrase.is_none()
                    || self.phrase(k + 2).and_then(|p| p.unit).is_some_and(|(u, _)| {
                        matches!(u, Unit::Minutes | Unit::Points)
                    })
            })
        {
            return Some(k + 2);
        }
        // "alle 14.07": no decimal number in a language whose decimals follow a comma and
        // whose times are so written (not French: "5.00 ou 5,00" are two fives).
        let point = self.t.clock_point && surface.contains('.') && self.t.decimal != '.';
        if point && minutes.is_some() {
            return Some(k);
        }
        // "alle 7 di stamattina", "um 8 Ortszeit".
        if !bounded && self.has(k, |p| p.clock_period) && self.near(k - 1, k) {
            return Some(k + 1);
        }
        None
    }

    /// The bound of the hedge at token `h` after a word of negation (`hedge_negations`) right
    /// before it: more than turns at most (`jamais dépassé 4 points`, `never exceeded 4`,
    /// `从未超过`), less than at least (`nicht unter 3`).
    fn negated(&self, b: Bound, h: usize) -> Bound {
        let turned = match b {
            Bound::MoreThan => Bound::AtMost,
            Bound::LessThan => Bound::AtLeast,
            _ => return b,
        };
        let Some(start) = self.tok(h).map(|t| t.start) else {
            return b;
        };
        let before = self.folded.as_str().get(..start).unwrap_or("").trim_end();
        let negation = self.t.hedge_negations.iter().any(|n| {
            before.strip_suffix(n.as_str()).is_some_and(|rest| {
                // A whole word ("pas", not "compas"); Han and "n't" need no boundary.
                !n.starts_with(is_latin_alnum)
                    || n.chars().all(is_han)
                    || !rest.ends_with(|c: char| c.is_alphanumeric())
            })
        });
        if negation {
            turned
        } else {
            b
        }
    }

    /// Whether a noun of `count_nouns` of up to four tokens starts at token `at` and ends
    /// at a word's end: a word for points that starts a noun (`punti vendita`, `points de
    /// vente`) counts stores, it is no unit.
    fn counted_phrase_at(&self, at: usize) -> bool {
        let Some(start) = self.tok(at).map(|t| t.start) else {
            return false;
        };
        (at + 1..at + 4).any(|e| {
            self.tok(e)
                .and_then(|t| self.folded.as_str().get(start..t.end))
                .is_some_and(|w| self.t.count_nouns.iter().any(|n| n == w))
        })
    }

    /// A unit of points written as one Han character (`分`) is one of minutes in a time
    /// written in parts: right after a number and a word glued to it (`3小时5分`, `10时30分`)
    /// or right before the seconds (`2分05秒`). `u` is the unit read at token `at`, the
    /// number starting at token `j`.
    fn points_or_minutes(&self, u: (Unit, Decimal), j: usize, at: usize) -> (Unit, Decimal) {
        if u.0 != Unit::Points || !self.text(at).chars().all(is_han) {
            return u;
        }
        let digits = |t: usize| matches!(self.tok(t).map(|x| x.kind), Some(Kind::Digits(_)));
        // (A word the lexicon does not know is no token: "10时30分" has the two numbers
        // side by side, one Han character between them.)
        let glued = j >= 1
            && digits(j - 1)
            && self
                .gap(j - 1, j)
                .is_some_and(|g| (1..=2).contains(&g.chars().count()) && g.chars().all(is_han));
        let after_part =
            glued || (j >= 2 && self.tight(j - 1, j) && self.tight(j - 2, j - 1) && digits(j - 2));
        let before_seconds = digits(at + 1) && self.tight(at, at + 1);
        if after_part || before_seconds {
            (Unit::Minutes, Decimal::from_u64(1))
        } else {
            u
        }
    }

    /// Whether token `k` is a word for a half worth 0.5 on its own (`半`).
    fn is_half(&self, k: usize) -> bool {
        let half = Decimal::new(5, -1).ok();
        self.phrase(k)
            .is_some_and(|p| p.number_value.is_some() && p.number_value == half)
    }

    /// The end of a half written after a unit, from token `k`: a joiner and a word for a
    /// half (`et demi`, `e mezzo`) or, in Chinese, the word for a half glued to the unit
    /// (`一年半`) where it starts no word of the lexicon's `idioms` (`半导体`). Nothing may
    /// follow that starts another amount or a unit (`e mezzo milione`).
    fn half_after_unit(&self, k: usize) -> Option<usize> {
        let next = if self.is_joiner(k)
            && self.near(k - 1, k)
            && self.near(k, k + 1)
            && self.has(k + 1, |p| p.denominator == Some(2))
        {
            k + 2
        } else if self.is_half(k)
            && self.tight(k - 1, k)
            && cjk_like(self, k)
            && self.tok(k).is_some_and(|t| !self.in_idiom(t.start, t.end))
        {
            k + 1
        } else {
            return None;
        };
        let starts_more = self.near(next - 1, next)
            && (self.morphs(next).is_some()
                || self.has(next, |p| p.unit.is_some() || p.currency.is_some()));
        (!starts_more).then_some(next)
    }

    /// Whether token `j` is a year and a month written `2025.10` in a language whose decimal
    /// separator is not the point (where `2025.10` can be no number).
    fn year_month(&self, j: usize) -> bool {
        if self.t.decimal == '.' || !matches!(self.tok(j).map(|t| t.kind), Some(Kind::Digits(_))) {
            return false;
        }
        let b = self.text(j).as_bytes();
        let num = |r: std::ops::Range<usize>| {
            b.get(r)?.iter().try_fold(0u32, |a, &c| {
                c.is_ascii_digit().then(|| a * 10 + u32::from(c - b'0'))
            })
        };
        b.len() == 7
            && b.get(4) == Some(&b'.')
            && num(0..4).is_some_and(|y| (1900..=2100).contains(&y))
            && num(5..7).is_some_and(|m| (1..=12).contains(&m))
    }

    /// Whether the hedge at `h` is one that introduces an amount after a noun (`noun_hedges`)
    /// and a noun stands right before it (a capitalized word, not the sentence's first, not a
    /// stopword, in a language that capitalizes nouns).
    fn noun_before_hedge(&self, h: usize) -> bool {
        if !self.t.capitalized_nouns || h < 2 || !self.has(h, |p| p.noun_hedge) {
            return false;
        }
        if !matches!(self.tok(h - 1).map(|t| t.kind), Some(Kind::Word)) || !self.near(h - 1, h) {
            return false;
        }
        self.capitalized(h - 1) && !self.is_stopword(h - 1)
    }

    /// Whether a word for hours at `at` ends a name with the number starting at `first`
    /// (`Il Sole 24 Ore`, `France 24 Heures`): in a language that does not capitalize nouns,
    /// both it and the word before the number are capitalized.
    fn name_of_hours(&self, first: usize, at: usize) -> bool {
        !self.t.capitalized_nouns
            && first > 0
            && self.capitalized(at)
            && self.capitalized(first - 1)
            && matches!(self.tok(first - 1).map(|t| t.kind), Some(Kind::Word))
    }

    /// Whether the capitalized word before the number at `first` is a place a preposition
    /// introduces (`place_prepositions`), and a noun the number counts follows it at `k`
    /// (`in Italien 750 Filialen`, `in Italia 750 negozi`): the number is no part of a name.
    fn place_before_count(&self, first: usize, k: usize) -> bool {
        let Some(at) = first.checked_sub(2) else {
            return false;
        };
        if !matches!(
            self.tok(at).map(|t| t.kind),
            Some(Kind::Word | Kind::Phrase)
        ) || !self.near(at, at + 1)
            || !self.t.place_prepositions.iter().any(|p| p == self.text(at))
            || self.original_text(at).chars().any(char::is_uppercase)
        {
            return false;
        }
        if self.t.capitalized_nouns {
            return self.counted_noun(k, first);
        }
        (self.phrase(k).is_none() && self.small_word_after(k)) || self.counted_phrase_at(k)
    }

    /// Whether the capitalized word at `k`, after a number, modifies a word in small letters
    /// after it, in a language where names come before the nouns they modify
    /// (`names_modify_nouns`: `5,000 Volvo workers`): then it is not what the number counts.
    fn name_modifies_noun(&self, k: usize) -> bool {
        self.t.names_modify_nouns
            && !self.original_text(k).chars().any(|c| c.is_ascii_digit())
            && self.small_word_after(k + 1)
    }

    /// Whether the word at `k`, after a number, is a noun the number counts: in a language
    /// that capitalizes nouns, a capitalized word that is not a stopword (`2000 Stellen`).
    fn counted_noun(&self, k: usize, first: usize) -> bool {
        if !self.t.capitalized_nouns || k == 0 || !self.near(k - 1, k) || self.tight(k - 1, k) {
            return false;
        }
        if first > 0 && self.near(first - 1, first) {
            let prev = self.original_text(first - 1).to_lowercase();
            if self.t.year_prepositions.contains(&prev) {
                return false;
            }
        }
        if !matches!(self.tok(k).map(|t| t.kind), Some(Kind::Word)) || self.phrase(k).is_some() {
            return false;
        }
        self.capitalized(k) && !self.is_stopword(k)
    }

    /// Whether the word at `k`, right after a scale word in a language that joins what a
    /// scale counts with a connector only, is no noun of what is counted ("circa 6 miliardi
    /// previsti", "6 milliards prévus": a participle of the amount).
    fn scale_word_ends(&self, k: usize, n: &Num) -> bool {
        self.t.scale_needs_connector
            && n.scaled
            && n.scale >= 6
            && k > 0
            && matches!(
                self.tok(k - 1).map(|t| t.kind),
                Some(Kind::Word | Kind::Morphs { .. })
            )
            && matches!(self.tok(k).map(|t| t.kind), Some(Kind::Word))
            && !self.is_count_noun(self.text(k))
            && !self.text(k).chars().any(is_han)
    }

    /// Whether what follows a scaled count at `k` names what it counts: a connector
    /// (`2 miliardi di persone`, `millions d'habitants`), a count noun (`2 million cars`, and
    /// in Chinese, where it is no token of its own, `2亿用户`), or a word of five letters or
    /// more that is not a stopword (`2 billion people`; short words are mostly prepositions:
    /// `5 miliardi in tutto`).
    fn counts_something(&self, k: usize) -> bool {
        if k > 0 && self.han_count_noun_after(k - 1) {
            return true;
        }
        let Some(t) = self.tok(k) else {
            return false;
        };
        if k == 0 || !self.near(k - 1, k) {
            return false;
        }
        // "1,3 milliard de plus que", "2 Milliarden mehr als": compared, no noun counted (the
        // comparative may start a phrase: "mehr als").
        let comparative = |t: usize| {
            let first = self.text(t).split(' ').next().unwrap_or("");
            self.t.comparatives.iter().any(|w| w == first)
        };
        if self.has(k, |p| p.connector) {
            // "13 miliardi di tasse": a sum of money.
            let next = self.near(k, k + 1);
            let money = next && self.t.money_nouns.iter().any(|n| n == self.text(k + 1));
            return !(money || (next && comparative(k + 1)));
        }
        // ("3 Millionen mehr Besucher", "3 million more visitors" count what follows.)
        if comparative(k) {
            let noun = |t: usize| {
                self.is_count_noun(self.text(t))
                    || (self.t.capitalized_nouns && self.capitalized(t) && self.phrase(t).is_none())
            };
            return self.near(k, k + 1)
                && matches!(self.tok(k + 1).map(|t| t.kind), Some(Kind::Word))
                && noun(k + 1);
        }
        // A noun of what is counted, short as it may be: "2 million cars".
        if self.is_count_noun(self.text(k)) {
            return true;
        }
        // A conjunction after it counts nothing: "ricavi per 3,3 miliardi e un utile ...".
        if self.has(k, |p| p.list_sep || p.range_and) {
            return false;
        }
        if !matches!(t.kind, Kind::Word) {
            return !matches!(t.kind, Kind::Punct(_));
        }
        if self.phrase(k).is_some() {
            return false;
        }
        let w = self.text(k);
        if !w.chars().any(is_han) && w.chars().count() < 5 {
            return false;
        }
        !self.is_stopword(k)
    }

    /// Whether the folded word `w` is a noun of what is counted (`count_nouns`), or, in a
    /// language that capitalizes nouns and writes compounds as one word, a compound ending
    /// in one of five letters or more (`Besatzungsmitglieder`, `Bauarbeitern`,
    /// `Erdbebenopfer`).
    fn is_count_noun(&self, w: &str) -> bool {
        self.t.count_nouns.iter().any(|n| {
            n == w
                || (self.t.capitalized_nouns
                    && n.chars().count() >= 5
                    && w.len() > n.len()
                    && w.ends_with(n.as_str()))
        })
    }

    /// Whether token `t` is a word of a list (`,`, `e`, `und`; with an article as one phrase:
    /// `e la`, `et les`).
    fn list_word(&self, t: usize) -> bool {
        self.has(t, |p| p.list_sep || p.range_and)
    }

    /// Whether token `k` ends a member of a list: a word of a list, a punctuation mark that
    /// closes a clause, or the end of the sentence.
    fn ends_member(&self, k: usize) -> bool {
        match self.tok(k).map(|t| t.kind) {
            None => true,
            Some(Kind::Punct(c)) => ",;.:)".contains(c),
            _ => self.list_word(k),
        }
    }

    /// Whether token `t` is an apostrophe or a short word in small letters, as written (an
    /// article or a preposition: `la`, `del`, `l'`).
    fn short_small_word(&self, t: usize) -> bool {
        match self.tok(t).map(|x| x.kind) {
            Some(Kind::Punct('\'' | '\u{2019}')) => true,
            Some(Kind::Word | Kind::Phrase) => {
                let w = self.original_text(t);
                w.chars().count() <= 3 && w.chars().all(char::is_lowercase)
            }
            _ => false,
        }
    }

    /// Whether the number at `i`, after the capitalized name at `i - 1`, is a member of a
    /// list that leaves out what an earlier member counted (`la lista A avrà 40 seggi, la B 25
    /// e la C 12`, `die Partei X 40 Sitze, die Partei Y 25`): the name follows a list separator
    /// (an article, a preposition or an apostrophe may stand between), the number ends its
    /// member (a list separator, a punctuation mark or the end after it), and the member
    /// before ends with a figure that counts a noun or has a unit or currency, or is itself
    /// such a member (`tra Windows 10 e Windows 11` is no list of figures).
    fn elliptic_member(&self, i: usize, k: usize) -> bool {
        let sep = |t: usize| self.list_word(t);
        if !self.ends_member(k) || i < 2 {
            return false;
        }
        let mut p = i - 2;
        let mut steps = 0;
        while !sep(p) {
            if steps == 3 || p == 0 || !self.short_small_word(p) {
                return false;
            }
            steps += 1;
            p -= 1;
        }
        // The member before ends with a counted figure, or is itself such a member.
        let digits = |t: usize| matches!(self.tok(t).map(|x| x.kind), Some(Kind::Digits(_)));
        let counted = |t: usize| {
            t > 0
                && digits(t - 1)
                && self.near(t - 1, t)
                && (self.has(t, |q| q.unit.is_some() || q.currency.is_some())
                    || self.count_noun_at(t))
        };
        let Some(b) = p.checked_sub(1).filter(|&b| self.near(b, p)) else {
            return false;
        };
        counted(b)
            || (digits(b)
                && b > 0
                && matches!(self.tok(b - 1).map(|x| x.kind), Some(Kind::Word))
                && self.capitalized(b - 1)
                && self.elliptic_member(b, p))
    }

    /// Whether a word of `ban_words` follows the token at `k`, after at most two characters
    /// that are neither spaces nor punctuation ("内不得", "内将不得").
    /// Whether a word of `comparison_words` (not one of its homographs) stands before the
    /// token `i` in its clause, at most twelve characters back: the figure at `i` is the base
    /// of a comparison (`比去年的100万人多`).
    fn comparison_base(&self, i: usize) -> bool {
        if self.t.comparison_words.is_empty() {
            return false;
        }
        let Some(start) = self.tok(i).map(|t| t.start) else {
            return false;
        };
        let before = self.folded.as_str().get(..start).unwrap_or("");
        // The clause before the figure, at most a dozen characters back.
        let breaks = [
            ',', ';', ':', '。', '!', '?', '、', '(', ')', '，', '；', '：',
        ];
        let from = before
            .char_indices()
            .rev()
            .take(12)
            .take_while(|&(_, c)| !breaks.contains(&c))
            .last()
            .map_or(start, |(p, _)| p);
        let clause = before.get(from..).unwrap_or("");
        clause.char_indices().any(|(p, _)| {
            let rest = clause.get(p..).unwrap_or("");
            self.t
                .comparison_words
                .iter()
                .any(|w| rest.starts_with(w.as_str()))
                && !self
                    .t
                    .comparison_homographs
                    .iter()
                    .any(|w| rest.starts_with(w.as_str()))
        })
    }

    fn ban_after(&self, k: usize) -> bool {
        let Some(rest) = self.tok(k).and_then(|t| self.folded.as_str().get(t.end..)) else {
            return false;
        };
        let mut at = rest;
        for _ in 0..3 {
            if self.t.ban_words.iter().any(|w| at.starts_with(w.as_str())) {
                return true;
            }
            let mut cs = at.chars();
            match cs.next() {
                Some(c) if c.is_alphanumeric() => at = cs.as_str(),
                _ => return false,
            }
        }
        false
    }

    /// Whether the multiplier at `k` after the number `n` counts how often something happened
    /// (`occurrence_words`): a whole number of two or more (`une fois`, `einmal` are words of
    /// time), no word of `ratio_after`, hedge or other number right after it (`trois fois
    /// plus`, `dreimal so hoch`, `3 mal mehr als`, `tre volte il prezzo`, `3 mal 4` are ratios
    /// or products).
    fn occurrences(&self, k: usize, n: &Num) -> bool {
        if !(self.has(k, |p| p.occurrence) && self.near(k - 1, k)) {
            return false;
        }
        if n.hi.is_some()
            || n.vague
            || n.fraction
            || n.percent
            || n.ordinal
            || n.lo.exponent() < 0
            || n.lo < Decimal::from_u64(2)
        {
            return false;
        }
        let next = k + 1;
        let ratio = self.near(k, next)
            // (A comparative may be read as a hedge: "mehr als", "plus de".)
            && (self.t.ratio_after.iter().any(|w| w == self.text(next))
                || self.has(next, |p| p.hedge.is_some())
                || matches!(
                    self.tok(next).map(|t| t.kind),
                    Some(Kind::Digits(_) | Kind::Morphs { .. })
                ));
        !ratio
    }

    /// The unit of time a compound word at `k` ends with (`compound_units`: `Streiktage`,
    /// `Lebensjahren`) after a word of four letters or more (`Etagen` are floors), unless
    /// the compound is one of `compound_unit_exceptions` (`Landtage`, `Lichtjahre`).
    fn compound_unit(&self, k: usize) -> Option<(Unit, Decimal)> {
        if !matches!(self.tok(k).map(|t| t.kind), Some(Kind::Word)) {
            return None;
        }
        let w = self.text(k);
        if self.t.compound_unit_exceptions.iter().any(|x| x == w) {
            return None;
        }
        self.t
            .compound_units
            .iter()
            // (A word of its own before the unit, four letters or more: "Etagen" are floors.)
            .filter(|(suffix, _)| {
                w.ends_with(suffix.as_str())
                    && w.get(..w.len() - suffix.len())
                        .is_some_and(|p| p.chars().count() >= 4)
            })
            .max_by_key(|(suffix, _)| suffix.len())
            .map(|&(_, u)| u)
    }

    /// Bare figures listed after a percentage, each ending its member, are percentages too
    /// (`Alfa al 28,5%, il Beta al 22,1 e il Gamma al 10,3`): between the two figures stand
    /// only a list word and short words, apostrophes or capitalized names.
    fn elliptic_percents(&self, found: &mut [Found]) {
        for x in 1..found.len() {
            let (Some(g), Some(f)) = (found.get(x - 1), found.get(x)) else {
                continue;
            };
            let ends = self.ends_member(f.last + 1);
            if g.quantity.unit != Unit::Percent
                || g.quantity.max.is_some()
                || !f.plain
                || f.scaled
                || f.hedge.is_some()
                || f.quantity.max.is_some()
                || f.quantity.unit != Unit::Count
                || f.quantity.value >= Decimal::from_u64(100)
                || !ends
                || f.first <= g.last + 1
                || f.first - g.last > 7
            {
                continue;
            }
            let mut listed = false;
            let fits = (g.last + 1..f.first).all(|t| {
                if !self.near(t - 1, t) {
                    return false;
                }
                if self.list_word(t) {
                    listed = true;
                    return true;
                }
                self.short_small_word(t)
                    || (matches!(self.tok(t).map(|x| x.kind), Some(Kind::Word | Kind::Phrase))
                        && self.capitalized(t))
            });
            if fits && listed {
                if let Some(f) = found.get_mut(x) {
                    f.quantity.unit = Unit::Percent;
                    f.plain = false;
                    f.bare = false;
                }
            }
        }
    }

    /// A bare number that a part marker (`part_markers`) opens right after a figure of a
    /// duration or a currency is a part of that figure, in its unit (`vier Jahre Haft, davon
    /// zwei auf Bewährung`, `cinque anni, di cui tre con la condizionale`, `six months, two of
    /// which suspended`, `6 millions d'euros, dont un million ferme`): the marker stands
    /// right before the number or right after it, no more
    /// than eight tokens after the figure, and the number counts no noun. A bare number after
    /// a scaled amount takes its scale too (`80 miliardi di euro, di cui 20`). So does a bare
    /// number right after a word for `instead of` (`alternative_markers`) that follows a
    /// figure with a unit: it is the figure it replaces, measured alike (`in 23 giorni invece
    /// di 35`, `ab Januar 58 Euro statt 49`), and may be larger than it.
    fn elliptic_parts(&self, found: &mut [Found]) {
        const GAP: usize = 8;
        for x in 1..found.len() {
            let (Some(g), Some(f)) = (found.get(x - 1), found.get(x)) else {
                continue;
            };
            let u = g.quantity.unit;
            // A figure set against the one before it with a word for `instead of` is that
            // figure's kind in another state ("in 23 giorni invece di 35", "58 Euro statt 49").
            let alternative = f.first > g.last + 1
                && self.has(f.first - 1, |p| p.alternative)
                && self.near(f.first - 1, f.first)
                && !matches!(u, Unit::Count | Unit::Year);
            if !(u.is_duration() || u.is_currency() || alternative)
                || f.quantity.unit != Unit::Count
                || f.quantity.max.is_some()
                // (A hedged part is a part too: "1,2 miliardi, di cui circa 300 milioni".)
                || f.hedge.is_some_and(|(h, _)| h != f.first)
                || f.first <= g.last
                || f.first - g.last > GAP
                || self.count_noun_at(f.last + 1)
                || (u.is_duration() && f.scaled)
            {
                continue;
            }
            let marker = |t: usize| self.has(t, |p| p.part_marker);
            let before =
                f.first > g.last + 1 && marker(f.first - 1) && self.near(f.first - 1, f.first);
            let after = marker(f.last + 1) && self.near(f.last, f.last + 1);
            if !(before || after || alternative) {
                continue;
            }
            let scaled = u.is_currency() && g.scaled && !f.scaled;
            let value = if scaled {
                match f.quantity.value.scale(g.scale) {
                    Some(v) => v,
                    None => continue,
                }
            } else {
                f.quantity.value
            };
            // A part is no more than its whole ("neuf mois, dont plus de 700 000" counts
            // something else).
            if value > g.quantity.value && !alternative {
                continue;
            }
            if let Some(f) = found.get_mut(x) {
                f.quantity.unit = u;
                f.quantity.value = value;
                f.plain = false;
                f.bare = false;
                f.money_scale = false;
                if scaled {
                    f.scaled = true;
                }
            }
        }
    }

    /// A bare whole number alone in brackets right after a capitalized word, in a sentence
    /// where another figure is in points, is that name's score: "Singapore leads with 575
    /// points, ahead of Macao (552)".
    fn bracketed_points(&self, found: &mut [Found]) {
        if !found.iter().any(|f| f.quantity.unit == Unit::Points) {
            return;
        }
        for f in found.iter_mut() {
            let alone = f.quantity.unit == Unit::Count
                && f.plain
                && !f.scaled
                && f.hedge.is_none()
                && f.quantity.max.is_none()
                && f.quantity.value.exponent() >= 0
                && f.first == f.last
                && f.first >= 2
                && self.is_char(f.first - 1, '(')
                && self.tight(f.first - 1, f.first)
                && self.is_char(f.last + 1, ')')
                && self.tight(f.last, f.last + 1)
                && self.near(f.first - 2, f.first - 1)
                && matches!(self.tok(f.first - 2).map(|t| t.kind), Some(Kind::Word))
                && self
                    .original_text(f.first - 2)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            if alone {
                f.quantity.unit = Unit::Points;
                f.plain = false;
                f.bare = false;
            }
        }
    }

    /// A figure in brackets right after another is its conversion and keeps its rate: a
    /// length after a speed is a speed (`每小时120英里（约193公里）`, `120 mph (193 km)`), a
    /// volume after a flow a flow, and the other way round (`40 Meilen (64 km/h)`); a length
    /// and its conversion in brackets before a word for "per hour" (`speed_suffixes`) are
    /// both speeds (`120 Meilen (193 Kilometer) pro Stunde`). Speeds are in km/h, so a length
    /// in metres is divided by a thousand; value, bound and precision stay as written.
    fn bracketed_rates(&self, found: &mut [Found]) {
        let open = |t: usize| self.is_char(t, '(') || self.is_char(t, '\u{ff08}');
        let close = |t: usize| self.is_char(t, ')') || self.is_char(t, '\u{ff09}');
        let to_rate = |f: &mut Found, rate: Unit| {
            let q = &mut f.quantity;
            if rate == Unit::Speed {
                let (Some(v), max) = (q.value.scale(-3), q.max.map(|m| m.scale(-3))) else {
                    return;
                };
                if max.is_some_and(|m| m.is_none()) {
                    return;
                }
                q.value = v;
                q.max = max.flatten();
            }
            q.unit = rate;
        };
        for x in 1..found.len() {
            let (Some(a), Some(b)) = (found.get(x - 1), found.get(x)) else {
                continue;
            };
            let bracket = a.last + 1;
            if b.first != bracket + 1
                || !open(bracket)
                || !self.near(a.last, bracket)
                || !self.near(bracket, b.first)
            {
                continue;
            }
            let per_hour = close(b.last + 1)
                && self.tight(b.last, b.last + 1)
                && self.near(b.last + 1, b.last + 2)
                && self.has(b.last + 2, |p| p.speed_suffix);
            let (ua, ub) = (a.quantity.unit, b.quantity.unit);
            let (first, second) = match (ua, ub) {
                (Unit::Speed, Unit::Length) => (None, Some(Unit::Speed)),
                (Unit::Length, Unit::Speed) => (Some(Unit::Speed), None),
                (Unit::Flow, Unit::Volume) => (None, Some(Unit::Flow)),
                (Unit::Volume, Unit::Flow) => (Some(Unit::Flow), None),
                (Unit::Length, Unit::Length) if per_hour => (Some(Unit::Speed), Some(Unit::Speed)),
                _ => continue,
            };
            if let (Some(r), Some(a)) = (first, found.get_mut(x - 1)) {
                to_rate(a, r);
            }
            if let (Some(r), Some(b)) = (second, found.get_mut(x)) {
                to_rate(b, r);
            }
        }
    }

    /// Whether the word at `k`, right after a number, is a model's suffix (`model_suffixes`,
    /// as written: `Max` in `737 Max`).
    fn model_suffix(&self, k: usize) -> bool {
        k > 0
            && self.near(k - 1, k)
            && matches!(self.tok(k).map(|t| t.kind), Some(Kind::Word | Kind::Phrase))
            && self
                .t
                .model_suffixes
                .iter()
                .any(|m| m == self.original_text(k))
    }

    /// Whether the digits at `t` are a model's number, a part of a name that no amount covers:
    /// a capitalized word before them (`Boeing 737`, `Modelle 737`) or a model's suffix after
    /// them (`737 Max`).
    fn model_number(&self, t: usize, found: &[Found]) -> bool {
        if !matches!(self.tok(t).map(|x| x.kind), Some(Kind::Digits(_)))
            || found.iter().any(|f| f.first <= t && t <= f.last)
        {
            return false;
        }
        let named = t > 0
            && self.near(t - 1, t)
            && matches!(self.tok(t - 1).map(|x| x.kind), Some(Kind::Word))
            && self.capitalized(t - 1)
            && !self.is_stopword(t - 1);
        named || self.model_suffix(t + 1)
    }

    /// Bare numbers of three digits or more listed right after a model's number, through a
    /// list separator and maybe an article (`737 Max, 767 e 777`, `del 737, del 767`): models
    /// too, no amounts.
    fn drop_listed_models(&self, found: &mut Vec<Found>) {
        let article = |t: usize| {
            matches!(self.tok(t).map(|x| x.kind), Some(Kind::Word | Kind::Phrase))
                && !self.has(t, |p| p.list_sep)
                && self.text(t).chars().count() <= 3
                && self.text(t).chars().all(char::is_lowercase)
        };
        let mut models: Vec<usize> = Vec::new();
        let mut x = 0;
        while x < found.len() {
            let Some(f) = found.get(x) else {
                break;
            };
            let digits = self.original_text(f.first);
            let bare = f.first == f.last
                && f.plain
                && !f.scaled
                && f.hedge.is_none()
                && f.quantity.unit == Unit::Count
                && digits.len() >= 3
                && digits.bytes().all(|b| b.is_ascii_digit())
                && !self.count_noun_at(f.last + 1);
            let mut p = f.first;
            let mut listed = false;
            if bare {
                if p > 0 && article(p - 1) && self.near(p - 1, p) {
                    p -= 1;
                }
                if p > 0 && self.has(p - 1, |q| q.list_sep) && self.near(p - 1, p) {
                    p -= 1;
                    if p > 0 && article(p - 1) && self.near(p - 1, p) {
                        p -= 1;
                    }
                    // The model before: its number, or its number and suffix.
                    let q = p.checked_sub(1).filter(|&q| self.near(q, p)).and_then(|q| {
                        if self.model_suffix(q) {
                            q.checked_sub(1)
                        } else {
                            Some(q)
                        }
                    });
                    listed = q.is_some_and(|q| models.contains(&q) || self.model_number(q, found));
                }
            }
            if listed {
                models.push(f.first);
                found.remove(x);
            } else {
                x += 1;
            }
        }
    }

    /// Whether the word at `k`, right after an ambiguous number word, is an adjective of more
    /// or new things (`count_adjectives`: `acht weitere`, `sei nuovi reattori`).
    fn count_adjective_at(&self, k: usize) -> bool {
        k > 0 && self.near(k - 1, k) && self.has(k, |p| p.count_adjective)
    }

    /// Whether the word at `k`, right after the word for one that is also the article, is the
    /// noun of a person counted in a toll (`one_nouns`: `Eine Person wird vermisst`).
    fn one_noun_at(&self, k: usize) -> bool {
        k > 0
            && self.near(k - 1, k)
            && matches!(self.tok(k).map(|t| t.kind), Some(Kind::Word | Kind::Phrase))
            && self.t.one_nouns.iter().any(|n| n == self.text(k))
    }

    /// Whether the word at `k`, right after a number, is a noun of what is counted
    /// (`count_nouns`: `persone`, `Menschen`).
    fn count_noun_at(&self, k: usize) -> bool {
        k > 0
            && self.near(k - 1, k)
            && matches!(self.tok(k).map(|t| t.kind), Some(Kind::Word))
            && self.is_count_noun(self.text(k))
    }

    /// Whether a noun of what is counted (`count_nouns`) is the subject of the amount starting
    /// at token `first`, joined to it by linking words (`linking_words`): `gli utenti attivi
    /// sono circa 175 milioni`, `die Zahl der Nutzer liegt bei 175 Millionen`, `le nombre
    /// d'utilisateurs atteint 175 millions`, `用户约为1.75亿`. Between them may stand stopwords,
    /// hedges, a colon, a place after a preposition (`users in Europe are`) and, where
    /// adjectives follow nouns, one adjective (`utenti attivi`). Any other word ends the search
    /// (`ricavi per 3,3 miliardi`, `ha fatturato 2,3 miliardi`), and so does a noun the count
    /// noun depends on (`i depositi dei clienti sono 300 miliardi`), unless it is a noun for
    /// their number (`number_nouns`).
    fn count_noun_before(&self, first: usize) -> bool {
        if self.t.count_nouns.is_empty() {
            return false;
        }
        let Some(start) = self.tok(first).map(|t| t.start) else {
            return false;
        };
        let before = self.folded.as_str().get(..start).unwrap_or("").trim_end();
        if before.chars().next_back().is_some_and(is_han) {
            return self.han_count_noun_before(before);
        }
        let mut k = first;
        let mut linked = false;
        let mut adjective = false;
        for _ in 0..12 {
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            if !self.near(p, k) {
                return false;
            }
            k = p;
            let Some(t) = self.tok(k) else {
                return false;
            };
            match t.kind {
                Kind::Punct(':') => {
                    linked = true;
                    continue;
                }
                Kind::Punct('\'' | '\u{2019}') => continue,
                Kind::Word | Kind::Phrase => {}
                _ => return false,
            }
            let w = self.text(k);
            // (A linking word that is also a count noun links before its subject: "i
            // visitatori sono stati oltre 3 milioni", not "stati" counted.)
            let link = self.t.linking_words.iter().any(|l| l == w);
            if (linked || !link) && self.is_count_noun(w) {
                return linked && self.heads_count(k);
            }
            if adjective
                || self.has(k, |p| {
                    p.list_sep || p.currency.is_some() || p.unit.is_some()
                })
            {
                return false;
            }
            if link {
                linked = true;
                continue;
            }
            if self.has(k, |p| p.hedge.is_some()) || self.is_stopword(k) {
                continue;
            }
            // A place after the noun: "users in Europe are".
            let capital = self.capitalized(k);
            if linked
                && capital
                && k > 0
                && self.near(k - 1, k)
                && self
                    .t
                    .place_prepositions
                    .iter()
                    .any(|p| p == self.text(k - 1))
            {
                k -= 1;
                continue;
            }
            if linked && self.t.adjectives_after_nouns {
                adjective = true;
                continue;
            }
            return false;
        }
        false
    }

    /// Whether the count noun at token `n` heads its phrase, or depends through a word for `of`
    /// on a noun for its number (`il numero degli utenti`, `die Zahl der Nutzer`): after any
    /// other noun (`i depositi dei clienti`) it is not what the figure counts.
    fn heads_count(&self, n: usize) -> bool {
        let Some(g) = n.checked_sub(1) else {
            return true;
        };
        if !self.near(g, n) || !self.has(g, |p| p.share_after || p.connector) {
            return true;
        }
        g.checked_sub(1)
            .filter(|&h| self.near(h, g))
            .is_some_and(|h| self.t.number_nouns.iter().any(|x| x == self.text(h)))
    }

    /// [`Sentence::count_noun_before`] in Chinese, written without spaces: the Han characters
    /// before the amount end with a count noun, once linking words are taken off their end
    /// (`月活跃用户约为`, `员工人数为`; not `净利润为`).
    fn han_count_noun_before(&self, before: &str) -> bool {
        let from = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_han(c))
            .last()
            .map_or(before.len(), |(i, _)| i);
        let mut s = before.get(from..).unwrap_or("");
        for _ in 0..6 {
            if self.t.count_nouns.iter().any(|n| s.ends_with(n.as_str())) {
                return true;
            }
            let cut = self
                .t
                .linking_words
                .iter()
                .filter(|l| !l.is_empty() && s.ends_with(l.as_str()))
                .map(String::len)
                .max();
            match cut.and_then(|c| s.get(..s.len() - c)) {
                Some(rest) if !rest.is_empty() => s = rest,
                _ => return false,
            }
        }
        false
    }

    /// Whether a Chinese count noun is written right after the amount ending with token `last`
    /// (`2亿用户`).
    fn han_count_noun_after(&self, last: usize) -> bool {
        let Some(end) = self.tok(last).map(|t| t.end) else {
            return false;
        };
        let after = self.folded.as_str().get(end..).unwrap_or("");
        after.starts_with(is_han)
            && self
                .t
                .count_nouns
                .iter()
                .any(|n| after.starts_with(n.as_str()))
    }

    /// Whether token `k` (after an amount) is a list separator or the end.
    fn tight_or_sep(&self, k: usize) -> bool {
        self.has(k, |p| p.list_sep)
    }

    /// The statements of the unit the figures are given in (`in migliaia di euro`, `(in
    /// millions)`): (first token, last token, power of ten, currency named). One is a
    /// statement before a currency, a closing bracket or colon, or at the sentence's end.
    fn account_statements(&self) -> Vec<(usize, usize, i32, Option<Unit>)> {
        let mut out = Vec::new();
        for (k, t) in self.toks.iter().enumerate() {
            let Some(e) = t
                .phrase
                .and_then(|p| self.t.phrase(p))
                .and_then(|p| p.account_scale)
            else {
                continue;
            };
            let cur = self
                .phrase(k + 1)
                .and_then(|p| p.currency)
                .filter(|_| self.near(k, k + 1));
            let end = if cur.is_some() { k + 1 } else { k };
            let closes = match self.tok(end + 1).map(|t| t.kind) {
                None => true,
                Some(Kind::Punct(c)) => matches!(c, ')' | ':' | '.' | ']' | ';' | ','),
                _ => false,
            };
            if cur.is_some() || closes {
                out.push((k, end, e, cur));
            }
        }
        out
    }

    /// Two amounts of one unit, each written with it, on either side of a range separator are
    /// one range: `120亿元至130亿元`, `5亿元到6亿元`, `5 Milliarden Euro bis 6 Milliarden Euro`.
    /// (A change, `增至`, holds a word between them and is two amounts.)
    fn join_unit_ranges(&self, found: &mut Vec<Found>) {
        let mut x = 0;
        while x + 1 < found.len() {
            let (Some(a), Some(b)) = (found.get(x), found.get(x + 1)) else {
                break;
            };
            let (qa, qb) = (&a.quantity, &b.quantity);
            // ("augmenté de 2 % à 3,5 %": after a verb of change, two figures.)
            let changed = a.first > 0
                && self.has(a.first - 1, |p| p.range_open)
                && self.change_verb_before(a.first - 1);
            // (Of one factor: "下调25个基点至1.75%" is a cut to a new rate, no range.)
            let joins = qa.unit == qb.unit
                && !self.change_and_level(a.first, qa.value, qb.value)
                && a.factor == b.factor
                && !a.shared
                && !changed
                && qa.unit != Unit::Year
                && qa.unit != Unit::Count
                && qa.max.is_none()
                && qb.max.is_none()
                && qa.bound == Bound::Exact
                && qb.bound == Bound::Exact
                && !qa.approximate
                && !qb.approximate
                && qa.value < qb.value
                && b.first == a.last + 2
                && self.has(a.last + 1, |p| p.range_sep)
                && self.near(a.last, a.last + 1)
                && self.near(a.last + 1, b.first);
            if !joins {
                x += 1;
                continue;
            }
            let (last, max, hedge_end) = (b.last, qb.value, a.last + 1);
            if let Some(a) = found.get_mut(x) {
                a.last = last;
                a.quantity.max = Some(max);
                a.quantity.bound = Bound::Range;
                a.hedge = Some(
                    a.hedge
                        .map_or((hedge_end, hedge_end), |(h, _)| (h, hedge_end)),
                );
            }
            found.remove(x + 1);
        }
    }

    /// A change written with its unit once, after the second figure: "von 41 auf 90
    /// Prozent", "dal 41 al 90%", "von 3,1 auf 3,4 Milliarden Euro". The first figure, a plain
    /// count right after a `change_from` word and followed by a `change_to` word and the
    /// second figure, takes the second's unit, and its scale when the two figures are then of
    /// at most ten times the second ("von 800 auf 1,2 Milliarden" keeps 800). A scaled count
    /// lends its scale ("von 3 auf 4 Millionen Kunden") and, when it counts nothing named, the
    /// currency it takes from the text around it. So does a first figure after a range opener
    /// that made no range ("passerà da 40.000 a 52.000 euro" after a verb of change, "von
    /// 41 und 19 Jahren"), and a bare one before a word of a list and a figure with a unit
    /// other than a currency ("di 41 e 19 anni"; a list's currency is lent in
    /// [`Sentence::run`]). The unit's factor comes along ("von 3 auf 4,5 Tonnen").
    fn share_change_unit(&self, found: &mut [Found]) {
        for x in 0..found.len().saturating_sub(1) {
            let (Some(a), Some(b)) = (found.get(x), found.get(x + 1)) else {
                continue;
            };
            let unit = b.quantity.unit;
            let before = a.first.checked_sub(1);
            let from = |f: fn(&Phrase) -> bool| {
                before.is_some_and(|p| self.has(p, f) && self.near(p, a.first))
            };
            let between = a.last + 1;
            // "von 41 auf 90 Prozent"; an opener whose figures made no range ("passerà da
            // 40.000 a 52.000 euro", "von 41 und 19 Jahren"); a list ("di 41 e 19 anni").
            let change = from(|p| p.change_from) && self.has(between, |p| p.change_to);
            let opened =
                from(|p| p.range_open) && self.has(between, |p| p.range_and || p.range_sep);
            let listed = a.bare
                && b.quantity.max.is_none()
                && b.hedge.is_none()
                && self.has(between, |p| p.list_sep)
                && !unit.is_currency()
                && unit != Unit::Count;
            if !a.plain
                || a.quantity.max.is_some()
                || unit == Unit::Year
                || (unit == Unit::Count && !b.scaled)
                || b.first != a.last + 2
                || !(change || opened || listed)
                || !self.near(a.last, between)
                || !self.near(between, b.first)
            {
                continue;
            }
            let money_scale = b.money_scale;
            let factor = b.factor;
            let Some(mut value) = a.quantity.value.checked_mul(factor) else {
                continue;
            };
            let mut scaled = a.scaled;
            let mut scale = a.scale;
            if !a.scaled && b.scaled {
                let Some(v) = value.scale(b.scale) else {
                    continue;
                };
                // "um 40 auf 900 Millionen" is 40 million, "von 800 auf 1,2 Milliarden" no
                // 800 billion.
                if b.quantity
                    .value
                    .checked_mul_int(10)
                    .is_none_or(|b10| v > b10)
                {
                    continue;
                }
                value = v;
                scaled = true;
                scale = b.scale;
            }
            if let Some(a) = found.get_mut(x) {
                a.quantity.unit = unit;
                a.quantity.value = value;
                a.scaled = scaled;
                a.scale = scale;
                a.plain = false;
                a.bare = false;
                a.money_scale = money_scale;
                a.shared = true;
                a.factor = factor;
            }
        }
    }

    /// Whether a plain figure opens a span of days whose second end is a date: "dal 3 al
    /// 5 maggio", "von 3 bis 5 Mai", "du 3 au 5 mai".
    fn first_day(&self, f: &Found) -> bool {
        let t = f.last + 1;
        f.plain
            && !f.scaled
            && f.quantity.max.is_none()
            && f.quantity.value <= Decimal::from_u64(31)
            && f.first > 0
            && self.has(f.first - 1, |p| p.change_from || p.range_open)
            && self.has(t, |p| p.change_to || p.range_and || p.range_sep)
            && matches!(self.tok(t + 1).map(|k| k.kind), Some(Kind::Digits(_)))
            && self.month_at(t + 2)
    }

    fn run(
        &self,
        out: &mut Vec<QuantityMention>,
        inherit: &mut Vec<bool>,
        families: &mut Vec<(usize, Vec<Unit>, bool)>,
    ) {
        let numeric = self.toks.iter().any(|t| match t.kind {
            Kind::Digits(_) | Kind::Morphs { .. } => true,
            _ => t.phrase.and_then(|p| self.t.phrase(p)).is_some_and(|p| {
                p.number_value.is_some() || p.denominator.is_some() || p.percent_word.is_some()
            }),
        });
        if !numeric {
            return;
        }
        let accounts = self.account_statements();
        let mut found: Vec<Found> = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            if let Some(&(_, end, _, _)) = accounts.iter().find(|a| a.0 == i) {
                i = end + 1;
                continue;
            }
            match self.mention(i) {
                Step::Found(f, next) => {
                    i = next.max(i + 1);
                    found.push(f);
                }
                Step::Skip(next) => i = next.max(i + 1),
                Step::No => i += 1,
            }
        }
        self.drop_listed_models(&mut found);
        self.elliptic_percents(&mut found);
        self.elliptic_parts(&mut found);
        self.share_change_unit(&mut found);
        self.bracketed_points(&mut found);
        self.bracketed_rates(&mut found);
        self.join_unit_ranges(&mut found);
        self.join_duration_parts(&mut found);
        if let Some(&(_, _, e, cur)) = accounts.first() {
            for f in &mut found {
                let u = f.quantity.unit;
                // A figure of the table, not a count of something named after it.
                let figure = u == Unit::Count
                    && f.plain
                    && !matches!(self.tok(f.last + 1).map(|t| t.kind), Some(Kind::Word));
                if f.scaled || !(u.is_currency() || figure) {
                    continue;
                }
                let (Some(v), max) = (
                    f.quantity.value.scale(e),
                    f.quantity.max.map(|m| m.scale(e)),
                ) else {
                    continue;
                };
                if max.is_some_and(|m| m.is_none()) {
                    continue;
                }
                f.quantity.value = v;
                f.quantity.max = max.flatten();
                f.scaled = true;
                f.scale = e;
                if u == Unit::Count {
                    if let Some(c) = cur {
                        f.quantity.unit = c;
                        f.bare = false;
                    }
                }
            }
        }
        // The first day of a span of dates: "dal 3 al 5 maggio", "du 3 au 5 mai".
        found.retain(|f| !self.first_day(f));
        // A list shares the currency of its last item: "1億、2億美元".
        for x in (0..found.len().saturating_sub(1)).rev() {
            let (Some(a), Some(b)) = (found.get(x), found.get(x + 1)) else {
                continue;
            };
            if !a.bare || a.scaled != b.scaled {
                continue;
            }
            // (Only separators: "用户达500万，费用3亿元" names another thing between.)
            let words_between = self
                .gap(a.last, b.first)
                .is_none_or(|g| g.chars().any(is_han));
            let between =
                !words_between && (a.last + 1..b.first).all(|t| self.has(t, |p| p.list_sep));
            if between && b.first > a.last + 1 && b.quantity.unit.is_currency() {
                let u = b.quantity.unit;
                if let Some(a) = found.get_mut(x) {
                    a.quantity.unit = u;
                }
            }
        }
        for f in found {
            let (Some(a), Some(b)) = (self.tok(f.first), self.tok(f.last)) else {
                continue;
            };
            let span = self.original(a.start, b.end);
            let hedge = f.hedge.and_then(|(h1, h2)| {
                let (x, y) = (self.tok(h1)?, self.tok(h2)?);
                Some(self.original(x.start, y.end))
            });
            // A currency several countries share ("Kronen", "元"), the only one named in the
            // amount: resolved over the document.
            let mut named = (f.first..=f.last).filter_map(|t| self.phrase(t)?.currency.map(|_| t));
            if let (Some(t), None) = (named.next(), named.next()) {
                if let Some(p) = self.phrase(t) {
                    if let Some(fam) = p.currency_family.as_ref() {
                        if fam.first() == Some(&f.quantity.unit) {
                            families.push((out.len(), fam.clone(), p.traditional_family));
                        }
                    }
                }
            }
            out.push(QuantityMention {
                span,
                quantity: f.quantity,
                lang: self.t.lang,
                hedge,
            });
            inherit.push(f.money_scale);
        }
    }
}

/// An amount in a currency name several countries share (`Kronen`, `couronnes`, `克朗`, `元`)
/// takes the one of its candidates that the document's nearest amount named in one of them
/// has (before it first, then after); with none, it keeps the name's default: `XXX` (no
/// currency named) for `Kronen` rather than a guess, `CNY` for `元`.
fn resolve_families(
    text: &str,
    out: &mut [QuantityMention],
    families: &[(usize, Vec<Unit>, bool)],
) {
    if families.is_empty() {
        return;
    }
    let xxx = Unit::currency("XXX");
    // Evidence is a currency named as such, not another amount of a shared name.
    let mut shared: Vec<Option<usize>> = vec![None; out.len()];
    for (k, (x, _, _)) in families.iter().enumerate() {
        if let Some(f) = shared.get_mut(*x) {
            *f = Some(k);
        }
    }
    let evidence = |i: usize, m: &QuantityMention| {
        let u = m.quantity.unit;
        u.is_currency() && u != xxx && shared.get(i).is_some_and(Option::is_none)
    };
    // The nearest evidence before each shared name (one pass, keeping the last index of each
    // currency seen), then after it (the same pass backwards).
    let nearest = |order: &mut dyn Iterator<Item = usize>, found: &mut Vec<Option<Unit>>| {
        let mut last: Vec<(Unit, usize)> = Vec::new();
        let mut step = 0usize;
        for i in order {
            step += 1;
            if let Some(k) = shared.get(i).copied().flatten() {
                if let (Some(slot), Some((_, fam, _))) = (found.get_mut(k), families.get(k)) {
                    *slot = last
                        .iter()
                        .filter(|(u, _)| fam.contains(u))
                        .max_by_key(|(_, at)| *at)
                        .map(|(u, _)| *u);
                }
            }
            if let Some(m) = out.get(i).filter(|m| evidence(i, m)) {
                match last.iter_mut().find(|(u, _)| *u == m.quantity.unit) {
                    Some(e) => e.1 = step,
                    None => last.push((m.quantity.unit, step)),
                }
            }
        }
    };
    let mut before: Vec<Option<Unit>> = vec![None; families.len()];
    let mut after: Vec<Option<Unit>> = vec![None; families.len()];
    nearest(&mut (0..out.len()), &mut before);
    if before.iter().any(Option::is_none) {
        nearest(&mut (0..out.len()).rev(), &mut after);
    }
    let mut traditional: Option<bool> = None;
    for (((x, _, traditional_only), b), a) in families.iter().zip(before).zip(after) {
        if *traditional_only && !*traditional.get_or_insert_with(|| traditional_script(text)) {
            continue;
        }
        if let (Some(u), Some(m)) = (b.or(a), out.get_mut(*x)) {
            m.quantity.unit = u;
        }
    }
}

/// Whether `text` is written in traditional Chinese characters: one Han character that folds
/// to another (`億` → `亿`) is enough.
fn traditional_script(text: &str) -> bool {
    let mut buf = String::with_capacity(4);
    text.chars().filter(|&c| is_han(c)).any(|c| {
        buf.clear();
        crate::text::fold::fold_char_fast(c, &mut buf);
        !buf.starts_with(c)
    })
}

/// A count of millions or more that names nothing it counts (`2 miliardi`, `oltre 20
/// miliardi`, `environ 60 millions`, `3500億`) is money in news: it takes the currency of the
/// nearest money mention before it in its paragraph (paragraphs end at a blank line), unless a
/// count of millions or more that names what it counts comes between (`1600万 ... 36.57亿`);
/// in a paragraph before the one of the text's first money mention (a headline), it takes the
/// currency the text mentions most, unless such a naming count comes before it in its
/// paragraph (the bare figures after `36,8 Millionen Besucher` count visitors too); with no
/// money before it in its paragraph, it takes the currency of the next money mention of the
/// paragraph. Value, bound and precision do not
/// change. A text without money keeps its counts, and so does a paragraph without money after
/// the first money mention.
fn inherit_currency(text: &str, out: &mut [QuantityMention], inherit: &[bool]) {
    let mut totals: Vec<(Unit, usize)> = Vec::new();
    for m in out.iter() {
        let u = m.quantity.unit;
        if u.is_currency() {
            match totals.iter_mut().find(|(x, _)| *x == u) {
                Some((_, n)) => *n += 1,
                None => totals.push((u, 1)),
            }
        }
    }
    let mut main: Option<(Unit, usize)> = None;
    for &(u, n) in &totals {
        if main.is_none_or(|(_, best)| n > best) {
            main = Some((u, n));
        }
    }
    let mut last: Option<Unit> = None;
    let mut seen = false;
    let mut para_money = false;
    // (A count of millions that names what it counts earlier in the paragraph: the bare
    // figures after it repeat its noun, "8,8 milioni di visitatori, seguiti da 6,9 milioni".)
    let mut para_counted = false;
    let first_money = out
        .iter()
        .find(|m| m.quantity.unit.is_currency())
        .map_or(0, |m| m.span.start);
    let mut prev_end = 0;
    for (m, &inh) in out.iter_mut().zip(inherit) {
        let between = text
            .get(prev_end.min(m.span.start)..m.span.start)
            .unwrap_or("");
        if blank_line(between) {
            last = None;
            para_money = false;
            para_counted = false;
        }
        prev_end = m.span.end;
        match carry_step(m, inh) {
            Carry::Currency(u) => {
                last = Some(u);
                seen = true;
                para_money = true;
            }
            Carry::Block => {
                last = None;
                para_counted = true;
            }
            Carry::Take => {
                let headline = !seen
                    && !para_money
                    && !para_counted
                    && text
                        .get(m.span.end.min(first_money)..first_money)
                        .is_some_and(blank_line);
                let lead = main.filter(|_| headline).map(|(c, _)| c);
                if let Some(c) = last.or(lead) {
                    m.quantity.unit = c;
                }
            }
            Carry::Pass => {}
        }
    }
    // With no money before it in its paragraph, such a count takes the currency of the next
    // money mention of the paragraph ("ricavi per 3,3 miliardi e un utile di 400 milioni di
    // euro"), under the same blocking rule, unless that one is in brackets.
    let mut next: Option<Unit> = None;
    let mut next_start = text.len();
    for (m, &inh) in out.iter_mut().zip(inherit).rev() {
        let between = text
            .get(m.span.end.min(next_start)..next_start)
            .unwrap_or("");
        // (An amount in brackets after it is its conversion to another currency: "1,6
        // miliardi di sterline ($ 2,54 miliardi)".)
        if blank_line(between) || between.contains(['(', '\u{ff08}']) {
            next = None;
        }
        next_start = m.span.start;
        carry(m, inh, &mut next);
    }
    // With no money in its paragraph at all, it takes the currency of the nearest money
    // mention before it in the document ("ricavi per 3,3 miliardi" in a paragraph of its
    // own), under the same blocking rule.
    let mut before: Option<Unit> = None;
    for (m, &inh) in out.iter_mut().zip(inherit) {
        carry(m, inh, &mut before);
    }
}

/// What a mention does to the currency carried along a text ([`inherit_currency`]).
enum Carry {
    /// An amount of money: its currency is carried on.
    Currency(Unit),
    /// A large count that takes no currency ("3 milioni di clienti") ends what is carried.
    Block,
    /// A scaled amount that counts nothing takes what is carried.
    Take,
    /// Anything else leaves it.
    Pass,
}

fn carry_step(m: &QuantityMention, inherits: bool) -> Carry {
    let u = m.quantity.unit;
    if u.is_currency() {
        Carry::Currency(u)
    } else if u != Unit::Count {
        Carry::Pass
    } else if inherits {
        Carry::Take
    } else if m.quantity.value >= Decimal::from_u64(1_000_000) {
        Carry::Block
    } else {
        Carry::Pass
    }
}

/// One step of carrying `held` along the mentions: remembered, ended or given ([`Carry`]).
fn carry(m: &mut QuantityMention, inherits: bool, held: &mut Option<Unit>) {
    match carry_step(m, inherits) {
        Carry::Currency(u) => *held = Some(u),
        Carry::Block => *held = None,
        Carry::Take => {
            if let Some(c) = *held {
                m.quantity.unit = c;
            }
        }
        Carry::Pass => {}
    }
}

/// Whether `s` holds an empty line (two line breaks with only spaces between).
fn blank_line(s: &str) -> bool {
    // (Most stretches between two amounts hold no line break at all.)
    if !s.as_bytes().contains(&b'\n') {
        return false;
    }
    let mut breaks = 0;
    for c in s.chars() {
        if c == '\n' {
            breaks += 1;
            if breaks >= 2 {
                return true;
            }
        } else if !c.is_whitespace() {
            breaks = 0;
        }
    }
    false
}

fn cjk_like(s: &Sentence<'_>, k: usize) -> bool {
    s.text(k).chars().all(is_han)
}

/// `n / den`: exact where the quotient terminates, else rounded to 15 significant digits
/// (whose rounding interval still holds the true value).
pub(super) fn divide(n: Decimal, den: u128) -> Option<Decimal> {
    if den == 0 {
        return None;
    }
    if den == 1 {
        return Some(n);
    }
    let neg = n.is_negative();
    let mut num = n.coeff();
    let mut k: i32 = 0;
    let q = loop {
        if num % den == 0 {
            break Decimal::new(num / den, n.exponent().checked_sub(k)?).ok()?;
        }
        let q = num / den;
        if q >= 10u128.pow(17) || k > 60 {
            break Decimal::new(q, n.exponent().checked_sub(k)?)
                .ok()?
                .round_to_significant(15)?;
        }
        num = match num.checked_mul(10) {
            Some(x) => x,
            None => {
                break Decimal::new(q, n.exponent().checked_sub(k)?)
                    .ok()?
                    .round_to_significant(15)?
            }
        };
        k += 1;
    };
    Some(if neg { q.negate() } else { q })
}

/// The value of number words. Below a hundred every unit counts ("dieci", "十" are 10 as "10"
/// is, not about ten); from a hundred on the words say no more than their nonzero digits ("tre
/// milioni" is 3e6, as "3 milioni" is).
fn word_value(v: u128) -> Option<Decimal> {
    let d = Decimal::new(v, 0).ok()?;
    Some(if v < 100 { d } else { d.normalized() })
}

/// 10, 100, 1000...: the bases a ratio is usually given over.
fn is_power_of_ten(mut d: u128) -> bool {
    if d < 10 {
        return false;
    }
    while d % 10 == 0 {
        d /= 10;
    }
    d == 1
}
