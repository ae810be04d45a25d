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
    /// A document in an encoding other than UTF-8 that concord recognizes (a UTF-16 byte-order
    /// mark) but does not convert, since offsets must be the document's own bytes.
    #[error("{doc}: {encoding} text, not UTF-8 (convert it, e.g. iconv -f {encoding} -t UTF-8)")]
    Encoding {
        /// The document id.
        doc: String,
        /// The encoding recognized.
        encoding: String,
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
        /// The input's name (a path or `"<stdin>"`).
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

/// Something in a document that was left out while the rest was analyzed: named, so that
/// nothing disappears silently. See [`crate::Analysis::warnings`].
///
/// ```
/// use concord::{Document, Pipeline, Warning};
/// let text = format!("Il fondo vale {} euro e 15 miliardi di dollari.", "9".repeat(40));
/// let a = Pipeline::default().analyze(&Document::new("a.txt", text)).unwrap();
/// assert!(matches!(a.warnings[0], Warning::NumberTooLong { offset: 14, digits: 40, .. }));
/// assert_eq!(
///     a.warnings[0].to_string(),
///     "a.txt: number at byte 14 has 40 digits, over the limit of 24; it is left out"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, thiserror::Error)]
#[non_exhaustive]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// A number with more digits than [`crate::Limits::max_number_digits`] (or than a
    /// [`crate::Decimal`] holds exactly): it is not read as a quantity, and no claim rests on it.
    #[error("{doc}: number at byte {offset} has {digits} digits, over the limit of {limit}; it is left out")]
    NumberTooLong {
        /// The document id.
        doc: String,
        /// The byte offset of its first digit.
        offset: usize,
        /// One past its last digit.
        end: usize,
        /// How many digits it has.
        digits: usize,
        /// The limit applied.
        limit: usize,
    },
}
