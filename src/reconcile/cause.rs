//! Why the alternatives of a conflict differ.
//!
//! The causes are tried in this order, the first that fits wins:
//!
//! 1. [`Cause::Unit`]: the figures are in different currencies that no source links by a
//!    conversion (decided where the conflict is built, see [`super::merge`]);
//! 2. [`Cause::Time`]: two alternatives are dated ([`crate::Claim::time`]) with different
//!    years and share none, or every figure of one is dated and the other's are not: the
//!    figures may both be right, at different times;
//! 3. [`Cause::Scope`]: one source states precise figures in two alternatives (a source does not
//!    contradict itself: it gives a part and the whole), or the smaller figures add up to a
//!    larger one;
//! 4. [`Cause::Hedge`]: an alternative rests on hedged claims only ("plus de", "bis zu",
//!    "about"), and without their hedges the figures would agree;
//! 5. [`Cause::Rounding`]: every alternative lies within `rounding_percent` (10 % by default)
//!    of the largest: the written digits alone separate them;
//! 6. [`Cause::Undecided`]: a plain disagreement between fewer than three independent sources,
//!    too few to tell an error from a disagreement;
//! 7. [`Cause::Disagreement`]: a plain disagreement.

use super::cluster::Cluster;
use super::merge::Rec;
use super::Cause;
use crate::decimal::Decimal;
use crate::quantity::{Bound, Interval, Quantity};

/// One alternative as the classifier sees it.
pub(crate) struct Alt<'a> {
    /// Its cluster.
    pub cluster: &'a Cluster,
    /// Its consensus value.
    pub value: Decimal,
}

/// The interval a claim would have without its hedge.
fn stripped(q: &Quantity) -> Interval {
    let bound = if q.bound == Bound::Range {
        Bound::Range
    } else {
        Bound::Exact
    };
    Quantity {
        bound,
        approximate: false,
        ..*q
    }
    .interval()
}

fn abs(d: Decimal) -> Decimal {
    if d.is_negative() {
        d.negate()
    } else {
        d
    }
}

/// Whether every value lies within `percent` of the largest in magnitude.
pub(crate) fn within_percent(values: &[Decimal], percent: u32) -> bool {
    let (Some(min), Some(max)) = (values.iter().min(), values.iter().max()) else {
        return false;
    };
    if min.is_negative() != max.is_negative() {
        return false;
    }
    let big = abs(*max).max(abs(*min));
    let Some(diff) = max.checked_sub(*min) else {
        return false;
    };
    match (
        diff.checked_mul_int(100),
        big.checked_mul_int(u128::from(percent)),
    ) {
        (Some(lhs), Some(rhs)) => lhs <= rhs,
        _ => false,
    }
}

/// The cause of a conflict between `alts` (two or more), with a sentence for people.
pub(crate) fn classify(
    recs: &[Rec],
    alts: &[Alt<'_>],
    independent: usize,
    separate: bool,
    rounding_percent: u32,
    doc_name: &dyn Fn(u32) -> String,
) -> (Cause, String) {
    // Time: two alternatives dated with disjoint years.
    let years: Vec<Vec<i64>> = alts
        .iter()
        .map(|a| {
            let mut y: Vec<i64> = a
                .cluster
                .members()
                .filter_map(|m| recs.get(m as usize).and_then(|r| r.year).map(i64::from))
                .collect();
            y.sort_unstable();
            y.dedup();
            y
        })
        .collect();
    for (i, a) in years.iter().enumerate() {
        for b in years.iter().skip(i + 1) {
            if !a.is_empty() && !b.is_empty() && !a.iter().any(|y| b.contains(y)) {
                return (
                    Cause::Time,
                    format!(
                        "the figures are dated differently ({} against {}): both may be right at their time",
                        join_years(a),
                        join_years(b)
                    ),
                );
            }
        }
    }

    // Time, one side dated: every figure of an alternative is dated (an earlier year stated in
    // its sentences), the other's figures are not: the undated one is likely the current figure.
    let all_dated = |a: &Alt<'_>| {
        a.cluster
            .members()
            .filter_map(|m| recs.get(m as usize))
            .filter(|r| r.tier == a.cluster.tier)
            .all(|r| r.year.is_some())
    };
    for (i, a) in alts.iter().enumerate() {
        let Some(dated) = years.get(i).filter(|y| !y.is_empty()) else {
            continue;
        };
        if !all_dated(a) {
            continue;
        }
        if let Some(j) = years.iter().position(|y| y.is_empty()) {
            let other = alts.get(j).map_or(Decimal::ZERO, |b| b.value);
            return (
                Cause::Time,
                format!(
                    "{} is dated {} and {} is not: the figures may be from different times",
                    a.value,
                    join_years(dated),
                    other
                ),
            );
        }
    }

    // Scope: one source, precise figures in two alternatives.
    let mut precise: Vec<(u32, usize)> = Vec::new();
    for (k, a) in alts.iter().enumerate() {
        for m in a.cluster.members() {
            if let Some(r) = recs.get(m as usize) {
                if r.tier == 0 {
                    precise.push((r.doc, k));
                }
            }
        }
    }
    precise.sort_unstable();
    precise.dedup();
    if let Some(w) = precise
        .windows(2)
        .find(|w| matches!(w, [a, b] if a.0 == b.0))
    {
        let doc = w.first().map_or(0, |p| p.0);
        return (
            Cause::Scope,
            format!(
                "{} states several of these figures itself: they likely cover a part and the whole",
                doc_name(doc)
            ),
        );
    }
    if let Some(msg) = sums_to_whole(alts) {
        return (Cause::Scope, msg);
    }

    // Hedge: an alternative of hedged claims only, that would agree without the hedge.
    for (k, a) in alts.iter().enumerate() {
        if a.cluster.tier == 0 {
            continue;
        }
        for m in a.cluster.members() {
            let Some(r) = recs.get(m as usize) else {
                continue;
            };
            if r.tier == 0 {
                continue;
            }
            let bare = stripped(&r.quantity.get());
            let agrees = alts.iter().enumerate().any(|(j, b)| {
                j != k
                    && b.cluster.members().any(|n| {
                        recs.get(n as usize)
                            .is_some_and(|o| stripped(&o.quantity.get()).overlaps(&bare))
                    })
            });
            if agrees {
                return (
                    Cause::Hedge,
                    format!(
                        "the figures are close, but the hedge \"{}\" ({}) excludes the others",
                        r.quantity.bound,
                        r.quantity.get().value
                    ),
                );
            }
        }
    }

    // Time, no side dated: the sources that disagree give no other figure alike, so they
    // likely report different events or times.
    if separate {
        return (
            Cause::Time,
            "the sources that disagree report no other figure alike: likely different events or times, when both may be right".to_string(),
        );
    }

    let values: Vec<Decimal> = alts.iter().map(|a| a.value).collect();
    if within_percent(&values, rounding_percent) {
        return (
            Cause::Rounding,
            format!(
                "the figures ({}) differ by less than {rounding_percent}%: only rounding or the precision written separates them",
                list(&values)
            ),
        );
    }
    if independent < 3 {
        return (
            Cause::Undecided,
            format!(
                "the figures ({}) disagree, and {independent} independent sources are too few to tell which is right",
                list(&values)
            ),
        );
    }
    (
        Cause::Disagreement,
        format!("the sources give incompatible figures ({})", list(&values)),
    )
}

fn join_years(y: &[i64]) -> String {
    y.iter()
        .map(|y| y.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn list(values: &[Decimal]) -> String {
    values
        .iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// Whether the smaller alternatives (two or more) add up to the largest, within their rounding.
fn sums_to_whole(alts: &[Alt<'_>]) -> Option<String> {
    if alts.len() < 3 {
        return None;
    }
    let mut values: Vec<Decimal> = alts.iter().map(|a| a.value).collect();
    values.sort_unstable();
    let (whole, parts) = values.split_last()?;
    if parts.iter().any(|p| p.is_negative()) {
        return None;
    }
    let mut sum = Decimal::ZERO;
    for p in parts {
        sum = sum.checked_add(*p)?;
    }
    let (lo, hi) = whole.rounding_interval()?;
    if lo <= sum && sum <= hi {
        Some(format!(
            "{} adds up the other figures: they cover parts of the whole",
            whole
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn rounding_window() {
        assert!(within_percent(&[d("14.3e9"), d("15e9")], 10));
        assert!(!within_percent(&[d("10e9"), d("15e9")], 10));
        assert!(within_percent(&[d("100e6"), d("110e6")], 10));
        assert!(!within_percent(&[d("-1"), d("1")], 10));
    }
}
