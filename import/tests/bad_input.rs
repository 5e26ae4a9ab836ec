//! Bad input: each case gives a clear error naming the problem (or is
//! accepted where the format says so), and nothing panics.

use dataverse_import::{import_bytes, import_str, ColumnType, ImportError};

const WIDGET_MD: &str = include_str!("fixtures/widget.md");

fn error_of(page: &str) -> ImportError {
    match import_str(page) {
        Ok(table) => panic!("expected an error, got table {}", table.logical_name),
        Err(error) => error,
    }
}

fn assert_mentions(error: &ImportError, words: &[&str]) {
    let text = error.to_string();
    for word in words {
        assert!(
            text.contains(word),
            "error `{text}` does not mention `{word}`"
        );
    }
}

#[test]
fn the_fixture_itself_imports() {
    let table = import_str(WIDGET_MD).unwrap();
    assert_eq!(table.logical_name, "contoso_widget");
    assert_eq!(table.columns.len(), 3);
}

#[test]
fn empty_file() {
    for page in ["", "   \n\n\t\n", "\u{feff}"] {
        assert_mentions(&error_of(page), &["empty"]);
    }
    assert!(import_bytes(b"").is_err());
}

#[test]
fn binary_garbage() {
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let error = import_bytes(&garbage).unwrap_err();
    assert_mentions(&error, &["binary"]);
    let error = import_bytes(b"PK\x03\x04\x00\x00 zip-like").unwrap_err();
    assert_mentions(&error, &["binary"]);
}

#[test]
fn page_cut_off_mid_table() {
    // Cut inside contoso_Glow's property table, before its Type row.
    let cut = WIDGET_MD
        .find("|RequiredLevel|None|\n|Type|Hologram|")
        .unwrap();
    let error = error_of(&WIDGET_MD[..cut]);
    assert_mentions(&error, &["contoso_Glow", "no Type", "cut off"]);
    assert!(error.line.is_some(), "the error gives a line: {error}");

    // Cut between two columns: the list at the top of the section names a
    // column that never comes.
    let cut = WIDGET_MD.find("### <a name=\"BKMK_contoso_Glow\"").unwrap();
    let error = error_of(&WIDGET_MD[..cut]);
    assert_mentions(&error, &["contoso_Glow", "listed", "cut off"]);
}

#[test]
fn duplicated_column() {
    let section = &WIDGET_MD[WIDGET_MD.find("### <a name=\"BKMK_contoso_Name\"").unwrap()
        ..WIDGET_MD
            .find("### <a name=\"BKMK_contoso_Shape\"")
            .unwrap()];
    let page = WIDGET_MD.replacen(section, &format!("{section}{section}"), 1);
    let error = error_of(&page);
    assert_mentions(&error, &["contoso_name", "twice"]);
}

#[test]
fn unknown_type_is_kept_verbatim() {
    let table = import_str(WIDGET_MD).unwrap();
    let glow = table.column("contoso_glow").unwrap();
    assert_eq!(glow.column_type, ColumnType::Other("Hologram".into()));
    let yaml = dataverse_schema::yaml::to_string(&table).unwrap();
    assert!(yaml.contains("type: Hologram"));
}

#[test]
fn html_document_that_is_not_a_table_page() {
    let page = "<!DOCTYPE html><html><head><title>Recipes</title></head><body>\
        <nav><table><tr><td>Property</td><td>Value</td></tr></table></nav>\
        <main><h1>Pancakes</h1><p>Mix and fry.</p><table><tr><th>Egg</th><th>2</th></tr></table></main>\
        </body></html>";
    let error = error_of(page);
    assert_mentions(&error, &["not a Dataverse table/entity reference page"]);
}

#[test]
fn page_missing_the_properties_table() {
    let start = WIDGET_MD.find("## Properties").unwrap();
    let end = WIDGET_MD.find("## Writable").unwrap();
    let page = format!("{}{}", &WIDGET_MD[..start], &WIDGET_MD[end..]);
    let error = error_of(&page);
    assert_mentions(&error, &["Properties"]);
}

#[test]
fn bad_values_name_the_column_and_the_property() {
    let page = WIDGET_MD.replace("|MaxLength|100|", "|MaxLength|lots|");
    assert_mentions(&error_of(&page), &["contoso_Name", "MaxLength", "lots"]);
    let page = WIDGET_MD.replace(
        "|Type|Hologram|",
        "|Type|Hologram|\n|IsValidForCreate|Maybe|",
    );
    assert_mentions(&error_of(&page), &["IsValidForCreate", "Maybe"]);
}

#[test]
fn every_prefix_of_the_fixture_is_handled_without_panic() {
    for cut in (0..WIDGET_MD.len()).filter(|&i| WIDGET_MD.is_char_boundary(i)) {
        let _ = import_str(&WIDGET_MD[..cut]);
    }
}
