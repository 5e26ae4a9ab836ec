//! Column values: the Rust types a column may have ([`Field`]), and the
//! borrowed view of a value the runtime validates and encodes
//! ([`FieldValue`]).

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde_json::Value;
use uuid::Uuid;

use crate::meta::ColumnMeta;
use crate::record::{DecodeError, Record};
use crate::reference::{EntityRef, Ref};
use crate::Entity;

/// A column value as the runtime sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue<'a> {
    /// Text (String, Memo, EntityName).
    Text(&'a str),
    /// Integer or BigInt.
    Integer(i64),
    /// Double.
    Float(f64),
    /// Decimal or Money.
    Decimal(Decimal),
    /// Boolean.
    Bool(bool),
    /// DateTime.
    DateTime(DateTime<Utc>),
    /// DateTime with DateOnly behaviour.
    Date(NaiveDate),
    /// Uniqueidentifier.
    Uuid(Uuid),
    /// A reference to row `id` of `table`.
    Reference {
        /// The target table's logical name.
        table: &'a str,
        /// The row id.
        id: Uuid,
    },
    /// One choice value.
    Choice(i32),
    /// Several choice values (MultiSelectPicklist).
    Choices(Vec<i32>),
    /// The parties of a party-list column.
    Parties(&'a [crate::party::Party]),
    /// Raw JSON, for columns without a dedicated type.
    Json(&'a Value),
}

/// A Rust type that can hold a column's value.
///
/// Implemented for the types generated code uses: `String`, `i32`, `i64`,
/// `f64`, `Decimal`, `bool`, `DateTime<Utc>`, `NaiveDate`, `Uuid`,
/// [`EntityRef`], [`Ref<T>`], choice enums ([`Choice`]), [`Choices<E>`],
/// [`crate::PartyList`] and `serde_json::Value`.
pub trait Field: Sized {
    /// The value, for validation and encoding.
    fn to_value(&self) -> FieldValue<'_>;

    /// Reads the column from a retrieved record; `Ok(None)` when the record
    /// does not have it or has `null`.
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError>;
}

fn decode_with<T>(
    record: &Record,
    column: &'static ColumnMeta,
    expected: &'static str,
    read: impl FnOnce(&Value) -> Option<T>,
) -> Result<Option<T>, DecodeError> {
    match record.value(column) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => read(value)
            .map(Some)
            .ok_or_else(|| DecodeError::wrong_type(column, expected, value)),
    }
}

impl Field for String {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Text(self)
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        decode_with(record, column, "a string", |v| {
            v.as_str().map(str::to_string)
        })
    }
}

impl Field for i32 {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Integer(i64::from(*self))
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        decode_with(record, column, "a 32-bit integer", |v| {
            v.as_i64().and_then(|n| i32::try_from(n).ok())
        })
    }
}

impl Field for i64 {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Integer(*self)
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        // The Web API writes BigInt as a JSON number; accept a string too.
        decode_with(record, column, "a 64-bit integer", |v| {
            v.as_i64()
                .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
        })
    }
}

impl Field for f64 {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Float(*self)
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        decode_with(record, column, "a number", Value::as_f64)
    }
}

impl Field for Decimal {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Decimal(*self)
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        decode_with(record, column, "a decimal number", |v| match v {
            Value::Number(n) => n.to_string().parse().ok(),
            Value::String(s) => s.parse().ok(),
            _ => None,
        })
    }
}

impl Field for bool {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Bool(*self)
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        decode_with(record, column, "true or false", Value::as_bool)
    }
}

impl Field for DateTime<Utc> {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::DateTime(*self)
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        decode_with(record, column, "an ISO 8601 date and time", |v| {
            v.as_str()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                .map(|t| t.with_timezone(&Utc))
        })
    }
}

impl Field for NaiveDate {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Date(*self)
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        decode_with(record, column, "a date (YYYY-MM-DD)", |v| {
            let text = v.as_str()?;
            // DateOnly columns come back as a date; accept a date-time too.
            NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
        })
    }
}

impl Field for Uuid {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Uuid(*self)
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        decode_with(record, column, "a GUID", |v| {
            v.as_str().and_then(|s| Uuid::parse_str(s).ok())
        })
    }
}

impl Field for Value {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Json(self)
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        Ok(record.value(column).filter(|v| !v.is_null()).cloned())
    }
}

impl Field for EntityRef {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Reference {
            table: &self.table,
            id: self.id,
        }
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        record.lookup(column)
    }
}

impl<T: Entity> Field for Ref<T> {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Reference {
            table: T::TABLE.logical_name,
            id: self.id,
        }
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        let Some(reference) = record.lookup(column)? else {
            return Ok(None);
        };
        if reference.table != T::TABLE.logical_name {
            return Err(DecodeError::new(
                column,
                format!(
                    "refers to table `{}`, expected `{}`",
                    reference.table,
                    T::TABLE.logical_name
                ),
            ));
        }
        let mut typed = Ref::new(reference.id);
        typed.name = reference.name;
        Ok(Some(typed))
    }
}

/// A generated choice enum. Unknown values (options an organisation added)
/// are kept, not rejected, when decoding; validation reports them.
pub trait Choice: Copy + Eq + 'static {
    /// The stored integer value.
    fn value(self) -> i32;
    /// The choice for a stored value (an `Unknown` variant when no option
    /// has it).
    fn from_value(value: i32) -> Self;
    /// The option's label, `None` for an unknown value.
    fn label(self) -> Option<&'static str>;
}

impl<C: Choice> Field for C {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Choice(self.value())
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        decode_with(record, column, "a choice value (integer)", |v| {
            v.as_i64()
                .and_then(|n| i32::try_from(n).ok())
                .map(C::from_value)
        })
    }
}

/// The values of a MultiSelectPicklist column, in the order given.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Choices<E>(pub Vec<E>);

impl<E> Default for Choices<E> {
    fn default() -> Self {
        Choices(Vec::new())
    }
}

impl<E> FromIterator<E> for Choices<E> {
    fn from_iter<I: IntoIterator<Item = E>>(iter: I) -> Self {
        Choices(iter.into_iter().collect())
    }
}

impl<E: Choice> Field for Choices<E> {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Choices(self.0.iter().map(|c| c.value()).collect())
    }
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        // The Web API writes the values as "1,2,3".
        decode_with(record, column, "comma-separated choice values", |v| {
            let text = v.as_str()?;
            text.split(',')
                .filter(|part| !part.trim().is_empty())
                .map(|part| part.trim().parse::<i32>().ok().map(E::from_value))
                .collect::<Option<Vec<E>>>()
                .map(Choices)
        })
    }
}

impl FieldValue<'_> {
    /// The value as the column reads it: a plain integer set on a choice
    /// column (a derived struct's `i32` field) is that choice.
    pub fn for_column(&self, column: &ColumnMeta) -> FieldValue<'_> {
        use crate::meta::ColumnKind;
        match (column.kind, self) {
            (
                ColumnKind::Choice | ColumnKind::State | ColumnKind::Status,
                FieldValue::Integer(n),
            ) => FieldValue::Choice(i32::try_from(*n).unwrap_or(if *n < 0 {
                i32::MIN
            } else {
                i32::MAX
            })),
            (_, other) => other.clone(),
        }
    }
}
