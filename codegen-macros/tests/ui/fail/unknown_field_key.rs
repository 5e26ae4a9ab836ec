#[derive(dataverse::Entity)]
#[entity(table = "widget")]
struct Widget {
    #[entity(colum = "name")]
    title: Option<String>,
}

fn main() {}
