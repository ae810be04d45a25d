//! A least-significant-digit radix sort of `(key, index)` pairs on their `u64` key: linear in
//! the number of pairs, for the large sorts of the reconciliation (a comparison sort of a
//! million claims costs twenty comparisons per claim; this costs one read and one write per
//! claim for each byte in which the keys differ).

/// Sorts `items` by key, stably (pairs of equal keys keep their order). Bytes in which every
/// key is the same are skipped.
pub(crate) fn sort_by_key(items: &mut Vec<(u64, u32)>) {
    sort_on(items, u64::MAX);
}

/// Gathers the pairs of equal keys (hashes), each group's pairs in their order, the groups in
/// the order of the keys' low 32 bits and then of the whole keys: half the passes of
/// [`sort_by_key`] over random keys. Runs of one low half are sorted by the whole key
/// afterwards; they are short, as two hashes rarely share 32 bits unless they are equal.
pub(crate) fn group_by_key(items: &mut Vec<(u64, u32)>) {
    sort_on(items, u64::from(u32::MAX));
    let low = |p: &(u64, u32)| p.0 as u32;
    let mut start = 0;
    while let Some(first) = items.get(start).copied() {
        let run = items.get_mut(start..).unwrap_or(&mut []);
        let len = run
            .iter()
            .take_while(|p| low(p) == low(&first))
            .count()
            .max(1);
        if let Some(run) = run.get_mut(..len) {
            if run.iter().any(|p| p.0 != first.0) {
                run.sort_by_key(|p| p.0);
            }
        }
        start += len;
    }
}

/// Sorts `items` stably by the bits of their keys in `mask`.
fn sort_on(items: &mut Vec<(u64, u32)>, mask: u64) {
    let Some(&(first, _)) = items.first() else {
        return;
    };
    // The bits in which some key differs from the first one.
    let differ = mask & items.iter().fold(0u64, |acc, &(k, _)| acc | (k ^ first));
    if differ == 0 {
        return;
    }
    // The bytes to sort on (where the keys differ), and where each byte value's pairs start in
    // the output, for all of them at once: one pass over the pairs counts every byte.
    let shifts: Vec<u32> = (0..64)
        .step_by(8)
        .filter(|&shift| (differ >> shift) & 0xff != 0)
        .collect();
    let mut starts = vec![[0usize; 256]; shifts.len()];
    for &(k, _) in items.iter() {
        for (&shift, counts) in shifts.iter().zip(starts.iter_mut()) {
            if let Some(c) = counts.get_mut(((k >> shift) & 0xff) as usize) {
                *c += 1;
            }
        }
    }
    let mut from = std::mem::take(items);
    let mut to: Vec<(u64, u32)> = vec![(0, 0); from.len()];
    for (&shift, starts) in shifts.iter().zip(starts.iter_mut()) {
        let mut at = 0;
        for c in starts.iter_mut() {
            let n = *c;
            *c = at;
            at += n;
        }
        for &pair in &from {
            if let Some(c) = starts.get_mut(((pair.0 >> shift) & 0xff) as usize) {
                if let Some(slot) = to.get_mut(*c) {
                    *slot = pair;
                }
                *c += 1;
            }
        }
        std::mem::swap(&mut from, &mut to);
    }
    *items = from;
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;
    use proptest::prelude::*;

    proptest! {
        /// The radix sort is the standard library's stable sort by key.
        #[test]
        fn radix_is_a_stable_sort(
            keys in proptest::collection::vec(
                prop_oneof![0u64..4, any::<u64>(), (0u64..300).prop_map(|k| k << 40)],
                0..300,
            ),
        ) {
            let items: Vec<(u64, u32)> = keys.iter().enumerate().map(|(i, &k)| (k, i as u32)).collect();
            let mut want = items.clone();
            want.sort_by_key(|p| p.0);
            let mut got = items;
            sort_by_key(&mut got);
            prop_assert_eq!(got, want);
        }

        /// Grouping is the standard library's stable sort by the low half of the key, then by
        /// the whole key.
        #[test]
        fn grouping_is_a_stable_sort_by_low_half_then_key(
            keys in proptest::collection::vec(
                prop_oneof![
                    0u64..4,
                    any::<u64>(),
                    (0u64..300).prop_map(|k| k << 40),
                    (0u64..4, 0u64..4).prop_map(|(h, l)| (h << 32) | l),
                ],
                0..300,
            ),
        ) {
            let items: Vec<(u64, u32)> = keys.iter().enumerate().map(|(i, &k)| (k, i as u32)).collect();
            let mut want = items.clone();
            want.sort_by_key(|p| (p.0 as u32, p.0));
            let mut got = items;
            super::group_by_key(&mut got);
            prop_assert_eq!(got, want);
        }
    }
}
