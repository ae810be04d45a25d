//! The quantity scanner on any text in any language: no panic, spans on char boundaries, in text
//! order, values that print.
#![no_main]

use concord_fuzz::{check_quantities, TextCase};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|case: TextCase| {
    let lang = case.lang.resolve(&case.text);
    check_quantities(&case.text, lang);
});
