//! `#[derive(Entity)]` and `entities!`: Dataverse entity code checked
//! against the YAML metadata at compile time.
//!
//! Use them through the runtime crate: `dataverse = { features = ["derive"] }`.
//!
//! # `#[derive(Entity)]`
//!
//! ```ignore
//! use dataverse::{Entity, EntityRef};
//!
//! #[derive(Entity)]
//! #[entity(table = "processsession")]
//! struct DialogRun {
//!     name: Option<String>,
//!     #[entity(column = "comments")]
//!     notes: Option<String>,
//!     executed_by: Option<EntityRef>,
//! }
//! ```
//!
//! The struct gets the same validation, payloads and decoding as a generated
//! entity of the table (the same generator code path).
//!
//! **Where the YAML comes from.** `#[entity(schema = "path/to/table.yaml")]`
//! names the file, relative to the crate's `CARGO_MANIFEST_DIR`. Without it,
//! the file is `<dir>/<table>.yaml`, where `<dir>` is the environment
//! variable `DATAVERSE_SCHEMA_DIR` (relative to `CARGO_MANIFEST_DIR` unless
//! absolute) or, when that is not set, `schema/tables`. The file is a
//! tracked dependency: editing it recompiles the crate. Each file is parsed
//! once per compilation, however many structs use it.
//!
//! **Fields.** A field maps to the column named by `#[entity(column =
//! "logicalname")]`, else to the column whose logical name is the field's
//! name, else to the column whose generated field name (snake_case of the
//! SchemaName: `executed_by`) it has. `#[entity(skip)]` maps it to nothing
//! (it decodes as `Default::default()`). A field of type `Option<T>` may be
//! absent; a field of type `T` is always sent and must be in every record.
//!
//! **Read-only columns** (valid for neither create nor update) may be
//! mapped: they decode, and they are never written to a payload nor
//! validated.
//!
//! **Types that fit** a column: String/Memo/EntityName `String`; Integer
//! `i32` or `i64`; BigInt `i64`; Double `f64`; Decimal/Money `Decimal`;
//! Boolean `bool`; DateTime `DateTime<Utc>` (DateOnly behaviour:
//! `NaiveDate`); Uniqueidentifier `Uuid`; Lookup/Customer/Owner `EntityRef`
//! or `Ref<T>`; Picklist/State/Status `i32` or a choice enum (a type
//! implementing `dataverse::Choice`); MultiSelectPicklist `Choices<E>`;
//! other types `serde_json::Value`.
//!
//! # `entities!`
//!
//! ```ignore
//! dataverse::entities!("schema/tables/processsession.yaml", "schema/tables/team.yaml");
//! // -> pub mod processsession { pub struct ProcessSession { ... } ... }
//! //    pub mod team { ... }
//! ```
//!
//! Expands whole tables, exactly as `cargo xtask regenerate` and the
//! build.rs builder generate them, from YAML files relative to
//! `CARGO_MANIFEST_DIR`.

mod derive;
mod schema;

use proc_macro::TokenStream;

/// Implements `dataverse::Entity` for a struct, checked against a table's
/// YAML metadata. See the crate docs.
#[proc_macro_derive(Entity, attributes(entity))]
pub fn derive_entity(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    derive::expand(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Expands whole tables from YAML files (paths relative to
/// `CARGO_MANIFEST_DIR`): a `pub mod` per table. See the crate docs.
#[proc_macro]
pub fn entities(input: TokenStream) -> TokenStream {
    let paths = syn::parse_macro_input!(
        input with syn::punctuated::Punctuated::<syn::LitStr, syn::Token![,]>::parse_terminated
    );
    derive::expand_entities(paths.into_iter().collect())
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
