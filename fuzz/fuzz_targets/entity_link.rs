//! The entity linker on any text in any language: no panic, spans on char boundaries, in text
//! order, scores in [0, 1].
#![no_main]

use concord_fuzz::{check_entities, TextCase};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|case: TextCase| {
    let lang = case.lang.resolve(&case.text);
    check_entities(&case.text, lang);
});
