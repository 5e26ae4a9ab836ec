//! One property of one record: read it (`GET /accounts(<id>)/name`), set
//! it (`PUT` with `{"value": ...}`), or clear it (`DELETE`).
//!
//! ```
//! # use dataverse::meta::{ColumnMeta, TableMeta};
//! # use dataverse::{Column, ColumnKind, Entity};
//! # static TABLE: TableMeta = TableMeta { logical_name: "account", schema_name: "Account",
//! #     entity_set_name: "accounts", primary_id_attribute: "accountid", primary_name_attribute: Some("name"),
//! #     columns: &[ColumnMeta::new("name", "Name", "String", ColumnKind::Text).max_length(160)],
//! #     one_to_many: &[], many_to_one: &[], many_to_many: &[], unresolved: &[] };
//! # struct Account;
//! # impl Entity for Account {
//! #     const TABLE: &'static TableMeta = &TABLE;
//! #     fn values(&self) -> Vec<(&'static ColumnMeta, dataverse::FieldValue<'_>)> { Vec::new() }
//! #     fn from_record(_: &dataverse::Record<'_>) -> Result<Self, dataverse::DecodeError> { Ok(Account) }
//! # }
//! use dataverse::property::{GetProperty, SetProperty};
//! use dataverse::request::{Operation, Response};
//! use dataverse::types::Uuid;
//!
//! const NAME: Column<Account, String> = Column::at(0);
//! let id = Uuid::from_u128(1);
//!
//! let get = GetProperty::new(id, NAME);
//! assert_eq!(get.to_request().unwrap().path, "/accounts(00000000-0000-0000-0000-000000000001)/name");
//! let response = Response::new(200, br#"{"@odata.context":"...","value":"Adventure Works"}"#.to_vec());
//! assert_eq!(get.parse_response(&response).unwrap().as_deref(), Some("Adventure Works"));
//!
//! let put = SetProperty::new(id, NAME, "Contoso".to_string()).to_request().unwrap();
//! assert_eq!(put.body, Some(dataverse::request::Body::Json(serde_json::json!({"value": "Contoso"}))));
//! // Validated like a field: longer than MaxLength is refused.
//! assert!(SetProperty::new(id, NAME, "x".repeat(161)).to_request().is_err());
//! ```

use serde_json::{Map, Value};

use crate::column::Column;
use crate::entity::{encode, Entity};
use crate::error::{check_status, ResponseError};
use crate::key::Key;
use crate::record::Record;
use crate::request::{Method, Operation, Request, Response};
use crate::validate::{violations, Operation as Purpose, ValidationError};
use crate::value::Field;

fn property_path<T: Entity, V>(key: &Key<T>, column: Column<T, V>) -> String {
    format!(
        "{}/{}",
        key.path(),
        crate::odata::path_segment(column.logical_name())
    )
}

fn check<T: Entity>(found: Vec<crate::validate::Violation>) -> Result<(), ValidationError> {
    if found.is_empty() {
        Ok(())
    } else {
        Err(ValidationError {
            table: T::TABLE.logical_name,
            operation: Purpose::Update,
            violations: found,
        })
    }
}

/// Reads one property: `GET /<set>(<key>)/<column>`; the output is `None`
/// when the column has no value.
pub struct GetProperty<T: Entity, V> {
    key: Key<T>,
    column: Column<T, V>,
}

impl<T: Entity, V: Field> GetProperty<T, V> {
    /// Reads `column` of the record with this key.
    pub fn new(key: impl Into<Key<T>>, column: Column<T, V>) -> Self {
        GetProperty {
            key: key.into(),
            column,
        }
    }
}

impl<T: Entity, V: Field> Operation for GetProperty<T, V> {
    type Output = Option<V>;

    fn to_request(&self) -> Result<Request, ValidationError> {
        check::<T>(self.key.violations())?;
        Ok(Request::new(
            Method::Get,
            property_path(&self.key, self.column),
        ))
    }

    fn parse_response(&self, response: &Response) -> Result<Option<V>, ResponseError> {
        if response.status == 204 {
            // The Web API answers 204 for a property without a value.
            return Ok(None);
        }
        check_status(response)?;
        let json = response.json()?;
        let value = json
            .get("value")
            .cloned()
            .ok_or_else(|| ResponseError::Unexpected {
                status: response.status,
                message: "a property response without `value`".into(),
            })?;
        // Decode the value as the column would be in a record.
        let meta = self.column.meta();
        let mut object = Map::new();
        object.insert(meta.record_key(), value);
        let record_json = Value::Object(object);
        let record = Record::new(T::TABLE, &record_json)?;
        Ok(V::decode(&record, meta)?)
    }
}

/// Sets one property: `PUT /<set>(<key>)/<column>` with `{"value": ...}`,
/// validated as an update of that column.
pub struct SetProperty<T: Entity, V> {
    key: Key<T>,
    column: Column<T, V>,
    value: V,
}

impl<T: Entity, V: Field> SetProperty<T, V> {
    /// Sets `column` of the record with this key to `value`.
    pub fn new(key: impl Into<Key<T>>, column: Column<T, V>, value: V) -> Self {
        SetProperty {
            key: key.into(),
            column,
            value,
        }
    }
}

impl<T: Entity, V: Field> Operation for SetProperty<T, V> {
    type Output = ();

    fn to_request(&self) -> Result<Request, ValidationError> {
        let meta = self.column.meta();
        let values = [(meta, self.value.to_value())];
        let mut found = self.key.violations();
        found.extend(
            violations(T::TABLE, &values, &[], Purpose::Update)
                .into_iter()
                .filter(|v| v.column == meta.logical_name),
        );
        check::<T>(found)?;
        let encoded = encode(&values);
        let value = encoded
            .into_iter()
            .next()
            .map(|(_, value)| value)
            .unwrap_or(Value::Null);
        Ok(
            Request::new(Method::Put, property_path(&self.key, self.column))
                .with_json(serde_json::json!({ "value": value })),
        )
    }

    fn parse_response(&self, response: &Response) -> Result<(), ResponseError> {
        check_status(response)
    }
}

/// Clears one property: `DELETE /<set>(<key>)/<column>`, validated as
/// clearing the column on update.
pub struct DeleteProperty<T: Entity, V> {
    key: Key<T>,
    column: Column<T, V>,
}

impl<T: Entity, V> DeleteProperty<T, V> {
    /// Clears `column` of the record with this key.
    pub fn new(key: impl Into<Key<T>>, column: Column<T, V>) -> Self {
        DeleteProperty {
            key: key.into(),
            column,
        }
    }
}

impl<T: Entity, V> Operation for DeleteProperty<T, V> {
    type Output = ();

    fn to_request(&self) -> Result<Request, ValidationError> {
        let mut found = self.key.violations();
        found.extend(violations(
            T::TABLE,
            &[],
            &[self.column.meta()],
            Purpose::Update,
        ));
        check::<T>(found)?;
        Ok(Request::new(
            Method::Delete,
            property_path(&self.key, self.column),
        ))
    }

    fn parse_response(&self, response: &Response) -> Result<(), ResponseError> {
        check_status(response)
    }
}
