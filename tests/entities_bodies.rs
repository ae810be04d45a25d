//! Entity linking of public bodies and people as news write them (issue #4): German adjective
//! declension in a known name, a body's name before a known acronym, a body's head noun alone
//! after its full name, a German compound descriptor before a person's name, acronyms of one
//! language, and international bodies' names per language. Our own sentences.

use concord::{EntityMention, Gazetteer, Lang};

fn link(text: &str, lang: Lang) -> Vec<EntityMention> {
    Gazetteer::embedded().link(text, lang)
}

/// (surface, id) of every mention.
fn ids(text: &str, lang: Lang) -> Vec<(String, String)> {
    link(text, lang)
        .into_iter()
        .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.id))
        .collect()
}

fn has(f: &[(String, String)], surface: &str, id: &str) -> bool {
    f.iter().any(|(s, i)| s == surface && i == id)
}

/// A German name's adjectives decline with the article and case ("Der Europäische
/// Gerichtshof", "des Internationalen Olympischen Komitees"): every declension links.
#[test]
fn german_adjectives_in_a_name_decline() {
    let f = ids(
        "Der Europäische Gerichtshof wies die Klage ab. Das Internationale Olympische Komitee \
         tagte in Lausanne, die Europäischen Raumfahrtagentur ebenso.",
        Lang::De,
    );
    assert!(has(&f, "Europäische Gerichtshof", "cjeu"), "{f:?}");
    assert!(has(&f, "Internationale Olympische Komitee", "ioc"), "{f:?}");
    assert!(has(&f, "Europäischen Raumfahrtagentur", "esa"), "{f:?}");
}

/// A body's name the gazetteer lacks, before the acronym of a known organization whose
/// letters its initials have in another order (a translation of the name), names that
/// organization; so does the acronym written with one capital.
#[test]
fn a_translated_name_before_a_known_acronym_links_to_it() {
    // (The gazetteer knows the Chinese agency as CNSA, not by these wordings.)
    let text = "L'Agenzia nazionale spaziale cinese (Cnsa) ha confermato l'atterraggio. La Cnsa \
                pubblicherà i dati.";
    let f = ids(text, Lang::It);
    assert!(
        has(&f, "Agenzia nazionale spaziale cinese", "cnsa"),
        "{f:?}"
    );
    assert_eq!(f.iter().filter(|(_, i)| i == "cnsa").count(), 3, "{f:?}");
    let f = ids(
        "Selon l'Agence nationale spatiale chinoise (CNSA), la sonde est revenue.",
        Lang::Fr,
    );
    assert!(
        has(&f, "Agence nationale spatiale chinoise", "cnsa"),
        "{f:?}"
    );
}

/// A public body's head noun alone, capitalized, after the body's full name names it:
/// "la Commissione" after "Commissione europea", "la Commission" after "Commission
/// européenne" (the common noun in lower case elsewhere too), "die Kommission" after
/// "EU-Kommission"; not after an indefinite article, and not a German common noun that a
/// name's lower-case words qualify ("vor Gericht" is no "Gericht der EU").
#[test]
fn a_bodys_head_noun_alone_names_it() {
    let f = ids(
        "La Commissione europea ha multato il gruppo. Secondo la Commissione, l'abuso è durato \
         anni.",
        Lang::It,
    );
    assert!(has(&f, "Commissione", "european_commission"), "{f:?}");
    let f = ids(
        "La Commission européenne a ouvert une enquête. Selon la Commission, une commission \
         d'experts sera nommée.",
        Lang::Fr,
    );
    assert!(has(&f, "Commission", "european_commission"), "{f:?}");
    let text = "Die EU-Kommission prüft den Fall. Laut Kommission fehlen Unterlagen. Eine \
                Kommission des Landtags tagt ebenfalls. Das Gericht der EU urteilt im Mai, der \
                Kläger will vor Gericht gewinnen.";
    let f = ids(text, Lang::De);
    let kommission: Vec<_> = f.iter().filter(|(s, _)| s == "Kommission").collect();
    assert_eq!(kommission.len(), 1, "{f:?}");
    assert!(has(&f, "Kommission", "european_commission"), "{f:?}");
    assert!(!f.iter().any(|(s, _)| s == "Gericht"), "{f:?}");
}

/// A German compound joined by a hyphen whose last part is a person's role or standing
/// ("Tennis-Star", "Ski-Weltmeisterin") is no part of the name after it.
#[test]
fn a_german_compound_descriptor_is_no_part_of_a_name() {
    let text = "Am Abend trat Tennis-Star Jonas Velde auf, begleitet von der früheren \
                Ski-Weltmeisterin Lea-Marie Holt.";
    let f = ids(text, Lang::De);
    assert!(has(&f, "Jonas Velde", "new:jonas velde"), "{f:?}");
    assert!(has(&f, "Lea-Marie Holt", "new:lea marie holt"), "{f:?}");
}

/// An acronym of one language's words links in that language's texts only: French "CIO" is
/// the IOC; English "CIO" a chief information officer.
#[test]
fn an_acronym_of_one_language_links_only_there() {
    let f = ids("Le président du CIO a salué la cérémonie.", Lang::Fr);
    assert!(has(&f, "CIO", "ioc"), "{f:?}");
    let f = ids("The bank's CIO said the migration is done.", Lang::En);
    assert!(!has(&f, "CIO", "ioc"), "{f:?}");
}

/// International and EU bodies in the languages news name them: the EU General Court, the
/// Court of Justice's short names, space agencies' translated names.
#[test]
fn international_bodies_by_their_names_per_language() {
    let f = ids(
        "Il Tribunale Ue aveva annullato la decisione, poi la Corte Ue l'ha confermata.",
        Lang::It,
    );
    assert!(has(&f, "Tribunale Ue", "eu_general_court"), "{f:?}");
    assert!(has(&f, "Corte Ue", "cjeu"), "{f:?}");
    let f = ids("歐盟普通法院早前裁定，歐盟最高法院推翻判決。", Lang::Zh);
    assert!(has(&f, "歐盟普通法院", "eu_general_court"), "{f:?}");
    let f = ids(
        "L'Administration spatiale nationale chinoise prépare une mission.",
        Lang::Fr,
    );
    assert!(
        has(&f, "Administration spatiale nationale chinoise", "cnsa"),
        "{f:?}"
    );
}

/// A craft's or a model's number joined by a hyphen is part of its name, and another number
/// is another craft ("Tianwen-1", "Tianwen-2"; "Chang'e-7" with its apostrophe); Chinese news
/// write the series, a number and "号" ("天问二号", "神舟十九号"): the same craft, one id with
/// the Latin name.
#[test]
fn numbered_craft_are_names_of_their_own() {
    let f = ids(
        "Dopo Tianwen-1, la missione Tianwen-2 partirà nel 2025; Chang'e-7 seguirà.",
        Lang::It,
    );
    assert!(has(&f, "Tianwen-1", "new:tianwen 1"), "{f:?}");
    assert!(has(&f, "Tianwen-2", "new:tianwen 2"), "{f:?}");
    assert!(has(&f, "Chang'e-7", "new:chang e 7"), "{f:?}");
    let f = ids("天问二号将于明年发射，神舟十九号乘组已返回。", Lang::Zh);
    assert!(has(&f, "天问二号", "new:tianwen 2"), "{f:?}");
    assert!(has(&f, "神舟十九号", "new:shenzhou 19"), "{f:?}");
    // (An English possessive stays one: "Acme's".)
    let f = ids(
        "The board of Velmora Dynamics met; Velmora's chief spoke.",
        Lang::En,
    );
    assert!(!f.iter().any(|(s, _)| s.contains('\'')), "{f:?}");
}

/// A Chinese person's name after a sports descriptor ("好手", "女将", "名将") is a person's.
#[test]
fn a_chinese_name_after_a_sports_descriptor_is_a_persons() {
    let text = "代表团由羽球好手陈志文与游泳女将李雅婷担任掌旗官。";
    let f: Vec<(String, concord::EntityKind)> = link(text, Lang::Zh)
        .into_iter()
        .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.kind))
        .collect();
    assert!(
        f.contains(&("陈志文".to_string(), concord::EntityKind::Person)),
        "{f:?}"
    );
    assert!(
        f.contains(&("李雅婷".to_string(), concord::EntityKind::Person)),
        "{f:?}"
    );
}

/// International courts and organizations in the languages news name them, German names in
/// every declension; a name linked with its genitive ending is no window for a fuzzy match of
/// another body it resembles ("des Internationalen Strafgerichtshofs" is no sports court).
#[test]
fn international_courts_and_organizations() {
    let f = ids(
        "Die Richter des Internationalen Strafgerichtshofs äußerten sich, ebenso der Europarat \
         und die Afrikanische Union.",
        Lang::De,
    );
    assert!(
        has(&f, "Internationalen Strafgerichtshof", "icc_court"),
        "{f:?}"
    );
    assert!(has(&f, "Europarat", "council_of_europe"), "{f:?}");
    assert!(has(&f, "Afrikanische Union", "african_union"), "{f:?}");
    assert!(!f.iter().any(|(_, i)| i == "cas_sport"), "{f:?}");
    let f = ids(
        "La Corte internazionale di giustizia e Medici senza frontiere hanno chiesto una tregua.",
        Lang::It,
    );
    assert!(has(&f, "Corte internazionale di giustizia", "icj"), "{f:?}");
    assert!(has(&f, "Medici senza frontiere", "msf"), "{f:?}");
    let f = ids("紅十字國際委員會與非盟官員會面。", Lang::Zh);
    assert!(has(&f, "紅十字國際委員會", "icrc"), "{f:?}");
    assert!(has(&f, "非盟", "african_union"), "{f:?}");
}

/// A coast guard, a fire agency and a board of transport inquiries are named by their
/// function: the body of the state the name carries or the text is about, one id in every
/// language, never the state itself; a lower-case name ("garde-côtes") too.
#[test]
fn safety_bodies_are_their_states_bodies() {
    let fr = ids(
        "Un chalutier a chaviré au large de l'Espagne. Les garde-côtes espagnols ont secouru \
         40 marins; les garde-côtes ont suspendu les recherches le soir.",
        Lang::Fr,
    );
    assert!(
        has(&fr, "garde-côtes espagnols", "new:spain coast guard"),
        "{fr:?}"
    );
    assert!(has(&fr, "garde-côtes", "new:spain coast guard"), "{fr:?}");
    let it = ids(
        "Un barcone con 60 persone è stato soccorso dalla guardia costiera italiana al largo \
         di Lampedusa. La Guardia costiera ha recuperato due corpi.",
        Lang::It,
    );
    assert!(
        has(&it, "guardia costiera italiana", "new:italy coast guard"),
        "{it:?}"
    );
    assert!(
        has(&it, "Guardia costiera", "new:italy coast guard"),
        "{it:?}"
    );
    let de = ids(
        "Vor der Küste Japans ist ein Frachter gesunken. Die japanische Küstenwache suchte \
         die ganze Nacht nach drei Vermissten.",
        Lang::De,
    );
    assert!(
        has(&de, "japanische Küstenwache", "new:japan coast guard"),
        "{de:?}"
    );
    let zh = ids(
        "一艘货轮在日本近海沉没，日本海上保安厅派出3艘巡逻船搜救，海保称仍有2人失踪。日本消防厅表示，火灾已扑灭。",
        Lang::Zh,
    );
    assert!(
        has(&zh, "海上保安厅", "new:japan coast guard")
            || has(&zh, "日本海上保安厅", "new:japan coast guard"),
        "{zh:?}"
    );
    assert!(has(&zh, "海保", "new:japan coast guard"), "{zh:?}");
    assert!(
        zh.iter()
            .any(|(s, i)| s.ends_with("消防厅") && i == "new:japan fire agency"),
        "{zh:?}"
    );
}

/// A body named by its function alone is the body of the state the text names most, its
/// adjectives counted with its names: a German text that names the United States once and
/// writes Japan's adjectives twice speaks of Japan's coast guard.
#[test]
fn a_states_adjectives_name_it_for_a_bare_function() {
    let de = ids(
        "Auf dem Tokioter Flughafen Narita ist ein Frachtflugzeug verunglückt. Ein US-Konzern \
         besitzt die Maschine. Die japanischen Behörden ermitteln; die Küstenwache sperrte die \
         Bucht.",
        Lang::De,
    );
    assert!(has(&de, "Küstenwache", "new:japan coast guard"), "{de:?}");
}
