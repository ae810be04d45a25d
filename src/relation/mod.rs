//! Entity facts without a figure: a person joins an organization, and from where.
//!
//! News reports moves of people as often as amounts: "Marco Rossi, ex capo dell'IA di Apple, è
//! una delle ultime assunzioni di Meta", "l'ancien chef de l'IA d'Apple … est l'une des
//! dernières recrues", "被 Meta 挖走". Such a sentence states a [`Relation`]: a person, the
//! organization they join (`to`) and the one they leave (`from`), each optional but one of them
//! always present.
//!
//! The words are data ([`Relations`], `data/relations/default.json`, loadable by users):
//! - **cues** say that a sentence reports a move (assunzioni, abgeworben, recrues, hired, 挖走);
//! - **to markers** stand right before the organization joined (da parte di, par, by, 被, 加入);
//! - **from markers** stand right before the organization left (proveniente da, de chez, from, 离开);
//! - **from titles** ("ex", "ehemalige", "ancien", "former", "前") may stand a few words before
//!   it ("ex capo dell'IA di Apple").
//!
//! Roles are told by these markers only. When no organization is marked as the one joined, the
//! sentence's first unmarked organization is (the subject of "Meta hired…"); once the joined one
//! is marked, a remaining unmarked organization is the one left, with a lower confidence. A
//! sentence with a cue but no person, or no organization, states nothing; nor does a person
//! more than about ten words from the cue (the subject of another clause).
//!
//! [`reconcile`] groups relations by person and predicate: sources that name the same
//! organizations agree; sources that name different organizations joined are a
//! [`RelationConflict`].
//!
//! ```
//! use concord::{Document, Pipeline};
//! let text = "Il ricercatore Marco Rossi, ex capo dell'IA di Apple, è stato assunto da Meta.";
//! let a = Pipeline::default().analyze(&Document::new("it.txt", text)).unwrap();
//! let r = &a.relations[0];
//! assert_eq!(r.predicate, "hire");
//! assert_eq!(r.person.name, "Marco Rossi");
//! assert_eq!(r.to.as_ref().unwrap().name, "Meta");
//! assert_eq!(r.from.as_ref().unwrap().name, "Apple");
//! ```

use std::cmp::Ordering;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::claim::frames::{is_word_char, parse_cue, Edges};
use crate::claim::{ClaimInput, EntityRef, Frames, Provenance};
use crate::entity::{EntityKind, EntityMention};
use crate::error::Error;
use crate::lang::Lang;
use crate::reconcile::SourceRef;
use crate::text::fold::{fold_str, Folded};
use crate::text::Span;

/// How far before an organization a from title may stand, in bytes of folded text.
const TITLE_WINDOW: usize = 40;

/// How far before an organization a role marker may end, in bytes of folded text (three short
/// words, or five Chinese characters).
const MARKER_WINDOW: usize = 24;

/// How far from the cue a person may stand, in bytes of the original text (about ten words, or
/// twenty Chinese characters): farther, the person is the subject of another clause.
const PERSON_WINDOW: usize = 64;

/// A move of a person between organizations, stated by one sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Relation {
    /// The relation's key (`hire`).
    pub predicate: String,
    /// The person who moves.
    pub person: EntityRef,
    /// The organization the person joins.
    pub to: Option<EntityRef>,
    /// The organization the person leaves.
    pub from: Option<EntityRef>,
    /// Where it is stated: `span` covers the person, the organizations and the cue.
    pub provenance: Provenance,
    /// How sure the extraction is, from 0 to 1.
    pub confidence: f64,
}

/// The data of one relation, as written in the data file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RelationSpec {
    /// The key (`hire`).
    pub key: String,
    /// Words that say a sentence reports the relation, per language code.
    #[serde(default)]
    pub cues: IndexMap<String, Vec<String>>,
    /// Words right before the organization joined.
    #[serde(default)]
    pub to_markers: IndexMap<String, Vec<String>>,
    /// Words right before the organization left.
    #[serde(default)]
    pub from_markers: IndexMap<String, Vec<String>>,
    /// Words ("former") a few words before the organization left.
    #[serde(default)]
    pub from_titles: IndexMap<String, Vec<String>>,
}

/// A relations data file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RelationsData {
    /// A free description of the file.
    #[serde(default)]
    pub about: String,
    /// Languages whose verbs may close a clause after their object ("Lumen hat Anna Rossi
    /// abgeworben").
    #[serde(default)]
    pub verb_last: Vec<String>,
    /// The relations.
    pub relations: Vec<RelationSpec>,
}

/// A folded word with where it may match.
#[derive(Clone, Debug, PartialEq)]
struct Word {
    text: String,
    /// Whether the word must start at a word boundary.
    start_edge: bool,
    /// Whether the word must end at a word boundary.
    end_edge: bool,
    lang: Lang,
}

/// One relation, ready to match.
#[derive(Clone, Debug)]
struct Compiled {
    key: String,
    to_markers: Vec<Word>,
    from_markers: Vec<Word>,
    from_titles: Vec<Word>,
}

/// Relation cues and markers, compiled.
///
/// ```
/// use concord::relation::Relations;
/// let r = Relations::embedded();
/// assert_eq!(r.keys().collect::<Vec<_>>(), ["hire"]);
/// let own = Relations::from_json("my.json", r#"{"relations": [{"key": "hire",
///     "cues": {"en": ["hired"]}, "to_markers": {"en": ["by"]}}]}"#).unwrap();
/// assert_eq!(own.keys().count(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct Relations {
    relations: Vec<Compiled>,
    automaton: Option<AhoCorasick>,
    /// Per automaton pattern: (relation index, cue word).
    cues: Vec<(usize, Word)>,
    verb_last: Vec<Lang>,
}

/// A cue or marker of the data file, in the frames' cue syntax ([`parse_cue`]).
fn parse_word(raw: &str, lang: Lang) -> Option<Word> {
    let (edges, inner) = parse_cue(raw);
    let text = fold_str(inner).trim().to_string();
    (!text.is_empty()).then_some(Word {
        text,
        start_edge: matches!(edges, Edges::Word | Edges::Prefix),
        end_edge: matches!(edges, Edges::Word | Edges::Suffix),
        lang,
    })
}

fn words(name: &str, map: &IndexMap<String, Vec<String>>) -> Result<Vec<Word>, Error> {
    let mut out = Vec::new();
    for (code, list) in map {
        let lang: Lang = code.parse().map_err(|_| Error::Data {
            name: name.to_string(),
            message: format!("unknown language {code:?}"),
        })?;
        out.extend(list.iter().filter_map(|w| parse_word(w, lang)));
    }
    Ok(out)
}

/// Whether a match of `w` at `start..end` of `hay` stands at the word edges `w` asks for. A
/// word that starts (ends) with a Han character needs no edge there: Chinese has no spaces.
fn edges_ok(w: &Word, hay: &str, start: usize, end: usize) -> bool {
    let before = hay.get(..start).and_then(|s| s.chars().next_back());
    let after = hay.get(end..).and_then(|s| s.chars().next());
    let first = w.text.chars().next();
    let last = w.text.chars().next_back();
    (!w.start_edge || !is_word_char(first) || !is_word_char(before))
        && (!w.end_edge || !is_word_char(last) || !is_word_char(after))
}

impl Relations {
    /// The embedded default relations (`data/relations/default.json`).
    pub fn embedded() -> &'static Relations {
        static R: std::sync::OnceLock<Relations> = std::sync::OnceLock::new();
        R.get_or_init(|| {
            Relations::from_json(
                "data/relations/default.json",
                include_str!("../../data/relations/default.json"),
            )
            .unwrap_or_else(|_| Relations::empty())
        })
    }

    /// No relations at all: nothing is extracted.
    pub fn empty() -> Relations {
        Relations {
            relations: Vec::new(),
            automaton: None,
            cues: Vec::new(),
            verb_last: Vec::new(),
        }
    }

    /// Relations from a JSON data file's text; `name` names the file in errors.
    pub fn from_json(name: &str, json: &str) -> Result<Relations, Error> {
        let data: RelationsData = serde_json::from_str(json).map_err(|e| Error::Data {
            name: name.to_string(),
            message: e.to_string(),
        })?;
        Relations::from_data(name, &data)
    }

    /// Relations from parsed data; `name` names the source in errors.
    pub fn from_data(name: &str, data: &RelationsData) -> Result<Relations, Error> {
        let mut relations = Vec::new();
        let mut cues = Vec::new();
        for (i, spec) in data.relations.iter().enumerate() {
            if spec.key.trim().is_empty() {
                return Err(Error::Data {
                    name: name.to_string(),
                    message: format!("relation {i} has no key"),
                });
            }
            cues.extend(words(name, &spec.cues)?.into_iter().map(|w| (i, w)));
            relations.push(Compiled {
                key: spec.key.trim().to_string(),
                to_markers: words(name, &spec.to_markers)?,
                from_markers: words(name, &spec.from_markers)?,
                from_titles: words(name, &spec.from_titles)?,
            });
        }
        let automaton = if cues.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(cues.iter().map(|(_, w)| w.text.as_str()))
                    .map_err(|e| Error::Data {
                        name: name.to_string(),
                        message: e.to_string(),
                    })?,
            )
        };
        let mut verb_last = Vec::new();
        for code in &data.verb_last {
            verb_last.push(code.parse::<Lang>().map_err(|_| Error::Data {
                name: name.to_string(),
                message: format!("unknown language {code:?}"),
            })?);
        }
        Ok(Relations {
            relations,
            automaton,
            cues,
            verb_last,
        })
    }

    /// The relation keys, in data order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.relations.iter().map(|r| r.key.as_str())
    }

    /// The relations one document states, from its sentences and entity mentions (`input`,
    /// the claim stage's input: its quantities are not read). Cues and markers are read in the
    /// document's language and in English (English fragments are common in other languages'
    /// news); `grammar` gives each language's clause-break words (the claim frames' own).
    pub fn extract(&self, input: &ClaimInput<'_>, grammar: &Frames) -> Vec<Relation> {
        let ClaimInput {
            doc,
            text,
            lang,
            sentences,
            entities,
            ..
        } = *input;
        let mut out = Vec::new();
        let Some(ac) = &self.automaton else {
            return out;
        };
        if !entities.iter().any(|e| e.kind == EntityKind::Person) {
            return out;
        }
        let langs = [lang, Lang::En];
        let mut next_entity = 0;
        for &sentence in sentences {
            while entities
                .get(next_entity)
                .is_some_and(|e| e.span.start < sentence.start)
            {
                next_entity += 1;
            }
            let first = next_entity;
            let mut last = first;
            while entities
                .get(last)
                .is_some_and(|e| e.span.end <= sentence.end)
            {
                last += 1;
            }
            let ents = entities.get(first..last).unwrap_or_default();
            if !ents.iter().any(|e| e.kind == EntityKind::Person)
                || !ents.iter().any(|e| is_organization(e.kind))
            {
                continue;
            }
            let Some(s_text) = sentence.slice(text) else {
                continue;
            };
            let folded = Folded::new(s_text);
            let hay = folded.as_str();
            let mut hits: Vec<(usize, Span)> = Vec::new();
            for m in ac.find_overlapping_iter(hay) {
                let Some((rel, w)) = self.cues.get(m.pattern().as_usize()) else {
                    continue;
                };
                if !langs.contains(&w.lang) || !edges_ok(w, hay, m.start(), m.end()) {
                    continue;
                }
                let o = folded.to_original(m.start(), m.end());
                hits.push((
                    *rel,
                    Span::new(o.start + sentence.start, o.end + sentence.start),
                ));
            }
            hits.sort_by_key(|(r, s)| (*r, s.start, s.end));
            hits.dedup();
            let mut done: Vec<usize> = Vec::new();
            for &(rel, _) in &hits {
                if done.contains(&rel) {
                    continue;
                }
                done.push(rel);
                let cue_spans: Vec<Span> = hits
                    .iter()
                    .filter(|(r, _)| *r == rel)
                    .map(|(_, s)| *s)
                    .collect();
                if let Some(c) = self.relations.get(rel) {
                    let breaks = &grammar.rules(lang).clause_breaks;
                    let ctx = Ctx {
                        doc,
                        text,
                        lang,
                        sentence,
                        langs: &langs,
                        breaks,
                    };
                    self.fill(c, &ctx, ents, &cue_spans, &mut out);
                }
            }
        }
        out
    }

    fn fill(
        &self,
        rel: &Compiled,
        ctx: &Ctx<'_>,
        ents: &[EntityMention],
        cues: &[Span],
        out: &mut Vec<Relation>,
    ) {
        let Ctx {
            doc,
            text,
            lang,
            sentence,
            langs,
            breaks,
        } = *ctx;
        let Some(cue) = cues.first().copied() else {
            return;
        };
        // Organizations, each with its role from the markers before it.
        let mut orgs: Vec<(&EntityMention, Option<Role>)> = Vec::new();
        for (i, e) in ents.iter().enumerate() {
            if !is_organization(e.kind) || orgs.iter().any(|(o, _)| o.id == e.id) {
                continue;
            }
            // The words since the previous person or organization (a place between, as in
            // "from the German company X", is part of them).
            let bound = ents
                .get(..i)
                .and_then(|before| {
                    before
                        .iter()
                        .rev()
                        .find(|p| p.kind == EntityKind::Person || is_organization(p.kind))
                })
                .map_or(sentence.start, |p| p.span.end)
                .max(sentence.start);
            let window = text.get(bound..e.span.start).unwrap_or("");
            orgs.push((e, role_before(rel, window, langs)));
        }
        let marked_to = orgs
            .iter()
            .filter(|(_, r)| *r == Some(Role::To))
            .min_by_key(|(o, _)| distance(o.span, cue));
        let (to, to_marked) = match marked_to {
            Some((o, _)) => (Some(*o), true),
            // Unmarked, the first organization of the sentence: the subject of "Lumen hired…".
            None => (
                orgs.iter().find(|(_, r)| r.is_none()).map(|(o, _)| *o),
                false,
            ),
        };
        let marked_from = orgs
            .iter()
            .filter(|(o, r)| {
                *r == Some(Role::From) && Some(o.id.as_str()) != to.map(|t| t.id.as_str())
            })
            .min_by_key(|(o, _)| distance(o.span, cue));
        let (from, from_marked) = match marked_from {
            Some((o, _)) => (Some(*o), true),
            None if to_marked => (
                orgs.iter()
                    .filter(|(o, r)| {
                        r.is_none() && Some(o.id.as_str()) != to.map(|t| t.id.as_str())
                    })
                    .min_by_key(|(o, _)| distance(o.span, cue))
                    .map(|(o, _)| *o),
                false,
            ),
            None => (None, false),
        };
        if to.is_none() && from.is_none() {
            return;
        }
        // The people who move: with people on both sides of an active cue and no organization
        // marked as the one joined, those before the cue are the hirers, not the hired.
        let persons: Vec<&EntityMention> = ents
            .iter()
            .filter(|e| {
                e.kind == EntityKind::Person
                    && cues.iter().any(|c| {
                        distance(e.span, *c) <= PERSON_WINDOW
                            && same_clause(text, e.span, *c, breaks)
                    })
            })
            .collect();
        let before = persons.iter().any(|p| p.span.end <= cue.start);
        let after = persons.iter().any(|p| p.span.start >= cue.end);
        let mut seen: Vec<&str> = Vec::new();
        // No marker at all: only the plain active order "Lumen hired Anna Rossi" (or, where
        // verbs come last, "Lumen hat Anna Rossi abgeworben") says who hired whom.
        let unmarked = !to_marked && !from_marked;
        let verb_last = self.verb_last.contains(&lang);
        if unmarked && to.is_none_or(|o| o.span.end > cue.start) {
            return;
        }
        for p in persons {
            let before_cue = p.span.end <= cue.start;
            // People on both sides of the cue: those before it hire the others.
            if before && after && before_cue {
                continue;
            }
            if unmarked
                && to.is_some_and(|o| p.span.start < o.span.end || (before_cue && !verb_last))
            {
                continue;
            }
            if seen.contains(&p.id.as_str()) {
                continue;
            }
            seen.push(&p.id);
            let mut span = p.span.cover(cue);
            for o in [to, from].into_iter().flatten() {
                span = span.cover(o.span);
            }
            let confidence = match (to.is_some(), to_marked, from.is_some(), from_marked) {
                (true, true, _, true) | (true, true, false, _) => 0.85,
                (true, true, true, false) => 0.75,
                (true, false, _, _) => 0.6,
                _ => 0.5,
            };
            out.push(Relation {
                predicate: rel.key.clone(),
                person: entity_ref(p),
                to: to.map(entity_ref),
                from: from.map(entity_ref),
                provenance: Provenance {
                    doc: doc.to_string(),
                    lang,
                    sentence,
                    span,
                    text: span.slice(text).unwrap_or("").to_string(),
                    cues: cues.to_vec(),
                },
                confidence,
            });
        }
    }
}

/// What [`Relations::fill`] reads about the sentence at hand.
struct Ctx<'a> {
    doc: &'a str,
    text: &'a str,
    lang: Lang,
    sentence: Span,
    langs: &'a [Lang],
    breaks: &'a [String],
}

/// Whether nothing between spans `a` and `b` opens another clause: no colon, semicolon,
/// question or exclamation mark, and no clause-break word ("che", "after", "nachdem").
fn same_clause(text: &str, a: Span, b: Span, breaks: &[String]) -> bool {
    let (from, to) = if a.end <= b.start {
        (a.end, b.start)
    } else {
        (b.end, a.start)
    };
    let Some(between) = text.get(from..to.max(from)) else {
        return true;
    };
    let folded = fold_str(between);
    if folded.contains([';', ':', '?', '!', '；', '：', '？', '！']) {
        return false;
    }
    !breaks.iter().any(|w| {
        folded.match_indices(w.as_str()).any(|(i, m)| {
            let before = folded.get(..i).and_then(|s| s.chars().next_back());
            let after = folded.get(i + m.len()..).and_then(|s| s.chars().next());
            let han = m.chars().next().is_some_and(crate::lang::is_han);
            han || (!is_word_char(before) && !is_word_char(after))
        })
    })
}

/// Whether an entity of `kind` can be the organization a person joins or leaves: an
/// organization, or a name whose kind is unknown (a discovered company is often one).
fn is_organization(kind: EntityKind) -> bool {
    matches!(kind, EntityKind::Organization | EntityKind::Other)
}

fn entity_ref(e: &EntityMention) -> EntityRef {
    EntityRef {
        id: e.id.clone(),
        name: e.name.clone(),
    }
}

fn distance(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    To,
    From,
}

/// The role the words right before an organization give it (`window` runs from the previous
/// entity, or the sentence start, to the organization).
fn role_before(rel: &Compiled, window: &str, langs: &[Lang]) -> Option<Role> {
    let folded = fold_str(window);
    // The clause the organization stands in: after the last comma, colon or semicolon.
    let clause_start = folded
        .rfind([',', ';', ':', '，', '；', '：', '、', '(', '（'])
        .map_or(0, |i| i + 1);
    let clause = folded.get(clause_start..).unwrap_or("");
    let tail = clause.trim_end_matches([' ', '\'', '"']);
    // A marker shortly before the name, a few words at most ("from the German company X",
    // "从德国企业X"): the one that ends nearest the name wins, then the longest (`zuvor bei`
    // over `bei`). Returns (distance from its end to the name, minus its length).
    let near_start = tail
        .len()
        .checked_sub(MARKER_WINDOW)
        .map_or(0, |i| ceil_char(tail, i));
    let near = tail.get(near_start..).unwrap_or("");
    let adjacent = |list: &[Word]| {
        list.iter()
            .filter(|w| langs.contains(&w.lang))
            .flat_map(|w| {
                near.match_indices(w.text.as_str())
                    .filter(|(i, m)| edges_ok(w, near, *i, i + m.len()))
                    .map(|(i, m)| (near.len() - (i + m.len()), usize::MAX - m.len()))
                    .collect::<Vec<_>>()
            })
            .min()
    };
    let to = adjacent(&rel.to_markers);
    let from = adjacent(&rel.from_markers);
    // A title a few words before: "ex capo dell'IA di", "l'ancien chef de l'IA d'".
    let near = clause
        .len()
        .checked_sub(TITLE_WINDOW)
        .map_or(0, |i| ceil_char(clause, i));
    let titled = clause.get(near..).is_some_and(|w| {
        rel.from_titles.iter().any(|t| {
            langs.contains(&t.lang)
                && w.match_indices(t.text.as_str())
                    .any(|(i, m)| edges_ok(t, w, i, i + m.len()))
        })
    });
    match (to, from) {
        (Some(t), Some(f)) => Some(if f <= t { Role::From } else { Role::To }),
        (_, Some(_)) => Some(Role::From),
        _ if titled => Some(Role::From),
        (Some(_), None) => Some(Role::To),
        (None, None) => None,
    }
}

fn ceil_char(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A reconciled entity fact: one person's move as the sources state it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RelationFact {
    /// The relation's key.
    pub predicate: String,
    /// The person's canonical name.
    pub person: String,
    /// The organization joined, where the sources name one.
    pub to: Option<String>,
    /// The organization left, where the sources name one.
    pub from: Option<String>,
    /// Every sentence that states it.
    pub sources: Vec<SourceRef>,
    /// How many documents state it.
    pub independent_sources: usize,
    /// How sure the fact is, from 0 to 1: the best extraction's confidence, raised by each
    /// further document.
    pub confidence: f64,
}

/// One side of a [`RelationConflict`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RelationAlternative {
    /// The organization joined, by this side.
    pub to: Option<String>,
    /// The organization left, by this side.
    pub from: Option<String>,
    /// Its sources.
    pub sources: Vec<SourceRef>,
}

/// Sources that disagree on where a person went.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RelationConflict {
    /// The relation's key.
    pub predicate: String,
    /// The person's canonical name.
    pub person: String,
    /// The sides, the best supported first.
    pub alternatives: Vec<RelationAlternative>,
}

/// The reconciled entity facts of a corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RelationReport {
    /// Moves the sources agree on (or that one source states).
    pub facts: Vec<RelationFact>,
    /// Moves the sources disagree on.
    pub conflicts: Vec<RelationConflict>,
}

impl RelationReport {
    /// Whether there is nothing to report.
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty() && self.conflicts.is_empty()
    }
}

fn source(r: &Relation) -> SourceRef {
    SourceRef {
        doc: r.provenance.doc.as_str().into(),
        lang: r.provenance.lang,
        start: r.provenance.span.start,
        end: r.provenance.span.end,
        text: r.provenance.text.as_str().into(),
    }
}

fn order(a: &Relation, b: &Relation) -> Ordering {
    (
        &a.predicate,
        &a.person.id,
        &a.provenance.doc,
        a.provenance.span.start,
        a.provenance.span.end,
    )
        .cmp(&(
            &b.predicate,
            &b.person.id,
            &b.provenance.doc,
            b.provenance.span.start,
            b.provenance.span.end,
        ))
        .then_with(|| {
            let k = |r: &Relation| {
                (
                    r.to.as_ref().map(|e| e.id.clone()),
                    r.from.as_ref().map(|e| e.id.clone()),
                )
            };
            k(a).cmp(&k(b))
        })
}

/// Reconciles relations from any number of documents: the same report whatever their order.
///
/// Relations group by predicate and person. Within a group, sources that name the same
/// organization joined agree (a source that names none joins them, and so does one that only
/// names the organization left, when it matches); two or more organizations joined are a
/// conflict. The report is sorted by predicate and person name.
///
/// ```
/// use concord::relation::reconcile;
/// use concord::{Document, Pipeline};
/// let p = Pipeline::default();
/// let it = p.analyze(&Document::new("it.txt",
///     "Il ricercatore Marco Rossi, ex capo dell'IA di Apple, è stato assunto da Meta.")).unwrap();
/// let fr = p.analyze(&Document::new("fr.txt",
///     "L'ancien chef de l'IA d'Apple, Marco Rossi, a été recruté par Meta.")).unwrap();
/// let report = reconcile(it.relations.iter().chain(&fr.relations).cloned().collect());
/// assert_eq!(report.facts.len(), 1);
/// assert_eq!(report.facts[0].independent_sources, 2);
/// assert_eq!(report.facts[0].to.as_deref(), Some("Meta"));
/// assert!(report.conflicts.is_empty());
/// ```
pub fn reconcile(mut relations: Vec<Relation>) -> RelationReport {
    relations.sort_by(order);
    relations.dedup_by(|a, b| order(a, b) == Ordering::Equal);
    let mut groups: IndexMap<(String, String), Vec<Relation>> = IndexMap::new();
    for r in relations {
        groups
            .entry((r.predicate.clone(), r.person.id.clone()))
            .or_default()
            .push(r);
    }
    let mut report = RelationReport::default();
    for ((predicate, _), rels) in groups {
        let person = rels
            .first()
            .map(|r| r.person.name.clone())
            .unwrap_or_default();
        // Sides by the organization joined; sources without one are placed afterwards.
        let mut sides: IndexMap<String, Vec<&Relation>> = IndexMap::new();
        for r in &rels {
            if let Some(to) = &r.to {
                sides.entry(to.id.clone()).or_default().push(r);
            }
        }
        sides.sort_by(|ka, a, kb, b| b.len().cmp(&a.len()).then_with(|| ka.cmp(kb)));
        let mut unplaced: Vec<&Relation> = Vec::new();
        for r in rels.iter().filter(|r| r.to.is_none()) {
            // Only a "from" is known: it joins the side that names the same one, or the only side.
            let side = sides
                .iter()
                .position(|(_, rs)| {
                    rs.iter()
                        .any(|s| s.from.as_ref().map(|e| &e.id) == r.from.as_ref().map(|e| &e.id))
                })
                .or((sides.len() == 1).then_some(0));
            match side.and_then(|i| sides.get_index_mut(i)) {
                Some((_, rs)) => rs.push(r),
                None => unplaced.push(r),
            }
        }
        let summarize = |rs: &[&Relation]| {
            let to = rs
                .iter()
                .find_map(|r| r.to.as_ref().map(|e| e.name.clone()));
            let mut froms: IndexMap<&str, (usize, &str)> = IndexMap::new();
            for r in rs {
                if let Some(f) = &r.from {
                    froms.entry(f.id.as_str()).or_insert((0, f.name.as_str())).0 += 1;
                }
            }
            let from = froms
                .values()
                .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.cmp(a.1)))
                .map(|(_, n)| n.to_string());
            let mut sources: Vec<SourceRef> = rs.iter().map(|r| source(r)).collect();
            sources.sort_by(|a, b| (&a.doc, a.start, a.end).cmp(&(&b.doc, b.start, b.end)));
            sources.dedup();
            let mut docs: Vec<&str> = sources.iter().map(|s| s.doc.as_str()).collect();
            docs.dedup();
            let n = docs.len();
            (to, from, sources, n)
        };
        let mut all: Vec<Vec<&Relation>> = sides.into_values().collect();
        if !unplaced.is_empty() {
            all.push(unplaced);
        }
        if all.len() == 1
            || all
                .iter()
                .filter(|s| s.iter().any(|r| r.to.is_some()))
                .count()
                <= 1
        {
            for rs in &all {
                let (to, from, sources, independent_sources) = summarize(rs);
                let best = rs.iter().map(|r| r.confidence).fold(0.0_f64, f64::max);
                let confidence = 1.0 - (1.0 - best) * 0.5_f64.powi(independent_sources as i32 - 1);
                report.facts.push(RelationFact {
                    predicate: predicate.clone(),
                    person: person.clone(),
                    to,
                    from,
                    sources,
                    independent_sources,
                    confidence,
                });
            }
        } else {
            let alternatives = all
                .iter()
                .map(|rs| {
                    let (to, from, sources, _) = summarize(rs);
                    RelationAlternative { to, from, sources }
                })
                .collect();
            report.conflicts.push(RelationConflict {
                predicate: predicate.clone(),
                person: person.clone(),
                alternatives,
            });
        }
    }
    report
        .facts
        .sort_by(|a, b| (&a.predicate, &a.person).cmp(&(&b.predicate, &b.person)));
    report
        .conflicts
        .sort_by(|a, b| (&a.predicate, &a.person).cmp(&(&b.predicate, &b.person)));
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(name: &str) -> (String, EntityKind) {
        (name.to_string(), EntityKind::Organization)
    }

    /// Entity mentions for `names` (name, kind), found in `text` in order.
    fn mentions(text: &str, names: &[(String, EntityKind)]) -> Vec<EntityMention> {
        let mut out: Vec<EntityMention> = Vec::new();
        for (name, kind) in names {
            let mut from = 0;
            while let Some(i) = text.get(from..).and_then(|t| t.find(name.as_str())) {
                let start = from + i;
                out.push(EntityMention {
                    span: Span::new(start, start + name.len()),
                    id: name.to_lowercase().replace(' ', "_"),
                    name: name.clone(),
                    kind: *kind,
                    score: 1.0,
                    rule: "exact".into(),
                });
                from = start + name.len();
            }
        }
        out.sort_by_key(|e| e.span.start);
        out
    }

    fn extract_in(doc: &str, text: &str, lang: Lang, ents: &[EntityMention]) -> Vec<Relation> {
        let sentences = crate::text::sentences::split(text, lang);
        let input = ClaimInput {
            doc,
            text,
            lang,
            sentences: &sentences,
            quantities: &[],
            entities: ents,
        };
        Relations::embedded().extract(&input, Frames::embedded())
    }

    fn person(name: &str) -> (String, EntityKind) {
        (name.to_string(), EntityKind::Person)
    }

    fn one(
        text: &str,
        lang: Lang,
        names: &[(String, EntityKind)],
    ) -> Vec<(String, String, String)> {
        let ents = mentions(text, names);
        extract_in("d", text, lang, &ents)
            .into_iter()
            .map(|r| {
                (
                    r.person.name,
                    r.to.map(|e| e.name).unwrap_or_default(),
                    r.from.map(|e| e.name).unwrap_or_default(),
                )
            })
            .collect()
    }

    fn t(p: &str, to: &str, from: &str) -> (String, String, String) {
        (p.into(), to.into(), from.into())
    }

    #[test]
    fn roles_from_markers_in_each_language() {
        let names = [person("Anna Rossi"), org("Orbita"), org("Lumen")];
        assert_eq!(
            one(
                "Anna Rossi, ex direttrice tecnica di Orbita, è stata assunta da Lumen.",
                Lang::It,
                &names
            ),
            [t("Anna Rossi", "Lumen", "Orbita")]
        );
        assert_eq!(
            one(
                "Lumen hat Anna Rossi von Orbita abgeworben.",
                Lang::De,
                &names
            ),
            [t("Anna Rossi", "Lumen", "")]
        );
        assert_eq!(
            one(
                "Die ehemalige Technikchefin von Orbita, Anna Rossi, wechselt zu Lumen.",
                Lang::De,
                &names
            ),
            [t("Anna Rossi", "Lumen", "Orbita")]
        );
        assert_eq!(
            one(
                "Anna Rossi quitte Orbita et rejoint Lumen.",
                Lang::Fr,
                &names
            ),
            [t("Anna Rossi", "Lumen", "Orbita")]
        );
        assert_eq!(
            one(
                "Lumen hired Anna Rossi from Orbita last week.",
                Lang::En,
                &names
            ),
            [t("Anna Rossi", "Lumen", "Orbita")]
        );
        assert_eq!(
            one(
                "Orbita的首席科学家Anna Rossi已被Lumen挖走。",
                Lang::Zh,
                &names
            ),
            [t("Anna Rossi", "Lumen", "Orbita")]
        );
    }

    #[test]
    fn no_relation_without_cue_person_or_organization() {
        let names = [person("Anna Rossi"), org("Orbita"), org("Lumen")];
        assert!(one(
            "Anna Rossi ha presentato i conti di Orbita.",
            Lang::It,
            &names
        )
        .is_empty());
        assert!(one("Lumen hired 300 engineers.", Lang::En, &names).is_empty());
        assert!(one("Anna Rossi wurde eingestellt.", Lang::De, &names).is_empty());
    }

    #[test]
    fn hirers_before_an_active_cue_are_not_hired() {
        let names = [person("Marco Bianchi"), person("Anna Rossi"), org("Lumen")];
        assert_eq!(
            one(
                "Marco Bianchi hired Anna Rossi for Lumen.",
                Lang::En,
                &names
            ),
            [t("Anna Rossi", "Lumen", "")]
        );
    }

    #[test]
    fn reconcile_agrees_and_conflicts() {
        let text_a = "Anna Rossi, ex direttrice di Orbita, è stata assunta da Lumen.";
        let text_b = "Lumen hired Anna Rossi from Orbita.";
        let text_c = "Anna Rossi joins Vega.";
        let names = [
            person("Anna Rossi"),
            org("Orbita"),
            org("Lumen"),
            org("Vega"),
        ];
        let get =
            |doc: &str, text: &str, lang| extract_in(doc, text, lang, &mentions(text, &names));
        let a = get("a", text_a, Lang::It);
        let b = get("b", text_b, Lang::En);
        let c = get("c", text_c, Lang::En);
        let r = reconcile(a.iter().chain(&b).cloned().collect());
        assert_eq!(r.facts.len(), 1);
        assert_eq!(r.facts[0].independent_sources, 2);
        assert_eq!(r.facts[0].from.as_deref(), Some("Orbita"));
        let r2 = reconcile(c.iter().chain(&b).chain(&a).cloned().collect());
        assert_eq!(r2.conflicts.len(), 1);
        assert_eq!(r2.conflicts[0].alternatives[0].to.as_deref(), Some("Lumen"));
        assert_eq!(r2.conflicts[0].alternatives[1].to.as_deref(), Some("Vega"));
        let r3 = reconcile(a.iter().chain(&c).chain(&b).cloned().collect());
        assert_eq!(r2, r3);
    }

    #[test]
    fn bad_data_names_the_file() {
        let e = Relations::from_json("x.json", "{").unwrap_err();
        assert!(e.to_string().starts_with("data file x.json"));
        let e = Relations::from_json(
            "y.json",
            r#"{"relations":[{"key":"hire","cues":{"xx":["a"]}}]}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("unknown language"));
    }
}
