//! Justice and courts: a criminal sentence and its parts (suspended, to be served), bans from
//! standing for office, driving or working, the people a court convicts and the money an
//! offence diverted. The convicted person holds the sentence, never the court nor the victim
//! whose funds were taken. Our own sentences with invented people and figures.

use concord::Lang::{De, En, Fr, It, Zh};

mod common;
use common::{never, run, spf, states};

#[test]
fn a_ban_from_office_driving_or_a_profession_is_the_convicted_person_s() {
    for (lang, text, figure, subject) in [
        (
            Fr,
            "Paul Garnier a été condamné à trois ans d'inéligibilité.",
            "trois ans",
            "Paul Garnier",
        ),
        (
            It,
            "Sergio Valli è stato condannato a quattro anni di interdizione dai pubblici uffici.",
            "quattro anni",
            "Sergio Valli",
        ),
        (
            It,
            "Giulia Rinaldi è stata dichiarata ineleggibile per sei anni.",
            "sei anni",
            "Giulia Rinaldi",
        ),
        (
            De,
            "Tobias Kranz erhielt vom Amtsgericht ein Fahrverbot von sechs Monaten.",
            "sechs Monaten",
            "Tobias Kranz",
        ),
        (
            En,
            "Owen Hartley was barred from holding office for ten years.",
            "ten years",
            "Owen Hartley",
        ),
    ] {
        states(lang, text, figure, "ban", subject);
    }
}

#[test]
fn a_part_of_a_sentence_is_suspended_or_to_be_served() {
    for (lang, text, figure, key, subject) in [
        (
            Fr,
            "Hugo Lambert a été condamné à cinq ans de prison, dont trois avec sursis.",
            "trois",
            "suspended_sentence",
            "Hugo Lambert",
        ),
        (
            Fr,
            "Claire Dumont a écopé de 30 mois d'emprisonnement, dont dix ferme sous bracelet électronique.",
            "dix",
            "sentence_to_serve",
            "Claire Dumont",
        ),
        (
            It,
            "Il giudice ha condannato Paolo Neri a sei anni di reclusione, di cui due con la condizionale.",
            "due",
            "suspended_sentence",
            "Paolo Neri",
        ),
        (
            It,
            "Il tribunale ha condannato Luca Bassi a otto anni di carcere, cinque dei quali da scontare ai domiciliari.",
            "cinque",
            "sentence_to_serve",
            "Luca Bassi",
        ),
        (
            De,
            "Das Landgericht verurteilte Jonas Keller zu vier Jahren Haft, davon zwei auf Bewährung.",
            "zwei",
            "suspended_sentence",
            "Jonas Keller",
        ),
    ] {
        states(lang, text, figure, key, subject);
    }
    // The whole term, "ferme" or not, stays the prison sentence.
    states(
        Fr,
        "Hugo Lambert a été condamné à cinq ans de prison, dont trois avec sursis.",
        "cinq ans",
        "prison_sentence",
        "Hugo Lambert",
    );
    // A factory that closes for two weeks serves no sentence.
    never(
        Fr,
        "L'usine Verlac ferme pendant deux semaines cet été.",
        "deux semaines",
        "sentence_to_serve",
    );
}

#[test]
fn the_part_s_bare_number_takes_the_unit_of_the_whole() {
    for (lang, text, figure, value, unit) in [
        (
            Fr,
            "Le maire a écopé de six ans, dont trois ferme.",
            "trois",
            "3",
            "years",
        ),
        (
            It,
            "Ha avuto sette anni di carcere, di cui tre con la condizionale.",
            "tre",
            "3",
            "years",
        ),
        (
            It,
            "Ha avuto nove anni, cinque dei quali da scontare.",
            "cinque",
            "5",
            "years",
        ),
        (
            De,
            "Er bekam drei Jahre Haft, davon zwei auf Bewährung.",
            "zwei",
            "2",
            "years",
        ),
        (
            Fr,
            "La société paiera 4 millions d'euros d'amende, dont deux millions avec sursis.",
            "deux millions",
            "2000000",
            "EUR",
        ),
        (
            En,
            "He was jailed for six years, two of which suspended.",
            "two",
            "2",
            "years",
        ),
    ] {
        let qs = concord::quantity::scan(text, lang);
        let m = qs
            .iter()
            .find(|m| &text[m.span.start..m.span.end] == figure)
            .unwrap_or_else(|| panic!("no {figure:?} in {text:?}"));
        assert_eq!(
            (m.quantity.value.to_string(), m.quantity.unit.to_string()),
            (value.to_string(), unit.to_string()),
            "{text}"
        );
    }
}

#[test]
fn the_victim_whose_funds_were_taken_holds_no_sentence() {
    // The sentence is the convicted person's, not the body whose money was diverted.
    let text = "Paul Garnier a été reconnu coupable d'avoir détourné des fonds du Conseil de l'Europe et condamné à trois ans de prison.";
    let claims = run(text, Fr);
    assert!(
        claims
            .iter()
            .filter(|c| c.provenance.text.contains("trois ans"))
            .all(|c| c
                .subject
                .as_ref()
                .is_none_or(|s| !s.name.contains("Council of Europe"))),
        "{:?}",
        spf(&claims)
    );
    states(
        It,
        "Sergio Valli, accusato di peculato ai danni della Regione Lombardia, è stato condannato a cinque anni di reclusione.",
        "cinque anni",
        "prison_sentence",
        "Sergio Valli",
    );
}

#[test]
fn the_convicted_person_named_before_holds_the_sentence_of_a_sentence_that_names_nobody() {
    states(
        Fr,
        "Paul Garnier était jugé depuis lundi à Lyon. L'ancien maire a été condamné à deux ans d'emprisonnement.",
        "deux ans",
        "prison_sentence",
        "Paul Garnier",
    );
}

#[test]
fn how_many_a_court_convicts_is_a_count_of_the_case() {
    for (lang, text, figure) in [
        (
            Fr,
            "Dans l'affaire du groupe Veolia, 14 prévenus ont été condamnés mardi.",
            "14",
        ),
        (
            It,
            "Nel processo sulla Fiat, 9 imputati sono stati giudicati colpevoli.",
            "9",
        ),
        (
            En,
            "In the Siemens case, 11 former managers were convicted on Monday.",
            "11",
        ),
    ] {
        let claims = run(text, lang);
        assert!(
            claims
                .iter()
                .any(|c| c.provenance.text.contains(figure) && c.predicate == "convicted_count"),
            "{text}: {:?}",
            spf(&claims)
        );
    }
}

#[test]
fn money_diverted_is_the_offender_s() {
    for (lang, text, figure) in [
        (
            It,
            "Secondo l'accusa, Sergio Valli ha sottratto 3,4 milioni di euro alla società.",
            "3,4 milioni di euro",
        ),
        (
            De,
            "Tobias Kranz soll 1,2 Millionen Euro veruntreut haben.",
            "1,2 Millionen Euro",
        ),
        (
            En,
            "Owen Hartley embezzled $2.5 million from the charity.",
            "$2.5 million",
        ),
    ] {
        let claims = run(text, lang);
        assert!(
            claims
                .iter()
                .any(|c| c.provenance.text.contains(figure) && c.predicate == "embezzlement"),
            "{text}: {:?}",
            spf(&claims)
        );
    }
    // In Chinese, the body a verb of the offence governs is the victim ("挪用X的資金").
    let text = "前市長陳國華被法院裁定挪用歐洲議會公帑罪成，判囚3年，其中1年緩刑。";
    let claims = run(text, Zh);
    assert!(
        claims
            .iter()
            .filter(|c| c.provenance.text.contains('3') || c.provenance.text.contains('1'))
            .all(|c| c
                .subject
                .as_ref()
                .is_none_or(|s| s.name != "European Parliament")),
        "{:?}",
        spf(&claims)
    );
}

#[test]
fn what_the_prosecution_asks_for_is_a_request_not_the_sentence() {
    let text = "Paul Garnier risque gros : le parquet avait requis cinq ans de prison, dont trois avec sursis, et 80 000 euros d'amende.";
    for (figure, key) in [
        ("cinq ans", "prison_sentence_requested"),
        ("trois", "suspended_sentence_requested"),
        ("80 000 euros", "fine_requested"),
    ] {
        states(Fr, text, figure, key, "Paul Garnier");
    }
    let text = "Carlo Ferri è stato processato a Torino.\n\nA ottobre il pm aveva chiesto per l'ex sindaco 7 anni di reclusione, di cui due con la condizionale, e 150mila euro di multa.";
    for (figure, key) in [
        ("7 anni", "prison_sentence_requested"),
        ("due", "suspended_sentence_requested"),
        ("150mila euro", "fine_requested"),
    ] {
        states(It, text, figure, key, "Carlo Ferri");
    }
    // A clause of its own after the request is the court's decision.
    let text = "Il pm aveva chiesto 9 anni per Carlo Ferri, il tribunale ha condannato Carlo Ferri a 6 anni di reclusione.";
    states(It, text, "6 anni", "prison_sentence", "Carlo Ferri");
}

#[test]
fn the_body_whose_funds_were_taken_is_not_carried_over_as_the_offender() {
    let text = "Selon le jugement, Hugo Lambert payait ses collaborateurs avec des fonds du Conseil régional. Le tribunal a chiffré le préjudice à 1,4 million d'euros.";
    let claims = run(text, Fr);
    assert!(
        claims
            .iter()
            .filter(|c| c.provenance.text.contains("1,4 million"))
            .all(|c| c
                .subject
                .as_ref()
                .is_none_or(|s| !s.name.contains("Conseil"))),
        "{:?}",
        spf(&claims)
    );
}

#[test]
fn in_chinese_the_body_whose_funds_were_used_is_no_offender() {
    let text =
        "法院裁定，前市長陳國華在任內利用市政府撥付的專款，支付私人開支，涉案金額逾300萬元。";
    let claims = run(text, Zh);
    assert!(
        claims
            .iter()
            .filter(|c| c.provenance.text.contains("300萬"))
            .all(|c| c
                .subject
                .as_ref()
                .is_none_or(|s| !s.name.contains("市政府"))),
        "{:?}",
        spf(&claims)
    );
    states(Zh, text, "300萬", "embezzlement", "陳國華");
}
