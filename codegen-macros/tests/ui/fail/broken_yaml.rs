#[derive(dataverse::Entity)]
#[entity(table = "broken")]
struct Broken {
    name: Option<String>,
}

fn main() {}
