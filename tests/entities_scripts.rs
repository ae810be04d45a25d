//! Entities across scripts and names (session 17): the Chinese names of the people the news
//! names most, by the family name alone and in the Taiwan press's spelling; newspapers and news
//! agencies named after a city, which are the outlet and not the place; the European Union's
//! bodies under their prefixed and compound names; a Chinese name's original acronym in
//! brackets; the words that look like names and are none (German possessives, an Italian
//! conjunction, a common noun after a possessive). Our own sentences.

use concord::Gazetteer;
use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{has, pairs};

/// A head of government, a minister, a central banker or an EU official is one person under
/// the Chinese family name mainland agencies write and under the Taiwan press's spelling, in
/// either script; a longer name that holds the family name stays itself.
#[test]
fn officials_link_under_their_chinese_family_names() {
    let cases: [(&str, &str, &str); 11] = [
        (
            "法国总理贝鲁周二在议会发表讲话。",
            "贝鲁",
            "francois_bayrou",
        ),
        ("貝胡週二在國會發表演說。", "貝胡", "francois_bayrou"),
        (
            "德国财长克林拜尔表示预算将平衡。",
            "克林拜尔",
            "lars_klingbeil",
        ),
        ("意大利外长塔亚尼抵达开罗。", "塔亚尼", "antonio_tajani"),
        (
            "英国财政大臣里夫斯公布了新预算。",
            "里夫斯",
            "rachel_reeves",
        ),
        ("美国证交会前主席根斯勒离任。", "根斯勒", "gary_gensler"),
        ("欧洲理事会主席科斯塔召集峰会。", "科斯塔", "antonio_costa"),
        ("波兰总理图斯克访问柏林。", "图斯克", "donald_tusk"),
        ("南非总统拉马福萨出席会议。", "拉马福萨", "cyril_ramaphosa"),
        (
            "墨西哥总统辛鲍姆回应关税威胁。",
            "辛鲍姆",
            "claudia_sheinbaum",
        ),
        ("世卫组织总干事谭德塞发出警告。", "谭德塞", "tedros"),
    ];
    for (text, surface, id) in cases {
        assert!(has(text, Zh, surface, id), "{text}: {:?}", pairs(text, Zh));
    }
    // The Taiwan press's spellings, in traditional script.
    for (text, surface, id) in [
        (
            "土耳其總統艾爾段週五出訪。",
            "艾爾段",
            "recep_tayyip_erdogan",
        ),
        (
            "歐盟執委會主席范德賴恩表示歡迎。",
            "范德賴恩",
            "ursula_von_der_leyen",
        ),
        ("美國副總統范斯週三抵達。", "范斯", "jd_vance"),
    ] {
        assert!(has(text, Zh, surface, id), "{text}: {:?}", pairs(text, Zh));
    }
    // "贝鲁特" is Beirut, not the French prime minister's family name with a character more.
    let text = "代表团从贝鲁特飞往巴黎。";
    assert!(has(text, Zh, "贝鲁特", "beirut"), "{:?}", pairs(text, Zh));
    assert!(!pairs(text, Zh).iter().any(|(_, i)| i == "francois_bayrou"));
}

/// A newspaper named after its city is the newspaper, in Chinese and in Latin letters; the
/// city inside its name links nothing. News agencies link under their names and acronyms.
#[test]
fn outlets_named_after_a_city_are_the_outlet() {
    let cases: [(&str, Lang, &str, &str); 10] = [
        (
            "据纽约时报报道，谈判已经破裂。",
            Zh,
            "纽约时报",
            "new_york_times",
        ),
        (
            "根據紐約時報報導，談判已破裂。",
            Zh,
            "紐約時報",
            "new_york_times",
        ),
        (
            "洛杉矶时报援引消息人士的话说。",
            Zh,
            "洛杉矶时报",
            "la_times",
        ),
        (
            "The Los Angeles Times reported the talks had collapsed.",
            En,
            "Los Angeles Times",
            "la_times",
        ),
        (
            "Wie die Neue Zürcher Zeitung berichtet, sind die Gespräche gescheitert.",
            De,
            "Neue Zürcher Zeitung",
            "nzz",
        ),
        (
            "Laut einem Bericht der Süddeutschen Zeitung verzögert sich das Projekt.",
            De,
            "Süddeutsche",
            "sueddeutsche_zeitung",
        ),
        ("法新社报道，罢工持续第三天。", Zh, "法新社", "afp"),
        ("新华社报道，新机场正式启用。", Zh, "新华社", "xinhua"),
        (
            "Secondo l'agenzia Xinhua il nuovo aeroporto è stato aperto.",
            It,
            "Xinhua",
            "xinhua",
        ),
        (
            "Selon l'AFP, la grève entre dans son troisième jour.",
            Fr,
            "AFP",
            "afp",
        ),
    ];
    for (text, lang, surface, id) in cases {
        let found = pairs(text, lang);
        assert!(
            found.iter().any(|(s, i)| s.starts_with(surface) && i == id),
            "{text}: {found:?}"
        );
        for place in ["new_york", "los_angeles", "zurich"] {
            assert!(!found.iter().any(|(_, i)| i == place), "{text}: {found:?}");
        }
    }
}

/// "EU-"/"UE"/"欧盟" and a body's noun name the body; a German compound of a body's name and a
/// role ("-präsidentin", "-chef", "-sprecher", declined too) names the body, never the Union.
#[test]
fn union_bodies_under_prefixed_and_compound_names() {
    let cases: [(&str, Lang, &str, &str); 9] = [
        (
            "Die EU-Kommissionspräsidentin reist nach Kiew.",
            De,
            "EU-Kommission",
            "european_commission",
        ),
        (
            "Ein EU-Kommissionssprecher wollte das nicht kommentieren.",
            De,
            "EU-Kommission",
            "european_commission",
        ),
        (
            "Der Bundesbankpräsident warnte vor zu frühen Zinssenkungen.",
            De,
            "Bundesbank",
            "bundesbank",
        ),
        (
            "Die Uno verurteilte den Angriff auf den Konvoi.",
            De,
            "Uno",
            "united_nations",
        ),
        (
            "Der Uno-Sicherheitsrat tagt am Freitag.",
            De,
            "Uno-Sicherheitsrat",
            "un_security_council",
        ),
        (
            "La Commission de l'UE a ouvert une enquête.",
            Fr,
            "Commission de l'UE",
            "european_commission",
        ),
        (
            "Il Consiglio Ue ha approvato il pacchetto.",
            It,
            "Consiglio Ue",
            "council_of_the_eu",
        ),
        (
            "欧盟执委会周三提出新方案。",
            Zh,
            "欧盟执委会",
            "european_commission",
        ),
        (
            "歐盟執委會週三提出新方案。",
            Zh,
            "歐盟執委會",
            "european_commission",
        ),
    ];
    for (text, lang, surface, id) in cases {
        let found = pairs(text, lang);
        assert!(has(text, lang, surface, id), "{text}: {found:?}");
        assert!(
            !found.iter().any(|(_, i)| i == "european_union"),
            "{text}: {found:?}"
        );
    }
    // A compound with a common noun that is no role stays apart from the body, and a word that
    // ends in a role holds no name at its start ("Ministerpräsident" is no "Mini").
    let text = "Die EU-Kommissionsvorlage wurde vertagt.";
    assert!(!has(text, De, "EU-Kommission", "european_commission"));
    let text = "Der Ministerpräsident Karl Brandt eröffnete die Messe.";
    assert!(
        !pairs(text, De).iter().any(|(s, _)| s == "Mini"),
        "{:?}",
        pairs(text, De)
    );
}

/// A known organization's Chinese name right before the acronym of its original name in
/// brackets defines the acronym: its later uses name the organization (a party's former name
/// too).
#[test]
fn a_chinese_name_defines_the_acronym_in_brackets() {
    let text = "法院认定，该党前身国民阵线（FN）曾挪用资金。FN随后改名。";
    let found = pairs(text, Zh);
    let fn_links: Vec<_> = found.iter().filter(|(s, _)| s == "FN").collect();
    assert_eq!(fn_links.len(), 2, "{found:?}");
    assert!(
        fn_links.iter().all(|(_, i)| i == "rassemblement_national"),
        "{found:?}"
    );
}

/// Words that look like names and are none: a German possessive opening a sentence ("Seine
/// Tour"), an Italian conjunction that is a foreign alias of a city without its accent
/// ("Come" is no "Côme"), a capitalized common noun after a possessive ("ihrer Crew Prämien");
/// an Italian acronym written with one capital that is also an abbreviation links without the
/// abbreviation's full stop ("la Sec", not "sec.").
#[test]
fn words_that_look_like_names() {
    let text = "Seine letzte Tournee endete in Wien.";
    assert!(
        !pairs(text, De).iter().any(|(_, i)| i == "seine"),
        "{:?}",
        pairs(text, De)
    );
    let text = "Come ha spiegato il ministro, i fondi arriveranno a giugno.";
    assert!(
        !pairs(text, It).iter().any(|(_, i)| i == "como"),
        "{:?}",
        pairs(text, It)
    );
    let text = "Am Ende zahlte die Sängerin Mara Lind ihrer Crew Prämien.";
    let found = pairs(text, De);
    assert!(!found.iter().any(|(s, _)| s.contains("Crew")), "{found:?}");
    let text = "Il governo ha chiesto alla Sec di rivedere le regole.";
    assert!(has(text, It, "Sec", "sec"), "{:?}", pairs(text, It));
}

/// A person's name in the German genitive ("Mara Linds neue Tournee") is the name without the
/// ending where the text writes the family name without it too.
#[test]
fn a_german_genitive_is_no_part_of_a_name() {
    let text = "Mara Linds neue Tournee beginnt im Mai. Lind spielt zwölf Konzerte.";
    let found = pairs(text, De);
    assert!(found.iter().any(|(s, _)| s == "Mara Lind"), "{found:?}");
    // A family name that ends in "s" keeps it where the text never writes it without.
    let text = "Lena Marks sprach über das neue Album.";
    let found = pairs(text, De);
    assert!(found.iter().any(|(s, _)| s == "Lena Marks"), "{found:?}");
}

/// One person's name in the romanizations of several presses ("Mikhail", "Michail",
/// "Mikhaïl"; "-ev", "-jew", "-ïev"; "sh", "sch", "ch") is one person across documents; a
/// party's or a company's former name is the same entity.
#[test]
fn romanizations_and_former_names_are_one_entity() {
    let g = Gazetteer::embedded();
    let texts = [
        (
            "Il ministro Arkadij Voronov ha firmato l'accordo. Voronov è soddisfatto.",
            It,
        ),
        (
            "Minister Arkadi Woronow unterzeichnete das Abkommen. Woronow ist zufrieden.",
            De,
        ),
        (
            "Le ministre Arkadiï Voronov a signé l'accord. Voronov est satisfait.",
            Fr,
        ),
        (
            "Minister Gennady Shuvalkin signed it. Shuvalkin was pleased.",
            En,
        ),
        (
            "Minister Gennadij Schuwalkin unterschrieb. Schuwalkin war zufrieden.",
            De,
        ),
        (
            "Le ministre Guennadi Chouvalkine a signé. Chouvalkine est satisfait.",
            Fr,
        ),
    ];
    let docs = g.link_all(&texts);
    let id = |d: usize, surface: &str| {
        docs[d]
            .iter()
            .find(|m| m.span.slice(texts[d].0) == Some(surface))
            .map(|m| m.id.clone())
    };
    let a = id(0, "Arkadij Voronov");
    assert!(a.is_some(), "{:?}", docs[0]);
    assert_eq!(id(1, "Arkadi Woronow"), a, "{:?}", docs[1]);
    let s = id(3, "Gennady Shuvalkin");
    assert!(s.is_some(), "{:?}", docs[3]);
    assert_eq!(id(4, "Gennadij Schuwalkin"), s, "{:?}", docs[4]);
    assert_eq!(id(5, "Guennadi Chouvalkine"), s, "{:?}", docs[5]);
    assert_ne!(a, s);
    // (A name the kinds pass leaves of no known kind too.)
    let texts = [
        ("Le délégué Rouslan Koutchkarov a salué l'accord.", Fr),
        ("Delegate Ruslan Kuchkarov welcomed the deal.", En),
    ];
    let docs = g.link_all(&texts);
    let ids: Vec<Option<String>> = docs
        .iter()
        .zip(texts)
        .map(|(d, (t, _))| {
            d.iter()
                .find(|m| m.span.slice(t).is_some_and(|s| s.contains("arov")))
                .map(|m| m.id.clone())
        })
        .collect();
    assert!(ids[0].is_some() && ids[0] == ids[1], "{docs:?}");
    for (text, lang, surface, entity) in [
        (
            "Avant de devenir LR, l'UMP dominait la droite.",
            Fr,
            "UMP",
            "les_republicains",
        ),
        (
            "Le mouvement En marche a remporté la présidentielle.",
            Fr,
            "En marche",
            "renaissance_fr",
        ),
        (
            "Fiat Chrysler Automobiles verkaufte mehr Autos.",
            De,
            "Fiat Chrysler Automobiles",
            "stellantis",
        ),
        ("蚂蚁金服当年估值很高。", Zh, "蚂蚁金服", "ant_group"),
    ] {
        assert!(
            has(text, lang, surface, entity),
            "{text}: {:?}",
            pairs(text, lang)
        );
    }
}
