//! Exact decimal numbers: a coefficient, a power-of-ten exponent and the precision they were
//! written with.
//!
//! A [`Decimal`] is `(-1)^neg × coeff × 10^exp`, where the last digit of `coeff` is the last
//! digit the source actually wrote. "14,3 miliardi" is `143 × 10^8` (three significant digits,
//! a unit in the last place of `10^8`); "10.000" is `10000 × 10^0` (five digits written);
//! "1億" is `1 × 10^8`. The precision is therefore part of the value's representation, and
//! [`Decimal::rounding_interval`] turns it into the interval the true value lies in.
//!
//! Equality, ordering and hashing are numeric: `15 × 10^9` equals `15000000000 × 10^0`.
//! Amounts never pass through `f32`/`f64`.
//!
//! Invariants (checked by `check_invariants` under `debug_assertions`):
//! - `coeff < 10^MAX_DIGITS` ([`Decimal::MAX_DIGITS`] = 36), so that every intermediate product
//!   used by comparison and interval arithmetic fits in a `u128`;
//! - `|exp| <= MAX_EXP` ([`Decimal::MAX_EXP`] = 120);
//! - zero is never negative.
//!
//! Every operation that could leave these bounds is checked and returns `None` or an error;
//! nothing wraps.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

/// An exact decimal number with its written precision.
///
/// ```
/// use concord::Decimal;
/// let d: Decimal = "14.3".parse().unwrap();
/// let billions = d.scale(9).unwrap();
/// assert_eq!(billions.to_string(), "14300000000");
/// assert_eq!(billions.significant_digits(), 3);
/// let (lo, hi) = billions.rounding_interval().unwrap();
/// assert_eq!((lo.to_string(), hi.to_string()), ("14250000000".into(), "14350000000".into()));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Decimal {
    neg: bool,
    coeff: u128,
    exp: i32,
}

/// Why a decimal could not be built.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecimalError {
    /// More digits than [`Decimal::MAX_DIGITS`].
    #[error("number has more than {max} significant digits")]
    TooManyDigits {
        /// The limit.
        max: u32,
    },
    /// An exponent beyond [`Decimal::MAX_EXP`].
    #[error("number magnitude beyond 10^{max}")]
    ExponentOutOfRange {
        /// The limit.
        max: i32,
    },
    /// Not a decimal literal.
    #[error("not a decimal literal: {0:?}")]
    Syntax(String),
}

const fn pow10(n: u32) -> u128 {
    let mut v = 1u128;
    let mut i = 0;
    while i < n {
        v *= 10;
        i += 1;
    }
    v
}

/// The number of decimal digits of `v` (1 for 0).
fn digits(v: u128) -> u32 {
    // (Most coefficients fit in 64 bits, whose logarithm is cheaper.)
    match u64::try_from(v) {
        Ok(v) => v.checked_ilog10().map_or(1, |d| d + 1),
        Err(_) => v.checked_ilog10().map_or(1, |d| d + 1),
    }
}

impl Decimal {
    /// The most digits a coefficient may have.
    pub const MAX_DIGITS: u32 = 36;
    /// The largest absolute exponent.
    pub const MAX_EXP: i32 = 120;
    const COEFF_LIMIT: u128 = pow10(Self::MAX_DIGITS);

    /// Zero, written as "0".
    pub const ZERO: Decimal = Decimal {
        neg: false,
        coeff: 0,
        exp: 0,
    };

    /// `coeff × 10^exp`, checked against the invariants.
    ///
    /// ```
    /// use concord::Decimal;
    /// assert_eq!(Decimal::new(15, 9).unwrap().to_string(), "15000000000");
    /// assert!(Decimal::new(1, 500).is_err());
    /// ```
    pub fn new(coeff: u128, exp: i32) -> Result<Self, DecimalError> {
        if coeff >= Self::COEFF_LIMIT {
            return Err(DecimalError::TooManyDigits {
                max: Self::MAX_DIGITS,
            });
        }
        if exp.abs() > Self::MAX_EXP {
            return Err(DecimalError::ExponentOutOfRange { max: Self::MAX_EXP });
        }
        Ok(Decimal {
            neg: false,
            coeff,
            exp,
        })
    }

    /// A whole number, written with all its digits.
    ///
    /// ```
    /// use concord::Decimal;
    /// assert_eq!(Decimal::from_u64(10_000).significant_digits(), 5);
    /// ```
    pub fn from_u64(v: u64) -> Self {
        Decimal {
            neg: false,
            coeff: u128::from(v),
            exp: 0,
        }
    }

    /// Builds a decimal from the digits written before and after the decimal separator
    /// (ASCII digits only; either part may be empty, not both).
    ///
    /// ```
    /// use concord::Decimal;
    /// let d = Decimal::from_parts("14", "3").unwrap();
    /// assert_eq!(d.to_string(), "14.3");
    /// ```
    pub fn from_parts(int: &str, frac: &str) -> Result<Self, DecimalError> {
        if (int.is_empty() && frac.is_empty())
            || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        {
            return Err(DecimalError::Syntax(format!("{int}.{frac}")));
        }
        let int = int.trim_start_matches('0');
        let mut coeff: u128 = 0;
        let mut n = 0u32;
        for b in int.bytes().chain(frac.bytes()) {
            if coeff == 0 && b == b'0' {
                continue;
            }
            n += 1;
            if n > Self::MAX_DIGITS {
                return Err(DecimalError::TooManyDigits {
                    max: Self::MAX_DIGITS,
                });
            }
            coeff = coeff * 10 + u128::from(b - b'0');
        }
        let exp = -i32::try_from(frac.len())
            .map_err(|_| DecimalError::ExponentOutOfRange { max: Self::MAX_EXP })?;
        Self::new(coeff, exp)
    }

    /// The coefficient: the digits written, as an integer.
    pub fn coeff(&self) -> u128 {
        self.coeff
    }

    /// The power of ten of the last written digit.
    pub fn exponent(&self) -> i32 {
        self.exp
    }

    /// Whether the value is below zero.
    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        self.coeff == 0
    }

    /// The number of significant digits written (at least 1).
    ///
    /// ```
    /// use concord::Decimal;
    /// let d: Decimal = "0.050".parse().unwrap();
    /// assert_eq!(d.significant_digits(), 2);
    /// ```
    pub fn significant_digits(&self) -> u32 {
        digits(self.coeff)
    }

    /// Multiplies by `10^k`, keeping the written digits (`"14.3".scale(9)` = 14.3 billion,
    /// three significant digits).
    pub fn scale(self, k: i32) -> Option<Self> {
        let exp = self.exp.checked_add(k)?;
        let mut d = Self::new(self.coeff, exp).ok()?;
        d.neg = self.neg && self.coeff != 0;
        Some(d)
    }

    /// The same value without its sign, its written digits kept.
    ///
    /// ```
    /// use concord::Decimal;
    /// let d: Decimal = "-2.50".parse().unwrap();
    /// assert_eq!(d.abs(), "2.50".parse::<Decimal>().unwrap());
    /// assert_eq!(d.abs().significant_digits(), 3);
    /// ```
    pub fn abs(self) -> Self {
        Decimal { neg: false, ..self }
    }

    /// The same value with the sign flipped.
    pub fn negate(self) -> Self {
        Decimal {
            neg: !self.neg && self.coeff != 0,
            ..self
        }
    }

    /// Multiplies by a whole number exactly (the precision follows the coefficient).
    pub fn checked_mul_int(self, n: u128) -> Option<Self> {
        let coeff = self.coeff.checked_mul(n)?;
        let mut d = Self::new(coeff, self.exp).ok()?;
        d.neg = self.neg && coeff != 0;
        Some(d)
    }

    /// Multiplies two decimals exactly.
    pub fn checked_mul(self, other: Self) -> Option<Self> {
        let coeff = self.coeff.checked_mul(other.coeff)?;
        let mut d = Self::new(coeff, self.exp.checked_add(other.exp)?).ok()?;
        d.neg = (self.neg != other.neg) && coeff != 0;
        Some(d)
    }

    /// Rewrites the coefficient so that the exponent is `exp` (only downwards: more digits).
    fn with_exp(self, exp: i32) -> Option<Self> {
        if exp > self.exp {
            return None;
        }
        let shift = u32::try_from(self.exp - exp).ok()?;
        if shift > Self::MAX_DIGITS {
            return if self.coeff == 0 {
                Some(Decimal { exp, ..self })
            } else {
                None
            };
        }
        let coeff = self.coeff.checked_mul(pow10(shift))?;
        Self::new(coeff, exp)
            .ok()
            .map(|d| Decimal { neg: self.neg, ..d })
    }

    /// Adds exactly; the result is as precise as the more precise operand.
    ///
    /// ```
    /// use concord::Decimal;
    /// let a = Decimal::new(3, 4).unwrap(); // 3万
    /// let b = Decimal::from_u64(4000);
    /// assert_eq!(a.checked_add(b).unwrap().to_string(), "34000");
    /// ```
    pub fn checked_add(self, other: Self) -> Option<Self> {
        let exp = self.exp.min(other.exp);
        let a = self.with_exp(exp)?;
        let b = other.with_exp(exp)?;
        let (neg, coeff) = if a.neg == b.neg {
            (a.neg, a.coeff.checked_add(b.coeff)?)
        } else if a.coeff >= b.coeff {
            (a.neg, a.coeff - b.coeff)
        } else {
            (b.neg, b.coeff - a.coeff)
        };
        let mut d = Self::new(coeff, exp).ok()?;
        d.neg = neg && coeff != 0;
        Some(d)
    }

    /// Subtracts exactly.
    pub fn checked_sub(self, other: Self) -> Option<Self> {
        self.checked_add(other.negate())
    }

    /// Half a unit in the last written place: the rounding radius.
    pub fn half_ulp(&self) -> Option<Self> {
        Self::new(5, self.exp.checked_sub(1)?).ok()
    }

    /// The interval `[self - ½ulp, self + ½ulp]` the true value lies in, given the digits written.
    pub fn rounding_interval(&self) -> Option<(Self, Self)> {
        let h = self.half_ulp()?;
        Some((self.checked_sub(h)?, self.checked_add(h)?))
    }

    /// The same value with trailing zeros dropped from the coefficient (precision forgotten).
    pub fn normalized(self) -> Self {
        let mut d = self;
        if d.coeff == 0 {
            return Decimal::ZERO;
        }
        // Most coefficients fit in 64 bits, where dividing by ten is cheap.
        if let Ok(mut c) = u64::try_from(d.coeff) {
            while c % 10 == 0 && d.exp < Self::MAX_EXP {
                c /= 10;
                d.exp += 1;
            }
            d.coeff = u128::from(c);
            return d;
        }
        while d.coeff % 10 == 0 && d.exp < Self::MAX_EXP {
            d.coeff /= 10;
            d.exp += 1;
        }
        d
    }

    /// The value with at most `sig` significant digits, rounded half away from zero
    /// (a display aid; the precision recorded becomes `sig` digits).
    pub fn round_to_significant(self, sig: u32) -> Option<Self> {
        let n = self.significant_digits();
        if n <= sig || self.coeff == 0 {
            return Some(self);
        }
        let drop = n - sig;
        let p = pow10(drop);
        let mut coeff = self.coeff / p;
        if self.coeff % p >= p / 2 {
            coeff += 1;
        }
        let mut d = Self::new(coeff, self.exp.checked_add(i32::try_from(drop).ok()?)?).ok()?;
        d.neg = self.neg;
        Some(d)
    }

    #[cfg(debug_assertions)]
    fn check_invariants(&self) {
        debug_assert!(self.coeff < Self::COEFF_LIMIT);
        debug_assert!(self.exp.abs() <= Self::MAX_EXP);
        debug_assert!(!(self.neg && self.coeff == 0));
    }

    fn cmp_magnitude(&self, other: &Self) -> Ordering {
        match (self.coeff == 0, other.coeff == 0) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        // Order of magnitude first: digits + exponent.
        let ma = i64::from(digits(self.coeff)) + i64::from(self.exp);
        let mb = i64::from(digits(other.coeff)) + i64::from(other.exp);
        if ma != mb {
            return ma.cmp(&mb);
        }
        // Same magnitude: aligning costs at most MAX_DIGITS decimal places, which fits.
        let exp = self.exp.min(other.exp);
        match (self.with_exp(exp), other.with_exp(exp)) {
            (Some(a), Some(b)) => a.coeff.cmp(&b.coeff),
            _ => Ordering::Equal,
        }
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        #[cfg(debug_assertions)]
        {
            self.check_invariants();
            other.check_invariants();
        }
        match (self.neg, other.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => self.cmp_magnitude(other),
            (true, true) => other.cmp_magnitude(self),
        }
    }
}

impl Hash for Decimal {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let n = self.normalized();
        n.neg.hash(state);
        n.coeff.hash(state);
        n.exp.hash(state);
    }
}

impl fmt::Display for Decimal {
    /// The exact value in plain positional notation: `14300000000`, `14.3`, `-0.05`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.neg {
            f.write_str("-")?;
        }
        let s = self.coeff.to_string();
        if self.coeff == 0 {
            return f.write_str("0");
        }
        if self.exp >= 0 {
            f.write_str(&s)?;
            for _ in 0..self.exp {
                f.write_str("0")?;
            }
            return Ok(());
        }
        let frac = self.exp.unsigned_abs() as usize;
        // Drop trailing zeros of the fraction: the canonical string is the value, not the
        // precision (see `significant_digits` for that).
        let (int, fr) = if s.len() > frac {
            let (a, b) = s.split_at(s.len() - frac);
            (a.to_string(), b.to_string())
        } else {
            (
                "0".to_string(),
                format!("{}{}", "0".repeat(frac - s.len()), s),
            )
        };
        let fr = fr.trim_end_matches('0');
        f.write_str(&int)?;
        if !fr.is_empty() {
            f.write_str(".")?;
            f.write_str(fr)?;
        }
        Ok(())
    }
}

impl FromStr for Decimal {
    type Err = DecimalError;

    /// Parses `123`, `-14.30`, `0.5`, `1e9`, `1.43E10` (ASCII, `.` as the decimal point).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DecimalError::Syntax(s.chars().take(64).collect());
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s.strip_prefix('+').unwrap_or(s)),
        };
        let (mant, exp) = match body.find(['e', 'E']) {
            Some(i) => {
                let e: i32 = body
                    .get(i + 1..)
                    .ok_or_else(err)?
                    .parse()
                    .map_err(|_| err())?;
                (body.get(..i).ok_or_else(err)?, e)
            }
            None => (body, 0),
        };
        let (int, frac) = match mant.split_once('.') {
            Some((a, b)) => (a, b),
            None => (mant, ""),
        };
        let d = Self::from_parts(int, frac).map_err(|e| match e {
            DecimalError::Syntax(_) => err(),
            other => other,
        })?;
        let d = d
            .scale(exp)
            .ok_or(DecimalError::ExponentOutOfRange { max: Self::MAX_EXP })?;
        Ok(if neg { d.negate() } else { d })
    }
}

impl serde::Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn display_is_exact() {
        assert_eq!(d("14.3").scale(9).unwrap().to_string(), "14300000000");
        assert_eq!(d("0.05").to_string(), "0.05");
        assert_eq!(d("-2.50").to_string(), "-2.5");
        assert_eq!(d("0").to_string(), "0");
        assert_eq!(d("1e-3").to_string(), "0.001");
    }

    #[test]
    fn numeric_equality_ignores_precision() {
        assert_eq!(d("15e9"), d("15000000000"));
        assert_ne!(
            d("15e9").significant_digits(),
            d("15000000000").significant_digits()
        );
        assert!(d("14.35e9") < d("14.5e9"));
        assert!(d("-1") < d("0.5"));
        assert!(d("999") < d("1000"));
    }

    #[test]
    fn rounding_intervals_follow_written_digits() {
        let (lo, hi) = d("15e9").rounding_interval().unwrap();
        assert_eq!((lo, hi), (d("14.5e9"), d("15.5e9")));
        let (lo, hi) = d("10000").rounding_interval().unwrap();
        assert_eq!((lo, hi), (d("9999.5"), d("10000.5")));
    }

    #[test]
    fn overflow_is_an_error_not_a_wrap() {
        assert!(Decimal::from_parts(&"9".repeat(40), "").is_err());
        assert!(d("1e100").scale(100).is_none());
        let big = Decimal::new(Decimal::COEFF_LIMIT - 1, 0).unwrap();
        assert!(big.checked_add(big).is_none());
        assert!(big.checked_mul_int(10).is_none());
    }

    #[test]
    fn add_aligns_precision() {
        let a = Decimal::new(3, 4).unwrap();
        let s = a.checked_add(Decimal::from_u64(4000)).unwrap();
        assert_eq!(s.to_string(), "34000");
        assert_eq!(s.significant_digits(), 5);
        assert_eq!(d("1").checked_sub(d("2.5")).unwrap().to_string(), "-1.5");
    }

    #[test]
    fn parse_rejects_garbage() {
        for bad in ["", ".", "1..2", "abc", "1e", "--1", "1,5"] {
            assert!(bad.parse::<Decimal>().is_err(), "{bad}");
        }
    }

    #[test]
    fn round_to_significant() {
        assert_eq!(
            d("14349").round_to_significant(3).unwrap().to_string(),
            "14300"
        );
        assert_eq!(
            d("14350").round_to_significant(3).unwrap().to_string(),
            "14400"
        );
    }

    /// The fast paths of `digits` and `normalized` against the plain ones (a division by ten at
    /// a time on the whole coefficient).
    mod fast_paths {
        use super::super::{digits, pow10, Decimal};
        use proptest::prelude::*;

        fn digits_plain(mut v: u128) -> u32 {
            let mut n = 1;
            while v >= 10 {
                v /= 10;
                n += 1;
            }
            n
        }

        fn normalized_plain(x: Decimal) -> Decimal {
            let mut d = x;
            if d.coeff == 0 {
                return Decimal::ZERO;
            }
            while d.coeff % 10 == 0 && d.exp < Decimal::MAX_EXP {
                d.coeff /= 10;
                d.exp += 1;
            }
            d
        }

        proptest! {
            #[test]
            fn digits_and_normalized_are_the_plain_ones(
                coeff in prop_oneof![
                    0u128..1000,
                    any::<u64>().prop_map(u128::from),
                    0u128..Decimal::COEFF_LIMIT,
                    (1u128..1_000_000_000, 0u32..27).prop_map(|(c, z)| c * pow10(z)),
                    (0u32..36).prop_map(pow10),
                ],
                exp in -120i32..=120,
                neg in any::<bool>(),
            ) {
                prop_assert_eq!(digits(coeff), digits_plain(coeff));
                let x = Decimal { neg, coeff, exp };
                let (a, b) = (x.normalized(), normalized_plain(x));
                prop_assert_eq!((a.neg, a.coeff, a.exp), (b.neg, b.coeff, b.exp));
            }
        }
    }
}
