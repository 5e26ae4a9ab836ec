//! Way 1: use the entities `cargo xtask regenerate` wrote into the
//! `generated` crate (one cargo feature per table).

use dataverse::types::Uuid;
use dataverse::{Entity, EntityRef};
use dataverse_generated::processsession::{ProcessSession, ProcessSessionStatusCode};

fn main() {
    let user = Uuid::from_u128(0x1111_2222_3333_4444_5555_6666_7777_8888);
    let session = ProcessSession {
        name: Some("Nightly import".into()),
        executed_by: Some(EntityRef::new("systemuser", user)),
        ..Default::default()
    };
    match session.create_payload() {
        Ok(body) => println!("POST /{} {body}", ProcessSession::ENTITY_SET_NAME),
        Err(error) => println!("invalid: {error}"),
    }

    let invalid = ProcessSession {
        name: Some("x".repeat(300)),
        status_code: Some(ProcessSessionStatusCode::Completed),
        ..Default::default()
    };
    if let Err(error) = invalid.create_payload() {
        println!("{error}");
    }

    let id = Uuid::from_u128(42);
    let path = ProcessSession::path(id).nav(ProcessSession::TEAM_PROCESSSESSION);
    println!("owning team: GET {path}");
}
