//! # concord: cross-lingual fact reconciliation
//!
//! News about one event is reported in many languages, and the figures drift: an Italian
//! article says "$ 14,3 miliardi", a German one "15 Milliarden Dollar", a Chinese one "143 億美元".
//! concord reads each text, finds its quantities and entities, turns them into claims, and
//! reconciles the claims across sources: which facts agree, which contradict, why, and how sure.
//!
//! ## The pipeline
//!
//! ```text
//! text ──fold──▶ folded text + offset map ──scan──▶ quantities, entities
//!      ──frame──▶ claims (subject, predicate, object, quantity, provenance)
//!      ──reconcile──▶ report (facts, conflicts with causes, source trust)
//! ```
//!
//! Every stage is a plain function over plain data, and every position is a byte [`Span`] of the
//! original text. The whole job takes three lines:
//!
//! ```
//! use concord::{Document, Reconciler};
//! let report = Reconciler::default()
//!     .add(Document::new("it.txt", "Meta ha investito $ 14,3 miliardi in Scale AI."))
//!     .add(Document::new("de.txt", "Meta investierte 15 Milliarden Dollar in Scale AI."))
//!     .reconcile();
//! println!("{}", serde_json::to_string_pretty(&report).unwrap());
//! ```
//!
//! ## The stages one by one
//!
//! - [`quantity::scan`]: exact amounts with unit, bound and span;
//! - [`Gazetteer::link`]: entity mentions;
//! - [`claim::extract`]: claims from one document's mentions;
//! - [`reconcile::reconcile`]: the report from many documents' claims.
//!
//! ## Features
//!
//! - `cli` (default): the `concord` command line. `default-features = false` links the library
//!   alone.
//! - `parallel` (default): documents are analyzed on several threads (std threads only, no
//!   dependency), with results in input order; see [`parallel`], [`Pipeline::analyze_each`] and
//!   [`Reconciler::threads`]. Without it everything runs on the calling thread, with the same
//!   output.
//!
//! ## Guarantees
//!
//! - Amounts are exact [`Decimal`]s; floating point never touches a value.
//! - No input panics; bad input is an [`Error`] naming the document, the byte and the reason.
//! - Output is deterministic: the same input gives the same bytes.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Library code never panics on input: no unwrap, expect, panic or unchecked indexing outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo
    )
)]

pub mod claim;
pub mod decimal;
pub mod entity;
mod error;
pub mod input;
pub mod lang;
pub mod output;
pub mod parallel;
mod pipeline;
pub mod quantity;
pub mod reconcile;
pub mod relation;
pub mod text;

pub use claim::{Claim, EntityRef, Provenance};
pub use decimal::{Decimal, DecimalError};
pub use entity::{EntityKind, EntityMention, Gazetteer};
pub use error::{Error, Warning};
pub use lang::Lang;
pub use pipeline::{Analysis, Document, Limits, Pipeline, Reconciler, Stages};
pub use quantity::{Bound, Interval, Quantity, QuantityMention, Unit};
pub use reconcile::{Conflict, Fact, Report};
pub use text::Span;

/// The README's examples, compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<crate::Decimal>();
        assert_send_sync::<crate::Document>();
        assert_send_sync::<crate::Pipeline>();
        assert_send_sync::<crate::Reconciler>();
        assert_send_sync::<crate::Report>();
        assert_send_sync::<crate::Claim>();
        assert_send_sync::<crate::Error>();
        assert_send_sync::<crate::Gazetteer>();
        assert_send_sync::<crate::claim::Frames>();
        assert_send_sync::<crate::quantity::Scanner>();
    }
}
