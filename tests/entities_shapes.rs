//! Entity linking, names known by their shape in context: a German genitive descriptor before a
//! name, a name that ends in an apostrophe and "s" outside English; our own sentences, with the
//! false names that must not come out.

use concord::{EntityMention, Gazetteer, Lang};

mod common;
use common::surfaces;

fn link(text: &str, lang: Lang) -> Vec<EntityMention> {
    Gazetteer::embedded().link(text, lang)
}

/// "des Herstellers Acme": the noun in the genitive describes the name after it and is no
/// part of it, with adjectives between the determiner and the noun too.
#[test]
fn a_german_genitive_descriptor_is_no_part_of_the_name() {
    let t = "Die Regierung kaufte 5.000 Dosen des Herstellers Quorvax. Ein Bild des \
             belgisch-niederländischen Bildhauers Pieter Van Aelst wurde versteigert.";
    let s = surfaces(t, Lang::De);
    assert!(s.contains(&"Quorvax".to_string()), "{s:?}");
    assert!(s.contains(&"Pieter Van Aelst".to_string()), "{s:?}");
    assert!(
        !s.iter()
            .any(|x| x.contains("Herstellers") || x.contains("Bildhauers")),
        "{s:?}"
    );
    // The same name gets one id whether the descriptor is there or not.
    let t2 = "Quorvax meldete Gewinne. Die Aktie des Impfstoffherstellers Quorvax stieg.";
    let ids: Vec<String> = link(t2, Lang::De).into_iter().map(|m| m.id).collect();
    assert_eq!(ids, ["new:quorvax", "new:quorvax"], "{ids:?}");
}

/// No descriptor and no name: a genitive before a plain common noun ("des Landes Hälfte" reads
/// as two nouns, not as a name "Hälfte"), a given name after "des" ("des Thomas Mann").
#[test]
fn a_genitive_before_a_common_noun_makes_no_name() {
    let t = "Im Jahr sank des Konzerns Umsatz. Er las die Briefe des Thomas Mann.";
    let s = surfaces(t, Lang::De);
    assert!(!s.iter().any(|x| x == "Umsatz"), "{s:?}");
    assert!(s.contains(&"Thomas Mann".to_string()), "{s:?}");
}

/// Outside English an apostrophe and "s" after a capitalized word are no possessive: the word
/// is a name, at a sentence's start and where every noun is capitalized too.
#[test]
fn an_apostrophe_s_is_a_names_own_shape_outside_english() {
    let de = "Bei Harrowby's in Genf wurde ein Bild versteigert. Der Rivale Pennick's hält \
              seine Auktion später ab.";
    let s = surfaces(de, Lang::De);
    assert!(s.iter().any(|x| x.starts_with("Harrowby")), "{s:?}");
    assert!(s.iter().any(|x| x.starts_with("Pennick")), "{s:?}");
    let fr = "Pennick's, le grand rival, organise sa vente jeudi. Chez Harrowby's, la toile \
              a trouvé preneur.";
    let s = surfaces(fr, Lang::Fr);
    assert!(s.iter().any(|x| x.starts_with("Pennick")), "{s:?}");
    assert!(s.iter().any(|x| x.starts_with("Harrowby")), "{s:?}");
    // An elision is no such ending, and in English "'s" is a possessive: a capitalized word at
    // a sentence's start is still no name for that alone.
    let en = "Harbour's walls were rebuilt in spring.";
    assert!(
        surfaces(en, Lang::En).is_empty(),
        "{:?}",
        surfaces(en, Lang::En)
    );
    let it = "L'azienda c'è ancora. Quest'anno cresce.";
    assert!(
        surfaces(it, Lang::It).is_empty(),
        "{:?}",
        surfaces(it, Lang::It)
    );
}

/// The id of the mention whose surface is exactly `surface` (its first occurrence).
fn id_at(text: &str, lang: Lang, surface: &str) -> Option<String> {
    let at = text.find(surface)?;
    link(text, lang)
        .into_iter()
        .find(|m| m.span.start == at && m.span.end == at + surface.len())
        .map(|m| m.id)
}

/// The ids of the mentions whose surface is `surface`.
fn ids_of(text: &str, lang: Lang, surface: &str) -> Vec<String> {
    link(text, lang)
        .into_iter()
        .filter(|m| m.span.slice(text) == Some(surface))
        .map(|m| m.id)
        .collect()
}

/// An acronym in brackets closes the body's name it defines: the name runs up to it, over the
/// words that continue it ("Centro europeo | per la sicurezza delle dighe (Ecsd)"), not cut at
/// its first words nor taken from its last ("Krankheiten").
#[test]
fn an_acronym_in_brackets_closes_the_name_it_defines() {
    let it = "Il Centro europeo per la sicurezza delle dighe (Ecsd) ha pubblicato un rapporto. \
              Secondo l'Ecsd, i controlli vanno rafforzati.";
    assert_eq!(
        id_at(it, Lang::It, "Centro europeo per la sicurezza delle dighe").as_deref(),
        Some("new:ecsd")
    );
    assert_eq!(ids_of(it, Lang::It, "Ecsd"), ["new:ecsd", "new:ecsd"]);
    let fr = "Le Centre européen de surveillance des barrages (ECSB) publie un rapport. Selon \
              l'ECSB, les contrôles doivent être renforcés.";
    assert_eq!(
        id_at(fr, Lang::Fr, "Centre européen de surveillance des barrages").as_deref(),
        Some("new:ecsb")
    );
    let de = "Nach Angaben des Europäischen Zentrums für die Sicherheit von Staudämmen (ECSB) \
              wurden 40 Mängel gefunden. Die ECSB-Direktorin warnte.";
    let s = surfaces(de, Lang::De);
    assert!(
        s.contains(&"Europäischen Zentrums für die Sicherheit von Staudämmen".to_string()),
        "{s:?}"
    );
    assert!(!s.iter().any(|x| x == "Staudämmen"), "{s:?}");
    assert_eq!(id_at(de, Lang::De, "ECSB").as_deref(), Some("new:ecsb"));
}

/// Not every bracket after a body closes its name: a verb between them (lower case where
/// every noun is capitalized, or words whose initials spell nothing of the bracket), or a
/// place in brackets.
#[test]
fn a_bracket_after_a_clause_defines_nothing() {
    let it = "L'Istituto nazionale di statistica ha diffuso ieri i dati (Ansa). Il Tribunale \
              di Torino (Piemonte) decide.";
    let s = surfaces(it, Lang::It);
    assert!(!s.iter().any(|x| x.contains("diffuso")), "{s:?}");
    assert!(!s.iter().any(|x| x.contains("(Piemonte")), "{s:?}");
    let de = "Das Bundesamt für Verkehr meldete am Montag neue Zahlen (DPA).";
    let s = surfaces(de, Lang::De);
    assert!(!s.iter().any(|x| x.contains("meldete")), "{s:?}");
}

/// Italian news write a body's acronym with one capital, and may give the acronym of its
/// English name after its Italian one ("Amministrazione ... (Cwa)"); a company's acronym with
/// one capital where its initials spell it.
#[test]
fn an_acronym_with_one_capital_defines_a_body_or_a_company() {
    let t = "Secondo l'Agenzia meteorologica nazionale (Nwa), le piogge continueranno. La Nwa \
             ha emesso un'allerta.";
    assert_eq!(
        id_at(t, Lang::It, "Agenzia meteorologica nazionale").as_deref(),
        Some("new:nwa")
    );
    let t = "Il gruppo ha ceduto il 40% di Harlow Nutrition Group (Hng) a un fondo. Hng ha 900 \
             dipendenti.";
    assert_eq!(
        id_at(t, Lang::It, "Harlow Nutrition Group").as_deref(),
        Some("new:hng")
    );
    assert_eq!(ids_of(t, Lang::It, "Hng"), ["new:hng", "new:hng"]);
}

/// Across documents, a body's acronym joins its names in each language, and a document that
/// names it in full without the acronym joins them too (the name a defining text gave it).
#[test]
fn an_acronym_joins_a_bodys_names_across_languages() {
    let texts = [
        (
            "Le Centre européen de surveillance des barrages (ECSB) publie un rapport.",
            Lang::Fr,
        ),
        (
            "Il Centro europeo per la sorveglianza delle dighe (Ecsb) ha pubblicato un rapporto.",
            Lang::It,
        ),
        ("Laut ECSB wurden 40 Mängel gefunden.", Lang::De),
        (
            "Am Montag meldete Harlow Nutrition Group neue Zahlen. Die Europäische \
             Weltraumorganisation auch.",
            Lang::De,
        ),
        (
            "Il gruppo ha ceduto il 40% di Harlow Nutrition Group (Hng) a un fondo.",
            Lang::It,
        ),
    ];
    let mut docs: Vec<Vec<EntityMention>> = texts.iter().map(|(t, l)| link(t, *l)).collect();
    concord::entity::cluster(&mut docs);
    let id = |d: usize, surface: &str| {
        let (t, _) = texts[d];
        docs[d]
            .iter()
            .find(|m| m.span.slice(t) == Some(surface))
            .map(|m| m.id.clone())
    };
    let ecsb = id(0, "Centre européen de surveillance des barrages");
    assert_eq!(ecsb.as_deref(), Some("new:ecsb"));
    assert_eq!(
        id(1, "Centro europeo per la sorveglianza delle dighe"),
        ecsb
    );
    assert_eq!(id(2, "ECSB"), ecsb);
    let hng = id(3, "Harlow Nutrition Group");
    assert!(hng.is_some());
    assert_eq!(id(4, "Harlow Nutrition Group"), hng);
    assert_ne!(id(3, "Europäische Weltraumorganisation"), hng);
}

/// A known place inside a longer name is no place there: before an organization's last word
/// ("Kenya Railways"), or after a capitalized word and a lower-case one, with no article or
/// preposition, where the text writes the whole twice ("Soins dentaires Belgique").
#[test]
fn a_place_inside_a_name_is_no_place() {
    let de = "Die Kenia-Krise trifft auch Portugal Railways: Die Portugal Railways rechnet mit \
              Verspätungen.";
    let s = surfaces(de, Lang::De);
    assert!(s.contains(&"Portugal Railways".to_string()), "{s:?}");
    let fr = "Selon Soins dentaires Belgique, les cas augmentent. Soins dentaires Belgique \
              appelle à la prudence. La Belgique compte 400 dentistes.";
    let m = link(fr, Lang::Fr);
    let whole: Vec<&str> = m
        .iter()
        .filter(|x| x.id == "new:soins dentaires belgique")
        .filter_map(|x| x.span.slice(fr))
        .collect();
    assert_eq!(
        whole,
        ["Soins dentaires Belgique", "Soins dentaires Belgique"]
    );
    // The country alone, after its article, is still the country.
    assert!(
        m.iter().any(|x| x.id == "belgium"),
        "{:?}",
        surfaces(fr, Lang::Fr)
    );
    // Once, after a noun of a public body.
    let de = "In Belgien meldete die Gesundheitsbehörde Soins dentaires Belgique 40 Fälle. Die \
              Behörde warnt Belgien.";
    let s = surfaces(de, Lang::De);
    assert!(s.contains(&"Soins dentaires Belgique".to_string()), "{s:?}");
    assert_eq!(s.iter().filter(|x| *x == "Belgien").count(), 2, "{s:?}");
    // Once only, with a verb between: a clause, not a name.
    let it = "Ieri la Germania batte Francia in amichevole.";
    assert!(
        surfaces(it, Lang::It).contains(&"Francia".to_string()),
        "{:?}",
        surfaces(it, Lang::It)
    );
}

/// A romanized Chinese name's given name is not a known person's name with a word before it
/// ("Hsu Chen-wei" is no "Cheng Wei").
#[test]
fn a_romanized_given_name_is_no_known_persons_name() {
    let t = "Laut Hsu Chen-wei sind 87 Gebäude beschädigt.";
    let m = link(t, Lang::De);
    assert!(
        m.iter()
            .all(|x| x.kind != concord::EntityKind::Person || x.id.starts_with("new:")),
        "{:?}",
        m.iter()
            .map(|x| (&x.id, x.span.slice(t)))
            .collect::<Vec<_>>()
    );
    assert!(surfaces(t, Lang::De).contains(&"Hsu Chen-wei".to_string()));
}

/// In Chinese a person's name follows an occupation as it follows a role ("画家", "县长"), and
/// its later uses name the person too.
#[test]
fn a_chinese_name_after_an_occupation_is_a_person() {
    let t = "法籍画家钱云山的作品以3亿港元成交。钱云山生前曾在巴黎居住。县长林秀真表示，灾情严重。";
    let m = link(t, Lang::Zh);
    let of = |s: &str| -> Vec<String> {
        m.iter()
            .filter(|x| x.span.slice(t) == Some(s))
            .map(|x| x.id.clone())
            .collect()
    };
    assert_eq!(of("钱云山"), ["new:钱云山", "new:钱云山"]);
    assert_eq!(of("林秀真"), ["new:林秀真"]);
}

/// Italian news write a known acronym with one capital ("Tsmc"); at a sentence's start it is
/// still the company where the word cannot be read (four letters or more, no vowel, no letter
/// doubled), while a word there needs the text to name the company otherwise ("Ups, ...",
/// "Hmm, ...").
#[test]
fn a_known_acronym_with_one_capital_and_no_vowel_is_no_word() {
    let t = "Tsmc: utili in crescita\n\nTsmc, il primo produttore di chip, alza le stime.";
    let ids: Vec<String> = link(t, Lang::It).into_iter().map(|m| m.id).collect();
    assert_eq!(ids, ["tsmc", "tsmc"]);
    let t = "Ups, che errore. Il pacco è arrivato.";
    assert!(
        link(t, Lang::It)
            .iter()
            .all(|m| m.span.slice(t) != Some("Ups")),
        "{:?}",
        surfaces(t, Lang::It)
    );
}

/// A foreign name in Chinese transliteration that the text repeats alone, three times or more
/// (no interpunct, no role before it), is a name; a longer run of the syllabary's characters
/// that starts with it holds it too. Twice is not enough.
#[test]
fn a_repeated_chinese_transliteration_is_a_name() {
    let t = "香港菲利普斯拍卖行昨晚举行秋拍。菲利普斯亚洲区主席表示满意。菲利普斯去年总额下跌，\
             菲利普斯今年将迁址。";
    let of: Vec<String> = link(t, Lang::Zh)
        .into_iter()
        .filter(|m| m.span.slice(t).is_some_and(|s| s.starts_with("菲利普斯")))
        .map(|m| m.id)
        .collect();
    assert_eq!(of.len(), 4, "{:?}", surfaces(t, Lang::Zh));
    assert!(of.iter().all(|id| id == "new:菲利普斯"), "{of:?}");
    let t = "菲利普斯拍卖行昨晚举行秋拍。菲利普斯去年总额下跌。";
    assert!(
        !surfaces(t, Lang::Zh)
            .iter()
            .any(|s| s.starts_with("菲利普斯")),
        "{:?}",
        surfaces(t, Lang::Zh)
    );
}

/// A Chinese public body's name opened by the state's word ("中央", "国家") and ended by a
/// body's suffix is a name, and later mentions without the state's word name it too; the
/// state's word alone keys nothing.
#[test]
fn a_chinese_body_opened_by_the_states_word() {
    let t = "联邦气象局周一发布预警。气象局表示，暴雨将持续。";
    let m = link(t, Lang::Zh);
    let of = |s: &str| -> Vec<String> {
        m.iter()
            .filter(|x| x.span.slice(t) == Some(s))
            .map(|x| x.id.clone())
            .collect()
    };
    assert_eq!(of("联邦气象局"), ["new:联邦气象局"]);
    assert_eq!(of("气象局"), ["new:联邦气象局"]);
    // A common phrase with the state's word is no body.
    let t = "中央部署了新的任务。";
    assert!(link(t, Lang::Zh).is_empty(), "{:?}", surfaces(t, Lang::Zh));
}

/// A company named after a person ("X·Y饮料集团"): the foreign name before an organization's
/// words that end in a suffix is the company's, not the person's, also right after a known
/// place; the Latin name in brackets names the company, and so does its later use.
#[test]
fn a_chinese_company_named_after_a_foreign_person() {
    let t = "公司已收购意大利卡洛·贝蒂尼食品集团（Carlo Bettini Food Group）的多数股权。\
             卡洛·贝蒂尼食品集团总部位于米兰。创始人卡洛·贝蒂尼表示满意。";
    let m = link(t, Lang::Zh);
    let of = |s: &str| -> Vec<String> {
        m.iter()
            .filter(|x| x.span.slice(t) == Some(s))
            .map(|x| x.id.clone())
            .collect()
    };
    let company = of("卡洛·贝蒂尼食品集团");
    assert_eq!(company.len(), 2, "{:?}", surfaces(t, Lang::Zh));
    assert_eq!(company[0], company[1]);
    let person = of("卡洛·贝蒂尼");
    assert_eq!(person.len(), 1, "{:?}", surfaces(t, Lang::Zh));
    assert_ne!(person[0], company[0]);
}

/// Across documents, a foreign family name in transliteration that opens with a character
/// standing for a vowel ("乌" for "U") is the Latin name it sounds like.
#[test]
fn a_transliteration_opening_with_a_vowel_joins_its_latin_name() {
    let texts = [
        (
            "Il ministro Ugo Urbani ha detto che valuterà l'accordo.",
            Lang::It,
        ),
        ("意大利部长乌尔巴尼表示，政府将认真评估。", Lang::Zh),
    ];
    let mut docs: Vec<Vec<EntityMention>> = texts.iter().map(|(t, l)| link(t, *l)).collect();
    concord::entity::cluster(&mut docs);
    let id = |d: usize, surface: &str| {
        let (t, _) = texts[d];
        docs[d]
            .iter()
            .find(|m| m.span.slice(t) == Some(surface))
            .map(|m| m.id.clone())
    };
    assert!(id(0, "Ugo Urbani").is_some());
    assert_eq!(id(1, "乌尔巴尼"), id(0, "Ugo Urbani"));
}
