//! The whole pipeline on any bytes: several documents (split at 0x1E), read with the input
//! options (lossy or strict UTF-8, a small document limit), analyzed, and reconciled in both
//! orders. Failures must be errors naming the document; the report must not depend on order.
#![no_main]

use concord_fuzz::{check_pipeline, PipelineCase};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|case: PipelineCase| {
    check_pipeline(&case);
});
