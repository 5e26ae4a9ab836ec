//! `compare` and `merge` on small tables built here.

use dataverse_metadata::{compare, merge, Item};
use dataverse_schema::{Column, ColumnType, ManyToOne, Message, OptionValue, Table};

fn column(name: &str, max_length: u64) -> Column {
    let mut column = Column::new(name, name, ColumnType::String);
    column.max_length = Some(max_length);
    column.valid_for_create = true;
    column.valid_for_update = true;
    column
}

fn many_to_one(name: &str) -> ManyToOne {
    ManyToOne {
        schema_name: name.into(),
        referenced_entity: Some("systemuser".into()),
        referenced_attribute: None,
        referencing_attribute: None,
        referencing_entity_navigation_property_name: None,
        is_hierarchical: None,
        is_customizable: None,
        cascade: None,
        added_by: None,
        resolved: true,
        supplied_from: None,
    }
}

fn page() -> Table {
    let mut table = Table::new("account");
    table.description = Some("Business that represents a customer.".into());
    table.messages.push(Message {
        name: "Create".into(),
        is_event: Some(true),
        web_api: None,
        sdk: None,
    });
    let mut name = column("name", 160);
    name.description = Some("Type the company or business name.".into());
    let mut region = Column::new("industrycode", "IndustryCode", ColumnType::Picklist);
    region.options = vec![
        OptionValue::new(1, "Accounting"),
        OptionValue::new(2, "Agriculture"),
    ];
    region.options[0].description = Some("Accounting firms".into());
    table.columns = vec![
        name,
        column("telephone1", 50),
        region,
        column("retired", 10),
    ];
    let mut lookup = many_to_one("lk_accountbase_createdby");
    lookup.added_by = Some("System Solution".into());
    table.many_to_one = vec![lookup];
    table
}

fn environment() -> Table {
    let mut table = Table::new("account");
    table.entity_set_name = Some("accounts".into());
    let mut region = Column::new("industrycode", "IndustryCode", ColumnType::Picklist);
    region.options = vec![
        OptionValue::new(2, "Agriculture"),
        OptionValue::new(1, "Accounting"),
        OptionValue::new(3, "Broadcasting"),
    ];
    let mut custom = Column::new("new_region", "new_Region", ColumnType::Picklist);
    custom.global_choice_name = Some("new_region".into());
    custom.options = vec![OptionValue::new(100000000, "North")];
    // The environment's order differs from the page's.
    table.columns = vec![
        region,
        custom,
        column("telephone1", 50),
        column("name", 200),
    ];
    let mut lookup = many_to_one("lk_accountbase_createdby");
    lookup.resolved = false;
    lookup.referencing_attribute = Some("createdby".into());
    lookup.referencing_entity_navigation_property_name = Some("createdby".into());
    table.many_to_one = vec![lookup];
    table
}

#[test]
fn compare_pairs_by_name_and_lists_each_fact() {
    let described: Vec<String> = compare(&page(), &environment())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        described,
        [
            "account: table: description: YAML Business that represents a customer., environment (none)",
            "account: table: entity_set_name: YAML (none), environment accounts",
            "account: column name: description: YAML Type the company or business name., environment (none)",
            "account: column name: max_length: YAML 160, environment 200",
            "account: column industrycode choice 1: description: YAML Accounting firms, environment (none)",
            "account: column industrycode choice 3: only in the environment",
            "account: column retired: only in the YAML",
            "account: column new_region: only in the environment",
            "account: many-to-one lk_accountbase_createdby: referencing_attribute: YAML (none), environment createdby",
            "account: many-to-one lk_accountbase_createdby: referencing_entity_navigation_property_name: YAML (none), environment createdby",
            "account: many-to-one lk_accountbase_createdby: added_by: YAML System Solution, environment (none)",
        ]
    );
    assert_eq!(compare(&environment(), &environment()), []);
}

#[test]
fn merge_lets_the_environment_win_and_keeps_what_only_the_page_says() {
    let merged = merge(&page(), &environment());
    assert_eq!(merged.differences, compare(&page(), &environment()));
    let table = merged.table;
    // Page order, then the environment's own columns; the page-only column is gone.
    let names: Vec<&str> = table
        .columns
        .iter()
        .map(|c| c.logical_name.as_str())
        .collect();
    assert_eq!(names, ["name", "telephone1", "industrycode", "new_region"]);
    let name = table.column("name").unwrap();
    assert_eq!(name.max_length, Some(200));
    assert_eq!(
        name.description.as_deref(),
        Some("Type the company or business name.")
    );
    let industry = table.column("industrycode").unwrap();
    let values: Vec<i64> = industry.options.iter().map(|o| o.value).collect();
    assert_eq!(values, [2, 1, 3]);
    assert_eq!(
        industry.options[1].description.as_deref(),
        Some("Accounting firms")
    );
    assert_eq!(
        table
            .column("new_region")
            .unwrap()
            .global_choice_name
            .as_deref(),
        Some("new_region")
    );
    assert_eq!(table.entity_set_name.as_deref(), Some("accounts"));
    assert_eq!(
        table.description.as_deref(),
        Some("Business that represents a customer.")
    );
    assert_eq!(table.messages.len(), 1);
    let lookup = &table.many_to_one[0];
    assert_eq!(lookup.referencing_attribute.as_deref(), Some("createdby"));
    assert_eq!(lookup.added_by.as_deref(), Some("System Solution"));
    assert!(!lookup.resolved);
}

#[test]
fn differences_are_about_items_and_fields() {
    let differences = compare(&page(), &environment());
    let max_length = differences
        .iter()
        .find(|d| d.field == Some("max_length"))
        .unwrap();
    assert_eq!(max_length.item, Item::Column("name".into()));
    assert_eq!(max_length.yaml.as_deref(), Some("160"));
    assert_eq!(max_length.environment.as_deref(), Some("200"));
}
