//! Property tests of the quantity scanner: amounts rendered in each locale's conventions read
//! back to the same value, unit and bound; no input panics; spans lie on char boundaries;
//! folding is idempotent.

use concord::quantity;
use concord::text::fold::fold_str;
use concord::{Bound, Decimal, Lang, Unit};
use proptest::prelude::*;

/// An amount to render: `coeff × 10^-decimals`, times a scale word (10^scale).
#[derive(Clone, Debug)]
struct Amount {
    coeff: u32,
    decimals: u32,
    scale: u32,
    money: bool,
    /// Which of the locale's currency spellings (see [`currency`]).
    cur: usize,
    /// Which of the locale's spellings of the bound (see [`hedge`]).
    alt: usize,
    bound: Bound,
}

fn amount() -> impl Strategy<Value = Amount> {
    (
        1u32..100_000,
        0u32..3,
        prop_oneof![Just(0u32), Just(6), Just(9)],
        any::<bool>(),
        (0usize..4, 0usize..2),
        prop_oneof![
            Just(Bound::Exact),
            Just(Bound::MoreThan),
            Just(Bound::AtLeast),
            Just(Bound::AtMost),
            Just(Bound::LessThan),
            Just(Bound::Approx),
        ],
    )
        .prop_map(
            |(coeff, decimals, scale, money, (cur, alt), bound)| Amount {
                coeff,
                decimals,
                // Percentages carry no scale word.
                scale: if money { scale } else { 0 },
                money,
                cur,
                alt,
                bound,
            },
        )
}

impl Amount {
    fn value(&self) -> Decimal {
        Decimal::new(u128::from(self.coeff), -(self.decimals as i32))
            .unwrap()
            .scale(self.scale as i32)
            .unwrap()
    }

    /// The integer and fraction digits.
    fn parts(&self) -> (String, String) {
        let s = format!("{:0width$}", self.coeff, width = self.decimals as usize + 1);
        let (int, frac) = s.split_at(s.len() - self.decimals as usize);
        (int.to_string(), frac.to_string())
    }

    /// The number with a decimal separator and a thousands separator.
    fn digits(&self, dec: &str, group: &str) -> String {
        let (int, frac) = self.parts();
        let mut grouped = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                grouped.push_str(group);
            }
            grouped.push(c);
        }
        if frac.is_empty() {
            grouped
        } else {
            format!("{grouped}{dec}{frac}")
        }
    }
}

/// The currency written after the number (after a scale word, in French and Italian, with
/// its connector) and its code: the euro and the local ways of writing Swiss francs, Danish
/// kroner and Korean won.
fn currency(lang: Lang, a: &Amount) -> (String, &'static str) {
    let scaled = a.scale > 0;
    let (word, code) = match (lang, a.cur) {
        (Lang::It, 1) => ("franchi svizzeri", "CHF"),
        (Lang::It, 2) => ("corone danesi", "DKK"),
        (Lang::It, 3) => ("won sudcoreani", "KRW"),
        (Lang::It, _) => ("euro", "EUR"),
        (Lang::De, 1) => ("Fr.", "CHF"),
        (Lang::De, 2) => ("dänische Kronen", "DKK"),
        (Lang::De, 3) => ("Franken", "CHF"),
        (Lang::De, _) => ("Euro", "EUR"),
        (Lang::Fr, 1) => ("francs suisses", "CHF"),
        (Lang::Fr, 2) => ("couronnes danoises", "DKK"),
        (Lang::Fr, 3) => ("wons", "KRW"),
        (Lang::Fr, _) => ("euros", "EUR"),
        (Lang::En, 1) => ("Swiss francs", "CHF"),
        (Lang::En, 2) => ("Danish kroner", "DKK"),
        (Lang::En, 3) => ("Korean won", "KRW"),
        (Lang::En, _) => ("", "USD"),
        (Lang::Zh, 1) => ("瑞郎", "CHF"),
        (Lang::Zh, 2) => ("丹麥克朗", "DKK"),
        (Lang::Zh, 3) => ("韓元", "KRW"),
        (Lang::Zh, _) => ("欧元", "EUR"),
    };
    let text = match lang {
        Lang::Zh => word.to_string(),
        Lang::It | Lang::Fr if scaled => {
            let elided = word.starts_with(|c: char| "aeiouy".contains(c));
            match (lang, elided) {
                (Lang::Fr, true) => format!(" d'{word}"),
                (Lang::Fr, false) => format!(" de {word}"),
                _ => format!(" di {word}"),
            }
        }
        _ => format!(" {word}"),
    };
    (text, code)
}

fn hedge(lang: Lang, b: Bound, alt: usize) -> &'static str {
    // Other spellings of a bound: "gut" (a little more than), "pouvant atteindre", "逾".
    match (lang, b, alt) {
        (Lang::De, Bound::MoreThan, 1) => return "gut ",
        (Lang::Fr, Bound::AtMost, 1) => return "pouvant atteindre ",
        (Lang::Zh, Bound::MoreThan, 1) => return "逾",
        (Lang::It, Bound::Approx, 1) => return "vicino a ",
        _ => {}
    }
    let words: [&str; 6] = match lang {
        Lang::It => ["", "oltre ", "almeno ", "fino a ", "meno di ", "circa "],
        Lang::De => [
            "",
            "über ",
            "mindestens ",
            "bis zu ",
            "weniger als ",
            "rund ",
        ],
        Lang::Fr => [
            "",
            "plus de ",
            "au moins ",
            "jusqu'à ",
            "moins de ",
            "environ ",
        ],
        Lang::En => [
            "",
            "more than ",
            "at least ",
            "up to ",
            "less than ",
            "about ",
        ],
        Lang::Zh => ["", "超過", "至少", "高達", "不到", "約"],
    };
    let i = match b {
        Bound::MoreThan => 1,
        Bound::AtLeast => 2,
        Bound::AtMost => 3,
        Bound::LessThan => 4,
        Bound::Approx => 5,
        _ => 0,
    };
    words[i]
}

/// The sentence saying the amount in `lang`.
fn render(lang: Lang, a: &Amount) -> String {
    let h = hedge(lang, a.bound, a.alt);
    let (cur, _) = currency(lang, a);
    match lang {
        Lang::It => {
            let n = a.digits(",", if a.scale == 0 { "." } else { "" });
            let scale = match a.scale {
                6 => " milioni",
                9 => " miliardi",
                _ => "",
            };
            let unit = if a.money { cur.as_str() } else { " per cento" };
            format!("Il valore della società è {h}{n}{scale}{unit} secondo il bilancio.")
        }
        Lang::De => {
            let n = a.digits(",", ".");
            let scale = match a.scale {
                6 => " Millionen",
                9 => " Milliarden",
                _ => "",
            };
            let unit = if a.money { cur.as_str() } else { " Prozent" };
            format!("Der Wert der Firma liegt bei {h}{n}{scale}{unit} und ist neu.")
        }
        Lang::Fr => {
            let n = a.digits(",", "\u{202f}");
            let scale = match a.scale {
                6 => " millions",
                9 => " milliards",
                _ => "",
            };
            let unit = if a.money { cur.as_str() } else { " pour cent" };
            format!("La valeur de la société atteint {h}{n}{scale}{unit} selon le bilan.")
        }
        Lang::En => {
            let n = a.digits(".", ",");
            let scale = match a.scale {
                6 => " million",
                9 => " billion",
                _ => "",
            };
            if a.money && a.cur % 4 != 0 {
                format!("The company said that the value was {h}{n}{scale}{cur} in the year.")
            } else if a.money {
                format!("The company said that the value was {h}${n}{scale} in the year.")
            } else {
                format!("The company said that the value was {h}{n} percent in the year.")
            }
        }
        Lang::Zh => {
            // Written in 万 (10^4) and 亿 (10^8): 143亿, 1.43亿, 250万.
            let n = match a.scale {
                0 => a.digits(".", ","),
                9 => format!("{}亿", a.value().scale(-8).unwrap()),
                _ => format!("{}万", a.value().scale(-4).unwrap()),
            };
            let unit = if a.money { cur.as_str() } else { "%" };
            format!("該公司的價值為{h}{n}{unit}。")
        }
    }
}

/// The sentence saying a mass of `a` tonnes in `lang`: a tonne word (after a million with its
/// connector) or, with `symbol`, `t` / `Mt` (in Chinese `吨` / `公噸` after `万`).
fn render_mass(lang: Lang, a: &Amount, symbol: bool) -> String {
    let h = hedge(lang, a.bound, a.alt);
    let million = a.scale == 6;
    let sym = if million { " Mt" } else { " t" };
    match lang {
        Lang::It => {
            let n = a.digits(",", ".");
            let unit = match (symbol, million) {
                (true, _) => sym,
                (false, true) => " milioni di tonnellate",
                (false, false) => " tonnellate",
            };
            format!("La produzione dell'impianto è {h}{n}{unit} secondo il bilancio.")
        }
        Lang::De => {
            let n = a.digits(",", ".");
            let unit = match (symbol, million) {
                (true, _) => sym,
                (false, true) => " Millionen Tonnen",
                (false, false) => " Tonnen",
            };
            format!("Die Produktion des Werks liegt bei {h}{n}{unit} und ist neu.")
        }
        Lang::Fr => {
            let n = a.digits(",", "\u{202f}");
            let unit = match (symbol, million) {
                (true, _) => sym,
                (false, true) => " millions de tonnes",
                (false, false) => " tonnes",
            };
            format!("La production du site atteint {h}{n}{unit} selon le bilan.")
        }
        Lang::En => {
            let n = a.digits(".", ",");
            let unit = match (symbol, million) {
                (true, _) => sym,
                (false, true) => " million tonnes",
                (false, false) => " tonnes",
            };
            format!("The company said that output was {h}{n}{unit} in the year.")
        }
        Lang::Zh => {
            let n = if million {
                format!("{}万", a.value().scale(-4).unwrap())
            } else {
                a.digits(".", ",")
            };
            let unit = if symbol { "公噸" } else { "吨" };
            format!("該廠的產量為{h}{n}{unit}。")
        }
    }
}

fn mass() -> impl Strategy<Value = (Amount, bool)> {
    (amount(), prop_oneof![Just(0u32), Just(6)], any::<bool>()).prop_map(|(a, scale, symbol)| {
        (
            Amount {
                scale,
                money: false,
                ..a
            },
            symbol,
        )
    })
}

/// What a measure renders: a temperature in Celsius (below zero with `negative`), a
/// concentration in parts per million or an air pressure in hectopascals.
#[derive(Clone, Copy, Debug)]
enum Measure {
    Celsius { negative: bool },
    Ppm,
    Hpa,
}

/// The sentence saying `a` degrees Celsius or parts per million in `lang`, in one of the
/// language's spellings (`a.cur`): a word for degrees, a name of the scale or a symbol; a
/// word or a sign for below zero.
fn render_measure(lang: Lang, a: &Amount, m: Measure) -> String {
    let h = hedge(lang, a.bound, a.alt);
    let alt = a.cur % 3;
    match m {
        Measure::Celsius { negative } => {
            let (n, unit, minus, sentence): (String, &str, &str, fn(&str) -> String) = match lang {
                Lang::It => (
                    a.digits(",", "."),
                    [" gradi", " gradi centigradi", " °C"][alt],
                    "meno ",
                    |x| format!("A Torino il termometro segnava {x} all'alba."),
                ),
                Lang::De => (
                    a.digits(",", "."),
                    [" Grad", " Grad Celsius", "\u{a0}°C"][alt],
                    "minus ",
                    |x| format!("In der Stadt wurden am Morgen {x} gemessen."),
                ),
                Lang::Fr => (
                    a.digits(",", "\u{202f}"),
                    [" degrés", " degrés Celsius", "\u{a0}°C"][alt],
                    "moins ",
                    |x| format!("À Lyon, le thermomètre affichait {x} ce matin."),
                ),
                Lang::En => (
                    a.digits(".", ","),
                    [" degrees Celsius", " °C", "°C"][alt],
                    "minus ",
                    |x| format!("The thermometer in Leeds showed {x} at dawn."),
                ),
                Lang::Zh => (
                    a.digits(".", ","),
                    ["度", "℃", "摄氏度"][alt],
                    "零下",
                    |x| format!("當天的氣溫{x}。"),
                ),
            };
            // A sign instead of the word, before a symbol: "−4 °C".
            let minus = match (negative, alt == 2 && lang != Lang::Zh) {
                (false, _) => "",
                (true, true) => "\u{2212}",
                (true, false) => minus,
            };
            sentence(&format!("{h}{minus}{n}{unit}"))
        }
        Measure::Ppm => match lang {
            Lang::It => format!(
                "L'aria conteneva {h}{}{} di biossido di azoto.",
                a.digits(",", "."),
                [" ppm", " parti per milione", " ppm"][alt]
            ),
            Lang::De => format!(
                "Die Luft enthielt {h}{}{} Stickstoffdioxid.",
                a.digits(",", "."),
                [" ppm", " Teile pro Million", " ppm"][alt]
            ),
            Lang::Fr => format!(
                "L'air contenait {h}{}{} de dioxyde d'azote.",
                a.digits(",", "\u{202f}"),
                [" ppm", " parties par million", " ppm"][alt]
            ),
            Lang::En => format!(
                "The air held {h}{}{} of nitrogen dioxide.",
                a.digits(".", ","),
                [" ppm", " parts per million", "ppm"][alt]
            ),
            Lang::Zh => {
                let n = a.digits(".", ",");
                if alt == 1 {
                    format!("空气中二氧化氮的浓度为{h}百万分之{n}。")
                } else {
                    format!("空气中二氧化氮的浓度为{h}{n}ppm。")
                }
            }
        },
        Measure::Hpa => match lang {
            Lang::It => format!(
                "A Genova la pressione era di {h}{}{} in mattinata.",
                a.digits(",", "."),
                [" hPa", " ettopascal", " millibar"][alt]
            ),
            Lang::De => format!(
                "Über der Nordsee lag der Luftdruck bei {h}{}{} am Abend.",
                a.digits(",", "."),
                [" hPa", " Hektopascal", " Millibar"][alt]
            ),
            Lang::Fr => format!(
                "À Brest, la pression atteignait {h}{}{} ce soir.",
                a.digits(",", "\u{202f}"),
                [" hPa", " hectopascals", " millibars"][alt]
            ),
            Lang::En => format!(
                "The pressure over Dublin stood at {h}{}{} overnight.",
                a.digits(".", ","),
                [" hPa", " hectopascals", " millibars"][alt]
            ),
            Lang::Zh => format!(
                "当天上海的气压为{h}{}{}。",
                a.digits(".", ","),
                ["百帕", "毫巴", "hPa"][alt]
            ),
        },
    }
}

fn measure() -> impl Strategy<Value = (Amount, Measure)> {
    (amount(), 0usize..3, any::<bool>()).prop_map(|(a, kind, negative)| {
        let a = Amount {
            scale: 0,
            money: false,
            ..a
        };
        // Below zero, as written, with no hedge ("meno 3 gradi").
        let negative = negative && a.bound == Bound::Exact;
        (
            a,
            match kind {
                0 => Measure::Ppm,
                1 => Measure::Hpa,
                _ => Measure::Celsius { negative },
            },
        )
    })
}

/// A race time, `h:mm:ss` or `h·h mm' ss"` or the parts in words, in `lang`.
fn render_race(lang: Lang, h: u64, m: u64, sec: u64, alt: usize) -> String {
    match (lang, alt % 3) {
        (Lang::Zh, 0) => format!("她以{h}小时{m}分{sec}秒完成比赛。"),
        (Lang::Zh, _) => format!("她以{h}小時{m}分{sec}秒完成比賽。"),
        (Lang::It, 0) => format!("Ha chiuso la gara in {h}h{m:02}'{sec:02}\" davanti a tutti."),
        (Lang::It, 1) => format!("Ha chiuso la gara in {h} ore, {m} minuti e {sec} secondi."),
        (Lang::De, _) => format!("Sie lief die Strecke in {h}:{m:02}:{sec:02} Stunden."),
        (Lang::Fr, _) => format!("Elle a couru la distance en {h}:{m:02}:{sec:02} hier."),
        (_, _) => format!("She ran the distance in {h}:{m:02}:{sec:02} hours."),
    }
}

fn cardinal_scanner() -> &'static quantity::Scanner {
    static S: std::sync::OnceLock<quantity::Scanner> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        quantity::Scanner::with_reading(
            quantity::QuantityLexicon::embedded(),
            quantity::Reading::Cardinals,
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn rendered_amounts_read_back(a in amount(), lang in prop_oneof![
        Just(Lang::It), Just(Lang::De), Just(Lang::Fr), Just(Lang::En), Just(Lang::Zh)
    ]) {
        let text = render(lang, &a);
        let found = quantity::scan(&text, lang);
        let want_unit = if a.money {
            Unit::currency(currency(lang, &a).1)
        } else {
            Unit::Percent
        };
        let hit = found.iter().find(|m| m.quantity.unit == want_unit);
        prop_assert!(hit.is_some(), "{text:?}: {found:?}");
        let q = hit.unwrap().quantity;
        prop_assert_eq!(q.value, a.value(), "{}", text);
        prop_assert_eq!(q.bound, a.bound, "{}", text);
        prop_assert_eq!(q.max, None);
    }

    #[test]
    fn rendered_masses_read_back((a, symbol) in mass(), lang in prop_oneof![
        Just(Lang::It), Just(Lang::De), Just(Lang::Fr), Just(Lang::En), Just(Lang::Zh)
    ]) {
        let text = render_mass(lang, &a, symbol);
        let found = quantity::scan(&text, lang);
        let hit = found.iter().find(|m| m.quantity.unit == Unit::Mass);
        prop_assert!(hit.is_some(), "{text:?}: {found:?}");
        let q = hit.unwrap().quantity;
        // Rendered in tonnes, read in kilograms.
        prop_assert_eq!(q.value, a.value().checked_mul_int(1000).unwrap(), "{}", text);
        prop_assert_eq!(q.bound, a.bound, "{}", text);
        prop_assert_eq!(q.max, None);
    }

    /// Temperatures (above and below zero), concentrations and air pressures, in each
    /// language's words and symbols, read back to their value, unit and bound.
    #[test]
    fn rendered_temperatures_and_concentrations_read_back((a, m) in measure(), lang in prop_oneof![
        Just(Lang::It), Just(Lang::De), Just(Lang::Fr), Just(Lang::En), Just(Lang::Zh)
    ]) {
        let text = render_measure(lang, &a, m);
        let found = quantity::scan(&text, lang);
        let (unit, negative) = match m {
            Measure::Celsius { negative } => (Unit::Celsius, negative),
            Measure::Ppm => (Unit::Concentration, false),
            Measure::Hpa => (Unit::Pressure, false),
        };
        prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
        let q = found[0].quantity;
        let want = if negative { a.value().negate() } else { a.value() };
        prop_assert_eq!(q.unit, unit, "{}", text);
        prop_assert_eq!(q.value, want, "{}", text);
        prop_assert_eq!(q.bound, a.bound, "{}", text);
        prop_assert_eq!(q.max, None);
    }

    /// A race time in parts reads back as one duration in seconds.
    #[test]
    fn rendered_race_times_read_back(h in 1u64..10, m in 0u64..60, sec in 1u64..60, alt in 0usize..3, lang in prop_oneof![
        Just(Lang::It), Just(Lang::De), Just(Lang::Fr), Just(Lang::En), Just(Lang::Zh)
    ]) {
        let text = render_race(lang, h, m, sec, alt);
        let found = quantity::scan(&text, lang);
        prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
        let q = found[0].quantity;
        prop_assert_eq!(q.unit, Unit::Seconds, "{}", text);
        prop_assert_eq!(q.value, Decimal::from_u64(h * 3600 + m * 60 + sec), "{}", text);
        prop_assert_eq!(q.bound, Bound::Exact, "{}", text);
    }

    #[test]
    fn arbitrary_text_never_panics(s in any::<String>()) {
        for lang in Lang::ALL {
            for m in quantity::scan(&s, lang) {
                prop_assert!(s.get(m.span.start..m.span.end).is_some());
                if let Some(h) = m.hedge {
                    prop_assert!(s.get(h.start..h.end).is_some());
                }
            }
        }
    }

    #[test]
    fn numeric_soup_never_panics(s in "[0-9 .,'\u{a0}\u{202f}\u{3000}%$€¥£万亿億千百十一二两兩三数數多余\\-–—~至到年个個eE+^/:a-zA-Z]{0,40}") {
        for lang in Lang::ALL {
            for m in quantity::scan(&s, lang) {
                prop_assert!(s.get(m.span.start..m.span.end).is_some(), "{s:?}");
                prop_assert!(m.span.start < m.span.end);
            }
        }
    }

    /// The cardinal reading and the unit mentions on any text: no panic, spans on char
    /// boundaries.
    #[test]
    fn cardinal_reading_and_unit_mentions_never_panic(s in "[0-9 .,%a-zA-Zäéü€$万一两()\\-:/]{0,40}") {
        let cardinals = cardinal_scanner();
        for lang in Lang::ALL {
            for m in cardinals.scan(&s, lang) {
                prop_assert!(s.get(m.span.start..m.span.end).is_some(), "{s:?}");
            }
            for u in cardinals.unit_mentions(&s, lang) {
                prop_assert!(s.get(u.span.start..u.span.end).is_some(), "{s:?}");
                prop_assert!(u.span.start < u.span.end);
            }
        }
    }

    #[test]
    fn fold_is_idempotent(s in any::<String>()) {
        let once = fold_str(&s);
        prop_assert_eq!(fold_str(&once), once);
    }
}

#[test]
fn renderings_look_right() {
    let a = Amount {
        coeff: 143,
        decimals: 1,
        scale: 9,
        money: true,
        cur: 0,
        alt: 0,
        bound: Bound::Exact,
    };
    assert_eq!(
        render(Lang::It, &a),
        "Il valore della società è 14,3 miliardi di euro secondo il bilancio."
    );
    let b = Amount {
        coeff: 12_345,
        decimals: 1,
        scale: 0,
        money: true,
        cur: 0,
        alt: 0,
        bound: Bound::MoreThan,
    };
    assert_eq!(
        render(Lang::Fr, &b),
        "La valeur de la société atteint plus de 1\u{202f}234,5 euros selon le bilan."
    );
    let c = Amount {
        coeff: 653,
        decimals: 1,
        scale: 9,
        money: true,
        cur: 1,
        alt: 1,
        bound: Bound::MoreThan,
    };
    assert_eq!(
        render(Lang::De, &c),
        "Der Wert der Firma liegt bei gut 65,3 Milliarden Fr. und ist neu."
    );
    assert_eq!(
        render(Lang::Fr, &Amount { cur: 2, ..c.clone() }),
        "La valeur de la société atteint plus de 65,3 milliards de couronnes danoises selon le bilan."
    );
    assert_eq!(
        render(Lang::Zh, &Amount { cur: 1, ..c }),
        "該公司的價值為逾653亿瑞郎。"
    );
}
