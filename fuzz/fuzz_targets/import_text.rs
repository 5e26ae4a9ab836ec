//! Copied-text importer on arbitrary input; also `import_bytes` (encoding
//! detection, then form detection) on the raw bytes.
//!
//! A crash is a panic or an abort; an `Err` is the expected answer to junk.
#![no_main]

use dataverse_import::Form;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data);
    let _ = dataverse_import::import_str_as(&page, Form::Text);
    let _ = dataverse_import::import_bytes(data);
});
