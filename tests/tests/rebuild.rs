//! Cargo's view of the generator: scratch crates built with the real cargo.
//!
//! * build.rs + `dataverse-build`: the output compiles; changing nothing
//!   does not re-run the build script (the `rerun-if-changed` lines work);
//!   changing an input YAML re-runs it and regenerates; and `cargo xtask
//!   generate` writes the same bytes for the same YAML and configuration.
//! * `#[derive(Entity)]`: touching the YAML (no code change) recompiles the
//!   crate using the derive.
//!
//! The scratch crates share `target/rebuild-check`, so dependencies are
//! built once.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn target_dir() -> PathBuf {
    workspace().join("target/rebuild-check")
}

/// Runs `cargo <args>` in `dir` verbosely; returns stderr (where cargo
/// reports Fresh / Compiling / Running), panicking with it on failure.
fn cargo(dir: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO"))
        .args(args)
        .args(["--offline", "-v"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir())
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.success(),
        "cargo {args:?} failed in {}:\n{stderr}",
        dir.display()
    );
    stderr
}

/// Whether cargo compiled `krate` (as opposed to finding it fresh).
fn compiled(log: &str, krate: &str) -> bool {
    log.lines().any(|line| {
        line.trim_start()
            .starts_with(&format!("Compiling {krate} "))
    })
}

fn fresh(log: &str, krate: &str) -> bool {
    log.lines()
        .any(|line| line.trim_start().starts_with(&format!("Fresh {krate} ")))
}

fn ran_build_script(log: &str, krate: &str) -> bool {
    log.lines().any(|line| {
        line.trim_start().starts_with("Running")
            && line.contains(&format!("{krate}-"))
            && line.contains("build-script-build")
    })
}

fn copy_table(dir: &Path, table: &str) -> PathBuf {
    let target = dir.join(format!("schema/{table}.yaml"));
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::copy(
        workspace().join(format!("schema/tables/{table}.yaml")),
        &target,
    )
    .unwrap();
    target
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// The newest `<name>` under the scratch target's build script outputs.
fn out_file(krate: &str, name: &str) -> PathBuf {
    let build = target_dir().join("debug/build");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&build)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&format!("{krate}-")))
        })
        .map(|p| p.join("out").join(name))
        .filter(|p| p.exists())
        .collect();
    found.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
    found.pop().expect("the build script wrote its output")
}

#[test]
fn build_script_reruns_only_when_an_input_changes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let krate = "rebuild_build_rs";
    let session_yaml = copy_table(root, "processsession");
    copy_table(root, "team");
    write(
        &root.join("dataverse.yaml"),
        "tables: [processsession, team]\ntype_names:\n  processsession: DialogSession\n",
    );
    write(
        &root.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{krate}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n\
             [dependencies]\ndataverse = {{ path = {runtime:?} }}\n\n\
             [build-dependencies]\ndataverse-build = {{ path = {build:?} }}\n\n[workspace]\n",
            runtime = workspace().join("runtime"),
            build = workspace().join("build"),
        ),
    );
    write(
        &root.join("build.rs"),
        "fn main() {\n    dataverse_build::Builder::new()\n        .schema_dir(\"schema\")\n        \
         .config_file(\"dataverse.yaml\")\n        .and_then(|b| b.generate(\"dataverse.rs\"))\n        \
         .unwrap_or_else(|e| panic!(\"{e}\"));\n}\n",
    );
    write(
        &root.join("src/lib.rs"),
        "include!(concat!(env!(\"OUT_DIR\"), \"/dataverse.rs\"));\n\n\
         #[test]\nfn payload() {\n    use dataverse::Entity;\n    \
         let s = processsession::DialogSession { name: Some(\"x\".into()), ..Default::default() };\n    \
         assert_eq!(s.create_payload().unwrap()[\"name\"], \"x\");\n}\n",
    );

    // The output compiles.
    let first = cargo(root, &["build"]);
    assert!(ran_build_script(&first, krate), "{first}");
    let generated = out_file(krate, "dataverse.rs");
    let before = std::fs::read_to_string(&generated).unwrap();
    assert!(before.contains("pub struct DialogSession"));

    // Nothing changed: the build script does not run, the crate is fresh.
    let second = cargo(root, &["build"]);
    assert!(
        !ran_build_script(&second, krate),
        "build script re-ran:\n{second}"
    );
    assert!(fresh(&second, krate), "{second}");

    // An input YAML changed: the script re-runs and the output follows.
    let yaml = std::fs::read_to_string(&session_yaml).unwrap();
    let edited = yaml.replacen(
        "description: Information that is generated when a dialog is run.",
        "description: Edited to prove regeneration.",
        1,
    );
    assert_ne!(yaml, edited, "the fixture's description moved");
    std::fs::write(&session_yaml, edited).unwrap();
    let third = cargo(root, &["build"]);
    assert!(ran_build_script(&third, krate), "{third}");
    assert!(compiled(&third, krate), "{third}");
    let after = std::fs::read_to_string(out_file(krate, "dataverse.rs")).unwrap();
    assert_ne!(before, after);
    assert!(after.contains("Edited to prove regeneration."));

    // xtask writes the same bytes for the same YAML and configuration.
    let xtask_out = root.join("xtask.rs");
    let output = Command::new(env!("CARGO"))
        .args([
            "run",
            "--offline",
            "--quiet",
            "-p",
            "xtask",
            "--",
            "generate",
        ])
        .arg("--schema")
        .arg(root.join("schema"))
        .arg("--config")
        .arg(root.join("dataverse.yaml"))
        .arg("--out")
        .arg(&xtask_out)
        .current_dir(workspace())
        .env("CARGO_TARGET_DIR", target_dir())
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "xtask generate failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(std::fs::read_to_string(&xtask_out).unwrap(), after);

    // And the generated code works.
    cargo(root, &["test"]);
}

#[test]
fn touching_the_yaml_recompiles_a_derive_user() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let krate = "rebuild_derive";
    let yaml = copy_table(root, "processsession");
    write(
        &root.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{krate}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n\
             [dependencies]\ndataverse = {{ path = {runtime:?}, features = [\"derive\"] }}\n\n[workspace]\n",
            runtime = workspace().join("runtime"),
        ),
    );
    write(
        &root.join("src/lib.rs"),
        "#[derive(Default, dataverse::Entity)]\n#[entity(table = \"processsession\", schema = \"schema/processsession.yaml\")]\n\
         pub struct DialogRun {\n    pub name: Option<String>,\n}\n",
    );
    let first = cargo(root, &["build"]);
    assert!(compiled(&first, krate), "{first}");
    let second = cargo(root, &["build"]);
    assert!(fresh(&second, krate), "{second}");

    // No code change, only the YAML.
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, format!("{text}# touched\n")).unwrap();
    let third = cargo(root, &["build"]);
    assert!(
        compiled(&third, krate),
        "the YAML edit did not recompile:\n{third}"
    );
}
