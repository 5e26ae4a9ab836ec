//! Web API metadata responses -> [`Table`].
//!
//! The bodies of the requests from [`requests`](crate::requests) are added
//! one by one to a [`TableResponses`] (a paged collection: each page under
//! the same [`Part`]); [`TableResponses::into_table`] then builds the table
//! with the same facts a reference page of that table gives, spelled as the
//! page spells them.

use std::collections::{BTreeMap, BTreeSet};

use dataverse_schema::{
    Cascade, Column, ColumnType, DefaultValue, ManyToMany, ManyToOne, Number, OneToMany,
    OptionValue, RequiredLevel, Table,
};
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::request::{check_logical_name, requests, Cast, Part};
use crate::MetadataError;

/// Which label of a `Label` value to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Labels {
    /// `UserLocalizedLabel`: the language of the signed-in user.
    #[default]
    UserLocalized,
    /// The `LocalizedLabels` entry with this `LanguageCode` (1033 is
    /// English); where a label has no such entry, its `UserLocalizedLabel`.
    Language(u32),
}

// ---------------------------------------------------------------------------
// Response shapes (only the properties the model holds; others are ignored)
// ---------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Label {
    #[serde(default)]
    localized_labels: Vec<LocalizedLabel>,
    user_localized_label: Option<LocalizedLabel>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct LocalizedLabel {
    label: Option<String>,
    language_code: Option<u32>,
}

impl Label {
    /// The chosen label's text, `None` when there is none or it is empty.
    fn text(&self, labels: Labels) -> Option<String> {
        let chosen = match labels {
            Labels::UserLocalized => None,
            Labels::Language(code) => self
                .localized_labels
                .iter()
                .find(|label| label.language_code == Some(code)),
        };
        chosen
            .or(self.user_localized_label.as_ref())
            .and_then(|label| label.label.clone())
            .filter(|text| !text.is_empty())
    }
}

fn label(value: &Option<Label>, labels: Labels) -> Option<String> {
    value.as_ref().and_then(|label| label.text(labels))
}

/// A complex value of which only `Value` is read (`RequiredLevel`,
/// `AttributeTypeName`, `IsCustomizable`, `DateTimeBehavior`, ...).
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Valued<T> {
    value: Option<T>,
}

fn value<T: Clone>(valued: &Option<Valued<T>>) -> Option<T> {
    valued.as_ref().and_then(|v| v.value.clone())
}

#[derive(Deserialize)]
struct Collection<T> {
    value: Vec<T>,
    #[serde(rename = "@odata.nextLink")]
    next_link: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct EntityBody {
    logical_name: String,
    schema_name: Option<String>,
    display_name: Option<Label>,
    display_collection_name: Option<Label>,
    description: Option<Label>,
    entity_set_name: Option<String>,
    logical_collection_name: Option<String>,
    collection_schema_name: Option<String>,
    primary_id_attribute: Option<String>,
    primary_name_attribute: Option<String>,
    ownership_type: Option<String>,
    #[serde(rename = "IsBPFEntity")]
    is_bpf_entity: Option<bool>,
    table_type: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct AttributeBody {
    logical_name: String,
    schema_name: String,
    attribute_type: Option<String>,
    attribute_type_name: Option<Valued<String>>,
    display_name: Option<Label>,
    description: Option<Label>,
    required_level: Option<Valued<String>>,
    is_valid_for_create: Option<bool>,
    is_valid_for_update: Option<bool>,
    is_valid_for_read: Option<bool>,
    is_valid_for_form: Option<bool>,
}

/// One column of a cast collection; each cast fills only its own fields.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct CastBody {
    logical_name: String,
    max_length: Option<u64>,
    format: Option<String>,
    format_name: Option<Valued<String>>,
    is_localizable: Option<bool>,
    min_value: Option<serde_json::Number>,
    max_value: Option<serde_json::Number>,
    precision: Option<u32>,
    date_time_behavior: Option<Valued<String>>,
    default_value: Option<serde_json::Value>,
    default_form_value: Option<i64>,
    targets: Option<Vec<String>>,
    option_set: Option<OptionSetBody>,
    global_option_set: Option<OptionSetBody>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct OptionSetBody {
    name: Option<String>,
    #[serde(default)]
    options: Vec<OptionBody>,
    true_option: Option<OptionBody>,
    false_option: Option<OptionBody>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct OptionBody {
    value: i64,
    label: Option<Label>,
    description: Option<Label>,
    state: Option<i64>,
    default_status: Option<i64>,
    invariant_name: Option<String>,
    transition_data: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct CascadeBody {
    assign: Option<String>,
    delete: Option<String>,
    merge: Option<String>,
    reparent: Option<String>,
    share: Option<String>,
    unshare: Option<String>,
    archive: Option<String>,
    rollup_view: Option<String>,
}

impl CascadeBody {
    fn model(self) -> Cascade {
        Cascade {
            assign: self.assign,
            delete: self.delete,
            merge: self.merge,
            reparent: self.reparent,
            share: self.share,
            unshare: self.unshare,
            archive: self.archive,
            rollup_view: self.rollup_view,
        }
    }
}

/// A `OneToManyRelationshipMetadata`: the shape of both the one-to-many and
/// the many-to-one collections.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct OneToManyBody {
    schema_name: String,
    referenced_entity: Option<String>,
    referenced_attribute: Option<String>,
    referencing_entity: Option<String>,
    referencing_attribute: Option<String>,
    referenced_entity_navigation_property_name: Option<String>,
    referencing_entity_navigation_property_name: Option<String>,
    is_hierarchical: Option<bool>,
    is_customizable: Option<Valued<bool>>,
    cascade_configuration: Option<CascadeBody>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ManyToManyBody {
    schema_name: String,
    intersect_entity_name: Option<String>,
    is_customizable: Option<Valued<bool>>,
    entity1_logical_name: Option<String>,
    entity1_intersect_attribute: Option<String>,
    entity1_navigation_property_name: Option<String>,
    entity2_logical_name: Option<String>,
    entity2_intersect_attribute: Option<String>,
    entity2_navigation_property_name: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct NameBody {
    logical_name: String,
}

// ---------------------------------------------------------------------------
// Collecting responses
// ---------------------------------------------------------------------------

/// The responses that describe one table, collected one body at a time.
///
/// ```
/// use dataverse_metadata::{requests, Labels, Part, TableResponses};
///
/// let mut responses = TableResponses::new("cr123_widget")?;
/// for request in requests("cr123_widget")? {
///     // A real caller GETs `request.path`, then every `@odata.nextLink`
///     // that `add` returns, adding each body under `request.part`.
///     let body = match request.part {
///         Part::Entity => r#"{"LogicalName": "cr123_widget", "EntitySetName": "cr123_widgets"}"#,
///         Part::Attributes => r#"{"value": [{
///             "LogicalName": "cr123_name", "SchemaName": "cr123_Name",
///             "AttributeTypeName": {"Value": "StringType"},
///             "IsValidForCreate": true, "IsValidForUpdate": true}]}"#,
///         Part::Cast(dataverse_metadata::Cast::String) => {
///             r#"{"value": [{"LogicalName": "cr123_name", "MaxLength": 100}]}"#
///         }
///         _ => r#"{"value": []}"#,
///     };
///     assert_eq!(responses.add(request.part, body)?, None); // no next page
/// }
/// let table = responses.into_table(Labels::UserLocalized)?;
/// assert_eq!(table.entity_set_name.as_deref(), Some("cr123_widgets"));
/// assert_eq!(table.columns[0].max_length, Some(100));
/// # Ok::<(), dataverse_metadata::MetadataError>(())
/// ```
pub struct TableResponses {
    logical_name: String,
    received: BTreeSet<Part>,
    entity: Option<EntityBody>,
    attributes: Vec<AttributeBody>,
    casts: Vec<(Cast, CastBody)>,
    one_to_many: Vec<OneToManyBody>,
    many_to_one: Vec<OneToManyBody>,
    many_to_many: Vec<ManyToManyBody>,
}

fn parse<T: DeserializeOwned>(part: Part, body: &str) -> Result<T, MetadataError> {
    serde_json::from_str(body).map_err(|source| MetadataError::Json {
        part: part.name(),
        source,
    })
}

impl TableResponses {
    /// Starts collecting the responses for table `logical_name`.
    pub fn new(logical_name: &str) -> Result<TableResponses, MetadataError> {
        check_logical_name(logical_name)?;
        Ok(TableResponses {
            logical_name: logical_name.to_string(),
            received: BTreeSet::new(),
            entity: None,
            attributes: Vec::new(),
            casts: Vec::new(),
            one_to_many: Vec::new(),
            many_to_one: Vec::new(),
            many_to_many: Vec::new(),
        })
    }

    /// Adds the body of a response to the request for `part`. For a
    /// collection, returns its `@odata.nextLink`: the absolute URL of the
    /// next page, whose body is added under the same `part`.
    pub fn add(&mut self, part: Part, body: &str) -> Result<Option<String>, MetadataError> {
        self.received.insert(part);
        match part {
            Part::Entity => {
                if self.entity.is_some() {
                    return Err(MetadataError::Repeated("entity".into()));
                }
                let entity: EntityBody = parse(part, body)?;
                if entity.logical_name != self.logical_name {
                    return Err(MetadataError::OtherTable {
                        expected: self.logical_name.clone(),
                        found: entity.logical_name,
                    });
                }
                self.entity = Some(entity);
                Ok(None)
            }
            Part::Attributes => {
                let page: Collection<AttributeBody> = parse(part, body)?;
                self.attributes.extend(page.value);
                Ok(page.next_link)
            }
            Part::Cast(cast) => {
                let page: Collection<CastBody> = parse(part, body)?;
                self.casts
                    .extend(page.value.into_iter().map(|body| (cast, body)));
                Ok(page.next_link)
            }
            Part::OneToMany | Part::ManyToOne => {
                let page: Collection<OneToManyBody> = parse(part, body)?;
                let list = if part == Part::OneToMany {
                    &mut self.one_to_many
                } else {
                    &mut self.many_to_one
                };
                list.extend(page.value);
                Ok(page.next_link)
            }
            Part::ManyToMany => {
                let page: Collection<ManyToManyBody> = parse(part, body)?;
                self.many_to_many.extend(page.value);
                Ok(page.next_link)
            }
        }
    }

    /// Builds the table. Every request of [`requests`] must have had a
    /// response added (an empty collection is a response).
    ///
    /// Columns come in the order the reference pages use: those valid for
    /// create or update first, then the read-only ones, each sorted by
    /// logical name. Relationships are sorted by schema name, ignoring case.
    pub fn into_table(self, labels: Labels) -> Result<Table, MetadataError> {
        for request in requests(&self.logical_name)? {
            if !self.received.contains(&request.part) {
                return Err(MetadataError::Missing {
                    part: request.part.name(),
                    path: request.path,
                });
            }
        }
        let entity = self.entity.ok_or_else(|| MetadataError::Missing {
            part: Part::Entity.name(),
            path: String::new(),
        })?;
        let mut table = Table::new(entity.logical_name);
        table.schema_name = entity.schema_name;
        table.display_name = label(&entity.display_name, labels);
        table.display_collection_name = label(&entity.display_collection_name, labels);
        table.description = label(&entity.description, labels);
        table.entity_set_name = entity.entity_set_name;
        table.logical_collection_name = entity.logical_collection_name;
        table.collection_schema_name = entity.collection_schema_name;
        table.primary_id_attribute = entity.primary_id_attribute;
        table.primary_name_attribute = entity.primary_name_attribute;
        table.ownership_type = entity.ownership_type;
        table.is_bpf_entity = entity.is_bpf_entity;
        table.table_type = entity.table_type;

        let mut columns: BTreeMap<String, Column> = BTreeMap::new();
        for attribute in self.attributes {
            let name = attribute.logical_name.clone();
            if columns.contains_key(&name) {
                return Err(MetadataError::Repeated(format!("attribute `{name}`")));
            }
            columns.insert(name, column(attribute, labels)?);
        }
        for (cast, body) in self.casts {
            let Some(column) = columns.get_mut(&body.logical_name) else {
                return Err(MetadataError::UnknownAttribute {
                    part: Part::Cast(cast).name(),
                    attribute: body.logical_name,
                });
            };
            apply_cast(column, cast, body, labels).map_err(|message| MetadataError::Value {
                part: Part::Cast(cast).name(),
                attribute: column.logical_name.clone(),
                message,
            })?;
        }
        let (writable, read_only): (Vec<Column>, Vec<Column>) = columns
            .into_values()
            .partition(|c| c.valid_for_create || c.valid_for_update);
        table.columns = writable.into_iter().chain(read_only).collect();

        table.one_to_many = self
            .one_to_many
            .into_iter()
            .map(|r| OneToMany {
                schema_name: r.schema_name,
                referencing_entity: r.referencing_entity,
                referencing_attribute: r.referencing_attribute,
                referenced_entity_navigation_property_name: r
                    .referenced_entity_navigation_property_name,
                is_hierarchical: r.is_hierarchical,
                is_customizable: value(&r.is_customizable),
                cascade: r.cascade_configuration.map(CascadeBody::model),
                added_by: None,
            })
            .collect();
        table
            .one_to_many
            .sort_by(|a, b| schema_order(&a.schema_name, &b.schema_name));
        table.many_to_one = self
            .many_to_one
            .into_iter()
            .map(|r| ManyToOne {
                schema_name: r.schema_name,
                referenced_entity: r.referenced_entity,
                referenced_attribute: r.referenced_attribute,
                referencing_attribute: r.referencing_attribute,
                referencing_entity_navigation_property_name: r
                    .referencing_entity_navigation_property_name,
                is_hierarchical: r.is_hierarchical,
                is_customizable: value(&r.is_customizable),
                cascade: r.cascade_configuration.map(CascadeBody::model),
                added_by: None,
                resolved: false,
                supplied_from: None,
            })
            .collect();
        table
            .many_to_one
            .sort_by(|a, b| schema_order(&a.schema_name, &b.schema_name));
        let this = table.logical_name.clone();
        table.many_to_many = self
            .many_to_many
            .into_iter()
            .map(|r| many_to_many(r, &this))
            .collect();
        table
            .many_to_many
            .sort_by(|a, b| schema_order(&a.schema_name, &b.schema_name));
        Ok(table)
    }
}

/// Schema names ignoring case, then exactly (a stable, total order).
fn schema_order(a: &str, b: &str) -> std::cmp::Ordering {
    a.to_lowercase()
        .cmp(&b.to_lowercase())
        .then_with(|| a.cmp(b))
}

/// The model's entity 1 is the table described; the environment's
/// Entity1 may be the other one.
fn many_to_many(r: ManyToManyBody, this: &str) -> ManyToMany {
    let is_customizable = value(&r.is_customizable);
    let swap = r.entity1_logical_name.as_deref() != Some(this)
        && r.entity2_logical_name.as_deref() == Some(this);
    let (one, two) = (
        (
            r.entity1_logical_name,
            r.entity1_intersect_attribute,
            r.entity1_navigation_property_name,
        ),
        (
            r.entity2_logical_name,
            r.entity2_intersect_attribute,
            r.entity2_navigation_property_name,
        ),
    );
    let (one, two) = if swap { (two, one) } else { (one, two) };
    ManyToMany {
        schema_name: r.schema_name,
        intersect_entity_name: r.intersect_entity_name,
        is_customizable,
        entity1_logical_name: one.0,
        entity1_intersect_attribute: one.1,
        entity1_navigation_property_name: one.2,
        entity2_logical_name: two.0,
        entity2_intersect_attribute: two.1,
        entity2_navigation_property_name: two.2,
        added_by: None,
    }
}

/// The page's Type of a column: `AttributeTypeName` without its `Type`
/// suffix (`MultiSelectPicklistType` -> `MultiSelectPicklist`, whose
/// `AttributeType` is `Virtual`), else `AttributeType`.
fn column_type(attribute: &AttributeBody) -> Option<String> {
    value(&attribute.attribute_type_name)
        .map(|name| name.strip_suffix("Type").unwrap_or(&name).to_string())
        .filter(|name| !name.is_empty())
        .or_else(|| attribute.attribute_type.clone())
}

fn column(attribute: AttributeBody, labels: Labels) -> Result<Column, MetadataError> {
    let error = |message: &str| MetadataError::Value {
        part: Part::Attributes.name(),
        attribute: attribute.logical_name.clone(),
        message: message.to_string(),
    };
    let column_type = column_type(&attribute)
        .ok_or_else(|| error("has neither AttributeTypeName nor AttributeType"))?;
    let valid_for_create = attribute
        .is_valid_for_create
        .ok_or_else(|| error("has no IsValidForCreate"))?;
    let valid_for_update = attribute
        .is_valid_for_update
        .ok_or_else(|| error("has no IsValidForUpdate"))?;
    let mut column = Column::new(
        attribute.logical_name,
        attribute.schema_name,
        ColumnType::from(column_type.as_str()),
    );
    column.display_name = label(&attribute.display_name, labels);
    column.description = label(&attribute.description, labels);
    column.required_level =
        value(&attribute.required_level).map(|v| RequiredLevel::from(v.as_str()));
    column.valid_for_create = valid_for_create;
    column.valid_for_update = valid_for_update;
    column.valid_for_read = attribute.is_valid_for_read;
    column.valid_for_form = attribute.is_valid_for_form;
    Ok(column)
}

fn apply_cast(
    column: &mut Column,
    cast: Cast,
    body: CastBody,
    labels: Labels,
) -> Result<(), String> {
    match cast {
        Cast::String | Cast::Memo => {
            column.max_length = body.max_length;
            column.format = body.format.or_else(|| value(&body.format_name));
            column.is_localizable = body.is_localizable;
        }
        Cast::Integer | Cast::BigInt | Cast::Decimal | Cast::Double | Cast::Money => {
            column.min_value = body.min_value.as_ref().map(number).transpose()?;
            column.max_value = body.max_value.as_ref().map(number).transpose()?;
            column.precision = body.precision;
            column.format = body.format;
        }
        Cast::DateTime => {
            column.format = body.format;
            column.date_time_behavior = value(&body.date_time_behavior);
        }
        Cast::Boolean => {
            let option_set = body.option_set.as_ref();
            let true_option = option_set.and_then(|set| set.true_option.as_ref());
            let false_option = option_set.and_then(|set| set.false_option.as_ref());
            column.options = true_option
                .into_iter()
                .chain(false_option)
                .map(|option| option_value(option, labels))
                .collect();
            column.global_choice_name = choice_name(&body);
            column.default_value = match body.default_value {
                None | Some(serde_json::Value::Null) => None,
                Some(serde_json::Value::Bool(value)) => Some(DefaultValue::Bool(value)),
                Some(other) => return Err(format!("DefaultValue `{other}` is not true or false")),
            };
        }
        Cast::Picklist | Cast::MultiSelectPicklist | Cast::State | Cast::Status => {
            column.options = body
                .option_set
                .iter()
                .flat_map(|set| &set.options)
                .map(|option| option_value(option, labels))
                .collect();
            column.global_choice_name = choice_name(&body);
            column.default_value = body.default_form_value.map(DefaultValue::Integer);
        }
        Cast::Lookup => column.targets = body.targets.unwrap_or_default(),
    }
    Ok(())
}

/// `GlobalOptionSet.Name` where the column uses a global choice, else
/// `OptionSet.Name` (a local choice's name, `<table>_<column>`, which the
/// pages list as GlobalChoiceName too).
fn choice_name(body: &CastBody) -> Option<String> {
    let name = |set: &Option<OptionSetBody>| set.as_ref().and_then(|set| set.name.clone());
    name(&body.global_option_set)
        .or_else(|| name(&body.option_set))
        .filter(|name| !name.is_empty())
}

fn option_value(option: &OptionBody, labels: Labels) -> OptionValue {
    OptionValue {
        value: option.value,
        label: label(&option.label, labels).unwrap_or_default(),
        state: option.state,
        default_status: option.default_status,
        invariant_name: option.invariant_name.clone().filter(|n| !n.is_empty()),
        transition_data: option.transition_data.clone().filter(|t| !t.is_empty()),
        description: label(&option.description, labels),
    }
}

/// A JSON number as a [`Number`] in plain decimal notation, exactly:
/// no exponent (`1E-10` -> `0.0000000001`), no trailing fractional zeros
/// (`100.0` -> `100`), as the pages write bounds.
fn number(json: &serde_json::Number) -> Result<Number, String> {
    let text = json.to_string();
    let bad = || format!("`{text}` is not a decimal number");
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => {
            let exponent: i32 = exponent
                .strip_prefix('+')
                .unwrap_or(exponent)
                .parse()
                .map_err(|_| bad())?;
            (mantissa, exponent)
        }
        None => (unsigned, 0),
    };
    // The range of an f64 and then some; beyond it, the text would be huge.
    if exponent.abs() > 400 {
        return Err(format!("`{text}` is out of range"));
    }
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty()
        || !(whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit()))
    {
        return Err(bad());
    }
    // digits × 10^(point - digits.len()), with the point after `point` digits.
    let digits: String = format!("{whole}{fraction}");
    let point = whole.len() as i64 + i64::from(exponent);
    let (int_part, frac_part) = if point <= 0 {
        (
            "0".to_string(),
            format!("{}{digits}", "0".repeat(point.unsigned_abs() as usize)),
        )
    } else if point as usize >= digits.len() {
        (
            format!("{digits}{}", "0".repeat(point as usize - digits.len())),
            String::new(),
        )
    } else {
        (
            digits[..point as usize].to_string(),
            digits[point as usize..].to_string(),
        )
    };
    let int_part = int_part.trim_start_matches('0');
    let int_part = if int_part.is_empty() { "0" } else { int_part };
    let frac_part = frac_part.trim_end_matches('0');
    let is_zero = int_part == "0" && frac_part.is_empty();
    let sign = if negative && !is_zero { "-" } else { "" };
    let plain = if frac_part.is_empty() {
        format!("{sign}{int_part}")
    } else {
        format!("{sign}{int_part}.{frac_part}")
    };
    Number::parse(&plain).map_err(|_| bad())
}

/// The logical names in a response to
/// [`TABLE_NAMES_REQUEST`](crate::TABLE_NAMES_REQUEST), sorted, with the
/// `@odata.nextLink` of a further page.
pub fn table_names(body: &str) -> Result<(Vec<String>, Option<String>), MetadataError> {
    let page: Collection<NameBody> =
        serde_json::from_str(body).map_err(|source| MetadataError::Json {
            part: "table names".into(),
            source,
        })?;
    let mut names: Vec<String> = page.value.into_iter().map(|n| n.logical_name).collect();
    names.sort();
    Ok((names, page.next_link))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        let json: serde_json::Number = serde_json::from_str(text).unwrap();
        number(&json).unwrap().to_string()
    }

    #[test]
    fn numbers_become_plain_decimals_exactly() {
        assert_eq!(plain("-9223372036854775808"), "-9223372036854775808");
        assert_eq!(plain("9223372036854775807"), "9223372036854775807");
        assert_eq!(plain("100.0"), "100");
        assert_eq!(plain("-922337203685477.0"), "-922337203685477");
        assert_eq!(plain("1E-10"), "0.0000000001");
        assert_eq!(plain("1e-12"), "0.000000000001");
        assert_eq!(plain("-1.5E+2"), "-150");
        assert_eq!(plain("1.25e1"), "12.5");
        assert_eq!(plain("0.0"), "0");
        assert_eq!(plain("-0.0"), "0");
        assert_eq!(plain("100000000000000"), "100000000000000");
        assert_eq!(plain("0.000000000001"), "0.000000000001");
        assert_eq!(plain("12.3400"), "12.34");
    }

    #[test]
    fn huge_exponents_are_errors_not_huge_strings() {
        let json: serde_json::Number = serde_json::from_str("1e999999").unwrap();
        assert!(number(&json).unwrap_err().contains("out of range"));
    }

    #[test]
    fn labels_pick_the_language_or_fall_back() {
        let label: Label = serde_json::from_str(
            r#"{"LocalizedLabels": [{"Label": "Account", "LanguageCode": 1033},
                                   {"Label": "Compte", "LanguageCode": 1036}],
                "UserLocalizedLabel": {"Label": "Account", "LanguageCode": 1033}}"#,
        )
        .unwrap();
        assert_eq!(
            label.text(Labels::UserLocalized).as_deref(),
            Some("Account")
        );
        assert_eq!(
            label.text(Labels::Language(1036)).as_deref(),
            Some("Compte")
        );
        assert_eq!(
            label.text(Labels::Language(1031)).as_deref(),
            Some("Account")
        );
        let empty: Label =
            serde_json::from_str(r#"{"LocalizedLabels": [], "UserLocalizedLabel": null}"#).unwrap();
        assert_eq!(empty.text(Labels::UserLocalized), None);
    }
}
