#[derive(dataverse::Entity)]
#[entity(table = widget)]
struct Widget {
    name: Option<String>,
}

fn main() {}
