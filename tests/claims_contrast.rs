//! A clause that a contrastive conjunction opens ("mentre", "tandis que", "während", "while",
//! "alors que", "wohingegen", "whereas", "而")
//! and that names a party of its own restates the fact of the figure before it for that party:
//! "Orvane's shares rose 4%, while Talvik lost 2%" is Talvik's share price move, not a bare
//! change, nor nothing. A cue of the clause's own keeps its own fact; a clause that names no
//! party restates nothing for the party before it.

mod common;

use common::claims_marking;
use concord::claim::Claim;
use concord::Lang;

/// The claims of `text` in `lang`, the two parties of these tests marked as organizations.
fn claims(lang: Lang, text: &str) -> Vec<Claim> {
    claims_marking(lang, text, &["Orvane", "Talvik"])
}

/// (subject, predicate, object) of the claim on the figure whose surface is `figure`.
fn on(cs: &[Claim], figure: &str) -> Option<(String, String, String)> {
    cs.iter().find(|c| c.provenance.text == figure).map(|c| {
        (
            c.subject.as_ref().map_or(String::new(), |s| s.name.clone()),
            c.predicate.clone(),
            c.object.as_ref().map_or(String::new(), |s| s.name.clone()),
        )
    })
}

fn spo(s: &str, p: &str, o: &str) -> Option<(String, String, String)> {
    Some((s.into(), p.into(), o.into()))
}

#[test]
fn the_second_party_of_a_contrast_takes_the_first_fact() {
    let cases = [
        (
            Lang::Fr,
            "Le titre Orvane a bondi de 9 % à Francfort, tandis que Talvik cédait 0,8 % à Paris.",
            "9 %",
            "0,8 %",
        ),
        (
            Lang::It,
            "In Borsa il titolo Orvane è salito del 9,3%, mentre Talvik ha ceduto il 2%.",
            "9,3%",
            "2%",
        ),
        (
            Lang::De,
            "Die Aktie von Orvane stieg um 4 Prozent, während Talvik 2 Prozent verlor.",
            "4 Prozent",
            "2 Prozent",
        ),
        (
            Lang::En,
            "Orvane shares rose 4%, while Talvik lost 2%.",
            "4%",
            "2%",
        ),
        // Words that open a contrast without being listed as conjunctions.
        (
            Lang::En,
            "Orvane shares rose 4%, whereas Talvik lost 2%.",
            "4%",
            "2%",
        ),
        (
            Lang::Fr,
            "L'action Orvane a gagné 4 %, alors que Talvik a perdu 2 %.",
            "4 %",
            "2 %",
        ),
        (
            Lang::De,
            "Die Aktie von Orvane stieg um 4 Prozent, wohingegen Talvik 2 Prozent verlor.",
            "4 Prozent",
            "2 Prozent",
        ),
        (Lang::Zh, "Orvane股价上涨4%，而Talvik下跌2%。", "4%", "2%"),
    ];
    for (lang, text, first, second) in cases {
        let cs = claims(lang, text);
        assert_eq!(
            on(&cs, first),
            spo("Orvane", "share_price_change", ""),
            "{text}"
        );
        assert_eq!(
            on(&cs, second),
            spo("Talvik", "share_price_change", ""),
            "{text}"
        );
    }
}

#[test]
fn the_rest_of_a_split_stake_is_the_second_partys() {
    let cases = [
        (
            Lang::It,
            "Orvane detiene il 60% del consorzio, mentre Talvik ha il restante 40%.",
            "40%",
        ),
        (
            Lang::Fr,
            "Orvane détient 60 % du consortium, tandis que Talvik en a les 40 % restants.",
            "40 %",
        ),
        (Lang::Zh, "Orvane持股60%，而Talvik持有其余40%。", "40%"),
    ];
    for (lang, text, fig) in cases {
        // The restating clause names its own party only: the first clause's names are no
        // object of it.
        assert_eq!(
            on(&claims(lang, text), fig),
            spo("Talvik", "stake", ""),
            "{text}"
        );
    }
    // After the figure, a party a preposition introduces holds it.
    let text = "La joint venture sarà controllata da Orvane al 51%, mentre il 49% andrà a Talvik.";
    let got = on(&claims(Lang::It, text), "49%");
    assert_eq!(
        got.map(|(s, p, _)| (s, p)),
        Some(("Talvik".into(), "stake".into())),
        "{text}"
    );
}

#[test]
fn a_cue_of_its_own_or_no_party_restates_nothing() {
    // Its own cue names another fact.
    let text =
        "Il titolo Orvane ha guadagnato il 3%, mentre i ricavi di Talvik sono cresciuti del 5%.";
    assert_eq!(
        on(&claims(Lang::It, text), "5%"),
        spo("Talvik", "revenue_growth", ""),
        "{text}"
    );
    // No party of its own: the index's move is never Orvane's share price.
    let text = "Il titolo Orvane ha guadagnato il 3%, mentre l'indice ha perso l'1%.";
    let got = on(&claims(Lang::It, text), "1%");
    assert_ne!(got, spo("Orvane", "share_price_change", ""), "{text}");
    // Another clause in between: nothing is restated across it.
    let text = "Orvane shares rose 4%, the index fell 1%, while Talvik lost 2%.";
    let got = on(&claims(Lang::En, text), "1%");
    assert_ne!(got, spo("Orvane", "share_price_change", ""), "{text}");
}
