//! The plan: every name, Rust type and cross-table link decided before any
//! token is written, for all tables generated together (a [`Unit`]).
//!
//! Emission (`emit.rs`) only reads the plan, so naming and linking rules
//! live here, once.

use std::collections::{BTreeMap, HashMap};

use dataverse_schema::{Column, ColumnType, OptionValue, Table};
use rayon::prelude::*;

use crate::names::{identifier, Case, Namespace};
use crate::GenerateError;

/// Tables generated together. Lookups and relationships between them are
/// typed; references to other tables fall back as documented on
/// [`TargetPlan`] and [`ManyToOnePlan`].
#[derive(Debug)]
pub struct Unit {
    /// One plan per table, sorted by logical name.
    pub tables: Vec<TablePlan>,
}

/// How the runtime treats a column (mirrors `dataverse::ColumnKind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// String, Memo, EntityName.
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
    /// DateTime.
    DateTime,
    /// DateTime with DateOnly behaviour.
    Date,
    /// Uniqueidentifier.
    Uniqueidentifier,
    /// Lookup, Customer, Owner.
    Lookup,
    /// Picklist.
    Choice,
    /// State.
    State,
    /// Status.
    Status,
    /// MultiSelectPicklist.
    Choices,
    /// PartyList with a known participation type and party collection.
    PartyList,
    /// Image, File, Virtual, ManagedProperty, other party lists, unknown
    /// types.
    Other,
}

impl Kind {
    /// The runtime's name for this kind.
    pub fn runtime_name(self) -> &'static str {
        match self {
            Kind::Text => "Text",
            Kind::Integer => "Integer",
            Kind::BigInt => "BigInt",
            Kind::Double => "Double",
            Kind::Decimal => "Decimal",
            Kind::Money => "Money",
            Kind::Boolean => "Boolean",
            Kind::DateTime => "DateTime",
            Kind::Date => "Date",
            Kind::Uniqueidentifier => "Uniqueidentifier",
            Kind::Lookup => "Lookup",
            Kind::Choice => "Choice",
            Kind::State => "State",
            Kind::Status => "Status",
            Kind::Choices => "Choices",
            Kind::PartyList => "PartyList",
            Kind::Other => "Other",
        }
    }

    fn of(column: &Column) -> Kind {
        match &column.column_type {
            ColumnType::String | ColumnType::Memo | ColumnType::EntityName => Kind::Text,
            ColumnType::Integer => Kind::Integer,
            ColumnType::BigInt => Kind::BigInt,
            ColumnType::Double => Kind::Double,
            ColumnType::Decimal => Kind::Decimal,
            ColumnType::Money => Kind::Money,
            ColumnType::Boolean => Kind::Boolean,
            ColumnType::DateTime if column.date_time_behavior.as_deref() == Some("DateOnly") => {
                Kind::Date
            }
            ColumnType::DateTime => Kind::DateTime,
            ColumnType::Uniqueidentifier => Kind::Uniqueidentifier,
            ColumnType::Lookup | ColumnType::Customer | ColumnType::Owner => Kind::Lookup,
            ColumnType::Picklist => Kind::Choice,
            ColumnType::State => Kind::State,
            ColumnType::Status => Kind::Status,
            ColumnType::MultiSelectPicklist => Kind::Choices,
            _ => Kind::Other,
        }
    }
}

/// The Rust type of a column's field (inside its `Option`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RustType {
    /// `String`.
    String,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `f64`.
    F64,
    /// `Decimal`.
    Decimal,
    /// `bool`.
    Bool,
    /// `DateTime<Utc>`.
    DateTime,
    /// `NaiveDate`.
    Date,
    /// `Uuid`.
    Uuid,
    /// `EntityRef`.
    EntityRef,
    /// `Ref<super::<module>::<type>>`: the lookup's only target is in the unit.
    Ref {
        /// The target table's logical name.
        table: String,
    },
    /// A generated choice enum.
    Choice {
        /// The enum's name.
        name: String,
    },
    /// `Choices<enum>`.
    Choices {
        /// The enum's name.
        name: String,
    },
    /// `PartyList`.
    PartyList,
    /// `serde_json::Value`.
    Json,
}

/// One table's plan.
#[derive(Debug)]
pub struct TablePlan {
    /// The table, with many-to-one entries completed from the unit.
    pub table: Table,
    /// The module name (`processsession`).
    pub module: String,
    /// The entity type's name (`ProcessSession`).
    pub type_name: String,
    /// The static holding the table's metadata (`PROCESSSESSION_META`).
    pub meta_static: String,
    /// The entity set, given or fallen back to (see [`default_entity_set_name`]).
    pub entity_set_name: String,
    /// Whether the page gave the entity set.
    pub entity_set_known: bool,
    /// Columns, in page order.
    pub columns: Vec<ColumnPlan>,
    /// Choice enums, in column order.
    pub enums: Vec<EnumPlan>,
    /// One-to-many relationships, in page order.
    pub one_to_many: Vec<RelationshipPlan>,
    /// Many-to-one relationships, in page order.
    pub many_to_one: Vec<ManyToOnePlan>,
    /// Many-to-many relationships, in page order.
    pub many_to_many: Vec<RelationshipPlan>,
    /// Whether some lookup target or relationship uses the Web API
    /// convention for its navigation property.
    pub uses_convention: bool,
    /// Whether some lookup target or relationship has no known navigation
    /// property.
    pub has_unknown_navigation: bool,
    /// Whether some lookup target's entity set is the plural fallback.
    pub assumes_entity_sets: bool,
}

/// One column's plan.
#[derive(Debug)]
pub struct ColumnPlan {
    /// Index in the table's columns.
    pub index: usize,
    /// The field name (`activity_name`).
    pub field: String,
    /// The constant name (`ACTIVITY_NAME`).
    pub constant: String,
    /// How the runtime treats it.
    pub kind: Kind,
    /// The field's type.
    pub rust_type: RustType,
    /// Index into [`TablePlan::enums`] for choice columns.
    pub enum_index: Option<usize>,
    /// How each target binds in a payload (lookups and typed party
    /// lists; a party list's `unresolvedaddress` is no target here).
    pub targets: Vec<TargetPlan>,
    /// How a typed party list is sent.
    pub party_list: Option<PartyListPlan>,
    /// Why a PartyList column is kept as raw JSON.
    pub untyped_party_list: Option<&'static str>,
    /// For an EntityName column holding the table of a polymorphic lookup
    /// (`owneridtype`): that lookup's logical name.
    pub type_of: Option<String>,
}

/// How a typed party-list column is sent (see `dataverse::party`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyListPlan {
    /// The activity's party collection: the navigation property of its
    /// one-to-many relationship to activityparty through `activityid`.
    pub collection: String,
    /// The participation type of the column's parties.
    pub participation_type: i32,
    /// Whether the targets include `unresolvedaddress`.
    pub accepts_addresses: bool,
}

/// Where a navigation property's name comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Navigation {
    /// The metadata states it (the page, another table of the unit, or the
    /// YAML written by hand).
    Stated(String),
    /// The Web API convention: a single-table lookup's (or an Owner
    /// lookup's) navigation property is named like the lookup. Microsoft
    /// documents this as holding in most cases, not all.
    Convention(String),
    /// Not known: nothing states it and no documented convention gives it.
    Unknown,
}

impl Navigation {
    /// The name, when known.
    pub fn name(&self) -> Option<&str> {
        match self {
            Navigation::Stated(name) | Navigation::Convention(name) => Some(name),
            Navigation::Unknown => None,
        }
    }
}

/// Where a relationship's metadata goes in the table's static.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Index into the static's list of its kind: it can be navigated.
    Navigable(usize),
    /// Index into the static's `unresolved` list.
    Unresolved(usize),
}

/// How one target of a lookup binds in a payload.
///
/// When the target table is not in the unit, its entity set is
/// [`default_entity_set_name`] of its logical name. The navigation property
/// is the one a many-to-one entry states for this lookup and target (for
/// an Owner lookup, also an entry to `owner`); failing that, for a
/// single-target or Owner lookup, the lookup's logical name (the Web API
/// convention, [`Navigation::Convention`]); for one target of a
/// polymorphic lookup, unknown: Microsoft documents no rule for those
/// names (`customerid_account`, but `regardingobjectid_account_task`).
///
/// For a party list, the navigation property is that of activityparty's
/// `partyid` for the target, as activityparty's metadata states it when
/// that table is in the unit; unknown otherwise.
#[derive(Debug, Clone)]
pub struct TargetPlan {
    /// The target's logical name.
    pub table: String,
    /// Its entity set.
    pub entity_set: String,
    /// Whether the entity set comes from the target's own metadata.
    pub entity_set_known: bool,
    /// The navigation property that binds it.
    pub navigation: Navigation,
}

/// A choice enum.
#[derive(Debug)]
pub struct EnumPlan {
    /// The enum's name (`ProcessSessionStatusCode`).
    pub name: String,
    /// The column it belongs to.
    pub column_index: usize,
    /// Variants, in option order; options repeating an earlier value, and
    /// values that do not fit Dataverse's 32-bit option values, are left
    /// out.
    pub variants: Vec<VariantPlan>,
    /// The name of the catch-all variant for unknown values (`Unknown`).
    pub unknown_variant: String,
}

/// One variant of a choice enum.
#[derive(Debug)]
pub struct VariantPlan {
    /// The variant's name.
    pub name: String,
    /// The option.
    pub option: OptionValue,
}

/// A one-to-many or many-to-many relationship's plan. Its collection-valued
/// navigation property is the one the metadata states; without it, the
/// relationship is unresolved.
#[derive(Debug)]
pub struct RelationshipPlan {
    /// Index in the table's list.
    pub index: usize,
    /// The constant name.
    pub constant: String,
    /// The other table.
    pub other_table: String,
    /// The navigation property on this table, when stated.
    pub navigation_property: Option<String>,
    /// Where its metadata goes.
    pub slot: Slot,
}

/// A many-to-one relationship's plan.
///
/// The lookup column is the page's ReferencingAttribute, or, for an older
/// page that only names the other table, the one the other table's
/// one-to-many entry of the same schema name gives when that table is in
/// the unit; it is never guessed. The navigation property is the page's
/// ReferencingEntityNavigationPropertyName; failing that, the lookup's name
/// when the lookup is a single-target or Owner lookup (the Web API
/// convention); failing that, unknown: the relationship is unresolved, and
/// its constant cannot be navigated.
#[derive(Debug)]
pub struct ManyToOnePlan {
    /// Index in the table's list.
    pub index: usize,
    /// The constant name.
    pub constant: String,
    /// The referenced table ("" when the page does not say).
    pub other_table: String,
    /// The lookup column, when known.
    pub referencing_attribute: Option<String>,
    /// The navigation property on this table.
    pub navigation: Navigation,
    /// Where its metadata goes.
    pub slot: Slot,
}

impl Unit {
    /// Plans `tables`. Errors on two tables with one logical name, or two
    /// columns of a table with one logical name.
    pub fn new(
        tables: Vec<Table>,
        type_names: &BTreeMap<String, String>,
    ) -> Result<Unit, GenerateError> {
        let mut tables = tables;
        tables.sort_by(|a, b| a.logical_name.cmp(&b.logical_name));
        for pair in tables.windows(2) {
            if pair[0].logical_name == pair[1].logical_name {
                return Err(GenerateError::DuplicateTable(pair[0].logical_name.clone()));
            }
        }
        for table in &tables {
            let mut seen = HashMap::new();
            for column in &table.columns {
                if seen.insert(column.logical_name.as_str(), ()).is_some() {
                    return Err(GenerateError::DuplicateColumn {
                        table: table.logical_name.clone(),
                        column: column.logical_name.clone(),
                    });
                }
            }
        }
        dataverse_schema::link::complete_many_to_one(&mut tables);

        let entity_sets: HashMap<String, Option<String>> = tables
            .iter()
            .map(|t| (t.logical_name.clone(), t.entity_set_name.clone()))
            .collect();
        let facts = UnitFacts {
            party_navigation: tables
                .iter()
                .find(|t| t.logical_name == ACTIVITY_PARTY)
                .map(party_navigation),
            entity_sets,
        };
        let mut modules = Namespace::default();
        let mut named = Vec::with_capacity(tables.len());
        for table in tables {
            let module = modules.claim_text(&table.logical_name, Case::Snake, "table");
            let type_name = match type_names.get(&table.logical_name) {
                Some(name) if identifier(name, Case::Camel).as_deref() == Some(name.as_str()) => {
                    Some(name.clone())
                }
                Some(name) => {
                    return Err(GenerateError::InvalidTypeName {
                        table: table.logical_name.clone(),
                        name: name.clone(),
                    })
                }
                None => None,
            };
            named.push((table, module, type_name));
        }
        // Module names are claimed in order (above); the rest of a table's
        // plan depends on no other plan.
        let tables = named
            .into_par_iter()
            .map(|(table, module, type_name)| plan_table(table, module, type_name, &facts))
            .collect();
        Ok(Unit { tables })
    }

    /// The plan of the table with this logical name.
    pub fn table(&self, logical_name: &str) -> Option<&TablePlan> {
        // `tables` is in logical name order (`Unit::new` sorts it).
        self.tables
            .binary_search_by(|plan| plan.table.logical_name.as_str().cmp(logical_name))
            .ok()
            .map(|index| &self.tables[index])
    }
}

/// The entity set Dataverse gives a table by default, used for tables whose
/// metadata is not in the unit: the logical name in English plural
/// (`systemuser` -> `systemusers`, `activityparty` -> `activityparties`,
/// `address` -> `addresses`).
pub fn default_entity_set_name(logical_name: &str) -> String {
    let bytes = logical_name.as_bytes();
    let consonant_y = bytes.len() >= 2
        && bytes[bytes.len() - 1] == b'y'
        && !b"aeiou".contains(&bytes[bytes.len() - 2]);
    if consonant_y {
        format!("{}ies", &logical_name[..logical_name.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|suffix| logical_name.ends_with(suffix))
    {
        format!("{logical_name}es")
    } else {
        format!("{logical_name}s")
    }
}

/// Prelude types generated code names unqualified.
const RESERVED_TYPES: &[&str] = &["Option", "String", "Vec", "Result", "Box"];

/// Names the impl's constants may not take.
const RESERVED_CONSTANTS: &[&str] = &[
    "LOGICAL_NAME",
    "ENTITY_SET_NAME",
    "PRIMARY_ID_ATTRIBUTE",
    "PRIMARY_NAME_ATTRIBUTE",
    "TABLE",
];

/// What a table's plan needs to know about the other tables of the unit.
struct UnitFacts {
    /// Entity sets by logical name (`None`: the table is in the unit, but
    /// its metadata does not give its entity set).
    entity_sets: HashMap<String, Option<String>>,
    /// When activityparty is in the unit: how its `partyid` binds each of
    /// its targets.
    party_navigation: Option<HashMap<String, Navigation>>,
}

/// The activity party table, whose `partyid` lookup binds a party.
const ACTIVITY_PARTY: &str = "activityparty";

/// How activityparty's `partyid` binds each target: the navigation
/// property its many-to-one entries state (`partyid_contact`); `partyid` is
/// polymorphic, so no convention applies.
fn party_navigation(activity_party: &Table) -> HashMap<String, Navigation> {
    let Some(party_id) = activity_party.column("partyid") else {
        return HashMap::new();
    };
    party_id
        .targets
        .iter()
        .map(|target| {
            let navigation = stated_navigation(activity_party, party_id, target)
                .map_or(Navigation::Unknown, Navigation::Stated);
            (target.clone(), navigation)
        })
        .collect()
}

/// The participation type (`participationtypemask`) of a PartyList
/// column's parties, as Microsoft documents it per activity table and
/// column ("Activity Party types available for each activity"): `from` is
/// Sender (1), `to` ToRecipient (2), `cc` CCRecipient (3), `bcc`
/// BccRecipient (4), `requiredattendees` RequiredAttendee (5),
/// `optionalattendees` OptionalAttendee (6), `organizer` Organizer (7),
/// `resources` Resource (10), `customers` Customer (11); campaignresponse's
/// `customer`, `partner` and `from` are Customer (11), campaignactivity's
/// `partners` and `from` Sender (1). Other columns: not documented.
pub fn participation_type(table: &str, column: &str) -> Option<i32> {
    match (table, column) {
        ("campaignresponse", "customer" | "partner" | "from") => Some(11),
        ("campaignactivity", "partners" | "from") => Some(1),
        (_, "from") => Some(1),
        (_, "to") => Some(2),
        (_, "cc") => Some(3),
        (_, "bcc") => Some(4),
        (_, "requiredattendees") => Some(5),
        (_, "optionalattendees") => Some(6),
        (_, "organizer") => Some(7),
        (_, "resources") => Some(10),
        (_, "customers") => Some(11),
        _ => None,
    }
}

/// A party list's target that is an email address, not a table.
const UNRESOLVED_ADDRESS: &str = "unresolvedaddress";

/// The activity's party collection: the navigation property of its
/// one-to-many relationship to activityparty through `activityid`.
fn party_collection(table: &Table) -> Option<String> {
    table
        .one_to_many
        .iter()
        .find(|r| {
            r.referencing_entity.as_deref() == Some(ACTIVITY_PARTY)
                && r.referencing_attribute.as_deref() == Some("activityid")
        })
        .and_then(|r| r.referenced_entity_navigation_property_name.clone())
}

/// For an EntityName column, the polymorphic lookup whose table it holds,
/// by Dataverse's naming of these columns: `<lookup>type` (`owneridtype`,
/// `goalowneridtype`), and for a lookup `<name>id`, `<name>typecode`
/// (`regardingobjecttypecode`) or `<name>objecttypecode`
/// (`partyobjecttypecode`). Only a lookup with more than one target, or
/// an Owner or Customer lookup, has one.
fn lookup_of_type_column(table: &Table, column: &Column) -> Option<String> {
    if column.column_type != ColumnType::EntityName {
        return None;
    }
    let name = column.logical_name.as_str();
    let mut candidates = table.columns.iter().filter(|lookup| {
        let polymorphic = match lookup.column_type {
            ColumnType::Owner | ColumnType::Customer => true,
            ColumnType::Lookup => lookup.targets.len() > 1,
            _ => false,
        };
        let lookup_name = lookup.logical_name.as_str();
        let stem = lookup_name.strip_suffix("id");
        polymorphic
            && (name.strip_suffix("type") == Some(lookup_name)
                || stem.is_some_and(|stem| {
                    name.strip_suffix("typecode") == Some(stem)
                        || name.strip_suffix("objecttypecode") == Some(stem)
                }))
    });
    match (candidates.next(), candidates.next()) {
        (Some(lookup), None) => Some(lookup.logical_name.clone()),
        _ => None,
    }
}

fn plan_table(
    table: Table,
    module: String,
    type_name: Option<String>,
    facts: &UnitFacts,
) -> TablePlan {
    let entity_sets = &facts.entity_sets;
    let type_name = type_name.unwrap_or_else(|| {
        identifier(
            table.schema_name.as_deref().unwrap_or(&table.logical_name),
            Case::Camel,
        )
        .or_else(|| identifier(&table.logical_name, Case::Camel))
        .unwrap_or_else(|| "Table".to_string())
    });
    let meta_static = format!(
        "{}_META",
        identifier(&table.logical_name, Case::Screaming).unwrap_or_else(|| "TABLE".into())
    );
    let (entity_set_name, entity_set_known) = match &table.entity_set_name {
        Some(name) => (name.clone(), true),
        None => (default_entity_set_name(&table.logical_name), false),
    };

    // Types in the module: prelude names the generated code uses, the
    // entity, then enums.
    let mut types = Namespace::with_reserved(RESERVED_TYPES);
    let type_name = types.claim(type_name, Case::Camel);
    let mut fields = Namespace::default();
    let mut constants = Namespace::with_reserved(RESERVED_CONSTANTS);

    let collection = party_collection(&table);
    let mut columns = Vec::with_capacity(table.columns.len());
    let mut enums = Vec::new();
    for (index, column) in table.columns.iter().enumerate() {
        let fallback = format!("column_{index}");
        let field = fields.claim_text(&column.schema_name, Case::Snake, &fallback);
        let constant = constants.claim_text(&column.schema_name, Case::Screaming, &fallback);
        let mut kind = Kind::of(column);
        let mut enum_index = None;
        let mut party_list = None;
        let mut untyped_party_list = None;
        if column.column_type == ColumnType::PartyList {
            match (
                participation_type(&table.logical_name, &column.logical_name),
                &collection,
            ) {
                (Some(participation_type), Some(collection)) => {
                    kind = Kind::PartyList;
                    party_list = Some(PartyListPlan {
                        collection: collection.clone(),
                        participation_type,
                        accepts_addresses: column.targets.iter().any(|t| t == UNRESOLVED_ADDRESS),
                    });
                }
                (None, _) => {
                    untyped_party_list = Some(
                        "Microsoft documents no participation type for this party-list column",
                    );
                }
                (Some(_), None) => {
                    untyped_party_list = Some(
                        "the metadata names no party collection for this table (its one-to-many \
                         relationship to activityparty through `activityid`)",
                    );
                }
            }
        }
        let rust_type = match kind {
            Kind::Text => RustType::String,
            Kind::Integer => RustType::I32,
            Kind::BigInt => RustType::I64,
            Kind::Double => RustType::F64,
            Kind::Decimal | Kind::Money => RustType::Decimal,
            Kind::Boolean => RustType::Bool,
            Kind::DateTime => RustType::DateTime,
            Kind::Date => RustType::Date,
            Kind::Uniqueidentifier => RustType::Uuid,
            Kind::Lookup => match column.targets.as_slice() {
                [only] if entity_sets.contains_key(only) => RustType::Ref {
                    table: only.clone(),
                },
                _ => RustType::EntityRef,
            },
            Kind::Choice | Kind::State | Kind::Status | Kind::Choices => {
                let name = enum_name(&type_name, &column.schema_name, &mut types, index);
                enum_index = Some(enums.len());
                enums.push(plan_enum(name.clone(), index, &column.options));
                if kind == Kind::Choices {
                    RustType::Choices { name }
                } else {
                    RustType::Choice { name }
                }
            }
            Kind::PartyList => RustType::PartyList,
            Kind::Other => RustType::Json,
        };
        let targets = match kind {
            Kind::Lookup => column
                .targets
                .iter()
                .map(|target| plan_target(&table, column, target, entity_sets))
                .collect(),
            Kind::PartyList => column
                .targets
                .iter()
                .filter(|target| *target != UNRESOLVED_ADDRESS)
                .map(|target| {
                    let (entity_set, entity_set_known) = entity_set_of(target, entity_sets);
                    let navigation = facts
                        .party_navigation
                        .as_ref()
                        .and_then(|navigation| navigation.get(target).cloned())
                        .unwrap_or(Navigation::Unknown);
                    TargetPlan {
                        table: target.clone(),
                        entity_set,
                        entity_set_known,
                        navigation,
                    }
                })
                .collect(),
            _ => Vec::new(),
        };
        columns.push(ColumnPlan {
            index,
            field,
            constant,
            kind,
            rust_type,
            enum_index,
            targets,
            party_list,
            untyped_party_list,
            type_of: lookup_of_type_column(&table, column),
        });
    }

    let mut unresolved_count = 0;
    let mut slot = |known: bool, navigable: &mut usize| {
        if known {
            *navigable += 1;
            Slot::Navigable(*navigable - 1)
        } else {
            unresolved_count += 1;
            Slot::Unresolved(unresolved_count - 1)
        }
    };

    let mut one_to_many_names = Vec::new();
    let mut navigable = 0;
    let one_to_many: Vec<RelationshipPlan> = table
        .one_to_many
        .iter()
        .enumerate()
        .map(|(index, relationship)| {
            let constant = constants.claim_text(
                &relationship.schema_name,
                Case::Screaming,
                &format!("ONE_TO_MANY_{index}"),
            );
            one_to_many_names.push(relationship.schema_name.clone());
            let navigation_property = relationship
                .referenced_entity_navigation_property_name
                .clone();
            RelationshipPlan {
                index,
                constant,
                other_table: relationship.referencing_entity.clone().unwrap_or_default(),
                slot: slot(navigation_property.is_some(), &mut navigable),
                navigation_property,
            }
        })
        .collect();

    let mut navigable = 0;
    let many_to_one: Vec<ManyToOnePlan> = table
        .many_to_one
        .iter()
        .enumerate()
        .map(|(index, relationship)| {
            // A self-referential relationship is listed on both sides; the
            // many-to-one side (the parent row) is told apart by `_PARENT`.
            let base = identifier(&relationship.schema_name, Case::Screaming)
                .unwrap_or_else(|| format!("MANY_TO_ONE_{index}"));
            let base = if constants.is_taken(&base)
                && one_to_many_names.contains(&relationship.schema_name)
            {
                format!("{base}_PARENT")
            } else {
                base
            };
            let constant = constants.claim(base, Case::Screaming);
            let other_table = relationship.referenced_entity.clone().unwrap_or_default();
            let referencing_attribute = relationship.referencing_attribute.clone();
            let navigation = match &relationship.referencing_entity_navigation_property_name {
                Some(name) => Navigation::Stated(name.clone()),
                None => referencing_attribute
                    .as_deref()
                    .and_then(|attribute| table.column(attribute))
                    .and_then(convention_navigation)
                    .map_or(Navigation::Unknown, Navigation::Convention),
            };
            ManyToOnePlan {
                index,
                constant,
                other_table,
                referencing_attribute,
                slot: slot(navigation.name().is_some(), &mut navigable),
                navigation,
            }
        })
        .collect();

    let mut navigable = 0;
    let many_to_many = table
        .many_to_many
        .iter()
        .enumerate()
        .map(|(index, relationship)| {
            let constant = constants.claim_text(
                &relationship.schema_name,
                Case::Screaming,
                &format!("MANY_TO_MANY_{index}"),
            );
            let this_is_first = relationship.entity1_logical_name.as_deref()
                == Some(table.logical_name.as_str())
                || relationship.entity1_logical_name.is_none();
            let (navigation, other) = if this_is_first {
                (
                    &relationship.entity1_navigation_property_name,
                    &relationship.entity2_logical_name,
                )
            } else {
                (
                    &relationship.entity2_navigation_property_name,
                    &relationship.entity1_logical_name,
                )
            };
            RelationshipPlan {
                index,
                constant,
                other_table: other.clone().unwrap_or_default(),
                slot: slot(navigation.is_some(), &mut navigable),
                navigation_property: navigation.clone(),
            }
        })
        .collect::<Vec<_>>();

    let targets = || columns.iter().flat_map(|c| c.targets.iter());
    let uses_convention = targets().any(|t| matches!(t.navigation, Navigation::Convention(_)))
        || many_to_one
            .iter()
            .any(|r| matches!(r.navigation, Navigation::Convention(_)));
    let has_unknown_navigation =
        targets().any(|t| t.navigation == Navigation::Unknown) || unresolved_count > 0;
    let assumes_entity_sets = targets().any(|t| !t.entity_set_known);

    TablePlan {
        table,
        module,
        type_name,
        meta_static,
        entity_set_name,
        entity_set_known,
        columns,
        enums,
        one_to_many,
        many_to_one,
        many_to_many,
        uses_convention,
        has_unknown_navigation,
        assumes_entity_sets,
    }
}

/// `ProcessSession` + `StatusCode` -> `ProcessSessionStatusCode`;
/// `Account` + `AccountCategoryCode` -> `AccountCategoryCode`.
fn enum_name(type_name: &str, schema_name: &str, types: &mut Namespace, index: usize) -> String {
    let column = identifier(schema_name, Case::Camel).unwrap_or_else(|| format!("Column{index}"));
    let name = if column.starts_with(type_name) {
        column
    } else {
        format!("{type_name}{column}")
    };
    types.claim(name, Case::Camel)
}

fn plan_enum(name: String, column_index: usize, options: &[OptionValue]) -> EnumPlan {
    let unknown_variant = "Unknown".to_string();
    let mut variants_ns = Namespace::with_reserved(&[&unknown_variant]);
    let mut seen_values = Vec::new();
    let mut variants = Vec::new();
    for option in options {
        if seen_values.contains(&option.value) || i32::try_from(option.value).is_err() {
            continue;
        }
        seen_values.push(option.value);
        let fallback = if option.value < 0 {
            format!("ValueMinus{}", option.value.unsigned_abs())
        } else {
            format!("Value{}", option.value)
        };
        let variant = variants_ns.claim_text(&option.label, Case::Camel, &fallback);
        variants.push(VariantPlan {
            name: variant,
            option: option.clone(),
        });
    }
    EnumPlan {
        name,
        column_index,
        variants,
        unknown_variant,
    }
}

fn entity_set_of(target: &str, entity_sets: &HashMap<String, Option<String>>) -> (String, bool) {
    match entity_sets.get(target) {
        Some(Some(name)) => (name.clone(), true),
        _ => (default_entity_set_name(target), false),
    }
}

fn plan_target(
    table: &Table,
    column: &Column,
    target: &str,
    entity_sets: &HashMap<String, Option<String>>,
) -> TargetPlan {
    let (entity_set, entity_set_known) = entity_set_of(target, entity_sets);
    let navigation = match stated_navigation(table, column, target) {
        Some(name) => Navigation::Stated(name),
        None => convention_navigation(column).map_or(Navigation::Unknown, Navigation::Convention),
    };
    TargetPlan {
        table: target.to_string(),
        entity_set,
        entity_set_known,
        navigation,
    }
}

/// The navigation property a many-to-one entry of `table` states for
/// lookup `column` and `target`. An Owner lookup's entry refers to the
/// abstract `owner` table (`owner_accounts`) and covers every target.
fn stated_navigation(table: &Table, column: &Column, target: &str) -> Option<String> {
    let entry_for = |referenced: &str| {
        table.many_to_one.iter().find_map(|relationship| {
            let matches = relationship.referencing_attribute.as_deref()
                == Some(column.logical_name.as_str())
                && relationship.referenced_entity.as_deref() == Some(referenced);
            matches
                .then(|| {
                    relationship
                        .referencing_entity_navigation_property_name
                        .clone()
                })
                .flatten()
        })
    };
    entry_for(target).or_else(|| {
        (column.column_type == ColumnType::Owner)
            .then(|| entry_for("owner"))
            .flatten()
    })
}

/// The Web API convention for a lookup's single-valued navigation property,
/// where Microsoft documents it: a lookup to one table is, "in most
/// cases", named like the lookup ("Web API Navigation Properties"); so is
/// an Owner lookup, for both its targets (every table page's Assign
/// message updates `ownerid`). A lookup to several tables has one
/// navigation property per table, and no documented rule names them.
fn convention_navigation(column: &Column) -> Option<String> {
    let single_table = match column.column_type {
        ColumnType::Owner => true,
        ColumnType::Lookup | ColumnType::Customer => column.targets.len() == 1,
        _ => false,
    };
    single_table.then(|| column.logical_name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_entity_sets() {
        assert_eq!(default_entity_set_name("systemuser"), "systemusers");
        assert_eq!(default_entity_set_name("activityparty"), "activityparties");
        assert_eq!(default_entity_set_name("address"), "addresses");
        assert_eq!(default_entity_set_name("survey"), "surveys");
        assert_eq!(default_entity_set_name("box"), "boxes");
    }
}
