//! The mergeable partial state of a reconciliation, and the final step that turns it into a
//! [`Report`].
//!
//! A [`Reconciliation`] holds the claims added so far, compacted: strings interned, intervals
//! computed, grouped by fact key. Two partial states merge by taking the union of their claims,
//! which is associative and commutative; [`Reconciliation::finish`] first puts the claims in a
//! canonical order (sorted strings, sorted intervals, then document and span), so the report
//! depends on the set of claims only: not on their order, nor on how they were split.

use std::cmp::Ordering;
use std::sync::Arc;

use super::cause::{self, Alt};
use super::cluster::{self, Cluster};
use super::forest::Forest;
use super::key::{remap_id, Dim, Interner, IvKey, TextRef, Texts, NONE};
use super::radix;
use super::trust::{self, Input, Learnt};
use super::{
    Alternative, Cause, Conflict, Consensus, Fact, Options, Report, SharedStr, SourceRef,
    SourceTrust,
};
use crate::claim::{Claim, EntityRef};
use crate::decimal::Decimal;
use crate::lang::Lang;
use crate::quantity::{Bound, Interval, Quantity, Unit};
use crate::text::hash::WordHasher;
use std::hash::Hasher;

/// One claim, compacted (no heap data: moving it is a copy).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rec {
    pub subject: u32,
    pub subject_name: u32,
    /// The claim's alternative subject ([`Claim::alternative_subject`]), [`NONE`] if none.
    /// (Its name is taken from the claims it joins, which have it as their subject.)
    pub alt: u32,
    pub predicate: u32,
    pub object: u32,
    pub object_name: u32,
    pub functional: bool,
    pub doc: u32,
    pub lang: Lang,
    pub start: usize,
    pub end: usize,
    /// Into the texts buffer.
    pub text: TextRef,
    pub quantity: CQuantity,
    /// 0 exact, 1 approximate or range, 2 open.
    pub tier: u8,
    /// The year the fact holds in, when the source says (clamped to 32 bits).
    pub year: Option<i32>,
    /// Whether the claim restates another figure of its document in another unit.
    pub conversion: bool,
    /// How sure the extraction is.
    pub confidence: f64,
}

/// The claims of one fact key in one unit: a contiguous run of the sorted claims.
#[derive(Clone, Debug)]
pub(crate) struct Group {
    pub start: usize,
    pub functional: bool,
    /// Its clusters, as a range of the cluster list.
    pub clusters: (usize, usize),
    /// Whether its clusters contradict each other (see [`contested`]).
    pub contested: bool,
    /// Whether the sources on the two sides of each contradiction give no other figure alike
    /// (see [`separate_reports`]).
    pub separate: bool,
}

/// A decimal in 24 bytes (no 16-byte alignment): coefficient words, exponent, sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CDec {
    lo: u64,
    hi: u64,
    exp: i32,
    neg: bool,
}

impl CDec {
    fn of(d: Decimal) -> CDec {
        let c = d.coeff();
        CDec {
            lo: c as u64,
            hi: (c >> 64) as u64,
            exp: d.exponent(),
            neg: d.is_negative(),
        }
    }

    fn get(self) -> Decimal {
        let c = (u128::from(self.hi) << 64) | u128::from(self.lo);
        // Built from a valid decimal: `new` cannot fail.
        let d = Decimal::new(c, self.exp).unwrap_or(Decimal::ZERO);
        if self.neg {
            d.negate()
        } else {
            d
        }
    }
}

/// A quantity, compacted (56 bytes instead of 80); [`CQuantity::get`] gives it back exactly.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CQuantity {
    value: CDec,
    max: Option<CDec>,
    pub unit: Unit,
    pub bound: Bound,
    approximate: bool,
}

impl CQuantity {
    fn of(q: &Quantity) -> CQuantity {
        CQuantity {
            value: CDec::of(q.value),
            max: q.max.map(CDec::of),
            unit: q.unit,
            bound: q.bound,
            approximate: q.approximate,
        }
    }

    /// Whether the two are written with the same digits and bound (then they are equal).
    fn same_digits(&self, other: &CQuantity) -> bool {
        self.value == other.value
            && self.max == other.max
            && self.bound == other.bound
            && self.unit == other.unit
            && self.approximate == other.approximate
    }

    /// The value (the lower end of a range).
    pub(crate) fn value(&self) -> Decimal {
        self.value.get()
    }

    /// The quantity.
    pub(crate) fn get(&self) -> Quantity {
        Quantity {
            value: self.value.get(),
            max: self.max.map(CDec::get),
            unit: self.unit,
            bound: self.bound,
            approximate: self.approximate,
        }
    }
}

fn tier_of(q: &Quantity) -> u8 {
    match q.bound {
        Bound::Exact if !q.approximate => 0,
        Bound::Exact | Bound::Approx | Bound::Range => 1,
        Bound::MoreThan | Bound::AtLeast | Bound::LessThan | Bound::AtMost => 2,
    }
}

/// How many recently met entities [`Reconciliation::push`] remembers.
const RECENT: usize = 4;

/// Slots of the predicates' memo (a power of two).
const MEMO: usize = 256;

/// The memo slot of a string: a few bits of its hash.
fn memo_slot(s: &str) -> usize {
    let mut h = WordHasher::default();
    h.write(s.as_bytes());
    (h.finish() as usize) & (MEMO - 1)
}

/// A partial reconciliation: claims added so far, ready to merge with others.
///
/// Split a corpus any way you like, build one `Reconciliation` per part (on as many threads as
/// you like), merge them in any order and grouping, and finish: the report is the same as
/// reconciling all the claims at once.
///
/// ```
/// use concord::claim::SubjectSource;
/// use concord::reconcile::{reconcile, Reconciliation};
/// use concord::{Claim, Decimal, EntityRef, Lang, Provenance, Quantity, Span, Unit};
///
/// fn claim(doc: &str, value: &str) -> Claim {
///     let meta = EntityRef { id: "Q380".into(), name: "Meta".into() };
///     Claim {
///         subject: Some(meta),
///         predicate: "investment".into(),
///         object: None,
///         quantity: Quantity::new(value.parse::<Decimal>().unwrap(), Unit::currency("USD")),
///         functional: true,
///         provenance: Provenance {
///             doc: doc.into(),
///             lang: Lang::En,
///             sentence: Span::new(0, 40),
///             span: Span::new(10, 20),
///             text: format!("${value}"),
///             cues: vec![],
///         },
///         confidence: 0.9,
///         time: None,
///         conversion_of: None,
///         subject_from: SubjectSource::Sentence,
///         alternative_subject: None,
///     }
/// }
/// let part1 = vec![claim("a", "14.3e9"), claim("b", "14.3e9")];
/// let part2 = vec![claim("c", "15e9")];
///
/// let mut a = Reconciliation::from_claims(&part1);
/// a.merge(Reconciliation::from_claims(&part2));
/// let report = a.finish();
///
/// let all: Vec<Claim> = part1.iter().chain(&part2).cloned().collect();
/// assert_eq!(report, reconcile(&all));
/// assert_eq!(report.conflicts.len(), 1);
/// assert_eq!(report.conflicts[0].alternatives[0].sources.len(), 2);
/// ```
#[derive(Clone, Debug)]
pub struct Reconciliation {
    strings: Interner,
    texts: Texts,
    recs: Vec<Rec>,
    /// The last entity name interned for each entity id (a cache: one string comparison instead
    /// of a hash lookup).
    name_of: Vec<u32>,
    /// The last document interned (claims come grouped by document).
    last_doc: u32,
    /// The id last given to a predicate of each [`memo_slot`]: a document's claims alternate
    /// between a few predicates, which are found here with a hash of a short string and one
    /// comparison instead of a lookup in the large table. Empty until the first claim.
    predicates: Vec<u32>,
    /// The entities met last (a document is about a few of them): most claims find theirs
    /// here, without a hash lookup in the large table.
    recent: [u32; RECENT],
    recent_next: usize,
    /// Entity facts without a figure, reconciled apart (they are few).
    relations: Vec<crate::relation::Relation>,
}

impl Default for Reconciliation {
    fn default() -> Self {
        Reconciliation {
            strings: Interner::default(),
            texts: Texts::default(),
            recs: Vec::new(),
            name_of: Vec::new(),
            last_doc: NONE,
            predicates: Vec::new(),
            recent: [NONE; RECENT],
            recent_next: 0,
            relations: Vec::new(),
        }
    }
}

impl Reconciliation {
    /// An empty reconciliation.
    pub fn new() -> Reconciliation {
        Reconciliation::default()
    }

    /// A reconciliation of `claims`.
    ///
    /// Large inputs are split across threads ([`std::thread::available_parallelism`]), each
    /// part reconciled on its own and the parts merged.
    pub fn from_claims(claims: &[Claim]) -> Reconciliation {
        Reconciliation::from_claims_parallel(claims, threads_for(claims.len(), 0))
    }

    /// A reconciliation of `claims`, split into `threads` parts reconciled on as many threads
    /// and merged (the same result as [`Reconciliation::from_claims`], whatever `threads`).
    pub fn from_claims_parallel(claims: &[Claim], threads: usize) -> Reconciliation {
        // Without the `parallel` feature everything runs on the calling thread.
        let threads = if cfg!(feature = "parallel") {
            threads
        } else {
            1
        };
        if threads > 1 && claims.len() > 1 {
            let chunk = claims.len().div_ceil(threads);
            let parts: Option<Vec<Reconciliation>> = std::thread::scope(|s| {
                let handles: Vec<_> = claims
                    .chunks(chunk)
                    .map(|part| s.spawn(move || Reconciliation::from_claims_here(part)))
                    .collect();
                handles.into_iter().map(|h| h.join().ok()).collect()
            });
            if let Some(parts) = parts {
                let mut parts = parts.into_iter();
                let mut all = parts.next().unwrap_or_default();
                for p in parts {
                    all.merge(p);
                }
                return all;
            }
        }
        Reconciliation::from_claims_here(claims)
    }

    /// [`Reconciliation::from_claims`] on the calling thread.
    fn from_claims_here(claims: &[Claim]) -> Reconciliation {
        let mut r = Reconciliation::new();
        r.recs.reserve(claims.len());
        r.extend(claims);
        r
    }

    /// Adds claims.
    pub fn extend<'a>(&mut self, claims: impl IntoIterator<Item = &'a Claim>) {
        for c in claims {
            self.push(c);
        }
    }

    /// Adds entity facts without a figure ([`crate::relation::Relation`]s).
    pub fn extend_relations<'a>(
        &mut self,
        relations: impl IntoIterator<Item = &'a crate::relation::Relation>,
    ) {
        self.relations.extend(relations.into_iter().cloned());
    }

    /// Adds one claim.
    pub fn push(&mut self, claim: &Claim) {
        let (subject, subject_name) = self.entity(claim.subject.as_ref());
        let (object, object_name) = self.entity(claim.object.as_ref());
        let (alt, _) = self.entity(claim.alternative_subject.as_ref());
        let q = claim.quantity;
        let p = &claim.provenance;
        let doc = self.cached(self.last_doc, &p.doc);
        self.last_doc = doc;
        let predicate = self.predicate(&claim.predicate);
        self.recs.push(Rec {
            subject,
            subject_name,
            alt,
            predicate,
            object,
            object_name,
            functional: claim.functional,
            doc,
            lang: p.lang,
            start: p.span.start,
            end: p.span.end,
            text: self.texts.push(&p.text),
            quantity: CQuantity::of(&q),
            tier: tier_of(&q),
            year: claim.time.as_ref().map(|t| {
                i32::try_from(t.year).unwrap_or(if t.year < 0 { i32::MIN } else { i32::MAX })
            }),
            conversion: claim.conversion_of.is_some(),
            confidence: claim.confidence,
        });
    }

    /// The id of `s`, trying `last` first.
    fn cached(&mut self, last: u32, s: &str) -> u32 {
        if last != NONE && self.strings.get(last) == s {
            last
        } else {
            self.strings.intern(s)
        }
    }

    /// The id of a predicate, from the memo when it holds it.
    fn predicate(&mut self, s: &str) -> u32 {
        if self.predicates.is_empty() {
            self.predicates = vec![NONE; MEMO];
        }
        let slot = memo_slot(s);
        if let Some(&id) = self.predicates.get(slot) {
            if id != NONE && self.strings.get(id) == s {
                return id;
            }
        }
        let id = self.strings.intern(s);
        if let Some(m) = self.predicates.get_mut(slot) {
            *m = id;
        }
        id
    }

    fn entity(&mut self, e: Option<&EntityRef>) -> (u32, u32) {
        let Some(e) = e else {
            return (NONE, NONE);
        };
        let key = if e.id.is_empty() { &e.name } else { &e.id };
        let id = match self
            .recent
            .iter()
            .find(|&&r| r != NONE && self.strings.get(r) == key.as_str())
        {
            Some(&r) => r,
            None => {
                let id = self.strings.intern(key);
                if let Some(slot) = self.recent.get_mut(self.recent_next % RECENT) {
                    *slot = id;
                }
                self.recent_next = self.recent_next.wrapping_add(1);
                id
            }
        };
        let last = self.name_of.get(id as usize).copied().unwrap_or(NONE);
        let name = self.cached(last, &e.name);
        if self.name_of.len() <= id as usize {
            self.name_of.resize(id as usize + 1, NONE);
        }
        if let Some(slot) = self.name_of.get_mut(id as usize) {
            *slot = name;
        }
        (id, name)
    }

    /// The number of claims added.
    pub fn len(&self) -> usize {
        self.recs.len()
    }

    /// Whether no claim was added.
    pub fn is_empty(&self) -> bool {
        self.recs.is_empty()
    }

    /// Adds the claims of another partial reconciliation.
    pub fn merge(&mut self, other: Reconciliation) {
        let strings: Vec<u32> = other
            .strings
            .into_strings()
            .map(|s| self.strings.intern_owned(s))
            .collect();
        self.relations.extend(other.relations);
        let shift = self.texts.append(&other.texts);
        self.recs.reserve(other.recs.len());
        for mut r in other.recs {
            r.remap(&strings);
            r.text = r.text.shifted(shift);
            self.recs.push(r);
        }
    }

    /// The report, with the default [`Options`].
    pub fn finish(self) -> Report {
        self.finish_with(&Options::default())
    }

    /// The report.
    pub fn finish_with(mut self, options: &Options) -> Report {
        // 1. Canonical ids and order.
        let n = self.recs.len();
        self.recent = [NONE; RECENT];
        self.name_of = Vec::new();
        self.predicates = Vec::new();
        let threads = threads_for(n, options.threads);
        // The intervals as integer keys, beside the claims (dropped once clustered), computed
        // chunk by chunk: when large, by another thread while this one renumbers the strings,
        // then by both.
        let (recs, strings) = (&self.recs, &mut self.strings);
        let mut ivs = vec![IvKey::default(); recs.len()];
        let remap = {
            const CHUNK: usize = 4096;
            let chunks = std::sync::Mutex::new(ivs.chunks_mut(CHUNK).zip(recs.chunks(CHUNK)));
            let fill = || loop {
                let next = chunks
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .next();
                let Some((out, part)) = next else { break };
                for (iv, r) in out.iter_mut().zip(part) {
                    *iv = IvKey::of_quantity(&r.quantity.get());
                }
            };
            std::thread::scope(|s| {
                if threads > 1 {
                    s.spawn(fill);
                }
                let remap = strings.canonicalize();
                fill();
                remap
            })
        };
        for r in &mut self.recs {
            r.remap(&remap);
        }
        let texts = &self.texts;
        let cmp = |a: (&Rec, &IvKey), b: (&Rec, &IvKey)| cmp_recs(a, b, texts);
        let n_strings = self.strings.len();
        // After a join has moved claims: the canonical order again, and the claims without
        // object joined to the one key that may now be theirs.
        let settle = |recs: &mut [Rec], ivs: &mut [IvKey]| {
            canonical_sort(recs, ivs, texts, n_strings, threads);
            join_missing_objects(recs, ivs, &cmp, threads);
        };
        canonical_sort(&mut self.recs, &mut ivs, texts, n_strings, threads);
        if super::objects::join_object_aliases(&mut self.recs, &ivs) {
            canonical_sort(&mut self.recs, &mut ivs, texts, n_strings, threads);
        }
        join_missing_objects(&mut self.recs, &mut ivs, &cmp, threads);
        if join_alternative_subjects(&mut self.recs, &ivs) {
            settle(&mut self.recs, &mut ivs);
        }
        let order = PredicateOrder::new(&self.recs, &self.strings, &options.broader);
        if join_lone_predicates(&mut self.recs, &ivs, &order) {
            settle(&mut self.recs, &mut ivs);
        }
        if join_corroborated_subjects(&mut self.recs, &ivs) {
            settle(&mut self.recs, &mut ivs);
        }
        // Which documents report one event: figures and documents do not change as claims
        // move between keys, so this holds for the rest of the report.
        let keyed = super::event::by_figure(&self.recs);
        let reports = super::event::DocFigures::new(&self.recs, &keyed);
        let prefer = |a, b| order.before(a, b);
        if super::event::join_event_keys(&mut self.recs, &ivs, &keyed, &reports, &prefer) {
            settle(&mut self.recs, &mut ivs);
        }
        drop(keyed);
        if super::event::join_loose_keys(&mut self.recs, &reports, &|p| order.loose(p)) {
            settle(&mut self.recs, &mut ivs);
        }
        if super::subjects::join_event_predicates(&mut self.recs, &ivs, &reports, &prefer) {
            settle(&mut self.recs, &mut ivs);
        }
        if super::subjects::join_event_subjects(&mut self.recs, &ivs, &reports, &|p| order.bare(p))
        {
            settle(&mut self.recs, &mut ivs);
        }
        if super::objects::join_lone_counterparts(&mut self.recs, &ivs, &reports) {
            settle(&mut self.recs, &mut ivs);
        }
        let keyed = super::event::by_figure(&self.recs);
        if super::event::join_event_figures(&mut self.recs, &ivs, &keyed, &reports, &prefer) {
            settle(&mut self.recs, &mut ivs);
        }
        drop(keyed);
        let keyed = super::event::by_plain_figure(&self.recs);
        if super::event::join_event_plain(&mut self.recs, &ivs, &keyed, &reports, &prefer) {
            settle(&mut self.recs, &mut ivs);
        }
        drop(keyed);
        if super::event::join_event_near(&mut self.recs, &ivs, &reports, &prefer) {
            settle(&mut self.recs, &mut ivs);
        }
        let recs = &self.recs;
        let strings = &self.strings;

        // 2. Groups (key and unit) and their clusters (on several threads when large).
        let mut bounds: Vec<(usize, usize, bool)> = Vec::new();
        let mut start = 0;
        while let Some(first) = recs.get(start) {
            let mut end = start + 1;
            let mut functional = first.functional;
            while let Some(r) = recs.get(end) {
                if !same_group(first, r) {
                    break;
                }
                functional &= r.functional;
                end += 1;
            }
            bounds.push((start, end, functional));
            start = end;
        }
        // A hedged claim's written value, without the hedge's widening (not for vague amounts,
        // whose value is not written: "mehrere Milliarden").
        let written = |idx: u32| -> Option<IvKey> {
            let q = recs.get(idx as usize)?.quantity.get();
            (q.bound == Bound::Approx && !q.approximate).then(|| {
                IvKey::of_quantity(&Quantity {
                    bound: Bound::Exact,
                    approximate: false,
                    max: None,
                    ..q
                })
            })
        };
        // The clusters of some groups, and how many each group has.
        let cluster_groups = |bounds: &[(usize, usize, bool)]| -> (Vec<Cluster>, Vec<usize>) {
            let mut items: Vec<(u8, IvKey)> = Vec::new();
            let mut clusters = Vec::with_capacity(bounds.len());
            let mut counts = Vec::with_capacity(bounds.len());
            let mut sweep = cluster::Sweep::default();
            for &(start, end, _) in bounds {
                items.clear();
                items.extend(
                    recs.get(start..end)
                        .unwrap_or(&[])
                        .iter()
                        .zip(ivs.get(start..end).unwrap_or(&[]))
                        .map(|(r, iv)| (r.tier, *iv)),
                );
                let before = clusters.len();
                let base = u32::try_from(start).unwrap_or(u32::MAX);
                cluster::cluster(&items, base, &written, &mut clusters, &mut sweep);
                counts.push(clusters.len() - before);
            }
            (clusters, counts)
        };
        // The documents, by index in the order of their ids.
        let mut doc_index = vec![NONE; strings.len()];
        for r in recs {
            if let Some(d) = doc_index.get_mut(r.doc as usize) {
                *d = 0;
            }
        }
        let mut docs: Vec<u32> = Vec::new();
        for (id, d) in doc_index.iter_mut().enumerate() {
            if *d == 0 {
                *d = u32::try_from(docs.len()).unwrap_or(NONE);
                docs.push(u32::try_from(id).unwrap_or(NONE));
            }
        }
        // Clusters, and meanwhile (when large, on another thread) the copy groups.
        let (doc_index_ref, n_docs) = (&doc_index, docs.len());
        let (parts, copy) = std::thread::scope(|s| {
            let copy_job = (threads > 1)
                .then(|| s.spawn(move || trust::copy_groups(recs, doc_index_ref, n_docs)));
            let parts: Vec<(Vec<Cluster>, Vec<usize>)> = if threads > 1 && bounds.len() > 1 {
                let chunk = bounds.len().div_ceil(threads);
                let parts: Option<Vec<(Vec<Cluster>, Vec<usize>)>> = std::thread::scope(|s| {
                    let handles: Vec<_> = bounds
                        .chunks(chunk)
                        .map(|part| s.spawn(move || cluster_groups(part)))
                        .collect();
                    handles.into_iter().map(|h| h.join().ok()).collect()
                });
                parts.unwrap_or_else(|| vec![cluster_groups(&bounds)])
            } else {
                vec![cluster_groups(&bounds)]
            };
            let copy = copy_job
                .and_then(|h| h.join().ok())
                .unwrap_or_else(|| trust::copy_groups(recs, doc_index_ref, n_docs));
            (parts, copy)
        });
        let mut groups: Vec<Group> = Vec::with_capacity(bounds.len());
        let total: usize = parts.iter().map(|p| p.0.len()).sum();
        let mut cluster_group: Vec<usize> = Vec::with_capacity(total);
        let counts: Vec<usize> = parts.iter().flat_map(|p| p.1.iter().copied()).collect();
        // The first part's list grows to hold the others.
        let mut parts = parts.into_iter();
        let mut clusters: Vec<Cluster> = parts.next().map(|p| p.0).unwrap_or_default();
        clusters.reserve_exact(total.saturating_sub(clusters.len()));
        for (found, _) in parts {
            clusters.extend(found);
        }
        let mut c0 = 0;
        let mut scratch = Vec::new();
        for (&(start, _, functional), count) in bounds.iter().zip(counts) {
            cluster_group.extend(std::iter::repeat_n(groups.len(), count));
            let contested = functional
                && count >= 2
                && clusters
                    .get(c0..c0 + count)
                    .is_some_and(|cs| contested(recs, cs, &mut scratch));
            groups.push(Group {
                start,
                functional,
                clusters: (c0, c0 + count),
                contested,
                separate: false,
            });
            c0 += count;
        }

        event_contests(recs, &mut groups, &clusters, &reports);
        let (mut all, mut shared) = (Vec::new(), Vec::new());
        for g in groups.iter_mut().filter(|g| g.contested) {
            if let Some(cs) = clusters.get(g.clusters.0..g.clusters.1) {
                g.separate = separate_reports(recs, cs, &reports, &mut all, &mut shared);
            }
        }
        drop(reports);
        drop(ivs);

        // 3. Trust.
        let priors: Vec<f64> = docs
            .iter()
            .map(|&id| options.prior(strings.get(id)))
            .collect();
        let learnt = trust::discover(&Input {
            recs,
            groups: &groups,
            clusters: &clusters,
            cluster_group: &cluster_group,
            doc_index: &doc_index,
            copy: &copy,
            priors: &priors,
            prior_weight: options.prior_weight.max(0.0),
            iterations: options.iterations,
            threads,
        });

        // 4. The report. Its strings are slices of one buffer: the surfaces, then every
        // interned string (document and entity ids, names, predicates).
        let names = entity_names(recs, strings.len());
        // (The texts' own buffer becomes the start of it: the surfaces are not copied, and every
        // text keeps its offsets.)
        let mut shared = std::mem::take(&mut self.texts).into_string();
        shared.reserve_exact(strings.bytes());
        let str_spans: Vec<(usize, usize)> = (0..strings.len())
            .map(|id| {
                let start = shared.len();
                shared.push_str(strings.get(u32::try_from(id).unwrap_or(NONE)));
                (start, shared.len())
            })
            .collect();
        let shared = Arc::new(shared);
        // The keys: runs of groups (one group per currency for money).
        let mut keys: Vec<(usize, usize)> = Vec::new();
        let mut k = 0;
        while let Some(g) = groups.get(k) {
            let mut e = k + 1;
            while groups.get(e).is_some_and(|h| {
                matches!((recs.get(g.start), recs.get(h.start)), (Some(a), Some(b))
                    if same_key_base(a, b) && a.object == b.object)
            }) {
                e += 1;
            }
            keys.push((k, e));
            k = e;
        }
        let report_keys = |keys: &[(usize, usize)], shared: Arc<String>| {
            // A buffer per thread: its reference count is not shared between cores.
            let ctx = Ctx {
                recs,
                strings,
                names: &names,
                doc_index: &doc_index,
                copy: &copy,
                learnt: &learnt,
                clusters: &clusters,
                shared,
                str_spans: &str_spans,
            };
            // Room for every fact (at most one per cluster) and conflict (at most one per group)
            // up front: growing the lists would copy them into fresh memory again and again.
            let (first, last) = (
                keys.first().map_or(0, |k| k.0),
                keys.last().map_or(0, |k| k.1),
            );
            let key_groups = groups.get(first..last).unwrap_or(&[]);
            let n_clusters = match (key_groups.first(), key_groups.last()) {
                (Some(a), Some(b)) => b.clusters.1.saturating_sub(a.clusters.0),
                _ => 0,
            };
            let mut report = Report {
                facts: Vec::with_capacity(n_clusters),
                conflicts: Vec::with_capacity(key_groups.len()),
                ..Report::default()
            };
            let mut sc = Scratch::default();
            for &(k, e) in keys {
                let key_groups = groups.get(k..e).unwrap_or(&[]);
                if ctx.currencies_unlinked(key_groups, &groups, e) {
                    ctx.report_unit_conflict(key_groups, &mut report, &mut sc);
                } else {
                    for g in key_groups {
                        ctx.report_group(g, options, &mut report, &mut sc);
                    }
                }
            }
            report
        };
        let mut report = if threads > 1 {
            let chunk = keys.len().div_ceil(threads).max(1);
            // Each thread its own copy of the buffer, but the last one takes the buffer itself
            // (this thread only waits meanwhile): one copy fewer at the peak of memory.
            let n_parts = keys.chunks(chunk).len();
            let mut buffers: Vec<Arc<String>> = (1..n_parts)
                .map(|_| Arc::new(shared.as_str().to_owned()))
                .collect();
            buffers.push(Arc::clone(&shared));
            let parts: Option<Vec<Report>> = std::thread::scope(|s| {
                let handles: Vec<_> = keys
                    .chunks(chunk)
                    .zip(buffers)
                    .map(|(part, buffer)| s.spawn(move || report_keys(part, buffer)))
                    .collect();
                handles.into_iter().map(|h| h.join().ok()).collect()
            });
            match parts {
                Some(parts) => {
                    // The first part's lists grow to hold the others (not copied again).
                    let facts = parts.iter().map(|p| p.facts.len()).sum::<usize>();
                    let conflicts = parts.iter().map(|p| p.conflicts.len()).sum::<usize>();
                    let mut parts = parts.into_iter();
                    let mut all = parts.next().unwrap_or_default();
                    all.facts
                        .reserve_exact(facts.saturating_sub(all.facts.len()));
                    all.conflicts
                        .reserve_exact(conflicts.saturating_sub(all.conflicts.len()));
                    for p in parts {
                        all.facts.extend(p.facts);
                        all.conflicts.extend(p.conflicts);
                    }
                    all
                }
                None => report_keys(&keys, shared),
            }
        } else {
            report_keys(&keys, shared)
        };
        let mut n_claims = vec![0usize; docs.len()];
        for r in recs {
            if let Some(n) = doc_index
                .get(r.doc as usize)
                .and_then(|&d| n_claims.get_mut(d as usize))
            {
                *n += 1;
            }
        }
        for (d, &id) in docs.iter().enumerate() {
            let group = copy.get(d).copied().unwrap_or(0) as usize;
            report.sources.push(SourceTrust {
                doc: strings.get(id).to_owned(),
                trust: learnt.trust.get(d).copied().unwrap_or(0.0),
                claims: n_claims.get(d).copied().unwrap_or(0),
                prior: priors.get(d).copied().unwrap_or(0.0),
                copy_of: (group != d)
                    .then(|| docs.get(group).map(|&g| strings.get(g).to_owned()))
                    .flatten(),
            });
        }
        report.relations = crate::relation::reconcile(std::mem::take(&mut self.relations));
        report
    }
}

/// Claims per thread below which the work stays on one thread.
const CLAIMS_PER_THREAD: usize = 100_000;

/// How many threads to use for `n` claims: `asked`, or (when 0) one per
/// [`CLAIMS_PER_THREAD`] claims, at most the available parallelism (and 8); always one without
/// the `parallel` feature.
fn threads_for(n: usize, asked: usize) -> usize {
    // Without the `parallel` feature everything runs on the calling thread.
    if !cfg!(feature = "parallel") {
        return 1;
    }
    if asked > 0 {
        return asked;
    }
    if n < 2 * CLAIMS_PER_THREAD {
        return 1;
    }
    // Asking the system is not free (cgroup files on Linux): once per process.
    static AVAILABLE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let available =
        *AVAILABLE.get_or_init(|| std::thread::available_parallelism().map_or(1, |t| t.get()));
    (n / CLAIMS_PER_THREAD).clamp(1, available.min(8))
}

impl Rec {
    fn remap(&mut self, remap: &[u32]) {
        self.subject = remap_id(remap, self.subject);
        self.subject_name = remap_id(remap, self.subject_name);
        self.alt = remap_id(remap, self.alt);
        self.predicate = remap_id(remap, self.predicate);
        self.object = remap_id(remap, self.object);
        self.object_name = remap_id(remap, self.object_name);
        self.doc = remap_id(remap, self.doc);
    }
}

fn same_key_base(a: &Rec, b: &Rec) -> bool {
    a.subject == b.subject
        && a.predicate == b.predicate
        && Dim::of(a.quantity.unit) == Dim::of(b.quantity.unit)
}

fn same_group(a: &Rec, b: &Rec) -> bool {
    same_key_base(a, b) && a.object == b.object && a.quantity.unit == b.quantity.unit
}

/// A unit as a number, in the order of the units' codes; currencies (by ISO code) first.
/// (The code's bytes, at most seven, read as a big-endian number.)
pub(super) fn unit_code(u: Unit) -> u64 {
    if let Unit::Currency([a, b, c]) = u {
        return u64::from_be_bytes([0, 0, 0, 0, 0, a, b, c]);
    }
    let code = u.code().as_bytes();
    let code = code.get(..7).unwrap_or(code);
    let mut packed = [0u8; 8];
    if let Some(end) = packed.get_mut(8 - code.len()..) {
        end.copy_from_slice(code);
    }
    (1 << 62) | u64::from_be_bytes(packed)
}

/// The integer part of the canonical order: key, dimension, unit, tier.
type GroupKey = (u32, u32, u64, u32, u64, u8);

fn group_key(r: &Rec) -> GroupKey {
    let unit = unit_code(r.quantity.unit);
    let dim = if r.quantity.unit.is_currency() {
        0
    } else {
        1 + unit
    };
    (r.subject, r.predicate, dim, r.object, unit, r.tier)
}

/// The canonical order of claims with their interval keys.
type RecCmp<'a> = dyn Fn((&Rec, &IvKey), (&Rec, &IvKey)) -> Ordering + Sync + 'a;

/// Sorts the claims (and their interval keys alike) in the canonical order: by their integer
/// group key first (cheap: packed in a `u64` and radix-sorted when the ids fit, in a `u128`
/// otherwise); the claims are then put in that order in place, and each run of equal keys, now
/// contiguous, is sorted by the full order where it lies (no comparison reads a claim through
/// an index). `n_strings` bounds the
/// interned ids.
fn canonical_sort(
    recs: &mut [Rec],
    ivs: &mut [IvKey],
    texts: &Texts,
    n_strings: usize,
    threads: usize,
) {
    // Units as dense ranks in their canonical order (there are few, and runs of claims share
    // theirs).
    let mut units: Vec<u64> = Vec::new();
    let mut last = None;
    for r in recs.iter() {
        if last != Some(r.quantity.unit) {
            last = Some(r.quantity.unit);
            let code = unit_code(r.quantity.unit);
            if let Err(at) = units.binary_search(&code) {
                units.insert(at, code);
            }
        }
    }
    // (The last unit's rank is kept: runs of claims share their unit.)
    let last_rank = std::cell::Cell::new(None);
    let rank = |u: Unit| -> u64 {
        if let Some((v, rank)) = last_rank.get() {
            if v == u {
                return rank;
            }
        }
        let code = unit_code(u);
        let rank = units.partition_point(|&c| c < code) as u64;
        last_rank.set(Some((u, rank)));
        rank
    };
    // The fields of the group key as small numbers, in the order of `group_key`: ids (NONE,
    // which sorts last, as the largest), dimension, unit rank, tier.
    let none = n_strings as u64;
    let id = |i: u32| {
        if i == NONE {
            none
        } else {
            u64::from(i).min(none)
        }
    };
    let fields = |r: &Rec| -> [u64; 6] {
        let unit = rank(r.quantity.unit);
        let dim = if r.quantity.unit.is_currency() {
            0
        } else {
            1 + unit
        };
        [
            id(r.subject),
            id(r.predicate),
            dim,
            id(r.object),
            unit,
            u64::from(r.tier & 3),
        ]
    };
    let bits = |max: u64| 64 - max.leading_zeros();
    let (id_bits, unit_bits) = (bits(none), bits(units.len() as u64));
    let widths = [id_bits, id_bits, unit_bits, id_bits, unit_bits, 2];
    // The order of the keys, and the runs of equal keys (start, end) longer than one.
    fn runs_of<K: Copy + Eq>(keyed: &[(K, u32)]) -> (Vec<u32>, Vec<(usize, usize)>) {
        let mut runs = Vec::new();
        let mut start = 0;
        while let Some(&(key, _)) = keyed.get(start) {
            let mut end = start + 1;
            while keyed.get(end).is_some_and(|k| k.0 == key) {
                end += 1;
            }
            if end - start > 1 {
                runs.push((start, end));
            }
            start = end;
        }
        (keyed.iter().map(|k| k.1).collect(), runs)
    }
    // Each claim's key beside its index.
    fn keyed_by<K>(recs: &[Rec], key: impl Fn(&Rec) -> K) -> Vec<(K, u32)> {
        recs.iter()
            .enumerate()
            .map(|(i, r)| (key(r), u32::try_from(i).unwrap_or(u32::MAX)))
            .collect()
    }
    // Whether equal keys are equal group keys (then the rest of the order decides).
    let mut exact = true;
    let (order, runs) = if widths.iter().sum::<u32>() <= 64 {
        let mut keyed = keyed_by(recs, |r| {
            fields(r)
                .iter()
                .zip(widths)
                .fold(0u64, |key, (&f, w)| (key << w) | f)
        });
        radix::sort_by_key(&mut keyed);
        runs_of(&keyed)
    } else {
        let mut keyed = keyed_by(recs, |r| {
            fields(r)
                .iter()
                .zip([32, 32, 16, 32, 14, 2])
                .fold(0u128, |key, (&f, w)| {
                    (key << w) | (u128::from(f) & ((1u128 << w) - 1))
                })
        });
        keyed.sort_unstable();
        // Unless there are more units than the packing holds, equal keys are equal group keys.
        exact = units.len() < 0x3fff;
        runs_of(&keyed)
    };
    let mut order = order;
    permute(recs, ivs, &mut order);
    drop(order);
    let full = |a: (&Rec, &IvKey), b: (&Rec, &IvKey)| {
        if exact {
            cmp_within(a, b, texts)
        } else {
            cmp_recs(a, b, texts)
        }
    };
    sort_runs(recs, ivs, &runs, threads, &full);
}

/// Sorts each run `(start, end)` of `recs` and `ivs` alike by `full` (on two threads when
/// asked, split at a run boundary near the middle).
fn sort_runs(
    recs: &mut [Rec],
    ivs: &mut [IvKey],
    runs: &[(usize, usize)],
    threads: usize,
    full: &RecCmp<'_>,
) {
    let sort_part = |recs: &mut [Rec], ivs: &mut [IvKey], runs: &[(usize, usize)], base: usize| {
        let mut scratch: Vec<(Rec, IvKey)> = Vec::new();
        for &(start, end) in runs {
            let (start, end) = (start - base, end - base);
            if let (Some(r), Some(v)) = (recs.get_mut(start..end), ivs.get_mut(start..end)) {
                sort_together(r, v, &mut scratch, full);
            }
        }
    };
    // The first run in the second half.
    let split = runs.partition_point(|r| r.0 < recs.len() / 2);
    let mid = runs.get(split).map_or(recs.len(), |r| r.0);
    if threads > 1 && split > 0 && split < runs.len() {
        let (left_recs, right_recs) = recs.split_at_mut(mid);
        let (left_ivs, right_ivs) = ivs.split_at_mut(mid.min(ivs.len()));
        let (left_runs, right_runs) = runs.split_at(split);
        std::thread::scope(|s| {
            s.spawn(|| sort_part(left_recs, left_ivs, left_runs, 0));
            sort_part(right_recs, right_ivs, right_runs, mid);
        });
    } else {
        sort_part(recs, ivs, runs, 0);
    }
}

/// Puts `recs` and `ivs` in `order` (position `i` receives the element at `order[i]`), in
/// place, following the permutation's cycles; `order` is used up.
fn permute<A: Copy, B: Copy>(recs: &mut [A], ivs: &mut [B], order: &mut [u32]) {
    const DONE: u32 = u32::MAX;
    for i in 0..order.len() {
        if order.get(i).is_none_or(|&o| o == DONE || o as usize == i) {
            if let Some(o) = order.get_mut(i) {
                *o = DONE;
            }
            continue;
        }
        let (Some(&r0), Some(&v0)) = (recs.get(i), ivs.get(i)) else {
            break;
        };
        let mut j = i;
        while let Some(slot) = order.get_mut(j) {
            let k = *slot as usize;
            *slot = DONE;
            if k == i || k >= recs.len() {
                if let (Some(r), Some(v)) = (recs.get_mut(j), ivs.get_mut(j)) {
                    *r = r0;
                    *v = v0;
                }
                break;
            }
            if let (Some(&rk), Some(&vk)) = (recs.get(k), ivs.get(k)) {
                if let (Some(r), Some(v)) = (recs.get_mut(j), ivs.get_mut(j)) {
                    *r = rk;
                    *v = vk;
                }
            }
            j = k;
        }
    }
}

/// The canonical order: key, unit, tier, interval, then provenance, then everything else.
fn cmp_recs(a: (&Rec, &IvKey), b: (&Rec, &IvKey), texts: &Texts) -> Ordering {
    group_key(a.0)
        .cmp(&group_key(b.0))
        .then_with(|| cmp_within(a, b, texts))
}

/// [`cmp_recs`] for claims of the same group key.
fn cmp_within((a, ia): (&Rec, &IvKey), (b, ib): (&Rec, &IvKey), texts: &Texts) -> Ordering {
    ia.cmp(ib)
        .then(a.doc.cmp(&b.doc))
        .then(a.start.cmp(&b.start))
        .then(a.end.cmp(&b.end))
        .then_with(|| texts.get(a.text).cmp(texts.get(b.text)))
        .then_with(|| cmp_quantity(&a.quantity.get(), &b.quantity.get()))
        .then(a.lang.cmp(&b.lang))
        .then(a.functional.cmp(&b.functional))
        .then(a.subject_name.cmp(&b.subject_name))
        .then(a.object_name.cmp(&b.object_name))
        .then(a.year.cmp(&b.year))
        .then(a.conversion.cmp(&b.conversion))
        .then(a.confidence.total_cmp(&b.confidence))
}

fn cmp_quantity(a: &Quantity, b: &Quantity) -> Ordering {
    a.value
        .cmp(&b.value)
        .then(a.value.coeff().cmp(&b.value.coeff()))
        .then(a.value.exponent().cmp(&b.value.exponent()))
        .then(a.max.cmp(&b.max))
        .then_with(|| {
            let raw = |q: &Quantity| q.max.map(|m| (m.coeff(), m.exponent()));
            raw(a).cmp(&raw(b))
        })
        .then(a.bound.cmp(&b.bound))
        .then(a.approximate.cmp(&b.approximate))
}

/// The subject, predicate and dimension of a claim: the prefix of the canonical order.
pub(super) fn key_base(r: &Rec) -> (u32, u32, u64) {
    let k = group_key(r);
    (k.0, k.1, k.2)
}

/// The claims of the canonical order whose key base (subject, predicate, dimension) is `base`.
pub(super) fn run_of(recs: &[Rec], base: (u32, u32, u64)) -> std::ops::Range<usize> {
    let a = recs.partition_point(|x| key_base(x) < base);
    let b = a + recs
        .get(a..)
        .unwrap_or(&[])
        .partition_point(|x| key_base(x) == base);
    a..b
}

/// The claims of the canonical order whose subject is `s` (contiguous: the order starts with
/// the subject).
pub(super) fn subject_run(recs: &[Rec], s: u32) -> std::ops::Range<usize> {
    let a = recs.partition_point(|x| x.subject < s);
    let n = recs
        .get(a..)
        .unwrap_or(&[])
        .partition_point(|x| x.subject == s);
    a..a + n
}

/// The entries of a list sorted by packed `(high << 32) | low` keys whose high half is `high`.
fn with_high(list: &[(u64, u32)], high: u32) -> &[(u64, u32)] {
    let a = list.partition_point(|&(k, _)| k >> 32 < u64::from(high));
    let n = list
        .get(a..)
        .unwrap_or(&[])
        .partition_point(|&(k, _)| k >> 32 == u64::from(high));
    list.get(a..a + n).unwrap_or(&[])
}

/// A claim whose sentence names another party ([`Rec::alt`]) moves to that subject when
/// another document agrees with it there (same predicate, dimension and unit, an overlapping
/// value, a compatible object) and no other document states anything under its own subject,
/// predicate and dimension. The decisions are all taken on the claims as they came (no move
/// depends on another), so the outcome does not depend on their order. Only agreement moves a
/// claim: a disagreeing value under the other subject may be that party's own figure (two
/// partners' stakes), so it never makes a conflict. Returns whether a claim moved; the claims
/// must be in the canonical order, and are to be sorted again after a move.
fn join_alternative_subjects(recs: &mut [Rec], ivs: &[IvKey]) -> bool {
    let run_of = |base| run_of(recs, base);
    // (claim, its new subject, that subject's name)
    let mut moves: Vec<(usize, u32, u32)> = Vec::new();
    for (i, r) in recs.iter().enumerate() {
        if r.alt == NONE || r.alt == r.subject || r.subject == NONE {
            continue;
        }
        let base = key_base(r);
        let own = run_of(base);
        let others_own = recs.get(own).unwrap_or(&[]).iter().any(|x| x.doc != r.doc);
        if others_own {
            continue;
        }
        let Some(iv) = ivs.get(i) else { continue };
        let there = run_of((r.alt, base.1, base.2));
        let there_recs = recs.get(there.clone()).unwrap_or(&[]);
        let there_ivs = ivs.get(there).unwrap_or(&[]);
        // Two claims that each name the other's subject would swap places and still not
        // meet: of such a pair only the one whose subject sorts after the other's moves.
        let mut joins: Option<u32> = None;
        for (x, xiv) in there_recs.iter().zip(there_ivs) {
            let agree = x.doc != r.doc
                && x.quantity.unit == r.quantity.unit
                && (x.object == r.object || x.object == NONE || r.object == NONE)
                && x.year.zip(r.year).is_none_or(|(a, b)| a == b)
                && xiv.overlaps(iv);
            if !agree {
                continue;
            }
            let mutual = x.alt == r.subject && there_recs.iter().all(|y| y.doc == x.doc);
            if !mutual || r.subject > r.alt {
                joins = Some(x.subject_name);
                break;
            }
        }
        if let Some(name) = joins {
            moves.push((i, r.alt, name));
        }
    }
    for &(i, alt, alt_name) in &moves {
        if let Some(r) = recs.get_mut(i) {
            r.alt = NONE;
            (r.subject, r.subject_name) = (alt, alt_name);
        }
    }
    !moves.is_empty()
}

/// For each claim (in the canonical order), whether its run of claims with an equal `key`
/// (contiguous in that order) comes from its one document alone: one linear pass.
fn one_doc_runs<K: PartialEq>(recs: &[Rec], key: impl Fn(&Rec) -> K) -> Vec<bool> {
    let mut out = Vec::with_capacity(recs.len());
    let mut start = 0;
    while let Some(first) = recs.get(start) {
        let k = key(first);
        let run = recs.get(start..).unwrap_or(&[]);
        let len = run.iter().take_while(|x| key(x) == k).count().max(1);
        let one_doc = run.iter().take(len).all(|x| x.doc == first.doc);
        out.extend(std::iter::repeat_n(one_doc, len));
        start += len;
    }
    out
}

/// For each claim, whether no other document states anything under its key base (subject,
/// predicate, dimension).
pub(super) fn unsupported(recs: &[Rec]) -> Vec<bool> {
    one_doc_runs(recs, key_base)
}

/// The most claims of one subject [`join_lone_predicates`] compares a claim with.
pub(super) const MAX_SUBJECT_RUN: usize = 4096;

/// The most other subjects [`join_corroborated_subjects`] looks at for one claim.
const MAX_OTHER_SUBJECTS: usize = 512;

/// Whether a figure is specific enough that two documents giving it for one event give the
/// same fact: an amount of money, or a figure of two or more digits after its trailing zeros
/// ("9,6 miliardi", "26.000", "38,50"; not "20 %", "5.000" or "vier").
pub(crate) fn distinctive(q: &CQuantity) -> bool {
    specific(q.unit, &q.value.get().normalized())
}

/// [`distinctive`] of a value in `unit`, trailing zeros already removed from it.
pub(super) fn specific(unit: Unit, normalized: &Decimal) -> bool {
    unit.is_currency() || normalized.significant_digits() >= 2
}

/// Whether two claims of different documents state the same figure: the same unit, compatible
/// objects and years, overlapping values, both specific ([`distinctive`]), and either both
/// closed intervals or the same written figure and bound ("plus de 31 millions", "逾3,100萬").
pub(super) fn corroborates(r: &Rec, riv: &IvKey, x: &Rec, xiv: &IvKey) -> bool {
    (x.object == r.object || x.object == NONE || r.object == NONE) && same_figure(r, riv, x, xiv)
}

/// [`corroborates`], whatever the objects.
pub(super) fn same_figure(r: &Rec, riv: &IvKey, x: &Rec, xiv: &IvKey) -> bool {
    x.doc != r.doc
        && x.quantity.unit == r.quantity.unit
        && x.year.zip(r.year).is_none_or(|(a, b)| a == b)
        && distinctive(&r.quantity)
        && distinctive(&x.quantity)
        && xiv.overlaps(riv)
        && ((r.tier < 2 && x.tier < 2)
            || (r.quantity.value == x.quantity.value && r.quantity.bound == x.quantity.bound))
}

/// Whether a claim is keyed by its figure's dimension alone (`money`, `percent`...): its
/// sentence named nothing that says what the figure measures.
fn is_bare(r: &Rec, strings: &Interner) -> bool {
    crate::claim::concepts::dimension(r.quantity.unit)
        .is_some_and(|d| d == strings.get(r.predicate))
}

/// Which of two predicates a figure that two documents state for one subject under both, each
/// alone under its key, should be kept under: a named predicate rather than a bare one
/// ([`is_bare`]), a frame's predicate rather than a noun's (`money:payment`, a figure's
/// dimension and the noun beside it: see [`crate::claim::concepts`]), a narrower one (a frame's
/// `refines`, see [`Options::broader`]) rather than the broader one. Of two claims each alone
/// under its key, at most one moves.
struct PredicateOrder {
    /// Per predicate id, whether the claims keyed by it are bare.
    bare: Vec<bool>,
    /// Per predicate id, whether it is a noun's key ([`crate::claim::concepts::is_concept_key`]).
    noun: Vec<bool>,
    /// (narrower, broader) predicate ids, sorted, transitively closed.
    narrower: Vec<(u32, u32)>,
}

impl PredicateOrder {
    fn new(
        recs: &[Rec],
        strings: &Interner,
        broader: &indexmap::IndexMap<String, Vec<String>>,
    ) -> Self {
        let n = strings.len();
        let mut bare = vec![false; n];
        let mut noun = vec![false; n];
        for r in recs {
            if let Some(b) = bare.get_mut(r.predicate as usize) {
                *b = is_bare(r, strings);
            }
            if let Some(c) = noun.get_mut(r.predicate as usize) {
                *c = crate::claim::concepts::is_concept_key(
                    strings.get(r.predicate),
                    r.quantity.unit,
                );
            }
        }
        let mut narrower: Vec<(u32, u32)> = Vec::new();
        for (narrow, broads) in broader {
            let Some(a) = strings.find(narrow) else {
                continue;
            };
            narrower.extend(
                broads
                    .iter()
                    .filter_map(|b| strings.find(b))
                    .map(|b| (a, b)),
            );
        }
        // The closure: a frame refining one that refines a third refines the third. The lists
        // are a few dozen pairs.
        loop {
            narrower.sort_unstable();
            narrower.dedup();
            let implied: Vec<(u32, u32)> = narrower
                .iter()
                .flat_map(|&(a, b)| {
                    let from = narrower.partition_point(|&(x, _)| x < b);
                    narrower
                        .get(from..)
                        .unwrap_or(&[])
                        .iter()
                        .take_while(move |&&(x, _)| x == b)
                        .map(move |&(_, c)| (a, c))
                })
                .filter(|p| p.0 != p.1 && narrower.binary_search(p).is_err())
                .collect();
            if implied.is_empty() || narrower.len() > 1 << 16 {
                break;
            }
            narrower.extend(implied);
        }
        PredicateOrder {
            bare,
            noun,
            narrower,
        }
    }

    /// Whether predicate `p` is a figure's dimension alone.
    fn bare(&self, p: u32) -> bool {
        self.bare.get(p as usize).copied().unwrap_or(false)
    }

    /// Whether predicate `p` is a figure's dimension alone or a noun's key (no frame's).
    fn loose(&self, p: u32) -> bool {
        self.bare.get(p as usize).copied().unwrap_or(false)
            || self.noun.get(p as usize).copied().unwrap_or(false)
    }

    /// Whether a figure under predicate `b` is better kept under predicate `a`.
    fn before(&self, a: u32, b: u32) -> bool {
        let bare = |p: u32| self.bare.get(p as usize).copied().unwrap_or(true);
        let noun = |p: u32| self.noun.get(p as usize).copied().unwrap_or(true);
        let frame = |p: u32| !bare(p) && !noun(p);
        a != b
            && ((bare(b) && !bare(a))
                || (noun(b) && frame(a))
                || self.narrower.binary_search(&(a, b)).is_ok())
    }
}

/// A claim that no other document supports under its own key takes the predicate of the one
/// key of its subject where another document states the same figure ([`corroborates`]), when
/// other documents too support that key, or else when that predicate goes first
/// ([`PredicateOrder`]): "Iliad … 1,8 Milliarden Euro" with no cue beside the figure is the
/// investment another source names; "Eni +1,4 %" read as growth is the share price change two
/// others report. Of two claims each alone under its key and neither first, neither moves. Decisions are taken on the claims as they came, so the
/// outcome does not depend on their order. Returns whether a claim moved; the claims must be
/// in the canonical order, and are to be sorted again after a move.
fn join_lone_predicates(recs: &mut [Rec], ivs: &[IvKey], order: &PredicateOrder) -> bool {
    // (claim, its new predicate, whether that predicate is functional)
    let mut moves: Vec<(usize, u32, bool)> = Vec::new();
    let alone = unsupported(recs);
    // For each claim, whether its subject is spoken of by its one document alone.
    let subject_alone = one_doc_runs(recs, |r| r.subject);
    for (i, r) in recs.iter().enumerate() {
        let candidate = alone.get(i).copied().unwrap_or(false)
            && !subject_alone.get(i).copied().unwrap_or(true)
            && r.subject != NONE
            && distinctive(&r.quantity);
        if !candidate {
            continue;
        }
        let Some(riv) = ivs.get(i) else { continue };
        let std::ops::Range { start: a, end: b } = subject_run(recs, r.subject);
        // Comparing with every claim of a subject stated many times would be quadratic.
        if b - a > MAX_SUBJECT_RUN {
            continue;
        }
        // (predicate, functional, whether other documents support its key)
        let mut target: Option<(u32, bool, bool)> = None;
        let mut ambiguous = false;
        let same_subject = recs.get(a..b).unwrap_or(&[]);
        let with_ivs = same_subject.iter().zip(ivs.get(a..b).unwrap_or(&[]));
        for (j, (x, xiv)) in (a..).zip(with_ivs) {
            if x.predicate == r.predicate || !corroborates(r, riv, x, xiv) {
                continue;
            }
            match target {
                None => {
                    let supported = !alone.get(j).copied().unwrap_or(true);
                    target = Some((x.predicate, x.functional, supported));
                }
                Some((p, _, _)) if p != x.predicate => ambiguous = true,
                Some(_) => {}
            }
        }
        if let (Some((p, functional, supported)), false) = (target, ambiguous) {
            if supported || order.before(p, r.predicate) {
                moves.push((i, p, functional));
            }
        }
    }
    for &(i, predicate, functional) in &moves {
        if let Some(r) = recs.get_mut(i) {
            (r.predicate, r.functional) = (predicate, functional);
        }
    }
    !moves.is_empty()
}

/// A claim that no other document supports under its own subject moves to the one other
/// subject under which another document states the same figure for the same predicate
/// ([`corroborates`]), when its own document names that subject too (as a claim's subject,
/// object or alternative): the figure is the other source's fact, given in this sentence to a
/// party it mentions beside (the buyer for the target, the chief executive for the company).
/// Where the two name the parties the other way round (this claim's object is the other's
/// subject, or the other's object this claim's subject), the objects need not agree: the claim
/// takes the other subject and loses its object, which the other sources then give it.
/// Where the other subject is supported by its one document alone and that document names this
/// claim's subject as well, either could be the right one and neither moves. Only agreement
/// moves a claim, so no conflict comes of it; decisions are taken on the claims as they came.
/// Returns whether a claim moved; the claims must be in the canonical order, and are to be
/// sorted again after a move.
fn join_corroborated_subjects(recs: &mut [Rec], ivs: &[IvKey]) -> bool {
    let alone = unsupported(recs);
    let lone = |i: usize| alone.get(i).copied().unwrap_or(false);
    let candidate = |i: usize, r: &Rec| lone(i) && r.subject != NONE && distinctive(&r.quantity);
    // The documents holding a candidate: only theirs are asked what they name.
    let n_docs = recs.iter().map(|r| r.doc as usize + 1).max().unwrap_or(0);
    let mut asked = vec![false; n_docs];
    for (i, r) in recs.iter().enumerate() {
        if candidate(i, r) {
            if let Some(a) = asked.get_mut(r.doc as usize) {
                *a = true;
            }
        }
    }
    // Their (document, entity) pairs, packed and radix-sorted.
    let pair = |doc: u32, e: u32| (u64::from(doc) << 32) | u64::from(e);
    // Claims in the canonical order repeat their subject run after run: a pair met among the
    // last few is not written again, so that a long document does not list its entities once
    // per claim before the sort removes the repeats.
    let mut named: Vec<(u64, u32)> = Vec::new();
    let mut recent = [u64::MAX; 8];
    let mut next = 0;
    for r in recs
        .iter()
        .filter(|r| asked.get(r.doc as usize).copied().unwrap_or(false))
    {
        for e in [r.subject, r.alt, r.object] {
            let p = pair(r.doc, e);
            if e == NONE || recent.contains(&p) {
                continue;
            }
            if let Some(slot) = recent.get_mut(next % 8) {
                *slot = p;
            }
            next += 1;
            named.push((p, 0));
        }
    }
    radix::sort_by_key(&mut named);
    named.dedup();
    let names = |doc: u32, e: u32| named.binary_search(&(pair(doc, e), 0)).is_ok();
    // (predicate, subject) pairs of the specific claims, packed like `named`.
    let mut with_predicate: Vec<(u64, u32)> = Vec::new();
    for r in recs
        .iter()
        .filter(|r| r.subject != NONE && distinctive(&r.quantity))
    {
        let p = pair(r.predicate, r.subject);
        if with_predicate.last().map(|l| l.0) != Some(p) {
            with_predicate.push((p, 0));
        }
    }
    radix::sort_by_key(&mut with_predicate);
    with_predicate.dedup();
    // (claim, its new subject, that subject's name)
    let mut moves: Vec<(usize, u32, u32)> = Vec::new();
    for (i, r) in recs.iter().enumerate() {
        if !candidate(i, r) {
            continue;
        }
        let Some(riv) = ivs.get(i) else { continue };
        // The other subjects that could take the claim: those its document names that state
        // this predicate somewhere, found from the shorter of the two lists.
        let doc_named = with_high(&named, r.doc);
        let stating = with_high(&with_predicate, r.predicate);
        if doc_named.len().min(stating.len()) > MAX_OTHER_SUBJECTS {
            continue;
        }
        let low = |k: u64| (k & u64::from(u32::MAX)) as u32;
        let others: Vec<u32> = if stating.len() <= doc_named.len() {
            stating
                .iter()
                .map(|&(k, _)| low(k))
                .filter(|&e| names(r.doc, e))
                .collect()
        } else {
            doc_named
                .iter()
                .map(|&(k, _)| low(k))
                .filter(|&e| {
                    with_predicate
                        .binary_search(&(pair(r.predicate, e), 0))
                        .is_ok()
                })
                .collect()
        };
        let base = key_base(r);
        let mut target: Option<(u32, u32, usize)> = None;
        let mut ambiguous = false;
        for e in others {
            if e == r.subject {
                continue;
            }
            let there = run_of(recs, (e, base.1, base.2));
            let (start, len) = (there.start, there.len());
            // A run of this claim's document alone has nothing to agree with; a run stated
            // very many times is not scanned per claim.
            let single = lone(start) && recs.get(start).is_some_and(|x| x.doc == r.doc);
            if len == 0 || single || len > MAX_SUBJECT_RUN {
                continue;
            }
            let run = recs
                .get(there.clone())
                .unwrap_or(&[])
                .iter()
                .zip(ivs.get(there).unwrap_or(&[]))
                .enumerate();
            for (off, (x, xiv)) in run {
                // The parties swapped: this claim's object is the other's subject, or the
                // other's object this claim's subject ("A's stake in B" against "B's in A").
                let swapped = r.object == x.subject || (x.object != NONE && x.object == r.subject);
                if corroborates(r, riv, x, xiv) || (swapped && same_figure(r, riv, x, xiv)) {
                    match target {
                        None => target = Some((x.subject, x.subject_name, start + off)),
                        Some((s, _, _)) if s != x.subject => ambiguous = true,
                        Some(_) => {}
                    }
                    break;
                }
            }
        }
        let Some((subject, name, j)) = target else {
            continue;
        };
        let Some(x) = recs.get(j) else { continue };
        if ambiguous || (lone(j) && names(x.doc, r.subject)) {
            continue;
        }
        moves.push((i, subject, name));
    }
    for &(i, subject, name) in &moves {
        if let Some(r) = recs.get_mut(i) {
            r.alt = NONE;
            if r.object == subject {
                // Its object was the subject it now takes: the parties were swapped.
                (r.object, r.object_name) = (NONE, NONE);
            }
            (r.subject, r.subject_name) = (subject, name);
        }
    }
    !moves.is_empty()
}

/// A claim without object joins the key that differs only by its object, when there is exactly
/// one such key (subject, predicate and dimension equal). Each run of one subject, predicate and
/// dimension is taken alone: with two threads or more, the two halves (cut between two runs)
/// are taken at once.
fn join_missing_objects(recs: &mut [Rec], ivs: &mut [IvKey], cmp: &RecCmp<'_>, threads: usize) {
    // The first run starting in the second half.
    let mut cut = recs.len() / 2;
    while let (Some(a), Some(b)) = (recs.get(cut.wrapping_sub(1)), recs.get(cut)) {
        if !same_key_base(a, b) {
            break;
        }
        cut += 1;
    }
    if threads > 1 && cut > 0 && cut < recs.len() && ivs.len() == recs.len() {
        let (left_recs, right_recs) = recs.split_at_mut(cut);
        let (left_ivs, right_ivs) = ivs.split_at_mut(cut);
        std::thread::scope(|s| {
            s.spawn(|| join_missing_objects_in(left_recs, left_ivs, cmp));
            join_missing_objects_in(right_recs, right_ivs, cmp);
        });
    } else {
        join_missing_objects_in(recs, ivs, cmp);
    }
}

/// [`join_missing_objects`] on one thread.
fn join_missing_objects_in(recs: &mut [Rec], ivs: &mut [IvKey], cmp: &RecCmp<'_>) {
    let mut start = 0;
    while start < recs.len() {
        let mut end = start + 1;
        while let (Some(a), Some(b)) = (recs.get(start), recs.get(end)) {
            if !same_key_base(a, b) {
                break;
            }
            end += 1;
        }
        let Some(run) = recs.get_mut(start..end) else {
            break;
        };
        // A lone object that another source's figure places under another object joins it.
        if let Some(run_ivs) = ivs.get_mut(start..end) {
            if join_lone_objects(run, run_ivs) {
                sort_together(run, run_ivs, &mut Vec::new(), cmp);
            }
        }
        // Sorted by object, missing objects last.
        let last_missing = run.last().is_some_and(|r| r.object == NONE);
        let first = run.first().map_or(NONE, |r| r.object);
        if last_missing && first != NONE && join_run(run) {
            if let Some(run_ivs) = ivs.get_mut(start..end) {
                sort_together(run, run_ivs, &mut Vec::new(), cmp);
            }
        }
        start = end;
    }
}

/// In a run of one subject, predicate and dimension (sorted by object), a claim whose object
/// only its own document gives takes the one other object under which another document states
/// the same specific figure ([`corroborates`]): the object was named differently or wrongly
/// ("罗克韦尔自动化" unlinked to Rockwell Automation; the town of the headquarters for the
/// company bought). Where that object too rests on one document, either could be right and
/// neither moves. Decisions are taken on the claims as they came. Returns whether a claim
/// changed; the run is then to be sorted again.
fn join_lone_objects(run: &mut [Rec], ivs: &[IvKey]) -> bool {
    // Comparing each lone claim with the whole run: beyond this, runs are left as they are.
    const MAX_RUN: usize = 1024;
    if run.len() < 2 || run.len() > MAX_RUN {
        return false;
    }
    // One document's claims alone: no other source to agree with.
    let first_doc = run.first().map_or(NONE, |r| r.doc);
    if run.iter().all(|x| x.doc == first_doc) {
        return false;
    }
    // Per object (the run is sorted by object): its one document, or NONE if several.
    let mut docs_of: Vec<(u32, u32)> = Vec::new();
    for x in run.iter() {
        match docs_of.last_mut() {
            Some((o, d)) if *o == x.object => {
                if *d != x.doc {
                    *d = NONE;
                }
            }
            _ => docs_of.push((x.object, x.doc)),
        }
    }
    let lone_object = |o: u32, doc: u32| {
        docs_of
            .iter()
            .find(|&&(x, _)| x == o)
            .is_none_or(|&(_, d)| d == doc)
    };
    let mut moves: Vec<(usize, u32, u32)> = Vec::new();
    for (i, (r, riv)) in run.iter().zip(ivs).enumerate() {
        if r.object == NONE || !distinctive(&r.quantity) || !lone_object(r.object, r.doc) {
            continue;
        }
        let mut target: Option<(u32, u32, u32)> = None;
        let mut ambiguous = false;
        for (x, xiv) in run.iter().zip(ivs) {
            if x.object == NONE || x.object == r.object || !same_figure(r, riv, x, xiv) {
                continue;
            }
            match target {
                None => target = Some((x.object, x.object_name, x.doc)),
                Some((o, _, _)) if o != x.object => ambiguous = true,
                Some(_) => {}
            }
        }
        if let (Some((o, name, doc)), false) = (target, ambiguous) {
            if !lone_object(o, doc) {
                moves.push((i, o, name));
            }
        }
    }
    for &(i, o, name) in &moves {
        if let Some(r) = run.get_mut(i) {
            (r.object, r.object_name) = (o, name);
        }
    }
    !moves.is_empty()
}

/// Sorts a (short) run of claims and their interval keys alike; `scratch` is reused between
/// calls.
fn sort_together(
    recs: &mut [Rec],
    ivs: &mut [IvKey],
    scratch: &mut Vec<(Rec, IvKey)>,
    cmp: &RecCmp<'_>,
) {
    scratch.clear();
    scratch.extend(recs.iter().copied().zip(ivs.iter().copied()));
    scratch.sort_unstable_by(|a, b| cmp((&a.0, &a.1), (&b.0, &b.1)));
    for ((r, v), (pr, pv)) in recs.iter_mut().zip(ivs.iter_mut()).zip(scratch.iter()) {
        *r = *pr;
        *v = *pv;
    }
}

/// Gives the claims of `run` (one subject, predicate and dimension, sorted by object, missing
/// objects last) that have no object the object of the others: when only one object occurs, or
/// when only one is compatible with the claim, stated in its unit and (where both are dated)
/// its year. A vague amount (several hundred billion) joins none. A claim that joins an object
/// whose claims are all functional becomes so: a frame keeps a figure without its object
/// multi-valued (an investment without investee: plans differ), and once the object is given it
/// is that one deal's value. Returns whether any claim changed.
fn join_run(run: &mut [Rec]) -> bool {
    // (object, unit, year, object name) of the claims with an object, without repeats.
    let mut known: Vec<(u32, u64, Option<i32>, u32)> = run
        .iter()
        .filter(|r| r.object != NONE)
        .map(|r| (r.object, unit_code(r.quantity.unit), r.year, r.object_name))
        .collect();
    known.sort_unstable();
    known.dedup_by_key(|k| (k.0, k.1, k.2));
    let single = known
        .first()
        .map(|k| k.0)
        .filter(|&o| known.iter().all(|k| k.0 == o));
    // Matching each claim against many objects would be quadratic: beyond a few, only the
    // unambiguous case is joined.
    const MAX_CANDIDATES: usize = 64;
    if single.is_none() && known.len() > MAX_CANDIDATES {
        return false;
    }
    // Whether every claim naming an object is functional (asked only of the objects given).
    let functional_of =
        |run: &[Rec], o: u32| run.iter().filter(|x| x.object == o).all(|x| x.functional);
    let mut given: Vec<(usize, u32, u32, bool)> = Vec::new();
    // A vague amount ("數千億", "mehrere Milliarden") is too loose to say which fact it is.
    for (i, r) in run
        .iter()
        .enumerate()
        .filter(|(_, r)| r.object == NONE && !r.quantity.approximate)
    {
        let unit = unit_code(r.quantity.unit);
        let mut found: Option<(u32, u32)> = None;
        let mut ambiguous = false;
        for &(o, u, y, name) in &known {
            let compatible = single.is_some()
                || (u == unit && !matches!((y, r.year), (Some(a), Some(b)) if a != b));
            if !compatible {
                continue;
            }
            match found {
                None => found = Some((o, name)),
                Some((f, _)) if f == o => {}
                Some(_) => {
                    ambiguous = true;
                    break;
                }
            }
        }
        if let (false, Some((o, name))) = (ambiguous, found) {
            given.push((i, o, name, functional_of(run, o)));
        }
    }
    for &(i, o, name, functional) in &given {
        if let Some(r) = run.get_mut(i) {
            r.object = o;
            r.object_name = name;
            r.functional |= functional;
        }
    }
    !given.is_empty()
}

/// The claims that belong to several of `clusters` (a hedge or a vague figure compatible with
/// several values), sorted.
#[cfg(test)]
fn shared_members(clusters: &[Cluster]) -> Vec<u32> {
    let mut shared = Vec::new();
    shared_members_into(clusters, &mut Vec::new(), &mut shared);
    shared
}

/// [`shared_members`] into `shared`, with `all` as a reused buffer.
fn shared_members_into(clusters: &[Cluster], all: &mut Vec<u32>, shared: &mut Vec<u32>) {
    all.clear();
    all.extend(clusters.iter().flat_map(|c| c.members()));
    all.sort_unstable();
    shared.clear();
    shared.extend(all.windows(2).filter_map(|w| match w {
        [a, b] if a == b => Some(*a),
        _ => None,
    }));
    shared.dedup();
}

/// How many figures two documents must give alike of one subject to be taken as reports of
/// one event ([`event_contests`]).
const SAME_EVENT_FIGURES: usize = 2;

/// How far apart (as a ratio) two values of a multi-valued key may be for [`event_contests`] to
/// take them as one figure told two ways: translation and rounding drift (1,2 against 1,5 GW;
/// 900 millions against 1,5 miliardi) stay within it; a count of new plants against the plants
/// in service does not.
const NEAR_FACTOR: u128 = 2;

/// How far apart two values of a multi-valued key may be for [`event_contests`] where each of
/// the two reports gives the key that one value: a figure one source rounds or revises (a
/// quarter of a million travellers against some 800,000) stays within it; a count of the plants
/// to build against the plants in service (4 against 57) does not.
const LONE_NEAR_FACTOR: u128 = 4;

/// Whether two values of reports of one event are near enough to be one figure told two ways:
/// within [`NEAR_FACTOR`] of each other, or [`transposed`].
pub(super) fn near_figures(a: Decimal, b: Decimal) -> bool {
    within_factor(a, b, NEAR_FACTOR) || transposed(a, b)
}

/// Whether two values are one figure with two of its digits swapped, a common slip in copying
/// a figure ("38" and "83", "1,3 %" and "3,1 %", "55,9" and "59,5"): the same exponent and
/// number of significant digits (two or more), differing in exactly two digits that trade
/// places.
fn transposed(a: Decimal, b: Decimal) -> bool {
    let (a, b) = (a.normalized(), b.normalized());
    if a.is_negative() != b.is_negative()
        || a.exponent() != b.exponent()
        || a.coeff() == b.coeff()
        || a.significant_digits() < 2
    {
        return false;
    }
    let (da, db) = (a.coeff().to_string(), b.coeff().to_string());
    if da.len() != db.len() {
        return false;
    }
    let diff: Vec<(u8, u8)> = da.bytes().zip(db.bytes()).filter(|(x, y)| x != y).collect();
    matches!(diff.as_slice(), [(p, q), (r, s)] if p == s && q == r)
}

/// Whether `a` and `b` are within a factor `k` of each other (both of one sign).
fn within_factor(a: Decimal, b: Decimal, k: u128) -> bool {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    if lo.is_negative() != hi.is_negative() || lo.is_zero() {
        return false;
    }
    let (lo, hi) = if lo.is_negative() {
        (hi.negate(), lo.negate())
    } else {
        (lo, hi)
    };
    lo.checked_mul_int(k).is_some_and(|m| m >= hi)
}

/// The most clusters or documents of one multi-valued key [`event_contests`] compares.
const MAX_EVENT_KEY: usize = 64;

/// A key that may hold several values (a company's investments, hires, capacities) is contested
/// after all where two sources that report one event each state a value of it that the other
/// does not, the two within [`NEAR_FACTOR`] of each other (within [`LONE_NEAR_FACTOR`] where
/// each source gives the key that one value), or the one with two digits of the other swapped
/// ([`transposed`]: 27 and 72). Two sources report one event when they agree elsewhere on at
/// least [`SAME_EVENT_FIGURES`] specific figures ([`distinctive`]) of the same subject, each in
/// one fact with both, or share as many specific figures whatever their keys
/// ([`super::event::DocFigures`]). "CATL investe 7,3
/// miliardi" and "寧德時代投資76億歐元" in two reports that agree on the plant's jobs and capacity
/// are one investment told two ways; a source giving the reactor's 170 MW and the plant's
/// 680 MW and another giving 150 MW and 680 MW disagree on the reactor; two articles on two
/// plants, with nothing else alike, keep two investments.
fn event_contests(
    recs: &[Rec],
    groups: &mut [Group],
    clusters: &[Cluster],
    reports: &super::event::DocFigures,
) {
    let doc_of = |m: u32| recs.get(m as usize).map(|r| r.doc);
    let mut docs: Vec<u32> = Vec::new();
    let mut candidates: Vec<usize> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        let n = g.clusters.1 - g.clusters.0;
        let subject = recs.get(g.start).map_or(NONE, |r| r.subject);
        if !g.functional && !g.contested && (2..=MAX_EVENT_KEY).contains(&n) && subject != NONE {
            candidates.push(gi);
        }
    }
    if candidates.is_empty() {
        return;
    }
    // The subjects of the candidates: only their facts are asked about.
    let mut asked: Vec<u32> = candidates
        .iter()
        .filter_map(|&gi| groups.get(gi))
        .filter_map(|g| recs.get(g.start).map(|r| r.subject))
        .collect();
    asked.sort_unstable();
    asked.dedup();
    // (subject, document, cluster) for each cluster of a specific figure that several
    // documents give: the facts two documents share.
    let mut shared: Vec<(u64, u32)> = Vec::new();
    let pair = |subject: u32, doc: u32| (u64::from(subject) << 32) | u64::from(doc);
    for g in groups.iter() {
        let Some(first) = recs.get(g.start) else {
            continue;
        };
        if first.subject == NONE || asked.binary_search(&first.subject).is_err() {
            continue;
        }
        for ci in g.clusters.0..g.clusters.1 {
            let Some(c) = clusters.get(ci) else { continue };
            let specific = recs
                .get(c.first() as usize)
                .is_some_and(|r| distinctive(&r.quantity));
            if !specific {
                continue;
            }
            docs.clear();
            docs.extend(c.members().filter_map(doc_of));
            docs.sort_unstable();
            docs.dedup();
            if docs.len() < 2 {
                continue;
            }
            let ci = u32::try_from(ci).unwrap_or(NONE);
            shared.extend(docs.iter().map(|&d| (pair(first.subject, d), ci)));
        }
    }
    radix::sort_by_key(&mut shared);
    let facts_of = |subject: u32, doc: u32| -> &[(u64, u32)] {
        let p = pair(subject, doc);
        let a = shared.partition_point(|e| e.0 < p);
        let b = shared.partition_point(|e| e.0 <= p);
        shared.get(a..b).unwrap_or(&[])
    };
    // Whether two documents share enough facts of a subject (the lists are sorted by cluster).
    let same_event = |subject: u32, a: u32, b: u32| {
        let (xs, ys) = (facts_of(subject, a), facts_of(subject, b));
        let (mut i, mut j, mut n) = (0, 0, 0);
        while let (Some(x), Some(y)) = (xs.get(i), ys.get(j)) {
            match x.1.cmp(&y.1) {
                Ordering::Less => i += 1,
                Ordering::Greater => j += 1,
                Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n >= SAME_EVENT_FIGURES
    };
    // Per candidate: the documents of each cluster; each document in one cluster only.
    let mut by_cluster: Vec<(u32, u32)> = Vec::new();
    let mut masks: Vec<(u32, u64)> = Vec::new();
    let mut values: Vec<Option<Decimal>> = Vec::new();
    for gi in candidates {
        let Some(g) = groups.get(gi) else { continue };
        let Some(subject) = recs.get(g.start).map(|r| r.subject) else {
            continue;
        };
        by_cluster.clear();
        for (k, c) in clusters
            .get(g.clusters.0..g.clusters.1)
            .unwrap_or(&[])
            .iter()
            .enumerate()
        {
            let k = u32::try_from(k).unwrap_or(NONE);
            by_cluster.extend(c.members().filter_map(doc_of).map(|d| (d, k)));
        }
        by_cluster.sort_unstable();
        by_cluster.dedup();
        // Per document, the clusters it states (a bit each; at most MAX_EVENT_KEY <= 64).
        masks.clear();
        for &(d, k) in &by_cluster {
            let bit = 1u64.checked_shl(k).unwrap_or(0);
            match masks.last_mut() {
                Some((e, m)) if *e == d => *m |= bit,
                _ => masks.push((d, bit)),
            }
        }
        if by_cluster.len() > MAX_EVENT_KEY || masks.len() > MAX_EVENT_KEY {
            continue;
        }
        // The value of each cluster (its founding claim's).
        let group_clusters = clusters.get(g.clusters.0..g.clusters.1).unwrap_or(&[]);
        values.clear();
        values.extend(
            group_clusters
                .iter()
                .map(|c| recs.get(c.first() as usize).map(|r| r.quantity.value())),
        );
        // Whether some value stated by one report only is near one stated by the other only
        // (farther where each report gives the key that one value), or is it with two digits
        // swapped.
        let near = |only_a: u64, only_b: u64, one_each: bool| {
            let bits = |m: u64| (0..64u32).filter(move |k| m >> k & 1 == 1);
            let factor = if one_each {
                LONE_NEAR_FACTOR
            } else {
                NEAR_FACTOR
            };
            bits(only_a).any(|x| {
                bits(only_b).any(|y| {
                    let (Some(Some(vx)), Some(Some(vy))) =
                        (values.get(x as usize), values.get(y as usize))
                    else {
                        return false;
                    };
                    within_factor(*vx, *vy, factor) || transposed(*vx, *vy)
                })
            })
        };
        // Two reports of one event, each stating a value the other does not, the two near
        // enough to be one figure told two ways (a part and the whole in both is no
        // contradiction; a different part is; 4 reactors to build are not 57 in service).
        let contested = masks.iter().enumerate().any(|(i, &(a, ma))| {
            masks.get(i + 1..).unwrap_or(&[]).iter().any(|&(b, mb)| {
                ma & !mb != 0
                    && mb & !ma != 0
                    && near(
                        ma & !mb,
                        mb & !ma,
                        ma.count_ones() == 1 && mb.count_ones() == 1,
                    )
                    && (same_event(subject, a, b) || reports.share(a, b, SAME_EVENT_FIGURES))
            })
        });
        if let (true, Some(g)) = (contested, groups.get_mut(gi)) {
            g.contested = true;
        }
    }
}

/// Whether the clusters of a functional fact contradict each other: two of them are each stated
/// by a source that says nothing of the other (its figures that belong to one cluster alone lie
/// in it and none in the other; a hedge of its own compatible with both does not keep it from
/// contradicting). Figures that only sources stating another value
/// too give (a part and the whole, two holders' stakes) are separate facts, not a conflict: a
/// source does not contradict itself. `scratch` is reused between calls.
fn contested(recs: &[Rec], clusters: &[Cluster], scratch: &mut Vec<(u32, u32, u32)>) -> bool {
    contested_by(&|m| recs.get(m as usize).map(|r| r.doc), clusters, scratch)
}

/// [`contested`], with the document of each member given by `doc_of`.
fn contested_by(
    doc_of: &dyn Fn(u32) -> Option<u32>,
    clusters: &[Cluster],
    scratch: &mut Vec<(u32, u32, u32)>,
) -> bool {
    // (member, cluster, document), by member: a member met twice is shared.
    scratch.clear();
    for (k, c) in clusters.iter().enumerate() {
        let k = u32::try_from(k).unwrap_or(u32::MAX);
        scratch.extend(c.members().filter_map(|m| doc_of(m).map(|d| (m, k, d))));
    }
    scratch.sort_unstable();
    // Per cluster: the documents of its members, and of those that belong to it alone.
    // Encoded in place as (document, cluster, 1 if exclusive else 0), then sorted.
    let mut i = 0;
    let n = scratch.len();
    while i < n {
        let m = scratch.get(i).map_or(0, |e| e.0);
        let mut j = i + 1;
        while scratch.get(j).is_some_and(|e| e.0 == m) {
            j += 1;
        }
        let exclusive = u32::from(j - i == 1);
        for e in scratch.get_mut(i..j).unwrap_or(&mut []) {
            *e = (e.2, e.1, exclusive);
        }
        i = j;
    }
    scratch.sort_unstable();
    scratch.dedup();
    // For each document, the clusters it states, and those it states exclusively.
    let k = clusters.len();
    if k > 64 {
        // Beyond 64 alternatives (never seen in news), the general test below is quadratic
        // in documents; fall back to "several clusters, several documents".
        let first = scratch.first().map(|e| e.0);
        return scratch.iter().any(|e| Some(e.0) != first);
    }
    // Per document, the clusters it states with figures of their own (a hedge compatible
    // with several states none of them in particular).
    let mut states: Vec<u64> = Vec::new();
    let mut i = 0;
    while let Some(&(d, _, _)) = scratch.get(i) {
        let mut only = 0u64;
        while let Some(&(d2, c, x)) = scratch.get(i) {
            if d2 != d {
                break;
            }
            if x == 1 {
                only |= 1 << c;
            }
            i += 1;
        }
        states.push(only);
    }
    // Clusters a and b contradict when one document states a and not b, and another b and
    // not a.
    for a in 0..k {
        for b in a + 1..k {
            let (ba, bb) = (1u64 << a, 1u64 << b);
            let a_not_b = states.iter().any(|&only| only & ba != 0 && only & bb == 0);
            let b_not_a = states.iter().any(|&only| only & bb != 0 && only & ba == 0);
            if a_not_b && b_not_a {
                return true;
            }
        }
    }
    false
}

/// Whether the documents that contradict each other over `clusters` report nothing else alike:
/// for every two clusters, no document stating one of them alone shares a specific figure
/// ([`super::event::DocFigures::share_any`]) with a document stating the other alone, though
/// each gives several ([`super::event::EVENT_FIGURES`] or more). Two reports of one event agree
/// on some figure; two full reports that share none likely tell of different events or times
/// (a valuation in two funding rounds, a share price on two days). False where no such pair of
/// documents is found, or one of them gives too few figures to tell. `all` and `shared` are
/// reused buffers.
fn separate_reports(
    recs: &[Rec],
    clusters: &[Cluster],
    reports: &super::event::DocFigures,
    all: &mut Vec<u32>,
    shared: &mut Vec<u32>,
) -> bool {
    shared_members_into(clusters, all, shared);
    let only: Vec<Vec<u32>> = clusters
        .iter()
        .map(|c| {
            let mut docs: Vec<u32> = c
                .members()
                .filter(|m| shared.binary_search(m).is_err())
                .filter_map(|m| recs.get(m as usize).map(|r| r.doc))
                .collect();
            docs.sort_unstable();
            docs.dedup();
            docs
        })
        .collect();
    let full = |d: u32| reports.figures(d) >= super::event::EVENT_FIGURES as usize;
    let mut pairs = 0usize;
    for (i, a) in only.iter().enumerate() {
        for b in only.iter().skip(i + 1) {
            for &da in a.iter().filter(|d| b.binary_search(d).is_err()) {
                for &db in b.iter().filter(|d| a.binary_search(d).is_err()) {
                    if reports.share_any(da, db) || !full(da) || !full(db) {
                        return false;
                    }
                    pairs += 1;
                }
            }
        }
    }
    pairs > 0
}

/// Whether two sides disagree: some source states the first side (`a`: the documents of its
/// claims that belong to it alone) and not the second, and some other source the reverse. Each
/// list is sorted.
fn disagree(a: &[u32], b: &[u32]) -> bool {
    a.iter().any(|d| b.binary_search(d).is_err()) && b.iter().any(|d| a.binary_search(d).is_err())
}

/// The canonical name of every entity id: the smallest name it was given.
fn entity_names(recs: &[Rec], n: usize) -> Vec<u32> {
    let mut names = vec![NONE; n];
    for r in recs {
        for (id, name) in [(r.subject, r.subject_name), (r.object, r.object_name)] {
            if let Some(slot) = names.get_mut(id as usize) {
                if name < *slot {
                    *slot = name;
                }
            }
        }
    }
    names
}

/// What the report builder reads.
struct Ctx<'a> {
    recs: &'a [Rec],
    strings: &'a Interner,
    names: &'a [u32],
    doc_index: &'a [u32],
    copy: &'a [u32],
    learnt: &'a Learnt,
    clusters: &'a [Cluster],
    /// The texts, then the interned strings, that the report's strings are slices of.
    shared: Arc<String>,
    /// Each interned string in `shared`, by id.
    str_spans: &'a [(usize, usize)],
}

/// The value chosen to stand for a cluster.
struct Rep {
    rec: usize,
}

/// Buffers the report builder reuses from one fact to the next (a million claims make hundreds
/// of thousands of facts: a few allocations each would be most of the cost).
#[derive(Default)]
struct Scratch<'a> {
    /// The claims of a list of sources, before sorting.
    recs: Vec<&'a Rec>,
    /// A conflict's members shared by several alternatives, and every member.
    shared: Vec<u32>,
    all: Vec<u32>,
    /// A conflict's copy groups.
    groups: Vec<u32>,
    /// For [`Ctx::representative`].
    candidates: Candidates,
}

/// The candidate values of a representative: (claim, support), and the copy groups each has
/// counted, as (candidate, group).
#[derive(Default)]
struct Candidates {
    options: Vec<(usize, f64)>,
    counted: Vec<(usize, u32)>,
}

impl<'a> Ctx<'a> {
    /// The claims of the groups `key_groups`, which end where group `next` starts.
    fn key_recs(&self, key_groups: &[Group], groups: &[Group], next: usize) -> &[Rec] {
        let start = key_groups.first().map_or(0, |g| g.start);
        let end = groups.get(next).map_or(self.recs.len(), |g| g.start);
        self.recs.get(start..end).unwrap_or(&[])
    }

    /// Whether a functional money fact is stated in several currencies that no source links
    /// by a conversion (a figure restated in another currency in its document).
    fn currencies_unlinked(&self, key_groups: &[Group], groups: &[Group], next: usize) -> bool {
        if key_groups.len() < 2 || !key_groups.iter().all(|g| g.functional) {
            return false;
        }
        let recs = self.key_recs(key_groups, groups, next);
        let mut units: Vec<Unit> = key_groups
            .iter()
            .filter_map(|g| self.recs.get(g.start).map(|r| r.quantity.unit))
            .collect();
        units.dedup();
        // Union-find over the (few) currencies.
        let mut forest = Forest::new(units.len());
        let pos = |u: Unit| units.iter().position(|&v| v == u);
        for conv in recs.iter().filter(|r| r.conversion) {
            for orig in recs.iter().filter(|r| !r.conversion && r.doc == conv.doc) {
                if let (Some(a), Some(b)) = (pos(conv.quantity.unit), pos(orig.quantity.unit)) {
                    forest.join(a, b);
                }
            }
        }
        // Two unlinked currencies conflict only where two sources disagree: one states the
        // figure in one currency and not the other, another the reverse. A source that gives
        // two currencies itself does not contradict itself (two figures, two facts).
        let docs_in = |u: Unit| -> Vec<u32> {
            let mut d: Vec<u32> = recs
                .iter()
                .filter(|r| r.quantity.unit == u)
                .map(|r| r.doc)
                .collect();
            d.sort_unstable();
            d.dedup();
            d
        };
        let docs: Vec<Vec<u32>> = units.iter().map(|&u| docs_in(u)).collect();
        for (i, a) in docs.iter().enumerate() {
            for (j, b) in docs.iter().enumerate().skip(i + 1) {
                if forest.root(i) != forest.root(j) && disagree(a, b) {
                    return true;
                }
            }
        }
        false
    }

    /// One conflict for a fact stated in currencies that cannot be compared: every cluster of
    /// every currency is an alternative; the consensus is undecided.
    fn report_unit_conflict(
        &self,
        key_groups: &[Group],
        report: &mut Report,
        sc: &mut Scratch<'a>,
    ) {
        let Some(first) = key_groups.first().and_then(|g| self.recs.get(g.start)) else {
            return;
        };
        let mut alternatives = Vec::new();
        for g in key_groups {
            let Some(unit) = self.recs.get(g.start).map(|r| r.quantity.unit) else {
                continue;
            };
            for ci in g.clusters.0..g.clusters.1 {
                if let Some(c) = self.clusters.get(ci) {
                    alternatives.extend(self.alternative(
                        c,
                        ci,
                        unit,
                        &[],
                        &mut sc.recs,
                        &mut sc.candidates,
                    ));
                }
            }
        }
        let total: f64 = alternatives.iter().map(|a| a.weight).sum();
        for a in &mut alternatives {
            a.weight = if total > 0.0 { a.weight / total } else { 0.0 };
        }
        let mut units: Vec<String> = alternatives.iter().map(|a| a.unit.to_string()).collect();
        units.dedup();
        report.conflicts.push(Conflict {
            subject: self.name(first.subject),
            predicate: self.string(first.predicate),
            object: self.name(first.object),
            unit: first.quantity.unit,
            cause: Cause::Unit,
            explanation: format!(
                "the sources give the figure in different currencies ({}) and none states a conversion: they cannot be compared",
                units.join(", ")
            ),
            alternatives,
            consensus: None,
            subject_id: self.id(first.subject),
            object_id: self.id(first.object),
            compatible: Vec::new(),
        });
    }

    /// A cluster as an alternative, with its confidence as the (not yet normalized) weight.
    fn alternative(
        &self,
        c: &Cluster,
        ci: usize,
        unit: Unit,
        shared: &[u32],
        recs: &mut Vec<&'a Rec>,
        candidates: &mut Candidates,
    ) -> Option<Alternative> {
        let rep = self.representative(c, candidates);
        let q = &self.recs.get(rep.rec)?.quantity.get();
        Some(Alternative {
            value: q.value,
            max: q.max.filter(|_| q.bound == Bound::Range),
            bound: q.bound,
            interval: self.interval(c),
            weight: self.learnt.conf.get(ci).copied().unwrap_or(0.0),
            sources: self.refs(
                c.members().filter(|m| shared.binary_search(m).is_err()),
                recs,
            ),
            unit,
            independent_sources: self.learnt.voters.get(ci).copied().unwrap_or(0),
        })
    }

    /// Where every member of a cluster allows the value to lie.
    fn interval(&self, c: &Cluster) -> Interval {
        let of = |m: u32| {
            self.recs
                .get(m as usize)
                .map(|r| r.quantity.get().interval())
        };
        let lo = of(c.lo_from);
        let hi = if c.hi_from == c.lo_from {
            lo
        } else {
            of(c.hi_from)
        };
        match (lo, hi) {
            (Some(lo), Some(hi)) => Interval {
                lo: lo.lo,
                hi: hi.hi,
            },
            _ => Interval::ALL,
        }
    }

    /// The interned string `id` (empty for an unknown id), sharing the report's buffer.
    fn string(&self, id: u32) -> SharedStr {
        let (start, end) = self.str_spans.get(id as usize).copied().unwrap_or((0, 0));
        SharedStr::slice(&self.shared, start, end)
    }

    fn name(&self, id: u32) -> Option<SharedStr> {
        if id == NONE {
            return None;
        }
        let name = self.names.get(id as usize).copied().unwrap_or(id);
        Some(self.string(name))
    }

    fn id(&self, id: u32) -> Option<SharedStr> {
        (id != NONE).then(|| self.string(id))
    }

    fn doc_of(&self, rec: u32) -> usize {
        self.recs
            .get(rec as usize)
            .and_then(|r| self.doc_index.get(r.doc as usize))
            .map_or(0, |&d| d as usize)
    }

    /// The text of `r`: the claims' texts start the shared buffer, at their own offsets.
    fn text(&self, r: TextRef) -> &str {
        let (start, end) = r.range();
        self.shared.get(start..end).unwrap_or("")
    }

    fn trust(&self, doc: usize) -> f64 {
        self.learnt.trust.get(doc).copied().unwrap_or(0.0)
    }

    /// The sources of some claims, sorted, without repeats (`recs` is a reused buffer).
    fn refs(&self, members: impl Iterator<Item = u32>, recs: &mut Vec<&'a Rec>) -> Vec<SourceRef> {
        recs.clear();
        recs.extend(members.filter_map(|m| self.recs.get(m as usize)));
        // The order of `SourceRef`: document ids are numbered in the order of their strings.
        let key = |r: &Rec| (r.doc, r.lang, r.start, r.end);
        recs.sort_unstable_by(|a, b| {
            key(a)
                .cmp(&key(b))
                .then_with(|| self.text(a.text).cmp(self.text(b.text)))
        });
        recs.dedup_by(|a, b| key(a) == key(b) && self.text(a.text) == self.text(b.text));
        let mut refs = Vec::with_capacity(recs.len());
        refs.extend(recs.iter().map(|r| {
            let text = r.text.range();
            SourceRef {
                doc: self.string(r.doc),
                lang: r.lang,
                start: r.start,
                end: r.end,
                text: SharedStr::slice(&self.shared, text.0, text.1),
            }
        }));
        refs
    }

    /// The most supported value among a cluster's most precise claims; ties go to the more
    /// precise figure, then the smaller.
    fn representative(&self, c: &Cluster, candidates: &mut Candidates) -> Rep {
        // Fast path: one value among the most precise members (the usual case).
        let mut founders = c
            .members()
            .filter_map(|m| self.recs.get(m as usize).map(|r| (m as usize, r)))
            .filter(|(_, r)| r.tier == c.tier);
        if let Some((m0, r0)) = founders.next() {
            let q0 = &r0.quantity.get();
            let mut best = (m0, q0.value.significant_digits());
            let mut single = true;
            for (m, r) in founders {
                // The same digits (the usual case) need no decimal comparison.
                if r.quantity.same_digits(&r0.quantity) {
                    continue;
                }
                let q = &r.quantity.get();
                if q.value != q0.value || q.max != q0.max || q.bound != q0.bound {
                    single = false;
                    break;
                }
                let sig = q.value.significant_digits();
                if sig > best.1 {
                    best = (m, sig);
                }
            }
            if single {
                return Rep { rec: best.0 };
            }
        }
        // (rec, support), and the groups each has counted.
        let Candidates { options, counted } = candidates;
        options.clear();
        counted.clear();
        for m in c.members() {
            let Some(r) = self.recs.get(m as usize) else {
                continue;
            };
            if r.tier != c.tier {
                continue;
            }
            let d = self.doc_of(m);
            let g = self.copy.get(d).copied().unwrap_or(0);
            let t = self.trust(d);
            let q = &r.quantity.get();
            let same = options.iter_mut().enumerate().find(|(_, (o, _))| {
                self.recs.get(*o).is_some_and(|o| {
                    let p = &o.quantity.get();
                    p.value == q.value && p.max == q.max && p.bound == q.bound
                })
            });
            match same {
                Some((i, (o, s))) => {
                    if !counted.contains(&(i, g)) {
                        counted.push((i, g));
                        *s += t;
                    }
                    let more_precise = self.recs.get(*o).is_some_and(|o| {
                        q.value.significant_digits() > o.quantity.get().value.significant_digits()
                    });
                    if more_precise {
                        *o = m as usize;
                    }
                }
                None => {
                    counted.push((options.len(), g));
                    options.push((m as usize, t));
                }
            }
        }
        let best = options
            .iter()
            .reduce(|a, b| {
                let ra = self.recs.get(a.0);
                let rb = self.recs.get(b.0);
                let sig =
                    |r: Option<&Rec>| r.map_or(0, |r| r.quantity.get().value.significant_digits());
                let ord = b
                    .1
                    .total_cmp(&a.1)
                    .then_with(|| sig(rb).cmp(&sig(ra)))
                    .then_with(|| match (ra, rb) {
                        (Some(x), Some(y)) => cmp_quantity(&y.quantity.get(), &x.quantity.get()),
                        _ => Ordering::Equal,
                    });
                if ord == Ordering::Greater {
                    b
                } else {
                    a
                }
            })
            .map_or(c.first() as usize, |o| o.0);
        Rep { rec: best }
    }

    fn report_group(
        &self,
        g: &Group,
        options: &Options,
        report: &mut Report,
        sc: &mut Scratch<'a>,
    ) {
        let Some(first) = self.recs.get(g.start) else {
            return;
        };
        let Some(group_clusters) = self.clusters.get(g.clusters.0..g.clusters.1) else {
            return;
        };
        let subject = self.name(first.subject);
        let object = self.name(first.object);
        let predicate = self.string(first.predicate);
        let unit = first.quantity.unit;
        if !g.contested {
            for (k, c) in group_clusters.iter().enumerate() {
                let rep = self.representative(c, &mut sc.candidates);
                let Some(r) = self.recs.get(rep.rec) else {
                    continue;
                };
                let q = &r.quantity.get();
                report.facts.push(Fact {
                    subject: subject.clone(),
                    predicate: predicate.clone(),
                    object: object.clone(),
                    value: q.value,
                    max: q.max.filter(|_| q.bound == Bound::Range),
                    unit,
                    bound: q.bound,
                    interval: self.interval(c),
                    confidence: self
                        .learnt
                        .conf
                        .get(g.clusters.0 + k)
                        .copied()
                        .unwrap_or(0.0),
                    sources: self.refs(c.members(), &mut sc.recs),
                    subject_id: self.id(first.subject),
                    object_id: self.id(first.object),
                    independent_sources: self
                        .learnt
                        .voters
                        .get(g.clusters.0 + k)
                        .copied()
                        .unwrap_or(0),
                });
            }
            return;
        }

        // A conflict. Claims compatible with several alternatives support none in particular:
        // they are listed apart.
        shared_members_into(group_clusters, &mut sc.all, &mut sc.shared);
        let shared = &sc.shared;
        let mut alternatives: Vec<Alternative> = Vec::with_capacity(group_clusters.len());
        let all_groups = &mut sc.groups;
        all_groups.clear();
        for (k, c) in group_clusters.iter().enumerate() {
            for m in c.members() {
                all_groups.push(self.copy.get(self.doc_of(m)).copied().unwrap_or(0));
            }
            alternatives.extend(self.alternative(
                c,
                g.clusters.0 + k,
                unit,
                shared,
                &mut sc.recs,
                &mut sc.candidates,
            ));
        }
        let compatible = if shared.is_empty() {
            Vec::new()
        } else {
            self.refs(shared.iter().copied(), &mut sc.recs)
        };
        let total: f64 = alternatives.iter().map(|a| a.weight).sum();
        for a in &mut alternatives {
            a.weight = if total > 0.0 { a.weight / total } else { 0.0 };
        }
        all_groups.sort_unstable();
        all_groups.dedup();
        let independent = all_groups.len();
        let alts: Vec<Alt<'_>> = group_clusters
            .iter()
            .zip(&alternatives)
            .map(|(c, a)| Alt {
                cluster: c,
                value: a.value,
            })
            .collect();
        let doc_name = |id: u32| self.strings.get(id).to_owned();
        let (cause, explanation) = cause::classify(
            self.recs,
            &alts,
            independent,
            g.separate,
            options.rounding_percent,
            &doc_name,
        );
        // Most likely first; ties keep the order of the values.
        alternatives.sort_by(|a, b| b.weight.total_cmp(&a.weight));
        let consensus = match (alternatives.first(), alternatives.get(1)) {
            (Some(top), Some(second))
                if independent >= 3 && top.weight >= options.decisive_ratio * second.weight =>
            {
                Some(Consensus {
                    value: top.value,
                    max: top.max,
                    bound: top.bound,
                    weight: top.weight,
                })
            }
            _ => None,
        };
        let explanation = match (&consensus, cause) {
            (Some(c), _) => format!(
                "{explanation}; most likely {} {} (weight {:.2})",
                c.value, unit, c.weight
            ),
            (None, Cause::Undecided) => explanation,
            (None, _) if independent < 3 => {
                format!("{explanation}; undecided: {independent} independent sources are too few")
            }
            (None, _) => format!("{explanation}; undecided: the sources are evenly split"),
        };
        report.conflicts.push(Conflict {
            subject,
            predicate,
            object,
            unit,
            cause,
            explanation,
            alternatives,
            consensus,
            subject_id: self.id(first.subject),
            object_id: self.id(first.object),
            compatible,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::{contested_by, disagree, permute, shared_members, Cluster, IvKey};
    use proptest::prelude::*;

    /// The plain statement of [`super::contested`]: per cluster, its documents and those of its
    /// members that belong to it alone; two clusters contradict when each has a source of its
    /// own that states nothing of the other.
    fn contested_reference(doc_of: &dyn Fn(u32) -> Option<u32>, clusters: &[Cluster]) -> bool {
        let shared = shared_members(clusters);
        // Per cluster, the documents of the members that belong to it alone.
        let docs: Vec<Vec<u32>> = clusters
            .iter()
            .map(|c| {
                let mut only: Vec<u32> = c
                    .members()
                    .filter(|m| shared.binary_search(m).is_err())
                    .filter_map(doc_of)
                    .collect();
                only.sort_unstable();
                only.dedup();
                only
            })
            .collect();
        docs.iter().enumerate().any(|(i, only_a)| {
            docs.iter()
                .skip(i + 1)
                .any(|only_b| disagree(only_a, only_b))
        })
    }

    proptest! {
        /// The bitset test agrees with the plain statement.
        #[test]
        fn contested_is_the_reference(
            members in proptest::collection::vec(proptest::collection::vec(0u32..12, 1..5), 2..5),
            docs in proptest::collection::vec(0u32..4, 12),
        ) {
            let clusters: Vec<Cluster> = members
                .iter()
                .map(|ms| {
                    let mut ms = ms.clone();
                    ms.sort_unstable();
                    ms.dedup();
                    Cluster {
                        inter: IvKey::default(),
                        lo_from: 0,
                        hi_from: 0,
                        tier: 0,
                        run: (ms[0], ms[0] + 1),
                        extra: ms[1..].to_vec(),
                    }
                })
                .collect();
            let doc_of = |m: u32| docs.get(m as usize).copied();
            let mut scratch = Vec::new();
            prop_assert_eq!(
                contested_by(&doc_of, &clusters, &mut scratch),
                contested_reference(&doc_of, &clusters)
            );
        }
    }

    proptest! {
            /// The in-place permutation is the plain gather.
            #[test]
            fn permute_is_gather(order in (0usize..60).prop_flat_map(|n| Just((0..n as u32).collect::<Vec<u32>>()).prop_shuffle())) {
                let a: Vec<u64> = (0..order.len() as u64).map(|i| i * 7 + 1).collect();
                let b: Vec<u8> = (0..order.len()).map(|i| (i % 251) as u8).collect();
                let want_a: Vec<u64> = order.iter().map(|&i| a[i as usize]).collect();
                let want_b: Vec<u8> = order.iter().map(|&i| b[i as usize]).collect();
                let (mut a, mut b, mut o) = (a, b, order.clone());
                permute(&mut a, &mut b, &mut o);
                prop_assert_eq!(a, want_a);
                prop_assert_eq!(b, want_b);
            }
    }
}

#[cfg(test)]
mod size {
    /// `unit_code` is the plain packing of the code's bytes, one at a time (at most seven).
    #[test]
    fn unit_code_packs_the_code_bytes() {
        use crate::quantity::Unit;
        let plain = |u: Unit| {
            let mut packed = 0u64;
            if let Unit::Currency(code) = u {
                for b in code {
                    packed = (packed << 8) | u64::from(b);
                }
                return packed;
            }
            for b in u.code().bytes().take(7) {
                packed = (packed << 8) | u64::from(b);
            }
            (1 << 62) | packed
        };
        let currencies = [
            Unit::currency("eur"),
            Unit::currency("CHF"),
            Unit::currency("??"),
        ];
        for u in currencies.into_iter().chain(Unit::NAMED) {
            assert_eq!(super::unit_code(u), plain(u), "{u}");
        }
    }

    /// A claim record stays within 136 bytes (the reconciliation of 10^6 claims holds them
    /// all).
    #[test]
    fn a_claim_record_is_136_bytes_at_most() {
        assert!(std::mem::size_of::<super::Rec>() <= 136);
    }
}
