//! The document's thing holds its properties: in a story about a train, a satellite, a bridge
//! or a product that its headline names (set off by quotes, or a facility) and its text names
//! again, what a figure measures or counts (its cost, its mass, its passengers, its cars) is
//! the thing's where the figure's sentence names no party of its own, not the country that
//! launched it, the ministry that opened it nor the company that makes it. A product merely
//! named beside a company leaves the company its figures, and a figure in percent is some
//! other fact's.

mod common;

use common::{run, spf};
use concord::Lang;

/// The subject of the claim on `figure`; `None` without a claim.
fn subject_of(text: &str, lang: Lang, figure: &str) -> Option<String> {
    spf(&run(text, lang))
        .into_iter()
        .find(|(_, _, f)| f.contains(figure))
        .map(|(s, _, _)| s)
}

fn check(cases: &[(Lang, &str, &[&str], &str)]) {
    for &(lang, text, figures, holder) in cases {
        for figure in figures {
            assert_eq!(
                subject_of(text, lang, figure).as_deref(),
                Some(holder),
                "{lang:?} {figure:?}: {:?}",
                spf(&run(text, lang))
            );
        }
    }
}

#[test]
fn a_launched_things_properties_are_its_not_the_launchers() {
    check(&[
        (
            Lang::It,
            "Portogallo, debutta 'Maestrale', il primo treno notturno elettrico del Paese\n\nLISBONA, 4 MAR - Il Portogallo ha presentato oggi 'Maestrale', il primo treno notturno elettrico del Paese, che collegherà Lisbona e Faro. Ogni convoglio può ospitare 280 passeggeri. Il progetto è costato circa 140 milioni di euro.",
            &["280", "140 milioni"],
            "Maestrale",
        ),
        (
            Lang::Fr,
            "La France lance « Héliade », son nouveau satellite d'observation\n\nKOUROU, 12 juin 2026 (AFP) - La France a lancé mercredi « Héliade », un satellite d'observation de la Terre. L'engin pèse 1,8 tonne et embarque quatre caméras. Le programme a coûté 450 millions d'euros.",
            &["1,8 tonne", "quatre", "450 millions"],
            "Héliade",
        ),
        (
            Lang::De,
            "Volta stellt das E-Lastenrad „Pulsar“ vor\n\nBerlin (dpa) - Der Berliner Hersteller Volta hat am Dienstag sein neues Lastenrad „Pulsar“ vorgestellt. Das Rad wiegt 38 Kilogramm und hat zwei Akkus. Die Entwicklung kostete rund 12 Millionen Euro.",
            &["38 Kilogramm", "zwei Akkus", "12 Millionen"],
            "Pulsar",
        ),
    ]);
}

#[test]
fn a_things_figures_are_not_the_ministrys_that_opened_it_in_both_scripts() {
    check(&[
        (
            Lang::Zh,
            "越南啟用「Lotus」夜行列車\n\n（中央社河內3日電）越南交通部今天在河內啟用「Lotus」夜行列車。每列列車可載客480人。",
            &["480人"],
            "Lotus",
        ),
        (
            Lang::Zh,
            "越南启用“Lotus”夜行列车\n\n新华社河内3月3日电 越南交通运输部3日在河内启用“Lotus”夜行列车。每列列车可载客480人。",
            &["480人"],
            "Lotus",
        ),
    ]);
}

#[test]
fn a_trains_rated_capacity_is_its_passengers_in_both_scripts() {
    // "定员" (a vehicle's rated number of people) counts its passengers, as "载客" does.
    for text in [
        "越南啟用「Lotus」夜行列車\n\n（中央社河內3日電）越南交通部今天在河內啟用「Lotus」夜行列車。每列列車定員480人。",
        "越南启用“Lotus”夜行列车\n\n新华社河内3月3日电 越南交通运输部3日在河内启用“Lotus”夜行列车。每列列车定员480人。",
    ] {
        let claims = spf(&run(text, Lang::Zh));
        assert!(
            claims
                .iter()
                .any(|(s, p, f)| s == "Lotus" && p == "passenger_count" && f.contains("480人")),
            "{claims:?}"
        );
    }
}

#[test]
fn a_structures_cost_is_its_not_the_places_it_joins() {
    check(&[(
        Lang::Fr,
        "Lisbonne inaugure le pont « Tejo Novo »\n\nLISBONNE, 3 mai 2026 (AFP) - Le Portugal a inauguré samedi le pont « Tejo Novo » entre Lisbonne et Almada. L'ouvrage a coûté 620 millions d'euros et compte six voies. Selon le ministère, « Tejo Novo » doit désengorger la capitale.",
        &["620 millions", "six"],
        "Tejo Novo",
    )]);
}

#[test]
fn a_lines_figures_are_not_the_places_it_runs_through() {
    // The scene of the figure's clause ("A Lisbona") and the places a line joins ("entre
    // Lisbonne et Setúbal") hold none of the line's figures.
    check(&[
        (
            Lang::Fr,
            "Le Portugal inaugure « Tejo Novo »\n\nLISBONNE, 3 mai 2026 (AFP) - Le Portugal a inauguré samedi « Tejo Novo », une liaison ferroviaire rapide. Elle court sur 48 kilomètres entre Lisbonne et Setúbal. « Tejo Novo » doit désengorger la capitale.",
            &["48 kilomètres"],
            "Tejo Novo",
        ),
        (
            Lang::It,
            "Il Portogallo inaugura 'Tejo Novo'\n\nLISBONA, 3 MAG - Il Portogallo ha inaugurato sabato 'Tejo Novo', un collegamento ferroviario veloce. A Lisbona la linea conta 5 stazioni. 'Tejo Novo' dovrebbe alleggerire il traffico della capitale.",
            &["5"],
            "Tejo Novo",
        ),
    ]);
}

#[test]
fn a_product_named_beside_a_company_leaves_it_its_figures() {
    check(&[(
        Lang::It,
        "Nvidia, ricavi record grazie ai chip H100\n\nSANTA CLARA, 20 FEB - Nvidia ha chiuso il trimestre con ricavi record, trainati dalla domanda di chip H100. Il gruppo ha aperto 12 nuovi uffici in Europa. Gli H100 restano i più richiesti.",
        &["12"],
        "Nvidia",
    )]);
}

/// A landmark the headline names (a canal, a dam, a tunnel: a place or a name that begins or
/// ends with a landmark's noun, `landmark_words`, or a compound with one: "Suezkanal") is the
/// story's thing as a facility is: its length and the ships it counts are its own, not the
/// country's the headline names first nor the government's that states them; a
/// company the text names keeps its order; a city whose name begins with such a noun
/// ("Porto Alegre") is no landmark.
#[test]
fn a_landmark_the_headline_names_holds_its_properties() {
    check(&[
        (
            Lang::It,
            "Canale di Suez, traffico in calo\n\nIL CAIRO - Il Canale di Suez è lungo 193 chilometri. Nel 2023 il Canale di Suez ha registrato 26.000 transiti.",
            &["193 chilometri"],
            "Suez Canal",
        ),
        (
            Lang::Zh,
            "苏伊士运河通行量下降\n\n埃及政府表示，苏伊士运河全长约193公里，去年通行船只约2.6万艘。",
            &["193公里", "2.6万艘"],
            "Suez Canal",
        ),
        (
            Lang::Zh,
            "蘇伊士運河通行量下降\n\n埃及政府表示，蘇伊士運河全長約193公里。",
            &["193公里"],
            "Suez Canal",
        ),
        (
            Lang::De,
            "Ägypten: Der Suezkanal verliert Schiffe\n\nDie Wasserstraße ist 193 Kilometer lang. Der Suezkanal verbindet zwei Meere.",
            &["193 Kilometer"],
            "Suez Canal",
        ),
        (
            Lang::Fr,
            "Le canal de Suez perd du trafic\n\nLe Caire (AFP) - Le canal de Suez, long de 193 km, relie la mer Rouge à la Méditerranée. Maersk a commandé 12 navires pour 2 milliards de dollars.",
            &["12", "2 milliards"],
            "Maersk",
        ),
        (
            Lang::It,
            "Porto Alegre sott'acqua\n\nPORTO ALEGRE - A Porto Alegre 80.000 persone sono state evacuate.",
            &["80.000"],
            "Porto Alegre",
        ),
    ]);
}

#[test]
fn a_plant_the_headline_names_by_its_site_holds_its_figures() {
    // "la centrale de X", "Atomkraftwerk in X", "l'acciaieria di X", "X核电站": the site
    // names the plant, whose cost and power are its own, not the operator's that announces
    // them.
    check(&[
        (
            Lang::Fr,
            "Nucléaire : la centrale de Fessenheim sera démantelée\n\nStrasbourg (AFP) - Le démantèlement de la centrale de Fessenheim commencera en 2026, a annoncé EDF. Le chantier coûtera environ 500 millions d'euros. Fessenheim disposait d'une puissance de 1 800 MW.",
            &["500 millions", "1 800 MW"],
            "Fessenheim",
        ),
        (
            Lang::De,
            "Atomkraftwerk in Saporischschja wieder ohne Strom\n\nKiew (dpa) - Das Atomkraftwerk Saporischschja ist erneut vom Netz getrennt worden, teilte der Betreiber Energoatom mit. Die Reparatur der Leitung kostet rund 20 Millionen Euro. Saporischschja hat eine Leistung von 5700 Megawatt.",
            &["20 Millionen", "5700 Megawatt"],
            "Zaporizhzhia",
        ),
        (
            Lang::It,
            "Ex Ilva, l'acciaieria di Taranto torna a produrre\n\nROMA, 12 FEB - Acciaierie d'Italia ha annunciato la ripartenza dell'altoforno. Il rilancio di Taranto costerà 2,5 miliardi di euro. Lo stabilimento occupa una superficie di 15 chilometri quadrati.",
            &["2,5 miliardi", "15 chilometri"],
            "Taranto",
        ),
        (
            Lang::Zh,
            "扎波罗热核电站再度断电\n\n新华社基辅3月5日电 乌克兰国家核电公司5日说，扎波罗热核电站再次与电网断开。修复线路预计耗资约2000万欧元。扎波罗热核电站装机容量为5700兆瓦。",
            &["2000万", "5700兆瓦"],
            "Zaporizhzhia",
        ),
        (
            Lang::Zh,
            "扎波羅熱核電廠再度斷電\n\n（中央社基輔5日綜合外電報導）烏克蘭國家核電公司今天表示，扎波羅熱核電廠再次與電網斷開。修復線路預計耗資約2000萬歐元。扎波羅熱核電廠裝機容量為5700百萬瓦。",
            &["2000萬", "5700百萬瓦"],
            "Zaporizhzhia",
        ),
    ]);
}

#[test]
fn reactors_a_headline_places_in_a_country_are_a_programme_not_a_plant() {
    // "deux réacteurs en Belgique", "reattori in Slovenia": a state is no plant's site; the
    // builder keeps the programme's cost.
    check(&[
        (
            Lang::Fr,
            "Nucléaire : Engie va construire deux réacteurs en Belgique\n\nBruxelles (AFP) - Engie a signé mercredi un accord pour bâtir deux petits réacteurs en Belgique. Le projet coûtera 6 milliards d'euros.",
            &["6 milliards"],
            "Engie",
        ),
        (
            Lang::It,
            "Nucleare, Enel costruirà un reattore in Slovenia\n\nLUBIANA, 4 APR - Enel ha firmato ieri un accordo per costruire un reattore modulare in Slovenia. Il progetto costerà 3 miliardi di euro.",
            &["3 miliardi"],
            "Enel",
        ),
    ]);
}

#[test]
fn a_party_that_puts_a_figure_on_the_thing_leaves_it_the_things() {
    // "beziffert X die Kosten auf" (the verb before its subject, as German puts it), "X stima
    // i costi in", "X estime son coût à": the party estimates, the thing costs.
    check(&[
        (
            Lang::De,
            "Satellit «Albedo» wird teurer\n\nBremen (dpa) - Der Bau des Satelliten «Albedo» verzögert sich um zwei Jahre. Inzwischen beziffert Airbus die Kosten auf 240 Millionen Euro.",
            &["240 Millionen"],
            "Albedo",
        ),
        (
            Lang::De,
            "Atomkraftwerk in Saporischschja wieder am Netz\n\nKiew (dpa) - Das Atomkraftwerk Saporischschja ist wieder am Netz. Nun beziffert Energoatom die Kosten der Reparatur auf 20 Millionen Euro. Saporischschja liefert wieder Strom.",
            &["20 Millionen"],
            "Zaporizhzhia",
        ),
        (
            Lang::It,
            "Il satellite «Albedo» costerà di più\n\nROMA, 5 MAR - Il lancio del satellite «Albedo» slitta di due anni. Ora Thales Alenia Space stima i costi in 240 milioni di euro.",
            &["240 milioni"],
            "Albedo",
        ),
        (
            Lang::Fr,
            "Le satellite « Albedo » coûtera plus cher\n\nToulouse (AFP) - Le lancement du satellite « Albedo » est repoussé de deux ans. Airbus estime désormais son coût à 240 millions d'euros.",
            &["240 millions"],
            "Albedo",
        ),
        // A company's own figure stays its own, whatever verb states it.
        (
            Lang::De,
            "Siemens mit Rekordjahr\n\nMünchen (dpa) - Siemens hat ein Rekordjahr hinter sich. Inzwischen beziffert Siemens den Umsatz auf 80 Milliarden Euro.",
            &["80 Milliarden"],
            "Siemens",
        ),
    ]);
}

#[test]
fn the_toll_of_a_named_storm_or_ship_is_its_own_not_the_countrys() {
    // "Taifun «Koinu»", "la nave «Aurora»": the headline sets off the storm's or the ship's
    // name; its dead, injured and rescued are its own, not the country's it struck or the
    // island's it sank off.
    check(&[
        (
            Lang::De,
            "Taifun «Koinu» wütet auf Taiwan\n\nTaipeh (dpa) - Nach dem Durchzug von Taifun «Koinu» ist die Zahl der Toten auf Taiwan auf neun gestiegen. Mehr als 300 Menschen wurden verletzt.",
            &["neun", "300 Menschen"],
            "Koinu",
        ),
        (
            Lang::It,
            "La nave «Aurora» affonda al largo di Creta\n\nATENE, 4 OTT - Il bilancio del naufragio della nave «Aurora» è salito a dodici morti. Altre 40 persone sono state tratte in salvo dalla guardia costiera greca.",
            &["dodici", "40"],
            "Aurora",
        ),
    ]);
}
