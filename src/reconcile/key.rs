//! Interned strings and fact keys.
//!
//! Every string a claim carries that the reconciliation compares (document ids, entity ids and
//! names, predicates) is interned once, when the claim is added; the hot loops compare `u32`s.
//! Before reconciling, [`Interner::canonicalize`] renumbers the strings in sorted order, so that
//! comparing ids is comparing strings and the report does not depend on the order the claims
//! came in.

use std::hash::{BuildHasherDefault, Hasher};

use indexmap::{IndexMap, IndexSet};

use crate::quantity::Unit;

/// The id of "no string" (a claim without subject or object). Sorts after every real id.
pub(crate) const NONE: u32 = u32::MAX;

/// A small, fast, non-cryptographic hasher (the multiply-rotate hash of rustc's `FxHasher`).
/// Iteration order never reaches the output: tables are canonicalized before use.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            for (d, s) in w.iter_mut().zip(rest) {
                *d = *s;
            }
            self.add(u64::from_le_bytes(w));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_u128(&mut self, i: u128) {
        // Truncation intended: both halves are mixed in.
        self.add(i as u64);
        self.add((i >> 64) as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // The multiply leaves the low bits weak, and the table indexes by them: mix (the
        // finalizer of MurmurHash3).
        let mut h = self.hash;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }
}

/// The hasher of the reconciliation's tables.
pub(crate) type Fx = BuildHasherDefault<FxHasher>;

/// An [`IndexMap`] with the fast hasher.
pub(crate) type FxIndexMap<K, V> = IndexMap<K, V, Fx>;

/// A table of distinct strings, each with a `u32` id.
#[derive(Clone, Debug, Default)]
pub(crate) struct Interner {
    set: IndexSet<String, Fx>,
}

impl Interner {
    /// The id of `s`, adding it when new (the only place a string is cloned).
    pub(crate) fn intern(&mut self, s: &str) -> u32 {
        let i = match self.set.get_index_of(s) {
            Some(i) => i,
            None => self.set.insert_full(s.to_owned()).0,
        };
        u32::try_from(i).unwrap_or(NONE)
    }

    /// The id of an owned string, adding it when new.
    pub(crate) fn intern_owned(&mut self, s: String) -> u32 {
        u32::try_from(self.set.insert_full(s).0).unwrap_or(NONE)
    }

    /// The number of strings.
    pub(crate) fn len(&self) -> usize {
        self.set.len()
    }

    /// The string with id `id` (empty for [`NONE`] or an unknown id).
    pub(crate) fn get(&self, id: u32) -> &str {
        self.set
            .get_index(id as usize)
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Renumbers the strings in sorted order; returns the map from old ids to new ones.
    pub(crate) fn canonicalize(&mut self) -> Vec<u32> {
        let old = std::mem::take(&mut self.set);
        let mut strings: Vec<(String, u32)> = old
            .into_iter()
            .enumerate()
            .map(|(i, s)| (s, u32::try_from(i).unwrap_or(NONE)))
            .collect();
        strings.sort_unstable();
        let mut remap = vec![NONE; strings.len()];
        let mut set = IndexSet::with_capacity_and_hasher(strings.len(), Fx::default());
        for (new, (s, old)) in strings.into_iter().enumerate() {
            if let Some(slot) = remap.get_mut(old as usize) {
                *slot = u32::try_from(new).unwrap_or(NONE);
            }
            set.insert(s);
        }
        self.set = set;
        remap
    }

    /// The strings, by id.
    pub(crate) fn into_strings(self) -> impl Iterator<Item = String> {
        self.set.into_iter()
    }
}

/// The surfaces of the claims, one after the other in one buffer (no hashing, no allocation
/// per claim).
#[derive(Clone, Debug, Default)]
pub(crate) struct Texts {
    buf: String,
}

/// A text in [`Texts`]: its byte offset and length.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TextRef {
    start: u64,
    len: u32,
}

impl Texts {
    /// Stores a text.
    pub(crate) fn push(&mut self, s: &str) -> TextRef {
        // A surface longer than 4 GiB is cut (it cannot be one figure anyway).
        let s = s.get(..s.len().min(u32::MAX as usize)).unwrap_or("");
        let r = TextRef {
            start: self.buf.len() as u64,
            len: u32::try_from(s.len()).unwrap_or(0),
        };
        self.buf.push_str(s);
        r
    }

    /// The text of `r`.
    pub(crate) fn get(&self, r: TextRef) -> &str {
        let start = usize::try_from(r.start).unwrap_or(usize::MAX);
        self.buf
            .get(start..start.saturating_add(r.len as usize))
            .unwrap_or("")
    }

    /// Appends the texts of another buffer; returns the offset to add to its references.
    pub(crate) fn append(&mut self, other: &Texts) -> u64 {
        let shift = self.buf.len() as u64;
        self.buf.push_str(&other.buf);
        shift
    }
}

impl TextRef {
    /// The same text in a buffer appended at `shift`.
    pub(crate) fn shifted(self, shift: u64) -> TextRef {
        TextRef {
            start: self.start.saturating_add(shift),
            len: self.len,
        }
    }
}

/// Maps an old id through `remap` ([`NONE`] stays [`NONE`]).
pub(crate) fn remap_id(remap: &[u32], id: u32) -> u32 {
    if id == NONE {
        NONE
    } else {
        remap.get(id as usize).copied().unwrap_or(NONE)
    }
}

/// What a unit measures: every currency is money (compared only within one currency, but
/// grouped under one key so that conversions and currency mix-ups can be seen); other units are
/// their own dimension (W, kW, MW and GW are all watts already).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Dim {
    /// Any currency.
    Money,
    /// Any other unit.
    Other(Unit),
}

impl Dim {
    /// The dimension of a unit.
    pub(crate) fn of(unit: Unit) -> Dim {
        if unit.is_currency() {
            Dim::Money
        } else {
            Dim::Other(unit)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_ids_follow_string_order() {
        let mut i = Interner::default();
        let b = i.intern("b");
        let a = i.intern("a");
        assert_eq!(i.intern("b"), b);
        let remap = i.canonicalize();
        assert_eq!(remap_id(&remap, a), 0);
        assert_eq!(remap_id(&remap, b), 1);
        assert_eq!(i.get(0), "a");
        assert_eq!(remap_id(&remap, NONE), NONE);
    }
}
