//! Frame breadth (issue 5): kinds of business and public-life facts beyond takeovers (fines,
//! settlements, damages, recalls, listings and bonds, debt, guidance, price targets, shops,
//! passengers, pay rises, strikes, trials), each with one predicate key across documents and
//! languages. Our own sentences about invented events; the words are general words of each
//! language, as journalists and machine translation write them. Each kind is checked in
//! Italian, German, French, English and Chinese (simplified and traditional) for its key,
//! subject, value and unit, and beside it a sentence where the word stands in another sense
//! and makes no such claim.

use concord::claim::Claim;
use concord::Lang;

mod common;
use common::{run, spf};

/// One sentence, the figure's surface, and what its claim must say.
struct Case {
    lang: Lang,
    text: &'static str,
    figure: &'static str,
    subject: &'static str,
    value: &'static str,
    unit: &'static str,
}

const fn case(
    lang: Lang,
    text: &'static str,
    figure: &'static str,
    subject: &'static str,
    value: &'static str,
    unit: &'static str,
) -> Case {
    Case {
        lang,
        text,
        figure,
        subject,
        value,
        unit,
    }
}

/// The claims on the figure written `figure` (the scanner may take a hedge or the counted noun
/// along: "rund 200 Millionen Passagiere").
fn claim_on<'c>(claims: &'c [Claim], figure: &str) -> Vec<&'c Claim> {
    claims
        .iter()
        .filter(|c| c.provenance.text.contains(figure) && c.conversion_of.is_none())
        .collect()
}

/// Every case states a fact of predicate `key` about its subject, with its value and unit:
/// one key in every language.
fn check(key: &str, cases: &[Case]) {
    let mut langs = Vec::new();
    for c in cases {
        let claims = run(c.text, c.lang);
        let on = claim_on(&claims, c.figure);
        let found = on.iter().any(|cl| {
            cl.predicate == key
                && cl.subject.as_ref().is_some_and(|s| s.name == c.subject)
                && cl.quantity.value.to_string() == c.value
                && cl.quantity.unit.to_string() == c.unit
        });
        assert!(
            found,
            "{key}: {:?} in {:?}: got {:?} (values {:?})",
            c.figure,
            c.text,
            spf(&claims),
            on.iter()
                .map(|cl| format!("{} {}", cl.quantity.value, cl.quantity.unit))
                .collect::<Vec<_>>()
        );
        if !langs.contains(&c.lang) {
            langs.push(c.lang);
        }
    }
    assert!(langs.len() >= 3, "{key}: {langs:?}");
}

/// No claim on `figure` takes the predicate `key`.
fn never(key: &str, lang: Lang, text: &str, figure: &str) {
    let claims = run(text, lang);
    assert!(
        claim_on(&claims, figure).iter().all(|c| c.predicate != key),
        "{key} in {text:?}: {:?}",
        spf(&claims)
    );
}

/// The predicate of the claim on `figure`, if any.
fn key_of(lang: Lang, text: &str, figure: &str) -> Option<String> {
    let claims = run(text, lang);
    claim_on(&claims, figure)
        .first()
        .map(|c| c.predicate.clone())
}

use Lang::{De, En, Fr, It, Zh};

#[test]
fn a_fine_names_the_fined_party_not_the_authority() {
    check(
        "fine",
        &[
            case(
                It,
                "L'Antitrust ha multato Ryanair per 4,2 milioni di euro.",
                "4,2 milioni di euro",
                "Ryanair",
                "4200000",
                "EUR",
            ),
            case(
                It,
                "Ryanair è stata multata dall'Antitrust per 4,2 milioni di euro.",
                "4,2 milioni di euro",
                "Ryanair",
                "4200000",
                "EUR",
            ),
            case(
                De,
                "Die Kartellbehörde verhängte gegen Ryanair ein Bußgeld von 4,2 Millionen Euro.",
                "4,2 Millionen Euro",
                "Ryanair",
                "4200000",
                "EUR",
            ),
            case(
                Fr,
                "L'autorité de la concurrence a infligé à Ryanair une amende de 4,2 millions d'euros.",
                "4,2 millions d'euros",
                "Ryanair",
                "4200000",
                "EUR",
            ),
            case(
                En,
                "Regulators fined Ryanair 4.2 million euros on Tuesday.",
                "4.2 million euros",
                "Ryanair",
                "4200000",
                "EUR",
            ),
            case(
                Zh,
                "监管机构对丰田处以420万欧元罚款。",
                "420万欧元",
                "Toyota",
                "4200000",
                "EUR",
            ),
            case(
                Zh,
                "豐田被監管機構罰款420萬歐元。",
                "420萬歐元",
                "Toyota",
                "4200000",
                "EUR",
            ),
        ],
    );
}

#[test]
fn a_platform_known_as_a_product_can_be_the_fined_party() {
    check(
        "fine",
        &[
            case(
                It,
                "Il Garante ha inflitto a WhatsApp una multa da 225 milioni di euro.",
                "225 milioni di euro",
                "WhatsApp",
                "225000000",
                "EUR",
            ),
            case(
                De,
                "Die irische Behörde hatte gegen Instagram 405 Millionen Euro verhängt.",
                "405 Millionen Euro",
                "Instagram",
                "405000000",
                "EUR",
            ),
            case(
                Zh,
                "该机构曾对WhatsApp罚款2.25亿欧元。",
                "2.25亿欧元",
                "WhatsApp",
                "225000000",
                "EUR",
            ),
        ],
    );
}

#[test]
fn a_settlement_and_damages_are_their_own_facts() {
    check(
        "settlement",
        &[
            case(
                En,
                "Pfizer agreed to pay 350 million dollars to settle the lawsuit.",
                "350 million dollars",
                "Pfizer",
                "350000000",
                "USD",
            ),
            case(
                De,
                "Pfizer zahlt im Rahmen eines Vergleichs 350 Millionen Dollar.",
                "350 Millionen Dollar",
                "Pfizer",
                "350000000",
                "USD",
            ),
            case(
                Fr,
                "Pfizer a conclu un accord à l'amiable de 350 millions de dollars.",
                "350 millions de dollars",
                "Pfizer",
                "350000000",
                "USD",
            ),
            case(
                Zh,
                "辉瑞同意支付3.5亿美元达成和解。",
                "3.5亿美元",
                "Pfizer",
                "350000000",
                "USD",
            ),
        ],
    );
    check(
        "damages",
        &[
            case(
                It,
                "Il tribunale ha condannato Pirelli a un risarcimento danni di 12 milioni di euro.",
                "12 milioni di euro",
                "Pirelli",
                "12000000",
                "EUR",
            ),
            case(
                De,
                "Das Gericht verurteilte Pirelli zu Schadenersatz in Höhe von 12 Millionen Euro.",
                "12 Millionen Euro",
                "Pirelli",
                "12000000",
                "EUR",
            ),
            case(
                Fr,
                "Le tribunal a condamné Pirelli à verser 12 millions d'euros de dommages et intérêts.",
                "12 millions d'euros",
                "Pirelli",
                "12000000",
                "EUR",
            ),
            case(
                En,
                "A jury ordered Pirelli to pay 12 million euros in damages.",
                "12 million euros",
                "Pirelli",
                "12000000",
                "EUR",
            ),
        ],
    );
}

#[test]
fn a_recall_counts_the_units_recalled() {
    check(
        "recall",
        &[
            case(
                It,
                "Toyota richiama 1,2 milioni di auto negli Stati Uniti.",
                "1,2 milioni",
                "Toyota",
                "1200000",
                "count",
            ),
            case(
                De,
                "Toyota ruft 1,2 Millionen Autos in den USA zurück.",
                "1,2 Millionen",
                "Toyota",
                "1200000",
                "count",
            ),
            case(
                De,
                "Der Rückruf von Toyota betrifft 1,2 Millionen Fahrzeuge.",
                "1,2 Millionen",
                "Toyota",
                "1200000",
                "count",
            ),
            case(
                Fr,
                "Toyota rappelle 1,2 million de voitures aux États-Unis.",
                "1,2 million",
                "Toyota",
                "1200000",
                "count",
            ),
            case(
                En,
                "Toyota is recalling 1.2 million cars in the United States.",
                "1.2 million",
                "Toyota",
                "1200000",
                "count",
            ),
            case(
                Zh,
                "丰田在美国召回120万辆汽车。",
                "120万",
                "Toyota",
                "1200000",
                "count",
            ),
            case(
                Zh,
                "豐田在美國召回120萬輛汽車。",
                "120萬",
                "Toyota",
                "1200000",
                "count",
            ),
        ],
    );
}

#[test]
fn a_listing_has_its_proceeds_and_its_price() {
    check(
        "ipo_proceeds",
        &[
            case(
                It,
                "Con l'IPO Vodafone raccoglierà 2,5 miliardi di euro.",
                "2,5 miliardi di euro",
                "Vodafone",
                "2500000000",
                "EUR",
            ),
            case(
                De,
                "Vodafone nimmt beim Börsengang 2,5 Milliarden Euro ein.",
                "2,5 Milliarden Euro",
                "Vodafone",
                "2500000000",
                "EUR",
            ),
            case(
                Fr,
                "Vodafone a levé 2,5 milliards d'euros lors de son introduction en Bourse.",
                "2,5 milliards d'euros",
                "Vodafone",
                "2500000000",
                "EUR",
            ),
            case(
                En,
                "Vodafone raised 2.5 billion euros in its initial public offering.",
                "2.5 billion euros",
                "Vodafone",
                "2500000000",
                "EUR",
            ),
            case(
                Zh,
                "腾讯通过IPO募资25亿欧元。",
                "25亿欧元",
                "Tencent",
                "2500000000",
                "EUR",
            ),
        ],
    );
    check(
        "ipo_price",
        &[
            case(
                It,
                "Il prezzo di collocamento di Vodafone è stato fissato a 14 euro per azione.",
                "14 euro",
                "Vodafone",
                "14",
                "EUR",
            ),
            case(
                De,
                "Der Ausgabepreis der Vodafone-Aktien liegt bei 14 Euro.",
                "14 Euro",
                "Vodafone",
                "14",
                "EUR",
            ),
            case(
                Fr,
                "Le prix d'introduction de Vodafone a été fixé à 14 euros par action.",
                "14 euros",
                "Vodafone",
                "14",
                "EUR",
            ),
            case(
                En,
                "Vodafone set the IPO price at 14 euros per share.",
                "14 euros",
                "Vodafone",
                "14",
                "EUR",
            ),
            case(
                Zh,
                "腾讯的发行价为每股14欧元。",
                "14欧元",
                "Tencent",
                "14",
                "EUR",
            ),
        ],
    );
}

#[test]
fn a_bond_has_its_size_and_its_coupon() {
    check(
        "bond_issue",
        &[
            case(
                It,
                "Fincantieri ha collocato un bond da 500 milioni di euro.",
                "500 milioni di euro",
                "Fincantieri",
                "500000000",
                "EUR",
            ),
            case(
                De,
                "Fincantieri hat eine Anleihe über 500 Millionen Euro platziert.",
                "500 Millionen Euro",
                "Fincantieri",
                "500000000",
                "EUR",
            ),
            case(
                Fr,
                "Fincantieri a placé une émission obligataire de 500 millions d'euros.",
                "500 millions d'euros",
                "Fincantieri",
                "500000000",
                "EUR",
            ),
            case(
                En,
                "Fincantieri sold a 500 million euro bond on Monday.",
                "500 million euro",
                "Fincantieri",
                "500000000",
                "EUR",
            ),
        ],
    );
    check(
        "coupon",
        &[
            case(
                It,
                "Il bond di Fincantieri paga una cedola del 4,25%.",
                "4,25%",
                "Fincantieri",
                "4.25",
                "percent",
            ),
            case(
                De,
                "Die Anleihe von Fincantieri hat einen Kupon von 4,25 Prozent.",
                "4,25 Prozent",
                "Fincantieri",
                "4.25",
                "percent",
            ),
            case(
                Fr,
                "L'obligation de Fincantieri offre un coupon de 4,25 %.",
                "4,25 %",
                "Fincantieri",
                "4.25",
                "percent",
            ),
            case(
                En,
                "The Fincantieri bond carries a coupon of 4.25%.",
                "4.25%",
                "Fincantieri",
                "4.25",
                "percent",
            ),
        ],
    );
}

#[test]
fn net_debt_has_one_key() {
    check(
        "net_debt",
        &[
            case(
                It,
                "A fine anno l'indebitamento netto di Heineken era di 14 miliardi di euro.",
                "14 miliardi di euro",
                "Heineken",
                "14000000000",
                "EUR",
            ),
            case(
                De,
                "Die Nettoverschuldung von Heineken lag Ende des Jahres bei 14 Milliarden Euro.",
                "14 Milliarden Euro",
                "Heineken",
                "14000000000",
                "EUR",
            ),
            case(
                Fr,
                "La dette nette de Heineken s'élevait à 14 milliards d'euros en fin d'année.",
                "14 milliards d'euros",
                "Heineken",
                "14000000000",
                "EUR",
            ),
            case(
                En,
                "Heineken ended the year with net debt of 14 billion euros.",
                "14 billion euros",
                "Heineken",
                "14000000000",
                "EUR",
            ),
            case(
                Zh,
                "喜力年底的净负债为140亿欧元。",
                "140亿欧元",
                "Heineken",
                "14000000000",
                "EUR",
            ),
        ],
    );
}

#[test]
fn an_analysts_price_target_is_not_the_share_price() {
    check(
        "price_target",
        &[
            case(
                It,
                "Gli analisti di Santander alzano il prezzo obiettivo di Inditex a 52 euro.",
                "52 euro",
                "Inditex",
                "52",
                "EUR",
            ),
            case(
                De,
                "Santander hebt das Kursziel für Inditex auf 52 Euro an.",
                "52 Euro",
                "Inditex",
                "52",
                "EUR",
            ),
            case(
                Fr,
                "Santander relève son objectif de cours sur Inditex à 52 euros.",
                "52 euros",
                "Inditex",
                "52",
                "EUR",
            ),
            case(
                En,
                "Santander raised its price target on Inditex to 52 euros.",
                "52 euros",
                "Inditex",
                "52",
                "EUR",
            ),
        ],
    );
}

#[test]
fn shops_opened_closed_and_run_are_three_facts() {
    check(
        "store_count",
        &[
            case(
                It,
                "Lidl conta oggi 750 negozi in Italia.",
                "750",
                "Lidl",
                "750",
                "count",
            ),
            case(
                De,
                "Lidl betreibt 750 Filialen in Italien.",
                "750",
                "Lidl",
                "750",
                "count",
            ),
            case(
                Fr,
                "Lidl compte aujourd'hui 750 magasins en Italie.",
                "750",
                "Lidl",
                "750",
                "count",
            ),
            case(
                En,
                "Lidl now runs 750 stores in Italy.",
                "750",
                "Lidl",
                "750",
                "count",
            ),
        ],
    );
    check(
        "store_openings",
        &[
            case(
                It,
                "Lidl aprirà 40 nuovi negozi nel 2026.",
                "40",
                "Lidl",
                "40",
                "count",
            ),
            case(
                De,
                "Lidl will 2026 rund 40 neue Filialen eröffnen.",
                "40",
                "Lidl",
                "40",
                "count",
            ),
            case(
                Fr,
                "Lidl va ouvrir 40 nouveaux magasins en 2026.",
                "40",
                "Lidl",
                "40",
                "count",
            ),
            case(
                En,
                "Lidl will open 40 new stores in 2026.",
                "40",
                "Lidl",
                "40",
                "count",
            ),
        ],
    );
    check(
        "store_closures",
        &[
            case(
                It,
                "Auchan chiuderà 30 supermercati in Francia.",
                "30",
                "Auchan",
                "30",
                "count",
            ),
            case(
                De,
                "Auchan schließt 30 Supermärkte in Frankreich.",
                "30",
                "Auchan",
                "30",
                "count",
            ),
            case(
                Fr,
                "Auchan va fermer 30 supermarchés en France.",
                "30",
                "Auchan",
                "30",
                "count",
            ),
            case(
                En,
                "Auchan will close 30 supermarkets in France.",
                "30",
                "Auchan",
                "30",
                "count",
            ),
        ],
    );
    // Plants closed stay plant closures.
    assert_eq!(
        key_of(It, "Auchan chiuderà 3 stabilimenti in Francia.", "3").as_deref(),
        Some("plant_closures")
    );
}

#[test]
fn passengers_carried_are_no_seats() {
    check(
        "passenger_count",
        &[
            case(
                It,
                "Nel 2025 Ryanair ha trasportato 200 milioni di passeggeri.",
                "200 milioni",
                "Ryanair",
                "200000000",
                "count",
            ),
            case(
                De,
                "Ryanair beförderte 2025 rund 200 Millionen Passagiere.",
                "200 Millionen",
                "Ryanair",
                "200000000",
                "count",
            ),
            case(
                Fr,
                "Ryanair a transporté 200 millions de passagers en 2025.",
                "200 millions",
                "Ryanair",
                "200000000",
                "count",
            ),
            case(
                En,
                "Ryanair carried 200 million passengers in 2025.",
                "200 million",
                "Ryanair",
                "200000000",
                "count",
            ),
        ],
    );
    // An aircraft's seats are still seats.
    assert_eq!(
        key_of(En, "Ryanair said its new jet has 180 seats.", "180").as_deref(),
        Some("seat_count")
    );
}

#[test]
fn a_pay_rise_and_a_strike() {
    check(
        "wage_increase",
        &[
            case(
                It,
                "L'accordo con Volvo prevede un aumento salariale del 6%.",
                "6%",
                "Volvo Cars",
                "6",
                "percent",
            ),
            case(
                De,
                "Volvo und die Gewerkschaft einigten sich auf eine Lohnerhöhung von 6 Prozent.",
                "6 Prozent",
                "Volvo Cars",
                "6",
                "percent",
            ),
            case(
                Fr,
                "Volvo accorde une augmentation de salaire de 6 % à ses ouvriers.",
                "6 %",
                "Volvo Cars",
                "6",
                "percent",
            ),
            case(
                En,
                "Volvo agreed a pay rise of 6% for its workers.",
                "6%",
                "Volvo Cars",
                "6",
                "percent",
            ),
            case(
                Zh,
                "沃尔沃同意为工人加薪6%。",
                "6%",
                "Volvo Cars",
                "6",
                "percent",
            ),
        ],
    );
    check(
        "strike_duration",
        &[
            case(
                It,
                "I lavoratori di Volvo hanno proclamato uno sciopero di tre giorni.",
                "tre giorni",
                "Volvo Cars",
                "3",
                "days",
            ),
            case(
                De,
                "Bei Volvo beginnt ein Streik von drei Tagen.",
                "drei Tagen",
                "Volvo Cars",
                "3",
                "days",
            ),
            case(
                Fr,
                "Les salariés de Volvo entament une grève de trois jours.",
                "trois jours",
                "Volvo Cars",
                "3",
                "days",
            ),
            case(
                En,
                "Workers at Volvo began a three-day strike.",
                "three-day",
                "Volvo Cars",
                "3",
                "days",
            ),
        ],
    );
    check(
        "strikers",
        &[
            case(
                It,
                "Da lunedì 5.000 lavoratori di Volvo sono in sciopero.",
                "5.000",
                "Volvo Cars",
                "5000",
                "count",
            ),
            case(
                De,
                "Seit Montag streiken 5.000 Beschäftigte von Volvo.",
                "5.000",
                "Volvo Cars",
                "5000",
                "count",
            ),
            case(
                Fr,
                "Depuis lundi, 5 000 salariés de Volvo sont en grève.",
                "5 000",
                "Volvo Cars",
                "5000",
                "count",
            ),
            case(
                En,
                "Since Monday 5,000 workers at Volvo have been on strike.",
                "5,000",
                "Volvo Cars",
                "5000",
                "count",
            ),
        ],
    );
    // Workers without a strike are a headcount.
    assert_eq!(
        key_of(It, "Volvo impiega 5.000 lavoratori in Svezia.", "5.000").as_deref(),
        Some("headcount")
    );
}

#[test]
fn a_vaccine_has_its_efficacy() {
    check(
        "efficacy",
        &[
            case(
                It,
                "Il vaccino di Moderna ha mostrato un'efficacia del 94%.",
                "94%",
                "Moderna",
                "94",
                "percent",
            ),
            case(
                De,
                "Der Impfstoff von Moderna zeigte eine Wirksamkeit von 94 Prozent.",
                "94 Prozent",
                "Moderna",
                "94",
                "percent",
            ),
            case(
                Fr,
                "Le vaccin de Moderna affiche une efficacité de 94 %.",
                "94 %",
                "Moderna",
                "94",
                "percent",
            ),
            case(
                En,
                "The Moderna vaccine showed an efficacy of 94%.",
                "94%",
                "Moderna",
                "94",
                "percent",
            ),
        ],
    );
}

#[test]
fn the_words_in_another_sense_make_no_such_claim() {
    // "fine" as an adjective; "Vergleich" as a comparison; "effective" of a tax rate.
    never(
        "fine",
        En,
        "Toyota said the quarter went fine, with revenue of 30 billion dollars.",
        "30 billion",
    );
    never(
        "settlement",
        De,
        "Im Vergleich zum Vorjahr stieg der Umsatz von Toyota auf 30 Milliarden Euro.",
        "30 Milliarden",
    );
    never(
        "efficacy",
        En,
        "Toyota's effective tax rate was 21% last year.",
        "21%",
    );
    // Machine translation writes "risarcimento" for pay: no damages.
    never(
        "damages",
        It,
        "Toyota ha alzato il risarcimento dei suoi dirigenti a 30 milioni di euro.",
        "30 milioni",
    );
    // "rappelle" as "recalls to mind"; "ouvre" as "opens the way".
    never(
        "recall",
        Fr,
        "Le patron de Toyota rappelle que le groupe emploie 5 000 salariés en France.",
        "5 000",
    );
    never(
        "store_openings",
        Fr,
        "Auchan ouvre la voie à 300 suppressions de postes.",
        "300",
    );
    // A listed company's revenue is no listing.
    never(
        "ipo_proceeds",
        Zh,
        "这家上市公司腾讯的营收达50亿元。",
        "50亿元",
    );
    // To strike a deal: no strike.
    never(
        "strikers",
        En,
        "Toyota struck a deal with 300 suppliers.",
        "300",
    );
    // Revenue growth stays revenue growth: no pay rise.
    assert_eq!(
        key_of(It, "I ricavi di Volvo sono cresciuti del 6%.", "6%").as_deref(),
        Some("revenue_growth")
    );
}

#[test]
fn an_economy_grows_and_a_state_runs_a_deficit_and_a_debt() {
    check(
        "gdp_growth",
        &[
            case(
                It,
                "Nel terzo trimestre il Pil della Germania è cresciuto dello 0,3%.",
                "0,3%",
                "Germany",
                "0.3",
                "percent",
            ),
            case(
                De,
                "Das Bruttoinlandsprodukt Deutschlands wuchs im dritten Quartal um 0,3 Prozent.",
                "0,3 Prozent",
                "Germany",
                "0.3",
                "percent",
            ),
            case(
                Fr,
                "Le PIB de l'Allemagne a progressé de 0,3 % au troisième trimestre.",
                "0,3 %",
                "Germany",
                "0.3",
                "percent",
            ),
            case(
                En,
                "Germany's economy grew 0.3% in the third quarter.",
                "0.3%",
                "Germany",
                "0.3",
                "percent",
            ),
            case(
                Zh,
                "德国第三季度国内生产总值增长0.3%。",
                "0.3%",
                "Germany",
                "0.3",
                "percent",
            ),
        ],
    );
    check(
        "budget_deficit",
        &[
            case(
                It,
                "Il deficit della Francia salirà al 5,4% del Pil.",
                "5,4%",
                "France",
                "5.4",
                "percent",
            ),
            case(
                De,
                "Das Haushaltsdefizit Frankreichs steigt auf 5,4 Prozent.",
                "5,4 Prozent",
                "France",
                "5.4",
                "percent",
            ),
            case(
                Fr,
                "Le déficit public de la France atteindra 5,4 % du PIB.",
                "5,4 %",
                "France",
                "5.4",
                "percent",
            ),
            case(
                En,
                "France's budget deficit will rise to 5.4% of GDP.",
                "5.4%",
                "France",
                "5.4",
                "percent",
            ),
        ],
    );
    check(
        "debt_ratio",
        &[
            case(
                It,
                "Il debito pubblico della Francia raggiungerà il 116% del Pil.",
                "116%",
                "France",
                "116",
                "percent",
            ),
            case(
                Fr,
                "La dette publique de la France atteindra 116 % du PIB.",
                "116 %",
                "France",
                "116",
                "percent",
            ),
            case(
                En,
                "France's public debt will reach 116% of GDP.",
                "116%",
                "France",
                "116",
                "percent",
            ),
        ],
    );
    // A company's debt that fell is no state's debt ratio.
    never(
        "debt_ratio",
        En,
        "Hyundai said its debt fell 10% last year.",
        "10%",
    );
}

#[test]
fn a_central_bank_sets_its_rate() {
    check(
        "policy_rate",
        &[
            case(
                De,
                "Die EZB senkt den Einlagenzins auf 2 Prozent.",
                "2 Prozent",
                "European Central Bank",
                "2",
                "percent",
            ),
            case(
                Fr,
                "La BCE a ramené son taux de dépôt à 2 %.",
                "2 %",
                "European Central Bank",
                "2",
                "percent",
            ),
            case(
                En,
                "The ECB cut its deposit rate to 2%.",
                "2%",
                "European Central Bank",
                "2",
                "percent",
            ),
            case(
                Zh,
                "欧洲央行将存款利率下调至2%。",
                "2%",
                "European Central Bank",
                "2",
                "percent",
            ),
        ],
    );
}

#[test]
fn broadcast_rights_production_lines_and_strikes_in_hours() {
    check(
        "rights_fee",
        &[
            case(
                It,
                "Canal+ pagherà 900 milioni di euro a stagione per i diritti tv della Ligue 1.",
                "900 milioni di euro",
                "Canal+",
                "900000000",
                "EUR",
            ),
            case(
                Fr,
                "Canal+ paiera 900 millions d'euros par saison pour les droits TV.",
                "900 millions d'euros",
                "Canal+",
                "900000000",
                "EUR",
            ),
            case(
                En,
                "Canal+ will pay 900 million euros a season for the broadcast rights.",
                "900 million euros",
                "Canal+",
                "900000000",
                "EUR",
            ),
        ],
    );
    check(
        "production_volume",
        &[
            case(
                It,
                "Nel 2025 Hyundai ha prodotto 4 milioni di veicoli.",
                "4 milioni",
                "Hyundai Motor",
                "4000000",
                "count",
            ),
            case(
                De,
                "Hyundai produzierte 2025 rund 4 Millionen Fahrzeuge.",
                "4 Millionen",
                "Hyundai Motor",
                "4000000",
                "count",
            ),
            case(
                Fr,
                "Hyundai a produit 4 millions de véhicules en 2025.",
                "4 millions",
                "Hyundai Motor",
                "4000000",
                "count",
            ),
            case(
                En,
                "Hyundai produced 4 million vehicles in 2025.",
                "4 million",
                "Hyundai Motor",
                "4000000",
                "count",
            ),
            case(
                Zh,
                "现代汽车2025年生产了400万辆汽车。",
                "400万",
                "Hyundai Motor",
                "4000000",
                "count",
            ),
        ],
    );
    // Vehicles sold stay sales.
    assert_eq!(
        key_of(En, "Hyundai sold 4 million vehicles in 2025.", "4 million").as_deref(),
        Some("unit_sales")
    );
    check(
        "route_length",
        &[
            case(
                It,
                "La nuova linea ferroviaria di Bombardier sarà lunga 120 chilometri.",
                "120 chilometri",
                "Bombardier",
                "120000",
                "m",
            ),
            case(
                De,
                "Die neue Bahnstrecke von Bombardier ist 120 Kilometer lang.",
                "120 Kilometer",
                "Bombardier",
                "120000",
                "m",
            ),
            case(
                Fr,
                "La nouvelle ligne de Bombardier sera longue de 120 kilomètres.",
                "120 kilomètres",
                "Bombardier",
                "120000",
                "m",
            ),
            case(
                En,
                "The new Bombardier rail line will be 120 kilometres long.",
                "120 kilometres",
                "Bombardier",
                "120000",
                "m",
            ),
            case(
                Zh,
                "庞巴迪新线路全长120公里。",
                "120公里",
                "Bombardier",
                "120000",
                "m",
            ),
        ],
    );
    check(
        "completion_year",
        &[
            case(
                It,
                "I lavori della linea di Bombardier saranno completati nel 2029.",
                "2029",
                "Bombardier",
                "2029",
                "year",
            ),
            case(
                De,
                "Die Fertigstellung der Bombardier-Strecke ist für 2029 geplant.",
                "2029",
                "Bombardier",
                "2029",
                "year",
            ),
            case(
                Fr,
                "L'achèvement de la ligne de Bombardier est prévu en 2029.",
                "2029",
                "Bombardier",
                "2029",
                "year",
            ),
        ],
    );
    check(
        "strike_duration",
        &[
            case(
                It,
                "I sindacati di Volvo hanno indetto uno sciopero di 24 ore.",
                "24 ore",
                "Volvo Cars",
                "24",
                "hours",
            ),
            case(
                En,
                "Workers at Volvo staged a 24-hour strike.",
                "24-hour",
                "Volvo Cars",
                "24",
                "hours",
            ),
            case(
                Fr,
                "Les salariés de Volvo entament une grève de 24 heures.",
                "24 heures",
                "Volvo Cars",
                "24",
                "hours",
            ),
        ],
    );
}

/// The claim on `figure` of predicate `key` in `text`: its subject's and its object's names
/// (empty where none).
fn parties(lang: Lang, text: &str, figure: &str, key: &str) -> Option<(String, String)> {
    let claims = run(text, lang);
    claim_on(&claims, figure)
        .into_iter()
        .find(|c| c.predicate == key)
        .map(|c| {
            (
                c.subject.as_ref().map_or(String::new(), |s| s.name.clone()),
                c.object.as_ref().map_or(String::new(), |o| o.name.clone()),
            )
        })
}

/// `figure` in `text` is a fact of `key` with this subject and object (the trading partner).
fn trade(lang: Lang, text: &str, figure: &str, key: &str, subject: &str, object: &str) {
    assert_eq!(
        parties(lang, text, figure, key),
        Some((subject.to_string(), object.to_string())),
        "{key} on {figure:?} in {text:?}: {:?}",
        spf(&run(text, lang))
    );
}

#[test]
fn a_country_exports_and_imports_its_partner_is_the_object() {
    // The exporter is the subject; the market it ships to, whatever the word order, is the
    // object and never the subject.
    for (lang, text, figure, key, subject, object) in [
        (It, "Le esportazioni della Germania verso la Cina sono salite a 25 miliardi di euro nel primo trimestre.", "25 miliardi", "exports", "Germany", "China"),
        (It, "Le esportazioni della Germania verso la Cina sono cresciute del 4,5% nel primo trimestre.", "4,5%", "export_growth", "Germany", "China"),
        (It, "Le importazioni del Giappone dagli Stati Uniti sono scese a 12 miliardi di dollari.", "12 miliardi", "imports", "Japan", "United States"),
        (De, "Die Exporte Japans in die USA stiegen im Mai um 3,2 Prozent auf 14 Milliarden Dollar.", "14 Milliarden", "exports", "Japan", "United States"),
        (De, "Die Exporte Japans in die USA stiegen im Mai um 3,2 Prozent auf 14 Milliarden Dollar.", "3,2 Prozent", "export_growth", "Japan", "United States"),
        (De, "Die Einfuhren Frankreichs aus China sanken um 2,1 Prozent auf 11 Milliarden Euro.", "2,1 Prozent", "import_growth", "France", "China"),
        (Fr, "Les exportations du Vietnam vers les États-Unis ont atteint 9 milliards de dollars en mars.", "9 milliards", "exports", "Vietnam", "United States"),
        (Fr, "Les importations de la France en provenance de la Chine ont reculé de 3 %, à 5 milliards d'euros.", "5 milliards", "imports", "France", "China"),
        (En, "Japan's exports to the United States rose 5.1% to $12 billion in May.", "$12 billion", "exports", "Japan", "United States"),
        (En, "Mexico's imports from China fell 2% to $8 billion.", "2%", "import_growth", "Mexico", "China"),
        (Zh, "今年前5个月，德国对中国出口同比增长4.2%。", "4.2%", "export_growth", "Germany", "China"),
        (Zh, "5月越南对美国出口98亿美元。", "98亿美元", "exports", "Vietnam", "United States"),
        (Zh, "日本自美国进口120亿美元，同比下降2.3%。", "120亿美元", "imports", "Japan", "United States"),
        // A company exports too.
        (En, "Volkswagen exported 300,000 cars to China last year.", "300,000", "exports", "Volkswagen", "China"),
    ] {
        trade(lang, text, figure, key, subject, object);
    }
}

#[test]
fn a_trade_surplus_a_deficit_and_the_trade_between_two_countries() {
    for (lang, text, figure, key, subject, object) in [
        (
            It,
            "L'avanzo commerciale della Germania con la Francia si è ridotto a 9 miliardi di euro.",
            "9 miliardi",
            "trade_surplus",
            "Germany",
            "France",
        ),
        (
            It,
            "Il disavanzo commerciale della Francia con la Germania è salito a 9 miliardi di euro.",
            "9 miliardi",
            "trade_deficit",
            "France",
            "Germany",
        ),
        (
            It,
            "L'interscambio tra l'Italia e la Cina ha raggiunto 70 miliardi di euro.",
            "70 miliardi",
            "trade_volume",
            "Italy",
            "China",
        ),
        (
            De,
            "Der Handelsüberschuss Deutschlands mit den USA lag bei 60 Milliarden Euro.",
            "60 Milliarden",
            "trade_surplus",
            "Germany",
            "United States",
        ),
        (
            De,
            "Das Handelsdefizit der USA mit Mexiko wuchs auf 150 Milliarden Dollar.",
            "150 Milliarden",
            "trade_deficit",
            "United States",
            "Mexico",
        ),
        (
            De,
            "Das Handelsvolumen zwischen Deutschland und China betrug 250 Milliarden Euro.",
            "250 Milliarden",
            "trade_volume",
            "Germany",
            "China",
        ),
        (
            Fr,
            "L'excédent commercial de la Chine avec la France atteint 4 milliards d'euros.",
            "4 milliards",
            "trade_surplus",
            "China",
            "France",
        ),
        (
            Fr,
            "Le déficit commercial de la France avec la Chine s'est creusé à 46 milliards d'euros.",
            "46 milliards",
            "trade_deficit",
            "France",
            "China",
        ),
        (
            En,
            "Germany's trade surplus with France narrowed to $9 billion.",
            "$9 billion",
            "trade_surplus",
            "Germany",
            "France",
        ),
        (
            En,
            "The US trade deficit with Mexico widened to $15 billion in April.",
            "$15 billion",
            "trade_deficit",
            "United States",
            "Mexico",
        ),
        (
            Zh,
            "中国对美国出口同比增长5%，对美贸易顺差为300亿美元。",
            "300亿美元",
            "trade_surplus",
            "China",
            "United States",
        ),
        (
            Zh,
            "美国对墨西哥的贸易逆差扩大至150亿美元。",
            "150亿美元",
            "trade_deficit",
            "United States",
            "Mexico",
        ),
    ] {
        trade(lang, text, figure, key, subject, object);
    }
    // A state's budget deficit in money is no trade deficit.
    never(
        "trade_deficit",
        De,
        "Das Haushaltsdefizit Frankreichs liegt bei 150 Milliarden Euro.",
        "150 Milliarden",
    );
}

#[test]
fn the_trading_partner_never_becomes_the_subject_of_the_next_figure() {
    // The next sentence names nobody: the partner of the figures before (the object of the
    // exports) is not the country whose surplus it is.
    for (lang, text, figure) in [
        (De, "Chinas Exporte in die EU stiegen um 5 Prozent auf 40 Milliarden Dollar. Der Handelsüberschuss lag bei 20 Milliarden Dollar.", "20 Milliarden"),
        (Fr, "Les exportations de la Chine vers l'Union européenne ont progressé de 5 %. L'excédent atteint 20 milliards de dollars.", "20 milliards"),
        (En, "China's exports to the EU rose 5% to $40 billion. The surplus was $20 billion.", "$20 billion"),
    ] {
        assert_eq!(
            parties(lang, text, figure, "trade_surplus").map(|p| p.0).as_deref(),
            Some("China"),
            "{text:?}: {:?}",
            spf(&run(text, lang))
        );
    }
    // A partner named after the figure, as the agent of another verb, is no exporter either.
    let text = "Les exportations de la Chine vers l'Union européenne ont progressé de 5 %. \
                Quelque 60 000 voitures ont été expédiées vers l'Allemagne malgré les droits \
                imposés par l'Union européenne.";
    assert_ne!(
        parties(Fr, text, "60 000", "exports")
            .map(|p| p.0)
            .as_deref(),
        Some("European Union"),
        "{:?}",
        spf(&run(text, Fr))
    );
}

#[test]
fn a_capital_speaks_for_its_state_in_trade_figures_only() {
    // "Pékin a exporté": the government in the capital, where the document names the country.
    trade(
        Fr,
        "Les exportations chinoises vers l'Allemagne ont progressé de 5 %. Pékin a exporté 3 000 tonnes d'acier vers l'Allemagne en mars, selon la Chine.",
        "3 000 tonnes",
        "exports",
        "China",
        "Germany",
    );
    trade(
        En,
        "Beijing exported 3,000 tonnes of steel to Germany in May, China's customs said.",
        "3,000 tonnes",
        "exports",
        "China",
        "Germany",
    );
    // What the city has itself stays the city's.
    assert_eq!(
        parties(
            Fr,
            "La Chine a annoncé un plan. Pékin compte 21 millions d'habitants.",
            "21 millions",
            "population"
        )
        .map(|p| p.0)
        .as_deref(),
        Some("Beijing")
    );
}

#[test]
fn a_city_levies_a_fee_and_counts_its_visitors_residents_and_fines() {
    for (key, cases) in [
        ("fee_revenue", [
            (It, "Nel 2024 la tassa di soggiorno ha garantito a Milano un gettito di 70 milioni di euro.", "70 milioni", "Milan"),
            (De, "Mit der Kurtaxe hat Hamburg im vergangenen Jahr 30 Millionen Euro eingenommen.", "30 Millionen", "Hamburg"),
            (Fr, "La taxe de séjour a rapporté 12 millions d'euros à Lyon en 2024.", "12 millions", "Lyon"),
            (En, "Amsterdam collected 250 million euros from its tourist tax last year.", "250 million", "Amsterdam"),
            (Zh, "阿姆斯特丹去年征收旅游税2.5亿欧元。", "2.5亿欧元", "Amsterdam"),
        ]),
        ("fee_amount", [
            (It, "A Bologna la tariffa del parcheggio è di 2 euro all'ora.", "2 euro", "Bologna"),
            (De, "In Hamburg kostet die Kurtaxe 3 Euro pro Nacht.", "3 Euro", "Hamburg"),
            (Fr, "À Marseille, le tarif du stationnement est de 2 euros de l'heure.", "2 euros", "Marseille"),
            (En, "Milan's congestion charge costs 7.50 euros a day.", "7.50", "Milan"),
            (Zh, "慕尼黑博物馆门票为12欧元。", "12欧元", "Munich"),
        ]),
        ("visitor_count", [
            (It, "Milano ha accolto 8 milioni di turisti nel 2024.", "8 milioni", "Milan"),
            (De, "Hamburg zählte 2024 rund 15 Millionen Besucher.", "15 Millionen", "Hamburg"),
            (Fr, "Lyon a accueilli 6 millions de visiteurs l'an dernier.", "6 millions", "Lyon"),
            (En, "Amsterdam received 20 million visitors in 2024.", "20 million", "Amsterdam"),
            (Zh, "上海去年接待游客3亿人次。", "3亿", "Shanghai"),
        ]),
        ("population", [
            (It, "Milano conta 1,4 milioni di abitanti.", "1,4 milioni", "Milan"),
            (De, "Hamburg hat 1,9 Millionen Einwohner.", "1,9 Millionen", "Hamburg"),
            (Fr, "Marseille compte 870 000 habitants.", "870 000", "Marseille"),
            (En, "Amsterdam has 930,000 inhabitants.", "930,000", "Amsterdam"),
            (Zh, "上海常住人口为2480万人。", "2480万", "Shanghai"),
        ]),
        ("fines_issued", [
            (It, "La polizia locale di Bologna ha elevato 2.000 multe in un mese.", "2.000", "Bologna"),
            (De, "Die Stadt München verhängte im Sommer 5.000 Bußgelder.", "5.000", "Munich"),
            (Fr, "Les agents de Lyon ont dressé 3 000 amendes cet été.", "3 000", "Lyon"),
            (En, "Amsterdam issued 4,000 fines last summer.", "4,000", "Amsterdam"),
            (Zh, "上海交警今年开出逾5000张罚单。", "5000", "Shanghai"),
        ]),
    ] {
        for (lang, text, figure, subject) in cases {
            assert_eq!(
                parties(lang, text, figure, key).map(|p| p.0).as_deref(),
                Some(subject),
                "{key} on {figure:?} in {text:?}: {:?}",
                spf(&run(text, lang))
            );
        }
    }
    for (key, lang, text, figure, subject) in [
        (
            "scheme_days",
            Fr,
            "Le péage urbain de Lyon a été appliqué pendant 60 jours.",
            "60 jours",
            "Lyon",
        ),
        (
            "scheme_days",
            It,
            "La ZTL di Bologna sarà in vigore per 200 giorni l'anno.",
            "200 giorni",
            "Bologna",
        ),
        (
            "scheme_days",
            De,
            "Die City-Maut in Hamburg gilt an 120 Tagen im Jahr.",
            "120 Tagen",
            "Hamburg",
        ),
        (
            "scheme_days",
            En,
            "Milan's congestion charge applied on 250 days last year.",
            "250 days",
            "Milan",
        ),
        (
            "scheme_days",
            Zh,
            "上海的限行措施今年实施了60天。",
            "60天",
            "Shanghai",
        ),
        (
            "fee_revenue",
            It,
            "La tassa di soggiorno ha portato a Milano un incasso di 70 milioni di euro.",
            "70 milioni",
            "Milan",
        ),
        (
            "visitor_count",
            It,
            "Milano ha registrato 12 milioni di presenze turistiche nel 2024.",
            "12 milioni",
            "Milan",
        ),
        (
            "visitor_growth",
            It,
            "A Milano i turisti sono calati del 4% in agosto.",
            "4%",
            "Milan",
        ),
        (
            "visitor_growth",
            It,
            "A Milano la tassa ha ridotto del 5% i turisti giornalieri.",
            "5%",
            "Milan",
        ),
        (
            "visitor_growth",
            De,
            "Die Zahl der Besucher in Hamburg sank um 4 Prozent.",
            "4 Prozent",
            "Hamburg",
        ),
        (
            "visitor_growth",
            Fr,
            "À Lyon, la fréquentation touristique a baissé de 4 %.",
            "4 %",
            "Lyon",
        ),
        (
            "visitor_growth",
            En,
            "Visitors to Amsterdam fell 4% in August.",
            "4%",
            "Amsterdam",
        ),
        (
            "visitor_growth",
            Zh,
            "上海今年游客人数增长4%。",
            "4%",
            "Shanghai",
        ),
    ] {
        assert_eq!(
            parties(lang, text, figure, key).map(|p| p.0).as_deref(),
            Some(subject),
            "{key} on {figure:?} in {text:?}: {:?}",
            spf(&run(text, lang))
        );
    }
    // A company's sales that fell under the pressure of imports are no imports.
    never(
        "import_growth",
        Fr,
        "Ses ventes ont reculé de 7 % depuis le début de l'année, sous la pression des importations asiatiques.",
        "7 %",
    );
    // Two tiers of one fee: the second figure, joined by a conjunction, states the same fact.
    let text =
        "À Lyon, le tarif était de 5 euros pour une réservation et de 10 euros pour les autres.";
    assert_eq!(
        parties(Fr, text, "10 euros", "fee_amount")
            .map(|p| p.0)
            .as_deref(),
        Some("Lyon"),
        "{:?}",
        spf(&run(text, Fr))
    );
    // A film's takings are no fee, a player's appearances are no visitors.
    never(
        "fee_revenue",
        It,
        "Il film ha incassato 10 milioni di euro al botteghino.",
        "10 milioni",
    );
    never(
        "visitor_count",
        It,
        "Con il Milan Rossi ha collezionato 120 presenze.",
        "120",
    );
}

#[test]
fn a_states_statistics_office_speaks_for_it_and_a_cited_source_is_no_party() {
    // The statistics office names the state's figure where the document names the state.
    trade(
        En,
        "Destatis said exports to China rose to 20 billion euros in May. Germany remains a large exporter.",
        "20 billion",
        "exports",
        "Germany",
        "China",
    );
    // "selon les chiffres publiés par X": X is the source, not the subject of the next figure.
    let text =
        "Les exportations de la Chine ont bondi de 8 %, selon les chiffres publiés vendredi \
                par Eurostat. Les importations ont reculé de 3 %.";
    assert_eq!(
        parties(Fr, text, "3 %", "import_growth")
            .map(|p| p.0)
            .as_deref(),
        Some("China"),
        "{:?}",
        spf(&run(text, Fr))
    );
    for (lang, text) in [
        (Fr, "Les immatriculations ont progressé de 4 % en mars, selon les chiffres publiés vendredi par Eurostat."),
        (It, "Le immatricolazioni sono salite del 4% a marzo, secondo i dati diffusi ieri da Eurostat."),
        (En, "Registrations rose 4% in March, according to figures released on Friday by Eurostat."),
    ] {
        let claims = run(text, lang);
        assert!(
            claims
                .iter()
                .all(|c| c.subject.as_ref().is_none_or(|s| s.name != "Eurostat")),
            "{text:?}: {:?}",
            spf(&claims)
        );
    }
    // Nor does the trading partner become the subject of a count or a change of no trade
    // frame.
    let text = "China's exports to the EU rose 5% to $40 billion. Shipments of cars grew 12% to \
                50,000 vehicles.";
    let claims = run(text, En);
    assert!(
        claims.iter().all(|c| c
            .subject
            .as_ref()
            .is_none_or(|s| s.name != "European Union")),
        "{:?}",
        spf(&claims)
    );
}

#[test]
fn the_level_trade_reached_and_the_place_a_story_speaks_of() {
    // The level a change of exports or imports reached is the exports' or imports' value...
    trade(
        Fr,
        "Les exportations du Japon vers la Chine ont progressé de 6 % sur un an en mars, à 14 milliards de dollars, selon les douanes.",
        "14 milliards",
        "exports",
        "Japan",
        "China",
    );
    trade(
        It,
        "Le importazioni della Francia dalla Cina sono calate del 4% nel primo trimestre, a 9 miliardi di euro.",
        "9 miliardi",
        "imports",
        "France",
        "China",
    );
    // ... unless a cue of its own names the figure between them.
    trade(
        Zh,
        "3月日本对美国出口同比增长6%，贸易顺差扩大至50亿美元。",
        "50亿美元",
        "trade_surplus",
        "Japan",
        "United States",
    );
    // Of the country and the city the sentence before names, the city the story speaks of.
    let text =
        "德国城市慕尼黑的市政府公布了新规定，慕尼黑将从明年起对游客收费。提前预约者收费5欧元。";
    assert_eq!(
        parties(Zh, text, "5欧元", "fee_amount")
            .map(|p| p.0)
            .as_deref(),
        Some("Munich"),
        "{:?}",
        spf(&run(text, Zh))
    );
}

#[test]
fn days_written_giornate() {
    // "giornate" counts days.
    let claims = run(
        "Il blocco del traffico a Milano è stato applicato in 20 giornate.",
        It,
    );
    assert!(
        claims.iter().any(|c| c.predicate == "scheme_days"
            && c.quantity.value.to_string() == "20"
            && c.quantity.unit.to_string() == "days"),
        "{:?}",
        spf(&claims)
    );
}

#[test]
fn how_long_ahead_to_book_and_how_many_inspectors() {
    for (lang, text, figure, subject) in [
        (
            It,
            "Bologna chiede di prenotare la visita almeno 3 giorni in anticipo.",
            "3 giorni",
            "Bologna",
        ),
        (
            De,
            "Hamburg verlangt, die Tickets mindestens drei Tage im Voraus zu buchen.",
            "drei Tage",
            "Hamburg",
        ),
        (
            Fr,
            "Lyon impose de réserver au moins trois jours à l'avance.",
            "trois jours",
            "Lyon",
        ),
        (
            En,
            "Amsterdam requires visitors to book at least three days in advance.",
            "three days",
            "Amsterdam",
        ),
        (Zh, "上海要求游客提前3天预约。", "3天", "Shanghai"),
    ] {
        assert_eq!(
            parties(lang, text, figure, "booking_period")
                .map(|p| p.0)
                .as_deref(),
            Some(subject),
            "{text:?}: {:?}",
            spf(&run(text, lang))
        );
    }
    // The figure of another unit between two tiers of a fee leaves the second tier to
    // continue the first.
    let text = "À Lyon, le tarif était de 5 euros pour une réservation faite trois jours à \
                l'avance, et de 10 euros pour les autres.";
    assert_eq!(
        parties(Fr, text, "10 euros", "fee_amount")
            .map(|p| p.0)
            .as_deref(),
        Some("Lyon"),
        "{:?}",
        spf(&run(text, Fr))
    );
    // Days a levy applies; inspectors deployed are counted as such.
    assert_eq!(
        parties(Zh, "慕尼黑今年共征收60天。", "60天", "scheme_days")
            .map(|p| p.0)
            .as_deref(),
        Some("Munich")
    );
    for (lang, text, figure, subject) in [
        (
            Fr,
            "Lyon a déployé quelque 50 contrôleurs aux accès de la ville.",
            "50",
            "Lyon",
        ),
        (Zh, "上海在入口派驻约80名检查员。", "80", "Shanghai"),
    ] {
        assert_eq!(
            parties(lang, text, figure, "count:inspector")
                .map(|p| p.0)
                .as_deref(),
            Some(subject),
            "{text:?}: {:?}",
            spf(&run(text, lang))
        );
    }
}
