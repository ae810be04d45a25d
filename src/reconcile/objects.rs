//! One counterpart named two ways: the object a document gives a subject's claims, learnt from a
//! figure that another document states for the same subject under another object.
//!
//! Reports of a deal name its counterpart differently: one gives the stake "in Mutanda", another
//! "from Glencore" (the seller), a third the brand for the company. Where two documents state the
//! same specific figure for one subject and predicate under two objects, and one of those objects
//! rests on that one document while the other is stated by several, the lone one is the same
//! counterpart named another way, in all of that document's claims about the subject: its other
//! figures join (or contradict) the others' under the object they agree on. A document that names
//! both objects for the subject tells them apart, and nothing moves; where the lone object would
//! go to two others, or both rest on one document, neither is taken.

use super::key::{IvKey, NONE};
use super::merge::{key_base, same_figure, Rec};

/// The longest run of one subject, predicate and dimension whose claims are compared pairwise.
const MAX_RUN: usize = 256;

/// `(subject, document, lone object)` and the `(object, object name)` it is taken for.
type Alias = ((u32, u32, u32), (u32, u32));

/// Renames each lone object (see the module's documentation) in its document's claims about
/// the subject. Decisions are taken on the claims as they came. Returns whether a claim
/// changed; the claims must be in the canonical order, and are to be sorted again after a
/// change.
pub(crate) fn join_object_aliases(recs: &mut [Rec], ivs: &[IvKey]) -> bool {
    // Candidates: (subject, document, lone object) -> (other object, its name). A run is
    // sorted by object, so an object's claims in it are contiguous; only an object that one
    // document alone gives in the run can be lone for the subject, and most runs have none.
    let mut found: Vec<Alias> = Vec::new();
    let mut start = 0;
    while let Some(first) = recs.get(start) {
        let base = key_base(first);
        let len = recs
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(|r| key_base(r) == base)
            .count()
            .max(1);
        let run = start..start + len;
        start += len;
        if first.subject == NONE || !(2..=MAX_RUN).contains(&len) {
            continue;
        }
        let claims = recs.get(run.clone()).unwrap_or(&[]);
        let keys = ivs.get(run).unwrap_or(&[]);
        let mut at = 0;
        while let Some(head) = claims.get(at) {
            let n = claims
                .get(at..)
                .unwrap_or(&[])
                .iter()
                .take_while(|x| x.object == head.object)
                .count()
                .max(1);
            let group = at..at + n;
            at += n;
            let one_doc = claims
                .get(group.clone())
                .unwrap_or(&[])
                .iter()
                .all(|x| x.doc == head.doc);
            if head.object == NONE || !one_doc {
                continue;
            }
            for (r, riv) in claims
                .get(group.clone())
                .unwrap_or(&[])
                .iter()
                .zip(keys.get(group).unwrap_or(&[]))
            {
                for (x, xiv) in claims.iter().zip(keys) {
                    if x.object != NONE && x.object != r.object && same_figure(r, riv, x, xiv) {
                        found.push(((r.subject, r.doc, r.object), (x.object, x.object_name)));
                    }
                }
            }
        }
    }
    if found.is_empty() {
        return false;
    }
    found.sort_unstable();
    found.dedup();
    // The documents that give each (subject, object), for the subjects found: a subject's
    // claims are contiguous in the canonical order.
    let mut subjects: Vec<u32> = found.iter().map(|((s, _, _), _)| *s).collect();
    subjects.dedup();
    let mut stated: Vec<(u32, u32, u32)> = Vec::new();
    for s in subjects {
        let a = recs.partition_point(|x| x.subject < s);
        let b = a + recs
            .get(a..)
            .unwrap_or(&[])
            .partition_point(|x| x.subject == s);
        stated.extend(
            recs.get(a..b)
                .unwrap_or(&[])
                .iter()
                .filter(|x| x.object != NONE)
                .map(|x| (s, x.object, x.doc)),
        );
    }
    stated.sort_unstable();
    stated.dedup();
    let docs_of = |s: u32, o: u32| -> &[(u32, u32, u32)] {
        let a = stated.partition_point(|&(x, y, _)| (x, y) < (s, o));
        let n = stated
            .get(a..)
            .unwrap_or(&[])
            .partition_point(|&(x, y, _)| (x, y) == (s, o));
        stated.get(a..a + n).unwrap_or(&[])
    };
    // The lone object rests on its one document; the other on several, none of them the lone
    // object's (a document naming both for the subject tells them apart).
    found.retain(|&((s, doc, o), (x, _))| {
        let theirs = docs_of(s, x);
        docs_of(s, o).len() == 1 && theirs.len() >= 2 && theirs.iter().all(|&(_, _, d)| d != doc)
    });
    // A lone object that would go to two others goes to neither.
    let mut aliases: Vec<Alias> = Vec::with_capacity(found.len());
    for (k, v) in found {
        match aliases.last_mut() {
            Some((lk, lv)) if *lk == k => {
                if lv.0 != v.0 {
                    *lv = (NONE, NONE);
                }
            }
            _ => aliases.push((k, v)),
        }
    }
    aliases.retain(|(_, v)| v.0 != NONE);
    let mut changed = false;
    for r in recs.iter_mut() {
        if r.object == NONE {
            continue;
        }
        let k = (r.subject, r.doc, r.object);
        if let Ok(at) = aliases.binary_search_by(|(x, _)| x.cmp(&k)) {
            if let Some(&(_, (o, name))) = aliases.get(at) {
                (r.object, r.object_name) = (o, name);
                changed = true;
            }
        }
    }
    changed
}
