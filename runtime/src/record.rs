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
    /// Wraps a JSON object. An error when `json` is not one record: not an
    /// object, or a collection envelope (`{"value": [...]}`, with
    /// `@odata.nextLink` or `@odata.count`), a single property
    /// (`{"value": ...}`) or an error body (`{"error": {...}}`), so that
    /// such a response is never decoded as an empty record.
    pub fn new(table: &'static TableMeta, json: &'a Value) -> Result<Self, DecodeError> {
        let refuse = |what: &str| {
            Err(DecodeError {
                column: None,
                message: format!(
                    "a `{}` record was expected, found {what}",
                    table.logical_name
                ),
            })
        };
        let object = match json {
            Value::Object(object) => object,
            other => return refuse(&json_kind(other)),
        };
        let has_column = |name: &str| table.column(name).is_some();
        if let Some(Value::Object(error)) = object.get("error") {
            if !has_column("error") {
                let message = error.get("message").and_then(Value::as_str).unwrap_or("");
                return refuse(&format!("an error response: {message:?}"));
            }
        }
        if ["@odata.nextLink", "@odata.count", "@odata.deltaLink"]
            .iter()
            .any(|key| object.contains_key(*key))
        {
            return refuse("a collection of records (decode it with `Page::decode`)");
        }
        if let Some(value) = object.get("value") {
            if !has_column("value") {
                return refuse(if value.is_array() {
                    "a collection of records (decode it with `Page::decode`)"
                } else {
                    "a single property value (`{\"value\": ...}`)"
                });
            }
        }
        Ok(Record { object })
    }

    /// The JSON object.
    pub fn object(&self) -> &'a Map<String, Value> {
        self.object
    }

    /// The column's raw value (`_<name>_value` for lookups).
    pub fn value(&self, column: &ColumnMeta) -> Option<&'a Value> {
        if column.kind.is_lookup() {
            self.get(&["_", column.logical_name, "_value"])
        } else {
            self.object.get(column.logical_name)
        }
    }

    /// Any property of the record by name, e.g. an expanded navigation
    /// property (`phonecall_activity_parties`).
    pub fn property(&self, name: &str) -> Option<&'a Value> {
        self.object.get(name)
    }

    /// The column's formatted value annotation.
    pub fn formatted(&self, column: &ColumnMeta) -> Option<&'a str> {
        if column.kind.is_lookup() {
            self.get(&["_", column.logical_name, "_value", FORMATTED_VALUE])
        } else {
            self.get(&[column.logical_name, FORMATTED_VALUE])
        }
        .and_then(Value::as_str)
    }

    /// The property whose name is `parts` joined. Decoding looks up many
    /// names per record; they are joined on the stack, not allocated.
    fn get(&self, parts: &[&str]) -> Option<&'a Value> {
        let mut buffer = [0u8; 160];
        let mut length = 0;
        for part in parts {
            let end = length + part.len();
            if end > buffer.len() {
                return self.object.get(&parts.concat());
            }
            buffer[length..end].copy_from_slice(part.as_bytes());
            length = end;
        }
        // Whole `&str`s were copied, so the bytes are UTF-8.
        let key = std::str::from_utf8(&buffer[..length]).ok()?;
        self.object.get(key)
    }

    /// Every formatted value the record carries, by column logical name.
    pub fn formatted_values(&self, table: &'static TableMeta) -> BTreeMap<&'static str, String> {
        // One pass over the record's properties: most records carry few
        // annotations, and tables have many columns.
        self.object
            .iter()
            .filter_map(|(key, value)| {
                let property = key.strip_suffix(FORMATTED_VALUE)?;
                let name = property
                    .strip_prefix('_')
                    .and_then(|p| p.strip_suffix("_value"))
                    .filter(|name| table.column(name).is_some_and(|c| c.kind.is_lookup()))
                    .unwrap_or(property);
                let column = table.column(name)?;
                Some((column.logical_name, value.as_str()?.to_string()))
            })
            .collect()
    }

    /// The properties holding related records (expanded navigation
    /// properties: an object or an array), by navigation property name.
    /// Columns and annotations are not among them. A single-valued
    /// navigation property often has its lookup's name (`primarycontactid`):
    /// the lookup's value travels as `_primarycontactid_value`, so a
    /// property of that name is the expanded record.
    pub fn related(&self, table: &'static TableMeta) -> BTreeMap<String, Value> {
        self.object
            .iter()
            .filter(|(key, value)| {
                !key.contains('@')
                    && matches!(value, Value::Object(_) | Value::Array(_))
                    && table.column(key).is_none_or(|c| c.kind.is_lookup())
            })
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect()
    }

    /// The links to the rest of expanded collections the service cut
    /// short (`<navigation>@odata.nextLink`), by navigation property.
    pub fn related_next_links(&self) -> BTreeMap<String, String> {
        self.object
            .iter()
            .filter_map(|(key, value)| {
                let navigation = key.strip_suffix("@odata.nextLink")?;
                Some((navigation.to_string(), value.as_str()?.to_string()))
            })
            .collect()
    }

    /// A lookup column: `_<name>_value` with its lookuplogicalname
    /// annotation (or the column's only target when the annotation is
    /// missing) and formatted value (the row's name).
    pub fn lookup(&self, column: &'static ColumnMeta) -> Result<Option<EntityRef>, DecodeError> {
        let id = match self.value(column) {
            None | Some(Value::Null) => return Ok(None),
            Some(Value::String(text)) => Uuid::parse_str(text).map_err(|_| {
                let key = column.record_key();
                DecodeError::new(column, format!("`{key}` is not a GUID: {text:?}"))
            })?,
            Some(other) => return Err(DecodeError::wrong_type(column, "a GUID string", other)),
        };
        let annotated = self
            .get(&["_", column.logical_name, "_value", LOOKUP_LOGICAL_NAME])
            .and_then(Value::as_str);
        let table = match (annotated, column.targets) {
            (Some(table), _) => table.to_string(),
            (None, [only]) => only.table.to_string(),
            (None, _) => {
                let key = column.record_key();
                return Err(DecodeError::new(
                    column,
                    format!(
                        "`{key}` has no `{key}{LOOKUP_LOGICAL_NAME}` annotation, and the column has several targets; \
                         request annotations with `Prefer: odata.include-annotations=\"*\"`"
                    ),
                ));
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
    /// Related records the response expanded (`$expand`), as JSON by
    /// navigation property; [`Retrieved::related`] decodes them into their
    /// generated types.
    pub related: BTreeMap<String, Value>,
    /// For an expanded collection the service cut short, the link to the
    /// rest (`<navigation>@odata.nextLink`), by navigation property; see
    /// [`Retrieved::related_next_link`].
    pub related_next_links: BTreeMap<String, String>,
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
