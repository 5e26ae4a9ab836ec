//! Typed activity parties and a polymorphic lookup's table column, on the
//! code generated from the fixtures in `tests/fixtures/typed` together with
//! the bundled activityparty table (`tests/golden/typed.rs`, compiled into
//! this crate's library).
//!
//! The documented payload (Microsoft's "Associate and disassociate" and
//! "ActivityParty table" pages): every party of every party list of an
//! activity is one entry of the activity's party collection,
//! `{"partyid_<table>@odata.bind": "/<entity set>(<id>)",
//! "participationtypemask": <type>}`, with 1 for `from`, 2 `to`, 3 `cc`,
//! 4 `bcc`.

use dataverse::meta::{ColumnKind, ColumnMeta, RequiredLevel, TableMeta};
use dataverse::party::{self, Party, PartyList};
use dataverse::types::Uuid;
use dataverse::{Entity, EntityRef, Operation, Rule};
use dataverse_codegen::generate_file;
use dataverse_tests::golden::typed_file::email::Email;
use dataverse_tests::golden::typed_file::goal::Goal;
use serde_json::json;

const USER: Uuid = Uuid::from_u128(0x11111111_1111_1111_1111_111111111111);
const CONTACT: Uuid = Uuid::from_u128(0x22222222_2222_2222_2222_222222222222);
const ACCOUNT: Uuid = Uuid::from_u128(0x33333333_3333_3333_3333_333333333333);

fn parties(list: &[Party]) -> Option<PartyList> {
    Some(list.iter().cloned().collect())
}

fn email() -> Email {
    Email {
        subject: Some("Quarterly figures".into()),
        from: parties(&[Party::row("systemuser", USER)]),
        to: parties(&[
            Party::row("contact", CONTACT),
            Party::address("someone@example.com"),
        ]),
        cc: parties(&[Party::from(EntityRef::new("account", ACCOUNT))]),
        ..Default::default()
    }
}

#[test]
fn party_lists_make_the_documented_collection() {
    assert_eq!(
        email().create_payload().unwrap(),
        json!({
            "subject": "Quarterly figures",
            "email_activity_parties": [
                {
                    "partyid_systemuser@odata.bind": "/systemusers(11111111-1111-1111-1111-111111111111)",
                    "participationtypemask": 1
                },
                {
                    "partyid_contact@odata.bind": "/contacts(22222222-2222-2222-2222-222222222222)",
                    "participationtypemask": 2
                },
                {
                    "addressused": "someone@example.com",
                    "participationtypemask": 2
                },
                {
                    "partyid_account@odata.bind": "/accounts(33333333-3333-3333-3333-333333333333)",
                    "participationtypemask": 3
                }
            ]
        })
    );
}

#[test]
fn expanded_parties_decode_into_their_lists() {
    // What `GET emails(<id>)?$expand=email_activity_parties` returns, with
    // annotations: the parties of every list, in one collection.
    let record = json!({
        "subject": "Quarterly figures",
        "email_activity_parties": [
            {
                "participationtypemask": 1,
                "_partyid_value": "11111111-1111-1111-1111-111111111111",
                "_partyid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "systemuser",
                "_partyid_value@OData.Community.Display.V1.FormattedValue": "Ada Lovelace",
                "addressused": "ada@example.com"
            },
            {
                "participationtypemask": 2,
                "_partyid_value": "22222222-2222-2222-2222-222222222222",
                "_partyid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "contact"
            },
            {
                "participationtypemask": 2,
                "_partyid_value": null,
                "addressused": "someone@example.com"
            },
            {
                "participationtypemask": 3,
                "_partyid_value": "33333333-3333-3333-3333-333333333333",
                "_partyid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "account"
            }
        ]
    });
    let decoded = Email::decode(&record).unwrap().entity;
    let mut expected = email();
    if let Some(PartyList(from)) = &mut expected.from {
        from[0] = Party::Row(EntityRef {
            name: Some("Ada Lovelace".into()),
            ..EntityRef::new("systemuser", USER)
        });
    }
    // No bcc party: the list is known to be empty.
    expected.bcc = Some(PartyList::default());
    assert_eq!(decoded, expected);

    // Not expanded: the lists are unknown.
    let plain = Email::decode(&json!({"subject": "x"})).unwrap().entity;
    assert_eq!((plain.from, plain.to), (None, None));
}

#[test]
fn a_party_entry_without_its_type_is_an_error() {
    let record = json!({"email_activity_parties": [{"addressused": "a@example.com"}]});
    let error = Email::decode(&record).unwrap_err();
    assert!(
        error.to_string().contains("participationtypemask"),
        "{error}"
    );
}

#[test]
fn parties_are_checked_against_the_targets() {
    let wrong = Email {
        subject: Some("x".into()),
        // `from` takes users and queues, and no bare address.
        from: parties(&[
            Party::row("account", ACCOUNT),
            Party::address("a@example.com"),
        ]),
        ..Default::default()
    };
    let error = wrong.create_payload().unwrap_err();
    let rules: Vec<&Rule> = error.violations.iter().map(|v| &v.rule).collect();
    assert!(
        matches!(
            rules.as_slice(),
            [Rule::TargetNotAllowed { table: a, .. }, Rule::TargetNotAllowed { table: b, .. }]
                if a == "account" && b == "unresolvedaddress"
        ),
        "{error}"
    );
}

#[test]
fn an_update_cannot_change_parties_but_a_replacement_can() {
    let error = email().update_payload().unwrap_err();
    let columns: Vec<(&str, &Rule)> = error
        .violations
        .iter()
        .map(|v| (v.column, &v.rule))
        .collect();
    assert_eq!(
        columns,
        [
            ("from", &Rule::PartyListOnUpdate),
            ("to", &Rule::PartyListOnUpdate),
            ("cc", &Rule::PartyListOnUpdate)
        ]
    );
    let replacement = party::replacement(&email()).unwrap().unwrap();
    assert_eq!(replacement.collection, "email_activity_parties");
    let created = email().create_payload().unwrap();
    assert_eq!(
        replacement.body,
        json!({ "value": created["email_activity_parties"] })
    );
    assert_eq!(party::replacement(&Email::default()).unwrap(), None);
}

#[test]
fn without_activityparty_generated_alongside_parties_cannot_be_bound() {
    // Alone, nothing states how activityparty's `partyid` binds each table.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let email = dataverse_schema::yaml::load(&root.join("fixtures/typed/email.yaml")).unwrap();
    let source = generate_file(vec![email], &Default::default()).unwrap();
    let tokens: String = source.split_whitespace().collect();
    assert!(
        tokens.contains("dv::meta::Target::without_navigation_property(\"contact\",\"contacts\"")
    );
    assert!(!source.contains("partyid_contact"));
    // The lists are still typed: an address needs no navigation property.
    assert!(tokens.contains("pubto:Option<dv::PartyList>"));
}

#[test]
fn an_undocumented_party_list_stays_raw_json() {
    let column = Email::TABLE.column("partners").unwrap();
    assert_eq!(column.kind, ColumnKind::Other);
    assert_eq!(column.party_list, None);
}

#[test]
fn a_lookups_table_column_is_filled_from_the_binding() {
    // Before, `goalowneridtype` (ApplicationRequired) was demanded on
    // create although binding `goalownerid` sets it.
    let goal = Goal {
        title: Some("Q3".into()),
        goal_owner_id: Some(EntityRef::new("systemuser", USER)),
        ..Default::default()
    };
    assert_eq!(
        goal.create_payload().unwrap(),
        json!({
            "title": "Q3",
            "goalownerid_systemuser@odata.bind": "/systemusers(11111111-1111-1111-1111-111111111111)"
        })
    );
    // Without the lookup, the lookup is what is missing.
    let error = Goal::default().create_payload().unwrap_err();
    let rules: Vec<(&str, &Rule)> = error
        .violations
        .iter()
        .map(|v| (v.column, &v.rule))
        .collect();
    assert_eq!(rules, [("goalownerid", &Rule::Required)]);
    // Set by hand, it must agree with the binding.
    let disagreeing = Goal {
        goal_owner_id_type: Some("team".into()),
        ..goal
    };
    let error = disagreeing.create_payload().unwrap_err();
    assert_eq!(
        error.violations[0].rule,
        Rule::LookupTypeMismatch {
            lookup: "goalownerid",
            table: "systemuser".into(),
            given: "team".into()
        }
    );
    assert!(error.to_string().contains("refers to a `systemuser` row"));
    assert_eq!(
        Goal::TABLE.column("goalowneridtype").unwrap().type_of,
        Some("goalownerid")
    );
}

/// A table column that is required while its lookup is not: the lookup is
/// named as the way to satisfy it.
#[test]
fn a_required_table_column_names_its_lookup() {
    static TABLE: TableMeta = TableMeta {
        logical_name: "thing",
        schema_name: "Thing",
        entity_set_name: "things",
        primary_id_attribute: "thingid",
        primary_name_attribute: None,
        columns: &[
            ColumnMeta::new("ownerid", "OwnerId", "Owner", ColumnKind::Lookup),
            ColumnMeta::new("owneridtype", "OwnerIdType", "EntityName", ColumnKind::Text)
                .required_level(RequiredLevel::ApplicationRequired)
                .type_of("ownerid"),
        ],
        one_to_many: &[],
        many_to_one: &[],
        many_to_many: &[],
        unresolved: &[],
    };
    let error = dataverse::validate::validate(&TABLE, &[], Operation::Create).unwrap_err();
    assert_eq!(error.violations.len(), 1);
    assert_eq!(
        error.violations[0].rule,
        Rule::RequiredLookup { lookup: "ownerid" }
    );
    assert!(error.to_string().contains("set `ownerid`"), "{error}");
}
