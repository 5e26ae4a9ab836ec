//! A derived struct behaves exactly like the generated entity of its table:
//! same payloads, same violations, same decoding, for the same values.

use dataverse::types::{DateTime, Utc, Uuid};
use dataverse::{Entity, EntityRef, Operation};
use dataverse_generated::processsession::{ProcessSession, ProcessSessionStatusCode};
use serde_json::json;

#[derive(Debug, Default, PartialEq, Entity)]
#[entity(
    table = "processsession",
    schema = "../schema/tables/processsession.yaml"
)]
struct DialogRun {
    name: Option<String>,
    #[entity(column = "comments")]
    notes: Option<String>,
    executed_by: Option<EntityRef>,
    canceled_on: Option<DateTime<Utc>>,
    processsessionid: Option<Uuid>,
    regarding_object_id: Option<EntityRef>,
    statecode: Option<i32>,
    #[entity(column = "statuscode")]
    status: Option<ProcessSessionStatusCode>,
    // Read-only: decodes, never sent.
    created_on: Option<DateTime<Utc>>,
}

const USER: Uuid = Uuid::from_u128(0x1111_2222_3333_4444_5555_6666_7777_8888);

/// The same values in both types.
fn pair(
    name: Option<String>,
    canceled: Option<DateTime<Utc>>,
    regarding: Option<EntityRef>,
    state: Option<i32>,
    status: Option<ProcessSessionStatusCode>,
) -> (DialogRun, ProcessSession) {
    let derived = DialogRun {
        name: name.clone(),
        notes: Some("from a derive".into()),
        executed_by: Some(EntityRef::new("systemuser", USER)),
        canceled_on: canceled,
        regarding_object_id: regarding.clone(),
        statecode: state,
        status,
        ..Default::default()
    };
    let generated = ProcessSession {
        name,
        comments: Some("from a derive".into()),
        executed_by: Some(EntityRef::new("systemuser", USER)),
        canceled_on: canceled,
        regarding_object_id: regarding,
        state_code: state.map(dataverse::Choice::from_value),
        status_code: status,
        ..Default::default()
    };
    (derived, generated)
}

fn same_behaviour(derived: &DialogRun, generated: &ProcessSession) {
    for operation in [Operation::Create, Operation::Update] {
        assert_eq!(
            derived.payload(operation),
            generated.payload(operation),
            "{operation}"
        );
    }
}

#[test]
fn valid_records_give_identical_payloads() {
    let (derived, generated) = pair(Some("Nightly".into()), None, None, None, None);
    same_behaviour(&derived, &generated);
    assert_eq!(
        derived.create_payload().unwrap(),
        json!({
            "name": "Nightly",
            "comments": "from a derive",
            "executedby@odata.bind": "/systemusers(11112222-3333-4444-5555-666677778888)",
        })
    );
}

#[test]
fn invalid_records_give_identical_violations() {
    let cases = [
        pair(Some("x".repeat(300)), None, None, None, None),
        pair(
            None,
            Some("2024-05-01T10:00:00Z".parse().unwrap()),
            None,
            None,
            None,
        ),
        pair(None, None, Some(EntityRef::new("pizza", USER)), None, None),
        pair(
            None,
            None,
            None,
            Some(0),
            Some(ProcessSessionStatusCode::Completed),
        ),
        pair(
            None,
            None,
            None,
            Some(7),
            Some(ProcessSessionStatusCode::Unknown(99)),
        ),
        pair(
            Some("😀".repeat(129)),
            Some("2024-05-01T10:00:00Z".parse().unwrap()),
            Some(EntityRef::new("pizza", USER)),
            Some(0),
            Some(ProcessSessionStatusCode::Failed),
        ),
    ];
    for (derived, generated) in &cases {
        same_behaviour(derived, generated);
        assert!(
            derived.payload(Operation::Create).is_err()
                || derived.payload(Operation::Update).is_err(),
            "case {derived:?} should break a rule"
        );
    }
}

#[test]
fn read_only_fields_decode_but_are_never_sent() {
    let record = json!({
        "name": "Nightly",
        "createdon": "2024-05-01T10:00:00Z",
        "statuscode": 4,
        "_executedby_value": "11112222-3333-4444-5555-666677778888",
        "_executedby_value@Microsoft.Dynamics.CRM.lookuplogicalname": "systemuser",
    });
    let derived = DialogRun::decode(&record).unwrap().entity;
    assert_eq!(
        derived.created_on,
        Some("2024-05-01T10:00:00Z".parse().unwrap())
    );
    assert_eq!(derived.status, Some(ProcessSessionStatusCode::Completed));
    assert_eq!(
        derived.executed_by,
        Some(EntityRef::new("systemuser", USER))
    );
    let payload = derived.update_payload().unwrap();
    assert!(payload.get("createdon").is_none(), "{payload}");

    // The generated entity decodes the same record to the same values.
    let generated = ProcessSession::decode(&record).unwrap().entity;
    assert_eq!(generated.created_on, derived.created_on);
    assert_eq!(generated.status_code, derived.status);
}

// `entities!` expands the whole table, as the generator writes it.
mod expanded {
    dataverse::entities!("../schema/tables/processsession.yaml");
}

#[test]
fn entities_macro_expands_the_table() {
    let session = expanded::processsession::ProcessSession {
        name: Some("Nightly".into()),
        ..Default::default()
    };
    let generated = ProcessSession {
        name: Some("Nightly".into()),
        ..Default::default()
    };
    assert_eq!(session.create_payload(), generated.create_payload());
    assert_eq!(
        expanded::processsession::ProcessSession::ENTITY_SET_NAME,
        "processsessions"
    );
}
