//! Number words: a compositional reader over morphemes, the same for every language.
//!
//! Morphemes come from the lexicon ([`super::tables::MorphKind`]): values (`otto`, `zwanzig`,
//! `三`), multipliers (`cento`, `百`), scales (`mila`, `Millionen`, `万`), vague amounts
//! (`centinaia`, `数`), joiners (`und`, `et`) and "more" marks (`多`). The reader keeps a total,
//! a group and the current value, as a low and a high reading at once so that vague and
//! adjacent-digit ranges (`五六`, `数千亿`) come out as ranges:
//!
//! - a value adds to the current one when it is smaller and fits its place (`vingt` + `deux`,
//!   `trent` + `otto`), or after `und` when a unit precedes its tens (`ein und zwanzig`);
//!   in Chinese, two digits in a row are a range when consecutive (`五六`) and digit by digit
//!   otherwise (`二〇二五`);
//! - a multiplier multiplies the current value (or 1) into the group (`due` `cento`);
//! - a scale closes the group into the total, and multiplies the total when it is larger than
//!   every scale before it (`mille miliardi`, `万亿`).

use super::tables::MorphKind;

/// The reader's state; `Copy`, so that a caller can try a word and roll back.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Eval {
    total: (u128, u128),
    section: (u128, u128),
    cur: Option<(u128, u128)>,
    max_scale: i32,
    last: Option<MorphKind>,
    cjk: bool,
    /// A "more than" mark was read.
    pub more: bool,
    /// A vague amount was read.
    pub vague: bool,
    /// Two consecutive digits made a range.
    pub adjacent_range: bool,
    /// A value or vague morpheme was read.
    pub has_value: bool,
    /// A multiplier or scale was read.
    pub has_scale: bool,
    /// Morphemes read, joiners excluded.
    pub count: usize,
    /// The last morpheme read was a joiner (nothing may end there).
    pub dangling: bool,
    /// Chinese: the place of a last digit that follows a multiplier or scale directly, which
    /// it multiplies when the numeral ends there (`两千四百五` = 2450, `一万三` = 13000).
    elided: Option<u128>,
}

fn pow10(e: i32) -> Option<u128> {
    10u128.checked_pow(u32::try_from(e).ok()?)
}

fn digits_of(v: u128) -> u32 {
    let mut n = 1;
    let mut v = v;
    while v >= 10 {
        v /= 10;
        n += 1;
    }
    n
}

fn add(a: (u128, u128), b: (u128, u128)) -> Option<(u128, u128)> {
    Some((a.0.checked_add(b.0)?, a.1.checked_add(b.1)?))
}

fn mul(a: (u128, u128), m: u128) -> Option<(u128, u128)> {
    Some((a.0.checked_mul(m)?, a.1.checked_mul(m)?))
}

impl Eval {
    /// A reader for Latin-script words (`cjk` false) or Chinese numerals (`cjk` true).
    pub fn new(cjk: bool) -> Eval {
        Eval {
            cjk,
            ..Eval::default()
        }
    }

    fn empty(&self) -> bool {
        self.cur.is_none() && self.section == (0, 0) && self.total == (0, 0)
    }

    /// Reads one morpheme; `None` where it cannot continue this number (the state is then
    /// unspecified: roll back to a copy).
    pub fn push(&mut self, m: MorphKind) -> Option<()> {
        let last = self.last;
        let elided = self.elided.take();
        match m {
            MorphKind::Digit(v) => {
                let v = u128::from(v);
                // "four thousand and 0": nothing adds a zero.
                if !self.cjk && v == 0 && matches!(last, Some(MorphKind::Joiner)) {
                    return None;
                }
                if self.cjk && v <= 9 && self.cur.is_none() {
                    self.elided = match last {
                        Some(MorphKind::Mult(f)) if f % 10 == 0 => Some(u128::from(f / 10)),
                        Some(MorphKind::Scale(e)) if e > 0 => pow10(e - 1),
                        _ => None,
                    };
                }
                self.cur = Some(match self.cur {
                    None => (v, v),
                    // Digits after 零 fill the empty place: "1千零20".
                    Some((0, 0)) if self.cjk && v > 9 && last == Some(MorphKind::Digit(0)) => {
                        (v, v)
                    }
                    // 廿一 = 21, 卅五 = 35: a tens digit then a unit.
                    Some(c)
                        if self.cjk
                            && (1..=9).contains(&v)
                            && c.0 == c.1
                            && matches!(last, Some(MorphKind::Digit(t)) if (20..100).contains(&t) && t % 10 == 0 && u128::from(t) == c.0) =>
                    {
                        (c.0 + v, c.0 + v)
                    }
                    Some(c) if self.cjk => {
                        if !matches!(last, Some(MorphKind::Digit(_))) || v > 9 {
                            return None;
                        }
                        if c.0 == c.1 && v == c.0 + 1 && !self.adjacent_range && c.0 > 0 {
                            self.adjacent_range = true;
                            (c.0, v)
                        } else if !self.adjacent_range && c.0 == c.1 {
                            let n = c.0.checked_mul(10)?.checked_add(v)?;
                            (n, n)
                        } else {
                            return None;
                        }
                    }
                    Some(c) => {
                        let fits = v < c.0
                            && (c.0 % 10u128.checked_pow(digits_of(v))? == 0
                                || ((10..20).contains(&v) && c.0 % 20 == 0 && c.0 < 100));
                        let inverted = matches!(last, Some(MorphKind::Joiner))
                            && c.0 < 10
                            && c.0 == c.1
                            && v % 10 == 0
                            && (20..100).contains(&v);
                        if !(fits || inverted) {
                            return None;
                        }
                        add(c, (v, v))?
                    }
                });
                self.has_value = true;
            }
            MorphKind::Vague(lo, hi) => {
                // Chinese: a vague digit in a place after a multiplier or 零 runs from 0
                // (`二十几` = 20..29, `一百零几万` = 100..109 万).
                let tail = self.cjk
                    && matches!(
                        (self.cur, last),
                        (None, Some(MorphKind::Mult(_) | MorphKind::Scale(_)))
                            | (Some((0, 0)), Some(MorphKind::Digit(0)))
                    );
                let (lo, hi) = if tail { (0, 9) } else { (lo, hi) };
                if self.cur.is_some_and(|c| !(tail && c == (0, 0))) {
                    return None;
                }
                self.cur = Some((u128::from(lo), u128::from(hi)));
                self.vague = true;
                self.has_value = true;
            }
            MorphKind::Mult(f) => {
                // "cento cento" and "trentotto e cento" are two numbers ("mille e cento" one).
                if matches!(last, Some(MorphKind::Mult(_)))
                    || (matches!(last, Some(MorphKind::Joiner)) && self.cur.is_some())
                {
                    return None;
                }
                // "three hundred and two hundred" is two numbers: a group holds one hundreds.
                if !self.cjk && f >= 100 && self.section.0 >= u128::from(f) {
                    return None;
                }
                // Chinese 零 holds an empty place: `一万零十二` = 10012, `零十` = 10.
                let zero_place =
                    self.cjk && self.cur == Some((0, 0)) && last == Some(MorphKind::Digit(0));
                let base = match self.cur {
                    Some(c) if !zero_place => c,
                    _ => (1, 1),
                };
                self.section = add(self.section, mul(base, u128::from(f))?)?;
                self.cur = None;
                self.has_scale = true;
            }
            MorphKind::Scale(e) => {
                let group = add(self.section, self.cur.unwrap_or((0, 0)))?;
                let group = if group == (0, 0) {
                    if matches!(last, Some(MorphKind::Scale(_))) && e > self.max_scale {
                        (0, 0)
                    } else if matches!(last, Some(MorphKind::Scale(_))) && self.cjk {
                        // 四万万 = 4 × 10^4 × 10^4.
                        self.total = mul(self.total, pow10(e)?)?;
                        self.max_scale = self.max_scale.checked_add(e)?;
                        self.last = Some(m);
                        self.count += 1;
                        return Some(());
                    } else if self.total == (0, 0) {
                        (1, 1)
                    } else {
                        return None;
                    }
                } else {
                    group
                };
                let s = pow10(e)?;
                // "5 Milliarden und 6 Milliarden", "tre milioni e due milioni": two numbers.
                if e == self.max_scale && self.total != (0, 0) {
                    return None;
                }
                if e > self.max_scale {
                    self.total = mul(add(self.total, group)?, s)?;
                    self.max_scale = e;
                } else {
                    self.total = add(self.total, mul(group, s)?)?;
                }
                self.section = (0, 0);
                self.cur = None;
                self.has_scale = true;
            }
            MorphKind::Joiner => {
                if self.empty() || matches!(last, Some(MorphKind::Joiner)) {
                    return None;
                }
                self.elided = elided;
                self.last = Some(m);
                self.dangling = true;
                return Some(());
            }
            MorphKind::More => {
                if self.empty() || self.more {
                    return None;
                }
                self.more = true;
            }
        }
        self.dangling = false;
        self.count += 1;
        self.last = Some(m);
        Some(())
    }

    /// The value read so far, low and high.
    pub fn value(&self) -> Option<(u128, u128)> {
        let cur = match (self.cur, self.elided) {
            (Some(c), Some(p)) => mul(c, p)?,
            (c, _) => c.unwrap_or((0, 0)),
        };
        add(add(self.total, self.section)?, cur)
    }

    /// The largest scale read (its power of ten), 0 where none.
    pub fn max_scale(&self) -> i32 {
        self.max_scale
    }

    /// The last morpheme read.
    pub fn last(&self) -> Option<MorphKind> {
        self.last
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use MorphKind::*;

    fn eval(cjk: bool, ms: &[MorphKind]) -> Option<(u128, u128)> {
        let mut e = Eval::new(cjk);
        for &m in ms {
            e.push(m)?;
        }
        e.value()
    }

    #[test]
    fn latin_compositions() {
        // trent + otto
        assert_eq!(eval(false, &[Digit(30), Digit(8)]), Some((38, 38)));
        // due cento quaranta tre
        assert_eq!(
            eval(false, &[Digit(2), Mult(100), Digit(40), Digit(3)]),
            Some((243, 243))
        );
        // ein und zwanzig
        assert_eq!(eval(false, &[Digit(1), Joiner, Digit(20)]), Some((21, 21)));
        // quatre-vingt dix
        assert_eq!(eval(false, &[Digit(80), Digit(10)]), Some((90, 90)));
        // due milioni tre cento mila
        assert_eq!(
            eval(false, &[Digit(2), Scale(6), Digit(3), Mult(100), Scale(3)]),
            Some((2_300_000, 2_300_000))
        );
        // mille miliardi
        assert_eq!(
            eval(false, &[Scale(3), Scale(9)]),
            Some((10u128.pow(12), 10u128.pow(12)))
        );
        // tre quattro is two numbers, and so is trentotto e cento; mille e cento is one
        assert_eq!(eval(false, &[Digit(3), Digit(4)]), None);
        assert_eq!(eval(false, &[Digit(38), Joiner, Mult(100)]), None);
        assert_eq!(
            eval(false, &[Scale(3), Joiner, Mult(100)]),
            Some((1100, 1100))
        );
    }

    #[test]
    fn chinese_compositions() {
        // 三千五百万
        assert_eq!(
            eval(true, &[Digit(3), Mult(1000), Digit(5), Mult(100), Scale(4)]),
            Some((35_000_000, 35_000_000))
        );
        // 一亿三千万
        assert_eq!(
            eval(true, &[Digit(1), Scale(8), Digit(3), Mult(1000), Scale(4)]),
            Some((130_000_000, 130_000_000))
        );
        // 五六
        assert_eq!(eval(true, &[Digit(5), Digit(6)]), Some((5, 6)));
        // 数千亿
        assert_eq!(
            eval(true, &[Vague(2, 9), Mult(1000), Scale(8)]),
            Some((200_000_000_000, 900_000_000_000))
        );
        // 十二
        assert_eq!(eval(true, &[Mult(10), Digit(2)]), Some((12, 12)));
        // 两千四百五, 一万三, 一百零五
        assert_eq!(
            eval(true, &[Digit(2), Mult(1000), Digit(4), Mult(100), Digit(5)]),
            Some((2450, 2450))
        );
        assert_eq!(
            eval(true, &[Digit(1), Scale(4), Digit(3)]),
            Some((13000, 13000))
        );
        assert_eq!(
            eval(true, &[Digit(1), Mult(100), Digit(0), Digit(5)]),
            Some((105, 105))
        );
        // 四万万
        assert_eq!(
            eval(true, &[Digit(4), Scale(4), Scale(4)]),
            Some((400_000_000, 400_000_000))
        );
        // 一万亿
        assert_eq!(
            eval(true, &[Digit(1), Scale(4), Scale(8)]),
            Some((10u128.pow(12), 10u128.pow(12)))
        );
        // 一万零十二, 一百零十万, 零十
        assert_eq!(
            eval(true, &[Digit(1), Scale(4), Digit(0), Mult(10), Digit(2)]),
            Some((10012, 10012))
        );
        assert_eq!(
            eval(true, &[Digit(1), Mult(100), Digit(0), Mult(10), Scale(4)]),
            Some((1_100_000, 1_100_000))
        );
        assert_eq!(eval(true, &[Digit(0), Mult(10)]), Some((10, 10)));
        // 二十几万, 一百零几万, 十几
        assert_eq!(
            eval(true, &[Digit(2), Mult(10), Vague(2, 9), Scale(4)]),
            Some((200_000, 290_000))
        );
        assert_eq!(
            eval(
                true,
                &[Digit(1), Mult(100), Digit(0), Vague(2, 9), Scale(4)]
            ),
            Some((1_000_000, 1_090_000))
        );
        assert_eq!(eval(true, &[Mult(10), Vague(2, 9)]), Some((10, 19)));
        // 廿一, 卅
        assert_eq!(eval(true, &[Digit(20), Digit(1)]), Some((21, 21)));
        assert_eq!(eval(true, &[Digit(30)]), Some((30, 30)));
    }
}
