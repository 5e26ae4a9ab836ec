#[derive(dataverse::Entity)]
#[entity(table = "widget")]
enum Widget {
    Name(String),
}

fn main() {}
