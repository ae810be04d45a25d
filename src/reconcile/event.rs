//! Which documents report one event, and the joins that this makes safe.
//!
//! Reports of one event share their figures: the price, the stake, the jobs, the capacity. Two
//! documents that state at least [`EVENT_FIGURES`] of the same specific figures (the same value
//! in the same unit, whatever the subject or predicate their claims give them) are taken as
//! reports of one event. Between two such reports a figure stated under another subject in one
//! and agreed on by a second source is the same fact, even where the first document never names
//! that subject (its sentence gave the figure to the buyer, or to an entity it left unlinked).
//! Across a corpus the same joins would be too bold: two unrelated articles can share one round
//! figure, hardly three.

use super::key::{IvKey, NONE};
use super::merge::{
    corroborates, key_base, near_figures, run_of, specific, subject_run, unit_code, unsupported,
    Rec, MAX_SUBJECT_RUN,
};
use super::radix;
use crate::decimal::Decimal;
use crate::quantity::Unit;

/// How many specific figures two documents must share to be taken as reports of one event (the
/// figure a join is about counts as one of them).
pub(crate) const EVENT_FIGURES: u32 = 3;

/// A figure stated by more documents than this is too common to tell an event by.
const MAX_FIGURE_DOCS: usize = 16;

/// The figure of a claim, hashed from its unit and its value's coefficient and exponent
/// (trailing zeros removed), if it is specific enough to tell an event by
/// ([`distinctive`](super::merge::distinctive)): a calendar year is not ("2026" is in every
/// report of the year). Two claims with one hash are compared again by their values before
/// anything moves.
fn figure(r: &Rec) -> Option<u64> {
    let unit = r.quantity.unit;
    if unit == Unit::Year {
        return None;
    }
    let v = r.quantity.value().normalized();
    if !specific(unit, &v) {
        return None;
    }
    Some(value_hash(unit, &v))
}

/// A claim's figure too plain to tell an event by (not [`specific`]: "20 %", "5.000", "vier"),
/// hashed as [`figure`] hashes; `None` for specific figures and years.
fn plain_figure(r: &Rec) -> Option<u64> {
    let unit = r.quantity.unit;
    if unit == Unit::Year {
        return None;
    }
    let v = r.quantity.value().normalized();
    if specific(unit, &v) {
        return None;
    }
    Some(value_hash(unit, &v))
}

/// The hash of a value (trailing zeros removed) in a unit.
fn value_hash(unit: Unit, v: &Decimal) -> u64 {
    let c = v.coeff();
    let mut h = mix(unit_code(unit));
    h = mix(h ^ (c as u64));
    h = mix(h ^ ((c >> 64) as u64));
    mix(h ^ u64::from(v.exponent() as u32))
}

/// A 64-bit mixer (splitmix64's finalizer).
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The claims with a specific figure, as `(figure hash, claim index)` grouped by hash
/// ([`radix::group_by_key`]): each run of one hash is a figure and the claims that state it, in
/// their order.
pub(crate) fn by_figure(recs: &[Rec]) -> Vec<(u64, u32)> {
    keyed_by(recs, figure)
}

/// The claims with a plain figure ([`plain_figure`]), grouped as [`by_figure`] groups.
pub(crate) fn by_plain_figure(recs: &[Rec]) -> Vec<(u64, u32)> {
    keyed_by(recs, plain_figure)
}

/// `(hash, claim index)` of the claims `hash` keeps, grouped by hash.
fn keyed_by(recs: &[Rec], hash: fn(&Rec) -> Option<u64>) -> Vec<(u64, u32)> {
    let mut keyed: Vec<(u64, u32)> = recs
        .iter()
        .enumerate()
        .filter_map(|(i, r)| Some((hash(r)?, u32::try_from(i).ok()?)))
        .collect();
    radix::group_by_key(&mut keyed);
    keyed
}

/// The runs of one key in a list grouped by key, as index ranges.
fn runs(keyed: &[(u64, u32)]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        let &(k, _) = keyed.get(start)?;
        let len = keyed
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(|e| e.0 == k)
            .count()
            .max(1);
        let run = start..start + len;
        start += len;
        Some(run)
    })
}

/// The specific figures of each document, to tell whether two documents report one event.
pub(crate) struct DocFigures {
    /// `(document, figure hash)`, sorted, without repeats.
    figures: Vec<(u32, u64)>,
    /// Per document id, where its figures start in `figures` (one more entry at the end).
    starts: Vec<u32>,
}

impl DocFigures {
    /// The figures of the claims of [`by_figure`], but those that too many documents give
    /// ([`MAX_FIGURE_DOCS`]).
    pub(crate) fn new(recs: &[Rec], keyed: &[(u64, u32)]) -> DocFigures {
        let mut figures: Vec<(u32, u64)> = Vec::new();
        let mut docs: Vec<u32> = Vec::new();
        for run in runs(keyed) {
            let Some(&(h, _)) = keyed.get(run.start) else {
                continue;
            };
            docs.clear();
            docs.extend(
                keyed
                    .get(run)
                    .unwrap_or(&[])
                    .iter()
                    .filter_map(|&(_, i)| recs.get(i as usize).map(|r| r.doc)),
            );
            docs.sort_unstable();
            docs.dedup();
            if docs.len() <= MAX_FIGURE_DOCS {
                figures.extend(docs.iter().map(|&d| (d, h)));
            }
        }
        figures.sort_unstable();
        let n_docs = recs.iter().map(|r| r.doc as usize + 1).max().unwrap_or(0);
        let mut starts = vec![0u32; n_docs + 1];
        for &(d, _) in &figures {
            if let Some(c) = starts.get_mut(d as usize + 1) {
                *c += 1;
            }
        }
        for i in 1..starts.len() {
            let before = starts.get(i - 1).copied().unwrap_or(0);
            if let Some(c) = starts.get_mut(i) {
                *c += before;
            }
        }
        DocFigures { figures, starts }
    }

    /// The figure hashes of one document, sorted.
    fn of(&self, doc: u32) -> &[(u32, u64)] {
        let at = |d: usize| self.starts.get(d).map_or(0, |&x| x as usize);
        let d = doc as usize;
        self.figures.get(at(d)..at(d + 1)).unwrap_or(&[])
    }

    /// How many specific figures documents `a` and `b` share.
    fn count(&self, a: u32, b: u32) -> u32 {
        let (xs, ys) = (self.of(a), self.of(b));
        let (mut i, mut j, mut n) = (0, 0, 0);
        while let (Some(x), Some(y)) = (xs.get(i), ys.get(j)) {
            match x.1.cmp(&y.1) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }

    /// Whether documents `a` and `b` report one event.
    pub(crate) fn same_event(&self, a: u32, b: u32) -> bool {
        a != b && self.count(a, b) >= EVENT_FIGURES
    }

    /// Whether documents `a` and `b` give at least `n` specific figures alike.
    pub(crate) fn share(&self, a: u32, b: u32, n: usize) -> bool {
        a != b && self.count(a, b) as usize >= n
    }

    /// Whether documents `a` and `b` give some specific figure alike.
    pub(crate) fn share_any(&self, a: u32, b: u32) -> bool {
        a == b || self.count(a, b) > 0
    }

    /// How many specific figures document `doc` gives.
    pub(crate) fn figures(&self, doc: u32) -> usize {
        self.of(doc).len()
    }
}

/// A claim whose figure no other document confirms under its own key moves to the key under
/// which another report of the same event ([`DocFigures::same_event`]) states the same figure
/// ([`corroborates`]), when a third source too supports that key and it differs from the
/// claim's own by the subject or by the predicate alone: "CMOC … 2.5万吨" in a report whose
/// every figure went to the buyer joins the mine's output that two other reports give; "Umsatz
/// plus 9 Prozent" read as growth joins the revenue growth two others name. It moves where both
/// differ too: the founder's stake one report gave the company as growth (over the twenty-six
/// evaluation sets, a figure of two significant digits moved so, "25 Länder", "4,8 Millionen
/// Kubikmeter", was the other reports' fact each time). Where the figure stands under two other
/// keys, nothing moves. Only agreement moves a claim, so no conflict comes of it; decisions are
/// taken on the claims as they came. Returns whether a claim moved; the claims must be in the
/// canonical order, and are to be sorted again after a move. `keyed` is [`by_figure`] of the
/// claims as they are, `reports` the [`DocFigures`] of it.
pub(crate) fn join_event_keys(
    recs: &mut [Rec],
    ivs: &[IvKey],
    keyed: &[(u64, u32)],
    reports: &DocFigures,
    prefer: &dyn Fn(u32, u32) -> bool,
) -> bool {
    let alone = unsupported(recs);
    let lone = |i: usize| alone.get(i).copied().unwrap_or(true);
    let mut moves: Vec<(usize, Target)> = Vec::new();
    for run in runs(keyed) {
        let same = keyed.get(run).unwrap_or(&[]);
        // A figure stated very often is not one event's.
        if same.len() < 2 || same.len() > MAX_FIGURE_DOCS * 4 {
            continue;
        }
        // Most figures stand under one key in every source that gives them: nothing to move.
        let key_of = |&(_, i): &(u64, u32)| recs.get(i as usize).map(|r| (r.subject, r.predicate));
        let first = same.first().and_then(key_of);
        if same.iter().all(|e| key_of(e) == first) {
            continue;
        }
        for &(_, i) in same {
            let i = i as usize;
            let (Some(r), Some(riv)) = (recs.get(i), ivs.get(i)) else {
                continue;
            };
            // Another source giving the very figure under the claim's own key confirms it.
            let confirmed_here = same.iter().any(|&(_, j)| {
                recs.get(j as usize).is_some_and(|x| {
                    x.doc != r.doc && x.subject == r.subject && x.predicate == r.predicate
                })
            });
            if r.subject == NONE || confirmed_here {
                continue;
            }
            let mut target: Option<Target> = None;
            let mut ambiguous = false;
            for &(_, j) in same {
                let j = j as usize;
                let (Some(x), Some(xiv)) = (recs.get(j), ivs.get(j)) else {
                    continue;
                };
                let other_subject = x.subject != r.subject && x.predicate == r.predicate;
                let other_predicate = x.subject == r.subject && x.predicate != r.predicate;
                let other_both = x.subject != r.subject && x.predicate != r.predicate;
                let fits = (other_subject || other_predicate || other_both)
                    && x.subject != NONE
                    && x.doc != r.doc
                    && !lone(j)
                    && corroborates(r, riv, x, xiv)
                    && reports.same_event(r.doc, x.doc);
                if !fits {
                    continue;
                }
                let t = Target::of(x);
                match target {
                    None => target = Some(t),
                    Some(u) if u.key() != t.key() => ambiguous = true,
                    Some(_) => {}
                }
            }
            if let (Some(t), false) = (target, ambiguous) {
                if lone(i) || !confirmed(recs, ivs, i) {
                    moves.push((i, t));
                }
            }
        }
    }
    drop_swaps(recs, &mut moves, prefer);
    apply(recs, &moves)
}

/// Reports of one event that state one specific figure ([`corroborates`]: money, or two
/// significant digits or more) under different keys state one fact, whichever party and measure
/// each sentence gave it: "28 218 dollars par an" read as an order of the drugmaker in one
/// report is the yearly price another gives its regulator and a third the drug; "2,2 Milliarden
/// Dollar" read as a subsidy is the frozen grants another report gives as funds. Where no other
/// document supports any of the keys (each source alone under its own), [`join_event_keys`] has
/// no key to move the figure to, and [`super::subjects::join_event_subjects`] needs the
/// predicate or the subject to agree.
///
/// Here the claims of one figure are linked where two documents state it and share at least
/// [`FIGURE_EVENT_FIGURES`] specific figures in all (this one among them: two reports of one
/// event; one more for a round amount of one digit); in each linked set, the claims alone under
/// their keys take one key of the set: the key other documents support (across all their
/// figures), or else the one more of the set's documents use, or else the predicate that goes
/// first (`prefer(new, old)`: a frame's rather than a noun's or a bare dimension, a narrower
/// one), or else the first in the canonical order; where two keys of the set are supported by
/// other documents, either could be right and nothing moves. A claim moves only where the
/// target key, if it holds one value (a functional predicate), holds none of its unit that
/// disagrees with it: a figure never joins a key where it would contradict another source, so
/// only agreement comes of it (a key of several values holds it beside its others). Decisions
/// are taken on the claims as they came. Returns whether a claim moved; the claims must be in
/// the canonical order, and are to be sorted again after a move. `keyed` is [`by_figure`] of
/// the claims as they are, `reports` the [`DocFigures`] of it.
pub(crate) fn join_event_figures(
    recs: &mut [Rec],
    ivs: &[IvKey],
    keyed: &[(u64, u32)],
    reports: &DocFigures,
    prefer: &dyn Fn(u32, u32) -> bool,
) -> bool {
    // A round amount of one digit ("1 billion") is common enough to need a third figure.
    let shared = |f: &Rec| {
        if f.quantity.value().normalized().significant_digits() >= 2 {
            FIGURE_EVENT_FIGURES
        } else {
            FIGURE_EVENT_FIGURES + 1
        }
    };
    let link = |r: &Rec, riv: &IvKey, x: &Rec, xiv: &IvKey, run: RunFacts| {
        corroborates(r, riv, x, xiv) && reports.share(r.doc, x.doc, run.shared)
    };
    join_linked(recs, ivs, keyed, &shared, &link, prefer)
}

/// Reports of one event ([`DocFigures::same_event`]: [`EVENT_FIGURES`] specific figures alike) that
/// each state one plain figure once ("20 %", "5 camion", "tre anni": not [`specific`]; the same
/// value and unit, both exact or approximate or both under one open bound) state one fact, as
/// [`join_event_figures`] joins a specific one: "Il gruppo taglierà il 5 % del personale" and
/// "约5%的员工将被裁减" in two reports of one restructuring are one cut, whichever party each sentence gave
/// it. A plain figure is common, so the documents must report one event by their specific figures,
/// and each must state it only once: a report that gives "5 %" twice (two rates) tells nothing
/// about which is which. `keyed` is [`by_plain_figure`] of the claims as they are.
pub(crate) fn join_event_plain(
    recs: &mut [Rec],
    ivs: &[IvKey],
    keyed: &[(u64, u32)],
    reports: &DocFigures,
    prefer: &dyn Fn(u32, u32) -> bool,
) -> bool {
    let link = |r: &Rec, riv: &IvKey, x: &Rec, xiv: &IvKey, run: RunFacts| {
        run.once
            && x.doc != r.doc
            && x.quantity.unit == r.quantity.unit
            && x.quantity.value().normalized() == r.quantity.value().normalized()
            && ((x.tier < 2 && r.tier < 2) || x.quantity.bound == r.quantity.bound)
            && x.year.zip(r.year).is_none_or(|(a, b)| a == b)
            && (x.object == r.object || x.object == NONE || r.object == NONE)
            && xiv.overlaps(riv)
            && reports.share(r.doc, x.doc, run.shared)
    };
    join_linked(recs, ivs, keyed, &|_| EVENT_FIGURES as usize, &link, prefer)
}

/// What [`join_linked`] tells `link` of a pair of claims of one figure.
#[derive(Clone, Copy)]
struct RunFacts {
    /// How many specific figures the two documents must share (`shared` of the run's first
    /// claim).
    shared: usize,
    /// Whether each of the two documents states the figure once.
    once: bool,
}

/// Whether two claims of a run of one figure are linked: `(a, a's interval, b, b's interval,
/// what is known of the run)`.
type Link<'a> = dyn Fn(&Rec, &IvKey, &Rec, &IvKey, RunFacts) -> bool + 'a;

/// The claims that [`join_event_figures`] and [`join_event_plain`] join: in each run of one
/// figure in `keyed`, claims linked pairwise by `link`, and each linked set's claims alone under
/// their keys moved to the set's key ([`set_target`], [`set_moves`]).
fn join_linked(
    recs: &mut [Rec],
    ivs: &[IvKey],
    keyed: &[(u64, u32)],
    shared: &dyn Fn(&Rec) -> usize,
    link: &Link<'_>,
    prefer: &dyn Fn(u32, u32) -> bool,
) -> bool {
    let alone = unsupported(recs);
    let lone = |i: usize| alone.get(i).copied().unwrap_or(false);
    let key_of = |i: usize| recs.get(i).map(|r| (r.subject, r.predicate));
    let mut moves: Vec<(usize, Target)> = Vec::new();
    // Per claim of the figure (by its place in the run), its linked set (a union-find parent).
    let mut parent: Vec<usize> = Vec::new();
    // (linked set, key, document, claim) of the claims with a subject.
    let mut members: Vec<(usize, (u32, u32), u32, usize)> = Vec::new();
    // The documents of the figure's claims, sorted; per claim, whether its document states the
    // figure once.
    let mut docs: Vec<u32> = Vec::new();
    let mut once: Vec<bool> = Vec::new();
    for run in runs(keyed) {
        let same = keyed.get(run).unwrap_or(&[]);
        // A figure stated very often is not one event's.
        if same.len() < 2 || same.len() > MAX_FIGURE_DOCS * 4 {
            continue;
        }
        let first = same.first().and_then(|&(_, i)| key_of(i as usize));
        if same.iter().all(|&(_, i)| key_of(i as usize) == first) {
            continue;
        }
        let need = same
            .first()
            .and_then(|&(_, i)| recs.get(i as usize))
            .map_or(usize::MAX, shared);
        docs.clear();
        docs.extend(
            same.iter()
                .filter_map(|&(_, i)| recs.get(i as usize).map(|r| r.doc)),
        );
        docs.sort_unstable();
        once.clear();
        once.extend(same.iter().map(|&(_, i)| {
            recs.get(i as usize).is_some_and(|r| {
                docs.partition_point(|&d| d <= r.doc) - docs.partition_point(|&d| d < r.doc) == 1
            })
        }));
        parent.clear();
        parent.extend(0..same.len());
        for (a, &(_, i)) in same.iter().enumerate() {
            let (Some(r), Some(riv)) = (recs.get(i as usize), ivs.get(i as usize)) else {
                continue;
            };
            for (b, &(_, j)) in same.iter().enumerate().skip(a + 1) {
                let (Some(x), Some(xiv)) = (recs.get(j as usize), ivs.get(j as usize)) else {
                    continue;
                };
                let run = RunFacts {
                    shared: need,
                    once: once.get(a).copied().unwrap_or(false)
                        && once.get(b).copied().unwrap_or(false),
                };
                if link(r, riv, x, xiv, run) {
                    let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                    if let Some(p) = parent.get_mut(ra.max(rb)) {
                        *p = ra.min(rb);
                    }
                }
            }
        }
        members.clear();
        for (a, &(_, i)) in same.iter().enumerate() {
            let Some(r) = recs.get(i as usize) else {
                continue;
            };
            if r.subject != NONE {
                members.push((
                    root(&mut parent, a),
                    (r.subject, r.predicate),
                    r.doc,
                    i as usize,
                ));
            }
        }
        members.sort_unstable();
        let mut at = 0;
        while let Some(&(set, ..)) = members.get(at) {
            let len = members
                .get(at..)
                .unwrap_or(&[])
                .iter()
                .take_while(|m| m.0 == set)
                .count()
                .max(1);
            let linked = members.get(at..at + len).unwrap_or(&[]);
            at += len;
            if let Some(t) = set_target(linked, &lone, prefer) {
                moves.extend(set_moves(recs, ivs, linked, t, &lone));
            }
        }
    }
    apply(recs, &moves)
}

/// How many specific figures two documents must share, the joined one among them, for
/// [`join_event_figures`] to take them as reports of one event, where the joined figure has two
/// significant digits or more ("2,2 miliardi", "117 millions"); one more for a round amount of
/// one digit ("1 billion", "5 millions d'euros").
const FIGURE_EVENT_FIGURES: usize = 2;

/// The root of `a` in a union-find forest, halving the path on the way.
fn root(parent: &mut [usize], mut a: usize) -> usize {
    while let Some(&p) = parent.get(a) {
        if p == a {
            break;
        }
        let grand = parent.get(p).copied().unwrap_or(p);
        if let Some(slot) = parent.get_mut(a) {
            *slot = grand;
        }
        a = grand;
    }
    a
}

/// The key a linked set of [`join_event_figures`] joins in, as its first claim under that key;
/// `None` where the set holds one key or one document.
fn set_target(
    linked: &[(usize, (u32, u32), u32, usize)],
    lone: &dyn Fn(usize) -> bool,
    prefer: &dyn Fn(u32, u32) -> bool,
) -> Option<usize> {
    let first = linked.first()?;
    if linked.iter().all(|m| m.1 == first.1) || linked.iter().all(|m| m.2 == first.2) {
        return None;
    }
    // (key, documents stating the figure under it, its first claim): `linked` is sorted by key,
    // then document.
    let mut keys: Vec<((u32, u32), u32, usize)> = Vec::new();
    let mut last_doc = None;
    for &(_, k, doc, i) in linked {
        match keys.last_mut() {
            Some(last) if last.0 == k => {
                if last_doc != Some(doc) {
                    last.1 += 1;
                }
                last.2 = last.2.min(i);
            }
            _ => keys.push((k, 1, i)),
        }
        last_doc = Some(doc);
    }
    let better = |a: &((u32, u32), u32, usize), b: &((u32, u32), u32, usize)| {
        let (sa, sb) = (!lone(a.2), !lone(b.2));
        if sa != sb {
            return sa;
        }
        if a.1 != b.1 {
            return a.1 > b.1;
        }
        let (pa, pb) = (a.0 .1, b.0 .1);
        if prefer(pa, pb) != prefer(pb, pa) {
            return prefer(pa, pb);
        }
        a.2 < b.2
    };
    // Two keys other documents support could each be right.
    if keys.iter().filter(|k| !lone(k.2)).count() > 1 {
        return None;
    }
    let mut best = *keys.first()?;
    for k in keys.iter().skip(1) {
        if better(k, &best) {
            best = *k;
        }
    }
    Some(best.2)
}

/// The claims of a linked set that move to the key of claim `target`: those alone under their
/// own keys, where the target key, if functional, holds no value of their unit that disagrees
/// with them.
fn set_moves(
    recs: &[Rec],
    ivs: &[IvKey],
    linked: &[(usize, (u32, u32), u32, usize)],
    target: usize,
    lone: &dyn Fn(usize) -> bool,
) -> Vec<(usize, Target)> {
    let Some(t) = recs.get(target).map(Target::of) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for &(_, key, _, i) in linked {
        let (Some(r), Some(riv)) = (recs.get(i), ivs.get(i)) else {
            continue;
        };
        if key == t.key() || !lone(i) {
            continue;
        }
        let there = run_of(recs, (t.subject, t.predicate, key_base(r).2));
        if there.len() > MAX_SUBJECT_RUN {
            continue;
        }
        let disagrees = recs
            .get(there.clone())
            .unwrap_or(&[])
            .iter()
            .zip(ivs.get(there).unwrap_or(&[]))
            .any(|(x, xiv)| {
                x.functional && x.quantity.unit == r.quantity.unit && !xiv.overlaps(riv)
            });
        if !disagrees {
            out.push((i, t));
        }
    }
    out
}

/// Two claims of one figure that would each move to the other's key would only swap places
/// ("circa il 250 %" read as growth, "約250%" as the share price change, each confirmed by
/// nothing under its own key). Of such a pair only one moves: the one whose new predicate goes
/// first (`prefer(new, old)`: the narrower, the frame's), or else the one that comes first in
/// the canonical order.
fn drop_swaps(recs: &[Rec], moves: &mut Vec<(usize, Target)>, prefer: &dyn Fn(u32, u32) -> bool) {
    type Move = ((u32, u32), (u32, u32), usize);
    let key = |i: usize| recs.get(i).map(|r| (r.subject, r.predicate));
    let mut by_from: Vec<Move> = moves
        .iter()
        .enumerate()
        .filter_map(|(m, &(i, t))| Some((key(i)?, t.key(), m)))
        .collect();
    by_from.sort_unstable();
    let figure = |m: usize| {
        moves
            .get(m)
            .and_then(|&(i, _)| recs.get(i))
            .map(|r| (r.quantity.unit, r.quantity.value().normalized()))
    };
    let mut dropped = vec![false; moves.len()];
    for &(from, to, m) in &by_from {
        if dropped.get(m).copied().unwrap_or(true) {
            continue;
        }
        let a = by_from.partition_point(|e| (e.0, e.1) < (to, from));
        let back = by_from.get(a..).unwrap_or(&[]);
        for &(_, _, n) in back.iter().take_while(|e| (e.0, e.1) == (to, from)) {
            if dropped.get(n).copied().unwrap_or(true) || figure(n) != figure(m) {
                continue;
            }
            let first = |x: usize| moves.get(x).map_or(usize::MAX, |&(i, _)| i);
            let keep_m = prefer(to.1, from.1) || (!prefer(from.1, to.1) && first(m) < first(n));
            let drop = if keep_m { n } else { m };
            if let Some(d) = dropped.get_mut(drop) {
                *d = true;
            }
            if !keep_m {
                break;
            }
        }
    }
    let mut k = 0;
    moves.retain(|_| {
        k += 1;
        !dropped.get(k - 1).copied().unwrap_or(false)
    });
}

/// Moves each claim to its target key (a claim that changes subject loses its alternative
/// subject); returns whether any moved.
fn apply(recs: &mut [Rec], moves: &[(usize, Target)]) -> bool {
    for &(i, t) in moves {
        if let Some(r) = recs.get_mut(i) {
            if r.subject != t.subject {
                r.alt = NONE;
            }
            (r.subject, r.subject_name) = (t.subject, t.subject_name);
            (r.predicate, r.functional) = (t.predicate, t.functional);
        }
    }
    !moves.is_empty()
}

/// The key a claim moves to.
#[derive(Clone, Copy)]
struct Target {
    subject: u32,
    subject_name: u32,
    predicate: u32,
    functional: bool,
}

impl Target {
    fn of(x: &Rec) -> Target {
        Target {
            subject: x.subject,
            subject_name: x.subject_name,
            predicate: x.predicate,
            functional: x.functional,
        }
    }

    fn key(&self) -> (u32, u32) {
        (self.subject, self.predicate)
    }
}

/// Whether another document states a value overlapping claim `i`'s under its own key.
fn confirmed(recs: &[Rec], ivs: &[IvKey], i: usize) -> bool {
    let (Some(r), Some(riv)) = (recs.get(i), ivs.get(i)) else {
        return false;
    };
    let run = run_of(recs, key_base(r));
    recs.get(run.clone())
        .unwrap_or(&[])
        .iter()
        .zip(ivs.get(run).unwrap_or(&[]))
        .any(|(x, xiv)| x.doc != r.doc && x.quantity.unit == r.quantity.unit && xiv.overlaps(riv))
}

/// A claim keyed by its figure's dimension alone or by the noun beside it (`money`,
/// `money:payment`: see [`crate::claim::concepts`]), which no other document states under its
/// key, takes the one frame predicate under which other reports of the same event
/// ([`DocFigures::same_event`]) state a figure of its subject in its unit, whatever the value:
/// "il prezzo di 2,7 miliardi" is the valuation two other reports give as 3.2 billion, and now
/// contradicts it. Where the subject has two such predicates, or the claim's own document
/// states one of them (it tells its figure from that one), or the years differ, nothing moves.
/// `loose(p)` says whether predicate `p` is such a dimension or noun key. Decisions are taken on
/// the claims as they came. Returns whether a claim moved; the claims must be in the canonical
/// order, and are to be sorted again after a move.
pub(crate) fn join_loose_keys(
    recs: &mut [Rec],
    reports: &DocFigures,
    loose: &dyn Fn(u32) -> bool,
) -> bool {
    let alone = unsupported(recs);
    let mut moves: Vec<(usize, u32, bool)> = Vec::new();
    for (i, r) in recs.iter().enumerate() {
        if r.subject == NONE || !loose(r.predicate) || !alone.get(i).copied().unwrap_or(false) {
            continue;
        }
        let same_subject = subject_run(recs, r.subject);
        // Comparing with every claim of a subject stated many times would be quadratic.
        if same_subject.len() > MAX_SUBJECT_RUN {
            continue;
        }
        let mut target: Option<(u32, bool)> = None;
        let mut blocked = false;
        for x in recs.get(same_subject).unwrap_or(&[]) {
            if x.predicate == r.predicate
                || x.quantity.unit != r.quantity.unit
                || loose(x.predicate)
            {
                continue;
            }
            if x.doc == r.doc {
                blocked = true;
                break;
            }
            if !reports.same_event(r.doc, x.doc) {
                continue;
            }
            if x.year.zip(r.year).is_some_and(|(p, q)| p != q) {
                blocked = true;
                break;
            }
            match target {
                None => target = Some((x.predicate, x.functional)),
                Some((p, _)) if p != x.predicate => {
                    blocked = true;
                    break;
                }
                Some(_) => {}
            }
        }
        if let (Some((p, functional)), false) = (target, blocked) {
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

/// A claim of a bucket of [`join_event_near`]: its index, itself, its value normalized.
type Member<'a> = (usize, &'a Rec, Decimal);

/// The most claims of one bucket (a subject or a predicate, in one unit) that
/// [`join_event_near`] compares pairwise.
const MAX_NEAR_BUCKET: usize = 64;

/// Two reports of one event ([`FIGURE_EVENT_FIGURES`] specific figures alike, as
/// [`join_event_figures`] asks) that give near but different values ([`near_figures`]: within a
/// factor of two, or two digits swapped) of one unit under one subject or one predicate, each the
/// only such value in its report, tell one figure two ways: a forecast and its outcome ("9,6
/// miliardi" expected, "9.8 billion" spent), a first count and its revision, or one figure rounded
/// ("26 milliards", "26,4 miliardi"). The claim alone under its key takes the other's key, so the
/// report shows the two as one fact where they agree and as a conflict where they do not, instead
/// of two facts side by side. A value near two of the other report's (two rates, two amounts) says
/// nothing about which it is; values of two different years, or of two objects, are two facts; a
/// report that gives the other key the other report's value itself tells its figure from that one;
/// two subjects that only one report each names may each have a figure of their own (two countries'
/// medals). Where both are alone, the one whose predicate goes second (`prefer`) moves, or else the
/// later in the canonical order. Returns whether a claim moved; the claims must be in the canonical
/// order, and are to be sorted again after a move.
pub(crate) fn join_event_near(
    recs: &mut [Rec],
    ivs: &[IvKey],
    reports: &DocFigures,
    prefer: &dyn Fn(u32, u32) -> bool,
) -> bool {
    let alone = unsupported(recs);
    let lone = |i: usize| alone.get(i).copied().unwrap_or(false);
    // (bucket, claim): a subject's claims in a unit, and a predicate's.
    let mut keyed: Vec<(u64, u32)> = Vec::new();
    for (i, r) in recs.iter().enumerate() {
        if r.subject == NONE || r.quantity.unit == Unit::Year {
            continue;
        }
        let Ok(i) = u32::try_from(i) else { break };
        let unit = unit_code(r.quantity.unit);
        keyed.push((mix(mix(unit) ^ u64::from(r.subject)), i));
        keyed.push((mix(mix(unit ^ 1) ^ u64::from(r.predicate)), i));
    }
    radix::group_by_key(&mut keyed);
    // (document, entity) for each entity a document's claims name.
    let mut named: Vec<(u32, u32)> = recs
        .iter()
        .flat_map(|r| [(r.doc, r.subject), (r.doc, r.object), (r.doc, r.alt)])
        .filter(|&(_, e)| e != NONE)
        .collect();
    named.sort_unstable();
    named.dedup();
    let names = |doc: u32, e: u32| named.binary_search(&(doc, e)).is_ok();
    let mut moves: Vec<(usize, Target)> = Vec::new();
    // The bucket's claims: (index, claim, value), each value normalized once.
    let mut members: Vec<Member<'_>> = Vec::new();
    for run in runs(&keyed) {
        let bucket = keyed.get(run).unwrap_or(&[]);
        if bucket.len() < 2 || bucket.len() > MAX_NEAR_BUCKET {
            continue;
        }
        members.clear();
        members.extend(bucket.iter().filter_map(|&(_, i)| {
            let r = recs.get(i as usize)?;
            Some((i as usize, r, r.quantity.value().normalized()))
        }));
        // Whether `y` could be the other report's telling of `r`'s figure.
        let near = |(_, r, rv): &Member<'_>, (_, y, yv): &Member<'_>| {
            y.doc != r.doc
                && y.quantity.unit == r.quantity.unit
                && (y.subject, y.predicate) != (r.subject, r.predicate)
                && y.year.zip(r.year).is_none_or(|(a, b)| a == b)
                && (y.object == r.object || y.object == NONE || r.object == NONE)
                && yv != rv
                && near_figures(*yv, *rv)
        };
        // Two parties that only one report each names may each have their own figure (two
        // countries' medals): near figures of two subjects are one where a report names both.
        let parties = |r: &Rec, x: &Rec| {
            r.subject == x.subject || names(x.doc, r.subject) || names(r.doc, x.subject)
        };
        // How many claims of document `doc` in the bucket are near `r`.
        let near_in = |r: &Member<'_>, doc: u32| {
            members
                .iter()
                .filter(|y| y.1.doc == doc && near(r, y))
                .count()
        };
        for (a, ra) in members.iter().enumerate() {
            for xb in members.iter().skip(a + 1) {
                let ((i, r, _), (j, x, _)) = (*ra, *xb);
                if !near(ra, xb)
                    || !parties(r, x)
                    || !reports.share(r.doc, x.doc, FIGURE_EVENT_FIGURES)
                    || near_in(ra, x.doc) != 1
                    || near_in(xb, r.doc) != 1
                {
                    continue;
                }
                let (mover, target) = match (lone(i), lone(j)) {
                    (true, false) => (i, j),
                    (false, true) => (j, i),
                    (false, false) => continue,
                    (true, true) => {
                        let (p, q) = (r.predicate, x.predicate);
                        if prefer(q, p) && !prefer(p, q) {
                            (i, j)
                        } else if prefer(p, q) && !prefer(q, p) {
                            (j, i)
                        } else {
                            (i.max(j), i.min(j))
                        }
                    }
                };
                let (Some(m), Some(t)) = (recs.get(mover), recs.get(target).map(Target::of)) else {
                    continue;
                };
                // A report that gives the other key the other report's value itself tells its
                // figure from that one.
                let there = run_of(recs, (t.subject, t.predicate, key_base(m).2));
                let tiv = ivs.get(target);
                let own = there.len() > MAX_SUBJECT_RUN
                    || recs
                        .get(there.clone())
                        .unwrap_or(&[])
                        .iter()
                        .zip(ivs.get(there).unwrap_or(&[]))
                        .any(|(y, yiv)| y.doc == m.doc && tiv.is_some_and(|t| t.overlaps(yiv)));
                if !own {
                    moves.push((mover, t));
                }
            }
        }
    }
    // A claim that could take two keys takes none, and one whose key another takes stays.
    moves.sort_unstable_by_key(|&(i, t)| (i, t.key()));
    moves.dedup_by_key(|&mut (i, t)| (i, t.key()));
    let movers: Vec<usize> = moves.iter().map(|m| m.0).collect();
    let targets: Vec<(u32, u32)> = moves.iter().map(|m| m.1.key()).collect();
    let key_of = |i: usize| recs.get(i).map(|r| (r.subject, r.predicate));
    moves.retain(|&(i, _)| {
        movers.iter().filter(|&&m| m == i).count() == 1
            && !key_of(i).is_some_and(|k| targets.contains(&k))
    });
    drop_swaps(recs, &mut moves, prefer);
    apply(recs, &moves)
}
