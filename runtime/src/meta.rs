//! Static metadata: what generated code knows about a table, as data.
//!
//! Generated modules hold one [`TableMeta`] per table in a `static`; the
//! runtime's validation, payload and decoding read it. Keeping the rules in
//! data (not in generated code) keeps a table's module cheap to compile.

/// One table.
#[derive(Debug)]
pub struct TableMeta {
    /// LogicalName, e.g. `processsession`.
    pub logical_name: &'static str,
    /// SchemaName, e.g. `ProcessSession`.
    pub schema_name: &'static str,
    /// EntitySetName, the Web API collection, e.g. `processsessions`.
    pub entity_set_name: &'static str,
    /// PrimaryIdAttribute.
    pub primary_id_attribute: &'static str,
    /// PrimaryNameAttribute, when the table has one.
    pub primary_name_attribute: Option<&'static str>,
    /// Every column, in page order.
    pub columns: &'static [ColumnMeta],
    /// One-to-many relationships (this table is referenced).
    pub one_to_many: &'static [OneToManyMeta],
    /// Many-to-one relationships (this table holds the lookup).
    pub many_to_one: &'static [ManyToOneMeta],
    /// Many-to-many relationships.
    pub many_to_many: &'static [ManyToManyMeta],
}

impl TableMeta {
    /// The column with this logical name.
    pub fn column(&self, logical_name: &str) -> Option<&'static ColumnMeta> {
        self.columns.iter().find(|c| c.logical_name == logical_name)
    }
}

/// What the runtime does with a column's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// String, Memo, EntityName: text limited by MaxLength.
    Text,
    /// Integer.
    Integer,
    /// BigInt.
    BigInt,
    /// Double.
    Double,
    /// Decimal.
    Decimal,
    /// Money.
    Money,
    /// Boolean.
    Boolean,
    /// DateTime with a time of day.
    DateTime,
    /// DateTime with DateOnly behaviour.
    Date,
    /// Uniqueidentifier.
    Uniqueidentifier,
    /// Lookup, Customer, Owner: a reference to a row of one of the targets.
    Lookup,
    /// Picklist.
    Choice,
    /// State (statecode).
    State,
    /// Status (statuscode).
    Status,
    /// MultiSelectPicklist.
    Choices,
    /// Anything else (Image, File, Virtual, ManagedProperty, PartyList,
    /// unknown types): kept as raw JSON.
    Other,
}

impl ColumnKind {
    /// Whether the Web API names the column `_<name>_value` in records.
    pub fn is_lookup(self) -> bool {
        self == ColumnKind::Lookup
    }
}

/// RequiredLevel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequiredLevel {
    /// Optional.
    None,
    /// Business recommended.
    Recommended,
    /// Business required: must be set on create.
    ApplicationRequired,
    /// Set by the system.
    SystemRequired,
}

/// One column.
#[derive(Debug)]
pub struct ColumnMeta {
    /// LogicalName, the Web API property name (`executedby`).
    pub logical_name: &'static str,
    /// SchemaName (`ExecutedBy`).
    pub schema_name: &'static str,
    /// Type, verbatim from the metadata (`Lookup`).
    pub column_type: &'static str,
    /// How the runtime treats values.
    pub kind: ColumnKind,
    /// RequiredLevel.
    pub required_level: RequiredLevel,
    /// Whether the column may be set on create.
    pub valid_for_create: bool,
    /// Whether the column may be set on update.
    pub valid_for_update: bool,
    /// MaxLength in UTF-16 code units.
    pub max_length: Option<u64>,
    /// MinValue.
    pub min_value: Option<Bound>,
    /// MaxValue.
    pub max_value: Option<Bound>,
    /// Precision (digits after the decimal point).
    pub precision: Option<u32>,
    /// Targets of a lookup, with how to bind each in a payload.
    pub targets: &'static [Target],
    /// Options of a choice column.
    pub options: &'static [OptionMeta],
}

impl ColumnMeta {
    /// The option with this value.
    pub fn option(&self, value: i32) -> Option<&'static OptionMeta> {
        self.options.iter().find(|o| o.value == value)
    }

    /// The target with this table logical name.
    pub fn target(&self, table: &str) -> Option<&'static Target> {
        self.targets.iter().find(|t| t.table == table)
    }

    /// The property name a record uses for this column: `_<name>_value` for
    /// lookups, the logical name otherwise. Also the `$select` name.
    pub fn record_key(&self) -> String {
        if self.kind.is_lookup() {
            format!("_{}_value", self.logical_name)
        } else {
            self.logical_name.to_string()
        }
    }
}

/// A numeric bound, as the metadata writes it (exact).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound(pub &'static str);

impl Bound {
    /// As an integer, when it is one in range.
    pub fn as_i128(self) -> Option<i128> {
        self.0.parse().ok()
    }

    /// As a decimal, when in range.
    pub fn as_decimal(self) -> Option<rust_decimal::Decimal> {
        use std::str::FromStr;
        rust_decimal::Decimal::from_str(self.0)
            .or_else(|_| rust_decimal::Decimal::from_scientific(self.0))
            .ok()
    }

    /// As the nearest float.
    pub fn as_f64(self) -> f64 {
        self.0.parse().unwrap_or(f64::NAN)
    }
}

/// One target table of a lookup column.
#[derive(Debug)]
pub struct Target {
    /// The target's logical name (`systemuser`).
    pub table: &'static str,
    /// The target's entity set (`systemusers`). When the target table was
    /// not generated alongside, this is the generator's documented fallback
    /// (the logical name in English plural) and `entity_set_known` is false.
    pub entity_set: &'static str,
    /// Whether `entity_set` comes from the target's own metadata.
    pub entity_set_known: bool,
    /// The single-valued navigation property that binds this target in a
    /// payload (`executedby`, or `regardingobjectid_account` for one target
    /// of a polymorphic lookup).
    pub navigation_property: &'static str,
    /// Whether `navigation_property` comes from relationship metadata (as
    /// opposed to the documented fallback).
    pub navigation_property_known: bool,
}

/// One option of a choice column.
#[derive(Debug)]
pub struct OptionMeta {
    /// The stored value.
    pub value: i32,
    /// The label.
    pub label: &'static str,
    /// For a Status option: the State value it belongs to.
    pub state: Option<i32>,
    /// For a State option: its default Status value.
    pub default_status: Option<i32>,
}

/// A one-to-many relationship: rows of `referencing_entity` point here.
#[derive(Debug)]
pub struct OneToManyMeta {
    /// SchemaName.
    pub schema_name: &'static str,
    /// The table holding the lookup.
    pub referencing_entity: &'static str,
    /// The lookup column on the referencing table, when known.
    pub referencing_attribute: Option<&'static str>,
    /// The collection-valued navigation property on this table.
    pub navigation_property: &'static str,
}

/// A many-to-one relationship: a lookup on this table.
#[derive(Debug)]
pub struct ManyToOneMeta {
    /// SchemaName.
    pub schema_name: &'static str,
    /// The referenced table.
    pub referenced_entity: &'static str,
    /// The lookup column on this table, when known.
    pub referencing_attribute: Option<&'static str>,
    /// The single-valued navigation property on this table.
    pub navigation_property: &'static str,
    /// Whether `navigation_property` comes from relationship metadata (as
    /// opposed to the documented fallback).
    pub navigation_property_known: bool,
}

/// A many-to-many relationship, seen from this table.
#[derive(Debug)]
pub struct ManyToManyMeta {
    /// SchemaName.
    pub schema_name: &'static str,
    /// The intersect table.
    pub intersect_entity: &'static str,
    /// The other table.
    pub other_entity: &'static str,
    /// The collection-valued navigation property on this table.
    pub navigation_property: &'static str,
}
