//! Expansion of `#[derive(Entity)]` and `entities!`: attributes, column
//! mapping and type checks, with errors on the offending span. The code
//! itself comes from `dataverse-codegen`.

use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, GenericArgument, LitStr, PathArguments, Type};

use dataverse_codegen::plan::{ColumnPlan, Kind, TablePlan, Unit};
use dataverse_codegen::{FieldBinding, Options};
use dataverse_schema::Table;

use crate::schema;

/// `#[entity(...)]` on the struct.
struct StructAttrs {
    table: LitStr,
    schema: Option<LitStr>,
}

/// `#[entity(...)]` on a field.
#[derive(Default)]
struct FieldAttrs {
    column: Option<LitStr>,
    skip: bool,
}

fn struct_attrs(input: &DeriveInput) -> syn::Result<StructAttrs> {
    let mut table: Option<LitStr> = None;
    let mut schema: Option<LitStr> = None;
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("entity")) {
        attr.parse_nested_meta(|meta| {
            let slot = if meta.path.is_ident("table") {
                &mut table
            } else if meta.path.is_ident("schema") {
                &mut schema
            } else {
                return Err(meta.error(format!(
                    "unknown key `{}` in #[entity(...)] on a struct; expected `table = \"<logical name>\"` or `schema = \"<path to YAML>\"`",
                    path_text(&meta.path)
                )));
            };
            if slot.is_some() {
                return Err(meta.error(format!("`{}` is given twice", path_text(&meta.path))));
            }
            *slot = Some(meta.value()?.parse()?);
            Ok(())
        })?;
    }
    let table = table.ok_or_else(|| {
        syn::Error::new(
            input.ident.span(),
            "#[derive(Entity)] needs the table: add #[entity(table = \"<logical name>\")]",
        )
    })?;
    if table.value().trim().is_empty() {
        return Err(syn::Error::new(
            table.span(),
            "the table's logical name is empty",
        ));
    }
    Ok(StructAttrs { table, schema })
}

fn field_attrs(field: &syn::Field) -> syn::Result<FieldAttrs> {
    let mut attrs = FieldAttrs::default();
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("entity")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("column") {
                if attrs.column.is_some() {
                    return Err(meta.error("`column` is given twice"));
                }
                attrs.column = Some(meta.value()?.parse()?);
                Ok(())
            } else if meta.path.is_ident("skip") {
                attrs.skip = true;
                Ok(())
            } else {
                Err(meta.error(format!(
                    "unknown key `{}` in #[entity(...)] on a field; expected `column = \"<logical name>\"` or `skip`",
                    path_text(&meta.path)
                )))
            }
        })?;
    }
    if attrs.skip && attrs.column.is_some() {
        return Err(syn::Error::new(
            field.span(),
            "a field cannot both map to a column and be skipped",
        ));
    }
    Ok(attrs)
}

fn path_text(path: &syn::Path) -> String {
    quote!(#path).to_string().replace(' ', "")
}

/// Loads the YAML a literal names, with the error on the literal.
fn load_table(path: PathBuf, span_of: &LitStr) -> syn::Result<(Table, String)> {
    let table = schema::load(&path).map_err(|error| syn::Error::new(span_of.span(), error))?;
    Ok(((*table).clone(), path.display().to_string()))
}

pub fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let attrs = struct_attrs(input)?;
    let fields = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(named) => &named.named,
            _ => {
                return Err(syn::Error::new(
                    input.ident.span(),
                    "#[derive(Entity)] needs a struct with named fields, one per column",
                ))
            }
        },
        _ => {
            return Err(syn::Error::new(
                input.ident.span(),
                "#[derive(Entity)] works on structs only, one field per column",
            ))
        }
    };
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new(
            input.generics.span(),
            "#[derive(Entity)] does not support generic structs",
        ));
    }

    let table_name = attrs.table.value();
    let (path, span_of) = match &attrs.schema {
        Some(schema) => (
            schema::relative_to_manifest(&PathBuf::from(schema.value())),
            schema,
        ),
        None => (schema::default_path(&table_name), &attrs.table),
    };
    let (table, tracked) = load_table(path, span_of)?;
    if table.logical_name != table_name {
        return Err(syn::Error::new(
            attrs.table.span(),
            format!(
                "`{tracked}` describes table `{}`, not `{table_name}`",
                table.logical_name
            ),
        ));
    }
    let unit = Unit::new(vec![table.clone()], &Default::default())
        .map_err(|e| syn::Error::new(span_of.span(), e))?;
    let plan = &unit.tables[0];

    let mut errors: Option<syn::Error> = None;
    let mut push = |error: syn::Error| match &mut errors {
        Some(all) => all.combine(error),
        None => errors = Some(error),
    };
    let mut bindings: Vec<FieldBinding> = Vec::new();
    let mut mapped: Vec<(usize, String)> = Vec::new();
    for field in fields {
        let ident = field.ident.clone().expect("named fields have names");
        let field_attrs = match field_attrs(field) {
            Ok(attrs) => attrs,
            Err(error) => {
                push(error);
                continue;
            }
        };
        if field_attrs.skip {
            bindings.push(FieldBinding {
                field: ident,
                column_index: 0,
                optional: false,
                read_only: true,
                skipped: true,
            });
            continue;
        }
        let column = match find_column(plan, &ident, field_attrs.column.as_ref()) {
            Ok(column) => column,
            Err(error) => {
                push(error);
                continue;
            }
        };
        let model = &plan.table.columns[column.index];
        if let Some((_, first)) = mapped.iter().find(|(index, _)| *index == column.index) {
            push(syn::Error::new(
                ident.span(),
                format!(
                    "fields `{first}` and `{ident}` both map to column `{}`; map each column once",
                    model.logical_name
                ),
            ));
            continue;
        }
        mapped.push((column.index, ident.to_string()));
        let (optional, inner) = unwrap_option(&field.ty);
        if let Err(message) = type_fits(column, model, inner) {
            push(syn::Error::new(inner.span(), message));
            continue;
        }
        bindings.push(FieldBinding {
            field: ident,
            column_index: column.index,
            optional,
            read_only: !model.valid_for_create && !model.valid_for_update,
            skipped: false,
        });
    }
    if let Some(errors) = errors {
        return Err(errors);
    }
    let options = Options::default();
    dataverse_codegen::derived_entity(table, &input.ident, &bindings, &options, &[tracked])
        .map_err(|e| syn::Error::new(Span::call_site(), e))
}

/// The column a field maps to, or an error with a suggestion.
fn find_column<'a>(
    plan: &'a TablePlan,
    ident: &syn::Ident,
    explicit: Option<&LitStr>,
) -> syn::Result<&'a ColumnPlan> {
    let table = &plan.table;
    let by_logical = |name: &str| {
        plan.columns
            .iter()
            .find(|c| table.columns[c.index].logical_name == name)
    };
    if let Some(explicit) = explicit {
        let name = explicit.value();
        return by_logical(&name).ok_or_else(|| {
            syn::Error::new(
                explicit.span(),
                format!(
                    "no column `{name}` in {}{}",
                    table.logical_name,
                    suggestion(plan, &name)
                ),
            )
        });
    }
    let name = ident.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name);
    by_logical(name)
        .or_else(|| plan.columns.iter().find(|c| c.field == name))
        .ok_or_else(|| {
            syn::Error::new(
                ident.span(),
                format!(
                    "no column `{name}` in {}{}",
                    table.logical_name,
                    suggestion(plan, name)
                ),
            )
        })
}

/// "; did you mean `name`?" for the closest logical or field name.
fn suggestion(plan: &TablePlan, wanted: &str) -> String {
    let candidates = plan.columns.iter().flat_map(|c| {
        [
            plan.table.columns[c.index].logical_name.as_str(),
            c.field.as_str(),
        ]
    });
    let best = candidates
        .map(|candidate| (strsim::jaro_winkler(wanted, candidate), candidate))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)));
    match best {
        Some((_, name)) => format!("; did you mean `{name}`?"),
        None => "; use #[entity(column = \"<logical name>\")] to name it".to_string(),
    }
}

/// `Option<T>` -> (true, T); `T` -> (false, T).
fn unwrap_option(ty: &Type) -> (bool, &Type) {
    if let Type::Path(path) = ty {
        if let Some(last) = path.path.segments.last() {
            if last.ident == "Option" {
                if let PathArguments::AngleBracketed(args) = &last.arguments {
                    if let Some(GenericArgument::Type(inner)) = args.args.first() {
                        return (true, inner);
                    }
                }
            }
        }
    }
    (false, ty)
}

/// The last path segment of a type (`dataverse::EntityRef` -> `EntityRef`).
fn type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// Types with a fixed meaning, which therefore cannot be a choice enum.
const NOT_CHOICES: &[&str] = &[
    "String",
    "str",
    "i8",
    "i16",
    "i64",
    "i128",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "f32",
    "f64",
    "bool",
    "Decimal",
    "DateTime",
    "NaiveDate",
    "Uuid",
    "EntityRef",
    "Ref",
    "Choices",
    "Value",
    "Json",
    "Vec",
];

fn type_fits(
    column: &ColumnPlan,
    model: &dataverse_schema::Column,
    ty: &Type,
) -> Result<(), String> {
    let name = type_name(ty);
    let fits: &[&str] = match column.kind {
        Kind::Text => &["String"],
        Kind::Integer => &["i32", "i64"],
        Kind::BigInt => &["i64"],
        Kind::Double => &["f64"],
        Kind::Decimal | Kind::Money => &["Decimal"],
        Kind::Boolean => &["bool"],
        Kind::DateTime => &["DateTime"],
        Kind::Date => &["NaiveDate"],
        Kind::Uniqueidentifier => &["Uuid"],
        Kind::Lookup => &["EntityRef", "Ref"],
        Kind::Choices => &["Choices"],
        Kind::PartyList => &["PartyList"],
        Kind::Other => &["Value", "Json"],
        Kind::Choice | Kind::State | Kind::Status => {
            return match name.as_deref() {
                Some("i32") => Ok(()),
                Some(other) if !NOT_CHOICES.contains(&other) => Ok(()),
                _ => Err(format!(
                    "column `{}` is {}; `{}` does not fit: use `i32` or a choice enum (a type implementing `dataverse::Choice`)",
                    model.logical_name,
                    model.column_type,
                    type_text(ty)
                )),
            };
        }
    };
    if name.as_deref().is_some_and(|name| fits.contains(&name)) {
        return Ok(());
    }
    let listed: Vec<String> = fits
        .iter()
        .map(|t| format!("`{}`", display_type(t)))
        .collect();
    Err(format!(
        "column `{}` is {}; `{}` does not fit: use {}",
        model.logical_name,
        model.column_type,
        type_text(ty),
        listed.join(" or ")
    ))
}

fn display_type(name: &str) -> &str {
    match name {
        "DateTime" => "DateTime<Utc>",
        "Ref" => "Ref<T>",
        "Choices" => "Choices<E>",
        "Value" => "serde_json::Value",
        "Json" => "dataverse::types::Json",
        other => other,
    }
}

fn type_text(ty: &Type) -> String {
    quote!(#ty)
        .to_string()
        .replace(" < ", "<")
        .replace(" >", ">")
        .replace(" :: ", "::")
}

/// `entities!("a.yaml", "b.yaml")`.
pub fn expand_entities(paths: Vec<LitStr>) -> syn::Result<TokenStream> {
    if paths.is_empty() {
        return Err(syn::Error::new(
            Span::call_site(),
            "entities! needs at least one YAML file: entities!(\"schema/tables/account.yaml\")",
        ));
    }
    let mut tables = Vec::new();
    let mut tracked = Vec::new();
    for literal in &paths {
        let path = schema::relative_to_manifest(&PathBuf::from(literal.value()));
        let (table, file) = load_table(path, literal)?;
        tables.push(table);
        tracked.push(file);
    }
    dataverse_codegen::unit_tokens(tables, &Options::default(), &tracked)
        .map_err(|e| syn::Error::new(paths[0].span(), e))
}
