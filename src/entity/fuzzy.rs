//! Fuzzy linking of damaged names: similarity after folding and look-alike mapping
//! (Jaro-Winkler and normalized Damerau-Levenshtein), run only on candidate spans
//! (capitalized words the exact pass left), and gated by length, kind and context.

use strsim::jaro_winkler;

use super::gazetteer::{FuzzyKey, Index};
use super::EntityKind;

/// The optimal string alignment distance of `a` and `b` ([`strsim::osa_distance`]), without
/// allocating where `b` has at most 32 characters (names and words; longer strings go to strsim).
pub(crate) fn osa_distance(a: &str, b: &str) -> usize {
    osa_distance_within(a, b, usize::MAX)
}

/// [`osa_distance`] where only distances up to `limit` matter: the distance where it is at
/// most `limit`, else some number over `limit` (the table stops once two rows in a row are
/// over it: a cell comes from the cell before it in its row, from the row before, or from
/// the row before that plus a transposition, so every later row, and the distance, is over
/// it too).
fn osa_distance_within(a: &str, b: &str, limit: usize) -> usize {
    const MAX: usize = 32;
    let mut bc = ['\0'; MAX];
    let mut n = 0;
    for c in b.chars() {
        match bc.get_mut(n) {
            Some(slot) => *slot = c,
            None => return strsim::osa_distance(a, b),
        }
        n += 1;
    }
    let b_chars = bc.get(..n).unwrap_or(&[]);
    // Rows i - 2, i - 1 and i of the distance table.
    let (mut r0, mut r1, mut r2) = ([0usize; MAX + 1], [0usize; MAX + 1], [0usize; MAX + 1]);
    // (References, so that moving to the next row swaps pointers, not rows.)
    let (mut two, mut prev, mut cur) = (&mut r0, &mut r1, &mut r2);
    for (j, (t, p)) in two.iter_mut().zip(prev.iter_mut()).enumerate().take(n + 1) {
        *t = j;
        *p = j;
    }
    let mut prev_a = char::MAX;
    // The smallest cell of the row before (row 0: 0).
    let mut prev_min = 0;
    for (i, ac) in a.chars().enumerate() {
        if let Some(c0) = cur.first_mut() {
            *c0 = i + 1;
        }
        let mut row_min = i + 1;
        let mut prev_b = char::MAX;
        for (j, &bch) in b_chars.iter().enumerate() {
            let cost = usize::from(ac != bch);
            let left = cur.get(j).copied().unwrap_or(0);
            let up = prev.get(j + 1).copied().unwrap_or(0);
            let diag = prev.get(j).copied().unwrap_or(0);
            let mut v = (left + 1).min(up + 1).min(diag + cost);
            if i > 0 && j > 0 && ac != bch && ac == prev_b && bch == prev_a {
                let t = j
                    .checked_sub(1)
                    .and_then(|k| two.get(k))
                    .copied()
                    .unwrap_or(0);
                v = v.min(t + 1);
            }
            if let Some(slot) = cur.get_mut(j + 1) {
                *slot = v;
            }
            row_min = row_min.min(v);
            prev_b = bch;
        }
        if row_min > limit && prev_min > limit {
            return row_min;
        }
        prev_min = row_min;
        std::mem::swap(&mut two, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
        prev_a = ac;
    }
    prev.get(n).copied().unwrap_or(0)
}

/// Whether `a` and `b` are at most one edit apart in [`osa_distance`] (equal, or one
/// substitution, insertion, deletion or transposition of adjacent characters), in one pass.
fn within_one_edit(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la == lb {
        let mut diff = a
            .chars()
            .zip(b.chars())
            .enumerate()
            .filter(|(_, (x, y))| x != y);
        return match (diff.next(), diff.next(), diff.next()) {
            (None, _, _) | (Some(_), None, _) => true,
            (Some((i, (x1, y1))), Some((j, (x2, y2))), None) => j == i + 1 && x1 == y2 && x2 == y1,
            _ => false,
        };
    }
    if la.abs_diff(lb) != 1 {
        return false;
    }
    let (long, short) = if la > lb { (a, b) } else { (b, a) };
    // Up to the first difference the two agree; after it, the longer one without its
    // character there must be the rest of the shorter one.
    let first_diff = long
        .char_indices()
        .zip(short.char_indices())
        .find(|((_, x), (_, y))| x != y);
    match first_diff {
        None => true,
        Some(((lp, lc), (sp, _))) => long.get(lp + lc.len_utf8()..) == short.get(sp..),
    }
}

/// Whether `osa_distance(a, b) <= k`.
fn within_edits(a: &str, b: &str, k: usize) -> bool {
    match k {
        0 => a == b,
        1 => within_one_edit(a, b),
        _ => within_edits_banded(a, b, k),
    }
}

/// Whether `osa_distance(a, b) <= k`, computing only the cells of the distance table within
/// `k` of its diagonal: a path through the table that leaves that band takes more than `k`
/// insertions or deletions (a transposition stays on its diagonal), so the band's cells are
/// exact wherever the distance is at most `k`, and over `k` elsewhere. Strings of more than
/// 32 characters go to [`osa_distance_within`].
fn within_edits_banded(a: &str, b: &str, k: usize) -> bool {
    const MAX: usize = 32;
    let (mut ac, mut bc) = (['\0'; MAX], ['\0'; MAX]);
    let (mut n, mut m) = (0usize, 0usize);
    for c in a.chars() {
        match ac.get_mut(n) {
            Some(slot) => *slot = c,
            None => return osa_distance_within(a, b, k) <= k,
        }
        n += 1;
    }
    for c in b.chars() {
        match bc.get_mut(m) {
            Some(slot) => *slot = c,
            None => return osa_distance_within(a, b, k) <= k,
        }
        m += 1;
    }
    if n.abs_diff(m) > k {
        return false;
    }
    let (a_chars, b_chars) = (ac.get(..n).unwrap_or(&[]), bc.get(..m).unwrap_or(&[]));
    // Any value over `k` stands for "out of reach".
    let inf = k + 1;
    // Rows i - 2, i - 1 and i; outside the band a row holds `inf` where a later row reads it.
    let (mut r0, mut r1, mut r2) = ([inf; MAX + 1], [inf; MAX + 1], [inf; MAX + 1]);
    let (mut two, mut prev, mut cur) = (&mut r0, &mut r1, &mut r2);
    for (j, p) in prev.iter_mut().enumerate().take(m.min(k) + 1) {
        *p = j;
    }
    for i in 1..=n {
        let lo = i.saturating_sub(k);
        let hi = (i + k).min(m);
        let mut row_min = inf;
        if lo == 0 {
            if let Some(c0) = cur.first_mut() {
                *c0 = i;
            }
            row_min = i;
        } else if let Some(c) = cur.get_mut(lo - 1) {
            *c = inf;
        }
        let x = a_chars.get(i - 1).copied().unwrap_or('\0');
        let x_prev = i
            .checked_sub(2)
            .and_then(|p| a_chars.get(p))
            .copied()
            .unwrap_or(char::MAX);
        for j in lo.max(1)..=hi {
            let y = b_chars.get(j - 1).copied().unwrap_or('\0');
            let cost = usize::from(x != y);
            let left = cur.get(j - 1).copied().unwrap_or(inf);
            let up = prev.get(j).copied().unwrap_or(inf);
            let diag = prev.get(j - 1).copied().unwrap_or(inf);
            let mut v = (left + 1).min(up + 1).min(diag + cost);
            if i > 1 && j > 1 && x != y {
                let y_prev = b_chars.get(j - 2).copied().unwrap_or(char::MAX);
                if x == y_prev && y == x_prev {
                    v = v.min(two.get(j - 2).copied().unwrap_or(inf) + 1);
                }
            }
            let v = v.min(inf);
            if let Some(slot) = cur.get_mut(j) {
                *slot = v;
            }
            row_min = row_min.min(v);
        }
        if let Some(c) = cur.get_mut(hi + 1) {
            *c = inf;
        }
        if row_min > k {
            // Every later row is out of reach too: a cell comes from its row, the row before,
            // or by a transposition from the cell two rows up on its diagonal, which costs no
            // less than the cell of the row before on that diagonal.
            return false;
        }
        std::mem::swap(&mut two, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.get(m).is_some_and(|&d| d <= k)
}

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

/// How close a damaged word of a multi-word name must be to the word of the name it stands
/// for (the mean of Jaro-Winkler and normalized Damerau-Levenshtein).
const MIN_TOKEN_SIMILARITY: f64 = 0.6;

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
    let digits: Vec<&String> = tokens.iter().filter(|t| has_digit(t)).collect();
    let letters = letter_set(&folded);
    let len = folded.chars().count();
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
            let cand = Candidate {
                tokens,
                folded: &folded,
                skeleton,
                digits: &digits,
                letters,
                len,
            };
            if let Some(score) = score_multi(key, kinds(key.entity), &cand, threshold) {
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

/// A multi-word candidate, with what every key comparison reads computed once.
struct Candidate<'a> {
    tokens: &'a [String],
    folded: &'a str,
    skeleton: &'a str,
    /// The tokens with digits.
    digits: &'a [&'a String],
    /// `letter_set(folded)` and the characters in `folded`.
    letters: u64,
    len: usize,
}

/// An upper bound of [`similarity`] from a lower bound of the edit distance (the difference in
/// length, and half the letters only one side has): `similarity(a, b) <= bound`, also in
/// floating point, as the bound is computed with the same monotone operations.
fn similarity_bound(len_a: usize, letters_a: u64, len_b: usize, letters_b: u64) -> f64 {
    let len = len_a.max(len_b);
    if len == 0 {
        return 1.0;
    }
    let by_length = len_a.abs_diff(len_b);
    let by_letters = ((letters_a ^ letters_b).count_ones() as usize).div_ceil(2);
    let d = by_length.max(by_letters);
    let ndl = 1.0 - d as f64 / len as f64;
    (1.0 + ndl) / 2.0
}

fn score_multi(key: &FuzzyKey, kind: EntityKind, c: &Candidate<'_>, threshold: f64) -> Option<f64> {
    let tokens = c.tokens;
    if key.tokens.len().abs_diff(tokens.len()) > 1 || key.folded == c.folded {
        return None;
    }
    if key.skeleton == c.skeleton {
        // Only look-alike letters differ ("Scale Al").
        return Some(0.97);
    }
    // A score under the threshold is no match: skip the rest where a bound proves it (every
    // test below can only reject).
    if similarity_bound(c.len, c.letters, key.len, key.letters) < threshold {
        return None;
    }
    // Digits are identities, not spelling.
    let digits_b: Vec<&String> = key.tokens.iter().filter(|t| has_digit(t)).collect();
    if c.digits != digits_b.as_slice() {
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
            } else if a.chars().count().min(b.chars().count()) < 4 || !similar(a, b, 0.85) {
                return None;
            }
        }
        if exact == 0 {
            return None;
        }
    }
    // Every token that differs must be long enough to be a damaged spelling, not a
    // different word; and close to a word of the key it stands for ("Thyssenkrupp-Aktie", the
    // company's shares, is not "Thyssenkrupp Steel", its subsidiary).
    for t in tokens.iter().filter(|t| !key.tokens.contains(t)) {
        if t.chars().count() < 4 {
            return None;
        }
        // (A damaged word keeps its first letter or differs by one edit: "Rossa Italiana" is
        // no "Borsa Italiana", the shared adjective carries no link.)
        let close = key.tokens.iter().filter(|k| !tokens.contains(k)).any(|k| {
            similar(t, k, MIN_TOKEN_SIMILARITY)
                && (t.chars().next() == k.chars().next() || within_one_edit(t, k))
        });
        if !close {
            return None;
        }
    }
    Some(similarity(c.folded, &key.folded))
}

/// Whether `similarity(a, b) >= min`, without the distances where [`similarity_bound`] proves
/// it is not.
fn similar(a: &str, b: &str, min: f64) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    similarity_bound(la, letter_set(a), lb, letter_set(b)) >= min && similarity(a, b) >= min
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
    // Only keys within two characters of the word's length can be within two edits: their
    // run of the bucket sorted by length. The best score wins, the first key (in the
    // gazetteer's order) among equal scores.
    let bucket = idx
        .by_initial_len
        .get(&first)
        .map_or(&[][..], |v| v.as_slice());
    let lo = bucket.partition_point(|&(m, _)| m + 2 < n);
    let hi = bucket.partition_point(|&(m, _)| m <= n + 2);
    let mut best: Option<(Hit, usize)> = None;
    for &(_, k) in bucket.get(lo..hi).unwrap_or(&[]) {
        let Some(score) = single_score(idx.keys.get(k), word, n, letters) else {
            continue;
        };
        let better = best.is_none_or(|(b, bk)| score > b.score || (score == b.score && k < bk));
        if score >= threshold && better {
            let hit = Hit {
                entity: idx.keys.get(k).map_or(0, |key| key.entity),
                score,
            };
            best = Some((hit, k));
        }
    }
    best.map(|(h, _)| h)
}

/// The similarity of the word (`n` characters, [`letter_set`] `letters`) to `key`, where
/// [`single`] accepts the key as a damaged spelling of the word.
fn single_score(key: Option<&FuzzyKey>, word: &str, n: usize, letters: u64) -> Option<f64> {
    let key = key?;
    let m = key.len;
    let max_edits = if n.min(m) >= 8 { 2 } else { 1 };
    // Each edit changes the set of letters by at most two: a cheap, exact rejection of
    // most keys before the edit distance itself.
    if m.abs_diff(n) > max_edits
        || (letters ^ key.letters).count_ones() > 2 * max_edits as u32
        || key.folded == word
        || word.starts_with(key.folded.as_str())
    {
        return None;
    }
    if !within_edits(word, &key.folded, max_edits) {
        return None;
    }
    // In a short word, one changed letter makes another word more often than a typo
    // ("Apply", "Apple"): only a dropped, doubled or swapped letter counts there.
    if n == m && n < 8 {
        let mut x: Vec<char> = word.chars().collect();
        let mut y: Vec<char> = key.folded.chars().collect();
        x.sort_unstable();
        y.sort_unstable();
        if x != y {
            return None;
        }
    }
    Some(similarity(word, &key.folded))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`single`] as it was written first: every key of the word's first letter, in order.
    fn single_scan(idx: &Index, word: &str, threshold: f64) -> Option<Hit> {
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
            let Some(score) = single_score(Some(key), word, n, letters) else {
                continue;
            };
            if score >= threshold && best.is_none_or(|b| score > b.score) {
                best = Some(Hit {
                    entity: key.entity,
                    score,
                });
            }
        }
        best
    }

    proptest::proptest! {
        /// The search over the keys of a length range finds what the scan of every key of
        /// the first letter finds: words made from the gazetteer's own single-word keys with
        /// up to two edits (dropped, doubled, changed or swapped letters), and any words.
        #[test]
        fn single_matches_the_full_scan(
            pick in 0usize..100_000,
            edits in proptest::collection::vec((0usize..64, 0u8..4, proptest::char::range('a', 'z')), 0..3),
            any in "[a-zàéü]{4,12}",
            threshold in proptest::sample::select(vec![0.8, 0.85, 0.9]),
        ) {
            let g = crate::Gazetteer::embedded();
            let idx = &g.index;
            let singles: Vec<&FuzzyKey> =
                idx.keys.iter().filter(|k| k.tokens.len() <= 1).collect();
            let mut word: Vec<char> = singles
                .get(pick % singles.len().max(1))
                .map_or_else(Vec::new, |k| k.folded.chars().collect());
            for (at, op, c) in edits {
                let i = at % (word.len() + 1);
                match op {
                    0 if i < word.len() => {
                        word.remove(i);
                    }
                    1 => word.insert(i, c),
                    2 if i < word.len() => word[i] = c,
                    _ if i + 1 < word.len() => word.swap(i, i + 1),
                    _ => {}
                }
            }
            let word: String = word.into_iter().collect();
            for w in [word.as_str(), any.as_str()] {
                proptest::prop_assert_eq!(single(idx, w, threshold), single_scan(idx, w, threshold));
            }
        }

        /// The allocation-free distance is strsim's.
        #[test]
        fn osa_distance_is_strsims(
            a in "[a-dàé ]{0,40}|\\PC{0,8}",
            b in "[a-dàé ]{0,40}|\\PC{0,8}",
        ) {
            proptest::prop_assert_eq!(osa_distance(&a, &b), strsim::osa_distance(&a, &b));
        }

        /// The one-pass test is the distance's.
        #[test]
        fn within_one_edit_is_a_distance_of_at_most_one(
            a in "[a-cé]{0,7}|\\PC{0,4}",
            b in "[a-cé]{0,7}|\\PC{0,4}",
        ) {
            let d = strsim::osa_distance(&a, &b);
            proptest::prop_assert_eq!(within_one_edit(&a, &b), d <= 1);
            proptest::prop_assert_eq!(within_edits(&a, &b, 2), d <= 2);
        }

        /// The same on pairs one or two random edits apart.
        #[test]
        fn within_edits_on_close_pairs(
            a in proptest::collection::vec(proptest::sample::select(vec!['a', 'b', 'c', 'é']), 0..9),
            edits in proptest::collection::vec((0usize..4, 0usize..10, proptest::sample::select(vec!['a', 'b', 'é'])), 1..3),
        ) {
            let mut b = a.clone();
            for (op, at, c) in edits {
                let at = at % (b.len() + 1);
                match op {
                    0 => b.insert(at, c),
                    1 if at < b.len() => { b.remove(at); }
                    2 if at < b.len() => b[at] = c,
                    3 if at + 1 < b.len() => b.swap(at, at + 1),
                    _ => {}
                }
            }
            let (a, b): (String, String) = (a.into_iter().collect(), b.into_iter().collect());
            let d = strsim::osa_distance(&a, &b);
            proptest::prop_assert_eq!(within_one_edit(&a, &b), d <= 1);
            proptest::prop_assert_eq!(within_edits(&a, &b, 2), d <= 2);
            proptest::prop_assert_eq!(osa_distance(&a, &b), d);
        }

        /// The banded test is the distance's for every bound, on strings up to and past the
        /// 32 characters it holds in place, few letters (so that distances are small) or any.
        #[test]
        fn within_edits_banded_is_a_distance_of_at_most_k(
            a in "[a-cé]{0,36}|[ab]{28,36}|\\PC{0,6}",
            b in "[a-cé]{0,36}|[ab]{28,36}|\\PC{0,6}",
            k in 1usize..6,
        ) {
            let d = strsim::osa_distance(&a, &b);
            proptest::prop_assert_eq!(within_edits_banded(&a, &b, k), d <= k, "{} {} {}", a, b, d);
        }

        /// The bound is never under the similarity.
        #[test]
        fn the_similarity_bound_holds(
            a in "[a-dé ]{0,14}|\\PC{0,6}",
            b in "[a-dé ]{0,14}|\\PC{0,6}",
        ) {
            let bound = similarity_bound(
                a.chars().count(),
                letter_set(&a),
                b.chars().count(),
                letter_set(&b),
            );
            proptest::prop_assert!(similarity(&a, &b) <= bound, "{} > {}", similarity(&a, &b), bound);
        }

        /// Within a limit, the distance is exact; over it, it is over it.
        #[test]
        fn the_limited_distance_agrees(
            a in "[a-dé]{0,12}|\\PC{0,6}",
            b in "[a-dé]{0,12}|\\PC{0,6}",
            limit in 0usize..5,
        ) {
            let d = strsim::osa_distance(&a, &b);
            let got = osa_distance_within(&a, &b, limit);
            if d <= limit {
                proptest::prop_assert_eq!(got, d);
            } else {
                proptest::prop_assert!(got > limit, "{} <= {} (distance {})", got, limit, d);
            }
        }

        /// `similar` answers as the similarity itself does.
        #[test]
        fn similar_equals_the_similarity_test(
            a in "[a-dé ]{0,14}|\\PC{0,6}",
            b in "[a-dé ]{0,14}|\\PC{0,6}",
            min in proptest::sample::select(vec![0.6, 0.85, 0.9, 0.93]),
        ) {
            proptest::prop_assert_eq!(similar(&a, &b, min), similarity(&a, &b) >= min);
        }

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
