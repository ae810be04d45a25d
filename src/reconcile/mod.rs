//! Reconciliation: cluster equivalent facts, flag contradictions, say why and how sure.
//!
//! [`reconcile`] takes the claims of many documents and returns a [`Report`]:
//!
//! 1. **Keys.** Claims are grouped by fact key: subject, predicate, object, and the dimension
//!    of their unit. A claim without an object joins the key that differs from its own only by
//!    the object, when there is exactly one such key, or when only one of them is compatible
//!    (stated in the claim's unit and, where both are dated, its year). A claim whose sentence
//!    names another party ([`Claim::alternative_subject`]) moves to that party's key when
//!    another document agrees with it there and no other document speaks of its own subject
//!    for that predicate (one source says a joint venture's figure of one partner, the others
//!    of the other); a disagreeing value there never moves it. Values are already in base
//!    units (W, kW, MW and GW are all watts); each currency is compared only with itself.
//!
//!    A claim that no other document supports under its key is then joined where other
//!    sources state the same *specific* figure (money, or two significant digits or more):
//!    under the one other predicate of its subject that others support or that narrows its own
//!    ([`Options::broader`]: a bare `money` or `growth` becomes the investment or the share
//!    price change they report); under the one other subject its document names (the buyer
//!    for the target); under the one other object (an unlinked transliteration of the company
//!    bought). Between two reports of one event (documents that share three specific figures
//!    or more, whatever keys their claims gave them) a figure that no other source confirms
//!    under its own key joins the one other subject or predicate under which the other report
//!    and a third source state it, even where its own document never names that subject.
//!    Otherwise only agreement moves a claim, never a disagreeing value, but for one case: two
//!    such reports (sharing two specific figures) that each give a predicate one figure, under
//!    two subjects, give one fact; the figures join where they agree (a small figure too, for
//!    a predicate that names what it counts), and contradict each other under one subject
//!    where they are near, each alone under its key, and one report names the other's subject
//!    as well (the `subjects` module). Between two such reports a small figure too (one
//!    significant digit) takes the predicate that goes first under which the other states the
//!    very figure of its subject ("30 %" with no cue is the stake the other names). Each
//!    decision is taken on the claims as they came, so the report does not depend on their
//!    order.
//! 2. **Intervals and clusters.** Each claim's [`Interval`] comes from its written digits and
//!    its bound ([`crate::Quantity::interval`]). Within a key and unit, exact figures are
//!    clustered by a sweep (every member of a cluster shares a value); hedged and open claims
//!    are then attached to every cluster they are compatible with, so that a hedge never hides a
//!    contradiction; an approximate figure whose written value falls in some of them joins
//!    those only ("約73億" backs 7.3 billion, not 7.6; see the `cluster` module).
//! 3. **Facts and conflicts.** On a functional predicate ([`Claim::functional`]) two clusters
//!    or more are a [`Conflict`] when sources contradict each other: one states a value and
//!    nothing of the other, another the reverse. Figures that only a source stating another
//!    value too gives (a part and the whole, two holders' stakes) are separate [`Fact`]s: a
//!    source does not contradict itself. A conflict comes with its [`Cause`] (tried in order:
//!    unit or currency, time, scope, hedge, rounding, then a plain disagreement, or undecided
//!    when fewer than three independent sources take part); claims compatible with several of
//!    its alternatives (a hedge, a vague amount) are listed apart ([`Conflict::compatible`]).
//!    On a multi-valued predicate clusters are distinct [`Fact`]s, except where the sources
//!    report one event: two giving different values agree on at least two specific figures
//!    elsewhere, and the values are near (within a factor two, or four where each source gives
//!    the key that one value) or one is the other with two digits swapped (two reports of one
//!    plant's investment, 7.3 and 7.6 billion; 27 and 72 cases). A functional fact that one
//!    source gives in one currency and another source in another, with no conversion linking
//!    them ([`Claim::conversion_of`]), is one conflict of cause [`Cause::Unit`]: currencies are
//!    never compared.
//! 4. **Trust.** Source reliability is learnt from agreement by a truth-discovery iteration in
//!    the manner of TruthFinder and CRH, seeded with per-source priors ([`Options::priors`]);
//!    documents that copy one another (the same figures in the same order) count once. Each
//!    alternative of a conflict gets a weight, and the conflict a [`Consensus`] or none
//!    (undecided).
//!
//! The report is deterministic: facts and conflicts come in the order of their keys (subject
//! id, predicate, object id, unit), values in increasing order, sources by document and span;
//! it depends on the set of claims only, not on their order nor on how the work was split.
//!
//! ```
//! use concord::claim::SubjectSource;
//! use concord::reconcile::{reconcile, Cause};
//! use concord::{Bound, Claim, Decimal, EntityRef, Lang, Provenance, Quantity, Span, Unit};
//!
//! fn usd(doc: &str, lang: Lang, value: &str, text: &str) -> Claim {
//!     Claim {
//!         subject: Some(EntityRef { id: "meta".into(), name: "Meta".into() }),
//!         predicate: "investment".into(),
//!         object: Some(EntityRef { id: "scale_ai".into(), name: "Scale AI".into() }),
//!         quantity: Quantity::new(value.parse::<Decimal>().unwrap(), Unit::currency("USD")),
//!         functional: true,
//!         provenance: Provenance {
//!             doc: doc.into(),
//!             lang,
//!             sentence: Span::new(0, 100),
//!             span: Span::new(20, 20 + text.len()),
//!             text: text.into(),
//!             cues: vec![],
//!         },
//!         confidence: 0.9,
//!         time: None,
//!         conversion_of: None,
//!         subject_from: SubjectSource::Sentence,
//!         alternative_subject: None,
//!     }
//! }
//! let report = reconcile(&[
//!     usd("it.txt", Lang::It, "14.3e9", "$ 14,3 miliardi"),
//!     usd("de.txt", Lang::De, "15e9", "15 Milliarden Dollar"),
//! ]);
//! assert!(report.facts.is_empty());
//! let conflict = &report.conflicts[0];
//! assert_eq!(conflict.alternatives.len(), 2);
//! assert_eq!(conflict.cause, Cause::Rounding); // within 10%: only the digits separate them
//! assert!(conflict.consensus.is_none()); // one source against one: undecided
//! ```
//!
//! ## Undecided conflicts
//!
//! A conflict is always reported, whatever the number of sources. Its consensus is decided only
//! when at least three independent sources take part and the favourite's weight is at least
//! [`Options::decisive_ratio`] times the runner-up's; otherwise [`Conflict::consensus`] is `None`
//! (undecided), and a plain disagreement gets the cause [`Cause::Undecided`] rather than
//! [`Cause::Disagreement`]. A one-against-one conflict is therefore always undecided, whatever
//! the priors; the alternatives are still ordered by weight.
//!
//! ## Splitting the work
//!
//! A [`Reconciliation`] is a partial result that merges associatively with others: reconcile
//! parts of a corpus on several threads (or machines) and merge them; the report is the same.
//! [`reconcile`] itself splits inputs of 200,000 claims or more across the available cores
//! ([`Options::threads`]).
//!
//! ## Cost
//!
//! Strings are interned once per claim; sorting is on packed integer keys first (a radix sort
//! when they fit in 64 bits), then by interval within a key; clustering is a sweep with binary
//! search; copy detection fingerprints each document's figures and radix-sorts the
//! fingerprints; each truth-discovery turn is linear. The whole is O(n log n) in the number of
//! claims, and close to linear in practice. The report's strings (the sources' documents and
//! figures, the facts' and conflicts' names, ids and predicates) share their bytes
//! ([`SharedStr`]) instead of owning two per claim and five per fact.

mod cause;
mod cluster;
mod event;
mod forest;
mod key;
mod merge;
mod objects;
mod radix;
mod shared;
mod subjects;
mod trust;

pub use merge::Reconciliation;
pub use shared::SharedStr;

use indexmap::IndexMap;
use serde::Serialize;

use crate::claim::Claim;
use crate::decimal::Decimal;
use crate::lang::Lang;
use crate::quantity::{Bound, Interval, Unit};

/// One source's words for a value.
///
/// Its strings share their bytes with the rest of the report ([`SharedStr`]): a report of a
/// million claims does not hold two million small strings.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SourceRef {
    /// The document id.
    pub doc: SharedStr,
    /// The sentence's language.
    pub lang: Lang,
    /// First byte of the figure in the document.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The figure exactly as written.
    pub text: SharedStr,
}

/// A fact the sources agree on (or that only one source states).
///
/// Its strings (names, ids, predicate) share their bytes with the rest of the report
/// ([`SharedStr`]): read them as `&str` with `as_deref()` or `as_str()`.
///
/// ```
/// use concord::claim::SubjectSource;
/// use concord::reconcile::reconcile;
/// use concord::{Claim, Decimal, EntityRef, Lang, Provenance, Quantity, Span, Unit};
///
/// let claim = Claim {
///     subject: Some(EntityRef { id: "Q380".into(), name: "Meta".into() }),
///     predicate: "revenue".into(),
///     object: None,
///     quantity: Quantity::new("134.9e9".parse::<Decimal>().unwrap(), Unit::currency("USD")),
///     functional: true,
///     provenance: Provenance {
///         doc: "wire.txt".into(),
///         lang: Lang::En,
///         sentence: Span::new(0, 40),
///         span: Span::new(10, 24),
///         text: "$134.9 billion".into(),
///         cues: vec![],
///     },
///     confidence: 0.9,
///     time: None,
///     conversion_of: None,
///     subject_from: SubjectSource::Sentence,
///     alternative_subject: None,
/// };
/// let report = reconcile(&[claim]);
/// let fact = &report.facts[0];
/// assert_eq!(fact.subject.as_deref(), Some("Meta"));
/// assert_eq!(fact.subject_id.as_deref(), Some("Q380"));
/// assert_eq!(fact.predicate, "revenue");
/// assert_eq!(fact.object, None);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    /// The subject's canonical name.
    pub subject: Option<SharedStr>,
    /// The predicate key.
    pub predicate: SharedStr,
    /// The object's canonical name.
    pub object: Option<SharedStr>,
    /// The consensus value.
    pub value: Decimal,
    /// The upper end, for a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<Decimal>,
    /// The unit.
    pub unit: Unit,
    /// The bound of the consensus value.
    pub bound: Bound,
    /// Where every source allows the value to lie.
    pub interval: Interval,
    /// How sure the consensus is, from 0 to 1.
    pub confidence: f64,
    /// Every source that states it.
    pub sources: Vec<SourceRef>,
    /// The subject's entity id.
    pub subject_id: Option<SharedStr>,
    /// The object's entity id.
    pub object_id: Option<SharedStr>,
    /// How many independent sources state it (documents that copy one another count once).
    pub independent_sources: usize,
}

/// Why sources disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Cause {
    /// Figures close enough that rounding or precision explains them.
    Rounding,
    /// A hedge on one side ("oltre", "bis zu") makes them incompatible.
    Hedge,
    /// One figure covers a part, the other the whole.
    Scope,
    /// The figures are from different times: dated differently, or given by sources that
    /// report nothing else alike (likely different events).
    Time,
    /// Different units or currencies.
    Unit,
    /// A plain disagreement.
    Disagreement,
    /// A disagreement between too few independent sources to tell an error from a real
    /// disagreement (see [the module docs](self#undecided-conflicts)).
    Undecided,
}

/// One of the values sources give for a contradicted fact.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Alternative {
    /// The value.
    pub value: Decimal,
    /// The upper end, for a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<Decimal>,
    /// Its bound.
    pub bound: Bound,
    /// Where the sources of this alternative allow the value to lie.
    pub interval: Interval,
    /// Its weight among the alternatives (support × source trust), from 0 to 1.
    pub weight: f64,
    /// The sources that give it.
    pub sources: Vec<SourceRef>,
    /// Its unit.
    pub unit: Unit,
    /// How many independent sources give it.
    pub independent_sources: usize,
}

/// The most likely value of a contradicted fact.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Consensus {
    /// The value.
    pub value: Decimal,
    /// The upper end, for a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<Decimal>,
    /// Its bound.
    pub bound: Bound,
    /// Its weight among the alternatives, from 0 to 1.
    pub weight: f64,
}

/// A fact on which the sources contradict each other.
///
/// Like a [`Fact`]'s, its names, ids and predicate are [`SharedStr`]s.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    /// The subject's canonical name.
    pub subject: Option<SharedStr>,
    /// The predicate key.
    pub predicate: SharedStr,
    /// The object's canonical name.
    pub object: Option<SharedStr>,
    /// The unit.
    pub unit: Unit,
    /// Why the sources disagree.
    pub cause: Cause,
    /// A sentence saying why, for people.
    pub explanation: String,
    /// The values, most likely first.
    pub alternatives: Vec<Alternative>,
    /// The most likely value, or `None` when the sources are too few or too evenly split to
    /// decide (serialized as `null`: undecided).
    pub consensus: Option<Consensus>,
    /// The subject's entity id.
    pub subject_id: Option<SharedStr>,
    /// The object's entity id.
    pub object_id: Option<SharedStr>,
    /// Sources whose figure (a hedge such as "more than 10 billion", or a vague amount such as
    /// "thousands") is compatible with several alternatives: they support none in particular,
    /// so they are listed here and not under the alternatives.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub compatible: Vec<SourceRef>,
}

/// How far a source is trusted after reconciliation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceTrust {
    /// The document id.
    pub doc: String,
    /// Its trust, from 0 to 1.
    pub trust: f64,
    /// How many of its claims were reconciled.
    pub claims: usize,
    /// The trust it started from.
    pub prior: f64,
    /// The document it copies (the same figures in the same order), if any: the first such
    /// document by id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<String>,
}

/// The reconciled picture of a corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    /// Facts on which the sources agree (or that only one source states).
    pub facts: Vec<Fact>,
    /// Facts on which they contradict each other.
    pub conflicts: Vec<Conflict>,
    /// Per-source trust.
    pub sources: Vec<SourceTrust>,
    /// Entity facts without a figure (who joined which organization), reconciled on their own
    /// ([`crate::relation::reconcile`]).
    #[serde(skip_serializing_if = "crate::relation::RelationReport::is_empty")]
    pub relations: crate::relation::RelationReport,
}

/// How to reconcile.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The trust each source (by document id) starts from, from 0 to 1.
    pub priors: IndexMap<String, f64>,
    /// The trust of sources without a prior.
    pub default_prior: f64,
    /// How many claims' worth of evidence a prior counts for: the higher, the slower trust
    /// moves away from it.
    pub prior_weight: f64,
    /// The most turns of the truth-discovery iteration (it stops earlier, when no trust moves
    /// by more than 1e-4).
    pub iterations: usize,
    /// Figures within this many percent of each other disagree by [`Cause::Rounding`].
    pub rounding_percent: u32,
    /// How many times the runner-up's weight the favourite needs to decide a conflict.
    pub decisive_ratio: f64,
    /// How many threads [`Reconciliation::finish_with`] may use; 0: one per 100,000 claims, at
    /// most the available parallelism. Without the `parallel` feature, always one. The report
    /// does not depend on it.
    pub threads: usize,
    /// For a predicate, the broader ones it narrows (the frames' `refines`): where two
    /// documents state one figure of one subject under a broader and a narrower predicate, the
    /// figure is kept under the narrower one. By default, those of the embedded frames
    /// ([`crate::claim::Frames::embedded`]); [`Options::with_frames`] takes a user's.
    pub broader: IndexMap<String, Vec<String>>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            priors: IndexMap::new(),
            default_prior: 0.8,
            prior_weight: 2.0,
            iterations: 20,
            rounding_percent: 10,
            decisive_ratio: 1.5,
            threads: 0,
            broader: embedded_broader().clone(),
        }
    }
}

/// The `refines` lists of the embedded frames, by frame key, read from their JSON alone (building
/// the frames' cue automata is not needed to reconcile).
fn embedded_broader() -> &'static IndexMap<String, Vec<String>> {
    #[derive(serde::Deserialize)]
    struct Data {
        frames: Vec<Frame>,
    }
    #[derive(serde::Deserialize)]
    struct Frame {
        key: String,
        #[serde(default)]
        refines: Vec<String>,
    }
    static B: std::sync::OnceLock<IndexMap<String, Vec<String>>> = std::sync::OnceLock::new();
    B.get_or_init(|| {
        serde_json::from_str::<Data>(crate::claim::frames::EMBEDDED_JSON)
            .map(|d| {
                d.frames
                    .into_iter()
                    .filter(|f| !f.refines.is_empty())
                    .map(|f| (f.key, f.refines))
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// The `refines` lists of a frame set, by frame key.
fn broader_of(frames: &crate::claim::Frames) -> IndexMap<String, Vec<String>> {
    frames
        .frames()
        .iter()
        .filter(|f| !f.refines.is_empty())
        .map(|f| (f.key.clone(), f.refines.clone()))
        .collect()
}

impl Options {
    /// Seeds the trust of one source.
    ///
    /// ```
    /// use concord::reconcile::Options;
    /// let options = Options::default().with_prior("wire.txt", 0.95);
    /// assert_eq!(options.prior("wire.txt"), 0.95);
    /// assert_eq!(options.prior("blog.txt"), 0.8);
    /// ```
    pub fn with_prior(mut self, doc: impl Into<String>, trust: f64) -> Options {
        self.priors.insert(doc.into(), trust);
        self
    }

    /// Takes which predicates narrow which from a frame set (the frames' `refines`), for claims
    /// extracted with frames of one's own.
    ///
    /// ```
    /// use concord::claim::Frames;
    /// use concord::reconcile::Options;
    /// let options = Options::default().with_frames(&Frames::empty());
    /// assert!(options.broader.is_empty());
    /// let options = Options::default().with_frames(Frames::embedded());
    /// assert!(options.broader["share_price_change"].contains(&"growth".to_string()));
    /// ```
    pub fn with_frames(mut self, frames: &crate::claim::Frames) -> Options {
        self.broader = broader_of(frames);
        self
    }

    /// The prior of a source, clamped to `[0.01, 0.99]`.
    pub fn prior(&self, doc: &str) -> f64 {
        let p = self.priors.get(doc).copied().unwrap_or(self.default_prior);
        if p.is_nan() {
            0.5
        } else {
            p.clamp(0.01, 0.99)
        }
    }
}

/// Reconciles claims from many documents, with the default [`Options`].
///
/// The report depends on the set of claims only, not on their order.
pub fn reconcile(claims: &[Claim]) -> Report {
    Reconciliation::from_claims(claims).finish()
}

/// Reconciles claims from many documents.
pub fn reconcile_with(claims: &[Claim], options: &Options) -> Report {
    Reconciliation::from_claims(claims).finish_with(options)
}
