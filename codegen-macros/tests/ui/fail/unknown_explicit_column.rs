#[derive(dataverse::Entity)]
#[entity(table = "widget")]
struct Widget {
    #[entity(column = "colour")]
    paint: Option<i32>,
}

fn main() {}
