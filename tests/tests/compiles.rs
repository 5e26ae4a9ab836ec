//! Generated code compiles, warning-free, for every shared page and for the
//! hostile fixtures in `tests/fixtures/hostile`.
//!
//! [`generated_code_compiles`] writes a scratch crate into a temporary
//! directory. It depends on the runtime by path, and its `src/lib.rs`
//! (`#![deny(warnings)]`) holds one module per `generate_file` call:
//!
//! * `md`, `text`, `html`: all pages of one form, generated together (so
//!   their lookups and relationships are typed across tables);
//! * `md_account`, `text_team`, ...: each page alone;
//! * `hostile`: all hostile fixtures together; `hostile_keywords`, ...: each
//!   fixture alone.
//!
//! It then runs `cargo check --offline` on it, with the target directory
//! `<workspace target>/compile-check`, so that the runtime is built once and
//! reused. Every generated file must also parse with `syn::parse_file`. On
//! failure the scratch crate is kept, and its path, the modules the errors
//! are in and cargo's stderr are printed.
//!
//! The `hostile_*` tests read the hostile fixtures' generated code back
//! with syn and check the names the generator chose (keywords, digits,
//! non-ASCII, collisions, prelude types, fallbacks; see
//! `codegen/src/names.rs`), cross-table typing, and that page text reaches
//! doc comments escaped and string literals verbatim. They are fast and
//! point at the rule that broke; the compile test is the final word.
//!
//! Each generator bug these tests found is kept as a regression case,
//! marked `Regression:` below and in the fixtures.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use dataverse_codegen::{generate_file, Options};
use dataverse_schema::Table;
use dataverse_tests::{page_files, shared_pages, PageForm};

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
             syn::parse_file: {e}{}",
            suspect_lines(&source)
        ));
        return None;
    }
    Some(Module {
        name: name.to_string(),
        origin,
        source,
    })
}

/// Without span locations, syn does not say where a file fails to lex; this
/// points at lines holding characters that commonly cause it (control
/// characters other than tab and newline, such as a bare carriage return
/// in a comment).
fn suspect_lines(source: &str) -> String {
    let suspects: Vec<String> = source
        .split('\n')
        .enumerate()
        .filter(|(_, line)| line.chars().any(|c| c.is_control() && c != '\t'))
        .map(|(index, line)| format!("\n    line {}: {line:?}", index + 1))
        .take(5)
        .collect();
    if suspects.is_empty() {
        String::new()
    } else {
        format!(
            "\n  lines with control characters (up to 5):{}",
            suspects.concat()
        )
    }
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
    let mut text = String::from(
        "//! Generated by `tests/tests/compiles.rs` of the dataverse workspace: one module\n\
         //! per `generate_file` call. Generated code must compile without warnings.\n\
         #![deny(warnings)]\n",
    );
    let mut lines = text.matches('\n').count();
    let mut push = |text: &mut String, part: &str| {
        text.push_str(part);
        lines += part.matches('\n').count();
        lines
    };
    let mut spans = Vec::new();
    for module in modules {
        let header = format!(
            "\n/// Generated from {}.\npub mod {} {{\n",
            module.origin, module.name
        );
        // The line of `pub mod ... {`.
        let first = push(&mut text, &header);
        push(&mut text, &module.source);
        if !module.source.ends_with('\n') {
            push(&mut text, "\n");
        }
        let last = push(&mut text, "}\n");
        spans.push((first, last, module.name.clone()));
    }
    (text, spans)
}

/// The modules `cargo check`'s diagnostics point into (the primary
/// location of each error or warning), with a count each.
fn modules_with_errors(stderr: &str, spans: &[(usize, usize, String)]) -> BTreeMap<String, usize> {
    let mut found = BTreeMap::new();
    let mut in_diagnostic = false;
    for line in stderr.lines() {
        if line.starts_with("error") || line.starts_with("warning") {
            in_diagnostic = true;
            continue;
        }
        let Some(location) = line.trim_start().strip_prefix("--> src/lib.rs:") else {
            continue;
        };
        if !std::mem::take(&mut in_diagnostic) {
            continue;
        }
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
    dataverse_tests::write_scratch_crate(scratch.path(), "dataverse-compile-check", &lib);

    let target = dataverse_tests::compile_check_target_dir();
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

/// What a generated file declares and says, read back with syn.
#[derive(Debug, Default)]
struct Generated {
    /// The file.
    source: String,
    /// Module -> its items.
    modules: BTreeMap<String, Shape>,
    /// Every `#[doc]` text (doc comments), in order.
    docs: Vec<String>,
    /// Every string literal's value.
    strings: BTreeSet<String>,
}

/// The named items of one generated table module.
#[derive(Debug, Default)]
struct Shape {
    /// Struct -> its fields and their types (tokens without spaces), in order.
    structs: BTreeMap<String, Vec<(String, String)>>,
    /// Enum -> its variants, in order.
    enums: BTreeMap<String, Vec<String>>,
    /// Type -> the associated constants of its inherent impls and their
    /// types, in order.
    constants: BTreeMap<String, Vec<(String, String)>>,
    /// Statics.
    statics: Vec<String>,
}

impl Generated {
    /// The only module (for a table generated alone).
    fn only(&self) -> (&str, &Shape) {
        assert_eq!(self.modules.len(), 1, "one module per table");
        let (name, shape) = self.modules.iter().next().unwrap();
        (name, shape)
    }

    fn module(&self, name: &str) -> &Shape {
        self.modules.get(name).unwrap_or_else(|| {
            panic!(
                "no module `{name}`; modules: {:?}",
                self.modules.keys().collect::<Vec<_>>()
            )
        })
    }
}

impl Shape {
    /// The only struct: the entity.
    fn entity(&self) -> (&str, &[(String, String)]) {
        assert_eq!(self.structs.len(), 1, "one struct per module");
        let (name, fields) = self.structs.iter().next().unwrap();
        (name, fields)
    }

    fn field_names(&self) -> Vec<&str> {
        self.entity()
            .1
            .iter()
            .map(|(name, _)| name.as_str())
            .collect()
    }

    fn field_type(&self, field: &str) -> &str {
        let (entity, fields) = self.entity();
        fields
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, ty)| ty.as_str())
            .unwrap_or_else(|| panic!("`{entity}` has no field `{field}`; fields: {fields:?}"))
    }

    fn constant_names(&self) -> Vec<&str> {
        let (entity, _) = self.entity();
        self.constants
            .get(entity)
            .map(|constants| constants.iter().map(|(name, _)| name.as_str()).collect())
            .unwrap_or_default()
    }

    fn constant_type(&self, constant: &str) -> &str {
        let (entity, _) = self.entity();
        self.constants[entity]
            .iter()
            .find(|(name, _)| name == constant)
            .map(|(_, ty)| ty.as_str())
            .unwrap_or_else(|| panic!("`{entity}` has no constant `{constant}`"))
    }

    fn variants(&self, enumeration: &str) -> Vec<&str> {
        self.enums
            .get(enumeration)
            .unwrap_or_else(|| {
                panic!(
                    "no enum `{enumeration}`; enums: {:?}",
                    self.enums.keys().collect::<Vec<_>>()
                )
            })
            .iter()
            .map(String::as_str)
            .collect()
    }
}

/// Tokens as text without spaces (nor the trailing commas prettyplease
/// adds to long generic lists): `dv::nav::ManyToOne<A,B>`.
fn tokens_text(tokens: &impl quote::ToTokens) -> String {
    tokens
        .to_token_stream()
        .to_string()
        .replace(' ', "")
        .replace(",>", ">")
}

/// Generates `tables` together and reads the file back. Panics when it is
/// not generated or does not parse.
fn generate(tables: Vec<Table>) -> Generated {
    let source = generate_file(tables, &Options::default()).expect("code is generated");
    let file = syn::parse_file(&source).unwrap_or_else(|e| {
        panic!(
            "the generated file does not parse with syn: {e}{}",
            suspect_lines(&source)
        )
    });
    let mut generated = Generated::default();
    let tokens: proc_macro2::TokenStream = source.parse().expect("the generated file lexes");
    read_tokens(tokens, &mut generated);

    for item in &file.items {
        let syn::Item::Mod(module) = item else {
            panic!(
                "a top-level item that is not a module: {}",
                tokens_text(item)
            );
        };
        let mut shape = Shape::default();
        for item in &module.content.as_ref().expect("an inline module").1 {
            match item {
                syn::Item::Struct(s) => {
                    let fields = s
                        .fields
                        .iter()
                        .map(|field| {
                            let name = field.ident.as_ref().expect("a named field").to_string();
                            (name, tokens_text(&field.ty))
                        })
                        .collect();
                    shape.structs.insert(s.ident.to_string(), fields);
                }
                syn::Item::Enum(e) => {
                    let variants = e.variants.iter().map(|v| v.ident.to_string()).collect();
                    shape.enums.insert(e.ident.to_string(), variants);
                }
                syn::Item::Impl(i) if i.trait_.is_none() => {
                    let constants = shape.constants.entry(tokens_text(&i.self_ty)).or_default();
                    for item in &i.items {
                        if let syn::ImplItem::Const(c) = item {
                            constants.push((c.ident.to_string(), tokens_text(&c.ty)));
                        }
                    }
                }
                syn::Item::Static(s) => shape.statics.push(s.ident.to_string()),
                _ => {}
            }
        }
        generated.modules.insert(module.ident.to_string(), shape);
    }
    generated.source = source;
    generated
}

/// Collects doc texts and string literals; panics on a raw identifier
/// (keywords get a trailing `_` instead).
fn read_tokens(tokens: proc_macro2::TokenStream, generated: &mut Generated) {
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            proc_macro2::TokenTree::Ident(ident) => {
                let name = ident.to_string();
                assert!(
                    !name.starts_with("r#"),
                    "generated code uses the raw identifier `{name}`; keywords should get a trailing `_`"
                );
                // `#[doc = "..."]` (doc comments lex as this).
                if name == "doc" {
                    let mut rest = tokens.clone();
                    if let (
                        Some(proc_macro2::TokenTree::Punct(eq)),
                        Some(proc_macro2::TokenTree::Literal(text)),
                    ) = (rest.next(), rest.next())
                    {
                        if eq.as_char() == '=' {
                            let text: syn::LitStr = syn::parse_str(&text.to_string())
                                .expect("a doc attribute holds a string");
                            generated.docs.push(text.value());
                        }
                    }
                }
            }
            proc_macro2::TokenTree::Literal(literal) => {
                if let Ok(text) = syn::parse_str::<syn::LitStr>(&literal.to_string()) {
                    generated.strings.insert(text.value());
                }
            }
            proc_macro2::TokenTree::Group(group) => read_tokens(group.stream(), generated),
            proc_macro2::TokenTree::Punct(_) => {}
        }
    }
}

/// The hostile fixture `stem`, generated alone.
fn alone(stem: &str) -> Generated {
    generate(vec![hostile_fixture(stem)])
}

// rustc's case lints (`non_snake_case`, `non_camel_case_types`,
// `non_upper_case_globals`), as rustc_lint's nonstandard_style.rs decides
// them: a name failing these is a warning, an error under deny(warnings).

fn is_snake_case(name: &str) -> bool {
    let mut allow_underscore = true;
    name.trim_matches('_').chars().all(|c| {
        allow_underscore = match c {
            '_' if !allow_underscore => return false,
            '_' => false,
            c if !c.is_uppercase() => true,
            _ => return false,
        };
        true
    })
}

fn is_camel_case(name: &str) -> bool {
    let name = name.trim_matches('_');
    let has_case = |c: char| c.is_lowercase() || c.is_uppercase();
    let chars: Vec<char> = name.chars().collect();
    name.is_empty()
        || (!chars[0].is_lowercase()
            && !name.contains("__")
            && !chars
                .windows(2)
                .any(|w| (has_case(w[0]) && w[1] == '_') || (has_case(w[1]) && w[0] == '_')))
}

fn is_upper_case(name: &str) -> bool {
    !name.chars().any(char::is_lowercase)
}

/// Every name `generated` declares that rustc's case lints would warn about.
fn case_violations(generated: &Generated) -> Vec<String> {
    let mut bad = Vec::new();
    let mut check = |ok: bool, what: &str, name: &str| {
        if !ok {
            bad.push(format!("{what} `{name}`"));
        }
    };
    for (module, shape) in &generated.modules {
        check(is_snake_case(module), "module", module);
        for (name, fields) in &shape.structs {
            check(is_camel_case(name), "struct", name);
            for (field, _) in fields {
                check(is_snake_case(field), "field", field);
            }
        }
        for (name, variants) in &shape.enums {
            check(is_camel_case(name), "enum", name);
            for variant in variants {
                check(is_camel_case(variant), "variant", variant);
            }
        }
        for constants in shape.constants.values() {
            for (constant, _) in constants {
                check(is_upper_case(constant), "constant", constant);
            }
        }
        for name in &shape.statics {
            check(is_upper_case(name), "static", name);
        }
    }
    bad
}

#[test]
fn hostile_names_follow_rust_case_conventions() {
    let mut bad = Vec::new();
    let fixtures = hostile_fixtures();
    for input in &fixtures {
        // control_chars.yaml does not parse at all yet: see
        // `hostile_docs_are_single_safe_comments`.
        if input.stem == "control_chars" {
            continue;
        }
        for violation in case_violations(&generate(vec![input.table.clone()])) {
            bad.push(format!("{}: {violation}", input.origin));
        }
    }
    // Together (module names are chosen across tables).
    let together = fixtures
        .into_iter()
        .filter(|input| input.stem != "control_chars")
        .map(|input| input.table)
        .collect();
    for violation in case_violations(&generate(together)) {
        bad.push(format!("all together: {violation}"));
    }
    // Regression (names.rs): a `_2` suffix on a name that already ended in
    // `_` (a keyword's) gave `self__2` (not snake case), and a CamelCase
    // suffix on `Self_` gave `Self_2` (not camel case):
    // keywords.yaml (columns `self` + `Self`), self.yaml (table `Self`,
    // labels `Self` + `self`), choices.yaml (labels `Self` + `self`),
    // prelude_enums.yaml (enum for column `Self` of table `S`), and, all
    // together, module_collision.yaml (module `type__2` for table `Type`
    // next to `type`'s `type_`).
    assert!(
        bad.is_empty(),
        "names rustc warns about (errors under #![deny(warnings)]):\n  {}",
        bad.join("\n  ")
    );
}

#[test]
fn hostile_keywords_names() {
    let generated = alone("keywords");
    // A table named `type` gets module `type_`, type `Type`.
    let (module, shape) = generated.only();
    assert_eq!(module, "type_");
    assert_eq!(shape.entity().0, "Type");
    assert_eq!(shape.statics, ["TYPE_META"]);
    assert!(generated.source.contains("pub mod type_ {"));
    assert!(generated.source.contains("pub type_: Option<String>,"));
    assert!(!generated.source.contains("pub r#type"));

    let fields = shape.field_names();
    // Column `Self` collides with `self` (regression: it was `self__2`).
    assert_eq!(fields[3], "self_2");
    assert_eq!(
        fields,
        [
            "typeid",
            "type_",
            "self_",
            fields[3],
            "match_",
            "crate_",
            "super_",
            "async_",
            "_1st_choice",
            "gr_e",
            "column_10", // 名前: nothing ASCII is left, the fallback is used
            "foo_bar",
            "foo_bar_2",
            "foo_bar_2_2", // `foo_bar_2` was taken by `Foo_Bar`
            "column_10_2", // `column_10` was taken by 名前's fallback
            "logical_name",
            "table",
            "dv",
            "r_type",
        ]
    );
    assert_eq!(
        shape.field_type("crate_"),
        "Option<dv::types::DateTime<dv::types::Utc>>"
    );
    assert_eq!(shape.field_type("self_"), "Option<String>");

    // SCREAMING_CASE `TYPE`, `SELF` are not keywords; the impl's own
    // constants are reserved.
    assert_eq!(
        shape.constant_names(),
        [
            "LOGICAL_NAME",
            "ENTITY_SET_NAME",
            "PRIMARY_ID_ATTRIBUTE",
            "PRIMARY_NAME_ATTRIBUTE",
            "TYPEID",
            "TYPE",
            "SELF",
            "SELF_2",
            "MATCH",
            "CRATE",
            "SUPER",
            "ASYNC",
            "N_1ST_CHOICE",
            "GR_E",
            "COLUMN_10",
            "FOO_BAR",
            "FOO_BAR_2",
            "FOO_BAR_2_2",
            "COLUMN_10_2",
            "LOGICAL_NAME_2",
            "TABLE_2",
            "DV",
            "R_TYPE",
            "TYPE_HOSTILE_NODE",
        ]
    );
    // The names stay verbatim in the metadata.
    for name in [
        "type",
        "self",
        "Self",
        "match",
        "größe",
        "名前",
        "r#type",
        "1stChoice",
    ] {
        assert!(
            generated.strings.contains(name),
            "`{name}` is not a string literal"
        );
    }

    // Tables `type` and `Type` (module_collision.yaml) together: two
    // distinct modules, each with its own `Type`. The second module's case
    // is checked by `hostile_names_follow_rust_case_conventions` (GENERATOR
    // BUG: it is `type__2`).
    let together = generate(vec![
        hostile_fixture("keywords"),
        hostile_fixture("module_collision"),
    ]);
    let modules: Vec<&String> = together.modules.keys().collect();
    assert_eq!(modules.len(), 2);
    assert!(modules.contains(&&"type_".to_string()));
    assert!(modules.iter().all(|m| m.starts_with("type_")));
    for shape in together.modules.values() {
        assert_eq!(shape.entity().0, "Type");
    }
}

#[test]
fn hostile_prelude_names() {
    // A table whose type would be a prelude type the generated code names
    // unqualified gets a suffix.
    let option = alone("prelude");
    let (module, shape) = option.only();
    assert_eq!(module, "option");
    assert_eq!(shape.entity().0, "Option2");
    assert_eq!(shape.field_type("option"), "Option<String>");
    assert_eq!(shape.field_type("result"), "Option<Option2Result>");
    // Alone, the lookup to `string` is untyped.
    assert_eq!(shape.field_type("string_id"), "Option<dv::EntityRef>");
    assert_eq!(
        shape.variants("Option2Result"),
        ["Ok", "Err", "Some", "None", "Option", "Unknown"]
    );

    let string = alone("string");
    let (module, shape) = string.only();
    assert_eq!(module, "string");
    assert_eq!(shape.entity().0, "String2");
    assert_eq!(shape.field_type("string"), "Option<String>");
    assert_eq!(shape.field_type("vec"), "Option<dv::Choices<String2Vec>>");

    // Enums named exactly after their column (it starts with the type's
    // name `S`) must not be prelude types either.
    let generated = alone("prelude_enums");
    let (_, shape) = generated.only();
    assert_eq!(shape.entity().0, "S");
    assert_eq!(shape.field_type("string"), "Option<String2>");
    assert_eq!(shape.field_type("some"), "Option<Some>");
    assert_eq!(shape.field_type("sized"), "Option<dv::Choices<Sized>>");
    // The enum of column `Self`: not `Self` nor the reserved `Self_`. Its
    // case is checked by `hostile_names_follow_rust_case_conventions`
    // (regression: it was `Self_2`).
    let self_enum = shape.field_type("self_");
    assert!(
        self_enum.starts_with("Option<Self")
            && !["Option<Self>", "Option<Self_>"].contains(&self_enum),
        "the enum of column `Self` is {self_enum}"
    );
}

#[test]
fn hostile_self_table_names() {
    let generated = alone("self");
    let (module, shape) = generated.only();
    assert_eq!(module, "self_");
    // The type of table `Self`: any name but `Self`. Its case, and that of
    // its enum and of the variant of label `self` (colliding with `Self`),
    // is checked by `hostile_names_follow_rust_case_conventions`
    // (regression: they were `Self_2`, `Self_2Kind` and `Self_2`).
    let (entity, _) = shape.entity();
    assert!(
        entity.starts_with("Self") && entity != "Self",
        "the type of table `Self` is `{entity}`"
    );
    assert_eq!(shape.field_type("kind"), format!("Option<{entity}Kind>"));
    let variants = shape.variants(&format!("{entity}Kind"));
    assert_eq!(variants.len(), 3);
    assert_eq!(variants[0], "SelfValue");
    assert!(variants[1].starts_with("SelfValue") && variants[1] != "SelfValue");
}

#[test]
fn hostile_choice_names() {
    let generated = alone("choices");
    let (_, shape) = generated.only();
    assert_eq!(shape.entity().0, "HostileChoice");
    assert_eq!(shape.field_type("kind"), "Option<HostileChoiceKind>");
    // `kind` (schema name `kind`) collides with `Kind`.
    assert_eq!(shape.field_type("kind_2"), "Option<HostileChoiceKind2>");
    // The enum of column `HostileChoice` would be the entity's own name.
    assert_eq!(shape.field_type("hostile_choice"), "Option<HostileChoice2>");
    assert_eq!(
        shape.field_type("tags"),
        "Option<dv::Choices<HostileChoiceTags>>"
    );
    assert_eq!(shape.field_type("is_flag"), "Option<bool>");
    assert_eq!(shape.field_type("hologram"), "Option<dv::types::Json>");
    assert_eq!(shape.field_type("spaced"), "Option<dv::types::Json>");
    assert_eq!(shape.field_type("birthday"), "Option<dv::types::NaiveDate>");

    let kind = shape.variants("HostileChoiceKind");
    // Labels that give no identifier fall back to `Value<n>` /
    // `ValueMinus<n>`; duplicate labels get `2`; a repeated value is left
    // out; `Unknown` is the catch-all's.
    assert_eq!(
        kind,
        [
            "N1Hour",      // 1 Hour
            "NA",          // N/A
            "Value3",      // -
            "Value4",      // 🙂
            "Value5",      // (empty)
            "Same",        // 6
            "Same2",       // 7 (value 7 "Duplicate value" and 6 again are left out)
            "MinusOne",    // -1
            "ValueMinus2", // -2 "-"
            "Unknown2",    // label "Unknown"
            "SelfValue",   // label "Self"
            kind[11],      // label "self", see below
            "Value12",     // label "Value12" (value 11)
            "Value122",    // value 12, empty label: `Value12` was taken
            "Type",        // type
            "GrE",         // Größe
            "Value15",     // spaces only
            "Value16",     // underscores only
            "QuotedSingle",
            "Zero",
            "Unknown",
        ]
    );
    // Label `self` collides with `Self`. Its case is checked by
    // `hostile_names_follow_rust_case_conventions` (regression: it was
    // `Self_2`).
    assert_eq!(kind[11], "SelfValue2");
    assert_eq!(
        shape.variants("HostileChoiceStateCode"),
        ["Active", "Inactive", "Active2", "ValueMinus1", "Unknown"]
    );
    assert_eq!(
        shape.variants("HostileChoiceStatusCode"),
        [
            "Active",
            "Inactive",
            "Orphan",
            "NoState",
            "NegativeState",
            "BeyondState",
            "Unknown"
        ]
    );
    assert_eq!(
        shape.variants("HostileChoiceTags"),
        ["Red", "Red2", "Value100000002", "NA", "Unknown"]
    );
    assert_eq!(shape.variants("HostileChoiceEmptyChoice"), ["Unknown"]);
    // Values beyond i32 cannot be Dataverse option values: they are left out
    // (regression: they were clamped into range, so `from_value` repeated
    // match patterns and `BeyondMax` had `Max`'s value).
    assert_eq!(
        shape.variants("HostileChoiceWide"),
        ["Max", "Min", "Unknown"]
    );
    // Labels stay verbatim in the metadata.
    for label in [
        "1 Hour",
        "N/A",
        "-",
        "🙂",
        "",
        "\"quoted\" \\ 'single' */ /* #",
    ] {
        assert!(
            generated.strings.contains(label),
            "label {label:?} is not a string literal"
        );
    }
    // So are unknown column types.
    assert!(generated.strings.contains("Hologram"));
    assert!(generated.strings.contains("Type With Spaces */"));
}

#[test]
fn hostile_relationship_names() {
    let generated = alone("relations");
    let (_, shape) = generated.only();
    let entity = "HostileNode";
    assert_eq!(shape.entity().0, entity);
    // A lookup to its own table is typed; the others, alone, are not.
    assert_eq!(
        shape.field_type("parent_node_id"),
        "Option<dv::Ref<HostileNode>>"
    );
    for field in [
        "type_id",
        "option_id",
        "regarding_object_id",
        "owner_id",
        "customer_id",
        "no_targets",
        "bare_id",
    ] {
        assert_eq!(shape.field_type(field), "Option<dv::EntityRef>", "{field}");
    }
    let constants = shape.constant_names();
    let relationships: Vec<&str> = constants[constants
        .iter()
        .position(|c| *c == "HOSTILE_NODE_PARENT")
        .unwrap()
        + 1..]
        .to_vec();
    assert_eq!(
        relationships,
        [
            // one-to-many
            "HOSTILE_NODE_PARENT_2", // collides with column HostileNodeParent
            "HOSTILE_NODE_CHILDREN_2", // collides with column Hostile_Node_Children
            "PARENT_NODE_ID_2",      // collides with column ParentNodeId
            "ONE_TO_MANY_3",         // 名前
            "TABLE_2",               // reserved
            "ONE_TO_MANY_5",         // `*/ "#`
            // many-to-one
            "HOSTILE_NODE_PARENT_PARENT", // the self-referential one's other side
            "TYPE_HOSTILE_NODE",
            "OPTION_HOSTILE_NODE",
            "TYPE_ID_2", // collides with column TypeId
            "LK_HOSTILE_NODE_CREATEDBY",
            "NO_REFERENCED_ENTITY",
            "ENTITY_SET_NAME_2", // reserved
            // many-to-many
            "HOSTILE_NODE_TYPE",
            "HOSTILE_NODE_HOSTILE_NODE",
            "OPTION_HOSTILE_NODE_ASSOCIATION",
            "REGARDING_OBJECT_ID_2", // collides with column RegardingObjectId
            "PRIMARY_ID_ATTRIBUTE_2", // reserved
        ]
    );
    let typed = |kind: &str, to: &str| format!("dv::nav::{kind}<Self,{to}>");
    assert_eq!(
        shape.constant_type("HOSTILE_NODE_PARENT_2"),
        typed("OneToMany", entity)
    );
    assert_eq!(
        shape.constant_type("HOSTILE_NODE_PARENT_PARENT"),
        typed("ManyToOne", entity)
    );
    assert_eq!(
        shape.constant_type("HOSTILE_NODE_HOSTILE_NODE"),
        typed("ManyToMany", entity)
    );
    assert_eq!(
        shape.constant_type("TYPE_HOSTILE_NODE"),
        typed("ManyToOne", "dv::Untyped")
    );
    assert_eq!(
        shape.constant_type("NO_REFERENCED_ENTITY"),
        typed("ManyToOne", "dv::Untyped")
    );
    assert_eq!(
        shape.constant_type("REGARDING_OBJECT_ID_2"),
        typed("ManyToMany", "dv::Untyped")
    );
    assert_eq!(
        shape.constant_type("PARENT_NODE_ID"),
        format!("dv::Column<Self,dv::Ref<{entity}>>")
    );
    // Relationship names stay verbatim in the metadata.
    assert!(generated.strings.contains("*/ \"#"));
    assert!(generated.strings.contains("名前"));
}

#[test]
fn hostile_tables_cross_link() {
    // Tables generated together: lookups with a single target among them
    // are typed `Ref`s to the other module's type, and relationships to
    // them are typed.
    let stems = [
        "bare",
        "keywords",
        "prelude",
        "relations",
        "string",
        "unicode_table",
    ];
    let tables = stems.iter().map(|stem| hostile_fixture(stem)).collect();
    let generated = generate(tables);
    assert_eq!(
        generated.modules.keys().collect::<Vec<_>>(),
        ["bare", "hostile_node", "option", "string", "table", "type_"]
    );
    let node = generated.module("hostile_node");
    assert_eq!(
        node.field_type("parent_node_id"),
        "Option<dv::Ref<HostileNode>>"
    );
    assert_eq!(
        node.field_type("type_id"),
        "Option<dv::Ref<super::type_::Type>>"
    );
    assert_eq!(
        node.field_type("option_id"),
        "Option<dv::Ref<super::option::Option2>>"
    );
    assert_eq!(
        node.field_type("bare_id"),
        "Option<dv::Ref<super::bare::Bare>>"
    );
    // Polymorphic, Owner, Customer: untyped.
    for field in [
        "regarding_object_id",
        "owner_id",
        "customer_id",
        "no_targets",
    ] {
        assert_eq!(node.field_type(field), "Option<dv::EntityRef>", "{field}");
    }
    let typed = |kind: &str, to: &str| format!("dv::nav::{kind}<Self,{to}>");
    assert_eq!(
        node.constant_type("TYPE_HOSTILE_NODE"),
        typed("ManyToOne", "super::type_::Type")
    );
    assert_eq!(
        node.constant_type("TYPE_ID_2"),
        typed("ManyToOne", "super::type_::Type")
    );
    assert_eq!(
        node.constant_type("ENTITY_SET_NAME_2"),
        typed("ManyToOne", "super::bare::Bare")
    );
    assert_eq!(
        node.constant_type("HOSTILE_NODE_CHILDREN_2"),
        typed("OneToMany", "super::type_::Type")
    );
    assert_eq!(
        node.constant_type("ONE_TO_MANY_3"),
        typed("OneToMany", "super::table::Table")
    );
    assert_eq!(
        node.constant_type("OPTION_HOSTILE_NODE_ASSOCIATION"),
        typed("ManyToMany", "super::option::Option2")
    );
    assert_eq!(
        generated.module("type_").constant_type("TYPE_HOSTILE_NODE"),
        "dv::nav::OneToMany<Self,super::hostile_node::HostileNode>"
    );
    assert_eq!(
        generated.module("option").field_type("string_id"),
        "Option<dv::Ref<super::string::String2>>"
    );
    assert_eq!(
        generated.module("string").field_type("option_id"),
        "Option<dv::Ref<super::option::Option2>>"
    );
    assert_eq!(
        generated.module("table").field_type("column_0"),
        "Option<dv::Ref<Table>>"
    );
}

#[test]
fn hostile_fallback_names() {
    let bare = alone("bare");
    let (module, shape) = bare.only();
    assert_eq!(module, "bare");
    assert_eq!(shape.structs["Bare"], []);
    assert!(bare.source.contains("pub struct Bare {}"));
    assert!(
        bare.strings.contains("bares"),
        "the entity set falls back to the plural"
    );

    // No ASCII letter in the names: the fallbacks.
    let unicode = alone("unicode_table");
    let (module, shape) = unicode.only();
    assert_eq!(module, "table");
    assert_eq!(shape.entity().0, "Table");
    assert_eq!(shape.statics, ["TABLE_META"]);
    assert_eq!(shape.field_names(), ["column_0"]);
    assert!(unicode.strings.contains("名前") && unicode.strings.contains("親"));

    // Empty names everywhere.
    let empty = alone("empty_names");
    let (module, shape) = empty.only();
    assert_eq!(module, "table");
    assert_eq!(shape.entity().0, "Table");
    assert_eq!(shape.statics, ["TABLE_META"]);
    assert_eq!(shape.field_names(), ["column_0", "column_1", "column_2"]);
    assert_eq!(shape.field_type("column_0"), "Option<TableColumn0>");
    assert_eq!(shape.field_type("column_1"), "Option<dv::types::Json>");
    // Its target `` is the table itself.
    assert_eq!(shape.field_type("column_2"), "Option<dv::Ref<Table>>");
    // `-0` is `0` again: left out.
    assert_eq!(shape.variants("TableColumn0"), ["Value0", "Unknown"]);
    assert_eq!(
        &shape.constant_names()[4..],
        [
            "COLUMN_0",
            "COLUMN_1",
            "COLUMN_2",
            "ONE_TO_MANY_0",
            "MANY_TO_ONE_0",
            "MANY_TO_MANY_0"
        ]
    );
}

/// Bidirectional-text control characters rustc rejects in comments
/// (`text_direction_codepoint_in_comment`, deny by default).
const BIDI: &[char] = &[
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

#[test]
fn hostile_text_is_escaped() {
    let generated = alone("text");
    let (_, shape) = generated.only();
    assert_eq!(shape.entity().0, "HostileText");
    // Text from the metadata reaches doc comments escaped: no HTML, no
    // emphasis or links, no code fence.
    let docs = generated.docs.join("\n");
    for raw in ["<script>", "**x**", "[a](b)", "```", "`z`"] {
        assert!(
            !docs.contains(raw),
            "{raw:?} reaches a doc comment unescaped"
        );
    }
    assert!(docs.contains("\\<script\\>alert(1)\\</script\\>"));
    assert!(docs.contains("Word2999"), "the long description is cut");
    // And string literals verbatim.
    for text in [
        "hostile_texts\"*/",
        "hostile`logical\"name */",
        "*/ label \"# \\ <script>alert(1)</script> **x** [a](b)",
        "line\nbreak",
    ] {
        assert!(
            generated.strings.contains(text),
            "{text:?} is not a string literal"
        );
    }
}

#[test]
fn hostile_descriptions_make_no_doctests() {
    // Regression (docs.rs): a description line indented by four spaces
    // after a blank line (text.yaml's table description) became a
    // `///     ...` line, an indented code block to rustdoc, so `cargo test`
    // of any crate holding the generated code ran it as a doctest.
    let generated = alone("text");
    let indented: Vec<&String> = generated
        .docs
        .iter()
        .filter(|doc| doc.starts_with("     "))
        .collect();
    assert!(
        indented.is_empty(),
        "doc lines rustdoc reads as indented code (doctests): {indented:?}"
    );
}

#[test]
fn hostile_docs_are_single_safe_comments() {
    // Regression (docs.rs): a carriage return in a description, display name
    // or label reached a doc comment as a bare CR, which rustc rejects
    // ("bare CR not allowed in doc-comment"); bidirectional-text control
    // characters (U+202E ...) did too (`text_direction_codepoint_in_comment`).
    // String literals keep both, escaped.
    let generated = alone("control_chars");
    for doc in &generated.docs {
        assert!(
            !doc.contains('\r'),
            "a doc comment holds a carriage return: {doc:?}"
        );
        assert!(
            !doc.contains(BIDI),
            "a doc comment holds a bidi control: {doc:?}"
        );
    }
    for text in [
        "A bare\rcarriage return",
        "Trojan \u{202e} source \u{202c} text",
        "A NUL \0 byte",
    ] {
        assert!(
            generated.strings.contains(text),
            "{text:?} is not a string literal"
        );
    }
}
