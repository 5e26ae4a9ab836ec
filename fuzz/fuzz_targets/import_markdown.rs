//! Markdown importer on arbitrary input (invalid UTF-8 replaced by U+FFFD).
//!
//! A crash is a panic or an abort; an `Err` is the expected answer to junk.
#![no_main]

use dataverse_import::Form;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data);
    let _ = dataverse_import::import_str_as(&page, Form::Markdown);
});
