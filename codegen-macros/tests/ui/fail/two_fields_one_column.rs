#[derive(dataverse::Entity)]
#[entity(table = "widget")]
struct Widget {
    name: Option<String>,
    #[entity(column = "name")]
    title: Option<String>,
}

fn main() {}
