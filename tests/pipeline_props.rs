//! Properties of the whole pipeline on generated text (issue 7): no panic on any string, every
//! span inside its text on character boundaries, and a reconciled report that does not depend on
//! the order of the documents.
//!
//! The texts mix what breaks scanners: fragments of news in every language, digits with every
//! separator, huge digit runs, Chinese numerals, currency signs, hedges, tables of separators,
//! combining marks, full-width forms, and arbitrary Unicode.

use concord::{Document, Lang, Pipeline, Reconciler, Span};
use proptest::prelude::*;
use proptest::sample::select;

const PIECES: &[&str] = &[
    // Words and phrases of news in five languages.
    "Meta ha investito",
    " oltre ",
    "$ ",
    "14,3 miliardi",
    " circa il 49%",
    " di euro",
    "Der Konzern zahlte rund ",
    "15 Milliarden Dollar",
    " bis zu 1,2 GW",
    " zwischen 200 und 300 Megawatt",
    "Le groupe a versé environ ",
    "13 milliards d'euros",
    " plus de 10\u{202F}000 emplois",
    "該公司以",
    "143億美元",
    "收購49%股份",
    "約合人民幣1028億元",
    "數千億",
    "五六個",
    "兩",
    "三千五百萬",
    "The company paid ",
    "$14.3 billion",
    " more than 10,000 GPUs",
    " in 2025",
    "Google",
    "Scale AI",
    "Mark Zuckerberg",
    "扎克伯格",
    "OpenAI",
    // Separators, punctuation and layout.
    ".",
    ",",
    " ",
    "\u{00A0}",
    "\n",
    "\t",
    "。",
    "！",
    "…",
    "—",
    "–",
    "-",
    "'",
    "’",
    "«",
    "»",
    "„",
    "“",
    "(",
    ")",
    "|----|----|",
    "=====",
    ".........",
    ",,,,,",
    "%",
    "€",
    "¥",
    "£",
    "₩",
    // Numbers in every shape.
    "0",
    "1",
    "9",
    "10.000",
    "1.000.000,5",
    "1,234.5",
    "1 234 567",
    "0,000001",
    "１２３，４５６",
    "½",
    "²",
    "-5",
    "+7",
    "1e9",
    "一",
    "十",
    "百",
    "千",
    "萬",
    "億",
    "兆",
    "零",
    // Combining marks and odd characters.
    "e\u{301}",
    "\u{301}",
    "ß",
    "İ",
    "ﬁ",
    "\u{FEFF}",
    "\u{200B}",
    "\u{FFFD}",
    "\r\n",
];

/// A text built from the pieces above, runs of digits and separators, and arbitrary strings.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => select(PIECES).prop_map(str::to_string),
        1 => "[0-9]{30,400}",
        1 => "[0-9]{1,3}([., '\u{00A0}\u{202F}][0-9]{3}){5,60}",
        1 => "[0-9.,\\- ]{1,80}",
        1 => "[一二三四五六七八九十百千万萬亿億兆两兩零]{1,40}",
        1 => any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn lang() -> impl Strategy<Value = Option<Lang>> {
    prop_oneof![Just(None), select(Lang::ALL.to_vec()).prop_map(Some)]
}

fn check(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: {span:?} outside {} bytes",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: {span:?} off a char boundary"
    );
    Ok(())
}

fn doc(id: String, text: String, lang: Option<Lang>) -> Document {
    let d = Document::new(id, text);
    match lang {
        Some(l) => d.with_lang(l),
        None => d,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn no_panic_and_spans_on_char_boundaries(text in text(), lang in lang()) {
        let d = doc("p.txt".into(), text, lang);
        let a = Pipeline::default().analyze(&d).expect("within the limits");
        let t = d.text.as_str();
        for s in &a.sentences {
            check(t, *s, "sentence")?;
        }
        for q in &a.quantities {
            check(t, q.span, "quantity")?;
            if let Some(h) = q.hedge {
                check(t, h, "hedge")?;
            }
            let _ = q.quantity.interval().to_string();
        }
        for e in &a.entities {
            check(t, e.span, "entity")?;
            prop_assert!((0.0..=1.0).contains(&e.score), "score {}", e.score);
        }
        for c in &a.claims {
            check(t, c.provenance.span, "claim")?;
            check(t, c.provenance.sentence, "claim sentence")?;
            for cue in &c.provenance.cues {
                check(t, *cue, "cue")?;
            }
            prop_assert_eq!(t.get(c.provenance.span.start..c.provenance.span.end), Some(c.provenance.text.as_str()));
        }
        for w in &a.warnings {
            let concord::Warning::NumberTooLong { offset, end, .. } = w else { continue };
            check(t, Span::new(*offset, *end), "long number")?;
        }
    }

    #[test]
    fn quantities_and_entities_alone_never_panic(text in text(), lang in select(Lang::ALL.to_vec())) {
        for q in concord::quantity::scan(&text, lang) {
            check(&text, q.span, "quantity")?;
        }
        for e in concord::Gazetteer::embedded().link(&text, lang) {
            check(&text, e.span, "entity")?;
        }
    }

    #[test]
    fn bytes_in_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400), lossy in any::<bool>()) {
        let opts = concord::input::InputOptions { lossy, ..Default::default() };
        match concord::input::document_from_bytes("b.txt", &bytes, &opts) {
            Ok(d) => {
                let a = Pipeline::default().analyze(&d).expect("within the limits");
                for q in &a.quantities {
                    check(&d.text, q.span, "quantity")?;
                }
            }
            Err(e) => {
                let msg = e.to_string();
                prop_assert!(msg.starts_with("b.txt: "), "{}", msg);
                // Lossy mode repairs invalid UTF-8; it still names binary data and UTF-16.
                prop_assert!(!lossy || !matches!(e, concord::Error::InvalidUtf8 { .. }), "{}", msg);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn reconcile_does_not_depend_on_document_order(
        docs in prop::collection::vec((text(), lang()), 1..6)
            .prop_flat_map(|docs| {
                let n = docs.len();
                let order: Vec<usize> = (0..n).collect();
                (Just(docs), Just(order).prop_shuffle())
            })
    ) {
        let (docs, order) = docs;
        let docs: Vec<Document> = docs
            .into_iter()
            .enumerate()
            .map(|(i, (t, l))| doc(format!("d{i}.txt"), t, l))
            .collect();
        let mut a = Reconciler::default();
        for d in &docs {
            a = a.add(d.clone());
        }
        let mut b = Reconciler::default();
        for &i in &order {
            b = b.add(docs[i].clone());
        }
        let a = serde_json::to_string(&a.reconcile()).unwrap();
        let b = serde_json::to_string(&b.reconcile()).unwrap();
        prop_assert_eq!(a, b);
    }
}

/// The same corpus of real-looking news in every order gives the same bytes.
#[test]
fn reconcile_of_news_in_every_order_is_identical() {
    let texts = [
        (
            "it.txt",
            "Meta ha investito $ 14,3 miliardi in Scale AI, circa il 49% del capitale.",
        ),
        (
            "de.txt",
            "Meta investierte 15 Milliarden Dollar in Scale AI und übernahm 49 Prozent.",
        ),
        (
            "fr.txt",
            "Meta a investi 14,3 milliards de dollars dans Scale AI, soit 49 % du capital.",
        ),
        ("zh.txt", "Meta以143億美元投資Scale AI，取得49%股份。"),
    ];
    let docs: Vec<Document> = texts.iter().map(|(id, t)| Document::new(*id, *t)).collect();
    let report = |order: &[usize]| {
        let mut r = Reconciler::default();
        for &i in order {
            r = r.add(docs[i].clone());
        }
        serde_json::to_string(&r.reconcile()).unwrap()
    };
    let first = report(&[0, 1, 2, 3]);
    for order in [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]] {
        assert_eq!(report(&order), first, "order {order:?}");
    }
}
