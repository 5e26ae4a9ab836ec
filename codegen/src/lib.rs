//! The code generator: YAML metadata model -> Rust.
//!
//! ```text
//! Vec<Table> --plan.rs--> Unit (names, types, links) --emit.rs--> TokenStream --prettyplease--> source
//! ```
//!
//! One code path serves every way of use: `cargo xtask regenerate` (the
//! checked-in `generated` crate), the build.rs builder and the derive macro
//! ([`entity_impl`] is shared with `#[derive(Entity)]`).
//!
//! ```
//! let yaml = "format_version: 1\nlogical_name: widget\nentity_set_name: widgets\ncolumns: []\n";
//! let table = dataverse_schema::yaml::from_str(yaml).unwrap();
//! let source = dataverse_codegen::generate_file(vec![table], &Default::default()).unwrap();
//! assert!(source.contains("pub struct Widget"));
//! ```

pub mod config;
mod docs;
mod emit;
pub mod names;
pub mod plan;

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;

pub use config::Config;
pub use dataverse_schema::Table;
pub use emit::{entity_impl, FieldBinding};
pub use plan::{default_entity_set_name, Unit};
pub use proc_macro2;

/// How code is generated.
#[derive(Debug, Clone)]
pub struct Options {
    /// The path of the runtime crate in generated code (default
    /// `::dataverse`). Text, so that options can be shared across threads.
    pub runtime_path: String,
    /// Gate each table's module behind a cargo feature named after its
    /// module, and type relationships to another table only when that
    /// table's feature is on (the `generated` crate's layout).
    pub feature_per_table: bool,
    /// Entity type names by table logical name, instead of the CamelCase
    /// SchemaName.
    pub type_names: BTreeMap<String, String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            runtime_path: "::dataverse".to_string(),
            feature_per_table: false,
            type_names: BTreeMap::new(),
        }
    }
}

impl Options {
    /// [`Options::runtime_path`] as tokens.
    pub fn runtime_tokens(&self) -> Result<TokenStream, GenerateError> {
        syn::parse_str::<syn::Path>(&self.runtime_path)
            .map(|path| quote!(#path))
            .map_err(|_| GenerateError::InvalidRuntimePath(self.runtime_path.clone()))
    }
}

/// Code could not be generated.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// Two tables share a logical name.
    #[error("table `{0}` is given twice")]
    DuplicateTable(String),
    /// Two columns of a table share a logical name.
    #[error("table `{table}` has two columns named `{column}`")]
    DuplicateColumn {
        /// The table.
        table: String,
        /// The column.
        column: String,
    },
    /// [`Options::runtime_path`] is not a Rust path.
    #[error("runtime path `{0}` is not a Rust path")]
    InvalidRuntimePath(String),
    /// A type name override is not a valid Rust type name.
    #[error("type name `{name}` for table `{table}` is not a valid Rust identifier")]
    InvalidTypeName {
        /// The table.
        table: String,
        /// The name given.
        name: String,
    },
    /// The generated tokens are not valid Rust (a bug in the generator).
    #[error("generated code does not parse (a generator bug): {0}")]
    Parse(String),
}

/// One generated module of a multi-file output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedModule {
    /// The module (and feature) name.
    pub module: String,
    /// The table's logical name.
    pub logical_name: String,
    /// Modules this one cannot compile without (typed lookup fields).
    pub requires: BTreeSet<String>,
    /// The formatted source of the module's contents.
    pub source: String,
}

/// All `tables` in one formatted file: a `pub mod` per table, in logical
/// name order. Modules are generated and formatted in parallel (rayon); the
/// output does not depend on the number of threads.
pub fn generate_file(tables: Vec<Table>, options: &Options) -> Result<String, GenerateError> {
    use rayon::prelude::*;
    let unit = Unit::new(tables, &options.type_names)?;
    let modules: Vec<String> = unit
        .tables
        .par_iter()
        .map(|plan| {
            let header = emit::module_header(plan, options);
            format_module(header, emit::table_items(&unit, plan, options)?)
        })
        .collect::<Result<_, _>>()?;
    // Joined by hand: each module is freed once copied, so the file is not
    // held twice.
    let mut file = String::with_capacity(modules.iter().map(|m| m.len() + 1).sum());
    for module in modules {
        if !file.is_empty() {
            file.push('\n');
        }
        file.push_str(&module);
    }
    Ok(file)
}

/// One formatted module source per table, for a crate with a file per
/// module (and, with [`Options::feature_per_table`], a feature per table).
pub fn generate_modules(
    tables: Vec<Table>,
    options: &Options,
) -> Result<Vec<GeneratedModule>, GenerateError> {
    use rayon::prelude::*;
    let unit = Unit::new(tables, &options.type_names)?;
    unit.tables
        .par_iter()
        .map(|plan| {
            let requires = plan
                .columns
                .iter()
                .filter_map(|c| match &c.rust_type {
                    plan::RustType::Ref { table } if *table != plan.table.logical_name => {
                        unit.table(table).map(|other| other.module.clone())
                    }
                    _ => None,
                })
                .collect();
            Ok(GeneratedModule {
                module: plan.module.clone(),
                logical_name: plan.table.logical_name.clone(),
                requires,
                source: format_items(emit::table_items(&unit, plan, options)?)?,
            })
        })
        .collect()
}

/// Unformatted tokens of all `tables`, for the function-like macro: a
/// `pub mod` per table. `tracked_files` are included with `include_bytes!`
/// so that cargo recompiles the calling crate when they change.
pub fn unit_tokens(
    tables: Vec<Table>,
    options: &Options,
    tracked_files: &[String],
) -> Result<TokenStream, GenerateError> {
    let unit = Unit::new(tables, &options.type_names)?;
    let modules = emit::unit_file(&unit, options)?;
    Ok(quote! {
        #(const _: &[u8] = include_bytes!(#tracked_files);)*
        #modules
    })
}

/// `impl Entity` (and the table's metadata) for a user's struct, as
/// `#[derive(Entity)]` expands it: the same code path as a generated
/// entity. `fields` bind struct fields to columns of `table`.
pub fn derived_entity(
    table: Table,
    type_name: &proc_macro2::Ident,
    fields: &[FieldBinding],
    options: &Options,
    tracked_files: &[String],
) -> Result<TokenStream, GenerateError> {
    let unit = Unit::new(vec![table], &options.type_names)?;
    Ok(emit::derived_entity(
        &unit.tables[0],
        type_name,
        fields,
        &options.runtime_tokens()?,
        tracked_files,
    ))
}

/// The module's doc line for a table (for a `lib.rs` that declares it).
pub fn module_doc(tables: &[Table], logical_name: &str) -> Result<String, GenerateError> {
    let unit = Unit::new(tables.to_vec(), &BTreeMap::new())?;
    Ok(unit
        .table(logical_name)
        .map(docs::module)
        .unwrap_or_default())
}

/// Formats tokens as a source file with prettyplease.
pub fn format(tokens: TokenStream) -> Result<String, GenerateError> {
    Ok(prettyplease::unparse(&parse::<syn::File>(tokens)?))
}

/// Formats items as a source file. Each token stream is parsed on its own
/// (the same result as parsing them together, faster for large modules).
fn format_items(items: Vec<TokenStream>) -> Result<String, GenerateError> {
    Ok(unparse(parse_items(items)?))
}

/// Formats `header { items }` (a `pub mod` with its attributes) as a source
/// file, parsing the items one by one as [`format_items`] does.
fn format_module(header: TokenStream, items: Vec<TokenStream>) -> Result<String, GenerateError> {
    let mut module: syn::ItemMod = parse(quote!(#header {}))?;
    if let Some((_, content)) = &mut module.content {
        *content = parse_items(items)?;
    }
    Ok(unparse(vec![syn::Item::Mod(module)]))
}

fn parse_items(items: Vec<TokenStream>) -> Result<Vec<syn::Item>, GenerateError> {
    let mut parsed = Vec::new();
    for tokens in items {
        parsed.extend(parse::<syn::File>(tokens)?.items);
    }
    Ok(parsed)
}

fn parse<T: syn::parse::Parse>(tokens: TokenStream) -> Result<T, GenerateError> {
    syn::parse2(tokens).map_err(|e| GenerateError::Parse(e.to_string()))
}

fn unparse(items: Vec<syn::Item>) -> String {
    prettyplease::unparse(&syn::File {
        shebang: None,
        frontmatter: None,
        attrs: Vec::new(),
        items,
    })
}
