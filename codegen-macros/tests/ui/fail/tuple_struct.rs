#[derive(dataverse::Entity)]
#[entity(table = "widget")]
struct Widget(Option<String>);

fn main() {}
