//! Loaders: the plain TSV gazetteer format, Wikidata-style JSON (an array or JSON Lines), and
//! the per-language context cues.
//!
//! ## TSV
//!
//! One alias per line, tab-separated: `id`, `kind`, `lang`, `alias`, and an optional fifth
//! column `form` (`label`, `alias`, `former` (a former name, linked as an alias), `acronym`,
//! `translation`, `not`; default `alias`, and the first
//! line of an id is its label unless another line says `label`). `lang` is a two-letter code
//! or `*` (any language). `kind` may be left empty after an entity's first line. Lines starting
//! with `#` and blank lines are skipped.
//!
//! ```text
//! perplexity<TAB>organization<TAB>en<TAB>Perplexity<TAB>label
//! perplexity<TAB><TAB>*<TAB>Perplexity AI
//! perplexity<TAB><TAB>it<TAB>perplessità<TAB>translation
//! bank_of_china<TAB><TAB>zh<TAB>中国银行业<TAB>not
//! ```
//!
//! Form `not` is a longer string that contains a name without naming the entity (above: the
//! Chinese banking sector): no name inside it links.
//!
//! ## Wikidata-style JSON
//!
//! Entities as Wikidata exports them (`labels` and `aliases` per language), either a JSON array
//! or one entity per line (a dump's `[`, `]` and trailing commas are fine). A `kind` field
//! (`organization`, `person`, `product`, `place`, `facility`) is read when present; otherwise
//! the kind comes from the "instance of" (P31) claims, as `data/gazetteer/wikidata_kinds.tsv`
//! maps them (`Q5` is a person). An optional `translations` object has the shape of `aliases`.
//!
//! ```json
//! {"id":"Q380","kind":"organization","labels":{"en":{"language":"en","value":"Meta Platforms"}},
//!  "aliases":{"zh":[{"language":"zh","value":"元宇宙"}]}}
//! ```

use indexmap::{IndexMap, IndexSet};
use serde::Deserialize;

use super::{Alias, AliasForm, Entity, EntityKind};
use crate::error::Error;
use crate::lang::Lang;
use crate::text::fold::fold_str;
use crate::text::hash::{FastMap, FastSet};

/// The two columns of an embedded two-column data file's lines (`key <TAB> rest`), blank
/// lines, comments (`#`) and lines without a tab left out.
pub(crate) fn tab_pairs(src: &str) -> impl Iterator<Item = (&str, &str)> {
    src.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

fn data_error(name: &str, message: impl Into<String>) -> Error {
    Error::Data {
        name: name.to_string(),
        message: message.into(),
    }
}

/// Parses an entity kind (`organization`/`org`, `person`/`per`, `product`, `place`/`loc`,
/// `facility`/`fac`, `other`).
pub fn parse_kind(s: &str) -> Option<EntityKind> {
    match s.trim().to_ascii_lowercase().as_str() {
        "organization" | "organisation" | "org" => Some(EntityKind::Organization),
        "person" | "per" | "people" => Some(EntityKind::Person),
        "product" | "prod" | "model" => Some(EntityKind::Product),
        "place" | "loc" | "location" | "gpe" => Some(EntityKind::Place),
        "facility" | "fac" => Some(EntityKind::Facility),
        "other" | "misc" | "" => Some(EntityKind::Other),
        _ => None,
    }
}

fn parse_form(s: &str) -> Option<AliasForm> {
    match s.trim().to_ascii_lowercase().as_str() {
        "label" | "name" => Some(AliasForm::Label),
        // A former name ("Finmeccanica" of Leonardo, "GDF Suez" of Engie) links as an alias;
        // the data says what it is.
        "alias" | "former" | "" => Some(AliasForm::Alias),
        "acronym" | "abbr" | "abbreviation" => Some(AliasForm::Acronym),
        "translation" | "word" => Some(AliasForm::Translation),
        "not" | "not_name" | "exclude" => Some(AliasForm::Not),
        _ => None,
    }
}

fn parse_lang(s: &str) -> Result<Option<Lang>, ()> {
    let s = s.trim();
    if s.is_empty() || s == "*" || s == "mul" {
        return Ok(None);
    }
    s.parse::<Lang>().map(Some).map_err(|_| ())
}

/// Parses the TSV gazetteer format (see the module docs). `name` names the source in errors.
///
/// ```
/// use concord::entity::{parse_tsv, EntityKind};
/// let tsv = "nvidia\torganization\ten\tNvidia\nnvidia\t\tzh\t英伟达\n";
/// let es = parse_tsv("mine.tsv", tsv).unwrap();
/// assert_eq!(es.len(), 1);
/// assert_eq!(es[0].name, "Nvidia");
/// assert_eq!(es[0].kind, EntityKind::Organization);
/// assert_eq!(es[0].aliases.len(), 2);
/// ```
pub fn parse_tsv(name: &str, src: &str) -> Result<Vec<Entity>, Error> {
    let mut by_id: IndexMap<String, Entity> = IndexMap::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let at = |i: usize| cols.get(i).map_or("", |s| s.trim());
        let (id, kind, lang, text, form) = (at(0), at(1), at(2), at(3), at(4));
        if id.is_empty() || text.is_empty() {
            return Err(data_error(
                name,
                format!("line {}: expected id, kind, lang, alias", n + 1),
            ));
        }
        let kind = parse_kind(kind)
            .ok_or_else(|| data_error(name, format!("line {}: unknown kind {kind:?}", n + 1)))?;
        let lang = parse_lang(lang)
            .map_err(|_| data_error(name, format!("line {}: unknown language {lang:?}", n + 1)))?;
        let form = parse_form(form)
            .ok_or_else(|| data_error(name, format!("line {}: unknown form {form:?}", n + 1)))?;
        let e = by_id.entry(id.to_string()).or_insert_with(|| Entity {
            id: id.to_string(),
            name: String::new(),
            kind,
            aliases: Vec::new(),
        });
        if e.kind == EntityKind::Other && kind != EntityKind::Other {
            e.kind = kind;
        }
        e.aliases.push(Alias {
            text: text.to_string(),
            lang,
            form,
        });
    }
    Ok(by_id.into_values().map(finish).collect())
}

/// Sets the canonical name: the English label, else the first label, else the first alias; the
/// first alias becomes the label when none is marked.
fn finish(mut e: Entity) -> Entity {
    if !e.aliases.iter().any(|a| a.form == AliasForm::Label) {
        if let Some(a) = e
            .aliases
            .iter_mut()
            .find(|a| !matches!(a.form, AliasForm::Translation | AliasForm::Not))
        {
            a.form = AliasForm::Label;
        }
    }
    if e.name.is_empty() {
        let labels = || e.aliases.iter().filter(|a| a.form == AliasForm::Label);
        e.name = labels()
            .find(|a| a.lang == Some(Lang::En))
            .or_else(|| labels().find(|a| a.lang.is_none()))
            .or_else(|| labels().next())
            .or_else(|| e.aliases.first())
            .map_or_else(|| e.id.clone(), |a| a.text.clone());
    }
    e
}

#[derive(Deserialize)]
struct WdValue {
    #[serde(default)]
    language: String,
    value: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum WdValues {
    One(WdValue),
    Many(Vec<WdValue>),
}

#[derive(Deserialize)]
struct WdEntity {
    id: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default, rename = "type")]
    type_: Option<String>,
    #[serde(default)]
    labels: IndexMap<String, WdValues>,
    #[serde(default)]
    aliases: IndexMap<String, WdValues>,
    #[serde(default)]
    translations: IndexMap<String, WdValues>,
    #[serde(default)]
    claims: IndexMap<String, serde_json::Value>,
}

/// The kind given by the entity's "instance of" (P31) classes, from
/// `data/gazetteer/wikidata_kinds.tsv`.
fn kind_from_claims(claims: &IndexMap<String, serde_json::Value>) -> Option<EntityKind> {
    static TABLE: std::sync::OnceLock<IndexMap<String, EntityKind>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        include_str!("../../data/gazetteer/wikidata_kinds.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let q = cols.next()?.trim();
                let k = parse_kind(cols.next()?)?;
                Some((q.to_string(), k))
            })
            .collect()
    });
    claims
        .get("P31")?
        .as_array()?
        .iter()
        .filter_map(|c| c.pointer("/mainsnak/datavalue/value/id")?.as_str())
        .find_map(|q| table.get(q).copied())
}

fn wd_push(out: &mut Vec<Alias>, map: IndexMap<String, WdValues>, form: AliasForm) {
    for (key, vals) in map {
        let vals = match vals {
            WdValues::One(v) => vec![v],
            WdValues::Many(v) => v,
        };
        for v in vals {
            let code = if v.language.is_empty() {
                key.as_str()
            } else {
                v.language.as_str()
            };
            // Languages concord does not read still give useful names (most Latin-script
            // labels are the same everywhere): keep them as language-neutral aliases.
            let lang = parse_lang(code).unwrap_or(None);
            if v.value.trim().is_empty() {
                continue;
            }
            out.push(Alias {
                text: v.value.trim().to_string(),
                lang,
                form,
            });
        }
    }
}

fn wd_entity(name: &str, wd: WdEntity) -> Result<Entity, Error> {
    let kind = match wd.kind.or(wd.type_) {
        Some(k) => parse_kind(&k)
            .ok_or_else(|| data_error(name, format!("{}: unknown kind {k:?}", wd.id)))?,
        None => kind_from_claims(&wd.claims).unwrap_or(EntityKind::Other),
    };
    let mut aliases = Vec::new();
    wd_push(&mut aliases, wd.labels, AliasForm::Label);
    wd_push(&mut aliases, wd.aliases, AliasForm::Alias);
    wd_push(&mut aliases, wd.translations, AliasForm::Translation);
    // The same label in many languages is one alias.
    let mut seen = IndexSet::new();
    aliases.retain(|a| seen.insert((fold_str(&a.text), a.form)));
    Ok(finish(Entity {
        id: wd.id,
        name: String::new(),
        kind,
        aliases,
    }))
}

/// Parses Wikidata-style entities: a JSON array of entities, or JSON Lines (one per line).
///
/// ```
/// use concord::entity::parse_wikidata;
/// let json = r#"{"id":"Q380","labels":{"en":{"language":"en","value":"Meta Platforms"}},
///   "aliases":{"zh":[{"language":"zh","value":"元宇宙"}]}}"#;
/// let es = parse_wikidata("meta.json", &json.replace('\n', "")).unwrap();
/// assert_eq!(es[0].id, "Q380");
/// assert_eq!(es[0].name, "Meta Platforms");
/// assert_eq!(es[0].aliases.len(), 2);
/// ```
pub fn parse_wikidata(name: &str, src: &str) -> Result<Vec<Entity>, Error> {
    let trimmed = src.trim_start();
    // A dump writes "[" on a line of its own, then one entity per line: read it line by line.
    let dump = trimmed.lines().next().is_some_and(|l| l.trim() == "[");
    if trimmed.starts_with('[') && !dump {
        let all: Vec<WdEntity> =
            serde_json::from_str(trimmed).map_err(|e| data_error(name, e.to_string()))?;
        return all.into_iter().map(|w| wd_entity(name, w)).collect();
    }
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim().trim_end_matches(',');
        if line.is_empty() || line == "[" || line == "]" {
            continue;
        }
        let wd: WdEntity = serde_json::from_str(line)
            .map_err(|e| data_error(name, format!("line {}: {e}", n + 1)))?;
        out.push(wd_entity(name, wd)?);
    }
    Ok(out)
}

/// The per-language context cues (`data/gazetteer/cues.tsv`).
#[derive(Clone, Debug, Default)]
pub struct Cues {
    roles: FastMap<Lang, FastSet<String>>,
    ofs: FastMap<Lang, FastSet<String>>,
    suffixes: FastMap<Lang, Vec<String>>,
    connectors: FastMap<Lang, FastSet<String>>,
    common: FastSet<String>,
    titles: FastSet<String>,
    particles: FastSet<String>,
    org_suffixes: FastSet<String>,
    branches: FastSet<String>,
    branch_ends: Vec<String>,
    homographs_in: FastMap<Lang, FastSet<String>>,
    demonyms: FastSet<String>,
    events: FastSet<String>,
    name_ends: FastMap<Lang, FastSet<String>>,
    portfolios: FastMap<Lang, FastSet<String>>,
    ministers: FastMap<Lang, FastSet<String>>,
    flags: FastMap<Lang, FastSet<String>>,
    aka: FastMap<Lang, FastSet<String>>,
    place_adj_endings: FastMap<Lang, Vec<String>>,
    holdings: FastMap<Lang, Vec<String>>,
}

impl Cues {
    /// Parses the cues TSV: `lang`, `kind`, `word` per line (see `data/gazetteer/cues.tsv`).
    pub fn from_tsv(name: &str, src: &str) -> Result<Cues, Error> {
        let mut c = Cues::default();
        for (n, line) in src.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let (lang, kind, word) = match cols.as_slice() {
                [l, k, w, ..] => (*l, *k, fold_str(w)),
                _ => {
                    return Err(data_error(
                        name,
                        format!("line {}: expected 3 columns", n + 1),
                    ))
                }
            };
            let langs: Vec<Lang> = match parse_lang(lang) {
                Ok(Some(l)) => vec![l],
                Ok(None) => Lang::ALL.to_vec(),
                Err(()) => {
                    return Err(data_error(
                        name,
                        format!("line {}: unknown language {lang:?}", n + 1),
                    ))
                }
            };
            for l in langs {
                match kind {
                    "role" => {
                        c.roles.entry(l).or_default().insert(word.clone());
                    }
                    "of" => {
                        c.ofs.entry(l).or_default().insert(word.clone());
                    }
                    "suffix" => c.suffixes.entry(l).or_default().push(word.clone()),
                    "connector" => {
                        c.connectors.entry(l).or_default().insert(word.clone());
                    }
                    "common" => {
                        c.common.insert(word.clone());
                    }
                    "title" => {
                        c.titles.insert(word.clone());
                    }
                    "particle" => {
                        c.particles.insert(word.clone());
                    }
                    "homograph" => {
                        c.homographs_in.entry(l).or_default().insert(word.clone());
                    }
                    "demonym" => {
                        c.demonyms.insert(word.clone());
                    }
                    "event" => {
                        c.events.insert(word.clone());
                    }
                    "org_suffix" => {
                        c.org_suffixes.insert(word.clone());
                    }
                    "branch" => {
                        c.branches.insert(word.clone());
                    }
                    "branch_end" => {
                        if !c.branch_ends.contains(&word) {
                            c.branch_ends.push(word.clone());
                        }
                    }
                    "aka" => {
                        c.aka.entry(l).or_default().insert(word.clone());
                    }
                    "place_adj_ending" => {
                        c.place_adj_endings.entry(l).or_default().push(word.clone())
                    }
                    "holding" => c.holdings.entry(l).or_default().push(word.clone()),
                    "flag" => {
                        c.flags.entry(l).or_default().insert(word.clone());
                    }
                    "name_end" => {
                        c.name_ends.entry(l).or_default().insert(word.clone());
                    }
                    "portfolio" => {
                        c.portfolios.entry(l).or_default().insert(word.clone());
                    }
                    "minister" => {
                        c.ministers.entry(l).or_default().insert(word.clone());
                    }
                    _ => {
                        return Err(data_error(
                            name,
                            format!("line {}: unknown cue kind {kind:?}", n + 1),
                        ))
                    }
                }
            }
        }
        Ok(c)
    }

    /// The embedded cues.
    pub fn embedded() -> &'static Cues {
        static C: std::sync::OnceLock<Cues> = std::sync::OnceLock::new();
        C.get_or_init(|| {
            Cues::from_tsv(
                "data/gazetteer/cues.tsv",
                include_str!("../../data/gazetteer/cues.tsv"),
            )
            .unwrap_or_default()
        })
    }

    /// Whether the folded `word` names a role in an organization in `lang`.
    pub fn is_role(&self, lang: Lang, word: &str) -> bool {
        self.roles.get(&lang).is_some_and(|s| s.contains(word))
    }

    /// The folded roles of `lang`.
    pub fn roles_of(&self, lang: Lang) -> impl Iterator<Item = &str> {
        self.roles
            .get(&lang)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// Whether the folded `word` links a role to an organization in `lang`.
    pub fn is_of(&self, lang: Lang, word: &str) -> bool {
        self.ofs.get(&lang).is_some_and(|s| s.contains(word))
    }

    /// The inflection endings tolerated after a name in `lang`.
    pub fn suffixes(&self, lang: Lang) -> &[String] {
        self.suffixes.get(&lang).map_or(&[], |v| v.as_slice())
    }

    /// Whether the folded `word` may join capitalized words into one name in `lang`.
    pub fn is_connector(&self, lang: Lang, word: &str) -> bool {
        self.connectors.get(&lang).is_some_and(|s| s.contains(word))
    }

    /// Whether the folded `word` is a capitalized common word, not a name.
    pub fn is_common(&self, word: &str) -> bool {
        self.common.contains(word)
    }

    /// Whether `lang` capitalizes every noun (German): a capital alone is then no evidence
    /// of a name (flag `nouns_capitalized`).
    pub fn nouns_capitalized(&self, lang: Lang) -> bool {
        self.flags
            .get(&lang)
            .is_some_and(|s| s.contains("nouns_capitalized"))
    }

    /// Whether `lang`'s press writes acronyms with one capital ("Nato", "Bce", "Spd": flag
    /// `title_acronyms`, Italian): an acronym then links written so too.
    pub fn title_acronyms(&self, lang: Lang) -> bool {
        self.flags
            .get(&lang)
            .is_some_and(|s| s.contains("title_acronyms"))
    }

    /// Whether `lang`'s press writes acronyms read as words with one capital ("die Nato",
    /// "l'Otan": flag `title_acronyms_spoken`, German and French).
    pub fn title_acronyms_spoken(&self, lang: Lang) -> bool {
        self.flags
            .get(&lang)
            .is_some_and(|s| s.contains("title_acronyms_spoken"))
    }

    /// Whether the folded word, after an organization's name, makes the name of another
    /// organization, a subsidiary or a holding ("De'Longhi Industrial", "Toyota Industries":
    /// kind `branch`).
    /// A compound that ends in a `branch_end` cue ("Reifenwerke", "Stahlwerke": German
    /// compounds of "Werke") is a branch too.
    pub fn is_branch(&self, word: &str) -> bool {
        self.branches.contains(word)
            || self.branch_ends.iter().any(|e| {
                word.len() > e.len()
                    && word.ends_with(e.as_str())
                    && word.chars().filter(|c| c.is_alphabetic()).count() > e.chars().count() + 2
            })
    }

    /// Whether the folded name is a common word of `lang` (a `homograph` cue of that language
    /// or of every language): "tesa" is an Italian word, not a French one.
    pub fn is_homograph_in(&self, lang: Lang, name: &str) -> bool {
        self.homographs_in
            .get(&lang)
            .is_some_and(|s| s.contains(name))
    }

    /// Whether the folded words between two names say the second is another name of the first
    /// in `lang` or in English ("noto anche come", "also known as", "英文名": cue kind `aka`).
    pub(crate) fn is_aka(&self, lang: Lang, words: &str) -> bool {
        [lang, Lang::En]
            .iter()
            .any(|l| self.aka.get(l).is_some_and(|s| s.contains(words)))
    }

    /// Whether the folded `word` ends organizations' names ("Inc", "GmbH", "Partners").
    pub fn is_org_suffix(&self, word: &str) -> bool {
        self.org_suffixes.contains(word)
    }

    /// Whether the folded `word` is a date or time word of `lang` (or of English) that never
    /// goes on a name ("Mitte", "Juli").
    pub fn is_name_end(&self, lang: Lang, word: &str) -> bool {
        [lang, Lang::En]
            .iter()
            .any(|l| self.name_ends.get(l).is_some_and(|s| s.contains(word)))
    }

    /// Whether the folded `word` names a ministry's or a department's portfolio in `lang`
    /// ("Infrastrutture", "Économie", "Finanzen", "Treasury"): capitalized before a minister's
    /// name, it is no part of it ("il ministro dell'Economia Mario Rossi").
    pub fn is_portfolio(&self, lang: Lang, word: &str) -> bool {
        self.portfolios.get(&lang).is_some_and(|s| s.contains(word))
    }

    /// Whether the folded `word` is a minister's title in `lang` ("ministro", "ministre",
    /// "Minister"): the capitalized words after it and its preposition start with a portfolio.
    pub fn is_minister(&self, lang: Lang, word: &str) -> bool {
        self.ministers.get(&lang).is_some_and(|s| s.contains(word))
    }

    /// The endings that make a place's name an adjective in `lang` ("-er": "Berner", "Kieler"),
    /// folded.
    pub fn place_adj_endings(&self, lang: Lang) -> &[String] {
        self.place_adj_endings.get(&lang).map_or(&[], Vec::as_slice)
    }

    /// The folded words before an organization's name that make what follows it one of its
    /// holdings in `lang` ("旗下", "子公司": "X旗下Y汽车" is a subsidiary, not X).
    pub fn holdings(&self, lang: Lang) -> &[String] {
        self.holdings.get(&lang).map_or(&[], Vec::as_slice)
    }

    /// Whether the folded `word` is an honorific.
    pub fn is_title(&self, word: &str) -> bool {
        self.titles.contains(word)
    }

    /// Whether the folded `word` is a particle of a family name ("von", "de", "van der",
    /// "ibn"), part of the family name that follows it.
    pub fn is_particle(&self, word: &str) -> bool {
        self.particles.contains(word)
    }

    /// Whether the folded `word` ends an event's or a competition's name ("Finals", "Open",
    /// "Cup"): the name's first word alone names who runs it ("ATP" of "ATP Finals"), not
    /// the event.
    ///
    /// ```
    /// use concord::entity::Cues;
    /// assert!(Cues::embedded().is_event("finals"));
    /// assert!(!Cues::embedded().is_event("motors"));
    /// ```
    pub fn is_event(&self, word: &str) -> bool {
        self.events.contains(word)
    }

    /// Whether the folded `word` is a word of nationality or origin ("Swiss", "Deutsche"):
    /// capitalized in running text, but no short form of a name that starts with it.
    pub fn is_demonym(&self, word: &str) -> bool {
        self.demonyms.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_errors_name_the_line() {
        let err = parse_tsv("x.tsv", "a\tnonsense\ten\tA\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "data file x.tsv: line 1: unknown kind \"nonsense\""
        );
        let err = parse_tsv("x.tsv", "\n# c\na\torg\txx\tA\n").unwrap_err();
        assert!(err.to_string().contains("line 3"));
    }

    #[test]
    fn jsonl_and_array() {
        let one =
            r#"{"id":"Q1","kind":"person","labels":{"it":{"language":"it","value":"Tizio"}}}"#;
        let two = r#"{"id":"Q2","labels":{"en":{"language":"en","value":"Acme"}},"aliases":{"en":[{"language":"en","value":"Acme Corp"}]}}"#;
        let jsonl = format!("{one}\n{two}\n");
        let a = parse_wikidata("a", &jsonl).unwrap();
        let b = parse_wikidata("b", &format!("[{one},{two}]")).unwrap();
        assert_eq!(a, b);
        assert_eq!(a[0].kind, EntityKind::Person);
        assert_eq!(a[1].name, "Acme");
        assert!(parse_wikidata("c", "{nope").is_err());
    }

    #[test]
    fn kind_from_instance_of() {
        let line = r#"{"id":"Q1","labels":{"en":{"language":"en","value":"Ada"}},"claims":{"P31":[{"mainsnak":{"datavalue":{"value":{"entity-type":"item","id":"Q5"}}}}]}}"#;
        assert_eq!(
            parse_wikidata("d", line).unwrap()[0].kind,
            EntityKind::Person
        );
        let dump = format!("[\n{},\n{}\n]\n", line, line.replace("Q5", "Q4830453"));
        let es = parse_wikidata("d", &dump).unwrap();
        assert_eq!(es[1].kind, EntityKind::Organization);
    }

    #[test]
    fn embedded_cues_load() {
        let c = Cues::from_tsv("cues", include_str!("../../data/gazetteer/cues.tsv")).unwrap();
        assert!(c.is_role(Lang::It, "ceo"));
        assert!(c.is_of(Lang::Fr, "de"));
        assert!(c.is_common("gpu"));
        assert_eq!(c.suffixes(Lang::De), ["s", "es"]);
    }
}
