//! Quantity normalizer (issue 3): example sentences per language, the seed table, the traps.

use std::path::PathBuf;

use concord::quantity::{self, QuantityLexicon, Scanner};
use concord::{Bound, Lang};

mod common;
use common::{check, r, row, rows, Row};

fn range(surface: &str, value: &str, max: &str, unit: &str) -> Row {
    (
        surface.into(),
        value.into(),
        unit.into(),
        "range".into(),
        Some(max.into()),
    )
}

// ------------------------------------------------------------------ Italian

#[test]
fn italian_money_scales_and_hedges() {
    check(
        "Il gruppo ha pagato € 2,7 miliardi per la rete e circa 300 milioni di euro per i diritti.",
        Lang::It,
        &[
            r("€ 2,7 miliardi", "2700000000", "EUR", "exact"),
            r("circa 300 milioni di euro", "300000000", "EUR", "approx"),
        ],
    );
    check(
        "La banca prevede fino a 12 mld di utile e più di 1.500 assunzioni.",
        Lang::It,
        &[
            r("fino a 12 mld", "12000000000", "count", "at_most"),
            r("più di 1.500", "1500", "count", "more_than"),
        ],
    );
    check(
        "Le vendite sono salite del 4,5 per cento, tra 2 e 3 milioni di pezzi.",
        Lang::It,
        &[
            r("4,5 per cento", "4.5", "percent", "exact"),
            range("tra 2 e 3 milioni", "2000000", "3000000", "count"),
        ],
    );
}

#[test]
fn italian_words_and_traps() {
    check(
        "Sono arrivati quarantacinque ospiti e almeno trentotto giornalisti.",
        Lang::It,
        &[
            r("quarantacinque", "45", "count", "exact"),
            r("almeno trentotto", "38", "count", "at_least"),
        ],
    );
    // "sotto", "rotto", "sei" (you are), articles: no numbers.
    check(
        "Il vaso è rotto, sotto il tavolo: sei sicuro? Ne ho visto uno.",
        Lang::It,
        &[],
    );
    // Dates are not amounts.
    check(
        "Il 3 marzo e poi a giugno 2024 la società ha chiuso.",
        Lang::It,
        &[],
    );
    check(
        "Il debito vale quattordici virgola tre miliardi.",
        Lang::It,
        &[r(
            "quattordici virgola tre miliardi",
            "14300000000",
            "count",
            "exact",
        )],
    );
}

// ------------------------------------------------------------------ German

#[test]
fn german_money_compounds_and_hedges() {
    check(
        "Der Konzern zahlt rund 2,5 Mrd. Euro und bis zu 300 Millionen Dollar.",
        Lang::De,
        &[
            r("rund 2,5 Mrd. Euro", "2500000000", "EUR", "approx"),
            r("bis zu 300 Millionen Dollar", "300000000", "USD", "at_most"),
        ],
    );
    check(
        "Ein 20-Milliarden-Euro-Programm und eine 25-prozentige Beteiligung.",
        Lang::De,
        &[
            r("20-Milliarden-Euro", "20000000000", "EUR", "exact"),
            r("25-prozentige", "25", "percent", "exact"),
        ],
    );
    check(
        "Mindestens acht Werke mit über 1.200 Mitarbeitern laufen seit neun Jahren.",
        Lang::De,
        &[
            r("Mindestens acht Werke", "8", "count", "at_least"),
            r("über 1.200 Mitarbeitern", "1200", "count", "more_than"),
            r("neun Jahren", "9", "years", "exact"),
        ],
    );
    check(
        "Das Werk kostet einhundertfünf Millionen und zwischen 5 und 6 Prozent mehr.",
        Lang::De,
        &[
            r("einhundertfünf Millionen", "105000000", "count", "exact"),
            range("zwischen 5 und 6 Prozent", "5", "6", "percent"),
        ],
    );
    check("Am 15. Juli 2024 war es so weit.", Lang::De, &[]);
}

// ------------------------------------------------------------------ French

#[test]
fn french_spaces_words_and_long_scale() {
    check(
        "Le budget atteint 10\u{202f}000 euros, soit plus de 3,2 milliards de dollars.",
        Lang::Fr,
        &[
            r("10\u{202f}000 euros", "10000", "EUR", "exact"),
            r(
                "plus de 3,2 milliards de dollars",
                "3200000000",
                "USD",
                "more_than",
            ),
        ],
    );
    check(
        "Environ quatre-vingt-dix salariés et huit usines, pour un billion d'euros.",
        Lang::Fr,
        &[
            r("Environ quatre-vingt-dix", "90", "count", "approx"),
            r("huit", "8", "count", "exact"),
            r("un billion d'euros", "1000000000000", "EUR", "exact"),
        ],
    );
    check(
        "Des centaines de milliards d'euros et 12,5 pour cent de hausse.",
        Lang::Fr,
        &[
            (
                "centaines de milliards d'euros".into(),
                "200000000000".into(),
                "EUR".into(),
                "range".into(),
                Some("900000000000".into()),
            ),
            r("12,5 pour cent", "12.5", "percent", "exact"),
        ],
    );
}

// ------------------------------------------------------------------ English

#[test]
fn english_separators_and_billion() {
    check(
        "The firm raised $1.2bn and paid 10,000 workers about 14.3 percent more.",
        Lang::En,
        &[
            r("$1.2bn", "1200000000", "USD", "exact"),
            r("10,000", "10000", "count", "exact"),
            r("about 14.3 percent", "14.3", "percent", "approx"),
        ],
    );
    check(
        "Revenue reached three billion dollars, up to 40 GW of power.",
        Lang::En,
        &[
            r("three billion dollars", "3000000000", "USD", "exact"),
            r("up to 40 GW", "40000000000", "W", "at_most"),
        ],
    );
}

// ------------------------------------------------------------------ Chinese

#[test]
fn chinese_numerals_scales_and_hedges() {
    check(
        "該公司投資三千五百萬美元，並擁有超過1,100万名用戶。",
        Lang::Zh,
        &[
            r("三千五百萬美元", "35000000", "USD", "exact"),
            r("超過1,100万名", "11000000", "count", "more_than"),
        ],
    );
    check(
        "工廠耗資1.2億元，約3万4000人受影響，百分之四十九的股份。",
        Lang::Zh,
        &[
            r("1.2億元", "120000000", "CNY", "exact"),
            r("約3万4000人", "34000", "count", "approx"),
            r("百分之四十九", "49", "percent", "exact"),
        ],
    );
    check(
        "他們花了三百多亿元，建設了兩座電廠，共計1000兆瓦。",
        Lang::Zh,
        &[
            r("三百多亿元", "30000000000", "CNY", "more_than"),
            r("兩座", "2", "count", "exact"),
            r("1000兆瓦", "1000000000", "W", "exact"),
        ],
    );
    check("7月15日發佈，第一次會議。", Lang::Zh, &[]);
    check(
        "５至６年內投入２０億歐元。",
        Lang::Zh,
        &[
            range("５至６年", "5", "6", "years"),
            r("２０億歐元", "2000000000", "EUR", "exact"),
        ],
    );
}

// ------------------------------------------------------------------ fractions and signs

#[test]
fn fractions_and_halves() {
    check(
        "Ha venduto un milione e mezzo di copie, 3 milioni e mezzo di euro e tre quarti del capitale.",
        Lang::It,
        &[
            r("un milione e mezzo", "1500000", "count", "exact"),
            r("3 milioni e mezzo di euro", "3500000", "EUR", "exact"),
            r("tre quarti", "75", "percent", "exact"),
        ],
    );
    check(
        "Die Firma hat anderthalb Millionen Kunden und zweieinhalb Milliarden Euro.",
        Lang::De,
        &[
            r("anderthalb Millionen Kunden", "1500000", "count", "exact"),
            r("zweieinhalb Milliarden Euro", "2500000000", "EUR", "exact"),
        ],
    );
    check(
        "About 3/4 of users paid half a million dollars on 5/17/2018.",
        Lang::En,
        &[
            r("About 3/4", "75", "percent", "approx"),
            r("half a million dollars", "500000", "USD", "exact"),
        ],
    );
    check(
        "Plus d'un tiers des salariés, soit deux millions et demi.",
        Lang::Fr,
        &[
            r(
                "Plus d'un tiers",
                "33.3333333333333",
                "percent",
                "more_than",
            ),
            r("deux millions et demi", "2500000", "count", "exact"),
        ],
    );
    check(
        "三分之一的員工，五千五百人。",
        Lang::Zh,
        &[
            r("三分之一", "33.3333333333333", "percent", "exact"),
            r("五千五百人", "5500", "count", "exact"),
        ],
    );
}

#[test]
fn ordinal_denominators_and_ordinals_alone() {
    check(
        "Ne resta un ventunesimo, anzi tre ventunesimi; il ventesimo secolo non conta.",
        Lang::It,
        &[
            r("un ventunesimo", "0.0476190476190476", "count", "exact"),
            r("tre ventunesimi", "0.142857142857143", "count", "exact"),
        ],
    );
    check(
        "One twenty-fifth of the vote, a hundredth of it, in the twenty-first century.",
        Lang::En,
        &[
            r("One twenty-fifth", "4", "percent", "exact"),
            r("a hundredth", "1", "percent", "exact"),
        ],
    );
    check(
        "Il reste un vingt-cinquième et cinq-huitièmes.",
        Lang::Fr,
        &[
            r("un vingt-cinquième", "0.04", "count", "exact"),
            r("cinq-huitièmes", "0.625", "count", "exact"),
        ],
    );
    // French and Italian say no "one" before a hundred: "un cent ..." is one
    // hundred-and-Nth, while "deux cents cinquièmes" stays 200/5.
    check(
        "Il en reste un cent vingt-cinquième, et deux cents cinquièmes.",
        Lang::Fr,
        &[
            r("un cent vingt-cinquième", "0.008", "count", "exact"),
            r("deux cents cinquièmes", "40", "count", "exact"),
        ],
    );
}

#[test]
fn digits_with_number_words() {
    check(
        "They counted 4 thousand 3 hundred and 21 votes, then 322 hundred more.",
        Lang::En,
        &[
            r("4 thousand 3 hundred and 21", "4321", "count", "exact"),
            r("322 hundred", "32200", "count", "exact"),
        ],
    );
    check(
        "Servono 2 miliardi e 300 milioni, per 3 milioni e 500 dipendenti.",
        Lang::It,
        &[
            r("2 miliardi e 300 milioni", "2300000000", "count", "exact"),
            r("3 milioni", "3000000", "count", "exact"),
            r("500", "500", "count", "exact"),
        ],
    );
    check(
        "ça coûte 15 dollars et quarante-cinq cents.",
        Lang::Fr,
        &[r(
            "15 dollars et quarante-cinq cents",
            "15.45",
            "USD",
            "exact",
        )],
    );
}

#[test]
fn fractions_of_scales_and_capital_abbreviations() {
    check(
        "They raised 10M, then two thirds of a million, then one billion and a half million.",
        Lang::En,
        &[
            r("10M", "10000000", "count", "exact"),
            r(
                "two thirds of a million",
                "666666.666666667",
                "count",
                "exact",
            ),
            r(
                "one billion and a half million",
                "1000500000",
                "count",
                "exact",
            ),
        ],
    );
    // A small "m" after digits is no million (metres, minutes).
    check("He won the 100m final.", Lang::En, &[]);
    check(
        "Il faut un quart de million.",
        Lang::Fr,
        &[r("un quart de million", "250000", "count", "exact")],
    );
}

#[test]
fn chinese_elided_places_and_mixed_digits() {
    check(
        "兩千四百五名員工，投資5万4千6百元，一萬三個。",
        Lang::Zh,
        &[
            r("兩千四百五名", "2450", "count", "exact"),
            r("5万4千6百元", "54600", "CNY", "exact"),
            r("一萬三個", "13000", "count", "exact"),
        ],
    );
}

#[test]
fn signs_and_scientific_notation() {
    check(
        "Sales fell -5% while costs were 1.3e6 dollars.",
        Lang::En,
        &[
            r("-5%", "-5", "percent", "exact"),
            r("1.3e6 dollars", "1300000", "USD", "exact"),
        ],
    );
}

#[test]
fn news_sentences_in_english() {
    check(
        "The iPhone 16 cost between $3bn and $4bn, up 12% from a year earlier, on 1,200 km².",
        Lang::En,
        &[
            range("between $3bn and $4bn", "3000000000", "4000000000", "USD"),
            r("12%", "12", "percent", "exact"),
            r("1,200 km²", "1200000000", "m2", "exact"),
        ],
    );
    check(
        "2024年第三季度營收948億美元。",
        Lang::Zh,
        &[
            r("2024年", "2024", "year", "exact"),
            r("948億美元", "94800000000", "USD", "exact"),
        ],
    );
}

#[test]
fn french_abbreviated_money_and_seasons() {
    check(
        "Le plan prévoit 1,5 G€ d'investissements.",
        Lang::Fr,
        &[r("1,5 G€", "1500000000", "EUR", "exact")],
    );
    check(
        "Un TGV coûte environ 30 M€ et le réseau 2 Md€ ; la saison 2023/24 tourne 24/7.",
        Lang::Fr,
        &[
            r("environ 30 M€", "30000000", "EUR", "approx"),
            r("2 Md€", "2000000000", "EUR", "exact"),
        ],
    );
}

// ------------------------------------------------------------------ precision and spans

#[test]
fn precision_is_what_was_written() {
    let text = "Ha investito 14,3 miliardi e poi 15 miliardi.";
    let qs = quantity::scan(text, Lang::It);
    assert_eq!(qs[0].quantity.value.significant_digits(), 3);
    assert_eq!(
        qs[0].quantity.interval().to_string(),
        "[14250000000, 14350000000)"
    );
    assert_eq!(
        qs[1].quantity.interval().to_string(),
        "[14500000000, 15500000000)"
    );
    let zh = quantity::scan("三千五百萬", Lang::Zh);
    assert!(zh.is_empty() || zh[0].quantity.value.significant_digits() == 2);
}

#[test]
fn hedge_span_is_reported() {
    let text = "Sono stati spesi oltre $ 4,4 miliardi.";
    let q = &quantity::scan(text, Lang::It)[0];
    let h = q.hedge.unwrap();
    assert_eq!(&text[h.start..h.end], "oltre");
    assert_eq!(q.quantity.bound, Bound::MoreThan);
}

#[test]
fn document_language_decides_ambiguous_separators() {
    assert_eq!(rows("Abbiamo 10.000 clienti.", Lang::It)[0].1, "10000");
    assert_eq!(rows("We have 10.000 clients.", Lang::En)[0].1, "10");
    assert_eq!(rows("We have 10,000 clients.", Lang::En)[0].1, "10000");
    assert_eq!(rows("Abbiamo 10,000 clienti.", Lang::It)[0].1, "10");
    // An English sentence inside an Italian document reads English separators.
    let text = "Il gruppo cresce. The company said it has 10,000 customers in the region.";
    assert_eq!(rows(text, Lang::It)[0].1, "10000");
}

#[test]
fn user_lexicons_extend_the_scanner() {
    let mut lexicons = QuantityLexicon::embedded();
    lexicons.push(
        QuantityLexicon::from_json(
            "mine.json",
            r#"{"lang": "it", "currencies": {"zecchini": "XAU"}}"#,
        )
        .unwrap(),
    );
    let s = Scanner::new(lexicons);
    let text = "Pagò 40 zecchini.";
    let q = s.scan(text, Lang::It);
    assert_eq!(row(text, &q[0]).0, "40 zecchini");
    assert_eq!(q[0].quantity.unit.code(), "XAU");
    // An empty scanner finds nothing.
    assert!(Scanner::new(Vec::new()).scan(text, Lang::It).is_empty());
    // A mass written in kilograms is converted to tonnes.
    let mut lexicons = QuantityLexicon::embedded();
    lexicons.push(
        QuantityLexicon::from_json(
            "mine.json",
            r#"{"lang": "it", "units": {"libbre": ["kg", "0.45359237"]}}"#,
        )
        .unwrap(),
    );
    let text = "Pesava 200 libbre.";
    let q = Scanner::new(lexicons).scan(text, Lang::It);
    assert_eq!(
        row(text, &q[0]),
        r("200 libbre", "90.718474", "kg", "exact")
    );
}

// ------------------------------------------------------------------ seeds

fn seeds_dir() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("CONCORD_SEEDS").map(PathBuf::from),
        Some(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/seeds"
        ))),
        Some(PathBuf::from("/work/shared/seeds")),
    ];
    candidates.into_iter().flatten().find(|p| p.is_dir())
}

fn seed(dir: &std::path::Path, prefix: &str) -> String {
    let entry = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("seed {prefix} missing"));
    std::fs::read_to_string(entry.path()).unwrap()
}

#[test]
fn seed_table() {
    let Some(dir) = seeds_dir() else {
        println!("seeds folder absent: seed_table skipped");
        return;
    };
    let table: [(&str, Lang, Row); 16] = [
        (
            "000",
            Lang::It,
            r("$ 14,3 miliardi", "14300000000", "USD", "exact"),
        ),
        (
            "000",
            Lang::It,
            r("oltre $ 4,4 miliardi", "4400000000", "USD", "more_than"),
        ),
        (
            "000",
            Lang::It,
            r("45 milioni di dollari", "45000000", "USD", "exact"),
        ),
        ("000", Lang::It, r("200 MW", "200000000", "W", "exact")),
        ("000", Lang::It, r("10.000 GPU", "10000", "count", "exact")),
        ("000", Lang::It, r("almeno otto", "8", "count", "at_least")),
        (
            "002",
            Lang::De,
            r("15 Milliarden Dollar", "15000000000", "USD", "exact"),
        ),
        ("002", Lang::De, r("49-Prozent", "49", "percent", "exact")),
        (
            "002",
            Lang::De,
            r("100-Millionen-Dollar", "100000000", "USD", "exact"),
        ),
        ("002", Lang::De, r("10.000 H100", "10000", "count", "exact")),
        ("003", Lang::Zh, r("1億", "100000000", "USD", "exact")),
        ("003", Lang::Zh, r("2億美元", "200000000", "USD", "exact")),
        (
            "003",
            Lang::Zh,
            range("數千億美元", "200000000000", "900000000000", "USD"),
        ),
        ("003", Lang::Zh, r("5GW", "5000000000", "W", "exact")),
        ("003", Lang::Zh, range("五六個", "5", "6", "count")),
        ("003", Lang::Zh, range("2-3年", "2", "3", "years")),
    ];
    let mut missing = Vec::new();
    for (doc, lang, want) in &table {
        let text = seed(&dir, doc);
        let got = rows(&text, *lang);
        if !got.contains(want) {
            missing.push(format!("{doc}: {want:?}"));
        }
    }
    assert!(missing.is_empty(), "missing seed quantities: {missing:#?}");

    // 數千億 is vague: approximate.
    let text = seed(&dir, "003");
    let q = quantity::scan(&text, Lang::Zh);
    assert!(q
        .iter()
        .any(|m| &text[m.span.start..m.span.end] == "數千億美元" && m.quantity.approximate));
    // The significant digits of the headline amounts.
    let it = seed(&dir, "000");
    let q = quantity::scan(&it, Lang::It);
    let m = q
        .iter()
        .find(|m| &it[m.span.start..m.span.end] == "$ 14,3 miliardi")
        .unwrap();
    assert_eq!(m.quantity.value.significant_digits(), 3);
}

#[test]
fn seed_traps() {
    let Some(dir) = seeds_dir() else {
        println!("seeds folder absent: seed_traps skipped");
        return;
    };
    let text = seed(&dir, "000");
    for m in quantity::scan(&text, Lang::It) {
        let s = &text[m.span.start..m.span.end];
        assert!(!s.contains("sotto") && !s.contains("rotto"), "{s}");
        assert!(!s.contains("luglio") && !s.contains("maggio"), "{s}");
        assert_ne!(m.quantity.value.to_string(), "15", "{s}");
        assert_ne!(m.quantity.value.to_string(), "2025", "{s}");
    }
}

#[test]
fn spans_are_byte_ranges_of_the_original() {
    let Some(dir) = seeds_dir() else {
        println!("seeds folder absent: spans check skipped");
        return;
    };
    for (doc, lang) in [
        ("000", Lang::It),
        ("001", Lang::It),
        ("002", Lang::De),
        ("003", Lang::Zh),
        ("004", Lang::Fr),
    ] {
        let text = seed(&dir, doc);
        for m in quantity::scan(&text, lang) {
            assert!(text.get(m.span.start..m.span.end).is_some());
            if let Some(h) = m.hedge {
                assert!(m.span.contains(&h));
            }
        }
    }
}

#[test]
fn particles_after_an_amount_are_not_added() {
    check(
        "Die Firma zahlt 5 Millionen Euro ein. Der Fonds legt 2 Milliarden Dollar an.",
        Lang::De,
        &[
            r("5 Millionen Euro", "5000000", "EUR", "exact"),
            r("2 Milliarden Dollar", "2000000000", "USD", "exact"),
        ],
    );
    check(
        "Le groupe verse 3 millions d'euros à un fonds, puis 40 euros un.",
        Lang::Fr,
        &[
            r("3 millions d'euros", "3000000", "EUR", "exact"),
            r("40 euros", "40", "EUR", "exact"),
        ],
    );
    // A named subunit or a plain number at the end still counts.
    check(
        "Il biglietto costa 15 dollari e 15.",
        Lang::It,
        &[r("15 dollari e 15", "15.15", "USD", "exact")],
    );
}

#[test]
fn currency_before_the_number_wins_over_yuan() {
    check(
        "公司投資新台幣200億元，另付港幣30元。",
        Lang::Zh,
        &[
            r("新台幣200億元", "20000000000", "TWD", "exact"),
            r("港幣30元", "30", "HKD", "exact"),
        ],
    );
}

#[test]
fn four_digits_before_a_counted_noun_are_a_count() {
    check(
        "Das Werk bietet den 1500 Beschäftigten mehr Lohn, im Jahr 2030 Strom gibt es auch.",
        Lang::De,
        &[
            r("1500 Beschäftigten", "1500", "count", "exact"),
            r("2030", "2030", "year", "exact"),
        ],
    );
}

#[test]
fn hedges_with_articles_and_chinese_maxima() {
    check(
        "La quota sale fino al 15% e oltre il 20% degli utenti.",
        Lang::It,
        &[
            r("fino al 15%", "15", "percent", "at_most"),
            r("oltre il 20%", "20", "percent", "more_than"),
        ],
    );
    check(
        "該計畫投資最高30億美元，最低5億美元。",
        Lang::Zh,
        &[
            r("最高30億美元", "3000000000", "USD", "at_most"),
            r("最低5億美元", "500000000", "USD", "at_least"),
        ],
    );
}

#[test]
fn bare_scaled_amounts_take_the_currency_around_them() {
    check(
        "Acme raccoglie 3 miliardi\n\nAcme ha raccolto 3 miliardi di euro, oltre 5 miliardi in tutto. Conta 2 miliardi di utenti.\n\nGli abitanti sono 4 milioni.",
        Lang::It,
        &[
            r("3 miliardi", "3000000000", "EUR", "exact"),
            r("3 miliardi di euro", "3000000000", "EUR", "exact"),
            r("oltre 5 miliardi", "5000000000", "EUR", "more_than"),
            r("2 miliardi", "2000000000", "count", "exact"),
            r("4 milioni", "4000000", "count", "exact"),
        ],
    );
    check(
        "The fund has $5 billion and manages about 2 billion people.",
        Lang::En,
        &[
            r("$5 billion", "5000000000", "USD", "exact"),
            r("about 2 billion", "2000000000", "count", "approx"),
        ],
    );
}

#[test]
fn kuai_before_a_noun_is_a_measure_word() {
    check(
        "公司采购了2万块芯片，每块售价十块钱，另付5块。",
        Lang::Zh,
        &[
            r("2万块", "20000", "count", "exact"),
            r("十块钱", "10", "CNY", "exact"),
            r("5块", "5", "CNY", "exact"),
        ],
    );
}

#[test]
fn multipliers_and_codes_in_brackets_are_not_amounts() {
    check(
        "Le chiffre a presque doublé, près de quatre fois plus que Acme (4502).",
        Lang::Fr,
        &[],
    );
    check(
        "营收增长三倍，腾讯（0700）股价上涨5%。",
        Lang::Zh,
        &[r("5%", "5", "percent", "exact")],
    );
    check(
        "Die Kosten stiegen um das Dreifache, 3 mal mehr als (2 Millionen Euro).",
        Lang::De,
        &[r("2 Millionen Euro", "2000000", "EUR", "exact")],
    );
}

#[test]
fn currency_name_before_digits_in_prices() {
    check(
        "L'abbonamento costa dollari 996 all'anno, la tessera euro 50,00.",
        Lang::It,
        &[
            r("dollari 996", "996", "USD", "exact"),
            r("euro 50,00", "50", "EUR", "exact"),
        ],
    );
}

#[test]
fn chinese_zero_places_dozens_tenths_and_lone_digits() {
    check(
        "工程耗资一万零十二元，订购十打零件，市占率七成六，另有二十几万人。",
        Lang::Zh,
        &[
            r("一万零十二元", "10012", "CNY", "exact"),
            r("十打", "120", "count", "exact"),
            r("七成六", "76", "percent", "exact"),
            range("二十几万人", "200000", "290000", "count"),
        ],
    );
    // Words that hold numerals are not amounts; a lone digit after 是 is one.
    check(
        "他收拾行李去四川，前三季度的答案是五。",
        Lang::Zh,
        &[r("五", "5", "count", "exact")],
    );
    check(
        "商品打对折，再打 八 折。",
        Lang::Zh,
        &[
            r("打对折", "50", "percent", "exact"),
            r("八 折", "80", "percent", "exact"),
        ],
    );
}

#[test]
fn chinese_small_money_per_mille_and_idioms() {
    check(
        "一块五毛钱，五角钱，该计划十分重要，十分之一的股份，不良率千分之三。",
        Lang::Zh,
        &[
            r("一块五毛钱", "1.5", "CNY", "exact"),
            r("五角钱", "0.5", "CNY", "exact"),
            r("十分之一", "10", "percent", "exact"),
            r("千分之三", "0.3", "percent", "exact"),
        ],
    );
    check(
        "他买了20个比特币，标价$20，300美圆。",
        Lang::Zh,
        &[
            r("20个比特币", "20", "XBT", "exact"),
            r("$20", "20", "USD", "exact"),
            r("300美圆", "300", "USD", "exact"),
        ],
    );
    check(
        "公司成立卅年，廿一人获奖。",
        Lang::Zh,
        &[
            r("卅年", "30", "years", "exact"),
            r("廿一人", "21", "count", "exact"),
        ],
    );
    check(
        "十点二三三，三点五亿元，16/5，2^5。",
        Lang::Zh,
        &[
            r("十点二三三", "10.233", "count", "exact"),
            r("三点五亿元", "350000000", "CNY", "exact"),
            r("16/5", "3.2", "count", "exact"),
            r("2^5", "32", "count", "exact"),
        ],
    );
}

#[test]
fn ratios_in_words_powers_and_signs() {
    check(
        "Lavora da casa ormai un italiano su tre, e 2 su 5 non tornerebbero in ufficio.",
        Lang::It,
        &[
            r("un italiano su tre", "0.333333333333333", "count", "exact"),
            r("2 su 5", "0.4", "count", "exact"),
        ],
    );
    check(
        "One in four voters stayed home, two out of five hundred ballots were void, 2 goals in 3 matches.",
        Lang::En,
        &[
            r("One in four", "0.25", "count", "exact"),
            r("two out of five hundred", "0.004", "count", "exact"),
            r("2", "2", "count", "exact"),
            r("3", "3", "count", "exact"),
        ],
    );
    // A year or a unit after the word: no ratio.
    check(
        "Sales rose 5 over 3 years.",
        Lang::En,
        &[
            r("5", "5", "count", "exact"),
            r("over 3 years", "3", "years", "more_than"),
        ],
    );
    check(
        "Le solde est de négatif trois, soit 2,5^-1 fois 6,23x10^-4.",
        Lang::Fr,
        &[
            r("négatif trois", "-3", "count", "exact"),
            r("6,23x10^-4", "0.000623", "count", "exact"),
        ],
    );
}

/// Energy (watt-hours) in every language's words and symbols, apart from power (watts).
#[test]
fn energy_in_watt_hours_apart_from_power() {
    check(
        "Das Werk in Sachsen soll ab 2027 jährlich 40 Gigawattstunden Zellen fertigen, bei 300 Megawatt Anschlussleistung.",
        Lang::De,
        &[
            r("2027", "2027", "year", "exact"),
            r("40 Gigawattstunden", "40000000000", "Wh", "exact"),
            r("300 Megawatt", "300000000", "W", "exact"),
        ],
    );
    check(
        "Lo stabilimento produrrà 12,5 gigawattore di batterie all'anno.",
        Lang::It,
        &[r("12,5 gigawattore", "12500000000", "Wh", "exact")],
    );
    check(
        "Le site stockera jusqu'à 800 mégawattheures.",
        Lang::Fr,
        &[r(
            "jusqu'à 800 mégawattheures",
            "800000000",
            "Wh",
            "at_most",
        )],
    );
    check(
        "The line adds 5 gigawatt-hours a year, or 2 TWh more than planned.",
        Lang::En,
        &[
            r("5 gigawatt-hours", "5000000000", "Wh", "exact"),
            r("2 TWh", "2000000000000", "Wh", "exact"),
        ],
    );
    check(
        "新工厂年产能约为35吉瓦时，另有儲能項目500兆瓦時。",
        Lang::Zh,
        &[
            r("约为35吉瓦时", "35000000000", "Wh", "approx"),
            r("500兆瓦時", "500000000", "Wh", "exact"),
        ],
    );
}

/// "percent of" before its number, spaced compounds, hundreds that do not repeat, and money
/// codes written against their digits or with a million prefix.
#[test]
fn percent_of_compounds_and_million_codes() {
    check(
        "The score moved to per cent of forty.",
        Lang::En,
        &[r("per cent of forty", "40", "percent", "exact")],
    );
    check(
        "Le taux est passé à pourcentage de trente.",
        Lang::Fr,
        &[r("pourcentage de trente", "30", "percent", "exact")],
    );
    // A year after the percent word is no percentage.
    check(
        "It is higher than the percentage of 2023.",
        Lang::En,
        &[r("2023", "2023", "year", "exact")],
    );
    // What the percentage counts is named: the number is a count, not a percent.
    check(
        "The percent of 40 districts that voted rose, and 12 percent of 300 staff left.",
        Lang::En,
        &[
            r("40", "40", "count", "exact"),
            r("12 percent", "12", "percent", "exact"),
            r("300", "300", "count", "exact"),
        ],
    );
    check(
        "Exactly sixty - three voters came, then twenty - thirty more, at seven hundred point forty-two metres.",
        Lang::En,
        &[
            r("sixty - three", "63", "count", "exact"),
            range("twenty - thirty", "20", "30", "count"),
            r("seven hundred point forty-two metres", "700.42", "m", "exact"),
        ],
    );
    check(
        "They sold 6 hundred and 4 hundred units, then 5 thousand 2 hundred and 0 more.",
        Lang::En,
        &[
            r("6 hundred", "600", "count", "exact"),
            r("4 hundred", "400", "count", "exact"),
            r("5 thousand 2 hundred", "5200", "count", "exact"),
            r("0", "0", "count", "exact"),
        ],
    );
    check(
        "The fund lost 40 MEUR, paid GBP250.5 and 7 SEK 12 NOK in fees.",
        Lang::En,
        &[
            r("40 MEUR", "40000000", "EUR", "exact"),
            r("GBP250.5", "250.5", "GBP", "exact"),
            r("7 SEK", "7", "SEK", "exact"),
            r("12 NOK", "12", "NOK", "exact"),
        ],
    );
    check(
        "Le projet compte quatre crore de foyers et trois lakh d'écoles.",
        Lang::Fr,
        &[
            r("quatre crore", "40000000", "count", "exact"),
            r("trois lakh", "300000", "count", "exact"),
        ],
    );
}

/// A fraction word joined by a hyphen: to a scale (`demi-million`), to its denominator
/// (`two-thirds`), or inside a compound noun that is no amount (`demi-finale`, `half-time`).
#[test]
fn hyphenated_fractions_and_compounds() {
    check(
        "Près d'un demi-million de visiteurs et une demi-douzaine de stands, avant la demi-finale.",
        Lang::Fr,
        &[
            r("Près d'un demi-million", "500000", "count", "approx"),
            // (A dozen is about twelve in news, so half of one is about six.)
            r("une demi-douzaine", "6", "count", "approx"),
        ],
    );
    // After a joiner, a unit is the numerator of a fraction of its own; tens continue the
    // number over the ordinal.
    check(
        "The clerk wrote one hundred and forty sevenths, then two and three quarters.",
        Lang::En,
        &[
            r("one hundred and forty sevenths", "20", "count", "exact"),
            r("two and three quarters", "2.75", "count", "exact"),
        ],
    );
    check(
        "Two-thirds of members voted at half-time.",
        Lang::En,
        &[r("Two-thirds", "66.6666666666667", "percent", "exact")],
    );
}

// ------------------------------------------------------------------ currencies written the local way

#[test]
fn swiss_francs_written_the_local_way() {
    check(
        "Die Bank meldete 12,4 Mrd. Fr. Umsatz; die Aktie schloss bei 95,10 Fr. und der Gewinn lag bei 3 Milliarden Franken.",
        Lang::De,
        &[
            r("12,4 Mrd. Fr.", "12400000000", "CHF", "exact"),
            r("95,10 Fr.", "95.1", "CHF", "exact"),
            r("3 Milliarden Franken", "3000000000", "CHF", "exact"),
        ],
    );
    check(
        "Le groupe vise 4,2 milliards de francs suisses.",
        Lang::Fr,
        &[r(
            "4,2 milliards de francs suisses",
            "4200000000",
            "CHF",
            "exact",
        )],
    );
    check(
        "該銀行淨利40億瑞郎，營收310億瑞士法郎。",
        Lang::Zh,
        &[
            r("40億瑞郎", "4000000000", "CHF", "exact"),
            r("310億瑞士法郎", "31000000000", "CHF", "exact"),
        ],
    );
}

#[test]
fn kroner_by_country_and_bare_kroner_from_the_document() {
    check(
        "Der Windparkbetreiber nahm 60 Milliarden dänische Kronen ein; die Aktie fiel auf 210,40 Kronen.",
        Lang::De,
        &[
            r("60 Milliarden dänische Kronen", "60000000000", "DKK", "exact"),
            r("210,40 Kronen", "210.4", "DKK", "exact"),
        ],
    );
    // The country named after the bare amount decides too.
    check(
        "Die Aktie kostet 95 Kronen. Der Umsatz lag bei 8 Milliarden norwegischen Kronen.",
        Lang::De,
        &[
            r("95 Kronen", "95", "NOK", "exact"),
            r(
                "8 Milliarden norwegischen Kronen",
                "8000000000",
                "NOK",
                "exact",
            ),
        ],
    );
    // No country anywhere: no guess.
    check(
        "Das Ticket kostet 95 Kronen.",
        Lang::De,
        &[r("95 Kronen", "95", "XXX", "exact")],
    );
    check(
        "Un bénéfice de 3 milliards de couronnes suédoises, soit 280 couronnes par action; 2 millions de couronnes danoises.",
        Lang::Fr,
        &[
            r("3 milliards de couronnes suédoises", "3000000000", "SEK", "exact"),
            r("280 couronnes", "280", "SEK", "exact"),
            r("2 millions de couronnes danoises", "2000000", "DKK", "exact"),
        ],
    );
    check(
        "該公司以80億丹麥克朗收購，另付5億瑞典克朗與3億挪威克朗。",
        Lang::Zh,
        &[
            r("80億丹麥克朗", "8000000000", "DKK", "exact"),
            r("5億瑞典克朗", "500000000", "SEK", "exact"),
            r("3億挪威克朗", "300000000", "NOK", "exact"),
        ],
    );
    check(
        "Revenue rose to 41 billion Danish kroner, or 12 kroner a share.",
        Lang::En,
        &[
            r("41 billion Danish kroner", "41000000000", "DKK", "exact"),
            r("12 kroner", "12", "DKK", "exact"),
        ],
    );
}

#[test]
fn won_yen_pounds_and_other_business_currencies() {
    check(
        "三星投資10兆韓元，現代汽車投入2兆韓圓，索尼收入3000億日圓，另有2億英鎊、30億港元、50億印度盧比。",
        Lang::Zh,
        &[
            r("10兆韓元", "10000000000000", "KRW", "exact"),
            r("2兆韓圓", "2000000000000", "KRW", "exact"),
            r("3000億日圓", "300000000000", "JPY", "exact"),
            r("2億英鎊", "200000000", "GBP", "exact"),
            r("30億港元", "3000000000", "HKD", "exact"),
            r("50億印度盧比", "5000000000", "INR", "exact"),
        ],
    );
    check(
        "Samsung investit 3 000 milliards de wons et 40 milliards de dollars taïwanais.",
        Lang::Fr,
        &[
            r("3 000 milliards de wons", "3000000000000", "KRW", "exact"),
            r(
                "40 milliards de dollars taïwanais",
                "40000000000",
                "TWD",
                "exact",
            ),
        ],
    );
}

#[test]
fn yuan_takes_the_currency_the_document_names() {
    // A Taiwanese text names the New Taiwan dollar once and then writes 元.
    check(
        "台積電營收新台幣6000億元，每股盈餘12.5元，資本支出約300億元。",
        Lang::Zh,
        &[
            r("新台幣6000億元", "600000000000", "TWD", "exact"),
            r("12.5元", "12.5", "TWD", "exact"),
            r("約300億元", "30000000000", "TWD", "approx"),
        ],
    );
    // Elsewhere 元 stays the renminbi, and a currency named before its number is kept.
    check(
        "營收50億元，人民幣30億元。",
        Lang::Zh,
        &[
            r("50億元", "5000000000", "CNY", "exact"),
            r("人民幣30億元", "3000000000", "CNY", "exact"),
        ],
    );
}

// ------------------------------------------------------------------ Taiwan's 度 (kWh)

#[test]
fn du_is_kilowatt_hours_only_after_a_large_scale() {
    check(
        "去年售電約2100億度，風場年發電逾10億度，每度電2.5元。",
        Lang::Zh,
        &[
            r("約2100億度", "210000000000000", "Wh", "approx"),
            r("逾10億度", "1000000000000", "Wh", "more_than"),
            r("2.5元", "2.5", "CNY", "exact"),
        ],
    );
    check(
        "家庭用電3500度電。",
        Lang::Zh,
        &[r("3500度電", "3500000", "Wh", "exact")],
    );
    // Temperatures, angles, ordinals and words with 度 are never energy.
    for trap in [
        "氣溫攝氏30度。",
        "零下5度的寒流。",
        "第二度延長。",
        "股價再度上漲。",
        "2024年度報告。",
        "第三季度。",
        "一定程度。",
        "飛行高度。",
        "旋轉360度。",
    ] {
        assert!(
            quantity::scan(trap, Lang::Zh)
                .iter()
                .all(|m| m.quantity.unit.to_string() != "Wh"),
            "{trap}"
        );
    }
}

// ------------------------------------------------------------------ hedges and bare scales

#[test]
fn a_hedge_before_a_bare_chinese_hundred_or_thousand() {
    check(
        "逾百支球隊參賽，近千萬名旅客出遊，逾千家企業參展，超百萬人觀看。",
        Lang::Zh,
        &[
            r("逾百支", "100", "count", "more_than"),
            r("近千萬名", "10000000", "count", "approx"),
            r("逾千家", "1000", "count", "more_than"),
            r("超百萬人", "1000000", "count", "more_than"),
        ],
    );
    // Without a hedge these are words: a department store, a millionaire, "by no means".
    check("百貨公司的百萬富翁說千萬不要去。", Lang::Zh, &[]);
    check("最近千萬別去。", Lang::Zh, &[]);
}

#[test]
fn hedges_gut_pouvant_atteindre_and_vicino() {
    check(
        "Der Umsatz lag bei gut 8,3 Milliarden Euro, nach gut einem Jahr.",
        Lang::De,
        &[
            r("gut 8,3 Milliarden Euro", "8300000000", "EUR", "more_than"),
            r("gut einem Jahr", "1", "years", "more_than"),
        ],
    );
    check(
        "une amende pouvant atteindre 4 milliards d'euros",
        Lang::Fr,
        &[r(
            "pouvant atteindre 4 milliards d'euros",
            "4000000000",
            "EUR",
            "at_most",
        )],
    );
    check(
        "una quota vicina al 30%",
        Lang::It,
        &[r("vicina al 30%", "30", "percent", "approx")],
    );
}

#[test]
fn ueber_after_a_noun_introduces_the_amount() {
    check(
        "Der Konzern legte ein Angebot über 7 Milliarden Dollar vor und schloss einen Vertrag über 15 Jahre. Der Umsatz stieg auf über 7 Milliarden Dollar.",
        Lang::De,
        &[
            r("7 Milliarden Dollar", "7000000000", "USD", "exact"),
            r("15 Jahre", "15", "years", "exact"),
            r("über 7 Milliarden Dollar", "7000000000", "USD", "more_than"),
        ],
    );
    // At the start of a sentence "Über" is the hedge.
    check(
        "Über 7 Milliarden Dollar flossen ab.",
        Lang::De,
        &[r(
            "Über 7 Milliarden Dollar",
            "7000000000",
            "USD",
            "more_than",
        )],
    );
    // A hedge does not make an article an amount.
    check(
        "Der Rat beriet über einen Plan und über ein Gesetz.",
        Lang::De,
        &[],
    );
}

// ------------------------------------------------------------------ units after a word, in compounds

#[test]
fn age_compounds_and_words_between_number_and_unit() {
    check(
        "Das fast 150-jährige Unternehmen gab eine 10-jährige Anleihe aus.",
        Lang::De,
        &[
            r("fast 150-jährige", "150", "years", "approx"),
            r("10-jährige", "10", "years", "exact"),
        ],
    );
    check(
        "au cours des douze prochains mois et des trois dernières années",
        Lang::Fr,
        &[
            r("douze prochains mois", "12", "months", "exact"),
            r("trois dernières années", "3", "years", "exact"),
        ],
    );
    check(
        "for two more years after three straight years of losses",
        Lang::En,
        &[
            r("two more years", "2", "years", "exact"),
            r("three straight years", "3", "years", "exact"),
        ],
    );
    // Not before a unit: the adjective is no part of an amount.
    check(
        "les trois prochains candidats",
        Lang::Fr,
        &[r("trois", "3", "count", "exact")],
    );
}

// ------------------------------------------------------------------ fractions as shares

#[test]
fn fractions_of_something_are_shares() {
    check(
        "Rund ein Fünftel der Stellen fällt weg, ein Drittel des Umsatzes kommt aus Asien.",
        Lang::De,
        &[
            r("Rund ein Fünftel", "20", "percent", "approx"),
            r("ein Drittel", "33.3333333333333", "percent", "exact"),
        ],
    );
    check(
        "un quart des salariés et près d'un tiers de la production",
        Lang::Fr,
        &[
            r("un quart", "25", "percent", "exact"),
            r("près d'un tiers", "33.3333333333333", "percent", "approx"),
        ],
    );
    check(
        "three quarters of the staff",
        Lang::En,
        &[r("three quarters", "75", "percent", "exact")],
    );
    check(
        "un quinto dei dipendenti",
        Lang::It,
        &[r("un quinto", "20", "percent", "exact")],
    );
    check(
        "營收的五分之一來自海外，四分之三的員工在台灣。",
        Lang::Zh,
        &[
            r("五分之一", "20", "percent", "exact"),
            r("四分之三", "75", "percent", "exact"),
        ],
    );
    // A fraction alone stays a number; a mixed number is no share.
    check(
        "un cinquième",
        Lang::Fr,
        &[r("un cinquième", "0.2", "count", "exact")],
    );
    check(
        "五分之一",
        Lang::Zh,
        &[r("五分之一", "0.2", "count", "exact")],
    );
}

#[test]
fn a_hedged_half_is_a_share() {
    check(
        "Plus de la moitié des salariés et près de la moitié des cadres.",
        Lang::Fr,
        &[
            r("Plus de la moitié", "50", "percent", "more_than"),
            r("près de la moitié", "50", "percent", "approx"),
        ],
    );
    check(
        "Mehr als die Hälfte der Filialen, gut die Hälfte des Umsatzes.",
        Lang::De,
        &[
            r("Mehr als die Hälfte", "50", "percent", "more_than"),
            r("gut die Hälfte", "50", "percent", "more_than"),
        ],
    );
    check(
        "più della metà dei ricavi",
        Lang::It,
        &[r("più della metà", "50", "percent", "more_than")],
    );
    check(
        "nearly half of the shares",
        Lang::En,
        &[r("nearly half", "50", "percent", "approx")],
    );
    // A half of a period, or a half without a hedge, is no amount.
    check("in the first half of the year, half of them", Lang::En, &[]);
    check("la première moitié de l'exercice", Lang::Fr, &[]);
    check("in der ersten Hälfte des Jahres", Lang::De, &[]);
}

#[test]
fn french_cents_as_hundreds_inside_a_number() {
    check(
        "Le compteur affiche 7 mille 2 cents et 15, puis 5 cents et 40 unités.",
        Lang::Fr,
        &[
            r("7 mille 2 cents et 15", "7215", "count", "exact"),
            r("5 cents et 40", "540", "count", "exact"),
        ],
    );
    // Alone, or as a subunit after money, cents are money.
    check(
        "L'action a gagné 45 cents, soit 12 dollars et 30 cents.",
        Lang::Fr,
        &[
            r("45 cents", "0.45", "USD", "exact"),
            r("12 dollars et 30 cents", "12.3", "USD", "exact"),
        ],
    );
}

#[test]
fn years_after_a_hedge_of_time_and_year_month_dates() {
    check(
        "Il piano vale fino al 2027 e coinvolge fino a 2000 persone, oltre il 40% del totale.",
        Lang::It,
        &[
            r("2027", "2027", "year", "exact"),
            r("fino a 2000", "2000", "count", "at_most"),
            r("oltre il 40%", "40", "percent", "more_than"),
        ],
    );
    // "2025.10" where the decimal point is a comma is a year and a month.
    check(
        "Stand 2024.09 lag der Preis bei 12,50 Euro.",
        Lang::De,
        &[r("12,50 Euro", "12.5", "EUR", "exact")],
    );
    check(
        "The price was 2024.09 dollars.",
        Lang::En,
        &[r("2024.09 dollars", "2024.09", "USD", "exact")],
    );
}

// ------------------------------------------------------------------ changes

#[test]
fn a_change_writes_its_unit_once() {
    // The first figure of "von X auf Y <unit>" takes the unit written after the second.
    check(
        "Die Bahn erhöht ihre Beteiligung von 25 auf 60 Prozent.",
        Lang::De,
        &[
            r("25", "25", "percent", "exact"),
            r("60 Prozent", "60", "percent", "exact"),
        ],
    );
    // And its scale, when the first is then at most ten times the second.
    check(
        "Der Gewinn kletterte von 2,8 auf 3,05 Milliarden Euro, der Verlust um 40 auf 900 Millionen.",
        Lang::De,
        &[
            r("2,8", "2800000000", "EUR", "exact"),
            r("3,05 Milliarden Euro", "3050000000", "EUR", "exact"),
            r("40", "40000000", "EUR", "exact"),
            r("900 Millionen", "900000000", "EUR", "exact"),
        ],
    );
    // Not when they would be far apart: "von 700 auf 1,1 Milliarden" keeps 700 a count.
    check(
        "Die Zahl der Kunden stieg von 700 auf 1,1 Milliarden Euro Umsatz.",
        Lang::De,
        &[
            r("700", "700", "count", "exact"),
            r("1,1 Milliarden Euro", "1100000000", "EUR", "exact"),
        ],
    );
    check(
        "Il fondo sale dal 12 al 20% del capitale, dall'8 al 9 per cento dei voti.",
        Lang::It,
        &[
            r("12", "12", "percent", "exact"),
            r("20%", "20", "percent", "exact"),
            r("8", "8", "percent", "exact"),
            r("9 per cento", "9", "percent", "exact"),
        ],
    );
    // A range is no change, and a date stays a date.
    check(
        "Previsti da 3 a 4 miliardi di euro; la fiera va dal 3 al 5 maggio.",
        Lang::It,
        &[range(
            "da 3 a 4 miliardi di euro",
            "3000000000",
            "4000000000",
            "EUR",
        )],
    );
    check("Le salon se tient du 3 au 5 mai à Lyon.", Lang::Fr, &[]);
    // The hour of a meeting moved is a time of day, no amount.
    check(
        "Die Sitzung wurde von 10 auf 12 Uhr verschoben, die Messe läuft von 9 bis 18 Uhr.",
        Lang::De,
        &[],
    );
}

#[test]
fn within_a_time_is_at_most_that_time() {
    check(
        "La fusione sarà completata entro sei mesi, il cantiere entro il 2029.",
        Lang::It,
        &[
            r("entro sei mesi", "6", "months", "at_most"),
            r("2029", "2029", "year", "exact"),
        ],
    );
    check(
        "Die Genehmigung soll binnen acht Wochen kommen, der Bau innerhalb von zwei Jahren.",
        Lang::De,
        &[
            r("binnen acht Wochen", "56", "days", "at_most"),
            r("innerhalb von zwei Jahren", "2", "years", "at_most"),
        ],
    );
    check(
        "Le rachat sera bouclé d'ici neuf mois, le site d’ici 2030.",
        Lang::Fr,
        &[
            r("d'ici neuf mois", "9", "months", "at_most"),
            r("2030", "2030", "year", "exact"),
        ],
    );
    check(
        "工厂将在三年内投产，两至三年内收回成本。",
        Lang::Zh,
        &[
            r("三年内", "3", "years", "at_most"),
            range("两至三年", "2", "3", "years"),
        ],
    );
}

#[test]
fn a_bare_scaled_amount_takes_the_currency_named_next_in_its_paragraph() {
    check(
        "La banca ha chiuso con ricavi per 7,8 miliardi e un utile di 900 milioni di euro.",
        Lang::It,
        &[
            r("7,8 miliardi", "7800000000", "EUR", "exact"),
            r("900 milioni di euro", "900000000", "EUR", "exact"),
        ],
    );
    // Not from a conversion in brackets, nor across a count of something.
    check(
        "Der Fehlbetrag liegt bei 4 Milliarden (5,1 Milliarden Dollar).",
        Lang::De,
        &[
            r("4 Milliarden", "4000000000", "count", "exact"),
            r("5,1 Milliarden Dollar", "5100000000", "USD", "exact"),
        ],
    );
    check(
        "Vale 3 miliardi, conta 2 milioni di utenti e 40 milioni di euro di debito.",
        Lang::It,
        &[
            r("3 miliardi", "3000000000", "count", "exact"),
            r("2 milioni", "2000000", "count", "exact"),
            r("40 milioni di euro", "40000000", "EUR", "exact"),
        ],
    );
}

/// Mass in tonnes (`t`): tonnes, kilograms and their symbols in every language, scales with and
/// without a connector, hedges and ranges; `t` and `Mt` only where written so.
#[test]
fn mass_in_tonnes_from_words_and_symbols() {
    check(
        "L'acciaieria ha prodotto 2,4 milioni di tonnellate, circa 80.000 t in più, e punta a 3 Mt.",
        Lang::It,
        &[
            r("2,4 milioni di tonnellate", "2400000000", "kg", "exact"),
            r("circa 80.000 t", "80000000", "kg", "approx"),
            r("3 Mt", "3000000000", "kg", "exact"),
        ],
    );
    check(
        "Il raccolto è sceso a 45 quintali per ettaro; ogni cassa pesa 12 chilogrammi.",
        Lang::It,
        &[
            r("45 quintali", "4500", "kg", "exact"),
            r("12 chilogrammi", "12", "kg", "exact"),
        ],
    );
    check(
        "Der Hafen schlug über 1,2 Millionen Tonnen Getreide um, zwischen 300 und 400 t pro Tag; ein Paket wiegt 20 Kilogramm.",
        Lang::De,
        &[
            r("über 1,2 Millionen Tonnen", "1200000000", "kg", "more_than"),
            range("zwischen 300 und 400 t", "300000", "400000", "kg"),
            r("20 Kilogramm", "20", "kg", "exact"),
        ],
    );
    check(
        "Le groupe vise 5 millions de tonnes métriques en 2030, contre environ 650 000 t et 3 tonnes de déchets.",
        Lang::Fr,
        &[
            r("5 millions de tonnes métriques", "5000000000", "kg", "exact"),
            r("2030", "2030", "year", "exact"),
            r("environ 650 000 t", "650000000", "kg", "approx"),
            r("3 tonnes", "3000", "kg", "exact"),
        ],
    );
    check(
        "The mine shipped 1.5 million metric tons of ore and up to 40 Gt of CO2 remain; each bag holds 25 kilograms.",
        Lang::En,
        &[
            r("1.5 million metric tons", "1500000000", "kg", "exact"),
            r("up to 40 Gt", "40000000000000", "kg", "at_most"),
            r("25 kilograms", "25", "kg", "exact"),
        ],
    );
    check(
        "今年钢产量约为10亿吨，出口3至5万吨，每箱重20千克；台灣港口吞吐量超過300萬公噸。",
        Lang::Zh,
        &[
            r("约为10亿吨", "1000000000000", "kg", "approx"),
            range("3至5万吨", "30000000", "50000000", "kg"),
            r("20千克", "20", "kg", "exact"),
            r("超過300萬公噸", "3000000000", "kg", "more_than"),
        ],
    );
}

/// Traps: `t` as a letter or before a hyphen, `T` a trillion, `mt` a metre, `kg` inside a
/// word, `Tonne` as a bin, a tonne word with no number.
#[test]
fn mass_symbols_are_not_read_elsewhere() {
    check(
        "He bought 2 t-shirts and a $1T plan was floated; the letter t follows 3 in row 3 T.",
        Lang::En,
        &[
            r("2", "2", "count", "exact"),
            r("$1T", "1000000000000", "USD", "exact"),
            r("3", "3", "count", "exact"),
            r("3", "3", "count", "exact"),
        ],
    );
    check(
        "Die Tonne steht vor dem Haus, dort liegen 3 kgx-Teile.",
        Lang::De,
        &[r("3", "3", "count", "exact")],
    );
    check(
        "Ha corso i 100 mt in 11 secondi.",
        Lang::It,
        &[
            r("100", "100", "count", "exact"),
            r("11 secondi", "11", "seconds", "exact"),
        ],
    );
    check(
        "Y a-t-il 3 t-shirts dans les tonnes de cartons ?",
        Lang::Fr,
        &[r("3", "3", "count", "exact")],
    );
}

/// English `b` / `bn` after digits in other languages: `b` only after a decimal part (`12b`
/// is a house number or a clause).
#[test]
fn english_billion_suffixes_in_other_languages() {
    check(
        "Il habite au 12b rue Voltaire ; le groupe pèse 3,5bn et vise 1,2b.",
        Lang::Fr,
        &[
            r("3,5bn", "3500000000", "count", "exact"),
            r("1,2b", "1200000000", "count", "exact"),
        ],
    );
    check(
        "Ricavi per 2,4b di euro, sede in via Roma 12b.",
        Lang::It,
        &[r("2,4b di euro", "2400000000", "EUR", "exact")],
    );
}

/// A bare scaled amount in a paragraph without money takes the currency of the nearest money
/// mention before it in the text, unless a named count of millions comes between.
#[test]
fn a_bare_scaled_amount_takes_the_currency_of_an_earlier_paragraph() {
    check(
        "Il gruppo ha pagato 4 miliardi di euro per la rete.\n\nNel 2025 ha chiuso con ricavi per 2,1 miliardi.",
        Lang::It,
        &[
            r("4 miliardi di euro", "4000000000", "EUR", "exact"),
            r("2025", "2025", "year", "exact"),
            r("2,1 miliardi", "2100000000", "EUR", "exact"),
        ],
    );
    check(
        "Le groupe a payé 4 milliards de dollars.\n\nIl compte 30 millions d'abonnés et vise environ 2 milliards.",
        Lang::Fr,
        &[
            r("4 milliards de dollars", "4000000000", "USD", "exact"),
            r("30 millions", "30000000", "count", "exact"),
            r("environ 2 milliards", "2000000000", "count", "approx"),
        ],
    );
}

/// A range whose unit is written after both ends, in every language; the lower end does not
/// take the upper end's scale where it would pass it; hedges that are verbs of exceeding.
#[test]
fn ranges_with_the_unit_twice_and_exceeding_verbs() {
    check(
        "Die Marge soll zwischen 8 % und 12 % liegen, die Rendite bei 3%-4%.",
        Lang::De,
        &[
            range("zwischen 8 % und 12 %", "8", "12", "percent"),
            range("3%-4%", "3", "4", "percent"),
        ],
    );
    check(
        "Le groupe vise une marge de 8 % à 12 %, tombée de 15 % à 9 %, et ses ventes dépassent les 3 milliards d'euros.",
        Lang::Fr,
        &[
            range("de 8 % à 12 %", "8", "12", "percent"),
            r("15 %", "15", "percent", "exact"),
            r("9 %", "9", "percent", "exact"),
            r(
                "dépassent les 3 milliards d'euros",
                "3000000000",
                "EUR",
                "more_than",
            ),
        ],
    );
    check(
        "恒瑞将获得8%至12%的提成，另需招聘8,000至1萬名员工，约有3.2万名员工，装机最高可達100萬瓩。",
        Lang::Zh,
        &[
            range("8%至12%", "8", "12", "percent"),
            range("8,000至1萬名", "8000", "10000", "count"),
            r("约有3.2万名", "32000", "count", "approx"),
            r("最高可達100萬瓩", "1000000000", "W", "at_most"),
        ],
    );
    check(
        "I ricavi hanno superato i 300 milioni di euro; l'azienda ha compiuto trent'anni e nel 2024 ha assunto 50 persone.",
        Lang::It,
        &[
            r("superato i 300 milioni di euro", "300000000", "EUR", "more_than"),
            r("trent'anni", "30", "years", "exact"),
            r("2024", "2024", "year", "exact"),
            r("50", "50", "count", "exact"),
        ],
    );
    check(
        "Sales exceeded $2 billion, margins were 8% to 12%, and the drug HRS-7841 moved on, like A-320.",
        Lang::En,
        &[
            r("exceeded $2 billion", "2000000000", "USD", "more_than"),
            range("8% to 12%", "8", "12", "percent"),
        ],
    );
}

/// Collective numerals are about their number (`une soixantaine`, `una decina`), and nothing
/// alone (`en quarantaine`); tickers and zero-padded codes are no amounts.
#[test]
fn collective_numerals_and_tickers() {
    check(
        "Le groupe compte une soixantaine de sites et environ une vingtaine d'usines ; le navire est en quarantaine.",
        Lang::Fr,
        &[
            r("une soixantaine", "60", "count", "approx"),
            r("environ une vingtaine", "20", "count", "approx"),
        ],
    );
    check(
        "Hanno aperto una decina di negozi e un migliaio di posti; lui ha la cinquantina.",
        Lang::It,
        &[
            r("una decina", "10", "count", "approx"),
            r("un migliaio", "1000", "count", "approx"),
        ],
    );
    check(
        "美的集团（000333.SZ）与腾讯（0700.HK）公告，裁员300人。",
        Lang::Zh,
        &[r("300人", "300", "count", "exact")],
    );
    check(
        "Toyota (7203.T) sold 0.5 million cars.",
        Lang::En,
        &[r("0.5 million", "500000", "count", "exact")],
    );
}

/// "At the earliest" bounds a time from below and leaves a calendar year a year; `其余` (the
/// rest) holds no numeral.
#[test]
fn at_the_earliest_and_the_rest() {
    check(
        "Die Zulassung kommt frühestens in vier Jahren, die Fabrik nicht vor 2030.",
        Lang::De,
        &[
            r("frühestens in vier Jahren", "4", "years", "at_least"),
            r("2030", "2030", "year", "exact"),
        ],
    );
    check(
        "L'usine ouvrira au plus tôt dans trois ans, pas avant 2028.",
        Lang::Fr,
        &[
            r("au plus tôt dans trois ans", "3", "years", "at_least"),
            r("2028", "2028", "year", "exact"),
        ],
    );
    check(
        "公司保留其余两成股份，最快四年后上市。",
        Lang::Zh,
        &[
            r("两成", "20", "percent", "exact"),
            r("最快四年", "4", "years", "at_least"),
        ],
    );
}

/// Italian ranges with their articles: `tra il 20 e il 30%`, `fra i 3 e i 5 miliardi`.
#[test]
fn italian_ranges_with_articles() {
    check(
        "La crescita sarà tra il 20 e il 30%, con ricavi fra i 3 e i 5 miliardi di euro; tra i 10 maggiori gruppi.",
        Lang::It,
        &[
            range("tra il 20 e il 30%", "20", "30", "percent"),
            range(
                "fra i 3 e i 5 miliardi di euro",
                "3000000000",
                "5000000000",
                "EUR",
            ),
            r("10", "10", "count", "exact"),
        ],
    );
}

/// The cardinal reading: the words for one that are also the article are numbers; the news
/// reading keeps them out.
#[test]
fn cardinal_reading_reads_articles_as_one() {
    use concord::quantity::Reading;
    let cardinals = Scanner::with_reading(QuantityLexicon::embedded(), Reading::Cardinals);
    assert_eq!(cardinals.reading(), Reading::Cardinals);
    let text = "Der Verein hat eine Halle und einen Platz gekauft.";
    assert!(rows(text, Lang::De).is_empty());
    let got: Vec<Row> = cardinals
        .scan(text, Lang::De)
        .iter()
        .map(|m| row(text, m))
        .collect();
    assert_eq!(
        got,
        vec![
            r("eine Halle", "1", "count", "exact"),
            r("einen Platz", "1", "count", "exact"),
        ]
    );
    let text = "Ha comprato uno stabilimento e una gru.";
    assert!(rows(text, Lang::It).is_empty());
    assert_eq!(cardinals.scan(text, Lang::It).len(), 2);
    // English 'a' is an article only; amounts are read as in the news reading.
    let text = "A plant of 500 MW costs $1.2 billion.";
    let news: Vec<Row> = rows(text, Lang::En);
    let card: Vec<Row> = cardinals
        .scan(text, Lang::En)
        .iter()
        .map(|m| row(text, m))
        .collect();
    assert_eq!(news, card);
}

/// A percent named with no amount is a unit mention, not an amount.
#[test]
fn unit_mentions_without_amounts() {
    let s = Scanner::embedded();
    let text = "Il dato mostra la percentuale di crescita, pari al 12 per cento.";
    let bare = s.unit_mentions(text, Lang::It);
    let surfaces: Vec<&str> = bare
        .iter()
        .map(|u| &text[u.span.start..u.span.end])
        .collect();
    assert_eq!(surfaces, vec!["percentuale"]);
    assert!(s
        .unit_mentions("Wir zahlen 5 Prozent mehr.", Lang::De)
        .is_empty());
    let text = "Le % de hausse et le pourcentage final.";
    assert_eq!(s.unit_mentions(text, Lang::Fr).len(), 2);
}

/// A scale word alone after a capitalized name is a family name (`Anna Tausend`), not a
/// thousand; after a hedge or before a noun it is still a number.
#[test]
fn scale_word_as_family_name() {
    check("Anna Tausend leitet das Werk.", Lang::De, &[]);
    check(
        "Rund Tausend Beschäftigte streikten.",
        Lang::De,
        &[r("Rund Tausend Beschäftigte", "1000", "count", "approx")],
    );
}

/// Basis points are hundredths of a percentage point, in every language.
#[test]
fn basis_points_are_hundredths_of_a_percent() {
    check(
        "The bank cut rates by 25 basis points; spreads widened 30bp.",
        Lang::En,
        &[
            r("25 basis points", "0.25", "percent", "exact"),
            r("30bp", "0.3", "percent", "exact"),
        ],
    );
    check(
        "Il margine operativo migliora di 140 punti base.",
        Lang::It,
        &[r("140 punti base", "1.4", "percent", "exact")],
    );
    check(
        "Die Rendite fiel um 15 Basispunkte.",
        Lang::De,
        &[r("15 Basispunkte", "0.15", "percent", "exact")],
    );
    check(
        "La marge recule de 60 points de base.",
        Lang::Fr,
        &[r("60 points de base", "0.6", "percent", "exact")],
    );
    check(
        "净息差收窄12个基点。",
        Lang::Zh,
        &[r("12个基点", "0.12", "percent", "exact")],
    );
}

/// Peak and electric power (`MWp`, `MWc`), and areas in square feet and `Quadratmetern`.
#[test]
fn peak_power_and_areas() {
    check(
        "Le parc photovoltaïque de 75 MWc couvrira 110 hectares.",
        Lang::Fr,
        &[
            r("75 MWc", "75000000", "W", "exact"),
            r("110 hectares", "1100000", "m2", "exact"),
        ],
    );
    check(
        "A 40 MWp array beside a 250,000-square-foot plant.",
        Lang::En,
        &[
            r("40 MWp", "40000000", "W", "exact"),
            r("250,000-square-foot", "23225.76", "m2", "exact"),
        ],
    );
    check(
        "Das Lager hat 35.000 Quadratmetern Fläche.",
        Lang::De,
        &[r("35.000 Quadratmetern", "35000", "m2", "exact")],
    );
}

/// Ranges whose ends are each written with their unit: `30亿元至35亿元`, `zwischen 2
/// Milliarden und 3 Milliarden Euro` (no sum of the two), not a change (`增至`).
#[test]
fn ranges_with_the_unit_on_both_ends() {
    check(
        "公司预计全年净利润介于30亿元至35亿元之间。",
        Lang::Zh,
        &[range("30亿元至35亿元", "3000000000", "3500000000", "CNY")],
    );
    check(
        "营收由80亿元增至95亿元。",
        Lang::Zh,
        &[
            r("80亿元", "8000000000", "CNY", "exact"),
            r("95亿元", "9500000000", "CNY", "exact"),
        ],
    );
    check(
        "Der Umsatz soll zwischen 2 Milliarden und 3 Milliarden Euro liegen.",
        Lang::De,
        &[range(
            "zwischen 2 Milliarden und 3 Milliarden Euro",
            "2000000000",
            "3000000000",
            "EUR",
        )],
    );
    check(
        "Il gruppo stima ricavi tra 1,5 e 1,7 miliardi di euro e un margine tra l'11% e il 13%.",
        Lang::It,
        &[
            range(
                "tra 1,5 e 1,7 miliardi di euro",
                "1500000000",
                "1700000000",
                "EUR",
            ),
            range("tra l'11% e il 13%", "11", "13", "percent"),
        ],
    );
}

/// Figures stated in thousands or millions of a currency (`in migliaia di euro`): the
/// statement is no amount, and the bare figures of its sentence are in that unit; a count
/// of something named keeps its value.
#[test]
fn figures_in_thousands_of_a_currency() {
    check(
        "Dati in migliaia di euro: ricavi 82.410, utile netto 6.315.",
        Lang::It,
        &[
            r("82.410", "82410000", "EUR", "exact"),
            r("6.315", "6315000", "EUR", "exact"),
        ],
    );
    check(
        "Umsatz 2025 (in Millionen Euro): 1.245; 3.400 Mitarbeiter.",
        Lang::De,
        &[
            r("2025", "2025", "year", "exact"),
            r("1.245", "1245000000", "EUR", "exact"),
            r("3.400 Mitarbeiter", "3400", "count", "exact"),
        ],
    );
    check(
        "Résultat net (en millions d'euros) : 512",
        Lang::Fr,
        &[r("512", "512000000", "EUR", "exact")],
    );
    check(
        "Net income (in thousands): $7,350.",
        Lang::En,
        &[r("$7,350", "7350000", "USD", "exact")],
    );
    // Not a statement (no currency, no bracket after it): nothing is scaled. (The vague
    // 'migliaia di città' is not read either: the statement's words hold it.)
    check(
        "In migliaia di città 1.500 negozi chiudono.",
        Lang::It,
        &[r("1.500", "1500", "count", "exact")],
    );
}

/// A storage plant's power and energy written with a slash (`200 MW/400 MWh`) are two
/// amounts; a date's slash still ends nothing (`5/17/2018`).
#[test]
fn power_and_energy_with_a_slash() {
    check(
        "Il sistema di accumulo da 50 MW/200 MWh entrerà in servizio nel 2027.",
        Lang::It,
        &[
            r("50 MW", "50000000", "W", "exact"),
            r("200 MWh", "200000000", "Wh", "exact"),
            r("2027", "2027", "year", "exact"),
        ],
    );
    check(
        "储能电站规模为60兆瓦/120兆瓦时。",
        Lang::Zh,
        &[
            r("60兆瓦", "60000000", "W", "exact"),
            r("120兆瓦时", "120000000", "Wh", "exact"),
        ],
    );
}

/// German amounts by their number of digits (`einen dreistelligen Millionenbetrag` = 100 to
/// 999 million), in the currency of the text around them.
#[test]
fn german_amounts_by_number_of_digits() {
    check(
        "Bosch zahlt 1,5 Milliarden Euro und investiert einen dreistelligen Millionenbetrag.",
        Lang::De,
        &[
            r("1,5 Milliarden Euro", "1500000000", "EUR", "exact"),
            range(
                "dreistelligen Millionenbetrag",
                "100000000",
                "999000000",
                "EUR",
            ),
        ],
    );
}

/// Negated comparisons bound from the other side: `non inferiore a` is at least, `non
/// superiore a` at most, `不高于` at most.
#[test]
fn negated_comparisons() {
    check(
        "Un utile non inferiore a 200 milioni di euro e un debito non superiore a 1,5 miliardi di euro.",
        Lang::It,
        &[
            r("non inferiore a 200 milioni di euro", "200000000", "EUR", "at_least"),
            r("non superiore a 1,5 miliardi di euro", "1500000000", "EUR", "at_most"),
        ],
    );
    check(
        "资本开支不高于25亿元。",
        Lang::Zh,
        &[r("不高于25亿元", "2500000000", "CNY", "at_most")],
    );
}

/// Volumes in cubic metres (litres, hectolitres, barrels of oil, cubic metres, `bcm`), speeds
/// in km/h (not a length of 150 km), and durations in hours (a French time of day is none).
#[test]
fn volumes_speeds_and_hours() {
    check(
        "Il giacimento produce 40.000 barili al giorno; la cantina ha venduto 12 ettolitri e la rete perde 3 miliardi di metri cubi.",
        Lang::It,
        &[
            r("40.000 barili", "6359.49179712", "m3", "exact"),
            r("12 ettolitri", "1.2", "m3", "exact"),
            r("3 miliardi di metri cubi", "3000000000", "m3", "exact"),
        ],
    );
    check(
        "Il treno viaggia a 300 km/h, l'auto a 90 chilometri orari, dopo 48 ore di sciopero.",
        Lang::It,
        &[
            r("300 km/h", "300", "km/h", "exact"),
            r("90 chilometri orari", "90", "km/h", "exact"),
            r("48 ore", "48", "hours", "exact"),
        ],
    );
    check(
        "Die Raffinerie verarbeitet 250 Liter pro Sekunde, Russland liefert 5 Milliarden Kubikmeter; mit 120 Stundenkilometern nach 6 Stunden.",
        Lang::De,
        &[
            // (A volume per second is a flow: see tests/quantities_world.rs.)
            r("250 Liter pro Sekunde", "0.25", "m3/s", "exact"),
            r("5 Milliarden Kubikmeter", "5000000000", "m3", "exact"),
            r("120 Stundenkilometern", "120", "km/h", "exact"),
            r("6 Stunden", "6", "hours", "exact"),
        ],
    );
    check(
        "L'Opep retire 2 millions de barils par jour ; 500 litres de gazole ; la grève de 24 heures commence à 15 heures, à 130 km/h.",
        Lang::Fr,
        &[
            r("2 millions de barils", "317974.589856", "m3", "exact"),
            r("500 litres", "0.5", "m3", "exact"),
            r("24 heures", "24", "hours", "exact"),
            r("130 km/h", "130", "km/h", "exact"),
        ],
    );
    check(
        "Exports reached 35 bcm, or 1.2 million barrels a day; winds of 100 mph blew for 12 hours.",
        Lang::En,
        &[
            r("35 bcm", "35000000000", "m3", "exact"),
            r("1.2 million barrels", "190784.7539136", "m3", "exact"),
            r("100 mph", "160.9344", "km/h", "exact"),
            r("12 hours", "12", "hours", "exact"),
        ],
    );
    check(
        "該國日產原油300萬桶，輸出天然氣50億立方米，談判持續了10個小時。",
        Lang::Zh,
        &[
            r("300萬桶", "476961.884784", "m3", "exact"),
            r("50億立方米", "5000000000", "m3", "exact"),
            r("10個小時", "10", "hours", "exact"),
        ],
    );
}

/// A capitalized word for hours after a capitalized word ends a name, not a duration.
#[test]
fn hours_in_a_name_are_no_duration() {
    check(
        "Secondo Radio 24 Ore lo sciopero durerà 24 ore.",
        Lang::It,
        &[r("24 ore", "24", "hours", "exact")],
    );
}

/// A word for speed before the number makes the length after it a speed (`時速`); English
/// `within` bounds a time, and `bpd` counts barrels.
#[test]
fn chinese_speed_prefixes_within_and_bpd() {
    check(
        "新線時速350公里，全長1200公里。",
        Lang::Zh,
        &[
            r("350公里", "350", "km/h", "exact"),
            r("1200公里", "1200000", "m", "exact"),
        ],
    );
    check(
        "The field will pump 250,000 bpd within 18 months.",
        Lang::En,
        &[
            r("250,000 bpd", "39746.823732", "m3", "exact"),
            r("within 18 months", "18", "months", "at_most"),
        ],
    );
}

/// Miles, nautical miles and feet are lengths in metres.
#[test]
fn miles_nautical_miles_and_feet() {
    check(
        "The pipeline runs 120 miles, 12 nautical miles offshore, at 300 feet.",
        Lang::En,
        &[
            r("120 miles", "193121.28", "m", "exact"),
            r("12 nautical miles", "22224", "m", "exact"),
            r("300 feet", "91.44", "m", "exact"),
        ],
    );
    check(
        "La nave era a 12 miglia nautiche dalla costa.",
        Lang::It,
        &[r("12 miglia nautiche", "22224", "m", "exact")],
    );
    check(
        "船在12海里外，航程3000英里。",
        Lang::Zh,
        &[
            r("12海里", "22224", "m", "exact"),
            r("3000英里", "4828032", "m", "exact"),
        ],
    );
}

#[test]
fn small_number_words_count_every_unit_as_digits_do() {
    // "dieci" is 10 as "10" is, not "about ten"; from a hundred on, words say no more than
    // their nonzero digits ("cento", "tre milioni").
    let interval = |text: &str, lang: Lang| -> Vec<String> {
        quantity::scan(text, lang)
            .iter()
            .map(|m| m.quantity.interval().to_string())
            .collect()
    };
    assert_eq!(
        interval("Il gruppo gestisce dieci magazzini e 10 negozi.", Lang::It),
        vec!["[9.5, 10.5)", "[9.5, 10.5)"]
    );
    assert_eq!(
        interval("Die Firma hat zwölf Filialen.", Lang::De),
        vec!["[11.5, 12.5)"]
    );
    assert_eq!(
        interval("该公司拥有十家工厂。", Lang::Zh),
        vec!["[9.5, 10.5)"]
    );
    assert_eq!(
        interval("Le groupe compte cent agences.", Lang::Fr),
        vec!["[50, 150)"]
    );
}

#[test]
fn a_place_before_a_count_is_no_name_with_a_number() {
    // A preposition introduces the capitalized word: it is a place, the number counts the noun.
    check(
        "Norvia betreibt in Spanien 420 Märkte.",
        Lang::De,
        &[r("420 Märkte", "420", "count", "exact")],
    );
    check(
        "Norvia gestisce in Francia 85 punti vendita.",
        Lang::It,
        &[r("85", "85", "count", "exact")],
    );
    check(
        "Norvia exploite en Belgique 64 entrepôts.",
        Lang::Fr,
        &[r("64", "64", "count", "exact")],
    );
    check(
        "Norvia runs in Portugal 310 stores.",
        Lang::En,
        &[r("310", "310", "count", "exact")],
    );
    // A name with a number stays a name.
    check("Kessla setzt auf Llama 4 und GPT 5.", Lang::De, &[]);
    check(
        "Orvane trained Llama 4 models in 2025.",
        Lang::En,
        &[r("2025", "2025", "year", "exact")],
    );
}

#[test]
fn a_name_before_a_noun_is_not_what_a_number_counts() {
    check(
        "About 4,000 Talvik employees walked out.",
        Lang::En,
        &[r("About 4,000", "4000", "count", "approx")],
    );
    check(
        "The strike involved 1,200 Orvane drivers.",
        Lang::En,
        &[r("1,200", "1200", "count", "exact")],
    );
    // Without a word in small letters after it, the capitalized word is still what is counted.
    check(
        "The lab bought 10,000 GPU.",
        Lang::En,
        &[r("10,000 GPU", "10000", "count", "exact")],
    );
    check(
        "The lab bought 10,000 H100 chips.",
        Lang::En,
        &[r("10,000 H100", "10000", "count", "exact")],
    );
}

#[test]
fn chinese_measure_words_after_a_scale_keep_a_count() {
    // Shares, households, doses and cases counted with their measure word take no currency
    // from the money before them.
    check(
        "集團收入80億港元，擬配售2.5億股新股。",
        Lang::Zh,
        &[
            r("80億港元", "8000000000", "HKD", "exact"),
            r("2.5億股", "250000000", "count", "exact"),
        ],
    );
    check(
        "疫苗订单价值30亿欧元，共交付12亿剂，覆盖1.2亿户家庭，已有3万例感染。",
        Lang::Zh,
        &[
            r("30亿欧元", "3000000000", "EUR", "exact"),
            r("12亿剂", "1200000000", "count", "exact"),
            r("1.2亿户", "120000000", "count", "exact"),
            r("3万例", "30000", "count", "exact"),
        ],
    );
}

#[test]
fn a_count_noun_before_an_amount_keeps_it_a_count() {
    // The noun of what is counted is the subject, joined to the figure by a linking word:
    // the figure takes no currency from the money before it.
    check(
        "Il gruppo ha pagato una multa da 10 milioni di euro. In Europa gli utenti attivi sono circa 175 milioni.",
        Lang::It,
        &[
            r("10 milioni di euro", "10000000", "EUR", "exact"),
            r("circa 175 milioni", "175000000", "count", "approx"),
        ],
    );
    check(
        "La multa è di 10 milioni di euro. Il numero degli abbonati ha raggiunto 6 milioni.",
        Lang::It,
        &[
            r("10 milioni di euro", "10000000", "EUR", "exact"),
            r("6 milioni", "6000000", "count", "exact"),
        ],
    );
    check(
        "Die Behörde verhängte eine Strafe von 10 Millionen Euro. Die Zahl der Nutzer in Europa liegt bei 175 Millionen.",
        Lang::De,
        &[
            r("10 Millionen Euro", "10000000", "EUR", "exact"),
            r("175 Millionen", "175000000", "count", "exact"),
        ],
    );
    check(
        "Der Verlag zahlte 2 Milliarden Euro. Die Leserzahl ist unbekannt, die Abonnenten sind rund 3 Millionen.",
        Lang::De,
        &[
            r("2 Milliarden Euro", "2000000000", "EUR", "exact"),
            r("rund 3 Millionen", "3000000", "count", "approx"),
        ],
    );
    check(
        "L'autorité a infligé une amende de 10 millions d'euros. Le nombre d'utilisateurs atteint 175 millions.",
        Lang::Fr,
        &[
            r("10 millions d'euros", "10000000", "EUR", "exact"),
            r("175 millions", "175000000", "count", "exact"),
        ],
    );
    check(
        "Le groupe a levé 2 milliards d'euros. Les abonnés payants sont environ 30 millions.",
        Lang::Fr,
        &[
            r("2 milliards d'euros", "2000000000", "EUR", "exact"),
            r("environ 30 millions", "30000000", "count", "approx"),
        ],
    );
    check(
        "The regulator fined the app $10 million. Its monthly active users in Europe number about 175 million.",
        Lang::En,
        &[
            r("$10 million", "10000000", "USD", "exact"),
            r("about 175 million", "175000000", "count", "approx"),
        ],
    );
    check(
        "The carmaker raised $5 billion and sold 2 million cars.",
        Lang::En,
        &[
            r("$5 billion", "5000000000", "USD", "exact"),
            r("2 million", "2000000", "count", "exact"),
        ],
    );
    check(
        "该应用被罚款10万欧元。该应用在欧洲的月活跃用户约为1.75亿，员工人数为1.2万，平台拥有2亿用户。",
        Lang::Zh,
        &[
            r("10万欧元", "100000", "EUR", "exact"),
            r("约为1.75亿", "175000000", "count", "approx"),
            r("1.2万", "12000", "count", "exact"),
            r("2亿", "200000000", "count", "exact"),
        ],
    );
}

#[test]
fn money_nouns_before_an_amount_still_take_the_currency() {
    // A money noun before the figure, or a count noun that only depends on one, or a verb of
    // spending: the figure is money.
    check(
        "La società ha chiuso con ricavi per 4,1 miliardi e un utile di 300 milioni di euro.",
        Lang::It,
        &[
            r("4,1 miliardi", "4100000000", "EUR", "exact"),
            r("300 milioni di euro", "300000000", "EUR", "exact"),
        ],
    );
    check(
        "La banca ha raccolto 5 miliardi di euro. I depositi dei clienti sono 300 miliardi.",
        Lang::It,
        &[
            r("5 miliardi di euro", "5000000000", "EUR", "exact"),
            r("300 miliardi", "300000000000", "EUR", "exact"),
        ],
    );
    check(
        "Il gruppo conta 9.000 dipendenti e nel 2023 ha fatturato 1,8 miliardi di euro, contro 1,6 miliardi nel 2022.",
        Lang::It,
        &[
            r("9.000", "9000", "count", "exact"),
            r("2023", "2023", "year", "exact"),
            r("1,8 miliardi di euro", "1800000000", "EUR", "exact"),
            r("1,6 miliardi", "1600000000", "EUR", "exact"),
            r("2022", "2022", "year", "exact"),
        ],
    );
    check(
        "Die Bank sammelte 5 Milliarden Euro ein. Die Einlagen der Kunden betragen 300 Milliarden.",
        Lang::De,
        &[
            r("5 Milliarden Euro", "5000000000", "EUR", "exact"),
            r("300 Milliarden", "300000000000", "EUR", "exact"),
        ],
    );
    check(
        "Le fonds gère 8 milliards d'euros. Les dépôts des clients sont de 2 milliards.",
        Lang::Fr,
        &[
            r("8 milliards d'euros", "8000000000", "EUR", "exact"),
            r("2 milliards", "2000000000", "EUR", "exact"),
        ],
    );
    check(
        "The fund has $5 billion. Its customers spent 3 billion last year.",
        Lang::En,
        &[
            r("$5 billion", "5000000000", "USD", "exact"),
            r("3 billion", "3000000000", "USD", "exact"),
        ],
    );
    check(
        "集团营收达1,450亿元，净利润为130亿，客户存款达800亿。",
        Lang::Zh,
        &[
            r("1,450亿元", "145000000000", "CNY", "exact"),
            r("130亿", "13000000000", "CNY", "exact"),
            r("800亿", "80000000000", "CNY", "exact"),
        ],
    );
    // A headline takes the text's main currency.
    check(
        "Acme raccoglie 3 miliardi\n\nAcme ha raccolto 3 miliardi di euro dagli investitori.",
        Lang::It,
        &[
            r("3 miliardi", "3000000000", "EUR", "exact"),
            r("3 miliardi di euro", "3000000000", "EUR", "exact"),
        ],
    );
}

#[test]
fn collective_numerals_take_a_scale_after_their_connector() {
    // "une vingtaine de millions": a collective numeral of a scale word is about that many
    // millions, as "des centaines de milliards" is several hundred billions.
    check(
        "Le chantier coûtera une vingtaine de millions d'euros, et la ville en compte une centaine.",
        Lang::Fr,
        &[
            r("une vingtaine de millions d'euros", "20000000", "EUR", "approx"),
            r("une centaine", "100", "count", "approx"),
        ],
    );
    check(
        "Servirà una decina di miliardi di dollari.",
        Lang::It,
        &[r(
            "una decina di miliardi di dollari",
            "10000000000",
            "USD",
            "approx",
        )],
    );
}

#[test]
fn a_hedge_takes_the_article_or_the_fused_preposition_after_it() {
    // Italian fuses "a", "di", "da" with the article ("inferiore a" + "l'" = "inferiore
    // all'"), and any hedge may take a definite article before its number.
    check(
        "La quota resta inferiore all'8% e supera di poco quella superiore ai 3 milioni di euro. Il fatturato sfiora i 40 milioni di euro.",
        Lang::It,
        &[
            r("inferiore all'8%", "8", "percent", "less_than"),
            r("superiore ai 3 milioni di euro", "3000000", "EUR", "more_than"),
            r("sfiora i 40 milioni di euro", "40000000", "EUR", "approx"),
        ],
    );
    // A year hedge with an article stays a year.
    check(
        "Il cantiere chiuderà entro il 2031.",
        Lang::It,
        &[r("2031", "2031", "year", "exact")],
    );
    check(
        "Le chiffre d'affaires avoisine 2,3 milliards d'euros.",
        Lang::Fr,
        &[r(
            "avoisine 2,3 milliards d'euros",
            "2300000000",
            "EUR",
            "approx",
        )],
    );
}

#[test]
fn from_an_amount_on_is_at_least_that_amount() {
    check(
        "Zugelassen sind Fahrer ab 18 Jahren, Tickets gibt es ab 25 Euro; die Regel gilt ab 2028.",
        Lang::De,
        &[
            r("ab 18 Jahren", "18", "years", "at_least"),
            r("ab 25 Euro", "25", "EUR", "at_least"),
            r("2028", "2028", "year", "exact"),
        ],
    );
    check(
        "Abonnements à partir de 9 euros par mois, à partir de 2027.",
        Lang::Fr,
        &[
            r("à partir de 9 euros", "9", "EUR", "at_least"),
            r("2027", "2027", "year", "exact"),
        ],
    );
    check(
        "Biglietti a partire da 15 euro.",
        Lang::It,
        &[r("a partire da 15 euro", "15", "EUR", "at_least")],
    );
}

#[test]
fn a_part_and_its_whole_in_digits_are_two_counts() {
    // Over a base that is neither small nor a power of ten, two figures in digits with the
    // noun after them count a part and a whole; a ratio keeps its reading.
    check(
        "Angenommen wurden 37 von 52 Anträgen, aber nur 3 von 10 Klagen.",
        Lang::De,
        &[
            r("37", "37", "count", "exact"),
            r("52 Anträgen", "52", "count", "exact"),
            r("3 von 10 Klagen", "0.3", "count", "exact"),
        ],
    );
    check(
        "Hanno aderito 14 su 27 Stati membri, cioè 1 su 25 cittadini.",
        Lang::It,
        &[
            r("14", "14", "count", "exact"),
            r("27 Stati", "27", "count", "exact"),
            r("1 su 25", "0.04", "count", "exact"),
        ],
    );
}

#[test]
fn an_ordinal_after_a_hedge_and_its_article_is_no_fraction() {
    // "terzo" is a third after "un"; after "entro il" it is the third year.
    check(
        "Gli utili arriveranno entro il terzo anno, quasi la metà dal secondo.",
        Lang::It,
        &[r("quasi la metà", "50", "percent", "approx")],
    );
}

/// A degree on a named scale (an earthquake's magnitude) is no amount; a unit after the
/// number still makes one ("Stärke 3 Prozent"). A noun of what is counted after a number
/// makes it an amount after a capitalized word and after a number word that is also another
/// word ("a Patrasso 30 persone", "sei focolai").
#[test]
fn scale_degrees_and_counted_nouns() {
    check(
        "Un sisma di magnitudo 6,4 ha causato 3 morti.",
        Lang::It,
        &[r("3", "3", "count", "exact")],
    );
    check("Ein Beben der Stärke 6,4 traf die Insel.", Lang::De, &[]);
    check(
        "南部規模6.4地震，已有3人死亡。",
        Lang::Zh,
        &[r("3人", "3", "count", "exact")],
    );
    check(
        "A Patrasso 30 persone sono ferite; i casi sono distribuiti in sei focolai.",
        Lang::It,
        &[
            r("30", "30", "count", "exact"),
            r("sei", "6", "count", "exact"),
        ],
    );
    check(
        "In der Region 18 Menschen starben.",
        Lang::De,
        &[r("18 Menschen", "18", "count", "exact")],
    );
}

#[test]
fn durations_in_minutes() {
    check(
        "Il volo è durato 95 minuti, con un ritardo di circa 20 minuti.",
        Lang::It,
        &[
            r("95 minuti", "95", "minutes", "exact"),
            r("circa 20 minuti", "20", "minutes", "approx"),
        ],
    );
    check(
        "Die Feuerwehr war nach zwölf Minuten vor Ort.",
        Lang::De,
        &[r("zwölf Minuten", "12", "minutes", "exact")],
    );
    check(
        "L'intervention a duré moins de dix minutes.",
        Lang::Fr,
        &[r("moins de dix minutes", "10", "minutes", "less_than")],
    );
    check(
        "The outage lasted 45 minutes.",
        Lang::En,
        &[r("45 minutes", "45", "minutes", "exact")],
    );
    check(
        "救援人員在15分鐘內抵達。",
        Lang::Zh,
        &[r("15分鐘內", "15", "minutes", "at_most")],
    );
}

#[test]
fn chinese_taiwan_metres() {
    // "公尺" is the metre of Taiwan's usage, "平方公尺" its square metre.
    check(
        "塔尖高96公尺，新館面積達5000平方公尺。",
        Lang::Zh,
        &[
            r("96公尺", "96", "m", "exact"),
            r("5000平方公尺", "5000", "m2", "exact"),
        ],
    );
}

#[test]
fn durations_in_seconds_and_halves_after_the_unit() {
    check(
        "Il motore si è spento dopo 8 secondi, poi dopo tre secondi e mezzo.",
        Lang::It,
        &[
            r("8 secondi", "8", "seconds", "exact"),
            r("tre secondi e mezzo", "3.5", "seconds", "exact"),
        ],
    );
    // "secondo" is "according to": no unit.
    check(
        "Il cantiere durerà due anni e mezzo, secondo il comune.",
        Lang::It,
        &[r("due anni e mezzo", "2.5", "years", "exact")],
    );
    check(
        "Die Bremse griff nach drei Sekunden, der Fahrer reagierte in 0,8 Sekunden.",
        Lang::De,
        &[
            r("drei Sekunden", "3", "seconds", "exact"),
            r("0,8 Sekunden", "0.8", "seconds", "exact"),
        ],
    );
    check(
        "Les signaux sont arrivés à une seconde et demie d'écart, puis en huit secondes. \
         Une seconde fois, le chantier a duré trois ans et demi.",
        Lang::Fr,
        &[
            r("une seconde et demie", "1.5", "seconds", "exact"),
            r("huit secondes", "8", "seconds", "exact"),
            r("trois ans et demi", "3.5", "years", "exact"),
        ],
    );
    check(
        "The gate closed in 4 seconds.",
        Lang::En,
        &[r("4 seconds", "4", "seconds", "exact")],
    );
    check(
        "系统在3秒钟内切换，工程历时两年半，会议开了两个半小时。过去5年半导体销量大增。",
        Lang::Zh,
        &[
            r("3秒钟内", "3", "seconds", "at_most"),
            r("两年半", "2.5", "years", "exact"),
            r("两个半小时", "2.5", "hours", "exact"),
            r("5年", "5", "years", "exact"),
        ],
    );
}

#[test]
fn chinese_grams_and_milligrams() {
    check(
        "探测器带回样品2015.6克，另有800公克岩石和30毫克粉末。",
        Lang::Zh,
        &[
            r("2015.6克", "2.0156", "kg", "exact"),
            r("800公克", "0.8", "kg", "exact"),
            r("30毫克", "0.00003", "kg", "exact"),
        ],
    );
    // A currency that starts with the word for a gram stays money.
    check(
        "门票售价200克朗。",
        Lang::Zh,
        &[r("200克朗", "200", "XXX", "exact")],
    );
}

#[test]
fn stacked_and_postposed_hedges() {
    check(
        "Der Versicherer erwartet Kosten von bis zu rund sieben Milliarden Euro.",
        Lang::De,
        &[r(
            "bis zu rund sieben Milliarden Euro",
            "7000000000",
            "EUR",
            "at_most",
        )],
    );
    // A hedge that introduces the amount after a noun leaves the approximation.
    check(
        "Die Stadt vergab einen Auftrag über rund 4,5 Milliarden Euro.",
        Lang::De,
        &[r("rund 4,5 Milliarden Euro", "4500000000", "EUR", "approx")],
    );
    check(
        "公司预计最多约60亿元的损失。",
        Lang::Zh,
        &[r("最多约60亿元", "6000000000", "CNY", "at_most")],
    );
    check(
        "Il carico utile sarà di un massimo di 4 chilogrammi, la prova durerà sei mesi circa.",
        Lang::It,
        &[
            r("di un massimo di 4 chilogrammi", "4", "kg", "at_most"),
            r("sei mesi circa", "6", "months", "approx"),
        ],
    );
    // "un massimo" after a verb of reaching is a high, no bound.
    check(
        "Il titolo ha toccato un massimo di 31,2 euro.",
        Lang::It,
        &[r("31,2 euro", "31.2", "EUR", "exact")],
    );
    check(
        "La charge est limitée à 3 kilogrammes au plus ; les résultats viendront dans huit mois environ.",
        Lang::Fr,
        &[
            r("3 kilogrammes au plus", "3", "kg", "at_most"),
            r("huit mois environ", "8", "months", "approx"),
        ],
    );
    // A postposed hedge that starts the next amount is that amount's.
    check(
        "En 4 ans environ 200 postes ont disparu.",
        Lang::Fr,
        &[
            r("4 ans", "4", "years", "exact"),
            r("environ 200", "200", "count", "approx"),
        ],
    );
    check(
        "The repair takes ten days or so.",
        Lang::En,
        &[r("ten days or so", "10", "days", "approx")],
    );
}

#[test]
fn a_known_figure_after_a_comparative_and_its_article() {
    check(
        "Das Konto ist 8,2 Milliarden Euro wert, weniger als die 8,5 Milliarden Euro, die der Verein eingezahlt hatte.",
        Lang::De,
        &[
            r("8,2 Milliarden Euro", "8200000000", "EUR", "exact"),
            r("8,5 Milliarden Euro", "8500000000", "EUR", "exact"),
        ],
    );
    check(
        "Mehr als die Hälfte der Stellen, mehr als 40 Millionen Euro.",
        Lang::De,
        &[
            r("Mehr als die Hälfte", "50", "percent", "more_than"),
            r("mehr als 40 Millionen Euro", "40000000", "EUR", "more_than"),
        ],
    );
}

#[test]
fn times_of_day_datelines_and_names_with_numbers_are_no_amounts() {
    check(
        "Am Freitag um 16.45 Uhr fiel das Netz aus, gegen 18 Uhr lief es wieder; 40 Züge standen.",
        Lang::De,
        &[r("40 Züge", "40", "count", "exact")],
    );
    check(
        "FIRENZE, 14 OTT - Il treno è partito alle 9.52 (le 3.52 a New York). Alle 6 di stamattina \
         la sonda Tianwen-2 era in orbita. Ha vinto in 3 set.",
        Lang::It,
        &[r("3", "3", "count", "exact")],
    );
    check(
        "Lyon, 12 févr 2025 (AFP) - L'incident a eu lieu à 9 h 41 ; le satellite Sentinel-3 a transmis 500 images.",
        Lang::Fr,
        &[r("500", "500", "count", "exact")],
    );
    // French writes its times "9 h 41": an hour and minutes with a point there is a number
    // written the English way, beside its French form.
    check(
        "Le ticket coûte 2.50 ou 2,50 selon l'affichage.",
        Lang::Fr,
        &[
            r("2.50", "2.5", "count", "exact"),
            r("2,50", "2.5", "count", "exact"),
        ],
    );
    check(
        "BOSTON, Dec 3 (Reuters) - The launch at 6.15 pm carried 12 satellites on Falcon-9.",
        Lang::En,
        &[r("12", "12", "count", "exact")],
    );
}

#[test]
fn scaled_sums_of_money_nouns_take_the_currency_around_them() {
    check(
        "Il conto era di 8,4 miliardi di euro, più 0,9 miliardi di interessi. Nel mondo 3 miliardi di persone usano lo smartphone.",
        Lang::It,
        &[
            r("8,4 miliardi di euro", "8400000000", "EUR", "exact"),
            r("0,9 miliardi", "900000000", "EUR", "exact"),
            r("3 miliardi", "3000000000", "count", "exact"),
        ],
    );
    check(
        "La facture atteint 3 milliards d'euros, dont 400 millions d'impôts.",
        Lang::Fr,
        &[
            r("3 milliards d'euros", "3000000000", "EUR", "exact"),
            r("400 millions", "400000000", "EUR", "exact"),
        ],
    );
}

#[test]
fn a_function_word_starting_the_sentence_is_no_name_before_a_number() {
    check(
        "Sono 120 i feriti, dice il bollettino.",
        Lang::It,
        &[r("120", "120", "count", "exact")],
    );
    check(
        "Sind 45 davon verletzt?",
        Lang::De,
        &[r("45", "45", "count", "exact")],
    );
    // A name before a number stays a name.
    check("Llama 4 è uscito ieri.", Lang::It, &[]);
}

#[test]
fn inflected_and_small_units_of_length() {
    // German dative plurals, centimetres and millimetres, the metre's symbol.
    check(
        "Der Kran stand in knapp 12 Metern Höhe, das Kabel hing 40 Zentimetern tiefer, die Fuge maß 3 mm und der Mast 18 m.",
        Lang::De,
        &[
            r("knapp 12 Metern", "12", "m", "approx"),
            r("40 Zentimetern", "0.4", "m", "exact"),
            r("3 mm", "0.003", "m", "exact"),
            r("18 m", "18", "m", "exact"),
        ],
    );
    check(
        "La diga è alta 1 metro in più, la crepa larga 15 centimetri e il tunnel scende a 9 m.",
        Lang::It,
        &[
            r("1 metro", "1", "m", "exact"),
            r("15 centimetri", "0.15", "m", "exact"),
            r("9 m", "9", "m", "exact"),
        ],
    );
    check(
        "La digue gagne 1 mètre, la fissure fait 8 millimètres et la tour 1 kilomètre carré d'emprise.",
        Lang::Fr,
        &[
            r("1 mètre", "1", "m", "exact"),
            r("8 millimètres", "0.008", "m", "exact"),
            r("1 kilomètre carré", "1000000", "m2", "exact"),
        ],
    );
    check(
        "The tug sailed at 14 knots past a 1 kilometre pier and a 6 inch pipe.",
        Lang::En,
        &[
            r("14 knots", "25.928", "km/h", "exact"),
            r("1 kilometre", "1000", "m", "exact"),
            r("6 inch", "0.1524", "m", "exact"),
        ],
    );
    check(
        "隧道长3.5千米，裂缝宽20厘米。",
        Lang::Zh,
        &[
            r("3.5千米", "3500", "m", "exact"),
            r("20厘米", "0.2", "m", "exact"),
        ],
    );
    // Millions keep their capital and their currency: "$5m" is money, "3 M€" too.
    check(
        "Il fondo ha raccolto $5m.",
        Lang::It,
        &[r("$5m", "5000000", "USD", "exact")],
    );
}

#[test]
fn counted_nouns_of_people_and_things_across_languages() {
    // A number word that is also another word ("sei", "acht", "elf", "neuf") counts the
    // noun of people or things after it; alone it is no number.
    check(
        "Sei muratori? No: sei operai e sei infermieri sono rimasti bloccati.",
        Lang::It,
        &[
            r("sei", "6", "count", "exact"),
            r("sei", "6", "count", "exact"),
        ],
    );
    check(
        "Acht Soldaten und elf Feuerwehrleute halfen; die Elf verlor.",
        Lang::De,
        &[
            r("Acht Soldaten", "8", "count", "exact"),
            r("elf Feuerwehrleute", "11", "count", "exact"),
        ],
    );
    check(
        "Neuf otages ont été libérés, dans un immeuble neuf.",
        Lang::Fr,
        &[r("Neuf", "9", "count", "exact")],
    );
    // A German compound ending in a counted noun is counted, even after an acronym.
    check(
        "Laut der Behörde QRS 17 Hafenarbeiter und 4 Besatzungsmitgliedern.",
        Lang::De,
        &[
            r("17 Hafenarbeiter", "17", "count", "exact"),
            r("4 Besatzungsmitgliedern", "4", "count", "exact"),
        ],
    );
}

#[test]
fn a_change_from_one_figure_to_another_is_two_amounts() {
    // After a verb of change, "from A to B" gives the old value and the new one, each exact,
    // both in the unit written after the second.
    check(
        "Il canone salirà da 900 a 1.250 euro, mentre la pena va da 2 a 4 anni.",
        Lang::It,
        &[
            r("900", "900", "EUR", "exact"),
            r("1.250 euro", "1250", "EUR", "exact"),
            range("da 2 a 4 anni", "2", "4", "years"),
        ],
    );
    check(
        "La prime passe de 40 à 65 millions d'euros; entre 10 et 20 personnes attendent.",
        Lang::Fr,
        &[
            r("40", "40000000", "EUR", "exact"),
            r("65 millions d'euros", "65000000", "EUR", "exact"),
            range("entre 10 et 20", "10", "20", "count"),
        ],
    );
    check(
        "Le taux a grimpé de 1,5 % à 2,25 %.",
        Lang::Fr,
        &[
            r("1,5 %", "1.5", "percent", "exact"),
            r("2,25 %", "2.25", "percent", "exact"),
        ],
    );
    check(
        "Fares rose sharply from 12 to 15 dollars, for trips from 3 to 5 hours.",
        Lang::En,
        &[
            r("12", "12", "USD", "exact"),
            r("15 dollars", "15", "USD", "exact"),
            range("from 3 to 5 hours", "3", "5", "hours"),
        ],
    );
    // A range never runs down: "von 60 bis 45" is two figures (the first takes the unit).
    check(
        "Der Pegel sank von 60 bis 45 Zentimeter, die Miete stieg von 800 auf 950 Euro.",
        Lang::De,
        &[
            r("60", "0.6", "m", "exact"),
            r("45 Zentimeter", "0.45", "m", "exact"),
            r("800", "800", "EUR", "exact"),
            r("950 Euro", "950", "EUR", "exact"),
        ],
    );
    // Chinese: 从/由 … 增至/提高到 (a change), 至 alone (a range); tonnes convert both.
    check(
        "产量由600提高到900吨，票价在30至50元之间。",
        Lang::Zh,
        &[
            r("600", "600000", "kg", "exact"),
            r("900吨", "900000", "kg", "exact"),
            range("30至50元", "30", "50", "CNY"),
        ],
    );
}

#[test]
fn two_figures_joined_by_and_share_their_unit_and_make_no_range() {
    // "von … und" is no range (only "von … bis" is): two ages.
    check(
        "Die Geschwister im Alter von 9 und 14 Jahren blieben unverletzt.",
        Lang::De,
        &[
            r("9", "9", "years", "exact"),
            r("14 Jahren", "14", "years", "exact"),
        ],
    );
    check(
        "Due fratelli di 19 e 23 anni, a 4 e 7 chilometri dal centro.",
        Lang::It,
        &[
            r("Due", "2", "count", "exact"),
            r("19", "19", "years", "exact"),
            r("23 anni", "23", "years", "exact"),
            r("4", "4000", "m", "exact"),
            r("7 chilometri", "7000", "m", "exact"),
        ],
    );
    check(
        "Deux sœurs âgées de 41 et 38 ans.",
        Lang::Fr,
        &[
            r("Deux", "2", "count", "exact"),
            r("41", "41", "years", "exact"),
            r("38 ans", "38", "years", "exact"),
        ],
    );
    check(
        "The drivers, aged 52 and 47 years, were unhurt.",
        Lang::En,
        &[
            r("52", "52", "years", "exact"),
            r("47 years", "47", "years", "exact"),
        ],
    );
    // A range with "und" after "zwischen" stays one.
    check(
        "Sie sind zwischen 9 und 14 Jahre alt.",
        Lang::De,
        &[range("zwischen 9 und 14 Jahre", "9", "14", "years")],
    );
}

#[test]
fn model_numbers_and_numbered_series_are_no_amounts() {
    // A model's suffix makes its number a name, and the bare numbers listed after it too.
    check(
        "Gli ordini del 320 Neo, del 350 e del 380 sono fermi; 640 operai restano a casa.",
        Lang::It,
        &[r("640", "640", "count", "exact")],
    );
    check(
        "Die Typen 900 XL, 901 und 902 fliegen nicht, 45 Maschinen stehen am Boden.",
        Lang::De,
        &[r("45 Maschinen", "45", "count", "exact")],
    );
    check(
        "the 412 Pro, 413 and 414 handsets; 300 stores closed",
        Lang::En,
        &[r("300", "300", "count", "exact")],
    );
    check(
        "Sur les lignes du 350 Max, du 360 et du 370, 1 200 ouvriers.",
        Lang::Fr,
        &[r("1 200", "1200", "count", "exact")],
    );
    // A code that also names a numbered series is no currency before its number: the UN
    // climate conferences.
    check("Alla COP27 e alla Cop 28 si è discusso.", Lang::It, &[]);
    check("COP26大会闭幕。", Lang::Zh, &[]);
}

#[test]
fn list_members_that_leave_out_what_the_first_counted() {
    // "the A 40 seats, the B 25 and the C 12": the later figures count what the first did,
    // though a name stands right before each.
    check(
        "La lista Ulivo avrà 44 seggi, la Quercia 31 e la Betulla 9.",
        Lang::It,
        &[
            r("44", "44", "count", "exact"),
            r("31", "31", "count", "exact"),
            r("9", "9", "count", "exact"),
        ],
    );
    check(
        "Die Nordliste bekommt 44 Sitze, die Südliste 31 und die Mitte 9.",
        Lang::De,
        &[
            r("44 Sitze", "44", "count", "exact"),
            r("31", "31", "count", "exact"),
            r("9", "9", "count", "exact"),
        ],
    );
    check(
        "Les Bleus (44 sièges) et les Roses (31) siégeront.",
        Lang::Fr,
        &[
            r("44", "44", "count", "exact"),
            r("31", "31", "count", "exact"),
        ],
    );
    // A code in brackets has four digits or more; a Chinese day in brackets is no amount.
    check("Acme (4502) e Beta (0931) salgono.", Lang::It, &[]);
    check("公司今（18）日宣布。", Lang::Zh, &[]);
    // Names with numbers stay names where no counted figure opens the list.
    check(
        "Con 5 tecnici tra Windows 10 e Windows 11.",
        Lang::It,
        &[r("5", "5", "count", "exact")],
    );
}

#[test]
fn german_compounds_ending_in_a_unit_of_time() {
    check(
        "Nach elf Streiktagen, drei Lebensjahren und 40 Arbeitsstunden tagten 16 Landtage in 4 Etagen.",
        Lang::De,
        &[
            r("elf Streiktagen", "11", "days", "exact"),
            r("drei Lebensjahren", "3", "years", "exact"),
            r("40 Arbeitsstunden", "40", "hours", "exact"),
            r("16 Landtage", "16", "count", "exact"),
            r("4 Etagen", "4", "count", "exact"),
        ],
    );
    check(
        "Zwei Ferienwochen und vier Wintermonate.",
        Lang::De,
        &[
            r("Zwei Ferienwochen", "14", "days", "exact"),
            r("vier Wintermonate", "4", "months", "exact"),
        ],
    );
}

#[test]
fn bare_figures_listed_after_a_percentage_are_percentages() {
    check(
        "Il Blu al 31,5%, il Verde al 18,2 e il Viola al 9,7; 3 seggi vacanti.",
        Lang::It,
        &[
            r("31,5%", "31.5", "percent", "exact"),
            r("18,2", "18.2", "percent", "exact"),
            r("9,7", "9.7", "percent", "exact"),
            r("3", "3", "count", "exact"),
        ],
    );
    check(
        "Les Bleus obtiennent 31,5 %, les Verts 18,2 et les Roses 9,7.",
        Lang::Fr,
        &[
            r("31,5 %", "31.5", "percent", "exact"),
            r("18,2", "18.2", "percent", "exact"),
            r("9,7", "9.7", "percent", "exact"),
        ],
    );
    // A figure that counts something is no such member.
    check(
        "Il tasso è al 4%, e 2 banche falliscono.",
        Lang::It,
        &[
            r("4%", "4", "percent", "exact"),
            r("2", "2", "count", "exact"),
        ],
    );
}

#[test]
fn hedges_of_verbs_in_the_future_quotas_and_comparatives() {
    check(
        "Le vendite supereranno i 12 miliardi di euro, con oltre quota 700 negozi.",
        Lang::It,
        &[
            r(
                "supereranno i 12 miliardi di euro",
                "12000000000",
                "EUR",
                "more_than",
            ),
            r("oltre quota 700", "700", "count", "more_than"),
        ],
    );
    check(
        "Un budget supérieur à 80 millions d'euros, en dessous de 5 %.",
        Lang::Fr,
        &[
            r(
                "supérieur à 80 millions d'euros",
                "80000000",
                "EUR",
                "more_than",
            ),
            r("en dessous de 5 %", "5", "percent", "less_than"),
        ],
    );
    check(
        "Schätzungsweise 900 Helfer, deutlich unter 10 Prozent.",
        Lang::De,
        &[
            r("Schätzungsweise 900 Helfer", "900", "count", "approx"),
            r("deutlich unter 10 Prozent", "10", "percent", "less_than"),
        ],
    );
    check(
        "It raised well over 8 million dollars from north of 300 donors.",
        Lang::En,
        &[
            r("well over 8 million dollars", "8000000", "USD", "more_than"),
            r("north of 300", "300", "count", "more_than"),
        ],
    );
    check(
        "用户突破500万，费用至多3亿元。",
        Lang::Zh,
        &[
            r("突破500万", "5000000", "count", "more_than"),
            r("至多3亿元", "300000000", "CNY", "at_most"),
        ],
    );
    // An infinitive after a modal is a cap, no bound of the figure: "non potrà superare".
    check(
        "La quota non potrà superare il 15%.",
        Lang::It,
        &[r("15%", "15", "percent", "exact")],
    );
}

#[test]
fn a_scaled_figure_before_a_word_for_month_or_day_is_no_date() {
    check(
        "该平台拥有约4300万月活跃用户和1200万日活用户，3月5日公布。",
        Lang::Zh,
        &[
            r("约4300万", "43000000", "count", "approx"),
            r("1200万", "12000000", "count", "exact"),
        ],
    );
}

#[test]
fn sums_named_by_a_money_noun_carry_the_currency_on() {
    // "di bonus", "de primes", "in bonuses": money, which lets the currency reach the bare
    // sum after them.
    check(
        "Costa 30 milioni di euro, più 5 milioni di bonus, in tutto fino a 35 milioni.",
        Lang::It,
        &[
            r("30 milioni di euro", "30000000", "EUR", "exact"),
            r("5 milioni", "5000000", "EUR", "exact"),
            r("fino a 35 milioni", "35000000", "EUR", "at_most"),
        ],
    );
    check(
        "Il touche 12 millions d'euros et 2 millions de primes, soit 14 millions.",
        Lang::Fr,
        &[
            r("12 millions d'euros", "12000000", "EUR", "exact"),
            r("2 millions", "2000000", "EUR", "exact"),
            r("14 millions", "14000000", "EUR", "exact"),
        ],
    );
    // Basis points and a rate after "至" are a cut to a new rate, no range.
    check(
        "银行下调50个基点至2.25%。",
        Lang::Zh,
        &[
            r("50个基点", "0.5", "percent", "exact"),
            r("2.25%", "2.25", "percent", "exact"),
        ],
    );
}

/// Multiplicatives count how often something happened where no comparative, article or rate
/// follows them (`trois fois plus`, `dreimal so hoch` stay ratios; `une fois`, `einmal` are
/// words of time); German writes them glued to the number word (`viermal`).
#[test]
fn multiplicatives_count_occurrences_unless_a_ratio_follows() {
    check(
        "Die Band spielte im Mai viermal in Bremen und zweimal in Kiel. Die Miete ist dreimal so hoch. Einmal im Jahr.",
        Lang::De,
        &[
            r("viermal", "4", "count", "exact"),
            r("zweimal", "2", "count", "exact"),
        ],
    );
    check(
        "Der Verein gewann den Pokal mehr als zehnmal. Die Kosten stiegen 4 mal mehr als geplant.",
        Lang::De,
        &[r("mehr als zehnmal", "10", "count", "more_than")],
    );
    check(
        "La squadra ha vinto cinque volte a Torino. Il costo è tre volte più alto. Una volta al mese.",
        Lang::It,
        &[r("cinque volte", "5", "count", "exact")],
    );
    check(
        "Le chanteur s'est produit six fois à Lille. C'est deux fois plus cher. Une fois élu, il part.",
        Lang::Fr,
        &[r("six fois", "6", "count", "exact")],
    );
    check(
        "The striker scored three times in Leeds. Rents are four times higher.",
        Lang::En,
        &[r("three times", "3", "count", "exact")],
    );
}

/// A bare figure that `dont`, `di cui`, `dei quali`, `davon` or `of them` makes a part of the
/// figure before it is in that figure's unit (`part_markers`).
#[test]
fn a_part_named_after_its_whole_takes_the_whole_unit() {
    check(
        "Il giudice ha inflitto sette anni di carcere, tre dei quali con la condizionale.",
        Lang::It,
        &[
            r("sette anni", "7", "years", "exact"),
            r("tre", "3", "years", "exact"),
        ],
    );
    check(
        "L'accusa chiedeva 9 anni, di cui cinque sospesi.",
        Lang::It,
        &[
            r("9 anni", "9", "years", "exact"),
            r("cinque", "5", "years", "exact"),
        ],
    );
    check(
        "Le tribunal a prononcé cinq ans de prison, dont trois ferme, et 4 millions d'euros d'amende, dont un million avec sursis.",
        Lang::Fr,
        &[
            r("cinq ans", "5", "years", "exact"),
            r("trois", "3", "years", "exact"),
            r("4 millions d'euros", "4000000", "EUR", "exact"),
            r("un million", "1000000", "EUR", "exact"),
        ],
    );
    check(
        "Das Gericht verhängte sechs Jahre Haft, davon zwei auf Bewährung.",
        Lang::De,
        &[
            r("sechs Jahre", "6", "years", "exact"),
            r("zwei", "2", "years", "exact"),
        ],
    );
    check(
        "He was jailed for eight years, three of them suspended.",
        Lang::En,
        &[
            r("eight years", "8", "years", "exact"),
            r("three", "3", "years", "exact"),
        ],
    );
    // A part is no more than its whole: "dont douze" after "trois ans" counts something else.
    check(
        "Il a purgé trois ans, dont douze en isolement.",
        Lang::Fr,
        &[
            r("trois ans", "3", "years", "exact"),
            r("douze", "12", "count", "exact"),
        ],
    );
    // A hedged part is a part too.
    check(
        "Il piano vale 1,2 miliardi di euro, di cui circa 300 milioni di fondi pubblici.",
        Lang::It,
        &[
            r("1,2 miliardi di euro", "1200000000", "EUR", "exact"),
            r("circa 300 milioni", "300000000", "EUR", "approx"),
        ],
    );
}

/// Italian writes an age as a figure glued to `-enne` (`un 47enne`, `i due 19enni`); the word
/// alone (`la trentenne`) is an age class, no figure.
#[test]
fn italian_ages_glued_to_the_figure() {
    check(
        "Un 47enne è stato fermato. La trentenne è fuggita con i due 19enni.",
        Lang::It,
        &[
            r("47enne", "47", "years", "exact"),
            r("due", "2", "count", "exact"),
            r("19enni", "19", "years", "exact"),
        ],
    );
}

/// `X年内` before a ban (`不得`, `不能`, `禁止`) says how long the ban lasts (exact); before
/// anything else it is a time limit (at most). A span of calendar years (`2010至2015年`) is a
/// date range, not an amount of years.
#[test]
fn chinese_bans_within_years_and_spans_of_calendar_years() {
    check(
        "法院裁定他8年內不得擔任公職，公司須在兩年內完成整改。",
        Lang::Zh,
        &[
            r("8年內", "8", "years", "exact"),
            r("兩年內", "2", "years", "at_most"),
        ],
    );
    check(
        "该官员在2010至2015年间受贿，判处有期徒刑6年，其中2年缓刑。",
        Lang::Zh,
        &[
            range("2010至2015年", "2010", "2015", "year"),
            r("6年", "6", "years", "exact"),
            r("2年", "2", "years", "exact"),
        ],
    );
}

/// A share a little more than a fraction: `ein gutes Viertel`, `un bon tiers`, `un buon
/// quarto`, `a good third`.
#[test]
fn a_good_fraction_is_a_little_more() {
    check(
        "Ein gutes Drittel der Mitglieder stimmte zu.",
        Lang::De,
        &[r(
            "Ein gutes Drittel",
            "33.3333333333333",
            "percent",
            "more_than",
        )],
    );
    check(
        "Un bon quart des salariés a fait grève.",
        Lang::Fr,
        &[r("Un bon quart", "25", "percent", "more_than")],
    );
    check(
        "Un buon quarto dei soci ha votato contro.",
        Lang::It,
        &[r("Un buon quarto", "25", "percent", "more_than")],
    );
    check(
        "A good third of the members voted against.",
        Lang::En,
        &[r(
            "A good third",
            "33.3333333333333",
            "percent",
            "more_than",
        )],
    );
}

/// The English verb `won` before a figure is no currency (`won 12 seats`); the code in small
/// letters is (`krw 500`). A scaled figure before a colon and a space ends its clause (`fixed at
/// 30 million: a cap`), it is no time or ratio. Spectators linked by `sono stati` are what a
/// scaled figure counts: no currency is carried onto it.
#[test]
fn won_before_a_figure_a_colon_after_one_and_counted_spectators() {
    check(
        "The Greens won 12 seats and paid krw 500 in fees.",
        Lang::En,
        &[
            r("12", "12", "count", "exact"),
            r("krw 500", "500", "KRW", "exact"),
        ],
    );
    check(
        "Il numero massimo di gettoni resta fissato a 30 milioni: un tetto voluto.",
        Lang::It,
        &[r("30 milioni", "30000000", "count", "exact")],
    );
    check(
        "La tournée ha incassato 3 miliardi di dollari. I visitatori sono stati oltre 7 milioni.",
        Lang::It,
        &[
            r("3 miliardi di dollari", "3000000000", "USD", "exact"),
            r("oltre 7 milioni", "7000000", "count", "more_than"),
        ],
    );
}

/// Points of a score, a rating, a ranking or an index are `points` (not a count of things),
/// in every language: `punti`, `Punkte`/`Punkten`, `Indexpunkte`, `points`/`pts`, `分`.
/// Percentage points stay percent, basis points hundredths of a percent, and a noun that
/// starts with the word (`punti vendita`, `points de vente`: stores) is counted.
#[test]
fn points_of_a_score_a_ranking_or_an_index() {
    check(
        "Alla fine del campionato la squadra ha 64 punti, quattro punti in più della rivale, e il tasso sale di 2 punti percentuali.",
        Lang::It,
        &[
            r("64 punti", "64", "points", "exact"),
            r("quattro punti", "4", "points", "exact"),
            r("2 punti percentuali", "2", "percent", "exact"),
        ],
    );
    check(
        "La catena apre 40 punti vendita; il debito cresce di 3 punti di Pil.",
        Lang::It,
        &[
            r("40", "40", "count", "exact"),
            r("3 punti di Pil", "3", "percent", "exact"),
        ],
    );
    check(
        "Der Leitindex gewann 210 Indexpunkte und schloss bei 17.850 Punkten; der Klub liegt mit 41 Punkten vorn.",
        Lang::De,
        &[
            r("210 Indexpunkte", "210", "points", "exact"),
            r("17.850 Punkten", "17850", "points", "exact"),
            r("41 Punkten", "41", "points", "exact"),
        ],
    );
    check(
        "Le jury a donné 87 points au vin, soit 12 pts de plus, et l'enseigne ouvre 15 points de vente.",
        Lang::Fr,
        &[
            r("87 points", "87", "points", "exact"),
            r("12 pts", "12", "points", "exact"),
            r("15", "15", "count", "exact"),
        ],
    );
    check(
        "The housing index dropped 14 points, and the county opened 30 points of sale.",
        Lang::En,
        &[
            r("14 points", "14", "points", "exact"),
            r("30", "30", "count", "exact"),
        ],
    );
    check(
        "这次考试全班平均得分86分，最高分98分，比去年提高3分。",
        Lang::Zh,
        &[
            r("86分", "86", "points", "exact"),
            r("98分", "98", "points", "exact"),
            r("3分", "3", "points", "exact"),
        ],
    );
}

/// A figure of points that changes from one to another lends its unit to the first (`von
/// 212 auf 190 Punkte`); after a verb of change, a fall and the new level ten times larger
/// or more are two figures, no range (`fell 120 points to 4,300 points`).
#[test]
fn points_lent_by_a_change_and_a_fall_to_a_level() {
    check(
        "Die Zufriedenheit sank von 212 auf 190 Punkte.",
        Lang::De,
        &[
            r("212", "212", "points", "exact"),
            r("190 Punkte", "190", "points", "exact"),
        ],
    );
    check(
        "The freight index fell 120 points to 4,300 points.",
        Lang::En,
        &[
            r("120 points", "120", "points", "exact"),
            r("4,300 points", "4300", "points", "exact"),
        ],
    );
    check(
        "Rents are expected to rise 3 points to 5 points.",
        Lang::En,
        &[range("3 points to 5 points", "3", "5", "points")],
    );
}

/// `分` is a unit of points only alone: in a time written in parts it is minutes (`2小时15分`,
/// `3分08秒`, the parts of one time being one duration in seconds), before `钟` minutes, and
/// `分贝` (decibels) no score.
#[test]
fn fen_in_times_and_decibels_is_no_score() {
    check(
        "队伍用时2小时15分完成，冠军成绩3分08秒，耗时40分钟，现场噪音70分贝。",
        Lang::Zh,
        &[
            r("2小时15分", "8100", "seconds", "exact"),
            r("3分08秒", "188", "seconds", "exact"),
            r("40分钟", "40", "minutes", "exact"),
            r("70分贝", "70", "count", "exact"),
        ],
    );
}

/// A threshold crossed downwards is less than it, upwards more than it (`sous la barre des`,
/// `sotto la soglia dei`, `unter die Marke von`, `跌破`); a negated ceiling is at most
/// (`jamais dépassé`, `never exceeded`, `从未超过`), a negated floor at least (`nicht unter`).
#[test]
fn thresholds_crossed_and_negated_bounds() {
    check(
        "La récolte de blé pourrait passer sous la barre des 30 millions de tonnes.",
        Lang::Fr,
        &[r(
            "sous la barre des 30 millions de tonnes",
            "30000000000",
            "kg",
            "less_than",
        )],
    );
    check(
        "I passeggeri della linea sono scesi sotto la soglia dei 5.000 al giorno.",
        Lang::It,
        &[r("sotto la soglia dei 5.000", "5000", "count", "less_than")],
    );
    check(
        "Die Zahl der Streikenden fiel unter die Marke von 2000.",
        Lang::De,
        &[r("unter die Marke von 2000", "2000", "count", "less_than")],
    );
    check(
        "今年小麦产量跌破3000万吨。",
        Lang::Zh,
        &[r("跌破3000万吨", "30000000000", "kg", "less_than")],
    );
    check(
        "Le niveau du fleuve n'a jamais dépassé 6 mètres cet hiver.",
        Lang::Fr,
        &[r("dépassé 6 mètres", "6", "m", "at_most")],
    );
    check(
        "The vaccination rate never exceeded 40 percent in the region.",
        Lang::En,
        &[r("exceeded 40 percent", "40", "percent", "at_most")],
    );
    check(
        "Die Quote fiel in diesem Jahr nicht unter 3 Prozent.",
        Lang::De,
        &[r("unter 3 Prozent", "3", "percent", "at_least")],
    );
}

/// A number word with a capital after a word in small letters names a group of states or a
/// decade, no amount (`les Vingt-Sept`, `gli anni Sessanta`); a bare number in brackets after
/// a name, in a sentence of points, is that name's score.
#[test]
fn capitalized_number_words_and_bracketed_scores() {
    check(
        "Les ministres des Vingt-Sept ont validé le plan de 3 milliards d'euros.",
        Lang::Fr,
        &[r("3 milliards d'euros", "3000000000", "EUR", "exact")],
    );
    check(
        "La linea ferroviaria risale agli anni Sessanta e trasporta 12 mila passeggeri.",
        Lang::It,
        &[r("12 mila", "12000", "count", "exact")],
    );
    check(
        "Le classement des villes donne 82 points à Lyon, devant Nantes (79) et Lille (75).",
        Lang::Fr,
        &[
            r("82 points", "82", "points", "exact"),
            r("79", "79", "points", "exact"),
            r("75", "75", "points", "exact"),
        ],
    );
    check(
        "比上一年减少1.2万人，连续三度下调。",
        Lang::Zh,
        &[
            r("1.2万人", "12000", "count", "exact"),
            r("三度", "3", "count", "exact"),
        ],
    );
}
