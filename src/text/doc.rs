//! A document's sentences and their languages, computed once and shared by the stages.
//!
//! [`crate::Pipeline::analyze`] splits a document into sentences once and hands the same
//! [`DocSentences`] to the quantity scanner and the claim stage. The language of a sentence
//! ([`Lang::detect_sentence`]) is computed the first time a stage asks for it, and at most once.
//!
//! ```
//! use concord::{Lang, text::doc::DocSentences};
//! let text = "Meta zahlte 15 Milliarden Dollar. The board said it will sell the unit to a rival.";
//! let s = DocSentences::new(text, Lang::De);
//! assert_eq!(s.spans().len(), 2);
//! assert_eq!(s.lang(0), Lang::De);
//! assert_eq!(s.lang(1), Lang::En);
//! assert_eq!(s.lang_of(s.spans()[1]), Lang::En);
//! ```

use std::cell::OnceCell;

use super::{sentences, Span};
use crate::lang::Lang;

/// A document's sentence spans ([`sentences::split`]) and, computed on demand, each sentence's
/// language.
#[derive(Clone, Debug)]
pub struct DocSentences<'t> {
    text: &'t str,
    lang: Lang,
    spans: Vec<Span>,
    langs: Vec<OnceCell<Lang>>,
}

impl<'t> DocSentences<'t> {
    /// Splits `text`, a document in `lang`, into sentences.
    pub fn new(text: &'t str, lang: Lang) -> DocSentences<'t> {
        DocSentences::from_spans(text, lang, sentences::split(text, lang))
    }

    /// Sentences already split (spans of `text`, in text order).
    pub fn from_spans(text: &'t str, lang: Lang, spans: Vec<Span>) -> DocSentences<'t> {
        let langs = vec![OnceCell::new(); spans.len()];
        DocSentences {
            text,
            lang,
            spans,
            langs,
        }
    }

    /// The document text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The document language.
    pub fn doc_lang(&self) -> Lang {
        self.lang
    }

    /// The sentence spans, in text order.
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// Gives the spans back.
    pub fn into_spans(self) -> Vec<Span> {
        self.spans
    }

    /// The language of sentence `i` ([`Lang::detect_sentence`] of its text in the document's
    /// language), computed on the first call; the document's language for an index out of range.
    pub fn lang(&self, i: usize) -> Lang {
        match (self.langs.get(i), self.spans.get(i)) {
            (Some(cell), Some(span)) => *cell.get_or_init(|| {
                span.slice(self.text)
                    .map_or(self.lang, |t| Lang::detect_sentence(t, self.lang))
            }),
            _ => self.lang,
        }
    }

    /// The language of the sentence `span`: the cached one when `span` is one of the sentences,
    /// else [`Lang::detect_sentence`] of its text.
    pub fn lang_of(&self, span: Span) -> Lang {
        let i = self.spans.partition_point(|s| s.start < span.start);
        if self.spans.get(i) == Some(&span) {
            return self.lang(i);
        }
        span.slice(self.text)
            .map_or(self.lang, |t| Lang::detect_sentence(t, self.lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_the_detected_ones() {
        let text = "Il gruppo ha venduto 3 negozi.\nThe board said it will sell the unit to a rival for $5 million.\n扎克伯格選擇站出來，回應一切。";
        let s = DocSentences::new(text, Lang::It);
        assert_eq!(s.spans(), sentences::split(text, Lang::It).as_slice());
        for (i, span) in s.spans().iter().enumerate() {
            let want = Lang::detect_sentence(span.slice(text).unwrap(), Lang::It);
            assert_eq!(s.lang(i), want);
            assert_eq!(s.lang_of(*span), want);
        }
        assert_eq!(s.lang(1), Lang::En);
        assert_eq!(s.lang(99), Lang::It);
        // A span that is no sentence is detected on its own.
        assert_eq!(s.lang_of(Span::new(0, 9)), Lang::It);
    }
}
