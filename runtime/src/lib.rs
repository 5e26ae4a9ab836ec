//! Runtime for Rust code generated from Dataverse table metadata.
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
//!   lookups, annotations and formatted values;
//! * [`Entity::path`] and [`nav`]: Web API paths, typed navigation and
//!   `$select` / `$expand`; relationships whose navigation property is not
//!   known are [`Unresolved`] and cannot be followed;
//! * [`party`]: typed activity party lists (`from`, `to`, ...), sent in
//!   the activity's party collection.

pub mod entity;
pub mod meta;
pub mod nav;
pub mod party;
pub mod record;
pub mod reference;
pub mod unresolved;
pub mod validate;
pub mod value;

pub use entity::Entity;
pub use meta::{ColumnKind, ColumnMeta, TableMeta};
pub use nav::{Column, Query, Untyped};
pub use party::{Party, PartyList};
pub use record::{DecodeError, Record, Retrieved};
pub use reference::{EntityRef, Ref};
pub use unresolved::Unresolved;
pub use validate::{Operation, Rule, ValidationError, Violation};
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
