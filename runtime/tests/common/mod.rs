//! A small hand-written table for the runtime's own tests (generated code
//! depends on this crate, so it cannot be used here).

// Each test file uses a part of this module.
#![allow(dead_code)]

use dataverse::entity::Values;
use dataverse::meta::{ColumnMeta, ManyToOneMeta, OneToManyMeta, TableMeta, Target};
use dataverse::nav::{ManyToOne, OneToMany};
use dataverse::types::{Decimal, Uuid};
use dataverse::{Column, ColumnKind, DecodeError, Entity, EntityRef, Field, FieldValue, Record};

pub static ACCOUNT: TableMeta = TableMeta {
    logical_name: "account",
    schema_name: "Account",
    entity_set_name: "accounts",
    primary_id_attribute: "accountid",
    primary_name_attribute: Some("name"),
    columns: &[
        ColumnMeta::new("name", "Name", "String", ColumnKind::Text).max_length(160),
        ColumnMeta::new("accountnumber", "AccountNumber", "String", ColumnKind::Text)
            .max_length(20),
        ColumnMeta::new("revenue", "Revenue", "Money", ColumnKind::Money),
        ColumnMeta::new(
            "primarycontactid",
            "PrimaryContactId",
            "Lookup",
            ColumnKind::Lookup,
        )
        .targets(&[Target::new("contact", "contacts", "primarycontactid")]),
        ColumnMeta::new(
            "accountid",
            "AccountId",
            "Uniqueidentifier",
            ColumnKind::Uniqueidentifier,
        ),
    ],
    one_to_many: &[OneToManyMeta::new(
        "account_parent_account",
        "account",
        "account_parent_account",
    )
    .referencing_attribute("parentaccountid")],
    many_to_one: &[ManyToOneMeta::new(
        "account_parent_account",
        "account",
        "parentaccountid",
    )],
    many_to_many: &[],
    unresolved: &[],
};

/// A table whose name, column names and navigation names are hostile, as
/// hand-written YAML could make them.
pub static HOSTILE: TableMeta = TableMeta {
    logical_name: "x')/$ref",
    schema_name: "Hostile",
    entity_set_name: "a/b?c#d",
    primary_id_attribute: "id",
    primary_name_attribute: None,
    columns: &[ColumnMeta::new("n&$top=1", "N", "String", ColumnKind::Text)],
    one_to_many: &[],
    many_to_one: &[],
    many_to_many: &[],
    unresolved: &[],
};

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Account {
    pub name: Option<String>,
    pub account_number: Option<String>,
    pub revenue: Option<Decimal>,
    pub primary_contact: Option<EntityRef>,
    pub id: Option<Uuid>,
}

impl Account {
    pub const NAME: Column<Account, String> = Column::at(0);
    pub const ACCOUNT_NUMBER: Column<Account, String> = Column::at(1);
    pub const REVENUE: Column<Account, Decimal> = Column::at(2);
    pub const PRIMARY_CONTACT: Column<Account, EntityRef> = Column::at(3);
    pub const CHILDREN: OneToMany<Account, Account> = OneToMany::at(0);
    pub const PARENT: ManyToOne<Account, Account> = ManyToOne::at(0);
}

impl Entity for Account {
    const TABLE: &'static TableMeta = &ACCOUNT;

    fn values(&self) -> Vec<(&'static ColumnMeta, FieldValue<'_>)> {
        let mut values = Values::new(&ACCOUNT);
        values.push_option(0, &self.name);
        values.push_option(1, &self.account_number);
        values.push_option(2, &self.revenue);
        values.push_option(3, &self.primary_contact);
        values.push_option(4, &self.id);
        values.into_vec()
    }

    fn from_record(record: &Record<'_>) -> Result<Self, DecodeError> {
        let columns = ACCOUNT.columns;
        Ok(Account {
            name: Field::decode(record, &columns[0])?,
            account_number: Field::decode(record, &columns[1])?,
            revenue: Field::decode(record, &columns[2])?,
            primary_contact: Field::decode(record, &columns[3])?,
            id: Field::decode(record, &columns[4])?,
        })
    }
}

#[derive(Debug, Default)]
pub struct Hostile {
    pub n: Option<String>,
}

impl Hostile {
    pub const N: Column<Hostile, String> = Column::at(0);
}

impl Entity for Hostile {
    const TABLE: &'static TableMeta = &HOSTILE;

    fn values(&self) -> Vec<(&'static ColumnMeta, FieldValue<'_>)> {
        let mut values = Values::new(&HOSTILE);
        values.push_option(0, &self.n);
        values.into_vec()
    }

    fn from_record(record: &Record<'_>) -> Result<Self, DecodeError> {
        Ok(Hostile {
            n: Field::decode(record, &HOSTILE.columns[0])?,
        })
    }
}
