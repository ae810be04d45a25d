//! A counted noun takes the concept its twins have in the other languages, so that one count
//! written in several languages keeps one key (issues 5, 6): a tunnel boring machine is
//! 'tunnelier' in French and 'talpa meccanica' in Italian as it is a 'Tunnelbohrmaschine' in
//! German (`count:machine`); Taiwan writes a reactor 反應爐 where the mainland writes 反应堆
//! (`count:reactor`); a fire engine (消防車) is a truck as 'camions de pompiers' are
//! (`count:truck`); a coal mine is 煤矿 in Chinese and a 'Kohlegrube' in German
//! (`count:mine`). Our own sentences: metro works, nuclear power, a fire, coal mining.

use concord::Lang::{self, De, Fr, It, Zh};

mod common;
use common::claim_on;

/// The predicate key of the claim on the figure whose surface starts with `figure`.
fn key(lang: Lang, text: &str, figure: &str) -> String {
    claim_on(lang, text, figure).predicate
}

#[test]
fn tunnel_boring_machines_count_as_machines_in_every_language() {
    let fr = "Métro de Toulouse\n\nPour la troisième ligne du métro de Toulouse, trois tunneliers creuseront 27 kilomètres de galerie.";
    let it = "Metro di Torino\n\nPer la linea 2 della metropolitana di Torino lavoreranno tre talpe meccaniche.";
    let de =
        "U-Bahn in Hamburg\n\nFür die U5 in Hamburg werden drei Tunnelbohrmaschinen eingesetzt.";
    assert_eq!(key(Fr, fr, "trois"), "count:machine");
    assert_eq!(key(It, it, "tre"), "count:machine");
    assert_eq!(key(De, de, "drei"), "count:machine");
}

#[test]
fn reactors_fire_engines_and_coal_mines_keep_their_twins_key() {
    let zh = "台電核電\n\n台灣電力公司曾營運6座核反應爐，最後一座已於2025年停機。";
    assert_eq!(key(Zh, zh, "6座"), "count:reactor");
    let fr = "Incendie à Marseille\n\nLes marins-pompiers ont engagé 60 camions de pompiers pour éteindre le feu.";
    let zh = "馬賽大火\n\n馬賽消防局出動60輛消防車灌救。";
    assert_eq!(key(Fr, fr, "60"), "count:truck");
    assert_eq!(key(Zh, zh, "60"), "count:truck");
    let de = "Kohle in Polen\n\nDer Bergbaukonzern PGG betreibt in Schlesien zwölf Kohlegruben.";
    let zh = "山西煤业\n\n山西焦煤集团在山西拥有12座煤矿。";
    let it = "Miniere in Sardegna\n\nLa Carbosulcis gestiva tre miniere di carbone nel Sulcis.";
    assert_eq!(key(De, de, "zwölf"), "count:mine");
    assert_eq!(key(Zh, zh, "12"), "count:mine");
    assert_eq!(key(It, it, "tre"), "count:mine");
}
