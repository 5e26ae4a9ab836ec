//! Runtime for Rust code generated from Dataverse table metadata, and a
//! typed layer over the Dataverse Web API that does no I/O.
//!
//! Generated entities (and `#[derive(Entity)]` structs) are plain structs of
//! `Option` fields plus a `static` [`TableMeta`]. Everything they do comes
//! from the [`Entity`] trait here, driven by that metadata:
//!
//! * [`Entity::validate`]: every rule (create/update validity, MaxLength in
//!   UTF-16 code units, MinValue/MaxValue, Precision, lookup targets, choice
//!   options, State/Status agreement, ApplicationRequired on create), with
//!   every [`Violation`] collected in one [`ValidationError`];
//! * [`Entity::create_payload`] / [`Entity::update_payload`]: the Web API
//!   JSON body, validated first;
//! * [`Entity::decode`]: a retrieved record back into the struct, with
//!   lookups, annotations, formatted values and expanded related records.
//!
//! The Web API conversation, as plain values any HTTP client can send:
//!
//! * [`Query`] with typed [`Column`]s and [`Filter`]s: `$select`,
//!   `$filter`, `$orderby`, `$expand`, `$top`, `$count`;
//! * operations ([`request::Operation`]): [`read`] (retrieve, retrieve
//!   multiple with paging), [`write`] (create with binds and deep insert,
//!   update, upsert, delete), [`associate`] (`$ref`), [`property`] (one
//!   column of one record); each gives a [`request::Request`] and reads a
//!   [`request::Response`];
//! * [`Key`]s: primary or alternate, wherever a key may go;
//! * [`odata`]: how literals are escaped and encoded, so that a value is
//!   never code;
//! * [`party`]: typed activity party lists (`from`, `to`, ...), sent in
//!   the activity's party collection;
//! * relationships whose navigation property is not known are
//!   [`Unresolved`] and cannot be followed.

pub mod associate;
pub mod column;
pub mod entity;
pub mod error;
pub mod filter;
pub mod key;
pub mod meta;
pub mod nav;
pub mod odata;
pub mod party;
pub mod property;
pub mod query;
pub mod read;
pub mod record;
pub mod reference;
pub mod request;
pub mod unresolved;
pub mod validate;
pub mod value;
pub mod write;

pub use column::Column;
pub use entity::Entity;
pub use error::{ResponseError, ServiceError};
pub use filter::Filter;
pub use key::Key;
pub use meta::{ColumnKind, ColumnMeta, TableMeta};
pub use nav::Untyped;
pub use party::{Party, PartyList};
pub use query::Query;
pub use record::{DecodeError, Record, Retrieved};
pub use reference::{EntityRef, Ref};
pub use unresolved::Unresolved;
pub use validate::{Operation, Rule, RuleKind, ValidationError, Violation};
pub use value::{Choice, Choices, Field, FieldValue};

/// Types generated code names, re-exported so that a crate using generated
/// code needs only this crate as a dependency.
pub mod types {
    pub use chrono::{DateTime, NaiveDate, Utc};
    pub use rust_decimal::Decimal;
    pub use serde_json::Value as Json;
    pub use uuid::Uuid;
}

pub use serde_json;

/// `#[derive(Entity)]` and `entities!` (feature `derive`): see the
/// `dataverse-macros` crate.
#[cfg(feature = "derive")]
pub use dataverse_macros::{entities, Entity};
