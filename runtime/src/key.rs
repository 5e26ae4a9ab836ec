//! Record keys: a primary key (`/accounts(<id>)`) or an alternate key
//! (`/accounts(accountnumber='ABC123')`,
//! `/contacts(firstname='Joe',emailaddress1='abc@example.com')`), wherever
//! a key may go: paths, binds, upserts.
//!
//! ```
//! # use dataverse::meta::{ColumnMeta, TableMeta};
//! # use dataverse::{Column, ColumnKind, Entity};
//! # static TABLE: TableMeta = TableMeta { logical_name: "account", schema_name: "Account",
//! #     entity_set_name: "accounts", primary_id_attribute: "accountid", primary_name_attribute: Some("name"),
//! #     columns: &[ColumnMeta::new("accountnumber", "AccountNumber", "String", ColumnKind::Text)],
//! #     one_to_many: &[], many_to_one: &[], many_to_many: &[], unresolved: &[] };
//! # struct Account;
//! # impl Entity for Account {
//! #     const TABLE: &'static TableMeta = &TABLE;
//! #     fn values(&self) -> Vec<(&'static ColumnMeta, dataverse::FieldValue<'_>)> { Vec::new() }
//! #     fn from_record(_: &dataverse::Record<'_>) -> Result<Self, dataverse::DecodeError> { Ok(Account) }
//! # }
//! use dataverse::Key;
//!
//! const ACCOUNT_NUMBER: Column<Account, String> = Column::at(0);
//!
//! let key = Key::alternate(ACCOUNT_NUMBER, "ABC123");
//! assert_eq!(Account::path(key).as_str(), "/accounts(accountnumber='ABC123')");
//! ```

use std::fmt;
use std::marker::PhantomData;

use uuid::Uuid;

use crate::column::Column;
use crate::entity::Entity;
use crate::filter::FilterValue;
use crate::odata;
use crate::validate::{Rule, Violation};

/// Characters the Web API documents as breaking retrieve, update and upsert
/// by alternate key when a key value holds them ("Work with alternate
/// keys").
pub const UNADDRESSABLE_KEY_CHARACTERS: &[char] =
    &['/', '<', '>', '*', '%', '&', ':', '\\', '?', '+'];

/// The key of one record of `T`.
pub struct Key<T> {
    kind: KeyKind,
    table: PhantomData<fn() -> T>,
}

#[derive(Debug, Clone, PartialEq)]
enum KeyKind {
    Id(Uuid),
    Alternate(Vec<KeyPart>),
}

#[derive(Debug, Clone, PartialEq)]
struct KeyPart {
    /// The column's logical name.
    column: &'static str,
    /// Its name in a key: `_<name>_value` for a lookup.
    name: String,
    literal: String,
    /// The value as text, when it is text (checked for the characters the
    /// Web API cannot take in a key).
    text: Option<String>,
}

impl<T> Key<T> {
    /// The primary key.
    pub fn id(id: Uuid) -> Self {
        Key {
            kind: KeyKind::Id(id),
            table: PhantomData,
        }
    }

    /// An alternate key of one column: `accountnumber='ABC123'`.
    pub fn alternate<V: KeyValue>(column: Column<T, V>, value: impl Into<V::Arg>) -> Self {
        Key {
            kind: KeyKind::Alternate(vec![KeyPart::new(column, value.into())]),
            table: PhantomData,
        }
    }

    /// One more column of a multi-part alternate key:
    /// `firstname='Joe',emailaddress1='abc@example.com'`.
    ///
    /// # Panics
    ///
    /// On a primary key ([`Key::id`]): a key is either one or the other.
    pub fn and<V: KeyValue>(mut self, column: Column<T, V>, value: impl Into<V::Arg>) -> Self {
        match &mut self.kind {
            KeyKind::Alternate(parts) => parts.push(KeyPart::new(column, value.into())),
            KeyKind::Id(_) => panic!("`Key::and` extends an alternate key, not a primary key"),
        }
        self
    }

    /// The primary key's id, when this is one.
    pub fn as_id(&self) -> Option<Uuid> {
        match self.kind {
            KeyKind::Id(id) => Some(id),
            KeyKind::Alternate(_) => None,
        }
    }

    /// What goes between the parentheses of a record path:
    /// `00000000-0000-0000-0000-000000000001` or `accountnumber='ABC123'`.
    pub fn segment(&self) -> String {
        match &self.kind {
            KeyKind::Id(id) => odata::guid_literal(id),
            KeyKind::Alternate(parts) => parts
                .iter()
                .map(|part| format!("{}={}", odata::path_segment(&part.name), part.literal))
                .collect::<Vec<_>>()
                .join(","),
        }
    }

    /// Key values holding a character the Web API documents as unusable in
    /// a key (see [`UNADDRESSABLE_KEY_CHARACTERS`]): one violation per
    /// value. Requests by such a key fail on the server, so operations
    /// refuse them unless the caller allows [`Rule::UnaddressableKey`].
    pub fn violations(&self) -> Vec<Violation> {
        let KeyKind::Alternate(parts) = &self.kind else {
            return Vec::new();
        };
        parts
            .iter()
            .filter_map(|part| {
                let text = part.text.as_deref()?;
                let character = text
                    .chars()
                    .find(|c| UNADDRESSABLE_KEY_CHARACTERS.contains(c))?;
                Some(Violation::new(
                    part.column,
                    Rule::UnaddressableKey { character },
                ))
            })
            .collect()
    }
}

impl KeyPart {
    fn new<T, V: KeyValue>(column: Column<T, V>, value: V::Arg) -> Self {
        KeyPart {
            column: column.logical_name(),
            name: column.select_name(),
            literal: V::path_literal(&value),
            text: V::key_text(&value),
        }
    }
}

impl<T> From<Uuid> for Key<T> {
    fn from(id: Uuid) -> Self {
        Key::id(id)
    }
}

impl<T> Clone for Key<T> {
    fn clone(&self) -> Self {
        Key {
            kind: self.kind.clone(),
            table: PhantomData,
        }
    }
}

impl<T> PartialEq for Key<T> {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
    }
}

impl<T> fmt::Debug for Key<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key({})", self.segment())
    }
}

impl<T: Entity> Key<T> {
    /// The record's path: `/accounts(<key>)`.
    pub fn path(&self) -> String {
        format!(
            "/{}({})",
            odata::path_segment(T::TABLE.entity_set_name),
            self.segment()
        )
    }
}

/// A column type that can be part of an alternate key. The Web API allows
/// Decimal, Integer, String, DateTime, Lookup and Choice columns in keys.
pub trait KeyValue: FilterValue {
    /// The value in a path: like a query literal, with strings encoded for
    /// a path instead.
    fn path_literal(value: &Self::Arg) -> String {
        Self::query_literal(value)
    }

    /// The value as text, when it is text.
    fn key_text(_value: &Self::Arg) -> Option<String> {
        None
    }
}

impl KeyValue for String {
    fn path_literal(value: &String) -> String {
        odata::path_string_literal(value)
    }
    fn key_text(value: &String) -> Option<String> {
        Some(value.clone())
    }
}

impl KeyValue for i32 {}
impl KeyValue for i64 {}
impl KeyValue for rust_decimal::Decimal {}
impl KeyValue for chrono::DateTime<chrono::Utc> {}
impl KeyValue for chrono::NaiveDate {}
impl KeyValue for Uuid {}
impl KeyValue for crate::reference::EntityRef {}
impl<R> KeyValue for crate::reference::Ref<R> {}
impl<C: crate::value::Choice> KeyValue for C {}
