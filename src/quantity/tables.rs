//! Lexicons compiled for scanning: one table per language, holding two anchored
//! aho-corasick automata over folded words.
//!
//! - The *morpheme* automaton splits number words into pieces (`trent` + `otto`, `三` `千`);
//!   a word is a number only if it splits entirely.
//! - The *phrase* automaton finds whole words and symbols with a role (currency, unit, hedge,
//!   range word, month...); a phrase may hold several words (`più di`, `bis zu`).
//!
//! Both are searched anchored at token starts, leftmost-longest, so scanning does not
//! backtrack.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use indexmap::IndexMap;

use super::lexicon::{QuantityLexicon, UnitSpec};
use super::{Bound, Reading, Unit};
use crate::decimal::Decimal;
use crate::lang::Lang;
use crate::text::fold::fold_str;

/// What a number-word morpheme does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MorphKind {
    /// A value added to the current group (`otto`, `zwanzig`, `三`).
    Digit(u64),
    /// Multiplies the current group (`cento`, `百`).
    Mult(u64),
    /// A power of ten closing a group (`mila`, `Millionen`, `万`).
    Scale(i32),
    /// An unspecified amount between two values (`centinaia`, `数`).
    Vague(u64, u64),
    /// Joins number words (`und`, `et`).
    Joiner,
    /// "More than" inside a numeral (`多`).
    More,
}

/// One morpheme with its flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Morph {
    pub kind: MorphKind,
    /// Read as a number only next to a unit, a scale or a hedge.
    pub ambiguous: bool,
    /// A scale word that is a number on its own.
    pub standalone: bool,
    /// An elided form that ends no word ("trent" in "trentotto").
    pub inner: bool,
    /// An ordinal that ends a number word ("fifth", "cinquesimi").
    pub ordinal: bool,
    /// A collective numeral worth about its value ("soixantaine", "decina").
    pub approx: bool,
}

/// The roles of one phrase.
#[derive(Clone, Debug, Default)]
pub(crate) struct Phrase {
    pub currency: Option<Unit>,
    /// A currency name shared by several countries (`Kronen`, `couronnes`, `克朗`): the
    /// candidates, of which the document's other amounts tell which (see the scanner).
    pub currency_family: Option<Vec<Unit>>,
    pub unit: Option<(Unit, Decimal)>,
    pub scaled_unit: Option<(Unit, Decimal)>,
    /// A word for a degree (`Grad`, `度`): a temperature where no angle is meant (see the
    /// lexicon's `degree_units`).
    pub degree: Option<(Unit, Decimal)>,
    /// A word before a number naming the scale of its degrees (`华氏`).
    pub degree_prefix: Option<(Unit, Decimal)>,
    /// Units read only where the original is spelled exactly so (`t`, `Mt`).
    pub cased_units: Vec<(String, (Unit, Decimal))>,
    pub unit_adjective: bool,
    pub share_after: bool,
    pub share_before: bool,
    pub noun_hedge: bool,
    pub year_hedge: bool,
    pub traditional_family: bool,
    pub minor: Option<(Unit, Decimal)>,
    pub minor_joiner: bool,
    pub scale: Option<i32>,
    pub currency_scale: Option<i32>,
    pub capital_scale: Option<i32>,
    /// A statement of the unit the figures are given in (`in migliaia di`): its power of ten.
    pub account_scale: Option<i32>,
    pub decimal_scale: Option<i32>,
    pub hedge: Option<Bound>,
    pub post_hedge: Option<Bound>,
    /// A comparative hedge ending in a definite article that names a known figure (see the
    /// lexicon's `referential_articles`).
    pub referential: bool,
    pub percent_prefix: bool,
    pub speed_prefix: bool,
    pub flow_prefix: bool,
    pub range_open: bool,
    pub range_and: bool,
    pub range_sep: bool,
    pub change_from: bool,
    pub change_to: bool,
    pub connector: bool,
    pub list_sep: bool,
    /// A word that opens a part of the figure before it (`dont`, `di cui`, `davon`).
    pub part_marker: bool,
    /// A word for `instead of` (`au lieu de`, `invece di`, `statt`).
    pub alternative: bool,
    pub month: bool,
    /// A month abbreviation read only where written exactly so (see `Tables::cased_months`).
    pub cased_month: bool,
    pub clock_word: bool,
    /// A word between an hour and its minutes (`点` in `10点30分`).
    pub clock_joint: bool,
    pub clock_period: bool,
    pub date_suffix: bool,
    pub ordinal: bool,
    /// The name of a scale a number is read on, not an amount (`magnitudo`, `規模`).
    pub scale_name: bool,
    /// A word after a number naming its grade on a scale (`级`).
    pub grade: bool,
    /// An adjective of more or new things that makes an ambiguous number word a count
    /// (`weitere`, `nuovi`).
    pub count_adjective: bool,
    /// A word for "per hour" after a length (`pro Stunde`).
    pub speed_suffix: bool,
    pub classifier: bool,
    pub ratio: bool,
    /// A multiplier that counts occurrences where no ratio word follows (`fois`, `mal`).
    pub occurrence: bool,
    pub decimal_word: bool,
    pub negative: bool,
    pub denominator: Option<u64>,
    pub fraction_infix: bool,
    pub fraction_sep: bool,
    pub discount: bool,
    pub number_value: Option<Decimal>,
    pub percent_word: Option<Decimal>,
}

/// The compiled data of one language (with the common data merged in).
#[derive(Clone, Debug)]
pub(crate) struct Tables {
    pub lang: Lang,
    pub decimal: char,
    pub groups: Vec<char>,
    pub symbol_before: bool,
    pub capitalized_nouns: bool,
    pub improper_fractions: bool,
    pub bare_hundreds: bool,
    pub year_prepositions: Vec<String>,
    pub place_prepositions: Vec<String>,
    pub names_modify_nouns: bool,
    pub clock_prepositions: Vec<String>,
    /// Whether an hour and its minutes with a point are a time (`alle 14.07`).
    pub clock_point: bool,
    /// Month abbreviations as written (`GIU`).
    pub cased_months: Vec<String>,
    /// Nouns of sums of money, folded.
    pub money_nouns: Vec<String>,
    /// Whether a scale word joins what it counts with a connector only.
    pub scale_needs_connector: bool,
    /// The cardinal reading ([`super::Reading::Cardinals`]).
    pub cardinals: bool,
    morph_ac: Option<AhoCorasick>,
    morph_first: FirstChars,
    morphs: Vec<Vec<Morph>>,
    phrase_ac: Option<AhoCorasick>,
    phrase_first: FirstChars,
    phrases: Vec<Phrase>,
    pub idioms: Vec<String>,
    idiom_ac: Option<AhoCorasick>,
    idiom_first: FirstChars,
    pub bare_number_after: Vec<String>,
    /// Nouns of what is counted, folded (see the lexicon's `count_nouns`).
    pub count_nouns: Vec<String>,
    /// Nouns of a person counted in a toll, folded (see the lexicon's `one_nouns`).
    pub one_nouns: Vec<String>,
    /// Words of more or less that compare a scaled amount, folded (see the lexicon's
    /// `comparatives`).
    pub comparatives: Vec<String>,
    /// Words joining a count noun to its figure, folded.
    pub linking_words: Vec<String>,
    /// Nouns for the number of things, folded.
    pub number_nouns: Vec<String>,
    pub adjectives_after_nouns: bool,
    /// Range openers and the only words that close them, folded.
    pub range_closers: Vec<(String, Vec<String>)>,
    /// Verbs of change before a range opener, folded.
    pub change_verbs: Vec<String>,
    /// Words after a model's number, as written (`Max`).
    pub model_suffixes: Vec<String>,
    /// Units ending compound words (`tage` in `Streiktage`), folded.
    pub compound_units: Vec<(String, (Unit, Decimal))>,
    /// Compounds ending so that are no units (`Landtage`), folded.
    pub compound_unit_exceptions: Vec<String>,
    /// Words of negation that turn a hedge's bound, folded (`hedge_negations`).
    pub hedge_negations: Vec<String>,
    /// Multipliers that may be glued to a number word (`mal` in `dreimal`), folded.
    pub glued_ratio_words: Vec<String>,
    /// Words of a ban after a postfix bound of time (`不得`), folded.
    pub ban_words: Vec<String>,
    /// Words that make the figure after them the base of a comparison (`比`), folded.
    pub comparison_words: Vec<String>,
    /// Other words that start with a word of comparison (`比例`), folded.
    pub comparison_homographs: Vec<String>,
    /// Words after a multiplier that make it a ratio (`plus`, `mehr`, `the`), folded.
    pub ratio_after: Vec<String>,
    /// Adjectives making a fraction a little more (`gutes`, `bon`), folded.
    pub fraction_more_adjectives: Vec<String>,
    /// Currency names that are other words before a figure (`won`), as written.
    pub currency_homographs: Vec<String>,
    /// Words one of which a sentence must hold for its degree words to be read, folded
    /// (empty: none needed).
    pub degree_cues: Vec<String>,
    /// Words of an angle or a turn, folded.
    pub angle_words: Vec<String>,
    /// Words of a concentration, folded.
    pub concentration_cues: Vec<String>,
    /// Words for "per" before a measure word (see the lexicon's `per_words`), folded.
    pub per_words: Vec<String>,
    /// Every word of an amount, folded and sorted: number words and their morphemes, scales
    /// and their abbreviations, multipliers, collective numerals, vague amounts, ordinals and
    /// fractions.
    pub amount_words: Vec<String>,
}

type FlagSetter<'a> = (&'a Vec<String>, fn(&mut Phrase));
type UnitSetter<'a> = (
    &'a IndexMap<String, UnitSpec>,
    fn(&mut Phrase, (Unit, Decimal)),
);

fn parse_bound(s: &str) -> Option<Bound> {
    Some(match s {
        "exact" => Bound::Exact,
        "approx" => Bound::Approx,
        "more_than" => Bound::MoreThan,
        "at_least" => Bound::AtLeast,
        "less_than" => Bound::LessThan,
        "at_most" => Bound::AtMost,
        "range" => Bound::Range,
        _ => return None,
    })
}

fn unit_of(spec: &UnitSpec) -> Option<(Unit, Decimal)> {
    let (code, factor) = match spec {
        UnitSpec::Code(c) => (c.as_str(), Decimal::from_u64(1)),
        UnitSpec::Scaled(c, f) => (c.as_str(), f.parse().ok()?),
    };
    // Lexicons weigh in tonnes (`t`), the unit news writes; the printed unit is the base unit,
    // the kilogram, as for every other dimension (W, Wh, m, m2).
    if code == "t" {
        return Some((Unit::Mass, factor.checked_mul_int(1000)?));
    }
    Some((code.parse().ok()?, factor))
}

/// The first characters of a set of patterns, as a bitmap over the Basic Multilingual Plane,
/// and their first two bytes, as a bitmap over byte pairs (a pattern of one byte allows any
/// byte after it): most positions of a text start no pattern, and this answers that without a
/// search.
#[derive(Clone, Debug)]
struct FirstChars {
    chars: Vec<u64>,
    pairs: Vec<u64>,
    /// The patterns of one byte, as a bitmap over bytes.
    single: [u64; 4],
}

impl FirstChars {
    fn of(patterns: &[String]) -> FirstChars {
        let mut bits = vec![0u64; 1024];
        let mut pairs = vec![0u64; 1024];
        let mut single = [0u64; 4];
        let set = |bits: &mut [u64], i: usize| {
            if let Some(w) = bits.get_mut(i / 64) {
                *w |= 1 << (i % 64);
            }
        };
        for p in patterns {
            if let Some(c) = p.chars().next() {
                set(&mut bits, (c as usize).min(0xFFFF));
            }
            match *p.as_bytes() {
                // An empty pattern matches anywhere: every byte may start one.
                [] => single = [u64::MAX; 4],
                [b] => set(&mut single, usize::from(b)),
                [b0, b1, ..] => set(&mut pairs, usize::from(b0) << 8 | usize::from(b1)),
            }
        }
        // Characters beyond the plane share the last bit: always searched.
        if let Some(w) = bits.last_mut() {
            *w |= 1 << 63;
        }
        FirstChars {
            chars: bits,
            pairs,
            single,
        }
    }

    fn may_start(&self, c: char) -> bool {
        let c = (c as usize).min(0xFFFF);
        self.chars
            .get(c / 64)
            .is_some_and(|w| w & (1 << (c % 64)) != 0)
    }

    /// Whether a pattern may start at byte `pos` of `text`, whose character there is `c`: its
    /// first character, and its first two bytes (or its one byte), are some pattern's.
    fn may_start_at(&self, text: &str, pos: usize, c: char) -> bool {
        let has =
            |bits: &[u64], i: usize| bits.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0);
        if !self.may_start(c) {
            return false;
        }
        let bytes = text.as_bytes();
        let Some(&b0) = bytes.get(pos) else {
            return false;
        };
        has(&self.single, usize::from(b0))
            || bytes
                .get(pos + 1)
                .is_some_and(|&b1| has(&self.pairs, usize::from(b0) << 8 | usize::from(b1)))
    }
}

fn build(patterns: &[String]) -> Option<AhoCorasick> {
    if patterns.is_empty() {
        return None;
    }
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .kind(Some(AhoCorasickKind::DFA))
        .build(patterns)
        .ok()
}

impl Tables {
    /// Compiles the lexicons of `lang` together with the language-neutral ones.
    pub fn compile(lang: Lang, lexicons: &[QuantityLexicon], reading: Reading) -> Tables {
        let cardinals = reading == Reading::Cardinals;
        let mut morphs: IndexMap<String, Vec<Morph>> = IndexMap::new();
        let mut phrases: IndexMap<String, Phrase> = IndexMap::new();
        let mut decimal = None;
        let mut groups: Vec<char> = Vec::new();
        let mut idioms = Vec::new();
        let mut symbol_before = false;
        let mut capitalized_nouns = false;
        let mut improper_fractions = false;
        let mut bare_hundreds = false;
        let mut year_prepositions: Vec<String> = Vec::new();
        let mut place_prepositions: Vec<String> = Vec::new();
        let mut names_modify_nouns = false;
        let mut clock_prepositions: Vec<String> = Vec::new();
        let mut clock_point = false;
        let mut cased_months: Vec<String> = Vec::new();
        let mut money_nouns: Vec<String> = Vec::new();
        let mut scale_needs_connector = false;
        let mut bare_number_after: Vec<String> = Vec::new();
        let mut count_nouns: Vec<String> = Vec::new();
        let mut one_nouns: Vec<String> = Vec::new();
        let mut comparatives: Vec<String> = Vec::new();
        let mut linking_words: Vec<String> = Vec::new();
        let mut number_nouns: Vec<String> = Vec::new();
        let mut adjectives_after_nouns = false;
        let mut range_closers: Vec<(String, Vec<String>)> = Vec::new();
        let mut change_verbs: Vec<String> = Vec::new();
        let mut model_suffixes: Vec<String> = Vec::new();
        let mut compound_units: Vec<(String, (Unit, Decimal))> = Vec::new();
        let mut compound_unit_exceptions: Vec<String> = Vec::new();
        let mut hedge_negations: Vec<String> = Vec::new();
        let mut glued_ratio_words: Vec<String> = Vec::new();
        let mut ban_words: Vec<String> = Vec::new();
        let mut comparison_words: Vec<String> = Vec::new();
        let mut comparison_homographs: Vec<String> = Vec::new();
        let mut ratio_after: Vec<String> = Vec::new();
        let mut fraction_more_adjectives: Vec<String> = Vec::new();
        let mut currency_homographs: Vec<String> = Vec::new();
        let mut degree_cues: Vec<String> = Vec::new();
        let mut angle_words: Vec<String> = Vec::new();
        let mut concentration_cues: Vec<String> = Vec::new();
        let mut per_words: Vec<String> = Vec::new();
        let mut amount_words: Vec<String> = Vec::new();
        let mine = lexicons
            .iter()
            .filter(|l| l.lang.is_none() || l.lang == Some(lang));
        // Flags are applied once every morpheme is known.
        let mut ambiguous: Vec<String> = Vec::new();
        let mut ones: Vec<String> = Vec::new();
        let mut standalone: Vec<String> = Vec::new();
        let mut inner: Vec<String> = Vec::new();
        let mut ordinal: Vec<String> = Vec::new();
        let mut approx: Vec<String> = Vec::new();
        for lex in mine {
            if lex.lang.is_some() {
                decimal = lex.decimal_separator.or(decimal);
            }
            symbol_before |= lex.symbol_before;
            capitalized_nouns |= lex.capitalized_nouns;
            improper_fractions |= lex.improper_fractions;
            amount_words.extend(
                (lex.numbers.keys())
                    .chain(lex.scales.keys())
                    .chain(lex.multipliers.keys())
                    .chain(lex.approximate_multipliers.keys())
                    .chain(lex.vague.keys())
                    .chain(lex.scale_abbreviations.keys())
                    .chain(lex.capital_scale_abbreviations.keys())
                    .chain(lex.ordinals.keys())
                    .chain(lex.fractions.keys())
                    .map(|w| fold_str(w)),
            );
            bare_hundreds |= lex.bare_hundreds && lex.lang.is_some();
            year_prepositions.extend(lex.year_prepositions.iter().map(|w| w.to_lowercase()));
            place_prepositions.extend(lex.place_prepositions.iter().map(|w| fold_str(w)));
            names_modify_nouns |= lex.names_modify_nouns;
            clock_prepositions.extend(lex.clock_prepositions.iter().map(|w| fold_str(w)));
            clock_point |= lex.clock_point && lex.lang.is_some();
            cased_months.extend(lex.cased_months.iter().cloned());
            money_nouns.extend(lex.money_nouns.iter().map(|w| fold_str(w)));
            scale_needs_connector |= lex.scale_needs_connector && lex.lang.is_some();
            range_closers.extend(
                lex.range_closers
                    .iter()
                    .map(|(o, cs)| (fold_str(o), cs.iter().map(|c| fold_str(c)).collect())),
            );
            change_verbs.extend(lex.change_verbs.iter().map(|w| fold_str(w)));
            degree_cues.extend(lex.degree_cues.iter().map(|w| fold_str(w)));
            degree_cues.extend(lex.degree_prefixes.keys().map(|w| fold_str(w)));
            angle_words.extend(lex.angle_words.iter().map(|w| fold_str(w)));
            concentration_cues.extend(lex.concentration_cues.iter().map(|w| fold_str(w)));
            per_words.extend(lex.per_words.iter().map(|w| fold_str(w)));
            model_suffixes.extend(lex.model_suffixes.iter().cloned());
            compound_units.extend(
                lex.compound_units
                    .iter()
                    .filter_map(|(w, spec)| Some((fold_str(w), unit_of(spec)?))),
            );
            compound_unit_exceptions
                .extend(lex.compound_unit_exceptions.iter().map(|w| fold_str(w)));
            hedge_negations.extend(lex.hedge_negations.iter().map(|w| fold_str(w)));
            glued_ratio_words.extend(lex.glued_ratio_words.iter().map(|w| fold_str(w)));
            ban_words.extend(lex.ban_words.iter().map(|w| fold_str(w)));
            comparison_words.extend(lex.comparison_words.iter().map(|w| fold_str(w)));
            comparison_homographs.extend(lex.comparison_homographs.iter().map(|w| fold_str(w)));
            ratio_after.extend(lex.ratio_after.iter().map(|w| fold_str(w)));
            fraction_more_adjectives
                .extend(lex.fraction_more_adjectives.iter().map(|w| fold_str(w)));
            currency_homographs.extend(lex.currency_homographs.iter().cloned());
            for &g in &lex.group_separators {
                if !groups.contains(&g) {
                    groups.push(g);
                }
            }
            let mut add_morph = |w: &str, kind: MorphKind| {
                let e = morphs.entry(fold_str(w)).or_default();
                let m = Morph {
                    kind,
                    ambiguous: false,
                    standalone: false,
                    inner: false,
                    ordinal: false,
                    approx: false,
                };
                if !e.contains(&m) {
                    e.push(m);
                }
            };
            for (w, &v) in &lex.numbers {
                add_morph(w, MorphKind::Digit(v));
            }
            for (w, &v) in &lex.multipliers {
                add_morph(w, MorphKind::Mult(v));
            }
            for (w, &v) in &lex.approximate_multipliers {
                add_morph(w, MorphKind::Mult(v));
            }
            for (w, &v) in &lex.scales {
                add_morph(w, MorphKind::Scale(v));
            }
            for (w, &(a, b)) in &lex.vague {
                add_morph(w, MorphKind::Vague(a.min(b), a.max(b)));
            }
            for w in &lex.joiners {
                add_morph(w, MorphKind::Joiner);
            }
            for (w, &v) in &lex.ordinals {
                let mut e = 0;
                let mut x = v;
                while x >= 10 && x % 10 == 0 {
                    x /= 10;
                    e += 1;
                }
                let kind = match (x, e) {
                    (1, 2) => MorphKind::Mult(100),
                    (1, e) if e >= 3 => MorphKind::Scale(e),
                    _ => MorphKind::Digit(v),
                };
                add_morph(w, kind);
            }
            for w in &lex.more_marks {
                add_morph(w, MorphKind::More);
            }
            ambiguous.extend(lex.ambiguous.iter().map(|w| fold_str(w)));
            ones.extend(lex.ones.iter().map(|w| fold_str(w)));
            approx.extend(lex.approximate_multipliers.keys().map(|w| fold_str(w)));
            standalone.extend(lex.standalone.iter().map(|w| fold_str(w)));
            inner.extend(lex.elided.iter().map(|w| fold_str(w)));
            ordinal.extend(lex.ordinals.keys().map(|w| fold_str(w)));
            idioms.extend(lex.idioms.iter().map(|w| fold_str(w)));
            bare_number_after.extend(lex.bare_number_after.iter().map(|w| fold_str(w)));
            count_nouns.extend(lex.count_nouns.iter().map(|w| fold_str(w)));
            one_nouns.extend(lex.one_nouns.iter().map(|w| fold_str(w)));
            comparatives.extend(lex.comparatives.iter().map(|w| fold_str(w)));
            linking_words.extend(lex.linking_words.iter().map(|w| fold_str(w)));
            number_nouns.extend(lex.number_nouns.iter().map(|w| fold_str(w)));
            adjectives_after_nouns |= lex.adjectives_after_nouns;

            let mut ph = |w: &str, f: &mut dyn FnMut(&mut Phrase)| {
                let key = fold_str(w);
                if key.is_empty() {
                    return;
                }
                f(phrases.entry(key).or_default());
            };
            for (w, code) in &lex.currencies {
                // "XXX|SEK|NOK|DKK": one of these, as the document says elsewhere; the first
                // where it says none.
                let family: Vec<Unit> = code.split('|').map(Unit::currency).collect();
                let u = family.first().copied().unwrap_or(Unit::currency("XXX"));
                ph(w, &mut |p| {
                    p.currency = Some(u);
                    p.currency_family = (family.len() > 1).then(|| family.clone());
                });
            }
            // Word → unit maps, each setting one field of its phrases (in this order).
            let unit_maps: [UnitSetter<'_>; 4] = [
                (&lex.units, |p, u| p.unit = Some(u)),
                (&lex.scaled_units, |p, u| p.scaled_unit = Some(u)),
                (&lex.degree_units, |p, u| p.degree = Some(u)),
                (&lex.degree_prefixes, |p, u| p.degree_prefix = Some(u)),
            ];
            for (map, set) in unit_maps {
                for (w, spec) in map {
                    if let Some(u) = unit_of(spec) {
                        ph(w, &mut |p| set(p, u));
                    }
                }
            }
            for (w, spec) in &lex.cased_units {
                if let Some(u) = unit_of(spec) {
                    ph(w, &mut |p| p.cased_units.push((w.clone(), u)));
                }
            }
            for (w, spec) in &lex.minor_units {
                if let Some(u) = unit_of(spec) {
                    ph(w, &mut |p| p.minor = Some(u));
                }
            }
            for (w, &d) in &lex.fractions {
                ph(w, &mut |p| p.denominator = Some(d));
            }
            for (w, v) in &lex.number_values {
                if let Ok(v) = v.parse::<Decimal>() {
                    ph(w, &mut |p| p.number_value = Some(v));
                }
            }
            for (w, v) in &lex.percent_words {
                if let Ok(v) = v.parse::<Decimal>() {
                    ph(w, &mut |p| p.percent_word = Some(v));
                }
            }
            for (w, &e) in &lex.scale_abbreviations {
                ph(w, &mut |p| p.scale = Some(e));
            }
            for (w, &e) in &lex.account_scales {
                ph(w, &mut |p| p.account_scale = Some(e));
            }
            for (w, &e) in &lex.capital_scale_abbreviations {
                ph(w, &mut |p| p.capital_scale = Some(e));
            }
            for (w, &e) in &lex.decimal_scale_abbreviations {
                ph(w, &mut |p| p.decimal_scale = Some(e));
            }
            for (w, &e) in &lex.currency_scale_abbreviations {
                ph(w, &mut |p| p.currency_scale = Some(e));
            }
            for (w, b) in &lex.hedges {
                let b = parse_bound(b);
                ph(w, &mut |p| p.hedge = b);
                for phrase in with_article(lex, w) {
                    if !lex.hedges.contains_key(&phrase) {
                        // "weniger als die 14 Milliarden": a known figure, compared with.
                        let referential = lex.referential_articles
                            && b.is_some_and(|b| b != Bound::Approx)
                            && lex
                                .hedge_articles
                                .iter()
                                .any(|a| phrase.ends_with(&format!(" {a}")));
                        ph(&phrase, &mut |p| {
                            p.hedge = b;
                            p.referential = referential;
                        });
                    }
                }
            }
            for (w, b) in &lex.postfix_hedges {
                let b = parse_bound(b);
                ph(w, &mut |p| p.post_hedge = b);
            }
            let flags: [FlagSetter<'_>; 38] = [
                (&lex.year_hedges, |p| p.year_hedge = true),
                (&lex.traditional_families, |p| p.traditional_family = true),
                (&lex.noun_hedges, |p| p.noun_hedge = true),
                (&lex.unit_adjectives, |p| p.unit_adjective = true),
                (&lex.share_after, |p| p.share_after = true),
                (&lex.share_before, |p| p.share_before = true),
                (&lex.ratio_words, |p| p.ratio = true),
                (&lex.occurrence_words, |p| p.occurrence = true),
                (&lex.percent_prefixes, |p| p.percent_prefix = true),
                (&lex.speed_prefixes, |p| p.speed_prefix = true),
                (&lex.flow_prefixes, |p| p.flow_prefix = true),
                (&lex.clock_joints, |p| p.clock_joint = true),
                (&lex.range_open, |p| p.range_open = true),
                (&lex.range_and, |p| p.range_and = true),
                (&lex.range_separators, |p| p.range_sep = true),
                (&lex.change_from, |p| p.change_from = true),
                (&lex.change_to, |p| p.change_to = true),
                (&lex.connectors, |p| p.connector = true),
                (&lex.list_separators, |p| p.list_sep = true),
                (&lex.part_markers, |p| p.part_marker = true),
                (&lex.alternative_markers, |p| p.alternative = true),
                (&lex.months, |p| p.month = true),
                (&lex.cased_months, |p| p.cased_month = true),
                (&lex.clock_words, |p| p.clock_word = true),
                (&lex.clock_periods, |p| p.clock_period = true),
                (&lex.date_suffixes, |p| p.date_suffix = true),
                (&lex.ordinal_prefixes, |p| p.ordinal = true),
                (&lex.scale_names, |p| p.scale_name = true),
                (&lex.grade_words, |p| p.grade = true),
                (&lex.count_adjectives, |p| p.count_adjective = true),
                (&lex.speed_suffixes, |p| p.speed_suffix = true),
                (&lex.classifiers, |p| p.classifier = true),
                (&lex.decimal_words, |p| p.decimal_word = true),
                (&lex.minor_joiners, |p| p.minor_joiner = true),
                (&lex.negative_words, |p| p.negative = true),
                (&lex.fraction_infixes, |p| p.fraction_infix = true),
                (&lex.fraction_separators, |p| p.fraction_sep = true),
                (&lex.discount_marks, |p| p.discount = true),
            ];
            for (words, set) in flags {
                for w in words {
                    ph(w, &mut |p| set(p));
                }
            }
            // "entro il 2029" is a year as "entro 2029" is.
            for w in &lex.year_hedges {
                for phrase in with_article(lex, w) {
                    ph(&phrase, &mut |p| p.year_hedge = true);
                }
            }
        }
        for (w, ms) in morphs.iter_mut() {
            for m in ms.iter_mut() {
                // The cardinal reading reads the words for one (`ones`) as numbers.
                m.ambiguous = ambiguous.contains(w) && !(cardinals && ones.contains(w));
                m.standalone = standalone.contains(w);
                m.inner = inner.contains(w);
                m.ordinal = ordinal.contains(w);
                m.approx = approx.contains(w);
            }
        }
        amount_words.sort_unstable();
        amount_words.dedup();
        let morph_keys: Vec<String> = morphs.keys().cloned().collect();
        let phrase_keys: Vec<String> = phrases.keys().cloned().collect();
        Tables {
            lang,
            decimal: decimal.unwrap_or('.'),
            groups,
            symbol_before,
            capitalized_nouns,
            improper_fractions,
            bare_hundreds,
            year_prepositions,
            place_prepositions,
            names_modify_nouns,
            clock_prepositions,
            clock_point,
            cased_months,
            money_nouns,
            scale_needs_connector,
            cardinals,
            morph_ac: build(&morph_keys),
            morph_first: FirstChars::of(&morph_keys),
            morphs: morphs.into_values().collect(),
            phrase_ac: build(&phrase_keys),
            phrase_first: FirstChars::of(&phrase_keys),
            phrases: phrases.into_values().collect(),
            idiom_ac: build(&idioms),
            idiom_first: FirstChars::of(&idioms),
            idioms,
            bare_number_after,
            count_nouns,
            one_nouns,
            comparatives,
            linking_words,
            number_nouns,
            adjectives_after_nouns,
            range_closers,
            change_verbs,
            model_suffixes,
            compound_units,
            compound_unit_exceptions,
            degree_cues,
            angle_words,
            concentration_cues,
            per_words,
            amount_words,
            hedge_negations,
            glued_ratio_words,
            ban_words,
            comparison_words,
            comparison_homographs,
            ratio_after,
            fraction_more_adjectives,
            currency_homographs,
        }
    }

    /// The longest morpheme starting at `pos`: its end and its readings.
    pub fn morph_at(&self, text: &str, pos: usize) -> Option<(usize, &[Morph])> {
        self.morph_at_within(text, pos, text.len())
    }

    /// The longest morpheme starting at `pos` and ending by `limit`.
    pub fn morph_at_within(
        &self,
        text: &str,
        pos: usize,
        limit: usize,
    ) -> Option<(usize, &[Morph])> {
        let c = text.get(pos..)?.chars().next()?;
        if !self.morph_first.may_start_at(text, pos, c) {
            return None;
        }
        let ac = self.morph_ac.as_ref()?;
        let m = ac
            .try_find(Input::new(text).range(pos..limit).anchored(Anchored::Yes))
            .ok()
            .flatten()?;
        let ms = self.morphs.get(m.pattern().as_usize())?;
        Some((m.end(), ms.as_slice()))
    }

    /// The longest phrase starting at `pos` whose end `ok` accepts: its end and its index.
    pub fn phrase_at(
        &self,
        text: &str,
        pos: usize,
        ok: impl Fn(usize) -> bool,
    ) -> Option<(usize, usize)> {
        let c = text.get(pos..)?.chars().next()?;
        if !self.phrase_first.may_start_at(text, pos, c) {
            return None;
        }
        let ac = self.phrase_ac.as_ref()?;
        let mut limit = text.len();
        loop {
            let m = ac
                .try_find(Input::new(text).range(pos..limit).anchored(Anchored::Yes))
                .ok()
                .flatten()?;
            if ok(m.end()) {
                return Some((m.end(), m.pattern().as_usize()));
            }
            // A shorter phrase may end on a boundary ("$" where "$ c" runs into a word).
            limit = m.end().checked_sub(1)?;
            if limit <= pos {
                return None;
            }
        }
    }

    /// A phrase by index.
    pub fn phrase(&self, i: usize) -> Option<&Phrase> {
        self.phrases.get(i)
    }

    /// The end of the longest idiom (a word holding numerals that is not an amount) starting
    /// at `pos`.
    pub fn idiom_at(&self, text: &str, pos: usize) -> Option<usize> {
        let c = text.get(pos..)?.chars().next()?;
        if !self.idiom_first.may_start_at(text, pos, c) {
            return None;
        }
        let ac = self.idiom_ac.as_ref()?;
        ac.try_find(Input::new(text).range(pos..).anchored(Anchored::Yes))
            .ok()
            .flatten()
            .map(|m| m.end())
    }
}

/// A hedge's forms before an article: "inferiore a" is "inferiore al", "inferiore all'"
/// (`preposition_contractions`); "circa" is "circa il" (`hedge_articles`), unless it ends in
/// an article or a fused preposition already ("oltre il", "fino al").
fn with_article(lex: &QuantityLexicon, hedge: &str) -> Vec<String> {
    let last = hedge.rsplit(' ').next().unwrap_or_default();
    let head = &hedge[..hedge.len() - last.len()];
    match lex.preposition_contractions.get(last) {
        Some(fused) => fused.iter().map(|f| format!("{head}{f}")).collect(),
        None if lex.hedge_articles.iter().any(|a| a == last)
            || lex
                .preposition_contractions
                .values()
                .flatten()
                .any(|f| f == last) =>
        {
            Vec::new()
        }
        None => lex
            .hedge_articles
            .iter()
            .map(|a| format!("{hedge} {a}"))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_tables() -> Vec<Tables> {
        let lexicons = QuantityLexicon::embedded();
        Lang::ALL
            .iter()
            .flat_map(|&l| {
                [Reading::News, Reading::Cardinals].map(|r| Tables::compile(l, &lexicons, r))
            })
            .collect()
    }

    /// Where the filter says no pattern starts, the automaton finds none: the filter only
    /// spares searches, it never changes what they find.
    fn filter_never_hides(tables: &[Tables], text: &str) {
        for t in tables {
            for (fc, ac) in [
                (&t.morph_first, &t.morph_ac),
                (&t.phrase_first, &t.phrase_ac),
                (&t.idiom_first, &t.idiom_ac),
            ] {
                let Some(ac) = ac else { continue };
                for (pos, c) in text.char_indices() {
                    if fc.may_start_at(text, pos, c) {
                        continue;
                    }
                    let m = ac
                        .try_find(Input::new(text).range(pos..).anchored(Anchored::Yes))
                        .ok()
                        .flatten();
                    assert!(m.is_none(), "{:?} at {pos} of {text:?}", m);
                }
            }
        }
    }

    #[test]
    fn first_bytes_filter_never_hides_a_match_in_the_sample_texts() {
        let tables = all_tables();
        for name in ["news_de", "news_en", "news_fr", "news_it", "news_zh"] {
            let path = format!("{}/benches/data/{name}.txt", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap_or_default();
            filter_never_hides(&tables, &fold_str(&text));
        }
        for line in [
            "$ 5",
            "€5",
            "5 %",
            "3 mln",
            "十五万",
            "US$ 1",
            "1 000 t",
            "x",
            "$",
        ] {
            filter_never_hides(&tables, &fold_str(line));
        }
    }

    proptest::proptest! {
        #[test]
        fn first_bytes_filter_never_hides_a_match(
            text in "([a-z0-9 $€£¥%.,'-]|[一十百千万亿两零点分之]|mil|mill|bil|cent|hun|tau|mio|mrd|dol|eur|eu|us){0,16}",
        ) {
            filter_never_hides(&TABLES, &text);
        }
    }

    static TABLES: std::sync::LazyLock<Vec<Tables>> = std::sync::LazyLock::new(all_tables);
}
