//! Responses saved as files: one folder per table, one file per request.

use std::path::{Path, PathBuf};

use dataverse_schema::Table;

use crate::{requests, Labels, MetadataError, TableResponses};

/// The most pages one request may have in a saved folder.
const MAX_PAGES: usize = 10_000;

/// Saved responses could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum SavedError {
    /// A file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A file is not a valid response.
    #[error("{}: {source}", path.display())]
    Response {
        /// The file (the folder, for errors about the whole table).
        path: PathBuf,
        /// What is wrong.
        source: MetadataError,
    },
    /// A page links to a next page that is not saved.
    #[error("{}: the response has an @odata.nextLink, but the next page {} is missing", path.display(), next.display())]
    MissingPage {
        /// The page with the link.
        path: PathBuf,
        /// The file expected for the next page.
        next: PathBuf,
    },
}

/// Imports table `logical_name` from responses saved in `dir`: for each
/// request of [`requests`], the file `<part>.json` (`entity.json`,
/// `attributes.json`, `attributes-picklist.json`, `one-to-many.json`, ...,
/// named by [`Part::name`](crate::Part::name)), and for a response with an
/// `@odata.nextLink`, its next pages as `<part>.2.json`, `<part>.3.json`, ...
pub fn import_saved(dir: &Path, logical_name: &str, labels: Labels) -> Result<Table, SavedError> {
    let whole = |source| SavedError::Response {
        path: dir.to_path_buf(),
        source,
    };
    let mut responses = TableResponses::new(logical_name).map_err(whole)?;
    for request in requests(logical_name).map_err(whole)? {
        let stem = request.part.name();
        let mut path = dir.join(format!("{stem}.json"));
        for page in 2..=MAX_PAGES + 1 {
            let body = std::fs::read_to_string(&path).map_err(|source| SavedError::Io {
                path: path.clone(),
                source,
            })?;
            let next =
                responses
                    .add(request.part, &body)
                    .map_err(|source| SavedError::Response {
                        path: path.clone(),
                        source,
                    })?;
            if next.is_none() {
                break;
            }
            let next_path = dir.join(format!("{stem}.{page}.json"));
            if !next_path.is_file() {
                return Err(SavedError::MissingPage {
                    path,
                    next: next_path,
                });
            }
            path = next_path;
        }
    }
    responses.into_table(labels).map_err(whole)
}
