use dataverse::types::{DateTime, Utc, Uuid};
use dataverse::{Entity, EntityRef};

#[derive(Debug, Default, Entity)]
#[entity(table = "widget")]
struct Widget {
    // By logical name.
    name: Option<String>,
    // By explicit column, with a wider integer type.
    #[entity(column = "size")]
    dimension: Option<i64>,
    // By generated field name (snake_case of the SchemaName).
    owner_id: Option<EntityRef>,
    // A choice as its raw value.
    colorcode: Option<i32>,
    // A read-only column: decoded, never sent.
    created_on: Option<DateTime<Utc>>,
    // Not a column.
    #[entity(skip)]
    note: String,
}

#[derive(Entity)]
#[entity(table = "widget")]
struct WidgetId {
    // Not optional: always sent, and required in records.
    widgetid: Uuid,
}

fn main() {
    let widget = Widget {
        name: Some("Sprocket".into()),
        ..Default::default()
    };
    let _ = widget.create_payload();
    let _ = widget.note;
    let id = WidgetId { widgetid: Uuid::nil() };
    let _ = id.create_payload();
}
