//! A Chinese person's name ("孙飘扬", "張衍義") and its romanization ("Sun Piaoyang", "Chang
//! Yen-i") across documents: the family name's romanizations (pinyin, Wade-Giles, the Hong
//! Kong and Singapore spellings: `data/gazetteer/zh_romanized.tsv`) and as many given-name
//! syllables as characters. The given name's sounds are not compared, so the
//! [`super::Clusterer`] joins the two only where no other name of the corpus fits as well.

use crate::text::fold::fold_str;
use crate::text::hash::{FastMap, FastSet};

/// Family names in Han characters with their romanizations.
#[derive(Clone, Debug, Default)]
pub(crate) struct Surnames {
    by_han: FastMap<String, Vec<String>>,
    /// Every romanization of every family name.
    romanized: FastSet<String>,
}

impl Surnames {
    fn from_tsv(src: &str) -> Surnames {
        let by_han: FastMap<String, Vec<String>> = super::load::tab_pairs(src)
            .map(|(han, roman)| {
                (
                    fold_str(han.trim()),
                    roman.split_whitespace().map(fold_str).collect(),
                )
            })
            .collect();
        let romanized = by_han.values().flatten().cloned().collect();
        Surnames { by_han, romanized }
    }

    /// Whether the folded word romanizes a known family name ("sun", "chang", "lee").
    fn is_family(&self, word: &str) -> bool {
        self.romanized.contains(word)
    }

    fn embedded() -> &'static Surnames {
        static S: std::sync::OnceLock<Surnames> = std::sync::OnceLock::new();
        S.get_or_init(|| Surnames::from_tsv(include_str!("../../data/gazetteer/zh_romanized.tsv")))
    }
}

/// A Chinese person's name in Han characters: the family name's romanizations and the number
/// of given-name characters.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct HanPerson {
    pub romanized: &'static [String],
    pub given: usize,
}

impl HanPerson {
    /// A folded name of two to four Han characters that starts with a known family name
    /// (two characters first: "欧阳"), with one or two given characters.
    pub(crate) fn new(key: &str) -> Option<HanPerson> {
        let chars: Vec<char> = key.chars().collect();
        if !(2..=4).contains(&chars.len()) || !chars.iter().all(|&c| crate::lang::is_han(c)) {
            return None;
        }
        let table = Surnames::embedded();
        [2, 1].into_iter().find_map(|n| {
            let family: String = chars.get(..n)?.iter().collect();
            let romanized = table.by_han.get(&family)?;
            let given = chars.len().checked_sub(n)?;
            (1..=2).contains(&given).then_some(HanPerson {
                romanized: romanized.as_slice(),
                given,
            })
        })
    }
}

/// Whether the folded word romanizes a Chinese family name ("xu", "chang", "lee").
pub(crate) fn is_family_name(word: &str) -> bool {
    Surnames::embedded().is_family(word)
}

/// The syllables of Hanyu Pinyin (`data/gazetteer/pinyin.tsv`).
fn pinyin() -> &'static FastSet<String> {
    static P: std::sync::OnceLock<FastSet<String>> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        super::load::tab_pairs(include_str!("../../data/gazetteer/pinyin.tsv"))
            .flat_map(|(_, syllables)| syllables.split_whitespace().map(str::to_string))
            .collect()
    })
}

/// The number of pinyin syllables `word` (folded) is made of, if it is made of them: "jianmin"
/// is 2 ("jian" + "min"), "beach" none. Apostrophes and hyphens separate syllables.
pub(crate) fn pinyin_syllables(word: &str) -> Option<usize> {
    let table = pinyin();
    let mut total = 0;
    for part in word
        .split(['-', '\'', '\u{2019}'])
        .filter(|p| !p.is_empty())
    {
        let chars: Vec<(usize, char)> = part.char_indices().collect();
        let n = chars.len();
        // best[i]: the fewest syllables spelling the first i characters.
        let mut best: Vec<Option<usize>> = vec![None; n + 1];
        if let Some(b) = best.get_mut(0) {
            *b = Some(0);
        }
        for i in 0..n {
            let Some(Some(here)) = best.get(i).copied() else {
                continue;
            };
            let from = chars.get(i).map_or(part.len(), |c| c.0);
            for j in (i + 1)..=(i + 6).min(n) {
                let to = chars.get(j).map_or(part.len(), |c| c.0);
                if part.get(from..to).is_some_and(|s| table.contains(s)) {
                    if let Some(slot) = best.get_mut(j) {
                        if slot.is_none_or(|v| here + 1 < v) {
                            *slot = Some(here + 1);
                        }
                    }
                }
            }
        }
        total += best.get(n).copied().flatten()?;
    }
    (total > 0).then_some(total)
}

/// Whether folded words read as a romanized Chinese person's name in pinyin: a known family
/// name's romanization, then a given name of one or two pinyin syllables in one or two words
/// ("gao jianmin", "xu ming", "ouyang nana"; not "long beach").
pub(crate) fn pinyin_person(words: &[&str]) -> bool {
    let Some((family, given)) = words.split_first() else {
        return false;
    };
    if given.is_empty() || given.len() > 2 {
        return false;
    }
    // (No given name is read after a word that is no family name.)
    if !Surnames::embedded().is_family(family) {
        return false;
    }
    let mut n = 0;
    for g in given {
        match pinyin_syllables(g) {
            Some(k) => n += k,
            None => return false,
        }
    }
    (1..=2).contains(&n)
}

/// A romanized Chinese name, family name first: "Sun Piaoyang", "Chang Yen-i", "Lee Kuan Yew".
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RomanPerson {
    pub family: String,
    pub given: usize,
}

/// The syllables of a romanized given name written as one word ("piaoyang": 2): its vowel
/// runs, "y" and "w" being consonants.
fn syllables(word: &str) -> usize {
    let mut n = 0;
    let mut in_vowel = false;
    for c in word.chars() {
        let v = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
        if v && !in_vowel {
            n += 1;
        }
        in_vowel = v;
    }
    n
}

impl RomanPerson {
    /// A name as written, where it reads as a romanized Chinese name: a known family name's
    /// romanization first, then one or two syllables (hyphenated, "Yen-i"; one word of pinyin,
    /// "Piaoyang"; or two short words, "Kuan Yew").
    pub(crate) fn new(name: &str) -> Option<RomanPerson> {
        let folded = fold_str(name);
        let words: Vec<&str> = folded.split_whitespace().collect();
        let (family, given) = words.split_first()?;
        if !folded
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '-')
        {
            return None;
        }
        if !Surnames::embedded().is_family(family) {
            return None;
        }
        let count = match given {
            [one] if one.contains('-') => {
                let parts: Vec<&str> = one.split('-').collect();
                (parts.len() == 2 && parts.iter().all(|p| (1..=6).contains(&p.len())))
                    .then_some(2)?
            }
            [one] if one.len() <= 8 && (1..=2).contains(&syllables(one)) => syllables(one),
            [a, b] if a.len() <= 6 && b.len() <= 6 && syllables(a) == 1 && syllables(b) == 1 => 2,
            _ => return None,
        };
        Some(RomanPerson {
            family: (*family).to_string(),
            given: count,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the two names may be one person's (as the Clusterer compares them).
    fn fits(han: &HanPerson, roman: &RomanPerson) -> bool {
        han.given == roman.given && han.romanized.contains(&roman.family)
    }

    fn fit(h: &str, r: &str) -> bool {
        match (HanPerson::new(&fold_str(h)), RomanPerson::new(r)) {
            (Some(h), Some(r)) => fits(&h, &r),
            _ => false,
        }
    }

    #[test]
    fn romanizations() {
        assert!(fit("王传福", "Wang Chuanfu"));
        assert!(fit("張忠謀", "Chang Chung-mou"));
        assert!(fit("李显龙", "Lee Hsien Loong"));
        assert!(fit("雷军", "Lei Jun"));
        assert!(fit("欧阳娜娜", "Ouyang Nana"));
        assert!(fit("黄仁勋", "Huang Renxun"));
        // Another family name, another number of syllables, a Western given name.
        assert!(!fit("王传福", "Li Chuanfu"));
        assert!(!fit("雷军", "Lei Junwei"));
        assert!(!fit("黄仁勋", "Jensen Huang"));
        assert!(RomanPerson::new("Tom Ho").is_none());
    }

    #[test]
    fn pinyin_names() {
        assert_eq!(pinyin_syllables("jianmin"), Some(2));
        assert_eq!(pinyin_syllables("xian"), Some(1));
        assert_eq!(pinyin_syllables("beach"), None);
        assert!(pinyin_person(&["gao", "jianmin"]));
        assert!(pinyin_person(&["xu", "ming"]));
        assert!(pinyin_person(&["zhao", "li", "jun"]));
        assert!(!pinyin_person(&["long", "beach"]));
        assert!(!pinyin_person(&["sun", "life"]));
        assert!(!pinyin_person(&["gao", "jianminghua"]));
        assert!(!pinyin_person(&["mario", "rossi"]));
    }
}
