//! Per-language quantity data: number words, scale words, currencies, units, hedges, range
//! words and months, loaded from `data/quantity/<code>.json` (embedded at build time) or from a
//! file of the user's.
//!
//! A lexicon without a `lang` holds script-neutral data (`data/quantity/common.json`: symbols,
//! ISO 4217 codes, SI units) and applies to every language. Words are folded with
//! [`crate::text::fold::fold_str`] when the scanner is built, so they may be written with
//! accents, capitals or traditional Chinese characters.
//!
//! ## The fields
//!
//! - `decimal_separator`, `group_separators`: how digits are written (`","` and `[".", " "]` in
//!   Italian).
//! - `numbers`: number-word morphemes with their value (`"trent": 30`, `"otto": 8`); a word is a
//!   number when it splits entirely into morphemes (`trentotto` = `trent` + `otto`), so `sotto`
//!   is not one.
//! - `multipliers`: morphemes that multiply what precedes them within a group (`cento`, `百`).
//!   `approximate_multipliers`: collective numerals worth about a number (`une soixantaine` is
//!   about 60, `una decina` about 10): the amount is approximate; alone they are no number
//!   (`en quarantaine`).
//! - `scales`: powers of ten that close a group (`mila`: 3, `milioni`: 6, `万`: 4); they also
//!   follow digits (`14,3 miliardi`).
//! - `standalone`: scale words that are a number on their own (`mille`).
//! - `elided`: elided morphemes that end no word (`trent` in `trentotto`, `settant'anni`).
//! - `ambiguous`: number words that are only read as numbers next to a unit, a scale or a hedge
//!   (articles such as `un`, `ein`, `a`, and homographs such as Italian `sei`).
//! - `ones`: words for one that news does not read alone as an amount, because they are
//!   also the indefinite article or a pronoun (`ein`, `eins`, `un`, `uno`, `one`; English
//!   `a` is an article only and is not listed). They must also be `ambiguous`. The
//!   [`Reading::Cardinals`](super::Reading::Cardinals) reading reads them alone as 1.
//! - `vague`: words for an unspecified amount, as `[min, max]` (`centinaia`: `[200, 900]`,
//!   `数`: `[2, 9]`).
//! - `joiners`: words that join number words (`und`, `et`, `e`, `and`).
//! - `more_marks`: marks inside a numeral meaning "more than" (`多` in `三百多亿`).
//! - `fractions`: denominators (`terzi`: 3, `half`: 2); after a number they divide it
//!   (`tre quarti`), after a joiner they add to it (`un milione e mezzo`), and before a scale
//!   they halve it (`mezzo milione`). `fraction_infixes`: `分之` in `三分之一` (1/3).
//!   `fraction_separators`: between a numerator and its denominator (`uno su tre`,
//!   `one in three`, `two out of five`).
//! - `ordinals`: ordinal morphemes with their value (`fifth`: 5, `cinquesimi`: 5,
//!   `hundredth`: 100); a number word ending in one is a denominator, never an amount alone
//!   (`one twenty-fifth` = 1/25, `cento trentacinquesimi` = 100/35, `il ventesimo secolo`
//!   is none).
//! - `discount_marks`: `折` in `八折` (80 %) and `75折` (75 %).
//! - `number_values`: words worth a decimal number (`anderthalb`: `"1.5"`).
//! - `percent_words`: words that are a percentage alone (`半折`, `打对折`: `"50"`).
//! - `bare_number_after`: words after which a lone Chinese digit is a number (`是`, `前`);
//!   elsewhere a lone digit is one only between non-Han characters (`“五”`), and `一` only
//!   there. `idioms` holds words that contain numerals and are not amounts (`收拾`, `四川`):
//!   a numeral that starts inside one, or is the start of one, is not read.
//! - `improper_fractions`: `a/b` is a fraction even where `a >= b` (`16/5`, `4 6/3`), in a
//!   language that writes no dates with slashes (Chinese); elsewhere only proper fractions
//!   are read (`2023/24` is a season, `24/7` a phrase).
//! - `bare_hundreds`: the word for a hundred takes no word for one (French `cent`, Italian
//!   `cento`), so `un cent cinquième` is one hundred-and-fifth (1/105), not 100/5.
//! - `clock_prepositions`: words before a time of day written with the word for hours
//!   (`à 15 heures` is no duration of 15 hours).
//! - `negative_words`: words before a negative number (`minus`, `负`).
//! - `decimal_words`: words for the decimal point (`virgola`, `Komma`, `点`).
//! - `scale_abbreviations`: abbreviations that follow digits only (`mld`, `Mio.`, `bn`);
//!   `currency_scale_abbreviations`: the same, but only after a currency symbol (`$5M`);
//!   `capital_scale_abbreviations`: only where written in capitals (`10M`, never `100m`);
//!   `decimal_scale_abbreviations`: only after digits with a decimal part (`1,2b` in a French
//!   text, where `12b` is a house number).
//! - `account_scales`: statements of the unit the figures are given in, as tables and
//!   results write them (`in migliaia di euro`, `(in Tausend Euro)`, `en millions d'euros`,
//!   `in thousands of dollars`, `单位：万元`), with their power of ten: the statement is no
//!   amount, and the bare figures of its sentence are in that unit (`ricavi 45.210 (in
//!   migliaia di euro)` is 45,210,000 euros). A statement is one only before a currency or
//!   a closing bracket or colon, or at the end of its sentence.
//! - `currencies`: word or symbol → ISO 4217 code; a name several countries share holds its
//!   codes joined by `|` (`"Kronen": "SEK|NOK|DKK|ISK|CZK"`): an amount in it takes the one of
//!   those currencies the document names elsewhere (the nearest amount in one of them), else
//!   `XXX`, ISO's "no currency", rather than a guess. `traditional_families` lists names whose
//!   candidates apply only in a text written in traditional characters (`元` is the renminbi
//!   in simplified text, and in traditional text the dollar the text names: NT$, HK$).
//! - `minor_units`: `[code, factor]` of currency subunits (`"cents": ["USD", "0.01"]`); after an
//!   amount of money they add to it (`15 dollari e 15 centesimi`), alone they are money;
//!   `minor_joiners` may stand between (`e`, `and`, `又`).
//! - `symbol_before`: currency symbols and codes come before the number in this language, so one
//!   followed by a number belongs to that number (`$ 20,000.00 $ 37,305.97`).
//! - `capitalized_nouns`: nouns are written with a capital (German), so a capitalized word
//!   after a four-digit number is what it counts (`den 2000 Stellen` is a count, not a year),
//!   unless one of `year_prepositions` comes before the number (`bis 2030 Strom liefern`).
//! - `place_prepositions`: prepositions that introduce a place; a capitalized word after one,
//!   then a number and a noun, is the place, not a name with a number (`in Italien 750
//!   Filialen`, `in Italia 750 negozi`; `Llama 4` stays a name).
//! - `names_modify_nouns`: a capitalized word between a number and a word in small letters
//!   modifies that word (`5,000 Volvo workers`), so it is not what the number counts.
//! - `units`: word or symbol → unit code, or `[code, factor]` (`"MW": ["W", "1e6"]`). Codes:
//!   `percent`, `W`, `Wh`, `m2`, `m` (rainfall in litres per square metre too: `"l/m2":
//!   ["m", "0.001"]`), `t` (tonnes, printed in kg), `m3` (`"barili": ["m3",
//!   "0.158987294928"]`), `km/h`, `years`, `months`, `days`, `hours`, `minutes`, `seconds`,
//!   `count`, `celsius` (degrees Celsius: `°C`, `Grad Celsius`, `摄氏度`), `fahrenheit`
//!   (never converted), `ppm` (parts per million; `"ppb": ["ppm", "0.001"]`), `points` (of a
//!   score, a rating or an index: `Punkte`, `points`, `分`; a noun of `count_nouns` that
//!   starts with a word for points is none: `punti vendita`, `points de vente` count
//!   stores).
//!   `scaled_units`: the same, read only after an amount with a scale word of 10^4 or more
//!   (Taiwan's `度` = kWh in `52億度`, where `30度` is a temperature or an angle).
//!   `cased_units`: symbols read only where written exactly so, case included, and not
//!   before a hyphen (`t` and `Mt` are tonnes and megatonnes; `mt` is a metre in Italian,
//!   `T` a trillion, `2 t-shirts` no mass).
//! - `degree_units`: words for a degree after a number (`Grad`, `gradi`, `degrés`,
//!   `degrees`, `度`), read as a temperature (`celsius`) where no word of `angle_words`
//!   stands within a few words (`eine Wende um 180 Grad`, `un angolo di 45 gradi`, `90度角`:
//!   angles, no amount) and the value is no turn (`a 360 gradi`); where the language lists
//!   `degree_cues`, only in a sentence holding one of them (Chinese `度` is also an extent,
//!   a count of times or a kilowatt-hour: `气温30度` is a temperature, `三度` three times).
//!   `degree_prefixes`: words before the number naming the scale of the degrees after it
//!   (`华氏100度` is Fahrenheit, `摄氏30度` Celsius); they are cues too. Explicit symbols
//!   and names (`°C`, `℃`, `Grad Celsius`, `摄氏度`, `°F`) are plain `units`.
//! - `concentration_cues`: words of a concentration (`浓度`, `含量`); in a sentence holding
//!   one, a fraction over a million or a billion written with a scale word is in parts per
//!   million (`二氧化硫浓度为百万分之0.5` is 0.5 `ppm`); elsewhere it is a percentage
//!   (`百万分之五` is 0.0005 %).
//! - `per_words`: words for "per" before a measure word (`每` in `每吨`, `每桶`): the unit a
//!   price is given for, which may stand between a hedge and its figure (`首破每吨1万美元`
//!   is more than 10,000 USD; `最高达每小时160公里` takes the rate word itself).
//! - `hedge_negations`: words of negation right before a hedge of more or less (`jamais`,
//!   `nie`, `never`, `未`): the bound turns (`n'a jamais dépassé 4` is at most 4, `nicht
//!   unter 3` at least 3).
//! - `unit_adjectives`: words that may stand between a number and its unit (`prochains` in
//!   `dix-huit prochains mois`, `weitere` in `drei weitere Jahre`).
//! - `share_after` / `share_before`: words after (or before) a fraction that make it a share of
//!   something, read as a percentage (`ein Fünftel der Stellen` = 20 %, `營收的三分之一`); a
//!   hedged fraction is a share too (`rund ein Fünftel`). A fraction alone stays a number.
//! - `percent_prefixes`: words written before the number meaning percent (`百分之`).
//! - `speed_prefixes`: words before the number that make the length after it a speed
//!   (`時速300公里` is 300 km/h); `flow_prefixes`: words for "per second" before the number that
//!   make the volume after it a flow (`pro Sekunde 100 Kubikmeter`, `每秒200立方米` are m3/s;
//!   in Chinese a verb of one or two characters may stand between: `每秒湧出200立方公尺`). A
//!   hedge may stand before either (`最高达每小时160公里`).
//! - `hedges`: words before an amount → bound (`oltre`: `more_than`); `postfix_hedges`: after it
//!   (`以上`, `左右`).
//!   `noun_hedges`: hedges that right after a noun introduce an amount of money or time
//!   rather than bound it, in a language that capitalizes nouns (`ein Angebot über 8
//!   Milliarden Dollar` is an offer of 8 billion; `über 8 Milliarden Dollar` alone is more).
//!   `year_hedges`: hedges that before a bare number from 1800 to 2100 make it the calendar
//!   year, no bounded amount (`fino al 2024` is until the year 2024).
//!   `preposition_contractions`: a preposition and the forms it takes fused with an article
//!   (`a`: `al`, `all'`, `ai`...; `à`: `au`, `aux`); a hedge ending in the preposition is
//!   also a hedge with each form (`inferiore a` gives `inferiore all'` in `inferiore all'1%`).
//!   `hedge_articles`: definite articles that may stand between any other hedge and its
//!   number (`circa il 5%`, `sfiora i 2 miliardi`, a hedge ending in a preposition takes its
//!   contractions instead). `referential_articles`: such an article after a comparative
//!   hedge names a known figure, which is exact (German `weniger als die 14 Milliarden
//!   Euro, die der Konzern gezahlt hatte`; a fraction keeps its bound: `mehr als die
//!   Hälfte`).
//! - `range_open`, `range_and`, `range_separators`: `tra 5 e 6`, `5-6`, `5 bis 6`.
//! - `range_closers`: range openers that only some words close (`von` … `bis`, never `und`:
//!   `im Alter von 41 und 19 Jahren` is two ages). A range never runs down: `da 40 a 30%`
//!   is two figures.
//! - `change_from`, `change_to`: a change from one figure to another whose unit is written
//!   once, after the second (`von 41 auf 90 Prozent`, `dal 41 al 90%`): both figures have it.
//!   `change_verbs`: verbs before a range opener that make its two figures a change
//!   (`passerà da 40.000 a 52.000 euro`, `passe de 3 à 5 millions`, `rose from 5 to 7%`).
//!   Figures joined by a word of a list share the unit written after the last (`di 41 e 19
//!   anni`, `âgés de 41 et 19 ans`).
//! - `connectors`: words between a scaled amount and its currency (`di` in `45 milioni di
//!   dollari`).
//! - `list_separators`: between amounts sharing one currency (`、` in `1億、2億美元`).
//! - `part_markers`: words that open a part of the figure before them; a bare number they
//!   introduce takes its duration or currency (`vier Jahre Haft, davon zwei auf Bewährung`,
//!   `cinque anni, di cui tre con la condizionale`, `quatre ans, dont deux ferme`).
//! - `alternative_markers`: words for `instead of` that open the figure a statement sets
//!   against the one before it; a bare number right after one takes that figure's unit or
//!   currency (`in 23 Tagen statt 35`, `in 23 giorni invece di 35`, `23 jours au lieu de 35`).
//! - `months`: month names; a number next to one is a date, not an amount. `cased_months`:
//!   abbreviations read only where written exactly so (`25 GIU` in an agency's dateline,
//!   where `3 set` is three sets in tennis).
//! - `clock_words`: words after a number that make it a time of day (`12.33 Uhr`, `12 h 33`,
//!   `5 pm`), with the minutes after them; `clock_periods`: words of the time of day after
//!   an hour (`alle 7 di stamattina`, `um 8 Ortszeit`). `clock_point`: whether an hour and
//!   its minutes written with a point (`alle 14.07`) are a time, in a language whose decimal
//!   separator is the comma (Italian, German; not French, which writes `14 h 07`). Times of
//!   day are no amounts.
//!   `clock_joints`: words between an hour and its minutes that make a time only with the
//!   minutes after them (`10点30分`, `上午10點30分`, `10时30分`: no minutes of a duration;
//!   `3点意见` counts).
//! - `money_nouns`: nouns of sums of money (`tasse`, `interessi`, `impôts`): a scaled amount
//!   of one (`13 miliardi di tasse`) is money and takes the currency of the text around it.
//! - `scale_needs_connector`: whether the language joins a scale word to what it counts
//!   with a connector only (`6 miliardi di abitanti`, `6 milliards d'habitants`): a word right
//!   after the scale word (`6 miliardi previsti`, `6 milliards prévus`) counts nothing.
//! - `date_suffixes`: marks after a number that make it a date (`月`, `日`).
//! - `ordinal_prefixes`: marks before a number that make it an ordinal (`第`).
//! - `scale_names`: names of a scale right before a number read on it (`magnitudo 7,1`,
//!   `Stärke 7,1`, `規模7.1`, `Kategorie 4`, `categoria 3`): a degree, not an amount; it is
//!   not reported. `grade_words`: the same after the number (`3级飓风`, `7.1級地震`).
//! - `count_adjectives`: adjectives of more or new things (`weitere`, `nuovi`, `nouveaux`)
//!   that, right after a number word that is also another word (`ambiguous`: `acht`, `sei`),
//!   make it a count, with or without the noun after them (`sei nuovi reattori`, `acht
//!   weitere sind geplant`): they follow no verb nor article in that form.
//! - `one_nouns`: nouns of a person counted in a toll (`Person`, `persona`, `personne`,
//!   `Toter`, `morto`, `blessé`) after which the word for one that is also the article counts
//!   (`Eine Person wird vermisst`, `un morto e tre feriti`); before any other noun it stays
//!   the article (`eine Frage`, `une décision`).
//! - `comparatives`: words of more or less after a scaled amount, or after its connector,
//!   that compare it rather than name what it counts (`1,3 milliard de plus que`, `2
//!   Milliarden weniger`): the amount stays a sum and takes the currency around it.
//! - `speed_suffixes`: words for "per hour" after a length (`pro Stunde`, `all'ora`, `par
//!   heure`, `per hour`): after a length and its conversion in brackets they make both speeds
//!   (`120 Meilen (193 Kilometer) pro Stunde`).
//! - `classifiers`: measure words after a count, kept in the span (`個`, `位`, `股`).
//! - `count_nouns`: nouns of what is counted (`utenti`, `Nutzer`, `users`, `用户`). A scaled
//!   amount that names nothing after it is money in news and takes the currency of the text
//!   around it, unless one of these is its subject, joined to it by `linking_words` (`gli
//!   utenti attivi sono circa 175 milioni`, `用户约为1.75亿`), or, in Chinese, follows it
//!   (`2亿用户`). `number_nouns` (`numero`, `Zahl`) may head the count noun through a word for
//!   `of` (`die Zahl der Nutzer liegt bei 175 Millionen`); another noun there makes it no
//!   subject (`i depositi dei clienti sono 300 miliardi`). `adjectives_after_nouns`: one word
//!   may stand between the count noun and the linking word (`utenti attivi`).
//! - `compound_units`: units that end compound words (German `Streiktage`, `Lebensjahren`),
//!   but for `compound_unit_exceptions` (`Landtage`, `Lichtjahre`).
//! - `model_suffixes`: words after a model's number, as written (`Max` in `737 Max`): the
//!   number is a name, and so are the bare numbers listed right after it (`737 Max, 767 e
//!   777`) or after a name with a number (`die Modelle 737, 767 und 777`).
//! - `ratio_words`: words making a number a multiplier (`fois`, `volte`, `mal`, `倍`, `times`):
//!   `trois fois plus` is a ratio, not an amount, and is not reported. Those of them that are
//!   also `occurrence_words` (`fois`, `volte`, `mal`, `times`) count how often something
//!   happened where no word of `ratio_after` follows them (a comparative, an article, a word
//!   of a rate: `plus`, `più`, `mehr`, `le`, `the`, `pro`): `il a gagné trois fois`, `è
//!   salito sul podio quattro volte a Roma`, `dreimal in Folge` are counts of 3, 4, 3 (two
//!   or more: `une fois`, `einmal`, `once` are words of time). `glued_ratio_words` may be
//!   written as one word with a number word before them (German `viermal`, `dreifach`).
//! - `fraction_more_adjectives`: adjectives between a number word and its fraction word that
//!   make the share a little more than the fraction (`ein gutes Viertel`, `un bon quart`, `un
//!   buon terzo`, `a good third`: more than 25 or 33.3 percent).
//! - `currency_homographs`: currency names that are other words before a figure, as written
//!   (English `won`: `won 40 seats` is no amount of won; `40 billion won` is).
//! - `comparison_words`: words before a figure that make it the base of a comparison (`比` in
//!   `比去年的100万人多20万人`): a mark of more right after that figure (`多`) is the
//!   comparison's ("more than it by"), not a bound of the figure, which stays exact.
//!   `comparison_homographs`: words that start with such a word and are other words (`比例`,
//!   `比赛`, `比特币`).
//! - `ban_words`: words of a ban or an inability right after a postfix bound of time
//!   (`不得`, `不能`, `禁止`): `5年内不得参选` bans for five years (exact), where `3年内完成`
//!   sets a time limit (at most five years). One or two characters may stand between
//!   (`5年内将不得`).
//! - `idioms`: numerals that are words, not amounts (`万一`, `十分`).

use indexmap::IndexMap;
use serde::Deserialize;

use crate::error::Error;
use crate::lang::Lang;

/// A unit entry: a unit code alone, or a code with the factor to its base unit.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum UnitSpec {
    /// A unit code (`percent`, `W`, `years`, `count`, ...), factor 1.
    Code(String),
    /// A unit code and the factor to its base unit as a decimal literal (`["W", "1e6"]`).
    Scaled(String, String),
}

/// The quantity words of one language.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuantityLexicon {
    /// The language these words belong to; `None` for script-neutral data used by every language.
    #[serde(default)]
    pub lang: Option<Lang>,
    /// A free comment.
    #[serde(default, rename = "_comment")]
    pub comment: Option<String>,
    /// The decimal separator (`","` or `"."`).
    #[serde(default)]
    pub decimal_separator: Option<char>,
    /// Digit group separators (`"."`, `","`, `" "`, `"'"`).
    #[serde(default)]
    pub group_separators: Vec<char>,
    /// Number-word morphemes and their values.
    #[serde(default)]
    pub numbers: IndexMap<String, u64>,
    /// Multipliers within a group (hundred).
    #[serde(default)]
    pub multipliers: IndexMap<String, u64>,
    /// Collective numerals worth about a number (`soixantaine`: 60, `decina`: 10): multipliers
    /// that make the amount approximate (`une soixantaine de pays` is about 60), read only
    /// after a number word (`mis en quarantaine` is none).
    #[serde(default)]
    pub approximate_multipliers: IndexMap<String, u64>,
    /// Scale words: power of ten.
    #[serde(default)]
    pub scales: IndexMap<String, i32>,
    /// Scale words that are a number on their own.
    #[serde(default)]
    pub standalone: Vec<String>,
    /// Elided morphemes that end no word (`trent`, `vent`): only inside one, or before an
    /// apostrophe.
    #[serde(default)]
    pub elided: Vec<String>,
    /// Number words read as numbers only next to a unit, scale or hedge.
    #[serde(default)]
    pub ambiguous: Vec<String>,
    /// Words for one that are also the indefinite article or a pronoun (`ein`, `un`, `one`):
    /// read alone as 1 only in the cardinal reading.
    #[serde(default)]
    pub ones: Vec<String>,
    /// Vague amounts: `[min, max]`.
    #[serde(default)]
    pub vague: IndexMap<String, (u64, u64)>,
    /// Words joining number words.
    #[serde(default)]
    pub joiners: Vec<String>,
    /// Marks inside a numeral meaning "more than".
    #[serde(default)]
    pub more_marks: Vec<String>,
    /// Fraction denominators: word → denominator (`terzi`: 3, `mezzo`: 2, `Viertel`: 4).
    #[serde(default)]
    pub fractions: IndexMap<String, u64>,
    /// Marks between a denominator and its numerator (`分之` in `三分之一`).
    #[serde(default)]
    pub fraction_infixes: Vec<String>,
    /// Words between a numerator and its denominator (`su` in `uno su tre`, `out of`).
    #[serde(default)]
    pub fraction_separators: Vec<String>,
    /// Marks of a price ratio after a number: one digit is tenths, two are percent (`折`).
    #[serde(default)]
    pub discount_marks: Vec<String>,
    /// Ordinal morphemes and their value (`fifth`: 5, `cinquesimi`: 5, `bilionième`: 10^12):
    /// they end a number word, and a number so ended is a denominator (`one twenty-fifth`).
    #[serde(default)]
    pub ordinals: IndexMap<String, u64>,
    /// Words that are a number with a fraction on their own (`anderthalb`: `"1.5"`).
    #[serde(default)]
    pub number_values: IndexMap<String, String>,
    /// Words that are a percentage on their own (`半折`: `"50"`, half price).
    #[serde(default)]
    pub percent_words: IndexMap<String, String>,
    /// Words after which a lone digit of a script without spaces is a number (`是` in `答案是五`).
    #[serde(default)]
    pub bare_number_after: Vec<String>,
    /// `a/b` is a fraction even where `a >= b` (`16/5` = 3.2): the language writes no dates
    /// with slashes.
    #[serde(default)]
    pub improper_fractions: bool,
    /// The word for a hundred takes no word for one before it (French `cent`, Italian
    /// `cento`): before number words ending in an ordinal, that word is a numerator of one
    /// (`un cent cinquième` = 1/105, where English `one hundred fifths` = 100/5).
    #[serde(default)]
    pub bare_hundreds: bool,
    /// Words making the number after them negative (`minus`, `负`).
    #[serde(default)]
    pub negative_words: Vec<String>,
    /// Words for the decimal point.
    #[serde(default)]
    pub decimal_words: Vec<String>,
    /// Scale abbreviations after digits.
    #[serde(default)]
    pub scale_abbreviations: IndexMap<String, i32>,
    /// Scale abbreviations after digits, only where written in capitals (`10M`, not `100m`).
    #[serde(default)]
    pub capital_scale_abbreviations: IndexMap<String, i32>,
    /// Scale abbreviations after digits with a decimal part only (`1,2b`; `12b` is a house
    /// number or a clause).
    #[serde(default)]
    pub decimal_scale_abbreviations: IndexMap<String, i32>,
    /// Scale abbreviations after digits that follow a currency symbol.
    #[serde(default)]
    pub currency_scale_abbreviations: IndexMap<String, i32>,
    /// Statements of the unit a text's figures are given in, with its power of ten (`in
    /// migliaia di`: 3, `in Millionen`: 6, `单位:万`: 4).
    #[serde(default)]
    pub account_scales: IndexMap<String, i32>,
    /// Currency words and symbols → ISO 4217 code.
    #[serde(default)]
    pub currencies: IndexMap<String, String>,
    /// Currency names whose family applies only in text in traditional characters (`元`).
    #[serde(default)]
    pub traditional_families: Vec<String>,
    /// Currency subunits: `[code, factor]`.
    #[serde(default)]
    pub minor_units: IndexMap<String, UnitSpec>,
    /// Words between an amount of money and its subunits.
    #[serde(default)]
    pub minor_joiners: Vec<String>,
    /// Currency symbols and codes are written before the number.
    #[serde(default)]
    pub symbol_before: bool,
    /// Nouns are capitalized in this language (German).
    #[serde(default)]
    pub capitalized_nouns: bool,
    /// Words after which a four-digit number stays a year (`im`, `seit`, `bis`).
    #[serde(default)]
    pub year_prepositions: Vec<String>,
    /// Prepositions that introduce a place (`in`, `nel`, `en`): a capitalized word right after
    /// one, before a number and the noun it counts, is that place, not a name with a number
    /// (`in Italien 750 Filialen`, where `Llama 4` is a name).
    #[serde(default)]
    pub place_prepositions: Vec<String>,
    /// A name before a noun modifies it (English `5,000 Volvo workers`): a capitalized word after
    /// a number, followed by a word in small letters, is no counted noun.
    #[serde(default)]
    pub names_modify_nouns: bool,
    /// Prepositions before a time of day written with the word for hours (French `à`, `vers`,
    /// `dès` in `à 15 heures`): no duration is read there.
    #[serde(default)]
    pub clock_prepositions: Vec<String>,
    /// Unit words and symbols.
    #[serde(default)]
    pub units: IndexMap<String, UnitSpec>,
    /// Words of negation that turn a bound of the hedge right after them: `jamais dépassé
    /// 4 points` is at most 4, `non è mai sceso sotto il 3%` at least 3 (`hedge_negations`).
    #[serde(default)]
    pub hedge_negations: Vec<String>,
    /// Units read only after an amount with a scale word of 10^4 or more (`度` in `52億度`).
    #[serde(default)]
    pub scaled_units: IndexMap<String, UnitSpec>,
    /// Unit symbols read only where written exactly so, case included (`t`, `Mt`: `mt` is a
    /// metre in Italian, `T` a trillion).
    #[serde(default)]
    pub cased_units: IndexMap<String, UnitSpec>,
    /// Words for a degree after a number, read as the unit given (`Grad`, `gradi`, `degrés`,
    /// `度`: `celsius`) where no word of `angle_words` stands near and the value is no turn
    /// (180 or 360 degrees); in a language with `degree_cues`, only in a sentence that holds
    /// one of them.
    #[serde(default)]
    pub degree_units: IndexMap<String, UnitSpec>,
    /// Words of the weather or of heat, one of which a sentence must hold for its
    /// `degree_units` to be read (`气温`, `高温`: `度` is also an extent or a count).
    #[serde(default)]
    pub degree_cues: Vec<String>,
    /// Words of an angle or a turn near a number of degrees, which make it no temperature
    /// (`Winkel`, `svolta`, `virage`, `转弯`).
    #[serde(default)]
    pub angle_words: Vec<String>,
    /// Words before a number naming the scale of the degrees after it (`华氏`: `fahrenheit`,
    /// `摄氏`: `celsius`); they count as `degree_cues`.
    #[serde(default)]
    pub degree_prefixes: IndexMap<String, UnitSpec>,
    /// Words of a concentration, one of which a sentence must hold for a fraction over a
    /// million written with a scale word (`百万分之420`) to be parts per million rather than
    /// a percentage (`浓度`, `含量`).
    #[serde(default)]
    pub concentration_cues: Vec<String>,
    /// Words for "per" that, with one measure word after them, give the unit a price is for
    /// and may stand between a hedge and its figure (`每` in `首破每吨1万美元`).
    #[serde(default)]
    pub per_words: Vec<String>,
    /// Words between an hour and its minutes that make a time of day only where the minutes
    /// follow (`点`, `时` in `10点30分`, `10时30分`; `3点意见` counts three points).
    #[serde(default)]
    pub clock_joints: Vec<String>,
    /// Words that may stand between a number and its unit (`prochains`, `weitere`).
    #[serde(default)]
    pub unit_adjectives: Vec<String>,
    /// Words after a fraction that make it a share, read as a percentage (`der`, `of`).
    #[serde(default)]
    pub share_after: Vec<String>,
    /// Words before a fraction that make it a share, read as a percentage (`的`).
    #[serde(default)]
    pub share_before: Vec<String>,
    /// Words before a number meaning percent.
    #[serde(default)]
    pub percent_prefixes: Vec<String>,
    /// Words before a number that make a length after it a speed per hour (`時速`).
    #[serde(default)]
    pub speed_prefixes: Vec<String>,
    /// Words before a number that make a volume after it a flow per second (`每秒`).
    #[serde(default)]
    pub flow_prefixes: Vec<String>,
    /// Hedges before an amount → bound name.
    #[serde(default)]
    pub hedges: IndexMap<String, String>,
    /// A preposition → its forms fused with an article (`a`: `al`, `all'`): a hedge ending
    /// in the preposition is a hedge with each of them too.
    #[serde(default)]
    pub preposition_contractions: IndexMap<String, Vec<String>>,
    /// Definite articles between a hedge and its number (`il` in `circa il 5%`): every hedge
    /// not ending in a preposition of `preposition_contractions` is a hedge with each of them.
    #[serde(default)]
    pub hedge_articles: Vec<String>,
    /// A definite article between a comparative hedge and an amount names a figure the text
    /// refers to, which something else is compared with (German `weniger als die 14
    /// Milliarden Euro, die ... eingezahlt hatte`): the amount is exact and the hedge no part
    /// of it. A fraction keeps its bound (`mehr als die Hälfte`).
    #[serde(default)]
    pub referential_articles: bool,
    /// Hedges that, before a number that may be a year and counts nothing, make it the
    /// calendar year (`fino al 2024`).
    #[serde(default)]
    pub year_hedges: Vec<String>,
    /// Hedges that introduce an amount of money or time right after a noun (`über`).
    #[serde(default)]
    pub noun_hedges: Vec<String>,
    /// Hedges after an amount → bound name.
    #[serde(default)]
    pub postfix_hedges: IndexMap<String, String>,
    /// Words opening a range (`tra`, `zwischen`).
    #[serde(default)]
    pub range_open: Vec<String>,
    /// Words between the two ends of a range opened by a `range_open` word (`e`, `und`).
    #[serde(default)]
    pub range_and: Vec<String>,
    /// Words or signs between the two ends of a range (`-`, `bis`, `至`).
    #[serde(default)]
    pub range_separators: Vec<String>,
    /// Range openers that only the given words close (`von` … `bis`, `da` … `a`, `de` … `à`,
    /// `from` … `to`): `im Alter von 41 und 19 Jahren` is two ages, no range. An opener not
    /// listed takes any of `range_and`.
    #[serde(default)]
    pub range_closers: IndexMap<String, Vec<String>>,
    /// Verbs of change: right before a `range_open` word for "from" (one of `range_closers`;
    /// one word, an adverb, may stand between) they make the two figures a change from an old value to a new one, two exact
    /// amounts sharing the second's unit, no range (`passerà da 40.000 a 52.000 euro`,
    /// `passe de 3 à 5 millions`, `rose from 5 to 7 percent`).
    #[serde(default)]
    pub change_verbs: Vec<String>,
    /// Words before the first figure of a change (`von` in `von 41 auf 90 Prozent`, `dal`
    /// in `dal 41 al 90%`): with a `change_to` word between the figures, the bare first
    /// figure takes the unit (and the scale, when of the same size) of the second.
    #[serde(default)]
    pub change_from: Vec<String>,
    /// Words between the two figures of a change (`auf`, `al`).
    #[serde(default)]
    pub change_to: Vec<String>,
    /// Words between a scaled amount and its currency or unit.
    #[serde(default)]
    pub connectors: Vec<String>,
    /// Separators of a list of amounts.
    #[serde(default)]
    pub list_separators: Vec<String>,
    /// Words that open a part of the figure before them (`dont` in `quatre ans, dont deux
    /// ferme`, `dei quali` in `quattro anni, due dei quali`): a bare number they introduce
    /// takes that figure's duration or currency.
    #[serde(default)]
    pub part_markers: Vec<String>,
    /// Words for `instead of` (`au lieu de`, `invece di`, `statt`): a bare number right after
    /// one, a few words after a figure, is the figure it replaces and takes its unit or
    /// currency.
    #[serde(default)]
    pub alternative_markers: Vec<String>,
    /// Month names.
    #[serde(default)]
    pub months: Vec<String>,
    /// Month abbreviations read only where written exactly so, case included (`GIU`, `SET`
    /// in agency datelines: `set` is a set in tennis).
    #[serde(default)]
    pub cased_months: Vec<String>,
    /// Words after a number that make it a time of day (`Uhr`, `h`, `pm`); minutes may
    /// follow them (`12 h 33`).
    #[serde(default)]
    pub clock_words: Vec<String>,
    /// Words after an hour that make it a time of day (`alle 7 di stamattina`, `um 8
    /// Ortszeit`).
    #[serde(default)]
    pub clock_periods: Vec<String>,
    /// Whether the language writes a time of day as an hour and its minutes with a point
    /// (`alle 14.07`, `um 12.33`: Italian, German), so that such a figure is a time where the
    /// decimal separator is the comma; French writes `14 h 07`, and its `5.00` is a number.
    #[serde(default)]
    pub clock_point: bool,
    /// Nouns of sums of money: a scaled amount of one of them is money (`13 miliardi di
    /// tasse`, `2 milliards d'impôts`) and takes the currency of the text around it.
    #[serde(default)]
    pub money_nouns: Vec<String>,
    /// Whether a scale word joins what it counts with a connector only (`6 miliardi di
    /// abitanti`): a word right after it (`6 miliardi previsti`) counts nothing.
    #[serde(default)]
    pub scale_needs_connector: bool,
    /// Marks after a number that make it a date.
    #[serde(default)]
    pub date_suffixes: Vec<String>,
    /// Marks before a number that make it an ordinal.
    #[serde(default)]
    pub ordinal_prefixes: Vec<String>,
    /// Names of scales a number right after them is read on (`magnitudo`, `Stärke`, `規模`):
    /// such a number is a degree on the scale, not an amount, and is not reported.
    #[serde(default)]
    pub scale_names: Vec<String>,
    /// Words after a number naming the grade it is on a scale (`级` in `3级飓风`): a degree, not
    /// an amount, and not reported.
    #[serde(default)]
    pub grade_words: Vec<String>,
    /// Adjectives of more or new things that make an ambiguous number word before them a
    /// count (`weitere` in `acht weitere`, `nuovi` in `sei nuovi reattori`).
    #[serde(default)]
    pub count_adjectives: Vec<String>,
    /// Nouns of a person counted in a toll, after which the word for one that is also the
    /// article is a count of one (`Person` in `Eine Person wird vermisst`).
    #[serde(default)]
    pub one_nouns: Vec<String>,
    /// Words of more or less that compare a scaled amount (`plus` in `1,3 milliard de plus`)
    /// rather than name what it counts.
    #[serde(default)]
    pub comparatives: Vec<String>,
    /// Words for "per hour" after a length (`pro Stunde`, `per hour`): a length and its
    /// conversion in brackets before one are speeds.
    #[serde(default)]
    pub speed_suffixes: Vec<String>,
    /// Measure words after a count.
    #[serde(default)]
    pub classifiers: Vec<String>,
    /// Nouns of what is counted: a scaled amount with one as its subject, or in Chinese right
    /// after it, takes no currency from the text around it.
    #[serde(default)]
    pub count_nouns: Vec<String>,
    /// Words joining a count noun to its figure (`sono`, `liegt`, `atteint`, `reached`, `为`).
    #[serde(default)]
    pub linking_words: Vec<String>,
    /// Nouns for the number of things, heading a count noun through a word for `of`
    /// (`numero`, `Zahl`, `nombre`, `number`).
    #[serde(default)]
    pub number_nouns: Vec<String>,
    /// Adjectives follow nouns in this language (`utenti attivi`, `abonnés payants`).
    #[serde(default)]
    pub adjectives_after_nouns: bool,
    /// Units that end compound words, in a language that writes compounds as one word
    /// (German `tage` in `acht Streiktage`, `jahren` in `drei Lebensjahren`): a number before
    /// such a compound has the unit.
    #[serde(default)]
    pub compound_units: IndexMap<String, UnitSpec>,
    /// Compounds that end as a unit of `compound_units` and are none (`Landtage`, the
    /// parliaments of the German states; `Lichtjahre`, a length).
    #[serde(default)]
    pub compound_unit_exceptions: Vec<String>,
    /// Words written after a model's number, matched as written (`Max` in `737 Max`, `Pro`,
    /// `neo`): the number is part of a name, no amount, and so are bare numbers of three
    /// digits or more listed right after such a name or a name with a number (`737 Max, 767
    /// e 777`, `die Modelle 737, 767 und 777`).
    #[serde(default)]
    pub model_suffixes: Vec<String>,
    /// Words after a number that make it a multiplier, not an amount (`fois`, `倍`).
    #[serde(default)]
    pub ratio_words: Vec<String>,
    /// Words of `ratio_words` that also count occurrences (`fois`, `volte`, `mal`): a count
    /// of two or more where no word of `ratio_after` follows (`trois fois`, `dreimal`).
    #[serde(default)]
    pub occurrence_words: Vec<String>,
    /// Words of `ratio_words` that may be glued to a number word (`dreimal`, `vierfach`).
    #[serde(default)]
    pub glued_ratio_words: Vec<String>,
    /// Words after a multiplier that make it a ratio (`plus`, `più`, `mehr`, `so`, `the`).
    #[serde(default)]
    pub ratio_after: Vec<String>,
    /// Adjectives between a number word and its fraction word that make it a little more
    /// (`ein gutes Viertel`, `un bon quart`, `un buon terzo`, `a good third`).
    #[serde(default)]
    pub fraction_more_adjectives: Vec<String>,
    /// Currency names that are other words before a figure, as written (English `won` in
    /// `won 40 seats`): they name a currency only after an amount (`40 billion won`).
    #[serde(default)]
    pub currency_homographs: Vec<String>,
    /// Words of a ban right after a postfix bound of time (`5年内不得参选`): the span is how
    /// long the ban lasts, exact, not a time limit (`3年内完成` stays at most).
    #[serde(default)]
    pub ban_words: Vec<String>,
    /// Words before a figure that make it the base of a comparison (`比`): a mark of more
    /// right after it is the comparison's, not the figure's bound.
    #[serde(default)]
    pub comparison_words: Vec<String>,
    /// Words that start with a word of `comparison_words` and are other words (`比例`).
    #[serde(default)]
    pub comparison_homographs: Vec<String>,
    /// Numerals that are words, not amounts.
    #[serde(default)]
    pub idioms: Vec<String>,
}

impl QuantityLexicon {
    /// Parses a lexicon from its JSON form.
    ///
    /// ```
    /// use concord::quantity::QuantityLexicon;
    /// let lex = QuantityLexicon::from_json("mine.json", r#"{"lang": "it", "scales": {"mld": 9}}"#).unwrap();
    /// assert_eq!(lex.scales.get("mld"), Some(&9));
    /// assert!(QuantityLexicon::from_json("bad.json", "{").is_err());
    /// ```
    pub fn from_json(name: &str, json: &str) -> Result<Self, Error> {
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        serde_json::from_str(json).map_err(|e| Error::Data {
            name: name.to_string(),
            message: e.to_string(),
        })
    }

    /// The embedded lexicons: `common.json` and one per language.
    pub fn embedded() -> Vec<QuantityLexicon> {
        EMBEDDED
            .iter()
            .filter_map(|(name, json)| QuantityLexicon::from_json(name, json).ok())
            .collect()
    }
}

const EMBEDDED: [(&str, &str); 6] = [
    (
        "data/quantity/common.json",
        include_str!("../../data/quantity/common.json"),
    ),
    (
        "data/quantity/it.json",
        include_str!("../../data/quantity/it.json"),
    ),
    (
        "data/quantity/de.json",
        include_str!("../../data/quantity/de.json"),
    ),
    (
        "data/quantity/fr.json",
        include_str!("../../data/quantity/fr.json"),
    ),
    (
        "data/quantity/zh.json",
        include_str!("../../data/quantity/zh.json"),
    ),
    (
        "data/quantity/en.json",
        include_str!("../../data/quantity/en.json"),
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicons_parse() {
        for (name, json) in EMBEDDED {
            if let Err(e) = QuantityLexicon::from_json(name, json) {
                panic!("{e}");
            }
        }
    }
}
