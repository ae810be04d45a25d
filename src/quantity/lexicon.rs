//! Per-language quantity data: number words, scale words, currencies, units, hedges, range
//! words and months, loaded from `data/quantity/<code>.json` (embedded at build time) or from a
//! file of the user's.

use serde::Deserialize;

use crate::error::Error;
use crate::lang::Lang;

/// The quantity words of one language.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct QuantityLexicon {
    /// The language these words belong to.
    pub lang: Option<Lang>,
}

impl QuantityLexicon {
    /// Parses a lexicon from its JSON form.
    pub fn from_json(name: &str, json: &str) -> Result<Self, Error> {
        serde_json::from_str(json).map_err(|e| Error::Data {
            name: name.to_string(),
            message: e.to_string(),
        })
    }
}
