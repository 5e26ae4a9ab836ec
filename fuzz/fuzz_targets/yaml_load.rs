//! YAML loader on arbitrary text. Whatever loads must save and load back to
//! an equal table: `from_str(to_string(from_str(text))) == from_str(text)`.
//!
//! A crash is a panic or an abort (a failed assertion included); an `Err`
//! from the first `from_str` is the expected answer to junk.
#![no_main]

use dataverse_schema::yaml;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(table) = yaml::from_str(&text) else {
        return;
    };
    let saved = yaml::to_string(&table)
        .unwrap_or_else(|error| panic!("a loaded table cannot be saved: {error}\n{table:#?}"));
    let reloaded = yaml::from_str(&saved).unwrap_or_else(|error| {
        panic!("the saved YAML does not load: {error}\n--- saved:\n{saved}")
    });
    assert!(
        reloaded == table,
        "the round trip changed the table\n--- loaded:\n{table:#?}\n--- saved:\n{saved}\n--- reloaded:\n{reloaded:#?}"
    );
});
