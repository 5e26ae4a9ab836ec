#[derive(dataverse::Entity)]
struct Widget {
    name: Option<String>,
}

fn main() {}
