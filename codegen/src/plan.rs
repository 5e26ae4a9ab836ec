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
    /// Image, File, Virtual, ManagedProperty, PartyList, unknown types.
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
    /// How each target binds in a payload (lookups only).
    pub targets: Vec<TargetPlan>,
}

/// How one target of a lookup binds in a payload.
///
/// When the target table is not in the unit, its entity set is
/// [`default_entity_set_name`] of its logical name. When no many-to-one
/// relationship names the navigation property, it is the lookup's logical
/// name for a single-target or Owner lookup, and `<lookup>_<target>` for
/// one target of a polymorphic lookup (the Web API's convention).
#[derive(Debug, Clone)]
pub struct TargetPlan {
    /// The target's logical name.
    pub table: String,
    /// Its entity set.
    pub entity_set: String,
    /// Whether the entity set comes from the target's own metadata.
    pub entity_set_known: bool,
    /// The navigation property to bind.
    pub navigation_property: String,
    /// Whether the navigation property comes from relationship metadata.
    pub navigation_property_known: bool,
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

/// A one-to-many or many-to-many relationship's plan.
#[derive(Debug)]
pub struct RelationshipPlan {
    /// Index in the table's list.
    pub index: usize,
    /// The constant name.
    pub constant: String,
    /// The other table.
    pub other_table: String,
    /// The navigation property on this table.
    pub navigation_property: String,
}

/// A many-to-one relationship's plan.
///
/// The navigation property is the page's ReferencingEntityNavigationPropertyName
/// when given; otherwise it is derived from the lookup column as for
/// [`TargetPlan`]. The lookup column is the page's ReferencingAttribute,
/// completed from the referenced table when that is in the unit, or else
/// the only lookup of this table targeting the referenced table, or else the
/// one whose name ends the relationship's schema name
/// (`lk_processsession_executedby` -> `executedby`). Failing all that, the
/// navigation property is the relationship's schema name.
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
    pub navigation_property: String,
    /// Whether the navigation property comes from relationship metadata.
    pub navigation_property_known: bool,
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
            .map(|(table, module, type_name)| plan_table(table, module, type_name, &entity_sets))
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

fn plan_table(
    table: Table,
    module: String,
    type_name: Option<String>,
    entity_sets: &HashMap<String, Option<String>>,
) -> TablePlan {
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

    let mut columns = Vec::with_capacity(table.columns.len());
    let mut enums = Vec::new();
    for (index, column) in table.columns.iter().enumerate() {
        let fallback = format!("column_{index}");
        let field = fields.claim_text(&column.schema_name, Case::Snake, &fallback);
        let constant = constants.claim_text(&column.schema_name, Case::Screaming, &fallback);
        let kind = Kind::of(column);
        let mut enum_index = None;
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
            Kind::Other => RustType::Json,
        };
        let targets = if kind == Kind::Lookup {
            column
                .targets
                .iter()
                .map(|target| plan_target(&table, column, target, entity_sets))
                .collect()
        } else {
            Vec::new()
        };
        columns.push(ColumnPlan {
            index,
            field,
            constant,
            kind,
            rust_type,
            enum_index,
            targets,
        });
    }

    let mut one_to_many_names = Vec::new();
    let one_to_many = table
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
            RelationshipPlan {
                index,
                constant,
                other_table: relationship.referencing_entity.clone().unwrap_or_default(),
                navigation_property: relationship
                    .referenced_entity_navigation_property_name
                    .clone()
                    .unwrap_or_else(|| relationship.schema_name.clone()),
            }
        })
        .collect();

    let many_to_one = table
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
            let referencing_attribute = relationship.referencing_attribute.clone().or_else(|| {
                infer_referencing_attribute(&table, &relationship.schema_name, &other_table)
            });
            let (navigation_property, navigation_property_known) =
                match &relationship.referencing_entity_navigation_property_name {
                    Some(name) => (name.clone(), true),
                    None => match referencing_attribute
                        .as_deref()
                        .and_then(|attribute| table.column(attribute))
                    {
                        Some(column) => (fallback_navigation(column, &other_table), false),
                        None => (relationship.schema_name.clone(), false),
                    },
                };
            ManyToOnePlan {
                index,
                constant,
                other_table,
                referencing_attribute,
                navigation_property,
                navigation_property_known,
            }
        })
        .collect();

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
                navigation_property: navigation
                    .clone()
                    .unwrap_or_else(|| relationship.schema_name.clone()),
            }
        })
        .collect();

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
    }
}

/// The lookup column of a many-to-one relationship the page does not name:
/// among this table's lookups targeting the referenced table, the only one,
/// or else the one whose name ends the relationship's schema name
/// (`lk_processsession_executedby` -> `executedby`).
fn infer_referencing_attribute(
    table: &Table,
    schema_name: &str,
    referenced: &str,
) -> Option<String> {
    let lookups: Vec<&Column> = table
        .columns
        .iter()
        .filter(|c| Kind::of(c) == Kind::Lookup && c.targets.iter().any(|t| t == referenced))
        .collect();
    if let [only] = lookups.as_slice() {
        return Some(only.logical_name.clone());
    }
    let schema_name = schema_name.to_ascii_lowercase();
    let mut named = lookups
        .iter()
        .filter(|c| schema_name.ends_with(&format!("_{}", c.logical_name)));
    match (named.next(), named.next()) {
        (Some(column), None) => Some(column.logical_name.clone()),
        _ => None,
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

fn plan_target(
    table: &Table,
    column: &Column,
    target: &str,
    entity_sets: &HashMap<String, Option<String>>,
) -> TargetPlan {
    let (entity_set, entity_set_known) = match entity_sets.get(target) {
        Some(Some(name)) => (name.clone(), true),
        _ => (default_entity_set_name(target), false),
    };
    let declared = table.many_to_one.iter().find_map(|relationship| {
        let matches = relationship.referencing_attribute.as_deref()
            == Some(column.logical_name.as_str())
            && relationship.referenced_entity.as_deref() == Some(target);
        matches
            .then(|| {
                relationship
                    .referencing_entity_navigation_property_name
                    .clone()
            })
            .flatten()
    });
    let (navigation_property, navigation_property_known) = match declared {
        Some(name) => (name, true),
        None => (fallback_navigation(column, target), false),
    };
    TargetPlan {
        table: target.to_string(),
        entity_set,
        entity_set_known,
        navigation_property,
        navigation_property_known,
    }
}

/// The Web API's default single-valued navigation property of a lookup.
fn fallback_navigation(column: &Column, target: &str) -> String {
    if column.targets.len() > 1 && column.column_type != ColumnType::Owner {
        format!("{}_{target}", column.logical_name)
    } else {
        column.logical_name.clone()
    }
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
