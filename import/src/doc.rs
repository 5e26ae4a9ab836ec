//! The page as blocks: what every form is reduced to before the shared
//! assembly step (`assemble.rs`) turns it into the model.
//!
//! Each importer (text, Markdown, HTML) knows its own form and produces a
//! [`Doc`]; none of them knows the model. Text in blocks is clean: Markdown
//! decoration, links and HTML tags are gone, entities and escapes are
//! decoded, runs of whitespace are one space, and each piece is trimmed.

/// A page reduced to headings, paragraphs, lists and tables, in page order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc {
    /// The blocks, in page order.
    pub blocks: Vec<Block>,
}

/// Where a block starts in the source, for error messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Origin {
    /// 1-based line number, where the form has lines worth citing.
    pub line: Option<usize>,
}

impl Origin {
    /// A block at this 1-based line.
    pub fn line(line: usize) -> Self {
        Origin { line: Some(line) }
    }
}

/// One block of the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// `# Title` (1), `## Section` (2), `### Column or relationship` (3),
    /// `#### Choices/Options` or `#### Table 1` (4).
    Heading {
        /// 1 to 6.
        level: u8,
        /// The heading's text, anchors removed.
        text: String,
        /// Where it starts.
        origin: Origin,
    },
    /// A paragraph. Line breaks inside it become single spaces.
    Paragraph {
        /// The paragraph's text.
        text: String,
        /// Where it starts.
        origin: Origin,
    },
    /// A bulleted or numbered list, one string per item.
    List {
        /// The items' text.
        items: Vec<String>,
        /// Where it starts.
        origin: Origin,
    },
    /// A table. The first row is the header row.
    Table {
        /// Rows of cells; `rows[0]` is the header.
        rows: Vec<Vec<Cell>>,
        /// Where it starts.
        origin: Origin,
    },
}

impl Block {
    /// Where the block starts.
    pub fn origin(&self) -> Origin {
        match self {
            Block::Heading { origin, .. }
            | Block::Paragraph { origin, .. }
            | Block::List { origin, .. }
            | Block::Table { origin, .. } => *origin,
        }
    }
}

/// One table cell: its text split at the cell's line breaks (`<br />`).
/// Empty lines are dropped, so an empty cell has no lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    /// The cell's lines, each trimmed and non-empty.
    pub lines: Vec<String>,
}

impl Cell {
    /// A cell from lines, dropping empty ones and normalising whitespace.
    pub fn from_lines<I, S>(lines: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        Cell {
            lines: lines
                .into_iter()
                .map(|line| collapse_whitespace(line.as_ref()))
                .filter(|line| !line.is_empty())
                .collect(),
        }
    }

    /// A cell of one line of text.
    pub fn text(text: &str) -> Self {
        if is_collapsed(text) {
            // Already clean: skip the copy-and-collapse of `from_lines`.
            return Cell {
                lines: if text.is_empty() {
                    Vec::new()
                } else {
                    vec![text.to_string()]
                },
            };
        }
        Cell::from_lines([text])
    }

    /// The cell's lines joined with single spaces.
    pub fn joined(&self) -> String {
        self.lines.join(" ")
    }

    /// Whether the cell has no text.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// Trims `text` and turns every run of whitespace into one space.
pub fn collapse_whitespace(text: &str) -> String {
    if is_collapsed(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether `text` is already trimmed with single ASCII spaces between
/// words (the common case, checked in one pass).
fn is_collapsed(text: &str) -> bool {
    let mut previous_space = true; // a leading space is not collapsed
    for &byte in text.as_bytes() {
        match byte {
            b' ' if previous_space => return false,
            b' ' => previous_space = true,
            b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => return false,
            // Non-ASCII may hold Unicode whitespace: take the slow path.
            0x80.. => return false,
            _ => previous_space = false,
        }
    }
    !previous_space || text.is_empty()
}
