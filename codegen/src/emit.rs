//! Plan -> tokens. Knows Rust and the runtime's API; decides nothing about
//! names or links (see `plan.rs`).

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use dataverse_schema::{Column, ColumnType, RequiredLevel};

use crate::docs;
use crate::plan::{ColumnPlan, EnumPlan, Kind, Navigation, RustType, Slot, TablePlan, Unit};
use crate::{GenerateError, Options};

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn string(text: &str) -> Literal {
    Literal::string(text)
}

/// `#[doc]` attributes, rendered by prettyplease as `/// line`.
fn doc_attrs(lines: &[String]) -> TokenStream {
    lines.iter().map(|line| doc_attr(line)).collect()
}

fn doc_attr(line: &str) -> TokenStream {
    // No control or text-direction character may reach a comment (rustc
    // rejects them), whatever part of the metadata the line quotes.
    let is_unsafe = |c: char| c.is_control() || docs::is_direction_control(c);
    // One line each, never indented: an indented line would be a Markdown
    // code block, which rustdoc runs as a doctest. (Trimmed after the
    // replacement, as control characters become spaces.)
    let line = line.trim_matches(|c: char| c.is_whitespace() || is_unsafe(c));
    let mut text = String::with_capacity(line.len() + 1);
    if !line.is_empty() {
        text.push(' ');
        text.extend(line.chars().map(|c| if is_unsafe(c) { ' ' } else { c }));
    }
    quote!(#[doc = #text])
}

/// A field binding for [`entity_impl`]: a struct field and the index of the
/// column it holds in the table's metadata.
#[derive(Debug, Clone)]
pub struct FieldBinding {
    /// The struct field.
    pub field: Ident,
    /// Index into the table metadata's `columns`.
    pub column_index: usize,
    /// Whether the field is `Option<T>` (generated entities: always).
    pub optional: bool,
    /// Whether the field is left out of validation and payloads (a derived
    /// struct's field mapped to a read-only column: it only decodes).
    pub read_only: bool,
    /// Whether the field maps to no column (`#[entity(skip)]`): it is left
    /// out of payloads and decodes as `Default::default()`.
    pub skipped: bool,
}

/// `impl Entity for <type_name>`: the one code path shared by generated
/// entities and `#[derive(Entity)]`.
pub fn entity_impl(
    runtime: &TokenStream,
    type_name: &Ident,
    meta: &TokenStream,
    fields: &[FieldBinding],
) -> TokenStream {
    let pushes = fields
        .iter()
        .filter(|b| !b.read_only && !b.skipped)
        .map(|binding| {
            let field = &binding.field;
            let index = Literal::usize_unsuffixed(binding.column_index);
            if binding.optional {
                quote!(values.push_option(#index, &self.#field);)
            } else {
                quote!(values.push(#index, &self.#field);)
            }
        });
    let decodes = fields.iter().map(|binding| {
        let field = &binding.field;
        let index = Literal::usize_unsuffixed(binding.column_index);
        if binding.skipped {
            quote!(#field: ::std::default::Default::default(),)
        } else if binding.optional {
            quote!(#field: #runtime::Field::decode(record, &columns[#index])?,)
        } else {
            quote! {
                #field: #runtime::Field::decode(record, &columns[#index])?
                    .ok_or_else(|| #runtime::DecodeError::new(&columns[#index], "is missing from the record"))?,
            }
        }
    });
    let uses_columns = fields.iter().any(|b| !b.read_only && !b.skipped);
    let decodes_columns = fields.iter().any(|b| !b.skipped);
    let columns_for_decode = if decodes_columns {
        quote!(let columns = #meta.columns;)
    } else {
        quote!()
    };
    let record_name = if !decodes_columns {
        quote!(_record)
    } else {
        quote!(record)
    };
    let values_body = if uses_columns {
        quote! {
            let mut values = #runtime::entity::Values::new(&#meta);
            #(#pushes)*
            values.into_vec()
        }
    } else {
        quote!(::std::vec::Vec::new())
    };
    quote! {
        impl #runtime::Entity for #type_name {
            const TABLE: &'static #runtime::TableMeta = &#meta;

            fn values(&self) -> ::std::vec::Vec<(&'static #runtime::ColumnMeta, #runtime::FieldValue<'_>)> {
                #values_body
            }

            fn from_record(#record_name: &#runtime::Record<'_>) -> ::std::result::Result<Self, #runtime::DecodeError> {
                #columns_for_decode
                ::std::result::Result::Ok(#type_name {
                    #(#decodes)*
                })
            }
        }
    }
}

/// The contents of one table's module.
pub fn table_module(
    unit: &Unit,
    plan: &TablePlan,
    options: &Options,
) -> Result<TokenStream, GenerateError> {
    Ok(table_items(unit, plan, options)?.into_iter().collect())
}

/// The items of one table's module, in order, as separate token streams
/// (a stream may hold more than one item): formatting parses each on its
/// own, which keeps the parser's buffers small.
pub fn table_items(
    unit: &Unit,
    plan: &TablePlan,
    options: &Options,
) -> Result<Vec<TokenStream>, GenerateError> {
    let runtime_path = &options.runtime_tokens()?;
    let runtime = &quote!(dv);
    let table = &plan.table;
    let type_name = ident(&plan.type_name);
    let meta = ident(&plan.meta_static);

    let struct_docs = doc_attrs(&docs::table(plan));
    let fields = plan.columns.iter().map(|column_plan| {
        let column = &table.columns[column_plan.index];
        let field = ident(&column_plan.field);
        let ty = rust_type(unit, plan, &column_plan.rust_type, runtime);
        let docs = doc_attrs(&docs::column(column_plan, column));
        quote! {
            #docs
            pub #field: Option<#ty>,
        }
    });

    let bindings: Vec<FieldBinding> = plan
        .columns
        .iter()
        .map(|c| FieldBinding {
            field: ident(&c.field),
            column_index: c.index,
            optional: true,
            read_only: false,
            skipped: false,
        })
        .collect();
    let meta_path = quote!(#meta);
    let entity = entity_impl(runtime, &type_name, &meta_path, &bindings);
    let constants = constants(unit, plan, runtime, options.feature_per_table);
    let meta_static = table_meta(plan, runtime);
    let meta_doc = doc_attr(&format!(
        "Metadata of the `{}` table: columns, rules and relationships, read by the runtime.",
        table.logical_name
    ));
    let mut items = vec![
        quote!(use #runtime_path as dv;),
        quote! {
            #struct_docs
            #[derive(Debug, Clone, Default, PartialEq)]
            pub struct #type_name {
                #(#fields)*
            }
        },
        constants,
        entity,
    ];
    items.extend(plan.enums.iter().map(|e| choice_enum(plan, e, runtime)));
    items.push(quote! {
        #meta_doc
        pub static #meta: #runtime::TableMeta = #meta_static;
    });
    Ok(items)
}

fn rust_type(unit: &Unit, plan: &TablePlan, ty: &RustType, runtime: &TokenStream) -> TokenStream {
    match ty {
        RustType::String => quote!(String),
        RustType::I32 => quote!(i32),
        RustType::I64 => quote!(i64),
        RustType::F64 => quote!(f64),
        RustType::Decimal => quote!(#runtime::types::Decimal),
        RustType::Bool => quote!(bool),
        RustType::DateTime => quote!(#runtime::types::DateTime<#runtime::types::Utc>),
        RustType::Date => quote!(#runtime::types::NaiveDate),
        RustType::Uuid => quote!(#runtime::types::Uuid),
        RustType::EntityRef => quote!(#runtime::EntityRef),
        RustType::Ref { table } if *table == plan.table.logical_name => {
            let type_name = ident(&plan.type_name);
            quote!(#runtime::Ref<#type_name>)
        }
        RustType::Ref { table } => {
            let path = entity_path(unit, table);
            quote!(#runtime::Ref<#path>)
        }
        RustType::Choice { name } => {
            let name = ident(name);
            quote!(#name)
        }
        RustType::Choices { name } => {
            let name = ident(name);
            quote!(#runtime::Choices<#name>)
        }
        RustType::PartyList => quote!(#runtime::PartyList),
        RustType::Json => quote!(#runtime::types::Json),
    }
}

/// `super::<module>::<Type>` of a table in the unit.
fn entity_path(unit: &Unit, logical_name: &str) -> TokenStream {
    match unit.table(logical_name) {
        Some(plan) => {
            let module = ident(&plan.module);
            let type_name = ident(&plan.type_name);
            quote!(super::#module::#type_name)
        }
        None => quote!(()),
    }
}

fn constants(
    unit: &Unit,
    plan: &TablePlan,
    runtime: &TokenStream,
    feature_per_table: bool,
) -> TokenStream {
    let table = &plan.table;
    let type_name = ident(&plan.type_name);
    let logical_name = string(&table.logical_name);
    let entity_set = string(&plan.entity_set_name);
    let primary_id = string(table.primary_id_attribute.as_deref().unwrap_or_default());
    let primary_name = match &table.primary_name_attribute {
        Some(name) => quote!(Some(#name)),
        None => quote!(None),
    };
    let entity_set_doc = if plan.entity_set_known {
        format!("The Web API entity set: `{}`.", plan.entity_set_name)
    } else {
        format!(
            "The Web API entity set: `{}` (not given by the metadata; the logical name in plural).",
            plan.entity_set_name
        )
    };
    let primary_id_doc = format!(
        "The primary key column: `{}`.",
        table
            .primary_id_attribute
            .as_deref()
            .unwrap_or("(not given)")
    );

    let columns = plan.columns.iter().map(|c| {
        let constant = ident(&c.constant);
        let index = Literal::usize_unsuffixed(c.index);
        let ty = rust_type(unit, plan, &c.rust_type, runtime);
        let doc = doc_attr(&format!(
            "Column `{}`.",
            table.columns[c.index].logical_name
        ));
        quote! {
            #doc
            pub const #constant: #runtime::Column<Self, #ty> = #runtime::Column::at(#index);
        }
    });

    let relationship = |kind: &str,
                        constant: &str,
                        slot: Slot,
                        other: &str,
                        doc: Vec<String>|
     -> TokenStream {
        let constant = ident(constant);
        let index = match slot {
            Slot::Navigable(index) => Literal::usize_unsuffixed(index),
            Slot::Unresolved(index) => {
                let index = Literal::usize_unsuffixed(index);
                let doc = doc_attrs(&doc);
                return quote! {
                    #doc
                    pub const #constant: #runtime::Unresolved<Self> = #runtime::Unresolved::at(#index);
                };
            }
        };
        let kind_ident = ident(kind);
        let untyped = quote!(#runtime::Untyped);
        let make = |target: TokenStream| quote!(#runtime::nav::#kind_ident<Self, #target> = #runtime::nav::#kind_ident::at(#index));
        match unit.table(other) {
            Some(other_plan) if other_plan.table.logical_name == table.logical_name => {
                let typed = make(quote!(#type_name));
                let doc = doc_attrs(&doc);
                quote!(#doc pub const #constant: #typed;)
            }
            Some(other_plan) => {
                let typed = make(entity_path(unit, other));
                match feature_per_table {
                    true => {
                        let feature = other_plan.module.as_str();
                        let untyped = make(untyped);
                        let mut untyped_lines = doc.clone();
                        untyped_lines.extend([
                            String::new(),
                            format!(
                                "`{other}` is untyped here: enable feature `{feature}` to type it."
                            ),
                        ]);
                        let untyped_doc = doc_attrs(&untyped_lines);
                        let doc = doc_attrs(&doc);
                        quote! {
                            #[cfg(feature = #feature)]
                            #doc
                            pub const #constant: #typed;
                            #[cfg(not(feature = #feature))]
                            #untyped_doc
                            pub const #constant: #untyped;
                        }
                    }
                    false => {
                        let doc = doc_attrs(&doc);
                        quote!(#doc pub const #constant: #typed;)
                    }
                }
            }
            None => {
                let untyped = make(untyped);
                let doc = doc_attrs(&doc);
                quote!(#doc pub const #constant: #untyped;)
            }
        }
    };
    let one_to_many = plan.one_to_many.iter().map(|r| {
        let doc = docs::one_to_many(&table.one_to_many[r.index], r);
        relationship("OneToMany", &r.constant, r.slot, &r.other_table, doc)
    });
    let many_to_one = plan.many_to_one.iter().map(|r| {
        let doc = docs::many_to_one(&table.many_to_one[r.index], r);
        relationship("ManyToOne", &r.constant, r.slot, &r.other_table, doc)
    });
    let many_to_many = plan.many_to_many.iter().map(|r| {
        let doc = docs::many_to_many(&table.many_to_many[r.index], r);
        relationship("ManyToMany", &r.constant, r.slot, &r.other_table, doc)
    });

    let logical_doc = doc_attr(&format!(
        "The table's logical name: `{}`.",
        table.logical_name
    ));
    let entity_set_doc = doc_attr(&entity_set_doc);
    let primary_id_doc = doc_attr(&primary_id_doc);
    quote! {
        impl #type_name {
            #logical_doc
            pub const LOGICAL_NAME: &'static str = #logical_name;
            #entity_set_doc
            pub const ENTITY_SET_NAME: &'static str = #entity_set;
            #primary_id_doc
            pub const PRIMARY_ID_ATTRIBUTE: &'static str = #primary_id;
            /// The primary name column, when the table has one.
            pub const PRIMARY_NAME_ATTRIBUTE: Option<&'static str> = #primary_name;
            #(#columns)*
            #(#one_to_many)*
            #(#many_to_one)*
            #(#many_to_many)*
        }
    }
}

fn choice_enum(plan: &TablePlan, plan_enum: &EnumPlan, runtime: &TokenStream) -> TokenStream {
    let column = &plan.table.columns[plan_enum.column_index];
    let name = ident(&plan_enum.name);
    let unknown = ident(&plan_enum.unknown_variant);
    let docs = doc_attrs(&docs::choice_enum(plan, column));
    let variants = plan_enum.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let doc = doc_attr(&docs::variant(&v.option));
        quote!(#doc #variant,)
    });
    let value_arms = plan_enum.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let value = value_literal(v.option.value);
        quote!(#name::#variant => #value,)
    });
    let from_arms = plan_enum.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let value = value_literal(v.option.value);
        quote!(#value => #name::#variant,)
    });
    let label_arms = plan_enum.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let label = &v.option.label;
        quote!(#name::#variant => Some(#label),)
    });
    let extra = state_status_methods(plan, plan_enum, column);
    // Without options the matches would have one arm each (clippy's
    // match_single_binding); write them without `match`.
    let choice_methods = if plan_enum.variants.is_empty() {
        quote! {
            fn value(self) -> i32 {
                let #name::#unknown(value) = self;
                value
            }

            fn from_value(value: i32) -> Self {
                #name::#unknown(value)
            }

            fn label(self) -> Option<&'static str> {
                None
            }
        }
    } else {
        quote! {
            fn value(self) -> i32 {
                match self {
                    #(#value_arms)*
                    #name::#unknown(value) => value,
                }
            }

            fn from_value(value: i32) -> Self {
                match value {
                    #(#from_arms)*
                    other => #name::#unknown(other),
                }
            }

            fn label(self) -> Option<&'static str> {
                match self {
                    #(#label_arms)*
                    #name::#unknown(_) => None,
                }
            }
        }
    };
    quote! {
        #docs
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum #name {
            #(#variants)*
            /// A value that was not an option when this code was generated
            /// (organisations add options). Validation reports it.
            #unknown(i32),
        }

        impl #runtime::Choice for #name {
            #choice_methods
        }

        #extra
    }
}

/// Option values are `i32` in Dataverse; values that do not fit (hand-made
/// YAML) are clamped into range so the code still compiles, and then never
/// match a real value.
fn value_literal(value: i64) -> Literal {
    Literal::i32_unsuffixed(value.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32)
}

/// `state()` on a Status enum and `default_status()` on a State enum, when
/// the table has both.
fn state_status_methods(plan: &TablePlan, plan_enum: &EnumPlan, column: &Column) -> TokenStream {
    let other_kind = match column.column_type {
        ColumnType::Status => ColumnType::State,
        ColumnType::State => ColumnType::Status,
        _ => return quote!(),
    };
    let Some(other) = plan
        .enums
        .iter()
        .find(|e| plan.table.columns[e.column_index].column_type == other_kind)
    else {
        return quote!();
    };
    let name = ident(&plan_enum.name);
    let other_name = ident(&other.name);
    let other_unknown = ident(&other.unknown_variant);
    let arms: Vec<TokenStream> = plan_enum
        .variants
        .iter()
        .filter_map(|v| {
            let target = if other_kind == ColumnType::State {
                v.option.state
            } else {
                v.option.default_status
            }?;
            let variant = ident(&v.name);
            let target_variant = other
                .variants
                .iter()
                .find(|o| o.option.value == target)
                .map(|o| {
                    let o = ident(&o.name);
                    quote!(#other_name::#o)
                })
                .unwrap_or_else(|| {
                    let value = value_literal(target);
                    quote!(#other_name::#other_unknown(#value))
                });
            Some(quote!(#name::#variant => Some(#target_variant),))
        })
        .collect();
    if arms.is_empty() {
        return quote!();
    }
    let (method, doc_text) = if other_kind == ColumnType::State {
        (
            quote!(state),
            "The State (statecode) this status reason belongs to.",
        )
    } else {
        (
            quote!(default_status),
            "The default Status (statuscode) of this state.",
        )
    };
    let doc = doc_attr(doc_text);
    quote! {
        impl #name {
            #doc
            pub fn #method(self) -> Option<#other_name> {
                match self {
                    #(#arms)*
                    _ => None,
                }
            }
        }
    }
}

fn table_meta(plan: &TablePlan, runtime: &TokenStream) -> TokenStream {
    let table = &plan.table;
    let logical_name = &table.logical_name;
    let schema_name = table.schema_name.as_deref().unwrap_or(logical_name);
    let entity_set = &plan.entity_set_name;
    let primary_id = table.primary_id_attribute.as_deref().unwrap_or_default();
    let primary_name = option_str(table.primary_name_attribute.as_deref());
    let columns = plan
        .columns
        .iter()
        .map(|c| column_meta(&table.columns[c.index], c, runtime));
    let mut unresolved = Vec::new();
    let one_to_many: Vec<TokenStream> = plan
        .one_to_many
        .iter()
        .filter_map(|r| {
            let source = &table.one_to_many[r.index];
            let schema_name = &source.schema_name;
            let other = &r.other_table;
            let attribute = source
                .referencing_attribute
                .as_deref()
                .map(|column| quote!(.referencing_attribute(#column)));
            let Some(navigation) = &r.navigation_property else {
                unresolved.push(quote!(#runtime::meta::UnresolvedMeta::one_to_many(#schema_name, #other) #attribute));
                return None;
            };
            Some(quote!(#runtime::meta::OneToManyMeta::new(#schema_name, #other, #navigation) #attribute))
        })
        .collect();
    let many_to_one: Vec<TokenStream> = plan
        .many_to_one
        .iter()
        .filter_map(|r| {
            let source = &table.many_to_one[r.index];
            let schema_name = &source.schema_name;
            let other = &r.other_table;
            let attribute = r
                .referencing_attribute
                .as_deref()
                .map(|column| quote!(.referencing_attribute(#column)));
            let (navigation, assumed) = match &r.navigation {
                Navigation::Stated(name) => (name, None),
                Navigation::Convention(name) => (name, Some(quote!(.navigation_property_assumed()))),
                Navigation::Unknown => {
                    unresolved.push(quote!(#runtime::meta::UnresolvedMeta::many_to_one(#schema_name, #other) #attribute));
                    return None;
                }
            };
            Some(quote!(#runtime::meta::ManyToOneMeta::new(#schema_name, #other, #navigation) #attribute #assumed))
        })
        .collect();
    let many_to_many: Vec<TokenStream> = plan
        .many_to_many
        .iter()
        .filter_map(|r| {
            let source = &table.many_to_many[r.index];
            let schema_name = &source.schema_name;
            let intersect = source.intersect_entity_name.as_deref().unwrap_or_default();
            let other = &r.other_table;
            let Some(navigation) = &r.navigation_property else {
                unresolved.push(
                    quote!(#runtime::meta::UnresolvedMeta::many_to_many(#schema_name, #other)),
                );
                return None;
            };
            Some(quote! {
                #runtime::meta::ManyToManyMeta {
                    schema_name: #schema_name,
                    intersect_entity: #intersect,
                    other_entity: #other,
                    navigation_property: #navigation,
                }
            })
        })
        .collect();
    quote! {
        #runtime::TableMeta {
            logical_name: #logical_name,
            schema_name: #schema_name,
            entity_set_name: #entity_set,
            primary_id_attribute: #primary_id,
            primary_name_attribute: #primary_name,
            columns: &[#(#columns),*],
            one_to_many: &[#(#one_to_many),*],
            many_to_one: &[#(#many_to_one),*],
            many_to_many: &[#(#many_to_many),*],
            unresolved: &[#(#unresolved),*],
        }
    }
}

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(text) => quote!(Some(#text)),
        None => quote!(None),
    }
}

/// A column's metadata: `ColumnMeta::new` with its names, Type and kind,
/// then one `const` method call per property that differs from the
/// defaults (valid for create and update, nothing else set).
fn column_meta(column: &Column, plan: &ColumnPlan, runtime: &TokenStream) -> TokenStream {
    let logical_name = &column.logical_name;
    let schema_name = &column.schema_name;
    let column_type = column.column_type.as_str();
    let kind = ident(plan.kind.runtime_name());
    let mut calls = TokenStream::new();
    let required = match column.required_level {
        Some(RequiredLevel::Recommended) => Some("Recommended"),
        Some(RequiredLevel::ApplicationRequired) => Some("ApplicationRequired"),
        Some(RequiredLevel::SystemRequired) => Some("SystemRequired"),
        _ => None,
    };
    if let Some(level) = required.map(ident) {
        calls.extend(quote!(.required_level(#runtime::meta::RequiredLevel::#level)));
    }
    if !column.valid_for_create {
        calls.extend(quote!(.valid_for_create(false)));
    }
    if !column.valid_for_update {
        calls.extend(quote!(.valid_for_update(false)));
    }
    if let Some(max_length) = column.max_length.map(Literal::u64_unsuffixed) {
        calls.extend(quote!(.max_length(#max_length)));
    }
    if let Some(min) = &column.min_value {
        let text = min.as_str();
        calls.extend(quote!(.min_value(#text)));
    }
    if let Some(max) = &column.max_value {
        let text = max.as_str();
        calls.extend(quote!(.max_value(#text)));
    }
    if let Some(precision) = column.precision.map(Literal::u32_unsuffixed) {
        calls.extend(quote!(.precision(#precision)));
    }
    if !plan.targets.is_empty() {
        let targets = plan.targets.iter().map(|t| {
            let table = &t.table;
            let entity_set = &t.entity_set;
            let entity_set_assumed = (!t.entity_set_known).then(|| quote!(.entity_set_assumed()));
            let target = match &t.navigation {
                Navigation::Stated(name) => quote!(#runtime::meta::Target::new(#table, #entity_set, #name)),
                Navigation::Convention(name) => quote! {
                    #runtime::meta::Target::new(#table, #entity_set, #name).navigation_property_assumed()
                },
                Navigation::Unknown => quote! {
                    #runtime::meta::Target::without_navigation_property(#table, #entity_set)
                },
            };
            quote!(#target #entity_set_assumed)
        });
        calls.extend(quote!(.targets(&[#(#targets),*])));
    }
    if let Some(party) = &plan.party_list {
        let collection = &party.collection;
        let participation_type = Literal::i32_unsuffixed(party.participation_type);
        let addresses = party.accepts_addresses;
        calls.extend(quote!(.party_list(#collection, #participation_type, #addresses)));
    }
    if let Some(lookup) = &plan.type_of {
        calls.extend(quote!(.type_of(#lookup)));
    }
    let options: Vec<TokenStream> = if plan.kind == Kind::Boolean {
        Vec::new()
    } else {
        column
            .options
            .iter()
            .filter(|o| i32::try_from(o.value).is_ok())
            .map(|o| {
                let value = value_literal(o.value);
                let label = &o.label;
                let state = o.state.map(value_literal).map(|v| quote!(.state(#v)));
                let default_status = o
                    .default_status
                    .map(value_literal)
                    .map(|v| quote!(.default_status(#v)));
                quote!(#runtime::meta::OptionMeta::new(#value, #label) #state #default_status)
            })
            .collect()
    };
    if !options.is_empty() {
        calls.extend(quote!(.options(&[#(#options),*])));
    }
    quote! {
        #runtime::ColumnMeta::new(#logical_name, #schema_name, #column_type, #runtime::ColumnKind::#kind)
            #calls
    }
}

/// `pub mod <module> { ... }` for every table, for a single-file output.
pub fn unit_file(unit: &Unit, options: &Options) -> Result<TokenStream, GenerateError> {
    let modules = unit
        .tables
        .iter()
        .map(|plan| module_item(unit, plan, options))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(quote!(#(#modules)*))
}

/// `pub mod <module> { ... }` for one table.
pub fn module_item(
    unit: &Unit,
    plan: &TablePlan,
    options: &Options,
) -> Result<TokenStream, GenerateError> {
    let header = module_header(plan, options);
    let body = table_module(unit, plan, options)?;
    Ok(quote!(#header { #body }))
}

/// `#[cfg] #[doc] pub mod <module>` without its body, to wrap the items of
/// [`table_items`] in.
pub fn module_header(plan: &TablePlan, options: &Options) -> TokenStream {
    let module = ident(&plan.module);
    let doc = doc_attr(&docs::module(plan));
    let cfg = if options.feature_per_table {
        let feature = plan.module.as_str();
        quote!(#[cfg(feature = #feature)])
    } else {
        quote!()
    };
    quote! {
        #cfg
        #doc
        pub mod #module
    }
}

/// What `#[derive(Entity)]` expands to: the table's metadata (the same
/// static a generated module holds) and the same [`entity_impl`], inside a
/// `const _: () = { ... };` block so nothing leaks into the user's scope.
/// `tracked_files` are included with `include_bytes!` so that cargo
/// recompiles the user's crate when they change.
pub fn derived_entity(
    plan: &TablePlan,
    type_name: &Ident,
    fields: &[FieldBinding],
    runtime: &TokenStream,
    tracked_files: &[String],
) -> TokenStream {
    let meta = table_meta(plan, runtime);
    let meta_path = quote!(TABLE_META);
    let entity = entity_impl(runtime, type_name, &meta_path, fields);
    quote! {
        const _: () = {
            #(const _: &[u8] = include_bytes!(#tracked_files);)*

            static TABLE_META: #runtime::TableMeta = #meta;

            #entity
        };
    }
}
