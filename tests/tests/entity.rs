//! Generated entities behave as the metadata says: payloads, every
//! validation rule, decoding, navigation. Uses the checked-in `generated`
//! crate (the bundled tables).

use dataverse::types::Uuid;
use dataverse::{Choice, Entity, EntityRef, Operation, Query, Ref, Rule, ValidationError};
use dataverse_generated::account::Account;
use dataverse_generated::agentprompt::Agentprompt;
use dataverse_generated::processsession::{
    ProcessSession, ProcessSessionStateCode, ProcessSessionStatusCode, PROCESSSESSION_META,
};
use dataverse_generated::team::Team;
use serde_json::json;

const USER: Uuid = Uuid::from_u128(0x1111_2222_3333_4444_5555_6666_7777_8888);
const SESSION: Uuid = Uuid::from_u128(0xaaaa_bbbb_cccc_dddd_eeee_ffff_0000_1111);

fn violations(error: ValidationError) -> Vec<(&'static str, Rule)> {
    error
        .violations
        .into_iter()
        .map(|v| (v.column, v.rule))
        .collect()
}

fn create_error(session: &ProcessSession) -> Vec<(&'static str, Rule)> {
    violations(session.create_payload().expect_err("expected violations"))
}

#[test]
fn create_payload_holds_only_set_columns_with_lookups_bound() {
    let session = ProcessSession {
        name: Some("Nightly import".into()),
        executed_by: Some(EntityRef::new("systemuser", USER)),
        ..Default::default()
    };
    assert_eq!(
        session.create_payload().unwrap(),
        json!({
            "name": "Nightly import",
            "executedby@odata.bind": "/systemusers(11112222-3333-4444-5555-666677778888)",
        })
    );
}

#[test]
fn update_only_column_set_on_create() {
    let session = ProcessSession {
        canceled_on: Some("2024-05-01T10:00:00Z".parse().unwrap()),
        ..Default::default()
    };
    assert_eq!(
        create_error(&session),
        [("canceledon", Rule::NotValidForCreate)]
    );
    assert!(session.update_payload().is_ok());
}

#[test]
fn create_only_column_set_on_update() {
    let session = ProcessSession {
        process_session_id: Some(SESSION),
        ..Default::default()
    };
    let error = session.update_payload().unwrap_err();
    assert_eq!(
        violations(error),
        [("processsessionid", Rule::NotValidForUpdate)]
    );
    assert!(session.create_payload().is_ok());
}

#[test]
fn max_length_counts_utf16_code_units() {
    let too_long = ProcessSession {
        name: Some("a".repeat(257)),
        ..Default::default()
    };
    assert_eq!(
        create_error(&too_long),
        [(
            "name",
            Rule::TooLong {
                max_length: 256,
                length: 257
            }
        )]
    );
    let fits = ProcessSession {
        name: Some("a".repeat(256)),
        ..Default::default()
    };
    assert!(fits.create_payload().is_ok());

    // An emoji is two UTF-16 code units: 128 fill MaxLength 256 exactly.
    let emoji = ProcessSession {
        name: Some("😀".repeat(128)),
        ..Default::default()
    };
    assert!(emoji.create_payload().is_ok());
    let emoji = ProcessSession {
        name: Some("😀".repeat(129)),
        ..Default::default()
    };
    assert_eq!(
        create_error(&emoji),
        [(
            "name",
            Rule::TooLong {
                max_length: 256,
                length: 258
            }
        )]
    );
}

#[test]
fn numbers_outside_min_and_max() {
    // `errorcode` is an Integer (i32) with the full i32 range, so the field's
    // type already rules out-of-range values out; the rule itself still
    // applies to the column's metadata.
    let errorcode = PROCESSSESSION_META.column("errorcode").unwrap();
    let result = dataverse::validate::validate(
        &PROCESSSESSION_META,
        &[(
            errorcode,
            dataverse::FieldValue::Integer(i64::from(i32::MAX) + 1),
        )],
        Operation::Create,
    );
    let rules = violations(result.unwrap_err());
    assert!(matches!(
        rules.as_slice(),
        [("errorcode", Rule::OutOfRange { value, min: Some("-2147483648"), max: Some("2147483647") })] if value == "2147483648"
    ));

    // A narrower range on a real field: latitude is -90 to 90.
    let account = Account {
        name: Some("Contoso".into()),
        address1_latitude: Some(90.5),
        ..Default::default()
    };
    let rules = violations(account.create_payload().unwrap_err());
    assert!(matches!(
        rules.as_slice(),
        [(
            "address1_latitude",
            Rule::OutOfRange {
                min: Some("-90"),
                max: Some("90"),
                ..
            }
        )]
    ));
}

#[test]
fn status_must_belong_to_state() {
    let session = ProcessSession {
        state_code: Some(ProcessSessionStateCode::Incomplete),
        status_code: Some(ProcessSessionStatusCode::Completed),
        ..Default::default()
    };
    // statecode is not valid for create either; both are reported.
    let rules = session.update_payload().unwrap_err();
    assert_eq!(
        violations(rules),
        [(
            "statuscode",
            Rule::StatusStateMismatch {
                status: 4,
                status_state: 1,
                state: 0
            }
        )]
    );
    let consistent = ProcessSession {
        state_code: Some(ProcessSessionStateCode::Complete),
        status_code: Some(ProcessSessionStatusCode::Completed),
        ..Default::default()
    };
    assert!(consistent.update_payload().is_ok());
    assert_eq!(
        ProcessSessionStatusCode::Completed.state(),
        Some(ProcessSessionStateCode::Complete)
    );
    assert_eq!(
        ProcessSessionStateCode::Incomplete.default_status(),
        Some(ProcessSessionStatusCode::NotStarted)
    );
}

#[test]
fn lookup_to_a_table_outside_its_targets() {
    let session = ProcessSession {
        regarding_object_id: Some(EntityRef::new("pizza", USER)),
        ..Default::default()
    };
    let rules = create_error(&session);
    assert!(matches!(
        rules.as_slice(),
        [("regardingobjectid", Rule::TargetNotAllowed { table, allowed })]
            if table == "pizza" && allowed.contains(&"account") && allowed.len() > 100
    ));
    // `account` is a target, but the page names the navigation property of
    // none of regardingobjectid's 154 targets, and no documented rule does:
    // binding it is refused rather than sent under a made-up name.
    let regarding_account = ProcessSession {
        regarding_object_id: Some(EntityRef::new("account", USER)),
        ..Default::default()
    };
    assert_eq!(
        create_error(&regarding_account),
        [(
            "regardingobjectid",
            Rule::NoNavigationProperty {
                table: "account".into()
            }
        )]
    );
    assert!(dataverse::entity::encode(&regarding_account.values()).is_empty());
}

#[test]
fn every_violation_is_reported() {
    let session = ProcessSession {
        name: Some("x".repeat(300)),
        canceled_on: Some("2024-05-01T10:00:00Z".parse().unwrap()),
        regarding_object_id: Some(EntityRef::new("pizza", USER)),
        state_code: Some(ProcessSessionStateCode::Incomplete),
        status_code: Some(ProcessSessionStatusCode::Failed),
        ..Default::default()
    };
    let error = session.create_payload().unwrap_err();
    let columns: Vec<&str> = error.violations.iter().map(|v| v.column).collect();
    assert_eq!(
        columns,
        [
            "canceledon",
            "name",
            "regardingobjectid",
            "statecode",
            "statuscode"
        ]
    );
    let message = error.to_string();
    assert!(message.starts_with("processsession create record is invalid (5 violations):"));
    assert!(message.contains("`name` is 300 UTF-16 code units long; MaxLength is 256"));
}

#[test]
fn application_required_columns_on_create() {
    let prompt = Agentprompt::default();
    let rules = violations(prompt.create_payload().unwrap_err());
    assert_eq!(rules, [("name", Rule::Required)]);
    // Not required on update.
    assert!(prompt.update_payload().is_ok());
}

#[test]
fn decodes_a_retrieved_record() {
    let record = json!({
        "@odata.etag": "W/\"123\"",
        "processsessionid": "aaaabbbb-cccc-dddd-eeee-ffff00001111",
        "name": "Nightly import",
        "_executedby_value": "11112222-3333-4444-5555-666677778888",
        "_executedby_value@Microsoft.Dynamics.CRM.lookuplogicalname": "systemuser",
        "_executedby_value@OData.Community.Display.V1.FormattedValue": "Ada Lovelace",
        "_nextlinkedsessionid_value": "aaaabbbb-cccc-dddd-eeee-ffff00001111",
        "statuscode": 2,
        "statuscode@OData.Community.Display.V1.FormattedValue": "In Progress",
        "errorcode": null,
    });
    let retrieved = ProcessSession::decode(&record).unwrap();
    let session = retrieved.entity;
    assert_eq!(session.process_session_id, Some(SESSION));
    assert_eq!(session.name.as_deref(), Some("Nightly import"));
    assert_eq!(
        session.executed_by,
        Some(EntityRef {
            table: "systemuser".into(),
            id: USER,
            name: Some("Ada Lovelace".into()),
        })
    );
    // A single-target lookup to a generated table decodes to a typed `Ref`.
    assert_eq!(session.next_linked_session_id, Some(Ref::new(SESSION)));
    assert_eq!(
        session.status_code,
        Some(ProcessSessionStatusCode::InProgress)
    );
    assert_eq!(session.error_code, None);
    assert_eq!(retrieved.etag.as_deref(), Some("W/\"123\""));
    assert_eq!(retrieved.formatted_values["statuscode"], "In Progress");
    assert_eq!(retrieved.formatted_values["executedby"], "Ada Lovelace");
}

#[test]
fn unknown_choice_values_decode_then_fail_validation() {
    let record = json!({ "statuscode": 99 });
    let session = ProcessSession::decode(&record).unwrap().entity;
    assert_eq!(
        session.status_code,
        Some(ProcessSessionStatusCode::Unknown(99))
    );
    assert_eq!(ProcessSessionStatusCode::Unknown(99).value(), 99);
    assert_eq!(ProcessSessionStatusCode::Unknown(99).label(), None);
    let rules = violations(session.update_payload().unwrap_err());
    assert_eq!(rules, [("statuscode", Rule::UnknownChoice { value: 99 })]);
}

#[test]
fn decode_errors_name_the_column() {
    let error = ProcessSession::decode(&json!({ "errorcode": "lots" })).unwrap_err();
    assert_eq!(error.column, Some("errorcode"));
    assert!(error.to_string().contains("should be a 32-bit integer"));
    assert!(ProcessSession::decode(&json!([1, 2])).is_err());
}

#[test]
fn navigation_paths_and_queries() {
    let path = ProcessSession::path(SESSION).nav(ProcessSession::LK_WORKFLOWLOG_PROCESSSESSION);
    assert_eq!(
        path.as_str(),
        "/processsessions(aaaabbbb-cccc-dddd-eeee-ffff00001111)/lk_workflowlog_processsession"
    );
    // Typed both ways when both tables are generated: ProcessSession -> Team
    // (many-to-one) and Team -> ProcessSession (one-to-many).
    let owning_team: dataverse::nav::ManyToOne<ProcessSession, Team> =
        ProcessSession::TEAM_PROCESSSESSION;
    let sessions: dataverse::nav::OneToMany<Team, ProcessSession> = Team::TEAM_PROCESSSESSION;
    assert_eq!(
        ProcessSession::path(SESSION).nav(owning_team).as_str(),
        "/processsessions(aaaabbbb-cccc-dddd-eeee-ffff00001111)/owningteam"
    );
    let team_sessions = Team::path(USER).nav(sessions);
    let query = Query::<ProcessSession>::new()
        .select((ProcessSession::NAME, ProcessSession::EXECUTED_BY))
        .expand(owning_team, Query::<Team>::new().select([Team::NAME]));
    assert_eq!(
        team_sessions.with_query(&query),
        "/teams(11112222-3333-4444-5555-666677778888)/team_processsession?$select=name,_executedby_value&$expand=owningteam($select=name)"
    );
    assert_eq!(ProcessSession::ENTITY_SET_NAME, "processsessions");
    assert_eq!(ProcessSession::LOGICAL_NAME, "processsession");
    assert_eq!(ProcessSession::PRIMARY_NAME_ATTRIBUTE, Some("name"));
}
