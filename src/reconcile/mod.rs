//! Reconciliation: cluster equivalent facts, flag contradictions, say why and how sure.

use serde::Serialize;

use crate::claim::Claim;
use crate::decimal::Decimal;
use crate::lang::Lang;
use crate::quantity::{Bound, Interval, Unit};

/// One source's words for a value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SourceRef {
    /// The document id.
    pub doc: String,
    /// The sentence's language.
    pub lang: Lang,
    /// First byte of the figure in the document.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The figure exactly as written.
    pub text: String,
}

/// A fact the sources agree on (or that only one source states).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    /// The subject's canonical name.
    pub subject: Option<String>,
    /// The predicate key.
    pub predicate: String,
    /// The object's canonical name.
    pub object: Option<String>,
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
    /// The figures are from different times.
    Time,
    /// Different units or currencies.
    Unit,
    /// A plain disagreement.
    Disagreement,
    /// Too few sources to tell.
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
}

/// A fact on which the sources contradict each other.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    /// The subject's canonical name.
    pub subject: Option<String>,
    /// The predicate key.
    pub predicate: String,
    /// The object's canonical name.
    pub object: Option<String>,
    /// The unit.
    pub unit: Unit,
    /// Why the sources disagree.
    pub cause: Cause,
    /// A sentence saying why, for people.
    pub explanation: String,
    /// The values, most likely first.
    pub alternatives: Vec<Alternative>,
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
}

/// Reconciles claims from many documents.
pub fn reconcile(claims: &[Claim]) -> Report {
    let _ = claims;
    Report::default()
}
