//! Measured concepts: what a figure measures when no frame names the fact.
//!
//! "una quota del 49%", "der Anteil von 49 Prozent", "une concession de quarante ans", "持股49%":
//! the facts news states with a figure are an open set, and one frame per kind cannot keep up.
//! Where no frame claims a figure, the nearest word of a multilingual concept lexicon
//! (`data/frames/concepts.json`) in the figure's phrase names what it measures: before the
//! figure (at most six words back, within its clause, never past another figure) or after it
//! (at most four words on). Its concept and the figure's dimension (`money`, `percent`,
//! `duration`, `count`, `power`, ...) make the predicate key `<dimension>:<concept>`, or the key
//! of the frame that already names the same fact (a stake in percent is `stake`, whatever cue
//! found it), so that the claims of frames and of concepts join across documents.
//!
//! Word forms are folded (case, accents, traditional/simplified Chinese) before matching:
//! `word` is a whole word, `*tail` a word ending with tail (German compounds: `*anteil`),
//! `stem*` a word starting with stem, `two words` a sequence; forms in Han characters match
//! anywhere in the few characters around the figure.
//!
//! ```
//! use concord::claim::concepts::Concepts;
//! use concord::{Lang, Span, Unit};
//!
//! let concepts = Concepts::embedded();
//! let text = "Der Konzern hält einen Anteil von 30 Prozent.";
//! let at = text.find("30 Prozent").unwrap();
//! let figure = Span::new(at, at + "30 Prozent".len());
//! let hit = concepts.near(text, Span::new(0, text.len()), figure, &[], Lang::De).unwrap();
//! assert_eq!(hit.1.slice(text), Some("Anteil"));
//! assert_eq!(concepts.key(hit.0, Unit::Percent).as_deref(), Some("stake"));
//! ```

use std::cell::OnceCell;
use std::sync::OnceLock;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use super::forms::{fold_all, lang_entry, words_of, WordForms};
use crate::lang::Lang;
use crate::quantity::Unit;
use crate::text::fold::fold_onto;
use crate::text::Span;
use crate::Error;

/// How many words before a figure are read for its concept.
const WORDS_BEFORE: usize = 6;
/// How many words after a figure are read for its concept.
const WORDS_AFTER: usize = 4;
/// How many Han characters on each side of a figure are read for its concept.
const HAN_WINDOW: usize = 8;

/// One concept as written in the data file.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct ConceptSpec {
    /// The dimensions the concept measures (`money`, `percent`, `duration`, `count`, `power`,
    /// `energy`, `area`, `length`, `mass`); empty: all.
    #[serde(default)]
    pub dims: Vec<String>,
    /// Per dimension, the key of the frame that names the same fact (`percent` → `stake`).
    #[serde(default)]
    pub keys: IndexMap<String, String>,
    /// The dimensions in which the concept has one true value per subject.
    #[serde(default)]
    pub functional: Vec<String>,
    /// A generic concept (what lasts: "dauerte", "a duré", "歷時") names a figure only where
    /// no other concept in its phrase does ("Il cantiere durerà sette anni": the construction).
    #[serde(default)]
    pub generic: bool,
    /// Language code → word forms.
    pub words: IndexMap<String, Vec<String>>,
}

/// The concept lexicon as written in the data file.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct ConceptsData {
    /// What the file is, for people.
    #[serde(default)]
    pub about: String,
    /// The frame (of `data/frames/default.json`) whose slots the claims of concepts use.
    #[serde(default = "default_frame")]
    pub frame: String,
    /// Concept id → its dimensions, keys and words.
    pub concepts: IndexMap<String, ConceptSpec>,
}

fn default_frame() -> String {
    "measured_noun".to_string()
}

/// The concept lexicon, folded and ready to match.
#[derive(Clone, Debug, Default)]
pub struct Concepts {
    frame: String,
    ids: Vec<String>,
    specs: Vec<ConceptSpec>,
    langs: Vec<(Lang, WordForms)>,
}

/// The dimension of a unit, as concepts name it; None for calendar years.
pub fn dimension(unit: Unit) -> Option<&'static str> {
    Some(match unit {
        Unit::Currency(_) => "money",
        Unit::Percent => "percent",
        Unit::Power => "power",
        Unit::Energy => "energy",
        Unit::Count => "count",
        Unit::Year => return None,
        Unit::Years | Unit::Months | Unit::Days | Unit::Hours | Unit::Minutes | Unit::Seconds => {
            "duration"
        }
        Unit::Area => "area",
        Unit::Length => "length",
        Unit::Mass => "mass",
        Unit::Volume => "volume",
        Unit::Speed => "speed",
        Unit::Points => "points",
        Unit::Celsius | Unit::Fahrenheit => "temperature",
        Unit::Concentration => "concentration",
        Unit::Flow => "flow",
        Unit::Pressure => "pressure",
    })
}

/// Whether `predicate` is the key a concept gives a figure in `unit` (`<dimension>:<concept>`,
/// see [`Concepts::key`]) rather than a frame's key or a part's (`part:<key>`).
///
/// ```
/// use concord::claim::concepts::is_concept_key;
/// use concord::Unit;
/// let eur = Unit::currency("EUR");
/// assert!(is_concept_key("money:payment", eur));
/// assert!(!is_concept_key("acquisition_price", eur));
/// assert!(!is_concept_key("part:revenue", eur));
/// assert!(!is_concept_key("money", eur)); // the dimension alone: a bare figure
/// ```
pub fn is_concept_key(predicate: &str, unit: Unit) -> bool {
    dimension(unit).is_some_and(|d| {
        predicate
            .strip_prefix(d)
            .is_some_and(|rest| rest.len() > 1 && rest.starts_with(':'))
    })
}

/// Punctuation that closes a figure's phrase.
fn closes(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '('
            | ')'
            | '['
            | ']'
            | '"'
            | '«'
            | '»'
            | '“'
            | '”'
            | '.'
            | '!'
            | '?'
            | '，'
            | '。'
            | '；'
            | '：'
            | '、'
            | '（'
            | '）'
            | '「'
            | '」'
            | '《'
            | '》'
            | '–'
            | '—'
    )
}

impl Concepts {
    /// Builds the lexicon from a JSON file's text (see `data/frames/concepts.json`).
    pub fn from_json(name: &str, json: &str) -> Result<Concepts, Error> {
        let data: ConceptsData = serde_json::from_str(json).map_err(|e| Error::Data {
            name: name.to_string(),
            message: e.to_string(),
        })?;
        Concepts::from_data(name, &data)
    }

    /// Builds the lexicon from its parsed form.
    pub fn from_data(name: &str, data: &ConceptsData) -> Result<Concepts, Error> {
        let mut langs: Vec<(Lang, WordForms)> = Vec::new();
        let mut ids = Vec::new();
        let mut specs = Vec::new();
        for (id, spec) in &data.concepts {
            let c = ids.len();
            ids.push(id.clone());
            specs.push(spec.clone());
            for (code, words) in &spec.words {
                let lang = code.parse::<Lang>().map_err(|_| Error::Data {
                    name: name.to_string(),
                    message: format!("unknown language {code:?} in concept {id:?}"),
                })?;
                let Some(forms) = lang_entry(&mut langs, lang) else {
                    continue;
                };
                for w in fold_all(words) {
                    forms.add(w, c);
                }
            }
        }
        for (_, f) in &mut langs {
            f.finish();
        }
        Ok(Concepts {
            frame: data.frame.clone(),
            ids,
            specs,
            langs,
        })
    }

    /// The lexicon embedded in the crate (`data/frames/concepts.json`).
    pub fn embedded() -> &'static Concepts {
        static C: OnceLock<Concepts> = OnceLock::new();
        C.get_or_init(|| {
            Concepts::from_json(
                "data/frames/concepts.json",
                include_str!("../../data/frames/concepts.json"),
            )
            .unwrap_or_default()
        })
    }

    /// The key of the frame whose slots the claims of concepts use.
    pub fn frame(&self) -> &str {
        &self.frame
    }

    /// The concept id at `index`.
    pub fn concept(&self, index: usize) -> Option<&str> {
        self.ids.get(index).map(String::as_str)
    }

    /// Whether the concept at `index` measures figures in `unit`.
    pub fn measures(&self, index: usize, unit: Unit) -> bool {
        let (Some(spec), Some(dim)) = (self.specs.get(index), dimension(unit)) else {
            return false;
        };
        spec.dims.is_empty() || spec.dims.iter().any(|d| d == dim)
    }

    /// The frame key that names the concept's fact in `unit`'s dimension, if one does.
    pub fn frame_key(&self, index: usize, unit: Unit) -> Option<&str> {
        let dim = dimension(unit)?;
        self.specs.get(index)?.keys.get(dim).map(String::as_str)
    }

    /// The predicate key of a figure in `unit` that measures the concept at `index`: the frame
    /// key it maps to, else `<dimension>:<concept>`.
    pub fn key(&self, index: usize, unit: Unit) -> Option<String> {
        if let Some(k) = self.frame_key(index, unit) {
            return Some(k.to_string());
        }
        Some(format!("{}:{}", dimension(unit)?, self.concept(index)?))
    }

    /// Whether the concept at `index` has one true value per subject in `unit`'s dimension.
    pub fn functional(&self, index: usize, unit: Unit) -> bool {
        let (Some(spec), Some(dim)) = (self.specs.get(index), dimension(unit)) else {
            return false;
        };
        spec.functional.iter().any(|d| d == dim)
    }

    /// The concept word nearest the figure `figure` of `text`, in the sentence `sentence` of
    /// `lang`, that measures figures of any unit: its concept index and span. `others` are
    /// the spans of the sentence's other figures: the search never crosses one.
    pub fn near(
        &self,
        text: &str,
        sentence: Span,
        figure: Span,
        others: &[Span],
        lang: Lang,
    ) -> Option<(usize, Span)> {
        self.near_with(text, sentence, figure, others, lang, |_| true)
    }

    /// [`Concepts::near`], keeping only concepts `keep` accepts.
    pub fn near_with(
        &self,
        text: &str,
        sentence: Span,
        figure: Span,
        others: &[Span],
        lang: Lang,
        keep: impl Fn(usize) -> bool,
    ) -> Option<(usize, Span)> {
        let generic = |c: usize| self.specs.get(c).is_some_and(|s| s.generic);
        // Both searches read the same phrase: its words are folded once.
        let words = OnceCell::new();
        self.nearest(text, sentence, figure, others, lang, &words, &|c| {
            keep(c) && !generic(c)
        })
        .or_else(|| self.nearest(text, sentence, figure, others, lang, &words, &keep))
    }

    /// The nearest concept word of the figure's phrase among the concepts `keep` accepts;
    /// `words` holds the phrase's words before and after the figure once read (the same
    /// text, sentence, figure, others and language give the same words).
    #[allow(clippy::too_many_arguments)]
    fn nearest(
        &self,
        text: &str,
        sentence: Span,
        figure: Span,
        others: &[Span],
        lang: Lang,
        words: &OnceCell<PhraseWords>,
        keep: &dyn Fn(usize) -> bool,
    ) -> Option<(usize, Span)> {
        let forms = &self.langs.iter().find(|(l, _)| *l == lang)?.1;
        // The phrase around the figure: not past another figure.
        let lo = others
            .iter()
            .filter(|o| o.end <= figure.start)
            .map(|o| o.end)
            .max()
            .unwrap_or(sentence.start)
            .max(sentence.start);
        let hi = others
            .iter()
            .filter(|o| o.start >= figure.end)
            .map(|o| o.start)
            .min()
            .unwrap_or(sentence.end)
            .min(sentence.end);
        let before = text.get(lo..figure.start)?;
        let after = text.get(figure.end..hi.max(figure.end))?;
        if lang == Lang::Zh {
            return self.near_han(forms, before, figure.start, after, figure.end, keep);
        }
        // The figure's own last word may be the concept ("30 Jahre Konzession" has none, but
        // the scanner may take a noun in: "1200 Mitarbeiter").
        let (before_words, after_words) =
            words.get_or_init(|| (words_rev(before, lo), words_fwd(after, figure.end)));
        let b = self.in_words(forms, before_words, false, keep);
        let a = self.in_words(forms, after_words, true, keep);
        // A word after the figure that stands no farther (in words) from the next figure is
        // the next figure's ("con il 4,97% ha mancato la soglia di sbarramento del 5%": the
        // threshold is the 5%).
        let next = others
            .iter()
            .filter(|o| o.start >= figure.end)
            .map(|o| o.start)
            .min();
        let count = |a: usize, b: usize| {
            text.get(a..b)
                .map_or(usize::MAX, |t| t.split_whitespace().count())
        };
        let a = a.filter(|(_, _, s)| {
            next.is_none_or(|n| n < s.end || count(s.end, n) > count(figure.end, s.start))
        });
        match (b, a) {
            (Some((db, cb, sb)), Some((da, ca, sa))) => {
                if da < db {
                    Some((ca, sa))
                } else {
                    Some((cb, sb))
                }
            }
            (Some((_, c, s)), None) | (None, Some((_, c, s))) => Some((c, s)),
            (None, None) => None,
        }
    }

    /// The nearest concept among `words` (nearest first): its distance in words, concept and
    /// span. `forward`: the words follow the figure (a form reads forward from its first word);
    /// else they precede it (a form ends at the word).
    fn in_words(
        &self,
        forms: &WordForms,
        words: &[(Span, String)],
        forward: bool,
        keep: &dyn Fn(usize) -> bool,
    ) -> Option<(usize, usize, Span)> {
        let limit = if forward { WORDS_AFTER } else { WORDS_BEFORE };
        for (i, (span, w)) in words.iter().enumerate().take(limit) {
            // Whole-word forms, the longest first.
            if forward {
                if let Some(list) = forms.words.get(w) {
                    for (parts, c) in list {
                        let ok = keep(*c)
                            && parts
                                .iter()
                                .zip(words.iter().skip(i))
                                .filter(|(p, (_, x))| *p == x)
                                .count()
                                == parts.len();
                        if ok {
                            let end = words.get(i + parts.len() - 1).map_or(span.end, |x| x.0.end);
                            return Some((i, *c, Span::new(span.start, end)));
                        }
                    }
                }
            } else {
                // A form ending at this word: its first word is `parts.len() - 1` words back
                // (nearer the start of the sentence, further in `words`).
                let mut hit: Option<(usize, Span)> = None;
                for k in 0..3 {
                    let Some((first_span, first)) = words.get(i + k) else {
                        break;
                    };
                    if let Some(list) = forms.words.get(first) {
                        for (parts, c) in list.iter().filter(|(p, _)| p.len() == k + 1) {
                            let ok = keep(*c)
                                && parts.iter().enumerate().all(|(j, p)| {
                                    words.get(i + k - j).is_some_and(|(_, x)| x == p)
                                });
                            if ok && hit.is_none() {
                                hit = Some((*c, Span::new(first_span.start, span.end)));
                            }
                        }
                    }
                }
                if let Some((c, s)) = hit {
                    return Some((i, c, s));
                }
            }
            if let Some(c) = forms.affix(w, keep) {
                return Some((i, c, *span));
            }
        }
        None
    }

    fn near_han(
        &self,
        forms: &WordForms,
        before: &str,
        before_end: usize,
        after: &str,
        after_start: usize,
        keep: &dyn Fn(usize) -> bool,
    ) -> Option<(usize, Span)> {
        // Characters nearest the figure first, up to punctuation; a bracketed aside right
        // before the figure is skipped ("总和生育率（每名女性生育子女数）为1.15").
        let mut back: Vec<(usize, char)> = Vec::new();
        let mut depth = 0usize;
        for (i, c) in before.char_indices().rev() {
            if matches!(c, '）' | ')') {
                depth += 1;
                continue;
            }
            if depth > 0 {
                if matches!(c, '（' | '(') {
                    depth -= 1;
                }
                continue;
            }
            if closes(c) || back.len() >= HAN_WINDOW {
                break;
            }
            back.push((i, c));
        }
        let fwd: Vec<(usize, char)> = after
            .char_indices()
            .take_while(|(_, c)| !closes(*c))
            .take(HAN_WINDOW)
            .collect();
        let fold_seq = |chars: &mut dyn Iterator<Item = &(usize, char)>| -> (String, Vec<usize>) {
            let mut s = String::new();
            let mut starts = Vec::new();
            for (_, c) in chars {
                starts.push(s.len());
                let mut b = [0u8; 4];
                fold_onto(c.encode_utf8(&mut b), &mut s);
            }
            (s, starts)
        };
        // The nearest form on each side; of two as near, the one listed first (the longer).
        // Distance, form index, concept, span.
        let mut best: Option<(usize, usize, usize, Span)> = None;
        let nearer = |best: &Option<(usize, usize, usize, Span)>, dist: usize, f: usize| {
            best.as_ref()
                .is_none_or(|(d, g, _, _)| (dist, f) < (*d, *g))
        };
        // Before: in reading order; the distance is the characters between form and figure.
        let ordered: Vec<(usize, char)> = back.iter().rev().copied().collect();
        let (fb, starts_b) = fold_seq(&mut ordered.iter());
        for (at, f) in forms.han_matches(&fb) {
            let Some((form, c)) = forms.han.get(f).filter(|(_, c)| keep(*c)) else {
                continue;
            };
            let first = starts_b.iter().position(|&s| s == at);
            let last = starts_b.iter().position(|&s| s == at + form.len());
            let (Some(first), end_i) = (first, last.unwrap_or(ordered.len())) else {
                continue;
            };
            let dist = ordered.len() - end_i;
            let Some(start) = ordered.get(first).map(|(i, _)| *i) else {
                continue;
            };
            // (The aside skipped, the character after the form may lie past it.)
            let end = ordered.get(end_i).map_or_else(
                || {
                    ordered
                        .last()
                        .map_or(before.len(), |(i, ch)| i + ch.len_utf8())
                },
                |(i, _)| *i,
            );
            let span = Span::new(
                before_end - before.len() + start,
                before_end - before.len() + end,
            );
            if nearer(&best, dist, f) {
                best = Some((dist, f, *c, span));
            }
        }
        // After: a form weighs a little more than one before it, and loses a tie.
        let (fa, starts_a) = fold_seq(&mut fwd.iter());
        let mut after: Option<(usize, usize, usize, Span)> = None;
        for (at, f) in forms.han_matches(&fa) {
            let Some((form, c)) = forms.han.get(f).filter(|(_, c)| keep(*c)) else {
                continue;
            };
            let Some(first) = starts_a.iter().position(|&s| s == at) else {
                continue;
            };
            let end_i = starts_a
                .iter()
                .position(|&s| s == at + form.len())
                .unwrap_or(fwd.len());
            let Some(start) = fwd.get(first).map(|(i, _)| *i) else {
                continue;
            };
            let end = fwd.get(end_i).map_or(
                fwd.last().map_or(0, |(i, ch)| i + ch.len_utf8()),
                |(i, _)| *i,
            );
            let dist = first + 1;
            if nearer(&after, dist, f) {
                after = Some((
                    dist,
                    f,
                    *c,
                    Span::new(after_start + start, after_start + end),
                ));
            }
        }
        if let Some(a) = after {
            if best.as_ref().is_none_or(|(d, _, _, _)| a.0 < *d) {
                best = Some(a);
            }
        }
        best.map(|(_, _, c, s)| (c, s))
    }
}

/// The folded words of a figure's phrase before it (nearest first) and after it.
type PhraseWords = (Vec<(Span, String)>, Vec<(Span, String)>);

/// The folded words of `t` (which starts at byte `base` of the text) up to the first
/// punctuation, nearest the end first.
fn words_rev(t: &str, base: usize) -> Vec<(Span, String)> {
    let cut = t
        .char_indices()
        .rev()
        .find(|(_, c)| closes(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut out = words_of(t.get(cut..).unwrap_or(""), base + cut);
    out.reverse();
    out
}

/// The folded words of `t` (which starts at byte `base` of the text) up to the first
/// punctuation, in reading order.
fn words_fwd(t: &str, base: usize) -> Vec<(Span, String)> {
    let cut = t.find(closes).unwrap_or(t.len());
    words_of(t.get(..cut).unwrap_or(""), base)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str, fig: &str, lang: Lang) -> Option<(String, String)> {
        let c = Concepts::embedded();
        let at = text.find(fig).unwrap();
        let (i, span) = c.near(
            text,
            Span::new(0, text.len()),
            Span::new(at, at + fig.len()),
            &[],
            lang,
        )?;
        Some((c.concept(i)?.to_string(), span.slice(text)?.to_string()))
    }

    #[test]
    fn nearest_word_names_the_concept() {
        assert_eq!(
            find(
                "Il fondo detiene una quota del 30% della banca.",
                "30%",
                Lang::It
            ),
            Some(("stake".into(), "quota".into()))
        );
        assert_eq!(
            find(
                "Der Versorger erhält eine Konzession für 25 Jahre.",
                "25 Jahre",
                Lang::De
            ),
            Some(("concession".into(), "Konzession".into()))
        );
        assert_eq!(
            find("该公司持股35%。", "35%", Lang::Zh),
            Some(("stake".into(), "持股".into()))
        );
        assert_eq!(
            find(
                "Le groupe a gagné 30 % en bourse, a-t-il dit.",
                "30 %",
                Lang::Fr
            ),
            None
        );
    }
}
