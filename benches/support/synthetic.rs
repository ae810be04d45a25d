//! The synthetic claim corpus of `benches/reconcile.rs` and `examples/reconcile_synthetic.rs`
//! (included by path by both): many documents, fact keys stated by several of them, most
//! agreeing, some contradicting by a rounding or a plain disagreement, some hedged; functional
//! and multi-valued predicates; money and counts.

use concord::claim::SubjectSource;
use concord::{Bound, Claim, Decimal, EntityRef, Lang, Provenance, Quantity, Span, Unit};

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const PREDICATES: [(&str, bool); 6] = [
    ("investment", true),
    ("valuation", true),
    ("revenue", true),
    ("gpu_count", true),
    ("compensation", false),
    ("funding_round", false),
];
const LANGS: [Lang; 5] = [Lang::It, Lang::De, Lang::Fr, Lang::Zh, Lang::En];

fn entity(i: u64) -> EntityRef {
    EntityRef {
        id: format!("Q{i}"),
        name: format!("Entity {i}"),
    }
}

/// `n` claims from n/10 documents of 10 claims each, in text order (as the pipeline gives
/// them). Like news, each document is about one or two of n/200 subjects; a claim states one of
/// six predicates of its subject, with one of three objects or none: about n/8 fact keys, each
/// stated by about eight documents.
pub fn corpus(n: usize) -> Vec<Claim> {
    let mut rng = Rng(42);
    let subjects = (n as u64 / 200).max(2);
    let mut about = (0, 0);
    (0..n)
        .map(|i| {
            if i % 10 == 0 {
                about = (rng.below(subjects), rng.below(subjects));
            }
            let s = if rng.below(3) == 0 { about.1 } else { about.0 };
            let o = rng.below(4);
            let k = (s * 6 + rng.below(6)) * 4 + o;
            let (pred, functional) = PREDICATES[((k / 4) % 6) as usize];
            let unit = if pred == "gpu_count" {
                Unit::Count
            } else {
                Unit::currency("USD")
            };
            // The key's true value: 2-3 significant digits at a scale of 10^6..10^9.
            let base = 10 + (k.wrapping_mul(2_654_435_761) % 990);
            let exp = 6 + ((k / 4) % 4) as i32;
            let roll = rng.below(100);
            let (coeff, exp, bound) = match roll {
                0..=64 => (base, exp, Bound::Exact),
                65..=74 => (base / 10 + 1, exp + 1, Bound::Exact), // rounded differently
                75..=82 => (base * 2 + 7, exp, Bound::Exact),      // a disagreement
                83..=91 => (base, exp, Bound::Approx),
                _ => (base / 2, exp, Bound::MoreThan),
            };
            let value = Decimal::new(u128::from(coeff), exp).unwrap_or(Decimal::ZERO);
            let doc = i as u64 / 10;
            let start = (i % 10) * 400 + rng.below(300) as usize;
            let text = format!("{value}");
            Claim {
                subject: Some(entity(s)),
                predicate: pred.into(),
                object: (o != 0).then(|| entity(subjects + s * 3 + o - 1)),
                quantity: Quantity {
                    bound,
                    ..Quantity::new(value, unit)
                },
                functional,
                provenance: Provenance {
                    doc: format!("doc{doc:07}.txt"),
                    lang: LANGS[(doc % 5) as usize],
                    sentence: Span::new(start, start + 120),
                    span: Span::new(start, start + text.len()),
                    text,
                    cues: Vec::new(),
                },
                confidence: 0.9,
                time: None,
                conversion_of: None,
                subject_from: SubjectSource::Sentence,
                alternative_subject: None,
            }
        })
        .collect()
}
