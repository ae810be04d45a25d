//! A story whose headline names a thing (a product, a programme, an occasion, a structure, a
//! natural feature) beside the country it happens in is about the thing: the country is its
//! setting (issue 5). A figure whose sentence names no party, where the context gives only the
//! country, is the thing's; a town the context gives stays the scene its figures are about, a
//! figure of a slot that prefers places (a population) stays the country's, and a figure its
//! own sentence gives to the country stays the country's. Our own sentences: a lottery and a
//! festival, two dams, in French, Italian and German.

use concord::Lang::{De, Fr, It};

mod common;
use common::{run, spf, subject_on};

#[test]
fn the_headline_thing_holds_what_the_country_of_the_context_would() {
    let fr = "Suède : la loterie Nordlott verse un gain record\n\nLa loterie Nordlott a désigné jeudi soir un gagnant en Suède. La Suède n'avait pas connu un tel gain depuis 2015. Le gain atteint 40 millions d'euros.";
    assert_eq!(
        subject_on(Fr, fr, "40 millions").as_deref(),
        Some("Nordlott"),
        "{:?}",
        spf(&run(fr, Fr))
    );
    let fr = "Norvège : le barrage Kvitfoss achevé\n\nLe barrage Kvitfoss a été achevé jeudi en Norvège. La Norvège y a investi pendant six ans. Haut de 120 mètres, il retient 300 millions de mètres cubes.";
    assert_eq!(
        subject_on(Fr, fr, "120 mètres").as_deref(),
        Some("Kvitfoss"),
        "{:?}",
        spf(&run(fr, Fr))
    );
    let it = "Austria, il festival Donaufest chiude con un record\n\nIl festival Donaufest si è chiuso domenica a Linz, in Austria. L'Austria lo ospita dal 1995. Gli spettatori sono stati 80.000 in cinque giorni.";
    assert_eq!(
        subject_on(It, it, "cinque giorni").as_deref(),
        Some("Donaufest"),
        "{:?}",
        spf(&run(it, It))
    );
    let de = "Österreich: Staudamm Kvitbach fertiggestellt\n\nDer Staudamm Kvitbach wurde am Donnerstag in Österreich eröffnet. Österreich hat sechs Jahre daran gebaut. Die Mauer ist 120 Meter hoch und hat 900 Millionen Euro gekostet.";
    assert_eq!(
        subject_on(De, de, "120 Meter").as_deref(),
        Some("Staudamm Kvitbach"),
        "{:?}",
        spf(&run(de, De))
    );
}

#[test]
fn a_town_a_population_and_a_named_country_keep_their_figures() {
    // A town is the scene its figures are about, not a setting.
    let fr = "Norvège : le barrage Kvitfoss achevé près de Bergen\n\nLe barrage Kvitfoss a été achevé jeudi près de Bergen. Bergen y voit une chance. La ville compte 285 000 habitants.";
    assert_eq!(subject_on(Fr, fr, "285 000").as_deref(), Some("Bergen"));
    // A population is a place's.
    let fr = "Suède : la loterie Nordlott verse un gain record\n\nLa loterie Nordlott a désigné jeudi soir un gagnant en Suède. La Suède n'avait pas connu un tel gain depuis 2015. Le royaume compte 10,5 millions d'habitants.";
    assert_eq!(
        subject_on(Fr, fr, "10,5 millions").as_deref(),
        Some("Sweden")
    );
    // The figure's own sentence names the country.
    let de = "Österreich: Staudamm Kvitbach fertiggestellt\n\nDer Staudamm Kvitbach wurde am Donnerstag in Österreich eröffnet. Österreich hat sechs Jahre daran gebaut.";
    assert_eq!(
        subject_on(De, de, "sechs Jahre").as_deref(),
        Some("Austria")
    );
}
