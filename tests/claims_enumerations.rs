//! Enumerations that pair several names with several figures in one sentence ("X al 31%, la Y
//! al 24% e la Z al 9%", "X kommt auf 37 Prozent, die Y auf 15 Prozent", "X (28 %, 152
//! sièges)"): each figure is the party's of its own item, not the sentence's first subject.
//! And the topic of a document's lead: in a story that opens on an election's results, a
//! percent nothing else names is a vote share and a count of seats is seats won, with one key
//! across languages. Our own sentences about invented results; beside them, stories of other
//! topics where the same shapes make no such claim.

use concord::Lang::{De, Fr, It, Zh};

mod common;
use common::{claim_on, never, states};

#[test]
fn each_item_of_an_enumeration_is_its_own_party_s() {
    for (lang, text, figure, key, subject) in [
        (
            It,
            "Alle regionali il Partito democratico ha ottenuto il 33,1% dei voti, Fratelli d'Italia il 22,7% e la Lega il 7,9%.",
            "7,9%",
            "vote_share",
            "Lega Nord",
        ),
        (
            It,
            "Alle regionali il Partito democratico ha ottenuto il 33,1% dei voti, la Lega il 7,9% e Forza Italia il 5,2%.",
            "7,9%",
            "vote_share",
            "Lega Nord",
        ),
        (
            De,
            "Bei der Kommunalwahl erhielt die CSU 41,2 Prozent der Stimmen, die AfD 12,3 Prozent und die SPD 9,6 Prozent.",
            "12,3 Prozent",
            "vote_share",
            "AfD",
        ),
        (
            De,
            "Bei der Kommunalwahl erhielt die CSU 41,2 Prozent der Stimmen, die AfD 12,3 Prozent und die SPD 9,6 Prozent.",
            "9,6 Prozent",
            "vote_share",
            "SPD",
        ),
        (
            Fr,
            "Au premier tour, le Rassemblement national obtient 31,5 % des voix, et La France insoumise 11,2 %.",
            "11,2 %",
            "vote_share",
            "La France insoumise",
        ),
        (
            Zh,
            "民進黨在議會選舉中獲得38.1%的選票，國民黨為33.4%。",
            "33.4%",
            "vote_share",
            "Kuomintang",
        ),
    ] {
        states(lang, text, figure, key, subject);
    }
}

#[test]
fn a_figure_in_a_bracket_after_a_name_is_that_name_s() {
    states(
        Fr,
        "Les sondages donnent le Rassemblement national en tête des voix, devant La France insoumise (14,6 %) et Les Républicains (7,3 %).",
        "7,3 %",
        "vote_share",
        "Les Républicains",
    );
    states(
        De,
        "Die CSU bleibt mit 38,9 Prozent der Stimmen vorn, vor der AfD (16,1 Prozent) und der SPD (8,7 Prozent).",
        "16,1 Prozent",
        "vote_share",
        "AfD",
    );
}

#[test]
fn in_an_election_story_a_bare_percent_is_a_vote_share() {
    // The lead gives the parties' shares: a later percent with no cue of its own is one too.
    states(
        It,
        "Il Partito democratico vince le comunali con il 34,8% dei voti. Forza Italia invece si ferma al 6,4%.",
        "6,4%",
        "vote_share",
        "Forza Italia",
    );
    states(
        De,
        "Die CSU holt bei der Landtagswahl 36,4 Prozent der Stimmen. Die AfD kommt auf 13,9 Prozent.",
        "13,9 Prozent",
        "vote_share",
        "AfD",
    );
    states(
        Fr,
        "Le Rassemblement national arrive en tête avec 30,2 % des suffrages. Les Républicains plafonnent à 8,1 %.",
        "8,1 %",
        "vote_share",
        "Les Républicains",
    );
    // Another topic: a percent nothing names stays what it measures.
    never(
        It,
        "Fincantieri ha chiuso il trimestre con ricavi in crescita. Leonardo invece si ferma al 6,4%.",
        "6,4%",
        "vote_share",
    );
}

#[test]
fn in_an_election_story_a_count_of_seats_is_seats_won() {
    // "席" and "sièges" count seats: a party's in a story that opens on an election's shares.
    states(
        Zh,
        "國民黨在立法委員選舉中獲得34.6%的選票。國民黨獲得52席，民進黨51席。",
        "51",
        "seats_won",
        "Democratic Progressive Party",
    );
    states(
        Fr,
        "Le Rassemblement national arrive en tête avec 30,2 % des suffrages. Les Républicains obtiennent 39 sièges.",
        "39",
        "seats_won",
        "Les Républicains",
    );
    states(
        De,
        "Die CSU holt bei der Landtagswahl 36,4 Prozent der Stimmen. Die AfD erhält 32 Sitze.",
        "32",
        "seats_won",
        "AfD",
    );
    // A plane's seats in a story of another topic stay a vehicle's.
    never(
        Fr,
        "Air France a commandé dix avions à Airbus. Chaque appareil compte 324 sièges.",
        "324",
        "seats_won",
    );
}

#[test]
fn respectively_pairs_the_names_with_the_figures_in_order() {
    for (lang, text, figure, subject) in [
        (
            It,
            "Alle europee il Partito democratico e Forza Italia ottengono rispettivamente il 24,1% dei voti e il 9,6%.",
            "9,6%",
            "Forza Italia",
        ),
        (
            It,
            "Alle europee il Partito democratico e Forza Italia ottengono rispettivamente il 24,1% dei voti e il 9,6%.",
            "24,1%",
            "Partito Democratico",
        ),
        (
            Fr,
            "Le Rassemblement national et Les Républicains recueillent respectivement 31,4 % et 7,2 % des suffrages.",
            "7,2 %",
            "Les Républicains",
        ),
        (
            Zh,
            "國民黨和民進黨分別獲得40.1%和33.8%的選票。",
            "40.1%",
            "Kuomintang",
        ),
        (
            Zh,
            "國民黨和民進黨分別獲得40.1%和33.8%的選票。",
            "33.8%",
            "Democratic Progressive Party",
        ),
    ] {
        states(lang, text, figure, "vote_share", subject);
    }
}

#[test]
fn a_poll_s_share_is_no_result() {
    for (lang, text, figure, subject) in [
        (
            It,
            "Nell'ultimo sondaggio Fratelli d'Italia è al 29,5%.",
            "29,5%",
            "Fratelli d'Italia",
        ),
        (
            De,
            "In einer neuen Umfrage kommt die AfD auf 18,5 Prozent.",
            "18,5 Prozent",
            "AfD",
        ),
        (
            Fr,
            "Dans les sondages, le Rassemblement national est crédité de 33,5 % des intentions de vote.",
            "33,5 %",
            "Rassemblement national",
        ),
        (
            Zh,
            "最新民調顯示，國民黨的支持度為31.5%。",
            "31.5%",
            "Kuomintang",
        ),
    ] {
        states(lang, text, figure, "poll_share", subject);
    }
}

#[test]
fn an_electoral_threshold_is_not_a_party_s_share() {
    for (lang, text, figure) in [
        (
            It,
            "La Lega ha ottenuto il 3,9% dei voti, sotto la soglia di sbarramento del 4%.",
            "4%",
        ),
        (
            De,
            "Die FDP scheitert mit 4,6 Prozent der Stimmen an der Fünf-Prozent-Hürde.",
            "Fünf-Prozent",
        ),
        (
            Fr,
            "Les Républicains obtiennent 4,2 % des voix, sous la barre des 5 % nécessaire pour avoir des élus.",
            "5 %",
        ),
        (Zh, "民眾黨得票率為3.6%，未能跨過5%的門檻。", "5%"),
    ] {
        let c = claim_on(lang, text, figure);
        assert_eq!(c.predicate, "threshold", "{text}");
    }
    // The party's own share beside the threshold stays its vote share, also where the
    // threshold's word stands between the two figures (it is the next figure's).
    states(
        It,
        "Alle regionali vince il Partito democratico con il 33,4% dei voti. Resta fuori la Lega, che con il 3,8% ha mancato la soglia di sbarramento del 4%.",
        "3,8%",
        "vote_share",
        "Lega Nord",
    );
    states(
        It,
        "La Lega ha ottenuto il 3,9% dei voti, sotto la soglia di sbarramento del 4%.",
        "3,9%",
        "vote_share",
        "Lega Nord",
    );
    states(
        De,
        "Die FDP scheitert mit 4,6 Prozent der Stimmen an der Fünf-Prozent-Hürde.",
        "4,6 Prozent",
        "vote_share",
        "FDP",
    );
}

#[test]
fn the_turnout_of_an_election_story_is_the_headline_s_place() {
    // A headline of two sentences: the place is in the first, the dateline's city is not the
    // place that voted.
    states(
        It,
        "Portogallo, vince il centrodestra. Crolla la sinistra\n\n(ANSA) - LISBONA, 11 MAR - Il Partito socialista ha ottenuto il 28,7% dei voti.\n\nRecord per l'affluenza, salita al 66,2%.\n\nA Lisbona si festeggia.",
        "66,2%",
        "turnout",
        "Portugal",
    );
    states(
        Fr,
        "Le Rassemblement national arrive en tête avec 30,2 % des suffrages. La participation s'établit à 66,7 % en France.",
        "66,7 %",
        "turnout",
        "France",
    );
}

#[test]
fn the_seats_of_a_majority_are_the_assembly_s() {
    for (lang, text, figure) in [
        (
            It,
            "Alla Camera dei deputati la maggioranza è fissata a 201 seggi.",
            "201",
        ),
        (
            De,
            "Der Bundestag zählt 733 Abgeordnete, die absolute Mehrheit liegt bei 367 Sitzen.",
            "367",
        ),
        (
            Fr,
            "À l'Assemblée nationale, la majorité absolue est de 289 sièges.",
            "289",
        ),
    ] {
        let c = claim_on(lang, text, figure);
        assert_eq!(c.predicate, "majority", "{text}");
    }
    // The seats a party wins with its majority stay its seats won.
    states(
        Fr,
        "Le Rassemblement national arrive en tête avec 30,2 % des suffrages. Avec 143 sièges, il ne dispose pas de la majorité absolue.",
        "143",
        "seats_won",
        "Rassemblement national",
    );
}

#[test]
fn enumerations_of_market_shares_and_budgets() {
    for (lang, text, figure, key, subject) in [
        (
            It,
            "Nel trimestre Samsung ha conquistato il 21% del mercato degli smartphone, Apple il 17% e la Xiaomi il 13%.",
            "13%",
            "market_share",
            "Xiaomi",
        ),
        (
            De,
            "In Europa kommt Stellantis auf einen Marktanteil von 16 Prozent, Renault auf 11 Prozent.",
            "11 Prozent",
            "market_share",
            "Renault",
        ),
        (
            Fr,
            "En Europe, Volkswagen atteint 25 % de parts de marché, Stellantis 16 % et Renault 11 %.",
            "16 %",
            "market_share",
            "Stellantis",
        ),
        (
            Zh,
            "在全球智能手机市场，三星占据21%的份额，华为为17%，小米为13%。",
            "17%",
            "market_share",
            "Huawei",
        ),
    ] {
        states(lang, text, figure, key, subject);
    }
}

#[test]
fn a_leader_named_after_the_party_leaves_the_figure_to_the_party() {
    for (lang, text, figure, subject) in [
        (
            It,
            "Alle europee cresce Fratelli d'Italia della premier Giorgia Meloni, che sale al 28,8% dei voti.",
            "28,8%",
            "Fratelli d'Italia",
        ),
        (
            Fr,
            "Aux européennes, le Rassemblement national de Jordan Bardella, en tête avec 31,4 % des voix, devance la majorité.",
            "31,4 %",
            "Rassemblement national",
        ),
        (
            De,
            "Bei der Landtagswahl kommt die CDU von Ministerpräsident Hendrik Wüst auf 35,7 Prozent der Stimmen.",
            "35,7 Prozent",
            "CDU",
        ),
        (
            Zh,
            "在本次選舉中，賴清德所在的民進黨得票率為40.1%。",
            "40.1%",
            "Democratic Progressive Party",
        ),
    ] {
        states(lang, text, figure, "vote_share", subject);
    }
    // A person's own figure stays theirs: the candidate named alone.
    states(
        Fr,
        "Au premier tour de la présidentielle, Marine Le Pen obtient 23,2 % des voix.",
        "23,2 %",
        "vote_share",
        "Marine Le Pen",
    );
}

#[test]
fn an_earlier_value_compared_with_is_the_same_fact_s() {
    for (lang, text, figure, key, subject) in [
        (
            It,
            "Alle regionali vince il Partito democratico con il 33,4% dei voti. L'affluenza in Liguria si è fermata al 46,2%, contro il 53,4% del 2020.",
            "53,4%",
            "turnout",
            "Liguria",
        ),
        (
            De,
            "Die CSU holt bei der Landtagswahl 36,4 Prozent der Stimmen. Die Wahlbeteiligung in Bayern stieg auf 73,9 Prozent, nach 72,3 Prozent im Jahr 2018.",
            "72,3 Prozent",
            "turnout",
            "Bayern",
        ),
        (
            Zh,
            "國民黨在選舉中獲得34.6%的選票。台灣本次選舉投票率為68.3%，低於2020年的72.1%。",
            "72.1%",
            "turnout",
            "Taiwan",
        ),
    ] {
        states(lang, text, figure, key, subject);
    }
}
