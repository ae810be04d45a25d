//! Quantities: exact amounts with a unit, a bound and the span of their surface.
//!
//! [`scan`] finds every amount in a text: digits in each locale's conventions, scale words,
//! number words, Chinese numerals, currencies, percentages, power, counts, years and durations,
//! with the hedges and ranges around them. The result is a [`QuantityMention`] per amount:
//! its byte [`Span`] in the original text and a [`Quantity`] whose [`Quantity::interval`] says
//! where the true value lies.
//!
//! ```
//! use concord::{quantity, Lang, Bound, Unit};
//! let text = "Meta ha investito oltre $ 4,4 miliardi.";
//! let q = &quantity::scan(text, Lang::It)[0];
//! assert_eq!(&text[q.span.start..q.span.end], "oltre $ 4,4 miliardi");
//! assert_eq!(q.quantity.value.to_string(), "4400000000");
//! assert_eq!(q.quantity.unit, Unit::currency("USD"));
//! assert_eq!(q.quantity.bound, Bound::MoreThan);
//! ```
//!
//! ## What is read, and how
//!
//! - **Digits** follow the sentence's language: `10.000` is ten thousand in Italian and German,
//!   ten in English; `10 000` (with U+0020, U+00A0 or U+202F) groups thousands; a separator the
//!   locale does not group with, or one not followed by three digits, is the decimal point
//!   (`14.3` in an Italian text). Sentences in another language than the document's (an
//!   English quote in an Italian article) are read in their own language.
//! - **Precision** is what was written: `14,3 miliardi` is `143 × 10^8`, three significant
//!   digits; number words keep their digits without trailing zeros (`三千五百萬` = `35 × 10^6`).
//!   Fractions that do not terminate (`due terzi`) keep 15 significant digits.
//! - **Scales** are the language's: English `billion` is 10^9, French `billion` and German
//!   `Billion` 10^12.
//! - **Units**: money by ISO 4217 code (a currency written after the last item of a list is
//!   shared by the list: `1億、2億美元`), `percent`, power in `W`, energy in `Wh`, area in `m2`,
//!   length in `m`, mass in `kg` (tonnes, `Mt`, `quintali`, `万吨` are converted), volume in
//!   `m3` (litres, `ettolitri`, `升`, `百升`, barrels, `bcm`), speed in `km/h` (`mph` converted),
//!   durations in `years`/`months`/`days`/`hours`/`minutes`/`seconds` (a time written in
//!   parts is one duration in seconds: `2:01:09 Stunden`, `2h00'35"`, `13'51"`, `2小时1分9秒`,
//!   `2 ore, 1 minuto e 9 secondi`; a time of day is none: `alle 10:30`, `10时30分`), rainfall
//!   in `m` (`40 Liter pro Quadratmeter`, `40 l/m²` = 0.04 m), calendar years as `year`
//!   (`nel 2026`, `2024年`), points of a score, a rating, a ranking or an index as `points`
//!   (`475 Punkte`, `21 points`, `547分`, `250 Indexpunkte`; `分` in a time written in parts
//!   is minutes: `3分08秒`; `punti vendita` counts stores), temperatures in `celsius` (`15 °C`,
//!   `1,5 Grad`, `gradi`, `degrés`, `30℃`, `摄氏30度`, and `度` in a sentence about the
//!   weather; differences too: `1,5 Grad wärmer`) or `fahrenheit` (never converted),
//!   concentrations in `ppm` (`ppb` converted, `parti per milione`, `百万分之420`), flows
//!   in `m3/s` (`Kubikmeter pro Sekunde`, `metri cubi al secondo`, `每秒200立方米`; the time
//!   may come first: `pro Sekunde 100 Kubikmeter`, `每秒湧出200立方公尺`), and
//!   `count` for any other cardinal. A count keeps the counted noun
//!   in its span where it is a name or a capitalized noun (`10.000 GPU`, `10.000 H100`, German
//!   nouns), not a function word (`almeno otto dei suoi ricercatori` spans `almeno otto`).
//! - **Currency from the context**: a count of millions or more that names nothing it counts
//!   (`valutazione a 40 miliardi`, `environ 60 millions`, `oltre 20 miliardi`) takes the
//!   currency of the nearest money mention before it in its paragraph (a blank line ends a
//!   paragraph), unless a named count of millions comes between; in a headline (a paragraph
//!   before the one of the first money mention) it takes the text's most mentioned currency;
//!   with no money in its paragraph, that of the next money mention in the paragraph, else of
//!   the nearest one before it in the text (under the same blocking rule).
//!   Bound and precision do not change; `2 miliardi di persone`, `2 billion people` stay counts.
//! - **A currency named before the number** wins over a generic unit word after it:
//!   `新台幣3500億元` is TWD. `块` before a noun is a measure word (`1.8万块GPU` counts chips).
//! - **Not amounts**: multipliers (`trois fois plus`, `三倍`, `3 mal mehr`: ratios are not
//!   reported; `trois fois`, `dreimal` alone count occurrences),
//!   a bare number alone in brackets after a word (stock codes: `比亞迪（1211）`), a particle
//!   after an amount (`3,5 Milliarden Euro ein` is 3.5 billion euros), dates (`15 luglio`, `maggio 2025`, `15. Juli`, `7月15日`, `5/17/2018`),
//!   ordinals (`第一`, `2nd`), articles alone (`un`, `ein`, `a`, `一個`), digits glued to
//!   letters (`3D`, `H100`), parts of names (`Llama 4`), numbers in web addresses.
//! - **Bounds**: hedges before the amount (`oltre`, `über`, `plus de`, `超過`, `至少`, `高達`,
//!   `約`...) or after it (`以上`, `左右`, `多` in `三百多亿`) are part of the span and their span
//!   is [`QuantityMention::hedge`]; ranges (`2-3年`, `tra 5 e 6`, `zwischen 5 und 6`, `五六個`,
//!   `5至6`) give `value` and `max`; two amounts each written with the same unit on either
//!   side of a range word are one range (`30亿元至35亿元`, `zwischen 2 Milliarden und 3
//!   Milliarden Euro`).
//! - **Figures in thousands**: a statement of the unit of a table or a result (`in migliaia
//!   di euro`, `(in Millionen Euro)`, `en millions d'euros`, `in thousands of dollars`) is no
//!   amount, and the bare figures of its sentence are in that unit (`ricavi 82.410` is
//!   82,410,000 euros); a count of something named keeps its value.
//! - **Basis points** are hundredths of a percentage point (`25 basis points`, `140 punti
//!   base`, `15 Basispunkte`, `60 points de base`, `12个基点` = 0.12 `percent`).
//! - **Vague amounts** are ranges with `approximate: true`: a vague digit counts from 2 to 9 of
//!   its place, so `數千億` is 2×10^11 to 9×10^11, `mehrere Milliarden` 2×10^9 to 9×10^9,
//!   `centaines de milliards` 2×10^11 to 9×10^11.
//!
//! - **Chinese** (`scan/zh.rs`): `零` holds an empty place (`一万零十二` = 10012), a vague
//!   digit after a place runs from 0 (`二十几万` = 200000 to 290000), decimals after `点` are
//!   read digit by digit (`十点二三三`, `三点五亿`), `千分之三` and `万分之五` are percentages,
//!   `成` counts tenths (`七成六` = 76 %), `八五折` is 85 %, `半折` and `打对折` 50 %,
//!   `打` a dozen. Words that hold numerals (`收拾`, `四川`, `三季度`, the lexicon's `idioms`)
//!   are not read, and a lone digit with no measure word is a number only after `是` or
//!   `前` or between non-Han characters (`答案是五`, `“五”`); `一` before a measure word is
//!   the article. Spaces between Han characters and digits are ignored (`百 分 之 2`).
//!
//! All words live in `data/quantity/<lang>.json` (see [`lexicon`]); [`Scanner::new`] takes
//! lexicons of your own.

mod digits;
mod interval;
pub mod lexicon;
mod scan;
mod tables;
mod words;

pub(crate) use interval::APPROX_TOLERANCE_PERCENT;
pub use interval::{Endpoint, Interval};
pub use lexicon::QuantityLexicon;
pub use scan::Scanner;

use std::fmt;

use serde::{Serialize, Serializer};

use crate::decimal::Decimal;
use crate::lang::Lang;
use crate::text::Span;

/// What a quantity measures. Values are always in the base unit shown by [`Unit::code`]:
/// money in the currency's major unit, power in watts, area in square metres.
///
/// ```
/// use concord::Unit;
/// assert_eq!(Unit::currency("usd").code(), "USD");
/// assert_eq!(Unit::Power.code(), "W");
/// assert_eq!("percent".parse::<Unit>().unwrap(), Unit::Percent);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Unit {
    /// Money, by ISO 4217 code (upper-case ASCII).
    Currency([u8; 3]),
    /// A percentage: the value is in percent (49 means 49 %).
    Percent,
    /// Power, in watts (`W`).
    Power,
    /// Energy, in watt-hours (`Wh`).
    Energy,
    /// A count of things or people.
    Count,
    /// A calendar year (`2026`).
    Year,
    /// A duration in years.
    Years,
    /// A duration in months.
    Months,
    /// A duration in days.
    Days,
    /// An area, in square metres (`m2`).
    Area,
    /// A length, in metres (`m`).
    Length,
    /// A mass, in kilograms (`kg`), the base unit (news weighs goods in tonnes: 1000 kg).
    Mass,
    /// A volume, in cubic metres (`m3`): litres, hectolitres and barrels of oil
    /// (0.158987294928 m3) are converted.
    Volume,
    /// A speed, in kilometres per hour (`km/h`); miles per hour are converted.
    Speed,
    /// A duration in hours.
    Hours,
    /// A duration in minutes.
    Minutes,
    /// A duration in seconds.
    Seconds,
    /// Points of a score, a rating, a ranking or an index (`475 Punkte`, `21 points`,
    /// `547分`, `300 Indexpunkte`); not percentage points (`percent`) nor basis points.
    Points,
    /// A temperature or a difference of temperatures in degrees Celsius (`celsius`: `15 °C`,
    /// `1,5 Grad wärmer`, `meno 3 gradi`, `零下5度`).
    Celsius,
    /// A temperature in degrees Fahrenheit (`fahrenheit`: `90 °F`, `华氏100度`): never
    /// converted to Celsius (the map is no exact product) and never compared with it.
    Fahrenheit,
    /// A concentration in parts per million (`ppm`: `420 ppm`, `parti per milione`,
    /// `百万分之420`); parts per billion are converted (`ppb`: 0.001 ppm).
    Concentration,
    /// A flow of volume, in cubic metres per second (`m3/s`: `100 m³/s`, `Kubikmeter pro
    /// Sekunde`, `metri cubi al secondo`, `每秒200立方米`); litres per second are converted.
    Flow,
    /// An air pressure, in hectopascals (`hPa`: `950 hPa`, `Hektopascal`, `millibar`,
    /// `百帕`, `毫巴`); a millibar is exactly a hectopascal, a kilopascal ten.
    Pressure,
}

impl Unit {
    /// A currency unit from an ISO 4217 code (case-insensitive; invalid codes become `XXX`,
    /// ISO's "no currency").
    pub fn currency(code: &str) -> Unit {
        match code.as_bytes() {
            [a, b, c] if [a, b, c].iter().all(|x| x.is_ascii_alphabetic()) => Unit::Currency([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ]),
            _ => Unit::Currency(*b"XXX"),
        }
    }

    /// The unit's code as printed: an ISO 4217 code, `percent`, `W`, `Wh`, `count`, `year`,
    /// `years`, `months`, `days`, `hours`, `minutes`, `seconds`, `m2`, `m`, `kg`, `m3`, `km/h`,
    /// `points`, `celsius`, `fahrenheit`, `ppm`, `m3/s`, `hPa`.
    ///
    /// ```
    /// use concord::Unit;
    /// assert_eq!(Unit::Celsius.code(), "celsius");
    /// assert_eq!(Unit::Concentration.code(), "ppm");
    /// assert_eq!("fahrenheit".parse::<Unit>().unwrap(), Unit::Fahrenheit);
    /// ```
    pub fn code(&self) -> &str {
        match self {
            Unit::Currency(c) => std::str::from_utf8(c).unwrap_or("XXX"),
            Unit::Percent => "percent",
            Unit::Power => "W",
            Unit::Energy => "Wh",
            Unit::Count => "count",
            Unit::Year => "year",
            Unit::Years => "years",
            Unit::Months => "months",
            Unit::Days => "days",
            Unit::Area => "m2",
            Unit::Length => "m",
            Unit::Mass => "kg",
            Unit::Volume => "m3",
            Unit::Speed => "km/h",
            Unit::Hours => "hours",
            Unit::Minutes => "minutes",
            Unit::Seconds => "seconds",
            Unit::Points => "points",
            Unit::Celsius => "celsius",
            Unit::Fahrenheit => "fahrenheit",
            Unit::Concentration => "ppm",
            Unit::Flow => "m3/s",
            Unit::Pressure => "hPa",
        }
    }

    /// Every unit but the currencies, in the order of their declaration: what a unit code
    /// other than an ISO 4217 code can be (`"percent".parse::<Unit>()` looks it up here).
    ///
    /// ```
    /// use concord::Unit;
    /// assert!(Unit::NAMED.contains(&Unit::Speed));
    /// assert!(Unit::NAMED.iter().all(|u| u.code().parse::<Unit>().ok() == Some(*u)));
    /// ```
    pub const NAMED: [Unit; 22] = [
        Unit::Percent,
        Unit::Power,
        Unit::Energy,
        Unit::Count,
        Unit::Year,
        Unit::Years,
        Unit::Months,
        Unit::Days,
        Unit::Area,
        Unit::Length,
        Unit::Mass,
        Unit::Volume,
        Unit::Speed,
        Unit::Hours,
        Unit::Minutes,
        Unit::Seconds,
        Unit::Points,
        Unit::Celsius,
        Unit::Fahrenheit,
        Unit::Concentration,
        Unit::Flow,
        Unit::Pressure,
    ];

    /// Whether this is money.
    pub fn is_currency(&self) -> bool {
        matches!(self, Unit::Currency(_))
    }

    /// Whether this is a duration (years, months, days, hours, minutes or seconds; a calendar
    /// year is none).
    ///
    /// ```
    /// use concord::quantity::Unit;
    /// assert!(Unit::Minutes.is_duration());
    /// assert!(!Unit::Year.is_duration());
    /// ```
    pub fn is_duration(&self) -> bool {
        matches!(
            self,
            Unit::Years | Unit::Months | Unit::Days | Unit::Hours | Unit::Minutes | Unit::Seconds
        )
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Unit {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let alias = match s {
            "%" => "percent",
            "w" => "W",
            "wh" => "Wh",
            other => other,
        };
        if let Some(u) = Unit::NAMED.iter().find(|u| u.code() == alias) {
            return Ok(*u);
        }
        if s.len() == 3 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Ok(Unit::currency(s));
        }
        Err(crate::Error::Data {
            name: "unit".into(),
            message: format!("unknown unit {s:?}"),
        })
    }
}

impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// What a [`Scanner`] reads as an amount.
///
/// News extraction wants amounts: `ein Angebot` is an offer, not one offer, and `un an` alone
/// is a year ago, not one year of anything. A user who wants every cardinal a text holds, as
/// number recognizers such as Microsoft Recognizers-Text give them, asks for
/// [`Reading::Cardinals`]: the words for one that are also the indefinite article or a
/// pronoun (each language's `ones` in `data/quantity/<lang>.json`: German `ein`, `eine`,
/// `eins`, French `un`, `une`, Italian `un`, `uno`, English `one`; never English `a`) are
/// read alone as 1.
///
/// ```
/// use concord::{quantity::{Reading, Scanner, QuantityLexicon}, Lang};
/// let text = "Sie wuchs in einer Arbeiterfamilie auf.";
/// assert!(concord::quantity::scan(text, Lang::De).is_empty());
/// let cardinals = Scanner::with_reading(QuantityLexicon::embedded(), Reading::Cardinals);
/// let found = cardinals.scan(text, Lang::De);
/// assert_eq!(&text[found[0].span.start..found[0].span.end], "einer Arbeiterfamilie");
/// assert_eq!(found[0].quantity.value.to_string(), "1");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reading {
    /// Amounts as news states them (the default): an article alone is no amount.
    #[default]
    News,
    /// Every cardinal: the words for one that are also articles are read alone as 1.
    Cardinals,
}

/// A unit named with no amount: `a small percent`, `the % of increase`, `calculate a
/// percentage` (see [`Scanner::unit_mentions`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct UnitMention {
    /// The unit word in the original text.
    pub span: Span,
    /// The unit it names.
    pub unit: Unit,
    /// The language it was read in.
    pub lang: Lang,
}

/// How the source bounds the value: exactly, approximately, from one side, or as a range.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// As written, to its precision ("15 Milliarden").
    Exact,
    /// About ("circa", "rund", "約", "environ").
    Approx,
    /// Above ("oltre", "über", "超過", "plus de").
    MoreThan,
    /// At least ("almeno", "mindestens", "至少", "au moins").
    AtLeast,
    /// Below ("meno di", "unter", "不到", "moins de").
    LessThan,
    /// At most ("fino a", "bis zu", "高達", "jusqu'à").
    AtMost,
    /// From `value` to `max` ("2-3", "tra 5 e 6", "五六個").
    Range,
}

impl Bound {
    /// The contract's name: `exact`, `approx`, `more_than`, `at_least`, `less_than`, `at_most`,
    /// `range`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::Approx => "approx",
            Bound::MoreThan => "more_than",
            Bound::AtLeast => "at_least",
            Bound::LessThan => "less_than",
            Bound::AtMost => "at_most",
            Bound::Range => "range",
        }
    }
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An amount: exact value, unit, bound, and for ranges the upper value.
///
/// ```
/// use concord::{Quantity, Decimal, Unit, Bound};
/// let q = Quantity::new("15e9".parse().unwrap(), Unit::currency("USD"));
/// let i = q.interval();
/// assert_eq!(i.to_string(), "[14500000000, 15500000000)");
/// let over = Quantity { bound: Bound::MoreThan, ..q };
/// assert_eq!(over.interval().to_string(), "(15000000000, +inf)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Quantity {
    /// The value (the lower end of a range), in base units, with its written precision.
    pub value: Decimal,
    /// The upper end of a range.
    pub max: Option<Decimal>,
    /// The unit.
    pub unit: Unit,
    /// The bound.
    pub bound: Bound,
    /// Whether the amount is vague beyond its digits ("mehrere Milliarden", "數千億"): its
    /// interval is widened like an approximate one.
    pub approximate: bool,
}

impl Quantity {
    /// An exact quantity.
    pub fn new(value: Decimal, unit: Unit) -> Quantity {
        Quantity {
            value,
            max: None,
            unit,
            bound: Bound::Exact,
            approximate: false,
        }
    }

    /// The interval the true value lies in, from the written precision and the bound.
    pub fn interval(&self) -> Interval {
        Interval::of(self)
    }
}

impl Serialize for Quantity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Quantity", 6)?;
        st.serialize_field("value", &self.value)?;
        if let Some(max) = &self.max {
            st.serialize_field("max", max)?;
        }
        st.serialize_field("unit", &self.unit)?;
        st.serialize_field("bound", &self.bound)?;
        if self.approximate {
            st.serialize_field("approximate", &true)?;
        }
        st.serialize_field("significant_digits", &self.value.significant_digits())?;
        st.serialize_field("interval", &self.interval())?;
        st.end()
    }
}

/// One amount found in a text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuantityMention {
    /// The surface in the original text: the number with its scale word, currency or unit, and
    /// the hedge when there is one.
    pub span: Span,
    /// The amount.
    #[serde(flatten)]
    pub quantity: Quantity,
    /// The language the surface was read in (a sentence's language can differ from its
    /// document's).
    pub lang: Lang,
    /// The span of the hedge or range words, when there are some.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<Span>,
}

/// Finds every quantity in `text`, read as `lang` (sentence by sentence, where the text mixes
/// languages), with the embedded lexicons.
///
/// See [`Scanner`] to use lexicons of your own.
pub fn scan(text: &str, lang: Lang) -> Vec<QuantityMention> {
    Scanner::embedded().scan(text, lang)
}

#[cfg(test)]
mod tests {
    use super::Unit;

    /// `Unit::NAMED` holds every unit but the currencies, once each and in order, so that
    /// parsing a code (and the reconciliation's unit order, tested in `reconcile::merge`) knows
    /// them all. A unit added to the enum stops `position` compiling: give it the next position
    /// there and the same place in `Unit::NAMED`, which the loop checks against it.
    #[test]
    fn named_holds_every_unit_once() {
        let position = |u: Unit| match u {
            Unit::Currency(_) => None,
            Unit::Percent => Some(0),
            Unit::Power => Some(1),
            Unit::Energy => Some(2),
            Unit::Count => Some(3),
            Unit::Year => Some(4),
            Unit::Years => Some(5),
            Unit::Months => Some(6),
            Unit::Days => Some(7),
            Unit::Area => Some(8),
            Unit::Length => Some(9),
            Unit::Mass => Some(10),
            Unit::Volume => Some(11),
            Unit::Speed => Some(12),
            Unit::Hours => Some(13),
            Unit::Minutes => Some(14),
            Unit::Seconds => Some(15),
            Unit::Points => Some(16),
            Unit::Celsius => Some(17),
            Unit::Fahrenheit => Some(18),
            Unit::Concentration => Some(19),
            Unit::Flow => Some(20),
            Unit::Pressure => Some(21),
        };
        // The positions the match gives are exactly 0..NAMED.len(), each unit at its own.
        let last = Unit::NAMED.len() - 1;
        assert_eq!(position(Unit::Pressure), Some(last), "the last position");
        for (i, u) in Unit::NAMED.iter().enumerate() {
            assert_eq!(position(*u), Some(i), "{u}");
            assert_eq!(u.code().parse::<Unit>().ok(), Some(*u), "{u}");
        }
        assert_eq!("%".parse::<Unit>().ok(), Some(Unit::Percent));
        assert_eq!("usd".parse::<Unit>().ok(), Some(Unit::currency("USD")));
        assert!("furlongs".parse::<Unit>().is_err());
    }
}
