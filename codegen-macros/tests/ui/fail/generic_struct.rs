#[derive(dataverse::Entity)]
#[entity(table = "widget")]
struct Widget<T> {
    name: Option<T>,
}

fn main() {}
