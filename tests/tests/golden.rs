//! Golden files of the generator's output: one older-layout table
//! (processsession, the seed), one newer-layout table (agentprompt) and a
//! custom table imported from an environment's metadata (cr123_project),
//! each generated alone, and the typed fixtures (`fixtures/typed`: party
//! lists, a polymorphic lookup's table column) with activityparty. The
//! goldens are compiled as modules of this crate's
//! library (`src/golden.rs`), so a golden that stops compiling fails the
//! build.
//!
//! To accept a change: `EXPECTORATE=overwrite cargo test -p dataverse-tests --test golden`,
//! then review the diff.

use std::path::Path;

fn check(table: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let yaml = root.join("../schema/tables").join(format!("{table}.yaml"));
    let table_model = dataverse_schema::yaml::load(&yaml).unwrap();
    let source = dataverse_codegen::generate_file(vec![table_model], &Default::default()).unwrap();
    expectorate::assert_contents(root.join("golden").join(format!("{table}.rs")), &source);
}

/// The custom table of the environment fixtures, imported from its Web API
/// metadata responses (`metadata/tests/fixtures/cr123_project`).
#[test]
fn cr123_project_golden() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = root.join("../metadata/tests/fixtures/cr123_project");
    let table = dataverse_metadata::import_saved(
        &fixture,
        "cr123_project",
        dataverse_metadata::Labels::UserLocalized,
    )
    .unwrap();
    let source = dataverse_codegen::generate_file(vec![table], &Default::default()).unwrap();
    expectorate::assert_contents(root.join("golden/cr123_project.rs"), &source);
}

/// The typed fixtures and activityparty, generated together.
fn typed_tables() -> Vec<dataverse_schema::Table> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        "fixtures/typed/email.yaml",
        "fixtures/typed/goal.yaml",
        "../schema/tables/activityparty.yaml",
    ]
    .iter()
    .map(|path| dataverse_schema::yaml::load(&root.join(path)).unwrap())
    .collect()
}

#[test]
fn typed_golden() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = dataverse_codegen::generate_file(typed_tables(), &Default::default()).unwrap();
    expectorate::assert_contents(root.join("golden/typed.rs"), &source);
}

#[test]
fn processsession_golden() {
    check("processsession");
}

#[test]
fn agentprompt_golden() {
    check("agentprompt");
}

#[test]
fn golden_code_works() {
    use dataverse::Entity;
    use dataverse_tests::golden::agentprompt_file::agentprompt::Agentprompt;
    let prompt = Agentprompt {
        name: Some("Summarise".into()),
        ..Default::default()
    };
    assert_eq!(
        prompt.create_payload().unwrap(),
        serde_json::json!({"name": "Summarise"})
    );
}
