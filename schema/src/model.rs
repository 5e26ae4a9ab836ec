//! The metadata model: one [`Table`] per Dataverse table.
//!
//! Plain data. Field order here is the key order in the YAML file, and the
//! serde names are the contract of `docs/metadata-model.md`; do not rename
//! them. Fields the page does not give are `None` (or empty lists) and are
//! left out of the YAML.

use serde::{Deserialize, Serialize};

use crate::Number;

/// The only format version this crate reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// One Dataverse table, as its reference page describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// Always [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Properties: LogicalName, e.g. `processsession`.
    pub logical_name: String,
    /// Properties: SchemaName, e.g. `ProcessSession`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema_name: Option<String>,
    /// Properties: DisplayName.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Properties: DisplayCollectionName.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_collection_name: Option<String>,
    /// The paragraph under the page title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Properties: EntitySetName, the Web API collection (`processsessions`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_set_name: Option<String>,
    /// Properties: LogicalCollectionName.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logical_collection_name: Option<String>,
    /// Properties: CollectionSchemaName.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection_schema_name: Option<String>,
    /// Properties: PrimaryIdAttribute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_id_attribute: Option<String>,
    /// Properties: PrimaryNameAttribute (absent on some tables).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_name_attribute: Option<String>,
    /// Properties: OwnershipType (UserOwned, OrganizationOwned, None, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership_type: Option<String>,
    /// Properties: IsBPFEntity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_bpf_entity: Option<bool>,
    /// Properties: TableType (Standard, Elastic, Virtual, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table_type: Option<String>,
    /// The Messages table, then the Events table where the page has one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<Message>,
    /// Writable, then read-only columns, in page order.
    #[serde(default)]
    pub columns: Vec<Column>,
    /// Relationships where this table is the referenced (parent) one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_to_many: Vec<OneToMany>,
    /// Relationships where this table holds the lookup.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub many_to_one: Vec<ManyToOne>,
    /// Many-to-many relationships.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub many_to_many: Vec<ManyToMany>,
}

impl Table {
    /// An empty table with only its logical name set.
    pub fn new(logical_name: impl Into<String>) -> Self {
        Table {
            format_version: FORMAT_VERSION,
            logical_name: logical_name.into(),
            schema_name: None,
            display_name: None,
            display_collection_name: None,
            description: None,
            entity_set_name: None,
            logical_collection_name: None,
            collection_schema_name: None,
            primary_id_attribute: None,
            primary_name_attribute: None,
            ownership_type: None,
            is_bpf_entity: None,
            table_type: None,
            messages: Vec::new(),
            columns: Vec::new(),
            one_to_many: Vec::new(),
            many_to_one: Vec::new(),
            many_to_many: Vec::new(),
        }
    }

    /// The column with this logical name.
    pub fn column(&self, logical_name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.logical_name == logical_name)
    }
}

/// One row of the Messages (or Events) table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// The message name: Assign, Create, ...
    pub name: String,
    /// Whether the message is also an event, where the page says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_event: Option<bool>,
    /// The Web API operation as text, links removed. Free text: its wording
    /// differs between page forms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_api: Option<String>,
    /// The SDK request class or method. Free text, like `web_api`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sdk: Option<String>,
}

/// One column (attribute) of a table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    /// LogicalName, e.g. `executedby`.
    pub logical_name: String,
    /// SchemaName (the section heading), e.g. `ExecutedBy`.
    pub schema_name: String,
    /// Type, verbatim.
    #[serde(rename = "type")]
    pub column_type: ColumnType,
    /// DisplayName, when not empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Description, when not empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// RequiredLevel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_level: Option<RequiredLevel>,
    /// Whether the column may be set on create (always written; see the
    /// validity rule in the format documentation).
    pub valid_for_create: bool,
    /// Whether the column may be set on update (always written).
    pub valid_for_update: bool,
    /// IsValidForRead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_for_read: Option<bool>,
    /// IsValidForForm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_for_form: Option<bool>,
    /// MaxLength, in UTF-16 code units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    /// MinValue, exactly as the page writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_value: Option<Number>,
    /// MaxValue, exactly as the page writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_value: Option<Number>,
    /// Precision (digits after the decimal point).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<u32>,
    /// Format, or FormatName where Format is not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// DateTimeBehavior (UserLocal, DateOnly, TimeZoneIndependent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time_behavior: Option<String>,
    /// IsLocalizable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_localizable: Option<bool>,
    /// Targets of a Lookup, Customer or Owner column.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
    /// The name of the choice (option set) a choice column uses: the page's
    /// GlobalChoiceName, the environment's `OptionSet.Name`. Columns that
    /// share a global choice have the same name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_choice_name: Option<String>,
    /// Choices of a Picklist, State, Status, MultiSelectPicklist or Boolean.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionValue>,
    /// The default a Boolean or Picklist column has, where the page gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<DefaultValue>,
}

impl Column {
    /// A column of this type, valid for neither create nor update, with
    /// everything else unset.
    pub fn new(
        logical_name: impl Into<String>,
        schema_name: impl Into<String>,
        column_type: ColumnType,
    ) -> Self {
        Column {
            logical_name: logical_name.into(),
            schema_name: schema_name.into(),
            column_type,
            display_name: None,
            description: None,
            required_level: None,
            valid_for_create: false,
            valid_for_update: false,
            valid_for_read: None,
            valid_for_form: None,
            max_length: None,
            min_value: None,
            max_value: None,
            precision: None,
            format: None,
            date_time_behavior: None,
            is_localizable: None,
            targets: Vec::new(),
            global_choice_name: None,
            options: Vec::new(),
            default_value: None,
        }
    }
}

/// One choice of a choice column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionValue {
    /// The stored integer value.
    pub value: i64,
    /// The label (may be empty).
    #[serde(default)]
    pub label: String,
    /// For a Status option: the State value it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<i64>,
    /// For a State option: its default Status value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_status: Option<i64>,
    /// For a State option: its invariant name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invariant_name: Option<String>,
    /// For a Status option: the allowed transitions, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transition_data: Option<String>,
    /// The option's description, where the page gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl OptionValue {
    /// An option with only value and label.
    pub fn new(value: i64, label: impl Into<String>) -> Self {
        OptionValue {
            value,
            label: label.into(),
            state: None,
            default_status: None,
            invariant_name: None,
            transition_data: None,
            description: None,
        }
    }
}

/// A column's default value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum DefaultValue {
    /// A Boolean column's default.
    Bool(bool),
    /// A Picklist column's default option value.
    Integer(i64),
    /// Any other default, verbatim.
    Text(String),
}

/// A one-to-many relationship: another table's lookup points at this one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OneToMany {
    /// The relationship's SchemaName.
    pub schema_name: String,
    /// The table holding the lookup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referencing_entity: Option<String>,
    /// The lookup column on the referencing table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referencing_attribute: Option<String>,
    /// The collection-valued navigation property on this table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced_entity_navigation_property_name: Option<String>,
    /// IsHierarchical.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_hierarchical: Option<bool>,
    /// IsCustomizable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_customizable: Option<bool>,
    /// CascadeConfiguration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cascade: Option<Cascade>,
    /// The solution that added the relationship ("Added by").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_by: Option<String>,
}

/// A many-to-one relationship: a lookup on this table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManyToOne {
    /// The relationship's SchemaName.
    pub schema_name: String,
    /// The table the lookup points at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced_entity: Option<String>,
    /// The primary key of the referenced table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced_attribute: Option<String>,
    /// The lookup column on this table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referencing_attribute: Option<String>,
    /// The single-valued navigation property on this table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referencing_entity_navigation_property_name: Option<String>,
    /// IsHierarchical.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_hierarchical: Option<bool>,
    /// IsCustomizable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_customizable: Option<bool>,
    /// CascadeConfiguration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cascade: Option<Cascade>,
    /// The solution that added the relationship ("Added by").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_by: Option<String>,
    /// Where the referencing attribute and navigation property come from
    /// when the page does not state them and someone wrote them into the
    /// YAML by hand (free text, e.g. a newer revision of the page). The
    /// importer never writes it; re-importing into the same file keeps it
    /// together with those facts (see [`crate::keep`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplied_from: Option<String>,
    /// True when the fields above were completed from the other table's
    /// one-to-many entry by a cross-table pass, not read from this page.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub resolved: bool,
}

impl ManyToOne {
    /// An entry with only its schema name set.
    pub fn new(schema_name: impl Into<String>) -> Self {
        ManyToOne {
            schema_name: schema_name.into(),
            referenced_entity: None,
            referenced_attribute: None,
            referencing_attribute: None,
            referencing_entity_navigation_property_name: None,
            is_hierarchical: None,
            is_customizable: None,
            cascade: None,
            added_by: None,
            supplied_from: None,
            resolved: false,
        }
    }
}

/// A many-to-many relationship. Entity 1 is the table the page describes
/// (the older layout's "Table 1"); entity 2 is the other table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManyToMany {
    /// The relationship's SchemaName.
    pub schema_name: String,
    /// The intersect (join) table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intersect_entity_name: Option<String>,
    /// IsCustomizable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_customizable: Option<bool>,
    /// Entity 1's logical name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity1_logical_name: Option<String>,
    /// Entity 1's column in the intersect table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity1_intersect_attribute: Option<String>,
    /// The navigation property on entity 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity1_navigation_property_name: Option<String>,
    /// Entity 2's logical name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity2_logical_name: Option<String>,
    /// Entity 2's column in the intersect table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity2_intersect_attribute: Option<String>,
    /// The navigation property on entity 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity2_navigation_property_name: Option<String>,
    /// The solution that added the relationship ("Added by").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_by: Option<String>,
}

/// CascadeConfiguration of a relationship. Values are verbatim: NoCascade,
/// Cascade, Active, UserOwned, RemoveLink, Restrict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cascade {
    /// Assign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assign: Option<String>,
    /// Delete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete: Option<String>,
    /// Merge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge: Option<String>,
    /// Reparent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reparent: Option<String>,
    /// Share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<String>,
    /// Unshare.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unshare: Option<String>,
    /// Archive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive: Option<String>,
    /// RollupView.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollup_view: Option<String>,
}

/// Declares an enum kept in YAML as a string, with known variants and an
/// `Other` variant that keeps any other string verbatim.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
            /// Any other value, kept verbatim.
            Other(String),
        }

        impl $name {
            /// The page's spelling.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $text,)*
                    $name::Other(text) => text,
                }
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                match text {
                    $($text => $name::$variant,)*
                    other => $name::Other(other.to_string()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                Ok($name::from(text.as_str()))
            }
        }
    };
}

string_enum! {
    /// A column's Type. Unknown types are kept verbatim in `Other`.
    ColumnType {
        /// Single line of text.
        String = "String",
        /// Multiple lines of text.
        Memo = "Memo",
        /// 32-bit integer.
        Integer = "Integer",
        /// 64-bit integer.
        BigInt = "BigInt",
        /// Fixed-point decimal.
        Decimal = "Decimal",
        /// Floating point.
        Double = "Double",
        /// Currency.
        Money = "Money",
        /// Two options.
        Boolean = "Boolean",
        /// Date and time.
        DateTime = "DateTime",
        /// GUID.
        Uniqueidentifier = "Uniqueidentifier",
        /// Reference to a row of one of the targets.
        Lookup = "Lookup",
        /// Reference to an account or contact.
        Customer = "Customer",
        /// Reference to a user or team.
        Owner = "Owner",
        /// Choice.
        Picklist = "Picklist",
        /// Status (statecode).
        State = "State",
        /// Status reason (statuscode).
        Status = "Status",
        /// Choices.
        MultiSelectPicklist = "MultiSelectPicklist",
        /// A table's logical name.
        EntityName = "EntityName",
        /// Image.
        Image = "Image",
        /// File.
        File = "File",
        /// Computed, not stored.
        Virtual = "Virtual",
        /// Solution-managed property.
        ManagedProperty = "ManagedProperty",
        /// Activity parties.
        PartyList = "PartyList",
    }
}

string_enum! {
    /// A column's RequiredLevel.
    RequiredLevel {
        /// Optional.
        None = "None",
        /// Business recommended.
        Recommended = "Recommended",
        /// Business required: must be set on create.
        ApplicationRequired = "ApplicationRequired",
        /// Set by the system.
        SystemRequired = "SystemRequired",
    }
}
