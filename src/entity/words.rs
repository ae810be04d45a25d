//! Word tokens of the original text, with the shape facts the linking rules read: capitalized,
//! all capitals, digits, sentence-initial, and whether the gap before a word is a plain space.

use crate::lang::is_han;
use crate::text::fold::fold_str;

/// One word of the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    /// First byte in the original text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The folded form.
    pub folded: String,
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
    /// Only spaces (no punctuation, no line break) separate it from the previous word.
    pub joined: bool,
    /// Written in a CJK context: the previous or next non-space character is Han.
    pub in_cjk: bool,
}

/// Whether `c` belongs to a Latin-script (or other alphabetic, non-CJK) word.
pub(crate) fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() && !is_cjk(c)) || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Whether `c` is a CJK ideograph, kana or hangul syllable: scripts written without spaces.
pub(crate) fn is_cjk(c: char) -> bool {
    is_han(c)
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

/// Splits `text` into words.
pub(crate) fn tokenize(text: &str) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let mut cur: Option<usize> = None;
    // What lies between the previous word and the current position.
    let mut gap_initial = true;
    let mut gap_plain = false;
    let mut gap_cjk = false;
    let mut last_nonspace: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_word_char(c) {
            if cur.is_none() {
                cur = Some(i);
            }
            let next_is_word = iter.peek().is_some_and(|&(_, n)| is_word_char(n));
            if !next_is_word {
                let start = cur.unwrap_or(i);
                let end = i + c.len_utf8();
                let surface = text.get(start..end).unwrap_or("");
                let mut letters = 0usize;
                let mut uppers = 0usize;
                let mut digit = false;
                for ch in surface.chars() {
                    if ch.is_alphabetic() {
                        letters += 1;
                        if ch.is_uppercase() {
                            uppers += 1;
                        }
                    } else if ch.is_numeric() {
                        digit = true;
                    }
                }
                let first = surface.chars().next();
                let cap = first.is_some_and(|f| f.is_uppercase());
                let next_cjk = text
                    .get(end..)
                    .and_then(|t| t.chars().find(|c| !c.is_whitespace()))
                    .is_some_and(is_cjk);
                words.push(Word {
                    start,
                    end,
                    folded: fold_str(surface),
                    cap,
                    upper: letters >= 2 && uppers == letters,
                    digit,
                    lower: uppers == 0,
                    initial: gap_initial,
                    joined: gap_plain,
                    in_cjk: gap_cjk || next_cjk,
                });
                cur = None;
                gap_initial = false;
                gap_plain = true;
                gap_cjk = false;
            }
            last_nonspace = Some(c);
            continue;
        }
        if c == ' ' || c == '\u{00A0}' || c == '\u{202F}' {
            continue;
        }
        gap_plain = false;
        gap_cjk = is_cjk(c);
        if ends_sentence(c) {
            gap_initial = true;
        } else if !is_quote_or_bracket(c) {
            // A comma, a CJK character or any other sign: what follows is mid-sentence.
            gap_initial = false;
        }
        last_nonspace = Some(c);
    }
    let _ = last_nonspace;
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let w = tokenize("Il CEO di Meta, Mark Zuckerberg.\nNvidia H100 e MSL");
        let names: Vec<&str> = w.iter().map(|w| w.folded.as_str()).collect();
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
                "msl"
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
    fn latin_inside_chinese() {
        let w = tokenize("兩位大神Jason Wei 和 Hyung Won Chung，也被");
        assert_eq!(w.len(), 5);
        assert!(w.iter().all(|w| w.in_cjk || w.joined));
        assert!(!w[0].initial);
    }
}
