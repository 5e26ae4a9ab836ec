#[derive(dataverse::Entity)]
#[entity(table = "widget")]
struct Widget {
    nmae: Option<String>,
}

fn main() {}
