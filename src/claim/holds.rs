//! Whether a folded name holds one of a list of folded words (a court's, a venue's, an
//! event's: see `Context::name_holds` in `fill`), with the list split into its kinds of
//! words once, not for every name asked about.

use super::frames::is_word_char;
use crate::lang::is_han;
use crate::text::hash::FastSet;

/// The words of a folded text: its runs of letters and digits of spaced scripts.
fn words(s: &str) -> impl Iterator<Item = &str> + Clone {
    s.split(|c: char| !is_word_char(Some(c)))
        .filter(|w| !w.is_empty())
}

/// A list of folded words that names are asked about (a court's, a venue's, an event's),
/// each sorted by how [`WordList::held_by`] looks for it once, not on every question.
#[derive(Clone, Debug, Default)]
pub(super) struct WordList {
    /// Words in Han characters ("法院"): held anywhere in a name.
    han: Vec<String>,
    /// The ends of compounds, from words written `*tail` ("*stadion": "Olympiastadion").
    tails: Vec<String>,
    /// The other words of one word ("corte"): held as one of the name's words.
    single: FastSet<String>,
    /// The other words of several words, each as its words ("palazzo dello sport"): held as
    /// words in a row among the name's words.
    phrases: Vec<Vec<String>>,
}

impl WordList {
    /// The list `list` of folded words, sorted.
    pub(super) fn new(list: &[String]) -> WordList {
        let mut out = WordList::default();
        for w in list {
            if w.chars().any(is_han) {
                out.han.push(w.clone());
            } else if let Some(tail) = w.strip_prefix('*') {
                out.tails.push(tail.to_string());
            } else {
                let phrase: Vec<String> = words(w).map(str::to_string).collect();
                match phrase.as_slice() {
                    [] => {}
                    [one] => {
                        out.single.insert(one.clone());
                    }
                    _ => out.phrases.push(phrase),
                }
            }
        }
        out
    }

    /// Whether the list has no words.
    pub(super) fn is_empty(&self) -> bool {
        self.han.is_empty()
            && self.tails.is_empty()
            && self.single.is_empty()
            && self.phrases.is_empty()
    }

    /// Whether the folded name `f` holds one of the words: its words in a row among the
    /// name's words ("palazzo dello sport"), the end of one of the name's words for a word
    /// written `*tail`, or anywhere in the name for a word in Han characters (looked for only
    /// in a name that is not all ASCII).
    pub(super) fn held_by(&self, f: &str) -> bool {
        if self.is_empty() {
            return false;
        }
        let name: Vec<&str> = words(f).collect();
        (!f.is_ascii() && self.han.iter().any(|w| f.contains(w.as_str())))
            || self
                .tails
                .iter()
                .any(|t| name.iter().any(|x| x.ends_with(t.as_str())))
            || name.iter().any(|x| self.single.contains(*x))
            || self.phrases.iter().any(|p| {
                name.windows(p.len())
                    .any(|x| x.iter().zip(p).all(|(a, b)| *a == b.as_str()))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain answer: each word of the list split and looked for among the name's words.
    fn plain(f: &str, list: &[String]) -> bool {
        let name: Vec<&str> = words(f).collect();
        list.iter().any(|w| {
            if w.chars().any(is_han) {
                return f.contains(w.as_str());
            }
            if let Some(tail) = w.strip_prefix('*') {
                return name.iter().any(|x| x.ends_with(tail));
            }
            let ww: Vec<&str> = words(w).collect();
            !ww.is_empty() && name.windows(ww.len()).any(|x| x == &ww[..])
        })
    }

    #[test]
    fn words_in_a_row_tails_and_han() {
        let list: Vec<String> = ["corte", "cour de cassation", "*gericht", "法院"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        let list = WordList::new(&list);
        assert!(list.held_by("corte dei conti"));
        assert!(list.held_by("la cour de cassation"));
        assert!(!list.held_by("cour de paris"));
        assert!(!list.held_by("cortes generales"));
        assert!(list.held_by("bundesverwaltungsgericht"));
        assert!(list.held_by("欧盟普通法院"));
        assert!(!list.held_by("法国网球公开赛"));
        assert!(!list.held_by(""));
        assert!(!WordList::new(&[]).held_by("corte"));
    }

    proptest::proptest! {
        /// The sorted list answers as the plain one, for names and lists of words with
        /// repeats, prefixes, tails, Han characters and punctuation.
        #[test]
        fn word_list_equals_the_plain_search(
            name in "[ab c\\-法院x]{0,12}",
            list in proptest::collection::vec("\\*?[ab c\\-法院]{0,6}", 0..5),
        ) {
            proptest::prop_assert_eq!(WordList::new(&list).held_by(&name), plain(&name, &list));
        }
    }
}
