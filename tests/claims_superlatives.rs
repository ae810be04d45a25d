//! The world as the scope of a superlative holds no figure (session 19, issue 5): "Brazil, the
//! world's largest coffee producer, harvested 4 % more" speaks of Brazil; the world is where
//! it ranks. The world entity (`earth`) right after a superlative or a first rank ("il più
//! grande ... al mondo", "der größte ... der Welt", "le plus ... de la planète", "the largest
//! ... in the world") or, in Chinese, right before one ("全球最大", "世界第一") is never a
//! claim's subject; the world that holds a figure ("la temperatura media del pianeta") still
//! is. Our own sentences about coffee, cocoa and rainfall.

use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{run, subject_name};

/// The subjects of every claim in `text`.
fn subjects(lang: Lang, text: &str) -> Vec<String> {
    run(text, lang).iter().map(subject_name).collect()
}

#[test]
fn the_world_a_superlative_ranks_in_holds_no_figure() {
    let cases = [
        (
            It,
            "Il Brasile, il più grande produttore di caffè al mondo, ha raccolto il 4% in più rispetto all'anno scorso.",
        ),
        (
            De,
            "Die Elfenbeinküste, der größte Kakaoproduzent der Welt, hat in diesem Jahr 8 Prozent weniger geerntet.",
        ),
        (
            Fr,
            "La Côte d'Ivoire, premier producteur de cacao de la planète, a récolté 8 % de fèves en moins cette année.",
        ),
        (
            En,
            "Brazil, the largest coffee producer in the world, harvested 4% more beans than last year.",
        ),
        (Zh, "巴西重回全球最大咖啡生产国地位，产量增长约4%。"),
        (Zh, "巴西咖啡产量居世界第一，今年增长约4%。"),
    ];
    for (lang, text) in cases {
        let got = subjects(lang, text);
        assert!(
            !got.iter().any(|s| s == "Earth"),
            "{lang:?} {text}: the world took a figure: {got:?}"
        );
    }
}

#[test]
fn the_world_that_holds_a_figure_still_does() {
    // No superlative: the world's own production is the world's.
    for (lang, text) in [
        (Zh, "今年全球咖啡产量下降10%，消费量减少2.6%。"),
        (De, "Die Kaffeeproduktion der Welt sank um 10 Prozent."),
    ] {
        let got = subjects(lang, text);
        assert!(got.iter().any(|s| s == "Earth"), "{lang:?} {text}: {got:?}");
    }
}
