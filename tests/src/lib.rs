//! Helpers for the end-to-end tests.
//!
//! The real Dataverse reference pages live outside the repository, in
//! `../shared/pages` relative to the workspace root (see that folder's
//! README). Tests read them in place through [`shared_pages`]; they are never
//! copied into the repository.

pub mod golden;
pub mod webapi;

use std::path::{Path, PathBuf};

/// Where the shared pages are expected: `<workspace>/../shared/pages`.
pub const SHARED_PAGES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/pages");

/// The shared pages folder, if it exists.
///
/// When it is missing, a test cannot check anything. Under CI (`CI=true`)
/// that is an error and this function panics, so that a broken checkout does
/// not pass silently; elsewhere it prints why the test is skipped and returns
/// `None`, and the caller returns early.
pub fn shared_pages() -> Option<PathBuf> {
    let dir = PathBuf::from(SHARED_PAGES_DIR);
    if dir.is_dir() {
        return Some(dir.canonicalize().unwrap_or(dir));
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!(
            "the shared pages folder {} is missing, and CI=true: the conformance tests cannot run \
             without it (it must sit next to the workspace, at ../shared/pages)",
            dir.display()
        );
    }
    eprintln!(
        "SKIPPED: the shared pages folder {} is missing (set CI=true to make this an error)",
        dir.display()
    );
    None
}

/// One of the three forms a shared page comes in, by folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PageForm {
    /// `text/<table>.txt`: text copied from a browser.
    Text,
    /// `md/<table>.md`: the documentation source.
    Markdown,
    /// `html/<table>.html`: the page saved from a browser.
    Html,
}

impl PageForm {
    /// All forms, in a fixed order.
    pub const ALL: [PageForm; 3] = [PageForm::Text, PageForm::Markdown, PageForm::Html];

    /// The sub-folder of the shared pages holding this form.
    pub fn folder(self) -> &'static str {
        match self {
            PageForm::Text => "text",
            PageForm::Markdown => "md",
            PageForm::Html => "html",
        }
    }

    /// The file extension of this form, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            PageForm::Text => "txt",
            PageForm::Markdown => "md",
            PageForm::Html => "html",
        }
    }

    /// The page of `table` in this form under `pages`.
    pub fn path(self, pages: &Path, table: &str) -> PathBuf {
        pages
            .join(self.folder())
            .join(format!("{table}.{}", self.extension()))
    }

    /// The page's path relative to the pages folder, e.g. `md/team.md`,
    /// for messages.
    pub fn relative(self, table: &str) -> String {
        format!("{}/{table}.{}", self.folder(), self.extension())
    }
}

/// The tables the shared pages describe (file stems).
pub const SHARED_TABLES: [&str; 7] = [
    "account",
    "activityparty",
    "agentprompt",
    "customapi",
    "mspp_columnpermissionprofile",
    "processsession",
    "team",
];

/// Every page file under `pages` (all forms), as `(form, table)`, sorted.
/// Files that are not pages (such as `md/SOURCES-*.tsv`) are left out.
pub fn page_files(pages: &Path) -> Vec<(PageForm, String)> {
    let mut found = Vec::new();
    for form in PageForm::ALL {
        let Ok(entries) = std::fs::read_dir(pages.join(form.folder())) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some(form.extension()) {
                continue;
            }
            if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
                found.push((form, stem.to_string()));
            }
        }
    }
    found.sort();
    found
}

/// The target folder the scratch crates of the compile checks share
/// (`<target>/compile-check`), so the runtime is built once.
pub fn compile_check_target_dir() -> PathBuf {
    let workspace = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .canonicalize()
        .expect("the workspace exists");
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .filter(|dir| dir.is_absolute())
        .unwrap_or_else(|| workspace.join("target"))
        .join("compile-check")
}

/// Writes a scratch crate named `name` into `dir`, depending on the runtime
/// by path, with `lib` as its `src/lib.rs`. It has a `[workspace]` of its
/// own (no enclosing workspace claims it) and the workspace's lock file (so
/// offline resolution picks the versions the workspace was built with).
///
/// The package name gets a suffix unique to the call: scratch crates share
/// one target folder, and cargo does not tell two workspace-root packages
/// of the same name and version apart by their folder, so a check running
/// at the same time as another could find the other's build "fresh".
pub fn write_scratch_crate(dir: &Path, name: &str, lib: &str) {
    static SCRATCH_CRATES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let number = SCRATCH_CRATES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let name = format!("{name}-{}-{number}", std::process::id());
    let workspace = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    let runtime = workspace
        .join("runtime")
        .canonicalize()
        .expect("the runtime crate exists");
    let manifest = format!(
        "[package]\n\
         name = \"{name}\"\n\
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
    let lock = workspace.join("Cargo.lock");
    if lock.is_file() {
        std::fs::copy(&lock, dir.join("Cargo.lock")).unwrap();
    }
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("src/lib.rs"), lib).unwrap();
}
