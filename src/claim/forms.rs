//! What the claim lexicons (frames, counted nouns, concepts) share: reading a language code
//! and folding a word list, and one language's word forms, each naming an entry by index.

use aho_corasick::AhoCorasick;

use crate::lang::{is_han, Lang};
use crate::text::fold::fold_str;
use crate::text::hash::FastMap;
use crate::Error;

/// A language code of a data file, or an error naming the file.
pub(super) fn parse_lang(code: &str, name: &str) -> Result<Lang, Error> {
    code.parse::<Lang>().map_err(|_| Error::Data {
        name: name.to_string(),
        message: format!("unknown language {code:?}"),
    })
}

/// The words, trimmed and folded, without empty ones.
pub(super) fn fold_all(words: &[String]) -> Vec<String> {
    words
        .iter()
        .map(|w| fold_str(w.trim()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// A character that may be part of a word of a spaced script (letters, digits, an inner
/// hyphen: "start-up").
pub(super) fn wordish(c: char) -> bool {
    (c.is_alphanumeric() && !is_han(c)) || c == '-'
}

/// The entry of `lang` in a per-language list, added empty where missing (always `Some`).
pub(super) fn lang_entry<T: Default>(langs: &mut Vec<(Lang, T)>, lang: Lang) -> Option<&mut T> {
    if !langs.iter().any(|(l, _)| *l == lang) {
        langs.push((lang, T::default()));
    }
    langs.iter_mut().find(|(l, _)| *l == lang).map(|(_, t)| t)
}

/// How a form sits in a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Edge {
    /// `stem*`: the word starts with it.
    Prefix,
    /// `*tail`: the word ends with it ("*züge" in "Regionalzüge").
    Suffix,
}

/// One language's folded forms, each naming an entry by index. A form is whole words ("rail
/// share"), a word start (`stem*`), a word ending (`*tail`), or Han characters.
#[derive(Clone, Debug, Default)]
pub(super) struct WordForms {
    /// First word of a whole-word form → (the form's words, entry), longest form first.
    pub words: FastMap<String, Vec<(Vec<String>, usize)>>,
    /// Word starts and endings, longest first.
    pub affixes: Vec<(String, Edge, usize)>,
    /// Forms in Han characters, longest first.
    pub han: Vec<(String, usize)>,
    /// One automaton over the Han forms (pattern `i` is `han[i]`), built by
    /// [`WordForms::finish`].
    han_automaton: Option<AhoCorasick>,
}

impl WordForms {
    /// Adds a folded form of entry `id`.
    pub fn add(&mut self, form: String, id: usize) {
        if let Some(tail) = form.strip_prefix('*') {
            if !tail.is_empty() {
                self.affixes.push((tail.to_string(), Edge::Suffix, id));
            }
        } else if let Some(stem) = form.strip_suffix('*') {
            if !stem.is_empty() {
                self.affixes.push((stem.to_string(), Edge::Prefix, id));
            }
        } else if form.chars().any(is_han) {
            self.han.push((form, id));
        } else {
            let parts: Vec<String> = form
                .split(|ch: char| !wordish(ch))
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect();
            if let Some(first) = parts.first() {
                self.words
                    .entry(first.clone())
                    .or_default()
                    .push((parts, id));
            }
        }
    }

    /// Puts the longest forms first; of two as long, the first added stays first.
    pub fn finish(&mut self) {
        self.affixes
            .sort_by_key(|(t, _, _)| std::cmp::Reverse(t.len()));
        self.han.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
        for v in self.words.values_mut() {
            v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        self.han_automaton = if self.han.is_empty() {
            None
        } else {
            AhoCorasick::new(self.han.iter().map(|(f, _)| f.as_str())).ok()
        };
    }

    /// Every occurrence of a Han form in `text`, overlapping ones too: (byte offset, index
    /// in [`WordForms::han`]).
    pub fn han_matches<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, usize)> + 't {
        self.han_automaton
            .iter()
            .flat_map(move |ac| ac.find_overlapping_iter(text))
            .map(|m| (m.start(), m.pattern().as_usize()))
    }

    /// The entry of the longest word start or ending that `word` has (and is longer than),
    /// among the entries `keep` accepts.
    pub fn affix(&self, word: &str, keep: impl Fn(usize) -> bool) -> Option<usize> {
        self.affixes
            .iter()
            .find(|(t, e, c)| {
                keep(*c)
                    && word.len() > t.len()
                    && match e {
                        Edge::Suffix => word.ends_with(t.as_str()),
                        Edge::Prefix => word.starts_with(t.as_str()),
                    }
            })
            .map(|(_, _, c)| *c)
    }
}
