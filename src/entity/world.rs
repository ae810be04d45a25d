//! The world as an entity: the words that name the planet or the whole world as the holder of
//! figures ("la temperatura media del pianeta", "auf der Erde im Mittel", "la plus chaude de la
//! planète", "全球平均气温", "世界第一") link to the gazetteer's `earth`; the same words in an
//! idiom or a longer name ("il mondo del calcio", "die Welt der Mode", "tout le monde", "le
//! record du monde", "die arabische Welt", "世界杯") do not. The words and contexts are data
//! (`data/gazetteer/world.tsv`): in languages with articles, a noun right after a definite
//! article or an articulated preposition ("nel mondo", "der Erde"), in lower case (capitalized
//! where every noun is, cue flag `nouns_capitalized`), or a name written with a capital
//! mid-sentence ("la Terra", "la Terre"); a word after it or before the article can make it an
//! idiom. In Chinese, 地球 and 全球 wherever they stand outside longer words (全球化), 世界
//! before a word of place or rank or a punctuation mark. Runs last: a word another mention
//! covers ("世界气象组织") stays that mention's. Rule `world`.

use super::gazetteer::{Doc, Index};
use super::words::{is_cjk, is_word_char, Word};
use super::{Entity, EntityMention};
use crate::lang::Lang;
use crate::text::fold::fold_str;
use crate::text::hash::{FastMap, FastSet};

/// The gazetteer id of the world.
pub(crate) const EARTH: &str = "earth";
/// How sure such a link is.
const SCORE: f64 = 0.8;

/// One language's words and contexts.
#[derive(Debug, Default)]
struct LangData {
    names: FastSet<String>,
    nouns: FastSet<String>,
    articles: FastSet<String>,
    /// By noun (`*` for every one), the words after it that make it an idiom.
    not_after: FastMap<String, FastSet<String>>,
    /// By noun (`*` for every one), the words before its article that make it an idiom.
    not_before: FastMap<String, FastSet<String>>,
    /// Chinese words that name the world wherever they stand.
    words: Vec<String>,
    /// Chinese words that name the world only before one of these.
    words_before: Vec<(String, Vec<String>)>,
    /// Longer Chinese words that hold one of `words` without naming the world.
    zh_not: Vec<String>,
}

impl LangData {
    fn listed(map: &FastMap<String, FastSet<String>>, noun: &str, word: &str) -> bool {
        [noun, "*"]
            .iter()
            .any(|k| map.get(*k).is_some_and(|s| s.contains(word)))
    }
}

/// Parses `data/gazetteer/world.tsv`'s format (see the file's header); unknown kinds and
/// languages are skipped.
fn parse(src: &str) -> FastMap<Lang, LangData> {
    let mut out: FastMap<Lang, LangData> = FastMap::default();
    for line in src.lines().map(|l| l.trim_end_matches('\r')) {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        let (Some(lang), Some(kind), Some(key), Some(words)) =
            (cols.first(), cols.get(1), cols.get(2), cols.get(3))
        else {
            continue;
        };
        let Ok(lang) = lang.parse::<Lang>() else {
            continue;
        };
        let d = out.entry(lang).or_default();
        let key = if *key == "*" || *key == "-" {
            key.to_string()
        } else {
            fold_str(key)
        };
        let words = words.split_whitespace().map(fold_str);
        match *kind {
            "name" => d.names.extend(words),
            "noun" => d.nouns.extend(words),
            "article" => d.articles.extend(words),
            "not_after" => d.not_after.entry(key).or_default().extend(words),
            "not_before" => d.not_before.entry(key).or_default().extend(words),
            "word" => d.words.extend(words),
            "word_before" => d.words_before.push((key, words.collect())),
            "zh_not" => d.zh_not.extend(words),
            _ => {}
        }
    }
    out
}

fn data() -> &'static FastMap<Lang, LangData> {
    static D: std::sync::OnceLock<FastMap<Lang, LangData>> = std::sync::OnceLock::new();
    D.get_or_init(|| parse(include_str!("../../data/gazetteer/world.tsv")))
}

/// Whether only spaces or one apostrophe stand between two words ("nel mondo", "l'univers").
fn next_to(text: &str, before: &Word<'_>, after: &Word<'_>) -> bool {
    let gap = text.get(before.end..after.start).unwrap_or("x");
    let apostrophes = gap.matches(['\'', '’']).count();
    apostrophes <= 1
        && gap
            .chars()
            .all(|c| c.is_whitespace() || c == '\'' || c == '’')
}

/// The word spans (original bytes) of a language with articles where a word names the world.
fn latin_spans(d: &LangData, doc: &Doc<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let capitals = doc.cues.nouns_capitalized(doc.lang);
    for (i, w) in doc.words.iter().enumerate() {
        let name = d.names.contains(w.folded);
        let noun = d.nouns.contains(w.folded);
        if !(name || noun) || w.quoted || w.upper || w.in_cjk {
            continue;
        }
        let Some(article) = i.checked_sub(1).and_then(|p| doc.words.get(p)) else {
            continue;
        };
        if !d.articles.contains(article.folded) || !next_to(doc.text, article, w) {
            continue;
        }
        // (A capital on a noun where nouns have none, or on an article mid-sentence, "laut Die
        // Welt", is a title's; a name's capital is what makes it the planet's.)
        let case_ok = if noun && !name {
            w.cap == capitals && (!article.cap || article.initial)
        } else {
            w.cap && !w.initial
        };
        if !case_ok {
            continue;
        }
        let after = doc.words.get(i + 1).filter(|n| n.joined);
        // A capital after a name continues a longer one ("Terra Santa").
        if name && after.is_some_and(|n| n.cap && !capitals) {
            continue;
        }
        if after.is_some_and(|n| LangData::listed(&d.not_after, w.folded, n.folded)) {
            continue;
        }
        let before = i
            .checked_sub(2)
            .and_then(|p| doc.words.get(p))
            .filter(|_| article.joined);
        if before.is_some_and(|b| LangData::listed(&d.not_before, w.folded, b.folded)) {
            continue;
        }
        out.push((w.start, w.end));
    }
    out
}

/// The folded byte ranges of a Chinese text where a word names the world.
fn han_ranges(d: &LangData, folded: &str) -> Vec<(usize, usize)> {
    // (Whether the word `w` at `at` is inside one of the longer words.)
    let held = |at: usize, w: &str| {
        d.zh_not.iter().any(|n| {
            n.match_indices(w).any(|(k, _)| {
                at.checked_sub(k)
                    .and_then(|s| folded.get(s..))
                    .is_some_and(|rest| rest.starts_with(n.as_str()))
            })
        })
    };
    let mut out = Vec::new();
    for w in &d.words {
        for (at, _) in folded.match_indices(w.as_str()) {
            if !held(at, w) {
                out.push((at, at + w.len()));
            }
        }
    }
    for (w, after) in &d.words_before {
        for (at, _) in folded.match_indices(w.as_str()) {
            let rest = folded.get(at + w.len()..).unwrap_or("");
            let mark = rest
                .chars()
                .next()
                .is_none_or(|c| !is_cjk(c) && !is_word_char(c));
            if (mark || after.iter().any(|a| rest.starts_with(a.as_str()))) && !held(at, w) {
                out.push((at, at + w.len()));
            }
        }
    }
    out
}

/// Adds a mention of the world for every word that names it and no mention covers.
pub(crate) fn apply(
    entities: &[Entity],
    idx: &Index,
    doc: &Doc<'_>,
    mentions: &mut Vec<EntityMention>,
) {
    let Some(d) = data().get(&doc.lang) else {
        return;
    };
    let Some(earth) = idx.by_id.get(EARTH).and_then(|&i| entities.get(i)) else {
        return;
    };
    let spans: Vec<crate::text::Span> = if doc.lang == Lang::Zh {
        han_ranges(d, doc.folded.as_str())
            .into_iter()
            .map(|(s, e)| doc.folded.to_original(s, e))
            .collect()
    } else {
        latin_spans(d, doc)
            .into_iter()
            .map(|(s, e)| crate::text::Span::new(s, e))
            .collect()
    };
    let mut added = Vec::new();
    for span in spans {
        let mention = EntityMention {
            span,
            id: earth.id.clone(),
            name: earth.name.clone(),
            kind: earth.kind,
            score: SCORE,
            rule: "world".to_string(),
        };
        // (A capitalized name discovered as an unknown one, "la Terra", is the planet's.)
        if let Some(m) = mentions
            .iter_mut()
            .find(|m| m.span == span && m.rule == "discovered")
        {
            *m = mention;
            continue;
        }
        let covered = mentions
            .iter()
            .chain(&added)
            .any(|m: &EntityMention| m.span.start < span.end && span.start < m.span.end);
        if covered || span.is_empty() {
            continue;
        }
        added.push(mention);
    }
    if added.is_empty() {
        return;
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_parses() {
        let d = parse(include_str!("../../data/gazetteer/world.tsv"));
        for lang in [Lang::It, Lang::De, Lang::Fr, Lang::En] {
            let l = d.get(&lang).unwrap_or_else(|| panic!("{lang:?}"));
            assert!(!l.nouns.is_empty() && !l.articles.is_empty(), "{lang:?}");
        }
        let zh = d.get(&Lang::Zh).unwrap();
        assert!(zh.words.contains(&"全球".to_string()));
        assert_eq!(zh.words_before.len(), 1);
    }
}
