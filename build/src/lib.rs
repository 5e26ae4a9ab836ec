//! Generate Dataverse entity code from a build script, the way prost-build
//! does for protobuf.
//!
//! ```no_run
//! // build.rs
//! fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     dataverse_build::Builder::new()
//!         .schema_dir("schema/tables")          // YAML files
//!         .page("pages/contact.md")             // or pages, imported on the fly
//!         .tables(["account", "contact"])       // wildcards allowed: "msdyn_*"
//!         .type_name("account", "Customer")
//!         .generate("dataverse.rs")?;           // $OUT_DIR/dataverse.rs
//!     Ok(())
//! }
//! ```
//!
//! ```ignore
//! // src/lib.rs
//! include!(concat!(env!("OUT_DIR"), "/dataverse.rs"));
//! ```
//!
//! The generated file holds a `pub mod <table>` per table, exactly as
//! `cargo xtask generate` writes it for the same inputs and configuration.
//! The builder prints `cargo:rerun-if-changed` for every file and folder it
//! read, so the build script runs again only when an input changes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use dataverse_codegen::{Config, Options};
use dataverse_schema::Table;

/// A build step failed; the message names the input and the reason.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// An input could not be read or parsed.
    #[error("{}: {reason}", path.display())]
    Input {
        /// The file or folder.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// Two inputs describe the same table.
    #[error("table `{table}` is given twice: by {} and by {}", first.display(), second.display())]
    DuplicateTable {
        /// The table.
        table: String,
        /// The first input.
        first: PathBuf,
        /// The second input.
        second: PathBuf,
    },
    /// A table asked for by name is in no input.
    #[error("no input describes table `{0}` (check the names given to `tables`)")]
    MissingTable(String),
    /// The generator refused the tables.
    #[error(transparent)]
    Generate(#[from] dataverse_codegen::GenerateError),
    /// `OUT_DIR` is not set and no output folder was given.
    #[error("OUT_DIR is not set: run from a build script, or call `out_dir`")]
    NoOutDir,
    /// The output could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The output file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

#[derive(Debug, Clone)]
enum Input {
    /// A table's YAML file.
    Yaml(PathBuf),
    /// A folder of `*.yaml` / `*.yml` files.
    Dir(PathBuf),
    /// A reference page (text, Markdown or HTML), imported on the fly.
    Page(PathBuf),
}

/// Collects inputs and settings, then writes one formatted file.
#[derive(Debug, Clone, Default)]
pub struct Builder {
    inputs: Vec<Input>,
    config: Config,
    config_files: Vec<PathBuf>,
    out_dir: Option<PathBuf>,
    emit_rerun: bool,
}

impl Builder {
    /// A builder with no inputs, generating every table it is given.
    pub fn new() -> Self {
        Builder {
            emit_rerun: true,
            ..Builder::default()
        }
    }

    /// Adds a table's YAML file.
    pub fn schema_file(mut self, path: impl AsRef<Path>) -> Self {
        self.inputs.push(Input::Yaml(path.as_ref().to_path_buf()));
        self
    }

    /// Adds every `*.yaml` / `*.yml` file of a folder.
    pub fn schema_dir(mut self, path: impl AsRef<Path>) -> Self {
        self.inputs.push(Input::Dir(path.as_ref().to_path_buf()));
        self
    }

    /// Adds a table reference page (text, Markdown or HTML), imported when
    /// generating.
    pub fn page(mut self, path: impl AsRef<Path>) -> Self {
        self.inputs.push(Input::Page(path.as_ref().to_path_buf()));
        self
    }

    /// Reads settings from a configuration file (see
    /// [`dataverse_codegen::config`]); the same file `cargo xtask generate
    /// --config` reads. Settings given by other methods are added to it.
    pub fn config_file(mut self, path: impl AsRef<Path>) -> Result<Self, BuildError> {
        let path = path.as_ref();
        let loaded = Config::load(path).map_err(|e| BuildError::Input {
            path: path.to_path_buf(),
            reason: e.message,
        })?;
        self.config.tables.extend(loaded.tables);
        self.config.exclude_tables.extend(loaded.exclude_tables);
        self.config.columns.extend(loaded.columns);
        self.config.type_names.extend(loaded.type_names);
        self.config_files.push(path.to_path_buf());
        Ok(self)
    }

    /// Generates only these tables (logical names; `*` and `?` wildcards).
    pub fn tables<I, S>(mut self, patterns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.config
            .tables
            .extend(patterns.into_iter().map(Into::into));
        self
    }

    /// Leaves these tables out (wildcards allowed).
    pub fn exclude_tables<I, S>(mut self, patterns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.config
            .exclude_tables
            .extend(patterns.into_iter().map(Into::into));
        self
    }

    /// Keeps only these columns of `table` (wildcards allowed).
    pub fn columns<I, S>(mut self, table: &str, patterns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let filter = self.config.columns.entry(table.to_string()).or_default();
        filter.include.extend(patterns.into_iter().map(Into::into));
        self
    }

    /// Drops these columns of `table` (wildcards allowed).
    pub fn exclude_columns<I, S>(mut self, table: &str, patterns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let filter = self.config.columns.entry(table.to_string()).or_default();
        filter.exclude.extend(patterns.into_iter().map(Into::into));
        self
    }

    /// Names `table`'s entity type `name` instead of its CamelCase SchemaName.
    pub fn type_name(mut self, table: &str, name: &str) -> Self {
        self.config
            .type_names
            .insert(table.to_string(), name.to_string());
        self
    }

    /// Writes into `dir` instead of `$OUT_DIR`.
    pub fn out_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.out_dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Whether to print `cargo:rerun-if-changed` lines (default: yes). Turn
    /// off when not running from a build script.
    pub fn emit_rerun_if_changed(mut self, emit: bool) -> Self {
        self.emit_rerun = emit;
        self
    }

    /// Reads every input, applies the settings, and returns the formatted
    /// source, with the list of files and folders read.
    pub fn generate_source(&self) -> Result<(String, Vec<PathBuf>), BuildError> {
        use rayon::prelude::*;

        let mut read = self.config_files.clone();
        // Files to load, in input order: (path, is a page).
        let mut files: Vec<(PathBuf, bool)> = Vec::new();
        for input in &self.inputs {
            match input {
                Input::Yaml(path) => files.push((path.clone(), false)),
                Input::Page(path) => files.push((path.clone(), true)),
                Input::Dir(dir) => {
                    read.push(dir.clone());
                    files.extend(yaml_files(dir)?.into_iter().map(|path| (path, false)));
                }
            }
        }
        read.extend(files.iter().map(|(path, _)| path.clone()));
        // Loaded in parallel; the first error in input order is reported.
        let tables: Vec<(Table, PathBuf)> = files
            .par_iter()
            .map(|(path, is_page)| {
                let table = if *is_page {
                    import_page(path)?
                } else {
                    load_yaml(path)?
                };
                Ok((table, path.clone()))
            })
            .collect::<Result<_, BuildError>>()?;
        let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
        for (table, path) in &tables {
            if let Some(first) = seen.insert(table.logical_name.clone(), path.clone()) {
                return Err(BuildError::DuplicateTable {
                    table: table.logical_name.clone(),
                    first,
                    second: path.clone(),
                });
            }
        }
        // A table named exactly (no wildcard) must exist.
        for pattern in &self.config.tables {
            if !pattern.contains(['*', '?']) && !seen.contains_key(pattern) {
                return Err(BuildError::MissingTable(pattern.clone()));
            }
        }
        let selected = self
            .config
            .select(tables.into_iter().map(|(table, _)| table).collect());
        let options = Options {
            type_names: self.config.type_names.clone(),
            ..Options::default()
        };
        let mut source = dataverse_codegen::generate_file(selected, &options)?;
        source.insert_str(0, "// @generated by dataverse-build. Do not edit.\n\n");
        Ok((source, read))
    }

    /// Writes `<OUT_DIR>/<file_name>` (only when its content changes, and
    /// atomically) and prints `cargo:rerun-if-changed` for every input.
    /// Returns the file's path.
    pub fn generate(&self, file_name: &str) -> Result<PathBuf, BuildError> {
        let dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or(BuildError::NoOutDir)?,
        };
        let result = self.generate_source();
        if self.emit_rerun {
            // Also on failure: the build script must run again once the
            // broken input is fixed.
            for path in self.all_inputs() {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
        let (source, _) = result?;
        let target = dir.join(file_name);
        if !dataverse_schema::file_has_contents(&target, source.as_bytes()) {
            dataverse_schema::write_atomic(&target, source.as_bytes()).map_err(|source| {
                BuildError::Write {
                    path: target.clone(),
                    source,
                }
            })?;
        }
        Ok(target)
    }

    /// Every file and folder the inputs name (folders' files included).
    fn all_inputs(&self) -> Vec<PathBuf> {
        let mut paths = self.config_files.clone();
        for input in &self.inputs {
            match input {
                Input::Yaml(path) | Input::Page(path) => paths.push(path.clone()),
                Input::Dir(dir) => {
                    paths.push(dir.clone());
                    paths.extend(yaml_files(dir).unwrap_or_default());
                }
            }
        }
        paths
    }
}

fn import_page(path: &Path) -> Result<Table, BuildError> {
    dataverse_import::import_file(path).map_err(|e| BuildError::Input {
        path: path.to_path_buf(),
        reason: match e {
            dataverse_import::ImportFileError::Io { source, .. } => source.to_string(),
            dataverse_import::ImportFileError::Page { source, .. } => source.to_string(),
        },
    })
}

fn load_yaml(path: &Path) -> Result<Table, BuildError> {
    dataverse_schema::yaml::load(path).map_err(|e| BuildError::Input {
        path: path.to_path_buf(),
        reason: match e {
            dataverse_schema::yaml::FileError::Io { source, .. } => source.to_string(),
            dataverse_schema::yaml::FileError::Yaml { source, .. } => source.to_string(),
        },
    })
}

/// The YAML files of a folder, sorted.
fn yaml_files(dir: &Path) -> Result<Vec<PathBuf>, BuildError> {
    let entries = std::fs::read_dir(dir).map_err(|e| BuildError::Input {
        path: dir.to_path_buf(),
        reason: e.to_string(),
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "yaml" || ext == "yml")
        })
        .collect();
    paths.sort();
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/tables")
    }

    #[test]
    fn filters_leave_other_tables_out_and_untype_their_lookups() {
        let (source, read) = Builder::new()
            .schema_dir(bundled())
            .tables(["processsession", "account"])
            .generate_source()
            .unwrap();
        assert!(source.contains("pub mod processsession"));
        assert!(source.contains("pub mod account"));
        assert!(!source.contains("pub mod team"));
        // owningteam targets team, which is left out: an untyped reference.
        assert!(
            source.contains("pub owning_team: Option<dv::EntityRef>"),
            "owning_team is not untyped"
        );
        assert!(read.iter().any(|p| p.ends_with("team.yaml")));
    }

    #[test]
    fn type_names_and_column_filters() {
        let (source, _) = Builder::new()
            .schema_dir(bundled())
            .tables(["processsession"])
            .type_name("processsession", "DialogSession")
            .columns("processsession", ["name", "status*"])
            .generate_source()
            .unwrap();
        assert!(source.contains("pub struct DialogSession"));
        assert!(source.contains("pub name: Option<String>"));
        assert!(!source.contains("pub comments"));
    }

    #[test]
    fn errors_name_the_input() {
        let error = Builder::new()
            .schema_file("/nonexistent/widget.yaml")
            .generate_source()
            .unwrap_err();
        assert!(
            error.to_string().starts_with("/nonexistent/widget.yaml: "),
            "{error}"
        );
        let error = Builder::new()
            .schema_dir(bundled())
            .tables(["nosuchtable"])
            .generate_source()
            .unwrap_err();
        assert!(error.to_string().contains("nosuchtable"), "{error}");
        let error = Builder::new()
            .schema_dir(bundled())
            .schema_file(bundled().join("team.yaml"))
            .generate_source()
            .unwrap_err();
        assert!(
            error.to_string().contains("`team` is given twice"),
            "{error}"
        );
    }

    #[test]
    fn writes_only_when_the_content_changes() {
        let dir = tempfile::tempdir().unwrap();
        let builder = Builder::new()
            .schema_file(bundled().join("agentprompt.yaml"))
            .out_dir(dir.path())
            .emit_rerun_if_changed(false);
        let path = builder.generate("dataverse.rs").unwrap();
        let first = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        builder.generate("dataverse.rs").unwrap();
        let second = std::fs::metadata(&path).unwrap().modified().unwrap();
        assert_eq!(first, second, "an unchanged file was rewritten");
    }
}
