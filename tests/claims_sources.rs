//! Who holds a change in percent when the story cites a body for its figures (session 19,
//! issue 5): a country that is its clause's own party holds its change ("La Pologne, touchée
//! par le gel, recule de 12 %"), not the association the article cites; a place a preposition
//! sets the change in, or that heads a market, is a segment of a company's figures ("In Nord
//! America la crescita si è fermata al 3%", "北美市场增长3%"), not their holder. Our own
//! sentences about sugar beet and a fictional company's quarter.

use concord::Lang::{De, Fr, It, Zh};

mod common;
use common::{run, spf, subject_on};

#[test]
fn a_country_that_heads_its_clause_holds_its_change() {
    let cases = [
        (
            Fr,
            "L'Association européenne du sucre (CEFS) a publié lundi son bilan annuel. La Pologne, touchée par le gel, recule de 12 %, tandis que la Roumanie a progressé de 3,5 %.",
            "12 %",
            "Poland",
        ),
        (
            Fr,
            "L'Association européenne du sucre (CEFS) a publié lundi son bilan annuel. La Pologne, touchée par le gel, recule de 12 %, tandis que la Roumanie a progressé de 3,5 %.",
            "3,5 %",
            "Romania",
        ),
        (
            It,
            "L'Associazione europea dello zucchero (Cefs) ha pubblicato lunedì il suo bilancio annuale. La Polonia, colpita dalle gelate, perde il 12%.",
            "12%",
            "Poland",
        ),
        (
            De,
            "Der Europäische Zuckerverband CEFS hat am Montag seine Jahresbilanz vorgelegt. Polen verlor wegen des Frosts 12 Prozent.",
            "12 Prozent",
            "Poland",
        ),
        (
            Zh,
            "欧洲制糖协会（CEFS）周一公布了年度报告。波兰受霜冻影响，产量下降12%。",
            "12%",
            "Poland",
        ),
    ];
    for (lang, text, figure, want) in cases {
        let got = subject_on(lang, text, figure);
        assert_eq!(
            got.as_deref(),
            Some(want),
            "{text}: {:?}",
            spf(&run(text, lang))
        );
    }
}

#[test]
fn a_market_of_a_company_holds_no_change() {
    // The company from the context keeps its change; where it names none, no market does.
    let cases = [
        (
            It,
            "Il gruppo Orvane ha presentato i conti del trimestre. In Nord America la crescita si è fermata al 3%.",
            "3%",
            Some("Orvane"),
        ),
        (
            Fr,
            "Le groupe Orvane a présenté ses comptes trimestriels. En Amérique du Nord, la croissance a ralenti à 3 %.",
            "3 %",
            Some("Orvane"),
        ),
        (
            De,
            "Der Konzern Orvane hat seine Quartalszahlen vorgelegt. In Nordamerika verlangsamte sich das Wachstum auf 3 Prozent.",
            "3 Prozent",
            None,
        ),
        (
            Zh,
            "奥尔瓦内集团公布了季度业绩。在北美，增长放缓至3%。",
            "3%",
            Some("奥尔瓦内集团"),
        ),
        (
            Zh,
            "奥尔瓦内集团公布了季度业绩。北美市场增长3%。",
            "3%",
            Some("奥尔瓦内集团"),
        ),
    ];
    for (lang, text, figure, want) in cases {
        let got = subject_on(lang, text, figure);
        assert_eq!(got.as_deref(), want, "{text}: {:?}", spf(&run(text, lang)));
    }
}
