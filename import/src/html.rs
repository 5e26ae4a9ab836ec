//! Saved HTML -> blocks (placeholder until the HTML reader lands).
use crate::doc::Doc;
use crate::ImportError;
pub(crate) fn parse(_page: &str) -> Result<Doc, ImportError> {
    Err(ImportError::new("HTML import is not written yet"))
}
