//! Importers for Dataverse "table/entity reference" pages.
//!
//! A page comes in one of three forms, detected from its content:
//!
//! * [`Form::Text`]: the page as a browser copies it (tables flattened to
//!   lines of space-separated cells, or kept with `|` pipes);
//! * [`Form::Markdown`]: the documentation source, older and newer
//!   ("generated-reference") layouts;
//! * [`Form::Html`]: the page as a browser saves it, site chrome included.
//!
//! Each form's reader (`text.rs`, `markdown.rs`, `html.rs`) reduces the page
//! to a [`doc::Doc`] of headings, paragraphs, lists and tables; one shared
//! step (`assemble.rs`) turns that into a [`dataverse_schema::Table`], so the
//! validity rule and value cleaning exist once.
//!
//! ```no_run
//! let table = dataverse_import::import_file("processsession.txt".as_ref())?;
//! println!("{} has {} columns", table.logical_name, table.columns.len());
//! # Ok::<(), dataverse_import::ImportFileError>(())
//! ```

mod assemble;
pub mod doc;
mod error;
mod html;
mod markdown;
mod text;

use std::path::Path;

pub use dataverse_schema::{ColumnType, Table};
pub use error::{ImportError, ImportFileError};

/// The form a page comes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// Text copied from a browser.
    Text,
    /// Markdown documentation source.
    Markdown,
    /// HTML saved from a browser.
    Html,
}

impl Form {
    /// Lower-case name: `text`, `markdown`, `html`.
    pub fn name(self) -> &'static str {
        match self {
            Form::Text => "text",
            Form::Markdown => "markdown",
            Form::Html => "html",
        }
    }
}

impl std::fmt::Display for Form {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Detects the form of a page from its content (not its file name).
pub fn detect_form(page: &str) -> Form {
    let head: &str = {
        let mut end = page.len().min(8192);
        while !page.is_char_boundary(end) {
            end -= 1;
        }
        &page[..end]
    };
    let lower = head.trim_start().to_ascii_lowercase();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<?xml")
        || ["<body", "<head", "<main", "<article"]
            .iter()
            .any(|tag| lower.contains(tag))
    {
        return Form::Html;
    }
    let markdown_heading = page.lines().any(|line| {
        let hashes = line.bytes().take_while(|&b| b == b'#').count();
        (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
    });
    if lower.starts_with("---\n") || lower.starts_with("---\r\n") || markdown_heading {
        Form::Markdown
    } else {
        Form::Text
    }
}

/// Reduces a page of a known form to blocks.
pub fn parse_doc(page: &str, form: Form) -> Result<doc::Doc, ImportError> {
    match form {
        Form::Text => text::parse(page),
        Form::Markdown => markdown::parse(page),
        Form::Html => html::parse(page),
    }
}

/// Imports a page given as text, detecting its form.
pub fn import_str(page: &str) -> Result<Table, ImportError> {
    import_str_as(page, detect_form(page))
}

/// Imports a page of a known form.
pub fn import_str_as(page: &str, form: Form) -> Result<Table, ImportError> {
    let page = page.strip_prefix('\u{feff}').unwrap_or(page);
    if page.trim().is_empty() {
        return Err(ImportError::new("the page is empty"));
    }
    // Old Mac line endings (a lone CR) become line feeds; CRLF stays, every
    // reader handles it.
    let normalised;
    let has_lone_cr = page
        .split('\r')
        .skip(1)
        .any(|after| !after.starts_with('\n'));
    let page = if has_lone_cr {
        normalised = page.replace("\r\n", "\n").replace('\r', "\n");
        &normalised
    } else {
        page
    };
    let doc = parse_doc(page, form)?;
    assemble::assemble(&doc)
}

/// Imports a page given as bytes: UTF-8 (with or without a byte-order mark)
/// or UTF-16 with a byte-order mark. Binary data is an error, not a panic.
pub fn import_bytes(bytes: &[u8]) -> Result<Table, ImportError> {
    import_str(&decode(bytes)?)
}

/// Imports a page file. Errors name the file, and the line where known.
pub fn import_file(path: &Path) -> Result<Table, ImportFileError> {
    import_file_with_form(path).map(|(table, _)| table)
}

/// Imports a page file, also telling which form it was read as (detected
/// from its content, as [`import_str`] does).
pub fn import_file_with_form(path: &Path) -> Result<(Table, Form), ImportFileError> {
    let bytes = std::fs::read(path).map_err(|source| ImportFileError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let page_error = |source| ImportFileError::Page {
        path: path.to_path_buf(),
        source,
    };
    let text = decode(&bytes).map_err(page_error)?;
    let form = detect_form(&text);
    let table = import_str_as(&text, form).map_err(page_error)?;
    Ok((table, form))
}

/// Decodes page bytes to text.
pub fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    let utf16 = |bytes: &[u8], from: fn([u8; 2]) -> u16| {
        let units = bytes.chunks_exact(2).map(|pair| from([pair[0], pair[1]]));
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| ImportError::new("the page is not valid UTF-16 text"))
    };
    let text = match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes)?,
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes)?,
        _ => String::from_utf8(bytes.to_vec()).map_err(|e| {
            ImportError::new(format!(
                "the page is not UTF-8 text (invalid byte at offset {}); is it a binary file?",
                e.utf8_error().valid_up_to()
            ))
        })?,
    };
    if text.contains('\0') {
        return Err(ImportError::new(
            "the page contains NUL bytes; is it a binary file?",
        ));
    }
    Ok(text)
}
