//! The GET requests that describe one table: which to make, and what each
//! response is called.
//!
//! Every path is relative to the Web API root
//! (`https://<org>.crm.dynamics.com/api/data/v9.2/`) and carries its
//! `$select` / `$expand`, so a caller only joins it to the root and sends it
//! with `Accept: application/json`. The casts follow "Query table
//! definitions using the Web API": the properties of a column type
//! (MaxLength, Precision, option sets, Targets, ...) come only from the
//! `Attributes` collection cast to that type.

use std::fmt;

use crate::MetadataError;

/// A derived attribute type whose properties the model needs. One request
/// per cast lists every column of that type with those properties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cast {
    /// `StringAttributeMetadata`: MaxLength, Format, FormatName, IsLocalizable.
    String,
    /// `MemoAttributeMetadata`: MaxLength, Format, FormatName, IsLocalizable.
    Memo,
    /// `IntegerAttributeMetadata`: MinValue, MaxValue, Format.
    Integer,
    /// `BigIntAttributeMetadata`: MinValue, MaxValue.
    BigInt,
    /// `DecimalAttributeMetadata`: MinValue, MaxValue, Precision.
    Decimal,
    /// `DoubleAttributeMetadata`: MinValue, MaxValue, Precision.
    Double,
    /// `MoneyAttributeMetadata`: MinValue, MaxValue, Precision.
    Money,
    /// `DateTimeAttributeMetadata`: Format, DateTimeBehavior.
    DateTime,
    /// `BooleanAttributeMetadata`: DefaultValue, TrueOption, FalseOption.
    Boolean,
    /// `PicklistAttributeMetadata`: DefaultFormValue, options.
    Picklist,
    /// `MultiSelectPicklistAttributeMetadata`: DefaultFormValue, options.
    MultiSelectPicklist,
    /// `StateAttributeMetadata`: options with DefaultStatus and InvariantName.
    State,
    /// `StatusAttributeMetadata`: options with State and TransitionData.
    Status,
    /// `LookupAttributeMetadata` (Lookup, Customer, Owner, PartyList, ...): Targets.
    Lookup,
}

impl Cast {
    /// Every cast, in request order.
    pub const ALL: [Cast; 14] = [
        Cast::String,
        Cast::Memo,
        Cast::Integer,
        Cast::BigInt,
        Cast::Decimal,
        Cast::Double,
        Cast::Money,
        Cast::DateTime,
        Cast::Boolean,
        Cast::Picklist,
        Cast::MultiSelectPicklist,
        Cast::State,
        Cast::Status,
        Cast::Lookup,
    ];

    /// The entity type's name, e.g. `PicklistAttributeMetadata`.
    pub fn type_name(self) -> &'static str {
        match self {
            Cast::String => "StringAttributeMetadata",
            Cast::Memo => "MemoAttributeMetadata",
            Cast::Integer => "IntegerAttributeMetadata",
            Cast::BigInt => "BigIntAttributeMetadata",
            Cast::Decimal => "DecimalAttributeMetadata",
            Cast::Double => "DoubleAttributeMetadata",
            Cast::Money => "MoneyAttributeMetadata",
            Cast::DateTime => "DateTimeAttributeMetadata",
            Cast::Boolean => "BooleanAttributeMetadata",
            Cast::Picklist => "PicklistAttributeMetadata",
            Cast::MultiSelectPicklist => "MultiSelectPicklistAttributeMetadata",
            Cast::State => "StateAttributeMetadata",
            Cast::Status => "StatusAttributeMetadata",
            Cast::Lookup => "LookupAttributeMetadata",
        }
    }

    /// Lower-case short name, e.g. `picklist`.
    pub fn name(self) -> &'static str {
        match self {
            Cast::String => "string",
            Cast::Memo => "memo",
            Cast::Integer => "integer",
            Cast::BigInt => "bigint",
            Cast::Decimal => "decimal",
            Cast::Double => "double",
            Cast::Money => "money",
            Cast::DateTime => "datetime",
            Cast::Boolean => "boolean",
            Cast::Picklist => "picklist",
            Cast::MultiSelectPicklist => "multiselectpicklist",
            Cast::State => "state",
            Cast::Status => "status",
            Cast::Lookup => "lookup",
        }
    }

    /// The `$select` and `$expand` of this cast's request.
    fn query(self) -> &'static str {
        match self {
            Cast::String | Cast::Memo => "$select=LogicalName,MaxLength,Format,FormatName,IsLocalizable",
            Cast::Integer => "$select=LogicalName,MinValue,MaxValue,Format",
            Cast::BigInt => "$select=LogicalName,MinValue,MaxValue",
            Cast::Decimal | Cast::Double | Cast::Money => {
                "$select=LogicalName,MinValue,MaxValue,Precision"
            }
            Cast::DateTime => "$select=LogicalName,Format,DateTimeBehavior",
            Cast::Boolean => {
                "$select=LogicalName,DefaultValue&$expand=OptionSet,GlobalOptionSet($select=Name)"
            }
            Cast::Picklist | Cast::MultiSelectPicklist | Cast::State | Cast::Status => {
                "$select=LogicalName,DefaultFormValue&$expand=OptionSet,GlobalOptionSet($select=Name)"
            }
            Cast::Lookup => "$select=LogicalName,Targets",
        }
    }
}

/// What a response describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// The table itself (`EntityDefinitions(LogicalName='x')`).
    Entity,
    /// Every column, with the properties all attribute types share.
    Attributes,
    /// The columns of one type, with that type's properties.
    Cast(Cast),
    /// `OneToManyRelationships`: other tables' lookups to this one.
    OneToMany,
    /// `ManyToOneRelationships`: this table's lookups.
    ManyToOne,
    /// `ManyToManyRelationships`.
    ManyToMany,
}

impl Part {
    /// A short name for messages and for saved responses' file names:
    /// `entity`, `attributes`, `attributes-picklist`, `one-to-many`, ...
    pub fn name(self) -> String {
        match self {
            Part::Entity => "entity".into(),
            Part::Attributes => "attributes".into(),
            Part::Cast(cast) => format!("attributes-{}", cast.name()),
            Part::OneToMany => "one-to-many".into(),
            Part::ManyToOne => "many-to-one".into(),
            Part::ManyToMany => "many-to-many".into(),
        }
    }

    /// Whether the response is a collection (`{"value": [...]}`) that may
    /// be paged with `@odata.nextLink`.
    pub fn is_collection(self) -> bool {
        self != Part::Entity
    }
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// One GET request to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataRequest {
    /// What the response describes; give it back with the body to
    /// [`TableResponses::add`](crate::TableResponses::add).
    pub part: Part,
    /// Path and query, relative to the Web API root.
    pub path: String,
}

/// The properties of the table itself that the model holds.
const ENTITY_SELECT: &str = "$select=LogicalName,SchemaName,DisplayName,DisplayCollectionName,\
Description,EntitySetName,LogicalCollectionName,CollectionSchemaName,PrimaryIdAttribute,\
PrimaryNameAttribute,OwnershipType,IsBPFEntity,TableType";

/// The properties every attribute type has.
const ATTRIBUTES_SELECT: &str = "$select=LogicalName,SchemaName,AttributeType,AttributeTypeName,\
DisplayName,Description,RequiredLevel,IsValidForCreate,IsValidForUpdate,IsValidForRead,\
IsValidForForm,AttributeOf";

const ONE_TO_MANY_SELECT: &str = "$select=SchemaName,ReferencingEntity,ReferencingAttribute,\
ReferencedEntityNavigationPropertyName,IsHierarchical,IsCustomizable,CascadeConfiguration";

const MANY_TO_ONE_SELECT: &str = "$select=SchemaName,ReferencedEntity,ReferencedAttribute,\
ReferencingAttribute,ReferencingEntityNavigationPropertyName,IsHierarchical,IsCustomizable,\
CascadeConfiguration";

const MANY_TO_MANY_SELECT: &str = "$select=SchemaName,IntersectEntityName,IsCustomizable,\
Entity1LogicalName,Entity1IntersectAttribute,Entity1NavigationPropertyName,Entity2LogicalName,\
Entity2IntersectAttribute,Entity2NavigationPropertyName";

/// Checks a table logical name before it goes into a URL: lower-case ASCII
/// letters, digits and `_`, starting with a letter (`account`,
/// `cr123_project`).
pub(crate) fn check_logical_name(logical_name: &str) -> Result<(), MetadataError> {
    let mut chars = logical_name.chars();
    let starts_well = chars.next().is_some_and(|c| c.is_ascii_lowercase());
    if starts_well && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
        Ok(())
    } else {
        Err(MetadataError::BadLogicalName(logical_name.to_string()))
    }
}

/// The requests that describe table `logical_name`, in a fixed order: the
/// table, its columns, one per [`Cast`], and its three relationship kinds.
///
/// ```
/// let requests = dataverse_metadata::requests("account")?;
/// assert_eq!(
///     requests[0].path,
///     "EntityDefinitions(LogicalName='account')?$select=LogicalName,SchemaName,DisplayName,\
///      DisplayCollectionName,Description,EntitySetName,LogicalCollectionName,\
///      CollectionSchemaName,PrimaryIdAttribute,PrimaryNameAttribute,OwnershipType,\
///      IsBPFEntity,TableType"
/// );
/// assert!(requests.iter().any(|r| r.path.starts_with(
///     "EntityDefinitions(LogicalName='account')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata?"
/// )));
/// # Ok::<(), dataverse_metadata::MetadataError>(())
/// ```
pub fn requests(logical_name: &str) -> Result<Vec<MetadataRequest>, MetadataError> {
    check_logical_name(logical_name)?;
    let entity = format!("EntityDefinitions(LogicalName='{logical_name}')");
    let mut requests = vec![
        MetadataRequest {
            part: Part::Entity,
            path: format!("{entity}?{ENTITY_SELECT}"),
        },
        MetadataRequest {
            part: Part::Attributes,
            path: format!("{entity}/Attributes?{ATTRIBUTES_SELECT}"),
        },
    ];
    requests.extend(Cast::ALL.iter().map(|&cast| MetadataRequest {
        part: Part::Cast(cast),
        path: format!(
            "{entity}/Attributes/Microsoft.Dynamics.CRM.{}?{}",
            cast.type_name(),
            cast.query()
        ),
    }));
    requests.extend([
        MetadataRequest {
            part: Part::OneToMany,
            path: format!("{entity}/OneToManyRelationships?{ONE_TO_MANY_SELECT}"),
        },
        MetadataRequest {
            part: Part::ManyToOne,
            path: format!("{entity}/ManyToOneRelationships?{MANY_TO_ONE_SELECT}"),
        },
        MetadataRequest {
            part: Part::ManyToMany,
            path: format!("{entity}/ManyToManyRelationships?{MANY_TO_MANY_SELECT}"),
        },
    ]);
    Ok(requests)
}

/// The request for the names of every table (for wildcards such as
/// `cr123_*`): `EntityDefinitions?$select=LogicalName`, answered with a
/// collection that [`table_names`](crate::table_names) reads.
pub const TABLE_NAMES_REQUEST: &str = "EntityDefinitions?$select=LogicalName";

/// The path of the CSDL document, read by [`Csdl::parse`](crate::Csdl::parse).
pub const CSDL_REQUEST: &str = "$metadata";
