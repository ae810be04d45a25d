//! Counted nouns: what a count figure counts when no frame names the fact.
//!
//! "Alstom liefert 30 neue Züge", "4000名患者": the kinds of things news counts are an open set
//! (trains, seats, patients, server racks...), and one frame per kind cannot keep up. The
//! noun right after a count figure (Latin scripts: past at most two adjectives, and past "di",
//! "de", "of" after a scale word: "2 millions d'utilisateurs"; Chinese: past an optional
//! classifier, "3列列車", "800名員工", and after a classifier past a few characters of
//! modifiers, "8件法國王室珠寶") is looked up in a multilingual list of counted nouns
//! (`data/frames/nouns.json`); its concept id names the fact: `count:train`, `count:patient`.
//!
//! ```
//! use concord::claim::nouns::CountedNouns;
//! use concord::{Lang, Span};
//!
//! let nouns = CountedNouns::embedded();
//! let text = "Alstom liefert 30 neue Züge.";
//! let hit = nouns.after(text, Span::new(15, 17), text.len(), Lang::De).unwrap();
//! assert_eq!(nouns.concept(hit.0), Some("train"));
//! assert_eq!(hit.1.slice(text), Some("Züge"));
//! ```

use std::sync::OnceLock;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use super::forms::{fold_all, lang_entry, parse_lang, wordish, words_of, WordForms};
use crate::lang::{is_han, Lang};
use crate::text::fold::fold_str;
use crate::text::Span;
use crate::Error;

/// How many bytes after a figure are read for its noun.
const WINDOW: usize = 120;
/// How many characters after a Chinese figure are read for its classifier and noun.
const HAN_WINDOW: usize = 10;
/// How many characters of modifiers after a Chinese classifier may stand before its noun.
const HAN_SKIP: usize = 4;
/// How many words may stand between a counted noun and the figure after it that counts it
/// ([`CountedNouns::before`]).
const LINKS: usize = 5;
/// How many characters before a Chinese figure are read for the noun it counts.
const HAN_BEFORE: usize = 12;

/// The counted nouns as written in the data file.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct CountedNounsData {
    /// What the file is, for people.
    #[serde(default)]
    pub about: String,
    /// The frame (of `data/frames/default.json`) whose slots the claims of counted nouns use.
    #[serde(default = "default_frame")]
    pub frame: String,
    /// Classifiers per language code (Chinese: 名, 列, 家): skipped between figure and noun.
    #[serde(default)]
    pub classifiers: IndexMap<String, Vec<String>>,
    /// Words that join a scale word to its noun ("2 milioni di utenti"), per language code.
    #[serde(default)]
    pub of: IndexMap<String, Vec<String>>,
    /// Words that join a counted noun to the name of what holds the things counted ("9000
    /// Mitarbeiter von Siemens", "2 000 salariés de Renault", "i 600 dipendenti della X"),
    /// per language code: a preposition of the genitive and its fused forms.
    #[serde(default)]
    pub holders: IndexMap<String, Vec<String>>,
    /// Head nouns of a body that may stand between a word of `holders` and the holder's name
    /// ("33 000 Mitglieder der Gewerkschaft X", "i 4000 iscritti del sindacato X", "les 900
    /// salariés du constructeur X"), per language code; `*tail` for a word ending with tail
    /// ("der Metallgewerkschaft X").
    #[serde(default)]
    pub holder_heads: IndexMap<String, Vec<String>>,
    /// Concept ids whose things a name joined by a word of `holders` holds (the people and
    /// sites of an organization: "Mitarbeiter von Siemens", "i negozi di Zara"); of the others
    /// such a name may be the maker ("18 mila chip di Nvidia").
    #[serde(default)]
    pub held: Vec<String>,
    /// Words that may stand between a noun and the figure after it that counts it, where the
    /// figure ends with a classifier and no noun follows ("门店总数超过2.6万家", "工人近2000名"),
    /// per language code.
    #[serde(default)]
    pub count_words: IndexMap<String, Vec<String>>,
    /// Words that join two nouns a figure after them counts together ("工匠與工人近2000名":
    /// the first names the count, as the first noun after a figure does), per language code.
    #[serde(default)]
    pub and: IndexMap<String, Vec<String>>,
    /// Words that are never skipped as an adjective ("5 volte più clienti" counts no clients),
    /// per language code.
    #[serde(default)]
    pub not_adjectives: IndexMap<String, Vec<String>>,
    /// Words that may stand between a counted noun and a figure after it that counts it, the
    /// noun being the subject of a verb of being, reaching or change ("i nuovi nati sono stati
    /// 686.000", "le nombre de naissances a atteint 720 000", "die Zahl der Geburten sank auf
    /// 680.000"): auxiliaries, copulas, verbs of reaching and standing, prepositions and
    /// adverbs, per language code. Verbs of change are read from the cues that name a change
    /// (the caller's `link`).
    #[serde(default)]
    pub links: IndexMap<String, Vec<String>>,
    /// Nouns of a count whose genitive names what is counted ("the number of births", "le
    /// nombre de naissances", "il numero dei nati"), per language code: a counted noun after a
    /// word of `of` is the figure's only after one of them ("shipments of cars grew 12%" is
    /// no change of cars).
    #[serde(default)]
    pub count_heads: IndexMap<String, Vec<String>>,
    /// Words that link a counted noun to a percent figure after it only ("i matrimoni sono
    /// calati del 3%"): before a count they are the genitive of the noun the figure counts
    /// ("il marchio delle tre strisce"), per language code.
    #[serde(default)]
    pub percent_links: IndexMap<String, Vec<String>>,
    /// Words of `of` that join a share to the whole it is a share of, right after the figure
    /// ("il 40% delle merci", "60 Prozent der Fälle", "90 % de l'énergie", "a quarter of the
    /// staff"), per language code; a form ending with an apostrophe is elided and joins the
    /// word it is written against ("d'").
    #[serde(default)]
    pub whole_links: IndexMap<String, Vec<String>>,
    /// The key of the frame whose cues are verbs of change (of `default.json`): they link a
    /// counted noun to the figure after it ([`CountedNouns::before`]), and a percent figure
    /// that frame alone names is the change of the noun its verb's subject names ("les
    /// naissances ont reculé de 5 %": `percent:birth`).
    #[serde(default)]
    pub changes: String,
    /// Concept id → the key of the frame that names the same fact ("employee" → "headcount"):
    /// the claims of the concept take that frame's key and functionality.
    #[serde(default)]
    pub keys: IndexMap<String, String>,
    /// Concept id → language code → word forms (singular and plural; `*tail` for a word
    /// ending with tail).
    pub nouns: IndexMap<String, IndexMap<String, Vec<String>>>,
}

fn default_frame() -> String {
    "counted_noun".to_string()
}

/// One language's nouns, folded.
#[derive(Clone, Debug, Default)]
struct LangNouns {
    /// The nouns' forms, by concept.
    forms: WordForms,
    classifiers: Vec<String>,
    of: Vec<String>,
    holders: Vec<String>,
    holder_heads: Vec<String>,
    /// Longest first.
    count_words: Vec<String>,
    and: Vec<String>,
    not_adjectives: Vec<String>,
    /// [`CountedNounsData::links`].
    links: Vec<String>,
    /// [`CountedNounsData::percent_links`].
    percent_links: Vec<String>,
    /// [`CountedNounsData::whole_links`].
    whole_links: Vec<String>,
    /// [`CountedNounsData::count_heads`].
    count_heads: Vec<String>,
}

impl LangNouns {
    /// The concept of a one-word form or a listed ending.
    fn single(&self, word: &str) -> Option<usize> {
        let exact = self.forms.words.get(word).and_then(|forms| {
            forms
                .iter()
                .find(|(parts, _)| parts.len() == 1)
                .map(|(_, c)| *c)
        });
        exact.or_else(|| self.forms.affix(word, |_| true))
    }
}

/// Counted nouns, folded and ready to match.
#[derive(Clone, Debug, Default)]
pub struct CountedNouns {
    frame: String,
    changes: String,
    concepts: Vec<String>,
    /// Per concept, whether it is of [`CountedNounsData::held`].
    held: Vec<bool>,
    keys: Vec<Option<String>>,
    langs: Vec<(Lang, LangNouns)>,
}

impl CountedNouns {
    /// Builds counted nouns from a JSON file's text (see `data/frames/nouns.json`).
    pub fn from_json(name: &str, json: &str) -> Result<CountedNouns, Error> {
        let data: CountedNounsData = serde_json::from_str(json).map_err(|e| Error::Data {
            name: name.to_string(),
            message: e.to_string(),
        })?;
        CountedNouns::from_data(name, &data)
    }

    /// Builds counted nouns from their parsed form.
    pub fn from_data(name: &str, data: &CountedNounsData) -> Result<CountedNouns, Error> {
        let mut langs: Vec<(Lang, LangNouns)> = Vec::new();
        let mut concepts = Vec::new();
        let apostrophe = |w: Vec<String>| -> Vec<String> {
            w.into_iter()
                .map(|w| w.trim_end_matches(['\'', '’']).to_string())
                .collect()
        };
        let lists = &mut langs;
        per_lang(lists, name, &data.classifiers, |n, w| n.classifiers = w)?;
        per_lang(lists, name, &data.of, |n, w| n.of = apostrophe(w))?;
        per_lang(lists, name, &data.holders, |n, w| n.holders = apostrophe(w))?;
        per_lang(lists, name, &data.holder_heads, |n, w| n.holder_heads = w)?;
        per_lang(lists, name, &data.count_words, |n, mut w| {
            w.sort_by_key(|w| std::cmp::Reverse(w.len()));
            n.count_words = w;
        })?;
        per_lang(lists, name, &data.and, |n, w| n.and = w)?;
        per_lang(lists, name, &data.not_adjectives, |n, w| {
            n.not_adjectives = w
        })?;
        per_lang(lists, name, &data.links, |n, w| n.links = w)?;
        per_lang(lists, name, &data.count_heads, |n, w| n.count_heads = w)?;
        per_lang(lists, name, &data.percent_links, |n, w| n.percent_links = w)?;
        per_lang(lists, name, &data.whole_links, |n, w| n.whole_links = w)?;
        for (concept, forms) in &data.nouns {
            let c = concepts.len();
            concepts.push(concept.clone());
            for (code, words) in forms {
                let Some(n) = lang_entry(&mut langs, parse_lang(code, name)?) else {
                    continue;
                };
                for w in fold_all(words) {
                    n.forms.add(w, c);
                }
            }
        }
        for (_, n) in &mut langs {
            n.forms.finish();
        }
        let keys = concepts.iter().map(|c| data.keys.get(c).cloned()).collect();
        let held = concepts.iter().map(|c| data.held.contains(c)).collect();
        Ok(CountedNouns {
            frame: data.frame.clone(),
            changes: data.changes.clone(),
            concepts,
            held,
            keys,
            langs,
        })
    }

    /// The nouns embedded in the crate (`data/frames/nouns.json`).
    pub fn embedded() -> &'static CountedNouns {
        static N: OnceLock<CountedNouns> = OnceLock::new();
        N.get_or_init(|| {
            CountedNouns::from_json(
                "data/frames/nouns.json",
                include_str!("../../data/frames/nouns.json"),
            )
            .unwrap_or_default()
        })
    }

    /// The key of the frame whose slots the claims of counted nouns use.
    pub fn frame(&self) -> &str {
        &self.frame
    }

    /// The words that join a counted noun to the name of its holder in `lang`
    /// ([`CountedNounsData::holders`]), folded, apostrophes trimmed ("d'" is "d").
    ///
    /// ```
    /// use concord::claim::nouns::CountedNouns;
    /// use concord::Lang;
    ///
    /// let holders = CountedNouns::embedded().holders(Lang::De);
    /// assert!(holders.iter().any(|w| w == "von"));
    /// ```
    pub fn holders(&self, lang: Lang) -> &[String] {
        self.langs
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(&[][..], |(_, n)| n.holders.as_slice())
    }

    /// Whether the text `after` a share figure opens with a word of `of` that joins the
    /// share to its whole in `lang` ([`CountedNounsData::whole_links`]): `Some` with the
    /// concept of the counted noun right after that word, if it is one ("60 Prozent der
    /// Fälle": cases), `None` where no such word opens it.
    ///
    /// ```
    /// use concord::claim::nouns::CountedNouns;
    /// use concord::Lang;
    ///
    /// let nouns = CountedNouns::embedded();
    /// assert!(nouns.whole_after(" delle merci", Lang::It).is_some());
    /// let cases = nouns.whole_after(" der Fälle", Lang::De).flatten();
    /// assert_eq!(cases.and_then(|c| nouns.frame_key(c)), Some("case_count"));
    /// assert!(nouns.whole_after(" a 24 euro", Lang::It).is_none());
    /// ```
    pub fn whole_after(&self, after: &str, lang: Lang) -> Option<Option<usize>> {
        let (_, n) = self.langs.iter().find(|(l, _)| *l == lang)?;
        let rest = after.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        if rest.len() == after.len() {
            return None;
        }
        let head: String = rest.chars().take(40).collect();
        let folded = fold_str(&head);
        let word_at = |from: &str| -> String {
            from.chars()
                .take_while(|&c| wordish(c) && c != '\'')
                .collect()
        };
        let first = word_at(&folded);
        let tail = n.whole_links.iter().find_map(|w| {
            if w.ends_with('\'') {
                folded.strip_prefix(w.as_str())
            } else if *w == first {
                folded.get(first.len()..)
            } else {
                None
            }
        })?;
        let noun = word_at(tail.trim_start());
        Some(n.single(&noun))
    }

    /// Whether the folded word `w` is a head noun of a body that may stand between a word of
    /// [`CountedNouns::holders`] and the holder's name in `lang`
    /// ([`CountedNounsData::holder_heads`]).
    ///
    /// ```
    /// use concord::claim::nouns::CountedNouns;
    /// use concord::Lang;
    ///
    /// let nouns = CountedNouns::embedded();
    /// assert!(nouns.holder_head(Lang::De, "metallgewerkschaft"));
    /// assert!(nouns.holder_head(Lang::It, "sindacato"));
    /// assert!(!nouns.holder_head(Lang::It, "stabilimento"));
    /// ```
    pub fn holder_head(&self, lang: Lang, w: &str) -> bool {
        self.langs
            .iter()
            .find(|(l, _)| *l == lang)
            .is_some_and(|(_, n)| {
                n.holder_heads.iter().any(|h| match h.strip_prefix('*') {
                    Some(tail) => w.len() > tail.len() && w.ends_with(tail),
                    None => h == w,
                })
            })
    }

    /// Whether a name that a word of [`CountedNouns::holders`] joins to the concept at `index`
    /// holds its things ([`CountedNounsData::held`]: "9.000 Mitarbeiter von Siemens").
    pub fn held(&self, index: usize) -> bool {
        self.held.get(index).copied().unwrap_or(false)
    }

    /// Whether the frame keyed `key` counts things of a held concept (a headcount counts
    /// employees): its figure's noun, found by the frame's cue, is held too.
    pub fn held_by_frame(&self, key: &str) -> bool {
        self.keys
            .iter()
            .zip(&self.held)
            .any(|(k, h)| *h && k.as_deref() == Some(key))
    }

    /// Whether a word of `name` (a whole word, a compound's ending, or Han characters anywhere)
    /// is a noun of `lang` of one of the concepts `ids`: "Morandi-Brücke" and "ponte Morandi"
    /// name a bridge, "金門大橋" too.
    ///
    /// ```
    /// use concord::claim::nouns::CountedNouns;
    /// use concord::Lang;
    ///
    /// let nouns = CountedNouns::embedded();
    /// assert!(nouns.name_holds(Lang::De, "Köhlbrand-Brücke", &["bridge"]));
    /// assert!(nouns.name_holds(Lang::Zh, "金門大橋", &["bridge"]));
    /// assert!(!nouns.name_holds(Lang::It, "Fincantieri", &["bridge", "ship"]));
    /// ```
    pub fn name_holds(&self, lang: Lang, name: &str, ids: &[&str]) -> bool {
        let Some((_, n)) = self.langs.iter().find(|(l, _)| *l == lang) else {
            return false;
        };
        let wanted = |c: usize| {
            self.concepts
                .get(c)
                .is_some_and(|id| ids.contains(&id.as_str()))
        };
        let folded = fold_str(name);
        // A Chinese name ends with its noun ("金門大橋", "長賜輪"; not "劍橋大學").
        if folded.chars().any(is_han) {
            return n
                .forms
                .han
                .iter()
                .any(|(f, c)| wanted(*c) && folded.ends_with(f.as_str()));
        }
        folded
            .split(|c: char| !wordish(c))
            .filter(|w| !w.is_empty())
            .any(|w| {
                n.forms.words.get(w).is_some_and(|forms| {
                    forms
                        .iter()
                        .any(|(parts, c)| parts.len() == 1 && wanted(*c))
                }) || w
                    .rsplit('-')
                    .next()
                    .is_some_and(|last| n.single(last).is_some_and(wanted))
                    || n.forms.affix(w, wanted).is_some()
            })
    }

    /// The key of the frame whose cues are verbs of change ([`CountedNounsData::changes`]).
    pub fn changes(&self) -> &str {
        &self.changes
    }

    /// The concept id at `index` (as returned by [`CountedNouns::after`]).
    pub fn concept(&self, index: usize) -> Option<&str> {
        self.concepts.get(index).map(String::as_str)
    }

    /// The key of the frame that names the fact of the concept at `index`, if one does.
    pub fn frame_key(&self, index: usize) -> Option<&str> {
        self.keys.get(index)?.as_deref()
    }

    /// The counted noun right after the figure `figure` of `text` in a sentence of `lang`
    /// ending at `limit`: its concept index and its span. None for a figure followed by no
    /// counted noun, by punctuation or a letter ("3rd", "3.", "3e"), or preceded by an ordinal
    /// marker ("第3").
    pub fn after(
        &self,
        text: &str,
        figure: Span,
        limit: usize,
        lang: Lang,
    ) -> Option<(usize, Span)> {
        self.after_with(text, figure, limit, lang, |_| false)
    }

    /// [`CountedNouns::after`], where no folded word `stop` accepts (a preposition, a
    /// conjunction) is skipped as an adjective.
    pub fn after_with(
        &self,
        text: &str,
        figure: Span,
        limit: usize,
        lang: Lang,
        stop: impl Fn(&str) -> bool,
    ) -> Option<(usize, Span)> {
        let n = &self.langs.iter().find(|(l, _)| *l == lang)?.1;
        let rest = text.get(figure.end..limit.max(figure.end))?;
        if lang == Lang::Zh {
            // (An ordinal, "第3座", is no figure: the scanner reads none after its prefix.)
            let surface = text.get(figure.start..figure.end)?;
            // The scanner may have taken the noun into the figure ("800名員工").
            let folded = fold_str(surface);
            if let Some((form, c)) = n.forms.han_ending(&folded, |_| true) {
                let chars = form.chars().count();
                let start = surface
                    .char_indices()
                    .rev()
                    .nth(chars.checked_sub(1)?)
                    .map(|(i, _)| i)?;
                return Some((*c, Span::new(figure.start + start, figure.end)));
            }
            // A figure that took its classifier in ("約6000名") is followed by its noun phrase.
            let classified = n.classifiers.iter().any(|k| folded.ends_with(k.as_str()));
            let after = self.after_han(n, rest, figure.end, classified);
            // A classifier with no noun after it counts the noun before the figure
            // ("门店总数超过2.6万家").
            let classifier_next = rest.trim_start().chars().next().is_some_and(|c| {
                let mut b = [0u8; 4];
                let f = fold_str(c.encode_utf8(&mut b));
                n.classifiers.contains(&f)
            });
            return match after {
                None if classified || classifier_next => self.before_han(n, text, figure.start),
                found => found,
            };
        }
        let surface = text.get(figure.start..figure.end)?;
        let scaled = surface.chars().last().is_some_and(char::is_alphabetic);
        // The scanner may have taken the noun into the figure ("30 Regionalzüge"): its last
        // word, when it is no scale word.
        if scaled {
            let start = surface
                .char_indices()
                .rev()
                .take_while(|(_, c)| wordish(*c))
                .last()
                .map_or(surface.len(), |(i, _)| i);
            let word = fold_str(surface.get(start..)?);
            if let Some(c) = n.single(&word) {
                return Some((c, Span::new(figure.start + start, figure.end)));
            }
        }
        // A figure joined by a hyphen to an adjective of what it counts ("die 32-stöckigen
        // Türme", "a 40-storey tower", "ein 12-geschossiges Haus") counts that word's noun.
        if let Some(joined) = rest.strip_prefix('-') {
            let end = joined
                .char_indices()
                .find(|&(_, c)| !wordish(c) || c == '-')
                .map_or(joined.len(), |(i, _)| i);
            let word = fold_str(joined.get(..end)?);
            if let Some(c) = n.single(&word).filter(|_| end > 0) {
                let start = figure.end + 1;
                return Some((c, Span::new(start, start + end)));
            }
        }
        self.after_words(n, rest, figure.end, scaled, &stop)
    }

    /// The counted noun before the figure `figure` of `text` (Latin scripts) that the figure
    /// counts as the subject of a verb of being, reaching or change: "i nuovi nati sono stati
    /// 686.000", "die Zahl der Geburten sank auf 680.000", "les naissances ont reculé de 5 %".
    /// The noun stands in the figure's phrase (from `from`, never past punctuation) and every
    /// word between it and the figure is a link ([`CountedNounsData::links`]) or a word `link`
    /// accepts (a verb of change), one at least (a noun right before a figure labels it:
    /// "servizio clienti 159"); at most [`LINKS`] words stand between. Its concept index and
    /// span.
    ///
    /// ```
    /// use concord::claim::nouns::CountedNouns;
    /// use concord::{Lang, Span};
    ///
    /// let nouns = CountedNouns::embedded();
    /// let text = "Im Kreis sind die Geburten auf 1200 gesunken.";
    /// let at = text.find("1200").unwrap();
    /// let gesunken = |w: &str| w == "gesunken";
    /// let hit = nouns.before(text, 0, Span::new(at, at + 4), Lang::De, false, gesunken);
    /// assert_eq!(nouns.concept(hit.unwrap().0), Some("birth"));
    /// let text = "Die Hebammen betreuten 1200.";
    /// let at = text.find("1200").unwrap();
    /// assert!(nouns.before(text, 0, Span::new(at, at + 4), Lang::De, false, |_| false).is_none());
    /// ```
    ///
    /// `percent`: the figure is a percentage, which [`CountedNounsData::percent_links`] link
    /// too.
    pub fn before(
        &self,
        text: &str,
        from: usize,
        figure: Span,
        lang: Lang,
        percent: bool,
        link: impl Fn(&str) -> bool,
    ) -> Option<(usize, Span)> {
        if lang == Lang::Zh {
            return None;
        }
        let n = &self.langs.iter().find(|(l, _)| *l == lang)?.1;
        let phrase = text.get(from.min(figure.start)..figure.start)?;
        // The words of the phrase after its last punctuation, nearest the figure first.
        let cut = phrase
            .char_indices()
            .rev()
            .find(|(_, c)| !wordish(*c) && !c.is_whitespace() && *c != '\'' && *c != '’')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let mut words = words_of(phrase.get(cut..)?, from.min(figure.start) + cut);
        words.reverse();
        for (k, (span, w)) in words.iter().enumerate().take(LINKS + 1) {
            // A link is no noun ("sono stati": been, not states).
            if n.links.contains(w) || (percent && n.percent_links.contains(w)) || link(w) {
                continue;
            }
            // A noun right before a figure labels it ("servizio clienti 159", "Terminal 2"),
            // unless the figure opens with a word of its own ("nascite sotto quota 700mila",
            // "Geburten unter 700.000": a bound the scanner read in).
            let worded = text
                .get(figure.start..figure.end)
                .and_then(|f| f.chars().next())
                .is_some_and(char::is_alphabetic);
            if k == 0 && !worded {
                return None;
            }
            // A form ending at this word: one word, or a sequence whose last word it is.
            let whole = (0..3).find_map(|back| {
                let (first_span, first) = words.get(k + back)?;
                n.forms.words.get(first)?.iter().find_map(|(parts, c)| {
                    let fits = parts.len() == back + 1
                        && parts
                            .iter()
                            .enumerate()
                            .all(|(j, p)| words.get(k + back - j).is_some_and(|x| x.1 == *p));
                    fits.then_some((*c, Span::new(first_span.start, span.end), k + back))
                })
            });
            let whole = whole.or_else(|| n.forms.affix(w, |_| true).map(|c| (c, *span, k)));
            // A noun in the genitive of another noun ("shipments of cars") is that noun's
            // modifier, unless that noun counts it ("the number of births").
            let (c, span, first) = whole?;
            let genitive = words
                .get(first + 1)
                .is_some_and(|x| n.of.contains(&x.1) || n.holders.contains(&x.1));
            let counted = words
                .get(first + 2)
                .is_some_and(|x| n.count_heads.contains(&x.1));
            return (!genitive || counted).then_some((c, span));
        }
        None
    }

    fn after_han(
        &self,
        n: &LangNouns,
        rest: &str,
        base: usize,
        classified: bool,
    ) -> Option<(usize, Span)> {
        let trimmed = rest.trim_start();
        let base = base + (rest.len() - trimmed.len());
        // Each character folded, with its byte end in `trimmed`; `han` says whether it is a
        // Han character.
        let mut folded = String::new();
        let mut ends: Vec<(usize, usize, bool)> = Vec::new();
        for (i, c) in trimmed.char_indices().take(HAN_WINDOW) {
            let mut s = [0u8; 4];
            folded.push_str(&fold_str(c.encode_utf8(&mut s)));
            ends.push((folded.len(), i + c.len_utf8(), is_han(c)));
        }
        // The noun whose form starts at folded byte `from`, with its form's length in
        // characters.
        let noun_at = |from: usize| -> Option<(usize, Span, usize)> {
            let tail = folded.get(from..)?;
            let (form, c) = n.forms.han_starting(tail, |_| true)?;
            let fend = from + form.len();
            let start = if from == 0 {
                0
            } else {
                ends.iter().find(|(f, _, _)| *f == from)?.1
            };
            let end = ends.iter().find(|(f, _, _)| *f == fend)?.1;
            Some((
                *c,
                Span::new(base + start, base + end),
                form.chars().count(),
            ))
        };
        let classifier = n
            .classifiers
            .iter()
            .find(|k| folded.starts_with(k.as_str()))
            .map(String::len);
        let from = match classifier {
            Some(k) => k,
            None if classified => 0,
            None => return noun_at(0).map(|(c, s, _)| (c, s)),
        };
        if let Some((c, s, _)) = noun_at(from) {
            return Some((c, s));
        }
        // After a classifier a noun phrase follows: its noun may come after a few characters
        // of modifiers ("8件法國王室珠寶", "1000棵法國橡樹"), never past a character that is no
        // Han one (a digit, punctuation). A noun of one character is too often part of
        // another word to be read there.
        let first = if from == 0 {
            0
        } else {
            ends.iter().position(|(f, _, _)| *f == from)? + 1
        };
        for skipped in 1..=HAN_SKIP {
            let Some((at, _, han)) = ends.get(first + skipped - 1) else {
                break;
            };
            if !han {
                break;
            }
            if let Some((c, s, chars)) = noun_at(*at) {
                return (chars > 1).then_some((c, s));
            }
        }
        None
    }

    /// The noun right before the figure starting at byte `start` of `text`, past words of
    /// [`CountedNounsData::count_words`] ("总数", "超过"): a form of two characters or more.
    fn before_han(&self, n: &LangNouns, text: &str, start: usize) -> Option<(usize, Span)> {
        let before = text.get(..start)?;
        let mut chars: Vec<(usize, char)> = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_han(*c))
            .take(HAN_BEFORE)
            .collect();
        chars.reverse();
        // Folded, with the folded start of each character.
        let mut folded = String::new();
        let mut starts: Vec<usize> = Vec::new();
        for (_, c) in &chars {
            starts.push(folded.len());
            let mut b = [0u8; 4];
            folded.push_str(&fold_str(c.encode_utf8(&mut b)));
        }
        let mut end = folded.len();
        for _ in 0..3 {
            let Some(w) = n
                .count_words
                .iter()
                .find(|w| folded.get(..end).is_some_and(|f| f.ends_with(w.as_str())))
            else {
                break;
            };
            end -= w.len();
        }
        let noun_ending = |end: usize| {
            let head = folded.get(..end)?;
            n.forms.han_ending(head, |f| f.chars().count() > 1)
        };
        let (form, c) = noun_ending(end)?;
        let mut first = (end - form.len(), *c);
        // "工匠與工人": the first of two joined nouns names the count.
        let joined = n.and.iter().find_map(|w| {
            let at = first.0.checked_sub(w.len())?;
            folded.get(at..first.0).filter(|x| *x == w.as_str())?;
            noun_ending(at).map(|(f, c)| (at - f.len(), *c))
        });
        if let Some(j) = joined {
            first = j;
        }
        let (at, c) = first;
        let from = starts.iter().position(|&s| s == at)?;
        let to = starts.iter().position(|&s| s == end);
        let span_start = chars.get(from)?.0;
        let span_end = to.and_then(|i| chars.get(i)).map_or(start, |(i, _)| *i);
        Some((c, Span::new(span_start, span_end)))
    }

    fn after_words(
        &self,
        n: &LangNouns,
        rest: &str,
        base: usize,
        scaled: bool,
        stop: &dyn Fn(&str) -> bool,
    ) -> Option<(usize, Span)> {
        // The figure must be followed by a space: "3rd", "3.", "3e" are no counts of a noun.
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
        let mut cut = rest.len().min(WINDOW);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = rest.get(..cut)?;
        // The words of the window up to the first punctuation, with their spans.
        let mut words: Vec<(usize, usize, String)> = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in window.char_indices().chain(std::iter::once((cut, ' '))) {
            if wordish(c) && i < cut {
                start.get_or_insert(i);
                continue;
            }
            if let Some(s) = start.take() {
                let w = window.get(s..i)?;
                words.push((s, i, fold_str(w)));
            }
            if i >= cut {
                break;
            }
            // An elided "d'" joins its noun: "d'utilisateurs"; so does an elided article fused
            // with a preposition ("membri dell'equipaggio", "dell'azienda").
            let elision = (c == '\'' || c == '’')
                && words.last().is_some_and(|(s, e, w)| {
                    *e == i && (e - s == 1 || (e - s <= 5 && w.chars().all(|c| c.is_lowercase())))
                });
            if elision {
                continue;
            }
            if !c.is_whitespace() {
                break;
            }
        }
        let max_skips = 2;
        let mut skips = 0;
        let mut i = 0;
        if scaled && words.first().is_some_and(|(_, _, w)| n.of.contains(w)) {
            i = 1;
        }
        while let Some((s, _, w)) = words.get(i) {
            if let Some(forms) = n.forms.words.get(w) {
                for (parts, c) in forms {
                    let ok = parts.len() <= words.len() - i
                        && parts
                            .iter()
                            .zip(words.iter().skip(i))
                            .all(|(p, (_, _, w))| p == w);
                    if ok {
                        let (_, e, _) = words.get(i + parts.len() - 1)?;
                        return Some((*c, Span::new(base + s, base + e)));
                    }
                }
            }
            if let Some(c) = n.forms.affix(w, |_| true) {
                let (_, e, _) = words.get(i)?;
                return Some((c, Span::new(base + s, base + e)));
            }
            // An adjective: a lower-case word of letters that is no function word.
            let original = rest.get(*s..)?;
            let lower = original.chars().next().is_some_and(char::is_lowercase);
            if skips >= max_skips
                || !lower
                || !w.chars().all(char::is_alphabetic)
                || n.not_adjectives.contains(w)
                || n.of.contains(w)
                || stop(w)
            {
                return None;
            }
            skips += 1;
            i += 1;
        }
        None
    }
}

/// Hands each language's list of `lists` (by language code), folded ([`fold_all`]), to `set`
/// with that language's entry of `langs`.
fn per_lang(
    langs: &mut Vec<(Lang, LangNouns)>,
    name: &str,
    lists: &IndexMap<String, Vec<String>>,
    set: impl Fn(&mut LangNouns, Vec<String>),
) -> Result<(), Error> {
    for (code, words) in lists {
        if let Some(n) = lang_entry(langs, parse_lang(code, name)?) {
            set(n, fold_all(words));
        }
    }
    Ok(())
}
