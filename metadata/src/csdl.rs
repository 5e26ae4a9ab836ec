//! The CSDL `$metadata` document: entity sets, keys and navigation
//! properties, and what they tell about a table's YAML.
//!
//! The document is read as a stream (quick-xml): an environment's runs to
//! megabytes, and only `EntityType` (with `Key`, `Property`,
//! `NavigationProperty`, `ReferentialConstraint`) and `EntitySet` elements
//! matter here.

use std::collections::BTreeMap;

use dataverse_schema::Table;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::compare::{Difference, Item};

/// The CSDL document could not be read.
#[derive(Debug, thiserror::Error)]
pub enum CsdlError {
    /// Not well-formed XML.
    #[error("$metadata line {line}: {message}")]
    Xml {
        /// 1-based line of the error.
        line: usize,
        /// What the XML reader reported.
        message: String,
    },
    /// An element lacks an attribute it must have.
    #[error("$metadata line {line}: <{element}> has no {attribute} attribute")]
    MissingAttribute {
        /// 1-based line where the element ends.
        line: usize,
        /// The element's name.
        element: &'static str,
        /// The attribute's name.
        attribute: &'static str,
    },
    /// The document has no entity types: not a Web API `$metadata` document.
    #[error("the document has no EntityType elements; is it the Web API's $metadata document?")]
    NoEntityTypes,
}

/// A `ReferentialConstraint` of a single-valued navigation property: the
/// lookup property (`_createdby_value`) and the referenced key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferentialConstraint {
    /// `Property`, e.g. `_createdby_value`.
    pub property: String,
    /// `ReferencedProperty`, e.g. `systemuserid`.
    pub referenced_property: String,
}

/// A `NavigationProperty` element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NavigationProperty {
    /// `Name`, e.g. `createdby` or `Account_Tasks`.
    pub name: String,
    /// The related entity type's name without namespace (`systemuser`).
    pub target: String,
    /// Whether `Type` is `Collection(...)` (one-to-many or many-to-many).
    pub is_collection: bool,
    /// `Partner`: the navigation property on the other side.
    pub partner: Option<String>,
    /// Its `ReferentialConstraint` elements.
    pub constraints: Vec<ReferentialConstraint>,
}

impl NavigationProperty {
    /// The lookup column this single-valued navigation property sets: `x`
    /// from a constraint on `_x_value`.
    pub fn lookup_column(&self) -> Option<&str> {
        self.constraints.iter().find_map(|c| {
            c.property
                .strip_prefix('_')
                .and_then(|rest| rest.strip_suffix("_value"))
        })
    }
}

/// An `EntityType` element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityType {
    /// `Name`: the table's logical name.
    pub name: String,
    /// `BaseType` without namespace (`crmbaseentity`, `principal`, ...).
    pub base_type: Option<String>,
    /// The `PropertyRef` names of its own `Key` (empty when inherited).
    pub key: Vec<String>,
    /// Its `Property` names (lookups as `_x_value`).
    pub properties: Vec<String>,
    /// Its navigation properties.
    pub navigation_properties: Vec<NavigationProperty>,
}

/// What a `$metadata` document says about entity types and sets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Csdl {
    types: BTreeMap<String, EntityType>,
    /// Entity type name -> entity set name.
    entity_sets: BTreeMap<String, String>,
}

/// The `Type` of a navigation property, `BaseType` or `EntityType`, without
/// `Collection(...)` and without the schema's namespace or alias.
fn type_name(text: &str, prefixes: &[String]) -> (String, bool) {
    let (inner, collection) = match text
        .strip_prefix("Collection(")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        Some(inner) => (inner, true),
        None => (text, false),
    };
    let name = prefixes
        .iter()
        .find_map(|prefix| inner.strip_prefix(prefix.as_str()))
        .unwrap_or(inner);
    (name.to_string(), collection)
}

fn line_at(text: &str, position: u64) -> usize {
    let end = (position as usize).min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

impl Csdl {
    /// Reads a `$metadata` document.
    ///
    /// ```
    /// let csdl = dataverse_metadata::Csdl::parse(r#"<?xml version="1.0"?>
    /// <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
    ///  <edmx:DataServices>
    ///   <Schema Namespace="Microsoft.Dynamics.CRM" Alias="mscrm" xmlns="http://docs.oasis-open.org/odata/ns/edm">
    ///    <EntityType Name="account" BaseType="mscrm.crmbaseentity">
    ///     <Key><PropertyRef Name="accountid" /></Key>
    ///     <Property Name="accountid" Type="Edm.Guid" />
    ///     <NavigationProperty Name="createdby" Type="mscrm.systemuser" Partner="lk_accountbase_createdby">
    ///      <ReferentialConstraint Property="_createdby_value" ReferencedProperty="systemuserid" />
    ///     </NavigationProperty>
    ///    </EntityType>
    ///    <EntityContainer Name="System">
    ///     <EntitySet Name="accounts" EntityType="Microsoft.Dynamics.CRM.account" />
    ///    </EntityContainer>
    ///   </Schema>
    ///  </edmx:DataServices>
    /// </edmx:Edmx>"#)?;
    /// assert_eq!(csdl.entity_set("account"), Some("accounts"));
    /// let account = csdl.entity_type("account").unwrap();
    /// assert_eq!(account.navigation_properties[0].lookup_column(), Some("createdby"));
    /// # Ok::<(), dataverse_metadata::CsdlError>(())
    /// ```
    pub fn parse(xml: &str) -> Result<Csdl, CsdlError> {
        let mut reader = Reader::from_str(xml);
        reader.config_mut().trim_text(true);
        let mut csdl = Csdl::default();
        let mut prefixes: Vec<String> = Vec::new();
        let mut current: Option<EntityType> = None;
        let mut navigation: Option<NavigationProperty> = None;
        let mut in_key = false;
        loop {
            let event = reader.read_event().map_err(|e| CsdlError::Xml {
                line: line_at(xml, reader.error_position()),
                message: e.to_string(),
            })?;
            // Where the element ends: its line, unless its attributes span
            // several.
            let position = reader.buffer_position();
            let line = || line_at(xml, position);
            let (element, empty) = match &event {
                Event::Start(element) => (element, false),
                Event::Empty(element) => (element, true),
                Event::End(end) => {
                    match end.local_name().as_ref() {
                        b"EntityType" => {
                            if let Some(entity) = current.take() {
                                csdl.types.insert(entity.name.clone(), entity);
                            }
                        }
                        b"Key" => in_key = false,
                        b"NavigationProperty" => {
                            if let (Some(entity), Some(nav)) = (&mut current, navigation.take()) {
                                entity.navigation_properties.push(nav);
                            }
                        }
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let attributes = attributes(element, &reader).map_err(|e| CsdlError::Xml {
                line: line(),
                message: e.to_string(),
            })?;
            let get = |name: &str| {
                attributes
                    .iter()
                    .find(|(key, _)| key == name)
                    .map(|(_, value)| value.clone())
            };
            let require = |element: &'static str, attribute: &'static str| {
                get(attribute).ok_or(CsdlError::MissingAttribute {
                    line: line(),
                    element,
                    attribute,
                })
            };
            match element.local_name().as_ref() {
                b"Schema" => {
                    for prefix in [get("Namespace"), get("Alias")].into_iter().flatten() {
                        prefixes.push(format!("{prefix}."));
                    }
                }
                b"EntityType" => {
                    let entity = EntityType {
                        name: require("EntityType", "Name")?,
                        base_type: get("BaseType").map(|t| type_name(&t, &prefixes).0),
                        key: Vec::new(),
                        properties: Vec::new(),
                        navigation_properties: Vec::new(),
                    };
                    if empty {
                        csdl.types.insert(entity.name.clone(), entity);
                    } else {
                        current = Some(entity);
                    }
                }
                b"Key" if current.is_some() => in_key = !empty,
                b"PropertyRef" if in_key => {
                    if let Some(entity) = &mut current {
                        entity.key.push(require("PropertyRef", "Name")?);
                    }
                }
                b"Property" if navigation.is_none() => {
                    if let Some(entity) = &mut current {
                        entity.properties.push(require("Property", "Name")?);
                    }
                }
                b"NavigationProperty" if current.is_some() => {
                    let (target, is_collection) =
                        type_name(&require("NavigationProperty", "Type")?, &prefixes);
                    let nav = NavigationProperty {
                        name: require("NavigationProperty", "Name")?,
                        target,
                        is_collection,
                        partner: get("Partner"),
                        constraints: Vec::new(),
                    };
                    if empty {
                        if let Some(entity) = &mut current {
                            entity.navigation_properties.push(nav);
                        }
                    } else {
                        navigation = Some(nav);
                    }
                }
                b"ReferentialConstraint" => {
                    if let Some(nav) = &mut navigation {
                        nav.constraints.push(ReferentialConstraint {
                            property: require("ReferentialConstraint", "Property")?,
                            referenced_property: require(
                                "ReferentialConstraint",
                                "ReferencedProperty",
                            )?,
                        });
                    }
                }
                b"EntitySet" => {
                    let name = require("EntitySet", "Name")?;
                    let (entity_type, _) =
                        type_name(&require("EntitySet", "EntityType")?, &prefixes);
                    csdl.entity_sets.entry(entity_type).or_insert(name);
                }
                _ => {}
            }
        }
        if csdl.types.is_empty() {
            return Err(CsdlError::NoEntityTypes);
        }
        Ok(csdl)
    }

    /// The entity type of a table.
    pub fn entity_type(&self, logical_name: &str) -> Option<&EntityType> {
        self.types.get(logical_name)
    }

    /// Every entity type, by name.
    pub fn entity_types(&self) -> impl Iterator<Item = &EntityType> {
        self.types.values()
    }

    /// The entity set of a table (`accounts`).
    pub fn entity_set(&self, logical_name: &str) -> Option<&str> {
        self.entity_sets.get(logical_name).map(String::as_str)
    }

    /// A type and its base types, nearest first (bounded: a cycle in a
    /// hostile document ends the walk).
    fn lineage(&self, logical_name: &str) -> Vec<&EntityType> {
        let mut found = Vec::new();
        let mut next = self.types.get(logical_name);
        while let Some(entity) = next {
            if found.len() == 16 || found.iter().any(|e: &&EntityType| e.name == entity.name) {
                break;
            }
            found.push(entity);
            next = entity.base_type.as_ref().and_then(|b| self.types.get(b));
        }
        found
    }

    /// The navigation properties of a type, its base types' included.
    fn navigation(&self, logical_name: &str) -> Vec<&NavigationProperty> {
        self.lineage(logical_name)
            .into_iter()
            .flat_map(|e| &e.navigation_properties)
            .collect()
    }
}

fn attributes(
    element: &BytesStart<'_>,
    reader: &Reader<&[u8]>,
) -> Result<Vec<(String, String)>, quick_xml::Error> {
    let mut found = Vec::new();
    for attribute in element.attributes() {
        let attribute = attribute.map_err(quick_xml::Error::from)?;
        let key = String::from_utf8_lossy(attribute.key.local_name().as_ref()).into_owned();
        let value = attribute
            .decode_and_unescape_value(reader.decoder())?
            .into_owned();
        found.push((key, value));
    }
    Ok(found)
}

/// The one element of `candidates`, if there is exactly one.
fn only<T>(mut candidates: Vec<T>) -> Option<T> {
    (candidates.len() == 1).then(|| candidates.remove(0))
}

/// Narrows `candidates` with `keep` where that leaves some, else keeps all.
fn narrow(
    candidates: Vec<&NavigationProperty>,
    keep: impl Fn(&NavigationProperty) -> bool,
) -> Vec<&NavigationProperty> {
    if candidates.len() <= 1 {
        return candidates;
    }
    let narrowed: Vec<_> = candidates.iter().copied().filter(|n| keep(n)).collect();
    if narrowed.is_empty() {
        candidates
    } else {
        narrowed
    }
}

/// Checks a table's YAML against `$metadata` and fills the names it lacks.
///
/// Returns every difference: where the YAML has a value and `$metadata`
/// another (`yaml` and `environment` both set; the YAML is left as it is,
/// for the caller to decide), and every value filled in (`yaml: None`).
///
/// * `entity_set_name`: the `EntitySet` of the table's type;
///   `primary_id_attribute`: the type's own `Key` (an inherited key, such as
///   `ownerid` of `systemuser` and `team`, says nothing about it).
/// * many-to-one: the single-valued navigation property of the lookup
///   (`ReferentialConstraint Property="_<referencing_attribute>_value"`;
///   among a polymorphic lookup's, the one whose type is the referenced
///   table) gives `referencing_entity_navigation_property_name`. Where the
///   YAML names only the relationship (older pages), the navigation
///   property whose `Partner` is the relationship's schema name gives the
///   name and the `referencing_attribute`.
/// * one-to-many: `referenced_entity_navigation_property_name` must be a
///   collection-valued navigation property of the table; a missing one is
///   the collection whose `Partner` is the referencing table's lookup
///   navigation property (when that table is in the document too).
/// * many-to-many: the collection-valued navigation properties whose `Name`
///   equals their `Partner` give `entity1_navigation_property_name` (and
///   `entity2_...` from the other table's type).
/// * columns: a property of the type that no column of the YAML matches
///   (`new_region`, or `_new_regionid_value` for a lookup) is reported as
///   only in the environment; it is not added, as `$metadata` does not give
///   a column's metadata.
pub fn complete_from_csdl(table: &mut Table, csdl: &Csdl) -> Vec<Difference> {
    let mut found = Vec::new();
    let name = table.logical_name.clone();
    let mut note =
        |item: Item, field: Option<&'static str>, yaml: Option<String>, env: Option<String>| {
            found.push(Difference {
                table: name.clone(),
                item,
                field,
                yaml,
                environment: env,
            });
        };
    let Some(entity) = csdl.entity_type(&table.logical_name) else {
        note(Item::Table, None, Some(table.logical_name.clone()), None);
        return found;
    };
    // Fills `slot` from `value`, or notes a disagreement.
    let mut settle =
        |item: Item, field: &'static str, slot: &mut Option<String>, value: Option<&str>| {
            let Some(value) = value else { return };
            match slot {
                None => {
                    *slot = Some(value.to_string());
                    note(item, Some(field), None, Some(value.to_string()));
                }
                Some(current) if current != value => {
                    note(
                        item,
                        Some(field),
                        Some(current.clone()),
                        Some(value.to_string()),
                    );
                }
                Some(_) => {}
            }
        };
    settle(
        Item::Table,
        "entity_set_name",
        &mut table.entity_set_name,
        csdl.entity_set(&table.logical_name),
    );
    if let [key] = entity.key.as_slice() {
        settle(
            Item::Table,
            "primary_id_attribute",
            &mut table.primary_id_attribute,
            Some(key),
        );
    }

    let own = csdl.navigation(&table.logical_name);
    let single: Vec<&NavigationProperty> =
        own.iter().copied().filter(|n| !n.is_collection).collect();
    let collections: Vec<&NavigationProperty> =
        own.iter().copied().filter(|n| n.is_collection).collect();

    let mut missing = Vec::new();
    for relationship in &mut table.many_to_one {
        let item = Item::ManyToOne(relationship.schema_name.clone());
        let referenced = relationship.referenced_entity.clone();
        let schema = relationship.schema_name.clone();
        let nav = match &relationship.referencing_attribute {
            Some(attribute) => {
                let candidates: Vec<_> = single
                    .iter()
                    .copied()
                    .filter(|n| n.lookup_column() == Some(attribute.as_str()))
                    .collect();
                let candidates = narrow(candidates, |n| Some(&n.target) == referenced.as_ref());
                only(narrow(candidates, |n| {
                    n.partner.as_deref() == Some(&schema)
                }))
            }
            None => only(
                single
                    .iter()
                    .copied()
                    .filter(|n| n.partner.as_deref() == Some(&schema))
                    .filter(|n| referenced.is_none() || Some(&n.target) == referenced.as_ref())
                    .collect(),
            ),
        };
        match nav {
            Some(nav) => {
                settle(
                    item.clone(),
                    "referencing_attribute",
                    &mut relationship.referencing_attribute,
                    nav.lookup_column(),
                );
                settle(
                    item,
                    "referencing_entity_navigation_property_name",
                    &mut relationship.referencing_entity_navigation_property_name,
                    Some(&nav.name),
                );
            }
            None => {
                if let Some(name) = &relationship.referencing_entity_navigation_property_name {
                    if !single.iter().any(|n| &n.name == name) {
                        missing.push((
                            item,
                            "referencing_entity_navigation_property_name",
                            name.clone(),
                        ));
                    }
                }
            }
        }
    }

    for relationship in &mut table.one_to_many {
        let item = Item::OneToMany(relationship.schema_name.clone());
        match &relationship.referenced_entity_navigation_property_name {
            Some(name) => {
                if !collections.iter().any(|n| &n.name == name) {
                    missing.push((
                        item,
                        "referenced_entity_navigation_property_name",
                        name.clone(),
                    ));
                }
            }
            None => {
                let (Some(referencing), Some(attribute)) = (
                    &relationship.referencing_entity,
                    &relationship.referencing_attribute,
                ) else {
                    continue;
                };
                let lookups: Vec<_> = csdl
                    .navigation(referencing)
                    .into_iter()
                    .filter(|n| !n.is_collection && n.lookup_column() == Some(attribute.as_str()))
                    .filter(|n| n.target == table.logical_name)
                    .collect();
                let Some(lookup) = only(lookups) else {
                    continue;
                };
                let collection = only(
                    collections
                        .iter()
                        .copied()
                        .filter(|n| &n.target == referencing)
                        .filter(|n| n.partner.as_deref() == Some(&lookup.name))
                        .collect(),
                );
                settle(
                    item,
                    "referenced_entity_navigation_property_name",
                    &mut relationship.referenced_entity_navigation_property_name,
                    collection.map(|n| n.name.as_str()),
                );
            }
        }
    }

    for relationship in &mut table.many_to_many {
        let item = Item::ManyToMany(relationship.schema_name.clone());
        let schema = relationship.schema_name.clone();
        let pick = |navs: Vec<&NavigationProperty>, other: &Option<String>| {
            let candidates: Vec<_> = navs
                .into_iter()
                .filter(|n| n.is_collection && n.partner.as_deref() == Some(&n.name))
                .filter(|n| other.is_none() || Some(&n.target) == other.as_ref())
                .collect();
            only(narrow(candidates, |n| n.name == schema)).map(|n| n.name.clone())
        };
        match &relationship.entity1_navigation_property_name {
            Some(name) => {
                if !collections.iter().any(|n| &n.name == name) {
                    missing.push((
                        item.clone(),
                        "entity1_navigation_property_name",
                        name.clone(),
                    ));
                }
            }
            None => {
                let found = pick(own.clone(), &relationship.entity2_logical_name);
                settle(
                    item.clone(),
                    "entity1_navigation_property_name",
                    &mut relationship.entity1_navigation_property_name,
                    found.as_deref(),
                );
            }
        }
        if relationship.entity2_navigation_property_name.is_none() {
            if let Some(other) = relationship.entity2_logical_name.clone() {
                let found = pick(csdl.navigation(&other), &Some(table.logical_name.clone()));
                settle(
                    item,
                    "entity2_navigation_property_name",
                    &mut relationship.entity2_navigation_property_name,
                    found.as_deref(),
                );
            }
        }
    }

    for (item, field, name) in missing {
        note(item, Some(field), Some(name), None);
    }
    for property in &entity.properties {
        let column = property
            .strip_prefix('_')
            .and_then(|rest| rest.strip_suffix("_value"))
            .unwrap_or(property);
        if table.column(column).is_none() {
            note(
                Item::Column(column.to_string()),
                None,
                None,
                Some(property.clone()),
            );
        }
    }
    found
}
