//! Entity linking of political parties, party alliances, legislatures and electoral bodies
//! across languages and scripts (`data/gazetteer/parties.tsv`). Our own sentences, with the
//! false links that must not come out.

use concord::Lang;

mod common;
use common::{assert_links, has, pairs};

/// A party is one entity in every language and script: its full name, its acronym as each
/// language's press writes it, and its Chinese name in either script.
#[test]
fn a_party_links_across_languages() {
    let cases = [
        (
            "I sondaggi danno il Psoe in calo a Madrid.",
            Lang::It,
            "Psoe",
            "psoe",
        ),
        (
            "Der Partido Socialista Obrero Español verliert Stimmen.",
            Lang::De,
            "Partido Socialista Obrero Español",
            "psoe",
        ),
        (
            "西班牙工人社会党在马德里集会。",
            Lang::Zh,
            "西班牙工人社会党",
            "psoe",
        ),
        (
            "西班牙工人社會黨在馬德里集會。",
            Lang::Zh,
            "西班牙工人社會黨",
            "psoe",
        ),
        ("Le PS a perdu trois sièges.", Lang::Fr, "PS", "ps_france"),
        ("Die ÖVP stellt den Kanzler.", Lang::De, "ÖVP", "oevp"),
        ("奧地利自由黨領先民調。", Lang::Zh, "奧地利自由黨", "fpoe"),
        ("奥地利自由党领先民调。", Lang::Zh, "奥地利自由党", "fpoe"),
        (
            "Il Partito della libertà austriaco guida i sondaggi.",
            Lang::It,
            "Partito della libertà austriaco",
            "fpoe",
        ),
        (
            "日本自民党总裁选举周六举行。",
            Lang::Zh,
            "日本自民党",
            "ldp_japan",
        ),
        ("The LDP chose a new leader.", Lang::En, "LDP", "ldp_japan"),
        (
            "Le PLD a choisi un nouveau chef.",
            Lang::Fr,
            "PLD",
            "ldp_japan",
        ),
        ("國民黨主席出席記者會。", Lang::Zh, "國民黨", "kmt"),
        (
            "民進黨團在立法院提案。",
            Lang::Zh,
            "立法院",
            "legislative_yuan",
        ),
        (
            "La Bharatiya Janata Party ha perso seggi.",
            Lang::It,
            "Bharatiya Janata Party",
            "bjp",
        ),
        (
            "印度國民大會黨批評政府。",
            Lang::Zh,
            "印度國民大會黨",
            "indian_national_congress",
        ),
        ("Der Likud verliert zwei Sitze.", Lang::De, "Likud", "likud"),
        ("利庫德集團贏得選舉。", Lang::Zh, "利庫德集團", "likud"),
        ("L'AKP d'Erdogan a perdu Istanbul.", Lang::Fr, "AKP", "akp"),
        ("共和人民党赢得伊斯坦布尔。", Lang::Zh, "共和人民党", "chp"),
        (
            "Der Afrikanische Nationalkongress verlor die Mehrheit.",
            Lang::De,
            "Afrikanische Nationalkongress",
            "anc",
        ),
        ("非國大失去多數。", Lang::Zh, "非國大", "anc"),
        (
            "Russia Unita ha vinto le elezioni regionali.",
            Lang::It,
            "Russia Unita",
            "united_russia",
        ),
        (
            "统一俄罗斯党赢得多数。",
            Lang::Zh,
            "统一俄罗斯党",
            "united_russia",
        ),
        (
            "The Scottish National Party lost ground.",
            Lang::En,
            "Scottish National Party",
            "snp",
        ),
        ("蘇格蘭民族黨失去席位。", Lang::Zh, "蘇格蘭民族黨", "snp"),
        (
            "Il Movimento Cinque Stelle ha votato contro.",
            Lang::It,
            "Movimento Cinque Stelle",
            "m5s",
        ),
        (
            "Die Fünf-Sterne-Bewegung stimmte dagegen.",
            Lang::De,
            "Fünf-Sterne-Bewegung",
            "m5s",
        ),
        ("五星運動投了反對票。", Lang::Zh, "五星運動", "m5s"),
        (
            "Le Parti populaire européen reste le premier groupe.",
            Lang::Fr,
            "Parti populaire européen",
            "epp",
        ),
        ("Die EVP bleibt stärkste Fraktion.", Lang::De, "EVP", "epp"),
        ("歐洲人民黨仍是最大黨團。", Lang::Zh, "歐洲人民黨", "epp"),
        (
            "美國共和黨控制參議院。",
            Lang::Zh,
            "美國共和黨",
            "republican_party_us",
        ),
        (
            "The GOP holds the Senate.",
            Lang::En,
            "GOP",
            "republican_party_us",
        ),
        (
            "美国民主党提名候选人。",
            Lang::Zh,
            "美国民主党",
            "democratic_party_us",
        ),
    ];
    assert_links(&cases);
}

/// An alliance of parties written with a slash or a hyphen is one entity, the alliance, and not
/// its member parties; each member alone stays itself.
#[test]
fn a_party_alliance_is_one_entity() {
    let cases = [
        (
            "La CDU/CSU arrive en tête devant les Verts.",
            Lang::Fr,
            "CDU/CSU",
        ),
        (
            "La Cdu-Csu ottiene il miglior risultato.",
            Lang::It,
            "Cdu-Csu",
        ),
        (
            "L'Unione Cdu-Csu guida i sondaggi.",
            Lang::It,
            "Unione Cdu-Csu",
        ),
        (
            "Die Union aus CDU und CSU liegt vorn.",
            Lang::De,
            "Union aus CDU und CSU",
        ),
        ("Die Unionsparteien legen zu.", Lang::De, "Unionsparteien"),
        ("基民盟/基社盟领先。", Lang::Zh, "基民盟/基社盟"),
        ("基民盟與基社盟領先。", Lang::Zh, "基民盟與基社盟"),
    ];
    for (text, lang, surface) in cases {
        let p = pairs(text, lang);
        assert!(
            p.iter().any(|(s, i)| s == surface && i == "cdu_csu"),
            "{text}: {p:?}"
        );
        assert!(
            !p.iter().any(|(_, i)| i == "cdu" || i == "csu"),
            "{text}: {p:?}"
        );
    }
    // One member alone.
    assert!(has("Die CSU regiert in München.", Lang::De, "CSU", "csu"));
    assert!(has("基民盟主席发表讲话。", Lang::Zh, "基民盟", "cdu"));
}

/// Legislatures link in every language and script; a chamber named with its country is that
/// country's.
#[test]
fn a_legislature_links_across_languages() {
    let cases = [
        ("联邦议院周五表决预算。", Lang::Zh, "联邦议院", "bundestag"),
        ("聯邦議院週五表決預算。", Lang::Zh, "聯邦議院", "bundestag"),
        (
            "La réforme passe à l'Assemblée nationale.",
            Lang::Fr,
            "Assemblée nationale",
            "assemblee_nationale",
        ),
        (
            "法国国民议会通过预算。",
            Lang::Zh,
            "法国国民议会",
            "assemblee_nationale",
        ),
        (
            "La legge torna alla Camera dei deputati.",
            Lang::It,
            "Camera dei deputati",
            "camera_deputati",
        ),
        (
            "Il Senato americano ha approvato la legge.",
            Lang::It,
            "Senato americano",
            "us_senate",
        ),
        (
            "Der US-Senat stimmte zu.",
            Lang::De,
            "US-Senat",
            "us_senate",
        ),
        (
            "Le Sénat américain a voté.",
            Lang::Fr,
            "Sénat américain",
            "us_senate",
        ),
        ("美國參議院通過法案。", Lang::Zh, "美國參議院", "us_senate"),
        (
            "Das Repräsentantenhaus stimmte zu.",
            Lang::De,
            "Repräsentantenhaus",
            "us_house",
        ),
        (
            "The House of Commons voted late.",
            Lang::En,
            "House of Commons",
            "house_of_commons",
        ),
        (
            "La Camera dei comuni ha votato.",
            Lang::It,
            "Camera dei comuni",
            "house_of_commons",
        ),
        (
            "英國下議院否決議案。",
            Lang::Zh,
            "英國下議院",
            "house_of_commons",
        ),
        ("La Knesset a voté la loi.", Lang::Fr, "Knesset", "knesset"),
        (
            "Die Staatsduma verabschiedete das Gesetz.",
            Lang::De,
            "Staatsduma",
            "state_duma",
        ),
        ("國家杜馬通過法案。", Lang::Zh, "國家杜馬", "state_duma"),
        ("全国人大通过了法律。", Lang::Zh, "全国人大", "npc_china"),
        (
            "Il Congresso degli Stati Uniti discute il bilancio.",
            Lang::It,
            "Congresso degli Stati Uniti",
            "us_congress",
        ),
        (
            "Der US-Kongress berät.",
            Lang::De,
            "US-Kongress",
            "us_congress",
        ),
        (
            "L'Europarlamento ha votato.",
            Lang::It,
            "Europarlamento",
            "european_parliament",
        ),
        (
            "Le Congrès des députés espagnol a voté.",
            Lang::Fr,
            "Congrès des députés",
            "spanish_cortes",
        ),
        ("日本國會召開臨時會。", Lang::Zh, "日本國會", "japan_diet"),
    ];
    assert_links(&cases);
}

/// National electoral bodies are public bodies of their own.
#[test]
fn an_electoral_body_links() {
    let cases = [
        (
            "Die Bundeswahlleiterin gab das Ergebnis bekannt.",
            Lang::De,
            "Bundeswahlleiterin",
            "bundeswahlleiter",
        ),
        (
            "德國聯邦選舉委員會公布結果。",
            Lang::Zh,
            "德國聯邦選舉委員會",
            "bundeswahlleiter",
        ),
        ("中選會公告當選名單。", Lang::Zh, "中選會", "cec_taiwan"),
        ("The FEC fined the campaign.", Lang::En, "FEC", "fec_us"),
        (
            "美国联邦选举委员会罚款。",
            Lang::Zh,
            "美国联邦选举委员会",
            "fec_us",
        ),
    ];
    assert_links(&cases);
}

/// Party names that hold common words or phrases do not link them.
#[test]
fn common_words_are_no_parties() {
    let cases = [
        (
            "Tant pis pour les retardataires, le train est en marche.",
            Lang::Fr,
        ),
        ("Die Finnen feiern den Mittsommer.", Lang::De),
        ("La Renaissance italienne a duré deux siècles.", Lang::Fr),
        ("The labor market cooled in the spring.", Lang::En),
    ];
    for (text, lang) in cases {
        let p = pairs(text, lang);
        let parties = ["pis", "renaissance_fr", "finns_party", "labor_australia"];
        assert!(
            !p.iter().any(|(_, i)| parties.contains(&i.as_str())),
            "{text}: {p:?}"
        );
    }
}

/// A name several countries' parties or chambers share links to the one of the country whose
/// politics the text names (another party, a chamber), and to nothing where none or two are.
#[test]
fn a_generic_name_links_by_the_country_the_text_names() {
    let cases = [
        (
            "基民盟在德国大选中领先，绿党排名第四。",
            Lang::Zh,
            "绿党",
            "greens_de",
        ),
        (
            "基民盟在德国大选中领先，社民党排名第三。",
            Lang::Zh,
            "社民党",
            "spd",
        ),
        (
            "聯邦議院選舉後，自民黨未能進入議會。",
            Lang::Zh,
            "自民黨",
            "fdp",
        ),
        (
            "日本众议院选举中，自民党失去多数，立宪民主党议席增加。",
            Lang::Zh,
            "自民党",
            "ldp_japan",
        ),
        (
            "美国参议院中，共和党占多数，民主党反对该法案。",
            Lang::Zh,
            "共和党",
            "republican_party_us",
        ),
        (
            "美国参议院中，共和党占多数，民主党反对该法案。",
            Lang::Zh,
            "民主党",
            "democratic_party_us",
        ),
        (
            "英国工党在大选中获胜，保守党惨败。",
            Lang::Zh,
            "保守党",
            "conservatives",
        ),
        (
            "Nel voto per il Bundestag i Verdi hanno perso consensi.",
            Lang::It,
            "Verdi",
            "greens_de",
        ),
        (
            "Nel voto per il Bundestag la Linke ha guadagnato seggi.",
            Lang::It,
            "Linke",
            "die_linke",
        ),
        (
            "Au Bundestag, les Verts ont voté contre le budget.",
            Lang::Fr,
            "Verts",
            "greens_de",
        ),
        (
            "À l'Assemblée nationale, les Verts et LFI ont voté contre.",
            Lang::Fr,
            "Verts",
            "eelv",
        ),
        (
            "Im Bundestag stimmte die Union gegen den Antrag.",
            Lang::De,
            "Union",
            "cdu_csu",
        ),
        (
            "Il Senato ha approvato il decreto con i voti della Lega.",
            Lang::It,
            "Senato",
            "italian_senate",
        ),
        (
            "Die US-Demokraten kritisierten den Senat scharf.",
            Lang::De,
            "Senat",
            "us_senate",
        ),
        (
            "La commissione elettorale federale ha diffuso i dati del voto per il Bundestag.",
            Lang::It,
            "commissione elettorale federale",
            "bundeswahlleiter",
        ),
        (
            "德国联邦议院选举后，联盟党成为第一大党。",
            Lang::Zh,
            "联盟党",
            "cdu_csu",
        ),
    ];
    assert_links(&cases);
    // No country's politics named, or a word that holds the name: no link.
    let none = [
        (
            "Alla Scala stasera si replica Verdi, il compositore più amato.",
            Lang::It,
        ),
        ("绿党在选举中获胜。", Lang::Zh),
        ("美国总统会见了各民主党派的代表。", Lang::Zh),
        ("Der Verein Union spielte gestern unentschieden.", Lang::De),
        ("Le Sénat a rejeté le texte.", Lang::Fr),
    ];
    let generic = [
        "greens_de",
        "greens_it",
        "eelv",
        "democratic_party_us",
        "cdu_csu",
        "french_senate",
        "us_senate",
        "italian_senate",
    ];
    for (text, lang) in none {
        let p = pairs(text, lang);
        assert!(
            !p.iter().any(|(_, i)| generic.contains(&i.as_str())),
            "{text}: {p:?}"
        );
    }
}

/// Italian news writes acronyms with one capital ("Onu", "Ppe"): they link so too, but never
/// a given name, a word or an abbreviation that looks like one, and other languages keep their
/// capitals.
#[test]
fn italian_acronyms_with_one_capital() {
    let cases = [
        ("Secondo l'Onu la tregua regge.", "Onu", "united_nations"),
        (
            "Il Ppe resta il primo gruppo all'Europarlamento.",
            "Ppe",
            "epp",
        ),
        (
            "Gli ispettori dell'Aiea sono arrivati ieri.",
            "Aiea",
            "iaea",
        ),
        ("La Fdp non ha superato la soglia.", "Fdp", "fdp"),
        ("Il Pam ha sospeso le distribuzioni.", "Pam", "wfp"),
    ];
    for (text, surface, id) in cases {
        assert!(
            has(text, Lang::It, surface, id),
            "{text}: {:?}",
            pairs(text, Lang::It)
        );
    }
    for (text, lang, id) in [
        (
            "Tim Cook ha presentato il nuovo telefono.",
            Lang::It,
            "telecom_italia",
        ),
        ("L'Ing. Rossi ha firmato il progetto.", Lang::It, "ing"),
        (
            "Selon la Cjue, la loi est contraire au droit.",
            Lang::Fr,
            "cjeu",
        ),
    ] {
        let p = pairs(text, lang);
        assert!(!p.iter().any(|(_, i)| i == id), "{text}: {p:?}");
    }
    // In capitals, as before.
    assert!(has(
        "L'ONU ha chiesto una tregua.",
        Lang::It,
        "ONU",
        "united_nations"
    ));
}

/// German and French news write acronyms read as words with one capital ("die Nato",
/// "l'Otan"), but spell the others in capitals: "Spd", "Ezb" or a noun such as "Arm" link
/// nothing there.
#[test]
fn spoken_acronyms_with_one_capital_in_german_and_french() {
    let cases = [
        (
            "Die Nato verlegt weitere Truppen nach Osten.",
            Lang::De,
            "Nato",
            "nato",
        ),
        (
            "Die Opec drosselt erneut die Förderung.",
            Lang::De,
            "Opec",
            "opec",
        ),
        (
            "L'Otan renforce son flanc oriental.",
            Lang::Fr,
            "Otan",
            "nato",
        ),
    ];
    assert_links(&cases);
    for (text, lang, id) in [
        ("Die Spd verliert in Umfragen.", Lang::De, "spd"),
        ("Die Ezb hält die Zinsen.", Lang::De, "ecb"),
        ("Er hob den Arm und winkte.", Lang::De, "arm"),
        ("Shinzo Abe a rencontré le président.", Lang::Fr, "eba"),
    ] {
        let p = pairs(text, lang);
        assert!(!p.iter().any(|(_, i)| i == id), "{text}: {p:?}");
    }
}

/// A party's generic name in brackets after a politician's is a party tag: the party of the
/// country the text names, or of the country whose politics the language's press writes about.
#[test]
fn a_party_tag_in_brackets_after_a_politician() {
    let cases = [
        (
            "Die Ministerin Anna Berger (Grüne) sprach von Fortschritt.",
            Lang::De,
            "Grüne",
            "greens_de",
        ),
        (
            "Il senatore Marco Bianchi (Verdi) ha votato contro.",
            Lang::It,
            "Verdi",
            "greens_it",
        ),
        (
            "Le député Paul Martin (Verts) a voté contre.",
            Lang::Fr,
            "Verts",
            "eelv",
        ),
    ];
    assert_links(&cases);
    let p = pairs("Stasera alla Scala la Traviata (Verdi) in prima.", Lang::It);
    assert!(!p.iter().any(|(_, i)| i.starts_with("greens")), "{p:?}");
}

/// A brand the gazetteer writes in capitals that is also a word ("MINI") or a name ("VINCI")
/// does not link written with one capital in German or French.
#[test]
fn spoken_acronyms_are_no_common_words() {
    for (text, lang) in [
        ("Le petit robot Mini coûte trois cents dollars.", Lang::Fr),
        (
            "La Joconde de Léonard de Vinci attire les foules.",
            Lang::Fr,
        ),
        (
            "Das Mini-Format setzt sich durch, sagt Herr Mini.",
            Lang::De,
        ),
    ] {
        let p = pairs(text, lang);
        assert!(
            !p.iter().any(|(_, i)| i == "mini" || i == "vinci"),
            "{text}: {p:?}"
        );
    }
}

/// Two different generic names that can only be one country's corroborate each other
/// ("Republicans ... Democrats"); one name alone, written twice, does not.
#[test]
fn generic_names_corroborate_each_other() {
    let text = "Die Demokraten und die Republikaner streiten im Kongress über den Haushalt.";
    for (surface, id) in [
        ("Demokraten", "democratic_party_us"),
        ("Republikaner", "republican_party_us"),
        ("Kongress", "us_congress"),
    ] {
        assert!(
            has(text, Lang::De, surface, id),
            "{:?}",
            pairs(text, Lang::De)
        );
    }
    let text = "The Senate passed the bill once Republicans dropped their demands.";
    assert!(has(text, Lang::En, "Republicans", "republican_party_us"));
    assert!(has(text, Lang::En, "Senate", "us_senate"));
    let p = pairs(
        "Dopo la Traviata di Verdi, ancora Verdi in concerto.",
        Lang::It,
    );
    assert!(!p.iter().any(|(_, i)| i.starts_with("greens")), "{p:?}");
}
