//! Entity linking: multilingual sentences of our own, the false links that must not happen, and
//! the alias groups of the seed articles (skipped with a notice when the seeds are absent).

use std::path::PathBuf;

use concord::entity::{cluster, parse_tsv, parse_wikidata};
use concord::{EntityKind, EntityMention, Gazetteer, Lang};

fn link(text: &str, lang: Lang) -> Vec<EntityMention> {
    Gazetteer::embedded().link(text, lang)
}

/// (surface, id) pairs.
fn pairs(text: &str, lang: Lang) -> Vec<(String, String)> {
    link(text, lang)
        .into_iter()
        .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.id))
        .collect()
}

fn id_of(text: &str, lang: Lang, surface: &str) -> Option<String> {
    let at = text.find(surface)?;
    link(text, lang)
        .into_iter()
        .find(|m| m.span.start == at && m.span.end == at + surface.len())
        .map(|m| m.id)
}

/// The id of the mention at the last occurrence of `surface`.
fn id_last(text: &str, lang: Lang, surface: &str) -> Option<String> {
    let at = text.rfind(surface)?;
    link(text, lang)
        .into_iter()
        .find(|m| m.span.start == at && m.span.end == at + surface.len())
        .map(|m| m.id)
}

fn has_id(text: &str, lang: Lang, id: &str) -> bool {
    link(text, lang).iter().any(|m| m.id == id)
}

// ---------------------------------------------------------------- positive, per language

#[test]
fn italian_sentence() {
    let t =
        "Il fondatore di Scale AI, Alexandr Wang, è passato a Meta dopo un investimento di Nvidia.";
    assert_eq!(
        pairs(t, Lang::It),
        [
            ("Scale AI".into(), "scale_ai".into()),
            ("Alexandr Wang".into(), "alexandr_wang".into()),
            ("Meta".into(), "meta".into()),
            ("Nvidia".into(), "nvidia".into()),
        ]
    );
}

#[test]
fn german_sentence() {
    let t = "Nvidias H100-GPUs sind begehrt; Metas Chef Mark Zuckerberg kaufte 10.000 davon.";
    let p = pairs(t, Lang::De);
    let ids: Vec<&str> = p.iter().map(|(_, id)| id.as_str()).collect();
    assert_eq!(ids, ["nvidia", "nvidia_h100", "meta", "mark_zuckerberg"]);
    // The compound names the product by its alias "H100 GPU", joined by a hyphen.
    assert_eq!(p[1].0, "H100-GPU");
}

#[test]
fn french_sentence() {
    let t = "Le PDG d’OpenAI, Sam Altman, a rencontré le patron de TSMC à Taipei.";
    let ids: Vec<String> = pairs(t, Lang::Fr).into_iter().map(|(_, id)| id).collect();
    assert_eq!(ids, ["openai", "sam_altman", "tsmc", "taipei"]);
}

#[test]
fn chinese_both_scripts() {
    let trad = "輝達執行長黃仁勳與台積電在曼哈頓會面。";
    let simp = "英伟达首席执行官黄仁勋与台积电在曼哈顿会面。";
    let a: Vec<String> = pairs(trad, Lang::Zh)
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    let b: Vec<String> = pairs(simp, Lang::Zh)
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    assert_eq!(a, ["nvidia", "jensen_huang", "tsmc", "manhattan"]);
    assert_eq!(a, b);
}

#[test]
fn latin_names_inside_chinese() {
    let t = "Meta從OpenAI挖走了Jason Wei，並投資Scale AI。";
    let ids: Vec<String> = pairs(t, Lang::Zh).into_iter().map(|(_, id)| id).collect();
    assert_eq!(ids, ["meta", "openai", "jason_wei", "scale_ai"]);
}

#[test]
fn spans_are_original_bytes() {
    let t = "Ｍｅｔａ e ZUCKERBERG";
    for m in link(t, Lang::It) {
        let s = m.span.slice(t).unwrap();
        assert!(s == "Ｍｅｔａ" || s == "ZUCKERBERG", "{s}");
    }
    assert_eq!(link(t, Lang::It).len(), 2);
}

// ---------------------------------------------------------------- false links that must not happen

#[test]
fn met_office_is_not_meta() {
    // A different organization whose name starts like Meta's.
    let t = "Meta ha annunciato nuovi modelli. Il Met Office prevede pioggia. Meta, Meta e Meta.";
    assert_eq!(
        id_of(t, Lang::It, "Met Office").as_deref(),
        Some("met_office")
    );
    assert!(link(t, Lang::It)
        .iter()
        .filter(|m| m.id == "meta")
        .all(|m| m.span.slice(t) == Some("Meta")));
    // The English verb is never Meta, even in a text full of Meta.
    let e = "Meta said so. Meta hired them. Meta paid. They met at Meta's office.";
    assert!(link(e, Lang::En)
        .iter()
        .all(|m| m.span.slice(e) == Some("Meta")));
}

#[test]
fn apple_daily_is_not_apple() {
    // Longest match first: a longer known name wins over its first word.
    let t = "Apple Daily, il quotidiano di Hong Kong, non è Apple.";
    assert_eq!(
        id_of(t, Lang::It, "Apple Daily").as_deref(),
        Some("apple_daily")
    );
    assert_eq!(id_of(t, Lang::It, "Apple.").as_deref(), None);
    assert!(has_id(t, Lang::It, "apple"));
}

#[test]
fn perplexity_only_where_it_names_an_organization() {
    // A common noun, even the translation of a name, is only a name in a naming context.
    assert!(!has_id(
        "Ha accolto la notizia con perplessità.",
        Lang::It,
        "perplexity"
    ));
    assert!(!has_id(
        "Suscita perplessità tra gli analisti.",
        Lang::It,
        "perplexity"
    ));
    assert!(!has_id(
        "Große Ratlosigkeit herrschte.",
        Lang::De,
        "perplexity"
    ));
    assert!(has_id(
        "Der Chef von Ratlosigkeit Aravind Srinivas sagte",
        Lang::De,
        "perplexity"
    ));
    assert!(has_id(
        "Il CEO di perplessità ha parlato",
        Lang::It,
        "perplexity"
    ));
}

#[test]
fn italian_meta_is_a_word() {
    // "meta" (goal) and "metà" (half) are Italian words, not the company.
    assert!(!has_id("La meta del viaggio è Roma.", Lang::It, "meta"));
    assert!(!has_id("a metà del percorso", Lang::It, "meta"));
    assert!(!has_id(
        "Metà dei dipendenti lavora da casa.",
        Lang::It,
        "meta"
    ));
    assert!(!has_id("il metaverso e la metafora", Lang::It, "meta"));
}

#[test]
fn scale_alone_is_not_scale_ai() {
    // A common word that begins a multi-word name is not the name.
    assert!(!has_id("le scale tradizionali", Lang::It, "scale_ai"));
    assert!(!has_id(
        "Scale matters in AI research.",
        Lang::En,
        "scale_ai"
    ));
    assert!(!has_id("The Scale of the problem", Lang::En, "scale_ai"));
}

#[test]
fn names_that_are_common_words_need_more_than_a_sentence_start() {
    // "Threads" starts an English sentence as a plain noun; the app needs another mention.
    assert!(!has_id("Threads of cotton were sold.", Lang::En, "threads"));
    assert!(has_id(
        "Threads grew fast. Meta said Threads has 300 million users.",
        Lang::En,
        "threads"
    ));
    assert!(!has_id(
        "Windows were broken in the storm.",
        Lang::En,
        "windows"
    ));
    assert!(has_id(
        "Users of Windows need the update.",
        Lang::En,
        "windows"
    ));
}

#[test]
fn short_words_do_not_link() {
    // Short and common words are never fuzzy matches of names.
    for (t, lang) in [
        ("Ai ricercatori piace.", Lang::It),
        ("Die Ente ist im Teich.", Lang::De),
        ("Il est parti.", Lang::Fr),
        ("Uber alles", Lang::De),
    ] {
        let found = link(t, lang);
        assert!(
            found
                .iter()
                .all(|m| m.kind != EntityKind::Organization || t.contains("Uber")),
            "{t}: {found:?}"
        );
    }
    assert!(link("The apple fell.", Lang::En).is_empty());
    assert!(link("un arm e una mela", Lang::It).is_empty());
}

// ---------------------------------------------------------------- damaged names

/// The (id, rule) of the mention at the last whole-word occurrence of `surface`.
fn rule_of(text: &str, lang: Lang, surface: &str) -> Option<(String, String)> {
    let (at, _) = *occurrences(text, surface).last()?;
    link(text, lang)
        .into_iter()
        .find(|m| m.span.start == at && m.span.end == at + surface.len())
        .map(|m| (m.id, m.rule))
}

#[test]
fn look_alike_letters() {
    // A capital I read as a small l.
    let t = "L'investimento in Scale Al è stato annunciato ieri.";
    assert_eq!(
        rule_of(t, Lang::It, "Scale Al"),
        Some(("scale_ai".into(), "fuzzy".into()))
    );
}

#[test]
fn typo_of_a_name_the_text_uses() {
    let t = "Nvidia ha presentato i risultati. Secondo Nvdia la domanda cresce.";
    assert_eq!(
        rule_of(t, Lang::It, "Nvdia").map(|r| r.0),
        Some("nvidia".into())
    );
    // Without the exact name elsewhere, one edit in a short word is not enough.
    assert_eq!(
        rule_of("Secondo Nvdia la domanda cresce.", Lang::It, "Nvdia").map(|r| r.0),
        Some("new:nvdia".into())
    );
}

#[test]
fn longer_words_that_start_with_a_name_are_not_it() {
    // "Metal" and "Metallica" start with "Meta" but are other words.
    let t = "Meta e Meta e Meta. I Metallica suonano Metal a Milano.";
    let l = link(t, Lang::It);
    assert!(l.iter().filter(|m| m.id == "meta").count() == 3, "{l:?}");
}

#[test]
fn different_people_with_a_shared_name() {
    // "Jason Wu" is a designer, not Jason Wei: person names need every word close.
    let t = "Lo stilista Jason Wu ha aperto un negozio.";
    assert!(!has_id(t, Lang::It, "jason_wei"));
    // A translated middle name is caught between the first and the last name.
    let t = "Il ricercatore Hyung ha vinto Chung lascia l'azienda.";
    assert_eq!(
        rule_of(t, Lang::It, "Hyung ha vinto Chung"),
        Some(("hyung_won_chung".into(), "gap".into()))
    );
    // Not across a sentence.
    assert!(!has_id(
        "Hyung ha vinto. Chung no.",
        Lang::It,
        "hyung_won_chung"
    ));
}

#[test]
fn model_numbers_are_identities() {
    // "GPT-6" is not "GPT-5", "Llama 5" is not "Llama 4".
    let t = "OpenAI prepara GPT-6 mentre Meta lavora a Llama 5.";
    let l = link(t, Lang::It);
    assert!(
        l.iter().all(|m| m.id != "gpt_5" && m.id != "llama_4"),
        "{l:?}"
    );
}

#[test]
fn acronym_defined_in_parentheses() {
    // A damaged expansion links through its known acronym.
    let t = "Il nuovo Meta Superintellect Labs (MSL) assume. MSL cresce.";
    assert_eq!(
        rule_of(t, Lang::It, "Meta Superintellect Labs").map(|r| r.0),
        Some("meta_superintelligence_labs".into())
    );
    // An unknown name and its acronym become one new entity, and so do later uses.
    let t = "La Banca Nazionale del Lavoro Digitale (BNLD) apre. Poi BNLD chiude.";
    let l = link(t, Lang::It);
    let ids: Vec<&str> = l.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids.len(), 3, "{l:?}");
    assert!(ids.iter().all(|id| *id == ids[0] && id.starts_with("new:")));
}

#[test]
fn truncated_name_only_in_the_names_contexts() {
    // "Met" for "Meta": in a text that uses "de Meta" several times.
    let t = "Le succès de Meta. Les ingénieurs de Meta. La stratégie de Meta. Le succès de Met est net.";
    assert_eq!(
        rule_of(t, Lang::Fr, "Met").map(|r| r.1),
        Some("short_form".into())
    );
    // Not where the text rarely names Meta, nor in another context, nor in lower case.
    let t = "La stratégie de Meta. Selon Met, il pleuvra.";
    assert!(rule_of(t, Lang::Fr, "Met").is_none_or(|r| r.0 != "meta"));
    let t = "Meta, Meta, Meta: they met at Meta's office and Met Office staff.";
    assert!(link(t, Lang::En)
        .iter()
        .all(|m| m.id != "meta" || m.span.len() == 4));
}

#[test]
fn surnames_follow_the_full_name() {
    let t = "Aravind Srinivas ha parlato. Srinivas ha aggiunto che Srinivas non cede.";
    let l = link(t, Lang::It);
    assert_eq!(l.iter().filter(|m| m.id == "aravind_srinivas").count(), 3);
    // A surname alone, without the full name in the text, stays unknown.
    assert!(!has_id(
        "Srinivas ha parlato a Roma.",
        Lang::It,
        "aravind_srinivas"
    ));
}

#[test]
fn discovery_of_unknown_names() {
    let t = "Il fondo Quantum Ridge Partners ha investito nella startup Velocita Robotics.";
    let l = link(t, Lang::It);
    let ids: Vec<&str> = l.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["new:quantum ridge partners", "new:velocita robotics"]);
    // Organizations' last words make them organizations.
    assert!(l
        .iter()
        .all(|m| m.kind == EntityKind::Organization && m.rule.starts_with("discovered")));
    // A role or a known given name before plain capitalized words makes a person.
    let t = "Laut Vorstandschef Erika Musterfrau wächst der Umsatz.";
    let l = link(t, Lang::De);
    assert_eq!(l.len(), 1, "{l:?}");
    assert_eq!(l[0].kind, EntityKind::Person);
    let l = link("Ne ha parlato Daniel Rossetti ieri.", Lang::It);
    assert_eq!(l[0].kind, EntityKind::Person);
    let l = link("Ne ha parlato Palazzo Rinaldi ieri.", Lang::It);
    assert_eq!(l[0].kind, EntityKind::Other);
    // Latin-script names inside Chinese text.
    let t = "據報道，Velocita Robotics 獲得投資。";
    assert_eq!(ids_of(t, Lang::Zh), ["new:velocita robotics"]);
    // German nouns are capitalized: they are not names.
    assert!(link(
        "Die Forscher wollen mehr Rechenleistung und Geld.",
        Lang::De
    )
    .is_empty());
    // Capitalized words in a row mid-sentence are (adjectives are capitalized only in names),
    // hyphenated compounds and amounts are not.
    let t = "Gestern hat die Bayerische Rechenwerk AG ein Millionendollar-Paket für 15 Milliarden Dollar gekauft.";
    let ids = ids_of(t, Lang::De);
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert!(ids[0].starts_with("new:bayerische rechenwerk"));
    // A quoted brand in German is.
    assert_eq!(
        ids_of("Das Projekt „Nordlicht“ startet.", Lang::De),
        ["new:nordlicht"]
    );
}

fn ids_of(text: &str, lang: Lang) -> Vec<String> {
    link(text, lang).into_iter().map(|m| m.id).collect()
}

#[test]
fn sentence_initial_words_are_not_names() {
    let t = "Storicamente le aziende crescono. Secondo gli analisti è diverso.";
    assert!(link(t, Lang::It).is_empty(), "{:?}", link(t, Lang::It));
}

#[test]
fn discovered_names_cluster_across_documents() {
    let docs = [
        ("La startup Velocita Robotics raccoglie fondi.", Lang::It),
        ("Das Startup „Velocita Robotics“ sammelt Geld.", Lang::De),
        ("據報道，Velocita Robotic 獲得投資。", Lang::Zh),
    ];
    let linked = Gazetteer::embedded().link_all(&docs);
    let ids: Vec<&str> = linked.iter().flatten().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["new:velocita robotics"; 3]);
}

// ---------------------------------------------------------------- loaders

#[test]
fn wikidata_loader_links_across_scripts() {
    let json = r#"[{"id":"Q380","kind":"organization","labels":{"en":{"language":"en","value":"Meta Platforms"},"zh":{"language":"zh","value":"元平台"}},"aliases":{"en":[{"language":"en","value":"Meta"}]}}]"#;
    let es = parse_wikidata("w.json", json).unwrap();
    let g = Gazetteer::new(es);
    let m = g.link("Meta Platforms, o Meta (元平台)", Lang::It);
    assert_eq!(m.len(), 3);
    assert!(m
        .iter()
        .all(|m| m.id == "Q380" && m.name == "Meta Platforms"));
}

#[test]
fn tsv_loader_extends_embedded() {
    let mut g = Gazetteer::embedded().clone();
    g.extend(parse_tsv("mine.tsv", "acme\torganization\tde\tAcme Robotik GmbH\n").unwrap());
    let m = g.link("Die Acme Robotik GmbH kooperiert mit Nvidia.", Lang::De);
    let ids: Vec<&str> = m.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["acme", "nvidia"]);
}

#[test]
fn load_file_by_extension() {
    let dir = std::env::temp_dir().join(format!("concord-entities-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let tsv = dir.join("mine.tsv");
    let json = dir.join("mine.jsonl");
    std::fs::write(&tsv, "acme\torganization\t*\tAcme Robotik\n").unwrap();
    std::fs::write(
        &json,
        r#"{"id":"Q9","kind":"person","labels":{"de":{"language":"de","value":"Erika Beispiel"}}}"#,
    )
    .unwrap();
    let mut g = Gazetteer::default();
    g.load_file(&tsv).unwrap();
    g.load_file(&json).unwrap();
    let ids: Vec<String> = g
        .link("Erika Beispiel leitet Acme Robotik.", Lang::De)
        .into_iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(ids, ["Q9", "acme"]);
    let err = g.load_file(dir.join("missing.tsv")).unwrap_err();
    assert!(err.to_string().contains("missing.tsv"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn chinese_translated_name_needs_a_role_after_it() {
    // 苹果 is the fruit, and Apple's name in Chinese: only a role after it makes it the company.
    assert!(has_id("苹果CEO库克表示", Lang::Zh, "apple"));
    assert!(has_id("蘋果執行長庫克表示", Lang::Zh, "apple"));
    assert!(!has_id("我每天吃一个苹果。", Lang::Zh, "apple"));
}

#[test]
fn cluster_keeps_known_ids() {
    let mut docs = vec![
        link("Meta e Nvidia", Lang::It),
        link("Nvidia und Meta", Lang::De),
    ];
    let before = docs.clone();
    cluster(&mut docs);
    assert_eq!(docs, before);
}

// ---------------------------------------------------------------- the seed articles

fn seeds_dir() -> Option<PathBuf> {
    let candidates = [
        std::env::var("CONCORD_SEEDS").ok().map(PathBuf::from),
        Some(PathBuf::from("/work/shared/seeds")),
        Some(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/seeds"
        ))),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|p| p.join("EXPECTED.md").is_file())
}

fn load_seeds() -> Option<Vec<(String, String, Lang)>> {
    let dir = seeds_dir()?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let langs = [Lang::It, Lang::It, Lang::De, Lang::Zh, Lang::Fr];
    Some(
        files
            .into_iter()
            .zip(langs)
            .map(|(p, l)| {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                (name, std::fs::read_to_string(&p).unwrap(), l)
            })
            .collect(),
    )
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() && !('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Every whole-word occurrence of `surface` in `text`.
fn occurrences(text: &str, surface: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|t| t.find(surface)) {
        let s = from + i;
        let e = s + surface.len();
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        let latin = surface.chars().next().is_some_and(|c| c.is_ascii());
        if !latin || (!before.is_some_and(is_word) && !after.is_some_and(is_word)) {
            out.push((s, e));
        }
        from = e;
    }
    out
}

#[test]
fn seed_alias_groups() {
    let Some(seeds) = load_seeds() else {
        eprintln!("NOTICE: seeds not found (/work/shared/seeds or $CONCORD_SEEDS); skipping");
        return;
    };
    let docs: Vec<(&str, Lang)> = seeds.iter().map(|(_, t, l)| (t.as_str(), *l)).collect();
    let linked = Gazetteer::embedded().link_all(&docs);
    if std::env::var("CONCORD_DUMP").is_ok() {
        for ((name, text, _), ms) in seeds.iter().zip(&linked) {
            for m in ms {
                eprintln!(
                    "{name}\t{}\t{}\t{}\t{:.2}\t{}",
                    m.span.slice(text).unwrap_or("?"),
                    m.id,
                    m.name,
                    m.score,
                    m.rule
                );
            }
        }
    }
    let groups: &[(&str, &[&str])] = &[
        (
            "Mark Zuckerberg",
            &["Mark Zuckerberg", "Zuckerberg", "扎克伯格", "小扎"],
        ),
        ("OpenAI", &["OpenAI", "Openai", "Openi"]),
        ("Meta", &["Meta", "Met"]),
        (
            "Meta Superintelligence Labs",
            &[
                "Meta Soprintendigence Labs",
                "MSL",
                "Superintelligence Lab",
                "超級智慧實驗室",
            ],
        ),
        ("Safe Superintelligence", &["Safe Sopintelligence", "SSI"]),
        ("Perplexity", &["Perplexity", "perplessità"]),
        (
            "Hyung Won Chung",
            &["Hyung Won Chung", "Hyung ha vinto Chung"],
        ),
        ("Scale AI", &["Scale AI"]),
        ("Nvidia", &["Nvidia"]),
        ("H100", &["H100"]),
        ("Alexandr Wang", &["Alexandr Wang"]),
        ("Ruoming Pang", &["Ruoming Pang"]),
        ("Jason Wei", &["Jason Wei"]),
        ("Prometheus", &["Prometheus"]),
        ("Hyperion", &["Hyperion"]),
        ("Llama 4", &["Llama 4"]),
        ("Manhattan", &["Manhattan", "曼哈頓"]),
    ];
    // Groups whose damaged forms need the fuzzy, discovery and gap rules (in progress).
    let pending: &[&str] = &[];
    let mut failures = Vec::new();
    let mut group_ids: Vec<(&str, String)> = Vec::new();
    for (group, surfaces) in groups {
        let mut ids: Vec<String> = Vec::new();
        for surface in *surfaces {
            let mut found_any = false;
            for ((_, text, _), ms) in seeds.iter().zip(&linked) {
                for (s, e) in occurrences(text, surface) {
                    if let Some(m) = ms.iter().find(|m| m.span.start == s && m.span.end == e) {
                        found_any = true;
                        if !ids.contains(&m.id) {
                            ids.push(m.id.clone());
                        }
                    }
                }
            }
            if !found_any && !pending.contains(group) {
                failures.push(format!("{group}: {surface:?} never linked"));
            }
        }
        match ids.as_slice() {
            [one] => group_ids.push((group, one.clone())),
            [] => {}
            many => failures.push(format!("{group}: several ids {many:?}")),
        }
    }
    for (i, (g, id)) in group_ids.iter().enumerate() {
        for (h, other) in group_ids.iter().skip(i + 1) {
            if id == other {
                failures.push(format!("{g} and {h} share id {id}"));
            }
        }
    }
    // "perplessità" names Perplexity only where it names an organization.
    for ((_, text, _), ms) in seeds.iter().zip(&linked) {
        for m in ms.iter().filter(|m| m.id == "perplexity") {
            let s = m.span.slice(text).unwrap_or("");
            if s != "Perplexity" && !text[..m.span.start].ends_with("CEO di ") {
                failures.push(format!(
                    "perplexity linked at {s:?} outside a naming context"
                ));
            }
        }
    }
    eprintln!(
        "seed alias groups: {}/{} resolved to one id",
        group_ids.len(),
        groups.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------- properties

mod props {
    use super::*;
    use proptest::prelude::*;

    fn fragment() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("Meta".to_string()),
            Just("Met".to_string()),
            Just("Scale Al".to_string()),
            Just(" (MSL)".to_string()),
            Just("Hyung ha vinto Chung".to_string()),
            Just("il CEO di perplessità ".to_string()),
            Just("扎克伯格".to_string()),
            Just("曼哈頓".to_string()),
            Just("„".to_string()),
            Just("’s ".to_string()),
            Just("e\u{301}".to_string()),
            Just("Ｍｅｔａ".to_string()),
            Just(". ".to_string()),
            Just("\n".to_string()),
            "[A-Za-z]{1,8}",
            "\\PC{0,6}",
            Just(" ".to_string()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn spans_are_sorted_disjoint_and_on_char_boundaries(
            parts in proptest::collection::vec(fragment(), 0..24),
            lang in prop_oneof![Just(Lang::It), Just(Lang::De), Just(Lang::Fr), Just(Lang::Zh), Just(Lang::En)],
        ) {
            let text: String = parts.concat();
            let found = link(&text, lang);
            let mut last_end = 0;
            for m in &found {
                prop_assert!(m.span.start < m.span.end);
                prop_assert!(m.span.start >= last_end);
                prop_assert!(m.span.slice(&text).is_some());
                prop_assert!((0.0..=1.0).contains(&m.score));
                last_end = m.span.end;
            }
        }
    }
}

// ---------------------------------------------------------------- Chinese names of world business

#[test]
fn chinese_names_of_carmakers_chipmakers_and_their_leaders() {
    let t = "比亚迪董事长王传福表示，公司将在匈牙利建厂；宁德时代和博世也在扩产。";
    let ids = ids_of(t, Lang::Zh);
    for id in ["byd", "wang_chuanfu", "hungary", "catl", "bosch"] {
        assert!(ids.contains(&id.to_string()), "{id} missing in {ids:?}");
    }
    // Traditional script, the same entities.
    let t = "比亞迪董事長王傳福說，恩智浦與英飛凌的晶片供應穩定。";
    let ids = ids_of(t, Lang::Zh);
    for id in ["byd", "wang_chuanfu", "nxp", "infineon"] {
        assert!(ids.contains(&id.to_string()), "{id} missing in {ids:?}");
    }
}

#[test]
fn chinese_names_across_languages_share_one_id() {
    let zh = id_of(
        "梅赛德斯-奔驰首席执行官康林松访问北京。",
        Lang::Zh,
        "康林松",
    );
    let de = id_of(
        "Mercedes-Chef Ola Källenius besucht Peking.",
        Lang::De,
        "Ola Källenius",
    );
    assert_eq!(zh.as_deref(), Some("ola_kallenius"));
    assert_eq!(zh, de);
    let it = id_of(
        "Il ministero del Commercio cinese e il FMI.",
        Lang::It,
        "FMI",
    );
    assert_eq!(it.as_deref(), Some("imf"));
    assert_eq!(
        id_of("国际货币基金组织下调了预测。", Lang::Zh, "国际货币基金组织").as_deref(),
        Some("imf")
    );
}

#[test]
fn chinese_words_that_contain_a_name_are_not_it() {
    // The banking sector is not the Bank of China; high inflation is not Qualcomm; a
    // three-star hotel is not Samsung.
    assert!(!has_id(
        "中国银行业的利润今年下降。",
        Lang::Zh,
        "bank_of_china"
    ));
    assert!(has_id(
        "中国银行宣布下调贷款利率。",
        Lang::Zh,
        "bank_of_china"
    ));
    assert!(!has_id("欧洲面临高通胀压力。", Lang::Zh, "qualcomm"));
    assert!(has_id("高通发布了新芯片。", Lang::Zh, "qualcomm"));
    assert!(!has_id("这家三星级酒店很便宜。", Lang::Zh, "samsung"));
    // A place name before the characters of a name keeps them: eastern Beijing is not JD.com.
    assert!(!has_id("北京东部新建了一座工厂。", Lang::Zh, "jd_com"));
}

#[test]
fn not_form_from_a_users_tsv() {
    let g =
        Gazetteer::from_tsv("acme\torganization\tzh\t艾克\nacme\t\tzh\t艾克斯光\tnot\n").unwrap();
    assert_eq!(g.link("艾克发布财报。", Lang::Zh).len(), 1);
    assert!(g.link("医院的艾克斯光设备。", Lang::Zh).is_empty());
}

#[test]
fn a_date_word_ends_a_discovered_name() {
    // German capitalizes month names and "Mitte"/"Ende"/"Anfang": they end a name.
    let t = "Der Vorstand ernannte Kerstin Adelhart Mitte Juli zur Finanzchefin.";
    let m = link(t, Lang::De);
    let names: Vec<&str> = m.iter().map(|m| m.span.slice(t).unwrap()).collect();
    assert!(names.contains(&"Kerstin Adelhart"), "{names:?}");
    let t = "Laut Bericht trat Ruben Hallgren Ende März zurück.";
    let names: Vec<String> = link(t, Lang::De)
        .iter()
        .map(|m| m.span.slice(t).unwrap().to_string())
        .collect();
    assert!(names.contains(&"Ruben Hallgren".to_string()), "{names:?}");
    // English month names.
    let t = "The board named Priya Ramaswell in October to lead the unit.";
    let names: Vec<String> = link(t, Lang::En)
        .iter()
        .map(|m| m.span.slice(t).unwrap().to_string())
        .collect();
    assert!(names.contains(&"Priya Ramaswell".to_string()), "{names:?}");
    let t = "Ein Sprecher sagte, Thomas Kellner Gespräche mit Investoren.";
    let names: Vec<String> = link(t, Lang::De)
        .iter()
        .map(|m| m.span.slice(t).unwrap().to_string())
        .collect();
    assert!(!names.iter().any(|n| n.contains("Gespräche")), "{names:?}");
}

// ---------------------------------------------------------------- Chinese discovery

/// (surface, id, kind) of the names the gazetteer lacks.
fn discovered(text: &str) -> Vec<(String, String, EntityKind)> {
    link(text, Lang::Zh)
        .into_iter()
        .filter(|m| m.id.starts_with("new:"))
        .map(|m| (m.span.slice(text).unwrap().to_string(), m.id, m.kind))
        .collect()
}

#[test]
fn chinese_company_names_by_their_suffix() {
    let t =
        "曜石创新科技有限公司与华勤技术股份有限公司签署协议。长鑫科技集团表示，长鑫科技将扩产。";
    let d = discovered(t);
    let names: Vec<&str> = d.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(
        names,
        [
            "曜石创新科技有限公司",
            "华勤技术股份有限公司",
            "长鑫科技集团",
            "长鑫科技"
        ]
    );
    assert!(d.iter().all(|(_, _, k)| *k == EntityKind::Organization));
    // The suffix "集团" is no part of the key: one company.
    assert_eq!(d[2].1, d[3].1);
    // Common nouns made with a suffix are no names.
    for t in [
        "一家德国电池公司和多家电动汽车制造商参加了会议。",
        "购买电动汽车的人增加，大型科技公司和中央银行也关注。",
        "进口汽车销量下降，该公司和其子公司都受影响。",
        "中国银行业协会发布报告。",
    ] {
        assert!(discovered(t).is_empty(), "{t}: {:?}", discovered(t));
    }
}

#[test]
fn chinese_person_names_after_a_role_and_with_an_interpunct() {
    let t = "星河汽车董事长刘志远表示，Quantix AI首席执行官阿瑟·格兰特也在场。";
    let d = discovered(t);
    let people: Vec<&str> = d
        .iter()
        .filter(|(_, _, k)| *k == EntityKind::Person)
        .map(|(s, _, _)| s.as_str())
        .collect();
    assert_eq!(people, ["刘志远", "阿瑟·格兰特"]);
    // A one-character given name before a verb.
    let d = discovered("鸿途汽车首席执行官周凯称，公司将扩张。");
    assert!(
        d.iter()
            .any(|(s, _, k)| s == "周凯" && *k == EntityKind::Person),
        "{d:?}"
    );
}

#[test]
fn a_latin_name_in_brackets_gives_the_chinese_name_its_id() {
    let zh = "维罗拉机器人（Velora Robotics）获得投资。维罗拉机器人的创始人说，公司将上市。";
    let it = "La startup Velora Robotics ha raccolto fondi.";
    let g = Gazetteer::embedded();
    let mut docs = vec![g.link(zh, Lang::Zh), g.link(it, Lang::It)];
    cluster(&mut docs);
    let ids: Vec<&str> = docs[0]
        .iter()
        .filter(|m| m.span.slice(zh).unwrap() == "维罗拉机器人")
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(ids.len(), 2);
    assert!(
        ids.iter().all(|id| *id == docs[1][0].id),
        "{ids:?} vs {}",
        docs[1][0].id
    );
    // A known Latin name: the Chinese one links to its entity.
    let t = "星途智驾（Nvidia）发布新芯片。";
    assert_eq!(id_of(t, Lang::Zh, "星途智驾").as_deref(), Some("nvidia"));
    // Without brackets, no link by guesswork: a Chinese name of its own stays new.
    let d = discovered("维罗拉机器人公司获得投资。");
    assert!(d.iter().all(|(_, id, _)| id.starts_with("new:")));
}

#[test]
fn a_foreign_persons_family_name_alone_follows_the_full_name() {
    // Discovered, and known from the gazetteer.
    let t = "前首席执行官阿瑟·格兰特表示满意。格兰特补充说，公司将扩张。";
    let m = link(t, Lang::Zh);
    let full = m
        .iter()
        .find(|m| m.span.slice(t) == Some("阿瑟·格兰特"))
        .unwrap();
    let short = m
        .iter()
        .find(|m| m.span.slice(t) == Some("格兰特"))
        .unwrap();
    assert_eq!(full.id, short.id);
    let t = "赫伯特·迪斯曾领导大众汽车。迪斯表示，电动化不可逆转。";
    let m = link(t, Lang::Zh);
    let short = m.iter().find(|m| m.span.slice(t) == Some("迪斯")).unwrap();
    assert_eq!(short.id, "herbert_diess");
    // Not for an organization's name with an interpunct.
    let t = "洛克希德·马丁获得订单，马丁先生出席。";
    assert_ne!(
        id_of(t, Lang::Zh, "马丁").as_deref(),
        Some("lockheed_martin")
    );
}

// ---------------------------------------------------------------- short later mentions

/// The id of every mention of `surface` (whole) in the text, in order.
fn ids_at(text: &str, lang: Lang, surface: &str) -> Vec<Option<String>> {
    let found = link(text, lang);
    text.match_indices(surface)
        .map(|(at, s)| {
            found
                .iter()
                .find(|m| m.span.start == at && m.span.end == at + s.len())
                .map(|m| m.id.clone())
        })
        .collect()
}

#[test]
fn a_discovered_persons_family_name_follows_the_full_name() {
    // Plain, after a French title, after a German honorific.
    for (text, lang) in [
        (
            "Velora Dynamics named Olivia Brandt chief executive on Monday. Brandt said the plant stays.",
            Lang::En,
        ),
        (
            "La société Velora Dynamics a nommé Olivia Brandt à sa tête. M. Brandt restera à Lyon.",
            Lang::Fr,
        ),
        (
            "Der Konzern Velora Dynamics hat Olivia Brandt zur Chefin ernannt. Herr Brandt bleibt in Bonn.",
            Lang::De,
        ),
        (
            "Il nuovo presidente sarà un volto noto: Francesco Ruggeri. Ruggeri conosce il settore.",
            Lang::It,
        ),
    ] {
        let full = ["Olivia Brandt", "Francesco Ruggeri"]
            .into_iter()
            .find_map(|n| id_of(text, lang, n))
            .unwrap_or_else(|| panic!("{text}: no full name"));
        let short = if text.contains("Ruggeri") { "Ruggeri" } else { "Brandt" };
        let ids = ids_at(text, lang, short);
        assert_eq!(ids.last().cloned().flatten(), Some(full.clone()), "{text}");
    }
}

#[test]
fn a_family_name_shared_by_two_people_links_to_neither() {
    let t = "Olivia Brandt and Jonas Brandt founded the firm. Brandt said it would grow.";
    let ids = ids_at(t, Lang::En, "Brandt");
    let first = id_of(t, Lang::En, "Olivia Brandt");
    let second = id_of(t, Lang::En, "Jonas Brandt");
    assert!(first.is_some() && second.is_some() && first != second);
    let last = ids.last().cloned().flatten();
    assert!(last != first && last != second, "{last:?}");
}

#[test]
fn an_organizations_first_word_follows_its_full_name() {
    let t = "Shares of Velora Dynamics rose. Velora will keep its plant in Ohio.";
    let full = id_of(t, Lang::En, "Velora Dynamics");
    assert!(full.is_some());
    assert_eq!(
        ids_at(t, Lang::En, "Velora").last().cloned().flatten(),
        full
    );
    // A known company too.
    let t = "Der Konzern Schneider Electric kauft zu. Schneider zahlt 40 Euro je Aktie.";
    assert_eq!(
        ids_at(t, Lang::De, "Schneider"),
        [None, Some("schneider_electric".into())]
    );
}

#[test]
fn a_short_form_that_is_a_common_word_or_shared_does_not_link() {
    // "General", "Deutsche": the first word of several known names, and common words.
    let t = "General Motors raised its forecast. General conditions stayed weak.";
    assert_eq!(ids_at(t, Lang::En, "General")[1], None);
    let t = "Die Deutsche Bank begleitet den Deal, Deutsche Anleger jubeln.";
    assert_ne!(
        ids_at(t, Lang::De, "Deutsche")[1].as_deref(),
        Some("deutsche_bank")
    );
    // Two names of the text start with the same word: "Velora" alone names neither.
    let t = "Velora Dynamics and Velora Capital signed a deal. Velora said it would grow.";
    let a = id_of(t, Lang::En, "Velora Dynamics");
    let b = id_of(t, Lang::En, "Velora Capital");
    let last = ids_at(t, Lang::En, "Velora").last().cloned().flatten();
    assert!(last != a && last != b, "{last:?}");
    // A word the text also writes in lower case.
    let t = "Summit Partners invested early. At the summit, Summit said little.";
    let full = id_of(t, Lang::En, "Summit Partners");
    assert_ne!(
        ids_at(t, Lang::En, "Summit").last().cloned().flatten(),
        full
    );
}

#[test]
fn a_role_inside_a_run_of_capitals_splits_it() {
    // "Acme-Chef Erika Muster": the company and its chief are two names, never one.
    let t =
        "Die Voltrix Instruments wächst. Voltrix-Chef Erika Muster sagte, Muster sei zufrieden.";
    let person = id_of(t, Lang::De, "Erika Muster");
    assert!(person.is_some());
    assert_ne!(person, id_of(t, Lang::De, "Voltrix Instruments"));
    assert_eq!(
        ids_at(t, Lang::De, "Muster").last().cloned().flatten(),
        person
    );
}

#[test]
fn a_common_noun_compound_before_a_name_is_no_part_of_it() {
    let t = "Die Aktionäre des Vermessungsspezialisten Voltrix Instruments stimmten zu.";
    assert!(
        id_of(t, Lang::De, "Voltrix Instruments").is_some(),
        "{:?}",
        pairs(t, Lang::De)
    );
}

#[test]
fn a_foreign_family_name_after_a_role_is_a_person() {
    let t = "瑞士食品公司首席执行官纳什拉蒂尔在电话会上说，业绩稳健。纳什拉蒂尔表示将削减成本。";
    let m = link(t, Lang::Zh);
    let names: Vec<&EntityMention> = m
        .iter()
        .filter(|m| m.span.slice(t) == Some("纳什拉蒂尔"))
        .collect();
    assert_eq!(names.len(), 2, "{m:?}");
    assert_eq!(names[0].id, names[1].id);
    assert_eq!(names[0].kind, EntityKind::Person);
    // Not across an interpunct: the whole name is one.
    let t = "首席执行官奥利维娅·勃兰特表示满意。";
    assert!(id_of(t, Lang::Zh, "奥利维娅·勃兰特").is_some());
}

#[test]
fn the_family_name_of_a_bracketed_foreign_name_follows_it() {
    let t = "收购方奥利维娅·勃兰特（Olivia Brandt）表示满意。勃兰特称交易将于明年完成。";
    let full = id_of(t, Lang::Zh, "Olivia Brandt");
    assert!(full.is_some());
    assert_eq!(id_of(t, Lang::Zh, "奥利维娅·勃兰特"), full);
    assert_eq!(
        ids_at(t, Lang::Zh, "勃兰特").last().cloned().flatten(),
        full
    );
}

#[test]
fn a_chinese_family_name_alone_clusters_with_the_full_name_elsewhere() {
    let docs = [
        ("首席执行官纳什拉蒂尔表示将削减成本。", Lang::Zh),
        ("前首席财务官菲利普·纳什拉蒂尔接任首席执行官。", Lang::Zh),
        // Another person with the same family name: not the same.
        ("工程师安娜·纳什拉蒂尔出席了会议。", Lang::Zh),
    ];
    let out = Gazetteer::embedded().link_all(&docs);
    let id = |d: usize, s: &str| {
        out[d]
            .iter()
            .find(|m| m.span.slice(docs[d].0) == Some(s))
            .map(|m| m.id.clone())
    };
    let lone = id(0, "纳什拉蒂尔");
    assert!(lone.is_some());
    assert_eq!(id(1, "菲利普·纳什拉蒂尔"), lone);
    let other = id(2, "安娜·纳什拉蒂尔");
    assert!(other.is_some());
    assert_ne!(other, lone);
}

#[test]
fn a_known_chinese_company_name_shortens_to_its_first_part() {
    let t = "施耐德电气周一宣布收购。施耐德表示交易将在明年完成。";
    assert_eq!(
        ids_at(t, Lang::Zh, "施耐德")
            .last()
            .cloned()
            .flatten()
            .as_deref(),
        Some("schneider_electric")
    );
    // A first part that is another name stays that name.
    let t = "中国银行发布公告。中国经济增长。";
    assert_eq!(
        ids_at(t, Lang::Zh, "中国")
            .last()
            .cloned()
            .flatten()
            .as_deref(),
        Some("china")
    );
}

#[test]
fn a_word_of_nationality_is_no_short_form() {
    let t = "Swiss Re raised its outlook. Swiss banks were calmer.";
    assert_eq!(ids_at(t, Lang::En, "Swiss").last().cloned().flatten(), None);
}

#[test]
fn index_constituents_have_their_chinese_names() {
    // A few of the CAC 40, DAX 40, SMI and OMX Copenhagen 25 names, in both scripts.
    for (zh, id) in [
        ("欧莱雅", "loreal"),
        ("歐萊雅", "loreal"),
        ("德意志银行", "deutsche_bank"),
        ("英飛凌", "infineon"),
        ("瑞士再保险", "swiss_re"),
        ("沃旭", "orsted"),
        ("嘉士伯", "carlsberg"),
    ] {
        let t = format!("{zh}周二公布业绩。");
        assert_eq!(id_of(&t, Lang::Zh, zh).as_deref(), Some(id), "{zh}");
    }
}

#[test]
fn a_romanized_given_name_keeps_its_second_syllable() {
    let t = "Heute begrüßte Minister Lin Wei-ting den Deal. Die Firma ist New York-based.";
    assert!(
        id_of(t, Lang::De, "Lin Wei-ting").is_some(),
        "{:?}",
        pairs(t, Lang::De)
    );
    // Not an English compound.
    let t = "The startup Velora Robotics-owned plant opened.";
    assert!(id_of(t, Lang::En, "Velora Robotics-owned").is_none());
}

#[test]
fn a_chinese_name_glossed_in_brackets_clusters_across_documents() {
    let de = "Der taiwanische Minister Lin Wei-ting (林韋廷) begrüßte den Deal. Lin sagte, die Insel profitiere.";
    let zh = "台湾经济部长林韦廷出席签约仪式。林韦廷表示欢迎。";
    let g = Gazetteer::embedded();
    for order in [[0, 1], [1, 0]] {
        let texts = [(de, Lang::De), (zh, Lang::Zh)];
        let mut docs: Vec<Vec<EntityMention>> = order
            .iter()
            .map(|&i| g.link(texts[i].0, texts[i].1))
            .collect();
        cluster(&mut docs);
        let (d_de, d_zh) = if order[0] == 0 { (0, 1) } else { (1, 0) };
        let latin = docs[d_de]
            .iter()
            .find(|m| m.span.slice(de) == Some("Lin Wei-ting"))
            .map(|m| (m.id.clone(), m.name.clone()));
        let chinese: Vec<(String, String)> = docs[d_zh]
            .iter()
            .filter(|m| m.span.slice(zh) == Some("林韦廷"))
            .map(|m| (m.id.clone(), m.name.clone()))
            .collect();
        assert!(latin.is_some(), "{order:?}");
        assert_eq!(chinese.len(), 2, "{order:?}");
        assert!(
            chinese.iter().all(|c| Some(c) == latin.as_ref()),
            "{order:?}: {latin:?} {chinese:?}"
        );
    }
}

#[test]
fn a_chinese_family_name_with_a_title_names_the_person() {
    let t = "经济部长龚明华出席。龚部长表示欢迎。";
    let full = id_of(t, Lang::Zh, "龚明华");
    assert!(full.is_some());
    assert_eq!(id_of(t, Lang::Zh, "龚部长"), full);
    let t = "比亚迪董事长王传福表示满意。王先生没有透露细节。";
    assert_eq!(
        id_of(t, Lang::Zh, "王先生").as_deref(),
        Some("wang_chuanfu")
    );
    // Two people with the family name: neither.
    let t = "董事长王传福和总裁王小明出席。王董事长表示满意。";
    assert_eq!(id_of(t, Lang::Zh, "王董事长"), None);
}

#[test]
fn a_name_with_a_particle_and_its_later_family_name() {
    let t = "Der Konzern holte gestern Anna von Muster an Bord. Von Muster soll führen, sagte Herr von Muster. Der Chef von Siemens und die Übernahme von Voltrix.";
    let full = id_of(t, Lang::De, "Anna von Muster");
    assert!(full.is_some(), "{:?}", pairs(t, Lang::De));
    let shorts = ids_at(t, Lang::De, "Muster");
    assert_eq!(shorts.len(), 3);
    assert!(shorts[1..].iter().all(|id| *id == full), "{shorts:?}");
    // A plain preposition between nouns joins nothing.
    assert!(id_of(t, Lang::De, "Chef von Siemens").is_none());
    assert!(id_of(t, Lang::De, "Übernahme von Voltrix").is_none());
}

// ---------------------------------------------------------------- ministers, short Chinese forms

#[test]
fn portfolio_words_are_no_part_of_a_ministers_name() {
    let t = "Secondo la ministra del Lavoro Marina Castellani, il piano è pronto. Castellani ha \
             aggiunto che il viceministro degli Esteri e della Cooperazione Carlo Bianchi era assente.";
    assert_eq!(
        pairs(t, Lang::It),
        [
            (
                "Marina Castellani".to_string(),
                "new:marina castellani".to_string()
            ),
            (
                "Castellani".to_string(),
                "new:marina castellani".to_string()
            ),
            ("Carlo Bianchi".to_string(), "new:carlo bianchi".to_string()),
        ]
    );
    let t = "Selon la ministre de la Culture Rachida Dati, le musée rouvrira. Dati a ajouté.";
    let ids: Vec<String> = pairs(t, Lang::Fr).into_iter().map(|p| p.1).collect();
    assert_eq!(ids, ["new:rachida dati", "new:rachida dati"]);
    // Before a given name, without a title.
    let t = "Il piano delle Infrastrutture Giorgio Venturini lo ha firmato ieri.";
    assert_eq!(
        id_of(t, Lang::It, "Giorgio Venturini").as_deref(),
        Some("new:giorgio venturini")
    );
    // Elsewhere a portfolio word stays in a name ("Energia Futura SpA").
    let t = "La società Energia Futura ha chiuso il bilancio.";
    assert!(
        has_id(t, Lang::It, "new:energia futura"),
        "{:?}",
        pairs(t, Lang::It)
    );
}

#[test]
fn chinese_company_named_after_a_country() {
    // An industry word after a country makes a company, not the country; its abbreviation
    // (first characters of the parts) names it later.
    let t = "据报道，荷兰铁路周二宣布购买新列车。荷铁表示，荷兰铁路将投资20亿欧元。荷兰政府支持。";
    let p = pairs(t, Lang::Zh);
    assert_eq!(
        p,
        [
            ("荷兰铁路".to_string(), "new:荷兰铁路".to_string()),
            ("荷铁".to_string(), "new:荷兰铁路".to_string()),
            ("荷兰铁路".to_string(), "new:荷兰铁路".to_string()),
            ("荷兰".to_string(), "netherlands".to_string()),
        ]
    );
}

#[test]
fn chinese_two_character_short_forms_stand_alone() {
    // "蓝途汽车集团", "蓝途汽车" and "蓝途" are one company (industry words and suffixes are no
    // part of its key); the two characters link only where they stand alone.
    let t = "蓝途汽车集团周二宣布新车型。蓝途表示，蓝途汽车今年销量翻倍。";
    let ids: Vec<String> = pairs(t, Lang::Zh).into_iter().map(|p| p.1).collect();
    assert_eq!(ids, ["new:蓝途", "new:蓝途", "new:蓝途"]);
    let t = "华凌航运集团宣布增资。华凌表示将扩张。";
    let ids: Vec<String> = pairs(t, Lang::Zh).into_iter().map(|p| p.1).collect();
    assert_eq!(ids, ["new:华凌", "new:华凌"]);
    // After a verb, where a word no name holds follows.
    let t = "华凌航运集团宣布增资。消息刺激华凌今日股价上涨。";
    let ids: Vec<String> = pairs(t, Lang::Zh).into_iter().map(|p| p.1).collect();
    assert_eq!(ids, ["new:华凌", "new:华凌"]);
    // Inside a longer word, no.
    let t = "华凌航运集团宣布增资。新华凌晨发布消息。";
    assert_eq!(pairs(t, Lang::Zh).len(), 1, "{:?}", pairs(t, Lang::Zh));
}

#[test]
fn romanized_given_name_with_a_one_vowel_syllable() {
    let t = "Le président de la compagnie, Tsai Feng-i, a confirmé l'accord.";
    assert_eq!(
        id_of(t, Lang::Fr, "Tsai Feng-i").as_deref(),
        Some("new:tsai feng i")
    );
}

// ---------------------------------------------------------------- foreign names in Chinese

#[test]
fn chinese_transliteration_links_known_people() {
    let t = "甲骨文创始人拉里·埃里森和马克·贝尼奥夫会面。西门子首席执行官罗兰·布施表示，\
             克劳迪奥·德斯卡尔齐也出席。贝尼奥夫同意。";
    let p = pairs(t, Lang::Zh);
    for (surface, id) in [
        ("拉里·埃里森", "larry_ellison"),
        ("马克·贝尼奥夫", "marc_benioff"),
        ("罗兰·布施", "roland_busch"),
        ("克劳迪奥·德斯卡尔齐", "claudio_descalzi"),
        ("贝尼奥夫", "marc_benioff"),
    ] {
        assert!(
            p.contains(&(surface.to_string(), id.to_string())),
            "{surface}: {p:?}"
        );
    }
    let m = link(t, Lang::Zh);
    assert!(m.iter().any(|m| m.rule == "transliteration"));
}

#[test]
fn chinese_transliteration_of_someone_else_stays_apart() {
    // Sounds like no known person closely enough (or like two of them): a new name.
    let t = "马克·米勒和罗兰·布朗以及克里斯蒂安·克劳斯出席了会议。";
    let ids: Vec<String> = pairs(t, Lang::Zh).into_iter().map(|p| p.1).collect();
    assert_eq!(
        ids,
        ["new:马克·米勒", "new:罗兰·布朗", "new:克里斯蒂安·克劳斯"]
    );
}

#[test]
fn clusterer_joins_a_latin_name_and_its_transliteration() {
    let g = Gazetteer::embedded();
    let mut docs = vec![
        g.link(
            "Der Vorstandschef Markus Kellner sagte, der Versorger investiere mehr.",
            Lang::De,
        ),
        g.link(
            "该公司首席执行官马库斯·凯尔纳表示，凯尔纳计划增加投资。另一位高管马库斯·布朗没有评论。",
            Lang::Zh,
        ),
    ];
    cluster(&mut docs);
    let id_of = |d: &[EntityMention], s: &str, text: &str| {
        d.iter()
            .find(|m| m.span.slice(text) == Some(s))
            .map(|m| m.id.clone())
    };
    let zh =
        "该公司首席执行官马库斯·凯尔纳表示，凯尔纳计划增加投资。另一位高管马库斯·布朗没有评论。";
    let latin = id_of(
        &docs[0],
        "Markus Kellner",
        "Der Vorstandschef Markus Kellner sagte, der Versorger investiere mehr.",
    );
    assert_eq!(latin.as_deref(), Some("new:markus kellner"));
    assert_eq!(id_of(&docs[1], "马库斯·凯尔纳", zh), latin);
    assert_eq!(id_of(&docs[1], "凯尔纳", zh), latin);
    // Another Markus is another person.
    assert_ne!(id_of(&docs[1], "马库斯·布朗", zh), latin);
    // The other order: the Chinese name first.
    let mut docs = vec![
        g.link(zh, Lang::Zh),
        g.link(
            "Der Vorstandschef Markus Kellner sagte, der Versorger investiere mehr.",
            Lang::De,
        ),
    ];
    cluster(&mut docs);
    assert_eq!(docs[0][0].id, docs[1][0].id, "{docs:?}");
}

#[test]
fn a_family_name_used_alone_first_names_a_company() {
    // "Brandmeier" the company, before "Marc Brandmeier" its chief: two entities.
    let t = "Le groupe EssilorLuxottica veut s'emparer de Brandmeier, premier réseau \
             d'opticiens. Marc Brandmeier restera aux commandes. Brandmeier a annoncé.";
    let p = pairs(t, Lang::Fr);
    assert_eq!(
        p[1],
        ("Brandmeier".to_string(), "new:brandmeier".to_string())
    );
    assert_eq!(
        p[2],
        (
            "Marc Brandmeier".to_string(),
            "new:marc brandmeier".to_string()
        )
    );
    // A headline may use the family name first.
    let t = "Brandmeier verkauft\nKonzernchef Jonas Brandmeier sagte, Brandmeier bleibe.";
    let ids: Vec<String> = pairs(t, Lang::De).into_iter().map(|p| p.1).collect();
    assert_eq!(ids.last().map(String::as_str), Some("new:jonas brandmeier"));
}

#[test]
fn german_hyphenated_surname_and_genitive_descriptor() {
    let t = "Der Konzernchef Henri Dumont-Lefebvre sagte, die Rechte des chinesischen \
             Herstellers Qilu Tianhe seien teuer.";
    let p = pairs(t, Lang::De);
    assert!(p.contains(&(
        "Henri Dumont-Lefebvre".to_string(),
        "new:henri dumont lefebvre".to_string()
    )));
    assert!(p.contains(&("Qilu Tianhe".to_string(), "new:qilu tianhe".to_string())));
}

#[test]
fn a_role_in_apposition_makes_a_person() {
    // An unknown given name: the role after the name ("PDG de") tells a person, whose family
    // name alone then follows.
    let t = "« Nous grandirons », a déclaré Rodolphe Bérard, PDG de Velora. M. Bérard vise Lyon.";
    let m = link(t, Lang::Fr);
    let full = m.iter().find(|m| m.name == "Rodolphe Bérard").unwrap();
    assert_eq!(full.kind, EntityKind::Person);
    let short: Vec<&str> = m
        .iter()
        .filter(|x| x.id == full.id)
        .filter_map(|x| x.span.slice(t))
        .collect();
    assert_eq!(short, ["Rodolphe Bérard", "Bérard"]);
}

#[test]
fn clusterer_joins_a_chinese_name_and_its_romanization() {
    let g = Gazetteer::embedded();
    let fr = "Selon Wang Jianhua, président de Velora Holdings, la production doublera.";
    let zh = "Velora Holdings董事长王建华表示，产量将翻番。总经理李明没有评论。";
    let mut docs = vec![g.link(fr, Lang::Fr), g.link(zh, Lang::Zh)];
    cluster(&mut docs);
    let id = |d: &[EntityMention], t: &str, s: &str| {
        d.iter()
            .find(|m| m.span.slice(t) == Some(s))
            .map(|m| m.id.clone())
    };
    let latin = id(&docs[0], fr, "Wang Jianhua");
    assert!(latin.is_some(), "{:?}", docs[0]);
    assert_eq!(id(&docs[1], zh, "王建华"), latin);
    assert_ne!(id(&docs[1], zh, "李明"), latin);
    // Two people who fit: no guess.
    let de = "Laut Wang Jianhua und Wang Jianguo, beide Manager bei Velora, steigt die Produktion.";
    let mut docs = vec![g.link(de, Lang::De), g.link(zh, Lang::Zh)];
    cluster(&mut docs);
    let zh_id = id(&docs[1], zh, "王建华");
    assert!(zh_id.is_some_and(|i| i.contains('王')), "{docs:?}");
}

#[test]
fn clusterer_joins_a_family_name_alone_in_transliteration() {
    let g = Gazetteer::embedded();
    let it = "Secondo l'amministratore delegato Luca Montesano, la produzione crescerà.";
    let zh = "首席执行官蒙特萨诺表示，产量将增长。";
    let mut docs = vec![g.link(it, Lang::It), g.link(zh, Lang::Zh)];
    cluster(&mut docs);
    let latin = docs[0]
        .iter()
        .find(|m| m.span.slice(it) == Some("Luca Montesano"))
        .map(|m| m.id.clone());
    let han = docs[1]
        .iter()
        .find(|m| m.span.slice(zh) == Some("蒙特萨诺"))
        .map(|m| m.id.clone());
    assert!(latin.is_some(), "{:?}", docs[0]);
    assert_eq!(han, latin, "{:?}", docs[1]);
}

#[test]
fn clusterer_joins_a_short_family_name_alone_whose_vowels_agree() {
    // Two consonants only ("阿巴特": b, t): the vowels and the vowel start must agree too.
    let g = Gazetteer::embedded();
    let it = "Il ministro Marco Abate e il presidente Xavier Pelletier hanno firmato l'accordo.";
    let zh = "部长阿巴特表示，协议已经签署。总裁佩尔蒂埃说，工厂将扩建。主管阿博特没有评论。";
    let mut docs = vec![g.link(it, Lang::It), g.link(zh, Lang::Zh)];
    cluster(&mut docs);
    let id = |d: &[EntityMention], t: &str, s: &str| {
        d.iter()
            .find(|m| m.span.slice(t) == Some(s))
            .map(|m| m.id.clone())
    };
    let abate = id(&docs[0], it, "Marco Abate");
    assert!(abate.is_some(), "{:?}", docs[0]);
    assert_eq!(id(&docs[1], zh, "阿巴特"), abate, "{:?}", docs[1]);
    // French "-ier" has a silent "r".
    let pelletier = id(&docs[0], it, "Xavier Pelletier");
    assert!(pelletier.is_some(), "{:?}", docs[0]);
    assert_eq!(id(&docs[1], zh, "佩尔蒂埃"), pelletier, "{:?}", docs[1]);
    // "a, o" is not "a, a".
    assert_ne!(id(&docs[1], zh, "阿博特"), abate, "{:?}", docs[1]);
}

#[test]
fn clusterer_joins_a_family_name_of_two_characters_after_a_role() {
    // "鲍尔" (Bauer): two characters of transliteration after a role, the first no Chinese
    // family name, are a foreign person's family name.
    let g = Gazetteer::embedded();
    let de = "Finanzchefin Anna Bauer sagte, der Umsatz steige.";
    let zh = "首席财务官鲍尔表示，销售额将增长。";
    let mut docs = vec![g.link(de, Lang::De), g.link(zh, Lang::Zh)];
    cluster(&mut docs);
    let latin = docs[0]
        .iter()
        .find(|m| m.span.slice(de) == Some("Anna Bauer"))
        .map(|m| m.id.clone());
    let han = docs[1]
        .iter()
        .find(|m| m.span.slice(zh) == Some("鲍尔"))
        .map(|m| m.id.clone());
    assert!(latin.is_some(), "{:?}", docs[0]);
    assert_eq!(han, latin, "{:?}", docs[1]);
    // Not the start of a hyphenated given name.
    let t = "委员会主席玛丽-洛尔·德尼表示，";
    let names: Vec<String> = link(t, Lang::Zh)
        .iter()
        .filter_map(|m| m.span.slice(t).map(str::to_string))
        .collect();
    assert!(!names.iter().any(|n| n == "玛丽"), "{names:?}");
}

#[test]
fn clusterer_gives_a_transliteration_the_known_person_another_document_names() {
    // The gazetteer knows two people whose family names sound like "布鲁默": alone, it is
    // neither; after a document naming one of them, it is that one.
    let g = Gazetteer::embedded();
    let zh = "首席执行官布鲁默表示，公司将扩大投资。";
    let alone = g.link(zh, Lang::Zh);
    assert!(
        alone
            .iter()
            .any(|m| m.span.slice(zh) == Some("布鲁默") && m.id.starts_with("new:")),
        "{alone:?}"
    );
    let de = "Konzernchef Oliver Blume sagte, der Hersteller werde mehr investieren.";
    let mut docs = vec![g.link(de, Lang::De), g.link(zh, Lang::Zh)];
    cluster(&mut docs);
    assert!(
        docs[0].iter().any(|m| m.id == "oliver_blume"),
        "{:?}",
        docs[0]
    );
    let han = docs[1].iter().find(|m| m.span.slice(zh) == Some("布鲁默"));
    assert_eq!(
        han.map(|m| m.id.as_str()),
        Some("oliver_blume"),
        "{:?}",
        docs[1]
    );
    assert_eq!(han.map(|m| m.name.as_str()), Some("Oliver Blume"));
    // The known person's own mentions keep their id, whatever the order.
    let mut docs = vec![g.link(zh, Lang::Zh), g.link(de, Lang::De)];
    cluster(&mut docs);
    assert!(
        docs[1].iter().any(|m| m.id == "oliver_blume"),
        "{:?}",
        docs[1]
    );
}

#[test]
fn a_family_name_alone_links_a_known_person_only_if_its_vowels_agree() {
    // Common foreign family names in transliteration whose consonants sound like a known
    // person's, not their vowels: new names. A known person's own name links.
    for name in ["瓦格纳", "林德纳", "维塔莱", "齐达内", "伊洛娜"] {
        let t = format!("首席执行官{name}表示，公司将扩大投资。");
        let found = link(&t, Lang::Zh);
        let m = found.iter().find(|m| m.span.slice(&t) == Some(name));
        assert!(
            m.is_some_and(|m| m.id.starts_with("new:")),
            "{name}: {found:?}"
        );
    }
    let t = "意大利总统马塔雷拉表示，政府将扩大投资。";
    assert!(
        link(t, Lang::Zh)
            .iter()
            .any(|m| m.id == "sergio_mattarella"),
        "{:?}",
        link(t, Lang::Zh)
    );
}

#[test]
fn transliterated_names_keep_their_whole_extent() {
    // "易" (Louis, Luigi), "白" (Elizabeth), "书" (Joshua), "延" (Jens) are characters of
    // transliteration: the name is not cut at them.
    let t = "法国前总理伊丽莎白·博尔内表示，意大利前外长路易吉·迪马约和约书亚·基米希、延斯·魏德曼出席。";
    let found = link(t, Lang::Zh);
    let names: Vec<&str> = found.iter().filter_map(|m| m.span.slice(t)).collect();
    for n in [
        "伊丽莎白·博尔内",
        "路易吉·迪马约",
        "约书亚·基米希",
        "延斯·魏德曼",
    ] {
        assert!(names.contains(&n), "{n}: {names:?}");
    }
    assert!(found.iter().any(|m| m.id == "elisabeth_borne"), "{found:?}");
    // Consonants like a known person's ("Luca de Meo"), vowels not: a new name.
    let m = found
        .iter()
        .find(|m| m.span.slice(t) == Some("路易吉·迪马约"))
        .map(|m| m.id.as_str());
    assert_eq!(m, Some("new:路易吉·迪马约"));
    // "理" (Richard), "可" (Marco), "果" and "雨" (Hugo) too; a Chinese family name and a
    // given character right before an interpunct are no Chinese person's name.
    let t = "首席执行官理查德·卢茨说，奥地利的雨果·波尔蒂希称，国务卿马可·鲁比奥表示。";
    let found = link(t, Lang::Zh);
    let names: Vec<&str> = found.iter().filter_map(|m| m.span.slice(t)).collect();
    assert!(names.contains(&"理查德·卢茨"), "{names:?}");
    assert!(names.contains(&"雨果·波尔蒂希"), "{names:?}");
    assert!(!names.contains(&"马可"), "{names:?}");
    assert!(found.iter().any(|m| m.id == "richard_lutz"), "{found:?}");
    assert!(found.iter().any(|m| m.id == "marco_rubio"), "{found:?}");
}

#[test]
fn a_transliteration_links_a_known_person_only_if_the_family_names_start_alike() {
    // "马德拉" (Madella) is close to "Nadella" in every sound but the first: a different person.
    let found = link("萨蒂亚·马德拉表示，公司将扩大投资。", Lang::Zh);
    assert!(found.iter().all(|m| m.id != "satya_nadella"), "{found:?}");
    let found = link("萨蒂亚·纳德拉表示，公司将扩大投资。", Lang::Zh);
    assert!(found.iter().any(|m| m.id == "satya_nadella"), "{found:?}");
}

// ---------------------------------------------------------------- broad gazetteer, name shapes

#[test]
fn chinese_word_names_link_with_an_organization_word_or_another_mention() {
    let count = |t: &str, id: &str| link(t, Lang::Zh).iter().filter(|m| m.id == id).count();
    // An organization word or a role right after the name.
    assert_eq!(count("美的集团周一公布了季度业绩。", "midea"), 1);
    assert_eq!(count("美的董事长表示将扩大投资。", "midea"), 1);
    // A bare use links where the text names the company otherwise, at a word boundary.
    assert_eq!(
        count(
            "美的集团宣布收购计划。分析师认为，对美的而言，这笔交易很重要。",
            "midea"
        ),
        2
    );
    // The ordinary word stays a word: inside a longer word, or with no other mention.
    assert_eq!(count("美的集团宣布收购。她说这是完美的结局。", "midea"), 1);
    assert_eq!(count("这是一个美的故事。", "midea"), 0);
    assert_eq!(count("中国平安公布业绩。祝你一路平安。", "ping_an"), 1);
    assert_eq!(count("我们关注成长和发展。", "ck_hutchison"), 0);
    assert_eq!(
        count(
            "长和集团旗下的港口业务出售后，長和股价上涨。",
            "ck_hutchison"
        ),
        2
    );
}

#[test]
fn broad_gazetteer_links_companies_and_leaders_in_every_language() {
    assert!(has_id("库卡机器人的订单增加。", Lang::Zh, "kuka"));
    assert!(has_id("长江和记实业公布业绩。", Lang::Zh, "ck_hutchison"));
    assert!(has_id("董事长方洪波表示。", Lang::Zh, "fang_hongbo"));
    assert!(has_id(
        "Laut Fang Hongbo wächst Midea.",
        Lang::De,
        "fang_hongbo"
    ));
    assert!(has_id(
        "Le groupe Carrefour a publié ses résultats.",
        Lang::Fr,
        "carrefour"
    ));
    assert!(has_id(
        "Leonardo ha firmato un contratto.",
        Lang::It,
        "leonardo"
    ));
    // A person whose name holds a company's name is a person, and the other way round.
    let p = pairs("Fabio de' Longhi guida De'Longhi.", Lang::It);
    let ids: Vec<&str> = p.iter().map(|(_, id)| id.as_str()).collect();
    assert_eq!(ids, ["fabio_de_longhi", "delonghi"]);
    assert!(!has_id(
        "Leonardo da Vinci dipinse la Gioconda.",
        Lang::It,
        "leonardo"
    ));
}

#[test]
fn names_in_capitals_need_capitals() {
    // A name written in capitals links in capitals or capitalized (three letters or more),
    // never in lower case; a capitalized short one at a sentence's start needs another mention.
    assert!(has_id("UPS hat die Prognose gesenkt.", Lang::De, "ups"));
    assert!(!has_id("Oh hmm, ups, das war nichts.", Lang::De, "hmm"));
    assert!(!has_id("Hmm, disse il portavoce.", Lang::It, "hmm"));
    assert!(has_id("Le vendite di Lvmh sono calate.", Lang::It, "lvmh"));
    assert!(has_id("Le vendite di Byd sono cresciute.", Lang::It, "byd"));
}

#[test]
fn hyphenated_and_glued_spellings() {
    // German compounds join a name's words with hyphens; a glued name may be written apart.
    let t = "Der IG-Metall-Vize kritisierte Arcelor-Mittal, die Siemens-Energy-Aktie stieg.";
    let ids: Vec<String> = pairs(t, Lang::De).into_iter().map(|p| p.1).collect();
    assert_eq!(ids, ["ig_metall", "arcelormittal", "siemens_energy"]);
    // The company's shares are not its subsidiary.
    assert_eq!(
        id_of("Die Thyssenkrupp-Aktie fiel.", Lang::De, "Thyssenkrupp").as_deref(),
        Some("thyssenkrupp")
    );
    // Each part of a split name needs its capital.
    assert!(!has_id(
        "Die arcelor-mittal Linie.",
        Lang::De,
        "arcelormittal"
    ));
    assert!(has_id(
        "Arcelor Mittal investiert.",
        Lang::De,
        "arcelormittal"
    ));
}

#[test]
fn a_transliterated_person_is_no_company() {
    // "雷诺" is Renault, but inside a transliterated foreign name it is the person's.
    let l = link("托马斯·雷诺表示，雷诺汽车将裁员。", Lang::Zh);
    assert_eq!(l.first().map(|m| m.kind), Some(EntityKind::Person));
    assert!(l.first().is_some_and(|m| m.id != "renault"));
    assert!(l.iter().any(|m| m.id == "renault"));
    // A stranger whose name merely sounds like a known person's stays a stranger.
    assert!(link("布莱克·莫雷特表示。", Lang::Zh)
        .iter()
        .all(|m| m.id.starts_with("new:")));
}

#[test]
fn subsidiaries_and_family_names_stay_apart() {
    // A known company's name and a branch word after it: another organization; the parent
    // keeps its own mentions; legal forms and "Group" change nothing.
    let t = "De'Longhi Industrial controlla il 53% di De'Longhi. Apple Inc. e Volkswagen Group.";
    let ids: Vec<String> = pairs(t, Lang::It).into_iter().map(|p| p.1).collect();
    assert_eq!(
        ids,
        [
            "new:de longhi industrial",
            "delonghi",
            "apple",
            "volkswagen"
        ]
    );
    // A foreign person's family name alone, which is also a company's Chinese name, is the
    // person's where the text names the company no other way.
    let t = "首席执行官托马斯·雷诺表示，交易将创造价值。雷诺称，用户将超过两千万。";
    let l = link(t, Lang::Zh);
    let person = id_of(t, Lang::Zh, "托马斯·雷诺");
    assert!(person.is_some(), "{l:?}");
    let later = t.rfind("雷诺").unwrap_or(0);
    let later = l
        .iter()
        .find(|m| m.span.start == later)
        .map(|m| m.id.clone());
    assert_eq!(later, person, "{l:?}");
    let t = "托马斯·雷诺表示，雷诺汽车将裁员。";
    assert!(has_id(t, Lang::Zh, "renault"));
    // A known Chinese person's romanized name: the family name comes first.
    let t = "Il presidente Fang Hongbo ha firmato. Fang ha aggiunto che la sede resterà.";
    assert_eq!(id_last(t, Lang::It, "Fang").as_deref(), Some("fang_hongbo"));
    // An Italian pronoun at a sentence's start is no family name.
    let t = "Lei Jun ha presentato il telefono. Lei ha risposto alle domande.";
    assert_eq!(link(t, Lang::It).len(), 1);
    // After a comma, a given name's shape is a person in apposition.
    let t =
        "La directrice financière du groupe, Cécile Marchand, a précisé. Mme Marchand a ajouté.";
    let full = id_of(t, Lang::Fr, "Cécile Marchand");
    assert!(full.is_some());
    assert_eq!(id_last(t, Lang::Fr, "Marchand"), full);
}

#[test]
fn clusterer_joins_a_name_written_glued_and_apart() {
    let g = Gazetteer::embedded();
    let mut docs = vec![
        g.link(
            "L'operatore VelotelMobile ha chiuso il trimestre in crescita.",
            Lang::It,
        ),
        g.link("Der Anbieter Velotel Mobile wächst.", Lang::De),
    ];
    cluster(&mut docs);
    let first = docs[0].first().map(|m| m.id.clone());
    assert!(first.is_some(), "{docs:?}");
    assert_eq!(docs[1].first().map(|m| m.id.clone()), first, "{docs:?}");
}

// ---------------------------------------------------------------- short later mentions (session 8)

#[test]
fn romanized_chinese_family_name_first() {
    // The family name of a romanized Chinese name comes first; "M. Li" and "secondo Hu" with
    // a family name of two letters after a title or mid-sentence.
    let t = "Le président Sun Jianmin a parlé. M. Sun a ajouté.";
    assert_eq!(
        id_last(t, Lang::Fr, "Sun").as_deref(),
        Some("new:sun jianmin")
    );
    let t = "Sun Jianmin, président du groupe, a parlé. Selon M. Sun, tout va bien.";
    assert_eq!(
        id_of(t, Lang::Fr, "Sun Jianmin").as_deref(),
        Some("new:sun jianmin")
    );
    assert_eq!(
        id_last(t, Lang::Fr, "Sun").as_deref(),
        Some("new:sun jianmin")
    );
    let t = "Xu Ming, presidente del gruppo, ha parlato. Secondo Xu, la rete cresce.";
    assert_eq!(id_last(t, Lang::It, "Xu").as_deref(), Some("new:xu ming"));
    let t = "Der Chef Zhang Wei sagte, Herr Zhang erwarte Wachstum.";
    assert_eq!(
        id_last(t, Lang::De, "Zhang").as_deref(),
        Some("new:zhang wei")
    );
    // A Western name keeps its last word.
    let t = "Il presidente Marco Ferrandi ha parlato. Ferrandi ha detto di sì.";
    assert_eq!(
        id_last(t, Lang::It, "Ferrandi").as_deref(),
        Some("new:marco ferrandi")
    );
    // A two-letter family name at a sentence's start, no title: left alone ("Li" is also an
    // Italian pronoun).
    let t = "Il presidente Li Donghai ha parlato. Li abbiamo sentiti tutti.";
    assert_eq!(id_last(t, Lang::It, "Li"), None);
    // "Ma" (Italian "but") does not start a romanized name at a sentence's start.
    let t = "Ma Rossi non era presente, e Rossi lo sa.";
    assert!(!link(t, Lang::It).iter().any(|m| m.id == "new:ma rossi"));
}

#[test]
fn acronym_with_one_capital() {
    // "Tvi" beside "TVI" (defined by its expansion) names the same company.
    let t =
        "La società Trasporti Veloci Italiani (TVI) ha chiuso l'anno. Tvi ha detto che crescerà.";
    let full = id_of(t, Lang::It, "Trasporti Veloci Italiani");
    assert!(full.is_some());
    assert_eq!(id_of(t, Lang::It, "Tvi"), full);
    // A word that is a function word is no acronym's variant.
    let t = "Il ministero (DEL) e poi Del Monte.";
    assert!(!link(t, Lang::It)
        .iter()
        .any(|m| m.span.slice(t) == Some("Del") && m.rule.contains("acronym")));
}

#[test]
fn chinese_short_forms_of_a_full_name() {
    // Initials of the name's words and the name without its group or facility word, where the
    // full name is in the text.
    let t = "中国银行与上海汽车集团签约。中银表示，上汽将扩产。";
    assert_eq!(id_of(t, Lang::Zh, "中银").as_deref(), Some("bank_of_china"));
    assert_eq!(id_of(t, Lang::Zh, "上汽").as_deref(), Some("saic_motor"));
    let t = "招商银行周三公布业绩。招银表示，利润增长。";
    assert_eq!(
        id_of(t, Lang::Zh, "招银").as_deref(),
        Some("china_merchants_bank")
    );
    let t = "卡塔拉铜矿（Katala Copper）的产量增长。卡塔拉表示，将扩产。";
    let full = id_of(t, Lang::Zh, "卡塔拉铜矿");
    assert!(full.is_some());
    assert_eq!(id_last(t, Lang::Zh, "卡塔拉"), full);
    // Without the full name, no short form; inside an ordinary word, none either.
    assert_eq!(id_of("招银表示，利润增长。", Lang::Zh, "招银"), None);
    let t = "上海汽车集团签约。他在上汽车站等人。";
    assert_eq!(id_last(t, Lang::Zh, "上汽"), None);
}

#[test]
fn last_word_of_a_two_word_name_of_no_known_kind() {
    // No role or given name tells the kind: the last word alone still names it.
    let t = "Il corriere fu fondato da Romualdo Ferracci nel 1928. Oggi Ferracci non c'è più.";
    assert_eq!(
        id_last(t, Lang::It, "Ferracci").as_deref(),
        Some("new:romualdo ferracci")
    );
    // A sentence-initial name in apposition to a role keeps its first word.
    let t = "Romualdo Ferracci, fondatore dell'azienda, ha parlato. Ferracci ha aggiunto altro.";
    assert_eq!(
        id_of(t, Lang::It, "Romualdo Ferracci").as_deref(),
        Some("new:romualdo ferracci")
    );
    assert_eq!(
        id_last(t, Lang::It, "Ferracci").as_deref(),
        Some("new:romualdo ferracci")
    );
}

#[test]
fn former_names_and_breadth_of_session_8() {
    // A former name (form `former`) links to the entity as it is called now.
    let t = "L'ex Finmeccanica, oggi Leonardo, e Salini Impregilo, oggi Webuild.";
    assert_eq!(
        id_of(t, Lang::It, "Finmeccanica").as_deref(),
        Some("leonardo")
    );
    assert_eq!(
        id_of(t, Lang::It, "Salini Impregilo"),
        id_of(t, Lang::It, "Webuild")
    );
    // A company whose name is a German common noun is given in its longer form only.
    assert!(has_id(
        "La società austriaca Verbund AG ha investito.",
        Lang::It,
        "verbund"
    ));
    assert!(!has_id(
        "Der Verbund der Stadtwerke wächst.",
        Lang::De,
        "verbund"
    ));
    // Regulators and unions, Chinese names of groups.
    assert!(has_id(
        "L'Arera ha fissato le tariffe; la Fiom protesta.",
        Lang::It,
        "arera"
    ));
    assert!(has_id("中粮集团与万华化学签约。", Lang::Zh, "cofco"));
    assert!(has_id(
        "中粮集团与万华化学签约。",
        Lang::Zh,
        "wanhua_chemical"
    ));
    // Ministries of one country in ordinary words stay unlinked elsewhere.
    assert!(!has_id(
        "Das französische Verteidigungsministerium",
        Lang::De,
        "german_defence_ministry"
    ));
}

#[test]
fn chinese_leaders_in_both_scripts() {
    // A leader the gazetteer knows in Han characters and romanized: one id in either script.
    assert!(has_id(
        "紫金矿业董事长陈景河表示，产量将增长。",
        Lang::Zh,
        "chen_jinghe"
    ));
    assert!(has_id(
        "Il presidente di Zijin, Chen Jinghe, ha detto.",
        Lang::It,
        "chen_jinghe"
    ));
    assert!(has_id("萬華化學董事長廖增太說。", Lang::Zh, "liao_zengtai"));
}

#[test]
fn family_name_after_a_title_names_the_one_known_person() {
    assert_eq!(
        id_of(
            "Lo ha detto il ministro Crosetto ieri.",
            Lang::It,
            "Crosetto"
        )
        .as_deref(),
        Some("guido_crosetto")
    );
    assert_eq!(
        id_of("Selon Mme Vautrin, la réforme avance.", Lang::Fr, "Vautrin").as_deref(),
        Some("catherine_vautrin")
    );
    // A family name two known people share names neither.
    let id = id_of("Das sagte Herr Schneider am Montag.", Lang::De, "Schneider");
    assert!(
        id.as_deref().is_none_or(|i| i.starts_with("new:")),
        "{id:?}"
    );
}

/// The kind of the mention at the first occurrence of `surface`.
fn kind_of(text: &str, lang: Lang, surface: &str) -> Option<EntityKind> {
    let at = text.find(surface)?;
    link(text, lang)
        .into_iter()
        .find(|m| m.span.start == at && m.span.end == at + surface.len())
        .map(|m| m.kind)
}

#[test]
fn names_written_in_lower_case_link_whatever_the_case() {
    // The official name is written in lower case: both spellings link.
    assert_eq!(
        id_of(
            "Il gruppo adidas ha chiuso il trimestre.",
            Lang::It,
            "adidas"
        )
        .as_deref(),
        Some("adidas")
    );
    assert_eq!(
        id_of("Adidas a publié ses comptes.", Lang::Fr, "Adidas").as_deref(),
        Some("adidas")
    );
    assert_eq!(
        id_of("Der Klebstoffhersteller tesa wächst.", Lang::De, "tesa").as_deref(),
        Some("tesa")
    );
    assert_eq!(
        id_of(
            "Le robinetier hansgrohe recrute en Alsace.",
            Lang::Fr,
            "hansgrohe"
        )
        .as_deref(),
        Some("hansgrohe")
    );
    assert_eq!(
        id_of("Le groupe bpost rachète un concurrent.", Lang::Fr, "bpost").as_deref(),
        Some("bpost")
    );
    assert_eq!(
        id_of(
            "Die Aktie von thyssenkrupp stieg.",
            Lang::De,
            "thyssenkrupp"
        )
        .as_deref(),
        Some("thyssenkrupp")
    );
    assert!(has_id("德莎公司表示。", Lang::Zh, "tesa"));
    // Written in Latin letters inside Chinese text, lower case too.
    assert!(has_id(
        "运动品牌adidas第三季度营收增长。",
        Lang::Zh,
        "adidas"
    ));
    assert!(has_id("德国企业hansgrohe宣布。", Lang::Zh, "hansgrohe"));
    // A lower-case name that is a common word of the language links in lower case only where
    // the text names the company otherwise too.
    assert!(!has_id(
        "La corda era tesa e la situazione difficile.",
        Lang::It,
        "tesa"
    ));
    assert!(has_id(
        "Tesa SE ha aumentato i ricavi; tesa punta sull'auto.",
        Lang::It,
        "tesa"
    ));
    assert!(!has_id(
        "Il concerto dal vivo è piaciuto.",
        Lang::It,
        "vivo"
    ));
}

#[test]
fn plants_after_a_known_name_make_a_subsidiary() {
    for (t, lang, sub, parent) in [
        (
            "Die Siemens Mobility baut Stellen ab.",
            Lang::De,
            "Siemens Mobility",
            "siemens",
        ),
        (
            "Die Michelin Reifenwerke schließen ein Werk.",
            Lang::De,
            "Michelin Reifenwerke",
            "michelin",
        ),
        (
            "Die Bosch Stahlwerke melden Kurzarbeit.",
            Lang::De,
            "Bosch Stahlwerke",
            "bosch",
        ),
    ] {
        let id = id_of(t, lang, sub);
        assert!(id.as_deref().is_some_and(|i| i != parent), "{t}: {id:?}");
    }
    // The parent alone stays the parent.
    assert_eq!(
        id_of(
            "Michelin schließt Werke in Deutschland.",
            Lang::De,
            "Michelin"
        )
        .as_deref(),
        Some("michelin")
    );
}

#[test]
fn places_are_places() {
    for (t, lang, place) in [
        ("La centrale di Trino sarà riconvertita.", Lang::It, "Trino"),
        ("Lo stabilimento di Novara chiude.", Lang::It, "Novara"),
        ("L'usine de Mulhouse fermera en 2026.", Lang::Fr, "Mulhouse"),
        (
            "Le site de Saint-Étienne reste ouvert.",
            Lang::Fr,
            "Saint-Étienne",
        ),
        (
            "Les péniches sur le Rhône sont à l'arrêt.",
            Lang::Fr,
            "Rhône",
        ),
        ("Das Werk in Ingolstadt bleibt.", Lang::De, "Ingolstadt"),
        ("Die Fabrik in Ingolstadt wächst.", Lang::De, "Ingolstadt"),
        (
            "Das Werk in Niedersachsen wächst.",
            Lang::De,
            "Niedersachsen",
        ),
        ("The plant in Lower Saxony grows.", Lang::En, "Lower Saxony"),
        ("Il Piemonte investe nell'energia.", Lang::It, "Piemonte"),
        ("Die Zentrale in Genf bleibt.", Lang::De, "Genf"),
        ("The factory in Jiangsu expands.", Lang::En, "Jiangsu"),
        ("公司在江苏和浙江设厂。", Lang::Zh, "江苏"),
        ("工厂位于莱茵河畔。", Lang::Zh, "莱茵河"),
    ] {
        assert_eq!(kind_of(t, lang, place), Some(EntityKind::Place), "{t}");
    }
}

#[test]
fn the_parents_name_alone_after_a_subsidiarys_stays_the_parent() {
    let t = "Iliad Italia ha chiuso il trimestre. Secondo Iliad, i clienti crescono.";
    assert_eq!(id_last(t, Lang::It, "Iliad").as_deref(), Some("iliad"));
    let t = "Xiaomi Europa wächst. Xiaomi verkauft mehr Telefone.";
    assert_eq!(id_last(t, Lang::De, "Xiaomi").as_deref(), Some("xiaomi"));
}

#[test]
fn a_first_word_shared_only_by_another_companys_former_name_still_shortens() {
    // "Sequoia China" is a former name of HongShan, not its name: "Sequoia" alone after
    // "Sequoia Capital" is Sequoia Capital.
    let t = "Il fondo Sequoia Capital ha investito. Secondo Sequoia, la crescita continua.";
    assert_eq!(
        id_last(t, Lang::It, "Sequoia").as_deref(),
        Some("sequoia_capital")
    );
    // Two companies' own names start with the word: it names neither.
    let t = "Deutsche Bank und Deutsche Telekom melden Zahlen. Deutsche Werte steigen.";
    assert_ne!(
        id_last(t, Lang::De, "Deutsche").as_deref(),
        Some("deutsche_bank")
    );
}

#[test]
fn a_place_before_a_company_name_leaves_the_company() {
    // A province's name at the start of a Chinese company's name: the company still links.
    assert!(has_id("浙江吉利控股集团宣布。", Lang::Zh, "geely"));
    assert!(has_id("宁德时代在福建宁德建厂。", Lang::Zh, "catl"));
    assert_eq!(
        kind_of("苏州银行发布财报。", Lang::Zh, "苏州银行"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn an_unknown_name_where_a_plant_stands_is_no_company() {
    for (t, lang, place) in [
        ("Das Werk in Homburg bleibt offen.", Lang::De, "Homburg"),
        ("L'usine de Vierzon fermera.", Lang::Fr, "Vierzon"),
        ("Lo stabilimento di Cuorgnè chiude.", Lang::It, "Cuorgnè"),
        (
            "The plant in Spartanburg will grow.",
            Lang::En,
            "Spartanburg",
        ),
    ] {
        let kind = kind_of(t, lang, place);
        assert!(kind.is_none_or(|k| k == EntityKind::Place), "{t}: {kind:?}");
    }
    assert_eq!(
        kind_of("L'usine de Vierzon fermera.", Lang::Fr, "Vierzon"),
        Some(EntityKind::Place)
    );
}

#[test]
fn romanized_chinese_names_are_people() {
    // A known family name and a given name of pinyin syllables is a person's name.
    for (text, name) in [
        ("Xu Ming e Liang Wei hanno firmato.", "Xu Ming"),
        ("Xu Ming e Liang Wei hanno firmato.", "Liang Wei"),
        ("Selon Guo Hua, le marché recule.", "Guo Hua"),
    ] {
        let m = link(text, Lang::It);
        let kind = m
            .iter()
            .find(|m| m.span.slice(text) == Some(name))
            .map(|m| m.kind);
        assert_eq!(kind, Some(EntityKind::Person), "{name}");
    }
    // Not a given name of pinyin: no person.
    let text = "Il porto di Long Beach ha chiuso.";
    assert!(link(text, Lang::It)
        .iter()
        .all(|m| m.kind != EntityKind::Person));
}

#[test]
fn descriptions_name_one_company_of_the_document() {
    let text = "Lindt alza i prezzi. Il gruppo svizzero prevede vendite in crescita.";
    let d: Vec<(String, String)> = link(text, Lang::It)
        .into_iter()
        .filter(|m| m.rule == "description")
        .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.id))
        .collect();
    assert_eq!(d, [("gruppo svizzero".to_string(), "lindt".to_string())]);
    // Two Swiss companies: no link; a Swiss person: no link.
    for text in [
        "Lindt e Nestlé alzano i prezzi. Il gruppo svizzero prevede vendite in crescita.",
        "Lindt alza i prezzi. Lo svizzero Rossi prevede vendite in crescita.",
    ] {
        assert!(
            link(text, Lang::It).iter().all(|m| m.rule != "description"),
            "{text}"
        );
    }
}

#[test]
fn known_names_link_at_a_sentence_start() {
    // A name that is a common word only of another language links at a sentence's start.
    for (text, lang, surface, id) in [
        (
            "Carrefour venderà cinquanta supermercati in Sicilia.",
            Lang::It,
            "Carrefour",
            "carrefour",
        ),
        (
            "Bombardier delivered more business jets than planned.",
            Lang::En,
            "Bombardier",
            "bombardier",
        ),
        (
            "Ikea baisse ses prix en Allemagne.",
            Lang::Fr,
            "Ikea",
            "ikea",
        ),
        (
            "Lancia baut ein neues Modell in Turin.",
            Lang::De,
            "Lancia",
            "lancia",
        ),
        (
            "Manchester United sold its shirt rights. Real Madrid paid more.",
            Lang::En,
            "Real Madrid",
            "real_madrid",
        ),
        (
            "Die Rechte hält Bayern München.",
            Lang::De,
            "Bayern München",
            "fc_bayern",
        ),
    ] {
        assert_eq!(id_of(text, lang, surface).as_deref(), Some(id), "{text}");
    }
    assert_eq!(
        id_of("Seit Montag hält Sky die Rechte.", Lang::De, "Sky").as_deref(),
        Some("sky_group")
    );
    // Where the name is a word of the text's language, only if the text names it elsewhere.
    assert!(!has_id(
        "Carrefour et rond-point sont fermés.",
        Lang::Fr,
        "carrefour"
    ));
    assert!(!has_id("Lancia la palla e corre.", Lang::It, "lancia"));
    // Sentence-initial function words stay no names.
    for (text, lang) in [
        ("Il governo ha approvato la legge.", Lang::It),
        ("Dopo la riunione il governo ha taciuto.", Lang::It),
        ("Le gouvernement a approuvé la loi.", Lang::Fr),
        ("Der Vorstand hat zugestimmt.", Lang::De),
        ("Nach der Sitzung hat der Vorstand zugestimmt.", Lang::De),
        ("The board approved the plan.", Lang::En),
    ] {
        assert!(
            pairs(text, lang).is_empty(),
            "{text}: {:?}",
            pairs(text, lang)
        );
    }
}

#[test]
fn a_romanized_chinese_name_opens_a_german_sentence() {
    let text = "Zhao Lei hat den Vertrag unterschrieben.";
    let m = link(text, Lang::De);
    let found: Vec<(&str, EntityKind)> = m
        .iter()
        .map(|m| (m.span.slice(text).unwrap_or("?"), m.kind))
        .collect();
    assert_eq!(found, [("Zhao Lei", EntityKind::Person)]);
    // Two German words in a row at a sentence's start are no name.
    assert!(pairs("Neue Verträge hat der Vorstand unterschrieben.", Lang::De).is_empty());
    // A pronoun that also spells pinyin syllables is no given name.
    assert!(pairs("Wen Sie fragen, der weiß es nicht.", Lang::De).is_empty());
}

#[test]
fn a_chinese_name_glossed_in_latin_after_a_role_is_the_name_alone() {
    let text =
        "西班牙外长莫拉莱斯（Diego Morales）周一表示，谈判将继续。莫拉莱斯还说，协议很快会签署。";
    let found: Vec<(String, String)> = pairs(text, Lang::Zh)
        .into_iter()
        .filter(|(_, id)| id.contains("morales"))
        .collect();
    let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        names,
        ["莫拉莱斯", "Diego Morales", "莫拉莱斯"],
        "{found:?}"
    );
    assert!(
        found.iter().all(|(_, id)| id == "new:diego morales"),
        "{found:?}"
    );
}

#[test]
fn a_given_name_before_a_company_name_makes_a_person() {
    for (text, lang, name) in [
        (
            "Secondo Giulia Ferrari la domanda resterà debole.",
            Lang::It,
            "Giulia Ferrari",
        ),
        (
            "Laut Thomas Siemens sinkt der Absatz.",
            Lang::De,
            "Thomas Siemens",
        ),
        (
            "Economist Sarah Shell expects rates to fall.",
            Lang::En,
            "Sarah Shell",
        ),
    ] {
        let m = link(text, lang);
        let found: Vec<(&str, EntityKind)> = m
            .iter()
            .map(|m| (m.span.slice(text).unwrap_or("?"), m.kind))
            .collect();
        assert_eq!(found, [(name, EntityKind::Person)], "{text}");
    }
    // The company alone, or after a word that is no given name, stays the company.
    assert_eq!(
        id_of(
            "Il titolo Ferrari sale. Ferrari vende di più.",
            Lang::It,
            "Ferrari"
        )
        .as_deref(),
        Some("ferrari")
    );
}

#[test]
fn hyphenated_given_names_in_german() {
    // A hyphenated given name is one word of the name, mid-sentence and at a sentence's start.
    let text = "Gestern sagte Hans-Peter Vogt, der Umsatz steige. Anna-Lena Krüger widersprach.";
    assert_eq!(
        id_of(text, Lang::De, "Hans-Peter Vogt").as_deref(),
        Some("new:hans peter vogt")
    );
    assert_eq!(
        id_of(text, Lang::De, "Anna-Lena Krüger").as_deref(),
        Some("new:anna lena kruger")
    );
    // A common noun after the name is still no part of it.
    let text = "Am Montag wollte Hans-Peter Vogt Gespräche führen.";
    assert_eq!(
        id_of(text, Lang::De, "Hans-Peter Vogt").as_deref(),
        Some("new:hans peter vogt")
    );
}

#[test]
fn german_compound_roles_are_no_part_of_a_name() {
    // "Sportdirektor", "Innenverteidiger", "Agrarvorstand": compounds ending in a role.
    let text = "«Wir sind zufrieden», sagte Sportdirektor Lukas Brenner. Brenner lobte das Team.";
    assert_eq!(
        id_of(text, Lang::De, "Lukas Brenner").as_deref(),
        Some("new:lukas brenner")
    );
    assert_eq!(
        id_last(text, Lang::De, "Brenner").as_deref(),
        Some("new:lukas brenner")
    );
    let text = "Der Klub gibt Innenverteidiger Tomás Ruiz an einen Rivalen ab.";
    assert_eq!(
        id_of(text, Lang::De, "Tomás Ruiz").as_deref(),
        Some("new:tomas ruiz")
    );
    // After a role at a sentence's start, the capital is the name's.
    let text = "Das Jahr war gut. Agrarvorstand Pedro Alvarez ergänzte, es gebe Wachstum.";
    assert_eq!(
        id_of(text, Lang::De, "Pedro Alvarez").as_deref(),
        Some("new:pedro alvarez")
    );
    // A role alone names nobody.
    let text = "Der Finanzvorstand sagte, der Sportdirektor habe zugestimmt.";
    assert!(
        link(text, Lang::De).is_empty(),
        "{:?}",
        pairs(text, Lang::De)
    );
}

#[test]
fn names_with_one_capital_before_their_acronym() {
    // French and Italian write a public body's name with one capital: its content words'
    // initials spell the acronym after it, and the two name one body.
    let text = "La Caisse nationale des retraites (CNR) a publié ses comptes. Selon la CNR, le déficit baisse.";
    let long = id_of(text, Lang::Fr, "Caisse nationale des retraites");
    // (Keyed by the acronym, the same in every language: `new:cnr`.)
    assert_eq!(long.as_deref(), Some("new:cnr"));
    assert_eq!(id_last(text, Lang::Fr, "CNR"), long);
    let text = "L'Agenzia nazionale per la sicurezza ferroviaria (ANSF) ha chiesto verifiche.";
    assert_eq!(
        id_of(text, Lang::It, "ANSF"),
        id_of(
            text,
            Lang::It,
            "Agenzia nazionale per la sicurezza ferroviaria"
        )
    );
    // A known acronym gives the long name its entity ("Banque centrale européenne (BCE)").
    let text = "La Banque centrale européenne (BCE) a relevé ses taux.";
    assert_eq!(
        id_of(text, Lang::Fr, "Banque centrale européenne").as_deref(),
        Some("ecb")
    );
    // The names of the Swiss railways in their country's languages are one company.
    for (text, lang) in [
        (
            "Les Chemins de fer fédéraux (CFF) commandent des trains.",
            Lang::Fr,
        ),
        (
            "Le Ferrovie federali svizzere (FFS) ordinano treni.",
            Lang::It,
        ),
        ("Die Schweizerische Bundesbahnen bestellen Züge.", Lang::De),
    ] {
        assert!(has_id(text, lang, "sbb"), "{text}: {:?}", pairs(text, lang));
    }
}

#[test]
fn no_acronym_definition_without_the_name() {
    // No capital on the first word: a description, no name ("une très grande entreprise").
    let text = "Il s'agit d'une très grande entreprise (TGE) du secteur.";
    assert!(
        id_of(text, Lang::Fr, "très grande entreprise").is_none(),
        "{:?}",
        pairs(text, Lang::Fr)
    );
    // Initials that do not spell the acronym: the words before it are no name of it.
    let text = "Les Magasins réunis de la ville (XYZ) ferment.";
    assert!(
        id_of(text, Lang::Fr, "Magasins réunis de la ville").is_none(),
        "{:?}",
        pairs(text, Lang::Fr)
    );
    // The first word of a capitalized name is no short form of another company when the
    // name has its acronym ("Ferrovie" of "Ferrovie dello Stato").
    let text = "Ferrovie dello Stato Italiane e le Ferrovie federali svizzere (FFS) firmano.";
    assert_ne!(
        id_of(text, Lang::It, "Ferrovie federali svizzere").as_deref(),
        Some("ferrovie_dello_stato")
    );
}

#[test]
fn chinese_public_bodies_keep_their_country() {
    // A country's name at the start of a public body's name is the body's, not the country.
    let text = "西班牙国家市场与竞争委员会周三表示，将调查此事。";
    let found = pairs(text, Lang::Zh);
    assert!(
        found.iter().all(|(_, id)| id != "spain"),
        "the country is no mention of its own: {found:?}"
    );
    assert_eq!(
        id_of(text, Lang::Zh, "西班牙国家市场与竞争委员会").as_deref(),
        Some("new:西班牙国家市场与竞争")
    );
    let text = "该公司表示将向意大利最高行政法院提起上诉。";
    assert!(
        !has_id(text, Lang::Zh, "italy"),
        "{:?}",
        pairs(text, Lang::Zh)
    );
    // A country alone stays a country.
    let text = "委员会表示，西班牙经济增长放缓。";
    assert_eq!(id_of(text, Lang::Zh, "西班牙").as_deref(), Some("spain"));
    // A Latin name in brackets gives the body its entity.
    let text = "法国国家信息与自由委员会（CNIL）周四宣布罚款。";
    assert_eq!(
        id_of(text, Lang::Zh, "法国国家信息与自由委员会").as_deref(),
        Some("cnil")
    );
}

#[test]
fn chinese_sports_roles_before_a_name() {
    // "中卫" (centre-back) before a name with its Latin name in brackets: one person.
    let text = "俱乐部宣布签下韩国中卫朴成勋（Park Sung-hoon），朴成勋将于下周报到。";
    let id = id_of(text, Lang::Zh, "朴成勋");
    assert_eq!(id, id_of(text, Lang::Zh, "Park Sung-hoon"));
    assert!(id.is_some(), "{:?}", pairs(text, Lang::Zh));
}

#[test]
fn other_names_of_one_person() {
    // "noto anche come", "also known as", "英文名": the two names are one person's.
    let text = "Il marchio fondato da Wang Haoran (noto anche come Henry Wang) cresce. Wang, che vive a Singapore, resta il primo azionista.";
    let id = id_of(text, Lang::It, "Wang Haoran");
    assert!(id.is_some(), "{:?}", pairs(text, Lang::It));
    assert_eq!(id_of(text, Lang::It, "Henry Wang"), id);
    assert_eq!(id_last(text, Lang::It, "Wang"), id);
    let text = "该集团创始人林志强（英文名Peter Lin）表示将继续持股。";
    assert_eq!(
        id_of(text, Lang::Zh, "Peter Lin"),
        id_of(text, Lang::Zh, "林志强")
    );
    // Two known entities stay apart; words that are no such phrase join nothing.
    let text = "Siemens, also known as a conglomerate, competes with ABB and Schneider Electric.";
    assert_ne!(
        id_of(text, Lang::En, "Siemens"),
        id_of(text, Lang::En, "ABB")
    );
    let text = "Marco Bianchi ha incontrato Laura Conti a Milano.";
    assert_ne!(
        id_of(text, Lang::It, "Marco Bianchi"),
        id_of(text, Lang::It, "Laura Conti")
    );
}

#[test]
fn chinese_family_name_after_a_western_given_name() {
    // "Tom Xu", then "Xu": the family name of two letters stands alone mid-sentence.
    let text = "The app was founded by Tom Xu in 2012. Investors say Xu plans a listing.";
    assert_eq!(
        id_last(text, Lang::En, "Xu"),
        id_of(text, Lang::En, "Tom Xu")
    );
    // At a sentence's start only before a comma ("Xu, who ..."), never as a plain word.
    let text = "The firm hired Anna Hu last year. Hu, who led sales, left in May.";
    assert_eq!(
        id_last(text, Lang::En, "Hu"),
        id_of(text, Lang::En, "Anna Hu")
    );
    // Italian "Ma" (but) at a sentence's start is no family name.
    let text = "Il fondatore è Jack Ma da anni. Ma la società cresce meno.";
    assert_eq!(id_last(text, Lang::It, "Ma"), None);
}

#[test]
fn postal_operators_in_chinese() {
    for (text, id) in [
        ("法国邮政旗下的快递公司收购了一家意大利企业。", "la_poste"),
        ("瑞士邮政宣布调整价格。", "swiss_post"),
        ("德国邮政公布了季度业绩。", "deutsche_post"),
    ] {
        assert!(
            has_id(text, Lang::Zh, id),
            "{text}: {:?}",
            pairs(text, Lang::Zh)
        );
    }
}

#[test]
fn home_place_adjective_before_a_name() {
    // "die Zürcher Velantis" where the text also writes "Velantis": the adjective describes
    // the company's home and is no part of its name.
    let text = "Den Auftrag erhielt ein Konsortium, an dem die Zürcher Velantis 40 Prozent hält. \
                Für Velantis ist der Auftrag groß, die Velantis-Aktie stieg.";
    let found = link(text, Lang::De);
    assert_eq!(
        id_of(text, Lang::De, "Velantis").as_deref(),
        Some("new:velantis"),
        "{found:?}"
    );
    assert!(
        found.iter().all(|m| m.id != "new:zurcher velantis"),
        "{found:?}"
    );
    // A common noun after the adjective makes a description, not a name ("der Wolfsburger
    // Konzern" is no company called "Konzern").
    let text = "Der Konzern wächst. Diess hat den Wolfsburger Konzern geführt.";
    assert!(
        link(text, Lang::De).iter().all(|m| m.id != "new:konzern"),
        "{:?}",
        pairs(text, Lang::De)
    );
    // Without the rest written alone, the name is kept as it stands.
    let text = "Das Konsortium, an dem die Zürcher Velantis 40 Prozent hält, gewinnt.";
    assert!(
        link(text, Lang::De).iter().all(|m| m.id != "new:velantis"),
        "{:?}",
        pairs(text, Lang::De)
    );
}

#[test]
fn chinese_transliterated_names_shortened_to_two_characters() {
    // "尤文图斯" then "尤文": a foreign company's transliterated name by its first two
    // characters, where the text gives it in full.
    let text = "尤文图斯俱乐部周三宣布签约。尤文将支付转会费，尤文的股价上涨。";
    assert_eq!(id_last(text, Lang::Zh, "尤文").as_deref(), Some("juventus"));
    // Not without the full name in the text.
    let text = "尤文将支付转会费。";
    assert!(
        !has_id(text, Lang::Zh, "juventus"),
        "{:?}",
        pairs(text, Lang::Zh)
    );
    // Not for a name of words ("国际米兰": "国际" is "international").
    let text = "国际米兰击败对手。国际市场反应平淡，国际投资者观望。";
    let found = link(text, Lang::Zh);
    let at = text.find("国际市场").unwrap();
    assert!(
        found.iter().all(|m| m.span.start != at),
        "{:?}",
        pairs(text, Lang::Zh)
    );
}

/// (surface, id, kind) of every mention.
fn kinds_of(text: &str, lang: Lang) -> Vec<(String, String, EntityKind)> {
    link(text, lang)
        .into_iter()
        .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.id, m.kind))
        .collect()
}

#[test]
fn romance_institution_names_are_read_whole() {
    // Written with one capital, no acronym beside them: the whole name is one organization.
    let t = "Il finanziamento arriva dall'Istituto nazionale di geofisica e vulcanologia e \
             dall'Autorità nazionale anticorruzione, secondo l'Agenzia per la cybersicurezza \
             nazionale.";
    let got = kinds_of(t, Lang::It);
    let names: Vec<&str> = got.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(
        names,
        [
            "Istituto nazionale di geofisica e vulcanologia",
            "Autorità nazionale anticorruzione",
            "Agenzia per la cybersicurezza nazionale"
        ],
        "{got:?}"
    );
    assert!(
        got.iter().all(|(_, _, k)| *k == EntityKind::Organization),
        "{got:?}"
    );
    let t = "Selon l'Autorité de régulation des communications électroniques, le Conseil \
             supérieur de l'audiovisuel et le Comité national olympique ont signé.";
    let got = kinds_of(t, Lang::Fr);
    let names: Vec<&str> = got.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(
        names,
        [
            "Autorité de régulation des communications électroniques",
            "Conseil supérieur de l'audiovisuel",
            "Comité national olympique"
        ],
        "{got:?}"
    );
    assert!(
        got.iter().all(|(_, _, k)| *k == EntityKind::Organization),
        "{got:?}"
    );
}

#[test]
fn german_institution_names_with_prepositions_are_read_whole() {
    let t = "Das Bundesamt für Strahlenschutz und das Deutsche Institut für Normung legten \
             Zahlen vor; das Statistische Landesamt meldet mehr Anträge, ebenso die \
             Bundesanstalt für Wasserbau und Schifffahrt.";
    let got = kinds_of(t, Lang::De);
    let names: Vec<&str> = got.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(
        names,
        [
            "Bundesamt für Strahlenschutz",
            "Deutsche Institut für Normung",
            "Statistische Landesamt",
            "Bundesanstalt für Wasserbau und Schifffahrt"
        ],
        "{got:?}"
    );
    assert!(
        got.iter().all(|(_, _, k)| *k == EntityKind::Organization),
        "{got:?}"
    );
}

#[test]
fn institutions_with_one_head_stay_apart() {
    // Two bodies with the same head noun (and most words in common) are two entities, in one
    // text and across documents.
    let t = "L'Agenzia spaziale tedesca e l'Agenzia spaziale spagnola hanno firmato.";
    let got = pairs(t, Lang::It);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_ne!(got[0].1, got[1].1, "{got:?}");
    let g = Gazetteer::embedded();
    let mut docs = vec![
        g.link(
            "Il Comitato olimpico nazionale ha approvato il bilancio.",
            Lang::It,
        ),
        g.link(
            "Il Comitato olimpico internazionale ha approvato il bilancio.",
            Lang::It,
        ),
    ];
    cluster(&mut docs);
    assert_eq!(docs[0].len(), 1, "{docs:?}");
    assert_eq!(docs[1].len(), 1, "{docs:?}");
    assert_ne!(docs[0][0].id, docs[1][0].id, "{docs:?}");
}

#[test]
fn institution_heads_alone_are_no_names() {
    // An indefinite article, a common idiom, a known company after the preposition: no body's
    // name.
    let t = "Im Zentrum der Kritik steht ein Zentrum für Forschung.";
    assert!(link(t, Lang::De).is_empty(), "{:?}", pairs(t, Lang::De));
    let t = "Ieri il Consiglio di Stellantis ha approvato i conti.";
    assert_eq!(
        id_of(t, Lang::It, "Stellantis").as_deref(),
        Some("stellantis")
    );
    // (Capitalized mid-sentence, the head alone may still be discovered: never the phrase.)
    let t = "Serve un comitato olimpico nuovo, dice un Comitato olimpico regionale.";
    let got = pairs(t, Lang::It);
    assert!(got.iter().all(|(s, _)| !s.contains("olimpico")), "{got:?}");
}

#[test]
fn a_named_foundation_takes_its_places() {
    // A foundation named after places: one organization over them, the places inside it.
    let t = "La Fondazione Torino Sestriere ha chiuso i conti, disse il presidente a Torino.";
    let got = kinds_of(t, Lang::It);
    assert_eq!(
        got.first().map(|g| g.0.as_str()),
        Some("Fondazione Torino Sestriere"),
        "{got:?}"
    );
    assert_eq!(
        got.first().map(|g| g.2),
        Some(EntityKind::Organization),
        "{got:?}"
    );
    assert_eq!(
        id_last(t, Lang::It, "Torino").as_deref(),
        Some("turin"),
        "{got:?}"
    );
}

#[test]
fn a_body_read_whole_defines_the_acronym_after_it() {
    // The whole name is the acronym's definition; later uses of the acronym follow it.
    let t = "Die Bundesanstalt für Wasserbau und Schifffahrt (BAWS) prüft die Schleuse. Laut \
             BAWS dauert das zwei Jahre.";
    let got = pairs(t, Lang::De);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(
        got[0].0, "Bundesanstalt für Wasserbau und Schifffahrt",
        "{got:?}"
    );
    assert!(got.iter().all(|(_, id)| *id == got[0].1), "{got:?}");
    // A known acronym keeps its entity: the name before it links there too.
    let t = "Hier, la Commission nationale de l'informatique et des libertés (CNIL) a sanctionné \
             un hébergeur.";
    let got = pairs(t, Lang::Fr);
    assert!(got.iter().all(|(_, id)| id == "cnil"), "{got:?}");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn public_bodies_link_in_every_language_and_script() {
    let cases: &[(&str, Lang, &str, &str)] = &[
        (
            "Ieri l'Esa ha firmato il contratto.",
            Lang::It,
            "Esa",
            "esa",
        ),
        (
            "Die Europäische Weltraumorganisation hat zugestimmt.",
            Lang::De,
            "Europäische Weltraumorganisation",
            "esa",
        ),
        ("欧空局周二表示同意。", Lang::Zh, "欧空局", "esa"),
        (
            "Le budget de l'Agence spatiale italienne augmente.",
            Lang::Fr,
            "Agence spatiale italienne",
            "asi",
        ),
        (
            // (The span leaves the genitive's "s" out, as for every name.)
            "Der Präsident des Internationalen Olympischen Komitees sprach.",
            Lang::De,
            "Internationalen Olympischen Komitee",
            "ioc",
        ),
        (
            "Selon le Comité international olympique, tout va bien.",
            Lang::Fr,
            "Comité international olympique",
            "ioc",
        ),
        ("國際奧委會週二宣布。", Lang::Zh, "國際奧委會", "ioc"),
        ("Ieri la Bce ha alzato i tassi.", Lang::It, "Bce", "ecb"),
        ("德國央行週四表示。", Lang::Zh, "德國央行", "bundesbank"),
        ("中国央行宣布降准。", Lang::Zh, "中国央行", "pboc"),
        (
            "Laut der Welt-Anti-Doping-Agentur fehlen Proben.",
            Lang::De,
            "Welt-Anti-Doping-Agentur",
            "wada",
        ),
        (
            "Secondo l'Organizzazione mondiale della sanità i casi calano.",
            Lang::It,
            "Organizzazione mondiale della sanità",
            "who",
        ),
        (
            "Figures from the Office for National Statistics show a fall.",
            Lang::En,
            "Office for National Statistics",
            "ons_uk",
        ),
        (
            "Ieri il Coni ha approvato il bilancio.",
            Lang::It,
            "Coni",
            "coni",
        ),
        (
            "Das Deutsche Zentrum für Luft- und Raumfahrt testet.",
            Lang::De,
            "Deutsche Zentrum für Luft- und Raumfahrt",
            "dlr",
        ),
        (
            "La Banque nationale de Belgique relève sa prévision.",
            Lang::Fr,
            "Banque nationale de Belgique",
            "national_bank_of_belgium",
        ),
    ];
    for &(t, lang, surface, id) in cases {
        assert_eq!(
            id_of(t, lang, surface).as_deref(),
            Some(id),
            "{t}: {:?}",
            pairs(t, lang)
        );
    }
    // Cuneo keeps its own name.
    assert_eq!(
        id_of("Lo stabilimento di Cuneo chiude.", Lang::It, "Cuneo").as_deref(),
        Some("cuneo")
    );
}

#[test]
fn acronyms_of_other_things_do_not_link_public_bodies() {
    // A chief information officer, artificial superintelligence, a crypto-currency, a German
    // preposition at a sentence's start, a university: no public body.
    for (t, lang) in [
        (
            "The bank's CIO said the ASI race is on and BNB fell.",
            Lang::En,
        ),
        ("Bei der Sitzung sprach niemand.", Lang::De),
        ("UCI researchers built a new model.", Lang::En),
    ] {
        let got = pairs(t, lang);
        for (_, id) in &got {
            assert!(
                !["ioc", "asi", "national_bank_of_belgium", "eib", "uci"].contains(&id.as_str()),
                "{t}: {got:?}"
            );
        }
    }
}

#[test]
fn an_acronym_with_one_capital_is_defined_after_a_body() {
    // Italian news write acronyms with one capital; its letters may be in another language's
    // order (the known body's French acronym).
    let t = "Lo conferma l'Istituto superiore di sanità (Iss). L'Iss pubblicherà i dati lunedì.";
    let got = pairs(t, Lang::It);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].0, "Istituto superiore di sanità", "{got:?}");
    assert!(got.iter().all(|(_, id)| *id == got[0].1), "{got:?}");
    let t = "Ha parlato il Comitato olimpico internazionale (Cio): il Cio non pagherà.";
    let got = pairs(t, Lang::It);
    assert!(got.iter().all(|(_, id)| id == "ioc"), "{got:?}");
    assert_eq!(got.len(), 3, "{got:?}");
    // Not a capitalized word in brackets whose letters are no initials of the name.
    let t = "Lo dice l'Istituto superiore di sanità (Roma).";
    let got = pairs(t, Lang::It);
    assert_eq!(
        id_of(t, Lang::It, "Roma").as_deref(),
        Some("rome"),
        "{got:?}"
    );
}

#[test]
fn a_city_adjective_before_a_head_describes() {
    // "das Frankfurter Institut" is the Frankfurt bank described, no body's name read by the
    // institution rule (what discovery makes of two capitalized words is another matter).
    let t = "Die Käufer bewerten das Frankfurter Institut mit zehn Milliarden Euro.";
    let got = link(t, Lang::De);
    assert!(
        got.iter().all(|m| !m.rule.starts_with("institution")),
        "{got:?}"
    );
}

// ------------------------------------------- a person named in full, then by the family name

/// Where every noun is capitalized (German), a given name the lists lack and a family name at
/// a sentence's start are a person's name when the text then writes the family name alone,
/// mid-sentence, and never in lower case; the later family names (and a genitive "-s" before
/// a noun) link to the person.
#[test]
fn a_family_name_alone_after_the_full_name_in_german() {
    let t = "Die Saison ist vorbei. Tarjei Holmvik hat in Oslo gewonnen. Danach sagte \
             Holmvik, er sei müde. Insgesamt kommt Holmvik auf zwölf Siege. «Holmviks Weg \
             war lang», sagte sein Trainer. Holmvik selbst will nun ruhen.";
    let found = link(t, Lang::De);
    let holm: Vec<(&str, &str)> = found
        .iter()
        .filter(|m| m.id == "new:tarjei holmvik")
        .map(|m| (m.span.slice(t).unwrap_or("?"), m.rule.as_str()))
        .collect();
    assert_eq!(holm.len(), 5, "{found:?}");
    assert_eq!(holm[0].0, "Tarjei Holmvik");
    assert!(found
        .iter()
        .filter(|m| m.id == "new:tarjei holmvik")
        .all(|m| m.kind == EntityKind::Person));
    assert!(holm.iter().any(|(s, _)| *s == "Holmviks"));
}

/// The nouns that must not read so: an adjective and a plural noun at a sentence's start, a
/// noun the text also writes in lower case, and a pair whose second word never stands alone.
#[test]
fn nouns_at_a_sentence_start_are_no_person_in_german() {
    for t in [
        "Neue Zölle treffen die Autobauer. Die Zölle steigen, und höhere Zölle schaden.",
        "Gold Preise sinken. Die Preise fallen, und sinkende Preise freuen die Käufer.",
        "Weltweit Anleger sind nervös. Viele Anleger verkaufen, denn anleger lieben Ruhe.",
        "Tarjei Holmvik hat gewonnen. Er war am Ende schneller als alle anderen.",
    ] {
        let found = link(t, Lang::De);
        assert!(
            found.iter().all(|m| m.kind != EntityKind::Person),
            "{t}: {found:?}"
        );
    }
}

/// A noun before a given name and a family name describes the person where every noun is
/// capitalized ("den Spanier Carlos Ruiz"); the family name alone then links to the person.
#[test]
fn a_describing_noun_is_no_part_of_a_german_name() {
    let t = "Im Finale besiegte er den Spanier Javier Ortega Blanco. Danach lag er vor Blanco. \
             Auch der Teamkollege Pablo Ferrer meldete sich; Ferrer lobte ihn.";
    let p = pairs(t, Lang::De);
    assert!(
        p.contains(&(
            "Javier Ortega Blanco".into(),
            "new:javier ortega blanco".into()
        )),
        "{p:?}"
    );
    assert!(
        p.contains(&("Blanco".into(), "new:javier ortega blanco".into())),
        "{p:?}"
    );
    assert!(
        p.contains(&("Pablo Ferrer".into(), "new:pablo ferrer".into())),
        "{p:?}"
    );
    assert!(
        p.contains(&("Ferrer".into(), "new:pablo ferrer".into())),
        "{p:?}"
    );
    // A given name first is the name's own ("Hans Peter Brunold").
    let t = "Gestern sprach Hans Peter Brunold in Bern.";
    assert!(
        has_id(t, Lang::De, "new:hans peter brunold"),
        "{:?}",
        pairs(t, Lang::De)
    );
}

// ------------------------------------ a Chinese transliteration before a Latin name in brackets

/// A person's Latin name in brackets after Chinese text names the characters right before the
/// bracket that transliterate it, not the words that describe the person before them ("网球
/// 新星", "名将"): later uses repeat the transliteration alone and link too.
#[test]
fn a_bracketed_latin_name_names_its_transliteration_only() {
    let t = "奥地利网球新星策尔纳（Hannes Zellner）今天在维也纳夺冠，击败西班牙名将埃斯皮诺萨\
             （Pablo Espinosa）。赛后策尔纳表示，埃斯皮诺萨是很强的对手。";
    let found = link(t, Lang::Zh);
    let of = |id: &str| -> Vec<&str> {
        found
            .iter()
            .filter(|m| m.id == id)
            .map(|m| m.span.slice(t).unwrap_or("?"))
            .collect()
    };
    assert_eq!(
        of("new:hannes zellner"),
        ["策尔纳", "Hannes Zellner", "策尔纳"],
        "{found:?}"
    );
    assert_eq!(
        of("new:pablo espinosa"),
        ["埃斯皮诺萨", "Pablo Espinosa", "埃斯皮诺萨"],
        "{found:?}"
    );
    // A bracketed name the characters before do not sound like keeps the run after the role,
    // as before: the writer's brackets say they are one.
    let t = "德国队长穆勒（Thomas Brandl）今天进球。";
    assert_eq!(
        id_of(t, Lang::Zh, "穆勒").as_deref(),
        Some("new:thomas brandl")
    );
}

// --------------------------------------------- an event and who runs it; a role's organization

/// An event's or a competition's name ("Velora Cup", cue kind `event`) is not its organizer:
/// the first word alone names who runs it, never the event.
#[test]
fn an_events_first_word_is_not_its_short_form() {
    let t = "Die WTU Finals beginnen am Montag. Die WTU zahlt dafür zwölf Millionen Euro, \
             sagte die WTU am Freitag.";
    let cup = id_of(t, Lang::De, "WTU Finals");
    let org = id_last(t, Lang::De, "WTU");
    assert!(cup.is_some() && org.is_some(), "{:?}", pairs(t, Lang::De));
    assert_ne!(cup, org, "{:?}", pairs(t, Lang::De));
    // An organization's first word still is its short form.
    let t = "Die Velora Dynamics GmbH wächst. Velora will nun expandieren, sagte Velora.";
    assert_eq!(
        id_last(t, Lang::De, "Velora"),
        id_of(t, Lang::De, "Velora Dynamics"),
        "{:?}",
        pairs(t, Lang::De)
    );
}

/// After a role and its "of" ("il presidente dell'Ente X Mario Rossi"), the organization and
/// the person written in one capitalized run are two names: a given name starts the person's.
#[test]
fn a_role_of_an_organization_then_a_person_are_two_names() {
    let t = "Il presidente dell'Fvtu Marco Galli ha parlato a Roma. Galli ha poi lasciato la \
             sala.";
    let p = pairs(t, Lang::It);
    assert!(
        p.contains(&("Marco Galli".into(), "new:marco galli".into())),
        "{p:?}"
    );
    assert!(
        p.contains(&("Galli".into(), "new:marco galli".into())),
        "{p:?}"
    );
    assert!(p.iter().any(|(s, _)| s == "Fvtu"), "{p:?}");
    let t = "Le directeur de l'Unesx Pablo Ortega a démissionné.";
    let p = pairs(t, Lang::Fr);
    assert!(
        p.contains(&("Pablo Ortega".into(), "new:pablo ortega".into())),
        "{p:?}"
    );
    // Without a role before, a run stays whole ("la Banca Mario Rossi" is not split).
    let t = "Secondo la Fondazione Mario Rossi, il bilancio è in pari.";
    let p = pairs(t, Lang::It);
    assert!(!p.iter().any(|(s, _)| s == "Mario Rossi"), "{p:?}");
}

// --------------------------------------------------------------- public bodies read whole

/// Public bodies written with lower-case words inside are read whole: an administration's
/// head ("Administration générale des impôts"), the sports a federation governs
/// ("Federazione italiana nuoto e tuffi" — one name, and its acronym after it), and a
/// ministry written in lower case before its capitalized portfolio ("ministère japonais de
/// l'Industrie"), which needs the portfolio ("le ministère a dit" is no name).
#[test]
fn public_bodies_with_lower_case_words_are_read_whole() {
    let t = "Selon l'Administration générale des impôts (AGI), les recettes ont progressé. \
             L'AGI publiera ses chiffres lundi.";
    let def = id_of(t, Lang::Fr, "Administration générale des impôts");
    assert!(def.is_some(), "{:?}", pairs(t, Lang::Fr));
    assert_eq!(id_last(t, Lang::Fr, "AGI"), def);
    let t = "Secondo la Federazione italiana ciclismo (Fic), le iscrizioni crescono. La Fic \
             organizza il giro.";
    let def = id_of(t, Lang::It, "Federazione italiana ciclismo");
    assert!(def.is_some(), "{:?}", pairs(t, Lang::It));
    assert_eq!(id_last(t, Lang::It, "Fic"), def);
    let t = "Le porte-parole du ministère japonais de l'Industrie a parlé. Le ministère a \
             confirmé.";
    assert_eq!(
        // (Keyed by its state and portfolio since session 18: one id in every language.)
        id_of(t, Lang::Fr, "ministère japonais de l'Industrie").as_deref(),
        Some("new:japan ministry of industry"),
        "{:?}",
        pairs(t, Lang::Fr)
    );
    assert!(
        !pairs(t, Lang::Fr).iter().any(|(s, _)| s == "ministère"),
        "{:?}",
        pairs(t, Lang::Fr)
    );
    let t = "Il ministero dell'Economia e delle Finanze ha confermato i dati.";
    assert!(
        id_of(t, Lang::It, "ministero dell'Economia e delle Finanze").is_some(),
        "{:?}",
        pairs(t, Lang::It)
    );
}

/// A romanized Chinese name whose family name is a function word of another language ("He":
/// English "he") stays whole mid-sentence, after a role too ("Sprecher He Jianguo").
#[test]
fn a_pinyin_family_name_that_is_a_function_word_stays() {
    let t = "Le porte-parole, He Jianping, a parlé. Selon He Jianping, tout va bien.";
    let p = pairs(t, Lang::Fr);
    assert_eq!(
        p.iter()
            .filter(|(s, id)| s == "He Jianping" && id == "new:he jianping")
            .count(),
        2,
        "{p:?}"
    );
    let t = "Sprecher He Jianping sagte, alles sei gut.";
    assert!(
        has_id(t, Lang::De, "new:he jianping"),
        "{:?}",
        pairs(t, Lang::De)
    );
    // The pronoun at a sentence's start is no name: "He said" has no pinyin given name.
    let t = "He said the deal was done.";
    assert!(link(t, Lang::En).is_empty(), "{:?}", pairs(t, Lang::En));
}

// ------------------------------------------------------- a product named like a given name

/// A product's name that is also a common given name ("Claude") before a family name is a
/// person's given name where the text shows a person: a role before ("l'analyste Claude
/// Mercier") or the family name alone elsewhere. The product keeps its own mentions ("une
/// version de Claude", "Claude Opus 4").
#[test]
fn a_given_name_before_a_family_name_is_no_product() {
    let t = "Anthropic a présenté une version de Claude. Selon l'analyste Claude Mercier, de \
             la banque, le modèle est solide.";
    let p = pairs(t, Lang::Fr);
    assert!(p.contains(&("Claude".into(), "claude".into())), "{p:?}");
    assert!(
        p.contains(&("Claude Mercier".into(), "new:claude mercier".into())),
        "{p:?}"
    );
    let t =
        "Claude Mercier, qui suit le secteur, reste prudent. Pour Mercier, la fusion coûte cher.";
    assert!(
        has_id(t, Lang::Fr, "new:claude mercier"),
        "{:?}",
        pairs(t, Lang::Fr)
    );
    assert!(!has_id(t, Lang::Fr, "claude"), "{:?}", pairs(t, Lang::Fr));
    let t = "Anthropic released Claude Opus 4 today.";
    assert!(has_id(t, Lang::En, "claude"), "{:?}", pairs(t, Lang::En));
}

/// A title's abbreviation written in capitals is an acronym's name, not the title ("der
/// Verpackungskonzern SIG"; Italian "Sig." stays a title); a hyphenated family name after a
/// given name and a particle is the person's ("Antoine de Saint-Affrique"), a common noun
/// after the hyphen is not ("Muster-Konzern").
#[test]
fn capitals_and_hyphens_in_german_names() {
    let t = "Der Verpackungskonzern SIG liefert Kartons an Velora.";
    assert!(has_id(t, Lang::De, "new:sig"), "{:?}", pairs(t, Lang::De));
    let t = "Il Sig. Rossi ha parlato ieri.";
    assert!(!has_id(t, Lang::It, "new:sig"), "{:?}", pairs(t, Lang::It));
    let t = "Velora-Chef Bernard de Saint-Ouen spricht von einem Erfolg.";
    assert!(
        has_id(t, Lang::De, "new:bernard de saint ouen"),
        "{:?}",
        pairs(t, Lang::De)
    );
    let t = "Erika Muster-Konzern sagte nichts.";
    assert!(
        !has_id(t, Lang::De, "new:erika muster konzern"),
        "{:?}",
        pairs(t, Lang::De)
    );
}

/// The press's usual names for China: "die Volksrepublik", "das Reich der Mitte", "l'Empire du
/// Milieu", "l'Impero di Mezzo".
#[test]
fn periphrases_of_china() {
    for (t, lang) in [
        ("Die Exporte in die Volksrepublik steigen.", Lang::De),
        ("Das Reich der Mitte exportiert mehr.", Lang::De),
        (
            "Les exportations vers l'Empire du Milieu progressent.",
            Lang::Fr,
        ),
        (
            "Le esportazioni verso l'Impero di Mezzo crescono.",
            Lang::It,
        ),
    ] {
        assert!(has_id(t, lang, "china"), "{t}: {:?}", pairs(t, lang));
    }
}

/// In Chinese, a Latin name followed by an event's word ("WTU公开赛", "WTU年终总决赛") is the
/// event's name; the Latin name alone stays its organizer's, in one text and across texts.
#[test]
fn a_chinese_event_after_a_latin_name_is_not_the_organizer() {
    let t = "WTU公开赛今天开幕。WTU表示，总奖金为100万美元。";
    let p = pairs(t, Lang::Zh);
    assert_eq!(
        p,
        [
            ("WTU公开赛".to_string(), "new:wtu公开赛".to_string()),
            ("WTU".to_string(), "new:wtu".to_string()),
        ]
    );
    let docs = [
        ("WTU公开赛今天开幕。", Lang::Zh),
        ("Die WTU zahlt dafür zwölf Millionen Euro.", Lang::De),
    ];
    let out = Gazetteer::embedded().link_all(&docs);
    let ids: Vec<&str> = out.iter().flatten().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["new:wtu公开赛", "new:wtu"]);
}

/// A family name's particle is no given name: "von der Leyen" known does not make "Von" a
/// given name, so a sentence's "Von Reuters befragte Ökonomen" still names Reuters.
#[test]
fn a_particle_is_no_given_name() {
    let t = "Das Plus war groß. Von Reuters befragte Ökonomen hatten anderes erwartet.";
    assert!(has_id(t, Lang::De, "reuters"), "{:?}", pairs(t, Lang::De));
}

/// A Chinese association's name ends in "协会" like a public body's ("中国足球协会"); a common
/// noun before it is no name ("行业协会", "多家协会").
#[test]
fn a_chinese_association_is_a_name() {
    let t = "中国足球协会今天宣布新规。行业协会表示支持，多家协会呼吁减税。";
    let p = pairs(t, Lang::Zh);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "中国足球协会");
}

#[test]
fn a_datelines_agency_is_no_acronym_of_its_city() {
    // "LYON (AFP) –": the bracket after a place names the agency that wrote the story; a place
    // or a person takes no acronym its initials do not spell.
    let t = "LYON (AFP) – Le groupe Renault a vendu 2 millions de voitures.";
    assert_eq!(id_of(t, Lang::Fr, "LYON").as_deref(), Some("lyon"));
    assert_ne!(id_of(t, Lang::Fr, "AFP").as_deref(), Some("lyon"));
    let t = "MÜNCHEN (DPA) – Siemens hat 2025 mehr verkauft.";
    assert_ne!(id_of(t, Lang::De, "DPA").as_deref(), Some("munich"));
    // A body's acronym after its name still links to it.
    let t = "Il Fondo monetario internazionale (FMI) prevede una crescita del 3%.";
    assert_eq!(
        id_of(t, Lang::It, "FMI"),
        id_of(t, Lang::It, "Fondo monetario internazionale")
    );
}
