//! Reads a page saved from a browser as HTML.
//!
//! The saved page is the rendered Markdown source inside the site's chrome
//! (header, navigation tree, breadcrumbs, feedback box, footer, scripts).
//! This reader finds the article, skips the chrome, and reduces the article
//! to the same blocks a Markdown reader gives for the source:
//!
//! * `h1`..`h6` become [`Block::Heading`];
//! * `p` becomes [`Block::Paragraph`] (`<br>` is a space; empty paragraphs,
//!   such as `<p><a name="onetomany"></a></p>`, are dropped);
//! * `ul` / `ol` become [`Block::List`], one string per `li`;
//! * `table` becomes [`Block::Table`], each cell split into lines at `<br>`;
//! * blockquotes (the Markdown `> [!NOTE]` notes) are skipped, like chrome;
//! * any other element is a wrapper whose children are read in order; loose
//!   text directly inside a wrapper is not a block and is ignored.
//!
//! scraper keeps no source positions, so every block has
//! [`Origin::default()`]. The tree is walked with explicit stacks, never by
//! recursion, so arbitrarily deep documents cannot overflow the stack.

use scraper::{ElementRef, Html};

use crate::doc::{collapse_whitespace, Block, Cell, Doc, Origin};
use crate::ImportError;

/// Elements that are site chrome or otherwise not part of the article's
/// blocks; they and everything inside them are skipped.
const SKIPPED: &[&str] = &[
    "nav",
    "header",
    "footer",
    "script",
    "style",
    "noscript",
    "template",
    "form",
    "aside",
    "button",
    "blockquote",
];

/// Id prefix of the site's own boxes inside the article area (feedback,
/// additional resources).
const SKIPPED_ID_PREFIX: &str = "ms--";

/// Elements that separate words in text even without whitespace around
/// them (`<td><p>a</p><p>b</p></td>` reads as `a b`, not `ab`).
const BLOCK_LEVEL: &[&str] = &[
    "address",
    "article",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Reads a saved HTML page into blocks.
///
/// Never fails today: any input parses to some tree, and a tree without
/// recognisable blocks gives a [`Doc`] with no blocks, which the assembly
/// step reports. The `Result` keeps the signature of the other readers.
pub(crate) fn parse(page: &str) -> Result<Doc, ImportError> {
    let html = Html::parse_document(page);
    // The document node's element child is `<html>`; html5ever always
    // creates one, but an empty Doc is the safe answer if it is missing.
    let Some(root) = html.tree.root().children().find_map(ElementRef::wrap) else {
        return Ok(Doc::default());
    };
    Ok(Doc {
        blocks: read_blocks(find_article(root)),
    })
}

/// The element holding the article: among `main`, `article` and
/// `[role=main]` elements, the outermost one containing the page's first
/// `<h1>`; without an `<h1>`, the first such element; otherwise `<body>`,
/// and failing that the whole document (`root`).
fn find_article(root: ElementRef<'_>) -> ElementRef<'_> {
    let first_h1 = root
        .descendent_elements()
        .find(|element| element.value().name() == "h1");
    let candidate = match first_h1 {
        Some(h1) => h1
            .ancestors()
            .filter_map(ElementRef::wrap)
            .filter(is_article_candidate)
            .last(),
        None => root.descendent_elements().find(is_article_candidate),
    };
    candidate
        .or_else(|| {
            root.descendent_elements()
                .find(|element| element.value().name() == "body")
        })
        .unwrap_or(root)
}

/// Whether an element is `main`, `article` or has `role="main"`.
fn is_article_candidate(element: &ElementRef<'_>) -> bool {
    matches!(element.value().name(), "main" | "article")
        || element
            .value()
            .attr("role")
            .is_some_and(|role| role.trim().eq_ignore_ascii_case("main"))
}

/// Whether an element (and its content) is chrome to skip.
fn is_skipped(element: &ElementRef<'_>) -> bool {
    let value = element.value();
    SKIPPED.contains(&value.name())
        || value
            .id()
            .is_some_and(|id| id.starts_with(SKIPPED_ID_PREFIX))
}

/// The child elements of `element` that are not chrome, in document order.
fn content_children<'a>(
    element: ElementRef<'a>,
) -> impl DoubleEndedIterator<Item = ElementRef<'a>> {
    element
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|child| !is_skipped(child))
}

/// Reads the blocks inside `article`, in document order.
///
/// A depth-first walk with an explicit stack: block elements become blocks
/// (their content is read as text, not walked further); every other element
/// is a wrapper whose children are pushed in reverse so they pop in order.
fn read_blocks(article: ElementRef<'_>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut stack = vec![article];
    while let Some(element) = stack.pop() {
        let origin = Origin::default();
        match element.value().name() {
            name @ ("h1" | "h2" | "h3" | "h4" | "h5" | "h6") => {
                let level = name.as_bytes()[1] - b'0';
                blocks.push(Block::Heading {
                    level,
                    text: inline_text(element),
                    origin,
                });
            }
            "p" => {
                let text = inline_text(element);
                if !text.is_empty() {
                    blocks.push(Block::Paragraph { text, origin });
                }
            }
            "ul" | "ol" => {
                let items: Vec<String> = content_children(element)
                    .filter(|child| child.value().name() == "li")
                    .map(inline_text)
                    .collect();
                if !items.is_empty() {
                    blocks.push(Block::List { items, origin });
                }
            }
            "table" => {
                let rows = table_rows(element);
                if !rows.is_empty() {
                    blocks.push(Block::Table { rows, origin });
                }
            }
            _ => stack.extend(content_children(element).rev()),
        }
    }
    blocks
}

/// The rows of a table: those of its `thead`, `tbody` and `tfoot` sections
/// and its bare `tr` children, in document order. Rows of tables nested in
/// cells are not included (they are part of their cell's text). Rows
/// without cells are dropped.
fn table_rows(table: ElementRef<'_>) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    for child in content_children(table) {
        match child.value().name() {
            "thead" | "tbody" | "tfoot" => {
                for row in content_children(child).filter(|row| row.value().name() == "tr") {
                    rows.push(table_row(row));
                }
            }
            "tr" => rows.push(table_row(child)),
            _ => {}
        }
    }
    rows.retain(|row| !row.is_empty());
    rows
}

/// The `th` and `td` cells of a row, each split into lines at `<br>`.
fn table_row(row: ElementRef<'_>) -> Vec<Cell> {
    content_children(row)
        .filter(|cell| matches!(cell.value().name(), "th" | "td"))
        .map(|cell| Cell::from_lines(text_lines(cell)))
        .collect()
}

/// The text of an element on one line: `<br>` is a space, whitespace is
/// collapsed.
fn inline_text(element: ElementRef<'_>) -> String {
    collapse_whitespace(&text_lines(element).join(" "))
}

/// One step of the text walk in [`text_lines`].
enum Step<'a> {
    /// An element whose content is still to read.
    Element(ElementRef<'a>),
    /// A text node.
    Text(&'a str),
    /// A word break at the edge of a block-level element.
    Space,
}

/// The text inside `element`, split into lines at `<br>` elements, with
/// chrome (buttons, scripts, nested blockquotes...) skipped. Inline markup
/// (`strong`, `code`, `em`, `a`...) contributes its text undecorated.
/// Lines are raw: the caller collapses whitespace.
fn text_lines(element: ElementRef<'_>) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut stack = vec![Step::Element(element)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Text(text) => line.push_str(text),
            Step::Space => line.push(' '),
            Step::Element(current) => {
                let name = current.value().name();
                if name == "br" {
                    lines.push(std::mem::take(&mut line));
                    continue;
                }
                let block_level = BLOCK_LEVEL.contains(&name);
                if block_level {
                    stack.push(Step::Space);
                }
                for child in current.children().rev() {
                    if let Some(text) = child.value().as_text() {
                        stack.push(Step::Text(text));
                    } else if let Some(child) = ElementRef::wrap(child) {
                        if !is_skipped(&child) {
                            stack.push(Step::Element(child));
                        }
                    }
                }
                if block_level {
                    stack.push(Step::Space);
                }
            }
        }
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Site chrome around an article, as the saved pages have it: a
    /// navigation tree holding a table, a feedback box with a table and a
    /// side box, all of which must be ignored.
    fn page(article: &str) -> String {
        format!(
            r#"<!DOCTYPE html>
<html><head><title>Chrome title</title><script>var t = "<p>no</p>";</script></head>
<body>
<header id="ms--site-header"><nav><a href="/">Learn</a></nav><form><input /></form></header>
<nav aria-label="Primary"><ul><li>Account</li><li><table class="nav-table"><tr><td>Property</td><td>Value</td></tr></table></li></ul></nav>
<section><div id="main-column">
<main id="main" role="main"><div class="content">
{article}
</div>
<div id="ms--feedback"><h2>Feedback</h2><p>Was this page helpful?</p><table><tr><td>Yes</td><td>No</td></tr></table></div>
</main></div>
<div id="ms--additional-resources"><h3>Additional resources</h3><ul><li>Training</li></ul></div>
</section>
<footer>&copy; Microsoft</footer>
</body></html>"#
        )
    }

    fn heading(level: u8, text: &str) -> Block {
        Block::Heading {
            level,
            text: text.to_string(),
            origin: Origin::default(),
        }
    }

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            text: text.to_string(),
            origin: Origin::default(),
        }
    }

    fn list(items: &[&str]) -> Block {
        Block::List {
            items: items.iter().map(|item| item.to_string()).collect(),
            origin: Origin::default(),
        }
    }

    fn table(rows: &[&[&[&str]]]) -> Block {
        Block::Table {
            rows: rows
                .iter()
                .map(|row| row.iter().map(|cell| Cell::from_lines(*cell)).collect())
                .collect(),
            origin: Origin::default(),
        }
    }

    fn blocks(page: &str) -> Vec<Block> {
        parse(page).expect("the HTML reader does not fail").blocks
    }

    #[test]
    fn reads_article_blocks_and_ignores_chrome() {
        let html = page(
            r##"<h1>Team table/entity reference</h1>
<blockquote><p><strong>Note</strong></p><p>Unsure about table vs. entity?</p></blockquote>
<p>Collection of system users
   that routinely collaborate.<br />Second line &amp; more.</p>
<p><a name="writable-attributes"></a></p>
<h2>Writable columns/attributes</h2>
<ul>
<li><a href="#BKMK_Name">Name</a></li>
<li><a href="#BKMK_OwnerId"><code>OwnerId</code></a></li>
</ul>
<h3><a name="BKMK_Name"></a> Name</h3>
<div class="table-scroll-wrapper"><table class="table">
<thead><tr><th>Property</th><th>Value</th></tr></thead>
<tbody>
<tr><td>DisplayName</td><td><strong>Team Name</strong></td></tr>
<tr><td>CascadeConfiguration</td><td>Assign: Cascade<br />Delete: Cascade</td></tr>
<tr><td>Description</td><td></td></tr>
</tbody>
</table></div>"##,
        );
        assert_eq!(
            blocks(&html),
            vec![
                heading(1, "Team table/entity reference"),
                paragraph(
                    "Collection of system users that routinely collaborate. Second line & more."
                ),
                heading(2, "Writable columns/attributes"),
                list(&["Name", "OwnerId"]),
                heading(3, "Name"),
                table(&[
                    &[&["Property"], &["Value"]],
                    &[&["DisplayName"], &["Team Name"]],
                    &[
                        &["CascadeConfiguration"],
                        &["Assign: Cascade", "Delete: Cascade"]
                    ],
                    &[&["Description"], &[]],
                ]),
            ]
        );
    }

    #[test]
    fn table_cells_split_at_br_and_keep_inline_text() {
        let html = page(
            r#"<table><thead><tr><th>Name <br />Is Event?</th><th>Web API Operation</th></tr></thead>
<tbody><tr><td><code>Assign</code><br />Event: True</td>
<td><code>PATCH</code> /teams(<em>teamid</em>)<br /><a href="/x">Update</a> the <code>ownerid</code> property.</td></tr>
<tr><td>Bare</td><td>row</td></tr></tbody>
<tr><td>Outside</td><td>tbody</td></tr></table>"#,
        );
        assert_eq!(
            blocks(&html),
            vec![table(&[
                &[&["Name", "Is Event?"], &["Web API Operation"]],
                &[
                    &["Assign", "Event: True"],
                    &["PATCH /teams(teamid)", "Update the ownerid property."]
                ],
                &[&["Bare"], &["row"]],
                &[&["Outside"], &["tbody"]],
            ])]
        );
    }

    #[test]
    fn nested_table_is_text_of_its_cell() {
        let html = page(
            "<table><tr><th>A</th></tr><tr><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>",
        );
        assert_eq!(blocks(&html), vec![table(&[&[&["A"]], &[&["x y"]]])]);
    }

    #[test]
    fn headings_keep_levels_and_drop_anchor_markup() {
        let html = page(
            r#"<h1>Title</h1><h4><a name="x"></a>Choices/Options</h4><h6>  Six <button>Copy</button></h6>"#,
        );
        assert_eq!(
            blocks(&html),
            vec![
                heading(1, "Title"),
                heading(4, "Choices/Options"),
                heading(6, "Six")
            ]
        );
    }

    #[test]
    fn ordered_lists_and_items_with_paragraphs() {
        let html = page("<ol><li><p>one</p><p>two</p></li><li>three</li></ol><ul></ul>");
        assert_eq!(blocks(&html), vec![list(&["one two", "three"])]);
    }

    #[test]
    fn falls_back_to_body_without_main() {
        let html = "<html><body><nav><h1>Site</h1></nav><div><h1>Title</h1><p>Text</p></div></body></html>";
        assert_eq!(blocks(html), vec![heading(1, "Title"), paragraph("Text")]);
    }

    #[test]
    fn prefers_the_candidate_holding_the_h1() {
        let html =
            "<body><article><p>Teaser</p></article><main><h1>Title</h1><p>Body</p></main></body>";
        assert_eq!(blocks(html), vec![heading(1, "Title"), paragraph("Body")]);
        let without_h1 = "<body><p>Chrome</p><div role=\"main\"><p>Body</p></div></body>";
        assert_eq!(blocks(without_h1), vec![paragraph("Body")]);
    }

    #[test]
    fn odd_input_gives_a_doc_without_panicking() {
        for input in [
            "",
            "   ",
            "<",
            "<html",
            "</p></table></html>",
            "<table><tr></tr></table><p></p><ul><li></li></ul>",
            "\u{0}\u{feff}<h1>\u{fffd}</h1>",
            "<svg><title>t</title><p>x</svg>",
            "<template><h1>T</h1></template>",
            "just text, no markup at all",
            "<td>cell without table</td><li>item without list</li>",
        ] {
            let _ = parse(input);
        }
        assert_eq!(
            blocks("<table><tr></tr></table><p> </p>"),
            Vec::<Block>::new()
        );
        assert_eq!(blocks("<ul><li></li></ul>"), vec![list(&[""])]);
    }

    #[test]
    fn deeply_nested_document_does_not_overflow() {
        // `<span>` rather than `<div>`: html5ever checks "p in button scope"
        // for every `<div>` start tag, which is quadratic at this depth.
        const DEPTH: usize = 100_000;
        let html = format!(
            "<html><body><main><h1>Deep</h1>{}<p>inside</p>{}<p>{}text{}</p></main></body></html>",
            "<span>".repeat(DEPTH),
            "</span>".repeat(DEPTH),
            "<em>".repeat(DEPTH),
            "</em>".repeat(DEPTH),
        );
        assert_eq!(
            blocks(&html),
            vec![heading(1, "Deep"), paragraph("inside"), paragraph("text")]
        );
    }

    #[test]
    fn saved_processsession_page() {
        let dir = std::path::Path::new("/work/shared/pages/html");
        let path = dir.join("processsession.html");
        if !path.exists() {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!(
                    "sample page {} is missing; CI must provide /work/shared/pages",
                    path.display()
                );
            }
            eprintln!("skipped: sample page {} not found", path.display());
            return;
        }
        let page = std::fs::read_to_string(&path).expect("read processsession.html");
        let doc = parse(&page).expect("parse processsession.html");
        assert_eq!(
            doc.blocks.first(),
            Some(&heading(1, "ProcessSession table/entity reference"))
        );
        // The note blockquote is skipped: the description follows the title.
        assert!(matches!(
            &doc.blocks[1],
            Block::Paragraph { text, .. } if text.starts_with("Information that is generated")
        ));
        assert_eq!(doc.blocks[2], heading(2, "Messages"));
        let Block::Table { rows, .. } = &doc.blocks[3] else {
            panic!("expected the Messages table, got {:?}", doc.blocks[3]);
        };
        assert_eq!(rows[0].len(), 3, "Messages header: {:?}", rows[0]);
        assert_eq!(rows[0][0], Cell::text("Message"));
        // Chrome: the nav tree's table and the feedback table are absent.
        let mentions = |needle: &str| {
            doc.blocks.iter().any(|block| match block {
                Block::Table { rows, .. } => rows
                    .iter()
                    .flatten()
                    .any(|cell| cell.lines.iter().any(|line| line == needle)),
                Block::Heading { text, .. } | Block::Paragraph { text, .. } => text == needle,
                Block::List { items, .. } => items.iter().any(|item| item == needle),
            })
        };
        assert!(!mentions("Navigation"), "nav-table leaked");
        assert!(!mentions("Yes") && !mentions("Feedback"), "feedback leaked");
        assert!(!mentions("Additional resources"));
    }
}
