//! What the claim lexicons (frames, counted nouns, concepts) share: reading a language code
//! and folding a word list, and one language's word forms, each naming an entry by index.

use aho_corasick::AhoCorasick;

use crate::lang::{is_han, Lang};
use crate::text::fold::fold_str;
use crate::text::hash::FastMap;
use crate::text::Span;
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

/// The folded words ([`wordish`] runs) of `t`, which starts at byte `base` of the text, with
/// their spans in the text, in reading order.
pub(super) fn words_of(t: &str, base: usize) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
        if wordish(c) && i < t.len() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            if let Some(w) = t.get(s..i) {
                out.push((Span::new(base + s, base + i), fold_str(w)));
            }
        }
    }
    out
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
    /// The indices in `han` of the forms by their first and by their last character, in
    /// `han`'s order, built by [`WordForms::finish`].
    han_by_first: FastMap<char, Vec<usize>>,
    han_by_last: FastMap<char, Vec<usize>>,
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
        self.han_by_first.clear();
        self.han_by_last.clear();
        for (i, (f, _)) in self.han.iter().enumerate() {
            if let (Some(a), Some(z)) = (f.chars().next(), f.chars().next_back()) {
                self.han_by_first.entry(a).or_default().push(i);
                self.han_by_last.entry(z).or_default().push(i);
            }
        }
    }

    /// The first Han form (the longest) that `text` starts with, among those `ok` accepts:
    /// `han.iter().find(|(f, _)| text.starts_with(f) && ok(f))`, looking only at the forms
    /// that start with `text`'s first character.
    pub fn han_starting(&self, text: &str, ok: impl Fn(&str) -> bool) -> Option<&(String, usize)> {
        self.han_indexed(&self.han_by_first, text.chars().next(), |f| {
            text.starts_with(f) && ok(f)
        })
    }

    /// The first Han form (the longest) that `text` ends with, among those `ok` accepts:
    /// `han.iter().find(|(f, _)| text.ends_with(f) && ok(f))`, looking only at the forms that
    /// end with `text`'s last character.
    pub fn han_ending(&self, text: &str, ok: impl Fn(&str) -> bool) -> Option<&(String, usize)> {
        self.han_indexed(&self.han_by_last, text.chars().next_back(), |f| {
            text.ends_with(f) && ok(f)
        })
    }

    fn han_indexed(
        &self,
        index: &FastMap<char, Vec<usize>>,
        c: Option<char>,
        test: impl Fn(&str) -> bool,
    ) -> Option<&(String, usize)> {
        // Every Han form has a first and a last character; forms not indexed (no `finish`
        // yet) are searched one by one.
        if index.is_empty() {
            return self.han.iter().find(|(f, _)| test(f));
        }
        index
            .get(&c?)?
            .iter()
            .filter_map(|&i| self.han.get(i))
            .find(|(f, _)| test(f))
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
            // The spelling first: `keep` asks about the concept, the dearer question.
            .find(|(t, e, c)| {
                word.len() > t.len()
                    && match e {
                        Edge::Suffix => word.ends_with(t.as_str()),
                        Edge::Prefix => word.starts_with(t.as_str()),
                    }
                    && keep(*c)
            })
            .map(|(_, _, c)| *c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The indexed searches find what the search of every Han form finds.
        #[test]
        fn han_index_equals_the_plain_search(
            picks in proptest::collection::vec(0usize..10_000, 0..6),
            chars in "[公司员工人名家座亿万]{0,4}",
        ) {
            let mut forms = WordForms::default();
            for (i, f) in ["公司", "员工", "工人", "人", "名员工", "家", "座", "司"].iter().enumerate() {
                forms.add(f.to_string(), i);
            }
            forms.finish();
            let pieces = ["公司", "员工", "工人", "人", "名", "家", "座", "x"];
            let text: String = picks.iter().map(|&i| pieces[i % pieces.len()]).collect::<String>() + &chars;
            let long = |f: &str| f.chars().count() > 1;
            proptest::prop_assert_eq!(
                forms.han_ending(&text, |_| true),
                forms.han.iter().find(|(f, _)| text.ends_with(f.as_str()))
            );
            proptest::prop_assert_eq!(
                forms.han_ending(&text, long),
                forms.han.iter().find(|(f, _)| long(f) && text.ends_with(f.as_str()))
            );
            proptest::prop_assert_eq!(
                forms.han_starting(&text, |_| true),
                forms.han.iter().find(|(f, _)| text.starts_with(f.as_str()))
            );
        }
    }
}
