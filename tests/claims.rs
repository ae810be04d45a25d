//! Claims from hand-made mentions, per language (issue 5): the frame comes from the cue words,
//! the subject and object from the entities around the figure, or from the previous sentence,
//! and no claim is made where nothing justifies one.

use concord::claim::{self, Claim, ClaimInput, Frames, SubjectSource};
use concord::text::sentences;
use concord::{Decimal, EntityKind, EntityMention, Lang, Quantity, QuantityMention, Span, Unit};

/// A document with mentions marked by hand.
struct Doc {
    text: String,
    lang: Lang,
    entities: Vec<EntityMention>,
    quantities: Vec<QuantityMention>,
}

impl Doc {
    fn new(text: &str, lang: Lang) -> Doc {
        Doc {
            text: text.to_string(),
            lang,
            entities: Vec::new(),
            quantities: Vec::new(),
        }
    }

    /// Marks every occurrence of `surface` as the entity `name`.
    fn entity(mut self, surface: &str, name: &str, kind: EntityKind) -> Doc {
        let id = name.to_lowercase().replace(' ', "_");
        for (start, _) in self.text.match_indices(surface) {
            self.entities.push(EntityMention {
                span: Span::new(start, start + surface.len()),
                id: id.clone(),
                name: name.to_string(),
                kind,
                score: 0.95,
                rule: "test".into(),
            });
        }
        self.entities.sort_by_key(|e| e.span);
        self
    }

    fn org(self, surface: &str, name: &str) -> Doc {
        self.entity(surface, name, EntityKind::Organization)
    }

    /// Marks the first occurrence of `surface` as an amount.
    fn amount(self, surface: &str, value: &str, unit: &str) -> Doc {
        self.amount_with(surface, value, unit, |q| q)
    }

    fn amount_with(
        mut self,
        surface: &str,
        value: &str,
        unit: &str,
        f: impl Fn(Quantity) -> Quantity,
    ) -> Doc {
        let start = self
            .text
            .find(surface)
            .unwrap_or_else(|| panic!("{surface:?} not in the text"));
        let value: Decimal = value.parse().unwrap();
        self.quantities.push(QuantityMention {
            span: Span::new(start, start + surface.len()),
            quantity: f(Quantity::new(value, unit.parse::<Unit>().unwrap())),
            lang: self.lang,
            hedge: None,
        });
        self.quantities.sort_by_key(|q| q.span);
        self
    }

    fn claims(&self) -> Vec<Claim> {
        let sentences = sentences::split(&self.text, self.lang);
        claim::extract(&ClaimInput {
            doc: "test.txt",
            text: &self.text,
            lang: self.lang,
            sentences: &sentences,
            quantities: &self.quantities,
            entities: &self.entities,
        })
    }
}

/// A claim as (subject, predicate, object, figure surface).
type Spo = (String, String, String, String);

fn spo(c: &Claim) -> Spo {
    (
        c.subject.as_ref().map_or("-".into(), |e| e.name.clone()),
        c.predicate.clone(),
        c.object.as_ref().map_or("-".into(), |e| e.name.clone()),
        c.provenance.text.clone(),
    )
}

fn spos(claims: &[Claim]) -> Vec<Spo> {
    claims.iter().map(spo).collect()
}

fn t(s: &str, p: &str, o: &str, text: &str) -> Spo {
    (s.into(), p.into(), o.into(), text.into())
}

// ---------------------------------------------------------------- Italian

#[test]
fn it_investment_with_marked_object() {
    let doc = Doc::new(
        "Secondo fonti vicine, Acme ha investito 2,5 miliardi di dollari in Globex.",
        Lang::It,
    )
    .org("Acme", "Acme")
    .org("Globex", "Globex")
    .amount("2,5 miliardi di dollari", "2.5e9", "USD");
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [t("Acme", "investment", "Globex", "2,5 miliardi di dollari")]
    );
    let c = &claims[0];
    assert!(c.functional);
    assert_eq!(c.subject_from, SubjectSource::Sentence);
    assert_eq!(c.provenance.lang, Lang::It);
    let cue = c.provenance.cues[0];
    assert_eq!(&doc.text[cue.start..cue.end], "investi");
    assert!(c.confidence > 0.8, "{}", c.confidence);
}

#[test]
fn it_subject_from_the_previous_sentence() {
    let doc = Doc::new(
        "Acme ha annunciato un nuovo piano. La società ha investito 2 miliardi di euro nella startup Globex.",
        Lang::It,
    )
    .org("Acme", "Acme")
    .org("Globex", "Globex")
    .amount("2 miliardi di euro", "2e9", "EUR");
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [t("Acme", "investment", "Globex", "2 miliardi di euro")]
    );
    assert_eq!(claims[0].subject_from, SubjectSource::PreviousSentence);
    assert!(claims[0].confidence < 0.7);
}

#[test]
fn it_acquisition_and_hiring() {
    let doc = Doc::new(
        "Acme ha completato l'acquisizione da 45 milioni di dollari di Initech. Dopo che Acme ha assunto almeno otto dei suoi ricercatori, Globex ha reagito.",
        Lang::It,
    )
    .org("Acme", "Acme")
    .org("Initech", "Initech")
    .org("Globex", "Globex")
    .amount("45 milioni di dollari", "45e6", "USD")
    .amount_with("almeno otto", "8", "count", |q| Quantity {
        bound: concord::Bound::AtLeast,
        ..q
    });
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [
            t(
                "Acme",
                "acquisition_price",
                "Initech",
                "45 milioni di dollari"
            ),
            t("Acme", "hires", "-", "almeno otto"),
        ]
    );
    assert!(!claims[1].functional);
}

#[test]
fn it_no_cue_no_claim_and_no_subject_no_claim() {
    // A figure without a predicate cue nor a noun that names it says only its dimension: a
    // bare claim about the party the sentence names, multi-valued and with a low confidence.
    let doc = Doc::new("Acme ha perso 10 milioni di euro in borsa.", Lang::It)
        .org("Acme", "Acme")
        .amount("10 milioni di euro", "10e6", "EUR");
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [t("Acme", "money", "-", "10 milioni di euro")]
    );
    assert!(!claims[0].functional && claims[0].confidence < 0.5);
    // An investment with nobody named anywhere has no subject to justify.
    let doc = Doc::new(
        "Sono stati investiti 5 miliardi di euro nel settore.",
        Lang::It,
    )
    .amount("5 miliardi di euro", "5e9", "EUR");
    assert!(doc.claims().is_empty());
    // A number inside a name is no amount.
    let doc = Doc::new(
        "Acme ha lanciato Modello 4 con grande investimento.",
        Lang::It,
    )
    .org("Acme", "Acme")
    .entity("Modello 4", "Modello 4", EntityKind::Product)
    .amount("4", "4", "count");
    assert!(doc.claims().is_empty());
}

#[test]
fn it_age_in_apposition_and_launch_year() {
    let doc = Doc::new(
        "Mario Rossi, 52 anni, guida Acme da dieci anni. Il centro Atlas entrerà in funzione nel 2027. Sarà operativo nel 2028.",
        Lang::It,
    )
    .entity("Mario Rossi", "Mario Rossi", EntityKind::Person)
    .org("Acme", "Acme")
    .entity("Atlas", "Atlas", EntityKind::Facility)
    .amount("52 anni", "52", "years")
    .amount("dieci anni", "10", "years")
    .amount("2027", "2027", "year")
    .amount("2028", "2028", "year");
    // "dieci anni" is a duration with nobody right before it: no age. The launch year of the
    // third sentence names no facility, and a year is not guessed from the context.
    assert_eq!(
        spos(&doc.claims()),
        [
            t("Mario Rossi", "age", "-", "52 anni"),
            t("Atlas", "launch_year", "-", "2027"),
        ]
    );
}

#[test]
fn en_share_price_moves_are_not_stakes_and_far_cues_do_not_bind() {
    let doc = Doc::new(
        "Globex shares rose 5% on Monday. Initech, which invested heavily in AI last year, paid a fine of $20 million.",
        Lang::En,
    )
    .org("Globex", "Globex")
    .org("Initech", "Initech")
    .amount("5%", "5", "percent")
    .amount("$20 million", "20e6", "USD");
    // The move is the share price's change (not a stake); the investment cue in the aside is
    // too far to bind the fine: its own frame names it.
    assert_eq!(
        spos(&doc.claims()),
        [
            t("Globex", "share_price_change", "-", "5%"),
            t("Initech", "fine", "-", "$20 million")
        ]
    );
}

#[test]
fn it_passive_and_cited_sources() {
    // The passive agent is the buyer, the grammatical subject the target.
    let doc = Doc::new(
        "Globex è stata acquisita da Initech per 3 miliardi di euro.",
        Lang::It,
    )
    .org("Globex", "Globex")
    .org("Initech", "Initech")
    .amount("3 miliardi di euro", "3e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t(
            "Initech",
            "acquisition_price",
            "Globex",
            "3 miliardi di euro"
        )]
    );
    // "da" without a passive is "from": Initech is no agent here.
    let doc = Doc::new(
        "Acme, arrivata da Initech, ha investito 2 milioni di euro in Globex.",
        Lang::It,
    )
    .org("Acme", "Acme")
    .org("Initech", "Initech")
    .org("Globex", "Globex")
    .amount("2 milioni di euro", "2e6", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Acme", "investment", "Globex", "2 milioni di euro")]
    );
    // A cited source is never the subject: without another candidate, no claim.
    let doc = Doc::new(
        "Secondo Hooli, la società ha investito 2 miliardi di euro nel settore.",
        Lang::It,
    )
    .org("Hooli", "Hooli")
    .amount("2 miliardi di euro", "2e9", "EUR");
    assert!(doc.claims().is_empty(), "{:?}", spos(&doc.claims()));
}

#[test]
fn it_unknown_name_blocks_the_context_subject() {
    // "Initech" is no known entity here: it may be the subject, so Acme is not carried over.
    let doc = Doc::new(
        "Acme ha chiuso il trimestre. Intanto Initech ha investito 2 milioni di euro in Globex.",
        Lang::It,
    )
    .org("Acme", "Acme")
    .org("Globex", "Globex")
    .amount("2 milioni di euro", "2e6", "EUR");
    assert!(doc.claims().is_empty(), "{:?}", spos(&doc.claims()));
    // With an anaphor the carried-over subject is surer than without one.
    let with = Doc::new(
        "Acme ha chiuso il trimestre. La società ha investito 2 milioni di euro in Globex.",
        Lang::It,
    )
    .org("Acme", "Acme")
    .org("Globex", "Globex")
    .amount("2 milioni di euro", "2e6", "EUR")
    .claims();
    let without = Doc::new(
        "Acme ha chiuso il trimestre. Ha poi investito 2 milioni di euro in Globex.",
        Lang::It,
    )
    .org("Acme", "Acme")
    .org("Globex", "Globex")
    .amount("2 milioni di euro", "2e6", "EUR")
    .claims();
    assert_eq!(spo(&with[0]), spo(&without[0]));
    assert!(with[0].confidence > without[0].confidence);
}

// ---------------------------------------------------------------- German

#[test]
fn de_investment_and_stake_in_one_sentence() {
    let doc = Doc::new(
        "Außerdem investierte Initech 3 Milliarden Dollar, um einen 30-Prozent-Anteil an Hooli zu erwerben.",
        Lang::De,
    )
    .org("Initech", "Initech")
    .org("Hooli", "Hooli")
    .amount("3 Milliarden Dollar", "3e9", "USD")
    .amount("30-Prozent", "30", "percent");
    assert_eq!(
        spos(&doc.claims()),
        [
            t("Initech", "investment", "Hooli", "3 Milliarden Dollar"),
            t("Initech", "stake", "Hooli", "30-Prozent"),
        ]
    );
}

#[test]
fn de_compensation_in_a_reported_clause_is_multi_valued() {
    let doc = Doc::new(
        "Der Chef von Globex, Hans Weber, sagte, dass Initech neuen Ingenieuren sogar 5-Millionen-Euro-Gehälter zahle.",
        Lang::De,
    )
    .org("Globex", "Globex")
    .entity("Hans Weber", "Hans Weber", EntityKind::Person)
    .org("Initech", "Initech")
    .amount("5-Millionen-Euro", "5e6", "EUR");
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [t("Initech", "compensation", "-", "5-Millionen-Euro")]
    );
    assert!(!claims[0].functional);
}

#[test]
fn de_bracketed_conversion_is_linked_not_a_new_fact() {
    let doc = Doc::new(
        "Initech zahlte 15 Milliarden Dollar (rund 13 Milliarden Euro) für die Übernahme von Hooli.",
        Lang::De,
    )
    .org("Initech", "Initech")
    .org("Hooli", "Hooli")
    .amount("15 Milliarden Dollar", "15e9", "USD")
    .amount("rund 13 Milliarden Euro", "13e9", "EUR");
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [
            t(
                "Initech",
                "acquisition_price",
                "Hooli",
                "15 Milliarden Dollar"
            ),
            t(
                "Initech",
                "acquisition_price",
                "Hooli",
                "rund 13 Milliarden Euro"
            ),
        ]
    );
    assert_eq!(claims[0].conversion_of, None);
    assert_eq!(claims[1].conversion_of, Some(0));
    assert_eq!(claims[1].quantity.unit, Unit::currency("EUR"));
}

#[test]
fn de_passive_with_von() {
    let doc = Doc::new(
        "Hooli wurde von Initech für 14 Milliarden Dollar übernommen.",
        Lang::De,
    )
    .org("Hooli", "Hooli")
    .org("Initech", "Initech")
    .amount("14 Milliarden Dollar", "14e9", "USD");
    assert_eq!(
        spos(&doc.claims()),
        [t(
            "Initech",
            "acquisition_price",
            "Hooli",
            "14 Milliarden Dollar"
        )]
    );
}

#[test]
fn de_subject_across_an_anaphor_is_unsure() {
    let text = "Globex und Hooli: Der Softwarekonzern hat rund 13 Milliarden Dollar in das Start-up investiert.";
    let claims = Doc::new(text, Lang::De)
        .org("Globex", "Globex")
        .org("Hooli", "Hooli")
        .amount("rund 13 Milliarden Dollar", "13e9", "USD")
        .claims();
    // Which of the two "der Softwarekonzern" is cannot be told: whatever is chosen is unsure.
    assert_eq!(claims.len(), 1);
    assert!(claims[0].confidence < 0.5, "{}", claims[0].confidence);
}

// ---------------------------------------------------------------- French

#[test]
fn fr_investment_and_power_from_previous_sentence() {
    let doc = Doc::new(
        "Globex a investi 2 milliards d'euros dans Hooli. Hooli construit un centre de données en Ohio. Il aura une puissance de 300 MW.",
        Lang::Fr,
    )
    .org("Globex", "Globex")
    .org("Hooli", "Hooli")
    .entity("Ohio", "Ohio", EntityKind::Place)
    .amount("2 milliards d'euros", "2e9", "EUR")
    .amount("300 MW", "300e6", "W");
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [
            t("Globex", "investment", "Hooli", "2 milliards d'euros"),
            t("Hooli", "power_capacity", "-", "300 MW"),
        ]
    );
    assert_eq!(claims[1].subject_from, SubjectSource::PreviousSentence);
    // The power of a company's plants is not one value: only a facility's is functional.
    assert!(!claims[1].functional);
}

#[test]
fn fr_passive_agent_is_the_subject() {
    let doc = Doc::new(
        "Hooli a été racheté par Globex pour 500 millions d'euros.",
        Lang::Fr,
    )
    .org("Hooli", "Hooli")
    .org("Globex", "Globex")
    .amount("500 millions d'euros", "500e6", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t(
            "Globex",
            "acquisition_price",
            "Hooli",
            "500 millions d'euros"
        )]
    );
}

#[test]
fn fr_percent_without_cue_makes_no_claim() {
    // A change of sales is the sales' growth, not multi-valued noise.
    let doc = Doc::new(
        "Les ventes de Globex ont progressé de 12 % cette année.",
        Lang::Fr,
    )
    .org("Globex", "Globex")
    .amount("12 %", "12", "percent");
    assert_eq!(
        spos(&doc.claims()),
        [t("Globex", "revenue_growth", "-", "12 %")]
    );
    assert!(!doc.claims()[0].functional);
    // A percent with no cue of its kind makes no framed claim: only a bare one.
    let doc = Doc::new(
        "Globex indique que 12 % des clients sont satisfaits.",
        Lang::Fr,
    )
    .org("Globex", "Globex")
    .amount("12 %", "12", "percent");
    assert_eq!(
        spos(&doc.claims()),
        [t("Globex", "percent", "-", "12 %")],
        "{:?}",
        spos(&doc.claims())
    );
}

// ---------------------------------------------------------------- Chinese

#[test]
fn zh_investment_with_object_marker() {
    let doc = Doc::new("騰訊向Hooli投資了5億美元。", Lang::Zh)
        .org("騰訊", "Tencent")
        .org("Hooli", "Hooli")
        .amount("5億美元", "5e8", "USD");
    assert_eq!(
        spos(&doc.claims()),
        [t("Tencent", "investment", "Hooli", "5億美元")]
    );
}

#[test]
fn zh_pay_list_is_multi_valued_with_document_subject() {
    let doc = Doc::new(
        "Globex正在擴張。\n主持人：\n有傳言稱你們給研究員開出了3億、4億美元的薪酬包，你怎麼看？\nGlobex的回答很簡單。",
        Lang::Zh,
    )
    .org("Globex", "Globex")
    .amount("3億", "3e8", "USD")
    .amount("4億美元", "4e8", "USD");
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [
            t("Globex", "compensation", "-", "3億"),
            t("Globex", "compensation", "-", "4億美元"),
        ]
    );
    assert!(claims.iter().all(|c| !c.functional));
    assert!(claims
        .iter()
        .all(|c| c.subject_from == SubjectSource::Document && c.confidence < 0.5));
}

#[test]
fn zh_conversion_and_previous_sentence_facility() {
    let doc = Doc::new(
        "Globex以12億美元收購Hooli，約合人民幣86億元。Initech發布了新的資料中心Titan。該中心的規模將達到2GW。",
        Lang::Zh,
    )
    .org("Globex", "Globex")
    .org("Hooli", "Hooli")
    .org("Initech", "Initech")
    .entity("Titan", "Titan", EntityKind::Facility)
    .amount("12億美元", "12e8", "USD")
    .amount("人民幣86億元", "86e8", "CNY")
    .amount("2GW", "2e9", "W");
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [
            t("Globex", "acquisition_price", "Hooli", "12億美元"),
            t("Globex", "acquisition_price", "Hooli", "人民幣86億元"),
            t("Titan", "power_capacity", "-", "2GW"),
        ]
    );
    assert_eq!(claims[1].conversion_of, Some(0));
    // A facility's power is one value.
    assert!(claims[2].functional);
}

#[test]
fn zh_stake_object_after_the_verb() {
    let doc = Doc::new("騰訊持有Hooli約30%的股份。", Lang::Zh)
        .org("騰訊", "Tencent")
        .org("Hooli", "Hooli")
        .amount("約30%", "30", "percent");
    assert_eq!(
        spos(&doc.claims()),
        [t("Tencent", "stake", "Hooli", "約30%")]
    );
}

// ---------------------------------------------------------------- English

#[test]
fn en_gpu_count_names_the_counted_model() {
    let doc = Doc::new(
        "Globex now runs 10,000 H200 GPUs in its largest cluster.",
        Lang::En,
    )
    .org("Globex", "Globex")
    .entity("H200", "H200", EntityKind::Product)
    .amount("10,000", "10000", "count");
    assert_eq!(
        spos(&doc.claims()),
        [t("Globex", "gpu_count", "H200", "10,000")]
    );
}

#[test]
fn en_headcount_with_time() {
    let doc = Doc::new("In 2024, Globex had 12,000 employees.", Lang::En)
        .org("Globex", "Globex")
        .amount("2024", "2024", "year")
        .amount("12,000", "12000", "count");
    let claims = doc.claims();
    assert_eq!(spos(&claims), [t("Globex", "headcount", "-", "12,000")]);
    assert_eq!(claims[0].time.as_ref().map(|t| t.year), Some(2024));
}

#[test]
fn en_passive_acquisition_and_no_claim_without_entities() {
    let doc = Doc::new(
        "Hooli was acquired by Initech for $45 million. Prices rose by $3 after the deal was bought out.",
        Lang::En,
    )
    .org("Hooli", "Hooli")
    .org("Initech", "Initech")
    .amount("$45 million", "45e6", "USD")
    .amount("$3", "3", "USD");
    let claims = doc.claims();
    // The second figure has a cue ("bought") but its subject could only be guessed from the
    // previous sentence, where Hooli comes first; it is marked as such.
    assert_eq!(
        claims.first().map(spo),
        Some(t("Initech", "acquisition_price", "Hooli", "$45 million"))
    );
    for c in &claims[1..] {
        assert_eq!(c.subject_from, SubjectSource::PreviousSentence);
        assert!(c.confidence <= 0.6);
    }
}

#[test]
fn user_frames_extend_the_default_ones() {
    let mine = Frames::from_json(
        "fines.json",
        r#"{"frames": [{"key": "fine", "functional": true, "units": ["money"],
            "subject": {"role": "fined", "kinds": ["organization"]},
            "cues": {"en": ["fined", "fine", "penalty"]}}]}"#,
    )
    .unwrap();
    let frames = Frames::embedded().clone().with(mine).unwrap();
    let doc = Doc::new("Regulators fined Globex $2 billion.", Lang::En)
        .org("Globex", "Globex")
        .amount("$2 billion", "2e9", "USD");
    let sentences = sentences::split(&doc.text, doc.lang);
    let claims = frames.extract(&ClaimInput {
        doc: "x",
        text: &doc.text,
        lang: doc.lang,
        sentences: &sentences,
        quantities: &doc.quantities,
        entities: &doc.entities,
    });
    assert_eq!(spos(&claims), [t("Globex", "fine", "-", "$2 billion")]);
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    fn kind(k: u8) -> EntityKind {
        match k % 4 {
            0 => EntityKind::Organization,
            1 => EntityKind::Person,
            2 => EntityKind::Product,
            _ => EntityKind::Facility,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Any text with any mentions, even spans off char boundaries or past the end, gives
        /// claims without panicking, and every claim's figure text is its span's surface.
        #[test]
        fn arbitrary_mentions_never_panic(
            text in "[a-zA-Z0-9 .,;()\u{300c}\u{3002}投資薪酬億美元àé\n]{0,80}",
            ents in proptest::collection::vec((0usize..100, 0usize..20, 0u8..4), 0..6),
            qs in proptest::collection::vec((0usize..100, 0usize..20, 0u8..4), 0..6),
        ) {
            let entities: Vec<EntityMention> = ents.iter().map(|&(s, l, k)| EntityMention {
                span: Span::new(s, s + l), id: format!("e{k}"), name: format!("E{k}"),
                kind: kind(k), score: 1.0, rule: "test".into(),
            }).collect();
            let units = ["USD", "percent", "W", "count"];
            let quantities: Vec<QuantityMention> = qs.iter().map(|&(s, l, u)| QuantityMention {
                span: Span::new(s, s + l),
                quantity: Quantity::new(Decimal::from_u64(7), units[usize::from(u)].parse().unwrap()),
                lang: Lang::It, hedge: None,
            }).collect();
            for lang in [Lang::It, Lang::Zh, Lang::De] {
                let sentences = sentences::split(&text, lang);
                let claims = claim::extract(&ClaimInput {
                    doc: "p", text: &text, lang, sentences: &sentences,
                    quantities: &quantities, entities: &entities,
                });
                for c in claims {
                    let surface = c.provenance.span.slice(&text).unwrap_or("");
                    prop_assert_eq!(surface, c.provenance.text.as_str());
                    prop_assert!((0.0..=1.0).contains(&c.confidence));
                }
            }
        }
    }
}

// ---------------------------------------------------------------- the whole pipeline

mod pipeline {
    use super::*;
    use concord::{Document, Pipeline};
    use std::path::PathBuf;

    fn run(text: &str, lang: Lang) -> Vec<Claim> {
        Pipeline::default()
            .analyze(&Document::new("t.txt", text).with_lang(lang))
            .unwrap()
            .claims
    }

    #[test]
    fn own_sentences_in_every_language() {
        let cases: [(Lang, &str, Vec<Spo>); 5] = [
            (
                Lang::It,
                "Secondo Reuters, Amazon investirà altri 4 miliardi di dollari in Anthropic.",
                vec![t(
                    "Amazon",
                    "investment",
                    "Anthropic",
                    "4 miliardi di dollari",
                )],
            ),
            (
                Lang::De,
                "Nvidia meldete einen Quartalsumsatz von 35,1 Milliarden Dollar.",
                vec![t("Nvidia", "revenue", "-", "35,1 Milliarden Dollar")],
            ),
            (
                Lang::Fr,
                "Microsoft va investir 4 milliards d'euros, a annoncé le gouvernement.",
                // No investee named: an investment, but not one deal (multi-valued).
                vec![t("Microsoft", "investment", "-", "4 milliards d'euros")],
            ),
            (
                Lang::Zh,
                "微軟向OpenAI投資了100億美元，約合人民幣720億元。",
                vec![t("Microsoft", "investment", "OpenAI", "100億美元")],
            ),
            (
                Lang::En,
                "Microsoft said on Tuesday it would invest $10 billion in OpenAI.",
                vec![t("Microsoft", "investment", "OpenAI", "$10 billion")],
            ),
        ];
        for (lang, text, want) in cases {
            let got = spos(&run(text, lang));
            assert_eq!(got.get(..want.len()), Some(&want[..]), "{lang}: {text}");
        }
    }

    #[test]
    fn conversion_through_the_pipeline() {
        let zh = run("微軟向OpenAI投資了100億美元，約合人民幣720億元。", Lang::Zh);
        assert_eq!(zh.len(), 2);
        assert_eq!(zh[1].conversion_of, Some(0));
        assert!(zh[1].provenance.text.ends_with("720億元"));
        assert_eq!(zh[1].quantity.unit, Unit::currency("CNY"));
        assert_eq!(spo(&zh[1]).2, "OpenAI");
    }

    /// News sentences of every language as data (`tests/data/claims/news.jsonl`): the claims
    /// each must give, as subject, predicate, object and a part of the figure's surface.
    #[test]
    fn news_cases_from_data() {
        let data = include_str!("data/claims/news.jsonl");
        let mut failures = Vec::new();
        let mut n = 0;
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let case: serde_json::Value = serde_json::from_str(line).unwrap();
            let lang: Lang = case["lang"].as_str().unwrap().parse().unwrap();
            let text = case["text"].as_str().unwrap();
            let want: Vec<Vec<String>> = serde_json::from_value(case["claims"].clone()).unwrap();
            let got = spos(&run(text, lang));
            let ok = got.len() == want.len()
                && got.iter().zip(&want).all(|(g, w)| {
                    [&g.0, &g.1, &g.2] == [&w[0], &w[1], &w[2]] && g.3.contains(w[3].as_str())
                });
            if !ok {
                failures.push(format!("{lang}: {text}\n  want {want:?}\n  got  {got:?}"));
            }
            n += 1;
        }
        assert!(n >= 30, "{n} cases");
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// The dev set (`tests/data/claims/dev.jsonl`, realistic business-news sentences of every
    /// language, written for it): per language, the share of expected claims found with the
    /// right subject and figure, and with the right predicate and object too; sentences that
    /// must give no claim give none.
    #[test]
    fn dev_set_per_language() {
        let data = include_str!("data/claims/dev.jsonl");
        // lang -> (expected, subject+figure right, all right, no-claim cases, of them right)
        let mut stats: std::collections::BTreeMap<String, [usize; 5]> = Default::default();
        let mut misses = Vec::new();
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let case: serde_json::Value = serde_json::from_str(line).unwrap();
            let lang: Lang = case["lang"].as_str().unwrap().parse().unwrap();
            let text = case["text"].as_str().unwrap();
            let want: Vec<Vec<String>> = serde_json::from_value(case["claims"].clone()).unwrap();
            let got = spos(&run(text, lang));
            let st = stats.entry(lang.to_string()).or_default();
            if want.is_empty() {
                st[3] += 1;
                if got.is_empty() {
                    st[4] += 1;
                } else {
                    misses.push(format!("{lang}: {text}\n  want none, got {got:?}"));
                }
            }
            for w in &want {
                st[0] += 1;
                let same = |g: &&Spo| g.0 == w[0] && g.3.contains(w[3].as_str());
                if got.iter().any(|g| same(&g)) {
                    st[1] += 1;
                }
                if got.iter().any(|g| same(&g) && g.1 == w[1] && g.2 == w[2]) {
                    st[2] += 1;
                } else {
                    misses.push(format!("{lang}: {text}\n  want {w:?}\n  got  {got:?}"));
                }
            }
        }
        let mut total = [0usize; 5];
        for (lang, st) in &stats {
            eprintln!(
                "dev {lang}: subject+figure {}/{}, full {}/{}, no-claim {}/{}",
                st[1], st[0], st[2], st[0], st[4], st[3]
            );
            for (t, v) in total.iter_mut().zip(st) {
                *t += v;
            }
        }
        eprintln!("{}", misses.join("\n"));
        assert!(total[0] >= 80, "{} expected claims", total[0]);
        // Floors a little below today's numbers (the misses are other stages': a homograph
        // name at a sentence's start is no entity, "livré 766" is read as pounds, a company
        // name the gazetteer does not know).
        assert!(total[1] * 100 >= total[0] * 95, "{total:?}");
        assert!(total[2] * 100 >= total[0] * 93, "{total:?}");
        assert_eq!(total[3], total[4], "no-claim sentences gave claims");
    }

    #[test]
    fn a_pipeline_reads_with_user_frames() {
        let fines = Frames::from_json(
            "fines.json",
            r#"{"frames": [{"key": "fine", "functional": true, "units": ["money"],
                "subject": {"role": "fined", "kinds": ["organization"]},
                "cues": {"en": ["fined", "fine"]}}]}"#,
        )
        .unwrap();
        let pipeline = Pipeline {
            frames: Frames::embedded().clone().with(fines).unwrap(),
            ..Pipeline::default()
        };
        let text = "Regulators fined Microsoft $2 billion.";
        let claims = pipeline
            .analyze(&Document::new("t.txt", text).with_lang(Lang::En))
            .unwrap()
            .claims;
        assert_eq!(spos(&claims), [t("Microsoft", "fine", "-", "$2 billion")]);
        // The default frames know fines too (data/frames/default.json).
        assert_eq!(
            spos(&run(text, Lang::En)),
            [t("Microsoft", "fine", "-", "$2 billion")]
        );
    }

    fn seeds_dir() -> Option<PathBuf> {
        [
            std::env::var("CONCORD_SEEDS").ok().map(PathBuf::from),
            Some(PathBuf::from("/work/shared/seeds")),
            Some(PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../shared/seeds"
            ))),
        ]
        .into_iter()
        .flatten()
        .find(|p| p.join("EXPECTED.md").is_file())
    }

    /// The seed facts of EXPECTED.md: one predicate key per kind of fact across languages.
    #[test]
    fn seed_facts() {
        let Some(dir) = seeds_dir() else {
            eprintln!("seeds not found: skipped");
            return;
        };
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let mut all: Vec<Claim> = Vec::new();
        for p in files {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&p).unwrap();
            let a = Pipeline::default()
                .analyze(&Document::new(name, text))
                .unwrap();
            all.extend(a.claims);
        }
        let find = |doc: &str, surface: &str| -> &Claim {
            all.iter()
                .find(|c| c.provenance.doc.starts_with(doc) && c.provenance.text == surface)
                .unwrap_or_else(|| panic!("no claim for {surface:?} in {doc}"))
        };
        let key = |c: &Claim| {
            let (s, p, o, _) = spo(c);
            (s, p, o)
        };
        let k = |s: &str, p: &str, o: &str| (s.to_string(), p.to_string(), o.to_string());
        // Meta's investment in Scale AI, in Italian and German.
        assert_eq!(
            key(find("000", "$ 14,3 miliardi")),
            k("Meta", "investment", "Scale AI")
        );
        assert_eq!(
            key(find("002", "15 Milliarden Dollar")),
            k("Meta", "investment", "Scale AI")
        );
        assert!(find("002", "15 Milliarden Dollar").functional);
        // The 10,000 H100 GPUs: one key in both languages.
        assert_eq!(
            key(find("000", "10.000 GPU")),
            key(find("002", "10.000 H100"))
        );
        assert_eq!(key(find("002", "10.000 H100")).1, "gpu_count");
        // Pay offers by Meta: multi-valued.
        for (doc, s) in [
            ("002", "100-Millionen-Dollar"),
            ("003", "1億"),
            ("003", "2億美元"),
        ] {
            let c = find(doc, s);
            assert_eq!(key(c), k("Meta", "compensation", "-"), "{s}");
            assert!(!c.functional);
        }
        // The stake, and the further claims.
        assert_eq!(
            key(find("002", "49-Prozent")),
            k("Meta", "stake", "Scale AI")
        );
        assert_eq!(key(find("000", "200 MW")).1, "power_capacity");
        assert_eq!(key(find("003", "5GW")).1, "power_capacity");
        assert_eq!(
            key(find("000", "45 milioni di dollari")),
            k("Meta", "acquisition_price", "PlayAI")
        );
        let comp = find("000", "oltre $ 4,4 miliardi");
        assert_eq!(comp.predicate, "compensation");
        assert_eq!(comp.quantity.bound, concord::Bound::MoreThan);
        // Every claim's text is its span's surface.
        for c in &all {
            assert!(!c.provenance.text.is_empty());
        }
    }
}

#[test]
fn discovered_name_of_unknown_kind_is_a_fallback_subject() {
    let doc = Doc::new(
        "Quixly a réalisé un chiffre d'affaires de 20 milliards d'euros.",
        Lang::Fr,
    )
    .entity("Quixly", "Quixly", EntityKind::Other)
    .amount("20 milliards d'euros", "20e9", "EUR");
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [t("Quixly", "revenue", "-", "20 milliards d'euros")]
    );
    assert!(claims[0].confidence < 0.7);
    // Never over a known entity of the slot's kinds.
    let doc = Doc::new(
        "Globex, partenaire de Quixly, réalise un chiffre d'affaires de 3 milliards d'euros.",
        Lang::Fr,
    )
    .org("Globex", "Globex")
    .entity("Quixly", "Quixly", EntityKind::Other)
    .amount("3 milliards d'euros", "3e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Globex", "revenue", "-", "3 milliards d'euros")]
    );
}

#[test]
fn a_name_introduced_later_is_no_context_subject() {
    let doc = Doc::new(
        "Die Umsätze stiegen auf 5 Milliarden Euro.\nGlobex wächst. Globex stellt ein.",
        Lang::De,
    )
    .org("Globex", "Globex")
    .amount("5 Milliarden Euro", "5e9", "EUR");
    assert_eq!(spos(&doc.claims()), []);
}

#[test]
fn job_creation_is_not_job_cuts_and_cuts_are_functional() {
    let doc = Doc::new(
        "Globex creerà circa 1.200 posti di lavoro nel nuovo stabilimento.",
        Lang::It,
    )
    .org("Globex", "Globex")
    .amount("circa 1.200", "1200", "count");
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [t("Globex", "job_creation", "-", "circa 1.200")]
    );
    let doc = Doc::new(
        "In Leipzig sollen bei Initech rund 800 neue Arbeitsplätze entstehen.",
        Lang::De,
    )
    .org("Initech", "Initech")
    .amount("rund 800", "800", "count");
    assert_eq!(
        spos(&doc.claims()),
        [t("Initech", "job_creation", "-", "rund 800")]
    );
    let doc = Doc::new("Initech supprimera 900 postes en Europe.", Lang::Fr)
        .org("Initech", "Initech")
        .amount("900", "900", "count");
    let claims = doc.claims();
    assert_eq!(spos(&claims), [t("Initech", "job_cuts", "-", "900")]);
    assert!(claims[0].functional);
}

#[test]
fn new_money_predicates_in_every_language() {
    let cases: [(&str, Lang, &str, &str, &str); 9] = [
        (
            "Globex offrirà incentivi all'esodo fino a 90.000 euro.",
            Lang::It,
            "fino a 90.000 euro",
            "9e4",
            "severance",
        ),
        (
            "Globex zahlt eine Abfindung von bis zu 80.000 Euro.",
            Lang::De,
            "bis zu 80.000 Euro",
            "8e4",
            "severance",
        ),
        (
            "Globex a enregistré une perte nette de 1,5 milliard d'euros.",
            Lang::Fr,
            "1,5 milliard d'euros",
            "1.5e9",
            "net_loss",
        ),
        (
            "Globex meldete einen Nettoverlust von 700 Millionen Euro.",
            Lang::De,
            "700 Millionen Euro",
            "7e8",
            "net_loss",
        ),
        (
            "Globex riceverà sussidi fino a 2 miliardi di euro.",
            Lang::It,
            "2 miliardi di euro",
            "2e9",
            "subsidy",
        ),
        (
            "Globex获得政府补贴30亿元。",
            Lang::Zh,
            "30亿元",
            "3e9",
            "subsidy",
        ),
        (
            "Globex setzt jährlich 4 Milliarden Euro um.",
            Lang::De,
            "4 Milliarden Euro",
            "4e9",
            "revenue",
        ),
        (
            "Globex a réalisé un bénéfice net de 300 millions d'euros.",
            Lang::Fr,
            "300 millions d'euros",
            "3e8",
            "profit",
        ),
        (
            "Globex detiene il 60% della joint venture.",
            Lang::It,
            "60%",
            "60",
            "stake",
        ),
    ];
    for (text, lang, surface, value, key) in cases {
        let unit = if surface.ends_with('%') {
            "percent"
        } else if surface.ends_with('元') {
            "CNY"
        } else {
            "EUR"
        };
        let doc = Doc::new(text, lang)
            .org("Globex", "Globex")
            .amount(surface, value, unit);
        assert_eq!(
            spos(&doc.claims()),
            [t("Globex", key, "-", surface)],
            "{text}"
        );
    }
}

#[test]
fn a_copula_gives_way_to_the_cue_noun_before_it() {
    let doc = Doc::new(
        "Il round complessivo vale 600 milioni di euro per Quixly.",
        Lang::It,
    )
    .org("Quixly", "Quixly")
    .amount("600 milioni di euro", "6e8", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Quixly", "funding", "-", "600 milioni di euro")]
    );
    // Without a noun before it, the copula keeps its own frame.
    let doc = Doc::new("Globex vale ora 90 miliardi di euro.", Lang::It)
        .org("Globex", "Globex")
        .amount("90 miliardi di euro", "9e10", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Globex", "valuation", "-", "90 miliardi di euro")]
    );
}

#[test]
fn the_investee_may_be_named_in_the_previous_sentence_of_the_paragraph() {
    let doc = Doc::new(
        "Globex prend une participation de 20 % dans Initech. Globex investit 400 millions d'euros.",
        Lang::Fr,
    )
    .org("Globex", "Globex")
    .org("Initech", "Initech")
    .amount("20 %", "20", "percent")
    .amount("400 millions d'euros", "4e8", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [
            t("Globex", "stake", "Initech", "20 %"),
            t("Globex", "investment", "Initech", "400 millions d'euros"),
        ]
    );
    // Not across paragraphs.
    let doc = Doc::new(
        "Globex prend une participation de 20 % dans Initech.\n\nGlobex investit 400 millions d'euros.",
        Lang::Fr,
    )
    .org("Globex", "Globex")
    .org("Initech", "Initech")
    .amount("400 millions d'euros", "4e8", "EUR");
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [t("Globex", "investment", "-", "400 millions d'euros")]
    );
    // Without an investee the investment is not one deal: multi-valued.
    assert!(!claims[0].functional);
}

// ---------------------------------------------------------------- issue 5, second round

#[test]
fn fr_a_founder_after_par_is_no_party_and_a_noun_anaphor_beats_a_later_name() {
    let doc = Doc::new(
        "Globex prendra une participation de 5 % dans la start-up fondée par Jean Dupont.",
        Lang::Fr,
    )
    .org("Globex", "Globex")
    .entity("Jean Dupont", "Jean Dupont", EntityKind::Person)
    .amount("5 %", "5", "percent");
    assert_eq!(spos(&doc.claims()), [t("Globex", "stake", "-", "5 %")]);
    let doc = Doc::new(
        "Initech publie ses comptes. La société, qui compte Globex parmi ses actionnaires, est valorisée 3 milliards d'euros.",
        Lang::Fr,
    )
    .org("Initech", "Initech")
    .org("Globex", "Globex")
    .amount("3 milliards d'euros", "3e9", "EUR");
    let claims = doc.claims();
    assert_eq!(
        spos(&claims),
        [t("Initech", "valuation", "-", "3 milliards d'euros")]
    );
    assert_eq!(claims[0].subject_from, SubjectSource::PreviousSentence);
    // In apposition the name is the referent.
    let doc = Doc::new(
        "La société française Initech a levé 300 millions d'euros.",
        Lang::Fr,
    )
    .org("Initech", "Initech")
    .amount("300 millions d'euros", "3e8", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Initech", "funding", "-", "300 millions d'euros")]
    );
}

#[test]
fn de_the_other_side_of_a_comparison_is_no_subject() {
    let doc = Doc::new(
        "Der Umsatz lag bei 300 Millionen Euro, weniger als bei Globex.",
        Lang::De,
    )
    .org("Globex", "Globex")
    .amount("300 Millionen Euro", "3e8", "EUR");
    assert!(doc.claims().is_empty());
}

#[test]
fn it_a_cue_across_a_conjunction_belongs_to_the_other_figure() {
    let doc = Doc::new(
        "Globex ha chiuso con una perdita di 2 miliardi di euro e ricavi per 70 miliardi.",
        Lang::It,
    )
    .org("Globex", "Globex")
    .amount("2 miliardi di euro", "2e9", "EUR")
    .amount("70 miliardi", "7e10", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [
            t("Globex", "net_loss", "-", "2 miliardi di euro"),
            t("Globex", "revenue", "-", "70 miliardi"),
        ]
    );
}

#[test]
fn it_a_narrower_frame_wins_in_the_same_clause() {
    let doc = Doc::new(
        "Globex ha speso 4 miliardi di euro in ricerca e sviluppo.",
        Lang::It,
    )
    .org("Globex", "Globex")
    .amount("4 miliardi di euro", "4e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Globex", "rd_spending", "-", "4 miliardi di euro")]
    );
}

#[test]
fn zh_a_subject_carries_over_sentences_that_name_nobody() {
    let doc = Doc::new(
        "Globex公布了業績。公司營收達到600億元，同比增長20%。淨利潤為55億元。",
        Lang::Zh,
    )
    .org("Globex", "Globex")
    .amount("600億元", "6e10", "CNY")
    .amount("20%", "20", "percent")
    .amount("55億元", "5.5e9", "CNY");
    assert_eq!(
        spos(&doc.claims()),
        [
            t("Globex", "revenue", "-", "600億元"),
            t("Globex", "revenue_growth", "-", "20%"),
            t("Globex", "profit", "-", "55億元"),
        ]
    );
    // "Y 獲得 X 投資": X is the investor.
    let doc = Doc::new("Initech獲得Globex 13億歐元投資。", Lang::Zh)
        .org("Initech", "Initech")
        .org("Globex", "Globex")
        .amount("13億歐元", "1.3e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Globex", "investment", "Initech", "13億歐元")]
    );
}

#[test]
fn en_a_round_led_by_an_investor_is_the_raisers() {
    let doc = Doc::new(
        "Initech closed a new round. The $3 billion round was led by Globex.",
        Lang::En,
    )
    .org("Initech", "Initech")
    .org("Globex", "Globex")
    .amount("$3 billion", "3e9", "USD");
    assert_eq!(
        spos(&doc.claims()),
        [t("Initech", "funding", "-", "$3 billion")]
    );
    // Shared words ("jobs") give way to the verb: jobs created are no job cuts.
    let doc = Doc::new("The Globex plant will create 2,000 jobs.", Lang::En)
        .org("Globex", "Globex")
        .amount("2,000", "2000", "count");
    assert_eq!(
        spos(&doc.claims()),
        [t("Globex", "job_creation", "-", "2,000")]
    );
}

#[test]
fn a_dateline_agency_in_brackets_is_no_context_subject() {
    // The agency of a dateline is an aside; the clause's party is the company.
    let doc = Doc::new(
        "FRANCOFORTE (Bloomberg) - Conti in forte crescita per Wexler. Il gruppo ha chiuso l'anno con ricavi per 9 miliardi di euro.",
        Lang::It,
    )
    .org("Bloomberg", "Bloomberg")
    .org("Wexler", "Wexler")
    .amount("9 miliardi di euro", "9e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Wexler", "revenue", "-", "9 miliardi di euro")]
    );
    // The same inside the figure's own sentence.
    let doc = Doc::new(
        "LYON (AFP) - Brandt a réalisé un chiffre d'affaires de 3 milliards d'euros.",
        Lang::Fr,
    )
    .org("AFP", "AFP")
    .org("Brandt", "Brandt")
    .amount("3 milliards d'euros", "3e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Brandt", "revenue", "-", "3 milliards d'euros")]
    );
}

#[test]
fn a_referring_noun_takes_the_main_subject_over_a_complement() {
    // Both companies of the previous sentence follow a preposition: a noun that refers back
    // ("il gruppo") names the story's main subject (Orvana, mentioned most).
    let doc = Doc::new(
        "Orvana compra Teklis. Orvana pagherà in contanti. La manager Anna Conti, alla guida di Teklis dal 2020, entrerà nel consiglio di Orvana. Il gruppo stima sinergie annue per 300 milioni di euro.",
        Lang::It,
    )
    .org("Orvana", "Orvana")
    .org("Teklis", "Teklis")
    .entity("Anna Conti", "Anna Conti", EntityKind::Person)
    .amount("300 milioni di euro", "300e6", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Orvana", "synergies", "-", "300 milioni di euro")]
    );
    // Without a referring word, where both are complements deep in the previous sentence, the
    // story's main subject is the guess too.
    let doc = Doc::new(
        "Orvana compra Teklis. Orvana pagherà in contanti. Una fonte ha parlato ieri sera a lungo con un dirigente di Teklis e di Orvana. Le sinergie annue sono stimate a 300 milioni di euro.",
        Lang::It,
    )
    .org("Orvana", "Orvana")
    .org("Teklis", "Teklis")
    .amount("300 milioni di euro", "300e6", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Orvana", "synergies", "-", "300 milioni di euro")]
    );
    // Without a referring word the synergies of the deal the lead reports are its buyer's,
    // not those of the first company the previous sentence names.
    let doc = Doc::new(
        "Orvana compra Teklis. Orvana pagherà in contanti. Teklis e Orvana hanno firmato ieri. Le sinergie annue sono stimate a 300 milioni di euro.",
        Lang::It,
    )
    .org("Orvana", "Orvana")
    .org("Teklis", "Teklis")
    .amount("300 milioni di euro", "300e6", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Orvana", "synergies", "-", "300 milioni di euro")]
    );
}

#[test]
fn a_person_of_the_previous_sentence_does_not_speak_for_the_group() {
    // "Le président X a annoncé ... Le groupe investira": the group invests, not its president.
    let doc = Doc::new(
        "Calvera vise l'Europe. Calvera a ouvert un bureau à Lyon. Le président Marc Didier a annoncé une usine. Le groupe investira 2 milliards d'euros en trois ans.",
        Lang::Fr,
    )
    .org("Calvera", "Calvera")
    .entity("Marc Didier", "Marc Didier", EntityKind::Person)
    .amount("2 milliards d'euros", "2e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Calvera", "investment", "-", "2 milliards d'euros")]
    );
    // A person named in the figure's own sentence still invests.
    let doc = Doc::new(
        "Calvera vise l'Europe. Marc Didier investira 2 milliards d'euros dans Calvera.",
        Lang::Fr,
    )
    .org("Calvera", "Calvera")
    .entity("Marc Didier", "Marc Didier", EntityKind::Person)
    .amount("2 milliards d'euros", "2e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t(
            "Marc Didier",
            "investment",
            "Calvera",
            "2 milliards d'euros"
        )]
    );
}

#[test]
fn zh_a_bracketed_gloss_is_its_head_mention_and_a_marker_spans_a_descriptive_phrase() {
    // "向空中巴士（Airbus）": the seller, marked by 向 on its head mention; the buyer orders.
    let doc = Doc::new(
        "長榮航空今天宣布，向波音公司（Boeing）確認訂購24架客機。",
        Lang::Zh,
    )
    .org("長榮航空", "EVA Air")
    .org("波音公司", "Boeing")
    .org("Boeing", "Boeing")
    .amount("24架", "24", "count");
    assert_eq!(spos(&doc.claims()), [t("EVA Air", "order", "-", "24架")]);
    // "向[德国电池公司]Voltek投资": 向 governs the name across the phrase that describes it.
    let doc = Doc::new(
        "据悉，宁德时代（CATL）将向德国电池公司Voltek投资5亿欧元。",
        Lang::Zh,
    )
    .org("宁德时代", "CATL")
    .org("CATL", "CATL")
    .org("Voltek", "Voltek")
    .amount("5亿欧元", "5e8", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("CATL", "investment", "Voltek", "5亿欧元")]
    );
}

#[test]
fn a_name_after_a_preposition_is_no_apposition_and_a_discovered_one_no_subject() {
    // "il gruppo di Lecco": the group from Lecco, not a company called Lecco; the referring
    // noun takes the context's subject.
    let doc = Doc::new(
        "Corvina ha chiuso l'esercizio in utile. Il gruppo di Lecco vanta ora un portafoglio ordini di circa 1.250 macchine.",
        Lang::It,
    )
    .org("Corvina", "Corvina")
    .amount("circa 1.250", "1250", "count");
    let doc = discovered_name(doc, "Lecco", EntityKind::Organization);
    assert_eq!(
        spos(&doc.claims()),
        [t("Corvina", "order_backlog", "-", "circa 1.250")]
    );
    // "dans l'usine de Cholet, près d'Angers": discovered names after a preposition are
    // places, not the party, even before the figure.
    let doc = Doc::new(
        "Talvane réduit la voilure. Dans l'usine de Cholet, près d'Angers, environ 180 emplois seront supprimés d'ici 2027.",
        Lang::Fr,
    )
    .org("Talvane", "Talvane")
    .amount("environ 180", "180", "count");
    let doc = discovered_name(
        discovered_name(doc, "Cholet", EntityKind::Organization),
        "Angers",
        EntityKind::Organization,
    );
    assert_eq!(
        spos(&doc.claims()),
        [t("Talvane", "job_cuts", "-", "environ 180")]
    );
    // A known company after a preposition may still be the subject.
    let doc = Doc::new(
        "Chez Talvane, environ 180 emplois seront supprimés d'ici 2027.",
        Lang::Fr,
    )
    .org("Talvane", "Talvane")
    .amount("environ 180", "180", "count");
    assert_eq!(
        spos(&doc.claims()),
        [t("Talvane", "job_cuts", "-", "environ 180")]
    );
}

#[test]
fn fr_la_compagnie_refers_back_over_a_later_discovered_name() {
    let doc = Doc::new(
        "Le président de Volaris, Paul Marc, a salué la commande. La compagnie, qui exploite une flotte d'environ 40 avions, avait déjà commandé des Z320.",
        Lang::Fr,
    )
    .org("Volaris", "Volaris")
    .entity("Paul Marc", "Paul Marc", EntityKind::Person)
    .entity("Z320", "Z320", EntityKind::Other)
    .amount("environ 40", "40", "count");
    assert_eq!(
        spos(&doc.claims()),
        [t("Volaris", "fleet_size", "-", "environ 40")]
    );
    // Nobody to refer back to: no claim.
    let doc = Doc::new(
        "La compagnie, qui exploite une flotte d'environ 40 avions, attend la décision.",
        Lang::Fr,
    )
    .amount("environ 40", "40", "count");
    assert!(doc.claims().is_empty());
}

#[test]
fn a_change_figure_between_cue_and_amount_does_not_push_the_cue_away() {
    // "Der Umsatz kletterte um knapp 7 Prozent auf ...": the percentage is the change, the
    // amount after it is the revenue.
    let doc = Doc::new(
        "Der Umsatz von Halvor kletterte im dritten Quartal um knapp 7 Prozent auf 2,9 Milliarden Euro.",
        Lang::De,
    )
    .org("Halvor", "Halvor")
    .amount("knapp 7 Prozent", "7", "percent")
    .amount("2,9 Milliarden Euro", "2.9e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [
            t("Halvor", "revenue_growth", "-", "knapp 7 Prozent"),
            t("Halvor", "revenue", "-", "2,9 Milliarden Euro")
        ]
    );
    let doc = Doc::new(
        "I ricavi di Halvor sono saliti nel trimestre del 7% a 2,9 miliardi di euro.",
        Lang::It,
    )
    .org("Halvor", "Halvor")
    .amount("7%", "7", "percent")
    .amount("2,9 miliardi di euro", "2.9e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [
            t("Halvor", "revenue_growth", "-", "7%"),
            t("Halvor", "revenue", "-", "2,9 miliardi di euro")
        ]
    );
    // Far from any cue, even with a skipped figure between, no claim.
    let doc = Doc::new(
        "Vom Umsatz sprach an diesem Abend niemand, als Halvor nach zähen Gesprächen mit den Gewerkschaften und um 7 Prozent gestiegenen Löhnen 2,9 Milliarden Euro für neue Anlagen zusagte.",
        Lang::De,
    )
    .org("Halvor", "Halvor")
    .amount("7 Prozent", "7", "percent")
    .amount("2,9 Milliarden Euro", "2.9e9", "EUR");
    assert!(spos(&doc.claims()).iter().all(|c| c.1 != "revenue"));
}

#[test]
fn de_compound_cues_for_synergies_subsidies_and_per_share_offers() {
    let doc = Doc::new(
        "Halvor erwartet Einkaufssynergien von 75 Millionen Euro pro Jahr. Für sein neues Werk in Thüringen erhält Halvor Fördermittel in Höhe von 40 Millionen Euro. Den Aktionären von Ostrava zahlt Halvor 12,80 Euro je Anteilsschein.",
        Lang::De,
    )
    .org("Halvor", "Halvor")
    .org("Ostrava", "Ostrava")
    .entity("Thüringen", "Thüringen", EntityKind::Place)
    .amount("75 Millionen Euro", "75e6", "EUR")
    .amount("40 Millionen Euro", "40e6", "EUR")
    .amount("12,80 Euro", "12.80", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [
            t("Halvor", "synergies", "-", "75 Millionen Euro"),
            t("Halvor", "subsidy", "-", "40 Millionen Euro"),
            t("Halvor", "share_price", "-", "12,80 Euro"),
        ]
    );
}

#[test]
fn a_discovered_name_after_the_figure_or_a_place_preposition_is_no_subject() {
    let discovered = |mut d: Doc, surface: &str, kind: EntityKind| {
        let start = d.text.find(surface).unwrap();
        d.entities.push(EntityMention {
            span: Span::new(start, start + surface.len()),
            id: format!("new:{}", surface.to_lowercase()),
            name: surface.into(),
            kind,
            score: 0.5,
            rule: "discovered".into(),
        });
        d.entities.sort_by_key(|e| e.span);
        d
    };
    // The model after the figure is what was delivered; the group is the context's subject.
    let doc = Doc::new(
        "Trimestre record per Kestrel. La divisione auto del gruppo ha consegnato 40.000 vetture, tra la berlina ZX5 e il suv ZX7.",
        Lang::It,
    )
    .org("Kestrel", "Kestrel")
    .amount("40.000", "40000", "count");
    let doc = discovered(doc, "ZX5", EntityKind::Other);
    let doc = discovered(doc, "ZX7", EntityKind::Other);
    assert_eq!(
        spos(&doc.claims()),
        [t("Kestrel", "unit_sales", "-", "40.000")]
    );
    // "nahe dem Hafen X": a discovered name after a preposition of place.
    let doc = Doc::new(
        "Brenntag baut ein neues Werk. Das Werk nahe dem Nordseehafen Emden soll eine Kapazität von 20 Gigawattstunden haben.",
        Lang::De,
    )
    .org("Brenntag", "Brenntag")
    .amount("20 Gigawattstunden", "20e9", "Wh");
    let doc = discovered(doc, "Nordseehafen Emden", EntityKind::Organization);
    let claims = spos(&doc.claims());
    assert!(
        claims.iter().all(|c| c.0 != "Nordseehafen Emden"),
        "{claims:?}"
    );
}

#[test]
fn a_company_noun_after_a_speaking_person_names_the_company() {
    // The president speaks; "公司"/"la società" is the company he speaks for.
    let doc = Doc::new(
        "星河集团总裁王明表示，公司计划在未来三年内投入8亿欧元用于欧洲研发。",
        Lang::Zh,
    )
    .org("星河集团", "Xinghe")
    .entity("王明", "Wang Ming", EntityKind::Person)
    .amount("8亿欧元", "8e8", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Xinghe", "investment", "-", "8亿欧元")]
    );
    let doc = Doc::new(
        "Kestrel cresce. Il presidente Marco Neri ha detto che la società investirà 3 miliardi di euro.",
        Lang::It,
    )
    .org("Kestrel", "Kestrel")
    .entity("Marco Neri", "Marco Neri", EntityKind::Person)
    .amount("3 miliardi di euro", "3e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Kestrel", "investment", "-", "3 miliardi di euro")]
    );
    // Without a company noun the person stays the investor.
    let doc = Doc::new(
        "Marco Neri ha detto che investirà 3 miliardi di euro in Kestrel.",
        Lang::It,
    )
    .org("Kestrel", "Kestrel")
    .entity("Marco Neri", "Marco Neri", EntityKind::Person)
    .amount("3 miliardi di euro", "3e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t(
            "Marco Neri",
            "investment",
            "Kestrel",
            "3 miliardi di euro"
        )]
    );
}

// ------------------------------------------- companies named in passing (asides, relatives)

/// One sentence with two companies and one money figure: the claims as (subject, predicate,
/// object, figure).
fn two_companies(
    text: &str,
    lang: Lang,
    a: &str,
    b: &str,
    fig: &str,
    value: &str,
    unit: &str,
) -> Vec<Spo> {
    spos(
        &Doc::new(text, lang)
            .org(a, a)
            .org(b, b)
            .amount(fig, value, unit)
            .claims(),
    )
}

/// Each case: (text, first company, second company, figure, value, unit, expected subject).
type AsideCase<'c> = (
    &'c str,
    &'c str,
    &'c str,
    &'c str,
    &'c str,
    &'c str,
    &'c str,
);

fn check_asides(lang: Lang, cases: &[AsideCase<'_>]) {
    for &(text, a, b, fig, value, unit, want) in cases {
        let got = two_companies(text, lang, a, b, fig, value, unit);
        assert_eq!(
            got.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
            [want],
            "{text}: {got:?}"
        );
    }
}

#[test]
fn it_a_company_in_an_aside_is_no_subject() {
    check_asides(
        Lang::It,
        &[
            ("Orvane, che fornisce Talvik, ha registrato ricavi per 4 miliardi di euro.", "Orvane", "Talvik", "4 miliardi di euro", "4e9", "EUR", "Orvane"),
            ("Orvane, un concorrente di Talvik, ha raccolto 600 milioni di euro.", "Orvane", "Talvik", "600 milioni di euro", "6e8", "EUR", "Orvane"),
            ("Orvane, di cui Talvik è il primo cliente, ha registrato ricavi per 4 miliardi di euro.", "Orvane", "Talvik", "4 miliardi di euro", "4e9", "EUR", "Orvane"),
            // The nearer company is the subject: a name alone after the comma, a fronted
            // phrase, an aside that does not close before the figure.
            ("Il fornitore di Orvane, Talvik, ha registrato ricavi per 4 miliardi di euro.", "Orvane", "Talvik", "4 miliardi di euro", "4e9", "EUR", "Talvik"),
            ("Dopo l'accordo con Orvane, Talvik ha registrato ricavi per 4 miliardi di euro.", "Orvane", "Talvik", "4 miliardi di euro", "4e9", "EUR", "Talvik"),
            ("Come Orvane, anche Talvik, che ha sede a Torino, ha registrato ricavi per 4 miliardi di euro.", "Orvane", "Talvik", "4 miliardi di euro", "4e9", "EUR", "Talvik"),
        ],
    );
}

#[test]
fn de_a_company_in_an_aside_is_no_subject() {
    check_asides(
        Lang::De,
        &[
            ("Brenor, ein Zulieferer von Talvik, steigerte den Umsatz auf 4 Milliarden Euro.", "Brenor", "Talvik", "4 Milliarden Euro", "4e9", "EUR", "Brenor"),
            ("Brenor, das auch Talvik beliefert, steigerte den Umsatz auf 4 Milliarden Euro.", "Brenor", "Talvik", "4 Milliarden Euro", "4e9", "EUR", "Brenor"),
            ("Brenor, dessen größter Kunde Talvik ist, steigerte den Umsatz auf 4 Milliarden Euro.", "Brenor", "Talvik", "4 Milliarden Euro", "4e9", "EUR", "Brenor"),
            ("Nach dem Streit mit Brenor steigerte Talvik den Umsatz auf 4 Milliarden Euro.", "Brenor", "Talvik", "4 Milliarden Euro", "4e9", "EUR", "Talvik"),
            ("Der Zulieferer von Brenor, Talvik, steigerte den Umsatz auf 4 Milliarden Euro.", "Brenor", "Talvik", "4 Milliarden Euro", "4e9", "EUR", "Talvik"),
        ],
    );
}

#[test]
fn fr_a_company_in_an_aside_is_no_subject() {
    check_asides(
        Lang::Fr,
        &[
            ("Orvane, qui fournit Talvik, a réalisé un chiffre d'affaires de 4 milliards d'euros.", "Orvane", "Talvik", "4 milliards d'euros", "4e9", "EUR", "Orvane"),
            ("Orvane, un concurrent de Talvik, a levé 600 millions d'euros.", "Orvane", "Talvik", "600 millions d'euros", "6e8", "EUR", "Orvane"),
            ("Orvane, dont Talvik est le premier client, a levé 600 millions d'euros.", "Orvane", "Talvik", "600 millions d'euros", "6e8", "EUR", "Orvane"),
            ("Le fournisseur d'Orvane, Talvik, a réalisé un chiffre d'affaires de 4 milliards d'euros.", "Orvane", "Talvik", "4 milliards d'euros", "4e9", "EUR", "Talvik"),
            ("Après son accord avec Orvane, Talvik a levé 600 millions d'euros.", "Orvane", "Talvik", "600 millions d'euros", "6e8", "EUR", "Talvik"),
        ],
    );
}

#[test]
fn en_a_company_in_an_aside_is_no_subject() {
    check_asides(
        Lang::En,
        &[
            (
                "Orvane, which supplies Talvik, reported revenue of $4 billion.",
                "Orvane",
                "Talvik",
                "$4 billion",
                "4e9",
                "USD",
                "Orvane",
            ),
            (
                "Orvane, a rival of Talvik, raised €600 million.",
                "Orvane",
                "Talvik",
                "€600 million",
                "6e8",
                "EUR",
                "Orvane",
            ),
            (
                "Orvane, Talvik's main supplier, reported revenue of $4 billion.",
                "Orvane",
                "Talvik",
                "$4 billion",
                "4e9",
                "USD",
                "Orvane",
            ),
            (
                "Orvane (whose largest customer is Talvik) reported revenue of $4 billion.",
                "Orvane",
                "Talvik",
                "$4 billion",
                "4e9",
                "USD",
                "Orvane",
            ),
            (
                "Talvik's supplier, Orvane, reported revenue of $4 billion.",
                "Orvane",
                "Talvik",
                "$4 billion",
                "4e9",
                "USD",
                "Orvane",
            ),
            (
                "After its deal with Orvane, Talvik reported revenue of $4 billion.",
                "Orvane",
                "Talvik",
                "$4 billion",
                "4e9",
                "USD",
                "Talvik",
            ),
            (
                "Orvane, whose unit Talvik reported revenue of $4 billion, fell.",
                "Orvane",
                "Talvik",
                "$4 billion",
                "4e9",
                "USD",
                "Talvik",
            ),
        ],
    );
}

#[test]
fn zh_a_company_in_an_aside_is_no_subject() {
    check_asides(
        Lang::Zh,
        &[
            (
                "星河科技，蓝海集团的主要供应商，第三季度营收达到40亿元。",
                "星河科技",
                "蓝海集团",
                "40亿元",
                "4e9",
                "CNY",
                "星河科技",
            ),
            (
                "星河科技（蓝海集团的供应商）第三季度营收达到40亿元。",
                "星河科技",
                "蓝海集团",
                "40亿元",
                "4e9",
                "CNY",
                "星河科技",
            ),
            (
                "为蓝海集团供货的星河科技第三季度营收达到40亿元。",
                "星河科技",
                "蓝海集团",
                "40亿元",
                "4e9",
                "CNY",
                "星河科技",
            ),
            (
                "与星河科技合作后，蓝海集团营收达到40亿元。",
                "星河科技",
                "蓝海集团",
                "40亿元",
                "4e9",
                "CNY",
                "蓝海集团",
            ),
            (
                "星河科技的客户蓝海集团营收达到40亿元。",
                "星河科技",
                "蓝海集团",
                "40亿元",
                "4e9",
                "CNY",
                "蓝海集团",
            ),
        ],
    );
}

#[test]
fn a_company_in_an_aside_without_article_or_after_the_verb_is_no_subject() {
    check_asides(
        Lang::It,
        &[
            ("Orvane, fornitore di Talvik, ha registrato ricavi per 4 miliardi di euro.", "Orvane", "Talvik", "4 miliardi di euro", "4e9", "EUR", "Orvane"),
            ("Orvane, rivale storico di Talvik, ha raccolto 600 milioni di euro.", "Orvane", "Talvik", "600 milioni di euro", "6e8", "EUR", "Orvane"),
            ("Orvane ha registrato, grazie agli ordini di Talvik, ricavi per 4 miliardi di euro.", "Orvane", "Talvik", "4 miliardi di euro", "4e9", "EUR", "Orvane"),
            ("Orvane ha registrato ricavi per 4 miliardi di euro grazie agli ordini di Talvik.", "Orvane", "Talvik", "4 miliardi di euro", "4e9", "EUR", "Orvane"),
        ],
    );
    check_asides(
        Lang::De,
        &[
            ("Brenor, Zulieferer von Talvik, steigerte den Umsatz auf 4 Milliarden Euro.", "Brenor", "Talvik", "4 Milliarden Euro", "4e9", "EUR", "Brenor"),
            ("Brenor hat dank der Aufträge von Talvik den Umsatz auf 4 Milliarden Euro gesteigert.", "Brenor", "Talvik", "4 Milliarden Euro", "4e9", "EUR", "Brenor"),
        ],
    );
    check_asides(
        Lang::Fr,
        &[
            ("Orvane, fournisseur de Talvik, a réalisé un chiffre d'affaires de 4 milliards d'euros.", "Orvane", "Talvik", "4 milliards d'euros", "4e9", "EUR", "Orvane"),
            ("Orvane a porté, grâce aux commandes de Talvik, son chiffre d'affaires à 4 milliards d'euros.", "Orvane", "Talvik", "4 milliards d'euros", "4e9", "EUR", "Orvane"),
        ],
    );
    check_asides(
        Lang::En,
        &[
            (
                "Orvane, rival to Talvik, raised €600 million.",
                "Orvane",
                "Talvik",
                "€600 million",
                "6e8",
                "EUR",
                "Orvane",
            ),
            (
                "Orvane, helped by orders from Talvik, reported revenue of $4 billion.",
                "Orvane",
                "Talvik",
                "$4 billion",
                "4e9",
                "USD",
                "Orvane",
            ),
            // The possessive qualifies the cue itself: Talvik's revenue.
            (
                "Orvane said Talvik's revenue reached $4 billion.",
                "Orvane",
                "Talvik",
                "$4 billion",
                "4e9",
                "USD",
                "Talvik",
            ),
        ],
    );
    check_asides(
        Lang::Zh,
        &[
            (
                "星河科技，作为蓝海集团的供应商，第三季度营收达到40亿元。",
                "星河科技",
                "蓝海集团",
                "40亿元",
                "4e9",
                "CNY",
                "星河科技",
            ),
            (
                "星河科技受益于蓝海集团的订单，营收达到40亿元。",
                "星河科技",
                "蓝海集团",
                "40亿元",
                "4e9",
                "CNY",
                "星河科技",
            ),
            (
                "星河科技在蓝海集团订单的带动下营收达到40亿元。",
                "星河科技",
                "蓝海集团",
                "40亿元",
                "4e9",
                "CNY",
                "星河科技",
            ),
            (
                "星河科技表示，蓝海集团的营收达到40亿元。",
                "星河科技",
                "蓝海集团",
                "40亿元",
                "4e9",
                "CNY",
                "蓝海集团",
            ),
        ],
    );
}

#[test]
fn the_object_of_the_subjects_first_verb_is_no_subject_of_the_next() {
    check_asides(
        Lang::It,
        &[
            (
                "Orvane ha acquisito Talvik e ha registrato ricavi per 4 miliardi di euro.",
                "Orvane",
                "Talvik",
                "4 miliardi di euro",
                "4e9",
                "EUR",
                "Orvane",
            ),
            // A preposition governs the name: the subject stays the nearer one.
            (
                "Dopo l'accordo con Orvane Talvik ha registrato ricavi per 4 miliardi di euro.",
                "Orvane",
                "Talvik",
                "4 miliardi di euro",
                "4e9",
                "EUR",
                "Talvik",
            ),
        ],
    );
    check_asides(
        Lang::De,
        &[(
            "Orvane kaufte Talvik und steigerte den Umsatz auf 4 Milliarden Euro.",
            "Orvane",
            "Talvik",
            "4 Milliarden Euro",
            "4e9",
            "EUR",
            "Orvane",
        )],
    );
    check_asides(
        Lang::Fr,
        &[(
            "Orvane a racheté Talvik et a réalisé un chiffre d'affaires de 4 milliards d'euros.",
            "Orvane",
            "Talvik",
            "4 milliards d'euros",
            "4e9",
            "EUR",
            "Orvane",
        )],
    );
    check_asides(
        Lang::En,
        &[
            (
                "Orvane bought Talvik and reported revenue of $4 billion.",
                "Orvane",
                "Talvik",
                "$4 billion",
                "4e9",
                "USD",
                "Orvane",
            ),
            (
                "Orvane supplies Talvik and reported revenue of $4 billion last year.",
                "Orvane",
                "Talvik",
                "$4 billion",
                "4e9",
                "USD",
                "Orvane",
            ),
            // A relative or a noun phrase after the conjunction: the nearer name's clause.
            (
                "In 2024 Orvane overtook Talvik, whose revenue reached $4 billion.",
                "Orvane",
                "Talvik",
                "$4 billion",
                "4e9",
                "USD",
                "Talvik",
            ),
            (
                "Orvane said Talvik and its unit reported revenue of $4 billion.",
                "Orvane",
                "Talvik",
                "$4 billion",
                "4e9",
                "USD",
                "Talvik",
            ),
        ],
    );
    check_asides(
        Lang::Zh,
        &[
            (
                "星河科技收购了蓝海集团，营收达到40亿元。",
                "星河科技",
                "蓝海集团",
                "40亿元",
                "4e9",
                "CNY",
                "星河科技",
            ),
            (
                "星河科技表示，蓝海集团营收达到40亿元。",
                "星河科技",
                "蓝海集团",
                "40亿元",
                "4e9",
                "CNY",
                "蓝海集团",
            ),
        ],
    );
}

// ------------------------------------------------- salience of subjects (issue 5)

/// Marks the first occurrence of `surface` as a name discovered in the text (no lexicon knows
/// it), of the given kind.
fn discovered_name(mut d: Doc, surface: &str, kind: EntityKind) -> Doc {
    let start = d.text.find(surface).unwrap();
    d.entities.push(EntityMention {
        span: Span::new(start, start + surface.len()),
        id: format!("new:{}", surface.to_lowercase()),
        name: surface.into(),
        kind,
        score: 0.5,
        rule: "discovered".into(),
    });
    d.entities.sort_by_key(|e| e.span);
    d
}

#[test]
fn a_name_after_the_figure_in_a_clause_of_its_own_is_no_subject() {
    // de: "... und rückt damit an Korvex heran": the rival after the conjunction is not the
    // employer; the previous sentence's company is.
    let doc = Doc::new(
        "Brava legte am Dienstag Zahlen vor. Der Konzern zählt rund 41.000 Mitarbeiter und rückt damit an Korvex heran.",
        Lang::De,
    )
    .org("Brava", "Brava")
    .org("Korvex", "Korvex")
    .amount("rund 41.000 Mitarbeiter", "41000", "count");
    assert_eq!(
        spos(&doc.claims()),
        [t("Brava", "headcount", "-", "rund 41.000 Mitarbeiter")]
    );
    // en: "... and now trails Korvex".
    let doc = Doc::new(
        "Brava reported results on Tuesday. The group employs about 41,000 people and now trails Korvex.",
        Lang::En,
    )
    .org("Brava", "Brava")
    .org("Korvex", "Korvex")
    .amount("about 41,000", "41000", "count");
    assert_eq!(
        spos(&doc.claims()),
        [t("Brava", "headcount", "-", "about 41,000")]
    );
    // zh-Hans: "，与科维斯的差距将缩小": the rival a preposition governs across the comma.
    let doc = Doc::new(
        "博瑞集团宣布收购林泰。合并后年营收约310亿欧元，与科维斯的差距将缩小。",
        Lang::Zh,
    )
    .org("博瑞集团", "Borui")
    .org("林泰", "Lintai")
    .org("科维斯", "Korvex")
    .amount("约310亿欧元", "31e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Borui", "revenue", "-", "约310亿欧元")]
    );
    // zh-Hant: a name after the figure across a comma opens another clause
    // ("總功率800兆瓦的園區，部署約9,000顆科維斯晶片"): the previous sentence's company.
    let doc = Doc::new(
        "星河雲端宣布完成新一輪融資。資金將用於興建總功率800兆瓦的資料中心，部署約9,000顆科維斯晶片。",
        Lang::Zh,
    )
    .org("星河雲端", "Xinghe Cloud")
    .org("科維斯", "Korvex")
    .amount("800兆瓦", "8e8", "W");
    assert_eq!(
        spos(&doc.claims()),
        [t("Xinghe Cloud", "power_capacity", "-", "800兆瓦")]
    );
    // Nobody before the figure nor in the context: no claim, not the rival.
    let doc = Doc::new(
        "Der Konzern zählt rund 41.000 Mitarbeiter und rückt damit an Korvex heran.",
        Lang::De,
    )
    .org("Korvex", "Korvex")
    .amount("rund 41.000 Mitarbeiter", "41000", "count");
    assert!(doc.claims().is_empty());
    // A reporting clause after the figure still names the subject.
    let doc = Doc::new(
        "Der Umsatz stieg auf 4,2 Milliarden Euro, teilte Brava mit.",
        Lang::De,
    )
    .org("Brava", "Brava")
    .amount("4,2 Milliarden Euro", "4.2e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Brava", "revenue", "-", "4,2 Milliarden Euro")]
    );
}

#[test]
fn two_names_joined_by_a_conjunction_report_under_the_first() {
    // de: "Der Autobauer Brava und der Energiekonzern Solenta wollen ... investieren".
    let doc = Doc::new(
        "Der Autobauer Brava und der Energiekonzern Solenta wollen in Apulien gemeinsam rund 1,7 Milliarden Euro investieren.",
        Lang::De,
    )
    .org("Brava", "Brava")
    .org("Solenta", "Solenta")
    .entity("Apulien", "Apulien", EntityKind::Place)
    .amount("rund 1,7 Milliarden Euro", "1.7e9", "EUR");
    assert_eq!(
        spo(&doc.claims()[0]).0,
        "Brava",
        "{:?}",
        spos(&doc.claims())
    );
    // zh-Hant: "北海風電與法國能源集團索倫塔...，總裝置容量2GW": a place in the second one's
    // description does not cut them apart.
    let doc = Doc::new(
        "丹麥開發商北海風電與法國能源集團索倫塔今日宣布，將合資開發離岸風場，總裝置容量2GW。",
        Lang::Zh,
    )
    .org("北海風電", "Nordhav")
    .org("索倫塔", "Solenta")
    .entity("丹麥", "Denmark", EntityKind::Place)
    .entity("法國", "France", EntityKind::Place)
    .amount("2GW", "2e9", "W");
    assert_eq!(spo(&doc.claims()[0]).0, "Nordhav");
    // zh-Hans: "星河汽车与意大利电力公司Lumora签署协议，双方总投资约20亿欧元".
    let doc = Doc::new(
        "星河汽车与意大利电力公司Lumora签署协议，双方总投资约20亿欧元。",
        Lang::Zh,
    )
    .org("星河汽车", "Xinghe")
    .org("Lumora", "Lumora")
    .entity("意大利", "Italy", EntityKind::Place)
    .amount("约20亿欧元", "2e9", "EUR");
    assert_eq!(spo(&doc.claims()[0]).0, "Xinghe");
    // it: a comma between the names is no coordination: "Come Orvane, anche Talvik ha".
    let doc = Doc::new(
        "Dopo Orvane, anche Talvik ha registrato ricavi per 3 miliardi di euro.",
        Lang::It,
    )
    .org("Orvane", "Orvane")
    .org("Talvik", "Talvik")
    .amount("3 miliardi di euro", "3e9", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Talvik", "revenue", "-", "3 miliardi di euro")]
    );
}

#[test]
fn a_complement_deep_in_the_previous_sentence_gives_way_to_the_main_subject() {
    // fr: "... 20 000 puces de Korvex. La start-up, qui emploie": the chip maker named as a
    // complement is not the start-up; the story's main subject (Brava, named twice) is.
    let doc = Doc::new(
        "Brava lève 900 millions d'euros. Brava est basée à Lyon. L'argent servira à financer le futur centre de calcul de la région, qui accueillera à terme 20 000 puces de Korvex. La start-up, qui emploie près de 450 personnes, vise la rentabilité.",
        Lang::Fr,
    )
    .org("Brava", "Brava")
    .org("Korvex", "Korvex")
    .entity("Lyon", "Lyon", EntityKind::Place)
    .amount("900 millions d'euros", "9e8", "EUR")
    .amount("près de 450", "450", "count");
    let claims = doc.claims();
    let headcount = claims.iter().find(|c| c.predicate == "headcount").unwrap();
    assert_eq!(spo(headcount).0, "Brava");
    // it: a complement at the opening of the previous sentence is its topic ("Nuovo round
    // per Volaris.").
    let doc = Doc::new(
        "Korvex guida il round. Korvex ha già investito due volte. Roma – Nuovo round per Volaris. La startup ha raccolto 400 milioni di euro.",
        Lang::It,
    )
    .org("Korvex", "Korvex")
    .org("Volaris", "Volaris")
    .amount("400 milioni di euro", "4e8", "EUR");
    assert_eq!(spo(&doc.claims()[0]).0, "Volaris");
    // fr: "Le groupe de Villeneuve-Loubet ...": a discovered name a preposition governs is a
    // place; with nothing else to refer to, no claim.
    let doc = Doc::new(
        "Le groupe de Villeneuve-Loubet table sur une forte hausse. Il lancera une augmentation de capital de 2 milliards d'euros.",
        Lang::Fr,
    )
    .amount("2 milliards d'euros", "2e9", "EUR");
    let doc = discovered_name(doc, "Villeneuve-Loubet", EntityKind::Organization);
    assert!(doc.claims().is_empty(), "{:?}", spos(&doc.claims()));
    // ... and with a company named before, that company.
    let doc = Doc::new(
        "Brava rachète Korvex. Brava paiera en numéraire. Le groupe de Villeneuve-Loubet table sur une forte hausse. Il lancera une augmentation de capital de 2 milliards d'euros.",
        Lang::Fr,
    )
    .org("Brava", "Brava")
    .org("Korvex", "Korvex")
    .amount("2 milliards d'euros", "2e9", "EUR");
    let doc = discovered_name(doc, "Villeneuve-Loubet", EntityKind::Organization);
    let claims = doc.claims();
    assert_eq!(claims.len(), 1, "{:?}", spos(&claims));
    assert_eq!(spo(&claims[0]).0, "Brava");
}

#[test]
fn a_complement_closing_another_paragraph_gives_way_to_the_main_subject() {
    // fr: the previous sentence, in another paragraph, names Talvane only as a complement
    // ("évincé de Talvane"): the dividend is the story's main subject's.
    let doc = Doc::new(
        "Korvex relève ses prévisions. Korvex vise une marge record.\n\nM. Dupont, évincé de Talvane l'an dernier, rejoint le conseil.\n\nLe conseil a approuvé un dividende de 2 euros par action.",
        Lang::Fr,
    )
    .org("Korvex", "Korvex")
    .org("Talvane", "Talvane")
    .entity("Dupont", "Dupont", EntityKind::Person)
    .amount("2 euros", "2", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Korvex", "dividend", "-", "2 euros")]
    );
    // In the same paragraph, at the opening of the previous sentence, the complement stays
    // the referent ("Chez Talvane, ... Le conseil a approuvé").
    let doc = Doc::new(
        "Korvex relève ses prévisions. Korvex vise une marge record.\n\nChez Talvane, l'année a été bonne. Le conseil a approuvé un dividende de 2 euros par action.",
        Lang::Fr,
    )
    .org("Korvex", "Korvex")
    .org("Talvane", "Talvane")
    .amount("2 euros", "2", "EUR");
    assert_eq!(
        spos(&doc.claims()),
        [t("Talvane", "dividend", "-", "2 euros")]
    );
}

// ------------------------------------------- references by a name's description (any language)

/// The subject and where it came from, for the claim on `surface`.
fn subject_of(claims: &[Claim], surface: &str) -> (String, SubjectSource) {
    let c = claims
        .iter()
        .find(|c| c.provenance.text == surface)
        .unwrap_or_else(|| panic!("no claim on {surface:?}: {:?}", spos(claims)));
    (
        c.subject.as_ref().map_or("-".into(), |e| e.name.clone()),
        c.subject_from,
    )
}

#[test]
fn de_demonym_names_the_party_the_text_described_so() {
    // The previous sentence names the target; "Die Chinesen" are the buyer, described as
    // Chinese when first named.
    let text = "Der chinesische Batteriehersteller Lumora übernimmt den Zulieferer Kessler. \
                Kessler meldete zuletzt Verluste. Die Chinesen beschäftigen weltweit 12.000 Mitarbeiter.";
    let doc = Doc::new(text, Lang::De)
        .org("Lumora", "Lumora")
        .org("Kessler", "Kessler")
        .amount("12.000", "12000", "count");
    assert_eq!(
        subject_of(&doc.claims(), "12.000"),
        ("Lumora".into(), SubjectSource::Description)
    );
    // A reference no description matches leaves the context's subject.
    let text = "Der chinesische Batteriehersteller Lumora übernimmt den Zulieferer Kessler. \
                Kessler meldete zuletzt Verluste. Die Japaner beschäftigen weltweit 12.000 Mitarbeiter.";
    let doc = Doc::new(text, Lang::De)
        .org("Lumora", "Lumora")
        .org("Kessler", "Kessler")
        .amount("12.000", "12000", "count");
    let (_, from) = subject_of(&doc.claims(), "12.000");
    assert_ne!(from, SubjectSource::Description);
    // A verb before a name is no description: "Die Chinesen zahlen Kessler" says nothing of
    // what Kessler is.
    let text = "Die Chinesen zahlen Kessler einen hohen Preis. \
                Lumora meldete zuletzt Verluste. Die Chinesen beschäftigen weltweit 12.000 Mitarbeiter.";
    let doc = Doc::new(text, Lang::De)
        .org("Lumora", "Lumora")
        .org("Kessler", "Kessler")
        .amount("12.000", "12000", "count");
    let (_, from) = subject_of(&doc.claims(), "12.000");
    assert_ne!(from, SubjectSource::Description);
}

#[test]
fn fr_descriptions_tell_buyer_and_target_apart() {
    let text = "Le sidérurgiste luxembourgeois Ferrox rachète l'italien Vetra. Vetra était en \
                difficulté depuis deux ans. Le groupe luxembourgeois emploie 125 000 salariés. \
                Ferrox a confirmé l'accord. L'italien emploie 3 000 salariés.";
    let doc = Doc::new(text, Lang::Fr)
        .org("Ferrox", "Ferrox")
        .org("Vetra", "Vetra")
        .amount("125 000", "125000", "count")
        .amount("3 000", "3000", "count");
    let claims = doc.claims();
    assert_eq!(
        subject_of(&claims, "125 000"),
        ("Ferrox".into(), SubjectSource::Description)
    );
    assert_eq!(
        subject_of(&claims, "3 000"),
        ("Vetra".into(), SubjectSource::Description)
    );
}

#[test]
fn it_description_in_an_apposition_and_ambiguous_descriptions() {
    let text = "Huaxin, il colosso cinese degli elettrodomestici, ha rilevato il gruppo trevigiano \
                Brenta. Huaxin ha firmato l'accordo ieri. Il gruppo trevigiano conta oltre 10.000 dipendenti.";
    let doc = Doc::new(text, Lang::It)
        .org("Huaxin", "Huaxin")
        .org("Brenta", "Brenta")
        .amount("oltre 10.000", "10000", "count");
    assert_eq!(
        subject_of(&doc.claims(), "oltre 10.000"),
        ("Brenta".into(), SubjectSource::Description)
    );
    // Both parties described as Chinese: the reference tells neither, the context decides.
    let text = "Il colosso cinese Huaxin ha rilevato il gruppo cinese Brenta. Huaxin ha firmato \
                l'accordo ieri. I cinesi contano oltre 10.000 dipendenti.";
    let doc = Doc::new(text, Lang::It)
        .org("Huaxin", "Huaxin")
        .org("Brenta", "Brenta")
        .amount("oltre 10.000", "10000", "count");
    assert_eq!(
        subject_of(&doc.claims(), "oltre 10.000"),
        ("Huaxin".into(), SubjectSource::PreviousSentence)
    );
    // An adverbial before a name is no description ("Nel quarto trimestre Huaxin").
    let text = "Nel quarto trimestre Huaxin ha rilevato Brenta. Brenta ha firmato l'accordo ieri. \
                Il trimestre successivo conta oltre 10.000 dipendenti.";
    let doc = Doc::new(text, Lang::It)
        .org("Huaxin", "Huaxin")
        .org("Brenta", "Brenta")
        .amount("oltre 10.000", "10000", "count");
    assert_ne!(
        subject_of(&doc.claims(), "oltre 10.000").1,
        SubjectSource::Description
    );
}

#[test]
fn en_plural_demonym_and_zh_context_unchanged() {
    let text = "The Dutch chipmaker Veldhoven Systems agreed to buy the Korean supplier Hanmi \
                Tech. Veldhoven Systems will pay in cash. The Koreans employ 4,000 people.";
    let doc = Doc::new(text, Lang::En)
        .org("Veldhoven Systems", "Veldhoven Systems")
        .org("Hanmi Tech", "Hanmi Tech")
        .amount("4,000", "4000", "count");
    assert_eq!(
        subject_of(&doc.claims(), "4,000"),
        ("Hanmi Tech".into(), SubjectSource::Description)
    );
    // Chinese refers back with "该集团": the previous sentence's party, as before.
    let text =
        "中国企业华信收购了意大利公司布伦塔。华信表示交易将于年内完成。该集团拥有员工1.2万名。";
    let doc = Doc::new(text, Lang::Zh)
        .org("华信", "Huaxin")
        .org("布伦塔", "Brenta")
        .amount("1.2万名", "12000", "count");
    assert_eq!(
        subject_of(&doc.claims(), "1.2万名"),
        ("Huaxin".into(), SubjectSource::PreviousSentence)
    );
}

// ------------------------------------- a name heads the clause its aside interrupts (any language)

#[test]
fn fr_name_before_a_relative_aside_keeps_its_figure() {
    let text = "Talvik, qui emploie environ 22 000 personnes, a réalisé l'an dernier un chiffre \
                d'affaires de 9,9 milliards d'euros, dont 1,7 milliard pour sa filiale Kordia.";
    let doc = Doc::new(text, Lang::Fr)
        .org("Talvik", "Talvik")
        .org("Kordia", "Kordia")
        .amount("22 000", "22000", "count")
        .amount("9,9 milliards d'euros", "9.9e9", "EUR");
    let claims = doc.claims();
    assert_eq!(subject_of(&claims, "22 000").0, "Talvik");
    assert_eq!(subject_of(&claims, "9,9 milliards d'euros").0, "Talvik");
}

#[test]
fn it_name_before_a_relative_aside_and_a_venue_after_the_figure() {
    let text = "Orvane, che impiega oltre 9.000 dipendenti in trenta Paesi, ha chiuso la seduta \
                in rialzo del 3,1% a Piazza Verdi.";
    let doc = Doc::new(text, Lang::It)
        .org("Orvane", "Orvane")
        .org("Piazza Verdi", "Borsa Verdi")
        .amount("3,1%", "3.1", "percent");
    assert_eq!(subject_of(&doc.claims(), "3,1%").0, "Orvane");
    // The figure inside a relative clause on a target is the target's.
    let text = "Acme ha comprato Globex, che ha registrato ricavi per 3 miliardi di euro.";
    let doc = Doc::new(text, Lang::It)
        .org("Acme", "Acme")
        .org("Globex", "Globex")
        .amount("3 miliardi di euro", "3e9", "EUR");
    assert_eq!(subject_of(&doc.claims(), "3 miliardi di euro").0, "Globex");
}

#[test]
fn de_and_en_name_before_an_aside() {
    let text = "Lumora, die rund 12.000 Menschen beschäftigt, erzielte zuletzt einen Umsatz von \
                4 Milliarden Euro, davon 1 Milliarde Euro bei der Tochter Kessler.";
    let doc = Doc::new(text, Lang::De)
        .org("Lumora", "Lumora")
        .org("Kessler", "Kessler")
        .amount("4 Milliarden Euro", "4e9", "EUR");
    assert_eq!(subject_of(&doc.claims(), "4 Milliarden Euro").0, "Lumora");
    let text = "Orvane, which employs 9,000 people in thirty countries, reported revenue of \
                $3 billion, of which $1 billion came from its unit Talvik.";
    let doc = Doc::new(text, Lang::En)
        .org("Orvane", "Orvane")
        .org("Talvik", "Talvik")
        .amount("$3 billion", "3e9", "USD");
    assert_eq!(subject_of(&doc.claims(), "$3 billion").0, "Orvane");
    // A list is no aside (no relative pronoun nor article opens it): "Orvane, Talvik and
    // Brenta" keeps the rule of names a conjunction joins, the first of them.
    let text = "Orvane, Talvik and Brenta reported revenue of $3 billion together.";
    let doc = Doc::new(text, Lang::En)
        .org("Orvane", "Orvane")
        .org("Talvik", "Talvik")
        .org("Brenta", "Brenta")
        .amount("$3 billion", "3e9", "USD");
    assert_eq!(subject_of(&doc.claims(), "$3 billion").0, "Talvik");
}

#[test]
fn zh_agent_marker_binds_only_its_own_verb() {
    // "由A持股六成、B持股四成": the second holding is B's, not the agent's of the first.
    let text = "合资公司由星河科技持股六成、蓝海集团持股四成，总投资约20亿欧元。";
    let doc = Doc::new(text, Lang::Zh)
        .org("星河科技", "Xinghe Tech")
        .org("蓝海集团", "Lanhai Group")
        .amount("六成", "60", "percent")
        .amount("四成", "40", "percent");
    let claims = doc.claims();
    assert_eq!(subject_of(&claims, "六成").0, "Xinghe Tech");
    assert_eq!(subject_of(&claims, "四成").0, "Lanhai Group");
}

/// The subject and predicate of every claim on the figure `surface`.
fn all_on(claims: &[Claim], surface: &str) -> Vec<(String, String)> {
    claims
        .iter()
        .filter(|c| c.provenance.text == surface)
        .map(|c| {
            (
                c.subject.as_ref().map_or("-".into(), |e| e.name.clone()),
                c.predicate.clone(),
            )
        })
        .collect()
}

#[test]
fn contrastive_clause_gives_its_figure_to_the_party_after_it() {
    // it: "mentre il restante 40% farà capo a X"
    let text = "Nella nuova società Brivana avrà il 60% del capitale, mentre il restante 40% \
                farà capo a Solvenza.";
    let doc = Doc::new(text, Lang::It)
        .org("Brivana", "Brivana")
        .org("Solvenza", "Solvenza")
        .amount("60%", "60", "percent")
        .amount("40%", "40", "percent");
    let claims = doc.claims();
    assert_eq!(subject_of(&claims, "60%").0, "Brivana");
    assert_eq!(subject_of(&claims, "40%").0, "Solvenza");
    // fr: "tandis que les 40 % restants du capital reviennent à X" (a conjunction of two
    // words, the second of which breaks a clause of its own)
    let text = "Dans la coentreprise, Lavrance détiendra 60 % du capital, tandis que les 40 % \
                restants du capital reviendront à Moréal.";
    let doc = Doc::new(text, Lang::Fr)
        .org("Lavrance", "Lavrance")
        .org("Moréal", "Moréal")
        .amount("60 %", "60", "percent")
        .amount("40 %", "40", "percent");
    let claims = doc.claims();
    assert_eq!(subject_of(&claims, "60 %").0, "Lavrance");
    assert_eq!(subject_of(&claims, "40 %").0, "Moréal");
    // Without a cue of its own before the name: "tandis que les 40 % restants reviennent à X".
    let text = "Lavrance détient 60 % de la coentreprise, tandis que les 40 % restants \
                reviennent à Moréal.";
    let doc = Doc::new(text, Lang::Fr)
        .org("Lavrance", "Lavrance")
        .org("Moréal", "Moréal")
        .amount("60 %", "60", "percent")
        .amount("40 %", "40", "percent");
    assert_eq!(subject_of(&doc.claims(), "40 %").0, "Moréal");
    // en: "while the other 40% goes to X"
    let text = "Under the deal Orvane holds 60% of the venture, while the other 40% of the \
                shares will go to Talvik.";
    let doc = Doc::new(text, Lang::En)
        .org("Orvane", "Orvane")
        .org("Talvik", "Talvik")
        .amount("60%", "60", "percent")
        .amount("40%", "40", "percent");
    let claims = doc.claims();
    assert_eq!(subject_of(&claims, "60%").0, "Orvane");
    assert_eq!(subject_of(&claims, "40%").0, "Talvik");
}

#[test]
fn zh_contrastive_clause_gives_its_figure_to_the_party_after_it() {
    // "其余40%由X持有"
    let text = "合资公司中，星河科技持有60%股份，其余40%由蓝海集团持有。";
    let doc = Doc::new(text, Lang::Zh)
        .org("星河科技", "Xinghe Tech")
        .org("蓝海集团", "Lanhai Group")
        .amount("60%", "60", "percent")
        .amount("40%", "40", "percent");
    let claims = doc.claims();
    assert_eq!(subject_of(&claims, "60%").0, "Xinghe Tech");
    assert_eq!(subject_of(&claims, "40%").0, "Lanhai Group");
}

#[test]
fn contrastive_clause_party_after_the_figure_that_is_not_its_holder() {
    // The clause names its own holder before the figure: the party after it is a target.
    let text = "Brivana ha chiuso l'anno in utile, mentre Ferrolux ha ceduto il 40% a Solvenza.";
    let doc = Doc::new(text, Lang::It)
        .org("Brivana", "Brivana")
        .org("Ferrolux", "Ferrolux")
        .org("Solvenza", "Solvenza")
        .amount("40%", "40", "percent");
    let claims = doc.claims();
    assert!(
        all_on(&claims, "40%").iter().all(|(s, _)| s != "Solvenza"),
        "{:?}",
        spos(&claims)
    );
    // No contrastive conjunction opens the clause: the name after the figure stays an object.
    let text = "Orvane holds 40% of the shares of Talvik.";
    let doc = Doc::new(text, Lang::En)
        .org("Orvane", "Orvane")
        .org("Talvik", "Talvik")
        .amount("40%", "40", "percent");
    let claims = doc.claims();
    assert_eq!(spos(&claims), [t("Orvane", "stake", "Talvik", "40%")]);
    // A place after the figure holds nothing.
    let text = "Kordwerk steigerte den Umsatz um 5 Prozent, während die Kosten um 40 Prozent in \
                Berlin stiegen.";
    let doc = Doc::new(text, Lang::De)
        .org("Kordwerk", "Kordwerk")
        .entity("Berlin", "Berlin", EntityKind::Place)
        .amount("5 Prozent", "5", "percent")
        .amount("40 Prozent", "40", "percent");
    let claims = doc.claims();
    assert!(
        all_on(&claims, "40 Prozent")
            .iter()
            .all(|(s, _)| s != "Berlin"),
        "{:?}",
        spos(&claims)
    );
}
