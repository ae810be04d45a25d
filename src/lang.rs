//! Languages: the [`Lang`] tag, BCP-47 parsing and detection per document and per sentence.
//!
//! Detection is deliberately simple and explainable: Han characters against Latin letters decide
//! Chinese; among the Latin-script languages, the most frequent stopwords (from each language's
//! profile in `data/lang/<code>.json`) win. Sentences inherit the document's language unless
//! they carry clear evidence of another one (an English sentence inside an Italian article).
//!
//! ## Adding a language
//! Add a variant here, a profile `data/lang/<code>.json` (stopwords, abbreviations), and the
//! per-stage data files (`data/quantity/<code>.json`, cues in `data/frames/`); the stages are
//! language-neutral and pick the data up from [`Lang::ALL`].

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::text::fold::{fold_char_fast, fold_str};
use crate::text::hash::FastHash;

/// A language concord reads.
///
/// ```
/// use concord::Lang;
/// assert_eq!("zh-Hant".parse::<Lang>().unwrap(), Lang::Zh);
/// assert_eq!("de-CH".parse::<Lang>().unwrap(), Lang::De);
/// assert_eq!(Lang::It.code(), "it");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Italian.
    It,
    /// German.
    De,
    /// French.
    Fr,
    /// Chinese, traditional and simplified.
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Every language, in a fixed order.
    pub const ALL: [Lang; 5] = [Lang::It, Lang::De, Lang::Fr, Lang::Zh, Lang::En];

    /// The BCP-47 primary language subtag.
    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Detects the language of a text; `None` where there is no evidence at all.
    ///
    /// ```
    /// use concord::Lang;
    /// assert_eq!(Lang::detect("Meta ha investito nella società e nel futuro"), Some(Lang::It));
    /// assert_eq!(Lang::detect("扎克伯格選擇站出來，回應一切。"), Some(Lang::Zh));
    /// assert_eq!(Lang::detect("12 345"), None);
    /// ```
    pub fn detect(text: &str) -> Option<Lang> {
        Evidence::of(text).best()
    }

    /// The language of one sentence inside a document in `doc_lang`: the sentence's own language
    /// where the evidence for it is clear, the document's otherwise.
    ///
    /// ```
    /// use concord::Lang;
    /// let s = "Despite the glitch, his remarks provide a clear window into the strategy.";
    /// assert_eq!(Lang::detect_sentence(s, Lang::It), Lang::En);
    /// assert_eq!(Lang::detect_sentence("Meta AI Labs", Lang::It), Lang::It);
    /// ```
    pub fn detect_sentence(sentence: &str, doc_lang: Lang) -> Lang {
        let ev = Evidence::of(sentence);
        match ev.best() {
            Some(Lang::Zh) if doc_lang != Lang::Zh => {
                // A Chinese sentence needs a real run of Han characters.
                if ev.han >= 4 {
                    Lang::Zh
                } else {
                    doc_lang
                }
            }
            Some(l) if l != doc_lang && doc_lang != Lang::Zh => {
                let own = ev.hit(l);
                let docs = ev.hit(doc_lang);
                if own >= 2 && own >= docs + 2 {
                    l
                } else {
                    doc_lang
                }
            }
            _ => doc_lang,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = Error;

    /// Parses a BCP-47 tag or a plain code, case-insensitively (`it`, `it-IT`, `zh-Hant-TW`,
    /// `zh_CN`, `ger`/`deu` are not accepted: only two-letter primary subtags).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let primary = s
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "it" => Ok(Lang::It),
            "de" => Ok(Lang::De),
            "fr" => Ok(Lang::Fr),
            "zh" => Ok(Lang::Zh),
            "en" => Ok(Lang::En),
            _ => Err(Error::UnknownLang(s.chars().take(32).collect())),
        }
    }
}

/// A language profile: the data a language brings to detection and segmentation.
#[derive(Clone, Debug, Deserialize)]
pub struct LangProfile {
    /// The language.
    pub lang: Lang,
    /// Frequent function words, folded.
    pub stopwords: Vec<String>,
    /// Abbreviations (folded, without the final dot) after which a dot does not end a sentence.
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Whether a dot after a number of one or two digits makes an ordinal ("am 15. Juli"), so
    /// that it does not end a sentence.
    #[serde(default)]
    pub ordinal_dot: bool,
    /// Endings of inflected adjectives, in a language that capitalizes its nouns ("neue",
    /// "hohen"): a capitalized word so ending opens no person's name.
    #[serde(default)]
    pub adjective_endings: Vec<String>,
    /// Endings of the stems of adjectives that name what a body is or where it is from, in a
    /// language that declines them before a noun ("europäisch", "international", "staatlich"),
    /// folded: such a capitalized word in a name takes each of `adjective_endings`
    /// ("Europäischer Gerichtshof", "des Europäischen Gerichtshofs").
    #[serde(default)]
    pub adjective_stems: Vec<String>,
    /// Definite articles, folded ("der", "die", "das"), in a language that capitalizes its
    /// nouns: a capitalized noun right after one is a common noun's use, no name's ("die
    /// Bahn" is no "Deutsche Bahn").
    #[serde(default)]
    pub definite_articles: Vec<String>,
    /// Indefinite articles, folded ("ein", "une", "a"): a noun after one names no particular
    /// body, so no short form of a name the text gave before ("eine Kommission").
    #[serde(default)]
    pub indefinite_articles: Vec<String>,
    /// Determiners of the genitive, in a language that capitalizes its nouns ("des", "eines"):
    /// a capitalized noun after one, with the genitive's "-s", before a name describes it
    /// ("des Herstellers Acme") and is no part of it.
    #[serde(default)]
    pub genitive_determiners: Vec<String>,
    /// Possessive determiners, in a language that capitalizes its nouns ("ihrer", "seinem"),
    /// folded: the capitalized word after one is a common noun ("ihrer Crew Prämien" names no
    /// "Crew Prämien"), no name's first word.
    #[serde(default)]
    pub possessive_determiners: Vec<String>,
    /// Prepositions fused with a definite article, folded ("im", "zum", "vom"): a determiner
    /// like the article they hold, so a capitalized word right after one is a noun's use.
    #[serde(default)]
    pub fused_articles: Vec<String>,
    /// Endings of a noun in the genitive, in a language that capitalizes its nouns ("-es",
    /// "-s": "des Herstellers", "des Europäischen Zentrums"), longest first.
    #[serde(default)]
    pub genitive_endings: Vec<String>,
    /// Endings of a noun's plural, in a language that capitalizes its nouns ("-en", "-n",
    /// "-e": "Bürgschaften", "Lösungen"), so that a plural common noun shows after a name
    /// ("ICO Bürgschaften": the name is "ICO").
    #[serde(default)]
    pub plural_endings: Vec<String>,
    /// The letters beyond ASCII the language writes its own words with ("äöüß"): a word with
    /// another one ("Charité", "Musée") is none of the language's common nouns. Empty: not
    /// told.
    #[serde(default)]
    pub letters: String,
    /// Whether an apostrophe and "s" after a name make its possessive ("Meta's": English);
    /// elsewhere a capitalized word so ending is a name's own shape ("Sotheby's", "McDonald's").
    #[serde(default)]
    pub apostrophe_possessive: bool,
}

impl LangProfile {
    /// Whether `word` (as written) has a letter beyond ASCII that the language does not write
    /// its own words with (`letters`), where the profile tells them: a foreign word.
    ///
    /// ```
    /// use concord::lang::LangProfile;
    /// use concord::Lang;
    /// let de = LangProfile::embedded(Lang::De);
    /// assert!(de.foreign_letters("Charité"));
    /// assert!(!de.foreign_letters("Müller"));
    /// assert!(!de.foreign_letters("Louvre"));
    /// ```
    pub fn foreign_letters(&self, word: &str) -> bool {
        !self.letters.is_empty()
            && word.chars().any(|c| {
                c.is_alphabetic()
                    && !c.is_ascii()
                    && !self.letters.contains(c)
                    && !c.to_lowercase().all(|l| self.letters.contains(l))
            })
    }

    /// Parses a profile from its JSON form (`data/lang/<code>.json`); words are folded.
    pub fn from_json(name: &str, json: &str) -> Result<Self, Error> {
        let mut p: LangProfile = serde_json::from_str(json).map_err(|e| Error::Data {
            name: name.to_string(),
            message: e.to_string(),
        })?;
        for w in p
            .stopwords
            .iter_mut()
            .chain(p.abbreviations.iter_mut())
            .chain(p.genitive_determiners.iter_mut())
            .chain(p.adjective_stems.iter_mut())
            .chain(p.indefinite_articles.iter_mut())
            .chain(p.fused_articles.iter_mut())
        {
            *w = fold_str(w);
        }
        Ok(p)
    }

    /// The embedded profile of `lang`.
    pub fn embedded(lang: Lang) -> &'static LangProfile {
        static PROFILES: OnceLock<Vec<LangProfile>> = OnceLock::new();
        let all = PROFILES.get_or_init(|| {
            Lang::ALL
                .iter()
                .map(|&l| {
                    let (name, json) = embedded_profile(l);
                    LangProfile::from_json(name, json).unwrap_or(LangProfile {
                        lang: l,
                        stopwords: Vec::new(),
                        abbreviations: Vec::new(),
                        ordinal_dot: false,
                        adjective_endings: Vec::new(),
                        adjective_stems: Vec::new(),
                        definite_articles: Vec::new(),
                        indefinite_articles: Vec::new(),
                        genitive_determiners: Vec::new(),
                        possessive_determiners: Vec::new(),
                        fused_articles: Vec::new(),
                        genitive_endings: Vec::new(),
                        plural_endings: Vec::new(),
                        letters: String::new(),
                        apostrophe_possessive: false,
                    })
                })
                .collect()
        });
        static EMPTY: LangProfile = LangProfile {
            lang: Lang::En,
            stopwords: Vec::new(),
            abbreviations: Vec::new(),
            ordinal_dot: false,
            adjective_endings: Vec::new(),
            adjective_stems: Vec::new(),
            definite_articles: Vec::new(),
            indefinite_articles: Vec::new(),
            genitive_determiners: Vec::new(),
            possessive_determiners: Vec::new(),
            fused_articles: Vec::new(),
            genitive_endings: Vec::new(),
            plural_endings: Vec::new(),
            letters: String::new(),
            apostrophe_possessive: false,
        };
        all.iter().find(|p| p.lang == lang).unwrap_or(&EMPTY)
    }
}

fn embedded_profile(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::It => ("data/lang/it.json", include_str!("../data/lang/it.json")),
        Lang::De => ("data/lang/de.json", include_str!("../data/lang/de.json")),
        Lang::Fr => ("data/lang/fr.json", include_str!("../data/lang/fr.json")),
        Lang::Zh => ("data/lang/zh.json", include_str!("../data/lang/zh.json")),
        Lang::En => ("data/lang/en.json", include_str!("../data/lang/en.json")),
    }
}

/// Room for the word being read: no stopword is longer (a test holds it), so a word that does
/// not fit is no stopword.
const WORD_ROOM: usize = 48;

/// The folded word being read by [`Evidence::of`], kept only up to the longest stopword.
struct WordBuf {
    /// The word's bytes, `len` of them kept.
    bytes: [u8; WORD_ROOM],
    len: usize,
    /// Longer than any stopword (its letters are no longer kept).
    long: bool,
    /// Holds a Han character (no stopword does).
    han: bool,
}

impl WordBuf {
    fn new() -> WordBuf {
        WordBuf {
            bytes: [0; WORD_ROOM],
            len: 0,
            long: false,
            han: false,
        }
    }

    /// Appends the lower-case ASCII byte `b`, or marks the word long where it would pass
    /// `max_len` bytes.
    #[inline]
    fn push_ascii(&mut self, b: u8, max_len: usize) {
        match self.bytes.get_mut(self.len) {
            Some(slot) if self.len < max_len => {
                *slot = b;
                self.len += 1;
            }
            _ => self.long = true,
        }
    }

    /// Appends the folded character `c`, or marks the word long where it would pass `max_len`
    /// bytes.
    #[inline]
    fn push(&mut self, c: char, max_len: usize) {
        let end = self.len + c.len_utf8();
        match self.bytes.get_mut(self.len..end) {
            Some(room) if end <= max_len => {
                c.encode_utf8(room);
                self.len = end;
            }
            _ => self.long = true,
        }
    }

    /// Ends the word: counts it if it is a stopword, and starts the next one.
    #[inline]
    fn end(&mut self, ev: &mut Evidence, index: &StopwordIndex) {
        if self.len == 0 && !self.long && !self.han {
            return;
        }
        if !self.han && !self.long {
            if let Some(word) = self
                .bytes
                .get(..self.len)
                .and_then(|b| std::str::from_utf8(b).ok())
            {
                ev.count_stopword(word, index);
            }
        }
        self.len = 0;
        self.long = false;
        self.han = false;
    }
}

struct Evidence {
    han: usize,
    latin: usize,
    hits: [usize; 5],
}

impl Evidence {
    fn of(text: &str) -> Evidence {
        let mut ev = Evidence {
            han: 0,
            latin: 0,
            hits: [0; 5],
        };
        let index = stopword_index();
        // One pass over the original text: letters and ideographs are counted as written;
        // stopwords are looked up among the folded words (runs of alphanumeric characters of
        // the folded text), folded character by character into one reused buffer (folding is
        // per character, so this reads the words of `fold_str(text)`).
        let mut word = WordBuf::new();
        let max_len = index.max_len.min(WORD_ROOM);
        let mut scratch = String::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                ev.latin += usize::from(b.is_ascii_alphabetic());
                if b.is_ascii_alphanumeric() {
                    word.push_ascii(b.to_ascii_lowercase(), max_len);
                } else {
                    word.end(&mut ev, index);
                }
                i += 1;
                continue;
            }
            let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            if is_han(c) {
                ev.han += 1;
            } else if c.is_alphabetic() {
                ev.latin += 1;
            }
            scratch.clear();
            fold_char_fast(c, &mut scratch);
            for f in scratch.chars() {
                if f.is_alphanumeric() {
                    word.han |= is_han(f);
                    word.push(f, max_len);
                } else {
                    word.end(&mut ev, index);
                }
            }
        }
        word.end(&mut ev, index);
        ev
    }

    /// Counts `word` for the languages that list it (the caller, [`WordBuf::end`], looks up no
    /// word with ideographs).
    fn count_stopword(&mut self, word: &str, index: &StopwordIndex) {
        // No stopword is longer than `max_len`: most words are rejected without hashing.
        if word.is_empty() || word.len() > index.max_len {
            return;
        }
        if let Some(langs) = index.words.get(word) {
            for &l in langs {
                if let Some(h) = self.hits.get_mut(l as usize) {
                    *h += 1;
                }
            }
        }
    }

    fn hit(&self, l: Lang) -> usize {
        self.hits.get(l as usize).copied().unwrap_or(0)
    }

    fn best(&self) -> Option<Lang> {
        if self.han > 0 && self.han * 2 >= self.latin / 2 {
            return Some(Lang::Zh);
        }
        let mut best: Option<(Lang, usize)> = None;
        for l in Lang::ALL {
            let h = self.hit(l);
            if h > 0 && best.is_none_or(|(_, bh)| h > bh) {
                best = Some((l, h));
            }
        }
        best.map(|(l, _)| l)
    }
}

/// Which Latin-script languages list each stopword, and the longest stopword's length.
struct StopwordIndex {
    words: HashMap<String, Vec<Lang>, FastHash>,
    max_len: usize,
}

fn stopword_index() -> &'static StopwordIndex {
    static INDEX: OnceLock<StopwordIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut words: HashMap<String, Vec<Lang>, FastHash> = HashMap::default();
        for l in Lang::ALL {
            if l == Lang::Zh {
                continue;
            }
            for w in &LangProfile::embedded(l).stopwords {
                let e = words.entry(w.clone()).or_default();
                if !e.contains(&l) {
                    e.push(l);
                }
            }
        }
        let max_len = words.keys().map(String::len).max().unwrap_or(0);
        StopwordIndex { words, max_len }
    })
}

/// Whether `c` is a Han (CJK unified or compatibility) ideograph.
pub fn is_han(c: char) -> bool {
    let c = c as u32;
    // (Latin text lies below every range: one comparison tells it; the common ideographs are
    // tried first.)
    c >= 0x3400
        && matches!(c, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The simple evidence: characters, then the folded text split into words.
    fn reference(text: &str) -> (usize, usize, [usize; 5]) {
        let (mut han, mut latin, mut hits) = (0, 0, [0usize; 5]);
        for c in text.chars() {
            if is_han(c) {
                han += 1;
            } else if c.is_alphabetic() {
                latin += 1;
            }
        }
        for word in fold_str(text).split(|c: char| !c.is_alphanumeric()) {
            if word.is_empty() || word.chars().any(is_han) {
                continue;
            }
            for &l in stopword_index().words.get(word).into_iter().flatten() {
                hits[l as usize] += 1;
            }
        }
        (han, latin, hits)
    }

    #[test]
    fn every_stopword_fits_the_word_buffer() {
        assert!(stopword_index().max_len <= WORD_ROOM);
    }

    proptest! {
        #[test]
        fn evidence_equals_the_simple_reading(
            s in "(\\PC|[a-zA-Z ,.]|the |der |la |il |les |und |di |一|億|，|é|\u{301}|½|№|ＡＢ)*"
        ) {
            let ev = Evidence::of(&s);
            prop_assert_eq!((ev.han, ev.latin, ev.hits), reference(&s));
        }
    }

    #[test]
    fn detects_each_language() {
        assert_eq!(
            Lang::detect("Der Konzern hat die Anteile an der Firma gekauft, und das ist neu"),
            Some(Lang::De)
        );
        assert_eq!(
            Lang::detect("Le groupe a annoncé une hausse de ses ventes pour la première fois"),
            Some(Lang::Fr)
        );
        assert_eq!(
            Lang::detect("The company said that it was buying the rest of the firm"),
            Some(Lang::En)
        );
        assert_eq!(Lang::detect("微软宣布收购该公司"), Some(Lang::Zh));
    }

    #[test]
    fn sentence_needs_clear_evidence_to_switch() {
        assert_eq!(Lang::detect_sentence("GPU e autonomia", Lang::It), Lang::It);
        assert_eq!(
            Lang::detect_sentence("The board said it will sell the unit to a rival.", Lang::De),
            Lang::En
        );
    }

    #[test]
    fn parse_rejects_unknown() {
        assert!("xx".parse::<Lang>().is_err());
        assert!("".parse::<Lang>().is_err());
    }
}
