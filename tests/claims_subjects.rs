//! Subjects on hand-made sentences (issue 5): a person who leads an organization speaks for it
//! where the fact is the organization's; the deal's buyer takes the facts of a buyer.

mod common;

use common::{run, spf};
use concord::Lang;

fn has(claims: &[(String, String, String)], subject: &str, figure: &str) -> bool {
    claims
        .iter()
        .any(|(s, _, f)| s == subject && f.contains(figure))
}

#[test]
fn a_leader_in_apposition_speaks_for_the_company() {
    let c = spf(&run(
        "Marco Bellini, amministratore delegato di Enel, ha annunciato investimenti per 3 miliardi di euro nelle reti.",
        Lang::It,
    ));
    assert!(has(&c, "Enel", "3 miliardi"), "{c:?}");
    let c = spf(&run(
        "Claire Dumont, directrice générale de Danone, a annoncé un investissement de 800 millions d'euros.",
        Lang::Fr,
    ));
    assert!(has(&c, "Danone", "800 millions"), "{c:?}");
}

#[test]
fn a_leader_named_after_the_role_speaks_for_the_company() {
    // "Le PDG de X, Y, ..." and the next sentence refers back.
    let c = spf(&run(
        "Le PDG de Danone, Paul Mercier, a présenté les comptes. L'entreprise a réalisé un chiffre d'affaires de 27 milliards d'euros.",
        Lang::Fr,
    ));
    assert!(has(&c, "Danone", "27 milliards"), "{c:?}");
    let c = spf(&run(
        "Siemens-Chef Jonas Albrecht kündigte an, 2 Milliarden Euro in neue Werke zu investieren.",
        Lang::De,
    ));
    assert!(has(&c, "Siemens", "2 Milliarden"), "{c:?}");
}

#[test]
fn a_chinese_leader_after_the_company_speaks_for_it() {
    let c = spf(&run(
        "西门子总裁王建国表示，公司将投资10亿欧元建设新工厂。",
        Lang::Zh,
    ));
    assert!(has(&c, "Siemens", "10亿欧元"), "{c:?}");
}

#[test]
fn a_founder_keeps_his_own_stake() {
    // What a person may hold in their own name stays theirs.
    let c = spf(&run(
        "Luca Ferri, fondatore di Enel, detiene una quota del 12% della società.",
        Lang::It,
    ));
    assert!(!has(&c, "Enel", "12%"), "{c:?}");
}

#[test]
fn a_person_without_a_role_is_not_moved() {
    // No role links the two names: nothing moves.
    let c = spf(&run(
        "Claire Dumont a rencontré Danone la semaine dernière. Claire Dumont a investi 5 millions d'euros dans une jeune pousse.",
        Lang::Fr,
    ));
    assert!(!has(&c, "Danone", "5 millions"), "{c:?}");
}

#[test]
fn the_deal_figures_belong_to_the_buyer() {
    // German: the verb comes last ("X will Y übernehmen"); the closing's sentence names the
    // regulator after the figure.
    let c = spf(&run(
        "Siemens will Continental übernehmen. Der Abschluss soll binnen acht Monaten erfolgen, die EU-Kommission muss noch zustimmen. Continental erwartet Synergien von 400 Millionen Euro.",
        Lang::De,
    ));
    assert!(has(&c, "Siemens", "acht Monaten"), "{c:?}");
    assert!(has(&c, "Siemens", "400 Millionen"), "{c:?}");
    let c = spf(&run(
        "Enel lancia un'offerta su Edison. Il prezzo incorpora un premio del 19% per gli azionisti di Edison.",
        Lang::It,
    ));
    assert!(has(&c, "Enel", "19%"), "{c:?}");
}

#[test]
fn a_noun_naming_a_party_of_the_deal_names_the_subject() {
    let c = spf(&run(
        "Danone a annoncé le rachat de Renault. L'acquéreur reprendra aussi une dette de 3 milliards d'euros. Sa cible compte près de 9500 salariés.",
        Lang::Fr,
    ));
    assert!(has(&c, "Danone", "3 milliards"), "{c:?}");
    assert!(has(&c, "Renault", "9500"), "{c:?}");
    let c = spf(&run(
        "Siemens übernimmt die Mehrheit an Continental. Der Käufer hat für die Übernahme 5 Milliarden Euro geboten.",
        Lang::De,
    ));
    assert!(has(&c, "Siemens", "5 Milliarden"), "{c:?}");
}

#[test]
fn another_deal_in_the_story_keeps_its_own_buyer() {
    // A named organization before the figure, not the target: another deal.
    let c = spf(&run(
        "Enel lancia un'offerta su Edison. Nel 2019 Eni aveva acquisito Saipem per 2 miliardi di euro.",
        Lang::It,
    ));
    assert!(!has(&c, "Enel", "2 miliardi"), "{c:?}");
}

#[test]
fn a_chinese_deal_figure_belongs_to_the_buyer() {
    let c = spf(&run(
        "西门子宣布收购大陆集团。交易预计在九个月内完成，需获得欧盟委员会批准。",
        Lang::Zh,
    ));
    assert!(has(&c, "Siemens", "九个月"), "{c:?}");
}

#[test]
fn no_deal_no_buyer() {
    // A story without a takeover: nothing is given to anybody's buyer.
    let c = spf(&run(
        "Siemens ha chiuso il trimestre con ricavi per 19 miliardi di euro. Enel ha presentato il piano. La chiusura dei lavori è prevista entro sei mesi.",
        Lang::It,
    ));
    assert!(!has(&c, "Siemens", "sei mesi"), "{c:?}");
    assert!(has(&c, "Siemens", "19 miliardi"), "{c:?}");
}

#[test]
fn paying_names_the_price_only_in_a_takeover_story() {
    let c = spf(&run(
        "Siemens übernimmt Continental. Die Münchner zahlen 6 Milliarden Euro in bar.",
        Lang::De,
    ));
    assert!(
        c.iter().any(|(s, p, f)| s == "Siemens"
            && p == "acquisition_price"
            && f.contains("6 Milliarden")),
        "{c:?}"
    );
    // No takeover: paying is no price of a deal.
    let c = spf(&run(
        "Siemens zahlt seinen Aktionären 3 Milliarden Euro.",
        Lang::De,
    ));
    assert!(!c.iter().any(|(_, p, _)| p == "acquisition_price"), "{c:?}");
}

#[test]
fn a_seller_after_da_is_no_buyer() {
    // "X compra Y da Z": Z sells.
    let c = spf(&run(
        "Enel compra Edison da Siemens. Il gruppo pagherà 2 miliardi di euro in contanti.",
        Lang::It,
    ));
    assert!(
        !c.iter()
            .any(|(s, _, f)| s == "Siemens" && f.contains("2 miliardi")),
        "{c:?}"
    );
}

#[test]
fn a_name_after_a_semicolon_opens_its_own_clause() {
    let c = spf(&run(
        "Siemens porta in dote ricavi per 4,2 miliardi di euro e circa 3.000 dipendenti; Enel conta 12 milioni di clienti.",
        Lang::It,
    ));
    assert!(has(&c, "Siemens", "3.000"), "{c:?}");
    let c = spf(&run(
        "Renault apporte quelque 4000 salariés ; Danone compte 12 millions de clients.",
        Lang::Fr,
    ));
    assert!(!has(&c, "Danone", "4000"), "{c:?}");
}

#[test]
fn a_target_the_headline_does_not_name_comes_from_the_lead() {
    // The headline names no known target; the lead's next sentence does: the premium on the
    // target's price is still the buyer's.
    let c = spf(&run(
        "Siemens lancia un'offerta sul costruttore tedesco\n\nSiemens ha annunciato un'offerta su tutte le azioni di Continental. Il prezzo di Continental incorpora un premio del 21%.",
        Lang::It,
    ));
    assert!(has(&c, "Siemens", "21%"), "{c:?}");
}

#[test]
fn a_new_paragraph_refers_back_to_the_main_subject_not_a_passing_party() {
    // The sentence before the paragraph break introduces a holder in passing; the noun that
    // opens the next paragraph speaks of the company the story is about.
    let c = spf(&run(
        "Danone compra il 20% di Parmalat per 2 miliardi di euro. Per Parmalat si apre una fase nuova.\n\nIl fondo BlackRock, che detiene il 10%, resta primo azionista di Parmalat.\n\nLa società conta circa 26.000 dipendenti.",
        Lang::It,
    ));
    assert!(has(&c, "Parmalat", "26.000"), "{c:?}");
    assert!(!has(&c, "BlackRock", "26.000"), "{c:?}");
    let c = spf(&run(
        "Siemens übernimmt 30 Prozent an Vestas. Vestas gilt als Marktführer.\n\nDie Allianz, die 15 Prozent hält, bleibt größter Aktionär von Vestas.\n\nDer Konzern beschäftigt rund 29.000 Menschen.",
        Lang::De,
    ));
    assert!(has(&c, "Vestas", "29.000"), "{c:?}");
    // A party the lead already named is the focus itself: it keeps the figure.
    let c = spf(&run(
        "Danone compra il 20% di Parmalat. Per Parmalat si apre una fase nuova.\n\nDanone ha detto di voler crescere in Italia con Parmalat.\n\nIl gruppo conta circa 90.000 dipendenti.",
        Lang::It,
    ));
    assert!(has(&c, "Danone", "90.000"), "{c:?}");
}

#[test]
fn a_lender_does_not_take_the_project_figures_of_the_next_sentence() {
    // The party of a loan may be the lender: the project's figures after it stay with the
    // company the sentence before spoke of.
    let c = spf(&run(
        "Renault détiendra 60 % de la future usine de batteries. BNP Paribas apportera un prêt de 900 millions d'euros. Les travaux doivent durer cinq ans et mobiliser jusqu'à 3 000 personnes.",
        Lang::Fr,
    ));
    assert!(has(&c, "Renault", "cinq ans"), "{c:?}");
    assert!(!has(&c, "BNP Paribas", "cinq ans"), "{c:?}");
    let c = spf(&run(
        "Enel deterrà il 60% del nuovo impianto. Intesa Sanpaolo concederà un prestito di 900 milioni di euro. Il cantiere durerà cinque anni.",
        Lang::It,
    ));
    assert!(has(&c, "Enel", "cinque anni"), "{c:?}");
    assert!(!has(&c, "Intesa Sanpaolo", "cinque anni"), "{c:?}");
}

#[test]
fn a_borrower_alone_keeps_the_project_figures() {
    // Nobody else to speak of: the party of the loan is the project's.
    let c = spf(&run(
        "Stellantis ha ottenuto un prestito di 2 miliardi di euro. Il cantiere durerà tre anni.",
        Lang::It,
    ));
    assert!(has(&c, "Stellantis", "tre anni"), "{c:?}");
}

#[test]
fn a_count_that_opens_its_clause_is_not_held_by_a_name_after_it() {
    // "quatre voleurs" is what the clause speaks of; "côté Seine" locates the balcony.
    let c = spf(&run(
        "Le Louvre a fermé ses portes. Dimanche, quatre voleurs ont hissé une nacelle jusqu'au balcon, côté Seine.",
        Lang::Fr,
    ));
    assert!(!c.iter().any(|(s, _, _)| s == "Seine"), "{c:?}");
    // A name that qualifies the counted noun itself holds it.
    let c = spf(&run(
        "Alstom affronte une grève. Lundi, 2 000 salariés d'Alstom ont débrayé à Belfort.",
        Lang::Fr,
    ));
    assert!(has(&c, "Alstom", "2 000"), "{c:?}");
    assert!(!c.iter().any(|(s, _, _)| s == "Belfort"), "{c:?}");
}

#[test]
fn a_coordinated_count_of_another_noun_states_its_own_fact() {
    let c = spf(&run(
        "Alstom ha consegnato nuovi convogli. Una trentina di aziende e 250 camion hanno lavorato al cantiere.",
        Lang::It,
    ));
    assert!(
        c.contains(&(
            "Alstom".into(),
            "count:company".into(),
            "Una trentina".into()
        )),
        "{c:?}"
    );
    assert!(
        c.contains(&("Alstom".into(), "count:truck".into(), "250".into())),
        "{c:?}"
    );
}

#[test]
fn a_figure_nothing_names_is_the_topics_where_its_sentence_names_nobody() {
    let c = spf(&run(
        "Siemens eröffnet Werk in Erlangen\n\nSiemens hat am Montag ein neues Werk eröffnet. Die Halle umfasst 4 Ebenen.",
        Lang::De,
    ));
    assert!(
        c.contains(&("Siemens".into(), "count".into(), "4 Ebenen".into())),
        "{c:?}"
    );
    let c = spf(&run(
        "Ferrari apre un museo a Maranello\n\nFerrari ha inaugurato lunedì il nuovo museo. La struttura ospita 40 sale.",
        Lang::It,
    ));
    assert!(
        c.contains(&("Ferrari".into(), "count".into(), "40".into())),
        "{c:?}"
    );
    // A party the sentence before names in passing holds no unnamed figure: the story's
    // main party, which the headline names, does.
    let c = spf(&run(
        "Alstom inaugure un site à Belfort\n\nAlstom a inauguré lundi un site de maintenance à Belfort. Le projet a été salué par Siemens. L'atelier abrite 3 halls.",
        Lang::Fr,
    ));
    assert!(
        !c.iter().any(|(s, _, f)| f == "3" && s == "Siemens"),
        "{c:?}"
    );
    assert!(
        c.contains(&("Alstom".into(), "count".into(), "3".into())),
        "{c:?}"
    );
}

#[test]
fn a_name_joined_to_the_people_counted_holds_them() {
    for (lang, text, figure) in [
        (
            Lang::De,
            "Die Allianz versichert 9.000 Mitarbeiter von Siemens.",
            "9.000",
        ),
        (
            Lang::De,
            "Die Gewerkschaft IG Metall, die rund 11.000 der etwa 22.000 Beschäftigten von Siemens vertritt, reagierte skeptisch.",
            "22.000",
        ),
        (Lang::En, "Allianz insures 9,000 employees of Siemens.", "9,000"),
    ] {
        let c = spf(&run(text, lang));
        assert!(has(&c, "Siemens", figure), "{text}: {c:?}");
        assert!(
            !c.iter()
                .any(|(s, _, f)| f.contains(figure) && s != "Siemens"),
            "{text}: {c:?}"
        );
    }
}

#[test]
fn a_source_cited_through_a_description_holds_no_figure() {
    for (lang, text) in [
        (
            Lang::It,
            "Secondo l'ente pubblico Invitalia, il cantiere di Alstom è costato circa 550 milioni di euro.",
        ),
        (
            Lang::Fr,
            "Selon l'organisme public Bpifrance, le chantier d'Alstom a coûté 550 millions d'euros.",
        ),
    ] {
        let c = spf(&run(text, lang));
        assert!(has(&c, "Alstom", "550"), "{text}: {c:?}");
    }
}

#[test]
fn a_court_rules_on_the_parties_figures_and_holds_none() {
    // A court named in the sentence: the fined party, a governed complement, holds the fine.
    for (lang, text) in [
        (
            Lang::It,
            "La Corte di giustizia dell'Unione europea ha respinto il ricorso di Amazon contro la multa da 700 milioni di euro inflitta dalla Commissione europea.",
        ),
        (
            Lang::Fr,
            "La Cour de justice de l'Union européenne a rejeté le pourvoi d'Amazon contre l'amende de 700 millions d'euros imposée par la Commission européenne.",
        ),
    ] {
        let c = spf(&run(text, lang));
        assert!(has(&c, "Amazon", "700"), "{text}: {c:?}");
    }
    // A court in the headline is no topic: the party the ruling is about is.
    let c = spf(&run(
        "Urteil des EuGH: Meta verliert Streit um Datenschutz\n\nLuxemburg. Der Gerichtshof der Europäischen Union hat am Donnerstag gegen den Konzern entschieden. Der Konzern rechnet mit Kosten von rund 500 Millionen Euro.",
        Lang::De,
    ));
    assert!(has(&c, "Meta", "500 Millionen"), "{c:?}");
    // Nor the court's jurisdiction written right before its name.
    let c = spf(&run(
        "歐盟普通法院周三駁回了英特爾的上訴，為這場歷時6年的官司畫上句號。",
        Lang::Zh,
    ));
    assert!(
        !c.iter()
            .any(|(s, _, f)| f.contains("6年") && (s.contains("法院") || s == "European Union")),
        "{c:?}"
    );
}

#[test]
fn the_source_of_an_estimate_is_not_what_it_estimates() {
    // A third party puts a figure on the damage the story speaks of: the topic's.
    for (lang, text, topic, figure) in [
        (
            Lang::De,
            "Nach dem Hochwasser: Bayern zählt die Schäden\n\nMünchen. Das Wasser geht langsam zurück. Das Ifo-Institut beziffert den Schaden auf rund 2 Milliarden Euro.",
            "Bayern",
            "2 Milliarden",
        ),
        (
            Lang::It,
            "Alluvione in Emilia-Romagna, la conta dei danni\n\nL'acqua si ritira lentamente. L'istituto di statistica, l'Istat, stima il danno per l'economia in circa 3 miliardi di euro.",
            "Emilia-Romagna",
            "3 miliardi",
        ),
        (
            Lang::Fr,
            "Tempête en Bretagne : les dégâts se chiffrent en milliards\n\nLe vent est retombé mardi. Le Medef, principale organisation patronale, chiffre les dégâts à 1,2 milliard d'euros.",
            "Bretagne",
            "1,2 milliard",
        ),
        (
            Lang::En,
            "Floods in Bavaria: the damage is counted\n\nThe water is slowly receding. The Ifo Institute puts the damage at 2 billion euros.",
            "Bayern",
            "2 billion",
        ),
        (
            Lang::Zh,
            "巴伐利亚洪灾造成严重损失\n\n洪水正在慢慢退去。伊福研究所估计损失达20亿欧元。",
            "Bayern",
            "20亿欧元",
        ),
    ] {
        let c = spf(&run(text, lang));
        assert!(has(&c, topic, figure), "{text}: {c:?}");
    }
    // The topic's own estimate stays its own, and so does a party's statement after a comma.
    let c = spf(&run(
        "Medef : le plan social coûtera cher\n\nLe Medef chiffre le coût de son plan à 40 millions d'euros. Le Medef a annoncé le plan lundi.",
        Lang::Fr,
    ));
    assert!(has(&c, "Medef", "40 millions"), "{c:?}");
    let c = spf(&run("西门子估计，工厂维修费用约3亿欧元。", Lang::Zh));
    assert!(has(&c, "Siemens", "3亿欧元"), "{c:?}");
}

#[test]
fn a_river_the_route_runs_along_holds_none_of_its_figures() {
    // "沿X" (along X) places what happens: the party is the context's.
    for text in [
        "宝马集团周日在慕尼黑举办车展。车队沿多瑙河行驶约3公里，约200辆汽车依序亮相。",
        "宝马集团周日在慕尼黑举办车展。车队沿着多瑙河行驶，共有约200辆汽车。",
    ] {
        let c = spf(&run(text, Lang::Zh));
        assert!(has(&c, "BMW", "200辆"), "{text}: {c:?}");
        assert!(!c.iter().any(|(s, _, _)| s == "Donau"), "{text}: {c:?}");
    }
}

#[test]
fn analysts_and_their_bank_hold_none_of_the_figures_they_put_on_a_company() {
    // Analysts of a bank put a figure on a company: the company's, and "the group" of the next
    // sentence is the company, not the bank.
    for (lang, text, company, figures, bank) in [
        (
            Lang::De,
            "Analysten der Deutschen Bank bezifferten die Kosten bei Airbus auf rund 40 Mio. Euro pro Monat. Im Quartal schrieb der Konzern einen Verlust von drei Milliarden Euro und kündigte den Abbau von 5.000 Stellen an.",
            "Airbus",
            &["40 Mio", "drei Milliarden", "5.000 Stellen"][..],
            "Deutsche Bank",
        ),
        (
            Lang::It,
            "Secondo gli analisti di Mediobanca il fermo costa a Stellantis 30 milioni di euro al giorno. Nel trimestre il costruttore ha registrato una perdita di 2,1 miliardi di euro e ha annunciato il taglio di 4mila posti.",
            "Stellantis",
            &["30 milioni", "2,1 miliardi", "4mila"][..],
            "Mediobanca",
        ),
        (
            Lang::Fr,
            "Selon les analystes de BNP Paribas, la grève coûte à Renault 20 millions d'euros par jour. Au troisième trimestre, le constructeur a enregistré une perte de 1,2 milliard d'euros.",
            "Renault",
            &["20 millions", "1,2 milliard"][..],
            "BNP Paribas",
        ),
        (
            Lang::Zh,
            "摩根大通（JPMorgan）分析師估計，空中巴士在停工期間每天損失約3000萬美元。",
            "Airbus",
            &["3000萬美元"][..],
            "JPMorgan",
        ),
    ] {
        let c = spf(&run(text, lang));
        for figure in figures {
            assert!(has(&c, company, figure), "{figure} in {text}: {c:?}");
            assert!(!has(&c, bank, figure), "{figure} in {text}: {c:?}");
        }
    }
}

#[test]
fn a_bank_that_estimates_a_figure_is_no_referent_of_the_next_company_noun() {
    // "X calcolava/bezifferte ..." reports an estimate about the story's company, named twice:
    // the manufacturer of the next sentence is that company.
    for (lang, text, company, figure, bank) in [
        (
            Lang::It,
            "Lo sciopero alla Stellantis di Melfi è finito. Per Stellantis il fermo è costato caro; Mediobanca calcolava perdite di circa 25 milioni di euro al giorno. Nel trimestre il costruttore ha perso 2,1 miliardi di euro.",
            "Stellantis",
            "2,1 miliardi",
            "Mediobanca",
        ),
        (
            Lang::De,
            "Der Streik bei Airbus ist beendet. Für Airbus wurde es teuer; die DZ Bank bezifferte den Ausfall auf 30 Millionen Euro pro Woche. Im Quartal meldete der Konzern einen Verlust von 900 Millionen Euro.",
            "Airbus",
            "900 Millionen",
            "DZ Bank",
        ),
    ] {
        let c = spf(&run(text, lang));
        assert!(has(&c, company, figure), "{text}: {c:?}");
        assert!(!has(&c, bank, figure), "{text}: {c:?}");
    }
}

#[test]
fn a_news_agency_credited_in_a_dateline_holds_no_figure() {
    for (lang, text, agency, figure) in [
        (
            Lang::Fr,
            "LYON, 3 mai 2025 (AFP) - Le gouvernement a débloqué 40 millions d'euros d'aide pour la Bretagne après les tempêtes.",
            "AFP",
            "40 millions",
        ),
        (
            Lang::De,
            "Hamburg (dpa) – Nach dem Sturm stellt das Land 25 Millionen Euro Soforthilfe bereit.",
            "dpa",
            "25 Millionen",
        ),
        (
            Lang::It,
            "(ANSA) - Il governo ha stanziato 40 milioni di euro per la ricostruzione dopo l'alluvione.",
            "ANSA",
            "40 milioni",
        ),
        (
            Lang::It,
            "Il governo ha stanziato 40 milioni di euro per la ricostruzione (ANSA).",
            "ANSA",
            "40 milioni",
        ),
    ] {
        let c = spf(&run(text, lang));
        assert!(
            !c.iter().any(|(s, _, f)| s.eq_ignore_ascii_case(agency) && f.contains(figure)),
            "{text}: {c:?}"
        );
    }
    // A Chinese dispatch opens with its agency, place and date: the figure is the company's.
    let c = spf(&run(
        "（中央社台北4日綜合外電報導）台積電今天表示，第3季營收達200億美元。",
        Lang::Zh,
    ));
    assert!(has(&c, "TSMC", "200億美元"), "{c:?}");
}

#[test]
fn a_body_whose_estimates_or_calculations_are_cited_holds_none_of_them() {
    for (lang, text, company, figure, source) in [
        (
            Lang::It,
            "Stellantis ha fermato Melfi. Secondo le stime di Nomisma, i costi salgono a 30 milioni di euro al giorno.",
            "Stellantis",
            "30 milioni",
            "Nomisma",
        ),
        (
            Lang::De,
            "Airbus stoppt die Produktion. Nach Berechnungen der DZ Bank steigen die Kosten auf 20 Millionen Euro pro Tag.",
            "Airbus",
            "20 Millionen",
            "DZ Bank",
        ),
    ] {
        let c = spf(&run(text, lang));
        assert!(has(&c, company, figure), "{text}: {c:?}");
        assert!(!has(&c, source, figure), "{text}: {c:?}");
    }
}
