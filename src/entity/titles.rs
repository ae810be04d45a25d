//! Titles of works: a film, a book, a law, a newspaper, a programme, a song, named by its
//! title between quotes. The title is one entity, a work (kind `product`), its whole text its
//! name: a sequel's numeral and lower-case words are the title's own ("Il treno 2" is not "Il
//! treno"), and a title of ordinary words ("Alles steht Kopf") is a name where quotes set it
//! off as one.
//!
//! - In Chinese, 《…》 and 〈…〉 always mark a title: every one is the title's mention, keyed by
//!   its folded text (traditional and simplified alike).
//! - In Latin scripts, a quotation in «…», „…“, “…”, "…", ‘…’ or '…' of two to six words is a
//!   title where it opens with a capital or a digit, holds no sentence's punctuation (nor a
//!   comma or a colon), follows no colon (speech: `ha detto: "…"`), is no event's name joined
//!   by a hyphen ("„Polaris“-Tour"), and either ends with a sequel's number ("'Nebbia 2'") or
//!   has a capital or a digit after its first word and is written again, quoted or not (speech
//!   is seldom quoted twice word for word, and a clause in lower case after its first word is
//!   speech's shape: "« Nous sommes prêts »").
//!   One word in quotes is left to discovery (a scare quote: 'vulnerabile'), and so is a
//!   quotation the gazetteer knows whole.
//!
//! A title written once with a known name inside ("《2024年全球气候状况》") is cited, not what the
//! story is about: the known name stays.
//!
//! Every other use of the title's text, unquoted, is the title's too ("Nebbia 2" after
//! "'Nebbia 2'"), except before a number of its own ("Nebbia 2" is not "Nebbia").

use super::gazetteer::Doc;
use super::words::is_word_char;
use super::{Cand, EntityKind, Target};
use crate::lang::is_han;
use crate::text::fold::fold_str;
use crate::text::Span;

/// Score and rank: a known name's rank, so that the whole title wins over a place or a name
/// inside it, and an exact match of the whole quotation wins over the title by its score.
const TITLE: (f64, u8) = (0.8, 3);

/// The longest quotation read, in bytes, and the most words of a Latin title.
const MAX_BYTES: usize = 120;
const MAX_WORDS: usize = 6;

/// The closing quotes of an opening one, `None` where `c` opens nothing.
fn closers(c: char) -> Option<&'static [char]> {
    Some(match c {
        '«' => &['»'],
        '„' => &['“', '”'],
        '“' => &['”'],
        '"' => &['"'],
        '‘' => &['’'],
        '\'' => &['\'', '’'],
        '‹' => &['›'],
        '《' => &['》'],
        '〈' => &['〉'],
        _ => return None,
    })
}

/// Spaces inside quotes (French writes « X » with no-break spaces).
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// One quotation: the bytes of its inside (trimmed), whether Chinese title marks enclose it.
struct Quote {
    inner: Span,
    han_marks: bool,
}

/// Every quotation of the text that opens where a word can start and closes before a word ends.
fn quotations(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let before = prev;
        prev = Some(c);
        let Some(close) = closers(c) else { continue };
        let han_marks = matches!(c, '《' | '〈');
        // An opening quote stands at the start, after a space, a bracket or a dash (the Chinese
        // marks anywhere); an apostrophe after a letter is an elision ("l'Iucn").
        let opens = han_marks
            || before.is_none_or(|b| is_space(b) || matches!(b, '(' | '[' | '—' | '–' | '-'))
            || (c != '\'' && c != '"' && before.is_some_and(|b| !is_word_char(b)));
        if !opens {
            continue;
        }
        let from = i + c.len_utf8();
        let rest = text.get(from..).unwrap_or("");
        let mut end = None;
        for (j, d) in rest.char_indices() {
            if j > MAX_BYTES || d == '\n' || (d == c && !close.contains(&d)) {
                break;
            }
            if close.contains(&d) {
                // A straight or curly apostrophe before a letter is an elision inside the
                // title ("'L'ultimo treno'"), no closing quote.
                let next = rest.get(j + d.len_utf8()..).and_then(|t| t.chars().next());
                if matches!(d, '\'' | '’') && next.is_some_and(is_word_char) {
                    continue;
                }
                end = Some(from + j);
                break;
            }
        }
        let Some(end) = end else { continue };
        let inside = text.get(from..end).unwrap_or("");
        let lead = inside.len() - inside.trim_start_matches(is_space).len();
        let trimmed = inside.trim_matches(is_space);
        if trimmed.is_empty() {
            continue;
        }
        let start = from + lead;
        out.push(Quote {
            inner: Span::new(start, start + trimmed.len()),
            han_marks,
        });
    }
    out
}

/// Whether the Latin quotation `inner` of `text` has a title's shape (see the module's doc):
/// `None` where it has not, else whether it is a title only where the text writes it again
/// (`Some(false)`: a sequel's number ends it).
fn latin_title(text: &str, inner: Span) -> Option<bool> {
    let s = inner.slice(text).unwrap_or("");
    let words: Vec<&str> = s.split(is_space).filter(|w| !w.is_empty()).collect();
    if !(2..=MAX_WORDS).contains(&words.len()) {
        return None;
    }
    if !s
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return None;
    }
    if s.chars()
        .any(|c| matches!(c, '.' | '!' | '?' | ';' | ',' | ':' | '…') || is_han(c))
    {
        return None;
    }
    // Speech after a colon; an event's name joined by a hyphen after the closing quote.
    let before = text.get(..inner.start).unwrap_or("");
    let mut back = before.chars().rev().filter(|c| !is_space(*c));
    back.next();
    if back.next().is_some_and(|c| matches!(c, ':' | '：')) {
        return None;
    }
    let after = text.get(inner.end..).unwrap_or("");
    let mut fwd = after.chars().skip_while(|c| is_space(*c));
    fwd.next();
    if fwd.next().is_some_and(|c| c == '-' || is_word_char(c)) {
        return None;
    }
    let number = |w: &&str| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
    if words.last().is_some_and(number) {
        return Some(false);
    }
    // (Speech repeated word for word is rare, but a clause of lower-case words after its first
    // is speech's shape: "« Nous sommes prêts »", "'Non vi lasceremo soli'".)
    let named = words.iter().skip(1).any(|w| {
        number(w)
            || w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_uppercase)
    });
    named.then_some(true)
}

/// The whole-word uses of `title` in `text`, not before a number of their own ("X 2" is another
/// title than "X").
fn uses(text: &str, title: &str) -> Vec<Span> {
    let han = title.chars().any(is_han);
    text.match_indices(title)
        .filter(|&(p, _)| {
            let end = p + title.len();
            if han {
                return true;
            }
            let b = text.get(..p).and_then(|t| t.chars().next_back());
            let a = text.get(end..).and_then(|t| t.chars().next());
            let mut sequel = text.get(end..).unwrap_or("").chars();
            let numbered = sequel.next().is_some_and(is_space)
                && sequel.next().is_some_and(|c| c.is_ascii_digit())
                && !sequel
                    .next()
                    .is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',');
            !b.is_some_and(is_word_char) && !a.is_some_and(is_word_char) && !numbered
        })
        .map(|(p, _)| Span::new(p, p + title.len()))
        .collect()
}

/// Adds the titles of works quoted in the text, and their other uses, as candidates.
pub(crate) fn find(doc: &Doc<'_>, cands: &mut Vec<Cand>) {
    let text = doc.text;
    if !text.contains(['«', '„', '“', '"', '‘', '\'', '‹', '《', '〈']) {
        return;
    }
    let mut found: Vec<Cand> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for q in quotations(text) {
        let Some(s) = q.inner.slice(text) else {
            continue;
        };
        if seen.iter().any(|t| t == s) {
            continue;
        }
        let again = if q.han_marks {
            (s.chars().count() <= 40 && !s.contains(['《', '》', '〈', '〉'])).then_some(false)
        } else {
            latin_title(text, q.inner)
        };
        let Some(again) = again else { continue };
        // A quotation the gazetteer already names whole is that name; a title written once
        // with a known name inside (a report's "《2024年全球气候状况》") is cited, not what the
        // story is about, and the name inside speaks. (The text is searched for the title's
        // uses once, and only for a quotation of a title's shape.)
        if cands.iter().any(|c| c.span == q.inner) {
            continue;
        }
        let uses = uses(text, s);
        let inside = || {
            cands
                .iter()
                .any(|c| c.span.start >= q.inner.start && c.span.end <= q.inner.end && c.rank >= 3)
        };
        if uses.len() < 2 && (again || inside()) {
            continue;
        }
        seen.push(s.to_string());
        let folded = fold_str(s);
        let key = if s.chars().any(is_han) {
            folded.split_whitespace().collect::<String>()
        } else {
            super::gazetteer::name_tokens(&folded).join(" ")
        };
        if key.is_empty() {
            continue;
        }
        for span in uses {
            found.push(Cand {
                span,
                target: Target::New {
                    key: key.clone(),
                    name: s.to_string(),
                    kind: EntityKind::Product,
                },
                score: TITLE.0,
                rule: "title",
                rank: TITLE.1,
            });
        }
    }
    cands.extend(found);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        quotations(text)
            .iter()
            .filter_map(|q| q.inner.slice(text))
            .collect()
    }

    #[test]
    fn quotations_open_after_a_space_and_skip_elisions() {
        let t = "Il film 'L'ultimo treno' esce, l'attesa è finita. « Les Ombres » aussi.";
        assert_eq!(inner(t), ["L'ultimo treno", "Les Ombres"]);
        assert_eq!(inner("《长河》和〈晚风〉"), ["长河", "晚风"]);
        assert!(inner("rock 'n' roll").iter().all(|s| *s != "roll"));
    }

    #[test]
    fn speech_and_scare_quotes_are_no_titles() {
        let t = "Il ministro ha detto: 'Siamo pronti a tutto'. È 'vulnerabile'.";
        let qs = quotations(t);
        let title = |q: &Quote| {
            latin_title(t, q.inner).is_some_and(|again| {
                !again || q.inner.slice(t).is_some_and(|s| uses(t, s).len() >= 2)
            })
        };
        assert!(qs.iter().all(|q| !title(q)));
    }
}
