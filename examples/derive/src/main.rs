//! Way 3: derive `Entity` on your own small struct; every field is checked
//! against the table's YAML when the crate compiles.

use dataverse::types::Uuid;
use dataverse::{Entity, EntityRef};

#[derive(Debug, Default, Entity)]
#[entity(
    table = "processsession",
    schema = "../../schema/tables/processsession.yaml"
)]
struct DialogRun {
    name: Option<String>,
    #[entity(column = "comments")]
    notes: Option<String>,
    executed_by: Option<EntityRef>,
}

fn main() {
    let run = DialogRun {
        name: Some("Nightly import".into()),
        notes: Some("started by the scheduler".into()),
        executed_by: Some(EntityRef::new("systemuser", Uuid::from_u128(1))),
    };
    match run.create_payload() {
        Ok(body) => println!("POST /{} {body}", DialogRun::TABLE.entity_set_name),
        Err(error) => println!("invalid: {error}"),
    }
    let too_long = DialogRun {
        name: Some("😀".repeat(129)),
        ..Default::default()
    };
    if let Err(error) = too_long.create_payload() {
        println!("{error}");
    }
    // The metadata knows the navigation property of each relationship the
    // page (or another table generated alongside) resolves: here the
    // session a session continues, which the page lists on both sides.
    let previous = DialogRun::TABLE
        .many_to_one
        .iter()
        .find(|r| r.schema_name == "lk_processsession_previouslinkedsessionid")
        .expect("the relationship is in the metadata");
    println!(
        "previous session: GET {}/{}",
        DialogRun::path(Uuid::from_u128(42)),
        previous.navigation_property
    );
    // The older page names only the other table of most relationships
    // (`lk_processsession_executedby`: systemuser), not their lookup: they
    // are unresolved, and not navigated under a guessed name.
    let unresolved = DialogRun::TABLE
        .unresolved
        .iter()
        .filter(|r| r.other_table == "systemuser")
        .count();
    println!("{unresolved} relationships to systemuser are unresolved");
}
