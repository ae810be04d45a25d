//! Two reports of one event that each give a predicate one figure, under two subjects.
//!
//! A report that gives a predicate one figure states what the event's figure is; a second
//! report of the event that gives that predicate one figure too speaks of the same thing,
//! whichever party each sentence gave it to (the paintings stolen given to the museum in one
//! report, to its city in another). Where each figure is the only one its document gives under
//! that predicate, the two are one fact: a figure that no other document states under its
//! subject's key joins the other's subject where the two agree; where they are near (within a
//! factor two, or two digits swapped), both alone under their keys, and one report names the
//! other's subject too, they contradict each other under one subject. Two parties each named
//! by one report alone may each have their own figure (two countries' medals), and a figure
//! that disagrees never moves into a key other documents support (two parties' share price
//! changes, one per report of a deal).

use std::ops::Range;

use super::event::DocFigures;
use super::forest::Forest;
use super::key::{IvKey, NONE};
use super::merge::{
    distinctive, key_base, near_figures, subject_run, unsupported, Rec, MAX_SUBJECT_RUN,
};

/// How many specific figures two documents must share (besides the one joined) to be taken as
/// reports of one event here.
const PAIR_FIGURES: usize = 2;

/// The most documents giving one predicate and dimension that are compared pairwise.
const MAX_NODES: usize = 64;

/// One document's one figure for a predicate and dimension: its claims, as a range of the
/// sorted entries.
struct Node {
    doc: u32,
    subject: u32,
    subject_name: u32,
    /// The first of its claims.
    first: usize,
    claims: Range<usize>,
    /// Whether no other document states anything under its subject's key.
    lone: bool,
}

/// Joins the figures of two reports of one event ([`DocFigures::share`]) that each give a
/// predicate one figure under a subject of its own: each document states that predicate and
/// dimension for one subject and one value only, no other document states anything under at
/// least one of the two subjects' keys, and the two figures agree (overlapping, both closed
/// or both open alike, and both specific or the same value of a predicate that says what it
/// counts: not a bare dimension, `bare(p)`) or, both alone under their keys and for such a
/// predicate, are near ([`near_figures`]) where one document names the other's subject (as a
/// claim's subject, object or alternative). Every claim alone under its key in such a group
/// takes the subject other documents support, or else the one most documents name, or else
/// the first in the canonical order; a group with two supported subjects does not move. Decisions are taken on the claims as they came. Returns whether a claim moved; the
/// claims must be in the canonical order, and are to be sorted again after a move.
pub(crate) fn join_event_subjects(
    recs: &mut [Rec],
    ivs: &[IvKey],
    reports: &DocFigures,
    bare: &dyn Fn(u32) -> bool,
) -> bool {
    let alone = unsupported(recs);
    let lone = |i: usize| alone.get(i).copied().unwrap_or(false);
    // (predicate, dimension, document, claim), sorted: each document's claims of a predicate
    // and dimension are contiguous.
    let mut entries: Vec<(u32, u64, u32, u32)> = recs
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let (_, p, d) = key_base(r);
            Some((p, d, r.doc, u32::try_from(i).ok()?))
        })
        .collect();
    entries.sort_unstable();
    // The nodes, grouped by predicate and dimension (in the entries' order).
    let mut nodes: Vec<((u32, u64), Node)> = Vec::new();
    let mut k = 0;
    while let Some(&(p, d, doc, _)) = entries.get(k) {
        let n = entries
            .get(k..)
            .unwrap_or(&[])
            .iter()
            .take_while(|e| (e.0, e.1, e.2) == (p, d, doc))
            .count()
            .max(1);
        let run = k..k + n;
        k += n;
        let claims = entries.get(run.clone()).unwrap_or(&[]);
        let Some(first) = claims.first().map(|e| e.3 as usize) else {
            continue;
        };
        let Some(head) = recs.get(first) else {
            continue;
        };
        let one = head.subject != NONE
            && claims.iter().all(|e| {
                recs.get(e.3 as usize).is_some_and(|x| {
                    x.subject == head.subject
                        && x.quantity.unit == head.quantity.unit
                        && x.quantity.value() == head.quantity.value()
                })
            });
        if one {
            nodes.push((
                (p, d),
                Node {
                    doc,
                    subject: head.subject,
                    subject_name: head.subject_name,
                    first,
                    claims: run,
                    lone: claims.iter().all(|e| lone(e.3 as usize)),
                },
            ));
        }
    }
    // The documents that name each subject of the nodes, in any claim (as its subject, object
    // or alternative).
    let mut subjects: Vec<u32> = nodes.iter().map(|n| n.1.subject).collect();
    subjects.sort_unstable();
    subjects.dedup();
    let mut seen: Vec<(u32, u32)> = Vec::new();
    for r in recs.iter() {
        for e in [r.subject, r.object, r.alt] {
            if e != NONE && subjects.binary_search(&e).is_ok() {
                seen.push((e, r.doc));
            }
        }
    }
    seen.sort_unstable();
    seen.dedup();
    let named_by = |s: u32| {
        let a = seen.partition_point(|&(x, _)| x < s);
        seen.get(a..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&(x, _)| x == s)
            .count()
    };
    let names = |doc: u32, s: u32| seen.binary_search(&(s, doc)).is_ok();
    // Pairs of nodes of one predicate and dimension found to be one fact.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut g = 0;
    while let Some((pd, _)) = nodes.get(g) {
        let pd = *pd;
        let n = nodes
            .get(g..)
            .unwrap_or(&[])
            .iter()
            .take_while(|x| x.0 == pd)
            .count()
            .max(1);
        let group = g..g + n;
        g += n;
        if !(2..=MAX_NODES).contains(&n) {
            continue;
        }
        for i in group.clone() {
            for j in i + 1..group.end {
                let (Some((_, a)), Some((_, b))) = (nodes.get(i), nodes.get(j)) else {
                    continue;
                };
                if a.doc == b.doc || a.subject == b.subject || !(a.lone || b.lone) {
                    continue;
                }
                let (Some(ra), Some(rb)) = (recs.get(a.first), recs.get(b.first)) else {
                    continue;
                };
                let compatible = ra.quantity.unit == rb.quantity.unit
                    && (ra.object == rb.object || ra.object == NONE || rb.object == NONE)
                    && ra.year.zip(rb.year).is_none_or(|(x, y)| x == y)
                    && reports.share(a.doc, b.doc, PAIR_FIGURES);
                if !compatible {
                    continue;
                }
                let (va, vb) = (ra.quantity.value(), rb.quantity.value());
                // Overlapping figures, both closed or open alike ("mehr als 300" and "逾300"):
                // an open figure against a closed one is a hedge's contradiction, not agreement.
                let claims_of = |n: &Node| entries.get(n.claims.clone()).unwrap_or(&[]);
                let overlap = claims_of(a).iter().any(|x| {
                    claims_of(b).iter().any(|y| {
                        let (i, j) = (x.3 as usize, y.3 as usize);
                        match (recs.get(i), recs.get(j), ivs.get(i), ivs.get(j)) {
                            (Some(r), Some(s), Some(p), Some(q)) => {
                                p.overlaps(q)
                                    && ((r.tier < 2 && s.tier < 2)
                                        || (r.quantity.value() == s.quantity.value()
                                            && r.quantity.bound == s.quantity.bound))
                            }
                            _ => false,
                        }
                    })
                });
                let specific = distinctive(&ra.quantity) && distinctive(&rb.quantity);
                let agree = overlap && (specific || (va == vb && !bare(pd.0)));
                // A figure that disagrees joins where one report names the other's subject too:
                // its sentence may have given the figure to a party beside, while two parties
                // each named by one report alone may each have their own figure.
                let near = !overlap
                    && a.lone
                    && b.lone
                    && !bare(pd.0)
                    && near_figures(va, vb)
                    && (names(a.doc, b.subject) || names(b.doc, a.subject));
                if agree || near {
                    pairs.push((i, j));
                }
            }
        }
    }
    if pairs.is_empty() {
        return false;
    }
    // The groups (union by the smallest node).
    let mut forest = Forest::new(nodes.len());
    for &(a, b) in &pairs {
        forest.join(a, b);
    }
    // Per root: the subject kept, the one of its nodes that other documents support (none
    // where two are), or else the one most documents name, or else the smaller id.
    let mut kept: Vec<Option<(u32, u32)>> = vec![None; nodes.len()];
    let mut supported: Vec<Option<u32>> = vec![None; nodes.len()];
    let mut torn: Vec<bool> = vec![false; nodes.len()];
    let mut joined: Vec<bool> = vec![false; nodes.len()];
    for &(a, b) in &pairs {
        for i in [a, b] {
            if let Some(j) = joined.get_mut(i) {
                *j = true;
            }
        }
    }
    for i in 0..nodes.len() {
        if !joined.get(i).copied().unwrap_or(false) {
            continue;
        }
        let r = forest.root(i);
        let Some((_, n)) = nodes.get(i) else { continue };
        if !n.lone {
            match supported.get(r).copied().flatten() {
                Some(s) if s != n.subject => {
                    if let Some(t) = torn.get_mut(r) {
                        *t = true;
                    }
                }
                _ => {
                    if let Some(slot) = supported.get_mut(r) {
                        *slot = Some(n.subject);
                    }
                    if let Some(slot) = kept.get_mut(r) {
                        *slot = Some((n.subject, n.subject_name));
                    }
                }
            }
            continue;
        }
        if supported.get(r).copied().flatten().is_some() {
            continue;
        }
        let better = match kept.get(r).copied().flatten() {
            None => true,
            Some((s, _)) => {
                let (x, y) = (named_by(n.subject), named_by(s));
                x > y || (x == y && n.subject < s)
            }
        };
        if let (true, Some(slot)) = (better, kept.get_mut(r)) {
            *slot = Some((n.subject, n.subject_name));
        }
    }
    let mut moved = false;
    for i in 0..nodes.len() {
        if !joined.get(i).copied().unwrap_or(false) {
            continue;
        }
        let r = forest.root(i);
        let (Some((_, n)), Some(Some((s, name)))) = (nodes.get(i), kept.get(r).copied()) else {
            continue;
        };
        if n.subject == s || !n.lone || torn.get(r).copied().unwrap_or(true) {
            continue;
        }
        for e in entries.get(n.claims.clone()).unwrap_or(&[]) {
            if let Some(x) = recs.get_mut(e.3 as usize) {
                (x.subject, x.subject_name, x.alt) = (s, name, NONE);
                moved = true;
            }
        }
    }
    moved
}

/// A small figure (one significant digit: "neun Prozent", "cinq ans") that no other document
/// states under its key takes the predicate under which another report of the same event
/// ([`DocFigures::share`]) states the very figure for its subject, where that predicate goes
/// first (`prefer(new, old)`: a frame's rather than a bare dimension or a noun's, a narrower
/// one rather than the one it refines): "Acme … 9 %" read as growth is the revenue growth
/// another report names. Specific figures are joined so already ([`super::merge`]); a small
/// one needs the two reports to be one event's. Where two predicates could take it, or its own
/// document states the other predicate for the subject too, it stays. Only agreement moves a
/// claim; decisions are taken on the claims as they came. Returns whether a claim moved; the
/// claims must be in the canonical order, and are to be sorted again after a move.
pub(crate) fn join_event_predicates(
    recs: &mut [Rec],
    ivs: &[IvKey],
    reports: &DocFigures,
    prefer: &dyn Fn(u32, u32) -> bool,
) -> bool {
    let alone = unsupported(recs);
    let mut moves: Vec<(usize, u32, bool)> = Vec::new();
    for (i, r) in recs.iter().enumerate() {
        let candidate = r.subject != NONE
            && alone.get(i).copied().unwrap_or(false)
            && !distinctive(&r.quantity);
        let Some(riv) = ivs.get(i) else { continue };
        if !candidate {
            continue;
        }
        let run = subject_run(recs, r.subject);
        if run.len() > MAX_SUBJECT_RUN {
            continue;
        }
        let same_subject = recs.get(run.clone()).unwrap_or(&[]);
        let with_ivs = same_subject.iter().zip(ivs.get(run).unwrap_or(&[]));
        let mut target: Option<(u32, bool)> = None;
        let mut ambiguous = false;
        for (x, xiv) in with_ivs {
            let fits = x.predicate != r.predicate
                && x.doc != r.doc
                && x.quantity.unit == r.quantity.unit
                && x.quantity.value() == r.quantity.value()
                && ((x.tier < 2 && r.tier < 2) || x.quantity.bound == r.quantity.bound)
                && xiv.overlaps(riv)
                && (x.object == r.object || x.object == NONE || r.object == NONE)
                && x.year.zip(r.year).is_none_or(|(a, b)| a == b)
                && prefer(x.predicate, r.predicate)
                && reports.share(r.doc, x.doc, PAIR_FIGURES);
            if !fits {
                continue;
            }
            match target {
                None => target = Some((x.predicate, x.functional)),
                Some((p, _)) if p != x.predicate => ambiguous = true,
                Some(_) => {}
            }
        }
        let Some((p, functional)) = target else {
            continue;
        };
        let own = same_subject
            .iter()
            .any(|y| y.doc == r.doc && y.predicate == p && key_base(y).2 == key_base(r).2);
        if !ambiguous && !own {
            moves.push((i, p, functional));
        }
    }
    for &(i, p, functional) in &moves {
        if let Some(r) = recs.get_mut(i) {
            (r.predicate, r.functional) = (p, functional);
        }
    }
    !moves.is_empty()
}
