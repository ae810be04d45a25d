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

use super::event::DocFigures;
use super::forest::Forest;
use super::key::{IvKey, NONE};
use super::merge::{key_base, same_figure, subject_run, Rec};
use std::ops::Range;

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
    for_lone_objects(recs, |run, lone| {
        let claims = recs.get(run.clone()).unwrap_or(&[]);
        let keys = ivs.get(run).unwrap_or(&[]);
        for group in lone {
            for (r, riv) in claims
                .get(group.clone())
                .unwrap_or(&[])
                .iter()
                .zip(keys.get(group.clone()).unwrap_or(&[]))
            {
                for (x, xiv) in claims.iter().zip(keys) {
                    if x.object != NONE && x.object != r.object && same_figure(r, riv, x, xiv) {
                        found.push(((r.subject, r.doc, r.object), (x.object, x.object_name)));
                    }
                }
            }
        }
    });
    if found.is_empty() {
        return false;
    }
    found.sort_unstable();
    found.dedup();
    let subjects: Vec<u32> = found.iter().map(|((s, _, _), _)| *s).collect();
    let stated = Stated::of(recs, subjects);
    let docs_of = |s: u32, o: u32| stated.docs_of(s, o);
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

/// Two reports of one event ([`DocFigures::same_event`]) that state one specific figure for a
/// subject and predicate, each under an object that it alone gives the subject, name one
/// counterpart two ways ("Acme … 72,5 %" of the joint venture in one, of a partner named beside
/// it in the other): the objects are taken as one, in all the claims of those documents about
/// the subject. Of the objects so found alike, the one most documents name (as a claim's
/// subject or object, any claim) is kept, or else the first in the canonical order. A
/// document that gives two of them for the subject tells them apart: nothing of that group
/// moves. Decisions are taken on the claims as they came. Returns whether a claim changed; the
/// claims must be in the canonical order, and are to be sorted again after a change.
pub(crate) fn join_lone_counterparts(
    recs: &mut [Rec],
    ivs: &[IvKey],
    reports: &DocFigures,
) -> bool {
    // Pairs of (subject, document, object) nodes found alike.
    let mut pairs: Vec<(Node, Node)> = Vec::new();
    for_lone_objects(recs, |run, lone| {
        let claims = recs.get(run.clone()).unwrap_or(&[]);
        let keys = ivs.get(run).unwrap_or(&[]);
        let side = |g: &Range<usize>| {
            claims
                .get(g.clone())
                .unwrap_or(&[])
                .iter()
                .zip(keys.get(g.clone()).unwrap_or(&[]))
        };
        for (k, a) in lone.iter().enumerate() {
            for b in lone.get(k + 1..).unwrap_or(&[]) {
                let (Some(ra), Some(rb)) = (claims.get(a.start), claims.get(b.start)) else {
                    continue;
                };
                if ra.doc == rb.doc || !reports.same_event(ra.doc, rb.doc) {
                    continue;
                }
                let alike =
                    side(a).any(|(r, riv)| side(b).any(|(x, xiv)| same_figure(r, riv, x, xiv)));
                if alike {
                    pairs.push((Node::of(ra), Node::of(rb)));
                }
            }
        }
    });
    if pairs.is_empty() {
        return false;
    }
    // Every (subject, object) that a pair names must rest on its one document for the subject.
    let subjects: Vec<u32> = pairs.iter().map(|(a, _)| a.subject).collect();
    let stated = Stated::of(recs, subjects);
    let n_docs = |s: u32, o: u32| stated.docs_of(s, o).len();
    pairs.retain(|(a, b)| n_docs(a.subject, a.object) == 1 && n_docs(b.subject, b.object) == 1);
    if pairs.is_empty() {
        return false;
    }
    // The groups of nodes found alike (union by the smallest node).
    let mut nodes: Vec<Node> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    nodes.sort_unstable();
    nodes.dedup();
    let index = |n: &Node| nodes.binary_search(n).ok();
    let mut forest = Forest::new(nodes.len());
    for (a, b) in &pairs {
        if let (Some(i), Some(j)) = (index(a), index(b)) {
            forest.join(i, j);
        }
    }
    let groups: Vec<usize> = (0..nodes.len()).map(|i| forest.root(i)).collect();
    // How many documents name each object of the groups, in any claim.
    let mut objects: Vec<u32> = nodes.iter().map(|n| n.object).collect();
    objects.sort_unstable();
    objects.dedup();
    let mut seen: Vec<(u32, u32)> = Vec::new();
    for r in recs.iter() {
        for e in [r.subject, r.object] {
            if objects.binary_search(&e).is_ok() {
                seen.push((e, r.doc));
            }
        }
    }
    seen.sort_unstable();
    seen.dedup();
    let named_by = |o: u32| {
        let a = seen.partition_point(|&(x, _)| x < o);
        seen.get(a..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&(x, _)| x == o)
            .count()
    };
    // Per group: the object kept, or none where one document gives two of its nodes.
    let mut kept: Vec<Option<(u32, u32)>> = vec![None; nodes.len()];
    let mut members: Vec<(usize, usize)> = groups.iter().copied().zip(0..).collect();
    members.sort_unstable();
    let mut k = 0;
    while let Some(&(g, _)) = members.get(k) {
        let n = members
            .get(k..)
            .unwrap_or(&[])
            .iter()
            .take_while(|m| m.0 == g)
            .count()
            .max(1);
        let group: Vec<&Node> = members
            .get(k..k + n)
            .unwrap_or(&[])
            .iter()
            .filter_map(|&(_, i)| nodes.get(i))
            .collect();
        k += n;
        let mut docs: Vec<u32> = group.iter().map(|x| x.doc).collect();
        docs.sort_unstable();
        docs.dedup();
        if docs.len() != group.len() {
            continue;
        }
        let best = group
            .iter()
            .max_by(|a, b| {
                named_by(a.object)
                    .cmp(&named_by(b.object))
                    .then(b.object.cmp(&a.object))
            })
            .map(|x| (x.object, x.object_name));
        if let Some(slot) = kept.get_mut(g) {
            *slot = best;
        }
    }
    let mut changed = false;
    for r in recs.iter_mut() {
        if r.object == NONE {
            continue;
        }
        let Some(i) = index(&Node::of(r)) else {
            continue;
        };
        let target = groups.get(i).and_then(|&g| kept.get(g).copied().flatten());
        if let Some((o, name)) = target {
            if o != r.object {
                (r.object, r.object_name) = (o, name);
                changed = true;
            }
        }
    }
    changed
}

/// A subject's object as one document gives it (the object's name rides along, not compared).
#[derive(Clone, Copy, Debug)]
struct Node {
    subject: u32,
    doc: u32,
    object: u32,
    object_name: u32,
}

impl Node {
    fn of(r: &Rec) -> Node {
        Node {
            subject: r.subject,
            doc: r.doc,
            object: r.object,
            object_name: r.object_name,
        }
    }

    fn key(&self) -> (u32, u32, u32) {
        (self.subject, self.doc, self.object)
    }
}

impl PartialEq for Node {
    fn eq(&self, other: &Node) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Node {}

impl PartialOrd for Node {
    fn partial_cmp(&self, other: &Node) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Node {
    fn cmp(&self, other: &Node) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

/// Calls `f(run, lone)` for each run of one subject, predicate and dimension (a subject, 2 to
/// [`MAX_RUN`] claims) that has objects one document alone gives in it: `run` is its range in
/// `recs`, `lone` the ranges (within the run) of those objects' claims. A run is sorted by
/// object, so an object's claims in it are contiguous; most runs have no such object.
fn for_lone_objects(recs: &[Rec], mut f: impl FnMut(Range<usize>, &[Range<usize>])) {
    let mut lone: Vec<Range<usize>> = Vec::new();
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
        lone.clear();
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
            if head.object != NONE && one_doc {
                lone.push(group);
            }
        }
        if !lone.is_empty() {
            f(run, &lone);
        }
    }
}

/// The documents that give each (subject, object), for some subjects: `(subject, object,
/// document)`, sorted, without repeats.
struct Stated(Vec<(u32, u32, u32)>);

impl Stated {
    /// Of the claims (in the canonical order: a subject's claims are contiguous) of `subjects`.
    fn of(recs: &[Rec], mut subjects: Vec<u32>) -> Stated {
        subjects.sort_unstable();
        subjects.dedup();
        let mut stated: Vec<(u32, u32, u32)> = Vec::new();
        for s in subjects {
            stated.extend(
                recs.get(subject_run(recs, s))
                    .unwrap_or(&[])
                    .iter()
                    .filter(|x| x.object != NONE)
                    .map(|x| (s, x.object, x.doc)),
            );
        }
        stated.sort_unstable();
        stated.dedup();
        Stated(stated)
    }

    /// The entries of one subject and object: one per document that gives it.
    fn docs_of(&self, s: u32, o: u32) -> &[(u32, u32, u32)] {
        let a = self.0.partition_point(|&(x, y, _)| (x, y) < (s, o));
        let n = self
            .0
            .get(a..)
            .unwrap_or(&[])
            .partition_point(|&(x, y, _)| (x, y) == (s, o));
        self.0.get(a..a + n).unwrap_or(&[])
    }
}
