//! Descriptive references: a party the sentence names only by words the text used earlier to
//! describe a name.
//!
//! News names a party once with its description ("der chinesische Bergbaukonzern Orvex", "le
//! sidérurgiste luxembourgeois Talvik", "il gruppo trevigiano Brenta") and later by that
//! description alone: "Die Chinesen übernehmen 95 Prozent", "Le groupe luxembourgeois emploie",
//! "Il gruppo trevigiano conta". Which of the story's parties is meant shows in the words: the
//! reference shares a word stem with the description of one name only ("chinesen" and
//! "chinesischen", "francesi" and "francese"). Generic heads ("der Konzern", "le groupe", which
//! [`super::FoldedRules::anaphora`] lists) and roles ([`super::FoldedRules::leaders`]) tell no
//! party apart and are never compared.

use super::frames::is_word_char;

/// The shortest word compared, in characters.
const MIN_WORD: usize = 5;
/// How many characters of the shorter word may differ at its end ("chinesen" and
/// "chinesischen" share "chines").
const ENDING: usize = 3;
/// How many words after the article a reference holds ("die Chinesen", "il gruppo francese").
pub(super) const REFERENCE_WORDS: usize = 2;
/// How many words before a name its description holds ("den chinesischen Bergbaukonzern").
pub(super) const DESCRIPTION_WORDS: usize = 3;
/// How many words of an apposition after a name its description holds ("Talvik, le
/// sidérurgiste luxembourgeois,").
pub(super) const APPOSITION_WORDS: usize = 6;

/// The number of characters `a` and `b` share at their start.
fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Whether two folded words share a stem: both at least [`MIN_WORD`] characters long, the
/// same start up to the last [`ENDING`] characters of the shorter one (at least
/// [`MIN_WORD`]): "chinesen" and "chinesischen", "francesi" and "francese", "franzosen" and
/// "franzosische"; not "konzern" and "konzernchef" when one is generic (see
/// [`Generic::holds`]). A shorter word that is the whole start of a longer one with more than
/// [`ENDING`] characters after it is another word, not a form of it: "space" and
/// "spacecraft", "stahl" and "stahlkocher" share no stem, "franzose" and "franzosen" do.
pub(super) fn akin(a: &str, b: &str) -> bool {
    let (Some(la), Some(lb)) = (telling_length(a), telling_length(b)) else {
        return false;
    };
    let (short, long) = if la <= lb { (la, lb) } else { (lb, la) };
    let shared = common_prefix(a, b);
    if shared == short && long - short > ENDING {
        return false;
    }
    shared >= short.saturating_sub(ENDING).max(MIN_WORD)
}

/// Whether the folded word `w` is long enough to tell a party ([`MIN_WORD`]).
pub(super) fn telling(w: &str) -> bool {
    telling_length(w).is_some()
}

/// The length of `w` in characters, when it is long enough to tell a party ([`telling`]).
fn telling_length(w: &str) -> Option<usize> {
    let n = w.chars().count();
    (n >= MIN_WORD).then_some(n)
}

/// The folded words of `t`, in order.
pub(super) fn words(t: &str) -> impl Iterator<Item = &str> {
    t.split(|c: char| !is_word_char(Some(c)))
        .filter(|w| !w.is_empty())
}

/// How many characters a form of a generic word may add to it ("konzerne", "groupes").
const GENERIC_ENDING: usize = 2;

/// Words that tell no party apart: the heads of the generic nouns that refer back ("konzern"
/// of "der konzern" and of "*konzern", "groupe", "gruppo") and the roles of leaders.
#[derive(Clone, Debug, Default)]
pub(super) struct Generic {
    words: Vec<String>,
}

impl Generic {
    /// No words.
    pub(super) const EMPTY: Generic = Generic { words: Vec::new() };

    /// Adds the last word of each of `list` (a `*` ending counts without its star).
    pub(super) fn add<'a>(&mut self, list: impl IntoIterator<Item = &'a String>) {
        for w in list {
            if let Some(last) = words(w.trim_start_matches('*')).last() {
                if !self.words.iter().any(|g| g == last) {
                    self.words.push(last.to_string());
                }
            }
        }
    }

    /// Whether the folded word `w` is generic, or one of its forms: at most
    /// [`GENERIC_ENDING`] characters more ("konzerne", "groupes").
    pub(super) fn holds(&self, w: &str) -> bool {
        self.words.iter().any(|g| {
            w.strip_prefix(g.as_str())
                .is_some_and(|ending| ending.chars().count() <= GENERIC_ENDING)
        })
    }
}

/// The words that tell no party apart in several languages at once: a [`Generic`] of each.
pub(super) struct Generics<'f>(pub(super) Vec<&'f Generic>);

impl Generics<'_> {
    /// Whether the folded word `w` is generic in one of the languages ([`Generic::holds`]).
    pub(super) fn holds(&self, w: &str) -> bool {
        self.0.iter().any(|g| g.holds(w))
    }
}

/// One description the text gave a name: the id of the name and the folded words around it.
#[derive(Debug)]
pub(super) struct Description<'a> {
    /// The entity described.
    pub(super) entity: &'a crate::entity::EntityMention,
    /// The sentence of the mention.
    pub(super) sentence: usize,
    /// The folded descriptive words, generic ones left out.
    pub(super) words: Vec<String>,
}

/// The ids of the entities whose descriptions share a stem with one of the `reference` words,
/// in the order of their first description, each once.
pub(super) fn matching<'d, 'a>(
    reference: &[String],
    descriptions: impl IntoIterator<Item = &'d Description<'a>>,
) -> Vec<&'a crate::entity::EntityMention>
where
    'a: 'd,
{
    let mut out: Vec<&'a crate::entity::EntityMention> = Vec::new();
    for d in descriptions {
        let hit = reference.iter().any(|r| d.words.iter().any(|w| akin(r, w)));
        if hit && !out.iter().any(|e| e.id == d.entity.id) {
            out.push(d.entity);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems() {
        assert!(akin("chinesen", "chinesischen"));
        assert!(akin("franzosen", "franzosische"));
        assert!(akin("francesi", "francese"));
        assert!(akin("francais", "francaise"));
        assert!(akin("luxembourgeois", "luxembourgeois"));
        assert!(!akin("chinesen", "chilenischen"));
        assert!(!akin("italiener", "indische"));
        assert!(!akin("cina", "cinese"));
        // A whole word at the start of a longer one is another word, not a form of it.
        assert!(!akin("space", "spacecraft"));
        assert!(!akin("spacecraft", "space"));
        assert!(!akin("stahl", "stahlkocher"));
        assert!(akin("franzose", "franzosen"));
        assert!(akin("deutsch", "deutschen"));
    }

    #[test]
    fn generic_heads() {
        let mut g = Generic::default();
        g.add(&[
            "der konzern".to_string(),
            "*konzern".to_string(),
            "le groupe".to_string(),
        ]);
        assert!(g.holds("konzern"));
        assert!(g.holds("konzerne"));
        assert!(g.holds("groupe"));
        assert!(!g.holds("bergbaukonzern"));
        assert!(!g.holds("konzernchef"));
    }

    #[test]
    fn generic_forms_count_characters() {
        // A form's ending is counted in characters, as words are everywhere here: Russian
        // "группами" is "группа" with two letters more (four bytes), as "konzerne" is
        // "konzern" with one.
        let mut g = Generic::default();
        g.add(&["группа".to_string(), "der konzern".to_string()]);
        assert!(g.holds("группами"));
        assert!(g.holds("konzernen"));
        assert!(!g.holds("konzernchef"));
    }
}
