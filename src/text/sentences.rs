//! Sentence segmentation for Latin scripts and Chinese.
//!
//! A sentence ends:
//! - at a line break (headlines and list items carry no final punctuation);
//! - after `。！？；` and their full-width or ASCII forms `!?` in any script, with any closing
//!   quotes or brackets that follow;
//! - after `.` when followed by white space and then something that can start a sentence, unless
//!   the word before the dot is a known abbreviation of the language (`Mio.`, `Dr.`, `ecc.`) or a
//!   single letter, and never inside a number (`14.3`, `10.000`).
//!
//! ```
//! use concord::{Lang, text::sentences::split};
//! let text = "Meta zahlte 15 Mrd. Dollar. Das ist viel!\nNeue Zahlen";
//! let s: Vec<&str> = split(text, Lang::De).iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(s, ["Meta zahlte 15 Mrd. Dollar.", "Das ist viel!", "Neue Zahlen"]);
//! ```

use super::Span;
use crate::lang::{Lang, LangProfile};
use crate::text::fold::fold_str;

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '“'
            | '’'
            | '‘'
            | '»'
            | '」'
            | '』'
            | ')'
            | '）'
            | ']'
            | '】'
            | '》'
            | '〉'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | '｡')
}

/// Splits `text` into sentences, as byte spans of `text` trimmed of surrounding white space.
pub fn split(text: &str, lang: Lang) -> Vec<Span> {
    let profile = LangProfile::embedded(lang);
    let mut out = Vec::new();
    let mut start = 0usize;
    // Byte positions, not a vector of chars: a 100 MB text must not cost 16 bytes per char.
    let char_at = |p: usize| text.get(p..).and_then(|t| t.chars().next());
    let mut pos = 0usize;
    let bytes = text.as_bytes();
    loop {
        // Most bytes are ASCII that can neither end a sentence nor start a cut: skip them
        // without decoding.
        while bytes
            .get(pos)
            .is_some_and(|&b| b.is_ascii() && !matches!(b, b'\n' | b'.' | b'!' | b'?'))
        {
            pos += 1;
        }
        let Some(c) = char_at(pos) else {
            break;
        };
        let (cut, next_pos) = cut_at(text, pos, c, profile);
        if let Some(end) = cut {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
        pos = next_pos;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// What the character `c` at `pos` does: where the sentence it closes ends (a line break, or a
/// terminal with its repeats and closing quotes, when it ends a sentence), and where reading
/// goes on.
fn cut_at(text: &str, pos: usize, c: char, profile: &LangProfile) -> (Option<usize>, usize) {
    let char_at = |p: usize| text.get(p..).and_then(|t| t.chars().next());
    let after = pos + c.len_utf8();
    if c == '\n' {
        return (Some(pos), after);
    }
    if !(is_terminal(c) || c == '.' || c == '…') {
        return (None, after);
    }
    // Extend over repeated terminals and closing quotes.
    let mut j = after;
    while let Some(d) =
        char_at(j).filter(|&d| is_terminal(d) || d == '.' || d == '…' || is_closer(d))
    {
        j += d.len_utf8();
    }
    let next = char_at(j);
    let ends = if c == '.' {
        // "presenti.”Storicamente": a closing quote glued to the next sentence.
        let glued = j > after && next.is_some_and(char::is_uppercase);
        glued || dot_ends_sentence(text, pos, next, j, profile)
    } else if is_terminal(c) && c.is_ascii() {
        // "!" and "?" in Latin text need a following space or the end.
        next.is_none_or(|n| n.is_whitespace() || !n.is_ascii())
    } else {
        true
    };
    if ends {
        (Some(j), j)
    } else {
        (None, after)
    }
}

fn dot_ends_sentence(
    text: &str,
    dot: usize,
    next: Option<char>,
    j: usize,
    profile: &LangProfile,
) -> bool {
    match next {
        None => return true,
        Some(n) if !n.is_whitespace() => return false, // 14.3, e.g., example.com
        _ => {}
    }
    // What follows the white space must be able to start a sentence.
    let following = text
        .get(j..)
        .unwrap_or("")
        .chars()
        .find(|c| !c.is_whitespace());
    if let Some(f) = following {
        if f.is_lowercase() {
            return false;
        }
    }
    // The word before the dot.
    let before = text.get(..dot).unwrap_or("");
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = fold_str(before.get(word_start..).unwrap_or(""));
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return false; // an initial: "J. Smith"
    }
    if profile.ordinal_dot
        && (1..=2).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_digit())
    {
        return false; // an ordinal: "am 15. Juli", "der 3. Platz"
    }
    !profile.abbreviations.contains(&word)
}

/// Whether the sentence `span` of `text` is a headline: alone on its line, without final
/// punctuation (nor a final colon: "主持人：" is a speaker's label), and short (at most 16 words,
/// or 40 characters of a script without spaces).
/// A headline names the topic of the section below it.
///
/// ```
/// use concord::{Lang, text::sentences::{split, is_headline}};
/// let text = "La crisi di Acme\nAcme ha perso il 10%. Lo dice il CEO.";
/// let s = split(text, Lang::It);
/// assert!(is_headline(text, s[0]));
/// assert!(!is_headline(text, s[1]));
/// ```
pub fn is_headline(text: &str, span: Span) -> bool {
    let Some(s) = span.slice(text) else {
        return false;
    };
    let line_before = text.get(..span.start).is_some_and(|b| {
        b.trim_end_matches([' ', '\t', '\u{3000}']).ends_with('\n') || b.trim().is_empty()
    });
    let line_after = text.get(span.end..).is_some_and(|a| {
        a.trim_start_matches([' ', '\t', '\u{3000}'])
            .starts_with(['\n', '\r'])
            || a.trim().is_empty()
    });
    if !line_before || !line_after {
        return false;
    }
    let Some(last) = s.chars().next_back() else {
        return false;
    };
    // A line ending with a colon is a speaker's label or announces a list: no topic of its own.
    if is_terminal(last)
        || matches!(last, '.' | '…' | ',' | '，' | '、' | ':' | '：')
        || is_closer(last) && last != ')'
    {
        return false;
    }
    let words = s.split_whitespace().count();
    let han = s.chars().filter(|&c| crate::lang::is_han(c)).count();
    words <= 16 && han <= 40
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(piece) = text.get(start..end) else {
        return;
    };
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The simple reading, every character decoded (the split before its ASCII fast path).
    fn split_reference(text: &str, lang: Lang) -> Vec<Span> {
        let profile = LangProfile::embedded(lang);
        let mut out = Vec::new();
        let mut start = 0usize;
        // Byte positions, not a vector of chars: a 100 MB text must not cost 16 bytes per char.
        let char_at = |p: usize| text.get(p..).and_then(|t| t.chars().next());
        let mut pos = 0usize;
        while let Some(c) = char_at(pos) {
            let (cut, next_pos) = cut_at(text, pos, c, profile);
            if let Some(end) = cut {
                push_trimmed(text, start, end, &mut out);
                start = end;
            }
            pos = next_pos;
        }
        push_trimmed(text, start, text.len(), &mut out);
        out
    }

    proptest! {
        #[test]
        fn split_equals_the_simple_reading(
            s in "(\\PC|[a-zA-Z0-9 ,.!?\n]|Dr\\. |15\\. |U\\.E\\.|。|！|？|…|”|»|\\)|\r)*",
            lang in prop::sample::select(Lang::ALL.to_vec()),
        ) {
            prop_assert_eq!(split(&s, lang), split_reference(&s, lang));
        }
    }

    fn sents(text: &str, lang: Lang) -> Vec<&str> {
        split(text, lang)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn chinese_ends_without_spaces() {
        assert_eq!(
            sents("他說，比起錢。其實研究員更看重算力！對嗎？", Lang::Zh),
            ["他說，比起錢。", "其實研究員更看重算力！", "對嗎？"]
        );
    }

    #[test]
    fn decimals_and_abbreviations_do_not_split() {
        assert_eq!(
            sents(
                "Il valore è di 14.3 miliardi. Dott. Rossi ha detto sì.",
                Lang::It
            ),
            ["Il valore è di 14.3 miliardi.", "Dott. Rossi ha detto sì."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_the_sentence() {
        assert_eq!(
            sents(
                "Er sagte: „Wir sprechen nicht von kleinen Clustern.“ Dann ging er.",
                Lang::De
            ),
            [
                "Er sagte: „Wir sprechen nicht von kleinen Clustern.“",
                "Dann ging er."
            ]
        );
    }

    #[test]
    fn quotes_glued_to_the_next_sentence() {
        assert_eq!(
            sents("Sono diversi.”Oggi invece, dice, è così.", Lang::It),
            ["Sono diversi.”", "Oggi invece, dice, è così."]
        );
        // Not inside a number or an abbreviation without a quote.
        assert_eq!(
            sents("Il 10.000 e la U.E. sono qui.", Lang::It),
            ["Il 10.000 e la U.E. sono qui."]
        );
    }

    #[test]
    fn ordinals_and_ellipses() {
        assert_eq!(
            sents(
                "Am 15. Juli kaufte Meta Anteile. Das kostete 15 Mrd. Euro.",
                Lang::De
            ),
            [
                "Am 15. Juli kaufte Meta Anteile.",
                "Das kostete 15 Mrd. Euro."
            ]
        );
        // Only where the language writes ordinals with a dot.
        assert_eq!(
            sents("Revenue rose by 15. The rest fell.", Lang::En),
            ["Revenue rose by 15.", "The rest fell."]
        );
        assert_eq!(
            sents("估值為1.5兆美元……市場震驚。", Lang::Zh),
            ["估值為1.5兆美元……", "市場震驚。"]
        );
    }

    #[test]
    fn labels_are_not_headlines() {
        let text = "主持人：\n你好。\nLa crisi di Acme\nTesto.";
        let s = split(text, Lang::Zh);
        let h: Vec<bool> = s.iter().map(|&s| is_headline(text, s)).collect();
        assert_eq!(h, [false, false, true, false]);
    }

    #[test]
    fn headlines_end_at_line_breaks() {
        assert_eq!(
            sents("Titolo senza punto\n\nTesto.", Lang::It),
            ["Titolo senza punto", "Testo."]
        );
    }
}
