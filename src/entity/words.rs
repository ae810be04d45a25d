//! Word tokens of the original text, with the shape facts the linking rules read: capitalized,
//! all capitals, digits, sentence-initial, and whether the gap before a word is a plain space.

use crate::lang::is_han;
use crate::text::fold::Folded;

/// One word of the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Word<'t> {
    /// First byte in the original text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The folded form: a slice of the document's folded text.
    pub folded: &'t str,
    /// Starts with an upper-case letter (or a digit-bearing code like "H100").
    pub cap: bool,
    /// Two or more letters, all upper case ("MSL", "GPU").
    pub upper: bool,
    /// Contains a digit.
    pub digit: bool,
    /// No letter is upper case.
    pub lower: bool,
    /// Starts a sentence, a line or a heading (its capital says nothing about being a name).
    pub initial: bool,
    /// Only spaces or one hyphen (no other punctuation, no line break) separate it from the
    /// previous word.
    pub joined: bool,
    /// Written in a CJK context: the previous or next non-space character is Han.
    pub in_cjk: bool,
    /// Joined to the previous word by a hyphen ("Tech-Unternehmen").
    pub hyphen: bool,
    /// A capital after a small letter ("OpenAI", "iPhone"): a brand's shape, not a noun's.
    pub camel: bool,
    /// An opening quote or bracket comes right before it.
    pub quoted: bool,
}

/// Whether `c` belongs to a Latin-script (or other alphabetic, non-CJK) word.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // The cheap range test first: CJK characters are alphanumeric but no word characters.
    (!is_cjk(c) && c.is_alphanumeric()) || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Whether `c` is a CJK ideograph, kana or hangul syllable: scripts written without spaces.
pub(crate) fn is_cjk(c: char) -> bool {
    !c.is_ascii() && is_han(c)
        || matches!(c as u32, 0x3040..=0x30FF | 0xAC00..=0xD7AF | 0x3100..=0x312F | 0x31F0..=0x31FF)
}

fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | ':'
            | ';'
            | '。'
            | '！'
            | '？'
            | '：'
            | '；'
            | '\n'
            | '\r'
            | '…'
            | '|'
            | '•'
    )
}

fn is_quote_or_bracket(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '«'
            | '»'
            | '‘'
            | '’'
            | '‚'
            | '「'
            | '」'
            | '『'
            | '』'
            | '('
            | ')'
            | '（'
            | '）'
            | '['
            | ']'
            | '【'
            | '】'
            | '–'
            | '—'
            | '-'
            | '*'
            | '″'
    )
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '‘' | '「' | '『' | '″')
}

/// The letter-case facts of one word's surface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Shape {
    letters: usize,
    uppers: usize,
    digit: bool,
    camel: bool,
    cap: bool,
}

impl Shape {
    /// The facts of `surface`, with a fast path for ASCII words.
    fn of(surface: &str) -> Shape {
        if surface.is_ascii() {
            let mut s = Shape {
                cap: surface
                    .as_bytes()
                    .first()
                    .is_some_and(u8::is_ascii_uppercase),
                ..Shape::default()
            };
            let mut prev_lower = false;
            for &b in surface.as_bytes() {
                if b.is_ascii_alphabetic() {
                    s.letters += 1;
                    if b.is_ascii_uppercase() {
                        s.uppers += 1;
                        s.camel |= prev_lower;
                    }
                    prev_lower = b.is_ascii_lowercase();
                } else if b.is_ascii_digit() {
                    s.digit = true;
                    prev_lower = false;
                }
            }
            return s;
        }
        Shape::of_chars(surface)
    }

    /// The facts of `surface`, character by character (any script).
    fn of_chars(surface: &str) -> Shape {
        let mut s = Shape {
            cap: surface.chars().next().is_some_and(|f| f.is_uppercase()),
            ..Shape::default()
        };
        let mut prev_lower = false;
        for ch in surface.chars() {
            if ch.is_alphabetic() {
                s.letters += 1;
                if ch.is_uppercase() {
                    s.uppers += 1;
                    s.camel |= prev_lower;
                }
                prev_lower = ch.is_lowercase();
            } else if ch.is_numeric() {
                s.digit = true;
                prev_lower = false;
            }
        }
        s
    }
}

/// What lies between the previous word and the current position, while tokenizing.
#[derive(Clone, Copy)]
struct Gap {
    /// Nothing but a sentence end, quotes or brackets since the text's start or a sentence end.
    initial: bool,
    /// Only spaces (or a joining hyphen) since the previous word.
    plain: bool,
    /// The last sign was a CJK character.
    cjk: bool,
    /// The last sign was an opening quote.
    quote: bool,
    /// A hyphen joins the previous word to the next ("Meta-CEO").
    hyphen: bool,
}

impl Gap {
    const START: Gap = Gap {
        initial: true,
        plain: false,
        cjk: false,
        quote: false,
        hyphen: false,
    };

    /// The word `start..end` of `text` (folded form `folded`) after this gap, which it empties.
    fn word<'f>(&mut self, text: &str, start: usize, end: usize, folded: &'f str) -> Word<'f> {
        let shape = Shape::of(text.get(start..end).unwrap_or(""));
        let word = Word {
            start,
            end,
            folded,
            cap: shape.cap,
            upper: shape.letters >= 2 && shape.uppers == shape.letters,
            digit: shape.digit,
            lower: shape.uppers == 0,
            initial: self.initial,
            joined: self.plain,
            in_cjk: self.cjk || cjk_follows(text, end),
            camel: shape.camel,
            hyphen: self.hyphen && self.plain,
            quoted: self.quote,
        };
        *self = Gap {
            initial: false,
            plain: true,
            cjk: false,
            quote: false,
            hyphen: false,
        };
        word
    }

    /// A sign other than a space or a joining hyphen: `c`.
    fn sign(&mut self, c: char) {
        self.plain = false;
        self.cjk = is_cjk(c);
        self.quote = is_opening_quote(c);
        if ends_sentence(c) {
            self.initial = true;
        } else if !is_quote_or_bracket(c) {
            // A comma, a CJK character or any other sign: what follows is mid-sentence.
            self.initial = false;
        }
    }
}

/// Whether the first character after `end` that is not white space is CJK.
fn cjk_follows(text: &str, end: usize) -> bool {
    text.get(end..)
        .and_then(|t| t.chars().find(|c| !c.is_whitespace()))
        .is_some_and(is_cjk)
}

/// Splits `text` into words.
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Word<'static>> {
    let folded: &'static Folded = Box::leak(Box::new(Folded::new(text)));
    tokenize_folded(text, folded)
}

/// Splits `text` into words; `folded` is `text` folded ([`Folded::new`]): the words' folded
/// forms are slices of it, not folded again. Runs of ASCII letters and digits are read a byte
/// at a time (a proptest compares it with the simple character-by-character reading).
pub(crate) fn tokenize_folded<'f>(text: &str, folded: &'f Folded) -> Vec<Word<'f>> {
    let bytes = text.as_bytes();
    let mut words: Vec<Word> = Vec::with_capacity(text.len() / 6 + 1);
    let mut cursor = folded.cursor();
    let mut gap = Gap::START;
    let char_at = |i: usize| -> Option<char> {
        match bytes.get(i) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => text.get(i..).and_then(|t| t.chars().next()),
            None => None,
        }
    };
    let mut i = 0;
    while let Some(c) = char_at(i) {
        if is_word_char(c) {
            // The whole word: ASCII letters and digits byte by byte, other characters decoded.
            let start = i;
            let mut j = i + c.len_utf8();
            loop {
                match bytes.get(j) {
                    Some(b) if b.is_ascii_alphanumeric() => j += 1,
                    Some(b) if b.is_ascii() => break,
                    Some(_) => match char_at(j) {
                        Some(n) if is_word_char(n) => j += n.len_utf8(),
                        _ => break,
                    },
                    None => break,
                }
            }
            let end = j;
            let (fa, fb) = (cursor.from_original(start), cursor.from_original(end));
            let folded = folded.as_str().get(fa..fb).unwrap_or("");
            words.push(gap.word(text, start, end, folded));
            i = end;
            continue;
        }
        let len = c.len_utf8();
        if c == ' ' || c == '\u{00A0}' || c == '\u{202F}' {
            i += len;
            continue;
        }
        // A hyphen between two words ("Meta-CEO", "Bruto-Force") keeps them together.
        let hyphen_join = matches!(c, '-' | '‐' | '‑')
            && words.last().is_some_and(|w| w.end == i)
            && char_at(i + len).is_some_and(is_word_char);
        i += len;
        if hyphen_join {
            gap.hyphen = true;
            continue;
        }
        gap.sign(c);
    }
    mark_headings(text, &mut words);
    // The capacity was a guess for Latin text; give back what the words did not take (in
    // place: a 1 MiB piece of Chinese text leaves megabytes unused).
    words.shrink_to_fit();
    words
}

/// The simple tokenizer, character by character: what [`tokenize_folded`] must give.
#[cfg(test)]
fn tokenize_reference<'f>(text: &str, folded: &'f Folded) -> Vec<Word<'f>> {
    let mut words: Vec<Word> = Vec::new();
    let mut cur: Option<usize> = None;
    let mut gap = Gap::START;
    // Each character is classified once: `next` holds the one after the current character.
    let classify = |(i, c): (usize, char)| (i, c, is_word_char(c));
    let mut iter = text.char_indices();
    let mut next = iter.next().map(classify);
    while let Some((i, c, word_char)) = next {
        next = iter.next().map(classify);
        if word_char {
            if cur.is_none() {
                cur = Some(i);
            }
            let next_is_word = next.is_some_and(|(_, _, w)| w);
            if !next_is_word {
                let start = cur.unwrap_or(i);
                let end = i + c.len_utf8();
                words.push(gap.word(text, start, end, folded.folded_of(start, end)));
                cur = None;
            }
            continue;
        }
        if c == ' ' || c == '\u{00A0}' || c == '\u{202F}' {
            continue;
        }
        // A hyphen between two words ("Meta-CEO", "Bruto-Force") keeps them together.
        let hyphen_join = matches!(c, '-' | '‐' | '‑')
            && words.last().is_some_and(|w| w.end == i)
            && next.is_some_and(|(_, _, w)| w);
        if hyphen_join {
            gap.hyphen = true;
            continue;
        }
        gap.sign(c);
    }
    mark_headings(text, &mut words);
    words
}

/// In a line written in title case ("La Fallout di Openi"), capitals say nothing about names:
/// every word of it counts as sentence-initial.
fn mark_headings(text: &str, words: &mut [Word<'_>]) {
    let mut i = 0;
    while i < words.len() {
        let Some(first) = words.get(i) else { break };
        let line_end = text
            .get(first.start..)
            .and_then(|t| t.find('\n'))
            .map_or(text.len(), |p| first.start + p);
        let mut j = i;
        while words.get(j).is_some_and(|w| w.start < line_end) {
            j += 1;
        }
        let line = words.get(i..j).unwrap_or(&[]);
        let latin: Vec<&Word<'_>> = line.iter().filter(|w| !w.in_cjk).collect();
        let caps = latin.iter().filter(|w| w.cap).count();
        // A heading has no final stop and is short.
        let line_text = text.get(first.start..line_end).unwrap_or("").trim_end();
        let stops = line_text.ends_with(['.', '!', '?', '。', '！', '？', ';', ',']);
        if !stops
            && (2..=12).contains(&latin.len())
            && latin.len() == line.len()
            && caps * 5 >= latin.len() * 3
        {
            for w in words.get_mut(i..j).unwrap_or(&mut []) {
                w.initial = true;
            }
        }
        i = j.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold_str;
    use proptest::prelude::*;

    proptest! {
        /// The ASCII fast path of a word's shape gives the facts of the general one.
        #[test]
        fn ascii_shape_is_the_general_shape(s in "[a-zA-Z0-9]{0,12}|\\PC{0,6}") {
            prop_assert_eq!(Shape::of(&s), Shape::of_chars(&s));
        }

        /// The fast tokenizer gives the simple one's words.
        #[test]
        fn tokenizer_is_the_reference(
            s in "(\\PC|[a-zA-Z0-9 ,.\n'\"«(-]|Straße|Ünter|ÀB|ＡＢ|e\u{301}|ﬁ|兩萬|公司|·|\u{a0}|—)*"
        ) {
            let f = Folded::new(&s);
            prop_assert_eq!(tokenize_folded(&s, &f), tokenize_reference(&s, &f));
        }

        /// Words copy their folded form from the folded text: the fold of their surface.
        #[test]
        fn folded_forms_are_the_fold_of_the_surface(
            s in "(\\PC|[a-zA-Z0-9 ,.\n-]|Straße|perplessità|ＡＢ|１２|e\u{301}|ﬁ|½|兩萬)*"
        ) {
            for w in tokenize(&s) {
                prop_assert_eq!(w.folded, fold_str(&s[w.start..w.end]));
            }
        }
    }

    #[test]
    fn shapes() {
        let w = tokenize("Il CEO di Meta, Mark Zuckerberg.\nNvidia H100 e MSL e altri prodotti");
        let names: Vec<&str> = w.iter().map(|w| w.folded).collect();
        assert_eq!(
            names,
            [
                "il",
                "ceo",
                "di",
                "meta",
                "mark",
                "zuckerberg",
                "nvidia",
                "h100",
                "e",
                "msl",
                "e",
                "altri",
                "prodotti"
            ]
        );
        assert!(w[0].initial && w[0].cap);
        assert!(!w[3].initial && w[3].cap && !w[3].upper);
        assert!(!w[4].joined);
        assert!(w[5].joined);
        assert!(w[6].initial);
        assert!(w[7].digit && w[7].cap);
        assert!(w[9].upper);
    }

    #[test]
    fn headings_are_initial() {
        let w = tokenize("La Fallout di Openi\nLa società di Openi.");
        assert!(w.iter().take(4).all(|w| w.initial));
        assert!(!w[7].initial);
    }

    #[test]
    fn latin_inside_chinese() {
        let w = tokenize("兩位大神Jason Wei 和 Hyung Won Chung，也被");
        assert_eq!(w.len(), 5);
        assert!(w.iter().all(|w| w.in_cjk || w.joined));
        assert!(!w[0].initial);
    }
}
