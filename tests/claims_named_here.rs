//! A bare figure (no cue, noun or concept names it) makes a claim about a party its own
//! sentence names, however the subject pick found that party (issue 5): the party of a second
//! clause that repeats the first clause's measures ("le Vidauban Fire quelque 12 km²,
//! maîtrisé à 35 %") holds its own bare share, as the first clause's party holds its own. Our
//! own sentences: wildfires' containment in French and German.

use concord::Lang::{De, Fr};

mod common;
use common::{run, spf, subject_on};

#[test]
fn the_second_clause_party_holds_its_own_bare_share() {
    let fr = "Nouveaux incendies dans le Var\n\nLe Montclar Fire a parcouru environ 40 km² et n'était maîtrisé qu'à 20 %, le Vidauban Fire quelque 12 km², maîtrisé à 35 %.";
    assert_eq!(
        subject_on(Fr, fr, "35 %").as_deref(),
        Some("Vidauban Fire"),
        "{:?}",
        spf(&run(fr, Fr))
    );
    assert_eq!(subject_on(Fr, fr, "20 %").as_deref(), Some("Montclar Fire"));
    let de = "Waldbrände in Kalifornien\n\nDas Ridgecrest Fire hat rund 80 Quadratkilometer erfasst und war erst zu 15 Prozent eingedämmt, das Sierra Fire etwa 20 Quadratkilometer, eingedämmt zu 40 Prozent.";
    assert_eq!(
        subject_on(De, de, "40 Prozent").as_deref(),
        Some("Sierra Fire"),
        "{:?}",
        spf(&run(de, De))
    );
}
