//! Text primitives shared by every stage: byte [`Span`]s into the original text, folding with
//! an offset map ([`fold`]), and sentence segmentation ([`sentences`]).

pub mod doc;
pub mod fold;
pub(crate) mod hash;
pub mod sentences;

use serde::Serialize;

/// A half-open byte range `[start, end)` into a document's ORIGINAL text.
///
/// Every stage reports positions as spans of the original text, whatever folding it did, so
/// `&text[span.start..span.end]` is always the surface the source wrote.
///
/// ```
/// use concord::Span;
/// let text = "Meta investì $ 14,3 miliardi";
/// let span = Span::new(14, 29);
/// assert_eq!(span.slice(text), Some("$ 14,3 miliardi"));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given backwards).
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Its length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether it covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text it covers, or `None` when it is out of range or off a char boundary.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies within this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Where the piece starting at `start` ends: after the last line break (else white space) in its
/// second half, else at the char boundary at most `piece` bytes on; always past `start`.
pub(crate) fn piece_end(text: &str, start: usize, piece: usize) -> usize {
    let limit = start.saturating_add(piece.max(8));
    if limit >= text.len() {
        return text.len();
    }
    let mut cut = limit;
    while cut > start && !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let half = start + (cut - start) / 2;
    let window = text.get(half..cut).unwrap_or("");
    if let Some(i) = window.rfind('\n') {
        return half + i + 1;
    }
    if let Some((i, c)) = window.char_indices().rev().find(|(_, c)| c.is_whitespace()) {
        return half + i + c.len_utf8();
    }
    if cut > start {
        cut
    } else {
        // A single character longer than the piece: take it whole.
        start
            + text
                .get(start..)
                .and_then(|t| t.chars().next())
                .map_or(1, char::len_utf8)
    }
}

/// The starts of the non-overlapping occurrences of `needle` in `hay`, leftmost first: the
/// positions `hay.match_indices(needle)` gives, for a non-empty needle (none for an empty one),
/// without setting up a substring searcher per call (cheaper for the short texts and many short
/// words the stages look for).
pub(crate) fn match_positions<'a>(
    hay: &'a str,
    needle: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mut at = 0usize;
    std::iter::from_fn(move || {
        // A UTF-8 needle starts with a leading byte, so every match starts at a char boundary.
        let &first = n.first()?;
        while let Some(rest) = h.get(at..) {
            let p = at + rest.iter().position(|&b| b == first)?;
            if h.get(p..p + n.len()) == Some(n) {
                at = p + n.len();
                return Some(p);
            }
            at = p + 1;
        }
        None
    })
}

/// Whether `needle` occurs in `hay`: `hay.contains(needle)` without setting up a substring
/// searcher (which costs more than the search itself in the few dozen bytes before a name).
pub(crate) fn contains_short(hay: &str, needle: &str) -> bool {
    needle.is_empty() || match_positions(hay, needle).next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn contains_short_equals_contains(
            hay in "([ab ]|aa|aba|società|公司|該公司|\\PC)*",
            needle in "([ab ]|aa|aba|società|公司|\\PC){0,3}",
        ) {
            prop_assert_eq!(contains_short(&hay, &needle), hay.contains(needle.as_str()));
        }

        #[test]
        fn match_positions_equals_match_indices(
            hay in "([ab ]|aa|aba|società|公司|該公司|\\PC)*",
            needle in "([ab ]|aa|aba|società|公司|\\PC){1,3}",
        ) {
            let want: Vec<usize> = hay.match_indices(needle.as_str()).map(|(p, _)| p).collect();
            let got: Vec<usize> = match_positions(&hay, &needle).collect();
            prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn overlapping_occurrences_are_skipped_like_match_indices() {
        assert_eq!(match_positions("aaaa", "aa").collect::<Vec<_>>(), [0, 2]);
        assert_eq!(
            match_positions("abababa", "aba").collect::<Vec<_>>(),
            [0, 4]
        );
        assert_eq!(match_positions("x", "").count(), 0);
        assert_eq!(
            match_positions("該公司公司", "公司").collect::<Vec<_>>(),
            [3, 9]
        );
    }
}
