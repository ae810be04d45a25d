//! Entity linking, names known by their shape in context: a German genitive descriptor before a
//! name, a name that ends in an apostrophe and "s" outside English; our own sentences, with the
//! false names that must not come out.

use concord::{EntityMention, Gazetteer, Lang};

fn link(text: &str, lang: Lang) -> Vec<EntityMention> {
    Gazetteer::embedded().link(text, lang)
}

/// The surfaces of the mentions.
fn surfaces(text: &str, lang: Lang) -> Vec<String> {
    link(text, lang)
        .into_iter()
        .map(|m| m.span.slice(text).unwrap_or("?").to_string())
        .collect()
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
