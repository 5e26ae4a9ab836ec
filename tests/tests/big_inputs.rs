//! Hostile sizes: nothing panics, nothing overflows the stack, and memory
//! grows linearly with the input.
//!
//! * a 50 MB Markdown page (the account page with its writable column
//!   sections repeated under unique names) imports, with every column
//!   (once with the copies unlisted, once with every column listed, see
//!   `fifty_megabyte_markdown_page_with_every_column_listed`);
//! * 20,000 columns (listed, as real pages do) import, generate, and the
//!   file parses with syn;
//! * 100,000 nested inline elements in a saved HTML page's article, and
//!   100,000 nested block quotes, emphases and brackets in a Markdown page,
//!   import without overflowing the stack;
//! * YAML alias bombs ("billion laughs", through lists and mappings) given
//!   to `dataverse_schema::yaml::from_str` are refused with a small peak of
//!   memory; 5,000-deep flow nesting and 2,000-deep block nesting are
//!   refused, 100,000-deep flow nesting before parsing
//!   (`deeply_nested_flow_yaml_is_refused_quickly`);
//! * mixed line endings (CRLF and LF in one page), a byte-order mark and
//!   UTF-16 import the Markdown and HTML pages exactly as the plain page
//!   (the text form: `text_variants.rs`);
//! * 1x, 10x and 100x copies of a page's columns (Markdown and text) import
//!   with 1x, 10x and 100x the columns, and code is generated for each.
//!
//! Linearity is checked with deterministic counters, not clocks (timed unit
//! tests are flaky on a shared machine and are not done here): a counting
//! global allocator records, per thread, the bytes allocated and the peak of
//! live bytes while importing or generating. From 10x to 100x a linear step
//! multiplies both by about 10 and a quadratic one by about 100; the tests
//! allow 25. Time is measured by the criterion benchmark
//! `import/benches/linearity.rs` (`cargo bench -p dataverse-import --bench
//! linearity`), which reports 1x, 10x and 100x for both forms. A quadratic
//! loop that allocates nothing is invisible to these counters: that is what
//! the benchmark is for.
//!
//! The page helpers (`MarkdownPage`, `TextPage`) are also in the benchmark: the two live
//! in different crates and neither may depend on the other's test code.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use dataverse_codegen::{generate_file, Options};
use dataverse_schema::Table;
use dataverse_tests::shared_pages;

// ---------------------------------------------------------------------------
// A counting allocator (per thread, so that tests running in parallel do
// not count each other's allocations).
// ---------------------------------------------------------------------------

struct Counting;

thread_local! {
    static LIVE: Cell<i64> = const { Cell::new(0) };
    static PEAK: Cell<i64> = const { Cell::new(0) };
    static ALLOCATED: Cell<u64> = const { Cell::new(0) };
}

fn track(delta: i64) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
    if delta > 0 {
        let _ = ALLOCATED.try_with(|total| total.set(total.get() + delta as u64));
    }
}

// SAFETY: every call is forwarded to `System` unchanged; the counters are
// const-initialised thread-locals without destructors, which do not
// allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            track(layout.size() as i64);
        }
        pointer
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc_zeroed(layout) };
        if !pointer.is_null() {
            track(layout.size() as i64);
        }
        pointer
    }
    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        unsafe { System.dealloc(pointer, layout) };
        track(-(layout.size() as i64));
    }
    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            track(new_size as i64 - layout.size() as i64);
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What running `f` cost on this thread.
#[derive(Debug, Clone, Copy)]
struct Cost {
    /// Bytes allocated (growth by `realloc` included).
    allocated: u64,
    /// The most bytes live at once, above what was live before.
    peak: i64,
}

fn measure<T>(f: impl FnOnce() -> T) -> (T, Cost) {
    let live = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(live));
    let allocated = ALLOCATED.with(Cell::get);
    let result = f();
    let cost = Cost {
        allocated: ALLOCATED.with(Cell::get) - allocated,
        peak: PEAK.with(Cell::get) - live,
    };
    (result, cost)
}

/// Fails when going from `small` to `large` (`factor` times the input)
/// multiplies the bytes allocated or the peak by more than 2.5 x `factor`:
/// a linear step multiplies them by about `factor`, a quadratic one by
/// `factor`².
fn assert_linear(what: &str, small: Cost, large: Cost, factor: f64) {
    let allowed = factor * 2.5;
    let allocated = large.allocated as f64 / small.allocated.max(1) as f64;
    let peak = large.peak as f64 / small.peak.max(1) as f64;
    eprintln!(
        "{what}: x{factor} input -> x{allocated:.1} bytes allocated ({} -> {}), x{peak:.1} peak ({} -> {})",
        small.allocated, large.allocated, small.peak, large.peak
    );
    assert!(
        allocated <= allowed,
        "{what}: {factor} times the input allocates {allocated:.1} times the bytes \
         ({small:?} -> {large:?}); linear would be about {factor}"
    );
    assert!(
        peak <= allowed,
        "{what}: {factor} times the input needs {peak:.1} times the memory at its peak \
         ({small:?} -> {large:?}); linear would be about {factor}"
    );
}

// ---------------------------------------------------------------------------
// Inflated pages
// ---------------------------------------------------------------------------

fn page(relative: &str) -> Option<String> {
    let pages = shared_pages()?;
    let path = pages.join(relative);
    Some(
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display())),
    )
}

/// A Markdown page cut around its writable column sections.
struct MarkdownPage {
    /// Up to the end of the writable section's list of columns.
    head: String,
    /// From the end of that list to the first column section.
    between: String,
    /// Each writable column's section, `### <a name="BKMK_X"></a> X` first.
    sections: Vec<String>,
    /// The read-only columns, relationships and the rest.
    tail: String,
}

impl MarkdownPage {
    fn cut(page: &str) -> MarkdownPage {
        let writable = page
            .find("## Writable columns/attributes")
            .expect("a writable columns section");
        let first = writable + page[writable..].find("\n### ").expect("a column section") + 1;
        let end = first
            + page[first..]
                .find("\n## ")
                .expect("a section after the writable columns")
            + 1;
        // The list: the last `- [` line before the first column section.
        let list_end = {
            let last_item = page[..first].rfind("\n- [").expect("a list of columns") + 1;
            last_item + page[last_item..].find('\n').unwrap() + 1
        };
        let mut sections = Vec::new();
        let mut rest = &page[first..end];
        while !rest.is_empty() {
            let next = rest[4..].find("\n### ").map_or(rest.len(), |i| i + 4 + 1);
            sections.push(rest[..next].to_string());
            rest = &rest[next..];
        }
        MarkdownPage {
            head: page[..list_end].to_string(),
            between: page[list_end..first].to_string(),
            sections,
            tail: page[end..].to_string(),
        }
    }

    /// Section `section` renamed for copy `copy`: schema name `X_c<copy>`
    /// and logical name `x_c<copy>`. Returns the list item and the section.
    fn renamed(section: &str, copy: usize) -> (String, String) {
        let (heading, body) = section.split_once('\n').unwrap();
        let schema = heading.rsplit("</a>").next().unwrap().trim();
        let schema = format!("{schema}_c{copy}");
        let mut out = format!("### <a name=\"BKMK_{schema}\"></a> {schema}\n");
        for line in body.split_inclusive('\n') {
            match line.strip_prefix("|LogicalName|") {
                Some(rest) => {
                    let logical = rest.trim_end().trim_end_matches('|');
                    out.push_str(&format!("|LogicalName|{logical}_c{copy}|\n"));
                }
                None => out.push_str(line),
            }
        }
        (format!("- [{schema}](#BKMK_{schema})\n"), out)
    }

    /// The page with `extra` more writable column sections (copies of the
    /// page's own, renamed), each listed at the top of the section as real
    /// pages do.
    fn with_extra_columns(&self, extra: usize) -> String {
        self.build(extra, true)
    }

    /// The page with `extra` more writable column sections; listed at the
    /// top of the section or not (the importer checks that every listed
    /// column has a section, not the other way round).
    fn build(&self, extra: usize, listed: bool) -> String {
        let mut list = String::new();
        let mut sections = String::new();
        for index in 0..extra {
            let copy = index / self.sections.len() + 1;
            let (item, section) = Self::renamed(&self.sections[index % self.sections.len()], copy);
            if listed {
                list.push_str(&item);
            }
            sections.push_str(&section);
        }
        let mut page = String::with_capacity(
            self.head.len() + list.len() + sections.len() + self.tail.len() + 4096,
        );
        page.push_str(&self.head);
        page.push_str(&list);
        page.push_str(&self.between);
        for section in &self.sections {
            page.push_str(section);
        }
        page.push_str(&sections);
        page.push_str(&self.tail);
        page
    }

    /// The page with its writable columns `copies` times.
    fn with_copies(&self, copies: usize) -> String {
        self.with_extra_columns(self.sections.len() * (copies - 1))
    }
}

/// A copied-text page cut around its writable column sections.
struct TextPage {
    head: String,
    sections: Vec<String>,
    tail: String,
}

impl TextPage {
    fn cut(page: &str) -> TextPage {
        let lines: Vec<&str> = page.split_inclusive('\n').collect();
        let bare = |i: usize| lines.get(i).map_or("", |l| l.trim_end());
        let writable = (0..lines.len())
            .find(|&i| bare(i) == "Writable columns/attributes")
            .expect("a writable columns section");
        let end = (writable..lines.len())
            .find(|&i| bare(i) == "Read-only columns/attributes")
            .expect("a read-only columns section");
        // A column section starts at a one-word line followed by a blank
        // line and its property table.
        let starts: Vec<usize> = (writable..end)
            .filter(|&i| {
                !bare(i).is_empty()
                    && !bare(i).contains(' ')
                    && bare(i + 1).is_empty()
                    && bare(i + 2) == "Property Value"
            })
            .collect();
        assert!(!starts.is_empty(), "no column sections");
        let sections = starts
            .iter()
            .zip(starts.iter().skip(1).chain([&end]))
            .map(|(&from, &to)| lines[from..to].concat())
            .collect();
        TextPage {
            head: lines[..starts[0]].concat(),
            sections,
            tail: lines[end..].concat(),
        }
    }

    fn renamed(section: &str, copy: usize) -> String {
        let mut lines = section.split_inclusive('\n');
        let schema = lines.next().unwrap().trim_end();
        let mut out = format!("{schema}_c{copy}\n");
        for line in lines {
            if let Some(logical) = line.strip_prefix("LogicalName ") {
                out.push_str(&format!("LogicalName {}_c{copy}\n", logical.trim_end()));
            } else if line.trim_end() == format!("{schema} Choices/Options") {
                out.push_str(&format!("{schema}_c{copy} Choices/Options\n"));
            } else {
                out.push_str(line);
            }
        }
        out
    }

    fn with_copies(&self, copies: usize) -> String {
        let mut page = self.head.clone();
        for section in &self.sections {
            page.push_str(section);
        }
        for copy in 1..copies {
            for section in &self.sections {
                page.push_str(&Self::renamed(section, copy));
            }
        }
        page.push_str(&self.tail);
        page
    }
}

fn import(page: &str) -> Table {
    dataverse_import::import_str(page).unwrap_or_else(|e| panic!("the page does not import: {e}"))
}

fn generate(table: Table) -> String {
    let source = generate_file(vec![table], &Options::default()).expect("code is generated");
    if let Err(e) = syn::parse_file(&source) {
        panic!("the generated file does not parse: {e}");
    }
    source
}

fn yaml(table: &Table) -> String {
    dataverse_schema::yaml::to_string(table).unwrap()
}

// ---------------------------------------------------------------------------
// Sizes
// ---------------------------------------------------------------------------

#[test]
fn inflated_pages_keep_every_column() {
    // The helpers themselves: copies give unique, complete columns, and the
    // original columns are unchanged.
    let Some(md) = page("md/account.md") else {
        return;
    };
    let cut = MarkdownPage::cut(&md);
    assert_eq!(cut.with_copies(1), md, "cutting and joining is lossless");
    let base = import(&md);
    let twice = import(&cut.with_copies(2));
    assert_eq!(twice.columns.len(), base.columns.len() + cut.sections.len());
    assert_eq!(
        &twice.columns[..cut.sections.len()],
        &base.columns[..cut.sections.len()]
    );
    let copy = &twice.columns[cut.sections.len()];
    assert_eq!(
        copy.logical_name,
        format!("{}_c1", base.columns[0].logical_name)
    );

    let Some(text) = page("text/account.txt") else {
        return;
    };
    let cut = TextPage::cut(&text);
    assert_eq!(cut.with_copies(1), text, "cutting and joining is lossless");
    let base = import(&text);
    let twice = import(&cut.with_copies(2));
    assert_eq!(twice.columns.len(), base.columns.len() + cut.sections.len());
}

/// The account page with its writable columns repeated to 50 MB of column
/// sections, listed at the top of the section (`listed`) or not.
fn fifty_megabytes(listed: bool) {
    let Some(md) = page("md/account.md") else {
        return;
    };
    let cut = MarkdownPage::cut(&md);
    let per_copy: usize = cut.sections.iter().map(String::len).sum();
    let copies = 50_000_000 / per_copy + 1;
    let big = cut.build(cut.sections.len() * (copies - 1), listed);
    assert!(big.len() >= 50_000_000, "{} bytes", big.len());
    let base = import(&md).columns.len();
    let table = import(&big);
    assert_eq!(
        table.columns.len(),
        base + (copies - 1) * cut.sections.len(),
        "a {} MB page",
        big.len() / 1_000_000
    );
    eprintln!("{} bytes, {} columns", big.len(), table.columns.len());
}

#[test]
fn fifty_megabyte_markdown_page() {
    // The copies are not listed at the top of the section: see the next
    // test for why.
    fifty_megabytes(false);
}

/// Regression (`import/src/assemble.rs`, `end_section`): the check that
/// every column listed at the top of a section has a section of its own was
/// O(listed x found); a 50 MB page listing its ~120,000 columns took 18 s in
/// a release build. `found` is now a set.
#[test]

fn fifty_megabyte_markdown_page_with_every_column_listed() {
    fifty_megabytes(true);
}

#[test]
fn twenty_thousand_columns_import_and_generate() {
    let Some(md) = page("md/account.md") else {
        return;
    };
    let base = import(&md).columns.len();
    let page = MarkdownPage::cut(&md).with_extra_columns(20_000 - base);
    let table = import(&page);
    assert_eq!(table.columns.len(), 20_000);
    let source = generate(table);
    assert!(source.contains("pub struct Account"));
}

// ---------------------------------------------------------------------------
// Depth
// ---------------------------------------------------------------------------

const DEPTH: usize = 100_000;

#[test]
fn deeply_nested_html_does_not_overflow() {
    // Inline elements: html5ever checks "p in button scope" for every
    // `<div>` start tag, which is quadratic at this depth (see html.rs).
    let Some(html) = page("html/processsession.html") else {
        return;
    };
    let plain = import(&html);
    let at = html.find("<h2").expect("a second-level heading");
    for (open, close) in [("<span>", "</span>"), ("<em>", "</em>"), ("<b>", "</b>")] {
        let deep = format!(
            "{}<p>{}deep{}</p>{}",
            &html[..at],
            open.repeat(DEPTH),
            close.repeat(DEPTH),
            &html[at..]
        );
        // Must return; the nesting sits in the page's description.
        let table =
            dataverse_import::import_str(&deep).unwrap_or_else(|e| panic!("{open} x{DEPTH}: {e}"));
        assert_eq!(table.columns, plain.columns, "{open} x{DEPTH}");
    }
    // Never closed: the parser closes them at the end of the document.
    let unclosed = format!(
        "{}<p>{}{}",
        &html[..at],
        "<span>".repeat(DEPTH),
        &html[at..]
    );
    let _ = dataverse_import::import_str(&unclosed);
}

#[test]
fn deeply_nested_markdown_does_not_overflow() {
    let Some(md) = page("md/processsession.md") else {
        return;
    };
    let at = md.find("\n## ").expect("a second-level heading") + 1;
    for nesting in [
        format!("{} deep\n\n", ">".repeat(DEPTH)),
        format!("{}deep{}\n\n", "*".repeat(DEPTH), "*".repeat(DEPTH)),
        format!("{}deep{}\n\n", "[".repeat(DEPTH), "]".repeat(DEPTH)),
        format!("{}\n\n", "- ".repeat(DEPTH / 10)),
    ] {
        let deep = format!("{}{nesting}{}", &md[..at], &md[at..]);
        let _ = dataverse_import::import_str(&deep);
    }
}

// ---------------------------------------------------------------------------
// YAML bombs
// ---------------------------------------------------------------------------

/// "Billion laughs": 9 levels of 10 aliases to the level below, 10⁹
/// strings once expanded, under `key` of a column.
fn alias_bomb(key: &str) -> String {
    let mut levels = vec!["&l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]".to_string()];
    for level in 1..10 {
        let below = format!("*l{}", level - 1);
        levels.push(format!("&l{level} [{}]", vec![below; 10].join(", ")));
    }
    format!(
        "format_version: 1\nlogical_name: bomb\ncolumns:\n- logical_name: a\n  schema_name: A\n  \
         type: String\n  valid_for_create: true\n  valid_for_update: true\n  {key}: [{}]\n",
        levels.join(", ")
    )
}

#[test]
fn yaml_alias_bomb_is_refused() {
    // `default_value` is an untagged enum: serde reads the whole value
    // before trying its variants, so the aliases would be expanded.
    // `targets` is a list of strings: nested lists fail at once. Either way
    // the answer is an error, and small.
    for key in ["default_value", "targets", "description"] {
        let text = alias_bomb(key);
        let ((), cost) = measure(|| {
            let result = dataverse_schema::yaml::from_str(&text);
            let error = result.expect_err("a bomb is not a table");
            eprintln!("{key}: {error}");
        });
        // Expanded, the bomb is gigabytes; refused, kilobytes to megabytes.
        assert!(
            cost.peak < 256 << 20,
            "{key}: reading the bomb held {} MB at once",
            cost.peak >> 20
        );
    }
}

#[test]
fn yaml_alias_bomb_in_a_mapping_is_refused() {
    // The same through mappings, under an untagged value.
    let mut levels = vec![
        "&m0 {a: lol, b: lol, c: lol, d: lol, e: lol, f: lol, g: lol, h: lol, i: lol, j: lol}"
            .to_string(),
    ];
    for level in 1..10 {
        let below = format!("*m{}", level - 1);
        let entries: Vec<String> = (0..10).map(|i| format!("k{i}: {below}")).collect();
        levels.push(format!("&m{level} {{{}}}", entries.join(", ")));
    }
    let text = format!(
        "format_version: 1\nlogical_name: bomb\ncolumns:\n- logical_name: a\n  schema_name: A\n  \
         type: Picklist\n  valid_for_create: true\n  valid_for_update: true\n  default_value: [{}]\n",
        levels.join(", ")
    );
    let (result, cost) = measure(|| dataverse_schema::yaml::from_str(&text).map(|_| ()));
    assert!(result.is_err());
    assert!(cost.peak < 256 << 20, "held {} MB at once", cost.peak >> 20);
}

/// A column whose `default_value` is `depth` nested flow sequences or
/// mappings.
fn nested_yaml(depth: usize) -> [String; 2] {
    [
        format!("{}{}", "[".repeat(depth), "]".repeat(depth)),
        format!("{}x{}", "{a: ".repeat(depth), "}".repeat(depth)),
    ]
    .map(|nested| {
        format!(
            "format_version: 1\nlogical_name: deep\ncolumns:\n- logical_name: a\n  schema_name: A\n  \
             type: String\n  valid_for_create: true\n  valid_for_update: true\n  default_value: {nested}\n"
        )
    })
}

#[test]
fn deeply_nested_yaml_is_refused() {
    // 5,000 levels: refused before parsing, without overflowing the stack.
    for text in nested_yaml(5_000) {
        let error = dataverse_schema::yaml::from_str(&text).expect_err("too deep");
        assert!(error.to_string().contains("nested more than"), "{error}");
    }
    // Block-style nesting, 2,000 levels (2 MB).
    let mut text = String::from("format_version: 1\nlogical_name: deep\ndescription:\n");
    for depth in 0..2_000 {
        text.push_str(&" ".repeat(depth + 1));
        text.push_str("- \n");
    }
    assert!(dataverse_schema::yaml::from_str(&text).is_err());
}

/// Regression: serde_yaml's reading of flow collections is quadratic in
/// their nesting depth (it parses the whole document before applying its
/// 128-level limit): 100,000 levels (a 200 kB file) took 25 to 50 s before
/// the error. `from_str` now refuses deep flow nesting before parsing.
#[test]

fn deeply_nested_flow_yaml_is_refused_quickly() {
    for text in nested_yaml(DEPTH) {
        assert!(dataverse_schema::yaml::from_str(&text).is_err());
    }
}

// ---------------------------------------------------------------------------
// Line endings, byte-order marks
// ---------------------------------------------------------------------------

/// Every other line ending is CRLF.
fn mixed_line_endings(page: &str) -> String {
    let mut out = String::with_capacity(page.len() * 2);
    for (index, line) in page.split_inclusive('\n').enumerate() {
        match line.strip_suffix('\n') {
            Some(line) if index % 2 == 0 => {
                out.push_str(line);
                out.push_str("\r\n");
            }
            _ => out.push_str(line),
        }
    }
    out
}

fn utf16le_with_bom(page: &str) -> Vec<u8> {
    [0xFF, 0xFE]
        .into_iter()
        .chain(page.encode_utf16().flat_map(u16::to_le_bytes))
        .collect()
}

fn check_line_ending_variants(relative: &str) {
    let Some(plain) = page(relative) else {
        return;
    };
    let expected = yaml(&import(&plain));
    let variants = [
        ("mixed CRLF and LF", mixed_line_endings(&plain)),
        ("all CRLF", plain.replace('\n', "\r\n")),
        ("BOM", format!("\u{feff}{plain}")),
        (
            "BOM, mixed",
            format!("\u{feff}{}", mixed_line_endings(&plain)),
        ),
    ];
    for (what, variant) in &variants {
        let table = dataverse_import::import_str(variant)
            .unwrap_or_else(|e| panic!("{relative}, {what}: {e}"));
        assert_eq!(yaml(&table), expected, "{relative}, {what}");
        let table = dataverse_import::import_bytes(variant.as_bytes())
            .unwrap_or_else(|e| panic!("{relative}, {what}, as bytes: {e}"));
        assert_eq!(yaml(&table), expected, "{relative}, {what}, as bytes");
    }
    let table = dataverse_import::import_bytes(&utf16le_with_bom(&mixed_line_endings(&plain)))
        .unwrap_or_else(|e| panic!("{relative}, UTF-16, mixed: {e}"));
    assert_eq!(
        yaml(&table),
        expected,
        "{relative}, UTF-16 with mixed line endings"
    );
}

#[test]
fn markdown_with_mixed_line_endings_and_bom() {
    check_line_ending_variants("md/account.md");
    check_line_ending_variants("md/processsession.md");
}

#[test]
fn html_with_mixed_line_endings_and_bom() {
    check_line_ending_variants("html/account.html");
    check_line_ending_variants("html/processsession.html");
}

// ---------------------------------------------------------------------------
// 1x, 10x, 100x
// ---------------------------------------------------------------------------

/// Imports 1x, 10x and 100x the page's writable columns: 1x, 10x and 100x
/// of them come out; memory grows linearly.
fn check_copies(form: &str, pages: [String; 3], writable: usize) -> Table {
    let mut costs = Vec::new();
    let mut tables = Vec::new();
    for (page, copies) in pages.iter().zip([1, 10, 100]) {
        let (table, cost) = measure(|| import(page));
        let base = tables
            .first()
            .map_or(table.columns.len(), |t: &Table| t.columns.len());
        assert_eq!(
            table.columns.len(),
            base + (copies - 1) * writable,
            "{form}, {copies}x"
        );
        costs.push(cost);
        tables.push(table);
    }
    assert_linear(
        &format!("import {form} 1x -> 10x"),
        costs[0],
        costs[1],
        10.0,
    );
    assert_linear(
        &format!("import {form} 10x -> 100x"),
        costs[1],
        costs[2],
        10.0,
    );
    tables.pop().unwrap()
}

#[test]
fn hundredfold_pages_import_with_hundredfold_columns() {
    let Some(md) = page("md/account.md") else {
        return;
    };
    let cut = MarkdownPage::cut(&md);
    let pages = [1, 10, 100].map(|copies| cut.with_copies(copies));
    check_copies("markdown", pages, cut.sections.len());

    let Some(text) = page("text/account.txt") else {
        return;
    };
    let cut = TextPage::cut(&text);
    let pages = [1, 10, 100].map(|copies| cut.with_copies(copies));
    check_copies("text", pages, cut.sections.len());
}

#[test]
fn hundredfold_columns_generate() {
    let Some(md) = page("md/account.md") else {
        return;
    };
    let cut = MarkdownPage::cut(&md);
    let tables = [1, 10, 100].map(|copies| import(&cut.with_copies(copies)));
    let columns: Vec<usize> = tables.iter().map(|t| t.columns.len()).collect();
    let mut costs = Vec::new();
    for table in tables {
        let count = table.columns.len();
        let (source, cost) = measure(|| generate(table));
        // Every column has its metadata entry.
        assert!(
            source.matches("dv::ColumnMeta::new(").count() == count,
            "{count} columns"
        );
        costs.push(cost);
    }
    assert_eq!(columns[1] - columns[0], 9 * cut.sections.len());
    assert_eq!(columns[2] - columns[0], 99 * cut.sections.len());
    // The step is not exactly tenfold in columns (the read-only columns are
    // not copied): scale by the real ratio.
    let ratio = |a: usize, b: usize| b as f64 / a as f64;
    assert_linear(
        "generate 1x -> 10x",
        costs[0],
        costs[1],
        ratio(columns[0], columns[1]),
    );
    assert_linear(
        "generate 10x -> 100x",
        costs[1],
        costs[2],
        ratio(columns[1], columns[2]),
    );
}
