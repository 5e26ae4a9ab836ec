//! Way 2: generate at build time (build.rs + `dataverse-build`) and include
//! the result; no generated code is checked in.

use dataverse::types::Uuid;
use dataverse::{Entity, EntityRef};
use example_build_rs::processsession::DialogSession;
use example_build_rs::team::Team;

fn main() {
    let session = DialogSession {
        name: Some("Nightly import".into()),
        owner_id: Some(EntityRef::new("team", Uuid::from_u128(7))),
        ..Default::default()
    };
    match session.create_payload() {
        Ok(body) => println!("POST /{} {body}", DialogSession::ENTITY_SET_NAME),
        Err(error) => println!("invalid: {error}"),
    }
    let team = Uuid::from_u128(7);
    let sessions = Team::path(team).nav(Team::TEAM_PROCESSSESSION);
    println!("sessions owned by the team: GET {sessions}");
}
