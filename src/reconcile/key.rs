//! Interned strings and fact keys.
//!
//! Every string a claim carries that the reconciliation compares (document ids, entity ids and
//! names, predicates) is interned once, when the claim is added; the hot loops compare `u32`s.
//! Before reconciling, [`Interner::canonicalize`] renumbers the strings in sorted order, so that
//! comparing ids is comparing strings and the report does not depend on the order the claims
//! came in.

use indexmap::IndexSet;

use crate::decimal::Decimal;
use crate::quantity::{Bound, Endpoint, Interval, Quantity, Unit};

/// The id of "no string" (a claim without subject or object). Sorts after every real id.
pub(crate) const NONE: u32 = u32::MAX;

/// The hasher of the reconciliation's tables: the crate's word-at-a-time hasher. Iteration
/// order never reaches the output: tables are canonicalized before use.
pub(crate) type Fx = crate::text::hash::FastHash;

/// An [`indexmap::IndexMap`] with the fast hasher.
#[cfg(test)]
pub(crate) type FxIndexMap<K, V> = indexmap::IndexMap<K, V, Fx>;

/// A table of distinct strings, each with a `u32` id.
#[derive(Clone, Debug, Default)]
pub(crate) struct Interner {
    set: IndexSet<String, Fx>,
}

impl Interner {
    /// The id of `s`, adding it when new (the only place a string is cloned).
    pub(crate) fn intern(&mut self, s: &str) -> u32 {
        let i = match self.set.get_index_of(s) {
            Some(i) => i,
            None => self.set.insert_full(s.to_owned()).0,
        };
        u32::try_from(i).unwrap_or(NONE)
    }

    /// The id of an owned string, adding it when new.
    pub(crate) fn intern_owned(&mut self, s: String) -> u32 {
        u32::try_from(self.set.insert_full(s).0).unwrap_or(NONE)
    }

    /// The total length of the strings, in bytes.
    pub(crate) fn bytes(&self) -> usize {
        self.set.iter().map(String::len).sum()
    }

    /// The number of strings.
    pub(crate) fn len(&self) -> usize {
        self.set.len()
    }

    /// The id of `s`, if it is there.
    pub(crate) fn find(&self, s: &str) -> Option<u32> {
        self.set.get_index_of(s).and_then(|i| u32::try_from(i).ok())
    }

    /// The string with id `id` (empty for [`NONE`] or an unknown id).
    pub(crate) fn get(&self, id: u32) -> &str {
        self.set
            .get_index(id as usize)
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Renumbers the strings in sorted order; returns the map from old ids to new ones.
    pub(crate) fn canonicalize(&mut self) -> Vec<u32> {
        let old = std::mem::take(&mut self.set);
        let mut strings: Vec<(String, u32)> = old
            .into_iter()
            .enumerate()
            .map(|(i, s)| (s, u32::try_from(i).unwrap_or(NONE)))
            .collect();
        strings.sort_unstable();
        let mut remap = vec![NONE; strings.len()];
        let mut set = IndexSet::with_capacity_and_hasher(strings.len(), Fx::default());
        for (new, (s, old)) in strings.into_iter().enumerate() {
            if let Some(slot) = remap.get_mut(old as usize) {
                *slot = u32::try_from(new).unwrap_or(NONE);
            }
            set.insert(s);
        }
        self.set = set;
        remap
    }

    /// The strings, by id.
    pub(crate) fn into_strings(self) -> impl Iterator<Item = String> {
        self.set.into_iter()
    }
}

/// The surfaces of the claims, one after the other in one buffer (no hashing, no allocation
/// per claim).
#[derive(Clone, Debug, Default)]
pub(crate) struct Texts {
    buf: String,
}

/// A text in [`Texts`]: its byte offset and length.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TextRef {
    start: u64,
    len: u32,
}

impl Texts {
    /// Stores a text.
    pub(crate) fn push(&mut self, s: &str) -> TextRef {
        // A surface longer than 4 GiB is cut (it cannot be one figure anyway).
        let s = s.get(..s.len().min(u32::MAX as usize)).unwrap_or("");
        let r = TextRef {
            start: self.buf.len() as u64,
            len: u32::try_from(s.len()).unwrap_or(0),
        };
        self.buf.push_str(s);
        r
    }

    /// The text of `r`.
    pub(crate) fn get(&self, r: TextRef) -> &str {
        let start = usize::try_from(r.start).unwrap_or(usize::MAX);
        self.buf
            .get(start..start.saturating_add(r.len as usize))
            .unwrap_or("")
    }

    /// The buffer itself: every text, one after the other, `r` the bytes [`TextRef::range`]
    /// of it.
    pub(crate) fn into_string(self) -> String {
        self.buf
    }

    /// Appends the texts of another buffer; returns the offset to add to its references.
    pub(crate) fn append(&mut self, other: &Texts) -> u64 {
        let shift = self.buf.len() as u64;
        self.buf.push_str(&other.buf);
        shift
    }
}

impl TextRef {
    /// Its bytes in [`Texts::as_str`].
    pub(crate) fn range(self) -> (usize, usize) {
        let start = usize::try_from(self.start).unwrap_or(usize::MAX);
        (start, start.saturating_add(self.len as usize))
    }

    /// The same text in a buffer appended at `shift`.
    pub(crate) fn shifted(self, shift: u64) -> TextRef {
        TextRef {
            start: self.start.saturating_add(shift),
            len: self.len,
        }
    }
}

/// `10^k` for `k` in `0..=36`.
// Evaluated at compile time: an index out of range is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
const POW10: [u128; 37] = {
    let mut t = [1u128; 37];
    let mut k = 1;
    while k < 37 {
        t[k] = t[k - 1] * 10;
        k += 1;
    }
    t
};

/// The tag of zero; positive values lie above it, negative ones below.
const ZERO_TAG: u32 = 1 << 20;
/// Added to a value's order of magnitude (at least -160) to keep it positive.
const MAGNITUDE_BIAS: i32 = 1024;

/// A decimal as integers in the order of its value: a tag (sign and order of magnitude) and the
/// coefficient padded to 36 digits (complemented for negative values).
fn value_key(d: Decimal) -> (u32, u128) {
    value_key_raw(d.coeff(), d.exponent(), d.is_negative())
}

/// [`value_key`] of `±coeff × 10^exp`.
fn value_key_raw(c: u128, exp: i32, neg: bool) -> (u32, u128) {
    if c == 0 {
        return (ZERO_TAG, 0);
    }
    let digits = POW10.partition_point(|&p| p <= c);
    let shift = (Decimal::MAX_DIGITS as usize).saturating_sub(digits);
    let padded = POW10
        .get(shift)
        .and_then(|p| c.checked_mul(*p))
        .unwrap_or(c);
    let magnitude = i32::try_from(digits)
        .unwrap_or(0)
        .saturating_add(exp)
        .saturating_add(MAGNITUDE_BIAS)
        .max(1);
    let magnitude = u32::try_from(magnitude).unwrap_or(1).min(ZERO_TAG - 1);
    if neg {
        (
            ZERO_TAG - magnitude,
            COEFF_LIMIT.saturating_sub(1).saturating_sub(padded),
        )
    } else {
        (ZERO_TAG + magnitude, padded)
    }
}

/// `10^MAX_DIGITS`: coefficients lie below.
// Evaluated at compile time.
#[allow(clippy::indexing_slicing)]
const COEFF_LIMIT: u128 = POW10[Decimal::MAX_DIGITS as usize];

/// One end of an interval as integers: comparing keys is comparing the ends the way
/// [`Interval::cmp_lo`] and [`Interval::cmp_hi`] do (by value, then open or closed), without
/// decimal arithmetic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct EKey {
    /// 0: unbounded below; `u32::MAX`: unbounded above; else sign and order of magnitude.
    tag: u32,
    /// The padded coefficient, times two, plus the closed-or-open bit (high and low words).
    hi: u64,
    lo: u64,
}

impl EKey {
    fn of(e: &Endpoint, upper: bool) -> EKey {
        let (d, closed) = match e {
            Endpoint::Unbounded => {
                return EKey {
                    tag: if upper { u32::MAX } else { 0 },
                    hi: 0,
                    lo: 0,
                }
            }
            Endpoint::Closed(d) => (*d, true),
            Endpoint::Open(d) => (*d, false),
        };
        EKey::bounded_at(value_key(d), closed, upper)
    }

    /// The key of a bounded end with value key `(tag, padded)`.
    fn bounded_at((tag, padded): (u32, u128), closed: bool, upper: bool) -> EKey {
        // A lower end: closed before open; an upper end: open before closed.
        let bit = u128::from(if upper { closed } else { !closed });
        let m = padded.saturating_mul(2).saturating_add(bit);
        EKey {
            tag,
            hi: (m >> 64) as u64,
            lo: m as u64,
        }
    }

    fn bounded(&self) -> bool {
        self.tag != 0 && self.tag != u32::MAX
    }

    /// The value part (without the closed-or-open bit).
    fn value(&self) -> (u32, u64, u64) {
        (self.tag, self.hi, self.lo >> 1)
    }
}

/// An interval as two [`EKey`]s: ordered like (lower end, upper end).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct IvKey {
    pub lo: EKey,
    pub hi: EKey,
}

impl IvKey {
    /// The key of an interval.
    pub(crate) fn of(iv: &Interval) -> IvKey {
        IvKey {
            lo: EKey::of(&iv.lo, false),
            hi: EKey::of(&iv.hi, true),
        }
    }

    /// The key of a quantity's interval: [`IvKey::of`]`(&q.interval())`, computed with integers
    /// where the ends are representable (the usual case), with decimals otherwise.
    pub(crate) fn of_quantity(q: &Quantity) -> IvKey {
        IvKey::fast(q).unwrap_or_else(|| IvKey::of(&q.interval()))
    }

    fn fast(q: &Quantity) -> Option<IvKey> {
        let v = q.value;
        let unbounded_lo = EKey::default();
        let unbounded_hi = EKey {
            tag: u32::MAX,
            hi: 0,
            lo: 0,
        };
        let point = |closed: bool, upper: bool| EKey::bounded_at(value_key(v), closed, upper);
        let approx = q.approximate || q.bound == Bound::Approx;
        Some(match q.bound {
            Bound::MoreThan => IvKey {
                lo: point(false, false),
                hi: unbounded_hi,
            },
            Bound::AtLeast => IvKey {
                lo: point(true, false),
                hi: unbounded_hi,
            },
            Bound::LessThan => IvKey {
                lo: unbounded_lo,
                hi: point(false, true),
            },
            Bound::AtMost => IvKey {
                lo: unbounded_lo,
                hi: point(true, true),
            },
            Bound::Exact | Bound::Approx => {
                let (lo, hi) = widened(v, approx)?;
                IvKey {
                    lo: EKey::bounded_at(lo, true, false),
                    hi: EKey::bounded_at(hi, approx, true),
                }
            }
            Bound::Range => {
                let (lo, _) = widened(v, approx)?;
                let (_, hi) = widened(q.max.unwrap_or(v), approx)?;
                IvKey {
                    lo: EKey::bounded_at(lo, true, false),
                    hi: EKey::bounded_at(hi, approx, true),
                }
            }
        })
    }

    /// Whether the two share a value (as [`Interval::overlaps`]).
    pub(crate) fn overlaps(&self, other: &IvKey) -> bool {
        below(&self.lo, &other.hi) && below(&other.lo, &self.hi)
    }

    /// The intersection of two overlapping intervals, and for each end whether it is `other`'s.
    pub(crate) fn intersect(&self, other: &IvKey) -> (IvKey, bool, bool) {
        let lo_other = other.lo > self.lo;
        let hi_other = other.hi < self.hi;
        (
            IvKey {
                lo: if lo_other { other.lo } else { self.lo },
                hi: if hi_other { other.hi } else { self.hi },
            },
            lo_other,
            hi_other,
        )
    }
}

/// The value keys of `v ∓ t`, with `t` the rounding radius of the digits, or for an
/// approximate value the larger of it and `APPROX_TOLERANCE_PERCENT` % of the value (as
/// [`Interval::of`] computes them; the tests check they agree); `None` where the integers
/// would not do.
fn widened(v: Decimal, approx: bool) -> Option<((u32, u128), (u32, u128))> {
    use crate::quantity::APPROX_TOLERANCE_PERCENT as PCT;
    let c = v.coeff();
    let exp = v.exponent().checked_sub(1)?;
    // Decimal's limits on the exponents the decimal computation goes through (a percentage
    // of the value lies two places below it).
    let floor = if approx { exp.checked_sub(1)? } else { exp };
    if floor < -Decimal::MAX_EXP || exp > Decimal::MAX_EXP {
        return None;
    }
    // In units of 10^exp the value is 10c and the rounding radius 5; an approximate value is
    // counted one place lower, in units of 10^(exp - 1): the value 100c, the radius 50, and
    // PCT % of the value c·PCT, whichever is larger.
    let (unit, value, t) = if approx {
        let value = c.checked_mul(100)?;
        (floor, value, c.checked_mul(PCT)?.max(50))
    } else {
        (exp, c.checked_mul(10)?, 5)
    };
    if value.checked_add(t)? >= COEFF_LIMIT {
        return None;
    }
    let key = |signed_neg: bool, m: u128| value_key_raw(m, unit, signed_neg);
    Some(if v.is_negative() {
        // -(value + t) .. -(value - t), crossing zero when t > value.
        let lo = key(true, value + t);
        let hi = if t > value {
            key(false, t - value)
        } else {
            key(true, value - t)
        };
        (lo, hi)
    } else {
        let lo = if t > value {
            key(true, t - value)
        } else {
            key(false, value - t)
        };
        (lo, key(false, value + t))
    })
}

/// Whether a lower end lies below an upper end, so that something lies between (both closed:
/// the values may be equal).
pub(crate) fn below(lo: &EKey, hi: &EKey) -> bool {
    if !lo.bounded() || !hi.bounded() {
        return true;
    }
    let lo_closed = lo.lo & 1 == 0;
    let hi_closed = hi.lo & 1 == 1;
    if lo_closed && hi_closed {
        lo.value() <= hi.value()
    } else {
        lo.value() < hi.value()
    }
}

/// Maps an old id through `remap` ([`NONE`] stays [`NONE`]).
pub(crate) fn remap_id(remap: &[u32], id: u32) -> u32 {
    if id == NONE {
        NONE
    } else {
        remap.get(id as usize).copied().unwrap_or(NONE)
    }
}

/// What a unit measures: every currency is money (compared only within one currency, but
/// grouped under one key so that conversions and currency mix-ups can be seen); other units are
/// their own dimension (W, kW, MW and GW are all watts already).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Dim {
    /// Any currency.
    Money,
    /// Any other unit.
    Other(Unit),
}

impl Dim {
    /// The dimension of a unit.
    pub(crate) fn of(unit: Unit) -> Dim {
        if unit.is_currency() {
            Dim::Money
        } else {
            Dim::Other(unit)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_ids_follow_string_order() {
        let mut i = Interner::default();
        let b = i.intern("b");
        let a = i.intern("a");
        assert_eq!(i.intern("b"), b);
        let remap = i.canonicalize();
        assert_eq!(remap_id(&remap, a), 0);
        assert_eq!(remap_id(&remap, b), 1);
        assert_eq!(i.get(0), "a");
        assert_eq!(remap_id(&remap, NONE), NONE);
    }

    use proptest::prelude::*;
    use std::cmp::Ordering;

    fn endpoint(kind: u8, v: Decimal) -> Endpoint {
        match kind % 3 {
            0 => Endpoint::Unbounded,
            1 => Endpoint::Closed(v),
            _ => Endpoint::Open(v),
        }
    }

    fn decimal(coeff: u128, exp: i32, neg: bool) -> Decimal {
        let d = Decimal::new(coeff, exp).unwrap_or(Decimal::ZERO);
        if neg {
            d.negate()
        } else {
            d
        }
    }

    fn arb_decimal() -> impl Strategy<Value = Decimal> {
        (
            prop_oneof![
                0u128..30,
                0u128..100_000,
                Just(10u128.pow(35) + 7),
                Just(10u128.pow(36) - 1)
            ],
            prop_oneof![-3i32..4, -120i32..=120],
            any::<bool>(),
        )
            .prop_map(|(c, e, n)| decimal(c, e, n))
    }

    proptest! {
        /// The integer keys order ends exactly as the decimal comparison does.
        #[test]
        fn keys_order_like_decimals(a in arb_decimal(), b in arb_decimal(), ka in 0u8..3, kb in 0u8..3) {
            let (ea, eb) = (endpoint(ka, a), endpoint(kb, b));
            prop_assert_eq!(EKey::of(&ea, false).cmp(&EKey::of(&eb, false)), Interval::cmp_lo(&ea, &eb));
            prop_assert_eq!(EKey::of(&ea, true).cmp(&EKey::of(&eb, true)), Interval::cmp_hi(&ea, &eb));
            let x = Interval { lo: ea, hi: eb };
            let y = Interval { lo: eb, hi: ea };
            prop_assert_eq!(IvKey::of(&x).overlaps(&IvKey::of(&y)), x.overlaps(&y));
            prop_assert_eq!(a.cmp(&b) == Ordering::Equal, value_key(a) == value_key(b));
        }

        /// Quantities' intervals: the same order and overlaps with keys as with decimals.
        #[test]
        fn interval_keys_follow_intervals(a in arb_decimal(), b in arb_decimal(), ba in 0usize..7, bb in 0usize..7) {
            const B: [Bound; 7] = [Bound::Exact, Bound::Approx, Bound::MoreThan, Bound::AtLeast, Bound::LessThan, Bound::AtMost, Bound::Range];
            let q = |v: Decimal, k: usize| Quantity {
                bound: B[k],
                max: Some(v.checked_add(Decimal::from_u64(1)).unwrap_or(v)),
                ..Quantity::new(v, Unit::Count)
            };
            let (x, y) = (q(a, ba).interval(), q(b, bb).interval());
            let (kx, ky) = (IvKey::of(&x), IvKey::of(&y));
            let expected = Interval::cmp_lo(&x.lo, &y.lo).then_with(|| Interval::cmp_hi(&x.hi, &y.hi));
            prop_assert_eq!(kx.cmp(&ky), expected);
            prop_assert_eq!(kx.overlaps(&ky), x.overlaps(&y));
            for (k, approximate) in [(ba, false), (bb, true)] {
                for v in [a, b] {
                    let q = Quantity { approximate, ..q(v, k) };
                    prop_assert_eq!(IvKey::of_quantity(&q), IvKey::of(&q.interval()), "{:?}", q);
                }
            }
        }
    }
}
