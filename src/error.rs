//! The one error type of the crate.

use std::path::PathBuf;

use crate::decimal::DecimalError;

/// Everything that can go wrong, with enough context to act on: which document or file,
/// which byte or line, and why.
///
/// ```
/// use concord::{Document, Error};
/// let err = Document::from_bytes("bad.txt", b"ok \xff\xfe").unwrap_err();
/// assert!(matches!(err, Error::InvalidUtf8 { offset: 3, .. }));
/// assert_eq!(err.to_string(), "bad.txt: invalid UTF-8 at byte 3");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A document's bytes are not UTF-8.
    #[error("{doc}: invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// The document id.
        doc: String,
        /// The byte offset of the first invalid sequence.
        offset: usize,
    },
    /// A document larger than the configured limit.
    #[error("{doc}: {len} bytes is over the limit of {limit} bytes per document")]
    DocumentTooLarge {
        /// The document id.
        doc: String,
        /// Its length in bytes.
        len: usize,
        /// The limit ([`crate::Limits::max_document_bytes`]).
        limit: usize,
    },
    /// A document that looks binary (NUL bytes or mostly control characters).
    #[error("{doc}: looks like binary data (control byte at {offset})")]
    Binary {
        /// The document id.
        doc: String,
        /// The byte offset of the first control byte.
        offset: usize,
    },
    /// A file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A JSON Lines record that could not be parsed.
    #[error("{input}:{line}: {message}")]
    Jsonl {
        /// The input's name (a path or "<stdin>").
        input: String,
        /// The line number, from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A data file (lexicon, gazetteer, frames) that could not be loaded.
    #[error("data file {name}: {message}")]
    Data {
        /// The data file's name.
        name: String,
        /// What is wrong.
        message: String,
    },
    /// A language tag concord does not read.
    #[error("unknown language {0:?} (expected it, de, fr, zh or en)")]
    UnknownLang(String),
    /// A number that cannot be represented exactly.
    #[error(transparent)]
    Decimal(#[from] DecimalError),
}
