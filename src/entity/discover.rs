//! The rules that run after the exact pass, on the words it left: person names with a
//! translated middle word, acronyms defined in parentheses, fuzzy links of damaged names,
//! truncated names, surnames and given names of people the text already named, and discovery
//! of names the gazetteer lacks; plus [`cluster`](super::cluster) across documents.

use indexmap::{IndexMap, IndexSet};

use super::fuzzy::{self, Hit};
use super::gazetteer::{name_tokens, skeleton, Doc, Index};
use super::words::Word;
use super::{Cand, Entity, EntityKind, Target};
use crate::lang::{Lang, LangProfile};
use crate::text::fold::fold_str;
use crate::text::hash::FastMap;
use crate::text::Span;

/// Scores and ranks of the rules (rank decides overlaps: higher wins, then the longer span).
const GAP: (f64, u8) = (0.8, 4);
const ACRONYM_DEF: (f64, u8) = (0.85, 4);
const SHORT_FORM: (f64, u8) = (0.7, 2);
const SURNAME: (f64, u8) = (0.85, 2);
const GIVEN_NAME: (f64, u8) = (0.6, 2);
const DISCOVERED: (f64, u8) = (0.5, 1);
/// A place named by a compass word before a known place ("East London"): as sure a place as
/// the known one.
pub(super) const COMPASS: f64 = 0.8;

/// The fuzzy thresholds: multi-word names, one word in a text that names the entity exactly
/// elsewhere, one word otherwise.
const MULTI_THRESHOLD: f64 = 0.85;
const SINGLE_SEEN_THRESHOLD: f64 = 0.85;
const SINGLE_UNSEEN_THRESHOLD: f64 = 0.93;

/// Whether `word` (folded) is a function word of any language concord reads.
pub(super) fn is_stopword(word: &str) -> bool {
    static ALL: std::sync::OnceLock<crate::text::hash::FastSet<String>> =
        std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        Lang::ALL
            .iter()
            .flat_map(|&l| LangProfile::embedded(l).stopwords.iter().cloned())
            .collect()
    })
    .contains(word)
}

struct Ctx<'a, 'd> {
    entities: &'a [Entity],
    idx: &'a Index,
    doc: &'a Doc<'d>,
    /// Words the text capitalizes where the sentence does not ask for it.
    mid: IndexSet<&'a str>,
    /// [`Ctx::weak`] of each word, once known.
    weak_memo: Vec<std::cell::Cell<Option<bool>>>,
    /// [`fuzzy::single`] and [`fuzzy::multi`] of each word or window read so far: a name is
    /// usually written several times in one text, and comparing it with the keys again gives
    /// the same answer.
    single_memo: std::cell::RefCell<FastMap<String, Option<Hit>>>,
    multi_memo: std::cell::RefCell<FastMap<MultiKey, Option<Hit>>>,
}

/// A window's folded tokens and skeleton ([`fuzzy::multi`]).
type MultiKey = (Vec<String>, String);

impl Ctx<'_, '_> {
    fn words(&self) -> &[Word<'_>] {
        self.doc.words
    }

    fn word(&self, i: usize) -> Option<&Word<'_>> {
        self.doc.words.get(i)
    }

    fn kind(&self, e: usize) -> EntityKind {
        self.entities.get(e).map_or(EntityKind::Other, |e| e.kind)
    }

    /// [`fuzzy::single`] at [`SINGLE_SEEN_THRESHOLD`], once per word.
    fn fuzzy_single(&self, word: &str) -> Option<Hit> {
        if let Some(&hit) = self.single_memo.borrow().get(word) {
            return hit;
        }
        let hit = fuzzy::single(self.idx, word, SINGLE_SEEN_THRESHOLD);
        self.single_memo.borrow_mut().insert(word.to_string(), hit);
        hit
    }

    /// [`fuzzy::multi`] at [`MULTI_THRESHOLD`], once per window of tokens and skeleton.
    fn fuzzy_multi(&self, tokens: &[String], skeleton: &str) -> Option<Hit> {
        let key = (tokens.to_vec(), skeleton.to_string());
        if let Some(&hit) = self.multi_memo.borrow().get(&key) {
            return hit;
        }
        let kinds = |e: usize| self.kind(e);
        let hit = fuzzy::multi(self.idx, &kinds, tokens, skeleton, MULTI_THRESHOLD);
        self.multi_memo.borrow_mut().insert(key, hit);
        hit
    }

    /// The word before word `k` within one phrase: only spaces, an apostrophe, a hyphen or an
    /// opening bracket between them ("service Copernicus (C3S)", "de l'informatique").
    fn phrase_word_before(&self, k: usize) -> Option<&Word<'_>> {
        let w = self.word(k.checked_sub(1)?)?;
        let next = self.word(k)?;
        let gap = self.doc.text.get(w.end..next.start)?;
        gap.chars()
            .all(|c| matches!(c, ' ' | '\'' | '\u{2019}' | '-' | '('))
            .then_some(w)
    }

    /// Whether `w` is capitalized and an apostrophe and "s" end it, in a language where they
    /// make no possessive: a name's own shape ("chez Sotheby's", "bei McDonald's").
    fn apostrophe_name(&self, w: &Word) -> bool {
        if !w.cap || LangProfile::embedded(self.doc.lang).apostrophe_possessive {
            return false;
        }
        let mut after = self.doc.text.get(w.end..).unwrap_or("").chars();
        matches!(after.next(), Some('\'' | '’'))
            && after.next() == Some('s')
            && !after.next().is_some_and(super::words::is_word_char)
    }

    /// Whether word `k` is a number of one to four digits joined by a hyphen to a name's
    /// word before it ("Tianwen-1", "Shenzhou-18", "Chang'e-6"): a model's or a craft's
    /// number, part of the name (another number, another name).
    fn number_suffix(&self, k: usize, w: &Word) -> bool {
        w.hyphen
            && w.folded.len() <= 4
            && w.folded.bytes().all(|b| b.is_ascii_digit())
            && k.checked_sub(1)
                .and_then(|i| self.word(i))
                .is_some_and(|p| (p.cap && !p.digit) || self.apostrophe_part(k - 1, p))
            // (Not a range or a score: "2-1", "Inter-Milan 2-1".)
            && !self
                .doc
                .text
                .get(w.end..)
                .and_then(|t| t.chars().next())
                .is_some_and(|c| c == '-' || c.is_alphanumeric())
    }

    /// Whether word `k` is a lower-case part of one or two letters right after an apostrophe
    /// that follows a capitalized word ("Chang'e"), no function word of any language (nor,
    /// where an apostrophe makes possessives, in English), or one before a number joined by a
    /// hyphen ("Chang'e-6"): part of the name.
    fn apostrophe_part(&self, k: usize, w: &Word) -> bool {
        let Some(p) = k.checked_sub(1).and_then(|i| self.word(i)) else {
            return false;
        };
        let gap = self.doc.text.get(p.end..w.start).unwrap_or("");
        let numbered = self
            .word(k + 1)
            .is_some_and(|n| n.hyphen && n.folded.bytes().all(|b| b.is_ascii_digit()));
        p.cap
            && !p.digit
            && matches!(gap, "'" | "\u{2019}")
            && w.lower
            && !w.digit
            && (1..=2).contains(&w.folded.chars().count())
            // (Without a number, never a contraction's or a possessive's: "Meta's", "Don't".)
            && (numbered
                || (!is_stopword(w.folded)
                    && w.folded != "s"
                    && !LangProfile::embedded(self.doc.lang).apostrophe_possessive))
    }

    fn zh(&self) -> bool {
        self.doc.lang == Lang::Zh
    }

    /// A word that can be part of a name: capitalized, or a code like "H100"; never a date
    /// or time word ("Mitte", "Juli").
    fn name_word(&self, w: &Word) -> bool {
        w.cap && !self.doc.cues.is_name_end(self.doc.lang, w.folded)
    }

    /// A word that does not start a name: a function word, a common capitalized word, a title.
    fn weak(&self, w: &Word) -> bool {
        let i = self.doc.words.partition_point(|x| x.start < w.start);
        let memo = self.weak_memo.get(i).filter(|_| {
            self.doc
                .words
                .get(i)
                .is_some_and(|x| x.end == w.end && x.start == w.start)
        });
        if let Some(weak) = memo.and_then(std::cell::Cell::get) {
            return weak;
        }
        let weak = self.weak_uncached(w);
        if let Some(m) = memo {
            m.set(Some(weak));
        }
        weak
    }

    /// [`Ctx::weak`] for word `k`.
    fn weak_at(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| self.weak(w))
    }

    /// Whether word `k` opens a compound name joined by a hyphen before `end`, its next part
    /// capitalized ("Notre-Dame", "Saint-Denis"): a function word there is the name's.
    fn hyphen_compound(&self, k: usize, end: usize) -> bool {
        k + 1 < end
            && self.word(k).is_some_and(|w| w.cap && !w.upper)
            && self
                .word(k + 1)
                .is_some_and(|n| n.hyphen && n.cap && !n.lower && !n.upper)
    }

    /// Whether word `k` is the lower-case second syllable of a romanized given name: joined by
    /// a hyphen to a short capitalized syllable ("Wei-ting"), two to five ASCII letters ending
    /// in a vowel, "n" or "ng", or one vowel ("Yen-i"), and no function word.
    fn syllable_after(&self, k: usize, w: &Word) -> bool {
        let prev = k.checked_sub(1).and_then(|i| self.word(i));
        let short = |w: &Word| (2..=5).contains(&w.folded.len());
        // (A syllable of one vowel too: "Yen-i".)
        let vowel = matches!(w.folded, "a" | "e" | "i" | "o" | "u");
        w.hyphen
            && w.lower
            && (short(w) || vowel)
            && w.folded.bytes().all(|b| b.is_ascii_lowercase())
            && (w.folded.ends_with(['a', 'e', 'i', 'o', 'u', 'n']) || w.folded.ends_with("ng"))
            && !is_stopword(w.folded)
            && prev.is_some_and(|p| p.cap && !p.upper && short(p))
    }

    /// A nobiliary particle right after a given name ("Erika von Muster", "Anna van Dijk"):
    /// a connector of any language (cues), where the text's own language may use it as a
    /// plain preposition: so only after a given name.
    fn particle(&self, k: usize, c: &Word) -> bool {
        Lang::ALL
            .iter()
            .any(|&l| self.doc.cues.is_connector(l, c.folded))
            && k.checked_sub(1)
                .and_then(|i| self.word(i))
                .is_some_and(|p| p.cap && !p.upper && self.given(p.folded))
    }

    /// A common given name, or the first word of a known person's name.
    fn given(&self, w: &str) -> bool {
        self.idx.given_names.contains(w) || super::kinds::KindCues::embedded().is_given(w)
    }

    /// Whether word `k` is a ministry's portfolio written before a minister's name ("il
    /// ministro delle Infrastrutture Mario Rossi", "Économie et Finances Anne Martin"): a
    /// portfolio word (cues), then maybe more joined by lower-case words, then a given name and
    /// another capitalized word. It is no part of the name.
    fn portfolio_lead(&self, k: usize) -> bool {
        let (cues, lang) = (self.doc.cues, self.doc.lang);
        let portfolio = |w: &Word| w.cap && cues.is_portfolio(lang, w.folded);
        if !self.word(k).is_some_and(portfolio) {
            return false;
        }
        // After a minister's title and its prepositions ("ministra del Lavoro"), with two
        // capitalized words after the portfolio's.
        let titled = (1..=3).any(|back| {
            k.checked_sub(back)
                .and_then(|i| self.word(i))
                .is_some_and(|w| w.lower && cues.is_minister(lang, w.folded))
                && (k + 1 - back..k).all(|i| {
                    self.word(i)
                        .is_some_and(|w| w.lower && w.joined && w.folded.chars().count() <= 5)
                })
        });
        for m in k + 1..k + 5 {
            let Some(w) = self.word(m) else { return false };
            if !w.joined {
                return false;
            }
            if portfolio(w) || (w.lower && w.folded.chars().count() <= 5) {
                continue;
            }
            return w.cap
                && !w.lower
                && (titled || self.given(w.folded))
                && self
                    .word(m + 1)
                    .is_some_and(|n| n.joined && n.cap && !n.lower);
        }
        false
    }

    /// A role of the text's language or of English ("Chef", "CEO").
    fn role(&self, w: &Word) -> bool {
        self.doc.cues.is_role(self.doc.lang, w.folded) || self.doc.cues.is_role(Lang::En, w.folded)
    }

    fn weak_uncached(&self, w: &Word) -> bool {
        w.folded.chars().count() < 2
            || is_stopword(w.folded)
            || self.doc.cues.is_common(w.folded)
            // (A title's abbreviation in capitals is an acronym: "SIG", not "Sig.".)
            || (self.doc.cues.is_title(w.folded) && !w.upper)
            || self.doc.cues.is_role(self.doc.lang, w.folded)
            || self.doc.cues.is_role(Lang::En, w.folded)
            || self.role_compound(w.folded)
    }

    /// Where nouns join into one word, a compound ending in a role of the language
    /// ("Sportvorstand", "Innenverteidiger", "Vizepräsidentin"): a role too. The role has four
    /// letters or more, and three come before it.
    fn role_compound(&self, folded: &str) -> bool {
        let lang = self.doc.lang;
        super::kinds::KindCues::embedded().joins_compounds(lang)
            && folded.char_indices().skip(3).any(|(p, _)| {
                folded.get(p..).is_some_and(|tail| {
                    tail.chars().count() >= 4 && self.doc.cues.is_role(lang, tail)
                })
            })
    }

    /// Whether the word's capital may be the sentence's rather than a name's.
    fn initial(&self, w: &Word) -> bool {
        w.initial && !self.zh() && !w.in_cjk
    }

    fn span(&self, a: usize, b: usize) -> Option<Span> {
        let first = self.word(a)?;
        let last = self.word(b.checked_sub(1)?)?;
        Some(Span::new(first.start, last.end))
    }

    /// The folded capitalized words in `a..b` (connectors left out).
    fn tokens_of_names(&self, a: usize, b: usize) -> Vec<String> {
        self.words()
            .get(a..b)
            .unwrap_or(&[])
            .iter()
            .filter(|w| !w.lower)
            .map(|w| w.folded.to_string())
            .collect()
    }

    /// A span's first word and whether its capital may be the sentence's: a sentence-initial
    /// first word the text never capitalizes elsewhere is dropped from a longer run
    /// ("Secondo Nvdia" is "Nvdia"), unless it is a common given name ("Francesco Rossi").
    fn effective(&self, a: usize, b: usize, initial: bool) -> (usize, bool) {
        match self.word(a) {
            Some(w)
                if initial
                    && b > a + 1
                    && !self.mid.contains(w.folded)
                    && !self.given(w.folded)
                    && !self.romanized_chinese(a, b)
                    && !self.role_apposition(b)
                    && !named_then_surname(self, a, b)
                    // (A compound joined by a hyphen to a capitalized word: "Notre-Dame".)
                    && !self.hyphen_compound(a, b) =>
            {
                (a + 1, false)
            }
            _ => (a, initial),
        }
    }

    /// Whether words `a..b` read as a romanized Chinese name whose first word is a family
    /// name and no function or common word ("Sun Jianmin"; not "Ma Rossi", Italian "but").
    fn romanized_chinese(&self, a: usize, b: usize) -> bool {
        self.word(a).is_some_and(|w| {
            !is_stopword(w.folded) && !self.doc.cues.is_common(w.folded) && !w.hyphen
        }) && self
            .span(a, b)
            .and_then(|s| self.doc.text.get(s.start..s.end))
            .and_then(super::romanize::RomanPerson::new)
            .is_some()
    }

    /// Whether word `b` is a role after a comma ("Romualdo Ferracci, fondatore del gruppo"):
    /// the run before it is a person's name in apposition, its first word included.
    fn role_apposition(&self, b: usize) -> bool {
        let (Some(p), Some(w)) = (b.checked_sub(1).and_then(|i| self.word(i)), self.word(b)) else {
            return false;
        };
        self.doc
            .text
            .get(p.end..w.start)
            .is_some_and(|g| g.trim() == ",")
            && self.doc.cues.is_role(self.doc.lang, w.folded)
    }

    fn tokens(&self, a: usize, b: usize) -> Vec<String> {
        self.words()
            .get(a..b)
            .unwrap_or(&[])
            .iter()
            .map(|w| w.folded.to_string())
            .collect()
    }

    /// Whether words `a..b` are two or three capitalized words that read as a romanized
    /// Chinese person's name in pinyin, family name first ("He Yadong", "Xu Ming").
    fn pinyin_run(&self, a: usize, b: usize) -> bool {
        let run = self.words().get(a..b).unwrap_or(&[]);
        (2..=3).contains(&run.len())
            && run
                .iter()
                .all(|w| w.cap && !w.lower && !w.upper && !w.hyphen && !w.digit)
            && super::romanize::pinyin_person(&run.iter().map(|w| w.folded).collect::<Vec<_>>())
    }

    /// Where a run of words `a..j` follows a role and its "of" ("il presidente dell'Acme
    /// Mario Rossi", "le directeur de l'Onu Anne Martin", "der Chef von Acme Erika Muster"):
    /// the word where a given name and one or two more words start the person's name, the
    /// words before it naming whose role it is. The organization is no part of the name.
    fn person_after_body(&self, a: usize, j: usize) -> Option<usize> {
        let (cues, lang) = (self.doc.cues, self.doc.lang);
        let is_of = |i: usize| {
            self.word(i)
                .is_some_and(|w| w.lower && cues.is_of(lang, w.folded))
        };
        // (An article may stand between: "le directeur de l'Acme".)
        let mut of = a.checked_sub(1)?;
        if !is_of(of) {
            let article = self.word(of).is_some_and(|w| {
                let n = w.folded.chars().count();
                w.lower && (n == 1 || (n <= 3 && is_stopword(w.folded)))
            });
            of = of.checked_sub(1).filter(|&i| article && is_of(i))?;
        }
        let role = of.checked_sub(1).and_then(|i| self.word(i))?;
        if !(self.role(role) || self.role_compound(role.folded)) {
            return None;
        }
        let plain = |w: &Word| w.cap && !w.lower && !w.digit && !w.hyphen && !w.upper;
        (a + 1..j).find(|&k| {
            (2..=3).contains(&(j - k))
                && self
                    .word(k)
                    .is_some_and(|w| plain(w) && self.given(w.folded))
                && (k..j).all(|m| self.word(m).is_some_and(|w| plain(w) && !self.weak(w)))
        })
    }

    /// Where a run `a..j` is a name, a connector meaning "of" and one or two capitalized words
    /// of a place, and the name is whole before the connector: a person's (a given name and
    /// one or two more words: "Marco Rossi di Parigi"), a numbered one ("COP31 de Belém"), or,
    /// in a language other than English, an English name ending in an organization's or a
    /// landmark's last word ("la Harbor Tunnel di Boston", "Nordic Shipping Group de Oslo"):
    /// the connector's index. The place is no part of the name.
    fn place_after_name(&self, a: usize, j: usize) -> Option<usize> {
        let (cues, lang) = (self.doc.cues, self.doc.lang);
        let c = (a + 1..j).find(|&k| self.word(k).is_some_and(|w| w.lower))?;
        let conn = self.word(c)?;
        if !cues.is_of(lang, conn.folded) || !(1..=2).contains(&(j - c - 1)) {
            return None;
        }
        let plain = |w: &Word| w.cap && !w.lower && !w.hyphen;
        let tail_ok = (c + 1..j).all(|k| {
            self.word(k)
                .is_some_and(|w| plain(w) && !w.digit && w.joined && !self.weak(w))
        });
        let head: Vec<&Word> = (a..c).filter_map(|k| self.word(k)).collect();
        if !tail_ok || head.iter().any(|w| !plain(w)) {
            return None;
        }
        let kc = super::kinds::KindCues::embedded();
        let person = (2..=3).contains(&head.len())
            && head.iter().all(|w| !w.digit && !w.upper)
            && head.first().is_some_and(|w| self.given(w.folded));
        let numbered = head
            .last()
            .is_some_and(|w| w.digit && w.folded.chars().any(|ch| ch.is_alphabetic()));
        let english = lang != Lang::En
            && head.len() >= 2
            && head.last().is_some_and(|w| kc.english_name_end(w.folded));
        (person || numbered || english).then_some(c)
    }

    /// The maximal capitalized runs of words (joined by spaces or connectors), leading weak
    /// words trimmed: `(start, end, initial)` in word indices, `initial` when the run's capital
    /// may be the sentence's.
    fn cap_spans(&self) -> Vec<(usize, usize, bool)> {
        let words = self.words();
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(w) = words.get(i) {
            if !self.name_word(w) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            loop {
                match (words.get(j), words.get(j + 1)) {
                    // A role inside a run ends a name and starts the next one ("Acme-Chef
                    // Erika Muster", "Acme CEO Erika Muster"), a compound ending in one too
                    // ("Acme-Verhandlungsführer Erika Muster").
                    (Some(n), _)
                        if n.joined
                            && self.name_word(n)
                            && !self.role(n)
                            && !self.role_compound(n.folded) =>
                    {
                        j += 1
                    }
                    // A number joined by a hyphen: a model's or a craft's ("Tianwen-1",
                    // "Chang'e-6"), a name of its own.
                    (Some(n), _) if self.number_suffix(j, n) => j += 1,
                    // A short lower-case part after an apostrophe, a name's own ("Chang'e").
                    (Some(c), _) if self.apostrophe_part(j, c) => j += 1,
                    // A lower-case word between hyphens inside a name ("Viollet-le-Duc",
                    // "Saint-Jean-de-Luz").
                    (Some(c), Some(n))
                        if c.hyphen && c.lower && !c.digit && n.hyphen && self.name_word(n) =>
                    {
                        j += 2
                    }
                    (Some(c), Some(n))
                        if c.joined
                            && c.lower
                            && n.joined
                            && self.name_word(n)
                            && (self.doc.cues.is_connector(self.doc.lang, c.folded)
                                || self.particle(j, c)) =>
                    {
                        j += 2
                    }
                    _ => break,
                }
            }
            // A romanized East Asian given name of two syllables after a family name: "Lin
            // Wei-ting", "Park Ji-hoon".
            if j >= i + 2 && words.get(j).is_some_and(|n| self.syllable_after(j, n)) {
                j += 1;
            }
            let mut a = i;
            // (A romanized Chinese name whose family name is a function word of another
            // language stays whole: "He Yadong", "porte-parole He Yadong".)
            while a < j
                && !self.pinyin_run(a, j)
                && ((self.weak_at(a) && !self.hyphen_compound(a, j)) || self.portfolio_lead(a))
            {
                a += 1;
            }
            // (After a role the capital is the name's: "Finanzvorstand Erika Muster sagte".)
            let after_role = (i..a).any(|k| {
                self.word(k)
                    .is_some_and(|r| self.role(r) || self.role_compound(r.folded))
            });
            // (Where every noun is capitalized, after a capitalized common word that opens the
            // sentence, a preposition, the capital is the name's too: "Laut Hsu Chen-wei sind
            // ...". After an article it may be an adjective's: "Der Münchner Hersteller".)
            let after_lead = a > i
                && self.doc.cues.nouns_capitalized(self.doc.lang)
                && (i..a).all(|k| {
                    self.word(k).is_some_and(|x| {
                        !is_stopword(x.folded) && self.doc.cues.is_common(x.folded)
                    })
                });
            let after_role = after_role || after_lead;
            // "Name of Place" where the name is whole before "of": the place is a name of its
            // own ("Harbor Tunnel di Boston", "COP31 de Belém").
            if let Some(c) = (a < j).then(|| self.place_after_name(a, j)).flatten() {
                let initial = self.initial(w) && !after_role;
                out.push((a, c, initial));
                out.push((c + 1, j, false));
                i = j;
                continue;
            }
            if a < j {
                let initial = self.initial(w) && !after_role;
                match self.person_after_body(a, j) {
                    Some(k) => {
                        out.push((a, k, initial));
                        out.push((k, j, false));
                    }
                    None => out.push((a, j, initial)),
                }
            }
            i = j;
        }
        out
    }
}

/// The indices of the words a span covers (the words are in text order).
fn covered_words(words: &[Word], span: Span) -> std::ops::Range<usize> {
    let from = words.partition_point(|w| w.end <= span.start);
    let to = from
        + words
            .iter()
            .skip(from)
            .take_while(|w| w.start < span.end)
            .count();
    from..to
}

/// Which words the candidates cover.
fn coverage(words: &[Word], cands: &[Cand], min_rank: u8) -> Vec<bool> {
    let mut cov = vec![false; words.len()];
    for c in cands.iter().filter(|c| c.rank >= min_rank) {
        for f in cov
            .get_mut(covered_words(words, c.span))
            .into_iter()
            .flatten()
        {
            *f = true;
        }
    }
    cov
}

/// For each word, the candidates that cover it (linear in the covered words).
fn cover_lists(words: &[Word], cands: &[Cand]) -> Vec<Vec<usize>> {
    let mut lists: Vec<Vec<usize>> = vec![Vec::new(); words.len()];
    for (ci, c) in cands.iter().enumerate() {
        for l in lists
            .get_mut(covered_words(words, c.span))
            .into_iter()
            .flatten()
        {
            l.push(ci);
        }
    }
    lists
}

/// Runs every rule after the exact pass and adds their candidates.
pub(crate) fn apply(entities: &[Entity], idx: &Index, doc: &Doc<'_>, cands: &mut Vec<Cand>) {
    family_names_of_companies(entities, idx, doc, cands);
    // Words the text capitalizes mid-sentence on their own, not as part of a known name
    // ("Scale" in "Scale AI" says nothing about "Scale" alone).
    let known = coverage(doc.words, cands, 0);
    let mid = doc
        .words
        .iter()
        .zip(known)
        .filter(|(w, k)| !k && w.cap && !(w.initial && doc.lang != Lang::Zh && !w.in_cjk))
        .map(|(w, _)| w.folded)
        .collect();
    let cx = Ctx {
        entities,
        idx,
        doc,
        mid,
        weak_memo: vec![std::cell::Cell::new(None); doc.words.len()],
        single_memo: Default::default(),
        multi_memo: Default::default(),
    };
    let spans = cx.cap_spans();
    places_in_names(&cx, cands);
    gap_names(&cx, cands);
    super::institution::find(entities, doc, cands);
    acronyms(&cx, &spans, cands);
    fuzzy_windows(&cx, &spans, cands);
    single_words(&cx, &spans, cands);
    discover(&cx, &spans, cands);
    landmarks_of_places(&cx, cands);
}

/// A landmark named by its class's noun and its place ("il porto di Genova", "l'aéroport de
/// Nantes", "der Hafen von Kiel", "the port of Tyne"; cue `landmark_noun`): one landmark, not
/// the place, keyed by the place's name and the English class ("genova port"), the known
/// place's name where the gazetteer has it, so that every language's form names one landmark.
/// The place is one capitalized word or the gazetteer's or discovery's name there, with no
/// other capitalized word after it (else the whole is some longer name).
fn landmarks_of_places(cx: &Ctx<'_, '_>, cands: &mut Vec<Cand>) {
    let (cues, lang) = (cx.doc.cues, cx.doc.lang);
    let kc = super::kinds::KindCues::embedded();
    let words = cx.words();
    let mut found = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let Some(class) = kc.landmark_noun(lang, w.folded) else {
            continue;
        };
        // A known place's name right before the capitalized noun ("the Aarhus Convention",
        // "Kiel Harbour"): the place's landmark or document.
        if !w.lower && w.joined {
            let before = words.get(k.wrapping_sub(1)).filter(|_| k > 0);
            let place = before.and_then(|v| {
                cands.iter().find_map(|c| match c.target {
                    Target::Known(e) if c.span.end == v.end && cx.kind(e) == EntityKind::Place => {
                        cx.entities
                            .get(e)
                            .map(|ent| (c.span.start, fold_str(&ent.name)))
                    }
                    _ => None,
                })
            });
            let next_cap = words
                .get(k + 1)
                .is_some_and(|n| n.joined && n.cap && !n.lower && !n.digit);
            if let (Some((start, place)), false) = (place, next_cap) {
                found.push((Span::new(start, w.end), format!("{place} {class}")));
                continue;
            }
        }
        // Where every noun is capitalized, a place's adjective in "-er" right before the noun
        // ("die Berner Konvention", "der Kieler Hafen"): the place's landmark or document.
        if cues.nouns_capitalized(lang) && w.cap && w.joined && !w.hyphen {
            let place = k
                .checked_sub(1)
                .and_then(|i| words.get(i))
                .filter(|v| v.cap && !v.upper && !v.digit && !cx.weak(v))
                .and_then(|v| Some((v.start, place_of_adjective(cx, v.folded)?)));
            let next_cap = words
                .get(k + 1)
                .is_some_and(|n| n.joined && n.cap && !n.lower);
            if let (Some((start, place)), false) = (place, next_cap) {
                found.push((Span::new(start, w.end), format!("{place} {class}")));
                continue;
            }
        }
        // Where every noun is capitalized, the noun right before a name ("der Flughafen Narita",
        // "der Hafen Rotterdam"): the landmark of that name, keyed as "l'aéroport de Narita" is,
        // where the name is a known place's or the text writes it elsewhere too.
        if cues.nouns_capitalized(lang) && w.cap && w.joined && !w.hyphen {
            let name = words.get(k + 1).filter(|p| {
                p.joined
                    && p.cap
                    && !p.lower
                    && !p.digit
                    && !p.hyphen
                    && !cx.weak(p)
                    && !kc.noun_like(lang, p.folded)
            });
            // (A common noun may follow too, "am Flughafen Personal eingestellt": the name is a
            // known place's or one the text writes elsewhere too, "Unglück in Narita".)
            let name = name.filter(|p| {
                cands.iter().any(|c| {
                    c.span == Span::new(p.start, p.end)
                        && matches!(c.target, Target::Known(e) if cx.kind(e) == EntityKind::Place)
                }) || words
                    .iter()
                    .enumerate()
                    .any(|(j, x)| j != k + 1 && x.cap && x.folded == p.folded)
            });
            let after = words
                .get(k + 2)
                .is_some_and(|n| n.joined && n.cap && !n.lower);
            if let (Some(p), false) = (name, after) {
                let place = cands
                    .iter()
                    .find_map(|c| match c.target {
                        Target::Known(e) if c.span == Span::new(p.start, p.end) => cx
                            .entities
                            .get(e)
                            .filter(|ent| ent.kind == EntityKind::Place)
                            .map(|ent| fold_str(&ent.name)),
                        _ => None,
                    })
                    .unwrap_or_else(|| p.folded.to_string());
                found.push((Span::new(w.start, p.end), format!("{place} {class}")));
                continue;
            }
        }
        let a = k + 1;
        let (Some(of), Some(p)) = (words.get(a), words.get(a + 1)) else {
            continue;
        };
        // (The noun ending a longer name is that name's: "Harbor Tunnel di Calverton".)
        let in_name = k
            .checked_sub(1)
            .and_then(|i| words.get(i))
            .is_some_and(|v| v.cap && w.joined && !cx.weak(v));
        if in_name {
            continue;
        }
        // (An elided link before the place: "l'aéroport d'Akureyri", "il porto d'Ancona".)
        let elided = matches!(cx.doc.text.get(of.end..p.start), Some("'" | "’"));
        let place_word = p.cap && !p.digit && !p.hyphen && !cx.weak(p) && (p.joined || elided);
        if !(of.lower && of.joined && cues.is_of(lang, of.folded) && place_word) {
            continue;
        }
        // The place: the longest mention starting there, or the word alone.
        let at = cands
            .iter()
            .filter(|c| c.span.start == p.start)
            .max_by_key(|c| c.span.end);
        let (end, place) = match at.map(|c| (c.span.end, &c.target)) {
            Some((end, Target::Known(e))) => match cx.entities.get(*e) {
                Some(ent) if ent.kind == EntityKind::Place => (end, fold_str(&ent.name)),
                _ => continue,
            },
            Some((end, Target::New { key, .. })) => (end, key.clone()),
            Some(_) => continue,
            None => (p.end, p.folded.to_string()),
        };
        let next = words.partition_point(|x| x.start < end);
        // A city's name and a hyphen before the landmark's own name ("l'aéroport de
        // Tokyo-Haneda", "l'aeroporto di Milano-Linate"): the landmark is the name's, as
        // "l'aéroport de Haneda" is.
        let (end, place) = match words.get(next) {
            Some(n)
                if n.hyphen
                    && n.cap
                    && !n.lower
                    && !n.digit
                    && !cx.weak(n)
                    && matches!(at.map(|c| &c.target), Some(Target::Known(_)))
                    && !words
                        .get(next + 1)
                        .is_some_and(|x| x.joined && (x.hyphen || (x.cap && !x.lower))) =>
            {
                (n.end, n.folded.to_string())
            }
            _ => (end, place),
        };
        let next = words.partition_point(|x| x.start < end);
        if words
            .get(next)
            .is_some_and(|n| n.joined && n.cap && !n.lower)
        {
            continue;
        }
        found.push((Span::new(w.start, end), format!("{place} {class}")));
    }
    for (span, key) in found {
        // (A known name over the whole is that name: "Convenzione di Berna".)
        let known = cands.iter().any(|c| {
            matches!(c.target, Target::Known(e) if cx.kind(e) != EntityKind::Place)
                && c.span.start <= span.start
                && span.end <= c.span.end
        });
        if known {
            continue;
        }
        let name = cx
            .doc
            .text
            .get(span.start..span.end)
            .unwrap_or("")
            .to_string();
        cands.push(Cand {
            span,
            target: match known_landmark(cx, &key) {
                Some(e) => Target::Known(e),
                None => Target::New {
                    key,
                    name,
                    kind: EntityKind::Other,
                },
            },
            score: DISCOVERED.0,
            rule: "discovered",
            rank: ACRONYM_DEF.1,
        });
    }
}

/// The gazetteer's entity one of whose names is the landmark's key ("panama canal" for "le
/// canal de Panama", "gatun lake" for "il lago Gatún"), where only one entity's is.
fn known_landmark(cx: &Ctx<'_, '_>, key: &str) -> Option<usize> {
    let mut found = cx.idx.keys.iter().filter(|k| k.folded == key);
    let first = found.next()?.entity;
    found.all(|k| k.entity == first).then_some(first)
}

/// The folded canonical name of the known place whose adjective is `folded` (an ending of
/// `place_adj_ending` in cues.tsv: "berner": Bern, "hamburger": Hamburg), where only one
/// place's name is the stem.
fn place_of_adjective(cx: &Ctx<'_, '_>, folded: &str) -> Option<String> {
    let stem = cx
        .doc
        .cues
        .place_adj_endings(cx.doc.lang)
        .iter()
        .find_map(|e| folded.strip_suffix(e.as_str()))
        .filter(|s| s.chars().count() >= 3)?;
    let mut places = cx.idx.keys.iter().filter(|k| {
        k.folded == stem
            && cx
                .entities
                .get(k.entity)
                .is_some_and(|e| e.kind == EntityKind::Place)
    });
    let first = places.next()?.entity;
    if places.any(|k| k.entity != first) {
        return None;
    }
    cx.entities.get(first).map(|e| fold_str(&e.name))
}

/// A known place's name inside a longer name the gazetteer lacks, where the place alone would
/// be read: before an organization's last word ("Taiwan Railway", "Kenya Power": kind cue
/// `org_suffix`), or after a capitalized word and at most one lower-case word with no article
/// or preposition between, as languages write a place only in a name ("Santé publique
/// France", "Radio France"), where the text writes the whole so at least twice or a noun of
/// an organization or a public body comes before it ("die Behörde Santé publique France").
/// The whole is one name (a place is no part of a clause there), of rank above the place's.
/// So is a place named by an English compass word before a known place ("East Timor", "West
/// Bengal": cue `compass_name`), in any language's text: the whole, never the known place.
fn places_in_names(cx: &Ctx<'_, '_>, cands: &mut Vec<Cand>) {
    let words = cx.words();
    let kc = super::kinds::KindCues::embedded();
    let places: Vec<(usize, usize, bool)> = cands
        .iter()
        .filter_map(|c| match c.target {
            Target::Known(e) if matches!(cx.kind(e), EntityKind::Place | EntityKind::Facility) => {
                let r = covered_words(words, c.span);
                Some((r.start, r.end, cx.kind(e) == EntityKind::Place))
            }
            _ => None,
        })
        .filter(|(a, b, _)| a < b)
        .collect();
    if places.is_empty() {
        return;
    }
    let cov = coverage(words, cands, 0);
    let free = |i: usize| !cov.get(i).copied().unwrap_or(true);
    let plain_cap =
        |w: &Word| w.cap && !w.digit && !w.in_cjk && !cx.weak(w) && !is_stopword(w.folded);
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut compass: Vec<(usize, usize)> = Vec::new();
    for &(p, q, place) in &places {
        if let Some(a) = named_after_landmark(cx, p, !place, &free) {
            found.push((a, q));
            continue;
        }
        if !place {
            continue;
        }
        // "Taiwan Railway": an organization's last word right after the place.
        let suffix = words.get(q).is_some_and(|w| {
            free(q) && w.joined && !w.hyphen && w.cap && !w.upper && kc.is_org_suffix(w.folded)
        });
        if suffix {
            found.push((p, q + 1));
            continue;
        }
        // "Santé publique France", "Radio France": written so twice or more.
        let Some(b) = p.checked_sub(1) else { continue };
        let (Some(wp), Some(wb)) = (words.get(p), words.get(b)) else {
            continue;
        };
        if !wp.joined || wp.hyphen || !free(b) {
            continue;
        }
        // "East Timor", "West Bengal": a compass word that makes another place's name.
        if wb.cap && !wb.upper && !wb.hyphen && kc.is_compass_name(wb.folded) {
            compass.push((b, q));
            continue;
        }
        let a = if wb.lower {
            let lower_ok = !wb.digit && !wb.hyphen && !is_stopword(wb.folded) && wb.joined;
            match b.checked_sub(1) {
                Some(a) if lower_ok && free(a) => a,
                _ => continue,
            }
        } else {
            b
        };
        if !words.get(a).is_some_and(|w| plain_cap(w) && !w.hyphen) {
            continue;
        }
        let seq: Vec<&str> = (a..q)
            .filter_map(|i| words.get(i).map(|w| w.folded))
            .collect();
        let times = (0..words.len())
            .filter(|&i| {
                seq.iter().enumerate().all(|(k, f)| {
                    words.get(i + k).is_some_and(|w| {
                        w.folded == *f
                            && if k == 0 {
                                // (Its first word capitalized there too: "en France"
                                // twice is a preposition's, not "En France".)
                                w.cap
                            } else {
                                w.joined && !w.hyphen
                            }
                    })
                })
            })
            .count();
        // (Once is enough after a noun of an organization or a public body: "die
        // Gesundheitsbehörde Santé publique France".)
        let introduced = a
            .checked_sub(1)
            .and_then(|k| words.get(k))
            .is_some_and(|w| {
                words.get(a).is_some_and(|x| x.joined)
                    && (kc.is_org_noun(cx.doc.lang, w.folded)
                        || super::institution::Institutions::embedded()
                            .body_noun(cx.doc.lang, w.folded))
            });
        if times >= 2 || introduced {
            found.push((a, q));
        }
    }
    let found = found
        .into_iter()
        .map(|r| (r, EntityKind::Other, DISCOVERED.0));
    let compass = compass.into_iter().map(|r| (r, EntityKind::Place, COMPASS));
    for ((a, b), kind, score) in found.chain(compass) {
        let Some(span) = cx.span(a, b) else { continue };
        let surface = cx.doc.text.get(span.start..span.end).unwrap_or("");
        let key = name_tokens(&fold_str(surface)).join(" ");
        if key.is_empty() {
            continue;
        }
        cands.push(Cand {
            span,
            target: Target::New {
                key,
                name: surface.to_string(),
                kind,
            },
            score,
            rule: "discovered",
            rank: ACRONYM_DEF.1,
        });
    }
}

/// A name of a body or a building named after a known place or landmark at word `p`, where
/// nouns are not all capitalized: a capitalized word mid-sentence (maybe with one lower-case
/// adjective after it) and "of" before the place ("l'Opéra de Paris", "l'Università di
/// Bologna", "i Giochi olimpici di Parigi"), or a capitalized word right before a landmark's
/// name ("l'établissement Rebâtir Notre-Dame de Paris"). Never a function word, a title, a
/// role, a given name (a person "of" a place is a person), a noun of the place's own government
/// ("Comune di Venezia": kind cue `place_body`, the place itself), nor a word the gazetteer or
/// another rule took. The start of the name.
fn named_after_landmark(
    cx: &Ctx<'_, '_>,
    p: usize,
    landmark: bool,
    free: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let (cues, lang) = (cx.doc.cues, cx.doc.lang);
    if cues.nouns_capitalized(lang) || cx.zh() {
        return None;
    }
    let words = cx.words();
    let head = |k: usize| {
        free(k)
            && words.get(k).is_some_and(|w| {
                w.cap
                    && !w.upper
                    && !w.digit
                    && !w.in_cjk
                    && !w.initial
                    && !cx.weak(w)
                    && !is_stopword(w.folded)
                    && !cx.given(w.folded)
                    && !super::kinds::KindCues::embedded().is_place_body(lang, w.folded)
                    // (Four letters or more: a short one may be an acronym of a common noun
                    // written with one capital, "il Pil della Germania".)
                    && w.folded.chars().count() >= 4
            })
            // (No capitalized word before it: "Marco Rossi di Parigi" is a person.)
            && !k
                .checked_sub(1)
                .and_then(|i| words.get(i))
                .is_some_and(|v| v.cap && words.get(k).is_some_and(|w| w.joined))
    };
    let b = p.checked_sub(1)?;
    let wp = words.get(p)?;
    let wb = words.get(b)?;
    if !wp.joined || wp.hyphen || !free(b) {
        return None;
    }
    // A landmark's name right after a capitalized word: "Rebâtir Notre-Dame de Paris".
    if landmark && !wb.lower && !wb.hyphen && head(b) {
        return Some(b);
    }
    // "Opéra de Paris": the capitalized word, maybe an adjective, "of".
    if !(wb.lower && wb.joined && cues.is_of(lang, wb.folded)) {
        return None;
    }
    let c = b.checked_sub(1)?;
    let wc = words.get(c)?;
    if !wb.joined || wc.hyphen || !free(c) {
        return None;
    }
    if head(c) {
        return Some(c);
    }
    let adjective =
        wc.lower && !wc.digit && !is_stopword(wc.folded) && wc.folded.chars().count() >= 4;
    let d = c.checked_sub(1)?;
    (adjective && words.get(c).is_some_and(|w| w.joined) && head(d)).then_some(d)
}

/// "Marco Ferrari", "Anna Siemens": a known given name right before a one-word company or
/// product name makes a person's name of both (the company's name is her family name); the
/// exact match is dropped, and discovery finds the person.
fn family_names_of_companies(
    entities: &[Entity],
    idx: &Index,
    doc: &Doc<'_>,
    cands: &mut Vec<Cand>,
) {
    if doc.lang == Lang::Zh && !doc.words.iter().any(|w| !w.in_cjk) {
        return;
    }
    let cov = coverage(doc.words, cands, 0);
    let kinds = super::kinds::KindCues::embedded();
    cands.retain(|c| {
        let Target::Known(e) = c.target else {
            return true;
        };
        if !entities
            .get(e)
            .is_some_and(|e| matches!(e.kind, EntityKind::Organization | EntityKind::Product))
        {
            return true;
        }
        let Some(k) = doc.word_at(c.span.start) else {
            return true;
        };
        let (Some(w), Some(g)) = (
            doc.words.get(k),
            k.checked_sub(1).and_then(|p| doc.words.get(p)),
        ) else {
            return true;
        };
        let one_word = w.end == c.span.end && w.cap && !w.upper && !w.digit && !w.camel;
        let given = g.cap
            && !g.upper
            && w.joined
            && !w.hyphen
            && !w.in_cjk
            && !cov.get(k - 1).copied().unwrap_or(true)
            && (idx.given_names.contains(g.folded) || kinds.is_given(g.folded));
        !(one_word && given)
    });
}

/// "Hyung ha vinto Chung" for "Hyung Won Chung": the first and last word of a known person's
/// name of three or more words, with one to three lower-case words between them.
fn gap_names(cx: &Ctx<'_, '_>, cands: &mut Vec<Cand>) {
    let words = cx.words();
    for (i, w) in words.iter().enumerate() {
        if !w.cap {
            continue;
        }
        let Some(options) = cx.idx.gap.get(w.folded) else {
            continue;
        };
        for &(e, ref last, n) in options {
            let max_gap = n.saturating_sub(2).max(1) + 2;
            for g in 1..=max_gap.min(3) {
                let Some(end) = words.get(i + g + 1) else {
                    break;
                };
                let middle = words.get(i + 1..=i + g).unwrap_or(&[]);
                if middle.iter().all(|m| m.lower && m.joined && !m.digit)
                    && end.joined
                    && end.cap
                    && end.folded == last
                {
                    cands.push(Cand {
                        span: Span::new(w.start, end.end),
                        target: Target::Known(e),
                        score: GAP.0,
                        rule: "gap",
                        rank: GAP.1,
                    });
                    break;
                }
            }
        }
    }
}

/// The initials of words, folded.
fn initials(tokens: &[String]) -> String {
    tokens.iter().filter_map(|t| t.chars().next()).collect()
}

/// The best similarity between `folded` and the labels and aliases of entity `e`.
fn entity_similarity(idx: &Index, e: usize, folded: &str) -> f64 {
    idx.keys
        .iter()
        .filter(|k| k.entity == e)
        .map(|k| fuzzy::similarity(folded, &k.folded))
        .fold(0.0, f64::max)
}

/// "Commission nationale de l'informatique et des libertés (CNIL)", "Office fédéral des
/// transports (OFT)": where a language writes an institution's name with one capital, the
/// words before an acronym of three letters or more whose content words' initials spell it,
/// in order: the first capitalized, the others in lower case, function words between them
/// ("de", "des", "l'") counting for nothing. The first word's index.
fn lower_case_definition(cx: &Ctx<'_, '_>, j: usize, acr: &Word) -> Option<usize> {
    let letters: Vec<char> = acr.folded.chars().collect();
    if letters.len() < 3 || !letters.iter().all(|c| c.is_alphabetic()) {
        return None;
    }
    let mut need = letters.len();
    let mut k = j;
    let mut lower_content = false;
    while need > 0 {
        let w = cx.phrase_word_before(k)?;
        k -= 1;
        let function = w.lower && (is_stopword(w.folded) || w.folded.chars().count() < 2);
        if function && k + 1 < j {
            continue;
        }
        if w.upper || w.digit || w.folded.chars().next() != letters.get(need - 1).copied() {
            return None;
        }
        need -= 1;
        if need == 0 {
            return (w.cap && lower_content).then_some(k);
        }
        if !w.lower {
            return None;
        }
        lower_content = true;
    }
    None
}

/// The name an acronym in brackets gives its letters to where a body's name written in lower
/// case holds one capitalized name ("le service Copernicus pour le changement climatique
/// (C3S)", "l'osservatorio Velmar per il clima marino (VCM)"): within one phrase before the
/// bracket, over lower-case words only (at most eight), a capitalized word mid-sentence right
/// after a lower-case word, whose first letter opens the acronym. Keyed as discovery keys the
/// name, so the name, the acronym and the acronym's later uses are one entity.
fn name_in_phrase(cx: &Ctx<'_, '_>, j: usize, acr: &Word) -> Option<Target> {
    let text = cx.doc.text;
    let first = acr.folded.chars().next()?;
    let mut k = j;
    for _ in 0..8 {
        let w = cx.phrase_word_before(k)?;
        k -= 1;
        if w.lower {
            continue;
        }
        let before = cx.word(k.checked_sub(1)?)?;
        let named = w.cap
            && !w.upper
            && !w.initial
            && !w.digit
            && k + 1 < j
            && before.lower
            && before.joined
            && !cx.weak(w)
            && w.folded.chars().count() >= 3
            && w.folded.starts_with(first);
        if !named {
            return None;
        }
        let surface = text.get(w.start..w.end)?;
        let key = name_tokens(&fold_str(surface)).join(" ");
        return (!key.is_empty()).then(|| Target::New {
            key,
            name: surface.to_string(),
            kind: EntityKind::Organization,
        });
    }
    None
}

/// "les Centres pour le contrôle des épidémies (CDC)", "gli Istituti nazionali di sanità (Nih)",
/// "dell'Ufficio federale di statistica (Ust)": where a language writes a body's name with one
/// capital, the name of two to ten words that opens with a capitalized word right after an
/// article or a preposition (a sentence's first word too: "Les", "Gli"; a one-letter one: "i";
/// an elided one in the same word: "dell'", "l'") and runs in lower case to the acronym in
/// brackets, its first letter the acronym's (whose other letters may be another language's
/// words'). Where the name starts, in bytes.
fn opening_capital(cx: &Ctx<'_, '_>, j: usize, acr: &Word) -> Option<usize> {
    let first = acr.folded.chars().next()?;
    let text = cx.doc.text;
    let mut k = j;
    for _ in 0..10 {
        let w = cx.phrase_word_before(k)?;
        k -= 1;
        let surface = text.get(w.start..w.end)?;
        // (An elided article or preposition before a capital: "dell'Unità".)
        let elided = surface.find(['\'', '’']).and_then(|p| {
            let (head, rest) = surface.split_at(p);
            let rest = rest.get(rest.chars().next()?.len_utf8()..)?;
            let opens = head.chars().count() <= 4
                && rest.chars().next().is_some_and(char::is_uppercase)
                && rest.chars().count() >= 4
                && fold_str(rest).starts_with(first);
            opens.then(|| w.start + surface.len() - rest.len())
        });
        if let Some(start) = elided.filter(|_| k + 1 < j) {
            return Some(start);
        }
        if w.lower {
            continue;
        }
        let before = cx.word(k.checked_sub(1)?)?;
        let opens = w.cap
            && !w.upper
            && !w.initial
            && !w.digit
            && k + 1 < j
            && !before.upper
            && (is_stopword(before.folded)
                || (before.lower
                    && (before.folded.chars().count() == 1
                        || matches!(text.get(before.end..w.start), Some("'" | "’")))))
            && w.folded.chars().count() >= 4
            && w.folded.starts_with(first);
        return opens.then_some(w.start);
    }
    None
}

/// Whether candidate `c` links a known organization (by a name of the gazetteer or a rule).
fn known_org(cx: &Ctx<'_, '_>, c: &Cand) -> bool {
    matches!(c.target, Target::Known(e) if c.rank >= 3 && cx.kind(e) == EntityKind::Organization)
}

/// The initials of the content words of a span of two content words or more (function words
/// and single letters left out), folded; empty for fewer.
fn content_initials(cx: &Ctx<'_, '_>, span: Span) -> String {
    let content: Vec<String> = cx
        .words()
        .get(covered_words(cx.words(), span))
        .unwrap_or(&[])
        .iter()
        .filter(|w| !(w.lower && is_stopword(w.folded)) && w.folded.chars().count() > 1)
        .map(|w| w.folded.to_string())
        .collect();
    if content.len() < 2 {
        return String::new();
    }
    initials(&content)
}

/// A new organization that an acronym defines is keyed by the acronym, the same in every
/// language, where its name is not ("Centre européen de prévention et de contrôle des
/// maladies (ECDC)", "Europäisches Zentrum für ... (ECDC)": both `new:ecdc`, so that documents
/// in several languages and one that writes the acronym alone name one entity); the text's
/// other mentions of the name follow.
fn keyed_by_acronym(target: Target, acr: &str, cands: &mut [Cand]) -> Target {
    let Target::New { key, name, kind } = &target else {
        return target;
    };
    if key == acr {
        return target;
    }
    let keyed = Target::New {
        key: acr.to_string(),
        name: name.clone(),
        kind: *kind,
    };
    for c in cands.iter_mut().filter(|c| c.target == target) {
        c.target = keyed.clone();
    }
    keyed
}

/// Whether a word with one capital in brackets after a body's name read whole may be its
/// acronym in another language's words (Italian news write "Amministrazione meteorologica
/// centrale (Cwa)" for the English "Central Weather Administration"): it starts with the
/// initial of one of the name's content words, and the text never writes it in lower case.
fn foreign_acronym(cx: &Ctx<'_, '_>, initials: &str, acr: &str) -> bool {
    let first = acr.chars().next();
    first.is_some_and(|f| initials.contains(f))
        && !cx.words().iter().any(|w| w.lower && w.folded == acr)
}

/// Whether two words have the same letters, in any order.
fn same_letters(a: &str, b: &str) -> bool {
    let sorted = |s: &str| {
        let mut v: Vec<char> = s.chars().collect();
        v.sort_unstable();
        v
    };
    !a.is_empty() && sorted(a) == sorted(b)
}

/// "Meta Soprintendigence Labs (MSL)": a capitalized name followed by an acronym in
/// parentheses. The two name one entity: the one the acronym or the name already links to
/// (the damaged name then links by this definition), or a new one; later uses of the acronym
/// in the text follow.
fn acronyms(cx: &Ctx<'_, '_>, spans: &[(usize, usize, bool)], cands: &mut Vec<Cand>) {
    let words = cx.words();
    let text = cx.doc.text;
    let mut defined: IndexMap<String, Target> = IndexMap::new();
    // Acronyms defined with one capital: their uses with one capital name the entity too.
    let mut one_capital_defined: IndexSet<String> = IndexSet::new();
    // Built at the first definition (most texts have none). Candidates added here are never
    // looked up again, so the lists stay valid.
    let mut covers: Option<Vec<Vec<usize>>> = None;
    for (j, acr) in words.iter().enumerate() {
        // (Written with one capital, as Italian news write acronyms: "(Asi)", "(Cio)".)
        let one_capital = acr.cap && !acr.upper && !acr.lower && !acr.digit && !acr.camel;
        if !(acr.upper || one_capital) {
            continue;
        }
        let letters = acr.folded.chars().filter(|c| c.is_alphabetic()).count();
        if !(2..=6).contains(&letters) || (one_capital && letters > 5) {
            continue;
        }
        let after = text.get(acr.end..).and_then(|t| t.chars().next());
        if !matches!(after, Some(')' | '）')) {
            continue;
        }
        // Where the name ends: a Chinese one right before the parenthesis (no word of the
        // tokenizer's), else the word before it.
        let head = text.get(..acr.start).unwrap_or("").trim_end();
        let han_end = head
            .strip_suffix(['(', '（'])
            .map(str::trim_end)
            .filter(|h| h.chars().next_back().is_some_and(super::words::is_cjk))
            .map(str::len);
        let name_end = match (han_end, j.checked_sub(1).and_then(|p| words.get(p))) {
            (Some(end), _) => end,
            (None, Some(prev)) => {
                let before = text.get(prev.end..acr.start).unwrap_or("").trim();
                if !matches!(before, "(" | "（") {
                    continue;
                }
                prev.end
            }
            (None, None) => continue,
        };
        // A body's name read whole right before the parenthesis is the definition
        // ("Deutsches Zentrum für Luft- und Raumfahrt (DLR)"), and so is a known organization's
        // name of two words or more whose content words' initials spell the acronym
        // ("Banque nationale de Belgique (BNB)"), unless the gazetteer knows the acronym (then
        // the name links to it below).
        // An acronym with one capital defines only so, its letters the initials of the name's
        // content words in any order (a body's acronym may be another language's: "Comitato
        // olimpico internazionale (Cio)", from "Comité international olympique").
        let body = cands
            .iter()
            .find(|c| {
                c.span.end == name_end
                    && if one_capital {
                        let initials = content_initials(cx, c.span);
                        ((c.rule == "institution" || known_org(cx, c))
                            && same_letters(&initials, acr.folded))
                            || (c.rule == "institution"
                                && foreign_acronym(cx, &initials, acr.folded))
                            || (initials.chars().count() >= 3 && initials == acr.folded)
                    } else {
                        // (A Chinese name has no initials: a known organization's, right
                        // before the acronym of its original name in brackets, defines it:
                        // "国民阵线（FN）", "国际货币基金组织（IMF）".)
                        c.rule == "institution"
                            || (known_org(cx, c)
                                && (content_initials(cx, c.span) == acr.folded
                                    || han_end.is_some()))
                    }
            })
            .map(|c| (c.span, c.target.clone()));
        let acronym_known = || {
            cands.iter().any(|c| {
                c.span.start == acr.start
                    && c.span.end == acr.end
                    && matches!(c.target, Target::Known(_))
            })
        };
        // A new body's name before a known organization's acronym whose letters its content
        // words' initials have, in any order (a translation of the name: "Agence spatiale
        // nationale chinoise (CNSA)", "Agenzia spaziale nazionale cinese (Cnsa)"), names that
        // organization, the name's other mentions too.
        let known_acronym = || {
            cands
                .iter()
                .find(|c| c.span.start == acr.start && c.span.end == acr.end)
                .and_then(|c| match c.target {
                    Target::Known(e) if cx.kind(e) == EntityKind::Organization => Some(e),
                    _ => None,
                })
                .or_else(|| cx.idx.acronym_of(acr.folded, cx.doc.lang))
        };
        // (Asked before a translated name moves the candidates to the known organization.)
        let linked_already = body.is_some() && acronym_known();
        let translated = match &body {
            Some((span, target @ Target::New { .. }))
                if same_letters(&content_initials(cx, *span), acr.folded) =>
            {
                known_acronym().map(|e| {
                    let known = Target::Known(e);
                    for c in cands.iter_mut().filter(|c| c.target == *target) {
                        c.target = known.clone();
                    }
                    (*span, known)
                })
            }
            _ => None,
        };
        let definition = translated.or_else(|| {
            body.filter(|_| !linked_already)
                .map(|(span, target)| (span, keyed_by_acronym(target, acr.folded, cands)))
        });
        if let Some((span, target)) = definition {
            cands.push(Cand {
                span,
                target: target.clone(),
                score: ACRONYM_DEF.0,
                rule: "acronym_def",
                rank: ACRONYM_DEF.1,
            });
            if one_capital {
                one_capital_defined.insert(acr.folded.to_string());
            }
            defined.insert(acr.folded.to_string(), target);
            continue;
        }
        if han_end.is_some() {
            continue;
        }
        // The capitalized run ending right before the parenthesis; of its last six words, the
        // longest tail whose initials spell the acronym, or all of them. (An acronym with one
        // capital only where they spell it: "Harlow Nutrition Group (Hng)".)
        // Spans are in order and disjoint: their ends are sorted too.
        let at = spans.partition_point(|&(_, b, _)| b < j);
        let lower_case = lower_case_definition(cx, j, acr);
        let lower_case = if one_capital { None } else { lower_case };
        let a = match (spans.get(at).filter(|&&(_, b, _)| b == j), lower_case) {
            (Some(&(start, _, _)), _) => {
                let from = start.max(j.saturating_sub(6));
                let spelled = (from..j).find(|&t| {
                    words.get(t).is_some_and(|w| cx.name_word(w))
                        && initials(&cx.tokens_of_names(t, j)) == acr.folded
                });
                let mut a = spelled.unwrap_or(from);
                if one_capital && (spelled.is_none() || j - a < 3) {
                    continue;
                }
                while a < j - 1 && words.get(a).is_some_and(|w| cx.weak(w) || w.lower) {
                    a += 1;
                }
                // An organization's noun before the name is no part of it ("die Gewerkschaft
                // United Steelworkers (USW)").
                if spelled.is_none() && org_descriptor(cx, a, j) {
                    a += 1;
                }
                a
            }
            (None, Some(a)) => a,
            (None, None) => {
                // A body's name that opens with its one capital after an article and runs in
                // lower case to the acronym ("les Centres de contrôle des épidémies (CDC)"):
                // the whole names the acronym's organization, a known one or one keyed by the
                // acronym, never a new entity named after its first word.
                if let Some(start) = opening_capital(cx, j, acr) {
                    if let Some(long) = j
                        .checked_sub(1)
                        .and_then(|p| words.get(p))
                        .map(|last| Span::new(start, last.end))
                    {
                        let known = cands
                            .iter()
                            .find(|c| c.span.start == acr.start && c.span.end == acr.end)
                            .and_then(|c| match c.target {
                                Target::Known(e) if cx.kind(e) == EntityKind::Organization => {
                                    Some(e)
                                }
                                _ => None,
                            })
                            .or_else(|| cx.idx.acronym_of(acr.folded, cx.doc.lang));
                        let target = match known {
                            Some(e) => Target::Known(e),
                            None => Target::New {
                                key: acr.folded.to_string(),
                                name: text.get(long.start..long.end).unwrap_or("").to_string(),
                                kind: EntityKind::Organization,
                            },
                        };
                        cands.push(Cand {
                            span: long,
                            target: target.clone(),
                            score: ACRONYM_DEF.0,
                            rule: "acronym_def",
                            rank: ACRONYM_DEF.1,
                        });
                        defined.insert(acr.folded.to_string(), target);
                        continue;
                    }
                }
                // A body's name in lower case around one capitalized name whose initial opens
                // the acronym: the acronym names what that name names.
                if let Some(t) = name_in_phrase(cx, j, acr) {
                    defined.insert(acr.folded.to_string(), t);
                }
                continue;
            }
        };
        let Some(long) = cx.span(a, j) else {
            continue;
        };
        let tokens = cx.tokens(a, j);
        let folded = tokens.join(" ");
        if covers.is_none() {
            covers = Some(cover_lists(words, cands));
        }
        let lists = covers.as_deref().unwrap_or(&[]);
        let known_at = |span: Span, at: usize, cands: &[Cand]| {
            lists
                .get(at)
                .map_or(&[][..], |v| v.as_slice())
                .iter()
                .filter_map(|&c| cands.get(c))
                .find(|c| c.span == span && matches!(c.target, Target::Known(_)))
                .map(|c| c.target.clone())
        };
        let acr_span = Span::new(acr.start, acr.end);
        let target = match (known_at(acr_span, j, cands), known_at(long, a, cands)) {
            // A place or a person is given no acronym its initials do not spell: "(AFP)" after
            // "Clermont-Ferrand" in a dateline names the agency, not the city.
            (_, Some(Target::Known(e)))
                if matches!(cx.kind(e), EntityKind::Place | EntityKind::Person)
                    && !initials(&cx.tokens_of_names(a, j)).starts_with(acr.folded) =>
            {
                continue;
            }
            (_, Some(t)) => t,
            (Some(Target::Known(e)), None) => {
                let sim = entity_similarity(cx.idx, e, &folded);
                let acr_letters = acr.folded;
                let init = initials(&cx.tokens_of_names(a, j));
                if sim >= 0.7 || init == acr_letters || acr_letters.starts_with(init.as_str()) {
                    cands.push(Cand {
                        span: long,
                        target: Target::Known(e),
                        score: ACRONYM_DEF.0.min(sim.max(0.75)),
                        rule: "acronym_def",
                        rank: ACRONYM_DEF.1,
                    });
                    Target::Known(e)
                } else {
                    continue;
                }
            }
            _ => {
                let sk = skeleton(text.get(long.start..long.end).unwrap_or(""));
                match cx.fuzzy_multi(&tokens, &sk) {
                    Some(Hit { entity, score }) => {
                        cands.push(Cand {
                            span: long,
                            target: Target::Known(entity),
                            score: score * 0.95,
                            rule: "acronym_def",
                            rank: ACRONYM_DEF.1,
                        });
                        Target::Known(entity)
                    }
                    None => {
                        let t = Target::New {
                            key: acr.folded.to_string(),
                            name: text.get(long.start..long.end).unwrap_or("").to_string(),
                            // Acronyms are given to organizations far more than to anything else.
                            kind: EntityKind::Organization,
                        };
                        cands.push(Cand {
                            span: long,
                            target: t.clone(),
                            score: ACRONYM_DEF.0 * 0.7,
                            rule: "acronym_def",
                            rank: ACRONYM_DEF.1,
                        });
                        t
                    }
                }
            }
        };
        if one_capital {
            one_capital_defined.insert(acr.folded.to_string());
        }
        defined.insert(acr.folded.to_string(), target);
    }
    if defined.is_empty() {
        return;
    }
    // Every use of a defined acronym, in capitals (or as defined with one capital), names the
    // defined entity.
    let written = |w: &Word| {
        w.upper || (w.cap && !w.lower && !w.camel && one_capital_defined.contains(w.folded))
    };
    for w in words.iter().filter(|w| written(w)) {
        if let Some(t) = defined.get(w.folded) {
            cands.push(Cand {
                span: Span::new(w.start, w.end),
                target: t.clone(),
                score: ACRONYM_DEF.0,
                rule: "acronym_def",
                rank: ACRONYM_DEF.1,
            });
        }
    }
}

/// Damaged multi-word names ("Safe Sopintelligence", "Scale Al"): every window of two or
/// more words of a capitalized run that no candidate covers whole, compared with the keys
/// sharing one of its words.
fn fuzzy_windows(cx: &Ctx<'_, '_>, spans: &[(usize, usize, bool)], cands: &mut Vec<Cand>) {
    let strong = coverage(cx.words(), cands, 4);
    let covers = cover_lists(cx.words(), cands);
    let mut found: Vec<Cand> = Vec::new();
    for &(a, b, _) in spans {
        if b - a < 2 || b - a > 8 {
            continue;
        }
        let mut best: Vec<(Span, Hit)> = Vec::new();
        for len in (2..=b - a).rev() {
            for s in a..=b - len {
                let e = s + len;
                if strong.get(s..e).is_some_and(|c| c.iter().any(|&x| x)) {
                    continue;
                }
                let Some(span) = cx.span(s, e) else {
                    continue;
                };
                // Already linked whole by one candidate.
                let covering = covers.get(s).map_or(&[][..], |v| v.as_slice());
                // (Up to an inflection ending the exact pass tolerates after the name: "des
                // Internationalen Strafgerichtshofs" is linked whole, no window for another
                // court's name it resembles.)
                let whole = |c: &Cand| {
                    c.span.contains(&span)
                        || (c.span.start <= span.start
                            && c.span.end < span.end
                            && cx.doc.text.get(c.span.end..span.end).is_some_and(|t| {
                                cx.doc.cues.suffixes(cx.doc.lang).iter().any(|s| s == t)
                            }))
                };
                if covering.iter().any(|&c| cands.get(c).is_some_and(whole)) {
                    continue;
                }
                // A window that cuts a name the exact pass found in two is no damaged name: the
                // words it shares with that name are spelt right ("Croce Rossa Italiana": no
                // window "Rossa Italiana").
                let cut = covers
                    .get(s..e)
                    .unwrap_or(&[])
                    .iter()
                    .flatten()
                    .filter_map(|&c| cands.get(c))
                    .any(|c| {
                        matches!(c.target, Target::Known(_))
                            && c.rank == 3
                            && ((c.span.start < span.start && c.span.end > span.start)
                                || (c.span.start < span.end && c.span.end > span.end))
                    });
                if cut {
                    continue;
                }
                let tokens = cx.tokens(s, e);
                let sk = skeleton(cx.doc.text.get(span.start..span.end).unwrap_or(""));
                let Some(hit) = cx.fuzzy_multi(&tokens, &sk) else {
                    continue;
                };
                // A window over an exact match of the same entity adds nothing ("Nvidias
                // H100-GPUs": "H100-GPUs" names the product already).
                let inner_same = covers
                    .get(s..e)
                    .unwrap_or(&[])
                    .iter()
                    .flatten()
                    .filter_map(|&c| cands.get(c))
                    .any(|c| span.overlaps(&c.span) && c.target == Target::Known(hit.entity));
                if inner_same {
                    continue;
                }
                // A person's window that is the given name of a romanized Chinese name
                // ("Hsu Chen-wei" is not "Cheng Wei" with a word before).
                let given_of_roman = s > a
                    && cx.kind(hit.entity) == EntityKind::Person
                    && cx.span(s - 1, e).is_some_and(|whole| {
                        let t = cx.doc.text.get(whole.start..whole.end).unwrap_or("");
                        super::romanize::RomanPerson::new(t).is_some()
                    });
                if given_of_roman {
                    continue;
                }
                best.push((span, hit));
            }
        }
        best.sort_by(|x, y| {
            y.1.score
                .total_cmp(&x.1.score)
                .then(y.0.len().cmp(&x.0.len()))
        });
        let mut here: Vec<Cand> = Vec::new();
        for (span, hit) in best {
            if here.iter().any(|c| c.span.overlaps(&span)) {
                continue;
            }
            here.push(Cand {
                span,
                target: Target::Known(hit.entity),
                score: hit.score * 0.95,
                rule: "fuzzy",
                rank: 4,
            });
        }
        found.extend(here);
    }
    cands.extend(found);
}

/// Per entity: how often the text names it exactly, and the words around those mentions.
struct Seen {
    count: IndexMap<usize, usize>,
    prev: IndexMap<usize, IndexSet<String>>,
    next: IndexMap<usize, IndexSet<String>>,
}

fn seen(cx: &Ctx<'_, '_>, cands: &[Cand]) -> Seen {
    let words = cx.words();
    let mut s = Seen {
        count: IndexMap::new(),
        prev: IndexMap::new(),
        next: IndexMap::new(),
    };
    for c in cands {
        let Target::Known(e) = c.target else {
            continue;
        };
        *s.count.entry(e).or_default() += 1;
        let first = words.partition_point(|w| w.start < c.span.start);
        if let Some(p) = first.checked_sub(1).and_then(|i| words.get(i)) {
            s.prev.entry(e).or_default().insert(p.folded.to_string());
        }
        let after = words.partition_point(|w| w.start < c.span.end);
        if let Some(n) = words.get(after) {
            s.next.entry(e).or_default().insert(n.folded.to_string());
        }
    }
    s
}

/// One capitalized word left over: a damaged single-word name ("Openi"), a truncated one
/// ("Met" in a text about Meta, in Meta's contexts), or the surname or given name of a person
/// the text names in full.
fn single_words(cx: &Ctx<'_, '_>, spans: &[(usize, usize, bool)], cands: &mut Vec<Cand>) {
    let words = cx.words();
    let cov = coverage(words, cands, 0);
    let seen = seen(cx, cands);
    // Surnames and given names of the people this text names, unless two share one.
    let mut surnames: IndexMap<String, Option<usize>> = IndexMap::new();
    let mut given: IndexMap<String, Option<usize>> = IndexMap::new();
    for &e in seen.count.keys() {
        if cx.kind(e) != EntityKind::Person {
            continue;
        }
        for k in cx.idx.keys.iter().filter(|k| k.entity == e) {
            if let (Some(f), Some(l)) = (k.tokens.first(), k.tokens.last()) {
                if k.tokens.len() < 2 {
                    continue;
                }
                for (map, t) in [(&mut surnames, l), (&mut given, f)] {
                    let slot = map.entry(t.clone()).or_insert(Some(e));
                    if *slot != Some(e) {
                        *slot = None;
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for &(a, b, initial) in spans {
        let (a, initial) = cx.effective(a, b, initial);
        if b - a > 1 {
            // Inside a longer run, only a damaged spelling of a name the text uses.
            for k in a..b {
                let Some(w) = words.get(k) else { continue };
                if cov.get(k).copied().unwrap_or(true) || cx.weak(w) || w.digit || w.lower {
                    continue;
                }
                let hit = cx
                    .fuzzy_single(w.folded)
                    .filter(|h| seen.count.contains_key(&h.entity));
                if let Some(h) = hit {
                    out.push(Cand {
                        span: Span::new(w.start, w.end),
                        target: Target::Known(h.entity),
                        score: h.score * 0.9,
                        rule: "fuzzy",
                        rank: 2,
                    });
                }
            }
            continue;
        }
        let Some(w) = words.get(a) else { continue };
        if cov.get(a).copied().unwrap_or(true) || cx.weak(w) || w.digit {
            continue;
        }
        let span = Span::new(w.start, w.end);
        let push = |out: &mut Vec<Cand>, e: usize, (score, rank): (f64, u8), rule| {
            out.push(Cand {
                span,
                target: Target::Known(e),
                score,
                rule,
                rank,
            })
        };
        if let Some(&Some(e)) = surnames.get(w.folded) {
            push(&mut out, e, SURNAME, "surname");
            continue;
        }
        // A damaged spelling of one word (at a sentence's start only for an entity the text
        // names elsewhere).
        let hit = cx.fuzzy_single(w.folded).filter(|h| {
            seen.count.contains_key(&h.entity) || (!initial && h.score >= SINGLE_UNSEEN_THRESHOLD)
        });
        if let Some(h) = hit {
            push(&mut out, h.entity, (h.score * 0.9, 2), "fuzzy");
            continue;
        }
        if initial {
            continue;
        }
        if let Some(&Some(e)) = given.get(w.folded) {
            push(&mut out, e, GIVEN_NAME, "given_name");
            continue;
        }
        // A truncated name: one letter short of a name the text uses at least three times,
        // in one of the contexts the text uses it in.
        if let Some(e) = short_form(cx, &seen, a) {
            push(&mut out, e, SHORT_FORM, "short_form");
        }
    }
    cands.extend(out);
}

fn short_form(cx: &Ctx<'_, '_>, seen: &Seen, a: usize) -> Option<usize> {
    let words = cx.words();
    let w = words.get(a)?;
    let n = w.folded.chars().count();
    if n < 3 || w.upper {
        return None;
    }
    let first = w.folded.chars().next()?;
    let prev = a.checked_sub(1).and_then(|i| words.get(i));
    let next = words.get(a + 1);
    for &k in cx.idx.by_initial.get(&first)? {
        let key = cx.idx.keys.get(k)?;
        if key.len != n + 1 || !key.folded.starts_with(w.folded) {
            continue;
        }
        let e = key.entity;
        if seen.count.get(&e).copied().unwrap_or(0) < 3 {
            continue;
        }
        let ctx_prev =
            prev.is_some_and(|p| seen.prev.get(&e).is_some_and(|s| s.contains(p.folded)));
        let ctx_next =
            next.is_some_and(|p| seen.next.get(&e).is_some_and(|s| s.contains(p.folded)));
        if ctx_prev || ctx_next {
            return Some(e);
        }
    }
    None
}

/// Where every noun is capitalized, a person's name (a known given name first) ends before
/// the first common noun after its second word: "Erika Muster Gespräche" is "Erika Muster".
fn person_name_end(cx: &Ctx<'_, '_>, r: usize, e: usize) -> usize {
    let cues = cx.doc.cues;
    if !cues.nouns_capitalized(cx.doc.lang) || e < r + 3 {
        return e;
    }
    let kc = super::kinds::KindCues::embedded();
    let words = cx.words();
    let given = words
        .get(r)
        .is_some_and(|w| cx.idx.given_names.contains(w.folded) || kc.is_given(w.folded));
    if !given {
        return e;
    }
    // (After the second name word: particles such as "von" are no names of their own, and a
    // hyphenated given name is one word: "Jan-Christian Dreesen".)
    let second = (r + 1..e)
        .find(|&k| words.get(k).is_some_and(|w| !w.lower && !w.hyphen))
        .unwrap_or(r + 1);
    // (A word joined by a hyphen is the name's: "Henri Dupont-Moreau".)
    (second + 1..e)
        .find(|&k| {
            words.get(k).is_some_and(|w| {
                !w.hyphen && (cues.is_common(w.folded) || kc.noun_like(cx.doc.lang, w.folded))
            })
        })
        .unwrap_or(e)
}

/// Whether words `r..e` are a person's given name and family name at a sentence's start, as
/// the text itself shows where a capital alone says nothing (German, every noun capitalized):
/// two plain words, and later the second alone ("Jannik Sinner hat gewonnen ... vor Sinner"),
/// the way news name a person in full once and then by the family name.
///
/// Nouns do not read so: the first word is no inflected adjective ("Neue Zölle ... die
/// Zölle"), no function, common or role word, and never in lower case; the second is written
/// at least twice alone, at least once mid-sentence right after a verb-like word (a noun there
/// has an article or an adjective: "die Preise", "sinkende Preise"), never in lower case, and
/// is no plain common noun ("-ung", "-markt").
fn named_then_surname(cx: &Ctx<'_, '_>, r: usize, e: usize) -> bool {
    let (lang, words) = (cx.doc.lang, cx.words());
    let kc = super::kinds::KindCues::embedded();
    if !cx.doc.cues.nouns_capitalized(lang) {
        return false;
    }
    let (Some(first), Some(last), true) = (words.get(r), words.get(r + 1), e == r + 2) else {
        return false;
    };
    let plain = |w: &Word| {
        w.cap
            && !w.upper
            && !w.digit
            && !w.camel
            && !w.hyphen
            && w.folded.chars().count() >= 3
            && !cx.weak(w)
            && !cx.doc.cues.is_name_end(lang, w.folded)
            && !kc.compound_noun(lang, w.folded)
    };
    // (An adjective's endings: "Neue", "Hohen", "Weiterer", "Starkes", "Kleinem".)
    let inflected = inflected_adjective(lang, first.folded);
    if !plain(first) || !plain(last) || inflected || !last.joined {
        return false;
    }
    let (mut alone, mut mid, mut after_verb) = (0, false, false);
    for (k, w) in words.iter().enumerate() {
        if k == r || k == r + 1 {
            continue;
        }
        // (A given name may come back alone, in a quote: "«Tarjei war besser»"; never in
        // lower case.)
        if w.folded == first.folded && w.lower {
            return false;
        }
        if w.folded != last.folded {
            continue;
        }
        if w.lower {
            return false;
        }
        let prev = k.checked_sub(1).and_then(|p| words.get(p));
        if prev.is_some_and(|p| p.folded == first.folded) {
            continue;
        }
        alone += 1;
        mid |= !w.initial;
        // (Right after a word in lower case that is no function word and has no adjective's
        // ending, a verb's: "gewann Sinner", "kommt Sinner"; a noun there has an article.)
        after_verb |= !w.initial
            && w.joined
            && prev.is_some_and(|p| {
                p.lower && !is_stopword(p.folded) && !inflected_adjective(lang, p.folded)
            });
    }
    alone >= 2 && mid && after_verb
}

/// Where every noun is capitalized, the bytes of a genitive ending (`genitive_endings` of
/// `data/lang/<code>.json`: "-s") on the family name of a person's name that starts with a
/// given name ("Erika Musters neues Album", "Paul Webers Rede"), where the text writes the
/// family name without the ending too ("Muster sagte"): the name is the words without it.
/// 0 where there is none.
fn genitive_of_name(cx: &Ctx<'_, '_>, run: &[Word<'_>]) -> usize {
    let lang = cx.doc.lang;
    if run.len() < 2 || !cx.doc.cues.nouns_capitalized(lang) {
        return 0;
    }
    let Some(last) = run.last() else { return 0 };
    if !last.cap || last.upper || last.digit || last.hyphen {
        return 0;
    }
    let surface = cx.doc.text.get(last.start..last.end).unwrap_or("");
    for g in &LangProfile::embedded(lang).genitive_endings {
        let Some(stem) = last.folded.strip_suffix(g.as_str()) else {
            continue;
        };
        let bare_elsewhere = stem.chars().count() >= 3
            && cx
                .words()
                .iter()
                .any(|w| w.cap && !w.upper && w.folded == stem && w.start != last.start);
        if bare_elsewhere
            && surface.len() > g.len()
            && surface.is_char_boundary(surface.len() - g.len())
        {
            return g.len();
        }
    }
    0
}

/// Where every noun is capitalized, the first word after a genitive descriptor opening the run
/// `r..e`: a capitalized noun (or a hyphenated compound: "Grippe-Impfstoffs") ending in the
/// genitive (`genitive_endings` of `data/lang/<code>.json`: "-s"), after a genitive determiner of `data/lang/<code>.json` and any inflected
/// adjectives ("des Herstellers Acme", "eines französischen Malers Jean Dubois"), before a
/// capitalized word that is no common noun (alone, none with a common noun's ending: "des
/// Landes Süden"). A given name is no descriptor ("des Thomas Mann").
fn genitive_descriptor(cx: &Ctx<'_, '_>, r: usize, e: usize) -> Option<usize> {
    let lang = cx.doc.lang;
    let profile = LangProfile::embedded(lang);
    if profile.genitive_determiners.is_empty() || !cx.doc.cues.nouns_capitalized(lang) {
        return None;
    }
    let words = cx.words();
    let kc = super::kinds::KindCues::embedded();
    let first = words.get(r)?;
    if !first.cap || first.upper || first.digit || first.camel || cx.given(first.folded) {
        return None;
    }
    // The descriptor: the word and the words a hyphen joins to it.
    let mut d = r;
    while words.get(d + 1).is_some_and(|w| w.hyphen && d + 1 < e) {
        d += 1;
    }
    let last = words.get(d)?;
    let name = words.get(d + 1).filter(|_| d + 1 < e)?;
    if !profile
        .genitive_endings
        .iter()
        .any(|g| last.folded.ends_with(g.as_str()))
        || last.digit
        || last.upper
        || !name.joined
        || name.hyphen
        || name.lower
        || cx.weak(name)
        || cx.doc.cues.is_common(name.folded)
        || cx.doc.cues.is_name_end(lang, name.folded)
        || (!name.upper && kc.compound_noun(lang, name.folded))
        || (d + 2 == e && !name.upper && kc.noun_like(lang, name.folded))
    {
        return None;
    }
    // Back over inflected adjectives (and the words hyphens join them to) to the determiner.
    let mut k = r.checked_sub(1)?;
    loop {
        let w = words.get(k)?;
        if !w.lower {
            return None;
        }
        if profile.genitive_determiners.iter().any(|g| g == w.folded) {
            break;
        }
        let joined_on = words.get(k + 1).is_some_and(|n| n.hyphen && n.lower);
        if !inflected_adjective(lang, w.folded) && !joined_on {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    Some(d + 1)
}

/// Where every noun is capitalized, whether word `r` is an organization's noun (a compound
/// too: "Wetteragentur") before a name: a capitalized word right after it, no common noun
/// itself unless two or more capitalized words follow ("die Gewerkschaft United
/// Steelworkers"); never a brand's shape, never a noun before a hyphen.
fn org_descriptor(cx: &Ctx<'_, '_>, r: usize, e: usize) -> bool {
    let lang = cx.doc.lang;
    let kc = super::kinds::KindCues::embedded();
    if !cx.doc.cues.nouns_capitalized(lang) || e < r + 2 {
        return false;
    }
    let words = cx.words();
    let plain = |w: &Word| w.cap && !w.lower && !w.upper && !w.digit && !w.camel && !w.hyphen;
    let (Some(noun), Some(next)) = (words.get(r), words.get(r + 1)) else {
        return false;
    };
    if !plain(noun) || !kc.org_noun_compound(lang, noun.folded) {
        return false;
    }
    if !next.joined || next.lower || next.hyphen || cx.weak(next) {
        return false;
    }
    let named_after = e >= r + 3
        && words
            .get(r + 2)
            .is_some_and(|w| w.joined && !w.lower && !w.hyphen);
    named_after
        || next.upper
        || next.camel
        || next.digit
        || !(kc.noun_like(lang, next.folded) || kc.compound_noun(lang, next.folded))
}

/// Where every noun is capitalized, whether word `k` is a plural (or singular) common noun
/// after an acronym: a plain capitalized word that is a noun of the language by its longer
/// endings, its plural's ending (`plural_endings` of `data/lang/<code>.json`) taken away,
/// right after a word in capitals.
fn trailing_plural_noun(cx: &Ctx<'_, '_>, k: usize) -> bool {
    let lang = cx.doc.lang;
    if !cx.doc.cues.nouns_capitalized(lang) {
        return false;
    }
    let kc = super::kinds::KindCues::embedded();
    let words = cx.words();
    let (Some(prev), Some(w)) = (k.checked_sub(1).and_then(|i| words.get(i)), words.get(k)) else {
        return false;
    };
    let plain = w.cap && !w.lower && !w.upper && !w.digit && !w.camel && !w.hyphen;
    plain
        && w.joined
        && prev.upper
        && !prev.camel
        && (kc.compound_noun(lang, w.folded)
            || LangProfile::embedded(lang).plural_endings.iter().any(|p| {
                w.folded
                    .strip_suffix(p.as_str())
                    .is_some_and(|b| b.chars().count() >= 4 && kc.compound_noun(lang, b))
            }))
}

/// Whether a word ends as an inflected adjective of `lang` ("neue", "hohen", "weiterer":
/// `adjective_endings` of `data/lang/<code>.json`).
fn inflected_adjective(lang: Lang, w: &str) -> bool {
    LangProfile::embedded(lang)
        .adjective_endings
        .iter()
        .any(|end| w.ends_with(end.as_str()))
}

/// Whether the run is a whole quotation: an opening quote before it, a closing one after.
fn quoted_name(cx: &Ctx<'_, '_>, run: &[Word]) -> bool {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    let after = cx
        .doc
        .text
        .get(last.end..)
        .and_then(|t| t.chars().find(|c| *c != ' '));
    first.quoted
        && run.len() <= 4
        && matches!(
            after,
            Some('"' | '“' | '”' | '»' | '‘' | '’' | '」' | '』' | '″')
        )
}

/// Names the gazetteer lacks: capitalized runs no rule linked (sentence-initial single words
/// only when the text also writes them capitalized elsewhere).
fn discover(cx: &Ctx<'_, '_>, spans: &[(usize, usize, bool)], cands: &mut Vec<Cand>) {
    let words = cx.words();
    let cov = coverage(words, cands, 0);
    let mid = &cx.mid;
    let mut names: IndexMap<String, String> = IndexMap::new();
    for &(a, b, initial) in spans {
        let (a, initial) = cx.effective(a, b, initial);
        let mut s = a;
        while s < b {
            // An uncovered run inside the span.
            if cov.get(s).copied().unwrap_or(true) {
                s += 1;
                continue;
            }
            let mut e = s;
            while e < b && !cov.get(e).copied().unwrap_or(true) {
                e += 1;
            }
            let mut r = s;
            while r < e
                && !cx.pinyin_run(r, e)
                && ((cx.weak_at(r) && !cx.hyphen_compound(r, e)) || cx.portfolio_lead(r))
            {
                r += 1;
            }
            // Where every noun is capitalized, a noun right after a number is what the number
            // counts or measures ("in 4,5 Metern Tiefe", "nach drei Runden Pause"): no name's
            // first word.
            if cx.doc.cues.nouns_capitalized(cx.doc.lang)
                && r + 1 < e
                && r.checked_sub(1)
                    .and_then(|i| words.get(i))
                    .is_some_and(|p| p.digit && p.lower)
                && words.get(r).is_some_and(|w| {
                    w.joined
                        && !w.upper
                        && !w.digit
                        && !w.camel
                        && super::kinds::KindCues::embedded().noun_like(cx.doc.lang, w.folded)
                })
            {
                r += 1;
            }
            let run_initial = initial && r == a;
            s = e;
            // A run does not end on a connector ("Gründer von"); a romanized syllable is no
            // connector.
            while e > r
                && words.get(e - 1).is_some_and(|w| {
                    w.lower
                        && !cx.syllable_after(e - 1, w)
                        && !cx.number_suffix(e - 1, w)
                        && !cx.apostrophe_part(e - 1, w)
                })
            {
                e -= 1;
            }
            if r >= e {
                continue;
            }
            // Where every noun is capitalized, the noun after a possessive determiner is a
            // common noun ("zahlte ihrer Crew Prämien"), no name's first word.
            if cx.doc.cues.nouns_capitalized(cx.doc.lang) && e > r {
                let possessive = r
                    .checked_sub(1)
                    .and_then(|p| words.get(p))
                    .is_some_and(|w| {
                        w.lower
                            && LangProfile::embedded(cx.doc.lang)
                                .possessive_determiners
                                .iter()
                                .any(|d| d == w.folded)
                    });
                let noun = words.get(r).is_some_and(|w| {
                    w.cap && !w.upper && !w.digit && !w.camel && !w.hyphen && !cx.given(w.folded)
                });
                if possessive && noun {
                    r += 1;
                }
            }
            // Where every noun is capitalized, a noun before a given name and a family name
            // describes the person ("den Spanier Carlos Ruiz", "Teamkollege Marco Rossi"): it
            // is no part of the name.
            if cx.doc.cues.nouns_capitalized(cx.doc.lang) && e >= r + 3 {
                let plain = |w: &Word| w.cap && !w.lower && !w.upper && !w.digit && !w.hyphen;
                let described = words
                    .get(r)
                    .is_some_and(|w| plain(w) && !cx.given(w.folded))
                    && words
                        .get(r + 1)
                        .is_some_and(|w| plain(w) && w.joined && cx.given(w.folded))
                    && words
                        .get(r + 2)
                        .is_some_and(|w| plain(w) && w.joined && !cx.weak(w));
                if described {
                    r += 1;
                }
            }
            // So does a compound joined by hyphens whose last part is a person's role or
            // standing ("Judo-Star Erik Lund", "die Sprint-Olympiasiegerin Marie-Anne Roux"),
            // before two capitalized words or more.
            if cx.doc.cues.nouns_capitalized(cx.doc.lang) {
                let mut c = r + 1;
                while c < e && words.get(c).is_some_and(|w| w.hyphen && w.cap && !w.lower) {
                    c += 1;
                }
                let kc = super::kinds::KindCues::embedded();
                let described = c > r + 1
                    && e >= c + 2
                    && words.get(r).is_some_and(|w| w.cap && !cx.given(w.folded))
                    && words.get(c - 1).is_some_and(|w| {
                        !w.upper && (cx.weak(w) || kc.person_cue_compound(cx.doc.lang, w.folded))
                    })
                    && words
                        .get(c..e)
                        .unwrap_or(&[])
                        .iter()
                        .all(|w| w.cap && !w.lower && !w.digit)
                    && words
                        .get(c)
                        .is_some_and(|w| w.joined && !w.hyphen && !cx.weak(w));
                if described {
                    r = c;
                }
            }
            // Where every noun is capitalized, a noun in the genitive after its determiner
            // describes the name after it ("des Herstellers Acme", "des italienischen Malers
            // Carlo Bianchi"): the name is what follows, a name by this very construction.
            let mut apposed = match genitive_descriptor(cx, r, e) {
                Some(d) => {
                    r = d;
                    true
                }
                None => false,
            };
            // So does an organization's noun, a compound too ("die Wetteragentur Aemet", "die
            // Gewerkschaft United Steelworkers"): no part of the name, whose kind it gives
            // (`kinds`).
            if !apposed && org_descriptor(cx, r, e) {
                r += 1;
                apposed = true;
            }
            // Where every noun is capitalized, a plural common noun after an acronym is no
            // part of its name ("über das Institut ICO Bürgschaften vergeben").
            if e >= r + 2 && trailing_plural_noun(cx, e - 1) {
                e -= 1;
            }
            e = person_name_end(cx, r, e);
            // Where every noun is capitalized, a common-noun compound before a name describes
            // it and is no part of it ("des Messtechnikherstellers Acme Instruments").
            if cx.doc.cues.nouns_capitalized(cx.doc.lang) && e >= r + 2 {
                let brand = |w: &Word| w.in_cjk || w.camel || w.digit || w.upper;
                let rest = words.get(r + 1..e).unwrap_or(&[]);
                let rest_named = rest.iter().any(brand)
                    || rest
                        .windows(2)
                        .any(|p| matches!(p, [x, y] if !x.lower && !y.lower && !y.hyphen));
                let descriptor = rest_named
                    && words.get(r).is_some_and(|w| {
                        !brand(w)
                            && (w.lower
                                || super::kinds::KindCues::embedded()
                                    .compound_noun(cx.doc.lang, w.folded))
                    });
                if descriptor && rest_named && !words.get(r + 1).is_some_and(|w| w.hyphen) {
                    r += 1;
                }
            }
            // Where every noun is capitalized, a common noun (or a compound joined by hyphens)
            // before a name the text also writes alone describes it ("die Mittelmeerinsel
            // Lampedusa ... auf Lampedusa").
            let mut lone: Vec<usize> = Vec::new();
            // So does a noun after a determiner before a name written as no noun is ("die
            // Atomaufsicht ASN", "die Website PowerOutage").
            if !apposed {
                if let Some(c) = determined_descriptor(cx, r, e) {
                    r = c;
                    apposed = true;
                }
            }
            if !apposed {
                if let Some((c, alone)) = recurring_descriptor(cx, r, e) {
                    r = c;
                    apposed = true;
                    if e == c + 1 {
                        lone = alone;
                    }
                }
            }
            let Some(first) = words.get(r) else { continue };
            let run = words.get(r..e).unwrap_or(&[]);
            // Where every noun has a capital, only a brand's shape, quotes, or capitalized words
            // in a row mid-sentence (adjectives are capitalized only in names: "die Deutsche
            // Telekom") make a name.
            // (At a sentence's start too, for a given name and one or two words: "Erika
            // Muster sagte", or a romanized Chinese name.)
            // (A hyphenated given name too: "Marie-Laure Denis".)
            // (A hyphenated family name too, no common noun after the hyphen: "Antoine de
            // Saint-Affrique", not "Erika Muster-Konzern".)
            let kc = super::kinds::KindCues::embedded();
            let given_first = (2..=4).contains(&run.len())
                && run.iter().enumerate().all(|(k, w)| {
                    let family_part = k >= 2
                        && !w.lower
                        && !kc.compound_noun(cx.doc.lang, w.folded)
                        && !cx.weak(w);
                    (!w.hyphen || (k == 1 && !w.lower) || family_part) && !w.digit
                })
                && run.iter().filter(|w| !w.lower).count() <= 3
                && run.last().is_some_and(|w| !w.lower)
                && cx.given(first.folded);
            // Or a Chinese name in pinyin, family name first ("Xu Ming hat unterschrieben").
            // (Mid-sentence, a family name that is a function word elsewhere too: "Sprecher
            // He Yadong".)
            let pinyin_first = (2..=3).contains(&run.len())
                && run.iter().enumerate().all(|(k, w)| {
                    !w.hyphen && !w.digit && !w.lower && (!cx.weak(w) || (k == 0 && !run_initial))
                })
                && super::romanize::pinyin_person(
                    &run.iter().map(|w| w.folded).collect::<Vec<&str>>(),
                );
            let surname_later = named_then_surname(cx, r, e);
            // (A compound of a name's words and a landmark's noun joined by hyphens:
            // "Golden-Gate-Brücke", "Francis-Drake-Tunnel".)
            let landmark_compound = run.len() >= 3
                && run
                    .last()
                    .is_some_and(|w| w.hyphen && kc.landmark_noun(cx.doc.lang, w.folded).is_some())
                && run.get(..run.len() - 1).is_some_and(|parts| {
                    parts.iter().all(|w| {
                        w.cap
                            && !w.lower
                            && !w.digit
                            && !cx.weak(w)
                            && !kc.noun_like(cx.doc.lang, w.folded)
                            && !kc.compound_noun(cx.doc.lang, w.folded)
                    })
                });
            // (A compound of a name's words and an event's noun joined by a hyphen:
            // "Polaris-Tour", "Nordlicht-Festival", cue `event_noun`.)
            let event_compound = run.len() >= 2
                && run.last().is_some_and(|w| {
                    w.hyphen && !w.lower && kc.event_noun(cx.doc.lang, w.folded).is_some()
                })
                && run.get(..run.len() - 1).is_some_and(|parts| {
                    parts
                        .iter()
                        .all(|w| w.cap && !w.lower && !w.digit && !w.hyphen)
                });
            let names_in_row = landmark_compound
                || event_compound
                || given_first
                || apposed
                || pinyin_first
                || surname_later
                || (!run_initial
                    && run
                        .windows(2)
                        .any(|p| matches!(p, [x, y] if !x.lower && !y.lower && !y.hyphen)));
            if cx.doc.cues.nouns_capitalized(cx.doc.lang)
                && !run.iter().any(|w| {
                    w.in_cjk
                        || w.camel
                        || w.digit
                        || (w.upper && !cx.weak(w))
                        || cx.apostrophe_name(w)
                })
                && !quoted_name(cx, run)
                && !names_in_row
            {
                continue;
            }
            if e - r == 1 {
                let short = first.folded.chars().count() < 3;
                let unseen =
                    run_initial && !mid.contains(first.folded) && !cx.apostrophe_name(first);
                if short || unseen || (first.digit && !first.cap) {
                    continue;
                }
            }
            // A quoted title joined by a hyphen to an event's noun ("„Polaris“-Tour"): the
            // event's name, the noun with it (named without the quotes: "Polaris Tour").
            let quoted_event = quoted_name(cx, run) && quoted_event_noun(cx, e);
            if quoted_event {
                e += 1;
            }
            // A quoted title right after an event's noun written in lower case ("la tournée
            // « Aurora »", "il tour “Aurora”"): the event's name, the noun with it.
            let noun_before = r.checked_sub(1).and_then(|k| words.get(k)).filter(|p| {
                p.lower
                    && first.quoted
                    && quoted_name(cx, run)
                    && kc.event_noun(cx.doc.lang, p.folded).is_some()
            });
            // Where every noun is capitalized, a place's or a medium's noun before the name
            // ("die Halbinsel Hela", "des Fischerorts Husum", "der Sender NRK"; cue
            // `descriptor_noun`) is no part of it: the name alone is the entity, as other
            // languages write it.
            let described = cx.doc.cues.nouns_capitalized(cx.doc.lang)
                && e >= r + 2
                && !first.hyphen
                && kc.descriptor_noun(cx.doc.lang, first.folded)
                && words
                    .get(r + 1)
                    .is_some_and(|w| w.joined && !w.lower && !w.hyphen && !cx.weak(w));
            let r = if described { r + 1 } else { r };
            let Some(mut span) = cx.span(r, e) else {
                continue;
            };
            if given_first {
                span.end -= genitive_of_name(cx, run);
            }
            if let Some(p) = noun_before {
                span = Span::new(p.start, span.end);
            }
            // (Its opening quote with it: the whole name, no title in quotes.)
            if quoted_event {
                let before = cx.doc.text.get(..span.start).unwrap_or("");
                if let Some(q) = before.chars().next_back().filter(|c| !c.is_whitespace()) {
                    span = Span::new(span.start - q.len_utf8(), span.end);
                }
            }
            let landmark = landmark_key(cx, r, e)
                .or_else(|| event_key(cx, r, e))
                .or_else(|| {
                    let class = kc.event_noun(cx.doc.lang, noun_before?.folded)?;
                    let t = cx.tokens_of_names(r, e);
                    (!t.is_empty()).then(|| format!("{} {class}", t.join(" ")))
                });
            let key = landmark.clone().unwrap_or_else(|| {
                name_tokens(&fold_str(
                    cx.doc.text.get(span.start..span.end).unwrap_or(""),
                ))
                .join(" ")
            });
            if key.is_empty() {
                continue;
            }
            let name = names
                .entry(key.clone())
                .or_insert_with(|| {
                    let surface = cx.doc.text.get(span.start..span.end).unwrap_or("");
                    if quoted_event {
                        words
                            .get(r..e)
                            .unwrap_or(&[])
                            .iter()
                            .filter_map(|w| cx.doc.text.get(w.start..w.end))
                            .collect::<Vec<_>>()
                            .join(" ")
                    } else {
                        surface.to_string()
                    }
                })
                .clone();
            // The kind comes in one pass later, with the context's evidence (`kinds`).
            // (A person's shape the text shows is the kind's first evidence.)
            let kind = if surname_later {
                EntityKind::Person
            } else {
                EntityKind::Other
            };
            // (The one-word name's uses alone are its own: "auf Lampedusa".)
            for w in lone.iter().filter_map(|&k| words.get(k)) {
                cands.push(Cand {
                    span: Span::new(w.start, w.end),
                    target: Target::New {
                        key: key.clone(),
                        name: name.clone(),
                        kind,
                    },
                    score: DISCOVERED.0,
                    rule: "discovered",
                    rank: DISCOVERED.1,
                });
            }
            // (A landmark the gazetteer knows by that name is the gazetteer's: "il lago
            // Gatún" where it lists "Gatun Lake".)
            let target = match landmark.as_deref().and_then(|k| known_landmark(cx, k)) {
                Some(e) => Target::Known(e),
                None => Target::New { key, name, kind },
            };
            cands.push(Cand {
                span,
                target,
                score: DISCOVERED.0,
                rule: "discovered",
                rank: DISCOVERED.1,
            });
        }
    }
}

/// Whether the folded word is a declined adjective of `profile`'s language: a stem of
/// `adjective_stems` and an ending of `adjective_endings` ("deutsche", "europäischen").
fn declined_adjective(profile: &LangProfile, w: &str) -> bool {
    profile.adjective_endings.iter().any(|end| {
        w.strip_suffix(end.as_str()).is_some_and(|stem| {
            profile
                .adjective_stems
                .iter()
                .any(|s| stem.ends_with(s.as_str()))
        })
    })
}

/// Where every noun is capitalized, a common noun before a name, a compound joined by hyphens
/// too ("die Mittelmeerinsel Lampedusa", "Marathon-Weltrekordler Erik Lund"), describes it
/// where the text writes the name's last word alone elsewhere as names are written: with no
/// article or determiner right before it ("auf Lampedusa", "sagte Lund"), nor the noun, nor
/// another capitalized word of a longer name ("Cal Fire" writes no "Fire" alone). A
/// declined adjective opens a name ("Deutsche Bahn", "Europäische Zentralbank"), and a common
/// noun after an article is no name's use ("die Bahn"). The first word of the name and the
/// words where its last word stands alone, else `None`.
fn recurring_descriptor(cx: &Ctx<'_, '_>, r: usize, e: usize) -> Option<(usize, Vec<usize>)> {
    let lang = cx.doc.lang;
    if !cx.doc.cues.nouns_capitalized(lang) || e < r + 2 {
        return None;
    }
    let words = cx.words();
    let profile = LangProfile::embedded(lang);
    let noun = |w: &Word| {
        w.cap
            && !w.lower
            && !w.upper
            && !w.digit
            && !w.camel
            && !w.in_cjk
            && !w.quoted
            && w.folded.chars().count() >= 4
            && !cx.given(w.folded)
            && !declined_adjective(profile, w.folded)
    };
    if !words.get(r).is_some_and(noun) {
        return None;
    }
    let mut c = r + 1;
    while c < e && words.get(c).is_some_and(|w| w.hyphen && noun(w)) {
        c += 1;
    }
    let head = words.get(c).filter(|_| c < e)?;
    if !head.joined || head.hyphen || head.lower || cx.weak(head) {
        return None;
    }
    let last = words.get(e - 1)?;
    if last.lower
        || last.upper
        || last.digit
        || last.hyphen
        || last.folded.chars().count() < 3
        || cx.weak(last)
    {
        return None;
    }
    // (A common noun after the descriptor is no name: "den Wolfsburger Konzern".)
    let kc = super::kinds::KindCues::embedded();
    if kc.compound_noun(lang, last.folded)
        || kc.is_org_noun(lang, last.folded)
        || kc.person_cue(lang, last.folded)
    {
        return None;
    }
    // (The descriptor ends in a common noun: by its ending, a long one by a short ending
    // ("Mittelmeerinsel"), or an organization's or a person's noun ("Wetterdienst",
    // "Weltrekordler"); an unknown given name before a family name is none: "Tarvo Kallas".)
    // (Or it follows a determiner: a capitalized word after an article that is no adjective
    // is a noun, "mit dem Wirkstoff X", "für das Mittel X", whatever its ending.)
    let noun_end = words.get(c - 1)?.folded;
    let common = kc.compound_noun(lang, noun_end)
        || kc.org_noun_compound(lang, noun_end)
        || kc.person_cue_compound(lang, noun_end)
        || (kc.noun_like(lang, noun_end) && noun_end.chars().count() >= 8)
        || after_determiner(cx, r);
    if !common {
        return None;
    }
    let determiner = |p: &Word| {
        p.folded == noun_end
            || [
                &profile.definite_articles,
                &profile.indefinite_articles,
                &profile.genitive_determiners,
                &profile.possessive_determiners,
            ]
            .iter()
            .any(|l| l.iter().any(|a| a == p.folded))
    };
    let alone: Vec<usize> = words
        .iter()
        .enumerate()
        .filter(|&(k, w)| {
            (k < r || k >= e)
                && w.folded == last.folded
                && w.cap
                && !w.hyphen
                && !words.get(k + 1).is_some_and(|n| n.hyphen)
                && !k
                    .checked_sub(1)
                    .and_then(|p| words.get(p))
                    .is_some_and(|p| w.joined && (determiner(p) || (p.cap && !p.lower)))
        })
        .map(|(k, _)| k)
        .collect();
    (!alone.is_empty()).then_some((c, alone))
}

/// Where every noun is capitalized, whether word `r` follows a determiner of the language
/// right before it: an article, a genitive or possessive determiner, or a preposition fused
/// with an article ("dem", "des", "seiner", "im", "vom"). A capitalized word there that is no
/// declined adjective is a common noun: German writes a name after the noun that classes it
/// ("mit dem Wirkstoff X", "im Werk X", "die Atomaufsicht X"), in close apposition.
fn after_determiner(cx: &Ctx<'_, '_>, r: usize) -> bool {
    let lang = cx.doc.lang;
    if !cx.doc.cues.nouns_capitalized(lang) {
        return false;
    }
    let words = cx.words();
    let profile = LangProfile::embedded(lang);
    let Some(w) = words.get(r).filter(|w| w.joined) else {
        return false;
    };
    if declined_adjective(profile, w.folded) || cx.given(w.folded) {
        return false;
    }
    // (The determiner opens the sentence too: "Die Atomaufsicht X prüft".)
    r.checked_sub(1)
        .and_then(|p| words.get(p))
        .is_some_and(|p| {
            (p.lower || p.initial)
                && [
                    &profile.definite_articles,
                    &profile.indefinite_articles,
                    &profile.genitive_determiners,
                    &profile.possessive_determiners,
                    &profile.fused_articles,
                ]
                .iter()
                .any(|l| l.iter().any(|a| a == p.folded))
        })
}

/// Where every noun is capitalized, the first word of the name after a common noun that
/// classes it, right after a determiner ("die Atomaufsicht X", "der Baureihe X", "das Mittel
/// X"): a plain capitalized noun (hyphens may join a compound: "des UN-Programms X"), then a
/// name written as no common noun is: in capitals, with a capital inside or a digit
/// ("PowerOutage", "SU7"), or with a letter the language does not write its words with.
fn determined_descriptor(cx: &Ctx<'_, '_>, r: usize, e: usize) -> Option<usize> {
    if e < r + 2 || !after_determiner(cx, r) {
        return None;
    }
    let words = cx.words();
    let first = words.get(r)?;
    // (A noun of four letters or more: a short capitalized word is as often a foreign name's
    // first part, "im Alt Empordà".)
    if first.lower
        || first.digit
        || first.camel
        || first.in_cjk
        || first.quoted
        || first.folded.chars().count() < 4
    {
        return None;
    }
    // (A compound joined by hyphens: "UN-Programms"; its last part a plain noun.)
    let mut c = r + 1;
    while c < e && words.get(c).is_some_and(|w| w.hyphen && !w.lower) {
        c += 1;
    }
    let last_part = words.get(c - 1)?;
    if last_part.upper || last_part.digit || last_part.camel || cx.weak(last_part) {
        return None;
    }
    if c > r + 1 && first.upper && last_part.folded.chars().count() < 4 {
        return None;
    }
    let head = words.get(c).filter(|_| c < e)?;
    if !head.joined || head.hyphen || head.lower || cx.weak(head) {
        return None;
    }
    let surface = cx.doc.text.get(head.start..head.end).unwrap_or("");
    let named = head.upper
        || head.camel
        || (head.digit && head.cap)
        || LangProfile::embedded(cx.doc.lang).foreign_letters(surface);
    named.then_some(c)
}

/// The key of a landmark's name written with its class's common noun (cue `landmark_noun`):
/// an English noun ending it in any language ("Harbor Tunnel", "Golden Gate Bridge"), a
/// German one joined by a hyphen ("Golden-Gate-Brücke"), a capitalized one before "of" ("Port
/// of Tyne", "Aeroporto di Calverton"), or a lower-case one right before it ("le pont
/// Mirabeau", "il ponte Morandi"). The key is the name's other capitalized words and the
/// English class ("golden gate bridge"), so that every language's form names one landmark.
/// None for other names.
fn landmark_key(cx: &Ctx<'_, '_>, r: usize, e: usize) -> Option<String> {
    let kc = super::kinds::KindCues::embedded();
    let lang = cx.doc.lang;
    let words = cx.words();
    let names = |a: usize, b: usize| -> Option<String> {
        let t: Vec<&str> = (a..b)
            .filter_map(|k| words.get(k))
            .filter(|w| !w.lower)
            .map(|w| w.folded)
            .collect();
        (!t.is_empty()).then(|| t.join(" "))
    };
    if e >= r + 2 {
        let last = words.get(e - 1)?;
        let class = kc.landmark_noun(Lang::En, last.folded).or_else(|| {
            (last.hyphen && cx.doc.cues.nouns_capitalized(lang))
                .then(|| kc.landmark_noun(lang, last.folded))
                .flatten()
        });
        if let Some(class) = class.filter(|_| !last.lower) {
            return names(r, e - 1).map(|n| format!("{n} {class}"));
        }
        let first = words.get(r)?;
        let of = words
            .get(r + 1)
            .is_some_and(|w| w.lower && cx.doc.cues.is_of(lang, w.folded));
        if let Some(class) = kc.landmark_noun(lang, first.folded).filter(|_| of) {
            return names(r + 1, e).map(|n| format!("{n} {class}"));
        }
        // Where every noun is capitalized, the landmark's noun right before its name ("der
        // Flughafen Tromsø"): keyed as "l'aéroport de Tromsø" is.
        // (A common noun after it is no name: "am Flughafen Personal eingestellt".)
        let named = words.get(r + 1).is_some_and(|w| {
            w.joined
                && !w.lower
                && !w.hyphen
                && !w.digit
                && !cx.weak(w)
                && !cx.doc.cues.is_common(w.folded)
                && (!kc.noun_like(lang, w.folded)
                    || cx.doc.text.get(w.start..w.end).is_some_and(|t| {
                        crate::lang::LangProfile::embedded(lang).foreign_letters(t)
                    }))
        });
        if cx.doc.cues.nouns_capitalized(lang) && named && !first.hyphen {
            if let Some(class) = kc.landmark_noun(lang, first.folded) {
                return names(r + 1, e).map(|n| format!("{n} {class}"));
            }
        }
    }
    let prev = r.checked_sub(1).and_then(|i| words.get(i))?;
    let first = words.get(r)?;
    let class = kc.landmark_noun(lang, prev.folded)?;
    (prev.lower && first.joined && !first.hyphen)
        .then(|| names(r, e).map(|n| format!("{n} {class}")))
        .flatten()
}

/// Whether word `e` is an event's noun (cue `event_noun`) joined by a hyphen to the closing
/// quote right before it ("„Polaris“-Tour", "«Aurora»-Festival").
fn quoted_event_noun(cx: &Ctx<'_, '_>, e: usize) -> bool {
    let (Some(prev), Some(w)) = (e.checked_sub(1).and_then(|k| cx.word(k)), cx.word(e)) else {
        return false;
    };
    let kc = super::kinds::KindCues::embedded();
    let mut between = cx.doc.text.get(prev.end..w.start).unwrap_or("").chars();
    matches!(
        between.next(),
        Some('"' | '“' | '”' | '»' | '«' | '‘' | '’' | '」' | '』' | '″')
    ) && matches!(between.next(), Some('-' | '‐' | '‑'))
        && between.next().is_none()
        && !w.lower
        && (kc.event_noun(cx.doc.lang, w.folded).is_some()
            || kc.event_noun(Lang::En, w.folded).is_some())
}

/// The key of an event's name written with its class's common noun at its end (cue
/// `event_noun`): "X Tour", "X-Tournee", "„X“-Tour", "X Festival". The key is the name's other
/// capitalized words and the English class ("x tour"), so that every language's form names
/// one event. None for other names.
fn event_key(cx: &Ctx<'_, '_>, r: usize, e: usize) -> Option<String> {
    if e < r + 2 {
        return None;
    }
    let kc = super::kinds::KindCues::embedded();
    let words = cx.words();
    let last = words.get(e - 1).filter(|w| !w.lower)?;
    let class = kc
        .event_noun(Lang::En, last.folded)
        .or_else(|| kc.event_noun(cx.doc.lang, last.folded))?;
    let t: Vec<&str> = (r..e - 1)
        .filter_map(|k| words.get(k))
        .filter(|w| !w.lower)
        .map(|w| w.folded)
        .collect();
    (!t.is_empty()).then(|| format!("{} {class}", t.join(" ")))
}

/// Folds a discovered name for clustering: tokens that are common words ("AI", "Inc") do not
/// tell names apart.
fn cluster_key(name: &str) -> String {
    let cues = super::Cues::embedded();
    let folded = fold_str(name);
    let tokens = name_tokens(&folded);
    // (An event's name of a Latin name and Chinese words, "ATP年终总决赛", is not the Latin
    // name's.)
    if tokens.is_empty() || super::han::ends_with_event(&folded) {
        // A name in a script without word characters (Chinese): the folded name itself.
        return folded.split_whitespace().collect();
    }
    let core: Vec<&String> = tokens.iter().filter(|t| !cues.is_common(t)).collect();
    if core.is_empty() {
        tokens.join(" ")
    } else {
        core.into_iter().cloned().collect::<Vec<_>>().join(" ")
    }
}

/// Gives one unknown name, written differently in several documents, one id, one document
/// at a time: a discovered id (`new:…`) joins the first group seen whose key is the same (common
/// words such as "AI" or "Inc" left out) or, for names of six letters or more with as many
/// words, close (similarity 0.93: "Velocita Robotic" and "Velocita Robotics"), or, for a
/// person, the one name of the other script whose sounds match (a Chinese transliteration
/// "马库斯·克雷贝尔" and "Markus Krebber", either first, or a known person's Latin name seen
/// before; a Chinese name and its romanization,
/// "王建林" and "Wang Jianlin": family name and number of syllables); otherwise it starts a
/// group. The first id and name seen stand for the group, so the result depends only
/// on the order of the documents, and documents can be streamed.
///
/// ```
/// use concord::entity::Clusterer;
/// use concord::{Gazetteer, Lang};
/// let g = Gazetteer::embedded();
/// let mut clusterer = Clusterer::default();
/// let mut a = g.link("La startup Velocita Robotics raccoglie fondi.", Lang::It);
/// let mut b = g.link("據報道，Velocita Robotic 獲得投資。", Lang::Zh);
/// clusterer.assign(&mut a);
/// clusterer.assign(&mut b);
/// assert_eq!(b[0].id, "new:velocita robotics");
/// assert_eq!(clusterer.canonical("new:velocita robotic"), Some(("new:velocita robotics", "Velocita Robotics")));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Clusterer {
    /// Groups: (key, id, name).
    groups: Vec<(String, String, String)>,
    by_key: IndexMap<String, usize>,
    /// Groups by their Latin keys without spaces or hyphens.
    by_compact: IndexMap<String, usize>,
    /// People's groups by the sound of their Latin names' romanization ([`sound_key`]).
    by_sound: IndexMap<String, usize>,
    /// The letter groups of [`sound_key`] a user gave ([`Clusterer::with_latin_sounds`]);
    /// the embedded ones when `None`.
    sounds: Option<Vec<(String, String)>>,
    /// Groups by the first word of their key, for the fuzzy comparison.
    by_first: IndexMap<String, Vec<usize>>,
    /// Every discovered id seen, with its group.
    ids: IndexMap<String, usize>,
    /// Foreign people's names in Chinese by their family name (the part after the last
    /// interpunct), `None` where two groups share one.
    by_surname: IndexMap<String, Option<usize>>,
    /// People's names of two words or more in Latin letters, as sounds, by group.
    latin_people: super::translit::People<super::translit::LatinName>,
    /// Foreign people's names in Chinese transliteration, as sounds, by group.
    han_people: super::translit::People<super::translit::HanName>,
    /// Places', storms' and ships' names of one Latin word and in Chinese transliteration, as
    /// sounds, by group, apart per head ("county", "key", none: [`thing_sounds`]).
    latin_things: IndexMap<String, super::translit::People<super::translit::LatinName>>,
    han_things: IndexMap<String, super::translit::People<super::translit::HanName>>,
    /// Chinese people's names in Han characters and romanized, by group.
    /// (Both by the family name's romanization: group and given-name syllables.)
    han_chinese: IndexMap<String, Vec<(usize, usize)>>,
    roman_chinese: IndexMap<String, Vec<(usize, usize)>>,
}

/// A Latin key without its spaces and hyphens ("wind tre", "windtre": "windtre"), where it has
/// five letters or more and no Han character.
fn compact_key(key: &str) -> Option<String> {
    let c: String = key.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    (c.chars().count() >= 5 && !c.chars().any(crate::lang::is_han)).then_some(c)
}

/// The embedded letter groups that fold a name's romanizations to one key, in order
/// (`data/gazetteer/latin_sounds.tsv`, read like the other two-column files by
/// [`super::load::tab_pairs`]; a test checks that every line of it is a pair).
fn latin_sounds() -> &'static [(String, String)] {
    static SOUNDS: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    SOUNDS.get_or_init(|| parse_latin_sounds(include_str!("../../data/gazetteer/latin_sounds.tsv")))
}

/// The letter groups of a `latin_sounds.tsv`-format source: `letters <TAB> replacement` per
/// line, in order.
fn parse_latin_sounds(src: &str) -> Vec<(String, String)> {
    super::load::tab_pairs(src)
        .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
        .filter(|(a, _)| !a.is_empty())
        .collect()
}

/// A person's Latin key as its romanizations sound alike ("michail mischustin", "mikhail
/// mishustin", "mikhail michoustine": one key): each word folded by [`latin_sounds`], doubled
/// letters once, a final "e" after a consonant dropped. Only for two words or more of three
/// letters or more each, in Latin letters.
fn sound_key(key: &str, sounds: &[(String, String)]) -> Option<String> {
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let latin = |w: &&str| w.chars().count() >= 3 && w.chars().all(|c| c.is_ascii_lowercase());
    if words.len() < 2 || !words.iter().all(latin) {
        return None;
    }
    let fold = |w: &str| {
        let mut s = w.to_string();
        for (a, b) in sounds {
            s = s.replace(a.as_str(), b);
        }
        let mut out = String::new();
        for c in s.chars() {
            if !out.ends_with(c) {
                out.push(c);
            }
        }
        let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
        let mut chars = out.chars().rev();
        if let (Some('e'), Some(c)) = (chars.next(), chars.next()) {
            if !vowel(c) && out.len() > 4 {
                out.pop();
            }
        }
        out
    };
    Some(words.into_iter().map(fold).collect::<Vec<_>>().join(" "))
}

/// The family name of a foreign person's name written in Chinese ("阿瑟·门施": "门施"), and
/// whether the key is one: two Han characters or more after an interpunct.
fn han_surname(key: &str) -> Option<&str> {
    let (_, last) = key.rsplit_once(super::han::is_interpunct)?;
    (last.chars().count() >= 2 && last.chars().all(crate::lang::is_han)).then_some(last)
}

/// Whether two names' words, in order, differ only by damage: where both words have four
/// letters or more, they are close (similarity 0.85: "Robotic" and "Robotics"); two bodies
/// whose names differ by a word ("Comitato olimpico nazionale" and "Comitato olimpico
/// internazionale") are two.
fn close_words(a: &[String], b: &[String]) -> bool {
    a.iter().zip(b).all(|(x, y)| {
        x == y || x.chars().count() < 4 || y.chars().count() < 4 || fuzzy::similarity(x, y) >= 0.85
    })
}

/// Whether the key is a lone family name in Chinese transliteration (Han characters only).
fn lone_han_name(key: &str) -> bool {
    key.chars().count() >= 2 && key.chars().all(crate::lang::is_han)
}

impl Clusterer {
    /// A clusterer that folds people's romanized names with the letter groups of `src`
    /// instead of the embedded `data/gazetteer/latin_sounds.tsv` (same format: `letters
    /// <TAB> replacement` per line, applied in order; `#` comments). Two discovered people's
    /// names whose folded keys are equal are one person.
    ///
    /// ```
    /// use concord::entity::Clusterer;
    /// use concord::{Gazetteer, Lang};
    /// let g = Gazetteer::embedded();
    /// let one_person = |sounds: &str| {
    ///     let mut c = Clusterer::default().with_latin_sounds(sounds);
    ///     let mut a = g.link("Ieri Stephan Kowalski ha parlato.", Lang::It);
    ///     let mut b = g.link("Gestern sprach Stefan Kowalski.", Lang::De);
    ///     c.assign(&mut a);
    ///     c.assign(&mut b);
    ///     a[0].id == b[0].id
    /// };
    /// // "ph" sounds as "f": one person; no letter groups at all: two.
    /// assert!(one_person("ph\tf\n"));
    /// assert!(!one_person(""));
    /// ```
    pub fn with_latin_sounds(mut self, src: &str) -> Clusterer {
        self.sounds = Some(parse_latin_sounds(src));
        self
    }

    /// The letter groups that fold romanized names (a user's or the embedded ones).
    fn latin_sounds(&self) -> &[(String, String)] {
        self.sounds.as_deref().unwrap_or_else(|| latin_sounds())
    }

    /// Files a known person's Latin name under its own id, the first time it is seen, so
    /// that a transliteration of it in a later document ("纳格尔" after "Joachim Nagel",
    /// where the gazetteer knows several people of that family name) takes that id. The
    /// known person's mentions keep theirs.
    fn known_person(&mut self, id: &str, name: &str, kind: super::EntityKind) {
        if kind != super::EntityKind::Person || self.ids.contains_key(id) {
            return;
        }
        let Some(l) = super::translit::LatinName::new(name) else {
            return;
        };
        let g = self.groups.len();
        self.groups
            .push((cluster_key(name), id.to_string(), name.to_string()));
        self.latin_people.add(g, l);
        self.ids.insert(id.to_string(), g);
    }

    /// Rewrites the discovered ids (and names) of one document's mentions to their groups'.
    ///
    /// A Chinese name that a Latin one gives in brackets ("维罗拉机器人（Velora Robotics）":
    /// the Chinese mention has the Latin name's id and its own name) names that group in
    /// every document: where another document named the Chinese name first, the Latin id
    /// joins its group.
    pub fn assign(&mut self, mentions: &mut [super::EntityMention]) {
        // The Chinese names given by Latin ones (their name is not their id's).
        let glossed = |m: &super::EntityMention| {
            m.id.strip_prefix("new:").and_then(|k| {
                let name_key = cluster_key(&m.name);
                (name_key.chars().any(crate::lang::is_han) && name_key != cluster_key(k))
                    .then_some(name_key)
            })
        };
        for m in mentions.iter() {
            if let Some(name_key) = glossed(m) {
                if !self.ids.contains_key(&m.id) {
                    if let Some(&g) = self.by_key.get(&name_key) {
                        self.ids.insert(m.id.clone(), g);
                    }
                }
            }
        }
        // Plain names first, so that a group is named by a Latin name rather than its gloss.
        let mut order: Vec<(bool, usize)> = mentions
            .iter()
            .enumerate()
            .map(|(i, m)| (glossed(m).is_some(), i))
            .collect();
        order.sort();
        for (gloss, i) in order {
            let Some(m) = mentions.get_mut(i) else {
                continue;
            };
            let name_key = if gloss { glossed(m) } else { None };
            let Some(g) = self.group_of(&m.id, &m.name, m.kind) else {
                continue;
            };
            if let Some(k) = name_key {
                self.by_key.entry(k).or_insert(g);
            }
            if let Some((_, id, name)) = self.groups.get(g) {
                if &m.id != id || &m.name != name {
                    m.id = id.clone();
                    m.name = name.clone();
                }
            }
        }
    }

    /// The id and name standing for a discovered id's group, where they differ from it.
    pub fn canonical(&self, id: &str) -> Option<(&str, &str)> {
        let g = *self.ids.get(id)?;
        let (_, gid, name) = self.groups.get(g)?;
        (gid != id).then_some((gid.as_str(), name.as_str()))
    }

    fn group_of(&mut self, id: &str, name: &str, kind: super::EntityKind) -> Option<usize> {
        let Some(key_src) = id.strip_prefix("new:") else {
            self.known_person(id, name, kind);
            return None;
        };
        if let Some(&g) = self.ids.get(id) {
            return Some(g);
        }
        let key = cluster_key(key_src);
        let tokens = name_tokens(&key);
        // A foreign person's family name alone in one document and the full name in another
        // (in Chinese, written "门施" after a role, "阿瑟·门施" elsewhere): one person, where no
        // other full name has that family name.
        let surname = han_surname(&key).map(str::to_string);
        let surname = surname.as_deref();
        let by_surname = || {
            if let Some(s) = surname {
                let g = *self.by_key.get(s)?;
                let lone = self.groups.get(g).is_some_and(|(k, _, _)| lone_han_name(k));
                // (Only the first full name with it: a second one is another person.)
                (lone && !self.by_surname.contains_key(s)).then_some(g)
            } else if lone_han_name(&key) {
                self.by_surname.get(&key).copied().flatten()
            } else {
                None
            }
        };
        // A name written glued or apart ("WindTre", "Wind Tre"): one key without spaces or
        // hyphens, for Latin names of five letters or more.
        let compact = compact_key(&key);
        // A person's name romanized in several ways ("Michail Mischustin", "Mikhail
        // Mishustin"): one key of its sounds.
        // (A name of no known kind too: a person's name the kinds pass left unsure of.)
        let sound = matches!(kind, super::EntityKind::Person | super::EntityKind::Other)
            .then(|| sound_key(&key, self.latin_sounds()))
            .flatten();
        // An organization keyed by the acronym a text defines for it ("new:ecdc", named
        // "Centre européen de prévention ..."): its name is a key too, so that a text naming it
        // in full without the acronym names it as well.
        let acronym_name = {
            let name_key = cluster_key(name);
            let acronym = (2..=6).contains(&key.chars().count())
                && key
                    .chars()
                    .all(|c| c.is_alphanumeric() && !crate::lang::is_han(c));
            (acronym && name_key != key && name_tokens(&name_key).len() >= 2).then_some(name_key)
        };
        // A Hong Kong or Taiwanese name with a Western given name before the Chinese one
        // ("Linda Wong Ka-yee"): the Western given name and the family name are a key too
        // ("Linda Wong"), and the family and Chinese given name its romanization.
        let (western, roman_tail) = western_short(name, kind != super::EntityKind::Place);
        let found = self
            .by_key
            .get(&key)
            .copied()
            .or_else(|| self.by_key.get(western.as_ref()?).copied())
            .or_else(|| self.by_key.get(acronym_name.as_ref()?).copied())
            .or_else(|| {
                compact
                    .as_ref()
                    .and_then(|c| self.by_compact.get(c).copied())
            })
            .or_else(by_surname)
            .or_else(|| self.by_sound.get(sound.as_ref()?).copied())
            .or_else(|| {
                if key.chars().count() < 6 {
                    return None;
                }
                let first = tokens.first()?;
                self.by_first.get(first)?.iter().copied().find(|&g| {
                    self.groups.get(g).is_some_and(|(k, _, _)| {
                        let other = name_tokens(k);
                        // (Another number is another model or craft: "Chang'e-5", "-6".)
                        let digits =
                            |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
                        k.chars().count() >= 6
                            && other.len() == tokens.len()
                            && digits(k) == digits(&key)
                            && fuzzy::similarity(k, &key) >= 0.93
                            && close_words(&other, &tokens)
                    })
                })
            });
        // A foreign person's name in Chinese transliteration and the Latin name it transliterates
        // ("卡斯滕·施波尔", "Carsten Spohr"), where no other name of the other script matches
        // about as well.
        let person = matches!(kind, super::EntityKind::Person | super::EntityKind::Other);
        let han = if found.is_none() && key.contains(super::han::is_interpunct) {
            super::translit::HanName::new(&key)
        } else if found.is_none() && kind == super::EntityKind::Person {
            // (A foreign family name alone: "首席执行官纳夫拉蒂尔表示".)
            super::translit::HanName::family_only(&key)
        } else {
            None
        };
        let latin = if found.is_none() && han.is_none() && person && tokens.len() >= 2 {
            super::translit::LatinName::new(&key)
        } else {
            None
        };
        let found = found
            .or_else(|| {
                let h = han.as_ref()?;
                use super::translit::Family;
                super::translit::best(h, self.latin_people.candidates(h.classes())).map(|(g, _)| g)
            })
            .or_else(|| {
                let l = latin.as_ref()?;
                // (A Chinese name's group that a Latin name joined is taken.)
                use super::translit::Family;
                let free = self
                    .han_people
                    .candidates(l.classes())
                    .filter(|(g, _)| !self.latin_people.has(*g));
                super::translit::best_han(l, free).map(|(g, _)| g)
            });
        // A place's, a storm's or a ship's name and its transliteration ("Marion County",
        // "马里恩县"), where no other name of the other script fits.
        let thing = (found.is_none()
            && matches!(
                kind,
                super::EntityKind::Place | super::EntityKind::Other | super::EntityKind::Product
            ))
        .then(|| thing_sounds(&key))
        .flatten();
        let found = found.or_else(|| self.thing_group(thing.as_ref()));
        // A Chinese person's name and its romanization ("孙飘扬", "Sun Piaoyang"), where no
        // other name of the other script fits.
        let han_chinese = if found.is_none() && kind == super::EntityKind::Person {
            super::romanize::HanPerson::new(&key)
        } else {
            None
        };
        let roman_chinese = if found.is_none() && han_chinese.is_none() && person {
            super::romanize::RomanPerson::new(name)
        } else {
            None
        };
        let unique = |mut it: Box<dyn Iterator<Item = usize> + '_>| {
            let first = it.next()?;
            it.all(|g| g == first).then_some(first)
        };
        let found = found
            .or_else(|| {
                let h = han_chinese.as_ref()?;
                unique(Box::new(
                    h.romanized
                        .iter()
                        .filter_map(|r| self.roman_chinese.get(r))
                        .flatten()
                        .filter(|(_, n)| *n == h.given)
                        .map(|(g, _)| *g),
                ))
            })
            .or_else(|| {
                let r = roman_chinese.as_ref()?;
                unique(Box::new(
                    self.han_chinese
                        .get(&r.family)
                        .into_iter()
                        .flatten()
                        .filter(|(_, n)| *n == r.given)
                        .map(|(g, _)| *g),
                ))
            });
        let g = match found {
            Some(g) => g,
            None => {
                let g = self.groups.len();
                self.groups
                    .push((key.clone(), id.to_string(), name.to_string()));
                self.by_key.insert(key, g);
                if let Some(c) = compact {
                    self.by_compact.entry(c).or_insert(g);
                }
                if let Some(first) = tokens.first() {
                    self.by_first.entry(first.clone()).or_default().push(g);
                }
                g
            }
        };
        if let Some(n) = acronym_name {
            self.by_key.entry(n).or_insert(g);
        }
        if let Some(w) = western {
            self.by_key.entry(w).or_insert(g);
        }
        if let Some(r) = roman_tail {
            let list = self.roman_chinese.entry(r.family).or_default();
            if !list.contains(&(g, r.given)) {
                list.push((g, r.given));
            }
        }
        if let Some(s) = sound {
            self.by_sound.entry(s).or_insert(g);
        }
        if let Some(h) = han {
            self.han_people.add(g, h);
        }
        if let Some(h) = han_chinese {
            for r in h.romanized {
                self.han_chinese
                    .entry(r.clone())
                    .or_default()
                    .push((g, h.given));
            }
        }
        if let Some(r) = roman_chinese {
            self.roman_chinese
                .entry(r.family)
                .or_default()
                .push((g, r.given));
        }
        if let Some(l) = latin {
            self.latin_people.add(g, l);
        }
        if let Some(t) = thing {
            self.file_thing(g, t);
        }
        if let Some(s) = surname {
            let slot = self.by_surname.entry(s.to_string()).or_insert(Some(g));
            if *slot != Some(g) {
                *slot = None;
            }
        }
        self.ids.insert(id.to_string(), g);
        Some(g)
    }
}

/// A place's, a storm's or a ship's discovered key as sounds to compare across scripts: its
/// head's meaning (cue `head_gloss` of `data/gazetteer/zh_names.tsv`: "县" and "郡" are
/// "county", "礁" is "key"; "" for none) and its name without the head, one Latin word
/// ("marion county": "county", Pasadena) or a transliteration ("马里恩县": "county",
/// 萨拉索塔). `None` for other keys (two Latin words without a head, Han characters not all
/// of transliteration).
fn thing_sounds(key: &str) -> Option<(String, Thing)> {
    let glosses = super::han::HanCues::embedded().head_glosses();
    if key.chars().all(crate::lang::is_han) {
        let (stem, gloss) = glosses
            .iter()
            .filter_map(|(h, g)| key.strip_suffix(h.as_str()).map(|s| (s, g.as_str())))
            .max_by_key(|(s, _)| std::cmp::Reverse(s.len()))
            .unwrap_or((key, ""));
        let h = super::translit::HanName::family_only(stem)?;
        return Some((gloss.to_string(), Thing::Han(h)));
    }
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let (stem, gloss) = match words.as_slice() {
        [one] => (*one, ""),
        [one, head] if glosses.iter().any(|(_, g)| g == head) => (*one, *head),
        _ => return None,
    };
    let l = super::translit::LatinName::single(stem)?;
    Some((gloss.to_string(), Thing::Latin(l)))
}

/// A thing's name as sounds, in one script or the other.
enum Thing {
    Latin(super::translit::LatinName),
    Han(super::translit::HanName),
}

impl Clusterer {
    /// A Latin or a transliterated name of a place, a storm or a ship ([`thing_sounds`]) and
    /// the one name of the other script, with the same head, whose sounds it matches best where
    /// none other comes close ("Marion County", "马里恩县"; "Irma", "艾尔玛"): its group.
    fn thing_group(&self, thing: Option<&(String, Thing)>) -> Option<usize> {
        use super::translit::Family;
        let (gloss, t) = thing?;
        match t {
            Thing::Han(h) => {
                let latin = self.latin_things.get(gloss)?;
                super::translit::best(h, latin.candidates(h.classes())).map(|(g, _)| g)
            }
            Thing::Latin(l) => {
                let han = self.han_things.get(gloss)?;
                super::translit::best_han(l, han.candidates(l.classes())).map(|(g, _)| g)
            }
        }
    }

    /// Files a thing's sounds under its group.
    fn file_thing(&mut self, g: usize, thing: (String, Thing)) {
        let (gloss, t) = thing;
        match t {
            Thing::Han(h) => self.han_things.entry(gloss).or_default().add(g, h),
            Thing::Latin(l) => self.latin_things.entry(gloss).or_default().add(g, l),
        }
    }
}

/// For a person's name of a Western given name, a Chinese family name and a Chinese given name
/// of two syllables joined by a hyphen ("Linda Wong Ka-yee", "Kevin Lin Chih-ming"): the key of
/// the Western given name and the family name ("linda wong"), and the romanization of the
/// Chinese part. The shape is a person's whatever kind the mention was guessed (`person`: no
/// place).
fn western_short(
    name: &str,
    person: bool,
) -> (Option<String>, Option<super::romanize::RomanPerson>) {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [given, family, chinese] = words.as_slice() else {
        return (None, None);
    };
    let hyphenated = chinese.split_once('-').is_some_and(|(a, b)| {
        a.chars().count() >= 2 && b.chars().next().is_some_and(char::is_lowercase)
    });
    if !person || !hyphenated || !given.chars().next().is_some_and(char::is_uppercase) {
        return (None, None);
    }
    let Some(roman) = super::romanize::RomanPerson::new(&format!("{family} {chinese}")) else {
        return (None, None);
    };
    // (Not itself a romanized Chinese name: "Wong Ka-yee Lam".)
    if super::romanize::RomanPerson::new(&format!("{given} {family}")).is_some() {
        return (None, None);
    }
    let key = cluster_key(&format!("{given} {family}"));
    (Some(key), Some(roman))
}

/// The classes of business of `data/gazetteer/branches.tsv`: (Chinese, folded words, class),
/// the most words first.
fn branch_classes() -> &'static [(bool, Vec<String>, String)] {
    static B: std::sync::OnceLock<Vec<(bool, Vec<String>, String)>> = std::sync::OnceLock::new();
    B.get_or_init(|| {
        let mut out: Vec<(bool, Vec<String>, String)> =
            include_str!("../../data/gazetteer/branches.tsv")
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .filter_map(|l| {
                    let mut cols = l.split('\t').map(str::trim);
                    let (lang, words, class) = (cols.next()?, cols.next()?, cols.next()?);
                    let zh = lang == "zh";
                    let words: Vec<String> = if zh {
                        vec![fold_str(words)]
                    } else {
                        fold_str(words)
                            .split_whitespace()
                            .map(String::from)
                            .collect()
                    };
                    (!words.is_empty()).then(|| (zh, words, class.to_string()))
                })
                .collect();
        out.sort_by(|a, b| {
            let len = |x: &(bool, Vec<String>, String)| {
                x.1.iter().map(|w| w.chars().count()).sum::<usize>() + x.1.len()
            };
            len(b).cmp(&len(a))
        });
        out
    })
}

/// "De'Longhi Industrial", "Toyota Industries", "Acme New Energy Vehicle", "宏达物业": a known
/// organization's name and words of a business after it name another organization (a
/// subsidiary or a holding): one new name over both, so that neither the parent takes the
/// subsidiary's mention nor a word of it is taken alone. In Latin scripts, one to three
/// capitalized words after it, the last a `branch` cue or the words a class of
/// `data/gazetteer/branches.tsv`; in Chinese, a class's words right after it where the name is
/// a listed company's (a stock code in brackets after it), a parent's holding ("旗下", "子公司"
/// before it; "宏达汽车的销量" alone may be the parent's car business) or a company's registered
/// name (a legal form after the class's words, kept in the name: "宏达物流有限公司"). A class
/// keys the subsidiary by the parent and the class ("new:acme auto": "Acme Motors", "Acme
/// Auto", "Acme汽车" are one company in every language).
/// The parent's own mentions elsewhere stay the parent's; a longer known name ("Thyssenkrupp
/// Steel Europe") is found as it is.
pub(crate) fn branches(entities: &[Entity], doc: &Doc<'_>, cands: &mut Vec<Cand>) {
    let mut found: Vec<Cand> = Vec::new();
    let classes = branch_classes();
    for c in cands.iter() {
        let Target::Known(e) = c.target else {
            continue;
        };
        let Some(parent) = entities.get(e) else {
            continue;
        };
        if c.rank < 3 || parent.kind != EntityKind::Organization {
            continue;
        }
        let (mut end, mut class) = (None, None);
        if doc.lang == Lang::Zh {
            let rest = doc.text.get(c.span.end..).unwrap_or("");
            for (_, words, cl) in classes.iter().filter(|x| x.0) {
                let Some(w) = words.first() else { continue };
                let n = w.chars().count();
                let head: String = rest.chars().take(n).collect();
                if fold_str(&head) != *w {
                    continue;
                }
                let stop = c.span.end + head.len();
                let after = doc.text.get(stop..).unwrap_or("");
                let listed = after
                    .strip_prefix('（')
                    .or_else(|| after.strip_prefix('('))
                    .is_some_and(|a| a.starts_with(|ch: char| ch.is_ascii_digit()));
                let before: String = doc
                    .text
                    .get(..c.span.start)
                    .unwrap_or("")
                    .chars()
                    .rev()
                    .take(6)
                    .collect::<Vec<char>>()
                    .into_iter()
                    .rev()
                    .collect();
                let before = fold_str(&before);
                let held = doc
                    .cues
                    .holdings(doc.lang)
                    .iter()
                    .any(|h| before.contains(h.as_str()));
                // (A legal form right after the class's words, "X物流有限公司", is a company's
                // registered name: the subsidiary's, whole.)
                let first: String = after.chars().take(6).collect();
                let legal = super::han::legal_form_at(&fold_str(&first));
                if listed || held || legal.is_some() {
                    end = Some(stop + legal.unwrap_or(0));
                    class = Some(cl.as_str());
                }
                break;
            }
        }
        // (Latin names inside Chinese text too: "De'Longhi Industrial".)
        if end.is_none() {
            let k = doc.word_from(c.span.end);
            let mut prev_end = c.span.end;
            let mut run: Vec<&Word> = Vec::new();
            for w in doc.words.get(k..).unwrap_or(&[]).iter().take(3) {
                let single_space = doc.text.get(prev_end..w.start) == Some(" ");
                if !single_space || !w.cap || w.digit {
                    break;
                }
                run.push(w);
                prev_end = w.end;
            }
            for n in (1..=run.len()).rev() {
                let Some(ws) = run.get(..n) else { continue };
                let hit = classes.iter().find(|(zh, words, _)| {
                    !zh && words.len() == n && words.iter().zip(ws).all(|(a, b)| a == b.folded)
                });
                if let (Some((_, _, cl)), Some(last)) = (hit, ws.last()) {
                    end = Some(last.end);
                    class = Some(cl.as_str());
                    break;
                }
            }
            if end.is_none() {
                for w in run.iter().take(2) {
                    if doc.cues.is_branch(w.folded) {
                        end = Some(w.end);
                    }
                }
            }
        }
        let Some(end) = end else { continue };
        let span = Span::new(c.span.start, end);
        // A known name over the words after the parent's is that name (a country is not:
        // "Siemens Italia" is the Italian company).
        let known_after = cands.iter().any(|o| {
            matches!(o.target, Target::Known(k)
                if entities.get(k).map(|e| e.kind) != Some(EntityKind::Place))
                && o.span.start >= c.span.end
                && o.span.overlaps(&span)
        });
        if known_after {
            continue;
        }
        let Some(surface) = span.slice(doc.text) else {
            continue;
        };
        match class {
            Some(class) => found.push(Cand {
                span,
                target: Target::New {
                    key: format!("{} {class}", parent.id.replace('_', " ")),
                    name: surface.to_string(),
                    kind: EntityKind::Organization,
                },
                score: 0.8,
                rule: "branch",
                rank: 3,
            }),
            None => found.extend(Cand::new_org(span, surface, (0.8, 3), "discovered")),
        }
    }
    cands.extend(found);
}
