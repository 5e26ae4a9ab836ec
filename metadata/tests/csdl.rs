//! The CSDL reader and `complete_from_csdl`, on `tests/fixtures/csdl/metadata.xml`.

use std::path::Path;

use dataverse_metadata::{
    complete_from_csdl, import_saved, Csdl, CsdlError, Difference, Item, Labels,
};
use dataverse_schema::Table;

fn fixture(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn csdl() -> Csdl {
    Csdl::parse(&std::fs::read_to_string(fixture("csdl/metadata.xml")).unwrap()).unwrap()
}

fn project() -> Table {
    import_saved(
        &fixture("cr123_project"),
        "cr123_project",
        Labels::UserLocalized,
    )
    .unwrap()
}

fn difference(
    item: Item,
    field: Option<&'static str>,
    yaml: Option<&str>,
    environment: Option<&str>,
) -> Difference {
    Difference {
        table: "cr123_project".into(),
        item,
        field,
        yaml: yaml.map(str::to_string),
        environment: environment.map(str::to_string),
    }
}

#[test]
fn entity_sets_keys_and_navigation_properties() {
    let csdl = csdl();
    assert_eq!(csdl.entity_set("account"), Some("accounts"));
    assert_eq!(csdl.entity_set("cr123_project"), Some("cr123_projects"));
    assert_eq!(csdl.entity_set("principal"), None);
    let account = csdl.entity_type("account").unwrap();
    assert_eq!(account.key, ["accountid"]);
    assert_eq!(account.base_type.as_deref(), Some("crmbaseentity"));
    // systemuser's key is inherited from principal.
    let user = csdl.entity_type("systemuser").unwrap();
    assert!(user.key.is_empty());
    assert_eq!(user.base_type.as_deref(), Some("principal"));
    let createdby = account
        .navigation_properties
        .iter()
        .find(|n| n.name == "createdby")
        .unwrap();
    assert_eq!(createdby.target, "systemuser");
    assert!(!createdby.is_collection);
    assert_eq!(
        createdby.partner.as_deref(),
        Some("lk_accountbase_createdby")
    );
    assert_eq!(createdby.lookup_column(), Some("createdby"));
    assert_eq!(createdby.constraints[0].referenced_property, "systemuserid");
    let tasks = account
        .navigation_properties
        .iter()
        .find(|n| n.name == "Account_Tasks")
        .unwrap();
    assert!(tasks.is_collection);
    assert_eq!(tasks.target, "task");
    assert_eq!(csdl.entity_types().count(), 9);
}

#[test]
fn a_table_that_agrees_with_metadata_gets_no_differences() {
    let mut table = project();
    let before = table.clone();
    let differences = complete_from_csdl(&mut table, &csdl());
    assert_eq!(differences, []);
    assert_eq!(table, before);
}

#[test]
fn missing_names_are_filled_and_wrong_ones_reported() {
    let mut table = project();
    table.entity_set_name = Some("cr123_projectset".into());
    table.primary_id_attribute = None;
    // Both navigation properties of the polymorphic lookup, and an older
    // page's entry that names only the relationship.
    for relationship in &mut table.many_to_one {
        match relationship.schema_name.as_str() {
            "cr123_account_cr123_project_customerid" | "cr123_contact_cr123_project_customerid" => {
                relationship.referencing_entity_navigation_property_name = None;
            }
            "lk_cr123_project_createdby" => {
                relationship.referencing_attribute = None;
                relationship.referencing_entity_navigation_property_name = None;
            }
            "owner_cr123_project" => {
                relationship.referencing_entity_navigation_property_name = Some("owner".into());
            }
            _ => {}
        }
    }
    table.one_to_many[0].referenced_entity_navigation_property_name = None;
    table.many_to_many[0].entity1_navigation_property_name = None;
    table.many_to_many[0].entity2_navigation_property_name = None;
    table.columns.retain(|c| c.logical_name != "cr123_priority");

    let differences = complete_from_csdl(&mut table, &csdl());
    let m2o = |name: &str| Item::ManyToOne(name.into());
    let nav = Some("referencing_entity_navigation_property_name");
    assert_eq!(
        differences,
        [
            difference(
                Item::Table,
                Some("entity_set_name"),
                Some("cr123_projectset"),
                Some("cr123_projects")
            ),
            difference(
                Item::Table,
                Some("primary_id_attribute"),
                None,
                Some("cr123_projectid")
            ),
            difference(
                m2o("cr123_account_cr123_project_customerid"),
                nav,
                None,
                Some("cr123_customerid_account")
            ),
            difference(
                m2o("cr123_contact_cr123_project_customerid"),
                nav,
                None,
                Some("cr123_customerid_contact")
            ),
            difference(
                m2o("lk_cr123_project_createdby"),
                Some("referencing_attribute"),
                None,
                Some("createdby")
            ),
            difference(
                m2o("lk_cr123_project_createdby"),
                nav,
                None,
                Some("createdby")
            ),
            difference(
                m2o("owner_cr123_project"),
                nav,
                Some("owner"),
                Some("ownerid")
            ),
            difference(
                Item::OneToMany("cr123_project_parentproject".into()),
                Some("referenced_entity_navigation_property_name"),
                None,
                Some("cr123_project_parentproject")
            ),
            difference(
                Item::ManyToMany("cr123_project_contact".into()),
                Some("entity1_navigation_property_name"),
                None,
                Some("cr123_project_contact")
            ),
            difference(
                Item::ManyToMany("cr123_project_contact".into()),
                Some("entity2_navigation_property_name"),
                None,
                Some("cr123_project_contact")
            ),
            difference(
                Item::Column("cr123_priority".into()),
                None,
                None,
                Some("cr123_priority")
            ),
        ]
    );
    // Filled in; a disagreeing value is left for the caller to decide.
    assert_eq!(table.entity_set_name.as_deref(), Some("cr123_projectset"));
    assert_eq!(
        table.primary_id_attribute.as_deref(),
        Some("cr123_projectid")
    );
    let filled = table
        .many_to_one
        .iter()
        .find(|r| r.schema_name == "cr123_contact_cr123_project_customerid")
        .unwrap();
    assert_eq!(
        filled
            .referencing_entity_navigation_property_name
            .as_deref(),
        Some("cr123_customerid_contact")
    );
    assert!(!filled.resolved);
    assert_eq!(
        differences[6].to_string(),
        "cr123_project: many-to-one owner_cr123_project: referencing_entity_navigation_property_name: YAML owner, environment ownerid"
    );
    assert_eq!(
        differences[10].to_string(),
        "cr123_project: column cr123_priority: only in the environment"
    );
}

#[test]
fn names_that_metadata_does_not_have_are_reported() {
    let mut table = project();
    table.one_to_many[0].referenced_entity_navigation_property_name = Some("cr123_children".into());
    table.many_to_many[0].entity1_navigation_property_name = Some("cr123_contacts".into());
    let differences = complete_from_csdl(&mut table, &csdl());
    let described: Vec<String> = differences.iter().map(ToString::to_string).collect();
    assert_eq!(
        described,
        [
            "cr123_project: one-to-many cr123_project_parentproject: referenced_entity_navigation_property_name: YAML cr123_children, environment (none)",
            "cr123_project: many-to-many cr123_project_contact: entity1_navigation_property_name: YAML cr123_contacts, environment (none)",
        ]
    );
}

#[test]
fn a_table_missing_from_metadata_is_one_difference() {
    let mut table = Table::new("cr123_other");
    let differences = complete_from_csdl(&mut table, &csdl());
    assert_eq!(differences.len(), 1);
    assert_eq!(
        differences[0].to_string(),
        "cr123_other: table: only in the YAML"
    );
}

#[test]
fn broken_documents_are_errors_with_a_line() {
    let error = Csdl::parse("<Edmx>\n<Schema>\n<EntityType Name=\"a\">\n</Schema>").unwrap_err();
    assert!(matches!(error, CsdlError::Xml { line: 4, .. }), "{error}");
    let error = Csdl::parse("<Edmx>\n<EntityType>\n</EntityType></Edmx>").unwrap_err();
    assert_eq!(
        error.to_string(),
        "$metadata line 2: <EntityType> has no Name attribute"
    );
    let error = Csdl::parse("<html><body>Sign in</body></html>").unwrap_err();
    assert!(matches!(error, CsdlError::NoEntityTypes), "{error}");
}

#[test]
fn a_base_type_cycle_ends() {
    let csdl = Csdl::parse(
        r#"<Schema Namespace="N" Alias="n">
             <EntityType Name="a" BaseType="n.b"><NavigationProperty Name="x" Type="n.b" Partner="r" /></EntityType>
             <EntityType Name="b" BaseType="n.a" />
           </Schema>"#,
    )
    .unwrap();
    let mut table = Table::new("a");
    assert_eq!(complete_from_csdl(&mut table, &csdl), []);
}
