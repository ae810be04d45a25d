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
//! than 10 billion" supports both 14.3 and 15 billion, and they still conflict.
//!
//! Clusters made by one sweep have disjoint intersections in increasing order, so attaching
//! finds the compatible ones by binary search: the whole is O(n log n).

use std::cmp::Ordering;

use crate::quantity::{Endpoint, Interval};

/// The precision tiers, attached in this order.
pub(crate) const TIERS: u8 = 3;

/// A set of claims that share at least one value.
///
/// Members are indices into the slice that was clustered (plus its base): a contiguous run of
/// founders (the usual case: exact figures that agree, with no allocation), then the others.
#[derive(Clone, Debug)]
pub(crate) struct Cluster {
    /// Where every member allows the value to lie.
    pub inter: Interval,
    /// The tier of the claims that founded it (its most precise members).
    pub tier: u8,
    /// Contiguous members `run.0 .. run.1`.
    pub run: (u32, u32),
    /// The other members, in the order they joined.
    pub extra: Vec<u32>,
}

impl Cluster {
    fn founded_by(inter: Interval, tier: u8, idx: u32) -> Cluster {
        Cluster {
            inter,
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

/// The intersection of two overlapping intervals.
pub(crate) fn intersect(a: &Interval, b: &Interval) -> Interval {
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

/// Whether something lies above `lo` and below `hi`.
fn lo_below_hi(lo: Endpoint, hi: Endpoint) -> bool {
    Interval {
        lo,
        hi: Endpoint::Unbounded,
    }
    .overlaps(&Interval {
        lo: Endpoint::Unbounded,
        hi,
    })
}

/// Clusters `items` (each a tier and an interval), which must be sorted by tier, then by lower
/// end, then by upper end, appending the clusters to `clusters`. Member indices are
/// `base + position in items`.
pub(crate) fn cluster(items: &[(u8, Interval)], base: u32, clusters: &mut Vec<Cluster>) {
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
            let mut attached = false;
            for &(s, e) in &segments {
                let Some(seg) = clusters.get_mut(s..e) else {
                    continue;
                };
                let first = seg.partition_point(|c| !lo_below_hi(iv.lo, c.inter.hi));
                for c in seg.iter_mut().skip(first) {
                    if !lo_below_hi(c.inter.lo, iv.hi) {
                        break;
                    }
                    if c.inter.overlaps(iv) {
                        c.inter = intersect(&c.inter, iv);
                        c.push(idx);
                        attached = true;
                    }
                }
            }
            if !attached {
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
            mine.sort_by(|a, b| {
                Interval::cmp_lo(&a.inter.lo, &b.inter.lo)
                    .then_with(|| Interval::cmp_hi(&a.inter.hi, &b.inter.hi))
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::{Bound, Quantity, Unit};

    fn iv(v: &str, bound: Bound) -> (u8, Interval) {
        let q = Quantity {
            bound,
            ..Quantity::new(v.parse().unwrap(), Unit::Count)
        };
        let tier = match bound {
            Bound::Exact => 0,
            Bound::Approx | Bound::Range => 1,
            _ => 2,
        };
        (tier, q.interval())
    }

    fn run(mut items: Vec<(u8, Interval)>) -> Vec<Vec<u32>> {
        items.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| Interval::cmp_lo(&a.1.lo, &b.1.lo))
                .then_with(|| Interval::cmp_hi(&a.1.hi, &b.1.hi))
        });
        let mut out = Vec::new();
        cluster(&items, 0, &mut out);
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
}
