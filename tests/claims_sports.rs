//! Football transfers (issue 5): the fee a club pays for a player, what a club earns from
//! selling players, a player's appearances and salary per season, each with one predicate key
//! across languages. Our own sentences about invented transfers (the clubs are real names the
//! gazetteer knows, the players are made up); beside them, sentences where the same words stand
//! in another sense and make no such claim.
//!
//! Contests (any sport): what an athlete or a team wins (prize money, ranking points, wins,
//! titles, goals) is the winner's, never the opponent's the sentence names ("battendo X",
//! "gegen X", "face à X", "擊敗X"), nor the competition's; a description that refers back
//! ("il romano", "der Tiroler", "這位義大利球星") names the athlete of the previous sentence; an
//! event's total prize money and its spectators are the event's. The athletes are invented and
//! marked as people (the claims stage alone), so that the entity stage plays no part.

use concord::claim::Claim;
use concord::EntityKind;
use concord::Lang::{self, De, En, Fr, It, Zh};

mod common;
use common::{never, on, spf, states_valued, Who::Name};

#[test]
fn a_transfer_fee_belongs_to_the_buying_club() {
    let fee = |lang, text, figure| {
        states_valued(
            lang,
            text,
            figure,
            "transfer_fee",
            Name("Real Madrid"),
            "35000000",
            "EUR",
        )
    };
    fee(
        It,
        "Il Real Madrid verserà al Borussia Dortmund 35 milioni di euro per il cartellino del centrocampista.",
        "35 milioni di euro",
    );
    fee(
        De,
        "Real Madrid zahlt an Borussia Dortmund eine Ablöse von 35 Millionen Euro.",
        "35 Millionen Euro",
    );
    fee(
        Fr,
        "Le Real Madrid versera au Borussia Dortmund une indemnité de transfert de 35 millions d'euros.",
        "35 millions d'euros",
    );
    fee(
        En,
        "Real Madrid agreed a transfer fee of 35 million euros with Borussia Dortmund.",
        "35 million euros",
    );
    fee(
        Zh,
        "皇家马德里将向多特蒙德足球俱乐部支付3500万欧元转会费。",
        "3500万欧元",
    );
}

#[test]
fn a_transfer_in_another_sense_is_no_fee() {
    // Moving a headquarters, a technology or money is no player's transfer.
    never(
        It,
        "Il trasferimento della sede a Milano costerà 35 milioni di euro al Borussia Dortmund.",
        "35 milioni di euro",
        "transfer_fee",
    );
    never(
        Fr,
        "Le transfert de technologie rapportera 35 millions d'euros à Airbus.",
        "35 millions d'euros",
        "transfer_fee",
    );
    never(
        En,
        "Airbus made a wire transfer of 35 million euros to its supplier.",
        "35 million euros",
        "transfer_fee",
    );
    // A franchise fee ("加盟费") is no transfer either.
    never(Zh, "该品牌的加盟费为50万元。", "50万元", "transfer_fee");
}

#[test]
fn what_a_club_earns_from_selling_players() {
    states_valued(
        De,
        "Borussia Dortmund hat in diesem Sommer Transfererlöse von 90 Millionen Euro erzielt.",
        "90 Millionen Euro",
        "transfer_income",
        Name("Borussia Dortmund"),
        "90000000",
        "EUR",
    );
    states_valued(
        Fr,
        "Le Borussia Dortmund a encaissé 90 millions d'euros de ventes de joueurs cet été.",
        "90 millions d'euros",
        "transfer_income",
        Name("Borussia Dortmund"),
        "90000000",
        "EUR",
    );
    states_valued(
        Zh,
        "多特蒙德足球俱乐部今夏转会收入达9000万欧元。",
        "9000万欧元",
        "transfer_income",
        Name("Borussia Dortmund"),
        "90000000",
        "EUR",
    );
    // A company's revenue stays revenue.
    never(
        De,
        "Borussia Dortmund erzielte Umsatzerlöse von 500 Millionen Euro.",
        "500 Millionen Euro",
        "transfer_income",
    );
}

#[test]
fn a_player_s_appearances_and_salary_are_his_own() {
    let player = "Thomas Kerrow";
    states_valued(
        De,
        "Thomas Kerrow bestritt 120 Pflichtspiele für Borussia Dortmund.",
        "120",
        "appearances",
        Name(player),
        "120",
        "count",
    );
    states_valued(
        It,
        "Con il Borussia Dortmund Thomas Kerrow ha collezionato 120 presenze.",
        "120",
        "appearances",
        Name(player),
        "120",
        "count",
    );
    states_valued(
        Fr,
        "Thomas Kerrow a disputé 120 matchs avec le Borussia Dortmund.",
        "120",
        "appearances",
        Name(player),
        "120",
        "count",
    );
    states_valued(
        De,
        "Thomas Kerrow erhält beim FC Barcelona ein Gehalt von fünf Millionen Euro pro Saison.",
        "fünf Millionen Euro",
        "salary",
        Name(player),
        "5000000",
        "EUR",
    );
    states_valued(
        It,
        "Thomas Kerrow avrà uno stipendio da 5 milioni di euro netti a stagione.",
        "5 milioni di euro",
        "salary",
        Name(player),
        "5000000",
        "EUR",
    );
    states_valued(
        En,
        "Thomas Kerrow will draw a salary of 5 million euros per season at FC Barcelona.",
        "5 million euros",
        "salary",
        Name(player),
        "5000000",
        "EUR",
    );
    // Deployments of a fire brigade are no appearances; a company's pay plans stay
    // compensation.
    never(
        De,
        "Die Feuerwehr Hamburg hatte im Jahr 120 Einsätze.",
        "120",
        "appearances",
    );
    never(
        En,
        "Airbus set aside 5 million euros for bonuses to its engineers.",
        "5 million euros",
        "salary",
    );
}

/// The claims of `text` from the claims stage alone, every occurrence of each `(surface,
/// name, kind)` marked as that entity.
fn marked(lang: Lang, text: &str, names: &[(&str, &str, EntityKind)]) -> Vec<Claim> {
    common::claims_marked(lang, text, names)
}

const PERSON: EntityKind = EntityKind::Person;
const OTHER: EntityKind = EntityKind::Other;

/// Invented athletes, with their Chinese forms.
const PLAYERS: [(&str, &str, EntityKind); 10] = [
    ("Marco Ferretti", "Marco Ferretti", PERSON),
    ("Ferretti", "Marco Ferretti", PERSON),
    ("費雷蒂", "Marco Ferretti", PERSON),
    ("Lukas Brandner", "Lukas Brandner", PERSON),
    ("Brandner", "Lukas Brandner", PERSON),
    ("布蘭德納", "Lukas Brandner", PERSON),
    ("Julien Morel", "Julien Morel", PERSON),
    ("Morel", "Julien Morel", PERSON),
    ("Anna Kovacs", "Anna Kovacs", PERSON),
    ("Maria Lopez", "Maria Lopez", PERSON),
];

/// `text` states a fact of `key` about `subject` on `figure`, of `value` and `unit`, with the
/// players (and `more`) marked.
fn contest(
    lang: Lang,
    text: &str,
    more: &[(&str, &str, EntityKind)],
    (figure, key, subject, value, unit): (&str, &str, &str, &str, &str),
) {
    let names: Vec<_> = PLAYERS.iter().chain(more).copied().collect();
    let claims = marked(lang, text, &names);
    let found = on(&claims, figure).iter().any(|c| {
        c.predicate == key
            && c.subject.as_ref().is_some_and(|s| s.name == subject)
            && c.quantity.value.to_string() == value
            && c.quantity.unit.to_string() == unit
    });
    assert!(
        found,
        "{key} {subject} on {figure:?} in {text:?}: {:?}",
        spf(&claims)
    );
}

/// No claim on `figure` in `text` (players marked) has `subject`, nor the predicate `key`
/// when one is given.
fn not_of(lang: Lang, text: &str, figure: &str, subject: &str, key: Option<&str>) {
    let claims = marked(lang, text, &PLAYERS);
    assert!(
        on(&claims, figure).iter().all(|c| {
            c.subject.as_ref().is_none_or(|s| s.name != subject)
                && key.is_none_or(|k| c.predicate != k)
        }),
        "{subject} / {key:?} on {figure:?} in {text:?}: {:?}",
        spf(&claims)
    );
}

#[test]
fn prize_money_belongs_to_the_winner_not_the_opponent() {
    let cases = [
        (
            It,
            "Marco Ferretti ha vinto il torneo battendo in finale Lukas Brandner e porta a casa un premio di 2,4 milioni di euro.",
            "2,4 milioni di euro",
            "Marco Ferretti",
            "2400000",
            "EUR",
        ),
        (
            De,
            "Lukas Brandner besiegte im Endspiel den Franzosen Julien Morel und kassierte ein Preisgeld von 1,2 Millionen Euro.",
            "1,2 Millionen Euro",
            "Lukas Brandner",
            "1200000",
            "EUR",
        ),
        (
            Fr,
            "Julien Morel s'est imposé face à Marco Ferretti et empoche un chèque de 1,5 million d'euros.",
            "1,5 million d'euros",
            "Julien Morel",
            "1500000",
            "EUR",
        ),
        (
            En,
            "Anna Kovacs beat Maria Lopez in the final and took home prize money of 3 million dollars.",
            "3 million dollars",
            "Anna Kovacs",
            "3000000",
            "USD",
        ),
        (
            Zh,
            "費雷蒂在決賽中以直落兩盤擊敗布蘭德納，獨得240萬歐元冠軍獎金。",
            "240萬歐元",
            "Marco Ferretti",
            "2400000",
            "EUR",
        ),
    ];
    for (lang, text, figure, winner, value, unit) in cases {
        contest(
            lang,
            text,
            &[],
            (figure, "prize_money", winner, value, unit),
        );
    }
}

#[test]
fn the_opponent_alone_takes_no_prize_money() {
    // The sentence names only the beaten player: nobody it names won the figure.
    not_of(
        It,
        "Battendo in finale Lukas Brandner, ha incassato 2,4 milioni di euro di premio.",
        "2,4 milioni di euro",
        "Lukas Brandner",
        None,
    );
    not_of(
        De,
        "Im Finale gegen Lukas Brandner kassierte der Italiener ein Preisgeld von 1,2 Millionen Euro.",
        "1,2 Millionen Euro",
        "Lukas Brandner",
        None,
    );
    not_of(
        Fr,
        "Victorieux face à Marco Ferretti, le Français a reçu une prime de victoire de 1,5 million d'euros.",
        "1,5 million d'euros",
        "Marco Ferretti",
        None,
    );
    not_of(
        En,
        "After a win over Maria Lopez, the champion took home prize money of 3 million dollars.",
        "3 million dollars",
        "Maria Lopez",
        None,
    );
    not_of(
        Zh,
        "擊敗布蘭德納後，這位義大利球星獨得240萬歐元冠軍獎金。",
        "240萬歐元",
        "Lukas Brandner",
        None,
    );
}

#[test]
fn a_description_names_the_winner_of_the_sentence_before() {
    // "il romano", "der Tiroler", "這位義大利球星": the athlete the previous sentence names
    // as its subject, not the player it beat.
    let cases = [
        (
            It,
            "Marco Ferretti ha vinto il torneo battendo in finale Lukas Brandner. Il romano porta a casa un premio da 2,4 milioni di euro.",
            "2,4 milioni di euro",
            "Marco Ferretti",
        ),
        (
            De,
            "Lukas Brandner gewann das Finale gegen Julien Morel. Der Tiroler kassierte ein Preisgeld von 1,2 Millionen Euro.",
            "1,2 Millionen Euro",
            "Lukas Brandner",
        ),
        (
            Zh,
            "費雷蒂在決賽中擊敗布蘭德納。這位義大利球星獨得240萬歐元冠軍獎金。",
            "240萬歐元",
            "Marco Ferretti",
        ),
    ];
    for (lang, text, figure, winner) in cases {
        let claims = marked(lang, text, &PLAYERS);
        assert!(
            on(&claims, figure)
                .iter()
                .any(|c| c.predicate == "prize_money"
                    && c.subject.as_ref().is_some_and(|s| s.name == winner)),
            "{winner} in {text:?}: {:?}",
            spf(&claims)
        );
    }
}

#[test]
fn an_event_s_prize_fund_and_spectators_are_the_event_s() {
    let open = [
        ("Internazionali BNL", "Internazionali BNL", OTHER),
        ("Wiener Stadthalle Open", "Wiener Stadthalle Open", OTHER),
        ("Open de Moselle", "Open de Moselle", OTHER),
        ("Dubai Open", "Dubai Open", OTHER),
        ("上海大師賽", "Shanghai Masters", OTHER),
    ];
    let fund = |lang, text, figure, event, value, unit| {
        contest(
            lang,
            text,
            &open,
            (figure, "prize_fund", event, value, unit),
        );
    };
    fund(
        It,
        "Il montepremi complessivo degli Internazionali BNL sale a 8 milioni di euro.",
        "8 milioni di euro",
        "Internazionali BNL",
        "8000000",
        "EUR",
    );
    fund(
        De,
        "Das Gesamtpreisgeld der Wiener Stadthalle Open beträgt 2,5 Millionen Euro.",
        "2,5 Millionen Euro",
        "Wiener Stadthalle Open",
        "2500000",
        "EUR",
    );
    fund(
        Fr,
        "L'Open de Moselle affiche une dotation totale de 600 000 euros.",
        "600 000 euros",
        "Open de Moselle",
        "600000",
        "EUR",
    );
    fund(
        En,
        "The Dubai Open has a total prize money of 3 million dollars.",
        "3 million dollars",
        "Dubai Open",
        "3000000",
        "USD",
    );
    fund(
        Zh,
        "上海大師賽總獎金為900萬美元。",
        "900萬美元",
        "Shanghai Masters",
        "9000000",
        "USD",
    );
    contest(
        It,
        "Gli Internazionali BNL hanno registrato 350.000 spettatori in due settimane.",
        &open,
        (
            "350.000",
            "spectators",
            "Internazionali BNL",
            "350000",
            "count",
        ),
    );
    contest(
        De,
        "Die Wiener Stadthalle Open zählten rund 60.000 Zuschauer.",
        &open,
        (
            "60.000",
            "spectators",
            "Wiener Stadthalle Open",
            "60000",
            "count",
        ),
    );
    contest(
        Zh,
        "上海大師賽本屆吸引逾20萬名觀眾。",
        &open,
        ("20萬", "spectators", "Shanghai Masters", "200000", "count"),
    );
    // A tournament's prize money for its winner is no athlete's when no athlete is named.
    not_of(
        De,
        "Bei den Wiener Stadthalle Open gibt es für den Sieger ein Preisgeld von 500.000 Euro.",
        "500.000 Euro",
        "Wiener Stadthalle Open",
        Some("prize_money"),
    );
}

#[test]
fn points_wins_titles_and_goals_are_the_athlete_s() {
    let c = |lang, text, figure, key, who, value| {
        contest(lang, text, &[], (figure, key, who, value, "count"));
    };
    // (Points are `points`, the unit of scores, rankings and indices.)
    let p = |lang, text, figure, who, value| {
        contest(
            lang,
            text,
            &[],
            (figure, "ranking_points", who, value, "points"),
        );
    };
    p(
        It,
        "Marco Ferretti conquista 1.000 punti per la classifica mondiale.",
        "1.000",
        "Marco Ferretti",
        "1000",
    );
    c(
        It,
        "Marco Ferretti chiude la stagione con 61 vittorie e 7 titoli in carriera.",
        "61",
        "wins",
        "Marco Ferretti",
        "61",
    );
    c(
        De,
        "In der Weltrangliste liegt Lukas Brandner nun 800 Zähler vor Julien Morel.",
        "800",
        "ranking_points",
        "Lukas Brandner",
        "800",
    );
    c(
        De,
        "Lukas Brandner kommt in dieser Saison auf 44 Siege.",
        "44",
        "wins",
        "Lukas Brandner",
        "44",
    );
    c(
        Fr,
        "Julien Morel compte désormais 12 titres en carrière.",
        "12",
        "titles",
        "Julien Morel",
        "12",
    );
    c(
        En,
        "Anna Kovacs now has 24 career titles and 410 wins.",
        "24",
        "titles",
        "Anna Kovacs",
        "24",
    );
    c(
        Zh,
        "費雷蒂本季累計58勝，積分領先布蘭德納超過800分。",
        "58",
        "wins",
        "Marco Ferretti",
        "58",
    );
    p(
        Zh,
        "費雷蒂本季累計58勝，積分領先布蘭德納超過800分。",
        "800",
        "Marco Ferretti",
        "800",
    );
    c(
        It,
        "Marco Ferretti ha segnato 21 gol in campionato.",
        "21",
        "goals",
        "Marco Ferretti",
        "21",
    );
    // The player a leader is ahead of holds none of the lead.
    not_of(
        Zh,
        "費雷蒂本季累計58勝，積分領先布蘭德納超過800分。",
        "800",
        "Lukas Brandner",
        None,
    );
    not_of(
        De,
        "In der Weltrangliste liegt Lukas Brandner nun 800 Zähler vor Julien Morel.",
        "800",
        "Julien Morel",
        None,
    );
}

#[test]
fn shops_index_points_and_bonuses_are_no_contest() {
    // Points of sale, an index's points, a company's staff bonuses: no athlete's figures.
    never(
        It,
        "Il gruppo Esselunga gestisce 180 punti vendita in Lombardia.",
        "180",
        "ranking_points",
    );
    never(De, "Der Dax stieg um 200 Punkte.", "200", "ranking_points");
    // Money received, a deal's cheque: no prize.
    never(
        It,
        "La biglietteria del museo ha incassato 9 milioni di euro.",
        "9 milioni di euro",
        "prize_money",
    );
    never(
        It,
        "Atlantia firma un assegno da 325 milioni di euro per la quota.",
        "325 milioni di euro",
        "prize_money",
    );
    never(
        De,
        "Der Staat kassiert 2 Milliarden Euro an Steuern.",
        "2 Milliarden Euro",
        "prize_money",
    );
    never(Zh, "该公司向员工发放奖金1亿元。", "1亿元", "prize_money");
    never(
        Fr,
        "Le groupe prévoit des gains de productivité de 200 millions d'euros.",
        "200 millions d'euros",
        "prize_money",
    );
}

#[test]
fn money_verbs_are_prize_money_only_where_a_contest_is_told() {
    // "incassa", "kassierte", "empoche", "pocketed", "獎金" name a prize beside words of a
    // win ("ha vinto", "gewann", "a remporté", "won the", "奪冠"); elsewhere they are
    // revenue, taxes or staff bonuses.
    let cases = [
        (
            It,
            "Marco Ferretti ha vinto il torneo e incassa 2,4 milioni di euro.",
            "2,4 milioni di euro",
            "Marco Ferretti",
            "2400000",
        ),
        (
            De,
            "Lukas Brandner gewann das Turnier und kassierte 500.000 Euro.",
            "500.000 Euro",
            "Lukas Brandner",
            "500000",
        ),
        (
            Fr,
            "Julien Morel a remporté le tournoi et empoche 1,5 million d'euros.",
            "1,5 million d'euros",
            "Julien Morel",
            "1500000",
        ),
        (
            En,
            "Anna Kovacs won the tournament and pocketed 3 million euros.",
            "3 million euros",
            "Anna Kovacs",
            "3000000",
        ),
        (
            Zh,
            "費雷蒂奪冠，獲得獎金240萬歐元。",
            "240萬歐元",
            "Marco Ferretti",
            "2400000",
        ),
    ];
    for (lang, text, figure, winner, value) in cases {
        contest(
            lang,
            text,
            &[],
            (figure, "prize_money", winner, value, "EUR"),
        );
    }
    never(
        Fr,
        "L'État empoche 2 milliards d'euros de taxes sur les carburants.",
        "2 milliards d'euros",
        "prize_money",
    );
    never(
        En,
        "The treasury pocketed 2 billion euros in fuel taxes.",
        "2 billion euros",
        "prize_money",
    );
}

#[test]
fn an_event_s_figure_is_no_player_s_nor_a_source_s() {
    // A player, a speaker or a cited source is no event: the spectators and the prize fund
    // stay unclaimed where no event is named.
    not_of(
        Zh,
        "費雷蒂說，本屆賽事進場觀眾逾19萬人次。",
        "19萬",
        "Marco Ferretti",
        None,
    );
    not_of(
        It,
        "Marco Ferretti ha vinto la finale. Il montepremi complessivo era di 8 milioni di euro.",
        "8 milioni di euro",
        "Marco Ferretti",
        None,
    );
    let orgs = [
        (
            "Associazione Tennis",
            "Associazione Tennis",
            EntityKind::Organization,
        ),
        ("Atf", "Atf", EntityKind::Organization),
    ];
    let claims = marked(
        It,
        "Secondo l'Associazione Tennis (Atf), nella settimana del torneo sono entrati 350.000 spettatori.",
        &orgs,
    );
    assert!(
        on(&claims, "350.000").iter().all(|c| c.subject.is_none()),
        "{:?}",
        spf(&claims)
    );
}

#[test]
fn sets_of_a_match_and_a_club_s_season_are_the_winner_s() {
    let c = |lang, text, figure, key, who, value, more: &[(&str, &str, EntityKind)]| {
        contest(lang, text, more, (figure, key, who, value, "count"));
    };
    c(
        It,
        "Marco Ferretti ha battuto Lukas Brandner in due set.",
        "due",
        "sets",
        "Marco Ferretti",
        "2",
        &[],
    );
    c(
        De,
        "Lukas Brandner besiegte Julien Morel in drei Sätzen.",
        "drei",
        "sets",
        "Lukas Brandner",
        "3",
        &[],
    );
    c(
        En,
        "Anna Kovacs beat Maria Lopez in three sets.",
        "three",
        "sets",
        "Anna Kovacs",
        "3",
        &[],
    );
    let clubs = [
        ("Juventus", "Juventus", EntityKind::Organization),
        (
            "Borussia Dortmund",
            "Borussia Dortmund",
            EntityKind::Organization,
        ),
        ("Bayern", "Bayern", EntityKind::Organization),
    ];
    c(
        It,
        "La Juventus chiude il campionato con 24 vittorie e 57 gol.",
        "24",
        "wins",
        "Juventus",
        "24",
        &clubs,
    );
    c(
        It,
        "La Juventus chiude il campionato con 24 vittorie e 57 gol.",
        "57",
        "goals",
        "Juventus",
        "57",
        &clubs,
    );
    // The club beaten keeps none of the winner's goals.
    c(
        De,
        "Borussia Dortmund erzielte gegen Bayern vier Tore.",
        "vier",
        "goals",
        "Borussia Dortmund",
        "4",
        &clubs,
    );
    // A set of rules, "Sätze" of a text: no contest, no sets.
    never(
        It,
        "Il governo ha approvato due set di misure per le imprese.",
        "due",
        "sets",
    );
    never(En, "The bank sold three sets of bonds.", "three", "sets");
}

#[test]
fn a_capitalized_description_names_the_athlete_before() {
    // "Le Transalpin", "The Hungarian": after the article that opens the sentence, a
    // capitalized description refers back to the athlete (not the opponent) the sentence
    // before names.
    contest(
        Fr,
        "Marco Ferretti a remporté le tournoi face à Julien Morel. Le Transalpin touche un prize money de 1,5 million d'euros.",
        &[],
        ("1,5 million d'euros", "prize_money", "Marco Ferretti", "1500000", "EUR"),
    );
    contest(
        En,
        "Anna Kovacs beat Maria Lopez in the final. The Hungarian took home prize money of 3 million dollars.",
        &[],
        ("3 million dollars", "prize_money", "Anna Kovacs", "3000000", "USD"),
    );
    // Outside a contest's frames, an unknown capitalized name still keeps the context's
    // subject away ("Le Figaro" may be the party itself).
    let orgs = [("Renault", "Renault", EntityKind::Organization)];
    let claims = marked(
        Fr,
        "Renault a publié ses comptes. Le Figaro a réalisé un chiffre d'affaires de 500 millions d'euros.",
        &orgs,
    );
    assert!(
        on(&claims, "500 millions")
            .iter()
            .all(|c| c.subject.is_none()),
        "{:?}",
        spf(&claims)
    );
}

#[test]
fn an_age_in_an_opening_description_is_the_athlete_s() {
    // "Der 24-jährige Tiroler", "The 24-year-old": the description that opens the sentence
    // refers back to the person the sentence before names.
    contest(
        De,
        "Lukas Brandner hat das Turnier gewonnen. Der 24-jährige Tiroler besiegte im Endspiel Julien Morel.",
        &[],
        ("24-jährige", "age", "Lukas Brandner", "24", "years"),
    );
    contest(
        En,
        "Anna Kovacs won the title on Sunday. The 24-year-old beat Maria Lopez in three sets.",
        &[],
        ("24-year", "age", "Anna Kovacs", "24", "years"),
    );
    // No person before it: nobody's age.
    let orgs = [("Renault", "Renault", EntityKind::Organization)];
    let claims = marked(
        De,
        "Renault hat einen Unfall gemeldet. Der 24-jährige Fahrer wurde leicht verletzt.",
        &orgs,
    );
    assert!(
        on(&claims, "24-jährige")
            .iter()
            .all(|c| c.predicate != "age"),
        "{:?}",
        spf(&claims)
    );
}

#[test]
fn matches_at_a_tournament_are_appearances_where_a_contest_is_told() {
    contest(
        It,
        "Imbattuto in cinque partite, Marco Ferretti ha vinto il torneo.",
        &[],
        ("cinque", "appearances", "Marco Ferretti", "5", "count"),
    );
    contest(
        Zh,
        "費雷蒂以5戰全勝之姿奪冠。",
        &[],
        ("5", "appearances", "Marco Ferretti", "5", "count"),
    );
    contest(
        De,
        "Lukas Brandner gewann das Turnier ohne Satzverlust in fünf Spielen.",
        &[],
        ("fünf", "appearances", "Lukas Brandner", "5", "count"),
    );
    // VAT numbers, video games: no contest, no matches.
    never(
        It,
        "Nel 2024 sono state aperte 500.000 nuove partite Iva.",
        "500.000",
        "appearances",
    );
    never(
        De,
        "Der Konzern Ubisoft verkaufte drei Millionen Spiele.",
        "drei Millionen",
        "appearances",
    );
}

#[test]
fn first_titles_losses_and_chinese_tallies() {
    let year = |lang, text, figure, who, value| {
        contest(
            lang,
            text,
            &[],
            (figure, "first_title_year", who, value, "year"),
        );
    };
    year(
        It,
        "Marco Ferretti ha vinto il primo titolo nel 2019.",
        "2019",
        "Marco Ferretti",
        "2019",
    );
    year(
        De,
        "Lukas Brandner holte seinen ersten Titel im Jahr 2018.",
        "2018",
        "Lukas Brandner",
        "2018",
    );
    year(
        En,
        "Anna Kovacs won her first title in 2017.",
        "2017",
        "Anna Kovacs",
        "2017",
    );
    year(
        Zh,
        "費雷蒂於2019年拿下職業生涯首冠。",
        "2019",
        "Marco Ferretti",
        "2019",
    );
    let count = |lang, text, figure, key, who, value| {
        contest(lang, text, &[], (figure, key, who, value, "count"));
    };
    count(
        Fr,
        "Julien Morel compte 12 défaites cette saison.",
        "12",
        "losses",
        "Julien Morel",
        "12",
    );
    // "58勝12負": each tally's measure word follows its own figure.
    count(
        Zh,
        "費雷蒂本季累計58勝12負。",
        "58",
        "wins",
        "Marco Ferretti",
        "58",
    );
    count(
        Zh,
        "費雷蒂本季累計58勝12負。",
        "12",
        "losses",
        "Marco Ferretti",
        "12",
    );
    count(
        Zh,
        "費雷蒂已贏得22座冠軍。",
        "22",
        "titles",
        "Marco Ferretti",
        "22",
    );
    count(
        De,
        "Lukas Brandner erzielte 12 Tore in der Bundesliga.",
        "12",
        "goals",
        "Lukas Brandner",
        "12",
    );
}

#[test]
fn an_event_s_figure_without_a_name_is_the_document_s_event() {
    // The sentence names no event ("del torneo", "des Saisonfinales", "本屆"): the one event
    // the document names is the subject, never the player.
    let events = [
        ("Rolex Masters", "Rolex Masters", OTHER),
        ("Masters", "Masters", OTHER),
        ("Vienna Open", "Vienna Open", OTHER),
        ("上海大師賽", "Shanghai Masters", OTHER),
        ("Ernst-Happel-Stadion", "Ernst-Happel-Stadion", OTHER),
        ("Stadio Olimpico", "Stadio Olimpico", OTHER),
    ];
    contest(
        It,
        "Marco Ferretti ha vinto il Rolex Masters. Il montepremi complessivo del torneo era di 9 milioni di euro.",
        &events,
        ("9 milioni di euro", "prize_fund", "Rolex Masters", "9000000", "EUR"),
    );
    // "Masters" alone is a word of "Rolex Masters": the same event.
    contest(
        It,
        "Il Rolex Masters si è chiuso domenica. Marco Ferretti ha vinto il Masters. Il montepremi complessivo era di 9 milioni di euro.",
        &events,
        ("9 milioni di euro", "prize_fund", "Rolex Masters", "9000000", "EUR"),
    );
    contest(
        De,
        "Lukas Brandner gewann die Vienna Open. Das gesamte Preisgeld des Turniers betrug 2,5 Millionen Euro.",
        &events,
        ("2,5 Millionen Euro", "prize_fund", "Vienna Open", "2500000", "EUR"),
    );
    contest(
        Zh,
        "費雷蒂在上海大師賽奪冠。費雷蒂說，本屆賽事進場觀眾逾19萬人次。",
        &events,
        ("19萬", "spectators", "Shanghai Masters", "190000", "count"),
    );
    // A venue's spectators are the venue's.
    contest(
        De,
        "Im Ernst-Happel-Stadion verfolgten 70.000 Zuschauer das Finale.",
        &events,
        (
            "70.000",
            "spectators",
            "Ernst-Happel-Stadion",
            "70000",
            "count",
        ),
    );
    contest(
        It,
        "Lo Stadio Olimpico ha accolto 60.000 spettatori.",
        &events,
        ("60.000", "spectators", "Stadio Olimpico", "60000", "count"),
    );
    // Two events: none is the document's.
    let claims = marked(
        De,
        "Lukas Brandner gewann die Vienna Open, Julien Morel das Rolex Masters. Das gesamte Preisgeld betrug 2,5 Millionen Euro.",
        &[PLAYERS.as_slice(), events.as_slice()].concat(),
    );
    assert!(
        on(&claims, "2,5 Millionen")
            .iter()
            .all(|c| c.predicate != "prize_fund"
                || c.subject
                    .as_ref()
                    .is_none_or(|s| s.name != "Vienna Open" && s.name != "Rolex Masters")),
        "{:?}",
        spf(&claims)
    );
}

#[test]
fn an_event_s_prize_fund_grows() {
    let events = [
        ("Internazionali BNL", "Internazionali BNL", OTHER),
        ("Vienna Open", "Vienna Open", OTHER),
        ("上海大師賽", "Shanghai Masters", OTHER),
    ];
    let growth = |lang, text, figure, event, value| {
        contest(
            lang,
            text,
            &events,
            (figure, "prize_fund_growth", event, value, "percent"),
        );
    };
    growth(
        It,
        "Il montepremi complessivo degli Internazionali BNL è di 8 milioni di euro, in crescita del 5% sull'anno scorso.",
        "5%",
        "Internazionali BNL",
        "5",
    );
    growth(
        De,
        "Das Gesamtpreisgeld der Vienna Open stieg um 4 Prozent auf 2,5 Millionen Euro.",
        "4 Prozent",
        "Vienna Open",
        "4",
    );
    growth(
        Zh,
        "上海大師賽總獎金為900萬美元，比去年增加5%。",
        "5%",
        "Shanghai Masters",
        "5",
    );
    // A change with no word of a prize fund stays a plain change.
    never(
        It,
        "Gli Internazionali BNL hanno visto il pubblico in crescita del 5%.",
        "5%",
        "prize_fund_growth",
    );
}

#[test]
fn a_chinese_age_is_in_years_and_the_name_s_beside_it() {
    // "24歲" / "24岁" is an age in years; "現年24歲的X" gives it to X, a person or a name of
    // no known kind (a transliterated athlete's).
    let names = [
        ("張偉", "Zhang Wei", PERSON),
        ("柯瓦奇", "Anna Kovacs", OTHER),
    ];
    contest(
        Zh,
        "現年24歲的柯瓦奇本季累計58勝。",
        &names,
        ("24歲", "age", "Anna Kovacs", "24", "years"),
    );
    contest(
        Zh,
        "现年31岁的張偉宣布退役。",
        &names,
        ("31岁", "age", "Zhang Wei", "31", "years"),
    );
    // A founding year is no age.
    never(Zh, "該公司成立於1998年。", "1998", "age");
}

#[test]
fn a_venue_s_spectators_are_the_venue_s_even_after_a_preposition() {
    let names = [
        ("Rolex Masters", "Rolex Masters", OTHER),
        ("Inalpi Arena", "Inalpi Arena", OTHER),
        ("Stade de France", "Stade de France", OTHER),
    ];
    contest(
        It,
        "Davanti ai 12.300 spettatori della Inalpi Arena, Marco Ferretti ha vinto il Rolex Masters.",
        &names,
        ("12.300", "spectators", "Inalpi Arena", "12300", "count"),
    );
    contest(
        Fr,
        "La finale a attiré 80 000 spectateurs au Stade de France.",
        &names,
        ("80 000", "spectators", "Stade de France", "80000", "count"),
    );
}

#[test]
fn german_venue_and_event_compounds() {
    let names = [("Wiener Stadthalle", "Wiener Stadthalle", OTHER)];
    contest(
        De,
        "In der Wiener Stadthalle sahen 15.000 Zuschauer das Finale.",
        &names,
        (
            "15.000",
            "spectators",
            "Wiener Stadthalle",
            "15000",
            "count",
        ),
    );
}
