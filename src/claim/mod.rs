//! Claims: from mentions to canonical facts (subject, predicate, object, quantity).
//!
//! A quantity alone says nothing; "15 Milliarden Dollar" becomes a fact when it is Meta's
//! investment in Scale AI. [`extract`] turns each sentence's quantities and entities into
//! [`Claim`]s: the predicate comes from [`Frames`] (cue words per language, typed slots, as
//! data), the subject and object from the entities around the figure (see [`fill`] for the
//! rules), and every claim keeps its provenance: document, sentence, the byte span of the
//! figure and of the cue words.
//!
//! ```
//! use concord::claim::{self, ClaimInput};
//! use concord::{Decimal, EntityKind, EntityMention, Lang, Quantity, QuantityMention, Span, Unit};
//!
//! let text = "Zudem investierte Meta 15 Milliarden Dollar in Scale AI.";
//! let entity = |start: usize, end: usize, id: &str| EntityMention {
//!     span: Span::new(start, end), id: id.into(), name: text[start..end].into(),
//!     kind: EntityKind::Organization, score: 1.0, rule: "exact".into(),
//! };
//! let entities = [entity(18, 22, "meta"), entity(47, 55, "scale_ai")];
//! let quantities = [QuantityMention {
//!     span: Span::new(23, 43),
//!     quantity: Quantity::new("15e9".parse::<Decimal>().unwrap(), Unit::currency("USD")),
//!     lang: Lang::De,
//!     hedge: None,
//! }];
//! let sentences = [Span::new(0, text.len())];
//! let claims = claim::extract(&ClaimInput {
//!     doc: "de.txt", text, lang: Lang::De, sentences: &sentences,
//!     quantities: &quantities, entities: &entities,
//! });
//! let c = &claims[0];
//! assert_eq!(c.predicate, "investment");
//! assert_eq!(c.subject.as_ref().unwrap().name, "Meta");
//! assert_eq!(c.object.as_ref().unwrap().name, "Scale AI");
//! assert_eq!(c.provenance.text, "15 Milliarden Dollar");
//! assert!(c.functional);
//! ```

pub mod concepts;
mod described;
pub mod fill;
mod forms;
pub mod frames;
mod holds;
pub mod nouns;

pub use frames::{
    BodyNames, FollowsSpec, Frame, FrameSpec, Frames, FramesData, LangRules, Slot, SlotSpec,
    UnitClass,
};

use serde::Serialize;

use crate::entity::EntityMention;
use crate::lang::Lang;
use crate::quantity::{Quantity, QuantityMention};
use crate::text::doc::DocSentences;
use crate::text::Span;

/// A reference to an entity in a claim.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct EntityRef {
    /// The entity id.
    pub id: String,
    /// The canonical name.
    pub name: String,
}

/// Where a claim comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Provenance {
    /// The document id.
    pub doc: String,
    /// The language the sentence is written in.
    pub lang: Lang,
    /// The sentence, as a span of the document.
    pub sentence: Span,
    /// The figure's surface span.
    pub span: Span,
    /// The figure's surface text, exactly as written.
    pub text: String,
    /// The cue words that chose the predicate.
    pub cues: Vec<Span>,
}

/// A fact stated by a source: subject, predicate, optional object and a quantity.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    /// Who or what the fact is about.
    pub subject: Option<EntityRef>,
    /// The predicate key, the same across languages (`investment`, `stake`, `gpu_count`).
    pub predicate: String,
    /// The other party, when the predicate has one (the investee of an investment).
    pub object: Option<EntityRef>,
    /// The amount.
    pub quantity: Quantity,
    /// Whether the predicate has one true value (a deal's price) or several (pay offers).
    pub functional: bool,
    /// Where the claim comes from.
    pub provenance: Provenance,
    /// How sure the extraction is, from 0 to 1.
    pub confidence: f64,
    /// When the fact holds, where the sentence states a year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeRef>,
    /// For a figure that restates another one in a different unit (a bracketed currency
    /// conversion, "(rund 13 Milliarden Euro)", "約合人民幣 1028 億元"): the index, in the same
    /// [`extract`] output, of the claim it converts. Such a claim is the same fact, not a new one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversion_of: Option<usize>,
    /// Where the subject was found: in the sentence itself, or carried over from the context.
    pub subject_from: SubjectSource,
    /// The one other organization or person the claim's sentence names besides its subject
    /// and object, which the figure may be about instead (the other party of a deal). The
    /// reconciliation moves the claim there when sources agree with it under that subject and
    /// none speaks of its own (see [`crate::reconcile`]). Set by [`crate::Pipeline`]; `None`
    /// where the sentence names no other, or several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternative_subject: Option<EntityRef>,
}

/// When a fact holds: a year stated in the claim's sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TimeRef {
    /// The calendar year.
    pub year: i64,
    /// The year's surface span in the document.
    pub span: Span,
    /// The surface, exactly as written.
    pub text: String,
}

/// Where a claim's subject comes from. Claims whose subject is carried over from the context
/// have a lower confidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectSource {
    /// Named in the claim's own sentence.
    Sentence,
    /// Named in the previous sentence.
    PreviousSentence,
    /// Named in the headline of the claim's section.
    Headline,
    /// The document's main subject (its most mentioned entity of the right kind).
    Document,
    /// Named earlier in the document with the descriptive words the sentence refers to it by
    /// ("der chinesische Bergbaukonzern X ... Die Chinesen übernehmen 95 Prozent").
    Description,
    /// No subject could be justified.
    None,
}

/// Everything the claim stage reads about one document.
#[derive(Clone, Copy, Debug)]
pub struct ClaimInput<'a> {
    /// The document id.
    pub doc: &'a str,
    /// The original text.
    pub text: &'a str,
    /// The document language.
    pub lang: Lang,
    /// Sentence spans.
    pub sentences: &'a [Span],
    /// Quantities, in text order.
    pub quantities: &'a [QuantityMention],
    /// Entity mentions, in text order.
    pub entities: &'a [EntityMention],
}

/// Turns one document's mentions into claims, with the embedded [`Frames`].
///
/// Claims come in text order. A claim whose [`Claim::conversion_of`] is set restates the
/// claim at that index in another currency.
pub fn extract(input: &ClaimInput<'_>) -> Vec<Claim> {
    Frames::embedded().extract(input)
}

impl Frames {
    /// Turns one document's mentions into claims with these frames.
    pub fn extract(&self, input: &ClaimInput<'_>) -> Vec<Claim> {
        fill::extract_with(input, self, None)
    }

    /// [`Frames::extract`] with the document's sentences and their languages already computed
    /// (by [`crate::Pipeline::analyze`], which shares them with the quantity scanner): the same
    /// claims, without detecting each sentence's language again. `doc` must be the document of
    /// `input` (same text and language); `input.sentences` are read as usual.
    pub fn extract_in(&self, input: &ClaimInput<'_>, doc: &DocSentences<'_>) -> Vec<Claim> {
        fill::extract_with(input, self, Some(doc))
    }
}
