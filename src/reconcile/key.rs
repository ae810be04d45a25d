//! Interned strings and fact keys.
//!
//! Every string a claim carries that the reconciliation compares (document ids, entity ids and
//! names, predicates) is interned once, when the claim is added; the hot loops compare `u32`s.
//! Before reconciling, [`Interner::canonicalize`] renumbers the strings in sorted order, so that
//! comparing ids is comparing strings and the report does not depend on the order the claims
//! came in.

use indexmap::IndexSet;

use crate::quantity::Unit;

/// The id of "no string" (a claim without subject or object). Sorts after every real id.
pub(crate) const NONE: u32 = u32::MAX;

/// A table of distinct strings, each with a `u32` id.
#[derive(Clone, Debug, Default)]
pub(crate) struct Interner {
    set: IndexSet<String>,
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
        let n = self.set.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_unstable_by(|&a, &b| self.set.get_index(a).cmp(&self.set.get_index(b)));
        let mut remap = vec![NONE; n];
        for (new, &old) in order.iter().enumerate() {
            if let Some(slot) = remap.get_mut(old) {
                *slot = u32::try_from(new).unwrap_or(NONE);
            }
        }
        self.set.sort_unstable();
        remap
    }

    /// The strings, by id.
    pub(crate) fn into_strings(self) -> impl Iterator<Item = String> {
        self.set.into_iter()
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
