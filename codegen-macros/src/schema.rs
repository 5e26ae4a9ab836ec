//! Finding and loading a table's YAML, once per compilation.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use dataverse_schema::Table;

/// The environment variable naming the default folder of table YAML.
pub const SCHEMA_DIR_VAR: &str = "DATAVERSE_SCHEMA_DIR";
/// The default folder, relative to `CARGO_MANIFEST_DIR`.
pub const DEFAULT_SCHEMA_DIR: &str = "schema/tables";

/// The crate being compiled.
pub fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// `path` relative to the crate being compiled, unless absolute.
pub fn relative_to_manifest(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        manifest_dir().join(path)
    }
}

/// Where table `table`'s YAML is when no `schema = ...` is given.
pub fn default_path(table: &str) -> PathBuf {
    let dir = std::env::var_os(SCHEMA_DIR_VAR)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_SCHEMA_DIR));
    relative_to_manifest(&dir).join(format!("{table}.yaml"))
}

type Cache = HashMap<PathBuf, (Option<SystemTime>, u64, Arc<Table>)>;

fn cache() -> &'static Mutex<Cache> {
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    CACHE.get_or_init(Mutex::default)
}

/// Loads a table, parsing each file once per process (and again only when
/// the file's modification time or size changes, for long-lived hosts such
/// as rust-analyzer). The error is a sentence for a person.
pub fn load(path: &Path) -> Result<Arc<Table>, String> {
    let metadata =
        std::fs::metadata(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    let stamp = (metadata.modified().ok(), metadata.len());
    let mut cache = cache()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((modified, len, table)) = cache.get(path) {
        if (*modified, *len) == stamp {
            return Ok(Arc::clone(table));
        }
    }
    let table = Arc::new(dataverse_schema::yaml::load(path).map_err(|e| e.to_string())?);
    cache.insert(path.to_path_buf(), (stamp.0, stamp.1, Arc::clone(&table)));
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_parsed_once_until_it_changes() {
        let dir =
            std::env::temp_dir().join(format!("dataverse-macros-cache-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("widget.yaml");
        std::fs::write(
            &path,
            "format_version: 1\nlogical_name: widget\ncolumns: []\n",
        )
        .unwrap();
        let first = load(&path).unwrap();
        let second = load(&path).unwrap();
        assert!(
            Arc::ptr_eq(&first, &second),
            "the second load re-parsed the file"
        );

        std::fs::write(
            &path,
            "format_version: 1\nlogical_name: gadget_longer\ncolumns: []\n",
        )
        .unwrap();
        let third = load(&path).unwrap();
        assert_eq!(third.logical_name, "gadget_longer");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn errors_name_the_path() {
        let error = load(Path::new("/nonexistent/widget.yaml")).unwrap_err();
        assert!(error.contains("/nonexistent/widget.yaml"), "{error}");
    }
}
