//! Fuzzy linking of damaged names: similarity after folding and look-alike mapping
//! (Jaro-Winkler and normalized Damerau-Levenshtein), run only on candidate spans
//! (capitalized words the exact pass left), and gated by length, kind and context.

use strsim::{jaro_winkler, osa_distance};

use super::gazetteer::{FuzzyKey, Index};
use super::EntityKind;

/// The similarity of two folded names, from 0 to 1: the mean of Jaro-Winkler (kind to
/// damage at the end) and normalized Damerau-Levenshtein (strict on length; the restricted
/// form, optimal string alignment, which needs no hash map).
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let len = a.chars().count().max(b.chars().count());
    if len == 0 {
        return 1.0;
    }
    let ndl = 1.0 - osa_distance(a, b) as f64 / len as f64;
    (jaro_winkler(a, b) + ndl) / 2.0
}

/// A fuzzy match: the key's entity and the score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Hit {
    pub entity: usize,
    pub score: f64,
}

fn has_digit(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
}

/// The best entity for a multi-word candidate (`tokens` folded, `skeleton` of the original).
///
/// Keys are looked up by shared tokens. A key must have about as many tokens; tokens with
/// digits must be equal ("GPT-5" is not "GPT-4"); person names must share a token exactly and
/// every token must be close ("Jason Wu" is not "Jason Wei"); other names must reach
/// `threshold` over the whole string.
pub(crate) fn multi(
    idx: &Index,
    kinds: &dyn Fn(usize) -> EntityKind,
    tokens: &[String],
    skeleton: &str,
    threshold: f64,
) -> Option<Hit> {
    if tokens.len() < 2 {
        return None;
    }
    let folded = tokens.join(" ");
    let mut best: Option<Hit> = None;
    let mut seen: Vec<usize> = Vec::new();
    for t in tokens {
        for &k in idx.by_token.get(t).map_or(&[][..], |v| v.as_slice()) {
            if seen.contains(&k) {
                continue;
            }
            seen.push(k);
            let Some(key) = idx.keys.get(k) else {
                continue;
            };
            if let Some(score) = score_multi(key, kinds(key.entity), tokens, &folded, skeleton) {
                if score >= threshold && best.is_none_or(|b| score > b.score) {
                    best = Some(Hit {
                        entity: key.entity,
                        score,
                    });
                }
            }
        }
    }
    best
}

fn score_multi(
    key: &FuzzyKey,
    kind: EntityKind,
    tokens: &[String],
    folded: &str,
    skeleton: &str,
) -> Option<f64> {
    if key.tokens.len().abs_diff(tokens.len()) > 1 || key.folded == folded {
        return None;
    }
    if key.skeleton == skeleton {
        // Only look-alike letters differ ("Scale Al").
        return Some(0.97);
    }
    // Digits are identities, not spelling.
    let digits_a: Vec<&String> = tokens.iter().filter(|t| has_digit(t)).collect();
    let digits_b: Vec<&String> = key.tokens.iter().filter(|t| has_digit(t)).collect();
    if digits_a != digits_b {
        return None;
    }
    if kind == EntityKind::Person {
        if key.tokens.len() != tokens.len() {
            return None;
        }
        let mut exact = 0;
        for (a, b) in tokens.iter().zip(&key.tokens) {
            if a == b {
                exact += 1;
            } else if similarity(a, b) < 0.85 || a.chars().count().min(b.chars().count()) < 4 {
                return None;
            }
        }
        if exact == 0 {
            return None;
        }
    }
    // Every token that differs must be long enough to be a damaged spelling, not a
    // different word.
    for t in tokens.iter().filter(|t| !key.tokens.contains(t)) {
        if t.chars().count() < 4 {
            return None;
        }
    }
    Some(similarity(folded, &key.folded))
}

/// The set of a word's characters, each hashed to one of 64 bits. An edit (insertion,
/// deletion, substitution, transposition) changes the set by at most two characters, and
/// hashing can only merge differences, so `(letter_set(a) ^ letter_set(b)).count_ones() > 2k`
/// proves that `a` and `b` are more than `k` edits apart.
pub(crate) fn letter_set(s: &str) -> u64 {
    s.chars().fold(0, |m, c| m | 1u64 << (u32::from(c) % 64))
}

/// The best entity for one capitalized word: same first letter, length within two, an edit
/// distance of at most one (two from eight letters on; under eight, a dropped, added or swapped
/// letter, not a changed one), and not a longer word that merely starts with the name
/// ("Metal" is not "Meta").
pub(crate) fn single(idx: &Index, word: &str, threshold: f64) -> Option<Hit> {
    let n = word.chars().count();
    if n < 5 || has_digit(word) {
        return None;
    }
    let first = word.chars().next()?;
    let letters = letter_set(word);
    let mut best: Option<Hit> = None;
    for &k in idx.by_initial.get(&first).map_or(&[][..], |v| v.as_slice()) {
        let Some(key) = idx.keys.get(k) else {
            continue;
        };
        let m = key.len;
        let max_edits = if n.min(m) >= 8 { 2 } else { 1 };
        // Each edit changes the set of letters by at most two: a cheap, exact rejection of
        // most keys before the edit distance itself.
        if m.abs_diff(n) > max_edits
            || (letters ^ key.letters).count_ones() > 2 * max_edits as u32
            || key.folded == word
            || word.starts_with(key.folded.as_str())
        {
            continue;
        }
        if osa_distance(word, &key.folded) > max_edits {
            continue;
        }
        // In a short word, one changed letter makes another word more often than a typo
        // ("Apply", "Apple"): only a dropped, doubled or swapped letter counts there.
        if n == m && n < 8 {
            let mut x: Vec<char> = word.chars().collect();
            let mut y: Vec<char> = key.folded.chars().collect();
            x.sort_unstable();
            y.sort_unstable();
            if x != y {
                continue;
            }
        }
        let score = similarity(word, &key.folded);
        if score >= threshold && best.is_none_or(|b| score > b.score) {
            best = Some(Hit {
                entity: key.entity,
                score,
            });
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_letter_set_never_rejects_a_close_word(
            a in "[a-zàéöß]{0,12}",
            b in "[a-zàéöß]{0,12}",
        ) {
            let d = osa_distance(&a, &b) as u32;
            proptest::prop_assert!((letter_set(&a) ^ letter_set(&b)).count_ones() <= 2 * d);
        }
    }

    #[test]
    fn similarity_orders_damage() {
        assert!(similarity("openi", "openai") > 0.85);
        assert!(similarity("meta soprintendigence labs", "meta superintelligence labs") > 0.85);
        assert!(similarity("safe sopintelligence", "safe superintelligence") > 0.85);
        assert!(similarity("met", "meta") < 0.9);
        assert!(similarity("apple", "alphabet") < 0.7);
    }

    #[test]
    fn single_word_edits() {
        let g = crate::Gazetteer::embedded();
        let id = |w: &str| {
            single(&g.index, w, 0.85)
                .and_then(|h| g.entities.get(h.entity))
                .map(|e| e.id.as_str())
        };
        assert_eq!(id("openi"), Some("openai"));
        assert_eq!(id("nvdia"), Some("nvidia"));
        assert_eq!(id("nvidai"), Some("nvidia"));
        // A changed letter in a short word is another word.
        assert_eq!(id("apply"), None);
        // Too short, or a longer word that starts with the name.
        assert_eq!(id("metz"), None);
        assert_eq!(id("metal"), None);
    }
}
