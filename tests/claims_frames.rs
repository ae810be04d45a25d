//! Frame choice on hand-made sentences (issue 5): kinds of fact beyond money (changes in
//! percent, margins, counts of things, contract durations, time to close a deal), in every
//! language, and sentences where no claim may be made.

use concord::claim::{self, Claim, ClaimInput};
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

    /// Marks every occurrence of `surface` as the organization `name`.
    fn org(self, surface: &str, name: &str) -> Doc {
        self.entity(surface, name, EntityKind::Organization)
    }

    /// Marks every occurrence of `surface` as the entity `name` of kind `kind`.
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

    /// Marks the first occurrence of `surface` as a figure.
    fn q(mut self, surface: &str, value: &str, unit: &str) -> Doc {
        let start = self
            .text
            .find(surface)
            .unwrap_or_else(|| panic!("{surface:?} not in the text"));
        let value: Decimal = value.parse().unwrap();
        self.quantities.push(QuantityMention {
            span: Span::new(start, start + surface.len()),
            quantity: Quantity::new(value, unit.parse::<Unit>().unwrap()),
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

    /// (subject, predicate, figure surface) of each claim.
    fn spf(&self) -> Vec<(String, String, String)> {
        self.claims()
            .iter()
            .map(|c| {
                (
                    c.subject.as_ref().map_or("-".into(), |e| e.name.clone()),
                    c.predicate.clone(),
                    c.provenance.text.clone(),
                )
            })
            .collect()
    }
}

fn t(s: &str, p: &str, f: &str) -> (String, String, String) {
    (s.into(), p.into(), f.into())
}

/// The predicate of the claim on `surface`, if any.
fn pred(doc: &Doc, surface: &str) -> Option<String> {
    doc.claims()
        .into_iter()
        .find(|c| c.provenance.text == surface)
        .map(|c| c.predicate)
}

// ------------------------------------------------------------ share price changes

#[test]
fn share_price_change_in_every_language() {
    let cases = [
        (
            "Il titolo Brivana ha chiuso in calo del 5,2% a Piazza Affari.",
            Lang::It,
            "5,2%",
        ),
        (
            "Die Aktie von Brivana legte um 5,2 Prozent auf 31 Euro zu.",
            Lang::De,
            "5,2 Prozent",
        ),
        (
            "À la Bourse de Lyon, l'action Brivana a bondi de 5,2 %.",
            Lang::Fr,
            "5,2 %",
        ),
        (
            "Brivana shares jumped 5.2% in early trading.",
            Lang::En,
            "5.2%",
        ),
        ("Brivana股价当天下跌5.2%。", Lang::Zh, "5.2%"),
        ("Brivana股價當天上漲5.2%。", Lang::Zh, "5.2%"),
    ];
    for (text, lang, fig) in cases {
        let doc = Doc::new(text, lang)
            .org("Brivana", "Brivana")
            .q(fig, "5.2", "percent");
        assert_eq!(
            doc.spf(),
            [t("Brivana", "share_price_change", fig)],
            "{text}"
        );
        // Not a fact with one true value: a day's change and a year's change differ.
        assert!(!doc.claims()[0].functional, "{text}");
    }
}

#[test]
fn share_price_itself_stays_a_price() {
    let doc = Doc::new(
        "Die Aktie von Brivana verlor 3 Prozent auf 31,20 Euro.",
        Lang::De,
    )
    .org("Brivana", "Brivana")
    .q("3 Prozent", "3", "percent")
    .q("31,20 Euro", "31.20", "EUR");
    assert_eq!(
        doc.spf(),
        [
            t("Brivana", "share_price_change", "3 Prozent"),
            t("Brivana", "share_price", "31,20 Euro"),
        ]
    );
}

// ------------------------------------------------------------ growth rates

#[test]
fn organic_growth_in_every_language() {
    let cases = [
        (
            "La crescita organica di Lumora è stata del 4,3%.",
            Lang::It,
            "4,3%",
        ),
        (
            "Lumora wuchs organisch um 4,3 Prozent.",
            Lang::De,
            "4,3 Prozent",
        ),
        (
            "Das organische Wachstum von Lumora betrug 4,3 Prozent.",
            Lang::De,
            "4,3 Prozent",
        ),
        (
            "La croissance organique de Lumora atteint 4,3 %.",
            Lang::Fr,
            "4,3 %",
        ),
        ("Lumora posted organic growth of 4.3%.", Lang::En, "4.3%"),
        ("Lumora上半年有机增长4.3%。", Lang::Zh, "4.3%"),
        ("Lumora上半年有機成長率為4.3%。", Lang::Zh, "4.3%"),
        // The narrowest cue wins through the broader one: organic sales fell.
        ("Lumora在该地区的有机销售额下降4.3%。", Lang::Zh, "4.3%"),
    ];
    for (text, lang, fig) in cases {
        let doc = Doc::new(text, lang)
            .org("Lumora", "Lumora")
            .q(fig, "4.3", "percent");
        assert_eq!(doc.spf(), [t("Lumora", "organic_growth", fig)], "{text}");
    }
}

#[test]
fn revenue_growth_pricing_and_plain_growth() {
    let doc = Doc::new(
        "Der Umsatz von Lumora stieg um 6 Prozent. Davon entfielen 2 Prozent auf Preiserhöhungen.",
        Lang::De,
    )
    .org("Lumora", "Lumora")
    .q("6 Prozent", "6", "percent")
    .q("2 Prozent", "2", "percent");
    assert_eq!(
        doc.spf(),
        [
            t("Lumora", "revenue_growth", "6 Prozent"),
            t("Lumora", "pricing", "2 Prozent"),
        ]
    );
    let doc = Doc::new("I ricavi di Lumora sono cresciuti del 6%.", Lang::It)
        .org("Lumora", "Lumora")
        .q("6%", "6", "percent");
    assert_eq!(doc.spf(), [t("Lumora", "revenue_growth", "6%")]);
    let doc = Doc::new(
        "Le chiffre d'affaires de Lumora progresse de 6 %.",
        Lang::Fr,
    )
    .org("Lumora", "Lumora")
    .q("6 %", "6", "percent");
    assert_eq!(doc.spf(), [t("Lumora", "revenue_growth", "6 %")]);
    let doc = Doc::new("Lumora营收同比增长6%。", Lang::Zh)
        .org("Lumora", "Lumora")
        .q("6%", "6", "percent");
    assert_eq!(doc.spf(), [t("Lumora", "revenue_growth", "6%")]);
    // Volumes rose: a change, of no narrower kind.
    let doc = Doc::new("Bei Lumora legten die Mengen um 1 Prozent zu.", Lang::De)
        .org("Lumora", "Lumora")
        .q("1 Prozent", "1", "percent");
    assert_eq!(doc.spf(), [t("Lumora", "growth", "1 Prozent")]);
}

#[test]
fn a_growth_verb_does_not_override_a_stake_or_market_share() {
    // The strong cue of the level wins over the weak verb of change next to it.
    let doc = Doc::new("La quota di mercato di Lumora è salita al 21%.", Lang::It)
        .org("Lumora", "Lumora")
        .q("21%", "21", "percent");
    assert_eq!(pred(&doc, "21%").as_deref(), Some("market_share"));
    let doc = Doc::new(
        "Lumora a porté sa participation à 30 % du capital.",
        Lang::Fr,
    )
    .org("Lumora", "Lumora")
    .q("30 %", "30", "percent");
    assert_eq!(pred(&doc, "30 %").as_deref(), Some("stake"));
    let doc = Doc::new("Lumora rachète 30 % des actions de Pexa.", Lang::Fr)
        .org("Lumora", "Lumora")
        .org("Pexa", "Pexa")
        .q("30 %", "30", "percent");
    assert_eq!(pred(&doc, "30 %").as_deref(), Some("stake"));
}

#[test]
fn margins() {
    let cases = [
        (
            "Il margine lordo di Lumora è salito al 48,5%.",
            Lang::It,
            "48,5%",
            "gross_margin",
        ),
        (
            "Die Bruttomarge von Lumora lag bei 48,5 Prozent.",
            Lang::De,
            "48,5 Prozent",
            "gross_margin",
        ),
        (
            "La marge brute de Lumora s'établit à 48,5 %.",
            Lang::Fr,
            "48,5 %",
            "gross_margin",
        ),
        (
            "Lumora's gross margin was 48.5%.",
            Lang::En,
            "48.5%",
            "gross_margin",
        ),
        (
            "Lumora第三季毛利率為48.5%。",
            Lang::Zh,
            "48.5%",
            "gross_margin",
        ),
        (
            "Lumora的营业利润率为48.5%。",
            Lang::Zh,
            "48.5%",
            "operating_margin",
        ),
        (
            "La marge opérationnelle de Lumora atteint 48,5 %.",
            Lang::Fr,
            "48,5 %",
            "operating_margin",
        ),
    ];
    for (text, lang, fig, key) in cases {
        let doc = Doc::new(text, lang)
            .org("Lumora", "Lumora")
            .q(fig, "48.5", "percent");
        assert_eq!(doc.spf(), [t("Lumora", key, fig)], "{text}");
        assert!(doc.claims()[0].functional, "{text}");
    }
}

// ------------------------------------------------------------ counts of things

#[test]
fn turbines_and_households() {
    let cases = [
        (
            "Il parco di Ventora avrà 60 turbine e rifornirà 300.000 famiglie.",
            Lang::It,
            "60",
            "300.000",
        ),
        (
            "Der Windpark von Ventora umfasst 60 Windräder und versorgt 300.000 Haushalte.",
            Lang::De,
            "60",
            "300.000",
        ),
        (
            "Le parc de Ventora comptera 60 éoliennes et alimentera 300 000 foyers.",
            Lang::Fr,
            "60",
            "300 000",
        ),
        (
            "Ventora's farm will have 60 turbines and power 300,000 homes.",
            Lang::En,
            "60",
            "300,000",
        ),
        (
            "Ventora风电场将设置60台风机，可供30万户家庭用电。",
            Lang::Zh,
            "60",
            "30万",
        ),
        (
            "Ventora風場將設置60支風機，可滿足30萬戶家庭用電。",
            Lang::Zh,
            "60",
            "30萬",
        ),
    ];
    for (text, lang, turbines, homes) in cases {
        let doc = Doc::new(text, lang)
            .org("Ventora", "Ventora")
            .q(turbines, "60", "count")
            .q(homes, "300000", "count");
        assert_eq!(
            doc.spf(),
            [
                t("Ventora", "turbine_count", turbines),
                t("Ventora", "households_supplied", homes),
            ],
            "{text}"
        );
    }
}

#[test]
fn users_are_not_households() {
    // "用户" ends with the households' classifier "户": the longer cue wins.
    let doc = Doc::new("Lumora的用户数达到3000万。", Lang::Zh)
        .org("Lumora", "Lumora")
        .q("3000万", "30000000", "count");
    assert_eq!(pred(&doc, "3000万").as_deref(), Some("user_count"));
    let doc = Doc::new("Lumora拥有300万家企业客户。", Lang::Zh)
        .org("Lumora", "Lumora")
        .q("300万", "3000000", "count");
    assert_eq!(pred(&doc, "300万").as_deref(), Some("user_count"));
}

#[test]
fn plant_closures_and_plant_counts() {
    let cases = [
        (
            "Lumora chiuderà 4 stabilimenti in Francia.",
            Lang::It,
            "4",
            "plant_closures",
        ),
        (
            "Lumora schliesst vier Werke in Europa.",
            Lang::De,
            "vier",
            "plant_closures",
        ),
        (
            "Lumora va fermer quatre usines en Espagne.",
            Lang::Fr,
            "quatre",
            "plant_closures",
        ),
        (
            "Lumora will close four plants in Ohio.",
            Lang::En,
            "four",
            "plant_closures",
        ),
        (
            "Lumora将关闭欧洲四家工厂。",
            Lang::Zh,
            "四家",
            "plant_closures",
        ),
        (
            "Lumora並關閉歐洲4座工廠。",
            Lang::Zh,
            "4座",
            "plant_closures",
        ),
        (
            "Lumora betreibt vier Werke in Europa.",
            Lang::De,
            "vier",
            "plant_count",
        ),
        (
            "Lumora在全球拥有四家工厂。",
            Lang::Zh,
            "四家",
            "plant_count",
        ),
    ];
    for (text, lang, fig, key) in cases {
        let doc = Doc::new(text, lang)
            .org("Lumora", "Lumora")
            .q(fig, "4", "count");
        assert_eq!(doc.spf(), [t("Lumora", key, fig)], "{text}");
    }
}

#[test]
fn founders_and_models() {
    let doc = Doc::new(
        "Nubra, fondée en 2019 à Lyon par trois ingénieurs, héberge plus de 40 000 modèles.",
        Lang::Fr,
    )
    .org("Nubra", "Nubra")
    .q("trois", "3", "count")
    .q("40 000", "40000", "count");
    assert_eq!(
        doc.spf(),
        [
            t("Nubra", "founder_count", "trois"),
            t("Nubra", "model_count", "40 000"),
        ]
    );
    let doc = Doc::new("Nubra由3名创业者创立，平台托管的模型超过4万个。", Lang::Zh)
        .org("Nubra", "Nubra")
        .q("3名", "3", "count")
        .q("4万个", "40000", "count");
    assert_eq!(
        doc.spf(),
        [
            t("Nubra", "founder_count", "3名"),
            t("Nubra", "model_count", "4万个"),
        ]
    );
}

// ------------------------------------------------------------ contracts and deals

#[test]
fn offtake_share_and_contract_duration() {
    let cases = [
        (
            "Il gruppo Ferrox acquisterà il 40% dell'energia prodotta con un contratto di 15 anni.",
            Lang::It,
            "40%",
            "15 anni",
        ),
        (
            "Ferrox hat sich vertraglich verpflichtet, 40 Prozent des Stroms über 15 Jahre abzunehmen.",
            Lang::De,
            "40 Prozent",
            "15 Jahre",
        ),
        (
            "Ferrox achètera 40 % de la production dans le cadre d'un contrat de quinze ans.",
            Lang::Fr,
            "40 %",
            "quinze ans",
        ),
        (
            "Ferrox will buy 40% of the power under a 15 years contract.",
            Lang::En,
            "40%",
            "15 years",
        ),
        ("Ferrox将采购风场四成电力，为期15年。", Lang::Zh, "四成", "15年"),
    ];
    for (text, lang, share, years) in cases {
        let doc = Doc::new(text, lang)
            .org("Ferrox", "Ferrox")
            .q(share, "40", "percent")
            .q(years, "15", "years");
        assert_eq!(
            doc.spf(),
            [
                t("Ferrox", "offtake_share", share),
                t("Ferrox", "contract_duration", years),
            ],
            "{text}"
        );
    }
}

#[test]
fn time_to_close_a_deal() {
    let cases = [
        (
            "Ferrox prevede il perfezionamento dell'operazione entro 9 mesi.",
            Lang::It,
            "9 mesi",
        ),
        (
            "Ferrox erwartet den Abschluss innerhalb von 9 Monaten.",
            Lang::De,
            "9 Monaten",
        ),
        (
            "Ferrox attend la finalisation d'ici neuf mois.",
            Lang::Fr,
            "neuf mois",
        ),
        (
            "Ferrox expects the deal to close within 9 months.",
            Lang::En,
            "9 months",
        ),
        ("Ferrox表示，交易预计在9个月内完成。", Lang::Zh, "9个月"),
    ];
    for (text, lang, fig) in cases {
        let doc = Doc::new(text, lang)
            .org("Ferrox", "Ferrox")
            .q(fig, "9", "months");
        assert_eq!(doc.spf(), [t("Ferrox", "closing_time", fig)], "{text}");
    }
}

// ------------------------------------------------------------ no claim

#[test]
fn no_claim_without_a_cue_of_the_figure_s_kind() {
    let cases = [
        // A percent with nothing that says what it measures.
        (
            "Secondo Lumora, il 12% degli intervistati è soddisfatto.",
            Lang::It,
            "12%",
            "percent",
        ),
        (
            "Lumora zufolge sind 12 Prozent der Befragten zufrieden.",
            Lang::De,
            "12 Prozent",
            "percent",
        ),
        // A firm order is no closure ("commande ferme").
        (
            "Lumora a passé une commande ferme de 12 avions.",
            Lang::Fr,
            "12",
            "count",
        ),
        // Years of experience are no contract.
        (
            "Lumora has worked in Ohio for 12 years.",
            Lang::En,
            "12 years",
            "years",
        ),
        // Seats are counted with 座位, not with the classifier of buildings.
        ("Lumora旗下12座大楼已完工。", Lang::Zh, "12座", "count"),
    ];
    for (text, lang, fig, unit) in cases {
        let doc = Doc::new(text, lang)
            .org("Lumora", "Lumora")
            .q(fig, "12", unit);
        let got: Vec<_> = doc
            .spf()
            .into_iter()
            // A counted noun after the figure makes its own multi-valued claim ("12座大楼" is
            // count:building, tests/claims_nouns.rs), and a figure nothing names a bare claim
            // keyed by its dimension (tests/claims_concepts.rs): no frame's.
            .filter(|(_, p, _)| {
                p != "order"
                    && !p.contains(':')
                    && !["money", "percent", "count", "duration"].contains(&p.as_str())
            })
            .collect();
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn a_space_in_a_chinese_headline_separates_its_clauses() {
    // "前3季" is no job cut: the cut is in the headline's other clause.
    let doc = Doc::new("Lumora前三季营收增长5% 宣布裁员900人", Lang::Zh)
        .org("Lumora", "Lumora")
        .q("5%", "5", "percent")
        .q("900人", "900", "count");
    assert_eq!(
        doc.spf(),
        [
            t("Lumora", "revenue_growth", "5%"),
            t("Lumora", "job_cuts", "900人"),
        ]
    );
}

// ------------------------------------------------------------ the lead of a takeover story

#[test]
fn a_valuation_in_a_takeover_story_is_the_deal_s_price() {
    let cases = [
        (
            "Ferrox übernimmt Pexa\n\nFerrox will den Rivalen Pexa übernehmen. Die Offerte bewertet Pexa mit 3,2 Milliarden Euro.",
            Lang::De,
            "3,2 Milliarden Euro",
        ),
        (
            "Ferrox rachète Pexa\n\nFerrox a annoncé le rachat de Pexa. L'opération valorise Pexa à 3,2 milliards d'euros.",
            Lang::Fr,
            "3,2 milliards d'euros",
        ),
        (
            "Ferrox compra Pexa\n\nFerrox ha annunciato l'acquisizione di Pexa. L'offerta valuta Pexa 3,2 miliardi di euro.",
            Lang::It,
            "3,2 miliardi di euro",
        ),
        (
            "Ferrox to buy Pexa\n\nFerrox agreed to acquire Pexa. The deal values Pexa at 3.2 billion euros.",
            Lang::En,
            "3.2 billion euros",
        ),
        (
            "Ferrox拟收购Pexa\n\nFerrox宣布收购Pexa。交易对Pexa的估值达32亿欧元。",
            Lang::Zh,
            "32亿欧元",
        ),
    ];
    for (text, lang, fig) in cases {
        let doc = Doc::new(text, lang)
            .org("Ferrox", "Ferrox")
            .org("Pexa", "Pexa")
            .q(fig, "3.2e9", "EUR");
        let claims = doc.claims();
        assert_eq!(claims.len(), 1, "{text}");
        assert_eq!(claims[0].predicate, "acquisition_price", "{text}");
        assert_eq!(
            claims[0].subject.as_ref().map(|e| e.name.as_str()),
            Some("Ferrox"),
            "{text}"
        );
        assert_eq!(
            claims[0].object.as_ref().map(|e| e.name.as_str()),
            Some("Pexa"),
            "{text}"
        );
    }
    // Without a takeover in the lead, a valuation stays one.
    let doc = Doc::new(
        "Pexa lève des fonds\n\nPexa a bouclé un tour de table. L'opération valorise Pexa à 3,2 milliards d'euros.",
        Lang::Fr,
    )
    .org("Pexa", "Pexa")
    .q("3,2 milliards d'euros", "3.2e9", "EUR");
    assert_eq!(
        pred(&doc, "3,2 milliards d'euros").as_deref(),
        Some("valuation")
    );
}

#[test]
fn profit_growth_and_share_moves_of_depositary_receipts() {
    let doc = Doc::new(
        "Lumora legte Zahlen vor. Der Umsatz stieg um 5 Prozent, der Gewinn fiel um 3 Prozent.",
        Lang::De,
    )
    .org("Lumora", "Lumora")
    .q("5 Prozent", "5", "percent")
    .q("3 Prozent", "3", "percent");
    assert_eq!(
        doc.spf(),
        [
            t("Lumora", "revenue_growth", "5 Prozent"),
            t("Lumora", "profit_growth", "3 Prozent"),
        ]
    );
    let doc = Doc::new("Lumora净利润同比增长12%。", Lang::Zh)
        .org("Lumora", "Lumora")
        .q("12%", "12", "percent");
    assert_eq!(doc.spf(), [t("Lumora", "profit_growth", "12%")]);
    let doc = Doc::new("A New York, l'ADR de Lumora a gagné 2,5 %.", Lang::Fr)
        .org("Lumora", "Lumora")
        .q("2,5 %", "2.5", "percent");
    assert_eq!(doc.spf(), [t("Lumora", "share_price_change", "2,5 %")]);
    let doc = Doc::new("Lumora H股周四收市升2.5%。", Lang::Zh)
        .org("Lumora", "Lumora")
        .q("2.5%", "2.5", "percent");
    assert_eq!(doc.spf(), [t("Lumora", "share_price_change", "2.5%")]);
}

// ------------------------------------------------------------ loans, stakes taken, jobs

#[test]
fn loans_in_every_language() {
    let cases = [
        (
            "Ferrox finanzia l'acquisto con un prestito ponte da 2 miliardi di euro.",
            Lang::It,
            "2 miliardi di euro",
        ),
        (
            "Ferrox finanziert den Kauf mit einem Brückenkredit über 2 Milliarden Euro.",
            Lang::De,
            "2 Milliarden Euro",
        ),
        (
            "Pour financer l'achat, Ferrox a obtenu un crédit-relais de 2 milliards d'euros.",
            Lang::Fr,
            "2 milliards d'euros",
        ),
        (
            "Ferrox will fund the purchase with a bridge loan of 2 billion euros.",
            Lang::En,
            "2 billion euros",
        ),
        (
            "Ferrox将以一笔20亿欧元的过桥贷款支付收购款。",
            Lang::Zh,
            "20亿欧元",
        ),
    ];
    for (text, lang, fig) in cases {
        let doc = Doc::new(text, lang)
            .org("Ferrox", "Ferrox")
            .q(fig, "2e9", "EUR");
        assert_eq!(doc.spf(), [t("Ferrox", "loan", fig)], "{text}");
        assert!(doc.claims()[0].functional, "{text}");
    }
}

#[test]
fn stakes_kept_taken_and_controlled() {
    let cases = [
        (
            "Ferrox behält 60 Prozent, Pexa übernimmt 40 Prozent.",
            Lang::De,
            "60 Prozent",
            "40 Prozent",
        ),
        (
            "Ferrox conserve 60 %, tandis que Pexa reprend 40 %.",
            Lang::Fr,
            "60 %",
            "40 %",
        ),
        (
            "Ferrox controllerà il 60%, mentre il restante 40% farà capo a Pexa.",
            Lang::It,
            "60%",
            "40%",
        ),
        (
            "Ferrox keeps 60%, while Pexa acquires 40%.",
            Lang::En,
            "60%",
            "40%",
        ),
    ];
    for (text, lang, a, b) in cases {
        let doc = Doc::new(text, lang)
            .org("Ferrox", "Ferrox")
            .org("Pexa", "Pexa")
            .q(a, "60", "percent")
            .q(b, "40", "percent");
        let got: Vec<(String, String)> = doc.spf().into_iter().map(|(_, p, f)| (p, f)).collect();
        assert_eq!(
            got,
            [
                ("stake".to_string(), a.to_string()),
                ("stake".to_string(), b.to_string())
            ],
            "{text}"
        );
    }
}

#[test]
fn contributions_and_new_jobs() {
    let doc = Doc::new("Ferrox apporte 500 millions d'euros au projet.", Lang::Fr)
        .org("Ferrox", "Ferrox")
        .q("500 millions d'euros", "5e8", "EUR");
    assert_eq!(
        doc.spf(),
        [t("Ferrox", "investment", "500 millions d'euros")]
    );
    let doc = Doc::new("Ferrox mette sul piatto 500 milioni di euro.", Lang::It)
        .org("Ferrox", "Ferrox")
        .q("500 milioni di euro", "5e8", "EUR");
    assert_eq!(
        doc.spf(),
        [t("Ferrox", "investment", "500 milioni di euro")]
    );
    let doc = Doc::new(
        "Ferrox-Chef Jan Roth sprach von 800 neuen Arbeitsplätzen.",
        Lang::De,
    )
    .org("Ferrox", "Ferrox")
    .q("800", "800", "count");
    assert_eq!(doc.spf(), [t("Ferrox", "job_creation", "800")]);
}

#[test]
fn earnings_per_share_and_an_offer_per_share() {
    let doc = Doc::new("Lumora稅後純益4,850億元，每股盈餘18.71元。", Lang::Zh)
        .org("Lumora", "Lumora")
        .q("4,850億元", "4.85e11", "TWD")
        .q("18.71元", "18.71", "TWD");
    assert_eq!(
        doc.spf(),
        [
            t("Lumora", "profit", "4,850億元"),
            t("Lumora", "earnings_per_share", "18.71元"),
        ]
    );
    let doc = Doc::new(
        "Le bénéfice par action de Lumora atteint 2,40 euros.",
        Lang::Fr,
    )
    .org("Lumora", "Lumora")
    .q("2,40 euros", "2.40", "EUR");
    assert_eq!(doc.spf(), [t("Lumora", "earnings_per_share", "2,40 euros")]);
    // "Mettere sul piatto" is an investment only where no stronger cue names the figure.
    let doc = Doc::new("Ferrox mette sul piatto 48 euro per azione.", Lang::It)
        .org("Ferrox", "Ferrox")
        .q("48 euro", "48", "EUR");
    assert_eq!(doc.spf(), [t("Ferrox", "share_price", "48 euro")]);
    // A capital increase is funding, even beside bonds.
    let doc = Doc::new(
        "Ferrox将通过发行债券以及最多80亿欧元的增资为交易融资。",
        Lang::Zh,
    )
    .org("Ferrox", "Ferrox")
    .q("最多80亿欧元", "8e9", "EUR");
    assert_eq!(doc.spf(), [t("Ferrox", "funding", "最多80亿欧元")]);
}

#[test]
fn a_discovered_target_is_the_deal_s_object_and_a_bracketed_agency_is_not() {
    let doc = Doc::new(
        "Ferrox rachète Pexa Systems\n\nPARIS (Agence) – Ferrox a annoncé le rachat de Pexa Systems, une opération qui valorise Pexa Systems à 3,2 milliards d'euros.",
        Lang::Fr,
    )
    .org("Ferrox", "Ferrox")
    .entity("Pexa Systems", "Pexa Systems", EntityKind::Other)
    .entity("Agence", "Agence", EntityKind::Organization)
    .q("3,2 milliards d'euros", "3.2e9", "EUR");
    let claims = doc.claims();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].predicate, "acquisition_price");
    assert_eq!(
        claims[0].subject.as_ref().map(|e| e.name.as_str()),
        Some("Ferrox")
    );
    assert_eq!(
        claims[0].object.as_ref().map(|e| e.name.as_str()),
        Some("Pexa Systems")
    );
}

/// A verb of change before its noun ("stieg der Umsatz von X") has the measure as its subject:
/// the company after it is no agent of another verb, and the amount keeps its frame.
#[test]
fn a_verb_of_change_before_the_noun_leaves_the_company_its_figure() {
    let doc = Doc::new(
        "Im Sommer stieg der Umsatz von Korvella auf 1,7 Milliarden Euro.",
        Lang::De,
    )
    .org("Korvella", "Korvella")
    .q("1,7 Milliarden Euro", "1700000000", "EUR");
    assert_eq!(doc.spf(), [t("Korvella", "revenue", "1,7 Milliarden Euro")]);
    let doc = Doc::new(
        "Nel semestre è salito il fatturato di Korvella, a 1,7 miliardi di euro.",
        Lang::It,
    )
    .org("Korvella", "Korvella")
    .q("1,7 miliardi di euro", "1700000000", "EUR");
    assert_eq!(
        doc.spf(),
        [t("Korvella", "revenue", "1,7 miliardi di euro")]
    );
}
