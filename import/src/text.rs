//! Copied text -> blocks.
use crate::doc::Doc;
use crate::ImportError;
pub(crate) fn parse(_page: &str) -> Result<Doc, ImportError> {
    Err(ImportError::new("text import is not written yet"))
}
