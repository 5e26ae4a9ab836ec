//! The [`Entity`] trait: what every generated or derived table type offers.

use serde_json::{Map, Value};

use crate::key::Key;
use crate::meta::{ColumnMeta, TableMeta};
use crate::nav::{CollectionPath, RecordPath};
use crate::odata;
use crate::record::{DecodeError, Record, Retrieved};
use crate::validate::{validate, Operation, ValidationError};
use crate::value::{Field, FieldValue};

/// A Rust type for one Dataverse table.
///
/// Generated entities and `#[derive(Entity)]` structs implement the two
/// required methods; validation, payloads and decoding are provided here,
/// once, from the table's static metadata.
pub trait Entity: Sized {
    /// The table's metadata.
    const TABLE: &'static TableMeta;

    /// The columns that are set, with their values, in column order.
    fn values(&self) -> Vec<(&'static ColumnMeta, FieldValue<'_>)>;

    /// Builds the row from a retrieved record.
    fn from_record(record: &Record<'_>) -> Result<Self, DecodeError>;

    /// Checks every rule of the metadata for `operation`; the error lists
    /// every violation.
    fn validate(&self, operation: Operation) -> Result<(), ValidationError> {
        validate(Self::TABLE, &self.values(), operation)
    }

    /// The JSON body of a create (POST) request: only the set columns,
    /// lookups as `<navigation property>@odata.bind`. Validated first.
    fn create_payload(&self) -> Result<Value, ValidationError> {
        self.payload(Operation::Create)
    }

    /// The JSON body of an update (PATCH) request. Validated first.
    fn update_payload(&self) -> Result<Value, ValidationError> {
        self.payload(Operation::Update)
    }

    /// The JSON body for `operation`. Validated first.
    fn payload(&self, operation: Operation) -> Result<Value, ValidationError> {
        let values = self.values();
        validate(Self::TABLE, &values, operation)?;
        Ok(Value::Object(encode(&values)))
    }

    /// Decodes a retrieved record (one object of a Web API response),
    /// keeping its formatted values, etag and expanded related records.
    /// Refuses what is not one record (a collection envelope, a property
    /// value, an error body): decode those with
    /// [`Page::decode`](crate::read::Page::decode) or read the error with
    /// [`ServiceError`](crate::error::ServiceError).
    fn decode(json: &Value) -> Result<Retrieved<Self>, DecodeError> {
        let record = Record::new(Self::TABLE, json)?;
        Ok(Retrieved {
            entity: Self::from_record(&record)?,
            formatted_values: record.formatted_values(Self::TABLE),
            etag: record.etag().map(str::to_string),
            related: record.related(Self::TABLE),
            related_next_links: record.related_next_links(),
        })
    }

    /// The Web API path of a row, by id or alternate key:
    /// `/processsessions(<id>)`, `/accounts(accountnumber='ABC123')`.
    fn path(key: impl Into<Key<Self>>) -> RecordPath<Self> {
        RecordPath::new(key.into().path())
    }

    /// The Web API path of the table's entity set: `/processsessions`.
    fn collection_path() -> CollectionPath<Self> {
        CollectionPath::new(format!(
            "/{}",
            odata::path_segment(Self::TABLE.entity_set_name)
        ))
    }
}

/// The values [`Entity::values`] returns, collected field by field: what
/// generated and derived `values` methods fill, one line per field.
///
/// ```
/// # use dataverse::meta::{ColumnMeta, TableMeta};
/// # use dataverse::{entity::Values, ColumnKind};
/// static TABLE: TableMeta = TableMeta {
///     logical_name: "note",
///     schema_name: "Note",
///     entity_set_name: "notes",
///     primary_id_attribute: "noteid",
///     primary_name_attribute: None,
///     columns: &[
///         ColumnMeta::new("subject", "Subject", "String", ColumnKind::Text),
///         ColumnMeta::new("body", "Body", "Memo", ColumnKind::Text),
///     ],
///     one_to_many: &[],
///     many_to_one: &[],
///     many_to_many: &[],
///     unresolved: &[],
/// };
/// let subject = Some("Hello".to_string());
/// let body: Option<String> = None;
/// let mut values = Values::new(&TABLE);
/// values.push_option(0, &subject);
/// values.push_option(1, &body);
/// let values = values.into_vec();
/// assert_eq!(values.len(), 1);
/// assert_eq!(values[0].0.logical_name, "subject");
/// ```
#[derive(Debug)]
pub struct Values<'a> {
    columns: &'static [ColumnMeta],
    values: Vec<(&'static ColumnMeta, FieldValue<'a>)>,
}

impl<'a> Values<'a> {
    /// No values yet, for a row of `table`.
    pub fn new(table: &'static TableMeta) -> Self {
        Values {
            columns: table.columns,
            values: Vec::new(),
        }
    }

    /// Adds the value of column `index` (of the table's `columns`).
    ///
    /// # Panics
    ///
    /// When the table has no column `index` (generated code never does
    /// this).
    pub fn push<T: Field>(&mut self, index: usize, value: &'a T) {
        self.values.push((&self.columns[index], value.to_value()));
    }

    /// Adds the value of column `index` when the field is set.
    ///
    /// # Panics
    ///
    /// As [`Values::push`].
    pub fn push_option<T: Field>(&mut self, index: usize, value: &'a Option<T>) {
        if let Some(value) = value {
            self.push(index, value);
        }
    }

    /// The values, in the order they were added.
    pub fn into_vec(self) -> Vec<(&'static ColumnMeta, FieldValue<'a>)> {
        self.values
    }
}

/// Encodes set values as Web API JSON properties: lookups as
/// `<navigation property>@odata.bind`, party lists as entries of the
/// activity's party collection. Values validation rejects because they
/// cannot be bound (a target whose navigation property is not known) are
/// left out; [`Entity::payload`] validates first.
pub fn encode(values: &[(&'static ColumnMeta, FieldValue<'_>)]) -> Map<String, Value> {
    let mut object = Map::new();
    for (column, value) in values {
        let name = column.logical_name.to_string();
        let value = value.for_column(column);
        let json = match &value {
            FieldValue::Text(text) => Value::from(*text),
            FieldValue::Integer(number) => Value::from(*number),
            FieldValue::Float(number) => Value::from(*number),
            FieldValue::Decimal(number) => decimal_json(number),
            FieldValue::Bool(flag) => Value::from(*flag),
            FieldValue::DateTime(time) => {
                Value::from(time.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
            }
            FieldValue::Date(date) => Value::from(date.format("%Y-%m-%d").to_string()),
            FieldValue::Uuid(id) => Value::from(id.to_string()),
            FieldValue::Reference { table, id } => {
                // Validation rejects a target whose navigation property is
                // not known; no name is made up for it here.
                let Some((target, navigation)) = column
                    .target(table)
                    .and_then(|target| Some((target, target.navigation_property?)))
                else {
                    continue;
                };
                object.insert(
                    format!("{navigation}@odata.bind"),
                    Value::from(format!("/{}({id})", target.entity_set)),
                );
                continue;
            }
            FieldValue::Parties(parties) => {
                // Every party list goes into the activity's one party
                // collection, each party with its participation type.
                let Some(meta) = column.party_list else {
                    continue;
                };
                let entries = parties
                    .iter()
                    .filter_map(|party| crate::party::entry(column, meta, party));
                let collection = object
                    .entry(meta.collection)
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(collection) = collection {
                    collection.extend(entries);
                }
                continue;
            }
            FieldValue::Choice(choice) => Value::from(*choice),
            FieldValue::Choices(choices) => Value::from(
                choices
                    .iter()
                    .map(i32::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            FieldValue::Json(json) => (*json).clone(),
        };
        object.insert(name, json);
    }
    object
}

/// A decimal as a JSON number with every digit (serde_json's
/// `arbitrary_precision` keeps the text of a number).
fn decimal_json(number: &rust_decimal::Decimal) -> Value {
    let text = number.normalize().to_string();
    serde_json::from_str::<serde_json::Number>(&text)
        .map(Value::Number)
        .unwrap_or(Value::Null)
}
