//! The pipeline: documents in, a reconciled [`Report`] out.

use serde::Serialize;

use crate::claim::{self, Claim, ClaimInput};
use crate::entity::{EntityMention, Gazetteer};
use crate::error::Error;
use crate::lang::Lang;
use crate::quantity::{QuantityMention, Scanner};
use crate::reconcile::{self, Report};
use crate::text::{sentences, Span};

/// Limits that keep one pathological input from taking the machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The largest document accepted, in bytes (default 256 MiB).
    pub max_document_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_document_bytes: 256 << 20,
        }
    }
}

/// One source text.
///
/// ```
/// use concord::{Document, Lang};
/// let doc = Document::new("a.txt", "Meta hat die Anteile an der Firma für 15 Milliarden Dollar gekauft.");
/// assert_eq!(doc.lang(), Lang::De); // detected
/// let doc = doc.with_lang(Lang::It);
/// assert_eq!(doc.lang(), Lang::It); // stated
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Document {
    /// The id: a file name, or the `id` of a JSON Lines record.
    pub id: String,
    /// The original text.
    pub text: String,
    /// The language, when stated; detected otherwise.
    pub declared_lang: Option<Lang>,
}

impl Document {
    /// A document whose language will be detected.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            declared_lang: None,
        }
    }

    /// States the language.
    pub fn with_lang(mut self, lang: Lang) -> Document {
        self.declared_lang = Some(lang);
        self
    }

    /// A document from bytes that must be UTF-8 (a leading byte-order mark is dropped).
    pub fn from_bytes(id: impl Into<String>, bytes: &[u8]) -> Result<Document, Error> {
        let id = id.into();
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(Document::new(id, text)),
            Err(e) => Err(Error::InvalidUtf8 {
                doc: id,
                offset: e.valid_up_to(),
            }),
        }
    }

    /// The language: stated, or detected from the text (English where there is no evidence).
    pub fn lang(&self) -> Lang {
        self.declared_lang
            .or_else(|| Lang::detect(&self.text))
            .unwrap_or(Lang::En)
    }
}

/// Everything concord found in one document.
#[derive(Clone, Debug, Serialize)]
pub struct Analysis {
    /// The document id.
    pub doc: String,
    /// Its language.
    pub lang: Lang,
    /// Its sentences.
    pub sentences: Vec<Span>,
    /// Its quantities, in text order.
    pub quantities: Vec<QuantityMention>,
    /// Its entity mentions, in text order.
    pub entities: Vec<EntityMention>,
    /// Its claims, in text order.
    pub claims: Vec<Claim>,
}

/// The stages and their data.
#[derive(Clone, Debug)]
pub struct Pipeline {
    /// The quantity scanner.
    pub scanner: Scanner,
    /// The gazetteer.
    pub gazetteer: Gazetteer,
    /// Input limits.
    pub limits: Limits,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline {
            scanner: Scanner::embedded().clone(),
            gazetteer: Gazetteer::embedded().clone(),
            limits: Limits::default(),
        }
    }
}

impl Pipeline {
    /// Checks a document against the limits.
    pub fn check(&self, doc: &Document) -> Result<(), Error> {
        if doc.text.len() > self.limits.max_document_bytes {
            return Err(Error::DocumentTooLarge {
                doc: doc.id.clone(),
                len: doc.text.len(),
                limit: self.limits.max_document_bytes,
            });
        }
        Ok(())
    }

    /// Runs every per-document stage: sentences, quantities, entities, claims.
    pub fn analyze(&self, doc: &Document) -> Result<Analysis, Error> {
        self.check(doc)?;
        let lang = doc.lang();
        let sentences = sentences::split(&doc.text, lang);
        let quantities = self.scanner.scan(&doc.text, lang);
        let entities = self.gazetteer.link(&doc.text, lang);
        let claims = claim::extract(&ClaimInput {
            doc: &doc.id,
            text: &doc.text,
            lang,
            sentences: &sentences,
            quantities: &quantities,
            entities: &entities,
        });
        Ok(Analysis {
            doc: doc.id.clone(),
            lang,
            sentences,
            quantities,
            entities,
            claims,
        })
    }

    /// Analyzes a stream of documents on `threads` threads (`0`: one per core; see
    /// [`crate::parallel`]) and hands `sink` each document with its analysis, or the error that
    /// stopped it, **in input order**: the same calls, in the same order, as the sequential
    /// loop. At most a few documents per thread are in memory at once, whatever the stream's
    /// length; the first error the sink returns stops the run and is returned.
    ///
    /// ```
    /// use concord::{Document, Pipeline};
    /// let docs = (0..20).map(|i| Ok(Document::new(format!("{i}.txt"), "Meta investierte 15 Milliarden Dollar.")));
    /// let mut ids = Vec::new();
    /// Pipeline::default()
    ///     .analyze_each(docs, 2, |result| {
    ///         let (doc, _analysis) = result?;
    ///         ids.push(doc.id);
    ///         Ok::<(), concord::Error>(())
    ///     })
    ///     .unwrap();
    /// assert_eq!(ids[..3], ["0.txt", "1.txt", "2.txt"]);
    /// ```
    pub fn analyze_each<I, S, E>(&self, docs: I, threads: usize, sink: S) -> Result<(), E>
    where
        I: IntoIterator<Item = Result<Document, Error>>,
        S: FnMut(Result<(Document, Analysis), Error>) -> Result<(), E>,
    {
        crate::parallel::map_ordered(
            docs,
            threads,
            |doc| doc.and_then(|d| self.analyze(&d).map(|a| (d, a))),
            sink,
        )
    }
}

/// The whole job in three lines: add documents, reconcile.
///
/// ```
/// use concord::{Document, Reconciler};
/// let report = Reconciler::default()
///     .add(Document::new("it.txt", "Meta ha investito $ 14,3 miliardi in Scale AI."))
///     .add(Document::new("de.txt", "Meta investierte 15 Milliarden Dollar in Scale AI."))
///     .reconcile();
/// # let _ = report;
/// ```
#[derive(Clone, Debug, Default)]
pub struct Reconciler {
    pipeline: Pipeline,
    docs: Vec<Document>,
    threads: usize,
}

impl Reconciler {
    /// A reconciler with a pipeline of your own.
    pub fn with_pipeline(pipeline: Pipeline) -> Reconciler {
        Reconciler {
            pipeline,
            docs: Vec::new(),
            threads: 0,
        }
    }

    /// Analyzes documents on `threads` threads (default `0`: one per core, with the `parallel`
    /// feature). The report is the same whatever the number.
    pub fn threads(mut self, threads: usize) -> Reconciler {
        self.threads = threads;
        self
    }

    /// Adds a document.
    #[allow(clippy::should_implement_trait)]
    pub fn add(mut self, doc: Document) -> Reconciler {
        self.docs.push(doc);
        self
    }

    /// Analyzes every document and reconciles their claims. Documents that fail the limits are
    /// left out; [`Reconciler::try_reconcile`] reports them.
    pub fn reconcile(self) -> Report {
        self.try_reconcile().0
    }

    /// Like [`Reconciler::reconcile`], also returning the documents that could not be analyzed.
    pub fn try_reconcile(self) -> (Report, Vec<Error>) {
        let mut claims = Vec::new();
        let mut errors = Vec::new();
        let docs = self.docs.into_iter().map(Ok);
        let _ = self
            .pipeline
            .analyze_each(docs, self.threads, |result| -> Result<(), ()> {
                match result {
                    Ok((_, a)) => claims.extend(a.claims),
                    Err(e) => errors.push(e),
                }
                Ok(())
            });
        (reconcile::reconcile(&claims), errors)
    }
}
