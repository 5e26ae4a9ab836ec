//! Navigation names are never invented.
//!
//! * The documented names: account's many-to-one relationships and lookups
//!   bind and navigate through the names Microsoft's current account page
//!   states (its newer, generated-reference revision), which the bundled
//!   older page does not; they are stated in `schema/tables/account.yaml`.
//! * No bundled table's metadata uses a relationship's schema name as a
//!   navigation property, and every name in it is one the YAML states or
//!   the documented convention gives.
//! * A relationship or target whose name nothing states is unresolved: it
//!   cannot be bound (validation says why) and its constant is no
//!   navigation (`dataverse::unresolved` has the compile-fail example).
//! * Re-importing the shared pages over the bundled YAML keeps the names
//!   stated by hand.

use std::path::{Path, PathBuf};

use dataverse::meta::{RelationshipKind, TableMeta};
use dataverse::types::Uuid;
use dataverse::{Entity, EntityRef, Rule, Unresolved};
use dataverse_generated::account::Account;
use dataverse_generated::processsession::ProcessSession;
use dataverse_schema::{yaml, Table};
use dataverse_tests::shared_pages;
use serde_json::json;

const ID: Uuid = Uuid::from_u128(0x11112222_3333_4444_5555_666677778888);

/// Account's many-to-one relationships on its current reference page
/// (MicrosoftDocs/powerapps-docs, `account.md`, generated-reference
/// revision): schema name, ReferencingAttribute,
/// ReferencingEntityNavigationPropertyName. Read by hand from the page.
/// The first six were wrong before (named after the relationship, or bound
/// through the lookup's name).
const ACCOUNT_MANY_TO_ONE: &[(&str, &str, &str)] = &[
    (
        "system_user_accounts",
        "preferredsystemuserid",
        "preferredsystemuserid",
    ),
    ("user_accounts", "owninguser", "owninguser"),
    ("processstage_account", "stageid", "stageid_processstage"),
    ("manualsla_account", "slaid", "sla_account_sla"),
    ("sla_account", "slainvokedid", "slainvokedid_account_sla"),
    ("account_master_account", "masterid", "masterid"),
    (
        "account_parent_account",
        "parentaccountid",
        "parentaccountid",
    ),
    (
        "account_primary_contact",
        "primarycontactid",
        "primarycontactid",
    ),
    (
        "business_unit_accounts",
        "owningbusinessunit",
        "owningbusinessunit",
    ),
    ("lk_accountbase_createdby", "createdby", "createdby"),
    (
        "lk_accountbase_createdonbehalfby",
        "createdonbehalfby",
        "createdonbehalfby",
    ),
    ("lk_accountbase_modifiedby", "modifiedby", "modifiedby"),
    (
        "lk_accountbase_modifiedonbehalfby",
        "modifiedonbehalfby",
        "modifiedonbehalfby",
    ),
    ("team_accounts", "owningteam", "owningteam"),
    (
        "transactioncurrency_account",
        "transactioncurrencyid",
        "transactioncurrencyid",
    ),
];

/// Every bundled table's metadata.
fn bundled() -> [&'static TableMeta; 7] {
    use dataverse_generated::*;
    [
        &account::ACCOUNT_META,
        &activityparty::ACTIVITYPARTY_META,
        &agentprompt::AGENTPROMPT_META,
        &customapi::CUSTOMAPI_META,
        &mspp_columnpermissionprofile::MSPP_COLUMNPERMISSIONPROFILE_META,
        &processsession::PROCESSSESSION_META,
        &team::TEAM_META,
    ]
}

fn schema_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/tables")
}

fn bundled_yaml(table: &str) -> Table {
    yaml::load(&schema_dir().join(format!("{table}.yaml"))).unwrap()
}

#[test]
fn account_relationships_use_the_documented_names() {
    let relationships = Account::TABLE.many_to_one;
    assert_eq!(relationships.len(), ACCOUNT_MANY_TO_ONE.len());
    assert!(Account::TABLE.unresolved.is_empty());
    for &(schema_name, lookup, navigation) in ACCOUNT_MANY_TO_ONE {
        let relationship = relationships
            .iter()
            .find(|r| r.schema_name == schema_name)
            .unwrap_or_else(|| panic!("no many-to-one `{schema_name}`"));
        assert_eq!(
            relationship.referencing_attribute,
            Some(lookup),
            "{schema_name}"
        );
        assert_eq!(
            relationship.navigation_property, navigation,
            "{schema_name}"
        );
        assert!(relationship.navigation_property_known, "{schema_name}");
    }
}

#[test]
fn account_lookups_bind_through_the_documented_names() {
    // Each writable lookup of account with a documented relationship binds
    // through that relationship's navigation property.
    for &(schema_name, lookup, navigation) in ACCOUNT_MANY_TO_ONE {
        let Some(column) = Account::TABLE.column(lookup) else {
            continue;
        };
        let Some(target) = column.targets.first() else {
            // `stageid` is a Uniqueidentifier on the older page.
            continue;
        };
        assert_eq!(
            target.navigation_property,
            Some(navigation),
            "{schema_name}"
        );
    }
    let account = Account {
        sla_id: Some(EntityRef::new("sla", ID)),
        ..Default::default()
    };
    let mut payload = account.update_payload().unwrap();
    assert_eq!(
        payload,
        json!({"sla_account_sla@odata.bind": "/slas(11112222-3333-4444-5555-666677778888)"})
    );
    // On create too (with the required name).
    let account = Account {
        name: Some("Contoso".into()),
        ..account
    };
    payload["name"] = json!("Contoso");
    assert_eq!(account.create_payload().unwrap(), payload);
}

#[test]
fn account_navigation_uses_the_documented_names() {
    let path = Account::path(ID).nav(Account::MANUALSLA_ACCOUNT);
    assert_eq!(
        path.as_str(),
        "/accounts(11112222-3333-4444-5555-666677778888)/sla_account_sla"
    );
    let path = Account::path(ID).nav(Account::SYSTEM_USER_ACCOUNTS);
    assert!(path.as_str().ends_with("/preferredsystemuserid"));
}

/// No many-to-one relationship is navigated through its schema name, no
/// lookup target binds through one, and every navigation property of the
/// metadata is the YAML's (page's or hand-stated) or, for a many-to-one or
/// lookup, the convention's: the lookup's own name, marked as such.
#[test]
fn bundled_metadata_never_invents_a_navigation_property() {
    let mut failures = Vec::new();
    for meta in bundled() {
        let yaml = bundled_yaml(meta.logical_name);
        let schema_names: Vec<&str> = yaml
            .many_to_one
            .iter()
            .map(|r| r.schema_name.as_str())
            .collect();
        for relationship in meta.many_to_one {
            let stated = yaml
                .many_to_one
                .iter()
                .find(|r| r.schema_name == relationship.schema_name)
                .and_then(|r| r.referencing_entity_navigation_property_name.as_deref());
            let by_convention = !relationship.navigation_property_known
                && relationship.referencing_attribute == Some(relationship.navigation_property);
            if stated != Some(relationship.navigation_property) && !by_convention {
                failures.push(format!(
                    "{}: many-to-one `{}` navigates through `{}`, which nothing states",
                    meta.logical_name, relationship.schema_name, relationship.navigation_property
                ));
            }
            if relationship.navigation_property == relationship.schema_name && stated.is_none() {
                failures.push(format!(
                    "{}: many-to-one `{}` is navigated through its schema name",
                    meta.logical_name, relationship.schema_name
                ));
            }
        }
        for relationship in meta.one_to_many {
            let stated = yaml
                .one_to_many
                .iter()
                .find(|r| r.schema_name == relationship.schema_name)
                .and_then(|r| r.referenced_entity_navigation_property_name.as_deref());
            if stated != Some(relationship.navigation_property) {
                failures.push(format!(
                    "{}: one-to-many `{}` navigates through `{}`, which the YAML does not state",
                    meta.logical_name, relationship.schema_name, relationship.navigation_property
                ));
            }
        }
        for column in meta.columns {
            for target in column.targets {
                let Some(navigation) = target.navigation_property else {
                    continue;
                };
                if schema_names.contains(&navigation) {
                    failures.push(format!(
                        "{}: `{}` binds `{}` through relationship name `{navigation}`",
                        meta.logical_name, column.logical_name, target.table
                    ));
                }
                if !target.navigation_property_known && navigation != column.logical_name {
                    failures.push(format!(
                        "{}: `{}` binds `{}` through `{navigation}`, which nothing states",
                        meta.logical_name, column.logical_name, target.table
                    ));
                }
            }
        }
        // Every many-to-one entry is either navigable or unresolved.
        let unresolved = meta
            .unresolved
            .iter()
            .filter(|r| r.kind == RelationshipKind::ManyToOne)
            .count();
        if meta.many_to_one.len() + unresolved != yaml.many_to_one.len() {
            failures.push(format!(
                "{}: {} navigable and {unresolved} unresolved many-to-one, {} in the YAML",
                meta.logical_name,
                meta.many_to_one.len(),
                yaml.many_to_one.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_unnamed_relationship_is_unresolved() {
    // The seed page names only the other table of most relationships, and
    // no table generated alongside says which lookup they belong to.
    fn unresolved(relationship: Unresolved<ProcessSession>) -> &'static str {
        relationship.meta().schema_name
    }
    assert_eq!(
        unresolved(ProcessSession::THEME_PROCESS_SESSION),
        "theme_ProcessSession"
    );
    let meta = ProcessSession::THEME_PROCESS_SESSION.meta();
    assert_eq!(meta.kind, RelationshipKind::ManyToOne);
    assert_eq!(meta.other_table, "theme");
    assert_eq!(meta.referencing_attribute, None);
    // Nothing in the metadata pretends to know its navigation property.
    assert!(ProcessSession::TABLE
        .many_to_one
        .iter()
        .all(|r| r.schema_name != "theme_ProcessSession"));
}

#[test]
fn a_target_without_a_known_navigation_property_is_refused() {
    // `regardingobjectid` is polymorphic and the page names none of its
    // navigation properties.
    let session = ProcessSession {
        regarding_object_id: Some(EntityRef::new("team", ID)),
        ..Default::default()
    };
    // (It is valid for create only.)
    let error = session.create_payload().unwrap_err();
    assert_eq!(error.violations.len(), 1, "{error}");
    assert_eq!(error.violations[0].column, "regardingobjectid");
    assert_eq!(
        error.violations[0].rule,
        Rule::NoNavigationProperty {
            table: "team".into()
        }
    );
    let message = error.to_string();
    assert!(
        message.contains("names no navigation property") && message.contains("YAML"),
        "{message}"
    );
}

/// Load then save gives the same bytes for every bundled YAML file (the
/// names stated by hand are in the writer's own form).
#[test]
fn bundled_yaml_round_trips_byte_for_byte() {
    for entry in std::fs::read_dir(schema_dir()).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let table = yaml::from_str(&text).unwrap();
        assert_eq!(yaml::to_string(&table).unwrap(), text, "{}", path.display());
    }
}

/// The pages the bundled YAML was imported from (README, "The YAML
/// format").
const BUNDLED_PAGES: &[(&str, &str)] = &[
    ("account", "md/account.md"),
    ("activityparty", "md/activityparty.md"),
    ("agentprompt", "md/agentprompt.md"),
    ("customapi", "md/customapi.md"),
    (
        "mspp_columnpermissionprofile",
        "md/mspp_columnpermissionprofile.md",
    ),
    ("processsession", "text/processsession.txt"),
    ("team", "md/team.md"),
];

/// Re-importing the pages over the bundled YAML gives the bundled YAML
/// again: the names stated by hand are kept (and without keeping them the
/// import would lose them, so this test can fail).
#[test]
fn reimport_keeps_the_names_stated_by_hand() {
    let Some(pages) = shared_pages() else {
        return;
    };
    let mut lost = 0;
    for &(table, page) in BUNDLED_PAGES {
        let bundled_text =
            std::fs::read_to_string(schema_dir().join(format!("{table}.yaml"))).unwrap();
        let existing = yaml::from_str(&bundled_text).unwrap();
        let mut imported = dataverse_import::import_file(&pages.join(page)).unwrap();
        if yaml::to_string(&imported).unwrap() != bundled_text {
            lost += 1;
        }
        dataverse_schema::keep::keep_relationship_facts(&mut imported, &existing);
        assert_eq!(
            yaml::to_string(&imported).unwrap(),
            bundled_text,
            "re-importing {page} changes schema/tables/{table}.yaml"
        );
    }
    // account, activityparty and team state names by hand.
    assert_eq!(lost, 3);
}
