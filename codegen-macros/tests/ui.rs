//! Compile-time behaviour of `#[derive(Entity)]`: every error a person can
//! make gives a message on the right span (reviewed `.stderr` snapshots),
//! and correct uses compile.
//!
//! The fixtures' YAML is in `tests/schema`, found through
//! `DATAVERSE_SCHEMA_DIR`. To accept changed messages:
//! `TRYBUILD=overwrite cargo test -p dataverse-macros --test ui`, then review.

#[test]
fn ui() {
    let schema = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schema");
    std::env::set_var("DATAVERSE_SCHEMA_DIR", schema);
    let cases = trybuild::TestCases::new();
    cases.pass("tests/ui/pass/*.rs");
    cases.compile_fail("tests/ui/fail/*.rs");
}
