#[derive(dataverse::Entity)]
#[entity(tabel = "widget")]
struct Widget {
    name: Option<String>,
}

fn main() {}
