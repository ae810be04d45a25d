//! Claims of counted nouns (issue 5): a count no frame names ("30 neue Züge", "4000名患者")
//! becomes a multi-valued `count:<concept>` claim when a counted noun of
//! `data/frames/nouns.json` follows it; nothing is made for a count without such a noun, a
//! date or an ordinal, and framed claims keep their predicates. Our own sentences.

use concord::claim::nouns::CountedNouns;
use concord::claim::Claim;
use concord::{Document, Lang, Pipeline, Span};

mod common;
use common::{has_claim, run, spf};

fn counted(claims: &[Claim]) -> Vec<(String, String, String)> {
    spf(claims)
        .into_iter()
        .filter(|(_, p, _)| p.starts_with("count:"))
        .collect()
}

fn one(s: &str, p: &str, f: &str) -> Vec<(String, String, String)> {
    vec![(s.to_string(), p.to_string(), f.to_string())]
}

#[test]
fn counted_nouns_in_every_language() {
    let cases: [(Lang, &str, &str, &str, &str); 8] = [
        (
            Lang::It,
            "Siemens gestisce 25 nuovi treni sulla linea adriatica.",
            "Siemens",
            "count:train",
            "25",
        ),
        (
            Lang::De,
            "Siemens besitzt insgesamt 30 Regionalzüge.",
            "Siemens",
            "count:train",
            "30",
        ),
        (
            Lang::Fr,
            "Renault exploite 40 entrepôts en Pologne.",
            "Renault",
            "count:warehouse",
            "40",
        ),
        (
            Lang::En,
            "Pfizer enrolled 1,200 patients in the new study.",
            "Pfizer",
            "count:patient",
            "1,200",
        ),
        (
            Lang::En,
            "Siemens operates 14 data centers in Bavaria.",
            "Siemens",
            "count:data_center",
            "14",
        ),
        (
            Lang::Zh,
            "西门子拥有30列列车。",
            "Siemens",
            "count:train",
            "30",
        ),
        (
            Lang::Zh,
            "西門子擁有300台伺服器。",
            "Siemens",
            "count:server",
            "300",
        ),
        (
            Lang::It,
            "Renault possiede 2 milioni di azioni di Nissan.",
            "Renault",
            "count:share",
            "2 milioni",
        ),
    ];
    for (lang, text, s, p, f) in cases {
        let claims = run(text, lang);
        let got = counted(&claims);
        assert_eq!(got.len(), 1, "{text}: {:?}", spf(&claims));
        let (gs, gp, gf) = &got[0];
        assert_eq!(gp, p, "{text}");
        assert!(gf.starts_with(f), "{text}: figure {gf}");
        assert!(
            gs.contains(s) || s.contains(gs.as_str()),
            "{text}: subject {gs}"
        );
        let c = claims.iter().find(|c| c.predicate == p).unwrap();
        assert!(!c.functional, "{text}: a generic count is multi-valued");
        assert!(c.confidence <= 0.5, "{text}: {}", c.confidence);
        // The noun is kept as the claim's cue.
        assert_eq!(c.provenance.cues.len(), 1, "{text}");
    }
}

#[test]
fn nothing_without_a_counted_noun() {
    let cases: [(Lang, &str); 8] = [
        // A count with no noun after it.
        (Lang::It, "Trenitalia ne ha ordinati 25, secondo il piano."),
        // A noun that is no counted noun of the list.
        (Lang::En, "Pfizer said 12 reasons explained the delay."),
        (Lang::Fr, "Carrefour a cité 3 raisons pour ce retard."),
        // A date.
        (
            Lang::De,
            "Siemens eröffnet am 3. März 2026 ein Werk in Bayern.",
        ),
        (Lang::En, "Pfizer will open the plant on March 3, 2026."),
        // An ordinal.
        (Lang::En, "Pfizer is the 2nd company to open plants there."),
        (Lang::Fr, "Carrefour ouvre son 3e magasin en Pologne."),
        (Lang::Zh, "比亚迪在匈牙利建设第3座工厂。"),
    ];
    for (lang, text) in cases {
        let claims = run(text, lang);
        assert_eq!(counted(&claims), vec![], "{text}: {:?}", spf(&claims));
    }
}

#[test]
fn framed_counts_keep_their_frame() {
    // "Mitarbeiter" is a cue of headcount: the frame wins, no count:employee claim.
    let claims = run(
        "Siemens beschäftigt weltweit 320.000 Mitarbeiter.",
        Lang::De,
    );
    assert_eq!(
        spf(&claims),
        one("Siemens", "headcount", "320.000 Mitarbeiter"),
        "{:?}",
        spf(&claims)
    );
}

#[test]
fn the_same_concept_across_languages() {
    let it = run("Siemens possiede 30 treni regionali.", Lang::It);
    let de = run("Siemens besitzt insgesamt 30 Regionalzüge.", Lang::De);
    let zh = run("西門子擁有30列列車。", Lang::Zh);
    for claims in [&it, &de, &zh] {
        let c: Vec<_> = counted(claims);
        assert_eq!(c.len(), 1, "{:?}", spf(claims));
        assert_eq!(c[0].1, "count:train");
    }
}

#[test]
fn the_noun_after_the_figure() {
    fn find(text: &str, figure: &str, lang: Lang) -> Option<(String, String)> {
        let nouns = CountedNouns::embedded();
        let start = text.find(figure).unwrap();
        nouns
            .after(
                text,
                Span::new(start, start + figure.len()),
                text.len(),
                lang,
            )
            .map(|(c, span)| {
                (
                    nouns.concept(c).unwrap().to_string(),
                    span.slice(text).unwrap().to_string(),
                )
            })
    }
    fn some(c: &str, n: &str) -> Option<(String, String)> {
        Some((c.to_string(), n.to_string()))
    }
    assert_eq!(
        find("con 2 milioni di utenti attivi", "2 milioni", Lang::It),
        some("user", "utenti")
    );
    assert_eq!(
        find("compte 2 millions d'utilisateurs", "2 millions", Lang::Fr),
        some("user", "utilisateurs")
    );
    assert_eq!(
        find("a installé 300 points de recharge", "300", Lang::Fr),
        some("charging_point", "points de recharge")
    );
    assert_eq!(
        find("ordered 40 new electric buses", "40", Lang::En),
        some("bus", "buses")
    );
    assert_eq!(
        find("rund 800 Server-Racks und", "800", Lang::De),
        None,
        "a hyphenated compound is one word of no known ending"
    );
    assert_eq!(
        find("mit 4000 Serverracks", "4000", Lang::De),
        None,
        "an ending not listed"
    );
    assert_eq!(
        find("共有800名員工", "800", Lang::Zh),
        some("employee", "員工")
    );
    assert_eq!(
        find("约4000名患者", "4000", Lang::Zh),
        some("patient", "患者")
    );
    assert_eq!(
        find("发行1000万股新股", "1000万", Lang::Zh),
        some("share", "股")
    );
    assert_eq!(find("销量增长3倍", "3", Lang::Zh), None);
    assert_eq!(
        find("5 volte più clienti", "5", Lang::It),
        None,
        "a multiplier is no adjective"
    );
    assert_eq!(find("30 in più", "30", Lang::It), None);
}

#[test]
fn embedded_data_parses() {
    let data: serde_json::Value =
        serde_json::from_str(include_str!("../data/frames/nouns.json")).unwrap();
    let n = data["nouns"].as_object().unwrap().len();
    assert!(n >= 100, "{n} concepts");
    assert_eq!(CountedNouns::embedded().concept(0), Some("employee"));
}

#[test]
fn counted_nouns_loaded_by_a_user_reach_extraction() {
    let text = "Siemens besitzt 40 Alpakas.";
    let mut p = Pipeline::default();
    // Not a noun of the embedded list: no claim.
    let before = p
        .analyze(&Document::new("t.txt", text).with_lang(Lang::De))
        .unwrap()
        .claims;
    assert!(counted(&before).is_empty(), "{:?}", spf(&before));
    let mine =
        CountedNouns::from_json("mine", r#"{"nouns": {"alpaca": {"de": ["Alpakas"]}}}"#).unwrap();
    p.frames = p.frames.clone().with_counted_nouns(mine);
    let claims = p
        .analyze(&Document::new("t.txt", text).with_lang(Lang::De))
        .unwrap()
        .claims;
    assert_eq!(
        counted(&claims),
        one("Siemens", "count:alpaca", "40 Alpakas")
    );
}

/// (predicate, figure surface) of every claim of `text` whose predicate starts with `count:`,
/// or is one of the disaster frames a counted noun maps to.
fn keyed(text: &str, lang: Lang) -> Vec<(String, String)> {
    run(text, lang)
        .into_iter()
        .filter(|c| {
            c.predicate.starts_with("count:")
                || ["deaths", "injured", "trapped", "evacuees"].contains(&c.predicate.as_str())
        })
        .map(|c| (c.predicate, c.provenance.text))
        .collect()
}

/// Asserts that each `(lang, text, predicate, figure)` case makes a claim of that predicate on a
/// figure whose surface holds `figure`.
fn assert_each_keyed(cases: &[(Lang, &str, &str, &str)]) {
    for &(lang, text, p, f) in cases {
        let claims = spf(&run(text, lang));
        assert!(
            claims.iter().any(|(_, gp, gf)| gp == p && gf.contains(f)),
            "{text}: {claims:?}"
        );
    }
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(p, f)| (p.to_string(), f.to_string()))
        .collect()
}

#[test]
fn the_people_and_things_of_general_news_are_counted() {
    let cases: [(Lang, &str, &str, &str); 17] = [
        (
            Lang::Fr,
            "Le Louvre a accueilli 1 200 invités lors du gala.",
            "count:guest",
            "1 200",
        ),
        (
            Lang::It,
            "Il Louvre ha ricevuto doni da circa 80.000 donatori.",
            "count:donor",
            "circa 80.000",
        ),
        (
            Lang::De,
            "Siemens setzt 300 Handwerker auf der Baustelle ein.",
            "count:craftsman",
            "300 Handwerker",
        ),
        (
            Lang::En,
            "Spain deployed 7,500 soldiers to the coast.",
            "count:soldier",
            "7,500",
        ),
        (
            Lang::Fr,
            "La France a mobilisé 4 000 policiers et gendarmes.",
            "count:police_officer",
            "4 000",
        ),
        (
            Lang::It,
            "La Spagna ha inviato 500 vigili del fuoco nella zona.",
            "count:firefighter",
            "500",
        ),
        (
            Lang::De,
            "Europol hat 120 Ermittler auf den Fall angesetzt.",
            "count:investigator",
            "120 Ermittler",
        ),
        (
            Lang::Fr,
            "Le Louvre compte une centaine d'enquêteurs.",
            "count:investigator",
            "une centaine",
        ),
        (
            Lang::De,
            "Cartier zeigt in Paris sechs Schmuckstücke.",
            "count:jewel",
            "sechs Schmuckstücke",
        ),
        (
            Lang::Fr,
            "Cartier expose un collier serti de 640 diamants.",
            "count:diamond",
            "640",
        ),
        (
            Lang::It,
            "Il Louvre ha restaurato 300 dipinti del Rinascimento.",
            "count:artwork",
            "300",
        ),
        (
            Lang::En,
            "Siemens planted 4,000 oaks around the plant.",
            "count:tree",
            "4,000",
        ),
        (
            Lang::De,
            "Die Diebe von Siemens entkamen auf zwei Motorrollern.",
            "count:scooter",
            "zwei Motorrollern",
        ),
        (
            Lang::Zh,
            "西班牙增派3000名士兵。",
            "count:soldier",
            "3000名",
        ),
        (
            Lang::Zh,
            "西門子的皇冠鑲有800顆鑽石。",
            "count:diamond",
            "800",
        ),
        (
            Lang::Zh,
            "法國警方約有60名調查人員。",
            "count:investigator",
            "60名",
        ),
        (
            Lang::Zh,
            "法國總統與約40位國家元首會面。",
            "count:head_of_state",
            "40位",
        ),
    ];
    assert_each_keyed(&cases);
}

#[test]
fn coordinated_counts_keep_their_own_nouns() {
    // The second figure of "X Soldaten und Y Polizisten" counts police officers, not soldiers.
    assert_eq!(
        keyed(
            "Spanien schickte 5000 Soldaten und 3000 Polizisten in die Region.",
            Lang::De
        ),
        pairs(&[
            ("count:soldier", "5000 Soldaten"),
            ("count:police_officer", "3000 Polizisten")
        ])
    );
    assert_eq!(
        keyed(
            "Le Louvre a accueilli 1 500 invités et 300 000 donateurs.",
            Lang::Fr
        ),
        pairs(&[("count:guest", "1 500"), ("count:donor", "300 000")])
    );
    assert_eq!(
        keyed("西班牙增派5000名士兵和2000名警察。", Lang::Zh),
        pairs(&[
            ("count:soldier", "5000名"),
            ("count:police_officer", "2000名")
        ])
    );
}

#[test]
fn the_toll_of_a_disaster_by_its_noun() {
    // A noun of the dead, the injured, the missing names the disaster frame even where the
    // nearest cue is another's ("89 Vermisste" after "Tote").
    assert_eq!(
        keyed(
            "In Bayern gab es 12 Tote, 30 Verletzte und 89 Vermisste.",
            Lang::De
        ),
        pairs(&[
            ("deaths", "12 Tote"),
            ("injured", "30 Verletzte"),
            ("trapped", "89 Vermisste")
        ])
    );
    assert_eq!(
        keyed("Spain counted 89 people missing and 211 dead.", Lang::En),
        pairs(&[("trapped", "89"), ("deaths", "211")])
    );
    // Soldiers, children, firefighters killed are deaths: the frame counts them.
    assert_eq!(
        keyed("In Italia sono morti 4 vigili del fuoco.", Lang::It),
        pairs(&[("deaths", "4")])
    );
}

#[test]
fn no_count_of_a_word_that_is_no_noun_there() {
    for (lang, text) in [
        // "minor" is an adjective here, not a child.
        (Lang::En, "Pfizer reported 3 minor defects in the batch."),
        // "missing" alone qualifies another noun.
        (Lang::En, "Pfizer found 5 missing pages in the report."),
        // A one-character noun is no noun after modifiers ("省" of "省分担").
        (Lang::Zh, "费用由两个自治省分担。"),
    ] {
        let got = keyed(text, lang);
        assert!(
            got.iter()
                .all(|(p, _)| !["count:child", "trapped", "count:region"].contains(&p.as_str())),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn chinese_nouns_after_a_classifier_and_its_modifiers() {
    fn find(text: &str, figure: &str) -> Option<(String, String)> {
        let nouns = CountedNouns::embedded();
        let start = text.find(figure).unwrap();
        nouns
            .after(
                text,
                Span::new(start, start + figure.len()),
                text.len(),
                Lang::Zh,
            )
            .map(|(c, span)| {
                (
                    nouns.concept(c).unwrap().to_string(),
                    span.slice(text).unwrap().to_string(),
                )
            })
    }
    let some = |c: &str, n: &str| Some((c.to_string(), n.to_string()));
    // A classifier, then the noun.
    assert_eq!(find("打破兩個展示櫃", "兩"), some("display_case", "展示櫃"));
    assert_eq!(find("鑲有1354顆鑽石", "1354"), some("diamond", "鑽石"));
    // A classifier, modifiers, then the noun.
    assert_eq!(find("偷走8件法國王室珠寶", "8"), some("jewel", "珠寶"));
    assert_eq!(find("使用了500棵法國橡樹", "500"), some("tree", "橡樹"));
    // An electric vehicle is a car ("電動車"), an electric scooter a scooter ("電動機車").
    assert_eq!(
        find("供應50萬輛電動車的電池", "50萬"),
        some("car", "電動車")
    );
    assert_eq!(
        find("售出3萬輛電動機車", "3萬"),
        some("scooter", "電動機車")
    );
    // A figure that took its classifier in.
    assert_eq!(find("增派5000名士兵", "5000名"), some("soldier", "士兵"));
    // Not past a digit or punctuation, nor more than a few characters of modifiers.
    assert_eq!(find("共有5名，工程師", "5"), None);
    assert_eq!(find("有5名來自法國南部的工程師", "5"), None);
    // Without a classifier the noun follows the figure at once.
    assert_eq!(find("有5來自法國的工程師", "5"), None);
    // A classifier with no noun after it counts the noun before the figure, past words of
    // counting ("总数", "超过", "近").
    assert_eq!(
        find("西门子门店总数超过3000家。", "3000家"),
        some("store", "门店")
    );
    assert_eq!(
        find("參與的工程師近200名，", "200名"),
        some("engineer", "工程師")
    );
    // Of two joined nouns before the figure, the first names the count, as after it.
    assert_eq!(
        find("參與的工程師與工人近200名，", "200名"),
        some("engineer", "工程師與工人")
    );
    // Not past other words ("收治了"), nor without a classifier.
    assert_eq!(find("醫院收治了30名。", "30名"), None);
    assert_eq!(find("工程師近200，", "200"), None);
}

#[test]
fn more_things_of_general_news_are_counted() {
    let cases: [(Lang, &str, &str, &str); 9] = [
        (
            Lang::It,
            "La Juventus ha disputato 12 partite in un mese.",
            "count:match",
            "12",
        ),
        (
            Lang::It,
            "Il Vaticano ha accolto 3 milioni di pellegrini.",
            "count:pilgrim",
            "3 milioni",
        ),
        (
            Lang::De,
            "Die Ukraine meldete 40 Luftangriffe.",
            "count:attack",
            "40 Luftangriffe",
        ),
        // Parcels sent are units delivered.
        (
            Lang::De,
            "Siemens verschickte 2000 Pakete.",
            "unit_sales",
            "2000 Pakete",
        ),
        (
            Lang::Fr,
            "La Grèce a recensé 120 incendies.",
            "count:fire",
            "120",
        ),
        (
            Lang::En,
            "Ukraine reported 40 airstrikes overnight.",
            "count:attack",
            "40",
        ),
        (Lang::Zh, "中國隊獲得40枚獎牌。", "count:medal", "40枚"),
        // Gold medals are a count of their own.
        (
            Lang::De,
            "Deutschland gewann sieben Goldmedaillen und 21 Medaillen.",
            "count:gold_medal",
            "sieben Goldmedaillen",
        ),
        // A noun whose fact a frame names takes that frame's key.
        (
            Lang::En,
            "Japan recorded 120 aftershocks.",
            "aftershocks",
            "120",
        ),
    ];
    assert_each_keyed(&cases);
    // A strike of workers is no attack.
    let claims = run("Ukraine reported 3 strikes by workers.", Lang::En);
    assert!(counted(&claims).is_empty(), "{:?}", spf(&claims));
}

#[test]
fn a_unions_members_are_the_unions_and_their_vote_is_a_vote_share() {
    // The members of a body named with its head noun ("der Gewerkschaft X", "al sindacato X",
    // "du syndicat X") are that body's, whatever employer the sentence names; their vote is
    // the share of the votes the proposal got.
    for (lang, text, union, members, vote) in [
        (
            Lang::De,
            "Die rund 12.000 Mitglieder der Gewerkschaft Verdi bei der Lufthansa stimmten mit 72 Prozent für den neuen Tarifvertrag.",
            "Verdi",
            "12.000",
            "72 Prozent",
        ),
        (
            Lang::It,
            "I 4mila iscritti al sindacato Fiom hanno approvato l'accordo con Fincantieri con il 61% dei voti.",
            "Fiom",
            "4mila",
            "61%",
        ),
        (
            Lang::Fr,
            "Les 9 000 adhérents du syndicat CGT chez Renault ont voté à 68 % pour le nouvel accord.",
            "CGT",
            "9 000",
            "68 %",
        ),
    ] {
        has_claim(lang, text, union, "count:member", members);
        has_claim(lang, text, union, "vote_share", vote);
    }
    has_claim(
        Lang::De,
        "Die 2.500 Mitglieder der Metallgewerkschaft IG Metall bei Bosch stimmten zu.",
        "IG Metall",
        "count:member",
        "2.500",
    );
    // Chinese: the members who voted, and the share that rejected an earlier offer.
    has_claim(
        Lang::Zh,
        "代表工人的法國總工會（CGT）表示，72%投票成員贊成這份提案。",
        "CGT",
        "vote_share",
        "72%",
    );
    has_claim(
        Lang::Zh,
        "法國總工會（CGT）的會員上月才以64%的比例否決了前一版提案。",
        "CGT",
        "vote_share",
        "64%",
    );
}

#[test]
fn days_on_the_picket_line_are_a_strikes_duration() {
    has_claim(
        Lang::It,
        "Fincantieri: dopo 20 giorni di picchetti gli operai tornano al lavoro.",
        "Fincantieri",
        "strike_duration",
        "20 giorni",
    );
}

#[test]
fn strikers_and_skilled_workers_are_counted_as_people_never_as_an_order() {
    for (lang, text, holder, key, figure) in [
        (
            Lang::De,
            "Rund 3.000 Streikende bei Siemens versammelten sich vor dem Werk.",
            "Siemens",
            "strikers",
            "3.000",
        ),
        (
            Lang::Fr,
            "Les 2 000 grévistes de Michelin ont repris le travail lundi.",
            "Michelin",
            "strikers",
            "2 000",
        ),
        (
            Lang::It,
            "I 3mila scioperanti di Fincantieri hanno manifestato a Trieste.",
            "Fincantieri",
            "strikers",
            "3mila",
        ),
        (
            Lang::It,
            "Ieri i 900 macchinisti di Fincantieri sono tornati al lavoro.",
            "Fincantieri",
            "headcount",
            "900",
        ),
        (
            Lang::De,
            "Die 700 Hafenarbeiter von Hapag-Lloyd legten die Arbeit nieder.",
            "Hapag-Lloyd",
            "headcount",
            "700",
        ),
        // A contract nearby is no order of the workers who vote on it.
        (
            Lang::Zh,
            "空中巴士約1萬2000名機械師今天投票通過資方最新合約提案。",
            "Airbus",
            "headcount",
            "1萬2000名",
        ),
    ] {
        has_claim(lang, text, holder, key, figure);
    }
}
