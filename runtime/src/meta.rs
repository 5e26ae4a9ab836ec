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
    /// Relationships the metadata lists but that cannot be navigated,
    /// expanded or bound: the Web API needs their navigation property, and
    /// the metadata does not name it. `one_to_many`, `many_to_one` and
    /// `many_to_many` hold only relationships whose navigation property is
    /// known.
    pub unresolved: &'static [UnresolvedMeta],
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
    /// PartyList: the activity parties of one participation type (`from`,
    /// `to`, ...), sent and read in the activity's party collection (see
    /// [`crate::party`]).
    PartyList,
    /// Anything else (Image, File, Virtual, ManagedProperty, unknown
    /// types, party lists whose participation type or collection is not
    /// known): kept as raw JSON.
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
    /// For a party list: its participation type and the activity's party
    /// collection.
    pub party_list: Option<PartyListMeta>,
    /// For an EntityName column that holds the table of a polymorphic
    /// lookup (`owneridtype` of `ownerid`): that lookup's logical name.
    /// Dataverse fills the column from the lookup's binding.
    pub type_of: Option<&'static str>,
}

impl ColumnMeta {
    /// A column with only its names, Type and kind: valid for create and
    /// update, RequiredLevel `None`, no limits, targets or options. Generated
    /// metadata starts here and adds the rest with the methods below, which
    /// are `const` so the result can be a `static`:
    ///
    /// ```
    /// use dataverse::meta::{ColumnMeta, RequiredLevel};
    /// use dataverse::ColumnKind;
    ///
    /// static NAME: ColumnMeta = ColumnMeta::new("name", "Name", "String", ColumnKind::Text)
    ///     .required_level(RequiredLevel::ApplicationRequired)
    ///     .max_length(850);
    /// assert_eq!(NAME.max_length, Some(850));
    /// assert!(NAME.valid_for_update);
    /// ```
    pub const fn new(
        logical_name: &'static str,
        schema_name: &'static str,
        column_type: &'static str,
        kind: ColumnKind,
    ) -> Self {
        ColumnMeta {
            logical_name,
            schema_name,
            column_type,
            kind,
            required_level: RequiredLevel::None,
            valid_for_create: true,
            valid_for_update: true,
            max_length: None,
            min_value: None,
            max_value: None,
            precision: None,
            targets: &[],
            options: &[],
            party_list: None,
            type_of: None,
        }
    }

    /// With this RequiredLevel.
    pub const fn required_level(mut self, level: RequiredLevel) -> Self {
        self.required_level = level;
        self
    }

    /// With IsValidForCreate set to `valid`.
    pub const fn valid_for_create(mut self, valid: bool) -> Self {
        self.valid_for_create = valid;
        self
    }

    /// With IsValidForUpdate set to `valid`.
    pub const fn valid_for_update(mut self, valid: bool) -> Self {
        self.valid_for_update = valid;
        self
    }

    /// With this MaxLength (UTF-16 code units).
    pub const fn max_length(mut self, max_length: u64) -> Self {
        self.max_length = Some(max_length);
        self
    }

    /// With this MinValue, as the metadata writes it.
    pub const fn min_value(mut self, value: &'static str) -> Self {
        self.min_value = Some(Bound(value));
        self
    }

    /// With this MaxValue, as the metadata writes it.
    pub const fn max_value(mut self, value: &'static str) -> Self {
        self.max_value = Some(Bound(value));
        self
    }

    /// With this Precision.
    pub const fn precision(mut self, precision: u32) -> Self {
        self.precision = Some(precision);
        self
    }

    /// With these lookup targets.
    pub const fn targets(mut self, targets: &'static [Target]) -> Self {
        self.targets = targets;
        self
    }

    /// With these choice options.
    pub const fn options(mut self, options: &'static [OptionMeta]) -> Self {
        self.options = options;
        self
    }

    /// As a party list of this participation type, sent in the activity's
    /// party collection `collection`; `accepts_addresses` when its targets
    /// include `unresolvedaddress` (email addresses that are no row).
    pub const fn party_list(
        mut self,
        collection: &'static str,
        participation_type: i32,
        accepts_addresses: bool,
    ) -> Self {
        self.party_list = Some(PartyListMeta {
            collection,
            participation_type,
            accepts_addresses,
        });
        self
    }

    /// As the column holding the table of lookup `lookup`.
    pub const fn type_of(mut self, lookup: &'static str) -> Self {
        self.type_of = Some(lookup);
        self
    }

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
    /// payload (`executedby`; `sla_account_sla` for account's `slaid`;
    /// `customerid_account` for one target of a polymorphic lookup), when
    /// known. `None`: the metadata does not name it and no documented
    /// convention gives it, so the target cannot be bound (validation
    /// reports [`crate::Rule::NoNavigationProperty`]). For a party list's
    /// target, the navigation property of activityparty's `partyid`
    /// (`partyid_contact`).
    pub navigation_property: Option<&'static str>,
    /// Whether `navigation_property` comes from relationship metadata, as
    /// opposed to the Web API convention that a single-table lookup's
    /// navigation property is named like the lookup (which Microsoft
    /// documents as holding in most cases, not all).
    pub navigation_property_known: bool,
}

impl Target {
    /// A target whose entity set and navigation property both come from
    /// metadata; see [`Target::entity_set_assumed`] and
    /// [`Target::navigation_property_assumed`] for the fallbacks.
    pub const fn new(
        table: &'static str,
        entity_set: &'static str,
        navigation_property: &'static str,
    ) -> Self {
        Target {
            table,
            entity_set,
            entity_set_known: true,
            navigation_property: Some(navigation_property),
            navigation_property_known: true,
        }
    }

    /// A target whose navigation property is not known: it cannot be
    /// bound in a payload.
    pub const fn without_navigation_property(
        table: &'static str,
        entity_set: &'static str,
    ) -> Self {
        Target {
            table,
            entity_set,
            entity_set_known: true,
            navigation_property: None,
            navigation_property_known: false,
        }
    }

    /// Marks the entity set as the generator's fallback, not metadata.
    pub const fn entity_set_assumed(mut self) -> Self {
        self.entity_set_known = false;
        self
    }

    /// Marks the navigation property as the Web API convention, not
    /// metadata.
    pub const fn navigation_property_assumed(mut self) -> Self {
        self.navigation_property_known = false;
        self
    }
}

/// How a party-list column is sent: all party lists of an activity go,
/// each party with its participation type, into the one collection-valued
/// navigation property of the activity's one-to-many relationship to
/// activityparty (`phonecall_activity_parties`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartyListMeta {
    /// The activity's party collection (`phonecall_activity_parties`).
    pub collection: &'static str,
    /// The `participationtypemask` of this column's parties (`1` Sender
    /// for `from`, `2` ToRecipient for `to`, ...).
    pub participation_type: i32,
    /// Whether a party may be an email address that is no row (the
    /// column's targets include `unresolvedaddress`).
    pub accepts_addresses: bool,
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

impl OptionMeta {
    /// An option with its value and label.
    pub const fn new(value: i32, label: &'static str) -> Self {
        OptionMeta {
            value,
            label,
            state: None,
            default_status: None,
        }
    }

    /// For a Status option: with the State value it belongs to.
    pub const fn state(mut self, state: i32) -> Self {
        self.state = Some(state);
        self
    }

    /// For a State option: with its default Status value.
    pub const fn default_status(mut self, status: i32) -> Self {
        self.default_status = Some(status);
        self
    }
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

impl OneToManyMeta {
    /// A relationship with its SchemaName, the referencing table and the
    /// navigation property on this table; the lookup column is unknown
    /// until [`OneToManyMeta::referencing_attribute`] names it.
    pub const fn new(
        schema_name: &'static str,
        referencing_entity: &'static str,
        navigation_property: &'static str,
    ) -> Self {
        OneToManyMeta {
            schema_name,
            referencing_entity,
            referencing_attribute: None,
            navigation_property,
        }
    }

    /// With the lookup column on the referencing table.
    pub const fn referencing_attribute(mut self, column: &'static str) -> Self {
        self.referencing_attribute = Some(column);
        self
    }
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
    /// Whether `navigation_property` comes from relationship metadata, as
    /// opposed to the Web API convention (a single-table lookup's
    /// navigation property named like the lookup).
    pub navigation_property_known: bool,
}

impl ManyToOneMeta {
    /// A relationship with its SchemaName, the referenced table and the
    /// navigation property on this table (from metadata); the lookup column
    /// is unknown until [`ManyToOneMeta::referencing_attribute`] names it.
    pub const fn new(
        schema_name: &'static str,
        referenced_entity: &'static str,
        navigation_property: &'static str,
    ) -> Self {
        ManyToOneMeta {
            schema_name,
            referenced_entity,
            referencing_attribute: None,
            navigation_property,
            navigation_property_known: true,
        }
    }

    /// With the lookup column on this table.
    pub const fn referencing_attribute(mut self, column: &'static str) -> Self {
        self.referencing_attribute = Some(column);
        self
    }

    /// Marks the navigation property as the Web API convention, not
    /// metadata.
    pub const fn navigation_property_assumed(mut self) -> Self {
        self.navigation_property_known = false;
        self
    }
}

pub use crate::unresolved::{RelationshipKind, UnresolvedMeta};

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
