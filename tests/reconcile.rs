//! Reconciliation from hand-built claims: the seed facts (simulated with their real document
//! ids, languages, spans and surfaces), the issue's interval examples, causes, trust, copies,
//! currencies and the JSON shape.

use concord::claim::SubjectSource;
use concord::reconcile::{reconcile, reconcile_with, Cause, Options, Reconciliation, Report};
use concord::{Bound, Claim, Decimal, EntityRef, Lang, Provenance, Quantity, Span, Unit};

const IT: &str = "000_18d18b21b062b200.txt";
const DE: &str = "002_a2694d5f9a3e8b63.txt";
const ZH: &str = "003_5279d1f4118c929a.txt";

fn ent(name: &str) -> EntityRef {
    EntityRef {
        id: name.to_lowercase().replace(' ', "_"),
        name: name.into(),
    }
}

/// A claim builder with sensible defaults.
#[derive(Clone)]
struct B {
    doc: String,
    lang: Lang,
    subject: Option<&'static str>,
    predicate: &'static str,
    object: Option<&'static str>,
    value: &'static str,
    max: Option<&'static str>,
    unit: Unit,
    bound: Bound,
    functional: bool,
    start: usize,
    text: String,
    year: Option<i64>,
    conversion_of: Option<usize>,
    alternative: Option<&'static str>,
}

fn b(doc: &str, value: &'static str) -> B {
    B {
        doc: doc.into(),
        lang: Lang::En,
        subject: Some("Meta"),
        predicate: "investment",
        object: Some("Scale AI"),
        value,
        max: None,
        unit: Unit::currency("USD"),
        bound: Bound::Exact,
        functional: true,
        start: 100,
        text: format!("${value}"),
        year: None,
        conversion_of: None,
        alternative: None,
    }
}

impl B {
    fn lang(mut self, l: Lang) -> B {
        self.lang = l;
        self
    }
    fn at(mut self, start: usize, text: &str) -> B {
        self.start = start;
        self.text = text.into();
        self
    }
    fn bound(mut self, bound: Bound) -> B {
        self.bound = bound;
        self
    }
    fn unit(mut self, unit: Unit) -> B {
        self.unit = unit;
        self
    }
    fn key(mut self, s: Option<&'static str>, p: &'static str, o: Option<&'static str>) -> B {
        self.subject = s;
        self.predicate = p;
        self.object = o;
        self
    }
    fn multi(mut self) -> B {
        self.functional = false;
        self
    }
    fn year(mut self, y: i64) -> B {
        self.year = Some(y);
        self
    }
    fn or_about(mut self, other: &'static str) -> B {
        self.alternative = Some(other);
        self
    }
    fn conversion(mut self) -> B {
        self.conversion_of = Some(0);
        self
    }
    fn build(self) -> Claim {
        let value: Decimal = self.value.parse().unwrap();
        Claim {
            subject: self.subject.map(ent),
            predicate: self.predicate.into(),
            object: self.object.map(ent),
            quantity: Quantity {
                max: self.max.map(|m| m.parse().unwrap()),
                bound: self.bound,
                ..Quantity::new(value, self.unit)
            },
            functional: self.functional,
            provenance: Provenance {
                doc: self.doc,
                lang: self.lang,
                sentence: Span::new(self.start.saturating_sub(50), self.start + 80),
                span: Span::new(self.start, self.start + self.text.len()),
                text: self.text,
                cues: vec![],
            },
            confidence: 0.9,
            time: self.year.map(|y| concord::claim::TimeRef {
                year: y,
                span: Span::new(0, 4),
                text: y.to_string(),
            }),
            conversion_of: self.conversion_of,
            subject_from: SubjectSource::Sentence,
            alternative_subject: self.alternative.map(ent),
        }
    }
}

fn docs_of(sources: &[concord::reconcile::SourceRef]) -> Vec<&str> {
    sources.iter().map(|s| s.doc.as_str()).collect()
}

fn seed_claims() -> Vec<Claim> {
    vec![
        // Meta's investment in Scale AI: 14.3 against 15 billion dollars.
        b(IT, "14.3e9")
            .lang(Lang::It)
            .at(4481, "$ 14,3 miliardi")
            .build(),
        b(DE, "15e9")
            .lang(Lang::De)
            .at(1988, "15 Milliarden Dollar")
            .build(),
        // 10,000 H100 GPUs; the Italian sentence does not name the H100.
        b(IT, "10000")
            .lang(Lang::It)
            .key(Some("Meta"), "gpu_count", None)
            .unit(Unit::Count)
            .at(3060, "10.000 GPU")
            .build(),
        b(DE, "10000")
            .lang(Lang::De)
            .key(Some("Meta"), "gpu_count", Some("H100"))
            .unit(Unit::Count)
            .at(1374, "10.000 H100")
            .build(),
        // Pay offers: a multi-valued predicate.
        b(DE, "100e6")
            .lang(Lang::De)
            .key(Some("Meta"), "compensation", None)
            .multi()
            .at(2567, "100-Millionen-Dollar")
            .build(),
        b(ZH, "1e8")
            .lang(Lang::Zh)
            .key(Some("Meta"), "compensation", None)
            .multi()
            .at(3985, "1億")
            .build(),
        b(ZH, "2e8")
            .lang(Lang::Zh)
            .key(Some("Meta"), "compensation", None)
            .multi()
            .at(3992, "2億美元")
            .build(),
    ]
}

#[test]
fn seed_investment_is_a_conflict_with_both_sources() {
    let report = reconcile(&seed_claims());
    assert_eq!(report.conflicts.len(), 1, "{report:#?}");
    let c = &report.conflicts[0];
    assert_eq!(c.subject.as_deref(), Some("Meta"));
    assert_eq!(c.predicate, "investment");
    assert_eq!(c.object.as_deref(), Some("Scale AI"));
    assert_eq!(c.unit, Unit::currency("USD"));
    assert_eq!(c.alternatives.len(), 2);
    let mut alts: Vec<(String, String, String)> = c
        .alternatives
        .iter()
        .map(|a| {
            assert_eq!(a.sources.len(), 1);
            (
                a.value.to_string(),
                a.sources[0].doc.to_string(),
                a.sources[0].text.to_string(),
            )
        })
        .collect();
    alts.sort();
    assert_eq!(
        alts,
        vec![
            ("14300000000".into(), IT.into(), "$ 14,3 miliardi".into()),
            (
                "15000000000".into(),
                DE.into(),
                "15 Milliarden Dollar".into()
            ),
        ]
    );
    let it = &c
        .alternatives
        .iter()
        .find(|a| a.sources[0].doc == IT)
        .unwrap();
    assert_eq!(it.sources[0].lang, Lang::It);
    assert_eq!((it.sources[0].start, it.sources[0].end), (4481, 4496));
    assert_eq!(it.interval.to_string(), "[14250000000, 14350000000)");
    // Close figures: only the digits separate them. One against one: undecided.
    assert_eq!(c.cause, Cause::Rounding);
    assert!(c.consensus.is_none());
    assert!(
        c.explanation
            .ends_with("undecided: 2 independent sources are too few"),
        "{}",
        c.explanation
    );
    let w: Vec<f64> = c.alternatives.iter().map(|a| a.weight).collect();
    assert!(
        (w[0] + w[1] - 1.0).abs() < 1e-9 && w[0] >= w[1] && w[1] > 0.3,
        "{w:?}"
    );
    // No fact for a contradicted key.
    assert!(report.facts.iter().all(|f| f.predicate != "investment"));
}

#[test]
fn seed_gpu_count_is_one_fact_with_both_sources() {
    let report = reconcile(&seed_claims());
    let gpus: Vec<_> = report
        .facts
        .iter()
        .filter(|f| f.predicate == "gpu_count")
        .collect();
    assert_eq!(gpus.len(), 1, "{gpus:#?}");
    let f = gpus[0];
    // The claim without object joined the only key that names one.
    assert_eq!(f.object.as_deref(), Some("H100"));
    assert_eq!(f.value.to_string(), "10000");
    assert_eq!(f.unit, Unit::Count);
    assert_eq!(f.bound, Bound::Exact);
    assert_eq!(docs_of(&f.sources), vec![IT, DE]);
    assert_eq!(f.independent_sources, 2);
    assert!(f.confidence > 0.9);
}

#[test]
fn seed_pay_offers_are_distinct_values_not_a_conflict() {
    let report = reconcile(&seed_claims());
    let pay: Vec<_> = report
        .facts
        .iter()
        .filter(|f| f.predicate == "compensation")
        .collect();
    assert_eq!(pay.len(), 2, "{pay:#?}");
    assert_eq!(pay[0].value.to_string(), "100000000");
    assert_eq!(docs_of(&pay[0].sources), vec![DE, ZH]);
    assert_eq!(pay[0].sources[0].text, "100-Millionen-Dollar");
    assert_eq!(pay[0].sources[1].text, "1億");
    assert_eq!(pay[1].value.to_string(), "200000000");
    assert_eq!(docs_of(&pay[1].sources), vec![ZH]);
    assert!(report
        .conflicts
        .iter()
        .all(|c| c.predicate != "compensation"));
}

#[test]
fn seed_sources_and_trust() {
    let report = reconcile(&seed_claims());
    let docs: Vec<_> = report.sources.iter().map(|s| s.doc.as_str()).collect();
    assert_eq!(docs, vec![IT, DE, ZH]);
    let claims: Vec<_> = report.sources.iter().map(|s| s.claims).collect();
    assert_eq!(claims, vec![2, 3, 2]);
    for s in &report.sources {
        assert!(s.trust > 0.0 && s.trust < 1.0, "{s:?}");
        assert!(s.copy_of.is_none());
    }
}

#[test]
fn open_bounds_agree_with_what_they_allow() {
    // "oltre 10 miliardi" agrees with 14.3 billion.
    let report = reconcile(&[
        b("a", "14.3e9").build(),
        b("b", "10e9")
            .bound(Bound::MoreThan)
            .at(10, "oltre 10 miliardi")
            .build(),
    ]);
    assert!(report.conflicts.is_empty());
    assert_eq!(report.facts.len(), 1);
    let f = &report.facts[0];
    assert_eq!(
        (f.value.to_string(), f.bound),
        ("14300000000".into(), Bound::Exact)
    );
    assert_eq!(docs_of(&f.sources), vec!["a", "b"]);
    assert_eq!(f.interval.to_string(), "[14250000000, 14350000000)");

    // "about 15" agrees with 14.8.
    let report = reconcile(&[
        b("a", "14.8").unit(Unit::Count).build(),
        b("b", "15").unit(Unit::Count).bound(Bound::Approx).build(),
    ]);
    assert!(report.conflicts.is_empty());
    assert_eq!(report.facts.len(), 1);
    assert_eq!(report.facts[0].value.to_string(), "14.8");
}

#[test]
fn opposite_hedges_on_one_figure_conflict_by_hedge() {
    // "plus de 100 millions" against "bis zu 100 Millionen".
    let report = reconcile(&[
        b("fr", "100e6")
            .lang(Lang::Fr)
            .bound(Bound::MoreThan)
            .at(5, "plus de 100 millions")
            .build(),
        b("de", "100e6")
            .lang(Lang::De)
            .bound(Bound::AtMost)
            .at(7, "bis zu 100 Millionen")
            .build(),
    ]);
    assert!(report.facts.is_empty());
    assert_eq!(report.conflicts.len(), 1);
    assert_eq!(report.conflicts[0].cause, Cause::Hedge);
}

#[test]
fn a_hedge_never_hides_a_contradiction() {
    let report = reconcile(&[
        b("a", "14.3e9").build(),
        b("b", "15e9").build(),
        b("c", "10e9").bound(Bound::MoreThan).build(),
    ]);
    assert_eq!(report.conflicts.len(), 1, "{report:#?}");
    let c = &report.conflicts[0];
    assert_eq!(c.alternatives.len(), 2);
    // The hedge is compatible with both alternatives: listed apart, under neither.
    for a in &c.alternatives {
        assert!(!docs_of(&a.sources).contains(&"c"));
    }
    assert_eq!(docs_of(&c.compatible), vec!["c"]);
    assert!(c.consensus.is_none());
}

#[test]
fn a_sources_own_hedge_does_not_hide_its_contradiction() {
    // Source a says 14.3 billion and, elsewhere, "more than 10 billion"; source b says 15
    // billion. The hedge is compatible with both values, but a states 14.3 and nothing of 15.
    let report = reconcile(&[
        b("a", "14.3e9").build(),
        b("a", "10e9")
            .bound(Bound::MoreThan)
            .at(300, "more than $10 billion")
            .build(),
        b("b", "15e9").build(),
    ]);
    assert_eq!(report.conflicts.len(), 1, "{report:#?}");
    assert_eq!(report.conflicts[0].alternatives.len(), 2);
    // A source stating both values (a part and the whole) still contradicts nobody.
    let report = reconcile(&[
        b("a", "14.3e9").build(),
        b("a", "15e9").at(300, "$15 billion").build(),
        b("b", "15e9").build(),
    ]);
    assert!(report.conflicts.is_empty(), "{report:#?}");
}

#[test]
fn chained_figures_do_not_glue_a_contradiction() {
    // 14 and 15 billion do not overlap; 14.5 overlaps both.
    let report = reconcile(&[
        b("a", "14e9").build(),
        b("b", "14.5e9").build(),
        b("c", "15e9").build(),
    ]);
    assert_eq!(report.conflicts.len(), 1);
    assert_eq!(report.conflicts[0].alternatives.len(), 2);
}

#[test]
fn multi_valued_predicates_do_not_conflict_between_unrelated_reports() {
    // Three sources with nothing else alike: three offers.
    let report = reconcile(&[
        b("a", "1e8")
            .multi()
            .key(Some("Meta"), "offer", None)
            .build(),
        b("b", "3e8")
            .multi()
            .key(Some("Meta"), "offer", None)
            .build(),
        b("c", "5e8")
            .multi()
            .key(Some("Meta"), "offer", None)
            .build(),
    ]);
    assert!(report.conflicts.is_empty());
    assert_eq!(report.facts.len(), 3);
}

#[test]
fn a_missing_object_stays_apart_when_ambiguous() {
    let report = reconcile(&[
        b("a", "14.3e9")
            .key(Some("Meta"), "investment", Some("Scale AI"))
            .build(),
        b("b", "2e9")
            .key(Some("Meta"), "investment", Some("Acme"))
            .build(),
        b("c", "5e9").key(Some("Meta"), "investment", None).build(),
    ]);
    assert!(report.conflicts.is_empty());
    let objects: Vec<_> = report.facts.iter().map(|f| f.object.as_deref()).collect();
    assert_eq!(objects, vec![Some("Acme"), Some("Scale AI"), None]);
}

#[test]
fn a_missing_object_given_by_the_one_key_takes_its_functionality() {
    // Without a named investee an investment is multi-valued (plans differ); one source names
    // the company invested in, another does not. The figure without object joins the one key
    // there is, and is then that one deal's value: the two disagree.
    let report = reconcile(&[
        b("a", "8e8")
            .unit(Unit::currency("EUR"))
            .key(Some("Acme"), "investment", None)
            .multi()
            .build(),
        b("b", "5e8")
            .unit(Unit::currency("EUR"))
            .key(Some("Acme"), "investment", Some("Widget Co"))
            .build(),
    ]);
    assert_eq!(report.conflicts.len(), 1);
    assert_eq!(report.conflicts[0].object.as_deref(), Some("Widget Co"));
    // A multi-valued key stays so: the joined figure is one more value.
    let multi = reconcile(&[
        b("a", "8e8")
            .key(Some("Acme"), "compensation", None)
            .multi()
            .build(),
        b("b", "5e8")
            .key(Some("Acme"), "compensation", Some("Jane Roe"))
            .multi()
            .build(),
    ]);
    assert!(multi.conflicts.is_empty());
    assert_eq!(multi.facts.len(), 2);
}

#[test]
fn power_units_are_one_dimension() {
    // 200 MW and 0.2 GW are both watts already.
    let report = reconcile(&[
        b("a", "200e6")
            .key(Some("Meta"), "capacity", Some("Prometheus"))
            .unit(Unit::Power)
            .build(),
        b("b", "0.2e9")
            .key(Some("Meta"), "capacity", Some("Prometheus"))
            .unit(Unit::Power)
            .build(),
    ]);
    assert!(report.conflicts.is_empty());
    assert_eq!(report.facts.len(), 1);
    assert_eq!(report.facts[0].value.to_string(), "200000000");
    assert_eq!(report.facts[0].sources.len(), 2);
}

#[test]
fn different_currencies_are_never_equal() {
    let report = reconcile(&[
        b("a", "15e9").build(),
        b("b", "15e9").unit(Unit::currency("EUR")).build(),
    ]);
    assert!(report.facts.is_empty());
    assert_eq!(report.conflicts.len(), 1);
    let c = &report.conflicts[0];
    assert_eq!(c.cause, Cause::Unit);
    assert!(c.consensus.is_none());
    let units: Vec<_> = c.alternatives.iter().map(|a| a.unit.to_string()).collect();
    assert_eq!(units, vec!["EUR", "USD"]);
}

#[test]
fn a_bracketed_conversion_links_currencies() {
    // "$15B (about €13B)" in one source, "€13B" in another: no conflict.
    let report = reconcile(&[
        b("a", "15e9").at(10, "$15 billion").build(),
        b("a", "13e9")
            .unit(Unit::currency("EUR"))
            .bound(Bound::Approx)
            .at(24, "rund 13 Milliarden Euro")
            .conversion()
            .build(),
        b("b", "13e9").unit(Unit::currency("EUR")).build(),
    ]);
    assert!(report.conflicts.is_empty(), "{report:#?}");
    assert_eq!(report.facts.len(), 2);
    assert_eq!(report.facts[0].unit, Unit::currency("EUR"));
    assert_eq!(docs_of(&report.facts[0].sources), vec!["a", "b"]);
    assert_eq!(report.facts[1].unit, Unit::currency("USD"));
}

#[test]
fn different_years_explain_a_conflict() {
    let report = reconcile(&[
        b("a", "10e9").year(2024).build(),
        b("b", "20e9").year(2025).build(),
    ]);
    assert_eq!(report.conflicts[0].cause, Cause::Time);
}

#[test]
fn one_source_with_two_figures_is_a_scope_difference() {
    // "b" and "c" disagree; "a" gives both figures itself: a part and the whole.
    let report = reconcile(&[
        b("a", "14.3e9").at(10, "$14.3 billion").build(),
        b("a", "4.4e9").at(90, "$4.4 billion").build(),
        b("b", "14.3e9").build(),
        b("c", "4.4e9").build(),
    ]);
    assert_eq!(report.conflicts[0].cause, Cause::Scope);
}

#[test]
fn a_second_figure_only_its_own_source_gives_is_another_fact() {
    // One article: "the group holds 70 percent; a partner holds 10 percent", both read as the
    // group's stake; another article: 70 percent. Nobody states 10 percent against 70: two
    // facts, not a conflict.
    let stake = |doc: &str, v: &'static str, start: usize| {
        b(doc, v)
            .key(Some("Acme"), "stake", None)
            .unit(Unit::Percent)
            .at(start, &format!("{v} Prozent"))
            .build()
    };
    let report = reconcile(&[
        stake("de", "70", 10),
        stake("de", "10", 80),
        stake("it", "70", 5),
    ]);
    assert!(report.conflicts.is_empty(), "{report:#?}");
    let values: Vec<String> = report.facts.iter().map(|f| f.value.to_string()).collect();
    assert_eq!(values, vec!["10", "70"]);
    assert_eq!(docs_of(&report.facts[1].sources), vec!["de", "it"]);
}

#[test]
fn a_vague_figure_compatible_with_both_sides_is_listed_apart() {
    // "thousands of jobs" (at least 2000, vague) fits 2500 and 3500, which disagree.
    let jobs = |doc: &str, v: &'static str, start: usize| {
        b(doc, v)
            .key(Some("Acme"), "job_cuts", None)
            .unit(Unit::Count)
            .at(start, v)
    };
    let report = reconcile(&[
        jobs("de", "2000", 5)
            .bound(Bound::AtLeast)
            .at(5, "Tausende Stellen")
            .build(),
        jobs("de", "3500", 60).bound(Bound::Approx).build(),
        jobs("it", "3500", 8).build(),
        jobs("fr", "2500", 9).bound(Bound::Approx).build(),
    ]);
    assert_eq!(report.conflicts.len(), 1, "{report:#?}");
    let c = &report.conflicts[0];
    assert_eq!(c.alternatives.len(), 2);
    for a in &c.alternatives {
        assert!(a.sources.iter().all(|s| s.text != "Tausende Stellen"));
    }
    assert_eq!(c.compatible.len(), 1);
    assert_eq!(c.compatible[0].text, "Tausende Stellen");
}

#[test]
fn a_plain_disagreement_between_two_is_undecided() {
    let report = reconcile(&[b("a", "10e9").build(), b("b", "20e9").build()]);
    let c = &report.conflicts[0];
    assert_eq!(c.cause, Cause::Undecided);
    assert!(c.consensus.is_none());
}

#[test]
fn majority_decides_and_the_dissenter_loses_trust() {
    let report = reconcile(&[
        b("a", "10e9").build(),
        b("b", "10e9").build(),
        b("c", "10e9").build(),
        b("d", "20e9").build(),
    ]);
    let c = &report.conflicts[0];
    assert_eq!(c.cause, Cause::Disagreement);
    let consensus = c.consensus.as_ref().expect("decided");
    assert_eq!(consensus.value.to_string(), "10000000000");
    assert!(consensus.weight > 0.6);
    assert_eq!(c.alternatives[0].value.to_string(), "10000000000");
    let trust = |d: &str| report.sources.iter().find(|s| s.doc == d).unwrap().trust;
    assert!(trust("d") < trust("a"));
}

#[test]
fn priors_seeded_by_the_user_weigh_in() {
    let claims = [
        b("wire1", "10e9").build(),
        b("wire2", "10e9").build(),
        b("blog1", "20e9").build(),
        b("blog2", "20e9").build(),
    ];
    // Even: undecided.
    assert!(reconcile(&claims).conflicts[0].consensus.is_none());
    let options = Options::default()
        .with_prior("wire1", 0.95)
        .with_prior("wire2", 0.95)
        .with_prior("blog1", 0.2)
        .with_prior("blog2", 0.2);
    let report = reconcile_with(&claims, &options);
    let c = &report.conflicts[0];
    assert_eq!(
        c.consensus.as_ref().map(|c| c.value.to_string()),
        Some("10000000000".into())
    );
}

#[test]
fn copies_count_once() {
    // Three documents with the same figures in the same order, two independent ones against.
    let mut claims = Vec::new();
    for d in ["copy1", "copy2", "copy3"] {
        claims.push(b(d, "20e9").at(10, "$20 billion").build());
        claims.push(
            b(d, "500")
                .key(Some("Meta"), "headcount", None)
                .unit(Unit::Count)
                .at(50, "500 people")
                .build(),
        );
    }
    claims.push(b("x", "10e9").build());
    claims.push(b("y", "10e9").build());
    let report = reconcile(&claims);
    let c = &report.conflicts[0];
    let copies = c
        .alternatives
        .iter()
        .find(|a| a.value.to_string() == "20000000000")
        .unwrap();
    assert_eq!(copies.sources.len(), 3);
    assert_eq!(copies.independent_sources, 1);
    let src = |d: &str| report.sources.iter().find(|s| s.doc == d).unwrap();
    assert_eq!(src("copy2").copy_of.as_deref(), Some("copy1"));
    assert_eq!(src("copy3").copy_of.as_deref(), Some("copy1"));
    assert!(src("x").copy_of.is_none());
    // Two independent sources against one: the independent ones lead.
    assert_eq!(c.alternatives[0].value.to_string(), "10000000000");
}

#[test]
fn a_run_of_three_figures_in_the_same_order_is_a_copy() {
    let fig = |d: &str, v: &'static str, pred: &'static str, at: usize| {
        b(d, v)
            .key(Some("Meta"), pred, None)
            .at(at, &format!("{v} dollars"))
            .build()
    };
    let mut claims = vec![
        fig("wire", "1e6", "a", 10),
        fig("wire", "2e6", "b", 20),
        fig("wire", "3e6", "c", 30),
        fig("wire", "4e6", "d", 40),
        // Adds a figure in front, then copies three in a row.
        fig("paper", "9e6", "e", 5),
        fig("paper", "1e6", "a", 50),
        fig("paper", "2e6", "b", 60),
        fig("paper", "3e6", "c", 70),
        // The same figure twice is not a sequence.
        fig("blog1", "7e6", "f", 1),
        fig("blog1", "7e6", "f", 9),
    ];
    claims.push(fig("blog2", "7e6", "f", 1));
    claims.push(fig("blog2", "7e6", "f", 9));
    let report = reconcile(&claims);
    let src = |d: &str| report.sources.iter().find(|s| s.doc == d).unwrap();
    assert_eq!(src("wire").copy_of.as_deref(), Some("paper"));
    assert!(src("paper").copy_of.is_none());
    assert!(src("blog1").copy_of.is_none());
    assert!(src("blog2").copy_of.is_none());
    let a = report.facts.iter().find(|f| f.predicate == "a").unwrap();
    assert_eq!(a.sources.len(), 2);
    assert_eq!(a.independent_sources, 1);
}

#[test]
fn json_shape_follows_the_contract() {
    let report = reconcile(&seed_claims());
    let v = serde_json::to_value(&report).unwrap();
    let fact = &v["facts"][0];
    for k in [
        "subject",
        "predicate",
        "object",
        "value",
        "unit",
        "bound",
        "sources",
    ] {
        assert!(fact.get(k).is_some(), "fact lacks {k}: {fact}");
    }
    assert!(fact["value"].is_string());
    let src = &fact["sources"][0];
    for k in ["doc", "lang", "start", "end", "text"] {
        assert!(src.get(k).is_some(), "source lacks {k}: {src}");
    }
    let conflict = &v["conflicts"][0];
    for k in [
        "subject",
        "predicate",
        "object",
        "unit",
        "cause",
        "alternatives",
    ] {
        assert!(conflict.get(k).is_some(), "conflict lacks {k}: {conflict}");
    }
    assert_eq!(conflict["cause"], "rounding");
    assert_eq!(conflict["unit"], "USD");
    assert!(conflict["consensus"].is_null());
    let alt = &conflict["alternatives"][0];
    for k in ["value", "bound", "sources"] {
        assert!(alt.get(k).is_some(), "alternative lacks {k}: {alt}");
    }
    assert_eq!(alt["sources"][0]["lang"].as_str().map(str::len), Some(2));
}

#[test]
fn order_of_claims_does_not_matter() {
    let claims = seed_claims();
    let mut rev = claims.clone();
    rev.reverse();
    let a: Report = reconcile(&claims);
    let b: Report = reconcile(&rev);
    assert_eq!(a, b);
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&b).unwrap()
    );
}

#[test]
fn empty_and_degenerate_input() {
    assert_eq!(reconcile(&[]), Report::default());
    // No subject, no object, huge and tiny values: no panic.
    let report = reconcile(&[
        b("a", "1e100").key(None, "x", None).build(),
        b("a", "1e-100")
            .key(None, "x", None)
            .bound(Bound::LessThan)
            .build(),
        b("b", "0").key(None, "x", None).build(),
    ]);
    // "a" states both 1e100 and less than 1e-100 itself: two facts, not a contradiction.
    assert!(report.conflicts.is_empty());
    assert_eq!(report.facts.len(), 2);
}

#[test]
fn splitting_across_threads_gives_the_same_report() {
    let claims: Vec<Claim> = (0..3000)
        .map(|i| {
            let v = ["14.3e9", "15e9", "2e8", "1e8", "10e9"][i % 5];
            let mut c = b(&format!("d{:04}", i / 7), v).at(i % 7 * 40, "x").build();
            c.predicate = ["investment", "valuation", "revenue"][i % 3].into();
            c.functional = i % 3 != 2;
            c
        })
        .collect();
    let one = reconcile(&claims);
    assert!(!one.conflicts.is_empty());
    let options = Options {
        threads: 3,
        ..Options::default()
    };
    let threaded = Reconciliation::from_claims_parallel(&claims, 3).finish_with(&options);
    assert_eq!(threaded, one);
}

#[test]
fn hedged_figures_of_the_issue() {
    let eur = |doc: &str, v: &'static str, bound: Bound, text: &str| {
        b(doc, v)
            .unit(Unit::currency("EUR"))
            .bound(bound)
            .at(10, text)
            .build()
    };
    // "rund 2 Milliarden" agrees with "2 milliards".
    let report = reconcile(&[
        eur("de", "2e9", Bound::Approx, "rund 2 Milliarden Euro"),
        eur("fr", "2e9", Bound::Exact, "2 milliards d'euros"),
    ]);
    assert!(report.conflicts.is_empty());
    assert_eq!(docs_of(&report.facts[0].sources), vec!["de", "fr"]);
    // "oltre 20 miliardi" agrees with "mehr als 20 Milliarden".
    let report = reconcile(&[
        eur("it", "20e9", Bound::MoreThan, "oltre 20 miliardi"),
        eur("de", "20e9", Bound::MoreThan, "mehr als 20 Milliarden Euro"),
    ]);
    assert!(report.conflicts.is_empty());
    assert_eq!(report.facts.len(), 1);
    assert_eq!(docs_of(&report.facts[0].sources), vec!["de", "it"]);
    // "environ 2 500" and "3.500" conflict.
    let count = |doc: &str, v: &'static str, bound: Bound| {
        b(doc, v)
            .key(Some("Acme"), "job_cuts", None)
            .unit(Unit::Count)
            .bound(bound)
            .build()
    };
    let report = reconcile(&[
        count("fr", "2500", Bound::Approx),
        count("it", "3500", Bound::Exact),
    ]);
    assert_eq!(report.conflicts.len(), 1);
    assert_eq!(report.conflicts[0].alternatives.len(), 2);
    // "$14.3B" and "$15B" conflict; "oltre 10 miliardi" agrees with 14.3 billion (above);
    // "about 15" agrees with 14.8 (above); "plus de 100 millions" and "bis zu 100 Millionen"
    // conflict (above).
    let report = reconcile(&[b("a", "14.3e9").build(), b("b", "15e9").build()]);
    assert_eq!(report.conflicts.len(), 1);
}

#[test]
fn one_source_in_two_currencies_is_two_facts() {
    // One article gives a revenue in euros and, elsewhere, one in dollars (no conversion
    // stated); another agrees on the euros. Nobody contradicts anybody.
    let report = reconcile(&[
        b("de", "300e6")
            .key(Some("Acme"), "revenue", None)
            .unit(Unit::currency("EUR"))
            .bound(Bound::MoreThan)
            .at(10, "mehr als 300 Millionen Euro")
            .build(),
        b("de", "12e9")
            .key(Some("Acme"), "revenue", None)
            .bound(Bound::MoreThan)
            .at(200, "mehr als 12 Milliarden Dollar")
            .build(),
        b("fr", "300e6")
            .key(Some("Acme"), "revenue", None)
            .unit(Unit::currency("EUR"))
            .at(30, "300 millions d'euros")
            .build(),
    ]);
    assert!(report.conflicts.is_empty(), "{report:#?}");
    let units: Vec<String> = report.facts.iter().map(|f| f.unit.to_string()).collect();
    assert_eq!(units, vec!["EUR", "USD"]);
    // Two sources, each in its own currency, do conflict (by unit).
    let report = reconcile(&[
        b("a", "15e9").key(Some("Acme"), "revenue", None).build(),
        b("b", "14e9")
            .key(Some("Acme"), "revenue", None)
            .unit(Unit::currency("EUR"))
            .build(),
    ]);
    assert_eq!(report.conflicts.len(), 1);
    assert_eq!(report.conflicts[0].cause, Cause::Unit);
}

#[test]
fn a_missing_object_joins_the_only_compatible_object() {
    // Meta invested in Scale AI (in dollars) and in Acme (in euros); a claim without object in
    // dollars can only be about Scale AI.
    let report = reconcile(&[
        b("a", "14.3e9")
            .key(Some("Meta"), "investment", Some("Scale AI"))
            .build(),
        b("b", "2e9")
            .key(Some("Meta"), "investment", Some("Acme"))
            .unit(Unit::currency("EUR"))
            .build(),
        b("c", "14.3e9")
            .key(Some("Meta"), "investment", None)
            .build(),
    ]);
    assert!(report.conflicts.is_empty(), "{report:#?}");
    assert_eq!(report.facts.len(), 2);
    let scale = report
        .facts
        .iter()
        .find(|f| f.object.as_deref() == Some("Scale AI"))
        .unwrap();
    assert_eq!(docs_of(&scale.sources), vec!["a", "c"]);
    // By year: two objects in dollars, only one dated like the claim.
    let report = reconcile(&[
        b("a", "14.3e9")
            .key(Some("Meta"), "investment", Some("Scale AI"))
            .year(2025)
            .build(),
        b("b", "2e9")
            .key(Some("Meta"), "investment", Some("Acme"))
            .year(2021)
            .build(),
        b("c", "15e9")
            .key(Some("Meta"), "investment", None)
            .year(2025)
            .build(),
    ]);
    let c = &report.conflicts[0];
    assert_eq!(c.object.as_deref(), Some("Scale AI"));
    // With the only object in another currency, the claim still joins it (one object only).
    let report = reconcile(&[
        b("a", "14.3e9")
            .key(Some("Meta"), "investment", Some("Scale AI"))
            .build(),
        b("c", "13e9")
            .key(Some("Meta"), "investment", None)
            .unit(Unit::currency("EUR"))
            .build(),
    ]);
    assert!(report.facts.is_empty());
    assert_eq!(report.conflicts[0].object.as_deref(), Some("Scale AI"));
}

#[test]
fn a_figure_dated_earlier_explains_a_conflict() {
    // "In 2023 the company had 1,200 employees" against "the company has 1,800 employees".
    let staff = |doc: &str, v: &'static str| {
        b(doc, v)
            .key(Some("Acme"), "headcount", None)
            .unit(Unit::Count)
    };
    let report = reconcile(&[
        staff("a", "1200").year(2023).build(),
        staff("b", "1800").build(),
    ]);
    assert_eq!(report.conflicts[0].cause, Cause::Time, "{report:#?}");
}

/// A vague amount with no object ("several hundred billion" for AI in general) is not the
/// figure of a deal with a named party: it joins no object, and the deal's conflict stands.
#[test]
fn a_vague_amount_without_object_does_not_join_a_deal() {
    let report = concord::Reconciler::default()
        .add(
            concord::Document::new(
                "a.txt",
                "Meta investierte 15 Milliarden Dollar in Scale AI.",
            )
            .with_lang(concord::Lang::De),
        )
        .add(
            concord::Document::new(
                "b.txt",
                "Meta ha investito 14,3 miliardi di dollari in Scale AI.",
            )
            .with_lang(concord::Lang::It),
        )
        .add(
            concord::Document::new(
                "c.txt",
                "Meta investirà centinaia di miliardi di dollari nell'intelligenza artificiale.",
            )
            .with_lang(concord::Lang::It),
        )
        .reconcile();
    let c = report
        .conflicts
        .iter()
        .find(|c| c.predicate == "investment")
        .unwrap_or_else(|| panic!("no investment conflict: {:#?}", report.conflicts));
    assert_eq!(c.object.as_deref(), Some("Scale AI"));
    assert_eq!(c.alternatives.len(), 2, "{c:#?}");
    assert!(c
        .alternatives
        .iter()
        .all(|a| a.sources.iter().all(|s| s.doc != "c.txt")));
}

// ------------------------------------------------------------ the other party of a sentence

/// "Acme and Borealis form a joint venture; Acme holds 60%": one source says it of Acme, the
/// other two of Borealis, the party its sentence also names.
fn stake(doc: &str, subject: &'static str, value: &'static str) -> B {
    b(doc, value)
        .key(Some(subject), "stake", None)
        .unit(Unit::Percent)
        .at(10, &format!("{value}%"))
}

#[test]
fn a_claim_joins_the_other_party_its_sentence_names_when_sources_agree_there() {
    let report = reconcile(&[
        stake("a.txt", "Acme", "60").or_about("Borealis").build(),
        stake("b.txt", "Borealis", "60").build(),
        stake("c.txt", "Borealis", "60").or_about("Acme").build(),
    ]);
    assert_eq!(report.facts.len(), 1, "{report:#?}");
    let f = &report.facts[0];
    assert_eq!(f.subject.as_deref(), Some("Borealis"));
    assert_eq!(docs_of(&f.sources), ["a.txt", "b.txt", "c.txt"]);
    assert!(report.conflicts.is_empty());
}

#[test]
fn two_claims_naming_each_other_meet_once() {
    // Each would move to the other's subject; only one does, whatever the input order.
    let a = stake("a.txt", "Acme", "60").or_about("Borealis").build();
    let b2 = stake("b.txt", "Borealis", "60").or_about("Acme").build();
    for claims in [vec![a.clone(), b2.clone()], vec![b2, a]] {
        let report = reconcile(&claims);
        assert_eq!(report.facts.len(), 1, "{report:#?}");
        assert_eq!(docs_of(&report.facts[0].sources), ["a.txt", "b.txt"]);
    }
}

#[test]
fn the_other_party_never_makes_a_conflict_nor_takes_a_claim_its_own_subject_has() {
    // A different value under the other party may be that party's own figure (two partners'
    // stakes): no move, no conflict.
    let report = reconcile(&[
        stake("a.txt", "Acme", "60").or_about("Borealis").build(),
        stake("b.txt", "Borealis", "40").build(),
    ]);
    assert_eq!(report.facts.len(), 2, "{report:#?}");
    assert!(report.conflicts.is_empty());
    // Another source speaks of Acme's stake: the claim stays with Acme.
    let report = reconcile(&[
        stake("a.txt", "Acme", "60").or_about("Borealis").build(),
        stake("b.txt", "Borealis", "60").build(),
        stake("c.txt", "Acme", "60").build(),
    ]);
    let acme = report
        .facts
        .iter()
        .find(|f| f.subject.as_deref() == Some("Acme"))
        .expect("Acme's fact");
    assert_eq!(docs_of(&acme.sources), ["a.txt", "c.txt"]);
}

/// Subjects and predicates of the report's facts, with their sources' documents.
fn fact_keys(report: &Report) -> Vec<(Option<&str>, &str, String, Vec<&str>)> {
    report
        .facts
        .iter()
        .map(|f| {
            (
                f.subject.as_deref(),
                f.predicate.as_str(),
                f.value.to_string(),
                docs_of(&f.sources),
            )
        })
        .collect()
}

/// A claim in euros, at the builder's defaults otherwise.
fn eur(doc: &str, value: &'static str, subject: &'static str, predicate: &'static str) -> B {
    b(doc, value)
        .unit(Unit::currency("EUR"))
        .key(Some(subject), predicate, None)
}

#[test]
fn a_bare_figure_takes_the_predicate_another_source_gives_it() {
    // "Acme … 1,8 miliardi di euro" with no cue beside the figure, and two sources that say
    // it is Acme's investment.
    let report = reconcile(&[
        eur("a", "1.8e9", "Acme", "money").build(),
        eur("b", "1.8e9", "Acme", "investment").build(),
        eur("c", "1.8e9", "Acme", "investment").build(),
    ]);
    assert_eq!(
        fact_keys(&report),
        vec![(
            Some("Acme"),
            "investment",
            "1800000000".into(),
            vec!["a", "b", "c"]
        )]
    );
}

#[test]
fn a_bare_figure_stays_bare_when_two_predicates_could_take_it() {
    let report = reconcile(&[
        eur("a", "1.8e9", "Acme", "money").build(),
        eur("b", "1.8e9", "Acme", "investment").build(),
        eur("c", "1.8e9", "Acme", "revenue").build(),
    ]);
    let predicates: Vec<_> = report.facts.iter().map(|f| f.predicate.as_str()).collect();
    assert_eq!(predicates, vec!["investment", "money", "revenue"]);
}

#[test]
fn a_figure_given_to_a_bystander_joins_the_subject_other_sources_give_it() {
    // Source a gives the buyer's 9.6 billion to the seller it names beside (it names the
    // buyer too, in another claim); b and c give it to the buyer.
    let report = reconcile(&[
        eur("a", "9.6e9", "Seller", "acquisition_price").build(),
        eur("a", "4e9", "Buyer", "revenue")
            .at(300, "4 miliardi")
            .build(),
        eur("b", "9.6e9", "Buyer", "acquisition_price").build(),
        eur("c", "9.6e9", "Buyer", "acquisition_price").build(),
    ]);
    assert!(report.conflicts.is_empty());
    assert_eq!(
        fact_keys(&report),
        vec![
            (
                Some("Buyer"),
                "acquisition_price",
                "9600000000".into(),
                vec!["a", "b", "c"]
            ),
            (Some("Buyer"), "revenue", "4000000000".into(), vec!["a"]),
        ]
    );
}

#[test]
fn a_subject_stays_where_the_figure_is_not_specific_or_the_other_source_is_alone() {
    let mk = |doc: &str, subject: &'static str, value: &'static str| {
        b(doc, value)
            .unit(Unit::Percent)
            .key(Some(subject), "stake", None)
            .build()
    };
    let names = |doc: &str, subject: &'static str| {
        b(doc, "3")
            .at(400, "3")
            .unit(Unit::Count)
            .multi()
            .key(Some(subject), "plant_count", None)
            .build()
    };
    // "20 %" is a figure two parties of one deal can both have.
    let round = reconcile(&[
        mk("a", "Seller", "20"),
        names("a", "Buyer"),
        mk("b", "Buyer", "20"),
        mk("c", "Buyer", "20"),
    ]);
    assert!(round
        .facts
        .iter()
        .any(|f| f.subject.as_deref() == Some("Seller") && f.value.to_string() == "20"));
    // Two sources, one subject each, each naming both parties: either could be right.
    let even = reconcile(&[
        mk("a", "Seller", "15.8"),
        names("a", "Buyer"),
        mk("b", "Buyer", "15.8"),
        names("b", "Seller"),
    ]);
    let keys = fact_keys(&even);
    assert_eq!(keys.len(), 4, "{keys:?}");
    // A subject the document does not name is never taken.
    let unnamed = reconcile(&[
        mk("a", "Seller", "15.8"),
        mk("b", "Buyer", "15.8"),
        mk("c", "Buyer", "15.8"),
    ]);
    assert_eq!(fact_keys(&unnamed).len(), 2);
}

#[test]
fn a_lone_object_joins_the_object_other_sources_give_the_same_figure() {
    // Two sources say Acme pays 42.5 billion for Widget Co; a third names the company bought
    // another way (an unlinked transliteration): its figure joins theirs.
    let report = reconcile(&[
        b("a", "42.5e9")
            .key(Some("Acme"), "acquisition_price", Some("Widget Co"))
            .build(),
        b("b", "42.5e9")
            .key(Some("Acme"), "acquisition_price", Some("Widget Co"))
            .build(),
        b("c", "42.5e9")
            .key(Some("Acme"), "acquisition_price", Some("威奇公司"))
            .build(),
        b("c", "42.5e9")
            .at(900, "425亿美元")
            .key(Some("Acme"), "acquisition_price", None)
            .build(),
    ]);
    assert!(report.conflicts.is_empty());
    let keys: Vec<_> = report
        .facts
        .iter()
        .map(|f| (f.object.as_deref(), docs_of(&f.sources)))
        .collect();
    assert_eq!(keys, vec![(Some("Widget Co"), vec!["a", "b", "c", "c"])]);
    // One source against one: either name could be right, both stay.
    let even = reconcile(&[
        b("a", "42.5e9")
            .key(Some("Acme"), "acquisition_price", Some("Widget Co"))
            .build(),
        b("c", "42.5e9")
            .key(Some("Acme"), "acquisition_price", Some("威奇公司"))
            .build(),
    ]);
    assert_eq!(even.facts.len(), 2);
}

#[test]
fn a_counterpart_named_another_way_is_learnt_from_a_shared_figure() {
    // Two sources give Acme's price and stake "in Widget Co"; a third names the seller, Holdco,
    // as the counterpart of both. Its price agrees with theirs, so its Holdco is their Widget
    // Co, and its stake (a different value) contradicts theirs.
    let price = |doc: &str, object| {
        b(doc, "3.45e9")
            .key(Some("Acme"), "acquisition_price", Some(object))
            .build()
    };
    let stake = |doc: &str, value, object| {
        b(doc, value)
            .at(400, "x %")
            .unit(Unit::Percent)
            .key(Some("Acme"), "stake", Some(object))
            .build()
    };
    let claims = [
        price("a", "Widget Co"),
        stake("a", "95", "Widget Co"),
        price("b", "Widget Co"),
        stake("b", "95", "Widget Co"),
        price("c", "Holdco"),
        stake("c", "90", "Holdco"),
    ];
    let report = reconcile(&claims);
    assert_eq!(report.conflicts.len(), 1, "{:?}", fact_keys(&report));
    let conflict = &report.conflicts[0];
    assert_eq!(conflict.predicate, "stake");
    assert_eq!(conflict.object.as_deref(), Some("Widget Co"));
    let sides: Vec<Vec<&str>> = conflict
        .alternatives
        .iter()
        .map(|a| docs_of(&a.sources))
        .collect();
    assert_eq!(sides, vec![vec!["c"], vec!["a", "b"]]);
    // A source that names both tells them apart: nothing moves.
    let mut apart = claims.to_vec();
    apart.push(
        b("c", "7")
            .at(700, "7 %")
            .unit(Unit::Percent)
            .key(Some("Acme"), "stake", Some("Widget Co"))
            .build(),
    );
    let report = reconcile(&apart);
    let ninety: Decimal = "90".parse().unwrap();
    assert!(report
        .conflicts
        .iter()
        .flat_map(|c| &c.alternatives)
        .all(|a| a.value != ninety));
    assert!(report
        .facts
        .iter()
        .any(|f| f.object.as_deref() == Some("Holdco")));
    // One source against one: neither name is taken for the other.
    let even = reconcile(&[
        price("a", "Widget Co"),
        stake("a", "95", "Widget Co"),
        price("c", "Holdco"),
        stake("c", "90", "Holdco"),
    ]);
    assert!(even.conflicts.is_empty());
}

#[test]
fn two_reports_of_one_event_naming_the_counterpart_each_its_own_way_join() {
    // Two reports of one event (three specific figures alike) give Acme's 72.5 % stake, one "in
    // the joint venture", the other "in" the partner named beside it: each object rests on its
    // one document, and the two are taken as one counterpart.
    let shared = |doc: &str| {
        vec![
            eur(doc, "1.23e10", "Acme", "investment").build(),
            eur(doc, "4.56e9", "Acme", "cost").at(300, "x").build(),
            b(doc, "2750")
                .unit(Unit::Count)
                .key(Some("Acme"), "headcount", None)
                .at(500, "2750")
                .build(),
        ]
    };
    let stake = |doc: &str, object| {
        b(doc, "72.5")
            .unit(Unit::Percent)
            .key(Some("Acme"), "stake", Some(object))
            .at(700, "72,5 %")
            .build()
    };
    let mut claims = shared("a");
    claims.extend(shared("b"));
    claims.push(stake("a", "Acme Chips JV"));
    claims.push(stake("b", "Partner AG"));
    let report = reconcile(&claims);
    let stakes: Vec<_> = report
        .facts
        .iter()
        .filter(|f| f.predicate == "stake")
        .map(|f| docs_of(&f.sources))
        .collect();
    assert_eq!(stakes, vec![vec!["a", "b"]]);
    // Two documents with nothing else alike may speak of two deals: they stay apart.
    let apart = reconcile(&[stake("a", "Acme Chips JV"), stake("b", "Partner AG")]);
    assert_eq!(apart.facts.len(), 2);
}

/// A percentage of Acme's, under a predicate given.
fn pct(doc: &str, value: &'static str, predicate: &'static str) -> B {
    b(doc, value)
        .unit(Unit::Percent)
        .key(Some("Acme"), predicate, None)
}

#[test]
fn a_figure_under_a_broader_predicate_joins_the_narrower_one_another_source_gives() {
    // "Acme +1,4 %" read as growth by one source, as the share price change by another: the
    // embedded frames say that a share price change narrows growth.
    let claims = [
        pct("a", "1.4", "growth").build(),
        pct("b", "1.4", "share_price_change").build(),
    ];
    let report = reconcile(&claims);
    assert_eq!(
        fact_keys(&report),
        vec![(
            Some("Acme"),
            "share_price_change",
            "1.4".into(),
            vec!["a", "b"]
        )]
    );
    // Frames that say nothing of it leave the two apart.
    let none = Options::default().with_frames(&concord::claim::Frames::empty());
    let apart = reconcile_with(&claims, &none);
    assert_eq!(fact_keys(&apart).len(), 2);
}

#[test]
fn two_reports_naming_one_figure_two_ways_do_not_swap_keys() {
    // Two reports of one event (they share three specific figures). Each gives "about 250 %"
    // under a key that the other states with another value: one calls it growth, the other the
    // share price change. Each would move to the other's key and they would only swap; the
    // narrower predicate (the share price change) takes both.
    let about = |doc: &str, predicate| {
        pct(doc, "250", predicate)
            .bound(Bound::Approx)
            .at(700, "~250 %")
    };
    let report = reconcile(&[
        eur("a", "17.6e9", "Acme", "revenue").build(),
        eur("b", "17.6e9", "Acme", "revenue").build(),
        eur("a", "3.8e11", "Acme", "valuation").at(300, "x").build(),
        eur("b", "3.8e11", "Acme", "valuation").at(300, "x").build(),
        pct("a", "7.8", "share_price_change")
            .at(500, "7,8 %")
            .build(),
        pct("b", "7.8", "share_price_change")
            .at(500, "7.8%")
            .build(),
        pct("b", "300", "growth")
            .bound(Bound::MoreThan)
            .at(600, ">300 %")
            .build(),
        about("a", "growth").build(),
        about("b", "share_price_change").build(),
    ]);
    let at_250: Vec<_> = fact_keys(&report)
        .into_iter()
        .filter(|k| k.2 == "250")
        .collect();
    assert_eq!(
        at_250,
        vec![(
            Some("Acme"),
            "share_price_change",
            "250".into(),
            vec!["a", "b"]
        )]
    );
}

#[test]
fn a_figure_joins_the_predicate_other_sources_agree_on() {
    // One source calls Acme's 2.1 billion a valuation, two a price.
    let report = reconcile(&[
        eur("a", "2.1e9", "Acme", "valuation").build(),
        eur("b", "2.1e9", "Acme", "acquisition_price").build(),
        eur("c", "2.1e9", "Acme", "acquisition_price").build(),
    ]);
    assert_eq!(
        fact_keys(&report),
        vec![(
            Some("Acme"),
            "acquisition_price",
            "2100000000".into(),
            vec!["a", "b", "c"]
        )]
    );
}

#[test]
fn a_figure_under_a_nouns_key_joins_the_frame_another_source_gives() {
    // "Acme zahlt 42 Millionen Euro" read by a frame as the price of a deal, "支付4200万欧元"
    // read by the noun beside it alone (`money:payment`): the frame's predicate says more.
    let claims = [
        eur("a", "42e6", "Acme", "acquisition_price").build(),
        eur("b", "42e6", "Acme", "money:payment").build(),
    ];
    let expected = vec![(
        Some("Acme"),
        "acquisition_price",
        "42000000".into(),
        vec!["a", "b"],
    )];
    assert_eq!(fact_keys(&reconcile(&claims)), expected);
    let reversed = reconcile(&[claims[1].clone(), claims[0].clone()]);
    assert_eq!(fact_keys(&reversed), expected);
    // Two nouns' keys: neither says more, neither moves.
    let nouns = reconcile(&[
        eur("a", "42e6", "Acme", "money:price").build(),
        eur("b", "42e6", "Acme", "money:payment").build(),
    ]);
    assert_eq!(fact_keys(&nouns).len(), 2);
}

#[test]
fn a_figure_with_the_parties_swapped_joins_the_subject_other_sources_give_it() {
    // "Beta, in which Acme holds 22.8 %" read as Beta's stake in Acme by one source; two others
    // give Acme's 22.8 % stake in Gamma. The swapped claim takes Acme and the object the others
    // give.
    let stake = |doc: &str, s: &'static str, o: &'static str| {
        pct(doc, "22.8", "stake")
            .key(Some(s), "stake", Some(o))
            .build()
    };
    let claims = [
        stake("a", "Beta", "Acme"),
        stake("b", "Acme", "Gamma"),
        stake("c", "Acme", "Gamma"),
    ];
    let report = reconcile(&claims);
    assert_eq!(report.facts.len(), 1, "{report:#?}");
    let f = &report.facts[0];
    assert_eq!(
        (f.subject.as_deref(), f.object.as_deref()),
        (Some("Acme"), Some("Gamma"))
    );
    assert_eq!(docs_of(&f.sources), vec!["a", "b", "c"]);
    let reversed = reconcile(&[claims[2].clone(), claims[1].clone(), claims[0].clone()]);
    assert_eq!(fact_keys(&reversed), fact_keys(&report));
}

#[test]
fn sources_that_report_nothing_else_alike_disagree_by_time() {
    // Two full reports of a funding round (they agree on the round and the revenue) give a
    // valuation of 28 billion; a third, of another event, gives 40 billion and nothing else
    // the first two give.
    let fig = |doc: &str, v: &'static str, p: &'static str, at: usize| {
        eur(doc, v, "Acme", p).at(at, "figure").build()
    };
    let round = |doc: &str| fig(doc, "1.25e9", "funding", 10);
    let revenue = |doc: &str, v: &'static str| fig(doc, v, "revenue", 20);
    let valuation = |doc: &str, v: &'static str| fig(doc, v, "valuation", 30);
    let mut claims = vec![
        round("a"),
        revenue("a", "3.1e9"),
        valuation("a", "28e9"),
        round("b"),
        revenue("b", "3.1e9"),
        valuation("b", "28e9"),
        fig("c", "0.65e9", "funding", 10),
        fig("c", "4.4e9", "profit", 20),
        valuation("c", "40e9"),
    ];
    let report = reconcile(&claims);
    let c = report
        .conflicts
        .iter()
        .find(|c| c.predicate.as_str() == "valuation")
        .expect("the valuations conflict");
    assert_eq!(c.cause, Cause::Time, "{}", c.explanation);
    assert!(
        c.explanation.contains("no other figure alike"),
        "{}",
        c.explanation
    );
    // When the third report gives a figure of the others too, it is one event: no such cause.
    claims.push(revenue("c", "3.1e9"));
    let report = reconcile(&claims);
    let c = report
        .conflicts
        .iter()
        .find(|c| c.predicate.as_str() == "valuation")
        .expect("the valuations conflict");
    assert_ne!(c.cause, Cause::Time, "{}", c.explanation);
}

#[test]
fn two_sources_alone_under_unrelated_predicates_keep_them() {
    // Neither predicate narrows the other and neither has another source: either could be
    // right, so neither figure moves (and no order of the claims changes that).
    let claims = [
        eur("a", "4.5e9", "Acme", "investment").build(),
        eur("b", "4.5e9", "Acme", "share_price").build(),
    ];
    let report = reconcile(&claims);
    let keys = fact_keys(&report);
    assert_eq!(keys.len(), 2, "{keys:?}");
    let reversed = reconcile(&[claims[1].clone(), claims[0].clone()]);
    assert_eq!(fact_keys(&reversed), keys);
}

#[test]
fn the_default_options_know_the_embedded_frames_refinements() {
    let from_frames = Options::default().with_frames(concord::claim::Frames::embedded());
    assert_eq!(Options::default().broader, from_frames.broader);
    assert!(!from_frames.broader.is_empty());
}

/// The claims of one report of Acme's plant: the figures `shared` of them (jobs, capacity,
/// subsidy, from the first) and one investment, multi-valued, of `investment`.
fn plant_report(doc: &str, shared: usize, investment: &'static str) -> Vec<Claim> {
    let alike = [
        ("1250", Unit::Count, "job_creation"),
        ("4.5e8", Unit::currency("EUR"), "subsidy"),
        ("3.2e9", Unit::Power, "power_capacity"),
    ];
    let mut claims: Vec<Claim> = alike
        .iter()
        .take(shared)
        .enumerate()
        .map(|(i, &(value, unit, predicate))| {
            b(doc, value)
                .at(200 + 40 * i, value)
                .unit(unit)
                .key(Some("Acme"), predicate, None)
                .build()
        })
        .collect();
    claims.push(eur(doc, investment, "Acme", "investment").multi().build());
    claims
}

#[test]
fn a_multi_valued_key_conflicts_between_reports_of_one_event() {
    // Two reports agree on the plant's jobs and subsidy: their one investment figure each is
    // one investment, told two ways.
    let claims = [plant_report("a", 2, "7.3e9"), plant_report("b", 2, "7.6e9")].concat();
    let report = reconcile(&claims);
    assert_eq!(report.conflicts.len(), 1, "{:?}", fact_keys(&report));
    let c = &report.conflicts[0];
    assert_eq!(c.predicate, "investment");
    assert_eq!(c.alternatives.len(), 2);
}

#[test]
fn a_multi_valued_key_does_not_conflict_without_enough_alike_or_among_several_values() {
    // One figure alike is not enough to call two reports one event.
    let one_alike = [plant_report("a", 1, "7.3e9"), plant_report("b", 1, "7.6e9")].concat();
    assert!(reconcile(&one_alike).conflicts.is_empty());
    // A source that gives two investments, one of them the other source's: nothing is
    // contested (each source's values are among the other's or its own alone).
    let mut several = [plant_report("a", 2, "7.3e9"), plant_report("b", 2, "7.3e9")].concat();
    several.push(
        eur("b", "2e9", "Acme", "investment")
            .at(500, "2 billion")
            .multi()
            .build(),
    );
    let report = reconcile(&several);
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    assert_eq!(
        report
            .facts
            .iter()
            .filter(|f| f.predicate == "investment")
            .count(),
        2
    );
    // But a source's second investment does not hide that its first one is told another way.
    let mut told_two_ways = [plant_report("a", 2, "7.3e9"), plant_report("b", 2, "7.6e9")].concat();
    told_two_ways.push(
        eur("b", "2e9", "Acme", "investment")
            .at(500, "2 billion")
            .multi()
            .build(),
    );
    assert_eq!(reconcile(&told_two_ways).conflicts.len(), 1);
}

/// The figures three reports of one event share (a price, a jobs figure, a capacity), each
/// given to the same subject and predicate in every document.
fn one_event(doc: &str) -> Vec<Claim> {
    vec![
        eur(doc, "2.45e9", "Buyer", "acquisition_price")
            .at(10, "2,45 Mrd.")
            .build(),
        b(doc, "1350")
            .at(200, "1350")
            .unit(Unit::Count)
            .key(Some("Mine"), "headcount", None)
            .build(),
        b(doc, "640e6")
            .at(300, "640 MW")
            .unit(Unit::Power)
            .multi()
            .key(Some("Mine"), "power_capacity", None)
            .build(),
    ]
}

/// [`one_event`] as a report that gives every figure to the buyer.
fn buyer_only(doc: &str) -> Vec<Claim> {
    one_event(doc)
        .into_iter()
        .map(|mut c| {
            c.subject = Some(ent("Buyer"));
            c
        })
        .collect()
}

fn tonnes(doc: &str, value: &'static str, subject: &'static str) -> B {
    b(doc, value).at(500, value).unit(Unit::Mass).multi().key(
        Some(subject),
        "production_capacity",
        None,
    )
}

#[test]
fn a_report_of_the_same_event_joins_a_figure_given_to_a_subject_it_never_names() {
    // Report a gives the mine's output to the buyer, and never names the mine as a subject of
    // its own; b and c, which share a's price, jobs and capacity, give it to the mine.
    let mut claims = buyer_only("a");
    claims.push(tonnes("a", "25300e3", "Buyer").build());
    for doc in ["b", "c"] {
        claims.extend(one_event(doc));
        claims.push(tonnes(doc, "25300e3", "Mine").build());
    }
    let report = reconcile(&claims);
    assert!(report.conflicts.is_empty());
    let output = fact_keys(&report)
        .into_iter()
        .find(|k| k.1 == "production_capacity");
    assert_eq!(
        output,
        Some((
            Some("Mine"),
            "production_capacity",
            "25300000".into(),
            vec!["a", "b", "c"]
        ))
    );
    // The same claims in another order give the same report.
    let mut reversed = claims.clone();
    reversed.reverse();
    assert_eq!(reconcile(&reversed), report);
}

#[test]
fn a_report_of_the_same_event_joins_a_figure_read_under_a_broader_predicate() {
    let mut claims = Vec::new();
    for doc in ["a", "b", "c"] {
        claims.extend(one_event(doc));
    }
    let growth = |doc: &str, predicate: &'static str| {
        b(doc, "9.7")
            .at(600, "9,7 %")
            .unit(Unit::Percent)
            .key(Some("Mine"), predicate, None)
            .build()
    };
    claims.push(growth("a", "growth"));
    claims.push(growth("b", "revenue_growth"));
    claims.push(growth("c", "revenue_growth"));
    let report = reconcile(&claims);
    let keys = fact_keys(&report);
    assert!(
        keys.contains(&(
            Some("Mine"),
            "revenue_growth",
            "9.7".into(),
            vec!["a", "b", "c"]
        )),
        "{keys:?}"
    );
}

#[test]
fn a_report_of_the_same_event_joins_a_specific_figure_under_another_subject_and_predicate() {
    // Report a gives the founder's 15.8 % stake to the company as its growth; b and c, which
    // share a's price, jobs and capacity, give it to the founder as his stake.
    let mut claims = Vec::new();
    for doc in ["a", "b", "c"] {
        claims.extend(one_event(doc));
    }
    let pct = |doc: &str, value: &'static str, subject, predicate| {
        b(doc, value)
            .at(700, "x %")
            .unit(Unit::Percent)
            .key(Some(subject), predicate, None)
            .build()
    };
    claims.push(pct("a", "15.8", "Mine", "growth"));
    claims.push(pct("b", "15.8", "Founder", "stake"));
    claims.push(pct("c", "15.8", "Founder", "stake"));
    let report = reconcile(&claims);
    assert!(fact_keys(&report).contains(&(
        Some("Founder"),
        "stake",
        "15.8".into(),
        vec!["a", "b", "c"]
    )));
    // A figure of two digits moves too, between reports of one event.
    let mut claims = Vec::new();
    for doc in ["a", "b", "c"] {
        claims.extend(one_event(doc));
    }
    claims.push(pct("a", "16", "Mine", "growth"));
    claims.push(pct("b", "16", "Founder", "stake"));
    claims.push(pct("c", "16", "Founder", "stake"));
    let report = reconcile(&claims);
    assert!(fact_keys(&report).contains(&(
        Some("Founder"),
        "stake",
        "16".into(),
        vec!["a", "b", "c"]
    )));
    // But not where the reports share only that figure.
    let report = reconcile(&[
        pct("a", "16", "Mine", "growth"),
        pct("b", "16", "Founder", "stake"),
        pct("c", "16", "Founder", "stake"),
    ]);
    assert!(fact_keys(&report).contains(&(Some("Mine"), "growth", "16".into(), vec!["a"])));
}

#[test]
fn a_price_named_by_its_noun_alone_contradicts_the_valuation_other_reports_give() {
    // Three reports of one event. Two give the target's valuation as 5.1 billion; the third
    // only speaks of "a price of 4.1 billion" for it (a noun's key): it is that valuation, and
    // disagrees.
    let mut claims = Vec::new();
    for doc in ["a", "b", "c"] {
        claims.extend(one_event(doc));
    }
    let value = |doc: &str, value, predicate| {
        eur(doc, value, "Target", predicate)
            .at(800, "x Mrd.")
            .build()
    };
    claims.push(value("a", "5.1e9", "valuation"));
    claims.push(value("b", "5.1e9", "valuation"));
    claims.push(value("c", "4.1e9", "money:price"));
    let report = reconcile(&claims);
    let contested: Vec<_> = report
        .conflicts
        .iter()
        .map(|c| c.predicate.as_str())
        .collect();
    assert_eq!(contested, vec!["valuation"]);
    // Its own report names the valuation apart: the price is another figure.
    claims.push(value("c", "5.1e9", "valuation"));
    let report = reconcile(&claims);
    assert!(report.conflicts.is_empty());
    assert!(fact_keys(&report)
        .iter()
        .any(|k| k.1 == "money:price" && k.3 == vec!["c"]));
}

#[test]
fn a_figure_stays_where_the_reports_share_too_little_or_two_keys_could_take_it() {
    // Only the figure itself in common: two unrelated articles may share one figure.
    let lone = reconcile(&[
        tonnes("a", "25300e3", "Buyer").build(),
        tonnes("b", "25300e3", "Mine").build(),
        tonnes("c", "25300e3", "Mine").build(),
    ]);
    assert_eq!(fact_keys(&lone).len(), 2);
    // One event, but the figure stands under two other subjects: either could be right.
    let mut claims = buyer_only("a");
    for doc in ["b", "c", "d"] {
        claims.extend(one_event(doc));
    }
    claims.push(tonnes("a", "25300e3", "Buyer").build());
    for (doc, subject) in [
        ("b", "Mine"),
        ("c", "Mine"),
        ("d", "Smelter"),
        ("b", "Smelter"),
    ] {
        claims.push(tonnes(doc, "25300e3", subject).build());
    }
    let report = reconcile(&claims);
    assert!(fact_keys(&report)
        .iter()
        .any(|k| k.0 == Some("Buyer") && k.1 == "production_capacity"));
    // A figure another source confirms under its own key stays there.
    let mut claims = Vec::new();
    for doc in ["a", "b", "c", "d"] {
        claims.extend(one_event(doc));
    }
    for (doc, subject) in [("a", "Buyer"), ("d", "Buyer"), ("b", "Mine"), ("c", "Mine")] {
        claims.push(tonnes(doc, "25300e3", subject).build());
    }
    let report = reconcile(&claims);
    assert!(fact_keys(&report).contains(&(
        Some("Buyer"),
        "production_capacity",
        "25300000".into(),
        vec!["a", "d"]
    )));
}

#[test]
fn reports_of_one_event_contest_a_multi_valued_figure_they_tell_two_ways() {
    // Three reports share a price, a headcount and a capacity. Each gives the whole plant's
    // 1.2 GW; two give each unit 300 MW, the third 250 MW: a contradiction about the unit,
    // though `power_capacity` may hold several values.
    let unit = |doc: &str, value: &'static str| {
        b(doc, value).at(700, value).unit(Unit::Power).multi().key(
            Some("Mine"),
            "power_capacity",
            None,
        )
    };
    let mut claims = Vec::new();
    for (doc, part) in [("a", "300e6"), ("b", "300e6"), ("c", "250e6")] {
        claims.extend(one_event(doc));
        claims.push(unit(doc, part).build());
        claims.push(unit(doc, "1.2e9").at(800, "1,2 GW").build());
    }
    let report = reconcile(&claims);
    assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    assert_eq!(report.conflicts[0].predicate, "power_capacity");
    // Values far apart are two things the reports count, not one told two ways.
    let mut claims = Vec::new();
    for (doc, part) in [("a", "30e6"), ("b", "30e6"), ("c", "250e6")] {
        claims.extend(one_event(doc));
        claims.push(unit(doc, part).build());
    }
    assert!(reconcile(&claims).conflicts.is_empty());
    // Without the shared figures, two articles may speak of two plants.
    let claims: Vec<Claim> = [("a", "300e6"), ("b", "300e6"), ("c", "250e6")]
        .into_iter()
        .map(|(doc, part)| unit(doc, part).build())
        .collect();
    assert!(reconcile(&claims).conflicts.is_empty());
}

/// A report of Acme's plant sharing its two first figures (jobs, subsidy) with the others,
/// given to the region rather than to Acme, with Acme's multi-valued `predicate` in `unit`
/// at each of `values`.
fn regional_report(
    doc: &str,
    predicate: &'static str,
    unit: Unit,
    values: &[&'static str],
) -> Vec<Claim> {
    let mut claims: Vec<Claim> = [
        ("1250", Unit::Count, "job_creation"),
        ("4.5e8", Unit::currency("EUR"), "subsidy"),
    ]
    .iter()
    .enumerate()
    .map(|(i, &(value, unit, predicate))| {
        b(doc, value)
            .at(200 + 40 * i, value)
            .unit(unit)
            .key(Some("Region"), predicate, None)
            .build()
    })
    .collect();
    for (i, &value) in values.iter().enumerate() {
        claims.push(
            b(doc, value)
                .at(500 + 40 * i, value)
                .unit(unit)
                .multi()
                .key(Some("Acme"), predicate, None)
                .build(),
        );
    }
    claims
}

#[test]
fn two_figures_alike_anywhere_make_two_reports_one_event_for_a_multi_valued_key() {
    // The two reports agree on two figures, given to another party than the one contested.
    let claims = [
        regional_report("a", "passenger_count", Unit::Count, &["420000"]),
        regional_report("b", "passenger_count", Unit::Count, &["460000"]),
    ]
    .concat();
    let report = reconcile(&claims);
    assert_eq!(report.conflicts.len(), 1, "{:?}", fact_keys(&report));
    assert_eq!(report.conflicts[0].predicate, "passenger_count");
}

#[test]
fn one_value_each_contests_farther_apart_than_several() {
    // Each report gives the travellers one figure: a quarter of a million against 800,000 is
    // one figure told two ways.
    let lone = [
        regional_report("a", "passenger_count", Unit::Count, &["250000"]),
        regional_report("b", "passenger_count", Unit::Count, &["800000"]),
    ]
    .concat();
    assert_eq!(reconcile(&lone).conflicts.len(), 1);
    // Plants to build against plants in service: too far apart to be one figure.
    let far = [
        regional_report("a", "plant_count", Unit::Count, &["4"]),
        regional_report("b", "plant_count", Unit::Count, &["57"]),
    ]
    .concat();
    assert!(reconcile(&far).conflicts.is_empty());
    // A report that gives two values keeps the narrower reach: 250,000 and 800,000 are two
    // figures where a report also gives a third.
    let several = [
        regional_report("a", "passenger_count", Unit::Count, &["250000", "1200000"]),
        regional_report("b", "passenger_count", Unit::Count, &["800000", "1200000"]),
    ]
    .concat();
    assert!(reconcile(&several).conflicts.is_empty());
}

#[test]
fn swapped_digits_are_one_figure_miscopied() {
    // Both reports give the season's 514 cases; one gives the local cases as 27, the other
    // as 72 (more than twice as many, but the same digits swapped).
    let swapped = [
        regional_report("a", "case_count", Unit::Count, &["27", "514"]),
        regional_report("b", "case_count", Unit::Count, &["72", "514"]),
    ]
    .concat();
    let report = reconcile(&swapped);
    assert_eq!(report.conflicts.len(), 1, "{:?}", fact_keys(&report));
    // 27 against 95: two counts, not one miscopied.
    let apart = [
        regional_report("a", "case_count", Unit::Count, &["27", "514"]),
        regional_report("b", "case_count", Unit::Count, &["95", "514"]),
    ]
    .concat();
    assert!(reconcile(&apart).conflicts.is_empty());
    // Swapped digits of a rate: 2,6 % against 6,2 %.
    let rate = [
        regional_report("a", "import_growth", Unit::Percent, &["2.6", "11"]),
        regional_report("b", "import_growth", Unit::Percent, &["6.2", "11"]),
    ]
    .concat();
    assert_eq!(reconcile(&rate).conflicts.len(), 1);
}

/// A report of a museum's reopening sharing two figures (its visitors and its cost) with the
/// others, with `claims` of its own.
fn reopening(doc: &str, claims: Vec<B>) -> Vec<Claim> {
    let mut out = vec![
        b(doc, "1350000")
            .at(100, "1,35 million")
            .unit(Unit::Count)
            .key(Some("Museum"), "visitor_count", None)
            .build(),
        eur(doc, "8.6e7", "Museum", "cost")
            .at(150, "86 million")
            .build(),
    ];
    out.extend(
        claims
            .into_iter()
            .enumerate()
            .map(|(i, c)| c.at(300 + 50 * i, "x").build()),
    );
    out
}

fn paintings(doc: &str, subject: &'static str, value: &'static str) -> B {
    b(doc, value)
        .unit(Unit::Count)
        .multi()
        .key(Some(subject), "count:painting", None)
}

#[test]
fn two_reports_giving_a_predicate_one_figure_each_under_two_subjects_join() {
    // One report gives the four paintings stolen to the museum, the other to its city.
    let claims = [
        reopening("a", vec![paintings("a", "Museum", "4")]),
        reopening("b", vec![paintings("b", "Riverside", "4")]),
    ]
    .concat();
    let report = reconcile(&claims);
    let joined: Vec<_> = fact_keys(&report)
        .into_iter()
        .filter(|k| k.1 == "count:painting")
        .collect();
    // The subject both documents name (the museum) is kept.
    assert_eq!(
        joined,
        vec![(Some("Museum"), "count:painting", "4".into(), vec!["a", "b"])]
    );
    // A report that gives the predicate two figures tells them apart: nothing joins.
    let two = [
        reopening(
            "a",
            vec![
                paintings("a", "Museum", "4"),
                paintings("a", "Gallery", "6"),
            ],
        ),
        reopening("b", vec![paintings("b", "Riverside", "4")]),
    ]
    .concat();
    let report = reconcile(&two);
    assert_eq!(
        fact_keys(&report)
            .iter()
            .filter(|k| k.1 == "count:painting")
            .count(),
        3
    );
    // A bare count says too little to join on a small figure.
    let bare = [
        reopening(
            "a",
            vec![paintings("a", "Museum", "4").key(Some("Museum"), "count", None)],
        ),
        reopening(
            "b",
            vec![paintings("b", "Riverside", "4").key(Some("Riverside"), "count", None)],
        ),
    ]
    .concat();
    let report = reconcile(&bare);
    assert_eq!(
        fact_keys(&report).iter().filter(|k| k.1 == "count").count(),
        2
    );
}

#[test]
fn two_reports_giving_a_predicate_near_figures_under_two_subjects_contradict_where_one_names_the_other(
) {
    // The second report names the museum too (its visitors), yet gives the stolen paintings to
    // the city: seven against eight is one figure told two ways.
    let claims = [
        reopening("a", vec![paintings("a", "Museum", "7")]),
        reopening("b", vec![paintings("b", "Riverside", "8")]),
    ]
    .concat();
    let report = reconcile(&claims);
    assert_eq!(report.conflicts.len(), 1, "{:?}", fact_keys(&report));
    assert_eq!(report.conflicts[0].predicate, "count:painting");
    assert_eq!(report.conflicts[0].subject.as_deref(), Some("Museum"));
    // Two parties that only one report each names may each have their own figure (two
    // countries' medals): no conflict.
    let own = |doc: &str, subject: &'static str, value: &'static str| {
        let mut claims = reopening(doc, vec![paintings(doc, subject, value)]);
        for c in claims.iter_mut().take(2) {
            c.subject = Some(ent("Hall"));
        }
        claims
    };
    let report = reconcile(&[own("a", "Northland", "21"), own("b", "Southland", "15")].concat());
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
}

#[test]
fn a_small_bare_figure_takes_the_named_predicate_another_report_of_the_event_gives_it() {
    let share = |doc: &str, predicate: &'static str| {
        b(doc, "30")
            .unit(Unit::Percent)
            .key(Some("Museum"), predicate, None)
    };
    // "30 %" with no cue beside it is the stake the other report names.
    let claims = [
        reopening("a", vec![share("a", "percent")]),
        reopening("b", vec![share("b", "stake")]),
    ]
    .concat();
    let report = reconcile(&claims);
    let keys: Vec<_> = fact_keys(&report)
        .into_iter()
        .filter(|k| k.2 == "30")
        .collect();
    assert_eq!(
        keys,
        vec![(Some("Museum"), "stake", "30".into(), vec!["a", "b"])]
    );
    // Without the figures that make the two reports one event, a small figure stays.
    let apart = [
        vec![share("a", "percent").build()],
        vec![share("b", "stake").build()],
    ]
    .concat();
    assert_eq!(
        fact_keys(&reconcile(&apart))
            .iter()
            .filter(|k| k.2 == "30")
            .count(),
        2
    );
    // Nor where its own report gives the stake another value: it tells the two apart.
    let own = [
        reopening(
            "a",
            vec![
                share("a", "percent"),
                b("a", "12")
                    .unit(Unit::Percent)
                    .key(Some("Museum"), "stake", None),
            ],
        ),
        reopening("b", vec![share("b", "stake")]),
    ]
    .concat();
    assert!(fact_keys(&reconcile(&own))
        .iter()
        .any(|k| k.1 == "percent" && k.2 == "30"));
}

/// The yearly subsidy of a ferry tender as report a gives it: to the region.
fn region_subsidy() -> Claim {
    eur("a", "41.75e6", "Region", "subsidy")
        .at(800, "41,75 Mio.")
        .build()
}

/// The operator's contract as report b gives it, `value` at byte `at`.
fn operator_contract(value: &'static str, at: usize) -> B {
    eur("b", value, "Operator", "contract_value").at(at, "x millions")
}

/// Three reports of the ferry tender's event ([`one_event`]), with `own` claims of theirs.
fn tender_reports(own: impl IntoIterator<Item = Claim>) -> Vec<Claim> {
    let mut claims: Vec<Claim> = ["a", "b", "c"].into_iter().flat_map(one_event).collect();
    claims.extend(own);
    claims
}

#[test]
fn reports_of_one_event_each_alone_under_its_key_join_their_common_figure() {
    // Three reports of one event: a tender for a ferry line (a price, a crew, a capacity
    // alike). Each gives the yearly subsidy, 41.75 million euros, its own way: to the region
    // as a subsidy, to the operator as a contract, to the ferry line as money. No key has a
    // second source: the three are one fact, under the one key that goes first or else the
    // first in the canonical order.
    let claims = tender_reports([
        region_subsidy(),
        operator_contract("41.75e6", 800).build(),
        eur("c", "41.75e6", "Ferry line", "money")
            .at(800, "4175万")
            .build(),
    ]);
    let report = reconcile(&claims);
    assert!(report.conflicts.is_empty());
    let subsidy: Vec<_> = fact_keys(&report)
        .into_iter()
        .filter(|k| k.2 == "41750000")
        .collect();
    assert_eq!(subsidy.len(), 1, "{subsidy:?}");
    assert_eq!(subsidy[0].3, vec!["a", "b", "c"]);
    // The same claims in another order give the same report.
    let mut reversed = claims.clone();
    reversed.reverse();
    assert_eq!(reconcile(&reversed), report);

    // A key that holds a value that disagrees takes nothing: the figure would contradict it
    // (here b, alone under the operator's contract, gives it two values).
    let report = reconcile(&tender_reports([
        region_subsidy(),
        operator_contract("41.75e6", 800).build(),
        operator_contract("39e6", 900).build(),
    ]));
    assert!(report.conflicts.is_empty());
    assert!(fact_keys(&report).contains(&(
        Some("Region"),
        "subsidy",
        "41750000".into(),
        vec!["a"]
    )));

    // A key of several values (a multi-valued predicate) holds the figure beside its other
    // values: nothing disagrees.
    let report = reconcile(&tender_reports([
        region_subsidy(),
        operator_contract("41.75e6", 800).multi().build(),
        operator_contract("39e6", 900).multi().build(),
    ]));
    assert!(report.conflicts.is_empty());
    assert!(fact_keys(&report).contains(&(
        Some("Operator"),
        "contract_value",
        "41750000".into(),
        vec!["a", "b"]
    )));

    // Two reports that share nothing but the figure keep their keys.
    let report = reconcile(&[region_subsidy(), operator_contract("41.75e6", 800).build()]);
    assert_eq!(fact_keys(&report).len(), 2);
}

/// [`one_event`]'s claims in report `doc`, with `own` claims of its.
fn event_with(doc: &str, own: Vec<B>) -> Vec<Claim> {
    let mut claims = one_event(doc);
    claims.extend(own.into_iter().map(B::build));
    claims
}

#[test]
fn reports_of_one_event_join_a_plain_figure_each_states_once() {
    // Two reports of one event (the mine's price, jobs and capacity alike). Each says the
    // buyer will cut 5 % of the staff, one giving the cut to the buyer, the other to the mine,
    // each with its own word for it: "5 %" is too plain to tell an event by, but between two
    // reports of one event that each state it once, it is one fact.
    let cut = |doc: &str, subject: &'static str, predicate: &'static str| {
        b(doc, "5")
            .unit(Unit::Percent)
            .key(Some(subject), predicate, None)
            .at(400, "5 %")
    };
    let claims = [
        event_with("a", vec![cut("a", "Buyer", "job_cut")]),
        event_with("b", vec![cut("b", "Mine", "staff_reduction")]),
    ]
    .concat();
    let report = reconcile(&claims);
    let cuts: Vec<_> = fact_keys(&report)
        .into_iter()
        .filter(|k| k.2 == "5")
        .collect();
    assert_eq!(cuts.len(), 1, "{cuts:?}");
    assert_eq!(cuts[0].3, vec!["a", "b"]);
    let mut reversed = claims.clone();
    reversed.reverse();
    assert_eq!(reconcile(&reversed), report);

    // A report that states the figure twice (the cut and a rise of the copper price) does not
    // say which of its two is the other report's.
    let twice = [
        event_with("a", vec![cut("a", "Buyer", "job_cut")]),
        event_with(
            "b",
            vec![
                cut("b", "Mine", "staff_reduction"),
                b("b", "5")
                    .unit(Unit::Percent)
                    .key(Some("Copper"), "price_change", None)
                    .at(500, "5 %"),
            ],
        ),
    ]
    .concat();
    assert_eq!(
        fact_keys(&reconcile(&twice))
            .iter()
            .filter(|k| k.2 == "5")
            .count(),
        3
    );
    // Two reports that share nothing else keep their keys, and so do two bounds ("more than
    // 5 %" is not "5 %").
    let apart = [
        cut("a", "Buyer", "job_cut").build(),
        cut("b", "Mine", "staff_reduction").build(),
    ];
    assert_eq!(fact_keys(&reconcile(&apart)).len(), 2);
    let bounds = [
        event_with("a", vec![cut("a", "Buyer", "job_cut")]),
        event_with(
            "b",
            vec![cut("b", "Mine", "staff_reduction").bound(Bound::MoreThan)],
        ),
    ]
    .concat();
    assert_eq!(
        fact_keys(&reconcile(&bounds))
            .iter()
            .filter(|k| k.2 == "5")
            .count(),
        2
    );
}

#[test]
fn reports_of_one_event_set_near_figures_of_one_subject_against_each_other() {
    // Two reports of one event (the mine's price, jobs and capacity alike) give the chain's
    // yearly sales one way each: a forecast of 9.6 billion euros read as sales, an outcome of
    // 9.8 billion read as revenue. Near figures of one subject in one unit, each the only one
    // of its report: one figure told two ways, here in disagreement.
    let sales = |doc: &str, value: &'static str, predicate: &'static str| {
        eur(doc, value, "Chain", predicate).at(400, "x miliardi")
    };
    let claims = [
        event_with("a", vec![sales("a", "9.6e9", "sales")]),
        event_with("b", vec![sales("b", "9.8e9", "revenue")]),
    ]
    .concat();
    let report = reconcile(&claims);
    assert_eq!(report.conflicts.len(), 1, "{:?}", fact_keys(&report));
    let mut reversed = claims.clone();
    reversed.reverse();
    assert_eq!(reconcile(&reversed), report);

    // Where the two agree (26 billion rounded, 26.4 billion), they are one fact.
    let report = reconcile(
        &[
            event_with("a", vec![sales("a", "26e9", "sales")]),
            event_with("b", vec![sales("b", "26.4e9", "revenue")]),
        ]
        .concat(),
    );
    assert!(report.conflicts.is_empty());
    assert!(
        fact_keys(&report)
            .iter()
            .any(|k| k.3 == vec!["a", "b"] && k.2 == "26400000000"),
        "{:?}",
        fact_keys(&report)
    );

    // A figure near two of the other report's (sales and an investment, both near) says
    // nothing about which it is; reports that share nothing else keep their facts apart.
    let two = [
        event_with("a", vec![sales("a", "9.6e9", "sales")]),
        event_with(
            "b",
            vec![
                sales("b", "9.8e9", "revenue"),
                eur("b", "9.1e9", "Chain", "investment").at(500, "x miliardi"),
            ],
        ),
    ]
    .concat();
    assert!(reconcile(&two).conflicts.is_empty());
    let apart = [
        sales("a", "9.6e9", "sales").build(),
        sales("b", "9.8e9", "revenue").build(),
    ];
    assert!(reconcile(&apart).conflicts.is_empty());
}
