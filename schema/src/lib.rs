//! The metadata model of a Microsoft Dataverse table, and its YAML file format.
//!
//! One YAML file describes one table. It is what the page importers
//! (`dataverse-import`) produce, what users may write by hand for their own
//! tables, and the only input of the code generator. The format is
//! documented in `docs/metadata-model.md` at the repository root.
//!
//! This crate is plain data: no page parsing, no code generation.
//!
//! ```
//! let text = "format_version: 1\nlogical_name: widget\ncolumns: []\n";
//! let table = dataverse_schema::yaml::from_str(text).unwrap();
//! assert_eq!(table.logical_name, "widget");
//! assert_eq!(dataverse_schema::yaml::to_string(&table).unwrap(), text);
//! ```

pub mod keep;
pub mod link;
mod model;
mod number;
pub mod yaml;

pub use model::{
    Cascade, Column, ColumnType, DefaultValue, ManyToMany, ManyToOne, Message, OneToMany,
    OptionValue, RequiredLevel, Table, FORMAT_VERSION,
};
pub use number::{Number, NumberError};

use std::io::{Read as _, Write as _};
use std::path::Path;

/// Whether the file at `path` holds exactly `bytes`. A missing or unreadable
/// file does not. Reads in chunks, so a large file is never held in memory
/// twice, and a file of another length is not read at all.
pub fn file_has_contents(path: &Path, bytes: &[u8]) -> bool {
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    match file.metadata() {
        Ok(metadata) if metadata.len() == bytes.len() as u64 => {}
        _ => return false,
    }
    let mut buffer = vec![0; 64 * 1024];
    let mut rest = bytes;
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return rest.is_empty(),
            Ok(n) => match rest.strip_prefix(&buffer[..n]) {
                Some(after) => rest = after,
                None => return false,
            },
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return false,
        }
    }
}

/// [`write_atomic`]'s temporary files are named `.tmp` and six random
/// characters.
const TEMPORARY_PREFIX: &str = ".tmp";
const TEMPORARY_RANDOM_CHARS: usize = 6;

/// Removes from `dir` (not its subfolders) the temporary files that a
/// [`write_atomic`] killed half-way left behind. Best effort: a file that
/// cannot be removed is left.
pub fn remove_temporary_files(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(TEMPORARY_PREFIX)
            && name.len() == TEMPORARY_PREFIX.len() + TEMPORARY_RANDOM_CHARS
            && entry.path().is_file()
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` to `path` so that readers see either the old file or the
/// complete new one, never a partial write: the bytes go to a temporary file
/// in the same folder, which is flushed and then renamed over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
        .rand_bytes(TEMPORARY_RANDOM_CHARS)
        .tempfile_in(dir)?;
    // The temporary file is private (0600); give the result the target's
    // permissions, or the usual ones for a new file.
    let permissions = match std::fs::metadata(path) {
        Ok(metadata) => metadata.permissions(),
        Err(_) => default_permissions(file.as_file().metadata()?.permissions()),
    };
    file.as_file().set_permissions(permissions)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(unix)]
fn default_permissions(mut permissions: std::fs::Permissions) -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    permissions.set_mode(0o644);
    permissions
}

#[cfg(not(unix))]
fn default_permissions(permissions: std::fs::Permissions) -> std::fs::Permissions {
    permissions
}
