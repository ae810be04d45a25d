//! A share written with the whole it is a share of right after it ("il 30% delle merci", "40
//! Prozent der Fälle", "40 % des chantiers") is a fact of its own, not a qualifier of the
//! sentence's named figure, whose change or part news writes without its whole ("revenue of
//! $39 billion, up 78%"); a share of a counted whole whose count a frame names is a part of
//! that count (`part:case_count`). Our own sentences: a port's freight (it), a construction
//! group's sites (fr), dengue cases (de).

use concord::Lang::{De, Fr, It};

mod common;
use common::{claim_on, claimed, run, spf};

#[test]
fn a_share_of_a_whole_beside_a_named_fact_is_kept() {
    let it = "Porto di Genova\n\nIl porto di Genova ha movimentato 2,5 milioni di container, e il 30% delle merci prosegue su ferrovia.";
    assert!(claimed(It, it, "30%"), "{:?}", spf(&run(it, It)));
    let fr = "Vinci\n\nVinci a investi 2 milliards d'euros, et environ 40 % des chantiers sont situés en France.";
    assert!(claimed(Fr, fr, "environ 40"), "{:?}", spf(&run(fr, Fr)));
}

#[test]
fn a_share_of_the_cases_is_a_part_of_the_case_count() {
    let de = "Dengue in Spanien\n\nIn Spanien entfallen rund 40 Prozent der Fälle auf Katalonien, wo das Gesundheitsministerium 120 Fälle zählte.";
    assert_eq!(claim_on(De, de, "40 Prozent").predicate, "part:case_count");
}
