//! Digits in each locale's conventions: `10.000` (it/de: ten thousand), `10 000` (fr),
//! `10,000` and `14.3` (en), `14,3` (it/de/fr).
//!
//! The reader collects digit groups and the separators between them, then keeps the longest
//! prefix that reads consistently:
//! - one kind of separator between groups of exactly three digits is a grouping
//!   (`1.234.567`, `1 234 567`), unless it is the locale's decimal separator used once;
//! - a last separator of another kind after valid groups is the decimal point
//!   (`1.234,5`, `1,234.5`);
//! - a single `.` or `,` that the locale does not group with, or one not followed by three
//!   digits, is the decimal point (`14.3` in an Italian text, `4,4` in an English one).

use crate::decimal::Decimal;

/// A number written in digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DigitNum {
    /// Its value, with the digits written.
    pub value: Decimal,
    /// Where it ends (a byte offset into the scanned text).
    pub end: usize,
    /// The integer it is, when written with digits only (no separator): `2026`.
    pub plain: Option<u64>,
}

/// Reads the number starting at `pos` (an ASCII digit) in `text`, with the locale's decimal
/// separator and group separators.
pub(crate) fn read(text: &str, pos: usize, decimal: char, groups: &[char]) -> Option<DigitNum> {
    let d = read_plain(text, pos, decimal, groups)?;
    Some(exponent(text, d).or_else(|| power(text, d)).unwrap_or(d))
}

/// A power right after the digits: `2.5^-1`, `1.1^+23`, `1.3x10^6`, `6.23×10^-4`. The
/// exponent's signs multiply (`^--2` is `^2`). Values that do not terminate keep 15 significant
/// digits.
fn power(text: &str, d: DigitNum) -> Option<DigitNum> {
    let rest = text.get(d.end..)?;
    // "x10^6": the power of ten multiplies the number.
    let (times_ten, body) = match ["x10^", "×10^", "*10^"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
    {
        Some(b) => (true, b),
        None => (false, rest.strip_prefix('^')?),
    };
    let signs = body
        .bytes()
        .take_while(|b| matches!(b, b'+' | b'-'))
        .count();
    if signs > 2 {
        return None;
    }
    let neg = body.bytes().take(signs).filter(|&b| b == b'-').count() % 2 == 1;
    let digits = body.get(signs..)?;
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 3 {
        return None;
    }
    if digits
        .get(n..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let e: i32 = digits.get(..n)?.parse().ok()?;
    let end = d.end + (rest.len() - digits.len()) + n;
    let value = if times_ten {
        d.value.scale(if neg { -e } else { e })?
    } else {
        let mut v = Decimal::from_u64(1);
        for _ in 0..e {
            v = v.checked_mul(d.value)?;
            if v.significant_digits() > 30 {
                v = v.round_to_significant(30)?;
            }
        }
        let v = if neg {
            let c = v.normalized();
            let q = super::scan::divide(Decimal::from_u64(1), c.coeff())?;
            let q = q.scale(-c.exponent())?;
            if v.is_negative() {
                q.negate()
            } else {
                q
            }
        } else {
            v
        };
        v.round_to_significant(15)?
    };
    Some(DigitNum {
        value,
        end,
        plain: None,
    })
}

/// Scientific notation right after the digits: `1e10`, `1.3e6`, `12.32e+14`, `-12e-1`.
fn exponent(text: &str, d: DigitNum) -> Option<DigitNum> {
    let rest = text.get(d.end..)?;
    let body = rest.strip_prefix('e')?;
    let (neg, digits) = match body.as_bytes().first()? {
        b'+' => (false, body.get(1..)?),
        b'-' => (true, body.get(1..)?),
        _ => (false, body),
    };
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 3 {
        return None;
    }
    let after = digits.get(n..)?.chars().next();
    if after.is_some_and(char::is_alphanumeric) {
        return None;
    }
    let e: i32 = digits.get(..n)?.parse().ok()?;
    let e = if neg { -e } else { e };
    let end = d.end + (rest.len() - digits.len()) + n;
    Some(DigitNum {
        value: d.value.scale(e)?,
        end,
        plain: None,
    })
}

fn read_plain(text: &str, pos: usize, decimal: char, groups: &[char]) -> Option<DigitNum> {
    let bytes = text.as_bytes();
    // Right after "192.168." (an address, a version): the digits alone.
    let tail = pos >= 2
        && bytes.get(pos - 1).is_some_and(|&b| b == b'.' || b == b',')
        && bytes.get(pos - 2).is_some_and(u8::is_ascii_digit);
    if tail {
        let e = pos
            + bytes
                .get(pos..)?
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        let int = text.get(pos..e)?;
        return Some(DigitNum {
            value: Decimal::from_parts(int, "").ok()?,
            end: e,
            plain: int.parse().ok(),
        });
    }
    let run = |from: usize| -> usize {
        let mut e = from;
        while bytes.get(e).is_some_and(u8::is_ascii_digit) {
            e += 1;
        }
        e
    };
    let first_end = run(pos);
    if first_end == pos {
        return None;
    }
    // (separator, group start, group end)
    let mut parts: Vec<(u8, usize, usize)> = vec![(0, pos, first_end)];
    let mut at = first_end;
    while let Some(&sep) = bytes.get(at) {
        if !matches!(sep, b'.' | b',' | b' ' | b'\'') {
            break;
        }
        let gs = at + 1;
        let ge = run(gs);
        if ge == gs {
            break;
        }
        if sep == b' ' || sep == b'\'' {
            // Spaces and apostrophes only ever group thousands.
            if ge - gs != 3 || bytes.get(ge).is_some_and(u8::is_ascii_digit) {
                break;
            }
        }
        parts.push((sep, gs, ge));
        at = ge;
        if parts.len() > 64 {
            break;
        }
    }
    let dec = decimal as u32;
    let is_group = |s: u8| groups.iter().any(|&g| g as u32 == u32::from(s));
    let len = |p: &(u8, usize, usize)| p.2 - p.1;
    for k in (1..=parts.len()).rev() {
        let ps = parts.get(..k)?;
        let first = ps.first()?;
        let rest = ps.get(1..).unwrap_or(&[]);
        let digits = |range: &[(u8, usize, usize)]| -> String {
            range
                .iter()
                .filter_map(|p| text.get(p.1..p.2))
                .collect::<String>()
        };
        let make = |int: String, frac: &str, end: usize, plain: bool| -> Option<DigitNum> {
            let value = Decimal::from_parts(&int, frac).ok()?;
            let plain = if plain { int.parse::<u64>().ok() } else { None };
            Some(DigitNum { value, end, plain })
        };
        let end = ps.last()?.2;
        if rest.is_empty() {
            return make(digits(ps), "", end, true);
        }
        let seps: Vec<u8> = rest.iter().map(|p| p.0).collect();
        let same = seps.iter().all(|&s| Some(&s) == seps.first());
        // Indian grouping: "12,34,567" (lakh and crore: groups of two, then three).
        let lakh = |gs: &[(u8, usize, usize)]| {
            len(first) <= 2
                && gs.len() >= 2
                && gs.split_last().is_some_and(|(l, body)| {
                    len(l) == 3 && l.0 == b',' && body.iter().all(|p| len(p) == 2 && p.0 == b',')
                })
        };
        let grouped = |gs: &[(u8, usize, usize)]| {
            (len(first) <= 3 && gs.iter().all(|p| len(p) == 3) && first.2 > first.1) || lakh(gs)
        };
        // "22,24,26": the same separator goes on, so this is a list, not a decimal.
        let goes_on = parts
            .get(k)
            .is_some_and(|p| Some(&p.0) == rest.first().map(|r| &r.0));
        let s0 = *seps.first()?;
        if same {
            let single = rest.len() == 1;
            let lone = rest.first()?;
            if single && u32::from(s0) == dec && s0 != b' ' && s0 != b'\'' && !goes_on {
                return make(
                    digits(std::slice::from_ref(first)),
                    text.get(lone.1..lone.2)?,
                    end,
                    false,
                );
            }
            if is_group(s0) && grouped(rest) {
                return make(digits(ps), "", end, false);
            }
            if single && matches!(s0, b'.' | b',') && (!is_group(s0) || len(lone) != 3) && !goes_on
            {
                return make(
                    digits(std::slice::from_ref(first)),
                    text.get(lone.1..lone.2)?,
                    end,
                    false,
                );
            }
            if single && matches!(s0, b'.' | b',') && !is_group(s0) && !goes_on {
                return make(
                    digits(std::slice::from_ref(first)),
                    text.get(lone.1..lone.2)?,
                    end,
                    false,
                );
            }
        } else if let Some((last, body)) = rest.split_last() {
            let g = body.first()?.0;
            if body.iter().all(|p| p.0 == g)
                && matches!(last.0, b'.' | b',')
                && last.0 != g
                && grouped(body)
            {
                let int = digits(ps.get(..ps.len() - 1)?);
                return make(int, text.get(last.1..last.2)?, end, false);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn it(s: &str) -> (String, usize) {
        let d = read(s, 0, ',', &['.', ' ', '\'']).unwrap();
        (d.value.to_string(), d.end)
    }
    fn en(s: &str) -> (String, usize) {
        let d = read(s, 0, '.', &[',', ' ', '\'']).unwrap();
        (d.value.to_string(), d.end)
    }

    #[test]
    fn locale_separators() {
        assert_eq!(it("10.000 gpu"), ("10000".into(), 6));
        assert_eq!(it("14,3 miliardi"), ("14.3".into(), 4));
        assert_eq!(it("14.3 miliardi"), ("14.3".into(), 4));
        assert_eq!(it("1.234.567,89"), ("1234567.89".into(), 12));
        assert_eq!(it("192.168.1.2"), ("192168".into(), 7));
        assert_eq!(it("10 000 euro"), ("10000".into(), 6));
        assert_eq!(en("10,000"), ("10000".into(), 6));
        assert_eq!(en("10.000"), ("10".into(), 6));
        assert_eq!(en("4,4 billion"), ("4.4".into(), 3));
        assert_eq!(en("1,234.5"), ("1234.5".into(), 7));
        assert_eq!(en("2025 100"), ("2025".into(), 4));
        assert_eq!(en("1, 2"), ("1".into(), 1));
        assert_eq!(en("1.3e6 x"), ("1300000".into(), 5));
        assert_eq!(en("12e-1"), ("1.2".into(), 5));
        assert_eq!(en("5el"), ("5".into(), 1));
        assert_eq!(en("2^5"), ("32".into(), 3));
        assert_eq!(en("12,34,567.89"), ("1234567.89".into(), 12));
        assert_eq!(en("22,24,26"), ("22".into(), 2));
        assert_eq!(it("1,5,7"), ("1".into(), 1));
        assert_eq!(en("2.5^-1 x"), ("0.4".into(), 6));
        assert_eq!(en("2^--3"), ("8".into(), 5));
        assert_eq!(en("2^x"), ("2".into(), 1));
        assert_eq!(en("2^10 x"), ("1024".into(), 4));
        assert_eq!(en("1.3x10^6"), ("1300000".into(), 8));
        assert_eq!(en("6.23x10^-4"), ("0.000623".into(), 10));
        assert_eq!(it("2,5^--1"), ("2.5".into(), 7));
    }

    #[test]
    fn precision_is_kept() {
        let d = read("14,3", 0, ',', &['.']).unwrap();
        assert_eq!(d.value.significant_digits(), 3);
        let d = read("10.000", 0, ',', &['.']).unwrap();
        assert_eq!(d.value.significant_digits(), 5);
        assert_eq!(d.plain, None);
        assert_eq!(read("2026", 0, ',', &['.']).unwrap().plain, Some(2026));
    }
}
