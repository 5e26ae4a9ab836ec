#[derive(dataverse::Entity)]
#[entity(table = "nosuchtable")]
struct Widget {
    name: Option<String>,
}

fn main() {}
