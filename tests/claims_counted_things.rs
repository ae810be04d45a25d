//! A bare count followed by the noun it counts is a fact of its own (issue 5): "und bauen 12
//! Ladeparks" in a sentence that also names an investment is the number of charging parks,
//! not a qualifier of the investment, and is kept. Our own sentences: charging parks (de),
//! libraries (it), schools (fr), parks (zh); each fails without the rule.

use concord::Lang::{De, Fr, It, Zh};

mod common;
use common::{claimed, run, spf};

#[test]
fn a_count_of_things_beside_a_named_fact_is_kept() {
    let de = "Stadtwerke Kassel bauen aus\n\nDie Stadtwerke Kassel investieren 40 Millionen Euro und bauen 12 Ladeparks.";
    assert!(claimed(De, de, "12"), "{:?}", spf(&run(de, De)));
    let it = "Bari, nuove biblioteche\n\nIl Comune di Bari ha stanziato 3 milioni di euro e aprirà quattro biblioteche.";
    assert!(claimed(It, it, "quattro"), "{:?}", spf(&run(it, It)));
    let fr = "Lycées en Occitanie\n\nLa région Occitanie a investi 80 millions d'euros et ouvert 14 lycées.";
    assert!(claimed(Fr, fr, "14"), "{:?}", spf(&run(fr, Fr)));
    let zh = "成都建公园\n\n成都市政府投资20亿元，新建35座公园。";
    assert!(claimed(Zh, zh, "35"), "{:?}", spf(&run(zh, Zh)));
}
