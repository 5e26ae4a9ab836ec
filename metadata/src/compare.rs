//! Two descriptions of one table: what differs ([`compare`]) and one table
//! from both ([`merge`], the environment winning).

use std::fmt;

use dataverse_schema::{
    Cascade, Column, DefaultValue, ManyToMany, ManyToOne, OneToMany, OptionValue, Table,
};

/// The part of a table a [`Difference`] is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    /// The table's own properties.
    Table,
    /// A column, by logical name.
    Column(String),
    /// One choice of a column.
    Option {
        /// The column's logical name.
        column: String,
        /// The choice's value.
        value: i64,
    },
    /// A one-to-many relationship, by schema name.
    OneToMany(String),
    /// A many-to-one relationship, by schema name.
    ManyToOne(String),
    /// A many-to-many relationship, by schema name.
    ManyToMany(String),
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Item::Table => f.write_str("table"),
            Item::Column(name) => write!(f, "column {name}"),
            Item::Option { column, value } => write!(f, "column {column} choice {value}"),
            Item::OneToMany(name) => write!(f, "one-to-many {name}"),
            Item::ManyToOne(name) => write!(f, "many-to-one {name}"),
            Item::ManyToMany(name) => write!(f, "many-to-many {name}"),
        }
    }
}

/// One fact on which the YAML (a page's, or a file) and the environment
/// differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// The table's logical name.
    pub table: String,
    /// What the fact is about.
    pub item: Item,
    /// The model key (`max_length`, `cascade.delete`,
    /// `referencing_entity_navigation_property_name`); `None` when the item
    /// itself is on one side only.
    pub field: Option<&'static str>,
    /// The YAML's value; `None` when it has none.
    pub yaml: Option<String>,
    /// The environment's value; `None` when it has none.
    pub environment: Option<String>,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.table, self.item)?;
        match (self.field, &self.yaml, &self.environment) {
            (None, Some(_), None) => write!(f, ": only in the YAML"),
            (None, None, Some(_)) => write!(f, ": only in the environment"),
            (field, yaml, environment) => {
                let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".into());
                if let Some(field) = field {
                    write!(f, ": {field}")?;
                }
                write!(
                    f,
                    ": YAML {}, environment {}",
                    show(yaml),
                    show(environment)
                )
            }
        }
    }
}

/// Collects differences for one table.
struct Differ<'a> {
    table: &'a str,
    found: Vec<Difference>,
}

impl Differ<'_> {
    fn field(
        &mut self,
        item: &Item,
        field: &'static str,
        yaml: Option<String>,
        environment: Option<String>,
    ) {
        if yaml != environment {
            self.found.push(Difference {
                table: self.table.to_string(),
                item: item.clone(),
                field: Some(field),
                yaml,
                environment,
            });
        }
    }

    fn presence(&mut self, item: Item, in_yaml: bool) {
        let name = Some(item.to_string());
        self.found.push(Difference {
            table: self.table.to_string(),
            item,
            field: None,
            yaml: if in_yaml { name.clone() } else { None },
            environment: if in_yaml { None } else { name },
        });
    }

    fn cascade(&mut self, item: &Item, yaml: &Option<Cascade>, environment: &Option<Cascade>) {
        let none = Cascade::default();
        let (a, b) = (
            yaml.as_ref().unwrap_or(&none),
            environment.as_ref().unwrap_or(&none),
        );
        self.field(item, "cascade.assign", a.assign.clone(), b.assign.clone());
        self.field(item, "cascade.delete", a.delete.clone(), b.delete.clone());
        self.field(item, "cascade.merge", a.merge.clone(), b.merge.clone());
        self.field(
            item,
            "cascade.reparent",
            a.reparent.clone(),
            b.reparent.clone(),
        );
        self.field(item, "cascade.share", a.share.clone(), b.share.clone());
        self.field(
            item,
            "cascade.unshare",
            a.unshare.clone(),
            b.unshare.clone(),
        );
        self.field(
            item,
            "cascade.archive",
            a.archive.clone(),
            b.archive.clone(),
        );
        self.field(
            item,
            "cascade.rollup_view",
            a.rollup_view.clone(),
            b.rollup_view.clone(),
        );
    }
}

fn text<T: ToString>(value: &Option<T>) -> Option<String> {
    value.as_ref().map(ToString::to_string)
}

fn default_text(value: &Option<DefaultValue>) -> Option<String> {
    value.as_ref().map(|value| match value {
        DefaultValue::Bool(value) => value.to_string(),
        DefaultValue::Integer(value) => value.to_string(),
        DefaultValue::Text(value) => value.clone(),
    })
}

/// Targets compared as a set: the pages and the environment list them in
/// different orders.
fn targets_text(targets: &[String]) -> Option<String> {
    let mut sorted: Vec<&str> = targets.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    (!sorted.is_empty()).then(|| sorted.join(", "))
}

/// Pairs the entries of two lists by key: those of `yaml` in its order
/// (with the matching `environment` entry, if any), then those only in
/// `environment`, in its order.
fn pair<'a, T, K: PartialEq>(
    yaml: &'a [T],
    environment: &'a [T],
    key: impl Fn(&'a T) -> K,
) -> Vec<(Option<&'a T>, Option<&'a T>)> {
    let mut pairs: Vec<(Option<&T>, Option<&T>)> = yaml
        .iter()
        .map(|a| (Some(a), environment.iter().find(|b| key(b) == key(a))))
        .collect();
    pairs.extend(
        environment
            .iter()
            .filter(|b| !yaml.iter().any(|a| key(a) == key(b)))
            .map(|b| (None, Some(b))),
    );
    pairs
}

/// Every fact on which `yaml` and `environment` differ, in a fixed order:
/// the table's properties, then columns (the YAML's order, then columns
/// only in the environment), their choices, and the three relationship
/// kinds. Lists are paired by logical name, schema name or choice value, so
/// order alone is never a difference; Targets are compared as sets.
/// Messages are not compared: the environment's metadata has none.
pub fn compare(yaml: &Table, environment: &Table) -> Vec<Difference> {
    let mut differ = Differ {
        table: &environment.logical_name,
        found: Vec::new(),
    };
    let d = &mut differ;
    let t = &Item::Table;
    d.field(
        t,
        "logical_name",
        Some(yaml.logical_name.clone()),
        Some(environment.logical_name.clone()),
    );
    d.field(
        t,
        "schema_name",
        yaml.schema_name.clone(),
        environment.schema_name.clone(),
    );
    d.field(
        t,
        "display_name",
        yaml.display_name.clone(),
        environment.display_name.clone(),
    );
    d.field(
        t,
        "display_collection_name",
        yaml.display_collection_name.clone(),
        environment.display_collection_name.clone(),
    );
    d.field(
        t,
        "description",
        yaml.description.clone(),
        environment.description.clone(),
    );
    d.field(
        t,
        "entity_set_name",
        yaml.entity_set_name.clone(),
        environment.entity_set_name.clone(),
    );
    d.field(
        t,
        "logical_collection_name",
        yaml.logical_collection_name.clone(),
        environment.logical_collection_name.clone(),
    );
    d.field(
        t,
        "collection_schema_name",
        yaml.collection_schema_name.clone(),
        environment.collection_schema_name.clone(),
    );
    d.field(
        t,
        "primary_id_attribute",
        yaml.primary_id_attribute.clone(),
        environment.primary_id_attribute.clone(),
    );
    d.field(
        t,
        "primary_name_attribute",
        yaml.primary_name_attribute.clone(),
        environment.primary_name_attribute.clone(),
    );
    d.field(
        t,
        "ownership_type",
        yaml.ownership_type.clone(),
        environment.ownership_type.clone(),
    );
    d.field(
        t,
        "is_bpf_entity",
        text(&yaml.is_bpf_entity),
        text(&environment.is_bpf_entity),
    );
    d.field(
        t,
        "table_type",
        yaml.table_type.clone(),
        environment.table_type.clone(),
    );

    for (a, b) in pair(&yaml.columns, &environment.columns, |c| &c.logical_name) {
        match (a, b) {
            (Some(a), Some(b)) => compare_column(d, a, b),
            (Some(a), None) => d.presence(Item::Column(a.logical_name.clone()), true),
            (None, Some(b)) => d.presence(Item::Column(b.logical_name.clone()), false),
            (None, None) => {}
        }
    }
    for (a, b) in pair(&yaml.one_to_many, &environment.one_to_many, |r| {
        &r.schema_name
    }) {
        match (a, b) {
            (Some(a), Some(b)) => compare_one_to_many(d, a, b),
            (Some(a), None) => d.presence(Item::OneToMany(a.schema_name.clone()), true),
            (None, Some(b)) => d.presence(Item::OneToMany(b.schema_name.clone()), false),
            (None, None) => {}
        }
    }
    for (a, b) in pair(&yaml.many_to_one, &environment.many_to_one, |r| {
        &r.schema_name
    }) {
        match (a, b) {
            (Some(a), Some(b)) => compare_many_to_one(d, a, b),
            (Some(a), None) => d.presence(Item::ManyToOne(a.schema_name.clone()), true),
            (None, Some(b)) => d.presence(Item::ManyToOne(b.schema_name.clone()), false),
            (None, None) => {}
        }
    }
    for (a, b) in pair(&yaml.many_to_many, &environment.many_to_many, |r| {
        &r.schema_name
    }) {
        match (a, b) {
            (Some(a), Some(b)) => compare_many_to_many(d, a, b),
            (Some(a), None) => d.presence(Item::ManyToMany(a.schema_name.clone()), true),
            (None, Some(b)) => d.presence(Item::ManyToMany(b.schema_name.clone()), false),
            (None, None) => {}
        }
    }
    differ.found
}

fn compare_column(d: &mut Differ<'_>, a: &Column, b: &Column) {
    let item = &Item::Column(a.logical_name.clone());
    d.field(
        item,
        "schema_name",
        Some(a.schema_name.clone()),
        Some(b.schema_name.clone()),
    );
    d.field(
        item,
        "type",
        Some(a.column_type.to_string()),
        Some(b.column_type.to_string()),
    );
    d.field(
        item,
        "display_name",
        a.display_name.clone(),
        b.display_name.clone(),
    );
    d.field(
        item,
        "description",
        a.description.clone(),
        b.description.clone(),
    );
    d.field(
        item,
        "required_level",
        text(&a.required_level),
        text(&b.required_level),
    );
    d.field(
        item,
        "valid_for_create",
        Some(a.valid_for_create.to_string()),
        Some(b.valid_for_create.to_string()),
    );
    d.field(
        item,
        "valid_for_update",
        Some(a.valid_for_update.to_string()),
        Some(b.valid_for_update.to_string()),
    );
    d.field(
        item,
        "valid_for_read",
        text(&a.valid_for_read),
        text(&b.valid_for_read),
    );
    d.field(
        item,
        "valid_for_form",
        text(&a.valid_for_form),
        text(&b.valid_for_form),
    );
    d.field(item, "max_length", text(&a.max_length), text(&b.max_length));
    d.field(item, "min_value", text(&a.min_value), text(&b.min_value));
    d.field(item, "max_value", text(&a.max_value), text(&b.max_value));
    d.field(item, "precision", text(&a.precision), text(&b.precision));
    d.field(item, "format", a.format.clone(), b.format.clone());
    d.field(
        item,
        "date_time_behavior",
        a.date_time_behavior.clone(),
        b.date_time_behavior.clone(),
    );
    d.field(
        item,
        "is_localizable",
        text(&a.is_localizable),
        text(&b.is_localizable),
    );
    d.field(
        item,
        "targets",
        targets_text(&a.targets),
        targets_text(&b.targets),
    );
    d.field(
        item,
        "global_choice_name",
        a.global_choice_name.clone(),
        b.global_choice_name.clone(),
    );
    d.field(
        item,
        "default_value",
        default_text(&a.default_value),
        default_text(&b.default_value),
    );
    for (x, y) in pair(&a.options, &b.options, |o| o.value) {
        let item = |value| Item::Option {
            column: a.logical_name.clone(),
            value,
        };
        match (x, y) {
            (Some(x), Some(y)) => {
                let item = &item(x.value);
                d.field(item, "label", Some(x.label.clone()), Some(y.label.clone()));
                d.field(item, "state", text(&x.state), text(&y.state));
                d.field(
                    item,
                    "default_status",
                    text(&x.default_status),
                    text(&y.default_status),
                );
                d.field(
                    item,
                    "invariant_name",
                    x.invariant_name.clone(),
                    y.invariant_name.clone(),
                );
                d.field(
                    item,
                    "transition_data",
                    x.transition_data.clone(),
                    y.transition_data.clone(),
                );
                d.field(
                    item,
                    "description",
                    x.description.clone(),
                    y.description.clone(),
                );
            }
            (Some(x), None) => d.presence(item(x.value), true),
            (None, Some(y)) => d.presence(item(y.value), false),
            (None, None) => {}
        }
    }
}

fn compare_one_to_many(d: &mut Differ<'_>, a: &OneToMany, b: &OneToMany) {
    let item = &Item::OneToMany(a.schema_name.clone());
    d.field(
        item,
        "referencing_entity",
        a.referencing_entity.clone(),
        b.referencing_entity.clone(),
    );
    d.field(
        item,
        "referencing_attribute",
        a.referencing_attribute.clone(),
        b.referencing_attribute.clone(),
    );
    d.field(
        item,
        "referenced_entity_navigation_property_name",
        a.referenced_entity_navigation_property_name.clone(),
        b.referenced_entity_navigation_property_name.clone(),
    );
    d.field(
        item,
        "is_hierarchical",
        text(&a.is_hierarchical),
        text(&b.is_hierarchical),
    );
    d.field(
        item,
        "is_customizable",
        text(&a.is_customizable),
        text(&b.is_customizable),
    );
    d.cascade(item, &a.cascade, &b.cascade);
    d.field(item, "added_by", a.added_by.clone(), b.added_by.clone());
}

fn compare_many_to_one(d: &mut Differ<'_>, a: &ManyToOne, b: &ManyToOne) {
    let item = &Item::ManyToOne(a.schema_name.clone());
    d.field(
        item,
        "referenced_entity",
        a.referenced_entity.clone(),
        b.referenced_entity.clone(),
    );
    d.field(
        item,
        "referenced_attribute",
        a.referenced_attribute.clone(),
        b.referenced_attribute.clone(),
    );
    d.field(
        item,
        "referencing_attribute",
        a.referencing_attribute.clone(),
        b.referencing_attribute.clone(),
    );
    d.field(
        item,
        "referencing_entity_navigation_property_name",
        a.referencing_entity_navigation_property_name.clone(),
        b.referencing_entity_navigation_property_name.clone(),
    );
    d.field(
        item,
        "is_hierarchical",
        text(&a.is_hierarchical),
        text(&b.is_hierarchical),
    );
    d.field(
        item,
        "is_customizable",
        text(&a.is_customizable),
        text(&b.is_customizable),
    );
    d.cascade(item, &a.cascade, &b.cascade);
    d.field(item, "added_by", a.added_by.clone(), b.added_by.clone());
}

fn compare_many_to_many(d: &mut Differ<'_>, a: &ManyToMany, b: &ManyToMany) {
    let item = &Item::ManyToMany(a.schema_name.clone());
    d.field(
        item,
        "intersect_entity_name",
        a.intersect_entity_name.clone(),
        b.intersect_entity_name.clone(),
    );
    d.field(
        item,
        "is_customizable",
        text(&a.is_customizable),
        text(&b.is_customizable),
    );
    d.field(
        item,
        "entity1_logical_name",
        a.entity1_logical_name.clone(),
        b.entity1_logical_name.clone(),
    );
    d.field(
        item,
        "entity1_intersect_attribute",
        a.entity1_intersect_attribute.clone(),
        b.entity1_intersect_attribute.clone(),
    );
    d.field(
        item,
        "entity1_navigation_property_name",
        a.entity1_navigation_property_name.clone(),
        b.entity1_navigation_property_name.clone(),
    );
    d.field(
        item,
        "entity2_logical_name",
        a.entity2_logical_name.clone(),
        b.entity2_logical_name.clone(),
    );
    d.field(
        item,
        "entity2_intersect_attribute",
        a.entity2_intersect_attribute.clone(),
        b.entity2_intersect_attribute.clone(),
    );
    d.field(
        item,
        "entity2_navigation_property_name",
        a.entity2_navigation_property_name.clone(),
        b.entity2_navigation_property_name.clone(),
    );
    d.field(item, "added_by", a.added_by.clone(), b.added_by.clone());
}

// ---------------------------------------------------------------------------
// Merge
// ---------------------------------------------------------------------------

/// A table merged from a page's YAML and the environment's.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The merged table.
    pub table: Table,
    /// Every difference between the two inputs ([`compare`] of page and
    /// environment), for the caller to show or check.
    pub differences: Vec<Difference>,
}

/// Merges what a reference page says about a table (`page`) with what the
/// environment says (`environment`). The environment wins:
///
/// * every value the environment gives is kept; a value only the page gives
///   (a description, the solution a relationship was `added_by`, the
///   messages) fills the gap;
/// * the environment decides which columns, choices and relationships
///   exist: those only on the page are left out, those only in the
///   environment (custom columns such as `new_region`) are added;
/// * entries keep the page's order, and those only in the environment
///   follow in the environment's order, so the merged YAML diffs small
///   against the page's.
///
/// The differences are returned with the result, not printed.
pub fn merge(page: &Table, environment: &Table) -> Merged {
    let differences = compare(page, environment);
    let e = environment;
    let mut table = Table::new(e.logical_name.clone());
    table.schema_name = e.schema_name.clone().or_else(|| page.schema_name.clone());
    table.display_name = e.display_name.clone().or_else(|| page.display_name.clone());
    table.display_collection_name = e
        .display_collection_name
        .clone()
        .or_else(|| page.display_collection_name.clone());
    table.description = e.description.clone().or_else(|| page.description.clone());
    table.entity_set_name = e
        .entity_set_name
        .clone()
        .or_else(|| page.entity_set_name.clone());
    table.logical_collection_name = e
        .logical_collection_name
        .clone()
        .or_else(|| page.logical_collection_name.clone());
    table.collection_schema_name = e
        .collection_schema_name
        .clone()
        .or_else(|| page.collection_schema_name.clone());
    table.primary_id_attribute = e
        .primary_id_attribute
        .clone()
        .or_else(|| page.primary_id_attribute.clone());
    table.primary_name_attribute = e
        .primary_name_attribute
        .clone()
        .or_else(|| page.primary_name_attribute.clone());
    table.ownership_type = e
        .ownership_type
        .clone()
        .or_else(|| page.ownership_type.clone());
    table.is_bpf_entity = e.is_bpf_entity.or(page.is_bpf_entity);
    table.table_type = e.table_type.clone().or_else(|| page.table_type.clone());
    table.messages = if e.messages.is_empty() {
        page.messages.clone()
    } else {
        e.messages.clone()
    };
    table.columns = merged(&page.columns, &e.columns, |c| &c.logical_name, merge_column);
    table.one_to_many = merged(
        &page.one_to_many,
        &e.one_to_many,
        |r| &r.schema_name,
        |p, e| OneToMany {
            schema_name: e.schema_name.clone(),
            referencing_entity: e
                .referencing_entity
                .clone()
                .or_else(|| p.referencing_entity.clone()),
            referencing_attribute: e
                .referencing_attribute
                .clone()
                .or_else(|| p.referencing_attribute.clone()),
            referenced_entity_navigation_property_name: e
                .referenced_entity_navigation_property_name
                .clone()
                .or_else(|| p.referenced_entity_navigation_property_name.clone()),
            is_hierarchical: e.is_hierarchical.or(p.is_hierarchical),
            is_customizable: e.is_customizable.or(p.is_customizable),
            cascade: e.cascade.clone().or_else(|| p.cascade.clone()),
            added_by: e.added_by.clone().or_else(|| p.added_by.clone()),
        },
    );
    table.many_to_one = merged(
        &page.many_to_one,
        &e.many_to_one,
        |r| &r.schema_name,
        |p, e| {
            ManyToOne {
                schema_name: e.schema_name.clone(),
                referenced_entity: e
                    .referenced_entity
                    .clone()
                    .or_else(|| p.referenced_entity.clone()),
                referenced_attribute: e
                    .referenced_attribute
                    .clone()
                    .or_else(|| p.referenced_attribute.clone()),
                referencing_attribute: e
                    .referencing_attribute
                    .clone()
                    .or_else(|| p.referencing_attribute.clone()),
                referencing_entity_navigation_property_name: e
                    .referencing_entity_navigation_property_name
                    .clone()
                    .or_else(|| p.referencing_entity_navigation_property_name.clone()),
                is_hierarchical: e.is_hierarchical.or(p.is_hierarchical),
                is_customizable: e.is_customizable.or(p.is_customizable),
                cascade: e.cascade.clone().or_else(|| p.cascade.clone()),
                added_by: e.added_by.clone().or_else(|| p.added_by.clone()),
                // The environment states these facts itself.
                resolved: false,
                // Names stated by hand in the page's YAML remain so where
                // the environment does not state them.
                supplied_from: match e.referencing_entity_navigation_property_name {
                    Some(_) => None,
                    None => p.supplied_from.clone(),
                },
            }
        },
    );
    table.many_to_many = merged(
        &page.many_to_many,
        &e.many_to_many,
        |r| &r.schema_name,
        |p, e| {
            let or = |a: &Option<String>, b: &Option<String>| a.clone().or_else(|| b.clone());
            ManyToMany {
                schema_name: e.schema_name.clone(),
                intersect_entity_name: or(&e.intersect_entity_name, &p.intersect_entity_name),
                is_customizable: e.is_customizable.or(p.is_customizable),
                entity1_logical_name: or(&e.entity1_logical_name, &p.entity1_logical_name),
                entity1_intersect_attribute: or(
                    &e.entity1_intersect_attribute,
                    &p.entity1_intersect_attribute,
                ),
                entity1_navigation_property_name: or(
                    &e.entity1_navigation_property_name,
                    &p.entity1_navigation_property_name,
                ),
                entity2_logical_name: or(&e.entity2_logical_name, &p.entity2_logical_name),
                entity2_intersect_attribute: or(
                    &e.entity2_intersect_attribute,
                    &p.entity2_intersect_attribute,
                ),
                entity2_navigation_property_name: or(
                    &e.entity2_navigation_property_name,
                    &p.entity2_navigation_property_name,
                ),
                added_by: or(&e.added_by, &p.added_by),
            }
        },
    );
    Merged { table, differences }
}

/// The environment's entries, in the page's order where the page has them,
/// each merged with the page's entry of the same key.
fn merged<'a, T: Clone>(
    page: &'a [T],
    environment: &'a [T],
    key: impl Fn(&'a T) -> &'a str,
    merge: impl Fn(&T, &T) -> T,
) -> Vec<T> {
    pair(page, environment, key)
        .into_iter()
        .filter_map(|(p, e)| match (p, e) {
            (Some(p), Some(e)) => Some(merge(p, e)),
            (None, Some(e)) => Some(e.clone()),
            _ => None,
        })
        .collect()
}

fn merge_column(page: &Column, e: &Column) -> Column {
    let options = if e.options.is_empty() {
        page.options.clone()
    } else {
        e.options
            .iter()
            .map(
                |option| match page.options.iter().find(|p| p.value == option.value) {
                    Some(p) => OptionValue {
                        value: option.value,
                        label: if option.label.is_empty() {
                            p.label.clone()
                        } else {
                            option.label.clone()
                        },
                        state: option.state.or(p.state),
                        default_status: option.default_status.or(p.default_status),
                        invariant_name: option
                            .invariant_name
                            .clone()
                            .or_else(|| p.invariant_name.clone()),
                        transition_data: option
                            .transition_data
                            .clone()
                            .or_else(|| p.transition_data.clone()),
                        description: option.description.clone().or_else(|| p.description.clone()),
                    },
                    None => option.clone(),
                },
            )
            .collect()
    };
    Column {
        logical_name: e.logical_name.clone(),
        schema_name: e.schema_name.clone(),
        column_type: e.column_type.clone(),
        display_name: e.display_name.clone().or_else(|| page.display_name.clone()),
        description: e.description.clone().or_else(|| page.description.clone()),
        required_level: e
            .required_level
            .clone()
            .or_else(|| page.required_level.clone()),
        valid_for_create: e.valid_for_create,
        valid_for_update: e.valid_for_update,
        valid_for_read: e.valid_for_read.or(page.valid_for_read),
        valid_for_form: e.valid_for_form.or(page.valid_for_form),
        max_length: e.max_length.or(page.max_length),
        min_value: e.min_value.clone().or_else(|| page.min_value.clone()),
        max_value: e.max_value.clone().or_else(|| page.max_value.clone()),
        precision: e.precision.or(page.precision),
        format: e.format.clone().or_else(|| page.format.clone()),
        date_time_behavior: e
            .date_time_behavior
            .clone()
            .or_else(|| page.date_time_behavior.clone()),
        is_localizable: e.is_localizable.or(page.is_localizable),
        targets: if e.targets.is_empty() {
            page.targets.clone()
        } else {
            e.targets.clone()
        },
        global_choice_name: e
            .global_choice_name
            .clone()
            .or_else(|| page.global_choice_name.clone()),
        options,
        default_value: e
            .default_value
            .clone()
            .or_else(|| page.default_value.clone()),
    }
}
