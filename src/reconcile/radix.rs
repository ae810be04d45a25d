//! A least-significant-digit radix sort of `(key, index)` pairs on their `u64` key: linear in
//! the number of pairs, for the large sorts of the reconciliation (a comparison sort of a
//! million claims costs twenty comparisons per claim; this costs one read and one write per
//! claim for each byte in which the keys differ).

/// Sorts `items` by key, stably (pairs of equal keys keep their order). Bytes in which every
/// key is the same are skipped.
pub(crate) fn sort_by_key(items: &mut Vec<(u64, u32)>) {
    let Some(&(first, _)) = items.first() else {
        return;
    };
    // The bits in which some key differs from the first one.
    let differ = items.iter().fold(0u64, |acc, &(k, _)| acc | (k ^ first));
    if differ == 0 {
        return;
    }
    let mut from = std::mem::take(items);
    let mut to: Vec<(u64, u32)> = vec![(0, 0); from.len()];
    for shift in (0..64).step_by(8) {
        if (differ >> shift) & 0xff == 0 {
            continue;
        }
        // Where each byte value's pairs start in the output.
        let mut starts = [0usize; 256];
        for &(k, _) in &from {
            if let Some(c) = starts.get_mut(((k >> shift) & 0xff) as usize) {
                *c += 1;
            }
        }
        let mut at = 0;
        for c in &mut starts {
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
    }
}
