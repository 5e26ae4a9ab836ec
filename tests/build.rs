//! Generates the tables the documented Web API exchanges use
//! (`src/webapi/tables.rs` includes the result), the way a user's build
//! script would: the bundled account table plus the hand-written fixtures
//! of `webapi/schema/`.

fn main() {
    let result = dataverse_build::Builder::new()
        .schema_file("../schema/tables/account.yaml")
        .schema_dir("webapi/schema")
        .generate("webapi_tables.rs");
    if let Err(error) = result {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
