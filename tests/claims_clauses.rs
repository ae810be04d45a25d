//! A semicolon ends a clause that could stand as a sentence of its own, and the clause after it
//! adds a statement of its own (issue 5): a bare amount there ("; weitere 500 Millionen Euro
//! fließen in Bahnhöfe", "; altri 120 milioni andranno alle scuole") qualifies no named fact
//! of the clause before it, and is kept. Participles of saving name savings ('eingespart',
//! 'risparmiati'). Our own sentences: rail and a city's budget (de, it), restructuring plans
//! (de, it).

use concord::Lang::{De, It};

mod common;
use common::{claim_on, claimed, run, spf};

#[test]
fn an_amount_after_a_semicolon_is_a_fact_of_its_own() {
    let de = "Bahn\n\nDie Deutsche Bahn investiert 2 Milliarden Euro in Stellwerke; weitere 500 Millionen Euro fließen in Bahnhöfe.";
    assert!(claimed(De, de, "500"), "{:?}", spf(&run(de, De)));
    let it = "Bilancio di Milano\n\nIl Comune di Milano investirà 900 milioni di euro nel 2025; altri 120 milioni andranno alle scuole.";
    assert!(claimed(It, it, "120"), "{:?}", spf(&run(it, It)));
}

#[test]
fn savings_in_a_clause_of_their_own_are_savings() {
    let de = "Bosch baut um\n\nBosch beziffert die Kosten des Umbaus auf 900 Millionen Euro; ab 2027 sollen jährlich rund 300 Millionen Euro eingespart werden.";
    assert_eq!(claim_on(De, de, "300").predicate, "money:savings");
    let it = "Stellantis\n\nStellantis ha stimato i costi della ristrutturazione in 800 milioni di euro; dal 2026 saranno risparmiati ogni anno circa 250 milioni di euro.";
    assert_eq!(claim_on(It, it, "250").predicate, "money:savings");
}
