//! Copied text (the page as a browser copies it) -> blocks.
//!
//! A copy keeps no markup: headings are lines of their own, and tables
//! become lines of space-separated cells ("MaxLength 256"), where a cell with
//! line breaks spills over several lines ("CascadeConfiguration Assign:
//! Cascade", then "Delete: Cascade", ...). Some copies keep `|` pipes between
//! cells instead; both are read.
//!
//! The text is cut into chunks at blank lines; each chunk is a heading, a
//! paragraph or a table. What a chunk is follows from its text and from the
//! section it is in. Tables are split into cells by what their header says
//! they hold: a property table is `Key value...`, a choices table
//! `Value Label...`, a messages table rows of name, operation and SDK.

use crate::assemble::Section;
use crate::doc::{collapse_whitespace, Block, Cell, Doc, Origin};
use crate::ImportError;

/// Reads copied text into blocks.
pub(crate) fn parse(page: &str) -> Result<Doc, ImportError> {
    let mut reader = Reader {
        blocks: Vec::new(),
        section: Section::Preamble,
        has_title: false,
        skip_next_chunk: false,
    };
    let chunks = chunks(page);
    // A copy of the whole browser window starts with site chrome ("Skip to
    // main content", navigation); the article starts at its title.
    let start = chunks
        .iter()
        .position(|chunk| {
            chunk.lines.len() == 1 && chunk.lines[0].contains("table/entity reference")
        })
        .unwrap_or(0);
    for chunk in &chunks[start..] {
        reader.chunk(chunk);
    }
    Ok(Doc {
        blocks: reader.blocks,
    })
}

/// Consecutive non-blank lines, with the 1-based number of the first.
struct Chunk<'a> {
    line: usize,
    lines: Vec<&'a str>,
}

fn chunks(page: &str) -> Vec<Chunk<'_>> {
    let mut chunks = Vec::new();
    let mut current: Option<Chunk<'_>> = None;
    for (index, line) in page.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        // The live site's table toolbar, copied along with the table.
        if line.trim() == "Expand table" {
            continue;
        }
        if line.trim().is_empty() {
            chunks.extend(current.take());
        } else {
            current
                .get_or_insert_with(|| Chunk {
                    line: index + 1,
                    lines: Vec::new(),
                })
                .lines
                .push(line);
        }
    }
    chunks.extend(current);
    chunks
}

/// Callout titles: the callout's title and its text are not the page's.
const CALLOUTS: &[&str] = &["note", "tip", "important", "warning", "caution"];

struct Reader {
    blocks: Vec<Block>,
    section: Section,
    has_title: bool,
    skip_next_chunk: bool,
}

impl Reader {
    fn chunk(&mut self, chunk: &Chunk<'_>) {
        let origin = Origin::line(chunk.line);
        if self.skip_next_chunk {
            self.skip_next_chunk = false;
            return;
        }
        let first = collapse_whitespace(chunk.lines[0]);
        let single_line = chunk.lines.len() == 1;

        if single_line && is_section_heading(&first) {
            self.section = Section::from_heading(&first);
            self.heading(2, first, origin);
            return;
        }
        if !self.has_title && self.blocks.is_empty() && single_line {
            self.has_title = true;
            self.heading(1, first, origin);
            return;
        }
        if self.section == Section::Preamble
            && CALLOUTS.contains(&first.to_ascii_lowercase().as_str())
        {
            // "Note" alone, then its text; or "Note" and its text together.
            self.skip_next_chunk = single_line;
            return;
        }
        if let Some(rows) = self.table(chunk) {
            self.blocks.push(Block::Table { rows, origin });
            return;
        }
        if single_line && self.section.holds_entries() {
            let lower = first.to_ascii_lowercase();
            if lower.ends_with("choices/options") || lower == "table 1" || lower == "table 2" {
                self.heading(4, first, origin);
                return;
            }
            if !first.contains(' ') {
                self.heading(3, first, origin);
                return;
            }
        }
        let text = collapse_whitespace(&chunk.lines.join(" "));
        self.blocks.push(Block::Paragraph { text, origin });
    }

    fn heading(&mut self, level: u8, text: String, origin: Origin) {
        self.blocks.push(Block::Heading {
            level,
            text,
            origin,
        });
    }

    /// The chunk as a table, when its first line is a header this reader
    /// knows how to split.
    fn table(&self, chunk: &Chunk<'_>) -> Option<Vec<Vec<Cell>>> {
        if chunk.lines[0].trim_start().starts_with('|') {
            return Some(pipe_table(&chunk.lines, self.is_message_section()));
        }
        let header = collapse_whitespace(chunk.lines[0]);
        let words: Vec<&str> = header.split(' ').collect();
        match words.as_slice() {
            ["Property", "Value"] => Some(property_table(&chunk.lines)),
            ["Value", "Details"] => Some(details_table(&chunk.lines)),
            ["Value", "Label", ..] => Some(choice_table(&words, &chunk.lines)),
            ["Message" | "Name", ..] if self.is_message_section() => {
                Some(message_table(&chunk.lines, self.section == Section::Events))
            }
            _ => None,
        }
    }

    fn is_message_section(&self) -> bool {
        matches!(self.section, Section::Messages | Section::Events)
    }
}

fn is_section_heading(text: &str) -> bool {
    Section::from_heading(text) != Section::Other || text.eq_ignore_ascii_case("see also")
}

/// `Key value`, where a line whose first word ends in or holds `:` continues
/// the previous row's value on a new line of its cell
/// (`CascadeConfiguration Assign: Cascade` / `Delete: Cascade`).
fn property_table(lines: &[&str]) -> Vec<Vec<Cell>> {
    const TWO_WORD_KEYS: &[&str] = &["True Label", "False Label"];
    let mut rows = vec![vec![Cell::text("Property"), Cell::text("Value")]];
    for raw in &lines[1..] {
        // A copy that kept tabs between cells says exactly where they are.
        if let Some((key, value)) = raw.trim_start().split_once('\t') {
            if !key.contains(':') && !key.trim().is_empty() {
                rows.push(vec![Cell::text(key), Cell::text(value)]);
                continue;
            }
        }
        let line = collapse_whitespace(raw);
        let first_word = line.split(' ').next().unwrap_or_default();
        let continues =
            first_word.contains(':') || !first_word.starts_with(|c: char| c.is_ascii_alphabetic());
        if continues && rows.len() > 1 {
            if let Some(value) = rows.last_mut().and_then(|row| row.get_mut(1)) {
                value.lines.push(line);
            }
            continue;
        }
        let key_len = TWO_WORD_KEYS
            .iter()
            .find(|key| {
                line.strip_prefix(**key)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
            })
            .map_or(first_word.len(), |key| key.len());
        let (key, value) = line.split_at(key_len);
        rows.push(vec![Cell::text(key), Cell::text(value)]);
    }
    rows
}

fn starts_with_integer(line: &str) -> bool {
    let word = line.split_whitespace().next().unwrap_or_default();
    let digits = word.strip_prefix('-').unwrap_or(word);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `Value Details`: `0 Label: Active`, then `DefaultStatus: 1` ... lines.
fn details_table(lines: &[&str]) -> Vec<Vec<Cell>> {
    let mut rows = vec![vec![Cell::text("Value"), Cell::text("Details")]];
    for line in &lines[1..] {
        let line = collapse_whitespace(line);
        if starts_with_integer(&line) || rows.len() == 1 {
            let (value, rest) = line.split_once(' ').unwrap_or((&line, ""));
            rows.push(vec![Cell::text(value), Cell::text(rest)]);
        } else if let Some(details) = rows.last_mut().and_then(|row| row.get_mut(1)) {
            details.lines.push(line);
        }
    }
    rows
}

/// `Value Label [State | DefaultStatus InvariantName | Description]`. The
/// label may hold spaces; the columns after it hold one word each, taken
/// from the right. A Description column cannot be told apart from the label
/// in copied text, so it is left empty and its words stay in the label.
fn choice_table(header: &[&str], lines: &[&str]) -> Vec<Vec<Cell>> {
    let mut rows = vec![header
        .iter()
        .map(|word| Cell::text(word))
        .collect::<Vec<_>>()];
    let after_label: Vec<&str> = header[2..]
        .iter()
        .copied()
        .filter(|column| *column != "Description")
        .collect();
    for raw in &lines[1..] {
        if raw.contains('\t') && starts_with_integer(raw) {
            // Tab-separated cells: no guessing where the label ends.
            let mut row: Vec<Cell> = raw.trim().split('\t').map(Cell::text).collect();
            row.resize(header.len(), Cell::default());
            rows.push(row);
            continue;
        }
        let line = collapse_whitespace(raw);
        if !starts_with_integer(&line) {
            // A label that spilled onto its own line.
            if rows.len() > 1 {
                if let Some(label) = rows.last_mut().and_then(|row| row.get_mut(1)) {
                    label.lines.push(line);
                }
            }
            continue;
        }
        let words: Vec<&str> = line.split(' ').collect();
        let tail = after_label.len().min(words.len().saturating_sub(2));
        let label_end = words.len() - tail;
        let mut row = vec![
            Cell::text(words[0]),
            Cell::text(&words[1..label_end].join(" ")),
        ];
        let mut tail_cells = Vec::new();
        for (column, word) in after_label.iter().zip(&words[label_end..]) {
            tail_cells.push((*column, Cell::text(word)));
        }
        for column in &header[2..] {
            let cell = tail_cells
                .iter()
                .find(|(name, _)| name == column)
                .map(|(_, cell)| cell.clone())
                .unwrap_or_default();
            row.push(cell);
        }
        rows.push(row);
    }
    rows
}

/// HTTP verbs that start a Web API operation cell.
const VERBS: &[&str] = &["GET", "POST", "PATCH", "PUT", "DELETE"];

/// The Messages or Events table.
///
/// Newer layout: a row is the message name alone on a line, then
/// `Event: True <operation>...`. Older layout and the Events table: a row is
/// `<Name> <operation>...`; a line starts a row when its second word is an
/// HTTP verb or repeats the name (`GrantAccess GrantAccess Action`), or when
/// it ends with `<Name>Request`. Other lines continue the row. In the Events
/// table, whose cells never break, every line is a row. The operation and
/// the SDK cell are told apart by the SDK cell's known endings.
fn message_table(lines: &[&str], events: bool) -> Vec<Vec<Cell>> {
    let lines: Vec<String> = lines.iter().map(|l| collapse_whitespace(l)).collect();
    let newer = lines.len() > 1 && lines[0] == "Name" && lines[1].starts_with("Is Event?");
    let body = if newer { &lines[2..] } else { &lines[1..] };
    let mut rows = vec![vec![
        Cell::text("Name"),
        Cell::text("Web API Operation"),
        Cell::text("SDK"),
    ]];
    // (name cell lines, operation and SDK text lines)
    let mut pending: Option<(Vec<String>, Vec<String>)> = None;
    let mut index = 0;
    while index < body.len() {
        let line = &body[index];
        let starts_row = if newer {
            !line.contains(' ')
                && body
                    .get(index + 1)
                    .is_some_and(|next| next.starts_with("Event:"))
        } else {
            events || starts_message_row(line)
        };
        if starts_row {
            rows.extend(pending.take().map(message_row));
            if newer {
                let event_line = &body[index + 1];
                let rest = event_line
                    .split_once(' ')
                    .and_then(|(_, rest)| rest.split_once(' '))
                    .map_or("", |(_, rest)| rest);
                let event = event_line[..event_line.len() - rest.len()]
                    .trim()
                    .to_string();
                pending = Some((vec![line.clone(), event], vec![rest.to_string()]));
                index += 2;
                continue;
            }
            let (name, rest) = line.split_once(' ').unwrap_or((line, ""));
            pending = Some((vec![name.to_string()], vec![rest.to_string()]));
        } else if let Some((_, text)) = &mut pending {
            text.push(line.clone());
        }
        index += 1;
    }
    rows.extend(pending.map(message_row));
    rows
}

fn starts_message_row(line: &str) -> bool {
    let words: Vec<&str> = line.split(' ').collect();
    let name = words[0];
    let is_name = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.starts_with(|c: char| c.is_ascii_alphabetic());
    is_name
        && words.len() > 1
        && (VERBS.contains(&words[1])
            || words[1] == name
            || words.last() == Some(&format!("{name}Request").as_str()))
}

fn message_row((name, text): (Vec<String>, Vec<String>)) -> Vec<Cell> {
    let text = collapse_whitespace(&text.join(" "));
    let (operation, sdk) = split_sdk(&text);
    vec![
        Cell::from_lines(name),
        Cell::text(operation),
        Cell::text(sdk),
    ]
}

/// Splits `<operation> <sdk>` at the start of the SDK cell, recognised by
/// how SDK cells end: `XRequest`, `XRequest or X`, `<Verb> records`,
/// `Query data`, or the generic "Learn to use messages" link.
fn split_sdk(text: &str) -> (&str, &str) {
    let words: Vec<&str> = text.split(' ').collect();
    let n = words.len();
    const LEARN: &str = "Learn to use messages with the SDK for .NET";
    let sdk_words = if text.ends_with(LEARN) {
        LEARN.split(' ').count()
    } else if n >= 3 && words[n - 2] == "or" && words[n - 3].ends_with("Request") {
        3
    } else if words[n - 1].ends_with("Request") {
        1
    } else if n >= 2 && (words[n - 1] == "records" || text.ends_with("Query data")) {
        2
    } else {
        0
    };
    let sdk_words = sdk_words.min(n);
    let split_at: usize = words[..n - sdk_words].iter().map(|w| w.len() + 1).sum();
    let split_at = split_at.min(text.len());
    (text[..split_at].trim_end(), text[split_at..].trim_start())
}

/// A table copied with its pipes: `| Key | Value |`. Separator rows
/// (`|---|---|`) are skipped; a line without a leading pipe continues the
/// previous row's last cell; `<br>` splits a cell into lines.
fn pipe_table(lines: &[&str], messages: bool) -> Vec<Vec<Cell>> {
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for line in lines {
        let trimmed = line.trim();
        if !trimmed.starts_with('|') {
            // A cell's line break: the line continues the row's last cell.
            let text = trimmed.strip_suffix('|').unwrap_or(trimmed);
            if let Some(cell) = rows.last_mut().and_then(|row| row.last_mut()) {
                cell.lines.push(collapse_whitespace(text));
            }
            continue;
        }
        let inner = trimmed.trim_start_matches('|');
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        let cells: Vec<&str> = inner.split('|').collect();
        if cells.iter().all(|c| {
            !c.trim().is_empty() && c.trim().chars().all(|ch| matches!(ch, '-' | ':' | ' '))
        }) {
            continue;
        }
        let mut row: Vec<Cell> = cells
            .iter()
            .map(|cell| {
                Cell::from_lines(
                    cell.replace("<br />", "\n")
                        .replace("<br/>", "\n")
                        .replace("<br>", "\n")
                        .lines(),
                )
            })
            .collect();
        if messages && !rows.is_empty() {
            // `Assign Event: True` -> lines `Assign`, `Event: True`.
            if let Some(first) = row.first_mut() {
                let text = first.joined();
                if let Some(at) = text.find(" Event:") {
                    *first = Cell::from_lines([&text[..at], &text[at..]]);
                }
            }
        }
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[Vec<Cell>]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|row| row.iter().map(|c| c.lines.join("\n")).collect())
            .collect()
    }

    #[test]
    fn property_rows_and_spilled_cells() {
        let rows = property_table(&[
            "Property Value",
            "Description",
            "MaxLength 256",
            "True Label Yes",
            "CascadeConfiguration Assign: Cascade",
            "Delete: RemoveLink",
            "Order:",
        ]);
        assert_eq!(
            table(&rows),
            [
                vec!["Property", "Value"],
                vec!["Description", ""],
                vec!["MaxLength", "256"],
                vec!["True Label", "Yes"],
                vec![
                    "CascadeConfiguration",
                    "Assign: Cascade\nDelete: RemoveLink\nOrder:"
                ],
            ]
        );
    }

    #[test]
    fn choice_rows_take_fixed_columns_from_the_right() {
        let header = ["Value", "Label", "DefaultStatus", "InvariantName"];
        let rows = choice_table(
            &header,
            &[
                "Value Label DefaultStatus InvariantName",
                "0 Not Started 1 NotStarted",
            ],
        );
        assert_eq!(table(&rows)[1], ["0", "Not Started", "1", "NotStarted"]);
        let header = ["Value", "Label", "State"];
        let rows = choice_table(&header, &["Value Label State", "4 Completed 1"]);
        assert_eq!(table(&rows)[1], ["4", "Completed", "1"]);
    }

    #[test]
    fn tab_separated_cells_are_split_exactly() {
        let rows = property_table(&[
            "Property\tValue",
            "Description\tTwo words",
            "MaxLength\t256",
        ]);
        assert_eq!(table(&rows)[1], ["Description", "Two words"]);
        let header = ["Value", "Label", "Description"];
        let rows = choice_table(
            &header,
            &[
                "Value\tLabel\tDescription",
                "1\tTo Recipient\tSomeone who receives it",
            ],
        );
        assert_eq!(
            table(&rows)[1],
            ["1", "To Recipient", "Someone who receives it"]
        );
        let rows = choice_table(&header, &["Value\tLabel\tDescription", "2\tSender"]);
        assert_eq!(table(&rows)[1], ["2", "Sender", ""]);
    }

    #[test]
    fn expand_table_buttons_are_dropped() {
        let doc = parse("T table/entity reference\n\nProperties\n\nExpand table\nProperty Value\nLogicalName t\n").unwrap();
        assert!(
            matches!(doc.blocks.last(), Some(Block::Table { .. })),
            "{doc:?}"
        );
    }

    #[test]
    fn sdk_cell_is_split_by_its_ending() {
        assert_eq!(
            split_sdk("GET [org URI]/api/data/v9.0/accounts See Query Data RetrieveMultipleRequest or RetrieveMultiple"),
            ("GET [org URI]/api/data/v9.0/accounts See Query Data", "RetrieveMultipleRequest or RetrieveMultiple")
        );
        assert_eq!(
            split_sdk("POST /x See Create Create records"),
            ("POST /x See Create", "Create records")
        );
        assert_eq!(
            split_sdk("RetrieveEntityChangesRequest"),
            ("", "RetrieveEntityChangesRequest")
        );
        assert_eq!(split_sdk("Something else"), ("Something else", ""));
        assert_eq!(
            split_sdk("Retain Learn to use messages with the SDK for .NET"),
            ("Retain", "Learn to use messages with the SDK for .NET")
        );
    }

    #[test]
    fn older_message_rows() {
        let rows = message_table(
            &[
            "Message Web API Operation SDK Assembly",
            "Assign PATCH [org URI]/api/data/v9.0/x(xid)",
            "Update ownerid property.",
            "AssignRequest",
            "Create POST [org URI]/api/data/v9.0/x",
            "See Create CreateRequest or",
            "Create",
            "GrantAccess GrantAccess Action GrantAccessRequest",
            "SetParentBusinessUnit Associate and disassociate entities SetParentBusinessUnitRequest",
            ],
            false,
        );
        let names: Vec<String> = rows[1..].iter().map(|r| r[0].joined()).collect();
        assert_eq!(
            names,
            ["Assign", "Create", "GrantAccess", "SetParentBusinessUnit"]
        );
        assert_eq!(
            rows[1][1].joined(),
            "PATCH [org URI]/api/data/v9.0/x(xid) Update ownerid property."
        );
        assert_eq!(rows[2][2].joined(), "CreateRequest or Create");
    }

    #[test]
    fn every_line_of_the_events_table_is_a_row() {
        let rows = message_table(
            &[
                "Name Web API Operation SDK for .NET",
                "BulkRetain BulkRetain Learn to use messages with the SDK for .NET",
                "Purge Something else entirely",
            ],
            true,
        );
        let names: Vec<String> = rows[1..].iter().map(|r| r[0].joined()).collect();
        assert_eq!(names, ["BulkRetain", "Purge"]);
    }

    #[test]
    fn newer_message_rows() {
        let rows = message_table(
            &[
                "Name",
                "Is Event? Web API Operation SDK for .NET",
                "Assign",
                "Event: True PATCH /x(xid)",
                "Update the ownerid property. AssignRequest",
                "RetrieveEntityChanges",
                "Event: False  RetrieveEntityChangesRequest",
            ],
            false,
        );
        assert_eq!(
            table(&rows)[1],
            [
                "Assign\nEvent: True",
                "PATCH /x(xid) Update the ownerid property.",
                "AssignRequest"
            ]
        );
        assert_eq!(
            table(&rows)[2],
            [
                "RetrieveEntityChanges\nEvent: False",
                "",
                "RetrieveEntityChangesRequest"
            ]
        );
    }

    #[test]
    fn pipes_are_read_too() {
        let rows = pipe_table(
            &[
                "| Property | Value |",
                "|---|---|",
                "| Type | Lookup |",
                "| Cascade | Assign: Cascade<br>Delete: Cascade |",
            ],
            false,
        );
        assert_eq!(
            table(&rows),
            [
                vec!["Property", "Value"],
                vec!["Type", "Lookup"],
                vec!["Cascade", "Assign: Cascade\nDelete: Cascade"],
            ]
        );
    }
}
