//! Relationships that cannot be used where the Web API needs their name.
//!
//! Navigating (`/accounts(<id>)/<name>`), expanding (`$expand=<name>`) and
//! binding (`<name>@odata.bind`) all need a relationship's navigation
//! property. Older reference pages list many-to-one relationships by schema
//! name and other table only; when neither the page nor another table
//! generated alongside says which lookup a relationship belongs to, or what
//! its navigation property is, the generator does not guess. Such a
//! relationship becomes an [`Unresolved`] constant instead of a
//! [`crate::nav::ManyToOne`]: it documents the relationship, and since it
//! is not a [`crate::nav::Navigation`], it cannot be passed to `nav` or
//! `expand`.
//!
//! To make it usable, give the generator the missing names: import a newer
//! revision of the page (its Many-to-One entries state
//! ReferencingAttribute and ReferencingEntityNavigationPropertyName),
//! generate the other table alongside (its One-to-Many entry names the
//! lookup), or write them into the table's YAML under `many_to_one`:
//!
//! ```yaml
//! - schema_name: manualsla_account
//!   referenced_entity: sla
//!   referencing_attribute: slaid
//!   referencing_entity_navigation_property_name: sla_account_sla
//!   supplied_from: the account page, newer revision
//! ```
//!
//! ```compile_fail
//! # use dataverse::{Entity, TableMeta};
//! # use dataverse::nav::RecordPath;
//! # struct Account;
//! # static TABLE: TableMeta = TableMeta {
//! #     logical_name: "account", schema_name: "Account", entity_set_name: "accounts",
//! #     primary_id_attribute: "accountid", primary_name_attribute: None, columns: &[],
//! #     one_to_many: &[], many_to_one: &[], many_to_many: &[],
//! #     unresolved: &[dataverse::meta::UnresolvedMeta::many_to_one("system_user_accounts", "systemuser")],
//! # };
//! # impl Entity for Account {
//! #     const TABLE: &'static TableMeta = &TABLE;
//! #     fn values(&self) -> Vec<(&'static dataverse::ColumnMeta, dataverse::FieldValue<'_>)> { Vec::new() }
//! #     fn from_record(_: &dataverse::Record<'_>) -> Result<Self, dataverse::DecodeError> { Ok(Account) }
//! # }
//! const SYSTEM_USER_ACCOUNTS: dataverse::Unresolved<Account> = dataverse::Unresolved::at(0);
//! // An unresolved relationship has no navigation property to follow.
//! let path = RecordPath::<Account>::new("/accounts(00000000-0000-0000-0000-000000000001)")
//!     .nav(SYSTEM_USER_ACCOUNTS);
//! ```

use std::fmt;
use std::marker::PhantomData;

use crate::entity::Entity;

/// Which kind of relationship an [`UnresolvedMeta`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelationshipKind {
    /// One-to-many: rows of the other table point at this one.
    OneToMany,
    /// Many-to-one: a lookup of this table points at the other table.
    ManyToOne,
    /// Many-to-many.
    ManyToMany,
}

impl fmt::Display for RelationshipKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RelationshipKind::OneToMany => "one-to-many",
            RelationshipKind::ManyToOne => "many-to-one",
            RelationshipKind::ManyToMany => "many-to-many",
        })
    }
}

/// A relationship whose navigation property the metadata does not name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnresolvedMeta {
    /// SchemaName.
    pub schema_name: &'static str,
    /// Its kind.
    pub kind: RelationshipKind,
    /// The other table, when the metadata names it ("" otherwise).
    pub other_table: &'static str,
    /// The lookup column (on this table for a many-to-one, on the other
    /// table for a one-to-many), when known.
    pub referencing_attribute: Option<&'static str>,
}

impl UnresolvedMeta {
    /// An unresolved many-to-one relationship to `other_table`.
    pub const fn many_to_one(schema_name: &'static str, other_table: &'static str) -> Self {
        UnresolvedMeta {
            schema_name,
            kind: RelationshipKind::ManyToOne,
            other_table,
            referencing_attribute: None,
        }
    }

    /// An unresolved one-to-many relationship from `other_table`.
    pub const fn one_to_many(schema_name: &'static str, other_table: &'static str) -> Self {
        UnresolvedMeta {
            kind: RelationshipKind::OneToMany,
            ..UnresolvedMeta::many_to_one(schema_name, other_table)
        }
    }

    /// An unresolved many-to-many relationship with `other_table`.
    pub const fn many_to_many(schema_name: &'static str, other_table: &'static str) -> Self {
        UnresolvedMeta {
            kind: RelationshipKind::ManyToMany,
            ..UnresolvedMeta::many_to_one(schema_name, other_table)
        }
    }

    /// With the lookup column known (its navigation property is not).
    pub const fn referencing_attribute(mut self, column: &'static str) -> Self {
        self.referencing_attribute = Some(column);
        self
    }
}

/// A relationship of table `From` that cannot be navigated, expanded or
/// bound (see the [module docs](self)). Generated code declares one
/// constant per unresolved relationship.
pub struct Unresolved<From> {
    meta: &'static UnresolvedMeta,
    table: PhantomData<fn() -> From>,
}

impl<From> Unresolved<From> {
    /// The relationship described by `meta`.
    pub const fn new(meta: &'static UnresolvedMeta) -> Self {
        Unresolved {
            meta,
            table: PhantomData,
        }
    }

    /// Its metadata.
    pub fn meta(self) -> &'static UnresolvedMeta {
        self.meta
    }
}

impl<From: Entity> Unresolved<From> {
    /// Unresolved relationship `index` of `From`'s table (generated
    /// constants use this).
    ///
    /// # Panics
    ///
    /// At compile time in a `const`, when there is no such relationship.
    pub const fn at(index: usize) -> Self {
        Unresolved::new(&From::TABLE.unresolved[index])
    }
}

impl<From> Clone for Unresolved<From> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<From> Copy for Unresolved<From> {}

impl<From> fmt::Debug for Unresolved<From> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Unresolved({} {})",
            self.meta.kind, self.meta.schema_name
        )
    }
}
