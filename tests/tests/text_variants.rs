//! The same copied page in the shapes users produce: with site chrome
//! around the article, with Windows line endings and a byte-order mark,
//! UTF-16, and with property tables copied as `| Key | Value |` pipes. Each
//! must import to exactly the YAML of the plain copy.

use dataverse_tests::shared_pages;

fn yaml_of(page: &str) -> String {
    let table = dataverse_import::import_str(page).unwrap_or_else(|e| panic!("{e}"));
    dataverse_schema::yaml::to_string(&table).unwrap()
}

fn text_pages() -> Vec<(String, String)> {
    let Some(pages) = shared_pages() else {
        return Vec::new();
    };
    let mut found: Vec<(String, String)> = std::fs::read_dir(pages.join("text"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    found.sort();
    assert!(!found.is_empty(), "no text pages found");
    found
}

const CHROME_BEFORE: &str = "Skip to main content\n\nLearn\n\nDocumentation  Training  \n\nSearch\n\n\
Power Apps\nReference\nTable/entity reference\n\nIn this article\n\nMessages\n\nProperties\n\nWritable columns/attributes\n\n";
const CHROME_AFTER: &str =
    "\nFeedback\n\nWas this page helpful?\n\nYes\n\nNo\n\nAdditional resources\n\nTraining\n";

#[test]
fn site_chrome_around_the_article_is_ignored() {
    for (name, page) in text_pages() {
        let wrapped = format!("{CHROME_BEFORE}{page}{CHROME_AFTER}");
        assert_eq!(yaml_of(&wrapped), yaml_of(&page), "{name}");
    }
}

#[test]
fn crlf_line_endings_and_byte_order_marks() {
    for (name, page) in text_pages() {
        let windows = format!("\u{feff}{}", page.replace('\n', "\r\n"));
        assert_eq!(yaml_of(&windows), yaml_of(&page), "{name}");
        let bytes: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(page.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let table = dataverse_import::import_bytes(&bytes).unwrap();
        assert_eq!(
            dataverse_schema::yaml::to_string(&table).unwrap(),
            yaml_of(&page),
            "{name} as UTF-16"
        );
    }
}

/// Rewrites every property table (`Property Value` and its rows) with
/// pipes, keeping cells' extra lines (`Delete: Cascade`) as plain lines.
fn with_pipes(page: &str) -> String {
    let mut out = String::new();
    let mut in_table = false;
    for line in page.lines() {
        if line == "Property Value" {
            in_table = true;
            out.push_str("| Property | Value |\n|---|---|\n");
            continue;
        }
        if line.trim().is_empty() {
            in_table = false;
        }
        if !in_table {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let first = line.split(' ').next().unwrap_or_default();
        if first.contains(':') {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let key_len = ["True Label", "False Label"]
            .iter()
            .find(|k| line.starts_with(*k))
            .map_or(first.len(), |k| k.len());
        let (key, value) = line.split_at(key_len);
        out.push_str(&format!("| {key} | {} |\n", value.trim()));
    }
    out
}

#[test]
fn property_tables_copied_with_pipes() {
    for (name, page) in text_pages() {
        let piped = with_pipes(&page);
        assert!(piped.contains("| Type |"), "{name} was not rewritten");
        assert_eq!(yaml_of(&piped), yaml_of(&page), "{name}");
    }
}

/// Rewrites every property table's rows with a tab between key and value,
/// as browsers copy table cells.
fn with_tabs(page: &str) -> String {
    with_pipes(page)
        .lines()
        .filter(|line| !line.starts_with("|---"))
        .map(
            |line| match line.strip_prefix("| ").and_then(|l| l.strip_suffix(" |")) {
                Some(row) => row.replacen(" | ", "\t", 1),
                None => line.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn property_tables_copied_with_tabs() {
    for (name, page) in text_pages() {
        let tabbed = with_tabs(&page);
        assert!(tabbed.contains("Type\tString"), "{name} was not rewritten");
        assert_eq!(yaml_of(&tabbed), yaml_of(&page), "{name}");
    }
}
