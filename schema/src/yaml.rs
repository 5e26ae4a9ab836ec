//! YAML load and save: the only place the file format is read or written.
//!
//! Loading uses serde_yaml. Saving uses a small writer of our own, driven by
//! the model's `Serialize` impls, so that the output is fully determined by
//! this module: keys in struct-field order, two-space indentation, strings
//! plain where that is unambiguous and double-quoted otherwise, and numeric
//! bounds ([`Number`](crate::Number)) written digit for digit.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::ser::{self, Serialize};

use crate::model::{Table, FORMAT_VERSION};
use crate::number::NUMBER_TOKEN;

/// A YAML document could not be read as a table.
#[derive(Debug, thiserror::Error)]
pub enum YamlError {
    /// Not valid YAML, or not the shape of a table.
    #[error("{}{message}", location.map(|(line, column)| format!("line {line}, column {column}: ")).unwrap_or_default())]
    Syntax {
        /// What serde_yaml reported.
        message: String,
        /// 1-based line and column, where known.
        location: Option<(usize, usize)>,
    },
    /// A `format_version` this crate does not know.
    #[error(
        "format_version {0} is not supported (this version reads format_version {FORMAT_VERSION})"
    )]
    UnsupportedVersion(u32),
    /// The model cannot be written as YAML (a bug in a custom `Serialize`).
    #[error("cannot write YAML: {0}")]
    Write(String),
}

/// Reading or writing a YAML file failed.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file's content is not a valid table.
    #[error("{}: {source}", path.display())]
    Yaml {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        source: YamlError,
    },
}

/// The deepest flow nesting (`[[...]]`, `{{...}}`) a table file may have.
/// The format needs three levels; the limit keeps hostile input from
/// reaching serde_yaml, whose time grows with the square of the depth.
const MAX_FLOW_DEPTH: usize = 64;

/// Parses one table from YAML text.
pub fn from_str(text: &str) -> Result<Table, YamlError> {
    check_flow_depth(text)?;
    let table: Table = serde_yaml::from_str(text).map_err(|error| {
        let location = error.location().map(|l| (l.line(), l.column()));
        let mut message = error.to_string();
        // serde_yaml ends its message with the location; it is shown first.
        if let Some((line, column)) = location {
            let suffix = format!(" at line {line} column {column}");
            if let Some(stripped) = message.strip_suffix(&suffix) {
                message = stripped.to_string();
            }
        }
        YamlError::Syntax { message, location }
    })?;
    if table.format_version != FORMAT_VERSION {
        return Err(YamlError::UnsupportedVersion(table.format_version));
    }
    Ok(table)
}

/// Refuses text whose `[` / `{` nesting (outside quoted strings) is deeper
/// than [`MAX_FLOW_DEPTH`].
fn check_flow_depth(text: &str) -> Result<(), YamlError> {
    let (mut depth, mut line) = (0usize, 1usize);
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match (quote, c) {
            (_, '\n') => {
                line += 1;
                quote = None;
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '{') => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Err(YamlError::Syntax {
                        message: format!("nested more than {MAX_FLOW_DEPTH} levels deep"),
                        location: Some((line, 1)),
                    });
                }
            }
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Writes one table as YAML text. The same table always gives the same bytes.
pub fn to_string(table: &Table) -> Result<String, YamlError> {
    let node = table
        .serialize(NodeSerializer)
        .map_err(|e| YamlError::Write(e.0))?;
    let mut out = String::with_capacity(16 * 1024);
    write_document(&mut out, &node);
    Ok(out)
}

/// Reads a table from a YAML file.
pub fn load(path: &Path) -> Result<Table, FileError> {
    let text = std::fs::read_to_string(path).map_err(|source| FileError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    from_str(&text).map_err(|source| FileError::Yaml {
        path: path.to_path_buf(),
        source,
    })
}

/// Writes a table to a YAML file atomically (see [`crate::write_atomic`]).
pub fn save(path: &Path, table: &Table) -> Result<(), FileError> {
    let text = to_string(table).map_err(|source| FileError::Yaml {
        path: path.to_path_buf(),
        source,
    })?;
    crate::write_atomic(path, text.as_bytes()).map_err(|source| FileError::Io {
        path: path.to_path_buf(),
        source,
    })
}

// ---------------------------------------------------------------------------
// Writer: model -> Node (through serde) -> text.

/// A YAML value before it is written.
#[derive(Debug)]
enum Node {
    Null,
    Bool(bool),
    /// A number's text, written unquoted.
    Number(String),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(String, Node)>),
}

fn write_document(out: &mut String, node: &Node) {
    match node {
        Node::Map(entries) if !entries.is_empty() => write_map(out, entries, 0),
        Node::Seq(items) if !items.is_empty() => write_seq(out, items, 0),
        scalar => {
            write_scalar(out, scalar);
            out.push('\n');
        }
    }
}

fn indent(out: &mut String, width: usize) {
    out.extend(std::iter::repeat_n(' ', width));
}

/// Writes `key: value` lines at `width`. The first line's indentation is
/// written by the caller when the map starts a sequence item.
fn write_map(out: &mut String, entries: &[(String, Node)], width: usize) {
    for (i, (key, value)) in entries.iter().enumerate() {
        if i > 0 {
            indent(out, width);
        }
        out.push_str(key);
        out.push(':');
        match value {
            Node::Map(inner) if !inner.is_empty() => {
                out.push('\n');
                indent(out, width + 2);
                write_map(out, inner, width + 2);
            }
            Node::Seq(items) if !items.is_empty() => {
                out.push('\n');
                write_seq(out, items, width);
            }
            scalar => {
                out.push(' ');
                write_scalar(out, scalar);
                out.push('\n');
            }
        }
    }
}

/// Writes `- item` lines, each dash at `width`.
fn write_seq(out: &mut String, items: &[Node], width: usize) {
    for item in items {
        indent(out, width);
        out.push_str("- ");
        match item {
            Node::Map(inner) if !inner.is_empty() => write_map(out, inner, width + 2),
            Node::Seq(inner) if !inner.is_empty() => {
                out.push('\n');
                write_seq(out, inner, width + 2);
            }
            scalar => {
                write_scalar(out, scalar);
                out.push('\n');
            }
        }
    }
}

fn write_scalar(out: &mut String, node: &Node) {
    match node {
        Node::Null => out.push_str("null"),
        Node::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
        Node::Number(text) => out.push_str(text),
        Node::Str(text) if is_plain_safe(text) => out.push_str(text),
        Node::Str(text) => write_double_quoted(out, text),
        Node::Seq(_) => out.push_str("[]"),
        Node::Map(_) => out.push_str("{}"),
    }
}

/// Whether `text` reads back as the same string when written without quotes,
/// in YAML 1.1 and 1.2 alike. Deliberately conservative: anything unusual is
/// quoted.
fn is_plain_safe(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    let first_ok = first.is_alphabetic() || matches!(first, '_' | '/' | '(' | '$');
    let last_ok = !text.ends_with([' ', ':']);
    const RESERVED: &[&str] = &[
        "null", "true", "false", "yes", "no", "on", "off", "y", "n", "~",
    ];
    first_ok
        && last_ok
        && !RESERVED.iter().any(|word| text.eq_ignore_ascii_case(word))
        && !text.contains(": ")
        && !text.contains(" #")
        && text.chars().all(|c| !needs_escape(c))
}

/// Characters written as `\u` escapes: those outside YAML's printable set
/// (C0 and C1 controls, U+FFFE, U+FFFF), line separators, and the byte-order
/// mark.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
        )
}

fn write_double_quoted(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if needs_escape(c) => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Error of the node serializer.
#[derive(Debug)]
struct NodeError(String);

impl std::fmt::Display for NodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NodeError {}

impl ser::Error for NodeError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        NodeError(msg.to_string())
    }
}

fn unsupported(what: &str) -> NodeError {
    NodeError(format!("the YAML writer does not support {what}"))
}

/// Turns a `Serialize` value into a [`Node`].
struct NodeSerializer;

struct SeqBuilder(Vec<Node>);

struct MapBuilder {
    entries: Vec<(String, Node)>,
    pending_key: Option<String>,
}

impl ser::Serializer for NodeSerializer {
    type Ok = Node;
    type Error = NodeError;
    type SerializeSeq = SeqBuilder;
    type SerializeTuple = SeqBuilder;
    type SerializeTupleStruct = SeqBuilder;
    type SerializeTupleVariant = ser::Impossible<Node, NodeError>;
    type SerializeMap = MapBuilder;
    type SerializeStruct = MapBuilder;
    type SerializeStructVariant = ser::Impossible<Node, NodeError>;

    fn serialize_bool(self, v: bool) -> Result<Node, NodeError> {
        Ok(Node::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Node, NodeError> {
        Ok(Node::Number(v.to_string()))
    }
    fn serialize_i16(self, v: i16) -> Result<Node, NodeError> {
        Ok(Node::Number(v.to_string()))
    }
    fn serialize_i32(self, v: i32) -> Result<Node, NodeError> {
        Ok(Node::Number(v.to_string()))
    }
    fn serialize_i64(self, v: i64) -> Result<Node, NodeError> {
        Ok(Node::Number(v.to_string()))
    }
    fn serialize_i128(self, v: i128) -> Result<Node, NodeError> {
        Ok(Node::Number(v.to_string()))
    }
    fn serialize_u8(self, v: u8) -> Result<Node, NodeError> {
        Ok(Node::Number(v.to_string()))
    }
    fn serialize_u16(self, v: u16) -> Result<Node, NodeError> {
        Ok(Node::Number(v.to_string()))
    }
    fn serialize_u32(self, v: u32) -> Result<Node, NodeError> {
        Ok(Node::Number(v.to_string()))
    }
    fn serialize_u64(self, v: u64) -> Result<Node, NodeError> {
        Ok(Node::Number(v.to_string()))
    }
    fn serialize_u128(self, v: u128) -> Result<Node, NodeError> {
        Ok(Node::Number(v.to_string()))
    }
    fn serialize_f32(self, v: f32) -> Result<Node, NodeError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<Node, NodeError> {
        if v.is_finite() {
            Ok(Node::Number(v.to_string()))
        } else {
            Err(unsupported("non-finite floats"))
        }
    }
    fn serialize_char(self, v: char) -> Result<Node, NodeError> {
        Ok(Node::Str(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Node, NodeError> {
        Ok(Node::Str(v.to_string()))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Node, NodeError> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<Node, NodeError> {
        Ok(Node::Null)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Node, NodeError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Node, NodeError> {
        Ok(Node::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Node, NodeError> {
        Ok(Node::Null)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Node, NodeError> {
        Ok(Node::Str(variant.to_string()))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<Node, NodeError> {
        let node = value.serialize(self)?;
        match (name, node) {
            (NUMBER_TOKEN, Node::Str(text)) => Ok(Node::Number(text)),
            (_, node) => Ok(node),
        }
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Node, NodeError> {
        Err(unsupported("enum variants with data"))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SeqBuilder, NodeError> {
        Ok(SeqBuilder(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> Result<SeqBuilder, NodeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<SeqBuilder, NodeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NodeError> {
        Err(unsupported("enum variants with data"))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<MapBuilder, NodeError> {
        Ok(MapBuilder {
            entries: Vec::with_capacity(len.unwrap_or(0)),
            pending_key: None,
        })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<MapBuilder, NodeError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NodeError> {
        Err(unsupported("enum variants with data"))
    }
}

impl ser::SerializeSeq for SeqBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), NodeError> {
        self.0.push(value.serialize(NodeSerializer)?);
        Ok(())
    }
    fn end(self) -> Result<Node, NodeError> {
        Ok(Node::Seq(self.0))
    }
}

impl ser::SerializeTuple for SeqBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), NodeError> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Node, NodeError> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for SeqBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), NodeError> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Node, NodeError> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeMap for MapBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), NodeError> {
        match key.serialize(NodeSerializer)? {
            Node::Str(key) if is_plain_safe(&key) => {
                self.pending_key = Some(key);
                Ok(())
            }
            _ => Err(unsupported("map keys that are not plain strings")),
        }
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), NodeError> {
        let key = self
            .pending_key
            .take()
            .ok_or_else(|| NodeError("map value without a key".into()))?;
        self.entries.push((key, value.serialize(NodeSerializer)?));
        Ok(())
    }
    fn end(self) -> Result<Node, NodeError> {
        Ok(Node::Map(self.entries))
    }
}

impl ser::SerializeStruct for MapBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NodeError> {
        self.entries
            .push((key.to_string(), value.serialize(NodeSerializer)?));
        Ok(())
    }
    fn end(self) -> Result<Node, NodeError> {
        Ok(Node::Map(self.entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(text: &str) -> String {
        let mut out = String::new();
        write_scalar(&mut out, &Node::Str(text.to_string()));
        let back: String = serde_yaml::from_str(&out).unwrap_or_else(|e| panic!("{out:?}: {e}"));
        assert_eq!(back, text, "written as {out:?}");
        out
    }

    #[test]
    fn plain_only_when_unambiguous() {
        assert_eq!(roundtrip("processsession"), "processsession");
        assert_eq!(roundtrip("Name of the dialog."), "Name of the dialog.");
        for tricky in [
            "",
            "true",
            "No",
            "null",
            "~",
            "123",
            "-1",
            "0.5",
            "a: b",
            "a #b",
            "#x",
            "- x",
            "trailing ",
            " leading",
            "line\nbreak",
            "tab\there",
            "quote\"s",
            "back\\slash",
            "*/ end",
            "<script>",
            "'single'",
            "\"double\"",
            "%percent",
            "@at",
            "`tick`",
            "&anchor",
            "*alias",
            "!tag",
            "|pipe",
            ">fold",
            "[list]",
            "{map}",
            "?q",
            ":colon",
            "ends:",
            "\u{feff}bom",
            "nel\u{85}",
            "1e5",
            ".inf",
        ] {
            roundtrip(tricky);
        }
    }
}

#[cfg(test)]
mod error_tests {
    #[test]
    fn syntax_errors_give_the_line_once() {
        let error = super::from_str(
            "format_version: 1\nlogical_name: x\ncolumns:\n- logical_name: a\n    schema_name: A\n",
        )
        .unwrap_err();
        let text = error.to_string();
        assert!(text.starts_with("line 5, column"), "{text}");
        assert_eq!(text.matches("line 5").count(), 1, "{text}");
    }

    #[test]
    fn unknown_keys_and_versions_are_errors() {
        let error =
            super::from_str("format_version: 1\nlogical_name: x\nmax_lenght: 3\n").unwrap_err();
        assert!(error.to_string().contains("max_lenght"), "{error}");
        let error = super::from_str("format_version: 2\nlogical_name: x\n").unwrap_err();
        assert!(error.to_string().contains("format_version 2"), "{error}");
    }
}
