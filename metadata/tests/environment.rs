//! The Web API metadata importer on fixtures written in the documented
//! response shapes (`tests/fixtures/<table>/`, one file per request, named
//! after its part; see `import_saved`).
//!
//! `cr123_project` is a custom table with a column of every type, a
//! State/Status pair, a global choice, a local choice with descriptions, a
//! polymorphic (Customer) lookup, labels in two languages, and responses
//! paged with `@odata.nextLink` (three attribute pages, two picklist pages).
//! `account` is the standard table with its many-to-one relationships, some
//! one-to-many ones and a column the environment added (`new_region`).

use std::path::{Path, PathBuf};

use dataverse_metadata::{
    import_saved, requests, Labels, MetadataError, Part, SavedError, TableResponses,
};
use dataverse_schema::{ColumnType, DefaultValue, Table};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn project(labels: Labels) -> Table {
    import_saved(&fixtures().join("cr123_project"), "cr123_project", labels)
        .unwrap_or_else(|e| panic!("the cr123_project fixture does not import: {e}"))
}

#[test]
fn custom_table_yaml_golden() {
    // The whole YAML, for review: to accept a change, run with
    // EXPECTORATE=overwrite and read the diff.
    let yaml = dataverse_schema::yaml::to_string(&project(Labels::UserLocalized)).unwrap();
    expectorate::assert_contents("tests/expected/cr123_project.yaml", &yaml);
}

#[test]
fn every_column_type_comes_out_as_the_pages_write_it() {
    let table = project(Labels::UserLocalized);
    let kind = |name: &str| {
        table
            .column(name)
            .unwrap_or_else(|| panic!("no column {name}"))
            .column_type
            .clone()
    };
    assert_eq!(kind("cr123_name"), ColumnType::String);
    assert_eq!(kind("cr123_notes"), ColumnType::Memo);
    assert_eq!(kind("cr123_headcount"), ColumnType::Integer);
    assert_eq!(kind("cr123_eventcount"), ColumnType::BigInt);
    assert_eq!(kind("cr123_margin"), ColumnType::Decimal);
    assert_eq!(kind("cr123_tolerance"), ColumnType::Double);
    assert_eq!(kind("cr123_budget"), ColumnType::Money);
    assert_eq!(kind("cr123_startdate"), ColumnType::DateTime);
    assert_eq!(kind("cr123_isbillable"), ColumnType::Boolean);
    assert_eq!(kind("cr123_priority"), ColumnType::Picklist);
    // AttributeType is Virtual; AttributeTypeName says MultiSelectPicklistType.
    assert_eq!(kind("cr123_tags"), ColumnType::MultiSelectPicklist);
    assert_eq!(kind("statecode"), ColumnType::State);
    assert_eq!(kind("statuscode"), ColumnType::Status);
    assert_eq!(kind("cr123_customerid"), ColumnType::Customer);
    assert_eq!(kind("cr123_parentprojectid"), ColumnType::Lookup);
    assert_eq!(kind("ownerid"), ColumnType::Owner);
    assert_eq!(kind("owneridtype"), ColumnType::EntityName);
    assert_eq!(kind("cr123_projectid"), ColumnType::Uniqueidentifier);
    assert_eq!(kind("cr123_logo"), ColumnType::Image);
    assert_eq!(kind("cr123_contract"), ColumnType::File);
}

#[test]
fn columns_come_in_page_order_from_every_page() {
    let table = project(Labels::UserLocalized);
    let names: Vec<&str> = table
        .columns
        .iter()
        .map(|c| c.logical_name.as_str())
        .collect();
    // 31 attributes over three pages of the attributes response.
    assert_eq!(names.len(), 31, "{names:?}");
    let writable: Vec<&str> = table
        .columns
        .iter()
        .take_while(|c| c.valid_for_create || c.valid_for_update)
        .map(|c| c.logical_name.as_str())
        .collect();
    let read_only: Vec<&str> = names[writable.len()..].to_vec();
    assert_eq!(
        read_only,
        [
            "cr123_budget_base",
            "cr123_customeridname",
            "createdby",
            "createdon",
            "versionnumber"
        ]
    );
    let mut sorted = writable.clone();
    sorted.sort_unstable();
    assert_eq!(writable, sorted);
    // Update-only and create-only columns count as writable, as on the pages.
    let statecode = table.column("statecode").unwrap();
    assert!(!statecode.valid_for_create && statecode.valid_for_update);
    let id = table.column("cr123_projectid").unwrap();
    assert!(id.valid_for_create && !id.valid_for_update);
}

#[test]
fn bounds_keep_every_digit_in_plain_notation() {
    let table = project(Labels::UserLocalized);
    let bounds = |name: &str| {
        let column = table.column(name).unwrap();
        (
            column.min_value.as_ref().map(|n| n.to_string()),
            column.max_value.as_ref().map(|n| n.to_string()),
        )
    };
    let text = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
    assert_eq!(
        bounds("cr123_eventcount"),
        text("-9223372036854775808", "9223372036854775807")
    );
    // 0.0 and 922337203685477.0 in the response.
    assert_eq!(bounds("cr123_budget"), text("0", "922337203685477"));
    // -100.00 and 100.00.
    assert_eq!(bounds("cr123_margin"), text("-100", "100"));
    // 1E-10 and 1E+11.
    assert_eq!(
        bounds("cr123_tolerance"),
        text("0.0000000001", "100000000000")
    );
    assert_eq!(table.column("cr123_tolerance").unwrap().precision, Some(10));
    assert_eq!(bounds("cr123_headcount"), text("0", "100000"));
}

#[test]
fn formats_behaviours_and_lengths() {
    let table = project(Labels::UserLocalized);
    let column = |name: &str| table.column(name).unwrap();
    assert_eq!(column("cr123_name").max_length, Some(200));
    assert_eq!(column("cr123_website").format.as_deref(), Some("Url"));
    // Format is null for a JSON memo; FormatName says Json.
    assert_eq!(column("cr123_settings").format.as_deref(), Some("Json"));
    assert_eq!(column("cr123_notes").format.as_deref(), Some("TextArea"));
    assert_eq!(column("cr123_headcount").format.as_deref(), Some("None"));
    let start = column("cr123_startdate");
    assert_eq!(start.format.as_deref(), Some("DateOnly"));
    assert_eq!(start.date_time_behavior.as_deref(), Some("DateOnly"));
    assert_eq!(
        column("cr123_deadline").date_time_behavior.as_deref(),
        Some("TimeZoneIndependent")
    );
    assert_eq!(column("cr123_name").is_localizable, Some(false));
}

#[test]
fn choices_state_status_and_global_choices() {
    let table = project(Labels::UserLocalized);
    let column = |name: &str| table.column(name).unwrap();

    let priority = column("cr123_priority");
    assert_eq!(
        priority.global_choice_name.as_deref(),
        Some("cr123_priority")
    );
    let labels: Vec<(i64, &str)> = priority
        .options
        .iter()
        .map(|o| (o.value, o.label.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            (100000000, "Low"),
            (100000001, "Normal"),
            (100000002, "High")
        ]
    );
    assert_eq!(
        priority.default_value,
        Some(DefaultValue::Integer(100000001))
    );

    let category = column("cr123_category");
    assert_eq!(
        category.global_choice_name.as_deref(),
        Some("cr123_project_cr123_category")
    );
    assert_eq!(
        category.options[1].description.as_deref(),
        Some("Work billed to a customer.")
    );
    assert_eq!(category.default_value, Some(DefaultValue::Integer(-1)));

    let tags = column("cr123_tags");
    assert_eq!(tags.global_choice_name.as_deref(), Some("cr123_tags"));
    assert_eq!(tags.options.len(), 3);
    assert_eq!(tags.default_value, None);

    let billable = column("cr123_isbillable");
    let labels: Vec<(i64, &str)> = billable
        .options
        .iter()
        .map(|o| (o.value, o.label.as_str()))
        .collect();
    assert_eq!(labels, [(1, "Yes"), (0, "No")]);
    assert_eq!(billable.default_value, Some(DefaultValue::Bool(true)));

    let state = column("statecode");
    let states: Vec<(i64, Option<i64>, Option<&str>)> = state
        .options
        .iter()
        .map(|o| (o.value, o.default_status, o.invariant_name.as_deref()))
        .collect();
    assert_eq!(
        states,
        [(0, Some(1), Some("Active")), (1, Some(2), Some("Inactive"))]
    );
    let status = column("statuscode");
    let statuses: Vec<(i64, &str, Option<i64>)> = status
        .options
        .iter()
        .map(|o| (o.value, o.label.as_str(), o.state))
        .collect();
    assert_eq!(
        statuses,
        [
            (1, "Active", Some(0)),
            (100000000, "On Hold", Some(0)),
            (2, "Inactive", Some(1)),
            (100000001, "Cancelled", Some(1))
        ]
    );
    assert!(status.options.iter().all(|o| o.transition_data.is_none()));
}

#[test]
fn polymorphic_lookup_and_its_relationships() {
    let table = project(Labels::UserLocalized);
    let customer = table.column("cr123_customerid").unwrap();
    assert_eq!(customer.targets, ["contact", "account"]);
    let by_lookup: Vec<(&str, &str, &str)> = table
        .many_to_one
        .iter()
        .filter(|r| r.referencing_attribute.as_deref() == Some("cr123_customerid"))
        .map(|r| {
            (
                r.schema_name.as_str(),
                r.referenced_entity.as_deref().unwrap(),
                r.referencing_entity_navigation_property_name
                    .as_deref()
                    .unwrap(),
            )
        })
        .collect();
    assert_eq!(
        by_lookup,
        [
            (
                "cr123_account_cr123_project_customerid",
                "account",
                "cr123_customerid_account"
            ),
            (
                "cr123_contact_cr123_project_customerid",
                "contact",
                "cr123_customerid_contact"
            ),
        ]
    );
    let names: Vec<&str> = table
        .many_to_one
        .iter()
        .map(|r| r.schema_name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "cr123_account_cr123_project_customerid",
            "cr123_contact_cr123_project_customerid",
            "cr123_project_parentproject",
            "lk_cr123_project_createdby",
            "owner_cr123_project",
        ]
    );
    let parent = &table.one_to_many[0];
    assert_eq!(
        parent.referencing_attribute.as_deref(),
        Some("cr123_parentprojectid")
    );
    assert_eq!(parent.is_hierarchical, Some(true));
    assert_eq!(
        parent.cascade.as_ref().unwrap().delete.as_deref(),
        Some("RemoveLink")
    );
    let m2m = &table.many_to_many[0];
    assert_eq!(m2m.entity1_logical_name.as_deref(), Some("cr123_project"));
    assert_eq!(
        m2m.entity2_intersect_attribute.as_deref(),
        Some("contactid")
    );
}

#[test]
fn many_to_many_sides_are_turned_so_entity_one_is_the_table() {
    // The fixture's Entity1 is mspp_webrole; the model's entity 1 is the
    // table described.
    let table = import_saved(
        &fixtures().join("mspp_columnpermissionprofile"),
        "mspp_columnpermissionprofile",
        Labels::UserLocalized,
    )
    .unwrap();
    let m2m = &table.many_to_many[0];
    assert_eq!(
        m2m.entity1_logical_name.as_deref(),
        Some("mspp_columnpermissionprofile")
    );
    assert_eq!(
        m2m.entity1_intersect_attribute.as_deref(),
        Some("mspp_columnpermissionprofileid")
    );
    assert_eq!(m2m.entity2_logical_name.as_deref(), Some("mspp_webrole"));
    assert_eq!(
        m2m.entity2_intersect_attribute.as_deref(),
        Some("mspp_webroleid")
    );
}

#[test]
fn labels_in_a_chosen_language() {
    let table = project(Labels::Language(1036));
    assert_eq!(table.display_name.as_deref(), Some("Projet"));
    assert_eq!(
        table.column("cr123_name").unwrap().display_name.as_deref(),
        Some("Nom")
    );
    let priority = table.column("cr123_priority").unwrap();
    assert_eq!(priority.display_name.as_deref(), Some("Priorité"));
    let labels: Vec<&str> = priority.options.iter().map(|o| o.label.as_str()).collect();
    assert_eq!(labels, ["Basse", "Normale", "Haute"]);
    // Labels without a French entry fall back to the user-localized label.
    assert_eq!(
        table.column("cr123_code").unwrap().display_name.as_deref(),
        Some("Code")
    );
}

/// The responses of the `cr123_project` fixture, for tests that change one.
fn saved_bodies() -> Vec<(Part, Vec<String>)> {
    let dir = fixtures().join("cr123_project");
    requests("cr123_project")
        .unwrap()
        .into_iter()
        .map(|request| {
            let stem = request.part.name();
            let mut pages =
                vec![std::fs::read_to_string(dir.join(format!("{stem}.json"))).unwrap()];
            for page in 2.. {
                match std::fs::read_to_string(dir.join(format!("{stem}.{page}.json"))) {
                    Ok(body) => pages.push(body),
                    Err(_) => break,
                }
            }
            (request.part, pages)
        })
        .collect()
}

fn import_bodies(bodies: &[(Part, Vec<String>)]) -> Result<Table, MetadataError> {
    let mut responses = TableResponses::new("cr123_project")?;
    for (part, pages) in bodies {
        for page in pages {
            responses.add(*part, page)?;
        }
    }
    responses.into_table(Labels::UserLocalized)
}

#[test]
fn next_links_are_handed_back_for_every_page_but_the_last() {
    let mut responses = TableResponses::new("cr123_project").unwrap();
    for (part, pages) in saved_bodies() {
        for (index, page) in pages.iter().enumerate() {
            let next = responses.add(part, page).unwrap();
            assert_eq!(
                next.is_some(),
                index + 1 < pages.len(),
                "{part} page {}",
                index + 1
            );
        }
    }
    assert!(responses.into_table(Labels::UserLocalized).is_ok());
}

#[test]
fn a_response_not_added_is_an_error_naming_the_request() {
    let bodies: Vec<_> = saved_bodies()
        .into_iter()
        .filter(|(part, _)| *part != Part::Cast(dataverse_metadata::Cast::Money))
        .collect();
    let error = import_bodies(&bodies).unwrap_err();
    assert!(matches!(error, MetadataError::Missing { .. }), "{error}");
    let message = error.to_string();
    assert!(message.contains("attributes-money"), "{message}");
    assert!(
        message.contains("Microsoft.Dynamics.CRM.MoneyAttributeMetadata"),
        "{message}"
    );
}

#[test]
fn a_page_added_twice_is_an_error() {
    let mut bodies = saved_bodies();
    let attributes = bodies
        .iter_mut()
        .find(|(part, _)| *part == Part::Attributes)
        .unwrap();
    let first = attributes.1[0].clone();
    attributes.1.push(first);
    let error = import_bodies(&bodies).unwrap_err();
    assert!(matches!(error, MetadataError::Repeated(_)), "{error}");
}

#[test]
fn a_missing_attribute_page_is_caught_by_the_casts() {
    // Without the last attributes page, the casts name columns the
    // attributes response never listed.
    let mut bodies = saved_bodies();
    let attributes = bodies
        .iter_mut()
        .find(|(part, _)| *part == Part::Attributes)
        .unwrap();
    attributes.1.pop();
    let error = import_bodies(&bodies).unwrap_err();
    assert!(
        matches!(error, MetadataError::UnknownAttribute { .. }),
        "{error}"
    );
}

#[test]
fn broken_and_foreign_bodies_are_errors() {
    let mut responses = TableResponses::new("cr123_project").unwrap();
    let error = responses
        .add(Part::Attributes, "{\"value\": [")
        .unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("the attributes response is not the expected JSON"),
        "{error}"
    );
    let error = responses
        .add(Part::Entity, r#"{"LogicalName": "account"}"#)
        .unwrap_err();
    assert!(matches!(error, MetadataError::OtherTable { .. }), "{error}");
    let error = responses
        .add(Part::Attributes, r#"{"value": [{"LogicalName": "x", "SchemaName": "X", "AttributeTypeName": {"Value": "StringType"}}]}"#)
        .and_then(|_| {
            let mut all = TableResponses::new("cr123_project")?;
            for request in requests("cr123_project")? {
                let body = match request.part {
                    Part::Entity => r#"{"LogicalName": "cr123_project"}"#,
                    Part::Attributes => r#"{"value": [{"LogicalName": "x", "SchemaName": "X", "AttributeTypeName": {"Value": "StringType"}, "IsValidForUpdate": true}]}"#,
                    _ => r#"{"value": []}"#,
                };
                all.add(request.part, body)?;
            }
            all.into_table(Labels::UserLocalized)
        })
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "attributes: attribute `x` has no IsValidForCreate"
    );
}

#[test]
fn table_names_must_be_logical_names() {
    for bad in ["", "Account", "account') or (1", "1x", "a/b"] {
        assert!(
            matches!(requests(bad), Err(MetadataError::BadLogicalName(_))),
            "{bad:?}"
        );
        assert!(TableResponses::new(bad).is_err(), "{bad:?}");
    }
    assert!(requests("cr123_project").is_ok());
}

#[test]
fn saved_folder_with_a_missing_page_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(fixtures().join("cr123_project")).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap() != "attributes.3.json" {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    let error = import_saved(dir.path(), "cr123_project", Labels::UserLocalized).unwrap_err();
    assert!(matches!(error, SavedError::MissingPage { .. }), "{error}");
    assert!(error.to_string().contains("attributes.3.json"), "{error}");
}

#[test]
fn every_request_has_a_distinct_part_and_a_selecting_path() {
    let all = requests("account").unwrap();
    assert_eq!(all.len(), 19);
    let mut parts: Vec<String> = all.iter().map(|r| r.part.name()).collect();
    parts.sort();
    parts.dedup();
    assert_eq!(parts.len(), all.len());
    for request in &all {
        assert!(
            request
                .path
                .starts_with("EntityDefinitions(LogicalName='account')"),
            "{}",
            request.path
        );
        assert!(request.path.contains("$select="), "{}", request.path);
    }
}

#[test]
fn table_names_for_wildcards() {
    let (names, next) = dataverse_metadata::table_names(
        r#"{"value": [{"LogicalName": "cr123_task", "MetadataId": "1"}, {"LogicalName": "account"},
                      {"LogicalName": "cr123_project"}],
            "@odata.nextLink": "https://contoso.crm.dynamics.com/api/data/v9.2/EntityDefinitions?$skiptoken=2"}"#,
    )
    .unwrap();
    assert_eq!(names, ["account", "cr123_project", "cr123_task"]);
    assert!(next.unwrap().ends_with("$skiptoken=2"));
    assert_eq!(
        dataverse_metadata::TABLE_NAMES_REQUEST,
        "EntityDefinitions?$select=LogicalName"
    );
    assert!(dataverse_metadata::table_names("[]").is_err());
}
