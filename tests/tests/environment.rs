//! The environment's metadata against the reference pages: the same table
//! described by Web API metadata responses (fixtures written from the facts
//! the page states, in `metadata/tests/fixtures`) and by its shared page
//! gives the same model, except where the two sources say different
//! things. Each such difference is named below by a rule that says why; a
//! difference no rule explains fails the test, and so does a rule that no
//! longer applies.
//!
//! Also: merging a page's YAML with the environment's, and completing an
//! older page's navigation names from a `$metadata` document.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use dataverse_metadata::{
    compare, complete_from_csdl, import_saved, merge, Csdl, Difference, Item, Labels,
};
use dataverse_schema::Table;
use dataverse_tests::{shared_pages, PageForm};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../metadata/tests/fixtures")
}

fn environment(table: &str) -> Table {
    import_saved(&fixtures().join(table), table, Labels::UserLocalized)
        .unwrap_or_else(|e| panic!("fixture {table} does not import: {e}"))
}

fn page(pages: &Path, form: PageForm, table: &str) -> Table {
    dataverse_import::import_file(&form.path(pages, table))
        .unwrap_or_else(|e| panic!("{} does not import: {e}", form.relative(table)))
}

/// Why the page and the environment may differ on a fact.
struct Rule {
    why: &'static str,
    applies: Box<dyn Fn(&Difference) -> bool>,
}

fn rule(why: &'static str, applies: impl Fn(&Difference) -> bool + 'static) -> Rule {
    Rule {
        why,
        applies: Box::new(applies),
    }
}

/// Only the environment gives a value for `field` of these items.
fn environment_only(d: &Difference, items: fn(&Item) -> bool, fields: &[&str]) -> bool {
    d.yaml.is_none()
        && d.environment.is_some()
        && items(&d.item)
        && d.field.is_some_and(|f| fields.contains(&f))
}

/// Every difference must be explained by a rule, and every rule must
/// explain at least one.
fn explain(context: &str, differences: &[Difference], rules: &[Rule]) {
    let mut used = vec![0usize; rules.len()];
    let mut unexplained = Vec::new();
    for difference in differences {
        match rules.iter().position(|r| (r.applies)(difference)) {
            Some(index) => used[index] += 1,
            None => unexplained.push(difference.to_string()),
        }
    }
    assert!(
        unexplained.is_empty(),
        "{context}: {} difference(s) between page and environment that no rule explains:\n  {}",
        unexplained.len(),
        unexplained.join("\n  ")
    );
    for (rule, count) in rules.iter().zip(used) {
        assert!(
            count > 0,
            "{context}: the rule \"{}\" explains no difference; remove it",
            rule.why
        );
    }
}

fn is_column(item: &Item) -> bool {
    matches!(item, Item::Column(_))
}

/// The descriptions of the page are its own text: the fixtures do not copy
/// them, so every description is a page-only value.
fn description_rule() -> Rule {
    rule(
        "the fixtures carry no description text (page text is not copied into the repository)",
        |d| d.field == Some("description") && d.yaml.is_some() && d.environment.is_none(),
    )
}

#[test]
fn newer_page_and_environment_agree_on_mspp_columnpermissionprofile() {
    let Some(pages) = shared_pages() else { return };
    let environment = environment("mspp_columnpermissionprofile");
    for form in PageForm::ALL {
        let page = page(&pages, form, "mspp_columnpermissionprofile");
        let differences = compare(&page, &environment);
        let rules = [
            description_rule(),
            rule("the page writes TransitionData: None; the fixture's TransitionData is null", |d| {
                d.field == Some("transition_data") && d.yaml.as_deref() == Some("None") && d.environment.is_none()
            }),
            rule("the newer page leaves a many-to-one's IsHierarchical empty", |d| {
                environment_only(d, |i| matches!(i, Item::ManyToOne(_)), &["is_hierarchical"])
            }),
            rule("the page gives IsCustomizable only for one-to-many entries", |d| {
                environment_only(d, |i| matches!(i, Item::ManyToOne(_)), &["is_customizable"])
            }),
            rule("the newer page's one-to-many entries give no IsHierarchical or CascadeConfiguration", |d| {
                environment_only(d, |i| matches!(i, Item::OneToMany(_)), &[
                    "is_hierarchical",
                    "cascade.assign",
                    "cascade.delete",
                    "cascade.merge",
                    "cascade.reparent",
                    "cascade.share",
                    "cascade.unshare",
                    "cascade.archive",
                    "cascade.rollup_view",
                ])
            }),
            rule("the newer page gives only its own side of a many-to-many", |d| {
                environment_only(d, |i| matches!(i, Item::ManyToMany(_)), &[
                    "entity2_intersect_attribute",
                    "entity2_navigation_property_name",
                ])
            }),
        ];
        explain(
            &form.relative("mspp_columnpermissionprofile"),
            &differences,
            &rules,
        );
        // Not a difference at all: order. The fixture's attributes come in
        // another order than the page's, and the result is in page order.
        let page_order: Vec<&str> = page
            .columns
            .iter()
            .map(|c| c.logical_name.as_str())
            .collect();
        let environment_order: Vec<&str> = environment
            .columns
            .iter()
            .map(|c| c.logical_name.as_str())
            .collect();
        assert_eq!(
            page_order,
            environment_order,
            "{}",
            form.relative("mspp_columnpermissionprofile")
        );
    }
}

#[test]
fn older_page_and_environment_agree_on_account() {
    let Some(pages) = shared_pages() else { return };
    let page = page(&pages, PageForm::Markdown, "account");
    let environment = environment("account");
    let differences = compare(&page, &environment);
    let listed: BTreeSet<String> = environment
        .columns
        .iter()
        .map(|c| c.logical_name.clone())
        .collect();
    let relationships: BTreeSet<String> = environment
        .one_to_many
        .iter()
        .map(|r| r.schema_name.clone())
        .collect();
    let rules = [
        description_rule(),
        rule("the fixture lists 17 of the page's columns", move |d| {
            matches!(&d.item, Item::Column(name) if !listed.contains(name))
                && d.field.is_none()
                && d.environment.is_none()
        }),
        rule(
            "the fixture lists 7 of the page's one-to-many relationships",
            move |d| {
                matches!(&d.item, Item::OneToMany(name) if !relationships.contains(name))
                    && d.field.is_none()
                    && d.environment.is_none()
            },
        ),
        rule("new_region is a column this environment added", |d| {
            d.item == Item::Column("new_region".into()) && d.field.is_none() && d.yaml.is_none()
        }),
        rule(
            "cr123_account_cr123_project_customerid is a relationship this environment added",
            |d| {
                d.item == Item::OneToMany("cr123_account_cr123_project_customerid".into())
                    && d.field.is_none()
            },
        ),
        rule(
            "this environment allows account names of 200 characters, not 160",
            |d| {
                d.item == Item::Column("name".into())
                    && d.field == Some("max_length")
                    && d.yaml.as_deref() == Some("160")
                    && d.environment.as_deref() == Some("200")
            },
        ),
        rule("the older page has no TableType", |d| {
            environment_only(d, |i| *i == Item::Table, &["table_type"])
        }),
        rule(
            "the older page gives no GlobalChoiceName or DefaultFormValue",
            |d| environment_only(d, is_column, &["global_choice_name", "default_value"]),
        ),
        rule(
            "the older page names only the other table of a many-to-one",
            |d| {
                environment_only(
                    d,
                    |i| matches!(i, Item::ManyToOne(_)),
                    &[
                        "referenced_attribute",
                        "referencing_attribute",
                        "referencing_entity_navigation_property_name",
                        "is_hierarchical",
                        "is_customizable",
                        "cascade.assign",
                        "cascade.delete",
                        "cascade.merge",
                        "cascade.reparent",
                        "cascade.share",
                        "cascade.unshare",
                        "cascade.archive",
                        "cascade.rollup_view",
                    ],
                )
            },
        ),
        rule(
            "the older page's cascade configurations have no Archive or RollupView",
            |d| {
                environment_only(
                    d,
                    |i| matches!(i, Item::OneToMany(_)),
                    &["cascade.archive", "cascade.rollup_view"],
                )
            },
        ),
    ];
    explain("md/account.md", &differences, &rules);
    // The many-to-one relationships are the page's, every one.
    let page_names: BTreeSet<&str> = page
        .many_to_one
        .iter()
        .map(|r| r.schema_name.as_str())
        .collect();
    let environment_names: BTreeSet<&str> = environment
        .many_to_one
        .iter()
        .map(|r| r.schema_name.as_str())
        .collect();
    assert_eq!(page_names, environment_names);
}

#[test]
fn merging_account_keeps_the_page_and_lets_the_environment_win() {
    let Some(pages) = shared_pages() else { return };
    let page = page(&pages, PageForm::Markdown, "account");
    let environment = environment("account");
    let merged = merge(&page, &environment);
    let table = &merged.table;
    assert!(merged
        .differences
        .iter()
        .any(|d| d.to_string() == "account: column name: max_length: YAML 160, environment 200"));
    assert!(merged
        .differences
        .iter()
        .any(|d| d.to_string() == "account: column new_region: only in the environment"));
    let name = table.column("name").unwrap();
    assert_eq!(name.max_length, Some(200));
    // The page's description fills the environment's gap.
    assert_eq!(name.description, page.column("name").unwrap().description);
    assert!(name.description.is_some());
    let region = table.column("new_region").unwrap();
    assert_eq!(region.global_choice_name.as_deref(), Some("new_region"));
    assert_eq!(region.options.len(), 4);
    assert_eq!(table.messages, page.messages);
    assert_eq!(table.description, page.description);
    // The navigation names the older page lacks come from the environment.
    let preferred = table
        .many_to_one
        .iter()
        .find(|r| r.schema_name == "system_user_accounts")
        .unwrap();
    assert_eq!(
        preferred.referencing_attribute.as_deref(),
        Some("preferredsystemuserid")
    );
    assert_eq!(
        preferred
            .referencing_entity_navigation_property_name
            .as_deref(),
        Some("preferredsystemuserid")
    );
    // The merged table is valid YAML that loads back the same.
    let yaml = dataverse_schema::yaml::to_string(table).unwrap();
    assert_eq!(&dataverse_schema::yaml::from_str(&yaml).unwrap(), table);
}

#[test]
fn csdl_completes_the_navigation_names_an_older_page_lacks() {
    let Some(pages) = shared_pages() else { return };
    let mut account = page(&pages, PageForm::Markdown, "account");
    let csdl = Csdl::parse(&std::fs::read_to_string(fixtures().join("csdl/metadata.xml")).unwrap())
        .unwrap();
    let differences = complete_from_csdl(&mut account, &csdl);
    let nav = |schema: &str| {
        let relationship = account
            .many_to_one
            .iter()
            .find(|r| r.schema_name == schema)
            .unwrap();
        (
            relationship.referencing_attribute.as_deref(),
            relationship
                .referencing_entity_navigation_property_name
                .as_deref(),
        )
    };
    // The documented names (the page's own Many-To-One entries give none).
    assert_eq!(
        nav("system_user_accounts"),
        (Some("preferredsystemuserid"), Some("preferredsystemuserid"))
    );
    assert_eq!(
        nav("user_accounts"),
        (Some("owninguser"), Some("owninguser"))
    );
    assert_eq!(
        nav("team_accounts"),
        (Some("owningteam"), Some("owningteam"))
    );
    assert_eq!(
        nav("manualsla_account"),
        (Some("slaid"), Some("sla_account_sla"))
    );
    assert_eq!(
        nav("sla_account"),
        (Some("slainvokedid"), Some("slainvokedid_account_sla"))
    );
    assert_eq!(
        nav("account_primary_contact"),
        (Some("primarycontactid"), Some("primarycontactid"))
    );
    assert_eq!(
        nav("lk_accountbase_createdby"),
        (Some("createdby"), Some("createdby"))
    );
    // Not in the small document: left as the page has it.
    assert_eq!(nav("lk_accountbase_modifiedby"), (None, None));
    // Each filled value is reported, with no YAML value.
    let filled = differences
        .iter()
        .filter(|d| matches!(d.item, Item::ManyToOne(_)) && d.yaml.is_none())
        .count();
    assert_eq!(filled, 2 * 8);
    // What the page and the document both say agrees.
    assert!(
        !differences
            .iter()
            .any(|d| d.field == Some("entity_set_name")),
        "{differences:?}"
    );
    assert!(
        !differences
            .iter()
            .any(|d| d.item == Item::OneToMany("Account_Tasks".into())),
        "{differences:?}"
    );
    // The column the environment added shows in $metadata too.
    assert!(differences
        .iter()
        .any(|d| d.to_string() == "account: column new_region: only in the environment"));
}

/// The custom table's generated code (the golden `tests/golden/cr123_project.rs`,
/// compiled into this crate) validates and builds payloads like any other.
#[test]
fn custom_table_generated_code_validates() {
    use dataverse::types::Uuid;
    use dataverse::{Entity, EntityRef, Rule};
    use dataverse_tests::golden::cr123_project_file::cr123_project::{
        Cr123Project, Cr123ProjectCr123Priority, Cr123ProjectCr123Tags, Cr123ProjectStatecode,
        Cr123ProjectStatuscode,
    };

    let customer = Uuid::from_u128(0x1234);
    let project = Cr123Project {
        cr123_name: Some("Data migration".into()),
        cr123_customer_id: Some(EntityRef::new("account", customer)),
        cr123_priority: Some(Cr123ProjectCr123Priority::High),
        cr123_tags: Some(
            [Cr123ProjectCr123Tags::Urgent, Cr123ProjectCr123Tags::Remote]
                .into_iter()
                .collect(),
        ),
        cr123_margin: Some("12.5".parse().unwrap()),
        ..Default::default()
    };
    assert_eq!(
        project.create_payload().unwrap(),
        serde_json::json!({
            "cr123_name": "Data migration",
            "cr123_customerid_account@odata.bind": "/accounts(00000000-0000-0000-0000-000000001234)",
            "cr123_priority": 100000002,
            "cr123_tags": "100000000,100000002",
            "cr123_margin": 12.5,
        })
    );

    let broken = Cr123Project {
        cr123_name: Some("x".repeat(201)),
        cr123_customer_id: Some(EntityRef::new("systemuser", customer)),
        cr123_margin: Some("100.001".parse().unwrap()),
        cr123_headcount: Some(100_001),
        statecode: Some(Cr123ProjectStatecode::Active),
        statuscode: Some(Cr123ProjectStatuscode::Cancelled),
        ..Default::default()
    };
    let violations: Vec<(&str, Rule)> = broken
        .create_payload()
        .unwrap_err()
        .violations
        .into_iter()
        .map(|v| (v.column, v.rule))
        .collect();
    assert_eq!(
        violations,
        [
            (
                "cr123_customerid",
                Rule::TargetNotAllowed {
                    table: "systemuser".into(),
                    allowed: vec!["contact", "account"]
                }
            ),
            (
                "cr123_headcount",
                Rule::OutOfRange {
                    value: "100001".into(),
                    min: Some("0"),
                    max: Some("100000")
                }
            ),
            (
                "cr123_margin",
                Rule::OutOfRange {
                    value: "100.001".into(),
                    min: Some("-100"),
                    max: Some("100")
                }
            ),
            (
                "cr123_margin",
                Rule::TooPrecise {
                    value: "100.001".into(),
                    precision: 2
                }
            ),
            (
                "cr123_name",
                Rule::TooLong {
                    max_length: 200,
                    length: 201
                }
            ),
            ("statecode", Rule::NotValidForCreate),
            (
                "statuscode",
                Rule::StatusStateMismatch {
                    status: 100000001,
                    status_state: 1,
                    state: 0
                }
            ),
        ]
    );
    // ApplicationRequired columns are demanded on create.
    let empty: Vec<(&str, Rule)> = Cr123Project::default()
        .create_payload()
        .unwrap_err()
        .violations
        .into_iter()
        .map(|v| (v.column, v.rule))
        .collect();
    assert!(empty.contains(&("cr123_name", Rule::Required)), "{empty:?}");
    assert!(
        empty.contains(&("cr123_customerid", Rule::Required)),
        "{empty:?}"
    );
}
