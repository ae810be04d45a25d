//! Conformance with the spec cases of Microsoft Recognizers-Text (number, percent, currency
//! models), read at test time from the shared peer-specs folder; never copied into the repo.
//!
//! A case passes when every expected result is found (same value, same unit for percent and
//! currency, and a span that covers the expected text: concord keeps hedges and counted nouns
//! in its spans) and nothing else of the model's kind is found. In the number model a
//! percentage compares as the ratio it is: concord reads a share as a percentage (`five
//! eighths of` = 62.5 %), the peer as the number 0.625. Cases listed in
//! `tests/data/quantities/peer_deviations.json` are deliberate deviations, with the reason.
//!
//! The peer's models read every cardinal, so the cases are read with concord's
//! [`Reading::Cardinals`] (German and Italian articles alone are the number one), and the
//! percent model also takes [`Scanner::unit_mentions`] (`a small percent`, with no amount).
//! Set `CONCORD_PEER_VERBOSE=1` to print every failing case.

use std::collections::BTreeMap;
use std::path::PathBuf;

use concord::quantity::{QuantityLexicon, Reading, Scanner};
use concord::text::fold::fold_str;
use concord::{Decimal, Lang, Unit};
use serde_json::Value;

fn peer_dir() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("CONCORD_PEER_SPECS").map(PathBuf::from),
        Some(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/peer-specs/recognizers-text"
        ))),
        Some(PathBuf::from("/work/shared/peer-specs/recognizers-text")),
    ];
    candidates.into_iter().flatten().find(|p| p.is_dir())
}

/// English currency names of the peer → ISO 4217.
fn iso_of(name: &str) -> Option<&'static str> {
    Some(match name {
        "Dollar" | "United States dollar" => "USD",
        "Euro" => "EUR",
        "Pound" | "British pound" | "Pound sterling" => "GBP",
        "Canadian dollar" => "CAD",
        "Australian dollar" => "AUD",
        "New Zealand dollar" => "NZD",
        "Hong Kong dollar" => "HKD",
        "New Taiwan dollar" => "TWD",
        "Singapore dollar" => "SGD",
        "Mexican peso" => "MXN",
        "Japanese yen" | "Yen" => "JPY",
        "Chinese yuan" | "Yuan" | "Renminbi" => "CNY",
        "Swiss franc" => "CHF",
        "Indian rupee" | "Rupee" => "INR",
        "Russian ruble" => "RUB",
        "South Korean won" => "KRW",
        "Brazilian real" => "BRL",
        "Finnish markka" => "FIM",
        "Cambodian riel" => "KHR",
        "Swedish krona" => "SEK",
        "Norwegian krone" => "NOK",
        "Danish krone" => "DKK",
        "South African rand" => "ZAR",
        // French names.
        "Dollar États-Unis" => "USD",
        "Dollar Canadien" => "CAD",
        "Dollar Australien" => "AUD",
        "Dollar de Hong Kong" => "HKD",
        "Dollar néo-zélandais" => "NZD",
        "Yen Japonais" => "JPY",
        "Yuan Chinois" => "CNY",
        "Franc Suisse" => "CHF",
        "Mark Finlandais" => "FIM",
        "Florins Néerlandais" | "Netherlands guilder" => "NLG",
        "Roupie" | "Roupie indienne" => "INR",
        // Generic names: concord reads "francs" as Swiss francs and "livres" as pounds.
        "Franc" => "CHF",
        "Livre" => "GBP",
        "Peseta" => "ESP",
        "Bitcoin" => "XBT",
        "Turkish lira" => "TRY",
        "Nigerian naira" => "NGN",
        "Costa Rican colón" => "CRC",
        "Georgian lari" => "GEL",
        "Lao kip" => "LAK",
        "Sri Lankan rupee" => "LKR",
        _ => return None,
    })
}

fn peer_value(s: &str) -> Option<Decimal> {
    let s = s.trim().trim_end_matches('%').replace(',', ".");
    s.parse().ok()
}

#[derive(Debug)]
struct Expected {
    start: usize,
    end: usize,
    value: Option<Decimal>,
    unit: Option<Unit>,
}

struct Got {
    start: usize,
    end: usize,
    /// `None` for a unit named with no amount (`a small percent`).
    value: Option<Decimal>,
    max: Option<Decimal>,
    unit: Unit,
}

fn char_offset(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |t| t.chars().count())
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Model {
    Number,
    Percent,
    Currency,
}

fn relevant(model: Model, unit: Unit) -> bool {
    match model {
        Model::Number => true,
        Model::Percent => unit == Unit::Percent,
        Model::Currency => unit.is_currency(),
    }
}

/// The peer computes in binary floating point and prints 15 significant digits: a value of
/// that many digits matches an exact one that agrees to 12 significant digits (`1.1^23`), or
/// one of ten digits or more written in the text that it rounds to (`-8,954302433`, where the
/// peer prints its float of 1.1^23).
fn same(peer: Decimal, ours: Decimal) -> bool {
    let written = ours.significant_digits();
    peer == ours
        || (peer.significant_digits() >= 15
            && (ours.round_to_significant(12) == peer.round_to_significant(12)
                || ((10..15).contains(&written)
                    && peer.round_to_significant(written) == Some(ours))))
}

/// The peer's models read every cardinal: concord's cardinal reading.
fn scanner() -> &'static Scanner {
    static S: std::sync::OnceLock<Scanner> = std::sync::OnceLock::new();
    S.get_or_init(|| Scanner::with_reading(QuantityLexicon::embedded(), Reading::Cardinals))
}

fn case_passes(model: Model, input: &str, lang: Lang, expected: &[Expected]) -> bool {
    let mut got: Vec<Got> = scanner()
        .scan(input, lang)
        .into_iter()
        .filter(|m| relevant(model, m.quantity.unit))
        .map(|m| Got {
            start: char_offset(input, m.span.start),
            end: char_offset(input, m.span.end),
            value: Some(m.quantity.value),
            max: m.quantity.max,
            unit: m.quantity.unit,
        })
        .collect();
    // The percent model also reports a percent named with no amount.
    if model == Model::Percent {
        got.extend(
            scanner()
                .unit_mentions(input, lang)
                .into_iter()
                .map(|u| Got {
                    start: char_offset(input, u.span.start),
                    end: char_offset(input, u.span.end),
                    value: None,
                    max: None,
                    unit: u.unit,
                }),
        );
    }
    // A share concord reads as a percentage ("five eighths of" = 62.5 %) is the peer's
    // number 0.625: the number model compares it as a ratio.
    let hundredth: Decimal = "0.01".parse().expect("decimal");
    let ratio = |g: &Got, x: Decimal| {
        if model == Model::Number && g.unit == Unit::Percent {
            x.checked_mul(hundredth).unwrap_or(x)
        } else {
            x
        }
    };
    let matches = |e: &Expected, g: &Got| {
        g.start <= e.start
            && e.end <= g.end
            && match (e.value, g.value) {
                (None, _) => true,
                (Some(v), Some(x)) => {
                    same(v, x)
                        || same(v, ratio(g, x))
                        || g.max.is_some_and(|m| same(v, m) || same(v, ratio(g, m)))
                }
                (Some(_), None) => false,
            }
            && e.unit.is_none_or(|u| u == g.unit)
    };
    let all_found = expected.iter().all(|e| got.iter().any(|g| matches(e, g)));
    let nothing_else = got
        .iter()
        .all(|g| expected.iter().any(|e| g.start < e.end && e.start < g.end));
    all_found && nothing_else
}

fn load(path: &std::path::Path) -> Option<Vec<Value>> {
    let raw = std::fs::read_to_string(path).ok()?;
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(&raw);
    serde_json::from_str(raw).ok()
}

fn expected_of(model: Model, case: &Value) -> Option<Vec<Expected>> {
    let input = case.get("Input")?.as_str()?;
    let mut out = Vec::new();
    for r in case.get("Results")?.as_array()? {
        let res = r.get("Resolution");
        let value = res
            .and_then(|x| x.get("value"))
            .and_then(Value::as_str)
            .and_then(peer_value);
        // Subunits: concord gives money in major units ("50 cents" = 0.50).
        let minor = res
            .and_then(|x| x.get("unit"))
            .and_then(Value::as_str)
            .is_some_and(|u| matches!(u, "Cent" | "Pence" | "Penny" | "Centimes"));
        let value = if minor {
            value.and_then(|v| v.checked_mul("0.01".parse().ok()?))
        } else {
            value
        };
        let unit = match model {
            Model::Number => None,
            Model::Percent => Some(Unit::Percent),
            Model::Currency => {
                let iso = res
                    .and_then(|x| x.get("isoCurrency"))
                    .and_then(Value::as_str)
                    .map(Unit::currency);
                let named = res
                    .and_then(|x| x.get("unit"))
                    .and_then(Value::as_str)
                    .and_then(iso_of)
                    .map(Unit::currency);
                if minor {
                    None
                } else {
                    Some(iso.or(named).unwrap_or(Unit::currency("XXX")))
                }
            }
        };
        // A few cases give Start and End inside the Resolution.
        let pos = |k: &str| r.get(k).or_else(|| res.and_then(|x| x.get(k)))?.as_u64();
        let start = usize::try_from(pos("Start")?).ok()?;
        let end = usize::try_from(pos("End")?).ok()?;
        // `End` is inclusive, except in a few cases that give it exclusive: the length of
        // `Text` tells which.
        let text = fold_str(r.get("Text")?.as_str()?);
        let piece = |e: usize| -> String {
            fold_str(
                &input
                    .chars()
                    .skip(start)
                    .take(e.saturating_sub(start))
                    .collect::<String>(),
            )
        };
        let n = input.chars().count();
        let piece_at = |s: usize, e: usize| -> String {
            fold_str(
                &input
                    .chars()
                    .skip(s)
                    .take(e.saturating_sub(s))
                    .collect::<String>(),
            )
        };
        let end = if piece(end) == text && (end + 1 > n || piece(end + 1) != text) {
            end
        } else {
            end + 1
        };
        // A few cases give offsets one off their own Text: the Text is found next to them.
        let (mut start, mut end) = (start, end);
        if piece_at(start, end) != text {
            let len = r.get("Text")?.as_str()?.chars().count();
            if let Some(s) = (start.saturating_sub(2)..=start + 2)
                .find(|&s| s + len <= n && piece_at(s, s + len) == text)
            {
                (start, end) = (s, s + len);
            }
        }
        out.push(Expected {
            start,
            end,
            value,
            unit,
        });
    }
    Some(out)
}

fn deviations() -> Vec<(String, String, String)> {
    let raw = include_str!("data/quantities/peer_deviations.json");
    let v: Value = serde_json::from_str(raw).expect("peer_deviations.json");
    v.get("cases")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|c| {
                    Some((
                        c.get("file")?.as_str()?.to_string(),
                        c.get("input")?.as_str()?.to_string(),
                        c.get("reason")?.as_str()?.to_string(),
                    ))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Every file must pass at least this share of all its cases (passes and listed deviations).
const TARGET: u32 = 95;

/// The pass rates reached (percent, rounded down), per file: a regression guard above
/// [`TARGET`].
const FLOORS: &[(&str, u32)] = &[
    ("Italian/NumberModel", 99),
    ("German/NumberModel", 96),
    ("English/PercentModel", 100),
    ("Italian/PercentModel", 100),
    ("Italian/CurrencyModel", 100),
    ("German/PercentModel", 100),
    ("German/CurrencyModel", 100),
    ("French/PercentModel", 97),
    ("French/CurrencyModel", 97),
    ("Chinese/NumberModel", 96),
    ("Chinese/PercentModel", 99),
    ("Chinese/CurrencyModel", 97),
    ("English/NumberModel", 96),
    ("English/CurrencyModel", 95),
];

/// Files that do not reach [`TARGET`] with readings concord keeps on purpose: the rate they
/// hold (a floor) and why the rest cannot be reached by general rules of the language.
const BELOW_TARGET: &[(&str, u32, &str)] = &[(
    "French/NumberModel",
    92,
    "95% is not reachable with readings that are right for French: of the 20 failing cases of \
         273 (the 3% list is full with 8), 13 are the peer's own errors or contradictions \
         ('43894.0' = 0.75, '-92321312.0' = -9.2321312, '40000 est équivalant à 40 000' \
         listing the second number twice, a phone number whose offsets fall in \
         'téléphone', 'cent trente cinquiemes' = 130/5 beside 'cent trente cinquièmes' = \
         100/35 and its negative (concord keeps the two), 'vingt et un cinquième' = 21/5 \
         beside 'vingt et un cinquieme' = 20 + 1/5 (concord keeps the latter), 'deux mille \
         sur trois' = 2000/3 beside 'huit sur cinq' and 'douze sur dix' read as two numbers \
         (concord keeps the two), 'cent mille cinquièmes' = 100/1005 (an English 'one \
         hundred one thousand fifths' mistranslated; French reads 100000/5), 'un cent et un \
         cinquième' = 1/105, 'trois vingt premières' = 3/21, 'négative quatre-vingt-quinze à \
         cinq cent cinquièmes' = -1900, 'cent trillionièmes' with the short-scale trillion \
         the list already rejects); 4 read digits before 'cents' as hundreds ('322 cents' = \
         32200, '2,12 cents' = 212, '3 cents' = 300 twice) where French writes the money of \
         the peer's currency file ('34 cents', '1,20 cents'), which concord keeps; the rest: \
         '10G' as 10^10 (a bare G is no French scale: 'G€' and 'GW' are read), the article \
         'un' before 'format' as 1, 'demi' alone, and 'trois crore lakh' = 3e12 (a scale \
         word after a larger one does not multiply it: 'un million mille' is no 10^9)",
)];

#[test]
fn peer_spec_pass_rates() {
    let Some(dir) = peer_dir() else {
        println!("peer-specs folder absent: peer_spec_pass_rates skipped");
        return;
    };
    let verbose = std::env::var_os("CONCORD_PEER_VERBOSE").is_some();
    let devs = deviations();
    let mut report: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut below = Vec::new();
    for (name, lang) in [
        ("Italian", Lang::It),
        ("German", Lang::De),
        ("French", Lang::Fr),
        ("Chinese", Lang::Zh),
        ("English", Lang::En),
    ] {
        for (mname, model) in [
            ("NumberModel", Model::Number),
            ("PercentModel", Model::Percent),
            ("CurrencyModel", Model::Currency),
        ] {
            let file = format!("{name}/{mname}");
            let Some(cases) = load(&dir.join(format!("{file}.json"))) else {
                println!("{file}: missing, skipped");
                continue;
            };
            let (mut pass, mut dev) = (0, 0);
            for case in &cases {
                let Some(input) = case.get("Input").and_then(Value::as_str) else {
                    continue;
                };
                let Some(expected) = expected_of(model, case) else {
                    continue;
                };
                if case_passes(model, input, lang, &expected) {
                    pass += 1;
                } else if devs.iter().any(|(f, i, _)| f == &file && i == input) {
                    dev += 1;
                } else if verbose {
                    let got: Vec<String> = scanner()
                        .scan(input, lang)
                        .iter()
                        .map(|m| {
                            format!(
                                "{:?}={}{} {}",
                                &input[m.span.start..m.span.end],
                                m.quantity.value,
                                m.quantity.max.map(|x| format!("..{x}")).unwrap_or_default(),
                                m.quantity.unit
                            )
                        })
                        .collect();
                    let want: Vec<String> = case["Results"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .map(|r| {
                                    format!(
                                        "{:?}={} {}",
                                        r["Text"].as_str().unwrap_or(""),
                                        r["Resolution"]["value"].as_str().unwrap_or("-"),
                                        r["Resolution"]["unit"].as_str().unwrap_or("")
                                    )
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    println!("FAIL {file}: {input:?}\n   want {want:?}\n   got  {got:?}");
                }
            }
            let listed = devs.iter().filter(|(f, _, _)| f == &file).count();
            assert!(
                listed * 100 <= cases.len() * 3,
                "{file}: {listed} listed deviations is over 3% of {} cases",
                cases.len()
            );
            report.insert(file.clone(), (pass, dev, cases.len()));
            let rate = (pass + dev) * 100 / cases.len().max(1);
            let floor = match BELOW_TARGET.iter().find(|(f, _, _)| *f == file) {
                Some((_, r, _)) => *r,
                None => FLOORS
                    .iter()
                    .find(|(f, _)| *f == file)
                    .map_or(TARGET, |(_, r)| (*r).max(TARGET)),
            };
            if (rate as u32) < floor {
                below.push(format!("{file}: {rate}% < floor {floor}%"));
            }
        }
    }
    for (file, (pass, dev, total)) in &report {
        println!(
            "{file:<24} {pass:>4}/{total:<4} pass {:>5.1}%  (+{dev} listed deviations: {:>5.1}%)",
            *pass as f64 * 100.0 / (*total).max(1) as f64,
            (*pass + *dev) as f64 * 100.0 / (*total).max(1) as f64
        );
    }
    for (file, floor, why) in BELOW_TARGET {
        println!("{file}: below the {TARGET}% target (floor {floor}%): {why}");
    }
    assert!(
        below.is_empty(),
        "pass rates below their floors: {below:#?}"
    );
}
