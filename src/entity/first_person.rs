//! "Our country" in Chinese news (我国, 我國): the country of the news agency whose dateline
//! opens the text ("新华社北京11月7日电": Xinhua's, China; "（中央社台北7日电）": CNA's, Taiwan).
//! The agencies and their countries are data (`data/gazetteer/zh_first_person.tsv`). A dateline
//! is an agency's name near the text's start with "电" (a dispatch) after it in the same
//! sentence; with no dateline, or datelines of two countries' agencies, the words stay
//! unlinked: who "we" are is never guessed from what the text is about. Rule `first_person`.

use super::gazetteer::{Doc, Index};
use super::{Entity, EntityMention};
use crate::text::fold::fold_str;

/// How sure such a link is.
const SCORE: f64 = 0.7;
/// How far into the text a dateline may stand, in characters (a headline comes first), and
/// the most characters between an agency's name and its "电".
const DATELINE_WITHIN: usize = 200;
const DISPATCH_WITHIN: usize = 24;

/// The words for "our country" and the agencies' home countries.
#[derive(Debug, Default)]
struct Data {
    words: Vec<String>,
    agencies: Vec<(String, String)>,
    /// The words that end a dateline's place and date ("电": "新华社北京11月7日电").
    dispatch: Vec<String>,
    /// The words that end a bracketed credit after its date ("报道": "（中央社紐約4日綜合外電報導）").
    report: Vec<String>,
}

fn data() -> &'static Data {
    static D: std::sync::OnceLock<Data> = std::sync::OnceLock::new();
    D.get_or_init(|| {
        let mut d = Data::default();
        let src = include_str!("../../data/gazetteer/zh_first_person.tsv");
        for line in src.lines() {
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(kind), Some(value), Some(words)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            for w in words.split_whitespace().map(fold_str) {
                match kind.trim() {
                    "first_person" => d.words.push(w),
                    "agency" => d.agencies.push((w, value.trim().to_string())),
                    "dispatch" => d.dispatch.push(w),
                    "report" => d.report.push(w),
                    _ => {}
                }
            }
        }
        d
    })
}

/// The folded words that end a Chinese dateline's place and date ("电"), and those that end a
/// bracketed credit of a dispatch ("报道"), from `data/gazetteer/zh_first_person.tsv`.
pub(crate) fn dispatch_words() -> (&'static [String], &'static [String]) {
    let d = data();
    (&d.dispatch, &d.report)
}

/// The country id of the text's dateline agency, where exactly one country's agencies open it.
fn dateline_country(folded: &str) -> Option<&'static str> {
    let head: String = folded.chars().take(DATELINE_WITHIN).collect();
    let mut country: Option<&'static str> = None;
    for (agency, home) in &data().agencies {
        for (at, _) in head.match_indices(agency.as_str()) {
            let after = head.get(at + agency.len()..).unwrap_or("");
            let window: String = after
                .chars()
                .take(DISPATCH_WITHIN)
                .take_while(|c| !matches!(c, '。' | '\n' | '！' | '？'))
                .collect();
            let dispatch = data().dispatch.iter().any(|w| window.contains(w.as_str()));
            if !dispatch {
                continue;
            }
            match country {
                Some(c) if c != home.as_str() => return None,
                _ => country = Some(home.as_str()),
            }
        }
    }
    country
}

/// Adds a mention of the dateline's country for every "我国" no mention covers.
pub(crate) fn apply(
    entities: &[Entity],
    idx: &Index,
    doc: &Doc<'_>,
    mentions: &mut Vec<EntityMention>,
) {
    let folded = doc.folded.as_str();
    let d = data();
    if !d.words.iter().any(|w| folded.contains(w.as_str())) {
        return;
    }
    let Some(entity) = dateline_country(folded)
        .and_then(|id| idx.by_id.get(id))
        .and_then(|&i| entities.get(i))
    else {
        return;
    };
    let mut added = Vec::new();
    for w in &d.words {
        for (at, _) in folded.match_indices(w.as_str()) {
            let span = doc.folded.to_original(at, at + w.len());
            let covered = mentions
                .iter()
                .any(|m| m.span.start < span.end && span.start < m.span.end);
            if !covered && !span.is_empty() {
                added.push(EntityMention {
                    span,
                    id: entity.id.clone(),
                    name: entity.name.clone(),
                    kind: entity.kind,
                    score: SCORE,
                    rule: "first_person".to_string(),
                });
            }
        }
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

#[cfg(test)]
mod tests {
    use crate::{Gazetteer, Lang};

    fn ids(text: &str) -> Vec<(String, String)> {
        Gazetteer::embedded()
            .link(text, Lang::Zh)
            .into_iter()
            .filter(|m| m.rule == "first_person")
            .map(|m| (m.span.slice(text).unwrap_or("?").to_string(), m.id))
            .collect()
    }

    #[test]
    fn a_dateline_says_whose_country() {
        let t = "新华社上海3月2日电（记者 李明）今年前两个月，我国汽车出口同比增长12%。";
        assert_eq!(ids(t), [("我国".to_string(), "china".to_string())]);
        let t = "（中央社台北2日電）經濟部今天表示，我國2月外銷訂單年增8%。";
        assert_eq!(ids(t), [("我國".to_string(), "taiwan".to_string())]);
    }

    #[test]
    fn without_a_dateline_our_country_is_not_guessed() {
        // No agency: the text is about China, but who writes it is not said.
        assert!(ids("今年前两个月，我国汽车出口同比增长12%，中国车企表现亮眼。").is_empty());
        // An agency named in the text, with no dispatch: no dateline.
        assert!(ids("据新华社报道，我国汽车出口同比增长12%。").is_empty());
        // Datelines of two countries' agencies: no answer.
        let t = "新华社北京3月2日电 （中央社台北2日电）我国出口增长。";
        assert!(ids(t).is_empty());
    }
}
