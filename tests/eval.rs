//! Held-out evaluation on twenty-eight sets of news articles (fiction, but for the fourteenth and
//! later sets, which retell real events) in Italian, German, French and Chinese (simplified and
//! traditional), each about four events, with gold annotations in `gold.json`:
//! - `tests/data/eval` (thirteen articles, see its README): the first held-out set. The team has
//!   since read its error categories, so it now mostly guards against regressions;
//! - `tests/data/eval2` (twelve articles about four other events, see its README): the second set,
//!   written by someone who did not read the rules. Its error categories have since been read and
//!   worked through, so it no longer measures generalization for claims or entities;
//! - `tests/data/eval3` (twelve articles about four new events, see its README): the third set,
//!   written by someone who read neither the rules nor the earlier sets' articles. Nobody tunes
//!   against it; it measures how well the rules generalize, with loose sanity floors only;
//! - `tests/data/eval4` (twelve articles about four further events, see its README): the fourth
//!   set, written after the third by someone who read neither the rules nor the earlier sets'
//!   articles. Nobody tunes against it either; loose sanity floors only;
//! - `tests/data/eval5` (twelve articles about four more events, in Italian, German, French and
//!   Chinese, see its README): the fifth set, written after the fourth had been measured by
//!   someone who read neither the rules nor the earlier sets' articles. Nobody tunes against it;
//!   loose sanity floors only, set after its first measurement;
//! - `tests/data/eval6` (twelve articles about four further events, three each in Italian, German,
//!   French and Chinese, see its README): the sixth set, written after the fifth had been measured
//!   by someone who read neither the rules nor the earlier sets' articles. Measured fresh at the
//!   end of the fifth session and the start of the sixth; its error categories were read then;
//! - `tests/data/eval7` (twelve articles about four further events: steel, telecoms, household
//!   appliances, luxury; see its README): the seventh set, written in the sixth session by
//!   someone who read neither the rules nor the earlier sets' articles, and measured fresh at that
//!   session's start and code freeze before anyone read its misses.
//! - `tests/data/eval8` (twelve articles about four further events: defence, mining, insurance,
//!   parcel logistics; see its README): the eighth set, written by someone who read neither the
//!   rules nor the earlier sets' articles, not yet measured when it landed.
//! - `tests/data/eval9` (twelve articles about four further events: sportswear results, a tyre
//!   maker's restructuring, small modular reactors, cosmetics; see its README): the ninth set,
//!   written by someone who read neither the rules nor the earlier sets' articles, not yet
//!   measured when it landed.
//! - `tests/data/eval10` (twelve articles about four further events: a tunnel construction
//!   contract, a football transfer, an IPO, a data-protection fine; see its README): the tenth
//!   set, written by someone who read neither the rules nor the earlier sets' articles, measured
//!   at the eleventh session's start and freeze before its misses were read.
//! - `tests/data/eval11` (twelve articles about four further events: a space launcher contract,
//!   the final accounts of the Milano Cortina 2026 Winter Olympics, a toy maker's quarterly update
//!   and European expansion, a central bank's rate cut; see its README): the eleventh set, written
//!   by someone who read neither the rules nor the earlier sets' articles, measured at the tenth
//!   session's start and freeze before its misses were read.
//! - `tests/data/eval12` (twelve articles about four further events: the ATP Finals in Turin and
//!   their hosting deal, China's monthly trade with the EU, Venice's day-tripper access fee, a food
//!   group's purchase of a majority of a Chinese infant-nutrition unit; see its README): the twelfth
//!   set, written by someone who read neither the rules nor the earlier sets' articles, not yet
//!   measured when it landed.
//! - `tests/data/eval13` (twelve articles about four further events: an earthquake off Hualien and
//!   its toll, a Zao Wou-Ki painting at a Hong Kong auction, a record chikungunya season in Italy
//!   and France, a coffee chain's purchase of a majority of an Italian roaster; see its README):
//!   the thirteenth set, written by someone who read neither the rules nor the earlier sets'
//!   articles, not yet measured when it landed.
//! - `tests/data/eval14` (twelve articles about four real events of 2024-2025, retold: the
//!   reopening of Notre-Dame de Paris, the Valencia floods, the Louvre jewel heist, Nippon Steel's
//!   takeover of US Steel; see its README): the fourteenth set, written by someone who read
//!   neither the rules nor the earlier sets' articles, not yet measured when it landed.
//! - `tests/data/eval15` (twelve articles about four real events of 2024-2025, retold: Chang'e-6's
//!   return from the far side of the Moon, the EU Court of Justice's Apple state-aid judgment, the
//!   Iberian blackout of April 2025, the Paris 2024 opening ceremony on the Seine; see its README):
//!   the fifteenth set, written by someone who read neither the rules nor the earlier sets'
//!   articles, not yet measured when it landed.
//! - `tests/data/eval16` (twelve articles about four real events of 2024-2025, retold: the German
//!   federal election of February 2025 and its final count, the end of the Boeing machinists'
//!   strike, COP29's climate finance deal in Baku, the collapse of Baltimore's Francis Scott Key
//!   Bridge; see its README): the sixteenth set, written by someone who read neither the rules nor
//!   the earlier sets' articles, measured fresh at the fifteenth session's start and freeze; its
//!   misses were read at the sixteenth session's start.
//! - `tests/data/eval17` (twelve articles about four real events of 2024-2025, retold: Marine Le
//!   Pen's embezzlement conviction, the end of Taylor Swift's Eras Tour, the EU-US trade deal of
//!   Turnberry, Bitcoin's first crossing of 100,000 dollars; see its README): the seventeenth set,
//!   written by someone who read neither the rules nor the earlier sets' articles, and measured
//!   fresh (summary lines only) at the sixteenth session's start and freeze; its misses were read
//!   at the seventeenth session's start.
//! - `tests/data/eval18` (twelve articles about four real events of 2023-2025, retold: a Hong Kong
//!   court's liquidation order against China Evergrande, the PISA 2022 results, Japan's births
//!   falling below 700,000 in 2024, the European Parliament's vote to downgrade the wolf's
//!   protection; see its README): the eighteenth set, written by someone who read neither the rules
//!   nor the earlier sets' articles, and measured fresh (summary lines only) at the seventeenth
//!   session's start and freeze.
//! - `tests/data/eval19` (twelve articles about four real events of 2023-2025, retold: migrant
//!   boats overwhelming Lampedusa in September 2023, 2024 confirmed as the warmest year on record,
//!   world wine production in 2023 at its lowest since 1961, Kelvin Kiptum's marathon world
//!   record and his death; see its README): the nineteenth set, written by someone who read
//!   neither the rules nor the earlier sets' articles, measured fresh at the eighteenth
//!   session's start and freeze; its misses were read at the nineteenth session's start.
//! - `tests/data/eval20` (twelve articles about four further real events (see its README)): the
//!   twentieth set, written by someone who read neither the rules nor the earlier sets' articles,
//!   measured fresh (summary lines only) at the nineteenth session's start and freeze.
//! - `tests/data/eval21` (twelve articles about four further real events (see its README)): the
//!   twenty-first set, written by someone who read neither the rules nor the earlier sets'
//!   articles, not yet measured when it landed.
//! - `tests/data/eval22` (twelve articles about four further real events (see its README)): the
//!   twenty-second set, written by someone who read neither the rules nor the earlier sets'
//!   articles, not yet measured when it landed.
//! - `tests/data/eval23` (twelve articles about four further real events (see its README)): the
//!   twenty-third set, written by someone who read neither the rules nor the earlier sets'
//!   articles, not yet measured when it landed.
//! - `tests/data/eval24` (twelve articles about four further real events (see its README)): the
//!   twenty-fourth set, written by someone who read neither the rules nor the earlier sets'
//!   articles, not yet measured when it landed.
//! - `tests/data/eval25` (twelve articles about four further real events (see its README)): the
//!   twenty-fifth set, written by someone who read neither the rules nor the earlier sets'
//!   articles, not yet measured when it landed.
//! - `tests/data/eval26` (twelve articles about four further real events (see its README)): the
//!   twenty-sixth set, written by someone who read neither the rules nor the earlier sets'
//!   articles, not yet measured when it landed.
//! - `tests/data/eval27` (twelve articles about four further real events (see its README)): the
//!   twenty-seventh set, written by someone who read neither the rules nor the earlier sets'
//!   articles, not yet measured when it landed.
//! - `tests/data/eval28` (twelve articles about four further real events (see its README)): the
//!   twenty-eighth set, written by someone who read neither the rules nor the earlier sets'
//!   articles, not yet measured when it landed.
//!
//! All run through the same measures. Run `cargo test --release --test eval -- --nocapture` to
//! see the tables and every miss.
//!
//! Measures:
//! - quantities: value+unit recall and bound accuracy (per language and overall), precision
//!   (mentions that overlap no gold quantity; calendar years are counted apart, not as errors);
//! - entities: share of the gold mentions of the main organizations and people that link, and
//!   groups split (one gold group, several concord ids across all documents and languages) or
//!   merged (one concord id, several gold groups);
//! - claims: subject+value+unit recall, and whether each gold fact kind maps to one predicate;
//! - reconciliation (all documents reconciled together): contradiction recall, and agreeing pairs
//!   that are set against each other in a conflict or not joined in one fact.

use std::collections::{BTreeMap, BTreeSet};

use concord::{Analysis, Document, Pipeline, Reconciler, Report, Span};
use serde_json::Value;

/// The first held-out set.
const EVAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval");
/// The second held-out set (fresh when written; see its README's history).
const EVAL2: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval2");
/// The third held-out set, written after the second had been worked through; never used to tune
/// rules.
const EVAL3: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval3");
/// The fourth held-out set, written after the third had been seen; never used to tune rules.
const EVAL4: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval4");
/// The fifth held-out set, written after the fourth had been measured; never used to tune rules.
const EVAL5: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval5");
/// The sixth held-out set, written after the fifth had been measured; never used to tune rules.
const EVAL6: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval6");
/// The seventh held-out set, written after the sixth had been measured; never used to tune rules.
const EVAL7: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval7");
/// The eighth held-out set, written after the seventh had been measured; never used to tune rules.
const EVAL8: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval8");
/// The ninth held-out set, written after the eighth had been measured; never used to tune rules.
const EVAL9: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval9");
/// The tenth held-out set, written after the ninth had been measured; never used to tune rules.
const EVAL10: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval10");
/// The eleventh held-out set, written after the tenth had been measured; never used to tune rules.
const EVAL11: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval11");
/// The twelfth held-out set, written after the eleventh had been measured; never used to tune rules.
const EVAL12: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval12");
/// The thirteenth held-out set, written after the twelfth had been measured; never used to tune
/// rules.
const EVAL13: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval13");
/// The fourteenth held-out set (real events, retold), written after the thirteenth had been
/// measured; never used to tune rules.
const EVAL14: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval14");
/// The fifteenth held-out set (real events, retold), written after the fourteenth had landed;
/// never used to tune rules.
const EVAL15: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval15");
/// The sixteenth held-out set (real events, retold), written after the fifteenth had landed;
/// never used to tune rules.
const EVAL16: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval16");
/// The seventeenth held-out set (real events, retold), written after the sixteenth had landed;
/// never used to tune rules.
const EVAL17: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval17");
/// The eighteenth held-out set (real events, retold), written after the seventeenth had landed;
/// never used to tune rules.
const EVAL18: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval18");
/// The nineteenth held-out set (real events, retold), written after the eighteenth had landed;
/// never used to tune rules.
const EVAL19: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval19");
/// The twentieth held-out set (real events, retold), written after the nineteenth had landed;
/// never used to tune rules.
const EVAL20: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval20");
/// The twenty-first held-out set (real events, retold), written after the twentieth had landed;
/// never used to tune rules.
const EVAL21: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval21");
/// The twenty-second held-out set (real events, retold), written after the twenty-first had
/// landed; never used to tune rules.
const EVAL22: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval22");
/// The twenty-third held-out set (real events, retold), written after the twenty-second had
/// landed; never used to tune rules.
const EVAL23: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval23");
/// The twenty-fourth held-out set (real events, retold), written after the twenty-third had
/// landed; never used to tune rules.
const EVAL24: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval24");
/// The twenty-fifth held-out set (real events, retold), written after the twenty-fourth had
/// landed; never used to tune rules.
const EVAL25: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval25");
/// The twenty-sixth held-out set (real events, retold), written after the twenty-fifth had
/// landed; never used to tune rules.
const EVAL26: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval26");
/// The twenty-seventh held-out set (real events, retold), written after the twenty-sixth had
/// landed; never used to tune rules.
const EVAL27: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval27");
/// The twenty-eighth held-out set (real events, retold), written after the twenty-seventh had
/// landed; never used to tune rules.
const EVAL28: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval28");

struct Doc {
    id: String,
    lang: String,
    text: String,
    gold: Value,
}

fn load(dir: &str) -> (Vec<Doc>, Value) {
    let raw = std::fs::read_to_string(format!("{dir}/gold.json")).expect("gold.json");
    let gold: Value = serde_json::from_str(&raw).expect("gold.json parses");
    let mut docs = Vec::new();
    for (id, g) in gold["docs"].as_object().expect("docs") {
        let text = std::fs::read_to_string(format!("{dir}/{id}")).expect("article");
        docs.push(Doc {
            id: id.clone(),
            lang: g["lang"].as_str().expect("lang").to_string(),
            text,
            gold: g.clone(),
        });
    }
    (docs, gold)
}

/// The span of `spec` (`surface` or `surface#n`, the n-th occurrence from 0) in `text`.
fn locate(text: &str, spec: &str) -> Span {
    let (surface, n) = match spec.rsplit_once('#') {
        Some((s, n)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => {
            (s, n.parse::<usize>().unwrap())
        }
        _ => (spec, 0),
    };
    let (start, _) = text
        .match_indices(surface)
        .nth(n)
        .unwrap_or_else(|| panic!("gold surface {spec:?} not in text"));
    Span {
        start,
        end: start + surface.len(),
    }
}

fn surface(spec: &str) -> &str {
    match spec.rsplit_once('#') {
        Some((s, n)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => s,
        _ => spec,
    }
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

/// A gold value in a multiple of one of concord's base units ("11500000 t", as a writer may
/// give it) is compared in that base unit ("11500000000 kg"): the same amount, written once.
fn base_unit(value: &str, unit: &str) -> (String, String) {
    // (Basis points are hundredths of a percentage point, concord's `percent`. Litres and
    // hectolitres are concord's cubic metres; a rainfall in litres per square metre is a depth in
    // metres (1 l/m² = 1 mm). Hours and minutes compare as seconds, on both sides: a gold race
    // time in seconds matches "2 Stunden", concord's hours.)
    const MULTIPLES: [(&str, &str, &str); 16] = [
        ("bp", "percent", "0.01"),
        ("l", "m3", "0.001"),
        ("hl", "m3", "0.1"),
        ("l/m2", "m", "0.001"),
        ("mm", "m", "0.001"),
        ("hours", "seconds", "3600"),
        ("minutes", "seconds", "60"),
        ("t", "kg", "1000"),
        ("kt", "kg", "1000000"),
        ("Mt", "kg", "1000000000"),
        ("kW", "W", "1000"),
        ("MW", "W", "1000000"),
        ("GW", "W", "1000000000"),
        ("MWh", "Wh", "1000000"),
        ("GWh", "Wh", "1000000000"),
        ("TWh", "Wh", "1000000000000"),
    ];
    let scaled = MULTIPLES
        .iter()
        .find(|(u, _, _)| *u == unit)
        .and_then(|(_, base, k)| {
            let v: concord::Decimal = value.parse().ok()?;
            let k: concord::Decimal = k.parse().ok()?;
            Some((v.checked_mul(k)?.to_string(), (*base).to_string()))
        });
    scaled.unwrap_or_else(|| (value.to_string(), unit.to_string()))
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "  n/a".to_string()
    } else {
        format!("{:5.1}%", 100.0 * n as f64 / d as f64)
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

#[derive(Default, Clone, Copy)]
struct Tally {
    gold: usize,
    hit: usize,
    bound_ok: usize,
}

struct Measures {
    q_recall: f64,
    q_bound: f64,
    q_extras: usize,
    e_link: f64,
    e_split: usize,
    e_merge: usize,
    c_recall: f64,
    kinds_consistent: usize,
    kinds_total: usize,
    contra_recall: f64,
    agree_flagged: f64,
    agree_not_joined: f64,
}

fn describe_q(text: &str, m: &concord::QuantityMention) -> String {
    let q = &m.quantity;
    let max = q.max.as_ref().map(|x| format!("..{x}")).unwrap_or_default();
    format!(
        "{:?} = {}{} {} {}",
        &text[m.span.start..m.span.end],
        q.value,
        max,
        q.unit,
        q.bound.as_str()
    )
}

fn eval_quantities(
    docs: &[Doc],
    analyses: &[Analysis],
    out: &mut Vec<String>,
) -> (f64, f64, usize) {
    let mut per_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut bound_misses = Vec::new();
    let mut extras = Vec::new();
    let mut years = 0usize;
    for (d, a) in docs.iter().zip(analyses) {
        let mut gold_spans = Vec::new();
        for g in d.gold["q"].as_array().unwrap() {
            let spec = s(&g[0]);
            let span = locate(&d.text, spec);
            gold_spans.push(span);
            let (value, unit) = base_unit(s(&g[1]), s(&g[2]));
            let (value, unit, bound) = (value.as_str(), unit.as_str(), s(&g[3]));
            let max = g.get(4).map(|m| base_unit(s(m), s(&g[2])).0);
            let max = max.as_deref();
            let t = per_lang.entry(d.lang.clone()).or_default();
            t.gold += 1;
            let cands: Vec<_> = a
                .quantities
                .iter()
                .filter(|m| overlaps(&m.span, &span))
                .collect();
            let hit = cands.iter().find(|m| {
                base_unit(&m.quantity.value.to_string(), &m.quantity.unit.to_string())
                    == (value.to_string(), unit.to_string())
            });
            let produced = if cands.is_empty() {
                "nothing".to_string()
            } else {
                cands
                    .iter()
                    .map(|m| describe_q(&d.text, m))
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            let expected = format!(
                "{value}{} {unit} {bound}",
                max.map(|m| format!("..{m}")).unwrap_or_default()
            );
            match hit {
                Some(m) => {
                    t.hit += 1;
                    let max_ok = match max {
                        Some(mx) => {
                            m.quantity
                                .max
                                .as_ref()
                                .map(|x| base_unit(&x.to_string(), &m.quantity.unit.to_string()).0)
                                .as_deref()
                                == Some(mx)
                        }
                        None => true,
                    };
                    if m.quantity.bound.as_str() == bound && max_ok {
                        t.bound_ok += 1;
                    } else {
                        bound_misses.push(format!(
                            "  [{}] {} {:?}: expected {expected}, got {}",
                            d.lang,
                            d.id,
                            surface(spec),
                            describe_q(&d.text, m)
                        ));
                    }
                }
                None => misses.push(format!(
                    "  [{}] {} {:?}: expected {expected}, got {produced}",
                    d.lang,
                    d.id,
                    surface(spec)
                )),
            }
        }
        for m in &a.quantities {
            if gold_spans.iter().any(|g| overlaps(g, &m.span)) {
                continue;
            }
            if m.quantity.unit.to_string() == "year" {
                years += 1;
                continue;
            }
            extras.push(format!(
                "  [{}] {} {}",
                d.lang,
                d.id,
                describe_q(&d.text, m)
            ));
        }
    }
    let total = per_lang.values().fold(Tally::default(), |acc, t| Tally {
        gold: acc.gold + t.gold,
        hit: acc.hit + t.hit,
        bound_ok: acc.bound_ok + t.bound_ok,
    });
    out.push("QUANTITIES (target: value+unit recall >= 90%, bound accuracy >= 85%)".into());
    out.push(format!(
        "  {:<8} {:>5} {:>5} {:>8} {:>8}",
        "lang", "gold", "hit", "recall", "bound"
    ));
    for (lang, t) in per_lang
        .iter()
        .chain(std::iter::once((&"all".to_string(), &total)))
    {
        out.push(format!(
            "  {:<8} {:>5} {:>5} {:>8} {:>8}",
            lang,
            t.gold,
            t.hit,
            pct(t.hit, t.gold),
            pct(t.bound_ok, t.hit)
        ));
    }
    out.push(format!(
        "  precision: {} mentions overlap no gold quantity (plus {years} calendar years, not counted)",
        extras.len()
    ));
    out.push(format!("  value/unit misses ({}):", misses.len()));
    out.extend(misses);
    out.push(format!("  bound misses ({}):", bound_misses.len()));
    out.extend(bound_misses);
    let n_extras = extras.len();
    out.push(format!("  extra mentions ({n_extras}):"));
    out.extend(extras);
    (
        ratio(total.hit, total.gold),
        ratio(total.bound_ok, total.hit),
        n_extras,
    )
}

/// Gold entity mentions of one document: (group, span), longer surfaces masking shorter ones.
fn gold_entities(d: &Doc) -> Vec<(String, Span)> {
    let mut surfaces: Vec<(String, String)> = Vec::new();
    for (group, list) in d.gold["e"].as_object().unwrap() {
        for sf in list.as_array().unwrap() {
            surfaces.push((group.clone(), s(sf).to_string()));
        }
    }
    surfaces.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.1.cmp(&b.1)));
    let mut taken: Vec<(String, Span)> = Vec::new();
    for (group, sf) in surfaces {
        let mut found = false;
        for (start, _) in d.text.match_indices(sf.as_str()) {
            found = true;
            let span = Span {
                start,
                end: start + sf.len(),
            };
            if taken.iter().any(|(_, t)| overlaps(t, &span)) {
                continue;
            }
            taken.push((group.clone(), span));
        }
        assert!(found, "{}: gold entity surface {sf:?} not in text", d.id);
    }
    taken.sort_by_key(|(_, sp)| sp.start);
    taken
}

/// Concord ids per gold group, over all documents.
type GroupIds = BTreeMap<String, BTreeSet<String>>;

fn eval_entities(
    docs: &[Doc],
    analyses: &[Analysis],
    out: &mut Vec<String>,
) -> (f64, usize, usize, GroupIds) {
    let mut per_lang: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut group_ids: GroupIds = BTreeMap::new();
    let mut id_groups: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut id_names: BTreeMap<String, String> = BTreeMap::new();
    let mut examples: BTreeMap<(String, String), String> = BTreeMap::new();
    for (d, a) in docs.iter().zip(analyses) {
        for (group, span) in gold_entities(d) {
            let e = per_lang.entry(d.lang.clone()).or_default();
            e.0 += 1;
            group_ids.entry(group.clone()).or_default();
            let best = a
                .entities
                .iter()
                .filter(|m| overlaps(&m.span, &span))
                .max_by_key(|m| m.span.end.min(span.end) - m.span.start.max(span.start));
            let sf = &d.text[span.start..span.end];
            match best {
                Some(m) => {
                    e.1 += 1;
                    group_ids
                        .entry(group.clone())
                        .or_default()
                        .insert(m.id.clone());
                    id_groups
                        .entry(m.id.clone())
                        .or_default()
                        .insert(group.clone());
                    id_names.insert(m.id.clone(), m.name.clone());
                    examples
                        .entry((group.clone(), m.id.clone()))
                        .or_insert_with(|| format!("{sf:?} ({})", d.id));
                }
                None => misses.push(format!(
                    "  [{}] {} {sf:?} ({group}): not linked",
                    d.lang, d.id
                )),
            }
        }
    }
    let (gold, hit) = per_lang
        .values()
        .fold((0, 0), |acc, (g, h)| (acc.0 + g, acc.1 + h));
    out.push(
        "ENTITIES (target: >= 95% of main org/person mentions link, no group split or merged)"
            .into(),
    );
    out.push(format!(
        "  {:<8} {:>5} {:>5} {:>8}",
        "lang", "gold", "linked", "rate"
    ));
    for (lang, (g, h)) in per_lang
        .iter()
        .chain(std::iter::once((&"all".to_string(), &(gold, hit))))
    {
        out.push(format!(
            "  {:<8} {:>5} {:>5} {:>8}",
            lang,
            g,
            h,
            pct(*h, *g)
        ));
    }
    let splits: Vec<_> = group_ids.iter().filter(|(_, ids)| ids.len() > 1).collect();
    let merges: Vec<_> = id_groups.iter().filter(|(_, gs)| gs.len() > 1).collect();
    out.push(format!(
        "  groups: {}, split: {}, merged: {}",
        group_ids.len(),
        splits.len(),
        merges.len()
    ));
    for (group, ids) in &splits {
        let parts: Vec<String> = ids
            .iter()
            .map(|id| {
                format!(
                    "{id} \"{}\" e.g. {}",
                    id_names[id],
                    examples[&((*group).clone(), id.clone())]
                )
            })
            .collect();
        out.push(format!("  SPLIT {group}: {}", parts.join(" / ")));
    }
    for (id, groups) in &merges {
        out.push(format!(
            "  MERGED {id} \"{}\": {}",
            id_names[*id],
            groups.iter().cloned().collect::<Vec<_>>().join(" + ")
        ));
    }
    out.push(format!("  unlinked mentions ({}):", misses.len()));
    out.extend(misses);
    (ratio(hit, gold), splits.len(), merges.len(), group_ids)
}

fn eval_claims(
    docs: &[Doc],
    analyses: &[Analysis],
    group_ids: &GroupIds,
    out: &mut Vec<String>,
) -> (f64, usize, usize) {
    let mut per_lang: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    // gold kind -> predicate -> documents
    let mut kinds: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    let mut kinds_missing: BTreeMap<String, usize> = BTreeMap::new();
    let mut total_claims = 0;
    for (d, a) in docs.iter().zip(analyses) {
        total_claims += a.claims.len();
        for g in d.gold["c"].as_array().unwrap() {
            let (value, unit) = base_unit(s(&g[2]), s(&g[3]));
            let (group, kind, value, unit) = (s(&g[0]), s(&g[1]), value.as_str(), unit.as_str());
            let e = per_lang.entry(d.lang.clone()).or_default();
            e.0 += 1;
            let ids = group_ids.get(group).cloned().unwrap_or_default();
            let subject_ok = |c: &concord::Claim| {
                c.subject.as_ref().is_some_and(|sub| {
                    ids.contains(&sub.id) || sub.name.eq_ignore_ascii_case(group)
                })
            };
            let cands: Vec<_> = a
                .claims
                .iter()
                .filter(|c| {
                    base_unit(&c.quantity.value.to_string(), &c.quantity.unit.to_string())
                        == (value.to_string(), unit.to_string())
                })
                .collect();
            let hit = cands.iter().find(|c| subject_ok(c));
            if let Some(c) = hit.or(cands.first()) {
                kinds
                    .entry(kind.to_string())
                    .or_default()
                    .entry(c.predicate.clone())
                    .or_default()
                    .push(format!("{}:{:?}", d.lang, c.provenance.text));
            } else {
                *kinds_missing.entry(kind.to_string()).or_default() += 1;
            }
            match hit {
                Some(_) => e.1 += 1,
                None => {
                    let produced = if cands.is_empty() {
                        "no claim with this value+unit".to_string()
                    } else {
                        cands
                            .iter()
                            .map(|c| {
                                format!(
                                    "subject {:?} predicate {} on {:?}",
                                    c.subject.as_ref().map(|x| x.name.as_str()),
                                    c.predicate,
                                    c.provenance.text
                                )
                            })
                            .collect::<Vec<_>>()
                            .join(" | ")
                    };
                    misses.push(format!(
                        "  [{}] {} {group} {kind} {value} {unit}: {produced}",
                        d.lang, d.id
                    ));
                }
            }
        }
    }
    let (gold, hit) = per_lang
        .values()
        .fold((0, 0), |acc, (g, h)| (acc.0 + g, acc.1 + h));
    out.push("CLAIMS (target: >= 80% numeric claims with right subject+value+unit; one predicate per kind)".into());
    out.push(format!(
        "  {:<8} {:>5} {:>5} {:>8}",
        "lang", "gold", "hit", "recall"
    ));
    for (lang, (g, h)) in per_lang
        .iter()
        .chain(std::iter::once((&"all".to_string(), &(gold, hit))))
    {
        out.push(format!(
            "  {:<8} {:>5} {:>5} {:>8}",
            lang,
            g,
            h,
            pct(*h, *g)
        ));
    }
    out.push(format!("  ({total_claims} claims produced in all)"));
    out.push(format!("  misses ({}):", misses.len()));
    out.extend(misses);
    out.push("  predicate keys per gold kind (claims matched by value+unit):".into());
    let mut consistent = 0;
    let mut multi = 0;
    for (kind, preds) in &kinds {
        let n: usize = preds.values().map(Vec::len).sum();
        if n > 1 {
            multi += 1;
            if preds.len() == 1 {
                consistent += 1;
            }
        }
        let list: Vec<String> = preds
            .iter()
            .map(|(p, ds)| format!("{p} x{} [{}]", ds.len(), ds.join(", ")))
            .collect();
        let flag = if preds.len() == 1 {
            "one key "
        } else {
            "SPLIT   "
        };
        out.push(format!(
            "    {flag}{kind:<17} {} (no claim: {})",
            list.join("; "),
            kinds_missing.get(kind).copied().unwrap_or(0)
        ));
    }
    out.push(format!(
        "  kinds found more than once with one key: {consistent}/{multi}"
    ));
    (ratio(hit, gold), consistent, multi)
}

/// Where a source sits in the report: ("fact", i, 0) or ("conflict", i, alternative).
fn containers(report: &Report, doc: &str, span: &Span) -> Vec<(bool, usize, usize)> {
    let hit = |src: &concord::reconcile::SourceRef| {
        src.doc == doc
            && overlaps(
                &Span {
                    start: src.start,
                    end: src.end,
                },
                span,
            )
    };
    let mut out = Vec::new();
    for (i, f) in report.facts.iter().enumerate() {
        if f.sources.iter().any(hit) {
            out.push((false, i, 0));
        }
    }
    for (i, c) in report.conflicts.iter().enumerate() {
        for (j, alt) in c.alternatives.iter().enumerate() {
            if alt.sources.iter().any(hit) {
                out.push((true, i, j));
            }
        }
    }
    out
}

/// The facts and conflicts a source sits in, by subject, predicate and value: "no claim"
/// where it is in none.
fn place_names(report: &Report, places: &[(bool, usize, usize)]) -> String {
    if places.is_empty() {
        return "no claim".into();
    }
    let names: Vec<String> = places
        .iter()
        .map(|&(conflict, i, j)| {
            if conflict {
                let c = &report.conflicts[i];
                format!(
                    "conflict #{i} alt {j} {}/{}",
                    c.subject.as_deref().unwrap_or("-"),
                    c.predicate
                )
            } else {
                let f = &report.facts[i];
                format!(
                    "fact #{i} {}/{} {} {}",
                    f.subject.as_deref().unwrap_or("-"),
                    f.predicate,
                    f.value,
                    f.unit
                )
            }
        })
        .collect();
    format!("[{}]", names.join("; "))
}

fn eval_reconcile(
    docs: &[Doc],
    gold: &Value,
    report: &Report,
    out: &mut Vec<String>,
) -> (f64, f64, f64) {
    let text_of = |id: &str| &docs.iter().find(|d| d.id == id).expect("doc").text;
    let place = |p: &Value| -> (String, Span, String) {
        let doc = s(&p[0]).to_string();
        let span = locate(text_of(&doc), s(&p[1]));
        (doc, span, surface(s(&p[1])).to_string())
    };
    let mut contra = (0, 0);
    let mut agree_total = 0;
    let mut flagged = 0;
    let mut not_joined = 0;
    let mut lines = Vec::new();
    for ev in gold["events"].as_array().unwrap() {
        lines.push(format!("  event: {}", s(&ev["name"])));
        for p in ev["contradict"].as_array().unwrap() {
            let (da, sa, ta) = place(&serde_json::json!([p[0], p[1]]));
            let (db, sb, tb) = place(&serde_json::json!([p[2], p[3]]));
            let ca = containers(report, &da, &sa);
            let cb = containers(report, &db, &sb);
            let found = ca
                .iter()
                .find(|a| a.0 && cb.iter().any(|b| b.0 && b.1 == a.1 && b.2 != a.2));
            contra.0 += 1;
            let verdict = match found {
                Some(a) => {
                    contra.1 += 1;
                    let c = &report.conflicts[a.1];
                    format!(
                        "reported ({} {:?}, cause {:?})",
                        c.predicate, c.subject, c.cause
                    )
                }
                None => format!(
                    "MISSED (A in {}, B in {})",
                    place_names(report, &ca),
                    place_names(report, &cb)
                ),
            };
            lines.push(format!(
                "    contradiction {} {ta:?} vs {db} {tb:?} [{}]: {verdict}",
                da,
                s(&p[4])
            ));
        }
        for p in ev["agree"].as_array().unwrap() {
            let (da, sa, ta) = place(&serde_json::json!([p[0], p[1]]));
            let (db, sb, tb) = place(&serde_json::json!([p[2], p[3]]));
            let ca = containers(report, &da, &sa);
            let cb = containers(report, &db, &sb);
            agree_total += 1;
            let together = ca.iter().any(|a| cb.contains(a));
            let against = ca
                .iter()
                .any(|a| a.0 && cb.iter().any(|b| b.0 && b.1 == a.1 && b.2 != a.2));
            let verdict = if together {
                "joined".to_string()
            } else if against {
                flagged += 1;
                not_joined += 1;
                let c = ca
                    .iter()
                    .find(|a| a.0)
                    .map(|a| &report.conflicts[a.1])
                    .unwrap();
                format!(
                    "WRONGLY CONTRADICTED ({} {:?}, cause {:?})",
                    c.predicate, c.subject, c.cause
                )
            } else {
                not_joined += 1;
                format!(
                    "NOT JOINED (A in {}, B in {})",
                    place_names(report, &ca),
                    place_names(report, &cb)
                )
            };
            if !together {
                lines.push(format!(
                    "    agreement {} {ta:?} ~ {db} {tb:?} [{}]: {verdict}",
                    da,
                    s(&p[4])
                ));
            }
        }
    }
    out.push(
        "RECONCILIATION (target: >= 80% of contradictions reported, <= 10% agreeing pairs split)"
            .into(),
    );
    out.push(format!(
        "  contradictions reported: {}/{} ({})",
        contra.1,
        contra.0,
        pct(contra.1, contra.0)
    ));
    out.push(format!(
        "  agreeing pairs set against each other in a conflict: {flagged}/{agree_total} ({})",
        pct(flagged, agree_total)
    ));
    out.push(format!(
        "  agreeing pairs not joined in one fact or alternative: {not_joined}/{agree_total} ({})",
        pct(not_joined, agree_total)
    ));
    out.push(format!(
        "  report: {} facts, {} conflicts",
        report.facts.len(),
        report.conflicts.len()
    ));
    out.extend(lines);
    out.push("  all conflicts in the report:".into());
    for c in &report.conflicts {
        let alts: Vec<String> = c
            .alternatives
            .iter()
            .map(|a| {
                let srcs: Vec<String> = a
                    .sources
                    .iter()
                    .map(|x| format!("{}:{:?}", x.doc, x.text))
                    .collect();
                format!("{} {} [{}]", a.value, a.bound.as_str(), srcs.join(", "))
            })
            .collect();
        out.push(format!(
            "    {:?} {} {} ({:?}): {}",
            c.subject,
            c.predicate,
            c.unit,
            c.cause,
            alts.join(" vs ")
        ));
    }
    (
        ratio(contra.1, contra.0),
        ratio(flagged, agree_total),
        ratio(not_joined, agree_total),
    )
}

/// Runs every measure on the set in `dir`, prints the tables under `title`, returns the summary.
fn measure(dir: &str, title: &str) -> Measures {
    let (docs, gold) = load(dir);
    let pipeline = Pipeline::default();
    let mut out = Vec::new();
    out.push(format!("EVAL ({title}): {} held-out articles", docs.len()));
    let analyses: Vec<Analysis> = docs
        .iter()
        .map(|d| {
            pipeline
                .analyze(&Document::new(d.id.clone(), d.text.clone()))
                .expect("analyze")
        })
        .collect();
    for (d, a) in docs.iter().zip(&analyses) {
        if a.lang.to_string() != d.lang {
            out.push(format!(
                "  LANGUAGE: {} detected as {}, gold {}",
                d.id, a.lang, d.lang
            ));
        }
    }
    let (q_recall, q_bound, q_extras) = eval_quantities(&docs, &analyses, &mut out);
    let (e_link, e_split, e_merge, group_ids) = eval_entities(&docs, &analyses, &mut out);
    let (c_recall, kinds_consistent, kinds_total) =
        eval_claims(&docs, &analyses, &group_ids, &mut out);
    // The same entity measure on the analyses as the CLI and the Reconciler hand them out:
    // discovered names given one id across documents (`Analysis::unify_entities`, in input
    // order). The per-document figures above stay the ones the floors and earlier sessions use.
    let mut unified = analyses.clone();
    let mut clusterer = concord::entity::Clusterer::default();
    for a in &mut unified {
        a.unify_entities(&mut clusterer);
    }
    let (u_link, u_split, u_merge, _) = eval_entities(&docs, &unified, &mut Vec::new());
    let mut rec = Reconciler::default();
    for d in &docs {
        rec = rec.add(Document::new(d.id.clone(), d.text.clone()));
    }
    let report = rec.reconcile();
    let (contra_recall, agree_flagged, agree_not_joined) =
        eval_reconcile(&docs, &gold, &report, &mut out);
    let m = Measures {
        q_recall,
        q_bound,
        q_extras,
        e_link,
        e_split,
        e_merge,
        c_recall,
        kinds_consistent,
        kinds_total,
        contra_recall,
        agree_flagged,
        agree_not_joined,
    };
    out.push(format!("SUMMARY ({title})"));
    out.push(format!(
        "  quantities: recall {:.1}% (target 90), bound {:.1}% (target 85), extras {}",
        100.0 * m.q_recall,
        100.0 * m.q_bound,
        m.q_extras
    ));
    out.push(format!(
        "  entities:   link {:.1}% (target 95), split {}, merged {} (target 0/0)",
        100.0 * m.e_link,
        m.e_split,
        m.e_merge
    ));
    out.push(format!(
        "  entities unified across documents (as the CLI): link {:.1}%, split {u_split}, merged {u_merge}",
        100.0 * u_link
    ));
    out.push(format!(
        "  claims:     recall {:.1}% (target 80), kinds with one key {}/{}",
        100.0 * m.c_recall,
        m.kinds_consistent,
        m.kinds_total
    ));
    out.push(format!(
        "  reconcile:  contradictions {:.1}% (target 80), agreeing pairs contradicted {:.1}% / not joined {:.1}% (target <= 10)",
        100.0 * m.contra_recall,
        100.0 * m.agree_flagged,
        100.0 * m.agree_not_joined
    ));
    eprintln!("{}", out.join("\n"));
    m
}

#[test]
fn held_out_generalization() {
    let m = measure(EVAL, "tests/data/eval");
    // Floors a little below today's numbers: they guard against regressions, they are not the
    // targets (see the summary printed with --nocapture).
    // Measured when this test landed: quantities 92.8% / 98.6% bound / 6 extras; entities 81.6%
    // linked, 2 split, 0 merged; claims 31.2%, 5/7 kinds with one key; contradictions 0/9,
    // agreeing pairs not joined 80%.
    assert!(m.q_recall >= 0.98, "quantity recall {}", m.q_recall);
    assert!(m.q_bound >= 0.98, "bound accuracy {}", m.q_bound);
    assert!(m.q_extras <= 2, "extra quantity mentions {}", m.q_extras);
    // Entities: 100% linked, 0 split, 0 merged after the gazetteer's world-business extension.
    assert!(m.e_link >= 0.97, "entity link rate {}", m.e_link);
    assert!(
        m.e_split <= 1 && m.e_merge == 0,
        "split {} merged {}",
        m.e_split,
        m.e_merge
    );
    assert!(m.c_recall >= 0.81, "claim recall {}", m.c_recall);
    // (Both were assertions that could not fail: `kinds_consistent <= kinds_total` by
    // construction, a recall `>= 0.0`. Now floors under today's 15/15 and 77.8%.)
    // Since session 10 a target or a forecast is no reported figure (`revenue_guidance`):
    // this set's gold kind "revenue" holds one company's target for the year, written as a
    // target in all four articles ("vise", "punta a", "peilen an", "预计"), beside the revenue
    // other companies reported; that kind now has two keys, by design (14/16).
    assert!(
        m.kinds_total > 0 && m.kinds_consistent * 8 >= m.kinds_total * 7,
        "kinds with one predicate key {}/{}",
        m.kinds_consistent,
        m.kinds_total
    );
    assert!(
        m.contra_recall >= 0.6,
        "contradiction recall {}",
        m.contra_recall
    );
    assert!(
        m.agree_flagged <= 0.15,
        "agreeing pairs contradicted {}",
        m.agree_flagged
    );
    assert!(
        m.agree_not_joined <= 0.95,
        "agreeing pairs not joined {}",
        m.agree_not_joined
    );
}

/// Loose sanity floors for a set no rule was written against: they catch a broken stage or a
/// panic, they are not targets. Do not tune rules against such a set (see its README).
/// `kinds` is the share of claim kinds that come out under one predicate key across languages.
struct Floors {
    q_recall: f64,
    q_bound: f64,
    e_link: f64,
    c_recall: f64,
    kinds: f64,
}

fn assert_floors(m: &Measures, f: Floors) {
    assert!(m.q_recall >= f.q_recall, "quantity recall {}", m.q_recall);
    assert!(m.q_bound >= f.q_bound, "bound accuracy {}", m.q_bound);
    assert!(m.e_link >= f.e_link, "entity link rate {}", m.e_link);
    assert!(m.c_recall >= f.c_recall, "claim recall {}", m.c_recall);
    // (Counted as a ratio: `kinds_consistent <= kinds_total` holds by construction.)
    assert!(
        m.kinds_total > 0 && m.kinds_consistent as f64 >= f.kinds * m.kinds_total as f64,
        "kinds with one predicate key {}/{}",
        m.kinds_consistent,
        m.kinds_total
    );
}

#[test]
fn fresh_held_out_generalization() {
    let m = measure(EVAL2, "tests/data/eval2, fresh");
    // Measured when this test landed: quantities 96.7% / 96.6% bound / 16 extras; entities 89.1%
    // linked, 6 split, 0 merged; claims 42.3%, 10/12 kinds with one key; contradictions 1/16,
    // agreeing pairs contradicted 1.6%, not joined 81%.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.80,
            q_bound: 0.85,
            e_link: 0.95,
            c_recall: 0.75,
            kinds: 0.8,
        },
    );
}

#[test]
fn third_held_out_generalization() {
    let m = measure(EVAL3, "tests/data/eval3, fresh");
    // Measured when this test landed (code of commit 16cb556): quantities 95.6% / 98.0% bound / 11
    // extras; entities 97.5% linked, 5 split, 1 merged; claims 46.8%, 17/21 kinds with one key;
    // contradictions 2/16, agreeing pairs contradicted 0/74, not joined 51/74 (68.9%).
    // After the fifth session's rules (which read this set's printed error categories; commit
    // 3558925): quantities 99.4% / 99.4% / 9 extras; entities 99.0%, 2 split, 0 merged; claims
    // 78.2%, 24/27 kinds; contradictions 5/16, not joined 43.2%. The floors keep those gains.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.95,
            q_bound: 0.95,
            e_link: 0.95,
            c_recall: 0.76,
            kinds: 0.8,
        },
    );
}

#[test]
fn fourth_held_out_generalization() {
    let m = measure(EVAL4, "tests/data/eval4, fresh");
    // The third set's floors, but for entities: the first run, before any rule had seen these
    // articles, linked 83.6% (the articles were not changed to suit it).
    // Measured when this test landed (code of commit cf03812): quantities 93.8% / 97.6% bound / 13
    // extras; entities 83.6% linked, 4 split, 0 merged; claims 49.0%, 23/24 kinds with one key;
    // contradictions 6/16, agreeing pairs contradicted 0/113, not joined 88/113 (77.9%).
    // After the fifth session's rules (which read this set's printed error categories; commit
    // 3558925): quantities 100% / 100% / 12 extras; entities 100%, 4 split, 0 merged; claims
    // 84.8%, 38/38 kinds; contradictions 8/16, not joined 36.3%. The floors keep those gains.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.95,
            q_bound: 0.95,
            e_link: 0.95,
            c_recall: 0.80,
            kinds: 0.9,
        },
    );
}

#[test]
fn fifth_held_out_generalization() {
    let m = measure(EVAL5, "tests/data/eval5, fresh");
    // Written while the fifth session's rules were being written, by a writer who read neither the
    // code, the data nor any earlier set's articles, and kept from every rule writer: measured
    // fresh at a0486f2 (the session's start) and at 3558925 (its end), unchanged articles.
    // a0486f2: quantities 94.1% / 91.5% bound / 8 extras; entities 92.9%, 8 split, 0 merged;
    // claims 28.1%, 17/19 kinds; contradictions 3/16, agreeing pairs contradicted 0.8%, not
    // joined 91.0%.
    // 3558925: quantities 95.7% / 92.8% / 8 extras; entities 96.2%, 7 split, 0 merged; claims
    // 41.0%, 18/21 kinds; contradictions 2/16, contradicted 0/122, not joined 79.5%.
    // Floors a little under the second measurement.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.90,
            q_bound: 0.85,
            e_link: 0.95,
            c_recall: 0.52,
            kinds: 0.7,
        },
    );
}

#[test]
fn sixth_held_out_generalization() {
    let m = measure(EVAL6, "tests/data/eval6");
    // Written after the fifth set had been measured, by a writer who read neither the code, the
    // data nor any earlier set's articles, and kept from every rule writer (see its README).
    // Measured fresh, summary lines only, at a0486f2 (start of the fifth session) and at 7a6c520
    // (its end); its misses were first read in the sixth session, so it is a seen set from then.
    // a0486f2: quantities 94.1% / 95.4% bound / 4 extras; entities 81.4%, 10 split, 1 merged;
    // claims 24.1%, 19/21 kinds; contradictions 0/16, not joined 90.4%.
    // 7a6c520: quantities 96.8% / 96.1% / 3 extras; entities 91.4%, 10 split, 1 merged; claims
    // 36.8%, 24/28 kinds; contradictions 1/16, contradicted 0/136, not joined 84.6%.
    // Floors a little under the second measurement.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.93,
            q_bound: 0.90,
            e_link: 0.96,
            c_recall: 0.45,
            kinds: 0.75,
        },
    );
}

#[test]
fn seventh_held_out_generalization() {
    let m = measure(EVAL7, "tests/data/eval7, fresh");
    // Written after the sixth set had been measured, by a writer who read neither the code, the
    // data nor any earlier set's articles, and kept from every rule writer (see its README).
    // Measured fresh, summary lines only, at ff02a2c (the sixth session's start plus two early
    // landings) and at 37f218d (its code freeze); its misses were read from then on.
    // ff02a2c: quantities 95.1% / 96.9% bound / 10 extras; entities 82.6%, 12 split, 3 merged;
    // claims 43.5%, 20/31 kinds; contradictions 3/16, contradicted 0/146, not joined 82.2%.
    // 37f218d: quantities 96.1% / 98.0% / 10 extras; entities 82.6%, 12 split, 3 merged (11
    // split unified across documents); claims 46.6%, 18/33 kinds; contradictions 3/16,
    // contradicted 0/146, not joined 80.8%. Five gold quantities are in tonnes: concord reads
    // them in its base unit (kg), and from session 7 the gold is compared in base units
    // (`base_unit`): quantities 98.1% / 98.0%, claims 47.2%, not joined 80.1% at 379b929.
    // Floors a little under the second measurement.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.93,
            q_bound: 0.93,
            e_link: 0.80,
            c_recall: 0.43,
            kinds: 0.5,
        },
    );
}

#[test]
fn eighth_held_out_generalization() {
    let m = measure(EVAL8, "tests/data/eval8, fresh");
    // Written after the seventh set had been measured, by a writer who read neither the code, the
    // data nor any earlier set's articles, and kept from every rule writer (see its README).
    // Measured fresh, summary lines only, at 2734853 (the seventh session's start: 379b929
    // plus gold compared in base units) and at e41995a (its code freeze); its misses were read
    // from then on.
    // 2734853: quantities 95.8% / 98.0% bound / 3 extras; entities 87.4%, 13 split, 2 merged;
    // claims 37.8%, 16/24 kinds; contradictions 2/17, contradicted 0/137, not joined 84.7%.
    // e41995a: quantities 98.6% / 98.1% / 3 extras; entities 96.4%, 7 split, 0 merged (6
    // split unified across documents); claims 58.0%, 21/35 kinds; contradictions 5/17,
    // contradicted 0/137, not joined 65.0%. At ee1c53a (the eighth session's freeze, seen):
    // entities 97.8%, 5 split; claims 70.2%, 27/41 kinds; contradictions 6/17, not joined
    // 55.5%. Floors a little under that.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.96,
            q_bound: 0.96,
            e_link: 0.96,
            c_recall: 0.67,
            kinds: 0.62,
        },
    );
}

#[test]
fn ninth_held_out_generalization() {
    let m = measure(EVAL9, "tests/data/eval9, fresh");
    // Written after the eighth set had been measured, by a writer who read neither the code, the
    // data nor any earlier set's articles, and kept from every rule writer (see its README).
    // Measured fresh, summary lines only, at 7238a50 (the eighth session's start) and at
    // ee1c53a (its code freeze); its misses were read from then on.
    // 7238a50: quantities 100.0% / 99.5% bound / 2 extras; entities 92.9%, 1 split, 1 merged;
    // claims 71.0%, 25/42 kinds; contradictions 13/33 pairs, contradicted 0/108, not joined
    // 50.0%.
    // ee1c53a: quantities 100.0% / 99.5% / 2 extras; entities 92.9%, 2 split, 1 merged;
    // claims 74.0%, 26/43 kinds; contradictions 15/33, contradicted 0/108, not joined 41.7%.
    // Floors a little under the second measurement.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.97,
            q_bound: 0.97,
            e_link: 0.91,
            c_recall: 0.71,
            kinds: 0.57,
        },
    );
}

#[test]
fn tenth_held_out_generalization() {
    let m = measure(EVAL10, "tests/data/eval10, fresh");
    // Written after the ninth set had been measured, by a writer who read neither the code, the
    // data nor any earlier set's articles, and kept from every rule writer (see its README).
    // Measured fresh, summary lines only, at 8d29588 (the ninth session's start) and at 05ca290
    // (its code freeze); its misses were read from then on.
    // 8d29588: quantities 94.8% / 97.9% bound / 1 extra; entities 91.5%, 10 split, 2 merged;
    // claims 56.8%, 23/33 kinds; contradictions 6/27 pairs, contradicted 0/80, not joined 57.5%.
    // 05ca290: quantities 94.8% / 97.9% / 1 extra; entities 92.1%, 10 split, 2 merged; claims
    // 52.5%, 24/34 kinds; contradictions 9/27, contradicted 0/80, not joined 52.5%.
    // Floors a little under the second measurement.
    // Kinds floor lowered in the twenty-sixth session (one kind: the counts of things kept by
    // counts_a_thing gave tunnel boring machines `count` in fr/it, `count:machine` in de;
    // claims 72.7 -> 74.1 %); raised back in the twenty-seventh, when 'tunneliers' and 'talpe
    // meccaniche' took the concept their German twin has (27/39 kinds).
    assert_floors(
        &m,
        Floors {
            q_recall: 0.93,
            q_bound: 0.96,
            e_link: 0.90,
            c_recall: 0.50,
            kinds: 0.68,
        },
    );
}

#[test]
fn eleventh_held_out_generalization() {
    let m = measure(EVAL11, "tests/data/eval11, fresh");
    // Written after the tenth set had been measured, by a writer who read neither the code, the
    // data nor any earlier set's articles, and kept from every rule writer (see its README).
    // Measured fresh, summary lines only, at a2342ec (the tenth session's start) and at b90a505
    // (its code freeze, every helper's work landed); its misses were read from then on.
    // a2342ec: quantities 95.1% / 96.2% bound / 3 extras; entities 93.8%, 14 split, 3 merged;
    // claims 40.3%, 19/34 kinds; contradictions 3/21 pairs, contradicted 0/106, not joined 64.2%.
    // b90a505: quantities 95.1% / 96.2% / 3 extras; entities 93.8%, 14 split, 2 merged; claims
    // 40.3%, 18/34 kinds; contradictions 3/21, contradicted 0/106, not joined 66.0%.
    // Floors a little under the second measurement, raised in the eleventh session (694b783:
    // entities 97.5%, 9 split, 0 merged; claims 48.7%, 21/41 kinds).
    assert_floors(
        &m,
        Floors {
            q_recall: 0.94,
            q_bound: 0.95,
            e_link: 0.96,
            c_recall: 0.46,
            kinds: 0.50,
        },
    );
}

#[test]
fn twelfth_held_out_generalization() {
    let m = measure(EVAL12, "tests/data/eval12, fresh");
    // Written after the eleventh set had been measured, by a writer who read neither the code, the
    // data nor any earlier set's articles, and kept from every rule writer (see its README).
    // Measured fresh, summary lines only, at 813a1bd (the eleventh session's start) and at
    // 694b783 (its code freeze, every helper's work landed); its misses were read from then on.
    // 813a1bd: quantities 95.6% / 98.1% bound / 6 extras; entities 86.6%, 9 split, 5 merged;
    // claims 19.1%, 22/31 kinds; contradictions 7/24 pairs, contradicted 0.6%, not joined 76.3%.
    // 694b783: quantities 95.6% / 98.1% / 6 extras; entities 86.6%, 9 split, 5 merged; claims
    // 19.6%, 22/31 kinds; contradictions 8/24, contradicted 0.6%, not joined 75.0%.
    // Floors a little under the second measurement; raised at the twelfth session's freeze
    // (69958f2: entities 99.1%, 6 split, 2 merged; claims 59.6%, 44/58 kinds; contradictions
    // 10/24, not joined 46.8%).
    assert_floors(
        &m,
        Floors {
            q_recall: 0.95,
            q_bound: 0.97,
            e_link: 0.97,
            c_recall: 0.57,
            kinds: 0.73,
        },
    );
}

#[test]
fn thirteenth_held_out_generalization() {
    let m = measure(EVAL13, "tests/data/eval13, fresh");
    // Written after the twelfth set had been measured, by a writer who read neither the code, the
    // data nor any earlier set's articles, and kept from every rule writer (see its README).
    // Measured fresh, summary lines only, at 8fbef29 (the twelfth session's start) and at
    // 69958f2 (its code freeze, every helper's work landed); its misses were read from then on.
    // 8fbef29: quantities 97.5% / 98.7% bound / 8 extras; entities 84.6%, 11 split, 3 merged;
    // claims 26.7%, 19/25 kinds; contradictions 2/24 pairs, contradicted 0.0%, not joined 79.9%.
    // 69958f2: quantities 97.9% / 98.7% / 8 extras; entities 84.6%, 10 split, 3 merged; claims
    // 33.6%, 22/32 kinds; contradictions 4/24, contradicted 0.0%, not joined 75.2%.
    // Its misses were read in the thirteenth session (tolls, epidemics, auctions, a takeover's
    // residual facts, Chinese names, acronyms of public bodies); at that session's freeze
    // (b75554c): quantities 100% / 100% / 2 extras; entities 98.8%, 10 split, 0 merged; claims
    // 66.4%, 44/53 kinds; contradictions 10/24, contradicted 0.0%, not joined 40.3%. Floors a
    // little under. The fourteenth session's bare claims about the story's topic (a figure
    // nothing names, in a sentence naming nobody) took claims 67.3 -> 68.2% and contradictions
    // 10/24 -> 11/24, and kinds 44/54 -> 45/57: a bare key beside the named keys of other
    // documents splits a kind in the claim list (the report moves it to the named key).
    assert_floors(
        &m,
        Floors {
            q_recall: 0.99,
            q_bound: 0.99,
            e_link: 0.97,
            c_recall: 0.64,
            kinds: 0.77,
        },
    );
}

#[test]
fn fourteenth_held_out_generalization() {
    let m = measure(EVAL14, "tests/data/eval14, fresh");
    // Written after the thirteenth set had been measured, by a writer who read neither the code,
    // the data nor the earlier sets' articles (it opened the first lines of one to see their
    // layout), and kept from every rule writer (see its README). It retells real events.
    // Measured fresh, summary lines only, at the thirteenth session's start (608b733) and after
    // its first commit (e5ed294, hedges), identical: quantities 94.0% / 99.3% bound / 9 extras;
    // entities 89.8%, 10 split, 3 merged; claims 29.2%, 12/18 kinds; contradictions 2/19 pairs,
    // contradicted 0.0%, not joined 77.5%. At the thirteenth session's freeze (b75554c, every
    // helper's work landed, none having read it): quantities 96.0% / 99.3% / 9 extras;
    // entities 92.4%, 11 split, 2 merged; claims 30.7%, 13/19 kinds; contradictions 4/19,
    // contradicted 0.0%, not joined 73.8%. Its misses were read in the fourteenth session
    // (landmarks and regions, titles, counted nouns and concepts of general news, bare figures of
    // the story's topic, totals after a price per share, sources cited through a description);
    // at that session's freeze (291af20): quantities 96.7% / 99.3% / 9 extras; entities 98.1%,
    // 5 split, 1 merged; claims 61.3%, 29/39 kinds; contradictions 10/19, contradicted 0.0%, not
    // joined 38.8%. Floors a little under.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.96,
            q_bound: 0.98,
            e_link: 0.97,
            c_recall: 0.59,
            kinds: 0.72,
        },
    );
}

#[test]
fn fifteenth_held_out_generalization() {
    let m = measure(EVAL15, "tests/data/eval15, fresh");
    // Written after the fourteenth set had landed, by a writer who read neither the code, the
    // data nor the earlier sets' articles, and kept from every rule writer (see its README). It
    // retells real events (Chang'e-6's far-side samples, the EU Court of Justice's Apple
    // state-aid judgment, the Iberian blackout, the Paris 2024 opening ceremony). Measured fresh,
    // summary lines only, at the fourteenth session's start (fe01ecb): quantities 92.0% / 93.9%
    // bound / 18 extras; entities 91.1%, 9 split, 1 merged; claims 27.4%, 11/16 kinds;
    // contradictions 3/12 pairs, contradicted 0.0%, not joined 83.7%. At that session's freeze
    // (291af20, every helper's work landed, none having read it): quantities 92.0% / 93.9% / 18
    // extras; entities 91.1%, 9 split, 1 merged; claims 38.1%, 16/26 kinds; contradictions 5/12,
    // contradicted 0.0%, not joined 65.3%. Its misses were read in the fifteenth session
    // (seconds, grams in Chinese, stacked and postposed hedges, times of day and datelines;
    // public bodies and their short forms, numbered craft; courts and estimators as no
    // subject, mass and length keys, tax keys; reconcile's event joins): at that session's
    // freeze (f69d09f) quantities 100.0% / 99.2% / 0 extras; entities 99.4%, 2 split, 0
    // merged; claims 57.5%, 27/31 kinds; contradictions 8/12, contradicted 0.0%, not joined
    // 28.6%. Floors a little under.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.98,
            q_bound: 0.97,
            e_link: 0.97,
            c_recall: 0.55,
            kinds: 0.83,
        },
    );
}

#[test]
fn sixteenth_held_out_generalization() {
    let m = measure(EVAL16, "tests/data/eval16, fresh");
    // Written after the fifteenth set had landed, by a writer who read neither the code, the data
    // nor the earlier sets' articles, and kept from every rule writer (see its README). It retells
    // real events (the German federal election of 23 February 2025 and its final count, the end
    // of the Boeing machinists' strike, COP29's climate finance deal, the Francis Scott Key Bridge
    // collapse). Measured fresh, summary lines only, at the fifteenth session's start
    // (a97ac4d): quantities 94.4% / 98.8% bound / 20 extras; entities 85.9%, 15 split, 8
    // merged; claims 29.1%, 11/28 kinds; contradictions 4/17 pairs, contradicted 0.0%, not
    // joined 71.2%. At that session's freeze (f69d09f, every helper's work landed, none having
    // read it): quantities 94.9% / 98.8% / 16 extras; entities 85.9%, 15 split, 8 merged;
    // claims 31.6%, 12/29 kinds; contradictions 4/17, contradicted 0.0%, not joined 71.2%.
    // Its misses were read at the sixteenth session's start (4ea7797) and its classes worked
    // through as families (parties and chambers, cities, landmarks, enumerations, labour and
    // accidents, changes from one figure to another); at that session's freeze (67d0c93):
    // quantities 100.0% / 100.0% / 1 extra; entities 100.0%, 6 split, 2 merged; claims 57.6%,
    // 26/39 kinds; contradictions 52.9%, contradicted 0.0%, not joined 34.6%. Floors a little
    // under.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.98,
            q_bound: 0.98,
            e_link: 0.97,
            c_recall: 0.54,
            kinds: 0.60,
        },
    );
}

#[test]
fn seventeenth_held_out_generalization() {
    let m = measure(EVAL17, "tests/data/eval17, fresh");
    // Written after the sixteenth set had landed, by an independent writer who read neither the
    // code, the data nor the earlier sets' articles, and kept from every rule writer (see its
    // README). It retells real events (Marine Le Pen's embezzlement conviction of 31 March 2025,
    // the end of Taylor Swift's Eras Tour, the EU-US trade deal of Turnberry, Bitcoin's first
    // crossing of 100,000 dollars). Measured fresh, summary lines only, at the sixteenth
    // session's start (4ea7797): quantities 92.7% / 98.0% bound / 5 extras; entities 89.5%, 9
    // split, 1 merged; claims 23.8%, 11/18 kinds; contradictions 12.5%, contradicted 0.0%, not
    // joined 69.4%. At that session's freeze (67d0c93, every helper's work landed, none having
    // read it): quantities 92.7% / 98.0% / 5 extras; entities 92.6%, 6 split, 1 merged; claims
    // 23.8%, 13/21 kinds; contradictions 12.5%, contradicted 0.0%, not joined 69.4%. Its misses
    // were read at the seventeenth session's start (8ca0774) and its news domains worked through
    // in breadth (courts and sentences, tours and events as entities, tariffs and trade, traded
    // assets; names across scripts; repeat counts, ages, bans' periods); at that session's freeze
    // (d05900d): quantities 98.8% / 99.4% / 4 extras; entities 100.0%, 0 split, 0 merged; claims
    // 73.5%, 31/35 kinds; contradictions 75.0%, contradicted 0.0%, not joined 22.4%. Floors a
    // little under.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.98,
            q_bound: 0.98,
            e_link: 0.98,
            c_recall: 0.72,
            kinds: 0.85,
        },
    );
}

#[test]
fn eighteenth_held_out_generalization() {
    let m = measure(EVAL18, "tests/data/eval18, fresh");
    // Written after the seventeenth set had landed, by an independent writer who read neither the
    // code, the data nor the earlier sets' articles, and kept from every rule writer (see its
    // README). It retells real events (the Hong Kong High Court's liquidation order against China
    // Evergrande of 29 January 2024, the PISA 2022 results, Japan's births of 2024 in the
    // preliminary and the final count, the European Parliament's vote of 8 May 2025 on the wolf's
    // protection). Measured fresh, summary lines only, at the seventeenth session's start
    // (a647dd9): quantities 77.2% / 97.4% bound / 4 extras; entities 92.2%, 13 split, 2 merged;
    // claims 39.8%, 13/29 kinds; contradictions 14.3%, contradicted 0.0%, not joined 52.5%. At
    // that session's freeze (d05900d, every helper's work landed, none having read it):
    // quantities 79.2% / 97.4% / 4 extras; entities 92.6%, 13 split, 2 merged; claims 40.9%,
    // 14/30 kinds; contradictions 14.3%, contradicted 0.0%, not joined 50.0%. Its misses were
    // read at the eighteenth session's start (8786666) and worked through by classes of language
    // in every domain, not by its cases (score points as a unit, thresholds crossed, bodies named
    // by function, the noun a count or a change measures, place holders and sources): at that
    // session's freeze (2fa22a9) quantities 100.0% / 99.5% / 1 extra; entities 97.2%, 7 split,
    // 1 merged; claims 69.4%, 26/42 kinds; contradictions 47.6%, contradicted 0.0%, not joined
    // 32.5%. Floors a little under.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.99,
            q_bound: 0.98,
            e_link: 0.96,
            c_recall: 0.68,
            kinds: 0.60,
        },
    );
}

#[test]
fn nineteenth_held_out_generalization() {
    let m = measure(EVAL19, "tests/data/eval19, fresh");
    // Written after the eighteenth set had landed, by an independent writer who read neither the
    // code, the data nor the earlier sets' articles, and kept from every rule writer (see its
    // README). It retells real events (the migrant boats that overwhelmed Lampedusa in September
    // 2023, 2024 confirmed by Copernicus and the WMO as the warmest year on record, world wine
    // production in 2023 in the OIV's first estimate and final report, Kelvin Kiptum's marathon
    // world record in Chicago and his death in February 2024). Measured fresh, summary lines
    // only, at the eighteenth session's start (8786666, before any of that session's helpers
    // landed): quantities 60.4% / 95.4% bound / 13 extras; entities 91.0%, 7 split, 1 merged;
    // claims 14.1%, 8/17 kinds; contradictions 0.0%, contradicted 0.0%, not joined 98.4%. At
    // that session's freeze (2fa22a9, none of its helpers having read it): quantities 59.4% /
    // 95.3% / 13 extras; entities 91.0%, 6 split, 1 merged; claims 15.2%, 8/17 kinds;
    // contradictions 0.0%, contradicted 0.0%, not joined 96.8%. Its misses were read at the
    // nineteenth session's start (581321c; with the harness's litres and seconds of 734938e:
    // quantities 66.4%, 9/18 kinds) and worked through by classes in every domain (temperatures,
    // concentrations and times in parts as units, production and consumption keys, the world as
    // an entity, German appositions, a place's own change, temperature facts): at that session's
    // freeze (6d4ce8a) quantities 96.3% / 96.7% / 13 extras; entities 99.0%, 2 split, 0 merged;
    // claims 37.0%, 18/33 kinds; contradictions 10.0%, contradicted 0.0%, not joined 68.3%.
    // Floors a little under.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.95,
            q_bound: 0.95,
            e_link: 0.98,
            c_recall: 0.36,
            kinds: 0.50,
        },
    );
}

#[test]
fn twentieth_held_out_generalization() {
    let m = measure(EVAL20, "tests/data/eval20, fresh");
    // Written after the nineteenth set had landed, by an independent writer who read neither the
    // code, the data nor the earlier sets' articles, and kept from every rule writer: twelve
    // articles about four further real events (see its README). Measured fresh, summary lines
    // only, at the nineteenth session's start (57be452: the code of 734938e, before any of that
    // session's helpers landed): quantities 93.2% / 99.4% bound / 12 extras; entities 79.8%,
    // 11 split, 2 merged; claims 18.7%, 17/27 kinds; contradictions 0.0% (0/14), contradicted
    // 0.0%, not joined 74.5%. At that session's freeze (6d4ce8a, none of its helpers having
    // read it): quantities 93.2% / 99.4% / 10 extras; entities 80.3%, 11 split, 2 merged;
    // claims 18.7%, 18/27 kinds; contradictions 0.0%, contradicted 0.0%, not joined 74.5%.
    // Its misses were read at the twentieth session's start (fd8dee6): 126 claim misses, 73 of
    // them the right value under the wrong subject and 53 with no claim, about 90 of them the
    // figures of the thing a story is about (a work, a species, a line) that concord had no
    // entity for or did not choose. Worked through by classes in every domain (titles of works,
    // safety bodies by function, repeated Han terms, landmarks, a story's thing holding its
    // properties, box-office, harm, speed and travel-time keys, cue blockers): at that
    // session's freeze (f718cdb) quantities 94.9% / 99.4% / 10 extras; entities 93.3%, 13
    // split, 0 merged; claims 36.1%, 24/33 kinds; contradictions 14.3%, contradicted 0.0%,
    // not joined 66.3%. Floors a little under.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.94,
            q_bound: 0.98,
            e_link: 0.92,
            c_recall: 0.35,
            kinds: 0.69,
        },
    );
}

#[test]
fn twenty_first_held_out_generalization() {
    let m = measure(EVAL21, "tests/data/eval21, fresh");
    // Written after the twentieth set had landed, by an independent writer who read neither the
    // code, the data nor the earlier sets' articles, and kept from every rule writer: twelve
    // articles about four further real events (see its README). Measured fresh, summary lines
    // only, when it landed (af50478: the code of 437dbe7, before any of the twentieth
    // session's helpers landed): quantities 86.9% / 97.2% bound / 5 extras; entities 79.4%, 14
    // split, 3 merged; claims 15.3%, 14/29 kinds; contradictions 6.2%, contradicted 0.0%, not
    // joined 91.5%. At that session's freeze (f718cdb, none of its helpers having read it):
    // quantities 86.9% / 97.2% / 5 extras; entities 79.4%, 14 split, 3 merged; claims 18.0%,
    // 15/30 kinds; contradictions 6.2%, contradicted 0.0%, not joined 89.4%. Read at the
    // twenty-first session's start (a467eb1, its misses counted by class) and SEEN since; at
    // that session's freeze (cf5d325): quantities 98.5% / 99.0% / 4 extras; entities 90.7%, 9
    // split, 0 merged; claims 39.7%, 16/34 kinds; contradictions 9.4%, contradicted 0.0%, not
    // joined 68.1%. Floors a little under.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.97,
            q_bound: 0.98,
            e_link: 0.89,
            c_recall: 0.38,
            kinds: 0.44,
        },
    );
}

#[test]
fn twenty_second_held_out_generalization() {
    let m = measure(EVAL22, "tests/data/eval22, fresh");
    // Written after the twenty-first set had landed, by an independent writer who read neither
    // the code, the data nor the earlier sets' articles, and kept from every rule writer: twelve
    // articles about four further real events (see its README). Measured fresh, summary lines
    // only, when it landed (ef28414: the code of a467eb1, before any of the twenty-first
    // session's helpers landed): quantities 94.9% / 98.0% bound / 7 extras; entities 89.7%, 17
    // split, 3 merged; claims 19.0%, 13/26 kinds; contradictions 11.1%, contradicted 0.0%, not
    // joined 68.3%. At that session's freeze (cf5d325, none of its helpers having read it):
    // quantities 95.5% / 98.0% / 7 extras; entities 89.7%, 17 split, 3 merged; claims 18.2%,
    // 15/28 kinds; contradictions 11.1%, contradicted 0.0%, not joined 66.7%. Read at the start
    // of the twenty-second session (its misses then guided that session's helpers); at its freeze
    // (ebd8f50): quantities 100.0% / 100.0% / 1 extra; entities 96.5%, 19 split, 3 merged;
    // claims 32.8%, 23/31 kinds; contradictions 33.3%, contradicted 0.0%, not joined 49.2%.
    // Floors a little under.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.99,
            q_bound: 0.99,
            e_link: 0.95,
            c_recall: 0.31,
            kinds: 0.72,
        },
    );
}

#[test]
fn twenty_third_held_out_generalization() {
    let m = measure(EVAL23, "tests/data/eval23, fresh");
    // Written after the twenty-second set had landed, by an independent writer who read neither
    // the code, the data nor the earlier sets' articles, and kept from every rule writer: twelve
    // articles about four further real events (see its README). Measured fresh, summary lines
    // only, when it landed (c48bf3a: the code of edcdaf3) and at the twenty-second session's
    // freeze (ebd8f50, none of its helpers having read it), the same but one line: quantities
    // 97.9% / 100.0% bound / 12 extras; entities 86.8%, 10 split, 5 merged; claims 23.6%, 21/33
    // kinds; contradictions 23.8%, contradicted 0.0%, not joined 66.7% then 63.6%. Read at the
    // start of the twenty-third session (its misses then guided that session's helpers); at its
    // freeze (687fa28): quantities 97.9% / 100.0% / 12 extras; entities 95.8%, 10 split, 4
    // merged; claims 45.9%, 27/40 kinds; contradictions 23.8%, contradicted 0.0%, not joined
    // 57.6%. Floors a little under.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.96,
            q_bound: 0.98,
            e_link: 0.95,
            c_recall: 0.45,
            kinds: 0.66,
        },
    );
}

#[test]
fn twenty_fourth_held_out_generalization() {
    let m = measure(EVAL24, "tests/data/eval24, fresh");
    // Written after the twenty-third set had landed, by an independent writer who read neither
    // the code, the data nor the earlier sets' articles, and kept from every rule writer: twelve
    // articles about four further real events (see its README). Measured fresh, summary lines
    // only, when it landed (bed1a5b: the code of 9851e12) and at the twenty-third session's
    // freeze (687fa28, none of its helpers having read it), the same in every line: quantities
    // 94.6% / 96.6% bound / 3 extras; entities 92.8%, 14 split, 3 merged; claims 32.3%, 23/37
    // kinds; contradictions 16.2%, contradicted 0.0%, not joined 67.9%. Read in the
    // twenty-fourth session (its misses counted by class across every seen set); at that
    // session's freeze (8834c85): quantities 97.8% / 97.2% / 3; entities 93.3%, 12 split, 2
    // merged; claims 34.8%, 23/37 kinds; contradictions 18.9%, not joined 64.2%. Floors there.
    // Kinds floor lowered in the twenty-sixth session (one kind: states with cases kept by
    // counts_a_thing as `count` beside `count:country`; claims 37.3 -> 38.0 %).
    assert_floors(
        &m,
        Floors {
            q_recall: 0.97,
            q_bound: 0.97,
            e_link: 0.93,
            c_recall: 0.34,
            kinds: 0.57,
        },
    );
}

#[test]
fn twenty_fifth_held_out_generalization() {
    let m = measure(EVAL25, "tests/data/eval25, fresh");
    // Written after the twenty-fourth set had landed, by an independent writer who read neither
    // the code, the data nor the earlier sets' articles, and kept from every rule writer: twelve
    // articles about four further real events (see its README). Measured fresh, summary lines
    // only, when it landed (c972457: the code of fc697ac): quantities 92.6% / 98.9% bound / 8
    // extras; entities 89.6%, 16 split, 6 merged; claims 28.0%, 17/32 kinds; contradictions
    // 0.0%, contradicted 0.0%, not joined 87.0%; and at the twenty-fourth session's freeze
    // (8834c85, none of its helpers having read it): the same but claims 26.3%, 15/30 kinds, not
    // joined 88.4%. Read in full at the start of the twenty-fifth session (seen since); at its
    // freeze (2875381): quantities 98.0% / 99.0% / 8; entities 90.8%, 12 split, 3 merged; claims
    // 29.0%, 21/36 kinds; not joined 85.5%. Floors a little under that freeze.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.97,
            q_bound: 0.98,
            e_link: 0.90,
            c_recall: 0.28,
            kinds: 0.55,
        },
    );
}

#[test]
fn twenty_sixth_held_out_generalization() {
    let m = measure(EVAL26, "tests/data/eval26, fresh");
    // Written after the twenty-fifth set had landed, by an independent writer who read neither
    // the code, the data nor the earlier sets' articles, and kept from every rule writer: twelve
    // articles about four further real events (see its README). Measured fresh, summary lines
    // only, when it landed (befbba1: the code of 2045534): quantities 98.0% / 95.2% bound / 10
    // extras; entities 89.7%, 18 split, 7 merged; claims 32.3%, 15/30 kinds; contradictions
    // 12.5%, contradicted 0.0%, not joined 76.0%; and at the twenty-fifth session's freeze
    // (2875381, none of its helpers having read it): the same but claims 33.1%, 16/31 kinds.
    // Floors a little under the freeze.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.97,
            q_bound: 0.94,
            e_link: 0.89,
            c_recall: 0.32,
            kinds: 0.50,
        },
    );
}

#[test]
fn twenty_seventh_held_out_generalization() {
    let m = measure(EVAL27, "tests/data/eval27, fresh");
    // Written after the twenty-sixth set had landed, by an independent writer who read neither
    // the code, the data nor the earlier sets' articles, and kept from every rule writer: twelve
    // articles about four further real events (see its README). Measured fresh, summary lines
    // only, when it landed (8bcfe07: the code of cb5be7f): quantities 95.0% / 97.1% bound / 22
    // extras; entities 88.4%, 14 split, 6 merged; claims 31.4%, 16/29 kinds; contradictions
    // 5.9%, contradicted 0.0%, not joined 66.7%; and at the twenty-sixth session's freeze
    // (ba6cb35, none of its helpers having read it): the same but claims 32.7%, 18/31 kinds,
    // not joined 50.9%. Floors a little under the freeze; claims raised after the
    // twenty-seventh session, which read it (36.5% at its freeze, 88b3c15).
    assert_floors(
        &m,
        Floors {
            q_recall: 0.94,
            q_bound: 0.96,
            e_link: 0.87,
            c_recall: 0.35,
            kinds: 0.54,
        },
    );
}

#[test]
fn twenty_eighth_held_out_generalization() {
    let m = measure(EVAL28, "tests/data/eval28, fresh");
    // Written after the twenty-seventh set had landed, by an independent writer who read neither
    // the code, the data nor the earlier sets' articles, and kept from every rule writer: twelve
    // articles about four further real events (see its README). Measured fresh, summary lines
    // only, when it landed (9cffd7f: the code of ba784e8): quantities 92.9% / 95.9% bound / 8
    // extras; entities 98.4%, 7 split, 1 merged; claims 30.0%, 12/26 kinds; contradictions
    // 0.0%, contradicted 0.0%, not joined 60.4%; and at the twenty-seventh session's freeze
    // (88b3c15, none of its helpers having read it): the same but claims 30.8%, 13/27 kinds,
    // not joined 58.5%. Floors a little under the freeze.
    assert_floors(
        &m,
        Floors {
            q_recall: 0.92,
            q_bound: 0.95,
            e_link: 0.97,
            c_recall: 0.30,
            kinds: 0.46,
        },
    );
}
