//! [`SharedStr`]: a string of the report that shares its bytes with others.
//!
//! A report names a document and quotes a figure for every claim it reconciled: as owned
//! `String`s that was two allocations per claim, most of the cost of building a large report.
//! A [`SharedStr`] is a slice of one reference-counted buffer (the surfaces and document ids of
//! the whole reconciliation): cloning it copies no text and allocates nothing.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use serde::{Serialize, Serializer};

/// An immutable string that shares its bytes with other strings of a report.
///
/// It reads as a `str` (it dereferences to one), compares, orders and hashes as its text, and
/// serializes as a plain string.
///
/// ```
/// use concord::reconcile::SharedStr;
/// let doc = SharedStr::from("wire.txt");
/// assert_eq!(doc, "wire.txt");
/// assert!(doc.ends_with(".txt"));
/// assert_eq!(doc.as_str(), "wire.txt");
/// assert_eq!(serde_json::to_string(&doc).unwrap(), "\"wire.txt\"");
/// ```
#[derive(Clone)]
pub struct SharedStr {
    /// A thin pointer (`Arc<str>` would be a fat one): 24 bytes in all, not 32, for each of a
    /// large report's millions of strings.
    buf: Arc<String>,
    start: usize,
    end: usize,
}

impl SharedStr {
    /// The bytes `start..end` of `buf` (empty when that is not a slice of it).
    pub(crate) fn slice(buf: &Arc<String>, start: usize, end: usize) -> SharedStr {
        let (start, end) = if buf.get(start..end).is_some() {
            (start, end)
        } else {
            (0, 0)
        };
        SharedStr {
            buf: Arc::clone(buf),
            start,
            end,
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        self.buf.get(self.start..self.end).unwrap_or("")
    }
}

impl Default for SharedStr {
    fn default() -> Self {
        SharedStr::from("")
    }
}

impl Deref for SharedStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<std::path::Path> for SharedStr {
    fn as_ref(&self) -> &std::path::Path {
        std::path::Path::new(self.as_str())
    }
}

impl From<&str> for SharedStr {
    fn from(s: &str) -> Self {
        SharedStr {
            buf: Arc::new(s.to_owned()),
            start: 0,
            end: s.len(),
        }
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> Self {
        let end = s.len();
        SharedStr {
            buf: Arc::new(s),
            start: 0,
            end,
        }
    }
}

impl From<&String> for SharedStr {
    fn from(s: &String) -> Self {
        SharedStr::from(s.as_str())
    }
}

impl From<SharedStr> for String {
    fn from(s: SharedStr) -> Self {
        s.as_str().to_owned()
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<SharedStr> for str {
    fn eq(&self, other: &SharedStr) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<SharedStr> for String {
    fn eq(&self, other: &SharedStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialOrd for SharedStr {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedStr {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for SharedStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::SharedStr;
    use std::sync::Arc;

    #[test]
    fn a_slice_reads_compares_and_orders_as_its_text() {
        let buf: Arc<String> = Arc::new("doc1.txt$ 14,3 miliardidoc2.txt".to_owned());
        let a = SharedStr::slice(&buf, 0, 8);
        let t = SharedStr::slice(&buf, 8, 23);
        let b = SharedStr::slice(&buf, 23, 31);
        assert_eq!(a, "doc1.txt");
        assert_eq!(t.as_str(), "$ 14,3 miliardi");
        assert_eq!(b, SharedStr::from("doc2.txt".to_string()));
        assert!(a < b && t < a);
        assert_eq!(format!("{a} {t:?}"), "doc1.txt \"$ 14,3 miliardi\"");
        // Not a slice of the buffer: empty, never a panic.
        assert_eq!(SharedStr::slice(&buf, 9, 99), "");
        assert_eq!(SharedStr::slice(&buf, 10, 9), "");
        assert_eq!(std::mem::size_of::<SharedStr>(), 24);
    }
}
