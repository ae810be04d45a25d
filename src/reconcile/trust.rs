//! Source trust: copy detection and a truth-discovery iteration.
//!
//! Sources are documents. Two documents that state the same figures in the same order (all
//! their figures, two distinct ones or more, or three figures in a row) are taken to copy one
//! another (or one common release) and count once in every cluster's support: they form one
//! *copy group* (transitively).
//!
//! Trust is learnt from agreement, in the spirit of TruthFinder (Yin, Han and Yu, 2007) and CRH
//! (Li et al., 2014): each source starts from its prior (seeded by the user, or the default);
//! then, in turns until nothing moves,
//!
//! 1. the support of a cluster is the sum over its copy groups of the group's best trust, times
//!    the precision weight of its claim (exact 1, approximate or range ½, open ¼: a hedge says
//!    less, so it weighs less when alternatives compete) and the claim's extraction
//!    [`confidence`](crate::Claim::confidence);
//! 2. on a functional fact with several clusters, a cluster's confidence is its share of the
//!    support; elsewhere it is `1 − Π(1 − trust)` over its groups (independent sources that each
//!    could be wrong; a hedged claim is not less reliable, only less precise);
//! 3. a claim's confidence is the confidence of the clusters it belongs to (summed for a hedge
//!    that is compatible with several alternatives: it is right if any of them is);
//! 4. a source's trust is the mean confidence of its claims, smoothed towards its prior by
//!    `prior_weight` pseudo-claims.
//!
//! All sums run in the canonical order of the claims, so the result is deterministic.

use super::cluster::Cluster;
use super::merge::{Group, Rec};
use super::radix;
use crate::text::hash::WordHasher;
use std::hash::{Hash, Hasher};

/// The weight of a claim's support by its precision tier.
pub(crate) fn tier_factor(tier: u8) -> f64 {
    match tier {
        0 => 1.0,
        1 => 0.5,
        _ => 0.25,
    }
}

/// A fingerprint of a figure (unit, value, upper value, bound), for copy detection.
fn figure(r: &Rec) -> u64 {
    let q = &r.quantity.get();
    let mut h = WordHasher::default();
    (q.unit, q.value, q.max, q.bound).hash(&mut h);
    h.finish()
}

/// The root of `x` in a union-find forest (roots are the smallest index of their set).
fn find(parent: &mut [u32], mut x: u32) -> u32 {
    while let Some(&p) = parent.get(x as usize) {
        if p == x {
            break;
        }
        let grand = parent.get(p as usize).copied().unwrap_or(p);
        if let Some(slot) = parent.get_mut(x as usize) {
            *slot = grand;
        }
        x = p;
    }
    x
}

fn union(parent: &mut [u32], a: u32, b: u32) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        if let Some(slot) = parent.get_mut(hi as usize) {
            *slot = lo;
        }
    }
}

/// How many figures in a row two documents must share, in the same order, to be copies.
const SHINGLE: usize = 3;

fn distinct_at_least_two(figures: &[u64]) -> bool {
    figures.windows(2).any(|w| matches!(w, [a, b] if a != b))
        || figures
            .first()
            .is_some_and(|f| figures.iter().any(|g| g != f))
}

/// The copy group of every document: documents with the same sequence of figures (two distinct
/// figures or more), or sharing three figures in a row in the same order, are copies; a group
/// is named by its smallest document index.
pub(crate) fn copy_groups(recs: &[Rec], doc_index: &[u32], n_docs: usize) -> Vec<u32> {
    // (document, start, end, figure), in text order per document: gathered by document
    // straight from the claims (a counting sort), then each document's few figures sorted.
    let doc_of = |r: &Rec| doc_index.get(r.doc as usize).copied().unwrap_or(0);
    let mut seq = by_bucket(
        recs,
        n_docs,
        |r| doc_of(r) as usize,
        |r| (doc_of(r), r.start, r.end, figure(r)),
    );
    let mut k = 0;
    while let Some(&(doc, ..)) = seq.get(k) {
        let mut end = k + 1;
        while seq.get(end).is_some_and(|e| e.0 == doc) {
            end += 1;
        }
        if let Some(run) = seq.get_mut(k..end) {
            run.sort_unstable();
        }
        k = end;
    }
    // The same figure read twice on one span (two predicates) is one figure.
    seq.dedup();
    let figures: Vec<(u32, u64)> = seq.iter().map(|s| (s.0, s.3)).collect();
    drop(seq);
    copy_groups_of(&figures, n_docs)
}

/// [`copy_groups`] of documents given by their figures, `(document, figure)` grouped by
/// document, each document's in text order.
///
/// Each document's keys (its whole sequence of figures, each run of [`SHINGLE`]) are
/// fingerprinted, the (fingerprint, document) pairs grouped by fingerprint (a radix sort), and
/// documents sharing a key joined (in whatever order: a group is named by its smallest
/// document): no hash table of a million keys, whose lookups miss the caches.
fn copy_groups_of(figures: &[(u32, u64)], n_docs: usize) -> Vec<u32> {
    // About one key per figure (a shingle ends at each but the first two, and one sequence per
    // document): reserved, not grown by doubling.
    let mut keys: Vec<(u64, u32)> = Vec::with_capacity(figures.len());
    let mut doc_figures: Vec<u64> = Vec::new();
    let mut k = 0usize;
    while let Some(&(doc, _)) = figures.get(k) {
        doc_figures.clear();
        while let Some(&(_, f)) = figures.get(k).filter(|s| s.0 == doc) {
            doc_figures.push(f);
            k += 1;
        }
        if doc_figures.len() >= 2 && distinct_at_least_two(&doc_figures) {
            for w in doc_figures.windows(SHINGLE) {
                if distinct_at_least_two(w) {
                    keys.push((fingerprint(SHINGLE_KEY, w), doc));
                }
            }
            keys.push((fingerprint(SEQUENCE_KEY, &doc_figures), doc));
        }
    }
    radix::group_by_key(&mut keys);
    let mut parent: Vec<u32> = (0..u32::try_from(n_docs).unwrap_or(u32::MAX)).collect();
    for w in keys.windows(2) {
        if let [(ka, da), (kb, db)] = w {
            if ka == kb {
                union(&mut parent, *da, *db);
            }
        }
    }
    (0..u32::try_from(n_docs).unwrap_or(u32::MAX))
        .map(|d| find(&mut parent, d))
        .collect()
}

/// The two kinds of keys of [`copy_groups_of`], fingerprinted apart.
const SHINGLE_KEY: u64 = 0x5348_494e_474c_4531;
const SEQUENCE_KEY: u64 = 0x5345_5155_454e_4345;

/// A 64-bit fingerprint of a sequence of figures: each step is a bijective mix (the SplitMix64
/// finalizer), so sequences that differ only in their last figure never collide, and others
/// collide with a chance of about 2^-64.
fn fingerprint(kind: u64, figures: &[u64]) -> u64 {
    let mix = |mut z: u64| {
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let start = mix(kind ^ (figures.len() as u64));
    figures.iter().fold(start, |h, &f| mix(h ^ f))
}

/// Where each bucket's items start when `items` are gathered by `bucket` (below `buckets`;
/// larger ones go last, in bucket `buckets`).
fn bucket_starts<T>(items: &[T], buckets: usize, bucket: impl Fn(&T) -> usize) -> Vec<usize> {
    // starts[b + 1] counts bucket b; then starts[b] is where bucket b starts.
    let mut starts = vec![0usize; buckets + 2];
    for item in items {
        if let Some(c) = starts.get_mut(bucket(item).min(buckets) + 1) {
            *c += 1;
        }
    }
    let mut at = 0;
    for c in &mut starts {
        at += *c;
        *c = at;
    }
    starts
}

/// `item` of each of `items`, gathered by `bucket` (below `buckets`; larger ones go last), each
/// bucket's in their order in `items`: a stable counting sort.
fn by_bucket<S, T: Copy>(
    items: &[S],
    buckets: usize,
    bucket: impl Fn(&S) -> usize,
    item: impl Fn(&S) -> T,
) -> Vec<T> {
    let Some(fill) = items.first().map(&item) else {
        return Vec::new();
    };
    let mut starts = bucket_starts(items, buckets, &bucket);
    let mut out = vec![fill; items.len()];
    for s in items {
        if let Some(c) = starts.get_mut(bucket(s).min(buckets)) {
            if let Some(slot) = out.get_mut(*c) {
                *slot = item(s);
            }
            *c += 1;
        }
    }
    out
}

/// What the iteration learns.
#[derive(Clone, Debug)]
pub(crate) struct Learnt {
    /// Trust per document index.
    pub trust: Vec<f64>,
    /// Confidence per cluster.
    pub conf: Vec<f64>,
    /// Independent copy groups per cluster.
    pub voters: Vec<usize>,
}

/// Everything the iteration reads.
pub(crate) struct Input<'a> {
    pub recs: &'a [Rec],
    pub groups: &'a [Group],
    pub clusters: &'a [Cluster],
    /// The group of every cluster.
    pub cluster_group: &'a [usize],
    pub doc_index: &'a [u32],
    pub copy: &'a [u32],
    pub priors: &'a [f64],
    pub prior_weight: f64,
    pub iterations: usize,
    /// Threads the iteration may use (each turn's work is split by cluster and by source; the
    /// result does not depend on it).
    pub threads: usize,
}

/// The iteration stops when no trust moves by more than this.
pub(crate) const TOLERANCE: f64 = 1e-4;

/// The flag of a membership in a cluster of a contested group (cluster indices stay below).
const CONTESTED: u32 = 1 << 31;

/// Runs the truth-discovery iteration.
pub(crate) fn discover(input: &Input<'_>) -> Learnt {
    let n_docs = input.priors.len();
    // The document index of every claim, read once (the claims are large; this is small).
    let rec_doc: Vec<u32> = input
        .recs
        .iter()
        .map(|r| input.doc_index.get(r.doc as usize).copied().unwrap_or(0))
        .collect();
    let doc_of = |rec: u32| -> usize { rec_doc.get(rec as usize).map_or(0, |&d| d as usize) };
    // Voters per cluster: (copy group, doc, precision factor), one per (group, doc).
    let mut voter_start = Vec::with_capacity(input.clusters.len() + 1);
    // At most one per membership: about one per claim.
    let mut voters: Vec<(u32, u32, f64)> = Vec::with_capacity(input.recs.len());
    let mut n_voters = Vec::with_capacity(input.clusters.len());
    let mut scratch: Vec<(u32, u32, f64)> = Vec::new();
    for c in input.clusters {
        voter_start.push(voters.len());
        scratch.clear();
        for m in c.members() {
            let d = doc_of(m);
            let g = input.copy.get(d).copied().unwrap_or(0);
            let factor = input.recs.get(m as usize).map_or(0.0, |r| {
                let c = if r.confidence.is_nan() {
                    1.0
                } else {
                    r.confidence.clamp(0.0, 1.0)
                };
                tier_factor(r.tier) * c
            });
            scratch.push((g, u32::try_from(d).unwrap_or(u32::MAX), factor));
        }
        // By group and document, the strongest claim first; one vote per (group, document).
        scratch.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then(b.2.total_cmp(&a.2)));
        scratch.dedup_by_key(|v| (v.0, v.1));
        let mut groups = 0usize;
        let mut last = None;
        for &(g, d, factor) in &scratch {
            if last != Some(g) {
                groups += 1;
                last = Some(g);
            }
            voters.push((g, d, factor));
        }
        n_voters.push(groups);
    }
    voter_start.push(voters.len());

    // Memberships by source: `memberships[doc_starts[d]..doc_starts[d + 1]]` are the
    // (claim, cluster) pairs of document `d`, by claim in their order, each claim's clusters in
    // increasing order (gathered by two stable counting sorts: clusters come in order), each
    // cluster with [`CONTESTED`] set when its group is contested. A source's sum then runs over
    // its claims in their order, as a plain loop over the claims would add them.
    let mut unsorted: Vec<(u32, u32)> = Vec::with_capacity(input.recs.len());
    for (ci, c) in input.clusters.iter().enumerate() {
        let ci = u32::try_from(ci).unwrap_or(u32::MAX);
        let flag = match input
            .cluster_group
            .get(ci as usize)
            .and_then(|&g| input.groups.get(g))
        {
            Some(g) if g.contested => CONTESTED,
            _ => 0,
        };
        unsorted.extend(c.members().map(|m| (m, ci | flag)));
    }
    let by_claim = by_bucket(&unsorted, input.recs.len(), |e| e.0 as usize, |&e| e);
    drop(unsorted);
    let memberships = by_bucket(&by_claim, n_docs, |e| doc_of(e.0), |&e| e);
    drop(by_claim);
    let doc_starts = bucket_starts(&memberships, n_docs, |e| doc_of(e.0));
    let mut n_claims = vec![0usize; n_docs];
    for &d in &rec_doc {
        if let Some(n) = n_claims.get_mut(d as usize) {
            *n += 1;
        }
    }
    let contested: Vec<bool> = input.groups.iter().map(|g| g.contested).collect();

    let mut trust: Vec<f64> = input.priors.to_vec();
    let mut conf = vec![0.0f64; input.clusters.len()];
    let mut support = vec![0.0f64; input.clusters.len()];
    let mut acc = vec![0.0f64; n_docs];
    // On several threads (large inputs), each turn's loops are split in two (by cluster, then
    // by source).
    let split = input.threads > 1;
    for _ in 0..input.iterations.max(1) {
        // 1. Support of each cluster, and its agreement confidence.
        let trust_ref = &trust;
        let supports = |first: usize, support: &mut [f64], conf: &mut [f64]| {
            cluster_supports(first, support, conf, &voter_start, &voters, trust_ref)
        };
        let mid = if split { conf.len() / 2 } else { conf.len() };
        {
            let (s_left, s_right) = support.split_at_mut(mid);
            let (c_left, c_right) = conf.split_at_mut(mid);
            if split {
                std::thread::scope(|s| {
                    s.spawn(|| supports(0, s_left, c_left));
                    supports(mid, s_right, c_right);
                });
            } else {
                supports(0, s_left, c_left);
            }
        }
        // 2. Shares on contested functional facts.
        for (gi, g) in input.groups.iter().enumerate() {
            if !contested.get(gi).copied().unwrap_or(false) {
                continue;
            }
            let range = g.clusters.0..g.clusters.1;
            let total: f64 = support.get(range.clone()).map_or(0.0, |s| s.iter().sum());
            let k = (range.end - range.start) as f64;
            for ci in range {
                if let (Some(c), Some(s)) = (conf.get_mut(ci), support.get(ci)) {
                    *c = if total > 0.0 { s / total } else { 1.0 / k };
                }
            }
        }
        // 3. Claims' confidence, summed per source (in the order of its claims).
        let conf_ref = &conf;
        let sums = |first: usize, acc: &mut [f64]| {
            source_sums(first, acc, &doc_starts, &memberships, conf_ref)
        };
        let mid = if split { acc.len() / 2 } else { acc.len() };
        let (a_left, a_right) = acc.split_at_mut(mid);
        if split {
            std::thread::scope(|s| {
                s.spawn(|| sums(0, a_left));
                sums(mid, a_right);
            });
        } else {
            sums(0, a_left);
        }
        // 4. New trust.
        let mut delta = 0.0f64;
        for (d, t) in trust.iter_mut().enumerate() {
            let prior = input.priors.get(d).copied().unwrap_or(0.5);
            let n = n_claims.get(d).copied().unwrap_or(0) as f64;
            let a = acc.get(d).copied().unwrap_or(0.0);
            let new =
                (input.prior_weight * prior + a) / (input.prior_weight + n).max(f64::MIN_POSITIVE);
            delta = delta.max((new - *t).abs());
            *t = new;
        }
        if delta < TOLERANCE {
            break;
        }
    }
    Learnt {
        trust,
        conf,
        voters: n_voters,
    }
}

/// Step 1 of a turn for the clusters `first..first + support.len()`: each cluster's support
/// (the sum over its copy groups of the group's best weighted trust) and agreement confidence
/// (`1 − Π(1 − best trust)`).
fn cluster_supports(
    first: usize,
    support: &mut [f64],
    conf: &mut [f64],
    voter_start: &[usize],
    voters: &[(u32, u32, f64)],
    trust: &[f64],
) {
    let starts = voter_start.get(first..).unwrap_or(&[]);
    for ((s, c), range) in support
        .iter_mut()
        .zip(conf.iter_mut())
        .zip(starts.windows(2))
    {
        let cluster_voters = match range {
            [a, b] => voters.get(*a..*b).unwrap_or(&[]),
            _ => &[],
        };
        let mut sum = 0.0;
        let mut prod = 1.0;
        // By copy group (voters come grouped): its best weighted trust and its best trust.
        let mut voters = cluster_voters.iter().peekable();
        while let Some(&(g, d, f)) = voters.next() {
            let t = trust.get(d as usize).copied().unwrap_or(0.0);
            let mut weighted = 0.0f64.max(t * f);
            let mut best = 0.0f64.max(t);
            while let Some(&(_, d, f)) = voters.next_if(|v| v.0 == g) {
                let t = trust.get(d as usize).copied().unwrap_or(0.0);
                weighted = weighted.max(t * f);
                best = best.max(t);
            }
            sum += weighted;
            prod *= 1.0 - best;
        }
        *s = sum;
        *c = 1.0 - prod;
    }
}

/// Step 3 of a turn for the sources `first..first + acc.len()`: the sum of the confidence of
/// each source's claims, in their order. A claim's confidence is that of its cluster, the best
/// of its clusters, or (when some are contested) the sum of its contested clusters' capped at 1.
fn source_sums(
    first: usize,
    acc: &mut [f64],
    doc_starts: &[usize],
    memberships: &[(u32, u32)],
    conf: &[f64],
) {
    let starts = doc_starts.get(first..).unwrap_or(&[]);
    for (a, range) in acc.iter_mut().zip(starts.windows(2)) {
        let entries = match range {
            [s, e] => memberships.get(*s..*e).unwrap_or(&[]),
            _ => &[],
        };
        let mut total = 0.0f64;
        for claim in entries.chunk_by(|x, y| x.0 == y.0) {
            let mut sum = 0.0f64;
            let mut best = 0.0f64;
            let mut summed = false;
            for &(_, ci) in claim {
                let cv = conf.get((ci & !CONTESTED) as usize).copied().unwrap_or(0.0);
                if ci & CONTESTED != 0 {
                    sum += cv;
                    summed = true;
                } else {
                    best = best.max(cv);
                }
            }
            total += if summed { sum.min(1.0) } else { best };
        }
        *a = total;
    }
}

#[cfg(test)]
mod tests {
    use super::super::key::FxIndexMap;
    use super::{copy_groups_of, distinct_at_least_two, find, union, SHINGLE};

    /// The plain statement of [`copy_groups_of`]: tables of whole sequences and shingles, each
    /// document joined with the first that had the same key.
    fn copy_groups_reference(seq: &[(u32, u64)], n_docs: usize) -> Vec<u32> {
        let mut parent: Vec<u32> = (0..n_docs as u32).collect();
        let mut sequences: FxIndexMap<Vec<u64>, u32> = FxIndexMap::default();
        let mut shingles: FxIndexMap<[u64; SHINGLE], u32> = FxIndexMap::default();
        let mut k = 0usize;
        while let Some(&(doc, _)) = seq.get(k) {
            let mut figures = Vec::new();
            while let Some(s) = seq.get(k).filter(|s| s.0 == doc) {
                figures.push(s.1);
                k += 1;
            }
            if figures.len() >= 2 && distinct_at_least_two(&figures) {
                for w in figures.windows(SHINGLE) {
                    let shingle = <[u64; SHINGLE]>::try_from(w).unwrap();
                    if distinct_at_least_two(&shingle) {
                        let first = *shingles.entry(shingle).or_insert(doc);
                        union(&mut parent, first, doc);
                    }
                }
                let first = *sequences.entry(figures.clone()).or_insert(doc);
                union(&mut parent, first, doc);
            }
        }
        (0..n_docs as u32).map(|d| find(&mut parent, d)).collect()
    }

    proptest::proptest! {
        /// The fingerprinted, radix-sorted copy detection is the plain one.
        #[test]
        fn copy_groups_is_the_reference(
            docs in proptest::collection::vec(proptest::collection::vec(0u64..4, 0..7), 0..12),
        ) {
            let seq: Vec<(u32, u64)> = docs
                .iter()
                .enumerate()
                .flat_map(|(d, fs)| fs.iter().map(move |&f| (d as u32, f)))
                .collect();
            proptest::prop_assert_eq!(
                copy_groups_of(&seq, docs.len()),
                copy_groups_reference(&seq, docs.len())
            );
        }
    }

    proptest::proptest! {
        /// The counting sort is the standard library's stable sort by bucket.
        #[test]
        fn by_bucket_is_a_stable_sort(
            items in proptest::collection::vec((0usize..12, 0u32..1000), 0..200),
        ) {
            let mut want = items.clone();
            want.sort_by_key(|i| i.0.min(10));
            proptest::prop_assert_eq!(super::by_bucket(&items, 10, |i| i.0, |&i| i), want);
        }
    }
}
