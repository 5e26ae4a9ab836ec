#[derive(dataverse::Entity)]
#[entity(table = "impostor")]
struct Impostor {
    name: Option<String>,
}

fn main() {}
