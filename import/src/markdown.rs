//! Markdown (the documentation source) -> blocks, with pulldown-cmark.
//!
//! Handles both layouts: the older one and the newer "generated-reference"
//! one (values in `**bold**` / `` `code` ``, `<br />` inside cells, `xref`
//! links). Front matter, blockquote notes and raw HTML anchors are skipped.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::doc::{collapse_whitespace, Block, Cell, Doc, Origin};
use crate::ImportError;

/// Reads Markdown into blocks.
pub(crate) fn parse(page: &str) -> Result<Doc, ImportError> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS | Options::ENABLE_GFM;
    let lines = LineIndex::new(page);
    let mut reader = Reader::default();
    for (event, range) in Parser::new_ext(page, options).into_offset_iter() {
        reader.event(event, Origin::line(lines.line_of(range.start)));
    }
    Ok(Doc {
        blocks: reader.blocks,
    })
}

/// Byte offset -> 1-based line number.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        LineIndex { starts }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }
}

/// What the inline text being collected belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Container {
    Heading(u8),
    Paragraph,
    Item,
    Cell,
}

#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    /// Depth of blockquotes, metadata blocks and other skipped regions.
    skip_depth: usize,
    /// The innermost container collecting text, with where it started.
    container: Option<(Container, Origin)>,
    /// Lines of the text being collected (a cell's `<br />` starts a line).
    lines: Vec<String>,
    current: String,
    /// Inside an `xref:` autolink: its display text replaces the link text.
    in_xref_link: bool,
    /// List items of the list being read.
    items: Vec<String>,
    list_depth: usize,
    list_origin: Origin,
    /// Rows of the table being read.
    rows: Vec<Vec<Cell>>,
    row: Vec<Cell>,
    table_origin: Origin,
}

impl Reader {
    fn event(&mut self, event: Event<'_>, origin: Origin) {
        if self.skip_depth > 0 {
            match event {
                Event::Start(Tag::BlockQuote(_) | Tag::MetadataBlock(_)) => self.skip_depth += 1,
                Event::End(TagEnd::BlockQuote(_) | TagEnd::MetadataBlock(_)) => {
                    self.skip_depth -= 1
                }
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(Tag::BlockQuote(_) | Tag::MetadataBlock(_)) => self.skip_depth = 1,
            Event::Start(Tag::Heading { level, .. }) => {
                self.open(Container::Heading(heading_level(level)), origin)
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((Container::Heading(level), origin)) = self.container {
                    let text = self.close().join(" ");
                    self.blocks.push(Block::Heading {
                        level,
                        text,
                        origin,
                    });
                }
            }
            // A paragraph inside a list item adds to the item's text.
            Event::Start(Tag::Paragraph) if self.container.is_none() => {
                self.open(Container::Paragraph, origin)
            }
            Event::End(TagEnd::Paragraph) => {
                if let Some((Container::Paragraph, origin)) = self.container {
                    let text = self.close().join(" ");
                    if !text.is_empty() {
                        self.blocks.push(Block::Paragraph { text, origin });
                    }
                } else if matches!(self.container, Some((Container::Item, _))) {
                    self.line_break();
                }
            }
            Event::Start(Tag::List(_)) => {
                if self.list_depth == 0 {
                    self.items.clear();
                    self.list_origin = origin;
                }
                self.list_depth += 1;
            }
            Event::End(TagEnd::List(_)) => {
                self.list_depth = self.list_depth.saturating_sub(1);
                if self.list_depth == 0 && !self.items.is_empty() {
                    self.blocks.push(Block::List {
                        items: std::mem::take(&mut self.items),
                        origin: self.list_origin,
                    });
                }
            }
            Event::Start(Tag::Item) if self.container.is_none() => {
                self.open(Container::Item, origin)
            }
            Event::End(TagEnd::Item) => {
                if let Some((Container::Item, _)) = self.container {
                    let text = self.close().join(" ");
                    if !text.is_empty() {
                        self.items.push(text);
                    }
                }
            }
            Event::Start(Tag::Table(_)) => {
                self.rows.clear();
                self.table_origin = origin;
            }
            Event::End(TagEnd::Table) => {
                let rows = std::mem::take(&mut self.rows);
                self.blocks.push(Block::Table {
                    rows,
                    origin: self.table_origin,
                });
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => self.row.clear(),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                self.rows.push(std::mem::take(&mut self.row))
            }
            Event::Start(Tag::TableCell) => self.open(Container::Cell, origin),
            Event::End(TagEnd::TableCell) => {
                if let Some((Container::Cell, _)) = self.container {
                    let lines = self.close();
                    self.row.push(Cell::from_lines(lines));
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(target) = dest_url.strip_prefix("xref:") {
                    self.current.push_str(&xref_display(target));
                    self.in_xref_link = true;
                }
            }
            Event::End(TagEnd::Link) => self.in_xref_link = false,
            Event::Text(text) | Event::Code(text) if !self.in_xref_link => {
                self.current.push_str(&text)
            }
            Event::SoftBreak => self.current.push(' '),
            Event::HardBreak => self.line_break(),
            Event::InlineHtml(html) | Event::Html(html) => self.inline_html(&html),
            _ => {}
        }
    }

    fn open(&mut self, container: Container, origin: Origin) {
        self.container = Some((container, origin));
        self.lines.clear();
        self.current.clear();
    }

    /// Ends the container, returning its lines, cleaned.
    fn close(&mut self) -> Vec<String> {
        self.line_break();
        self.container = None;
        self.in_xref_link = false;
        std::mem::take(&mut self.lines)
    }

    fn line_break(&mut self) {
        let line = collapse_whitespace(&replace_xref_text(&self.current));
        self.current.clear();
        if !line.is_empty() {
            self.lines.push(line);
        }
    }

    fn inline_html(&mut self, html: &str) {
        let lower = html.trim_start().to_ascii_lowercase();
        if lower.starts_with("<br") {
            match self.container {
                Some((Container::Cell, _)) => self.line_break(),
                _ => self.current.push(' '),
            }
        } else if lower.starts_with("<xref") {
            self.current.push_str(&xref_tag_display(html));
        }
        // Other tags (anchors, spans) carry no text of their own.
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// `Microsoft.Xrm.Sdk.IOrganizationService.Create*` -> `Create`;
/// `Microsoft.Dynamics.CRM.GrantAccess?text=GrantAccess Action` ->
/// `GrantAccess Action`. This is what the rendered page shows.
fn xref_display(target: &str) -> String {
    let (uid, query) = target.split_once('?').unwrap_or((target, ""));
    for pair in query.split('&') {
        if let Some(text) = pair.strip_prefix("text=") {
            return text.replace("%20", " ");
        }
    }
    let uid = uid.trim().trim_end_matches('*');
    uid.rsplit('.').next().unwrap_or(uid).to_string()
}

/// `<xref href="Microsoft.Dynamics.CRM.GrantAccess?text=GrantAccess Action" />`.
fn xref_tag_display(html: &str) -> String {
    let Some(start) = html.find("href=\"") else {
        return String::new();
    };
    let rest = &html[start + "href=\"".len()..];
    let target = rest.split('"').next().unwrap_or_default();
    xref_display(target)
}

/// Replaces `<xref:Target?query />` written as plain text (it is neither an
/// autolink nor HTML to a Markdown parser) with its display text.
fn replace_xref_text(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("<xref:") {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<xref:") {
        out.push_str(&rest[..start]);
        let after = &rest[start + "<xref:".len()..];
        match after.find('>') {
            Some(end) => {
                let target = after[..end].trim_end_matches('/').trim();
                out.push_str(&xref_display(target));
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xref_forms_show_their_display_text() {
        assert_eq!(
            xref_display("Microsoft.Crm.Sdk.Messages.AssignRequest"),
            "AssignRequest"
        );
        assert_eq!(
            xref_display("Microsoft.Xrm.Sdk.IOrganizationService.Create*"),
            "Create"
        );
        assert_eq!(
            xref_display("Microsoft.Dynamics.CRM.GrantAccess?text=GrantAccess Action"),
            "GrantAccess Action"
        );
        assert_eq!(
            replace_xref_text(
                "<xref:Microsoft.Dynamics.CRM.CreateMultiple?displayProperty=nameWithType /> x"
            ),
            "CreateMultiple x"
        );
    }

    #[test]
    fn cells_split_at_br_and_lose_decoration() {
        let doc = parse(
            "|Property|Value|\n|---|---|\n|Cascade|Assign: `Cascade`<br />Delete: **Restrict**|\n|Empty||\n",
        )
        .unwrap();
        let Block::Table { rows, .. } = &doc.blocks[0] else {
            panic!("{doc:?}")
        };
        assert_eq!(rows[1][1].lines, ["Assign: Cascade", "Delete: Restrict"]);
        assert!(rows[2][1].is_empty());
    }

    #[test]
    fn front_matter_and_notes_are_skipped() {
        let doc =
            parse("---\ntitle: x\n---\n\n# T\n\n> [!NOTE]\n> Unsure\n\nAbout `it`.\n").unwrap();
        assert_eq!(
            doc.blocks,
            [
                Block::Heading {
                    level: 1,
                    text: "T".into(),
                    origin: Origin::line(5)
                },
                Block::Paragraph {
                    text: "About it.".into(),
                    origin: Origin::line(10)
                },
            ]
        );
    }
}
