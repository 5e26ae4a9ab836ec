//! Import errors: what is wrong, and where in the page.

use std::fmt;
use std::path::PathBuf;

/// A page could not be read into the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// What is wrong.
    pub problem: String,
    /// 1-based line in the page, where known.
    pub line: Option<usize>,
    /// The section (and column or relationship) being read, where known,
    /// e.g. `Writable columns/attributes > Name`.
    pub context: Option<String>,
}

impl ImportError {
    /// An error with no location.
    pub fn new(problem: impl Into<String>) -> Self {
        ImportError {
            problem: problem.into(),
            line: None,
            context: None,
        }
    }

    /// Sets the line, unless one is already known.
    pub fn at_line(mut self, line: Option<usize>) -> Self {
        self.line = self.line.or(line);
        self
    }

    /// Sets the context, unless one is already known.
    pub fn in_context(mut self, context: impl Into<String>) -> Self {
        if self.context.is_none() {
            self.context = Some(context.into());
        }
        self
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, &self.context) {
            (Some(line), Some(context)) => write!(f, "line {line} ({context}): ")?,
            (Some(line), None) => write!(f, "line {line}: ")?,
            (None, Some(context)) => write!(f, "in {context}: ")?,
            (None, None) => {}
        }
        f.write_str(&self.problem)
    }
}

impl std::error::Error for ImportError {}

/// A page file could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportFileError {
    /// The file could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The page file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file was read but is not a table page the importers understand.
    #[error("{}:{}", path.display(), render_location(source))]
    Page {
        /// The page file.
        path: PathBuf,
        /// What is wrong, and where.
        source: ImportError,
    },
}

fn render_location(error: &ImportError) -> String {
    match error.line {
        // `file:line: context: problem`, the form editors and terminals link.
        Some(line) => {
            let without_line = ImportError {
                line: None,
                ..error.clone()
            };
            format!("{line}: {without_line}")
        }
        None => format!(" {error}"),
    }
}
