//! Retrieved records: reading Web API JSON back into typed values.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};
use uuid::Uuid;

use crate::meta::{ColumnMeta, TableMeta};
use crate::reference::EntityRef;

/// The annotation naming a lookup value's table.
pub const LOOKUP_LOGICAL_NAME: &str = "@Microsoft.Dynamics.CRM.lookuplogicalname";
/// The annotation holding a value's display text (the option label, the
/// referenced row's name, a formatted number or date).
pub const FORMATTED_VALUE: &str = "@OData.Community.Display.V1.FormattedValue";

/// A retrieved record (one JSON object of a Web API response).
#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    object: &'a Map<String, Value>,
}

impl<'a> Record<'a> {
    /// Wraps a JSON object; an error when `json` is not an object.
    pub fn new(table: &'static TableMeta, json: &'a Value) -> Result<Self, DecodeError> {
        match json {
            Value::Object(object) => Ok(Record { object }),
            other => Err(DecodeError {
                column: None,
                message: format!(
                    "a `{}` record must be a JSON object, not {}",
                    table.logical_name,
                    json_kind(other)
                ),
            }),
        }
    }

    /// The column's raw value (`_<name>_value` for lookups).
    pub fn value(&self, column: &ColumnMeta) -> Option<&'a Value> {
        self.object.get(&column.record_key())
    }

    /// Any property of the record by name, e.g. an expanded navigation
    /// property (`phonecall_activity_parties`).
    pub fn property(&self, name: &str) -> Option<&'a Value> {
        self.object.get(name)
    }

    /// The column's formatted value annotation.
    pub fn formatted(&self, column: &ColumnMeta) -> Option<&'a str> {
        self.object
            .get(&format!("{}{FORMATTED_VALUE}", column.record_key()))
            .and_then(Value::as_str)
    }

    /// Every formatted value the record carries, by column logical name.
    pub fn formatted_values(&self, table: &'static TableMeta) -> BTreeMap<&'static str, String> {
        table
            .columns
            .iter()
            .filter_map(|column| {
                self.formatted(column)
                    .map(|text| (column.logical_name, text.to_string()))
            })
            .collect()
    }

    /// A lookup column: `_<name>_value` with its lookuplogicalname
    /// annotation (or the column's only target when the annotation is
    /// missing) and formatted value (the row's name).
    pub fn lookup(&self, column: &'static ColumnMeta) -> Result<Option<EntityRef>, DecodeError> {
        let key = column.record_key();
        let id = match self.object.get(&key) {
            None | Some(Value::Null) => return Ok(None),
            Some(Value::String(text)) => Uuid::parse_str(text).map_err(|_| {
                DecodeError::new(column, format!("`{key}` is not a GUID: {text:?}"))
            })?,
            Some(other) => return Err(DecodeError::wrong_type(column, "a GUID string", other)),
        };
        let annotated = self
            .object
            .get(&format!("{key}{LOOKUP_LOGICAL_NAME}"))
            .and_then(Value::as_str);
        let table = match (annotated, column.targets) {
            (Some(table), _) => table.to_string(),
            (None, [only]) => only.table.to_string(),
            (None, _) => {
                return Err(DecodeError::new(
                    column,
                    format!(
                        "`{key}` has no `{key}{LOOKUP_LOGICAL_NAME}` annotation, and the column has several targets; \
                         request annotations with `Prefer: odata.include-annotations=\"*\"`"
                    ),
                ))
            }
        };
        Ok(Some(EntityRef {
            table,
            id,
            name: self.formatted(column).map(str::to_string),
        }))
    }

    /// The record's `@odata.etag`.
    pub fn etag(&self) -> Option<&'a str> {
        self.object.get("@odata.etag").and_then(Value::as_str)
    }
}

/// A retrieved record decoded into `T`, with what came alongside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Retrieved<T> {
    /// The typed row.
    pub entity: T,
    /// Formatted values by column logical name (option labels, lookup
    /// names, formatted numbers and dates), where the response had them.
    pub formatted_values: BTreeMap<&'static str, String>,
    /// The row version, for optimistic concurrency (`If-Match`).
    pub etag: Option<String>,
}

/// A retrieved record could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The column, when the problem is one column's value.
    pub column: Option<&'static str>,
    /// What is wrong.
    pub message: String,
}

impl DecodeError {
    /// A problem with one column.
    pub fn new(column: &'static ColumnMeta, message: impl Into<String>) -> Self {
        DecodeError {
            column: Some(column.logical_name),
            message: message.into(),
        }
    }

    pub(crate) fn wrong_type(column: &'static ColumnMeta, expected: &str, found: &Value) -> Self {
        DecodeError::wrong_type_of(column, &column.record_key(), expected, found)
    }

    /// Property `key` (read for `column`) has the wrong JSON type.
    pub(crate) fn wrong_type_of(
        column: &'static ColumnMeta,
        key: &str,
        expected: &str,
        found: &Value,
    ) -> Self {
        DecodeError::new(
            column,
            format!("`{key}` should be {expected}, found {}", json_kind(found)),
        )
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(column) => write!(f, "column `{column}`: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for DecodeError {}

fn json_kind(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the string {s:?}"),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}
