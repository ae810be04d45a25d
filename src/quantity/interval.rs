//! Intervals: where the true value of a quantity lies, given its digits and its bound.

use std::cmp::Ordering;
use std::fmt;

use serde::Serialize;

use super::{Bound, Quantity};
use crate::decimal::Decimal;

/// How much an approximate amount ("circa", "rund", "約") may differ from what is written,
/// in percent of the value; the rounding radius of the digits is used where it is larger
/// ("circa 2 miliardi" is 1.5 to 2.5 billion, as "2 miliardi" is). Two sources' "about 52,000"
/// and "rund 62.000" then disagree, as a reader takes them to: at 10 % they overlapped.
pub const APPROX_TOLERANCE_PERCENT: u128 = 5;

/// One end of an [`Interval`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Endpoint {
    /// No bound on this side.
    Unbounded,
    /// The value itself belongs to the interval.
    Closed(Decimal),
    /// The value itself does not.
    Open(Decimal),
}

impl Endpoint {
    /// The value, when bounded.
    pub fn value(&self) -> Option<Decimal> {
        match self {
            Endpoint::Unbounded => None,
            Endpoint::Closed(d) | Endpoint::Open(d) => Some(*d),
        }
    }
}

/// A set of values `lo .. hi`, each end open, closed or unbounded.
///
/// ```
/// use concord::{Quantity, Unit, Bound};
/// let it = Quantity::new("14.3e9".parse().unwrap(), Unit::currency("USD")).interval();
/// let de = Quantity::new("15e9".parse().unwrap(), Unit::currency("USD")).interval();
/// assert!(!it.overlaps(&de)); // a contradiction
/// let oltre = Quantity { bound: Bound::MoreThan, ..Quantity::new("10e9".parse().unwrap(), Unit::currency("USD")) };
/// assert!(oltre.interval().overlaps(&it)); // "oltre 10 miliardi" agrees with 14.3 billion
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Interval {
    /// The lower end.
    pub lo: Endpoint,
    /// The upper end.
    pub hi: Endpoint,
}

fn tolerance(v: Decimal) -> Option<Decimal> {
    let h = v.half_ulp()?;
    let abs = v.abs();
    let pct = abs.checked_mul_int(APPROX_TOLERANCE_PERCENT)?.scale(-2)?;
    Some(if pct > h { pct } else { h })
}

fn widened(v: Decimal, approx: bool) -> Option<(Decimal, Decimal)> {
    if approx {
        let t = tolerance(v)?;
        Some((v.checked_sub(t)?, v.checked_add(t)?))
    } else {
        v.rounding_interval()
    }
}

impl Interval {
    /// Everything.
    pub const ALL: Interval = Interval {
        lo: Endpoint::Unbounded,
        hi: Endpoint::Unbounded,
    };

    /// The interval of a quantity (see the module docs of [`crate::quantity`]).
    ///
    /// Where exact arithmetic would leave the representable range, the interval falls back to
    /// the point value itself (closed at both ends).
    pub fn of(q: &Quantity) -> Interval {
        let v = q.value;
        let point = Interval {
            lo: Endpoint::Closed(v),
            hi: Endpoint::Closed(v),
        };
        let approx = q.approximate || q.bound == Bound::Approx;
        let built = match q.bound {
            Bound::Exact | Bound::Approx => widened(v, approx).map(|(lo, hi)| Interval {
                lo: Endpoint::Closed(lo),
                hi: if approx {
                    Endpoint::Closed(hi)
                } else {
                    Endpoint::Open(hi)
                },
            }),
            Bound::MoreThan => Some(Interval {
                lo: Endpoint::Open(v),
                hi: Endpoint::Unbounded,
            }),
            Bound::AtLeast => Some(Interval {
                lo: Endpoint::Closed(v),
                hi: Endpoint::Unbounded,
            }),
            Bound::LessThan => Some(Interval {
                lo: Endpoint::Unbounded,
                hi: Endpoint::Open(v),
            }),
            Bound::AtMost => Some(Interval {
                lo: Endpoint::Unbounded,
                hi: Endpoint::Closed(v),
            }),
            Bound::Range => {
                let max = q.max.unwrap_or(v);
                match (widened(v, approx), widened(max, approx)) {
                    (Some((lo, _)), Some((_, hi))) => Some(Interval {
                        lo: Endpoint::Closed(lo),
                        hi: if approx {
                            Endpoint::Closed(hi)
                        } else {
                            Endpoint::Open(hi)
                        },
                    }),
                    _ => None,
                }
            }
        };
        built.unwrap_or(point)
    }

    /// Whether the two intervals share at least one value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        below(&self.lo, &other.hi) && below(&other.lo, &self.hi)
    }

    /// The smallest interval holding both.
    pub fn hull(&self, other: &Interval) -> Interval {
        Interval {
            lo: min_lo(self.lo, other.lo),
            hi: max_hi(self.hi, other.hi),
        }
    }

    /// Orders lower ends: unbounded first, then by value, closed before open.
    pub fn cmp_lo(a: &Endpoint, b: &Endpoint) -> Ordering {
        match (a, b) {
            (Endpoint::Unbounded, Endpoint::Unbounded) => Ordering::Equal,
            (Endpoint::Unbounded, _) => Ordering::Less,
            (_, Endpoint::Unbounded) => Ordering::Greater,
            _ => {
                let (va, vb) = (
                    a.value().unwrap_or(Decimal::ZERO),
                    b.value().unwrap_or(Decimal::ZERO),
                );
                va.cmp(&vb).then_with(|| closed_first(a, b))
            }
        }
    }

    /// Orders upper ends: by value, open before closed, unbounded last.
    pub fn cmp_hi(a: &Endpoint, b: &Endpoint) -> Ordering {
        match (a, b) {
            (Endpoint::Unbounded, Endpoint::Unbounded) => Ordering::Equal,
            (Endpoint::Unbounded, _) => Ordering::Greater,
            (_, Endpoint::Unbounded) => Ordering::Less,
            _ => {
                let (va, vb) = (
                    a.value().unwrap_or(Decimal::ZERO),
                    b.value().unwrap_or(Decimal::ZERO),
                );
                va.cmp(&vb).then_with(|| closed_first(b, a))
            }
        }
    }
}

fn closed_first(a: &Endpoint, b: &Endpoint) -> Ordering {
    match (a, b) {
        (Endpoint::Closed(_), Endpoint::Open(_)) => Ordering::Less,
        (Endpoint::Open(_), Endpoint::Closed(_)) => Ordering::Greater,
        _ => Ordering::Equal,
    }
}

/// Whether a lower end `lo` lies below an upper end `hi`, so that something lies between.
fn below(lo: &Endpoint, hi: &Endpoint) -> bool {
    match (lo, hi) {
        (Endpoint::Unbounded, _) | (_, Endpoint::Unbounded) => true,
        (Endpoint::Closed(a), Endpoint::Closed(b)) => a <= b,
        (l, h) => match (l.value(), h.value()) {
            (Some(a), Some(b)) => a < b,
            _ => true,
        },
    }
}

fn min_lo(a: Endpoint, b: Endpoint) -> Endpoint {
    if Interval::cmp_lo(&a, &b) == Ordering::Greater {
        b
    } else {
        a
    }
}

fn max_hi(a: Endpoint, b: Endpoint) -> Endpoint {
    if Interval::cmp_hi(&a, &b) == Ordering::Less {
        b
    } else {
        a
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.lo {
            Endpoint::Unbounded => f.write_str("(-inf")?,
            Endpoint::Closed(d) => write!(f, "[{d}")?,
            Endpoint::Open(d) => write!(f, "({d}")?,
        }
        match self.hi {
            Endpoint::Unbounded => f.write_str(", +inf)"),
            Endpoint::Closed(d) => write!(f, ", {d}]"),
            Endpoint::Open(d) => write!(f, ", {d})"),
        }
    }
}

impl Serialize for Interval {
    /// As a string in interval notation, `"[14250000000, 14350000000)"`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::Unit;

    fn q(v: &str, bound: Bound) -> Quantity {
        Quantity {
            bound,
            ..Quantity::new(v.parse().unwrap(), Unit::currency("USD"))
        }
    }

    #[test]
    fn issue_examples() {
        // "$14.3B" and "$15B" conflict.
        assert!(!q("14.3e9", Bound::Exact)
            .interval()
            .overlaps(&q("15e9", Bound::Exact).interval()));
        // "about 15" agrees with 14.8.
        assert!(q("15", Bound::Approx)
            .interval()
            .overlaps(&q("14.8", Bound::Exact).interval()));
        // "plus de 100 millions" and "bis zu 100 Millionen" conflict.
        assert!(!q("100e6", Bound::MoreThan)
            .interval()
            .overlaps(&q("100e6", Bound::AtMost).interval()));
        // Adjacent roundings do not overlap: 14 and 15 billion disagree.
        assert!(!q("14e9", Bound::Exact)
            .interval()
            .overlaps(&q("15e9", Bound::Exact).interval()));
    }

    #[test]
    fn ranges_cover_both_ends() {
        let r = Quantity {
            max: Some("3".parse().unwrap()),
            ..q("2", Bound::Range)
        };
        assert_eq!(r.interval().to_string(), "[1.5, 3.5)");
    }
}
