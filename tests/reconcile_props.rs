//! Properties of reconciliation: the report depends on the set of claims only (not on the order
//! of documents or claims), and partial reconciliations merge into the same report as
//! reconciling everything at once, however the claims are split and grouped.

use concord::claim::{SubjectSource, TimeRef};
use concord::reconcile::{reconcile, Options, Reconciliation, Report};
use concord::{Bound, Claim, Decimal, EntityRef, Lang, Provenance, Quantity, Span, Unit};
use proptest::prelude::*;

const BOUNDS: [Bound; 7] = [
    Bound::Exact,
    Bound::Approx,
    Bound::MoreThan,
    Bound::AtLeast,
    Bound::LessThan,
    Bound::AtMost,
    Bound::Range,
];
const ENTITIES: [&str; 3] = ["Meta", "Scale AI", "OpenAI"];
const PREDICATES: [(&str, bool); 3] = [
    ("investment", true),
    ("valuation", true),
    ("compensation", false),
];
const LANGS: [Lang; 5] = [Lang::It, Lang::De, Lang::Fr, Lang::Zh, Lang::En];

#[derive(Clone, Debug)]
struct Spec {
    doc: usize,
    subject: Option<usize>,
    predicate: usize,
    object: Option<usize>,
    coeff: u64,
    exp: i32,
    bound: usize,
    unit: usize,
    start: usize,
    year: Option<i64>,
    conversion: bool,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        (0usize..6, proptest::option::of(0usize..3), 0usize..3),
        proptest::option::of(0usize..3),
        // Few distinct values, so that claims overlap, agree and conflict.
        (
            prop_oneof![1u64..20, Just(143), Just(15), Just(100)],
            6i32..9,
        ),
        (0usize..7, 0usize..3, 0usize..400),
        (
            proptest::option::weighted(0.2, 2023i64..2026),
            proptest::bool::weighted(0.1),
        ),
    )
        .prop_map(
            |(
                (doc, subject, predicate),
                object,
                (coeff, exp),
                (bound, unit, start),
                (year, conversion),
            )| Spec {
                doc,
                subject,
                predicate,
                object,
                coeff,
                exp,
                bound,
                unit,
                start,
                year,
                conversion,
            },
        )
}

fn ent(i: usize) -> EntityRef {
    let name = ENTITIES[i];
    EntityRef {
        id: name.to_lowercase(),
        name: name.into(),
    }
}

fn claim(s: &Spec) -> Claim {
    let value = Decimal::new(u128::from(s.coeff), s.exp).unwrap();
    let bound = BOUNDS[s.bound];
    let unit = [Unit::currency("USD"), Unit::currency("EUR"), Unit::Count][s.unit];
    let (pred, functional) = PREDICATES[s.predicate];
    let text = format!("{value} {unit}");
    Claim {
        subject: s.subject.map(ent),
        predicate: pred.into(),
        object: s.object.map(ent),
        quantity: Quantity {
            max: (bound == Bound::Range)
                .then(|| Decimal::new(u128::from(s.coeff) * 2, s.exp).unwrap()),
            bound,
            ..Quantity::new(value, unit)
        },
        functional,
        provenance: Provenance {
            doc: format!("doc{}.txt", s.doc),
            lang: LANGS[s.doc % LANGS.len()],
            sentence: Span::new(s.start, s.start + 100),
            span: Span::new(s.start, s.start + text.len()),
            text,
            cues: vec![],
        },
        confidence: [0.5, 0.8, 1.0][s.start % 3],
        time: s.year.map(|year| TimeRef {
            year,
            span: Span::new(0, 4),
            text: year.to_string(),
        }),
        conversion_of: s.conversion.then_some(0),
        subject_from: SubjectSource::Sentence,
        // A quarter of the claims name another party, so that claims move between subjects.
        alternative_subject: s
            .subject
            .filter(|_| s.start % 4 == 0)
            .map(|i| ent((i + 1 + s.start / 4 % 2) % ENTITIES.len())),
    }
}

fn claims() -> impl Strategy<Value = Vec<Claim>> {
    proptest::collection::vec(spec(), 0..60).prop_map(|v| v.iter().map(claim).collect())
}

fn parts(claims: &[Claim], cuts: &[usize]) -> Vec<Vec<Claim>> {
    let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (claims.len() + 1)).collect();
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut prev = 0;
    for c in cuts.into_iter().chain([claims.len()]) {
        out.push(claims[prev..c].to_vec());
        prev = c;
    }
    out
}

fn json(r: &Report) -> String {
    serde_json::to_string(r).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn order_of_claims_does_not_matter(
        (claims, shuffled) in claims().prop_flat_map(|c| (Just(c.clone()), Just(c).prop_shuffle()))
    ) {
        let a = reconcile(&claims);
        let b = reconcile(&shuffled);
        prop_assert_eq!(json(&a), json(&b));
        prop_assert_eq!(a, b);
    }

    #[test]
    fn order_of_documents_does_not_matter(claims in claims(), rotate in 0usize..6) {
        // Each document's claims as a block, the documents in another order.
        let mut by_doc = claims.clone();
        by_doc.sort_by_key(|c| (c.provenance.doc.clone(), c.provenance.span.start));
        let mut rotated = by_doc.clone();
        let n = rotated.len();
        if n > 0 {
            rotated.rotate_left(rotate % n);
        }
        prop_assert_eq!(reconcile(&claims), reconcile(&rotated));
    }

    #[test]
    fn merging_parts_is_reconciling_all(
        claims in claims(),
        cuts in proptest::collection::vec(0usize..100, 0..4),
    ) {
        let all = reconcile(&claims);
        let parts = parts(&claims, &cuts);
        // Left fold.
        let mut left = Reconciliation::new();
        for p in &parts {
            left.merge(Reconciliation::from_claims(p));
        }
        // Right fold (another grouping), merging the parts in reverse.
        let mut right = Reconciliation::new();
        for p in parts.iter().rev() {
            let mut r = Reconciliation::from_claims(p);
            r.merge(right);
            right = r;
        }
        let left = left.finish();
        // On several threads.
        let right = right.finish_with(&Options { threads: 1 + cuts.len(), ..Options::default() });
        let parallel = Reconciliation::from_claims_parallel(&claims, 1 + cuts.len()).finish();
        prop_assert_eq!(&parallel, &all);
        prop_assert_eq!(json(&left), json(&all));
        prop_assert_eq!(&left, &all);
        prop_assert_eq!(&right, &all);
    }

    #[test]
    fn every_claim_is_reported(claims in claims()) {
        let report = reconcile(&claims);
        let mut seen: Vec<(String, usize, usize)> = report
            .facts
            .iter()
            .flat_map(|f| &f.sources)
            .chain(report.conflicts.iter().flat_map(|c| c.alternatives.iter().flat_map(|a| &a.sources)))
            .chain(report.conflicts.iter().flat_map(|c| &c.compatible))
            .map(|s| (s.doc.to_string(), s.start, s.end))
            .collect();
        seen.sort();
        seen.dedup();
        for c in &claims {
            let key = (c.provenance.doc.clone(), c.provenance.span.start, c.provenance.span.end);
            prop_assert!(seen.binary_search(&key).is_ok(), "claim not reported: {:?}", key);
        }
        for c in &report.conflicts {
            prop_assert!(c.alternatives.len() >= 2);
            let w: f64 = c.alternatives.iter().map(|a| a.weight).sum();
            prop_assert!((w - 1.0).abs() < 1e-6 || w == 0.0);
        }
        for s in &report.sources {
            prop_assert!(s.trust > 0.0 && s.trust < 1.0);
        }
    }
}
