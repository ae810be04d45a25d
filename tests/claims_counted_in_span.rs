//! A count whose span already holds the noun it counts is a count of things of its own (issue
//! 5): the scanner keeps a capitalized noun or a name in a count's span ("130 Dialysezentren",
//! "quattordici Frecciarossa"), so counts_a_thing reads the noun there, not in the word after
//! the span ("und", a full stop). Beside a named investment such a count was taken for its
//! qualifier and dropped. German compounds of 'Mitglieder' count members as 'Mitglieder' do.
//! Our own sentences: rail, health care and aviation (de, it), a motoring club (de, it).

use concord::Lang::{De, It};

mod common;
use common::{claim_on, claimed, run, spf};

#[test]
fn a_count_with_its_noun_in_the_span_beside_a_named_fact_is_kept() {
    let rail = "Bahn kauft Loks\n\nDie Deutsche Bahn investiert 2 Milliarden Euro und kauft 40 Rangierloks.";
    assert!(claimed(De, rail, "40"), "{:?}", spf(&run(rail, De)));
    let care =
        "Fresenius\n\nFresenius investiert 80 Millionen Euro und betreibt 130 Dialysezentren.";
    assert!(claimed(De, care, "130"), "{:?}", spf(&run(care, De)));
    let trains = "Trenitalia\n\nTrenitalia ha investito 600 milioni di euro e acquistato quattordici Frecciarossa.";
    assert!(
        claimed(It, trains, "quattordici"),
        "{:?}",
        spf(&run(trains, It))
    );
    let planes = "Ryanair\n\nRyanair ha investito 400 milioni di euro e opera dodici Airbus A321.";
    assert!(claimed(It, planes, "dodici"), "{:?}", spf(&run(planes, It)));
}

#[test]
fn compounds_of_mitglieder_count_members() {
    let de = "ADAC\n\nDer ADAC zählt inzwischen 21 Millionen Clubmitglieder.";
    assert_eq!(claim_on(De, de, "21").predicate, "count:member");
    let it = "ACI\n\nL'ACI conta ormai 900.000 soci.";
    assert_eq!(claim_on(It, it, "900").predicate, "count:member");
}
