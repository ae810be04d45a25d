//! Clustering the claims of one fact key and unit by their intervals.
//!
//! Claims come in three tiers of precision: exact figures (tier 0), approximate ones and ranges
//! (tier 1), and open ones ("more than", "up to": tier 2). Exact figures are clustered first by
//! a sweep over their intervals sorted by lower end: a claim joins the current cluster when it
//! overlaps the *intersection* of the cluster's intervals, so that every member of a cluster
//! shares a common value (the interval every source allows) and a chain of figures that each
//! overlap their neighbour cannot glue two incompatible figures together. Each claim of the next
//! tier is then attached to *every* cluster it is compatible with; only those compatible with
//! none are swept into clusters of their own. A hedge therefore never hides a contradiction: "more
//! than 10 billion" supports both 14.3 and 15 billion, and they still conflict. An approximate
//! figure compatible with several clusters is the exception: where its written value (without
//! the hedge's widening) falls in some of them, it joins those only, as a reader takes "about
//! 7.3 billion" to back 7.3 billion rather than 7.6.
//!
//! Clusters made by one sweep have disjoint intersections in increasing order, so attaching
//! finds the compatible ones by binary search: the whole is O(n log n).

use super::key::{below, IvKey};

/// The precision tiers, attached in this order.
pub(crate) const TIERS: u8 = 3;

/// A set of claims that share at least one value.
///
/// Members are indices into the slice that was clustered (plus its base): a contiguous run of
/// founders (the usual case: exact figures that agree, with no allocation), then the others.
#[derive(Clone, Debug)]
pub(crate) struct Cluster {
    /// Where every member allows the value to lie.
    pub inter: IvKey,
    /// The members whose lower and upper ends bound [`Cluster::inter`].
    pub lo_from: u32,
    pub hi_from: u32,
    /// The tier of the claims that founded it (its most precise members).
    pub tier: u8,
    /// Contiguous members `run.0 .. run.1`.
    pub run: (u32, u32),
    /// The other members, in the order they joined.
    pub extra: Vec<u32>,
}

impl Cluster {
    fn founded_by(inter: IvKey, tier: u8, idx: u32) -> Cluster {
        Cluster {
            inter,
            lo_from: idx,
            hi_from: idx,
            tier,
            run: (idx, idx.saturating_add(1)),
            extra: Vec::new(),
        }
    }

    /// Adds a member.
    fn push(&mut self, idx: u32) {
        if self.extra.is_empty() && idx == self.run.1 {
            self.run.1 = idx.saturating_add(1);
        } else {
            self.extra.push(idx);
        }
    }

    /// The members: the run, then the others.
    pub(crate) fn members(&self) -> impl Iterator<Item = u32> + Clone + '_ {
        (self.run.0..self.run.1).chain(self.extra.iter().copied())
    }

    /// The first member.
    pub(crate) fn first(&self) -> u32 {
        self.run.0
    }
}

impl Cluster {
    /// Narrows the cluster to its intersection with member `idx`'s interval.
    fn narrow(&mut self, iv: &IvKey, idx: u32) {
        let (inter, lo, hi) = self.inter.intersect(iv);
        self.inter = inter;
        if lo {
            self.lo_from = idx;
        }
        if hi {
            self.hi_from = idx;
        }
    }
}

/// The buffers of [`cluster`], reused from one call to the next.
#[derive(Debug, Default)]
pub(crate) struct Sweep {
    /// Ranges of the cluster list made by one sweep: sorted, disjoint intersections.
    segments: Vec<(usize, usize)>,
    /// The claims of a tier that fit no earlier cluster.
    pending: Vec<u32>,
    /// The clusters one claim is compatible with.
    compatible: Vec<usize>,
}

/// Clusters `items` (each a tier and an interval), which must be sorted by tier, then by lower
/// end, then by upper end, appending the clusters to `clusters`. Member indices are
/// `base + position in items`. `core` gives, for an approximate claim, the interval of its
/// written value without the hedge's widening (`None` for the others). `sweep` holds buffers
/// reused between calls.
pub(crate) fn cluster(
    items: &[(u8, IvKey)],
    base: u32,
    core: &dyn Fn(u32) -> Option<IvKey>,
    clusters: &mut Vec<Cluster>,
    sweep: &mut Sweep,
) {
    let first = clusters.len();
    let Sweep {
        segments,
        pending,
        compatible,
    } = sweep;
    segments.clear();
    let mut pos = 0usize;
    for tier in 0..TIERS {
        let start = pos;
        while items.get(pos).is_some_and(|(t, _)| *t == tier) {
            pos += 1;
        }
        let Some(tier_items) = items.get(start..pos) else {
            break;
        };
        if tier_items.is_empty() {
            continue;
        }
        pending.clear();
        for (k, (_, iv)) in tier_items.iter().enumerate() {
            let idx = base.saturating_add(u32::try_from(start + k).unwrap_or(u32::MAX));
            compatible.clear();
            for &(s, e) in segments.iter() {
                let Some(seg) = clusters.get(s..e) else {
                    continue;
                };
                let first = seg.partition_point(|c| !below(&iv.lo, &c.inter.hi));
                for (j, c) in seg.iter().enumerate().skip(first) {
                    if !below(&c.inter.lo, &iv.hi) {
                        break;
                    }
                    if c.inter.overlaps(iv) {
                        compatible.push(s + j);
                    }
                }
            }
            // An approximate figure compatible with several clusters joins those its written
            // value falls in, when there are some: "約73億" is about 7.3 billion, not 7.6.
            if compatible.len() > 1 {
                if let Some(written) = core(idx) {
                    let holds =
                        |j: &usize| clusters.get(*j).is_some_and(|c| c.inter.overlaps(&written));
                    if compatible.iter().any(holds) {
                        compatible.retain(holds);
                    }
                }
            }
            for &j in compatible.iter() {
                if let Some(c) = clusters.get_mut(j) {
                    c.narrow(iv, idx);
                    c.push(idx);
                }
            }
            if compatible.is_empty() {
                pending.push(idx);
            }
        }
        // Sweep the claims that fit no earlier cluster (still sorted by lower end).
        let seg_start = clusters.len();
        for &idx in pending.iter() {
            let Some((_, iv)) = items.get((idx - base) as usize) else {
                continue;
            };
            match clusters.get_mut(seg_start..).and_then(|s| s.last_mut()) {
                Some(c) if c.inter.overlaps(iv) => {
                    c.narrow(iv, idx);
                    c.push(idx);
                }
                _ => clusters.push(Cluster::founded_by(*iv, tier, idx)),
            }
        }
        if clusters.len() > seg_start {
            segments.push((seg_start, clusters.len()));
        }
    }
    // In increasing order of values, whatever tier founded them.
    if segments.len() > 1 {
        if let Some(mine) = clusters.get_mut(first..) {
            mine.sort_by_key(|c| c.inter);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::{Bound, Interval, Quantity, Unit};

    fn iv(v: &str, bound: Bound) -> (u8, IvKey) {
        let q = Quantity {
            bound,
            ..Quantity::new(v.parse().unwrap(), Unit::Count)
        };
        let tier = match bound {
            Bound::Exact => 0,
            Bound::Approx | Bound::Range => 1,
            _ => 2,
        };
        (tier, IvKey::of(&q.interval()))
    }

    fn run(mut items: Vec<(u8, IvKey)>) -> Vec<Vec<u32>> {
        items.sort();
        let mut out = Vec::new();
        cluster(&items, 0, &|_| None, &mut out, &mut Sweep::default());
        out.into_iter().map(|c| c.members().collect()).collect()
    }

    #[test]
    fn a_hedge_joins_every_compatible_cluster() {
        // 14.3 and 15 conflict; "more than 10" agrees with both.
        let c = run(vec![
            iv("14.3", Bound::Exact),
            iv("15", Bound::Exact),
            iv("10", Bound::MoreThan),
        ]);
        assert_eq!(c, vec![vec![0, 2], vec![1, 2]]);
    }

    /// Clusters with the written value of each approximate item given (its exact reading).
    fn run_written(mut items: Vec<(u8, IvKey, Option<IvKey>)>) -> Vec<Vec<u32>> {
        items.sort_by_key(|i| (i.0, i.1));
        let keys: Vec<(u8, IvKey)> = items.iter().map(|i| (i.0, i.1)).collect();
        let mut out = Vec::new();
        let written = |idx: u32| items.get(idx as usize).and_then(|i| i.2);
        cluster(&keys, 0, &written, &mut out, &mut Sweep::default());
        out.into_iter().map(|c| c.members().collect()).collect()
    }

    fn approx(v: &str) -> (u8, IvKey, Option<IvKey>) {
        let (tier, key) = iv(v, Bound::Approx);
        (tier, key, Some(iv(v, Bound::Exact).1))
    }

    #[test]
    fn an_approximate_figure_backs_the_value_it_writes() {
        // "about 7.3" (6.935 to 7.665) is compatible with 7.3 and 7.6, but says 7.3.
        let c = run_written(vec![
            (0, iv("7.3", Bound::Exact).1, None),
            (0, iv("7.6", Bound::Exact).1, None),
            approx("7.3"),
        ]);
        assert_eq!(c, vec![vec![0, 2], vec![1]]);
        // "about 7.3" against 7.0 and 7.6: it writes neither, so it stays with both.
        let c = run_written(vec![
            (0, iv("7.0", Bound::Exact).1, None),
            (0, iv("7.6", Bound::Exact).1, None),
            approx("7.3"),
        ]);
        assert_eq!(c, vec![vec![0, 2], vec![1, 2]]);
        // A hedge that is not approximate still supports every compatible value.
        let c = run_written(vec![
            (0, iv("7.3", Bound::Exact).1, None),
            (0, iv("7.6", Bound::Exact).1, None),
            (2, iv("7", Bound::MoreThan).1, None),
        ]);
        assert_eq!(c, vec![vec![0, 2], vec![1, 2]]);
    }

    #[test]
    fn chains_do_not_glue_incompatible_figures() {
        // 14 [13.5, 14.5) and 15 [14.5, 15.5) do not overlap; 14.5 overlaps both.
        let c = run(vec![
            iv("14", Bound::Exact),
            iv("14.5", Bound::Exact),
            iv("15", Bound::Exact),
        ]);
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn open_claims_cluster_among_themselves_when_alone() {
        // "plus de 100" and "bis zu 100" conflict.
        let c = run(vec![iv("100", Bound::MoreThan), iv("100", Bound::AtMost)]);
        assert_eq!(c.len(), 2);
        // "about 15" and "more than 14" agree.
        let c = run(vec![iv("15", Bound::Approx), iv("14", Bound::MoreThan)]);
        assert_eq!(c, vec![vec![0, 1]]);
    }

    /// The clustering on decimal intervals, as it was written first: the reference the integer
    /// keys are checked against.
    mod reference {
        use crate::quantity::Interval;
        use std::cmp::Ordering;

        pub(super) struct RefCluster {
            pub inter: Interval,
            pub members: Vec<u32>,
        }

        const TIERS: u8 = super::TIERS;

        /// The intersection of two overlapping intervals.
        fn intersect(a: &Interval, b: &Interval) -> Interval {
            Interval {
                lo: if Interval::cmp_lo(&a.lo, &b.lo) == Ordering::Less {
                    b.lo
                } else {
                    a.lo
                },
                hi: if Interval::cmp_hi(&a.hi, &b.hi) == Ordering::Greater {
                    b.hi
                } else {
                    a.hi
                },
            }
        }

        /// Clusters `items` (each a tier and an interval), which must be sorted by tier, then by lower
        /// end, then by upper end, appending the clusters to `clusters`. Member indices are
        /// `base + position in items`.
        pub(super) fn reference(
            items: &[(u8, Interval)],
            base: u32,
            written: &dyn Fn(u32) -> Option<Interval>,
            clusters: &mut Vec<RefCluster>,
        ) {
            let first = clusters.len();
            // Ranges of `clusters` made by one sweep: sorted, disjoint intersections.
            let mut segments: Vec<(usize, usize)> = Vec::new();
            let mut pos = 0usize;
            let mut pending: Vec<u32> = Vec::new();
            for tier in 0..TIERS {
                let start = pos;
                while items.get(pos).is_some_and(|(t, _)| *t == tier) {
                    pos += 1;
                }
                let Some(tier_items) = items.get(start..pos) else {
                    break;
                };
                if tier_items.is_empty() {
                    continue;
                }
                pending.clear();
                for (k, (_, iv)) in tier_items.iter().enumerate() {
                    let idx = base.saturating_add(u32::try_from(start + k).unwrap_or(u32::MAX));
                    // Every cluster of an earlier sweep it overlaps, by a plain scan.
                    let mut compatible: Vec<usize> = segments
                        .iter()
                        .flat_map(|&(s, e)| s..e)
                        .filter(|&j| clusters[j].inter.overlaps(iv))
                        .collect();
                    if compatible.len() > 1 {
                        if let Some(w) = written(idx) {
                            let holds = |j: &usize| clusters[*j].inter.overlaps(&w);
                            if compatible.iter().any(holds) {
                                compatible.retain(holds);
                            }
                        }
                    }
                    for &j in &compatible {
                        clusters[j].inter = intersect(&clusters[j].inter, iv);
                        clusters[j].members.push(idx);
                    }
                    if compatible.is_empty() {
                        pending.push(idx);
                    }
                }
                // Sweep the claims that fit no earlier cluster (still sorted by lower end).
                let seg_start = clusters.len();
                for &idx in &pending {
                    let Some((_, iv)) = items.get((idx - base) as usize) else {
                        continue;
                    };
                    match clusters.get_mut(seg_start..).and_then(|s| s.last_mut()) {
                        Some(c) if c.inter.overlaps(iv) => {
                            c.inter = intersect(&c.inter, iv);
                            c.members.push(idx);
                        }
                        _ => clusters.push(RefCluster {
                            inter: *iv,
                            members: vec![idx],
                        }),
                    }
                }
                if clusters.len() > seg_start {
                    segments.push((seg_start, clusters.len()));
                }
            }
            // In increasing order of values, whatever tier founded them.
            if segments.len() > 1 {
                if let Some(mine) = clusters.get_mut(first..) {
                    mine.sort_by(|a, b| {
                        Interval::cmp_lo(&a.inter.lo, &b.inter.lo)
                            .then_with(|| Interval::cmp_hi(&a.inter.hi, &b.inter.hi))
                    });
                }
            }
        }
    }

    use proptest::prelude::*;

    fn arb_item() -> impl Strategy<Value = (u8, Quantity)> {
        const B: [Bound; 7] = [
            Bound::Exact,
            Bound::Approx,
            Bound::MoreThan,
            Bound::AtLeast,
            Bound::LessThan,
            Bound::AtMost,
            Bound::Range,
        ];
        (0u128..40, 0i32..3, 0usize..7, 0u128..5, any::<bool>()).prop_map(
            |(c, e, b, w, approximate)| {
                let value = crate::Decimal::new(c, e).unwrap_or(crate::Decimal::ZERO);
                let max = crate::Decimal::new(c + w, e).ok();
                let q = Quantity {
                    bound: B[b],
                    max,
                    approximate,
                    ..Quantity::new(value, Unit::Count)
                };
                let tier = match q.bound {
                    Bound::Exact if !approximate => 0,
                    Bound::Exact | Bound::Approx | Bound::Range => 1,
                    _ => 2,
                };
                (tier, q)
            },
        )
    }

    proptest! {
        /// The integer-key clustering makes the same clusters, with the same intersections, as
        /// the decimal reference.
        #[test]
        fn keys_cluster_like_the_reference(mut items in proptest::collection::vec(arb_item(), 0..40)) {
            items.sort_by(|a, b| {
                let (x, y) = (a.1.interval(), b.1.interval());
                a.0.cmp(&b.0)
                    .then_with(|| Interval::cmp_lo(&x.lo, &y.lo))
                    .then_with(|| Interval::cmp_hi(&x.hi, &y.hi))
            });
            let keyed: Vec<(u8, IvKey)> = items.iter().map(|(t, q)| (*t, IvKey::of_quantity(q))).collect();
            let plain: Vec<(u8, Interval)> = items.iter().map(|(t, q)| (*t, q.interval())).collect();
            // An approximate figure's written value, without the hedge's widening.
            let exact = |idx: u32| {
                let q = &items.get(idx.checked_sub(3)? as usize)?.1;
                (q.bound == Bound::Approx && !q.approximate).then_some(Quantity {
                    bound: Bound::Exact,
                    max: None,
                    ..*q
                })
            };
            let mut fast = Vec::new();
            cluster(&keyed, 3, &|i| exact(i).map(|q| IvKey::of_quantity(&q)), &mut fast, &mut Sweep::default());
            let mut slow = Vec::new();
            reference::reference(&plain, 3, &|i| exact(i).map(|q| q.interval()), &mut slow);
            prop_assert_eq!(fast.len(), slow.len());
            for (f, s) in fast.iter().zip(&slow) {
                prop_assert_eq!(f.members().collect::<Vec<_>>(), s.members.clone());
                let lo = plain[(f.lo_from - 3) as usize].1.lo;
                let hi = plain[(f.hi_from - 3) as usize].1.hi;
                prop_assert_eq!(Interval { lo, hi }, s.inter);
            }
        }
    }
}
