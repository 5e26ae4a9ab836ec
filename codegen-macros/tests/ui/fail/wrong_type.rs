#[derive(dataverse::Entity)]
#[entity(table = "widget")]
struct Widget {
    size: Option<String>,
    name: Option<i32>,
    ownerid: Option<String>,
}

fn main() {}
