//! Entity linking: titles of works (films, books, series) between quotes are one entity each,
//! a work, with their whole text: a sequel's number is the title's own, and speech or a scare
//! quote is no title. Our own sentences, in four languages.

use concord::{EntityKind, EntityMention, Gazetteer, Lang};

fn link(text: &str, lang: Lang) -> Vec<EntityMention> {
    Gazetteer::embedded().link(text, lang)
}

/// (surface, id) of every mention of kind product.
fn works(text: &str, lang: Lang) -> Vec<(String, String)> {
    link(text, lang)
        .into_iter()
        .filter(|m| m.kind == EntityKind::Product)
        .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.id))
        .collect()
}

/// In Chinese, 《…》 marks a title: every repeat is one work, another title another work, and
/// the traditional and simplified forms are one key.
#[test]
fn chinese_title_marks_name_a_work() {
    let zh = "电影《长风万里》上映首周票房达5亿元。《长风万里》由北方影业出品，导演此前执导的《长风》票房不佳。";
    let w = works(zh, Lang::Zh);
    assert_eq!(
        w.iter().filter(|(s, _)| s == "长风万里").count(),
        2,
        "{w:?}"
    );
    let ids: Vec<&str> = w.iter().map(|(_, id)| id.as_str()).collect();
    assert!(
        ids.contains(&"new:长风万里") && ids.contains(&"new:长风"),
        "{w:?}"
    );
    let hant = works("小說《長風萬里》銷量突破百萬冊。", Lang::Zh);
    assert_eq!(
        hant.first().map(|(_, id)| id.as_str()),
        Some("new:长风万里")
    );
    // A law's title too.
    let law = works(
        "全国人大常委会通过《数据安全法》，《数据安全法》将于9月施行。",
        Lang::Zh,
    );
    assert_eq!(law.len(), 2, "{law:?}");
}

/// A sequel's number is part of the quoted title: "X 2" is not "X", and its unquoted repeats
/// are the same work.
#[test]
fn a_sequel_number_belongs_to_the_title() {
    let it = "Il sequel 'Notte di luna 2' ha incassato 40 milioni di euro, più di 'Notte di \
              luna', uscito nel 2019. Notte di luna 2 resta in sala per un altro mese.";
    let w = works(it, Lang::It);
    assert_eq!(
        w.iter()
            .filter(|(s, id)| s == "Notte di luna 2" && id == "new:notte di luna 2")
            .count(),
        2,
        "{w:?}"
    );
    assert!(
        link(it, Lang::It)
            .iter()
            .all(|m| m.id != "new:notte di luna 2" || m.span.slice(it) == Some("Notte di luna 2")),
        "{w:?}"
    );
    let fr = "Le film d'animation « Petit Nuage 3 » a dépassé les 200 millions d'entrées.";
    assert_eq!(
        works(fr, Lang::Fr),
        [("Petit Nuage 3".to_string(), "new:petit nuage 3".to_string())]
    );
}

/// Where every noun is capitalized, a translated title of ordinary words in quotes, written
/// twice, is still one work.
#[test]
fn a_german_title_of_ordinary_words_is_a_work() {
    let de = "Der Zeichentrickfilm «Der lange Weg» hat den Rekord geknackt. Zuvor hatte «Der \
              lange Weg» bereits 300 Millionen Euro eingespielt.";
    let w = works(de, Lang::De);
    assert_eq!(
        w,
        [
            ("Der lange Weg".to_string(), "new:der lange weg".to_string()),
            ("Der lange Weg".to_string(), "new:der lange weg".to_string()),
        ]
    );
    let en =
        "The novel \"Winter Harbour\" sold 2 million copies; \"Winter Harbour\" is now a film.";
    assert_eq!(works(en, Lang::En).len(), 2);
}

/// Speech, even repeated, and a scare quote of one word are no titles.
#[test]
fn speech_and_scare_quotes_are_no_works() {
    let fr = "« Nous sommes prêts », a dit la maire. Puis elle a répété : « Nous sommes prêts ».";
    assert!(works(fr, Lang::Fr).is_empty(), "{:?}", works(fr, Lang::Fr));
    let it = "La specie è ora 'vulnerabile' e non più 'in pericolo', dice il rapporto. \
              Il sindaco ha detto: 'Abbiamo vinto la sfida'. 'Abbiamo vinto la sfida', ha ripetuto.";
    assert!(works(it, Lang::It).is_empty(), "{:?}", works(it, Lang::It));
    let de = "„Wir schaffen das“, sagte sie. „Wir schaffen das“, wiederholte der Minister.";
    assert!(works(de, Lang::De).is_empty(), "{:?}", works(de, Lang::De));
}
