//! A fast hasher for the lookup tables built from data files (stopwords, cue words, gazetteer
//! keys), which the stages query for nearly every word of a text.
//!
//! The standard library's SipHash resists keys chosen to collide, at a set-up cost larger than
//! a lookup of a short word. The tables hashed here are built from concord's data (or a user's
//! data files), never from the text being read, so no input can choose their keys; the text
//! only looks words up. Maps keyed by words of the text keep the standard hasher. No iteration
//! order changes: `IndexMap` and `IndexSet` iterate in insertion order whatever the hasher.

use std::hash::{BuildHasherDefault, Hasher};

use indexmap::{IndexMap, IndexSet};

/// A word-at-a-time multiplicative hasher (the Fx hash of the Rust compiler).
#[derive(Clone, Copy, Debug, Default)]
pub struct WordHasher(u64);

const K: u64 = 0xf135_7aea_2e62_a9c5;

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        // The multiplication leaves its entropy in the high bits; the table reads the low ones.
        self.0.rotate_left(26)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = 0u64;
            for (i, &x) in rest.iter().enumerate() {
                w |= u64::from(x) << (8 * i);
            }
            // The length keeps "a\0" and "a" apart.
            self.add(w ^ ((rest.len() as u64) << 59));
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
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

/// The [`WordHasher`] builder.
pub type FastHash = BuildHasherDefault<WordHasher>;
/// An insertion-ordered set over [`FastHash`], for tables built from data.
pub type FastSet<T> = IndexSet<T, FastHash>;
/// An insertion-ordered map over [`FastHash`], for tables built from data.
pub type FastMap<K, V> = IndexMap<K, V, FastHash>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn equal_keys_hash_equal_and_lookups_work() {
        let h = FastHash::default();
        assert_eq!(h.hash_one("konzern"), h.hash_one(String::from("konzern")));
        assert_ne!(h.hash_one("a"), h.hash_one("a\0"));
        let set: FastSet<String> = ["la", "società", "unternehmen", "公司", ""]
            .iter()
            .map(|s| s.to_string())
            .collect();
        for w in ["la", "società", "unternehmen", "公司", ""] {
            assert!(set.contains(w));
        }
        assert!(!set.contains("il"));
        // Insertion order, as with the standard hasher.
        assert_eq!(set.get_index(1).map(String::as_str), Some("società"));
    }
}
