//! Public bodies named by their function: a ministry by its portfolio ("ministero della
//! Salute", "ministère de la Santé", "Gesundheitsministerium", "Ministry of Health", "教育部",
//! "厚生劳动省"), a court by its rank ("High Court", "Alta Corte", "Obergericht", "高院"). Every
//! state has such bodies, so the name alone does not say whose: the body is the one of the state
//! the name carries ("ministère japonais de la Santé", "Japan's Ministry of Health",
//! "Hongkonger Obergericht", "日本厚生劳动省", "Alta Corte di Hong Kong"), or else of the state
//! the text names most, the press's own state where two tie or none is named. It is the
//! gazetteer's body of that state and function where there is one (lines `known`), else a new
//! entity keyed by the state and the function (`new:japan ministry of health`), one id in every
//! language and script. Data: `data/gazetteer/functions.tsv`. Rule `function`.

use indexmap::IndexMap;

use super::gazetteer::{Doc, Entity, Index};
use super::{EntityKind, EntityMention};
use crate::lang::Lang;
use crate::text::fold::fold_str;
use crate::text::hash::{FastMap, FastSet};
use crate::text::Span;

/// The words of every language that name bodies by function, and the states they may belong to.
#[derive(Clone, Debug, Default)]
pub(crate) struct Functions {
    /// The heads of bodies' names ("ministero", "ministère") and the links after them ("della",
    /// "de la"), folded, per language.
    heads: FastMap<Lang, FastSet<String>>,
    links: FastMap<Lang, FastSet<String>>,
    /// Latin portfolios (one or two folded words) to their function.
    portfolios: FastMap<(Lang, String), String>,
    /// Per language, what a text's word must be for a portfolio to start at it: each key of
    /// `portfolios` whole, and its every part before a space (most words start none).
    portfolio_firsts: FastMap<Lang, FastSet<String>>,
    /// German compounds: the endings ("ministerium") and the stems before them.
    compounds: Vec<(Lang, String)>,
    stems: Vec<(Lang, String, String)>,
    /// German: a prefix a compound's stem may carry ("bundes"), and the linking letters after
    /// the stem ("s", "es", "-"; none is always fine).
    stem_prefixes: Vec<(Lang, String)>,
    joints: Vec<(Lang, String)>,
    /// Chinese: conjunctions between two portfolios ("和"), and the characters after a body's
    /// name that make it part of a longer word ("部长", "部门").
    han_conjs: Vec<String>,
    han_not_before: Vec<char>,
    /// Chinese: words that open a body's own name where no state's name does ("中央气象署",
    /// the Central Weather Administration, is a name, not "a weather office").
    han_own: Vec<String>,
    /// Chinese bodies of a place the table has no name for ("X卫生与社会服务部"): the words that
    /// end a body's name after a place's (`han_body`), the administrative units that may come
    /// between (`han_unit`: "州", "省"), the characters before a body's word that make it
    /// another word (`han_not_after`: "东部", "一部") and those no body's name holds between the
    /// place and that word (`han_not_inside`: "的", "在").
    han_bodies: Vec<String>,
    han_units: Vec<String>,
    han_not_after: Vec<char>,
    han_not_inside: Vec<char>,
    /// The lines of those two lists (each may hold several characters).
    han_char_lines: usize,
    /// The possessive endings between a state's name and a body's ("'s").
    possessives: Vec<String>,
    /// Fixed names: folded words to the function ("high court"), and whether the data writes
    /// the name in lower case (then it matches in any case: "garde-côtes"; else only
    /// capitalized: "High Court").
    phrases: Vec<(Lang, Vec<String>, String, bool)>,
    /// The first words of `phrases`, per language (most words start none).
    phrase_firsts: FastMap<Lang, FastSet<String>>,
    /// Chinese names, folded, longest first.
    han: Vec<(String, String)>,
    /// Jurisdictions: data/frames' states (not the EU) and the lines `place`.
    places: FastSet<String>,
    /// Adjectives of jurisdictions: (lang, folded word or stem, is a stem, place).
    adjs: Vec<(Lang, String, bool, String)>,
    /// Languages whose state's adjective may follow a body's fixed name ("les garde-côtes
    /// japonais"; not "die japanische Küstenwache").
    adj_after: FastSet<Lang>,
    known: FastMap<(String, String), String>,
    press: FastMap<Lang, String>,
}

/// One body's name found in the text.
struct Found {
    span: Span,
    function: String,
    /// The state the name itself carries.
    place: Option<String>,
}

impl Functions {
    /// The embedded table, with data/frames' states and their adjectives.
    pub(crate) fn embedded() -> &'static Functions {
        static F: std::sync::OnceLock<Functions> = std::sync::OnceLock::new();
        F.get_or_init(|| {
            let mut f = Functions::parse(include_str!("../../data/gazetteer/functions.tsv"));
            let data = crate::claim::frames::Frames::embedded().data();
            for s in &data.states {
                // (The Union has no ministries of its own.)
                if s != "european_union" {
                    f.places.insert(s.clone());
                }
            }
            for (place, by_lang) in &data.demonyms {
                if !f.places.contains(place) {
                    continue;
                }
                for (code, words) in by_lang {
                    let Ok(lang) = code.parse::<Lang>() else {
                        continue;
                    };
                    for w in words {
                        let stem = w.ends_with('*');
                        let folded = fold_str(w.trim_end_matches('*'));
                        f.adjs.push((lang, folded, stem, place.clone()));
                    }
                }
            }
            f
        })
    }

    /// Reads the table; malformed lines are skipped.
    fn parse(src: &str) -> Functions {
        let mut f = Functions::default();
        for line in src.lines() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let lang = |c: Option<&&str>| c.and_then(|c| c.parse::<Lang>().ok());
            match cols.as_slice() {
                ["head", l, w] => {
                    if let Some(l) = lang(Some(l)) {
                        f.heads.entry(l).or_default().insert(fold_str(w));
                    }
                }
                ["link", l, w] => {
                    if let Some(l) = lang(Some(l)) {
                        f.links.entry(l).or_default().insert(fold_str(w));
                    }
                }
                ["portfolio", l, w, key] => {
                    if let Some(l) = lang(Some(l)) {
                        let folded = fold_str(w);
                        let firsts = f.portfolio_firsts.entry(l).or_default();
                        for (p, _) in folded.match_indices(' ') {
                            firsts.insert(folded.get(..p).unwrap_or("").to_string());
                        }
                        firsts.insert(folded.clone());
                        f.portfolios.insert((l, folded), key.to_string());
                    }
                }
                ["compound", l, w] => {
                    if let Some(l) = lang(Some(l)) {
                        f.compounds.push((l, fold_str(w)));
                    }
                }
                ["stem", l, w, key] => {
                    if let Some(l) = lang(Some(l)) {
                        f.stems.push((l, fold_str(w), key.to_string()));
                    }
                }
                ["phrase", l, w, key] => {
                    if let Some(l) = lang(Some(l)) {
                        // (Split as the text's words are: "garde-côtes" is two.)
                        let words: Vec<String> = fold_str(w)
                            .split([' ', '-'])
                            .filter(|t| !t.is_empty())
                            .map(String::from)
                            .collect();
                        if let Some(first) = words.first() {
                            f.phrase_firsts.entry(l).or_default().insert(first.clone());
                        }
                        let lower = !w.chars().any(char::is_uppercase);
                        f.phrases.push((l, words, key.to_string(), lower));
                    }
                }
                ["han", _, w, key] => f.han.push((fold_str(w), key.to_string())),
                ["stem_prefix", l, w] => {
                    if let Some(l) = lang(Some(l)) {
                        f.stem_prefixes.push((l, fold_str(w)));
                    }
                }
                ["joint", l, w] => {
                    if let Some(l) = lang(Some(l)) {
                        f.joints.push((l, fold_str(w)));
                    }
                }
                ["han_conj", _, w] => f.han_conjs.push(fold_str(w)),
                ["han_not_before", _, w] => f.han_not_before.extend(fold_str(w).chars()),
                ["han_own", _, w] => f.han_own.push(fold_str(w)),
                ["han_body", _, w] => f.han_bodies.push(fold_str(w)),
                ["han_unit", _, w] => f.han_units.push(fold_str(w)),
                ["han_not_after", _, w] => {
                    f.han_not_after.extend(fold_str(w).chars());
                    f.han_char_lines += 1;
                }
                ["han_not_inside", _, w] => {
                    f.han_not_inside.extend(fold_str(w).chars());
                    f.han_char_lines += 1;
                }
                ["possessive", _, w] => f.possessives.push(w.to_string()),
                ["place", id] => {
                    f.places.insert(id.to_string());
                }
                ["adj", l, w, place] => {
                    if let Some(l) = lang(Some(l)) {
                        let stem = w.ends_with('*');
                        let folded = fold_str(w.trim_end_matches('*'));
                        f.adjs.push((l, folded, stem, place.to_string()));
                    }
                }
                ["adj_after", l] => {
                    if let Some(l) = lang(Some(l)) {
                        f.adj_after.insert(l);
                    }
                }
                ["known", id, place, key] => {
                    f.known
                        .insert((place.to_string(), key.to_string()), id.to_string());
                }
                ["press", l, place] => {
                    if let Some(l) = lang(Some(l)) {
                        f.press.insert(l, place.to_string());
                    }
                }
                _ => {}
            }
        }
        f.han
            .sort_by_key(|h| std::cmp::Reverse(h.0.chars().count()));
        // (Longest first: "自治区" before "区".)
        f.han_units
            .sort_by_key(|u| std::cmp::Reverse(u.chars().count()));
        f
    }

    /// Whether the folded word `w` is the head of a body's name in `lang`.
    fn is_head(&self, lang: Lang, w: &str) -> bool {
        self.heads.get(&lang).is_some_and(|s| s.contains(w))
    }

    /// Whether the folded word `w` links a head to a portfolio in `lang`.
    fn is_link(&self, lang: Lang, w: &str) -> bool {
        self.links.get(&lang).is_some_and(|s| s.contains(w))
    }

    /// The place a folded word is the adjective of in `lang`.
    fn adjective(&self, lang: Lang, w: &str) -> Option<&str> {
        self.adjs
            .iter()
            .find(|(l, a, stem, _)| {
                *l == lang
                    && (w == a || (*stem && w.starts_with(a.as_str()) && w.len() <= a.len() + 3))
            })
            .map(|(_, _, _, p)| p.as_str())
    }

    /// The function of a German compound ("gesundheitsministerium", "bundesfinanzministerium").
    fn compound(&self, lang: Lang, w: &str) -> Option<&str> {
        let stem = self
            .compounds
            .iter()
            .filter(|(l, _)| *l == lang)
            .find_map(|(_, end)| w.strip_suffix(end.as_str()))?;
        let stem = stem.trim_end_matches('-');
        let stem = self
            .stem_prefixes
            .iter()
            .filter(|(l, _)| *l == lang)
            .find_map(|(_, p)| stem.strip_prefix(p.as_str()))
            .unwrap_or(stem);
        let joint = |rest: &str| {
            rest.is_empty() || self.joints.iter().any(|(l, j)| *l == lang && j == rest)
        };
        self.stems
            .iter()
            .filter(|(l, _, _)| *l == lang)
            .find(|(_, s, _)| stem.strip_prefix(s.as_str()).is_some_and(joint))
            .map(|(_, _, k)| k.as_str())
    }

    /// The body names of a text in a Latin script.
    fn find_latin(&self, doc: &Doc<'_>) -> Vec<Found> {
        let lang = doc.lang;
        // Words split at apostrophes ("dell'Economia"): (start, end, folded).
        let mut toks: Vec<(usize, usize, &str)> = Vec::with_capacity(doc.words.len());
        for w in doc.words {
            let mut parts = w.folded.split(['\'', '’']);
            if let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) {
                toks.push((w.start, w.end, a));
                toks.push((w.start, w.end, b));
                continue;
            }
            toks.push((w.start, w.end, w.folded));
        }
        let tok = |i: usize| toks.get(i).map_or("", |t| t.2);
        let firsts = self.portfolio_firsts.get(&lang);
        let portfolio_at = |i: usize| -> Option<(usize, &str)> {
            // (Most words start no portfolio: no key to build for them.)
            if !firsts.is_some_and(|f| f.contains(tok(i))) {
                return None;
            }
            let two = format!("{} {}", tok(i), tok(i + 1));
            if let Some(k) = self.portfolios.get(&(lang, two)) {
                return Some((2, k.as_str()));
            }
            self.portfolios
                .get(&(lang, tok(i).to_string()))
                .map(|k| (1, k.as_str()))
        };
        let adj_at = |i: usize| self.adjective(lang, tok(i)).map(String::from);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let Some(&(start, _, folded)) = toks.get(i) else {
                break;
            };
            // A head, an adjective of a state maybe, links, a portfolio ("ministère japonais de
            // la Santé", "ministero della Salute").
            if self.is_head(lang, folded) {
                let mut j = i + 1;
                let mut place = adj_at(j);
                if place.is_some() {
                    j += 1;
                }
                let mut links = 0;
                while links < 3 && self.is_link(lang, tok(j)) {
                    j += 1;
                    links += 1;
                }
                if let Some((n, key)) = portfolio_at(j).filter(|_| links > 0) {
                    let last = j + n - 1;
                    if place.is_none() {
                        place = adj_at(last + 1);
                    }
                    if let Some(&(_, end, _)) = toks.get(last) {
                        out.push(Found {
                            span: Span::new(start, end),
                            function: key.to_string(),
                            place,
                        });
                    }
                    i = last + 1;
                    continue;
                }
            }
            // English: the portfolio before the head ("the Health Ministry").
            if lang == Lang::En {
                if let Some((n, key)) = portfolio_at(i) {
                    if self.is_head(lang, tok(i + n)) {
                        if let Some(&(_, end, _)) = toks.get(i + n) {
                            let place = i.checked_sub(1).and_then(adj_at);
                            out.push(Found {
                                span: Span::new(start, end),
                                function: key.to_string(),
                                place,
                            });
                            i += n + 1;
                            continue;
                        }
                    }
                }
            }
            // German compounds, an adjective of a state maybe before them.
            if let Some(key) = self.compound(lang, folded) {
                let place = i.checked_sub(1).and_then(adj_at);
                if let Some(&(_, end, _)) = toks.get(i) {
                    out.push(Found {
                        span: Span::new(start, end),
                        function: key.to_string(),
                        place,
                    });
                }
                i += 1;
                continue;
            }
            // Fixed names ("High Court", "Alta Corte", "Obergericht"), capitalized.
            let starts_phrase = self
                .phrase_firsts
                .get(&lang)
                .is_some_and(|s| s.contains(folded));
            let phrase = starts_phrase
                .then(|| {
                    self.phrases.iter().find(|(l, words, _, _)| {
                        *l == lang && words.iter().enumerate().all(|(k, w)| tok(i + k) == w)
                    })
                })
                .flatten();
            if let Some((_, words, key, lower)) = phrase {
                let capital = *lower
                    || doc
                        .text
                        .get(start..)
                        .and_then(|s| s.chars().next())
                        .is_some_and(char::is_uppercase);
                let last = i + words.len().saturating_sub(1);
                if let (true, Some(&(_, mut end, _))) = (capital, toks.get(last)) {
                    // (An adjective before: "das Hongkonger Obergericht", "die japanische
                    // Küstenwache"; or after: "les garde-côtes japonais".)
                    let (mut place, start) = match i
                        .checked_sub(1)
                        .and_then(|p| adj_at(p).and_then(|pl| toks.get(p).map(|t| (pl, t.0))))
                    {
                        Some((pl, s)) => (Some(pl), s),
                        None => (None, start),
                    };
                    if place.is_none() && self.adj_after.contains(&lang) {
                        if let Some((pl, e)) =
                            adj_at(last + 1).and_then(|pl| toks.get(last + 1).map(|t| (pl, t.1)))
                        {
                            place = Some(pl);
                            end = e;
                        }
                    }
                    out.push(Found {
                        span: Span::new(start, end),
                        function: key.clone(),
                        place,
                    });
                    i = last + 1;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    /// Where a portfolio and a conjunction come right before folded byte `at` ("经济和" before
    /// "财政部"): the start of that portfolio and its function.
    fn han_first_portfolio<'s>(&'s self, hay: &str, at: usize) -> Option<(usize, &'s String)> {
        let before = hay.get(..at)?;
        let before = self
            .han_conjs
            .iter()
            .find_map(|c| before.strip_suffix(c.as_str()))?;
        self.han.iter().find_map(|(name, key)| {
            let stem = name.strip_suffix(['部', '省'])?;
            (stem.chars().count() >= 2 && before.ends_with(stem))
                .then(|| (before.len() - stem.len(), key))
        })
    }

    /// The body names of a Chinese text.
    fn find_han(&self, doc: &Doc<'_>) -> Vec<Found> {
        let hay = doc.folded.as_str();
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut out = Vec::new();
        for (name, key) in &self.han {
            for (at, s) in hay.match_indices(name.as_str()) {
                let end = at + s.len();
                if taken.iter().any(|&(a, b)| a < end && at < b) {
                    continue;
                }
                let next = hay.get(end..).and_then(|r| r.chars().next());
                if next.is_some_and(|c| self.han_not_before.contains(&c)) {
                    continue;
                }
                // (Several portfolios: "经济和财政部", keyed by the first.)
                let (at, key) = self.han_first_portfolio(hay, at).unwrap_or((at, key));
                taken.push((at, end));
                out.push(Found {
                    span: doc.folded.to_original(at, end),
                    function: key.clone(),
                    place: None,
                });
            }
        }
        out.sort_by_key(|f| f.span.start);
        out
    }

    /// The function of a Chinese body's name that no line `han` gives whole: the function of
    /// the line whose portfolio (its name less the last character, two characters or more)
    /// the name opens with ("卫生与社会服务部" opens with "卫生", of "卫生部": health).
    fn han_portfolio_of(&self, name: &str) -> Option<&str> {
        self.han.iter().find_map(|(n, key)| {
            let mut stem = n.chars();
            stem.next_back();
            let stem = stem.as_str();
            (stem.chars().count() >= 2 && name.starts_with(stem)).then_some(key.as_str())
        })
    }

    /// A Chinese place's name written right before a body's ("魁北克省卫生与社会服务部",
    /// "巴伐利亚州检察院"): the words after the place are the body of that place, never the
    /// place (issue #4). Chinese writes a ministry's, a commission's, a prosecutor's office's or
    /// a court's name as its place's name, an administrative unit maybe, its function and the
    /// word of its class (部, 委员会, 检察院, 法院), with no particle between. The body is keyed
    /// by the place and the function a line `han` gives its first portfolio ("new:canada
    /// ministry of health"), else by its own name ("new:bayern 检察院"), the same in every Chinese
    /// text; the place keeps its own mention, as before a body the table names ("日本" +
    /// "厚生劳动省"). Where the table names the body already, or another known name lies
    /// between, nothing changes.
    fn han_place_bodies(&self, doc: &Doc<'_>, found: &mut Vec<EntityMention>) {
        if self.han_bodies.is_empty() {
            return;
        }
        let mut k = 0;
        while k < found.len() {
            let Some(m) = found.get(k) else {
                break;
            };
            k += 1;
            if m.kind != EntityKind::Place {
                continue;
            }
            let Some(rest) = doc.text.get(m.span.end..) else {
                continue;
            };
            // The Han characters after the place, folded one by one, with their ends.
            let mut chars: Vec<(char, usize)> = Vec::new();
            for (i, c) in rest.char_indices().take(14) {
                if !super::words::is_cjk(c) {
                    break;
                }
                let mut buf = [0u8; 4];
                let f = fold_str(c.encode_utf8(&mut buf))
                    .chars()
                    .next()
                    .unwrap_or(c);
                chars.push((f, m.span.end + i + c.len_utf8()));
            }
            let s: String = chars.iter().map(|c| c.0).collect();
            let surface = fold_str(doc.text.get(m.span.start..m.span.end).unwrap_or(""));
            // An administrative unit inside the place's name or right after it.
            let mut unit = self
                .han_units
                .iter()
                .find(|u| surface.ends_with(u.as_str()));
            let mut from = 0;
            if let Some(u) = self.han_units.iter().find(|u| s.starts_with(u.as_str())) {
                unit = Some(u);
                from = u.chars().count();
            }
            let Some(tail) = s.get(s.char_indices().nth(from).map_or(s.len(), |(b, _)| b)..) else {
                continue;
            };
            let tail_chars: Vec<char> = tail.chars().collect();
            // The first body's word after one to eight characters.
            let mut hit: Option<(usize, usize)> = None;
            for p in 0..tail_chars.len() {
                if p > 0
                    && tail_chars
                        .get(p - 1)
                        .is_some_and(|c| self.han_not_after.contains(c))
                {
                    continue;
                }
                let at: String = tail_chars.get(p..).unwrap_or(&[]).iter().collect();
                // (Right after a unit, a word of two characters or more: "纽约州检察院".)
                if let Some(w) = self.han_bodies.iter().find(|w| {
                    at.starts_with(w.as_str())
                        && (p > 0 || (unit.is_some() && w.chars().count() >= 2))
                }) {
                    hit = Some((p, w.chars().count()));
                    break;
                }
            }
            let Some((p, len)) = hit else {
                continue;
            };
            let middle = tail_chars.get(..p).unwrap_or(&[]);
            let after = tail_chars.get(p + len).copied();
            if p > 8
                || middle.iter().any(|c| self.han_not_inside.contains(c))
                || after.is_some_and(|c| self.han_not_before.contains(&c))
            {
                continue;
            }
            let Some(&(_, end)) = chars.get(from + p + len - 1) else {
                continue;
            };
            // (The place's own mention stays: "日本" + "厚生劳动省", as the table's bodies.)
            let Some(&(_, start)) = from
                .checked_sub(1)
                .map_or(Some(&('\0', m.span.end)), |i| chars.get(i))
            else {
                continue;
            };
            let span = Span::new(start, end);
            // (A name the table or the gazetteer gives over the body's words keeps its place.)
            let over: Vec<usize> = found
                .iter()
                .enumerate()
                .filter(|(_, o)| o.span.overlaps(&span))
                .map(|(i, _)| i)
                .collect();
            let blocked = over.iter().any(|&i| {
                found
                    .get(i)
                    .is_some_and(|o| !(o.id.starts_with("new:") && o.rule != "function"))
            });
            if blocked {
                continue;
            }
            let body: String = middle
                .iter()
                .chain(tail_chars.get(p..p + len).unwrap_or(&[]))
                .collect();
            let function = self
                .han_portfolio_of(&body)
                .map_or(body.clone(), String::from);
            let place = m.id.strip_prefix("new:").unwrap_or(&m.id).replace('_', " ");
            let mention = EntityMention {
                span,
                id: format!("new:{place} {function}"),
                name: doc.text.get(span.start..span.end).unwrap_or("").to_string(),
                kind: EntityKind::Organization,
                score: 0.8,
                rule: "function".to_string(),
            };
            for &i in over.iter().rev() {
                found.remove(i);
            }
            let at = found.partition_point(|o| o.span.start < span.start);
            found.insert(at, mention);
            k = at + 1;
        }
    }

    /// The jurisdiction named by `rest` (the words after a body's name inside a longer one):
    /// a link, then the jurisdiction's name and nothing else.
    fn place_after_link(
        &self,
        entities: &[Entity],
        idx: &Index,
        lang: Lang,
        rest: &str,
    ) -> Option<String> {
        let folded = fold_str(rest.trim());
        let (link, name) = folded.split_once([' ', '\'', '’'])?;
        if !self.is_link(lang, link) {
            return None;
        }
        let name = name.trim();
        idx.keys
            .iter()
            .filter(|k| k.folded == name)
            .filter_map(|k| entities.get(k.entity))
            .find(|e| self.places.contains(&e.id))
            .map(|e| e.id.clone())
    }

    /// The jurisdiction whose name `text` is, whole.
    fn place_named(&self, entities: &[Entity], idx: &Index, text: &str) -> Option<String> {
        let folded = fold_str(text.trim());
        if folded.is_empty() {
            return None;
        }
        // (Chinese names are no fuzzy keys: the jurisdictions' aliases are read.)
        let mut ids: Vec<&String> = self.places.iter().collect();
        ids.sort();
        ids.into_iter()
            .filter_map(|id| idx.by_id.get(id.as_str()).and_then(|&e| entities.get(e)))
            .find(|e| e.aliases.iter().any(|a| fold_str(&a.text) == folded))
            .map(|e| e.id.clone())
    }

    /// Links the bodies named by function in `found` (the document's mentions, in text order).
    pub(crate) fn apply(
        &self,
        entities: &[Entity],
        idx: &Index,
        doc: &Doc<'_>,
        found: &mut Vec<EntityMention>,
    ) {
        self.apply_table(entities, idx, doc, found);
        if doc.lang == Lang::Zh {
            self.han_place_bodies(doc, found);
        }
        acronyms_of_bodies(doc, found);
    }

    /// The bodies the table names by function.
    fn apply_table(
        &self,
        entities: &[Entity],
        idx: &Index,
        doc: &Doc<'_>,
        found: &mut Vec<EntityMention>,
    ) {
        let bodies = if doc.lang == Lang::Zh {
            self.find_han(doc)
        } else {
            self.find_latin(doc)
        };
        if bodies.is_empty() {
            return;
        }
        let known_bodies: FastSet<&str> = self.known.values().map(String::as_str).collect();
        // The jurisdictions the text names, and how often.
        let mut counts: IndexMap<&str, usize> = IndexMap::new();
        for m in found.iter() {
            if self.places.contains(&m.id) {
                *counts.entry(m.id.as_str()).or_default() += 1;
            }
        }
        // (A state's adjective names it too: "die japanische Regierung", "der Tokioter
        // Flughafen".)
        if doc.lang != Lang::Zh {
            for w in doc.words {
                if let Some(p) = self.adjective(doc.lang, w.folded) {
                    *counts.entry(p).or_default() += 1;
                }
            }
        }
        // (Whether the text's state is only the press's own, the text naming none.)
        let by_press;
        let text_place: Option<String> = {
            let max = counts.values().copied().max().unwrap_or(0);
            let top: Vec<&str> = counts
                .iter()
                .filter(|(_, &n)| n == max && n > 0)
                .map(|(p, _)| *p)
                .collect();
            let press = self.press.get(&doc.lang).map(String::as_str);
            by_press = top.is_empty() && press.is_some();
            match top.as_slice() {
                [one] => Some((*one).to_string()),
                [] => press.map(String::from),
                more => press.filter(|p| more.contains(p)).map(String::from),
            }
        };
        let mut owned: Vec<String> = Vec::new();
        for body in bodies {
            let mut span = body.span;
            // A jurisdiction's name right before ("Japan's Ministry of Health", "日本厚生劳动省";
            // in Chinese also before a word that opens a body's own name, which then says
            // whose: "加拿大国家运输安全委员会", "德国联邦交通部")
            // or after a link ("Alta Corte di Hong Kong", "ministère de la Santé du Japon").
            let before = found.iter().find(|m| {
                self.places.contains(&m.id)
                    && m.span.end <= span.start
                    && doc.text.get(m.span.end..span.start).is_some_and(|gap| {
                        let g = gap.trim();
                        g.is_empty()
                            || self.possessives.iter().any(|p| p == g)
                            || (doc.lang == Lang::Zh && self.han_own.contains(&fold_str(g)))
                    })
                    && (doc.lang == Lang::Zh || m.span.end < span.start)
            });
            let after = found.iter().find(|m| {
                self.places.contains(&m.id)
                    && m.span.start >= span.end
                    && doc.text.get(span.end..m.span.start).is_some_and(|gap| {
                        let g = fold_str(gap.trim());
                        let g = g.trim_end_matches(['\'', '’']);
                        self.is_link(doc.lang, g)
                    })
            });
            // The mentions over the name: a discovered name, a body of the table or the state
            // inside it give way (the longest span is kept); anything else keeps its place.
            let over: Vec<usize> = found
                .iter()
                .enumerate()
                .filter(|(_, m)| m.span.overlaps(&span))
                .map(|(k, _)| k)
                .collect();
            let yields = |m: &EntityMention| {
                m.id.starts_with("new:")
                    || known_bodies.contains(m.id.as_str())
                    || self.places.contains(&m.id)
            };
            if over
                .iter()
                .any(|&k| found.get(k).is_some_and(|m| !yields(m)))
            {
                continue;
            }
            // (A Chinese body's own name, "中央气象署": the name, not a function's.)
            let own_name = |m: &EntityMention| {
                m.span.start < body.span.start
                    && doc
                        .text
                        .get(m.span.start..body.span.start)
                        .is_some_and(|head| {
                            let head = fold_str(head);
                            self.han_own.iter().any(|w| head.starts_with(w.as_str()))
                        })
            };
            // (Its later uses without the opening word are the name's short form: "气象署".)
            let surface = doc.text.get(body.span.start..body.span.end).unwrap_or("");
            if doc.lang == Lang::Zh
                && (over.iter().any(|&k| found.get(k).is_some_and(own_name))
                    || owned.contains(&fold_str(surface)))
            {
                owned.push(fold_str(surface));
                continue;
            }
            for &k in &over {
                if let Some(m) = found.get(k) {
                    if !self.places.contains(&m.id) {
                        span = Span::new(span.start.min(m.span.start), span.end.max(m.span.end));
                    }
                }
            }
            // (A discovered name that holds a jurisdiction's name right before the body's:
            // "冰岛气象局".)
            let inside_before = (span.start < body.span.start)
                .then(|| doc.text.get(span.start..body.span.start))
                .flatten()
                .and_then(|head| {
                    self.place_named(entities, idx, head).or_else(|| {
                        // (With a word of a body's own name between: "美国国家…".)
                        let folded = fold_str(head);
                        let place = self
                            .han_own
                            .iter()
                            .find_map(|w| folded.strip_suffix(w.as_str()))?;
                        self.place_named(entities, idx, place)
                    })
                });
            // (A discovered name that runs on to a link and a jurisdiction: "Alta Corte di
            // Singapore".)
            let inside = (span.end > body.span.end)
                .then(|| doc.text.get(body.span.end..span.end))
                .flatten()
                .and_then(|rest| self.place_after_link(entities, idx, doc.lang, rest));
            let named = body
                .place
                .clone()
                .or_else(|| before.map(|m| m.id.clone()))
                .or_else(|| after.map(|m| m.id.clone()))
                .or(inside)
                .or(inside_before);
            // (A name its acronym in brackets defines, in a text that names no state, is kept
            // as the acronym keys it: "l'Agenzia meteorologica nazionale (Nwa)" says not whose.)
            let defined = doc
                .text
                .get(span.end..)
                .is_some_and(|rest| rest.trim_start().starts_with(['(', '（']))
                && over
                    .iter()
                    .any(|&k| found.get(k).is_some_and(|m| m.id.starts_with("new:")));
            if named.is_none() && by_press && defined {
                continue;
            }
            let place = named.or_else(|| text_place.clone());
            let Some(place) = place else {
                continue;
            };
            let (id, name, kind) = match self
                .known
                .get(&(place.clone(), body.function.clone()))
                .and_then(|id| idx.by_id.get(id.as_str()).and_then(|&e| entities.get(e)))
            {
                Some(e) => (e.id.clone(), e.name.clone(), e.kind),
                None => (
                    format!("new:{} {}", place.replace('_', " "), body.function),
                    String::new(),
                    EntityKind::Organization,
                ),
            };
            let surface = doc.text.get(span.start..span.end).unwrap_or("").to_string();
            for &k in over.iter().rev() {
                found.remove(k);
            }
            let at = found.partition_point(|m| m.span.start < span.start);
            found.insert(
                at,
                EntityMention {
                    span,
                    id,
                    name: if name.is_empty() { surface } else { name },
                    kind,
                    score: 0.8,
                    rule: "function".to_string(),
                },
            );
        }
    }
}

/// An acronym in brackets right after a body's name ("l'Istituto meteorologico islandese
/// (Imo)", "le Service météorologique national (NWS)") is the body's, and so is every other
/// use of it in the text: a name discovery keyed by the acronym alone takes the body's id.
fn acronyms_of_bodies(doc: &Doc<'_>, found: &mut [EntityMention]) {
    let mut renames: Vec<(String, String, String)> = Vec::new();
    for (k, m) in found.iter().enumerate() {
        if m.rule != "function" {
            continue;
        }
        let Some(next) = found.get(k + 1) else {
            continue;
        };
        let gap = doc
            .text
            .get(m.span.end..next.span.start)
            .unwrap_or("")
            .trim();
        let close = doc
            .text
            .get(next.span.end..)
            .unwrap_or("")
            .trim_start()
            .chars()
            .next();
        if matches!(gap, "(" | "（")
            && matches!(close, Some(')' | '）'))
            && next.id.starts_with("new:")
            && !next.span.is_empty()
        {
            renames.push((next.id.clone(), m.id.clone(), m.name.clone()));
        }
    }
    for (from, to, name) in renames {
        for m in found.iter_mut().filter(|m| m.id == from) {
            m.id.clone_from(&to);
            m.name.clone_from(&name);
            m.kind = EntityKind::Organization;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of the table parses, and every `known` body is a gazetteer entity: a line
    /// that stops parsing, or an id renamed in the gazetteer, must not drop out unnoticed.
    #[test]
    fn the_embedded_table_parses_and_its_known_bodies_exist() {
        let src = include_str!("../../data/gazetteer/functions.tsv");
        let lines = src
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        let f = Functions::parse(src);
        // (Lines that repeat a key count once: the table has none.)
        let parsed = f.heads.values().map(FastSet::len).sum::<usize>()
            + f.links.values().map(FastSet::len).sum::<usize>()
            + f.portfolios.len()
            + f.compounds.len()
            + f.stems.len()
            + f.stem_prefixes.len()
            + f.joints.len()
            + f.han_conjs.len()
            + f.han_not_before.len()
            + f.han_own.len()
            + f.han_bodies.len()
            + f.han_units.len()
            + f.han_char_lines
            + f.possessives.len()
            + f.phrases.len()
            + f.han.len()
            + f.known.len()
            + f.press.len()
            + f.adjs.len()
            + f.adj_after.len()
            + f.places.len();
        assert_eq!(parsed, lines, "{parsed} of {lines} lines parsed");
        let g = crate::Gazetteer::embedded();
        for id in f.known.values() {
            assert!(
                g.get(id).is_some(),
                "known body {id} is no gazetteer entity"
            );
        }
        assert_eq!(fold_str("厚生勞動省"), "厚生劳动省");
    }
}
