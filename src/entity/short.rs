//! Short later mentions of names a text first gives in full, a habit of every newsroom: a
//! person's family name ("Brandt", "M. Brandt", "Herr Brandt" after "Olivia Brandt") and an
//! organization's first distinctive word ("Velora" after "Velora Dynamics", "Schneider" after
//! "Schneider Electric"). Runs on the resolved mentions, once their kinds are known, for
//! known and discovered names alike.
//!
//! A short form links only where it is safe:
//! - it is the name's family name (its last word; the first where a hyphenated given name in
//!   lower case follows, as in romanized Chinese and Korean names: "Lin Wei-ting") or, for an
//!   organization, its first word;
//! - it has three letters or more and is no function word, common word, title, role, given
//!   name, organization designator or word of nationality ("Swiss", cue kind `demonym`; nor,
//!   for a discovered organization where nouns are capitalized, shaped like a common noun);
//!   an organization's name joined by a hyphen ("Acme-Brandt") gives no short form;
//! - no other name of the text shortens to it (two people called Rossi, "Deutsche Bank" and
//!   "Deutsche Telekom"), and for an organization, no other known entity's name starts with it
//!   ("General" of General Motors and General Electric);
//! - the text never writes it in lower case, and (a family name) never alone before the
//!   person's full name: "Fielmann" before "Marc Fielmann" names the company;
//! - where it stands, it is capitalized, no mention covers it, and it is no part of a longer
//!   name ("Anna Brandt", "Smith-Brandt").
//!
//! A romanized Chinese name ("Sun Jianmin", "Xu Ming") gives its first word; a family name of
//! two letters ("M. Li", "secondo Hu") only after a title, mid-sentence, or with a comma right
//! after it ("Hu, che ...").
//!
//! A public body's name gives its head noun as a short form too: where nouns are not all
//! capitalized, the first word of a name written with one capital ("la Commissione" after
//! "Commissione europea"; the common noun may be written in lower case elsewhere, the capital
//! tells them apart); where nouns join into one word, the last noun after a hyphen or after
//! capitalized adjectives ("die Kommission" after "EU-Kommission", "Europäische
//! Kommission"). Where nouns are capitalized, the first noun of a name that lower-case words
//! continue is no short form ("vor Gericht" is no "Gericht der EU"), and no short form stands
//! after an indefinite article ("eine Kommission": `indefinite_articles` of
//! `data/lang/<code>.json`).
//!
//! Two more habits, for any name the text gives ([`acronym_case`], [`han_short`]):
//! - an acronym written with one capital ("Tvi", "Ivass") beside the same acronym in capitals
//!   ("TVI") names what the capitals name;
//! - a Chinese organization's name given in full is later written without its legal form or
//!   facility word ("卡塔拉铜矿" -> "卡塔拉") or by its words' first characters ("招商银行" ->
//!   "招银", "中国石油化工" -> "中石化"; `data/gazetteer/zh_short.tsv`), at a word boundary;
//!   a known foreign organization's name in transliteration by its first two characters
//!   ("尤文图斯" -> "尤文"; every character a `translit` cue of `data/gazetteer/zh_names.tsv`).

use super::discover::is_stopword;
use super::gazetteer::{Doc, Index};
use super::words::Word;
use super::{Entity, EntityKind, EntityMention};
use crate::lang::Lang;
use crate::text::fold::fold_str;
use crate::text::hash::FastMap;
use indexmap::IndexMap;

/// Scores of the two rules (as the exact pass's surname rule and a discovered name).
const SURNAME: f64 = 0.8;
const SHORT_FORM: f64 = 0.7;

/// What a short form names: id, name, kind, rule.
type Target = (String, String, EntityKind, &'static str);

/// What a form names (id, name, kind), `None` once two ids have it.
type Named = Option<(String, String, EntityKind)>;

/// Notes that `form` names `m`'s entity; a form two entities have names neither.
fn name_once(forms: &mut IndexMap<String, Named>, form: String, m: &EntityMention) {
    let slot = forms
        .entry(form)
        .or_insert_with(|| Some((m.id.clone(), m.name.clone(), m.kind)));
    if slot.as_ref().is_some_and(|x| x.0 != m.id) {
        *slot = None;
    }
}

/// A short form's mention of the bytes `start..end`, naming `id` (`name`, `kind`).
fn mention(
    (start, end): (usize, usize),
    (id, name, kind): (&str, &str, EntityKind),
    score: f64,
    rule: &str,
) -> EntityMention {
    EntityMention {
        span: crate::text::Span::new(start, end),
        id: id.to_string(),
        name: name.to_string(),
        kind,
        score,
        rule: rule.to_string(),
    }
}

fn weak(doc: &Doc<'_>, w: &str) -> bool {
    w.chars().count() < 3
        || is_stopword(w)
        || doc.cues.is_common(w)
        || doc.cues.is_title(w)
        || doc.cues.is_org_suffix(w)
        || doc.cues.is_role(doc.lang, w)
        || doc.cues.is_role(super::Lang::En, w)
        || doc.cues.is_name_end(doc.lang, w)
}

/// Where a text's body starts: after its first line where more lines follow (a headline
/// names people by their family name alone before the body names them in full).
pub(crate) fn body_start(text: &str) -> usize {
    match text.trim_start().split_once('\n') {
        Some((head, rest)) if !rest.trim().is_empty() => {
            text.len() - text.trim_start().len() + head.len()
        }
        _ => 0,
    }
}

/// The words `a..b` of a span.
fn word_range(words: &[Word<'_>], start: usize, end: usize) -> (usize, usize) {
    let a = words.partition_point(|w| w.start < start);
    let b = words.partition_point(|w| w.start < end);
    (a, b.max(a))
}

/// Another known entity's name starts with `t` (or is `t`). Of the longer names, only an
/// entity's canonical name counts: "General" is shared by General Motors and General Electric,
/// but a word that starts only another company's former name (a `former` alias) does not count.
fn starts_other(entities: &[Entity], idx: &Index, t: &str, id: &str) -> bool {
    let other = |e: usize| entities.get(e).is_none_or(|e| e.id != id);
    let canonical = |k: &super::gazetteer::FuzzyKey| {
        entities
            .get(k.entity)
            .is_none_or(|e| fold_str(&e.name) == k.folded)
    };
    let multi = idx.by_token.get(t).is_some_and(|ks| {
        ks.iter()
            .filter_map(|&k| idx.keys.get(k))
            .any(|k| k.tokens.first().is_some_and(|f| f == t) && other(k.entity) && canonical(k))
    });
    multi
        || t.chars().next().is_some_and(|c| {
            idx.by_initial.get(&c).is_some_and(|ks| {
                ks.iter()
                    .filter_map(|&k| idx.keys.get(k))
                    .any(|k| k.folded == t && other(k.entity))
            })
        })
}

/// Whether the text writes the folded word in lower case somewhere (memoized: asked only for
/// the few words that match a short form).
fn in_lower_case<'w>(
    words: &[Word<'w>],
    memo: &mut FastMap<&'w str, bool>,
    folded: &'w str,
) -> bool {
    *memo.entry(folded).or_insert_with(|| {
        words
            .iter()
            .any(|x| x.lower && x.folded.len() == folded.len() && x.folded == folded)
    })
}

/// Where nouns join into one word, the last noun of a body's name that heads it, folded: a
/// public body's noun after a hyphen ("EU-Kommission") or after capitalized adjectives
/// ("Europäische Kommission", "Europäischer Gerichtshof").
fn german_head<'w>(
    doc: &Doc<'_>,
    run: &[Word<'w>],
    body: &super::institution::Institutions,
) -> Option<&'w str> {
    let (last, before) = run.split_last()?;
    if before.is_empty() || last.lower || last.upper || last.digit {
        return None;
    }
    let profile = crate::lang::LangProfile::embedded(doc.lang);
    let adjectives = before.iter().all(|w| {
        w.cap
            && !w.upper
            && !w.hyphen
            && profile.adjective_endings.iter().any(|e| {
                w.folded.strip_suffix(e.as_str()).is_some_and(|s| {
                    profile
                        .adjective_stems
                        .iter()
                        .any(|a| s.ends_with(a.as_str()))
                })
            })
    });
    let compound = before.len() == 1 && last.hyphen && !last.lower;
    ((adjectives && !last.hyphen) || compound)
        .then_some(last.folded)
        .filter(|h| body.body_noun(doc.lang, h))
}

/// Adds the short later mentions of the names in `mentions` (in text order, not overlapping,
/// before and after), and gives a discovered one-word name that is such a short form the full
/// name's id.
pub(crate) fn apply(
    entities: &[Entity],
    idx: &Index,
    doc: &Doc<'_>,
    mentions: &mut Vec<EntityMention>,
) {
    let words = doc.words;
    if words.is_empty() || mentions.is_empty() {
        return;
    }
    let kc = super::kinds::KindCues::embedded();
    let nouns = doc.cues.nouns_capitalized(doc.lang);
    // Short form -> what it names (None where two names share it).
    let mut forms: FastMap<&str, Option<Target>> = FastMap::default();
    let mut two_letters: crate::text::hash::FastSet<&str> = Default::default();
    // Head nouns of bodies' names: a capital tells them from the common noun, which the text
    // may write in lower case too ("la Commission", "une commission d'enquête").
    let mut heads: crate::text::hash::FastSet<&str> = Default::default();
    for m in mentions.iter() {
        let rule = match m.kind {
            EntityKind::Person => "surname",
            EntityKind::Organization => "short_form",
            // A discovered name of no known kind is more often an organization's than not.
            EntityKind::Other if m.id.starts_with("new:") => "short_form",
            _ => continue,
        };
        let (a, b) = word_range(words, m.span.start, m.span.end);
        let run = words.get(a..b).unwrap_or(&[]);
        if run.len() < 2 || run.iter().any(|w| w.in_cjk) {
            continue;
        }
        let names: Vec<&Word<'_>> = run.iter().filter(|w| !w.lower).collect();
        // A public body's name written with one capital ("Commissione europea", "Cour des
        // comptes") is later written by its head noun alone ("la Commissione").
        let body = super::institution::Institutions::embedded();
        let headed = !nouns
            && rule == "short_form"
            && names.len() == 1
            && run.first().is_some_and(|w| {
                w.cap && !w.upper && !w.initial && body.body_noun(doc.lang, w.folded)
            });
        // Where nouns join into one word, a body's name is written by its last noun alone
        // ("die Kommission" after "EU-Kommission" or "Europäische Kommission"): the noun
        // heads the name, the words before it qualify it.
        let last_head = (nouns && rule == "short_form")
            .then(|| german_head(doc, run, body))
            .flatten();
        if headed {
            if let Some(f) = names.first() {
                heads.insert(f.folded);
            }
        }
        if let Some(head) = last_head {
            heads.insert(head);
            let target = (m.id.clone(), m.name.clone(), m.kind, rule);
            let ok = !weak(doc, head) && !kc.is_given(head) && !doc.cues.is_demonym(head);
            let slot = forms.entry(head).or_insert_with(|| Some(target.clone()));
            if !ok || slot.as_ref().is_some_and(|t| t.0 != target.0) {
                *slot = None;
            }
        }
        if names.len() < 2 && !headed {
            continue;
        }
        // A discovered name of no known kind that starts with a common given name is a
        // person's ("Anna von Muster").
        let rule = match names.first() {
            Some(f)
                if m.kind == EntityKind::Other
                    && (kc.is_given(f.folded) || idx.given_names.contains(f.folded)) =>
            {
                "surname"
            }
            _ => rule,
        };
        // A known Chinese person's romanized name ("Fang Hongbo", whose Chinese name the
        // gazetteer knows): the family name comes first.
        let chinese_order = || {
            let known_han = idx
                .by_id
                .get(&m.id)
                .and_then(|&i| entities.get(i))
                .is_some_and(|e| {
                    e.aliases.iter().any(|al| {
                        let n = al.text.chars().count();
                        (2..=4).contains(&n) && al.text.chars().all(crate::lang::is_han)
                    })
                });
            let roman = m
                .span
                .slice(doc.text)
                .and_then(super::romanize::RomanPerson::new)
                .is_some();
            // A discovered person's name that reads as a romanized Chinese one ("Sun Jianmin",
            // "Xu Ming"): the family name comes first, unless the first word is a common given
            // name of the languages that put it first and the last is not.
            // (Both words in the given names' list: "Zhang Wei".)
            let discovered = m.id.starts_with("new:")
                && (names.first().is_some_and(|f| !kc.is_given(f.folded))
                    || names.last().is_some_and(|l| kc.is_given(l.folded)));
            roman && (known_han || discovered)
        };
        let chinese = rule == "surname"
            && (run.last().is_some_and(|w| w.lower && w.hyphen) || chinese_order());
        let form = if rule == "surname" {
            // "Lin Wei-ting": the family name comes first.
            if chinese {
                names.first()
            } else {
                names.last()
            }
        } else {
            names.first()
        };
        let Some(form) = form.map(|w| w.folded) else {
            continue;
        };
        // A Chinese family name of two letters ("Li", "Hu"; after a Western given name too:
        // "Tom Xu") stands alone only after a title or mid-sentence ("M. Li", "secondo Hu"):
        // see `two_letters`.
        let two = rule == "surname"
            && (chinese || super::romanize::is_family_name(form))
            && form.chars().count() == 2
            && form.chars().all(|c| c.is_ascii_lowercase())
            && !is_stopword(form)
            && !doc.cues.is_common(form)
            && !doc.cues.is_title(form);
        if two {
            two_letters.insert(form);
        }
        // (An organization's hyphenated name is one word: "Acme-Brandt" is not "Acme".)
        let hyphenated = rule == "short_form" && names.get(1).is_some_and(|w| w.hyphen);
        // (An event's first word names who runs it: "ATP" of "ATP Finals".)
        let event = rule == "short_form"
            && names.len() >= 2
            && names.last().is_some_and(|w| doc.cues.is_event(w.folded));
        // (Where nouns are capitalized, the first noun of a name that a lower-case word
        // continues is a common noun the name qualifies: "vor Gericht" is no "Gericht der EU".)
        let qualified = nouns && rule == "short_form" && run.get(1).is_some_and(|w| w.lower);
        let ok = (two || !weak(doc, form))
            && !hyphenated
            && !event
            && !qualified
            && !(rule == "short_form"
                && (kc.is_given(form)
                    || doc.cues.is_demonym(form)
                    || idx.given_names.contains(form)
                    || (nouns && kc.noun_like(doc.lang, form) && m.id.starts_with("new:"))
                    // (A body's head noun names the body the text names: "la Commission"
                    // after "Commission européenne", whatever other commission the
                    // gazetteer knows.)
                    || (!headed && starts_other(entities, idx, form, &m.id))));
        let target = (m.id.clone(), m.name.clone(), m.kind, rule);
        let slot = forms.entry(form).or_insert_with(|| Some(target.clone()));
        if !ok || slot.as_ref().is_some_and(|t| t.0 != target.0) {
            *slot = None;
        }
        // A discovered name of two words and no known kind is as often a person's as an
        // organization's: its last word is a short form too ("Ferracci" after "Romualdo
        // Ferracci", "Ifis" after "Banca Ifis").
        if m.kind == EntityKind::Other && rule == "short_form" && run.len() == 2 && names.len() == 2
        {
            if let Some(last) = names.last().map(|w| w.folded) {
                let ok = !(weak(doc, last)
                    || names.last().is_some_and(|w| w.hyphen)
                    || kc.is_given(last)
                    || doc.cues.is_demonym(last)
                    || (nouns && kc.noun_like(doc.lang, last))
                    || starts_other(entities, idx, last, &m.id));
                let slot = forms.entry(last).or_insert_with(|| Some(target.clone()));
                if !ok || slot.as_ref().is_some_and(|t| t.0 != target.0) {
                    *slot = None;
                }
            }
        }
    }
    // A family name the text uses alone before it names the person in full (its headline
    // aside) names something else: a company or a family of that name ("Fielmann" before
    // "Marc Fielmann"). It keeps a name of its own.
    let body = body_start(doc.text);
    // (One pass over the mentions and one over the words: the first full mention of each
    // person, the first capitalized use of each family name in the body.)
    let mut first_full: FastMap<&str, usize> = FastMap::default();
    for m in mentions.iter() {
        if m.span.slice(doc.text).is_some_and(|s| s.contains(' ')) {
            first_full.entry(m.id.as_str()).or_insert(m.span.start);
        }
    }
    let mut first_alone: FastMap<&str, usize> = FastMap::default();
    if forms
        .values()
        .any(|t| matches!(t, Some((_, _, _, "surname"))))
    {
        for (k, w) in words.iter().enumerate() {
            if w.start >= body && w.cap && !w.lower && forms.contains_key(w.folded) {
                first_alone.entry(w.folded).or_insert(k);
            }
        }
    }
    for (form, slot) in forms.iter_mut() {
        let Some((id, _, _, "surname")) = slot else {
            continue;
        };
        let Some(&full) = first_full.get(id.as_str()) else {
            continue;
        };
        let before = first_alone
            .get(form)
            .and_then(|&k| words.get(k))
            .filter(|w| w.start < full);
        if let Some(w) = before {
            let name = doc.text.get(w.start..w.end).unwrap_or(form).to_string();
            *slot = Some((
                format!("new:{form}"),
                name,
                EntityKind::Organization,
                "short_form",
            ));
        }
    }
    forms.retain(|_, t| t.is_some());
    if forms.is_empty() {
        return;
    }
    let mut in_lower: FastMap<&str, bool> = FastMap::default();
    let mut added = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !w.cap || w.lower || w.in_cjk || w.hyphen {
            continue;
        }
        // A family name with the language's genitive ending before the noun it governs
        // ("Brandts Nachfolger", "Sinners Weg"; cue kind `suffix`).
        let genitive = || {
            let noun = words
                .get(k + 1)
                .is_some_and(|n| n.joined && n.cap && !n.lower && !n.hyphen);
            if !noun {
                return None;
            }
            doc.cues.suffixes(doc.lang).iter().find_map(|end| {
                let stem = w.folded.strip_suffix(end.as_str())?;
                matches!(forms.get(stem), Some(Some((_, _, _, "surname")))).then_some(stem)
            })
        };
        let Some(key) = forms
            .contains_key(w.folded)
            .then_some(w.folded)
            .or_else(genitive)
        else {
            continue;
        };
        let Some(Some((id, name, kind, rule))) = forms.get(key) else {
            continue;
        };
        if covered(mentions, w.start, w.end) {
            continue;
        }
        // Never written in lower case (looked up for the few words that get this far).
        if !heads.contains(key) && in_lower_case(words, &mut in_lower, key) {
            continue;
        }
        // No part of a longer name: a capitalized word right before it that is no title,
        // role or sentence-initial word; where nouns are not capitalized, none right after.
        let prev = k.checked_sub(1).and_then(|i| words.get(i));
        let next = words.get(k + 1);
        let longer_before = prev.is_some_and(|p| {
            // A title, a role or (where nouns are capitalized) a common noun before it is no
            // part of the name.
            let describes = weak(doc, p.folded) || (nouns && kc.noun_like(doc.lang, p.folded));
            w.joined && p.cap && !p.lower && !p.initial && !describes
        });
        let longer_after = !nouns
            && next.is_some_and(|n| {
                n.joined
                    && !n.hyphen
                    && n.cap
                    && !n.lower
                    && !weak(doc, n.folded)
                    && !forms.contains_key(n.folded)
            });
        // (A noun after an indefinite article names no particular body: "eine Kommission".)
        let indefinite = *rule == "short_form"
            && w.joined
            && prev.is_some_and(|p| {
                crate::lang::LangProfile::embedded(doc.lang)
                    .indefinite_articles
                    .iter()
                    .any(|a| a == p.folded)
            });
        if longer_before || longer_after || indefinite {
            continue;
        }
        let titled = prev.is_some_and(|p| doc.cues.is_title(p.folded));
        // (At a sentence's start, a comma after it makes it a subject with an apposition or
        // a relative clause: "Xu, che non parla da anni, ...".)
        let comma_after = doc
            .text
            .get(w.end..)
            .is_some_and(|t| t.starts_with(',') || t.starts_with('，'));
        if two_letters.contains(w.folded) && w.initial && !titled && !comma_after {
            continue;
        }
        let score = if *rule == "surname" {
            SURNAME
        } else {
            SHORT_FORM
        };
        added.push(mention((w.start, w.end), (id, name, *kind), score, rule));
    }
    // A discovered one-word name (titles and initials aside) that is a short form.
    for m in mentions.iter_mut().filter(|m| m.id.starts_with("new:")) {
        let (a, b) = word_range(words, m.span.start, m.span.end);
        let run = words.get(a..b).unwrap_or(&[]);
        let mut core = run
            .iter()
            .filter(|w| !(w.folded.chars().count() < 2 || doc.cues.is_title(w.folded)));
        let (Some(only), None) = (core.next(), core.next()) else {
            continue;
        };
        if let Some(Some((id, name, kind, rule))) = forms.get(only.folded) {
            // (An organization by its context is no person's family name.)
            let org = m.kind == EntityKind::Organization && *rule == "surname";
            let lower =
                !heads.contains(only.folded) && in_lower_case(words, &mut in_lower, only.folded);
            if &m.id != id && !org && !lower {
                m.id = id.clone();
                m.name = name.clone();
                m.kind = *kind;
                let base = m.rule.split('+').next().unwrap_or("discovered").to_string();
                m.rule = format!("{base}+{rule}");
            }
        }
    }
    merge_added(mentions, added);
}

/// "Xu Ming (noto anche come Tom Xu)", "Erika Muster, auch bekannt als Eri", "许明（英文名Tom
/// Xu）": a name, the words of an `aka` cue and another name (an opening bracket or a comma
/// before the words, a colon or quotes after them allowed) name one entity. A discovered name
/// takes the other's id (the first's where both are discovered) everywhere in the text; two
/// known entities stay apart.
pub(crate) fn also_known_as(doc: &Doc<'_>, mentions: &mut [EntityMention]) {
    let mut renames: IndexMap<String, (String, String, EntityKind)> = IndexMap::new();
    for pair in mentions.windows(2) {
        let [a, b] = pair else { continue };
        let Some(gap) = doc.text.get(a.span.end..b.span.start) else {
            continue;
        };
        let words = fold_str(
            gap.trim_start_matches([' ', '(', '（', ',', '，'])
                .trim_end_matches([' ', ':', '：', '"', '«', '“', '「']),
        );
        if a.id == b.id || words.is_empty() || !doc.cues.is_aka(doc.lang, &words) {
            continue;
        }
        let (from, to) = match (a.id.starts_with("new:"), b.id.starts_with("new:")) {
            (_, true) => (b, a),
            (true, false) => (a, b),
            (false, false) => continue,
        };
        renames
            .entry(from.id.clone())
            .or_insert_with(|| (to.id.clone(), to.name.clone(), to.kind));
    }
    for m in mentions.iter_mut() {
        if let Some((id, name, kind)) = renames.get(&m.id) {
            m.id = id.clone();
            m.name = name.clone();
            m.kind = *kind;
        }
    }
}

/// An acronym written with one capital ("Tvi") where the text also writes it in capitals
/// ("TVI"): a discovered name of that spelling, or a capitalized word no mention covers, takes
/// the capitals' id. Acronyms of three to eight letters; no function or common word.
pub(crate) fn acronym_case(doc: &Doc<'_>, mentions: &mut Vec<EntityMention>) {
    let mut acr: IndexMap<String, Named> = IndexMap::new();
    for m in mentions.iter() {
        let Some(s) = m.span.slice(doc.text) else {
            continue;
        };
        let n = s.chars().count();
        if (3..=8).contains(&n) && s.chars().all(|c| c.is_alphabetic() && c.is_uppercase()) {
            name_once(&mut acr, fold_str(s), m);
        }
    }
    acr.retain(|_, t| t.is_some());
    if acr.is_empty() {
        return;
    }
    let one_capital = |s: &str| {
        let mut cs = s.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.clone().next().is_some()
            && cs.all(|c| c.is_alphabetic() && c.is_lowercase())
    };
    let usable = |f: &str| !is_stopword(f) && !doc.cues.is_common(f) && !doc.cues.is_title(f);
    for m in mentions.iter_mut().filter(|m| m.id.starts_with("new:")) {
        let Some(s) = m.span.slice(doc.text) else {
            continue;
        };
        if !one_capital(s) {
            continue;
        }
        let f = fold_str(s);
        if let Some(Some((id, name, kind))) = acr.get(&f) {
            if &m.id != id && usable(&f) {
                m.id = id.clone();
                m.name = name.clone();
                m.kind = *kind;
                let base = m.rule.split('+').next().unwrap_or("discovered").to_string();
                m.rule = format!("{base}+acronym");
            }
        }
    }
    let mut added = Vec::new();
    for w in doc.words.iter() {
        if w.in_cjk || w.upper || !w.cap || w.hyphen || !usable(w.folded) {
            continue;
        }
        let Some(Some((id, name, kind))) = acr.get(w.folded) else {
            continue;
        };
        if covered(mentions, w.start, w.end) {
            continue;
        }
        if !doc.text.get(w.start..w.end).is_some_and(one_capital) {
            continue;
        }
        added.push(mention(
            (w.start, w.end),
            (id, name, *kind),
            SHORT_FORM,
            "acronym",
        ));
    }
    merge_added(mentions, added);
}

/// A known landmark's or organization's name of the shape "X of" a place ("Notre-Dame de
/// Paris", "Università di Bologna"): "X" alone, where the text names the whole, names it too
/// ("Notre-Dame ha riaperto"). A discovered name of those words is relinked; "X" must be
/// capitalized words, and no two such names of the text share it.
pub(crate) fn before_of(doc: &Doc<'_>, mentions: &mut [EntityMention]) {
    let of = |w: &Word| w.lower && Lang::ALL.iter().any(|&l| doc.cues.is_of(l, w.folded));
    let mut forms: IndexMap<String, Named> = IndexMap::new();
    for m in mentions.iter() {
        if m.id.starts_with("new:")
            || !matches!(m.kind, EntityKind::Facility | EntityKind::Organization)
        {
            continue;
        }
        let a = doc.words.partition_point(|w| w.start < m.span.start);
        let b = doc.words.partition_point(|w| w.end <= m.span.end);
        let Some(run) = doc.words.get(a..b) else {
            continue;
        };
        let Some(k) = run.iter().skip(1).position(of).map(|k| k + 1) else {
            continue;
        };
        let head = run.get(..k).unwrap_or(&[]);
        if head.is_empty() || !head.iter().all(|w| w.cap && !w.lower) {
            continue;
        }
        let (Some(first), Some(last)) = (head.first(), head.last()) else {
            continue;
        };
        let Some(s) = doc.text.get(first.start..last.end) else {
            continue;
        };
        let key = super::gazetteer::name_tokens(&fold_str(s)).join(" ");
        if key.chars().count() >= 4 {
            name_once(&mut forms, key, m);
        }
    }
    // (The entity's own name too, where the text writes another of its names: "la cattedrale
    // di Notre-Dame" names "Notre-Dame de Paris".)
    for m in mentions.iter() {
        if m.id.starts_with("new:")
            || !matches!(m.kind, EntityKind::Facility | EntityKind::Organization)
        {
            continue;
        }
        let words: Vec<&str> = m.name.split_whitespace().collect();
        let lower_of = |w: &&str| {
            w.chars().next().is_some_and(char::is_lowercase)
                && Lang::ALL.iter().any(|&l| doc.cues.is_of(l, &fold_str(w)))
        };
        let Some(k) = words.iter().skip(1).position(lower_of).map(|k| k + 1) else {
            continue;
        };
        let head = words.get(..k).unwrap_or(&[]);
        if !head
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            continue;
        }
        let key = super::gazetteer::name_tokens(&fold_str(&head.join(" "))).join(" ");
        if key.chars().count() >= 4 && !forms.contains_key(&key) {
            name_once(&mut forms, key, m);
        }
    }
    forms.retain(|_, t| t.is_some());
    if forms.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let Some(key) = m.id.strip_prefix("new:") else {
            continue;
        };
        if let Some(Some((id, name, kind))) = forms.get(key) {
            m.id = id.clone();
            m.name = name.clone();
            m.kind = *kind;
            m.score = SHORT_FORM;
            m.rule = "short_form".to_string();
        }
    }
}

/// The last words later mentions of a Chinese organization's name leave out, longest first
/// (`data/gazetteer/zh_short.tsv`).
fn han_drops() -> &'static [String] {
    static D: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    D.get_or_init(|| {
        let mut v: Vec<String> =
            super::load::tab_pairs(include_str!("../../data/gazetteer/zh_short.tsv"))
                .filter(|(cue, _)| cue.trim() == "drop")
                .flat_map(|(_, words)| words.split_whitespace().map(fold_str))
                .collect();
        v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        v.dedup();
        v
    })
}

/// The short forms of a Chinese organization's folded name: the name without its legal form,
/// group or facility word (three characters or more), and the first characters of its words
/// of two characters (a name of four, six or eight characters: "招商银行" -> "招银").
pub(crate) fn han_forms(name: &str) -> Vec<String> {
    let mut core = name;
    while let Some(d) = han_drops().iter().find(|d| {
        core.strip_suffix(d.as_str())
            .is_some_and(|rest| rest.chars().count() >= 2)
    }) {
        core = core.get(..core.len() - d.len()).unwrap_or(core);
    }
    let mut out = Vec::new();
    let n = core.chars().count();
    if core != name && n >= 3 {
        out.push(core.to_string());
    }
    if matches!(n, 4 | 6 | 8) {
        let initials: String = core.chars().step_by(2).collect();
        if !core.starts_with(&initials) {
            out.push(initials);
        }
    }
    out
}

/// Later mentions of a Chinese organization's name by a short form ([`han_forms`]), where the
/// text gives the name in full: at a word boundary on one side (a form of two characters: on
/// both, at one of its places in the text at least), covered by no mention, and no short
/// form of two names.
///
/// A landmark's or organization's name that opens with its place's name, known ("巴黎圣母院")
/// or discovered ("埃塞俄比亚复兴大坝"), is later written without it ("圣母院", "复兴大坝"),
/// three characters or more left (`place_len`: the characters of a known place's name the
/// folded name starts with).
pub(crate) fn han_short(
    doc: &Doc<'_>,
    mentions: &mut Vec<EntityMention>,
    place_len: &dyn Fn(&str) -> usize,
) {
    let mut forms: IndexMap<String, Named> = IndexMap::new();
    for m in mentions.iter() {
        if !matches!(
            m.kind,
            EntityKind::Organization | EntityKind::Other | EntityKind::Facility
        ) {
            continue;
        }
        let Some(s) = m.span.slice(doc.text) else {
            continue;
        };
        if s.chars().count() < 4 || !s.chars().all(crate::lang::is_han) {
            continue;
        }
        let folded = fold_str(s);
        let n = place_len(&folded);
        let rest: String = folded.chars().skip(n).collect();
        if n >= 2 && rest.chars().count() >= 3 {
            name_once(&mut forms, rest, m);
        }
        if m.kind == EntityKind::Facility {
            continue;
        }
        for f in han_forms(&folded) {
            name_once(&mut forms, f, m);
        }
        // A known foreign organization's name in transliteration is shortened to its first two
        // characters ("尤文图斯" -> "尤文", "阿迪达斯" -> "阿迪").
        if !m.id.starts_with("new:")
            && m.kind == EntityKind::Organization
            && folded.chars().all(super::han::is_translit_char)
        {
            name_once(&mut forms, folded.chars().take(2).collect(), m);
        }
    }
    forms.retain(|_, t| t.is_some());
    if forms.is_empty() {
        return;
    }
    let keys: Vec<&String> = forms.keys().collect();
    // Built per document for a handful of forms: the NFA is the cheapest to build (the default
    // for so few patterns, a DFA, costs about 200,000 instructions to build; same matches).
    let Ok(ac) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
        .build(&keys)
    else {
        return;
    };
    let hay = doc.folded.as_str();
    // (form index, span, whether a word boundary is on both sides)
    let mut hits = Vec::new();
    for hit in ac.find_iter(hay) {
        let starts = super::han::word_starts_at(hay, hit.start());
        let ends = super::han::word_ends_at(hay, hit.end());
        if starts || ends {
            hits.push((
                hit.pattern().as_usize(),
                hit.start(),
                hit.end(),
                starts && ends,
            ));
        }
    }
    // A form of two characters needs a boundary on both sides once in the text.
    let sure: crate::text::hash::FastSet<usize> =
        hits.iter().filter(|h| h.3).map(|h| h.0).collect();
    let mut added = Vec::new();
    for (p, start, end, _) in hits {
        let Some((form, Some((id, name, kind)))) = forms.get_index(p) else {
            continue;
        };
        if form.chars().count() == 2 && !sure.contains(&p) {
            continue;
        }
        let span = doc.folded.to_original(start, end);
        if covered(mentions, span.start, span.end) {
            continue;
        }
        added.push(mention(
            (span.start, span.end),
            (id, name, *kind),
            SHORT_FORM,
            "short_form",
        ));
    }
    merge_added(mentions, added);
}

/// A family name alone after a title or a role ("il ministro Giorgetti", "Frau Reiche", "Mme
/// Vautrin"), where the text never gives the name in full: the one known person of that family
/// name, where the gazetteer knows exactly one (two Schneiders: none).
pub(crate) fn titled_known(entities: &[Entity], idx: &Index, mentions: &mut [EntityMention]) {
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Person
            || !(m.rule.contains("person_title") || m.rule.contains("person_role"))
        {
            continue;
        }
        let Some(key) = m.id.strip_prefix("new:") else {
            continue;
        };
        if key.contains(' ') || key.chars().count() < 3 || !key.chars().all(char::is_alphabetic) {
            continue;
        }
        let Some(keys) = idx.by_token.get(key) else {
            continue;
        };
        let mut found: Option<usize> = None;
        let mut ambiguous = false;
        for k in keys.iter().filter_map(|&k| idx.keys.get(k)) {
            let person = entities
                .get(k.entity)
                .is_some_and(|e| e.kind == EntityKind::Person);
            if !person || k.tokens.len() < 2 || k.tokens.last().is_none_or(|t| t != key) {
                continue;
            }
            match found {
                Some(e) if e != k.entity => ambiguous = true,
                _ => found = Some(k.entity),
            }
        }
        let Some(e) = found.filter(|_| !ambiguous).and_then(|e| entities.get(e)) else {
            continue;
        };
        m.id = e.id.clone();
        m.name = e.name.clone();
        let base = m.rule.split('+').next().unwrap_or("discovered").to_string();
        m.rule = format!("{base}+surname");
    }
}

/// Whether a mention already covers part of `start..end` (`mentions` sorted by span).
fn covered(mentions: &[EntityMention], start: usize, end: usize) -> bool {
    let i = mentions.partition_point(|m| m.span.end <= start);
    mentions.get(i).is_some_and(|m| m.span.start < end)
}

/// Adds the mentions found by a rule, keeping the list sorted by span.
fn merge_added(mentions: &mut Vec<EntityMention>, added: Vec<EntityMention>) {
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
}
