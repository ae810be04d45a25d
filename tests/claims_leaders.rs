//! A person named with a role that leads a company, where no organization stands beside the
//! role ("Firmenchef Y", "son président exécutif, Y", "其董事长Y", "its chief executive
//! Y"), or after a party it leads ("X, guidata da Y", "il gruppo guidato da Y"), speaks for
//! the party the text ties them to: after a possessive, the party named just before; with a
//! company role alone, the document's main party; after "led by", the party named or referred
//! to before. A person keeps what is a person's (a stake, a salary, an age), and nobody takes
//! a party the text does not tie them to (a head of state, a former chief, a story with two
//! parties as often named, a consortium).

mod common;

use common::{run, spf};
use concord::Lang;

fn has(claims: &[(String, String, String)], subject: &str, figure: &str) -> bool {
    claims
        .iter()
        .any(|(s, _, f)| s == subject && f.contains(figure))
}

#[test]
fn a_company_role_alone_speaks_for_the_main_party() {
    let c = spf(&run(
        "Siemens baut Werk in Asien\n\nSiemens will in Vietnam wachsen. Firmenchef Jonas Albrecht kündigte an, in den kommenden Jahren 2 Milliarden Euro in neue Fabriken zu investieren.",
        Lang::De,
    ));
    assert!(has(&c, "Siemens", "2 Milliarden"), "{c:?}");
    let c = spf(&run(
        "Enel, nuovo piano industriale\n\nEnel ha presentato ieri il nuovo piano. «Cresceremo ancora», ha detto l'amministratore delegato Marco Bellini, che investirà 12 miliardi di euro nelle reti.",
        Lang::It,
    ));
    assert!(has(&c, "Enel", "12 miliardi"), "{c:?}");
    let c = spf(&run(
        "西门子发布新战略\n\n西门子周二公布了新的战略。首席执行官王建国宣布，将在中国投资10亿欧元建设新工厂。",
        Lang::Zh,
    ));
    assert!(has(&c, "Siemens", "10亿欧元"), "{c:?}");
    let c = spf(&run(
        "Barclays reported its results. Chief executive John Reed announced an investment of $2 billion. Barclays shares rose.",
        Lang::En,
    ));
    assert!(has(&c, "Barclays", "$2 billion"), "{c:?}");
}

#[test]
fn a_possessive_role_speaks_for_the_party_named_before() {
    let c = spf(&run(
        "La distribution reviendra à Danone : son président exécutif, Paul Mercier, prévoit d'investir 800 millions d'euros en Europe.",
        Lang::Fr,
    ));
    assert!(has(&c, "Danone", "800 millions"), "{c:?}");
    let c = spf(&run(
        "Barclays reported its results on Tuesday. Its chief executive John Reed announced an investment of $2 billion in new technology.",
        Lang::En,
    ));
    assert!(has(&c, "Barclays", "$2 billion"), "{c:?}");
}

#[test]
fn a_leader_keeps_what_is_a_persons() {
    // A stake in one's own name stays the person's.
    let c = spf(&run(
        "Siemens baut Werk in Asien\n\nSiemens will in Vietnam wachsen. Firmenchef Jonas Albrecht hält selbst 3 Prozent der Aktien.",
        Lang::De,
    ));
    assert!(!has(&c, "Siemens", "3 Prozent"), "{c:?}");
    let c = spf(&run(
        "Enel, nuovo piano\n\nEnel ha presentato il piano. L'amministratore delegato Marco Bellini, 61 anni, detiene lo 0,5% del capitale.",
        Lang::It,
    ));
    assert!(has(&c, "Marco Bellini", "61 anni"), "{c:?}");
    assert!(!has(&c, "Enel", "0,5%"), "{c:?}");
    let c = spf(&run(
        "西门子发布新战略\n\n西门子周二公布了新的战略。首席执行官王建国持有公司2%的股份。",
        Lang::Zh,
    ));
    assert!(!has(&c, "Siemens", "2%"), "{c:?}");
    // A fine imposed on the person named is theirs; one the company was given is the
    // company's.
    let c = spf(&run(
        "Danone accélère en Asie\n\nDanone a présenté sa stratégie mardi. Le PDG Paul Mercier a été condamné à une amende de 50 000 euros pour délit d'initié.",
        Lang::Fr,
    ));
    assert!(!has(&c, "Danone", "50 000"), "{c:?}");
    let c = spf(&run(
        "Barclays reported results. Barclays shares rose. Regulators fined chief executive John Reed $640,000 over his ties to a financier.",
        Lang::En,
    ));
    assert!(!has(&c, "Barclays", "$640,000"), "{c:?}");
    let c = spf(&run(
        "Danone accélère en Asie\n\nDanone a présenté sa stratégie mardi. Le PDG Paul Mercier a indiqué que la société avait été condamnée à une amende de 2 millions d'euros.",
        Lang::Fr,
    ));
    assert!(has(&c, "Danone", "2 millions"), "{c:?}");
}

#[test]
fn no_party_the_text_does_not_tie_them_to() {
    // A head of state holds a role heads of companies share ("président"): not the company's.
    let c = spf(&run(
        "Danone ouvre une usine\n\nDanone a inauguré mardi une usine en Normandie. Le président Emmanuel Macron a annoncé un investissement public de 10 milliards d'euros.",
        Lang::Fr,
    ));
    assert!(!has(&c, "Danone", "10 milliards"), "{c:?}");
    // A former chief no longer speaks for it.
    let c = spf(&run(
        "Enel, nuovo piano industriale\n\nEnel ha presentato ieri il nuovo piano. L'ex amministratore delegato Marco Bellini ha investito 2 milioni di euro in una startup.",
        Lang::It,
    ));
    assert!(!has(&c, "Enel", "2 milioni"), "{c:?}");
    // Two parties as often named: the role names neither.
    let c = spf(&run(
        "Siemens und Bosch gründen ein Gemeinschaftsunternehmen. Siemens und Bosch teilen die Kosten. Firmenchef Jonas Albrecht kündigte an, 2 Milliarden Euro in neue Fabriken zu investieren.",
        Lang::De,
    ));
    assert!(
        !has(&c, "Siemens", "2 Milliarden") && !has(&c, "Bosch", "2 Milliarden"),
        "{c:?}"
    );
}

#[test]
fn a_party_led_by_a_person_ties_them_to_it() {
    // "X, guidata da Y": the party named right before; "il gruppo guidato da Y": the party the
    // noun refers back to. Later the person speaks for it.
    let c = spf(&run(
        "Siemens, geführt von Jonas Albrecht, hat neue Zahlen vorgelegt. Albrecht kündigte an, 2 Milliarden Euro in neue Fabriken zu investieren.",
        Lang::De,
    ));
    assert!(has(&c, "Siemens", "2 Milliarden"), "{c:?}");
    let c = spf(&run(
        "Enel, nuovo piano\n\nEnel ha presentato il piano. Il gruppo guidato da Marco Bellini ha lanciato ieri un'offerta. «È il momento giusto», ha detto Bellini, che investirà 12 miliardi di euro nelle reti.",
        Lang::It,
    ));
    assert!(has(&c, "Enel", "12 miliardi"), "{c:?}");
    let c = spf(&run(
        "Danone, dirigée par Claire Dumont, a présenté ses comptes. Claire Dumont a annoncé un investissement de 800 millions d'euros.",
        Lang::Fr,
    ));
    assert!(has(&c, "Danone", "800 millions"), "{c:?}");
    let c = spf(&run(
        "Barclays reported results on Tuesday. The bank, led by John Reed, announced record profits. Reed announced an investment of $2 billion in new technology.",
        Lang::En,
    ));
    assert!(has(&c, "Barclays", "$2 billion"), "{c:?}");
    // A consortium no noun ties to the story's party: the person keeps the figure.
    let c = spf(&run(
        "Enel, nuovo piano\n\nEnel ha presentato il piano. Un consorzio guidato da Marco Bellini ha lanciato un'offerta. «È il momento giusto», ha detto Bellini, che investirà 12 miliardi di euro nelle reti.",
        Lang::It,
    ));
    assert!(!has(&c, "Enel", "12 miliardi"), "{c:?}");
}

#[test]
fn a_name_opening_a_relative_clause_after_a_preposition_is_its_subject() {
    // ", an dem X 60 Prozent hält": "dem" is the relative pronoun, not an article, and the
    // name the clause's holder, not a complement of "an"; no person elsewhere takes it.
    let c = spf(&run(
        "Die beiden Konzerne gründen ein Joint-Venture, an dem Bosch 60 Prozent hält.",
        Lang::De,
    ));
    assert!(has(&c, "Bosch", "60 Prozent"), "{c:?}");
    let c = spf(&run(
        "Siemens-Chef Jonas Albrecht erhofft sich Rückenwind: Dort gründen die beiden Konzerne ein Joint-Venture, an dem Bosch 60 Prozent hält.",
        Lang::De,
    ));
    assert!(has(&c, "Bosch", "60 Prozent"), "{c:?}");
    assert!(!has(&c, "Jonas Albrecht", "60 Prozent"), "{c:?}");
}
