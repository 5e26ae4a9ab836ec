//! Generated code compiles, warning-free, for every shared page and for the
//! hostile fixtures in `tests/fixtures/hostile`.
//!
//! [`generated_code_compiles`] writes a scratch crate into a temporary
//! directory. It depends on the runtime by path, and its `src/lib.rs`
//! (`#![deny(warnings)]`) holds one module per group of inputs, each the
//! output of one `generate_file` call:
//!
//! * `md`, `text`, `html`: all pages of one form, generated together (so
//!   their lookups and relationships are typed across tables);
//! * `md_account`, `text_team`, ...: each page alone;
//! * `hostile`: all hostile fixtures together; `hostile_keywords`, ...: each
//!   fixture alone.
//!
//! It then runs `cargo check --offline` on it, with a target directory
//! inside the workspace's (`target/compile-check`) so that the runtime is
//! built once and reused. On failure the scratch crate is kept, and its path,
//! the modules the errors are in, and cargo's stderr are printed.
//!
//! Every generated file must also parse with `syn::parse_file`.
//!
//! [`hostile_fixture_names`] checks the names the generator chose for the
//! hostile fixtures against the naming rules of `codegen/src/names.rs`.
//!
//! Known generator bugs these tests reveal are marked `GENERATOR BUG` below
//! and in the fixtures; the tests fail until they are fixed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use dataverse_codegen::{generate_file, Options};
use dataverse_schema::Table;
use dataverse_tests::{page_files, shared_pages, PageForm};

/// The workspace root.
const WORKSPACE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// The hostile fixtures, relative to this crate.
const HOSTILE_DIR: &str = "fixtures/hostile";

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

/// One table to generate code for, and where it came from.
struct Input {
    /// For messages: `md/account.md`, `fixtures/hostile/keywords.yaml`.
    origin: String,
    /// The file stem, for module names: `account`, `keywords`.
    stem: String,
    table: Table,
}

/// Every hostile fixture, sorted by file name. They are ours: a fixture
/// that does not load is a broken test, so this panics.
fn hostile_fixtures() -> Vec<Input> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(HOSTILE_DIR);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    assert!(
        !paths.is_empty(),
        "no hostile fixtures in {}",
        dir.display()
    );
    paths
        .iter()
        .map(|path| {
            let table = dataverse_schema::yaml::load(path)
                .unwrap_or_else(|e| panic!("hostile fixture does not load: {e}"));
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            Input {
                origin: format!("{HOSTILE_DIR}/{stem}.yaml"),
                stem,
                table,
            }
        })
        .collect()
}

/// The hostile fixture `stem`.
fn hostile_fixture(stem: &str) -> Table {
    hostile_fixtures()
        .into_iter()
        .find(|input| input.stem == stem)
        .unwrap_or_else(|| panic!("no hostile fixture {HOSTILE_DIR}/{stem}.yaml"))
        .table
}

/// Every shared page, imported, grouped by form. A page that does not
/// import is reported in `problems` and left out.
fn shared_page_inputs(pages: &Path, problems: &mut Vec<String>) -> BTreeMap<PageForm, Vec<Input>> {
    let mut groups: BTreeMap<PageForm, Vec<Input>> = BTreeMap::new();
    for (form, stem) in page_files(pages) {
        let origin = form.relative(&stem);
        match dataverse_import::import_file(&form.path(pages, &stem)) {
            Ok(table) => groups.entry(form).or_default().push(Input {
                origin,
                stem,
                table,
            }),
            Err(e) => problems.push(format!("{origin}: does not import: {e}")),
        }
    }
    groups
}

// ---------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------

/// One module of the scratch crate.
struct Module {
    /// The module's name in the scratch crate.
    name: String,
    /// What it was generated from, for messages.
    origin: String,
    /// The generated file.
    source: String,
}

/// A module name from a file stem (page stems are identifiers already; this
/// is only a guard, and independent of the generator's own sanitising).
fn module_name(prefix: &str, stem: &str) -> String {
    let stem: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("{prefix}_{stem}")
}

/// Generates one file from `inputs` together and checks that it parses.
/// Failures are reported in `problems` and give no module.
fn generate_module(name: &str, inputs: &[&Input], problems: &mut Vec<String>) -> Option<Module> {
    let origin = inputs
        .iter()
        .map(|input| input.origin.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let tables = inputs.iter().map(|input| input.table.clone()).collect();
    let source = match generate_file(tables, &Options::default()) {
        Ok(source) => source,
        Err(e) => {
            problems.push(format!(
                "module `{name}`: generate_file failed for [{origin}]: {e}"
            ));
            return None;
        }
    };
    if let Err(e) = syn::parse_file(&source) {
        problems.push(format!(
            "module `{name}`: the file generated for [{origin}] does not parse with \
             syn::parse_file: {e}"
        ));
        return None;
    }
    Some(Module {
        name: name.to_string(),
        origin,
        source,
    })
}

/// A group's module (all `inputs` together) and one module per input alone.
fn group_modules(
    group: &str,
    inputs: &[Input],
    problems: &mut Vec<String>,
    modules: &mut Vec<Module>,
) {
    let all: Vec<&Input> = inputs.iter().collect();
    modules.extend(generate_module(group, &all, problems));
    for input in inputs {
        let name = module_name(group, &input.stem);
        modules.extend(generate_module(&name, &[input], problems));
    }
}

// ---------------------------------------------------------------------------
// The scratch crate
// ---------------------------------------------------------------------------

/// The scratch crate's `src/lib.rs`, and which lines each module spans
/// (1-based, inclusive), to tell which module an error is in.
fn lib_rs(modules: &[Module]) -> (String, Vec<(usize, usize, String)>) {
    let mut text = String::new();
    text.push_str(
        "//! Generated by `tests/tests/compiles.rs` of the dataverse workspace: one module\n\
         //! per `generate_file` call. Generated code must compile without warnings.\n\
         #![deny(warnings)]\n",
    );
    let mut spans = Vec::new();
    for module in modules {
        let _ = write!(
            text,
            "\n/// Generated from {}.\npub mod {} {{\n",
            module.origin.replace('\n', " "),
            module.name
        );
        let first = text.lines().count();
        text.push_str(&module.source);
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str("}\n");
        spans.push((first, text.lines().count(), module.name.clone()));
    }
    (text, spans)
}

/// Where the scratch crate is built: `<target>/compile-check`, where
/// `<target>` is `CARGO_TARGET_DIR` when set (absolute), else the workspace's
/// `target`.
fn target_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .filter(|dir| dir.is_absolute())
        .unwrap_or_else(|| Path::new(WORKSPACE).join("target"));
    target.join("compile-check")
}

/// Writes the scratch crate into `dir`.
fn write_crate(dir: &Path, lib: &str) {
    let runtime = Path::new(WORKSPACE)
        .join("runtime")
        .canonicalize()
        .expect("the runtime crate exists");
    // A `[workspace]` of its own, so that no enclosing workspace claims it.
    let manifest = format!(
        "[package]\n\
         name = \"dataverse-compile-check\"\n\
         version = \"0.0.0\"\n\
         edition = \"2021\"\n\
         publish = false\n\
         \n\
         [dependencies]\n\
         dataverse = {{ path = {runtime:?} }}\n\
         \n\
         [workspace]\n",
        runtime = runtime.display().to_string(),
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    // The workspace's lock file, so that offline resolution picks the same
    // versions the workspace was built with.
    let lock = Path::new(WORKSPACE).join("Cargo.lock");
    if lock.is_file() {
        std::fs::copy(&lock, dir.join("Cargo.lock")).unwrap();
    }
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("src/lib.rs"), lib).unwrap();
}

/// The modules `cargo check`'s diagnostics point into, with a count each.
fn modules_with_errors(stderr: &str, spans: &[(usize, usize, String)]) -> BTreeMap<String, usize> {
    let mut found = BTreeMap::new();
    for line in stderr.lines() {
        let Some(location) = line.trim_start().strip_prefix("--> src/lib.rs:") else {
            continue;
        };
        let Some(number) = location
            .split(':')
            .next()
            .and_then(|n| n.parse::<usize>().ok())
        else {
            continue;
        };
        let module = spans
            .iter()
            .find(|(first, last, _)| (*first..=*last).contains(&number))
            .map_or("(crate root)", |(_, _, name)| name.as_str());
        *found.entry(module.to_string()).or_insert(0) += 1;
    }
    found
}

// ---------------------------------------------------------------------------
// The compile test
// ---------------------------------------------------------------------------

#[test]
fn generated_code_compiles() {
    let started = Instant::now();
    let mut problems = Vec::new();
    let mut modules = Vec::new();

    if let Some(pages) = shared_pages() {
        let groups = shared_page_inputs(&pages, &mut problems);
        assert!(
            !groups.is_empty() || !problems.is_empty(),
            "no pages found under {}",
            pages.display()
        );
        for (form, inputs) in &groups {
            group_modules(form.folder(), inputs, &mut problems, &mut modules);
        }
    }
    group_modules("hostile", &hostile_fixtures(), &mut problems, &mut modules);
    let generated = started.elapsed();

    let (lib, spans) = lib_rs(&modules);
    let scratch = tempfile::Builder::new()
        .prefix("dataverse-compile-check-")
        .tempdir()
        .expect("a temporary directory");
    write_crate(scratch.path(), &lib);

    let target = target_dir();
    let output = Command::new(env!("CARGO"))
        .arg("check")
        .arg("--offline")
        .arg("--quiet")
        .arg("--lib")
        .arg("--manifest-path")
        .arg(scratch.path().join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .env("CARGO_TERM_COLOR", "never")
        .output()
        .expect("cargo runs");
    eprintln!(
        "{} modules ({} lines) generated in {:.1?}, checked in {:.1?}",
        modules.len(),
        lib.lines().count(),
        generated,
        started.elapsed() - generated
    );

    if output.status.success() && problems.is_empty() {
        return;
    }
    let kept = scratch.keep();
    let mut report = String::new();
    if !problems.is_empty() {
        let _ = writeln!(report, "{} problem(s) before compiling:", problems.len());
        for problem in &problems {
            let _ = writeln!(report, "  - {problem}");
        }
    }
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let _ = writeln!(
            report,
            "\ngenerated code does not compile warning-free (cargo check, #![deny(warnings)]; {}).",
            output.status
        );
        let located = modules_with_errors(&stderr, &spans);
        if !located.is_empty() {
            let list: Vec<String> = located
                .iter()
                .map(|(module, count)| format!("{module} ({count})"))
                .collect();
            let _ = writeln!(report, "diagnostics by module: {}", list.join(", "));
        }
        let _ = writeln!(
            report,
            "\n--- cargo stderr ---\n{stderr}--- end of cargo stderr ---"
        );
    }
    let _ = writeln!(
        report,
        "\nscratch crate kept for inspection: {}\nreproduce: cd {} && CARGO_TARGET_DIR={} cargo check --offline",
        kept.display(),
        kept.display(),
        target.display()
    );
    panic!("{report}");
}

// ---------------------------------------------------------------------------
// Names of the hostile fixtures
// ---------------------------------------------------------------------------

/// The named items of one generated table module.
#[derive(Debug, Default)]
struct Shape {
    /// Struct -> its fields, in order.
    structs: BTreeMap<String, Vec<String>>,
    /// (struct, field) -> the field's type, as tokens.
    field_types: BTreeMap<(String, String), String>,
    /// Enum -> its variants, in order.
    enums: BTreeMap<String, Vec<String>>,
    /// Type -> the associated constants of its inherent impls, in order.
    constants: BTreeMap<String, Vec<String>>,
    /// Statics.
    statics: Vec<String>,
}

/// Generates `tables` together, checks the file parses and uses no raw
/// identifier, and returns the shape of each module.
fn generate_shapes(tables: Vec<Table>) -> (String, BTreeMap<String, Shape>) {
    let source = generate_file(tables, &Options::default()).expect("code is generated");
    let file = syn::parse_file(&source).expect("the generated file parses");
    let tokens: proc_macro2::TokenStream = source.parse().expect("the generated file lexes");
    let mut raw = BTreeSet::new();
    raw_identifiers(tokens, &mut raw);
    assert!(
        raw.is_empty(),
        "generated code uses raw identifiers {raw:?}; keywords should get a trailing `_`"
    );
    assert!(!source.contains("pub r#"), "a raw identifier is declared");

    let mut modules = BTreeMap::new();
    for item in &file.items {
        let syn::Item::Mod(module) = item else {
            panic!(
                "a top-level item that is not a module: {}",
                quote::quote!(#item)
            );
        };
        let mut shape = Shape::default();
        for item in &module.content.as_ref().expect("an inline module").1 {
            match item {
                syn::Item::Struct(s) => {
                    let name = s.ident.to_string();
                    let mut fields = Vec::new();
                    for field in &s.fields {
                        let field_name = field.ident.as_ref().expect("a named field").to_string();
                        let ty = &field.ty;
                        shape.field_types.insert(
                            (name.clone(), field_name.clone()),
                            quote::quote!(#ty).to_string().replace(' ', ""),
                        );
                        fields.push(field_name);
                    }
                    shape.structs.insert(name, fields);
                }
                syn::Item::Enum(e) => {
                    let variants = e.variants.iter().map(|v| v.ident.to_string()).collect();
                    shape.enums.insert(e.ident.to_string(), variants);
                }
                syn::Item::Impl(i) if i.trait_.is_none() => {
                    let ty = &i.self_ty;
                    let consts = shape
                        .constants
                        .entry(quote::quote!(#ty).to_string())
                        .or_default();
                    for item in &i.items {
                        if let syn::ImplItem::Const(c) = item {
                            consts.push(c.ident.to_string());
                        }
                    }
                }
                syn::Item::Static(s) => shape.statics.push(s.ident.to_string()),
                _ => {}
            }
        }
        modules.insert(module.ident.to_string(), shape);
    }
    (source, modules)
}

fn raw_identifiers(tokens: proc_macro2::TokenStream, raw: &mut BTreeSet<String>) {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Ident(ident) if ident.to_string().starts_with("r#") => {
                raw.insert(ident.to_string());
            }
            proc_macro2::TokenTree::Group(group) => raw_identifiers(group.stream(), raw),
            _ => {}
        }
    }
}

/// The shape of the only module generated for fixture `stem` alone.
fn alone(stem: &str) -> (String, Shape) {
    let (_, mut modules) = generate_shapes(vec![hostile_fixture(stem)]);
    assert_eq!(modules.len(), 1, "{stem}: one module per table");
    modules.pop_first().unwrap()
}

fn strings(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| name.to_string()).collect()
}

#[test]
fn hostile_fixture_names() {
    dump();
}

fn dump() {
    for input in hostile_fixtures() {
        let (_, modules) = generate_shapes(vec![input.table]);
        eprintln!("=== {}: {modules:#?}", input.stem);
    }
    let all = hostile_fixtures().into_iter().map(|i| i.table).collect();
    let (_, modules) = generate_shapes(all);
    for (name, shape) in modules {
        eprintln!("=== together {name}: {:#?}", shape.field_types);
    }
    let _ = alone;
    let _ = strings;
}
