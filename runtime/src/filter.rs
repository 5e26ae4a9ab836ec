//! `$filter` expressions, typed by column: a text column offers `contains`,
//! a number `gt`, a choice compares with its enum, a lookup with an id.
//! Values are literals, never code (see [`crate::odata`]).
//!
//! ```
//! # use dataverse::meta::{ColumnMeta, TableMeta};
//! # use dataverse::{Column, ColumnKind, Entity};
//! # static TABLE: TableMeta = TableMeta { logical_name: "account", schema_name: "Account",
//! #     entity_set_name: "accounts", primary_id_attribute: "accountid", primary_name_attribute: Some("name"),
//! #     columns: &[ColumnMeta::new("name", "Name", "String", ColumnKind::Text),
//! #                ColumnMeta::new("revenue", "Revenue", "Money", ColumnKind::Money)],
//! #     one_to_many: &[], many_to_one: &[], many_to_many: &[], unresolved: &[] };
//! # struct Account;
//! # impl Entity for Account {
//! #     const TABLE: &'static TableMeta = &TABLE;
//! #     fn values(&self) -> Vec<(&'static ColumnMeta, dataverse::FieldValue<'_>)> { Vec::new() }
//! #     fn from_record(_: &dataverse::Record<'_>) -> Result<Self, dataverse::DecodeError> { Ok(Account) }
//! # }
//! # use dataverse::types::Decimal;
//! const NAME: Column<Account, String> = Column::at(0);
//! const REVENUE: Column<Account, Decimal> = Column::at(1);
//!
//! let filter = (NAME.contains("sample") | NAME.contains("test")) & REVENUE.gt(5000);
//! assert_eq!(
//!     filter.to_string(),
//!     "(contains(name,'sample') or contains(name,'test')) and revenue gt 5000"
//! );
//! // Hostile text stays a literal:
//! assert_eq!(NAME.eq("' or 1 eq 1").to_string(), "name eq ''' or 1 eq 1'");
//! ```

use std::fmt;
use std::marker::PhantomData;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::column::Column;
use crate::entity::Entity;
use crate::nav::{ManyToMany, ManyToOne, OneToMany};
use crate::odata;
use crate::reference::{EntityRef, Ref};
use crate::value::{Choice, Choices};

/// A `$filter` expression over rows of `T`.
pub struct Filter<T> {
    expr: Expr,
    table: PhantomData<fn() -> T>,
}

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    /// `<operand> <op> <literal>`.
    Compare {
        operand: String,
        op: &'static str,
        literal: String,
    },
    /// `<operand> <op> <operand>` (two columns of one row).
    CompareColumns {
        left: String,
        op: &'static str,
        right: String,
    },
    /// `contains(<operand>,<literal>)` and the other OData string functions.
    StringFunction {
        name: &'static str,
        operand: String,
        literal: String,
    },
    /// `Microsoft.Dynamics.CRM.<name>(PropertyName='<operand>'[,<parameter>])`.
    QueryFunction {
        name: String,
        operand: String,
        parameter: Option<String>,
    },
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    /// Parentheses the caller asked for.
    Group(Box<Expr>),
    /// `<navigation>/any(x:<body>)`, `<navigation>/all(x:<body>)`;
    /// `<navigation>/any()` without a body.
    Lambda {
        navigation: String,
        operator: &'static str,
        /// The first letter of the related table's logical name (the
        /// documented convention), told apart from enclosing variables.
        variable: char,
        body: Option<Box<Expr>>,
    },
    /// `<navigation>/<body operands>`: a condition on the row a lookup
    /// points at.
    Related {
        navigation: String,
        body: Box<Expr>,
    },
}

impl<T> Filter<T> {
    fn new(expr: Expr) -> Self {
        Filter {
            expr,
            table: PhantomData,
        }
    }

    /// `self and other` (also `self & other`).
    pub fn and(self, other: Filter<T>) -> Filter<T> {
        Filter::new(Expr::And(Box::new(self.expr), Box::new(other.expr)))
    }

    /// `self or other` (also `self | other`).
    pub fn or(self, other: Filter<T>) -> Filter<T> {
        Filter::new(Expr::Or(Box::new(self.expr), Box::new(other.expr)))
    }

    /// `(self)`: parentheses where none are needed, to write a query the
    /// way a document does. Parentheses that precedence needs are always
    /// written.
    pub fn group(self) -> Filter<T> {
        Filter::new(Expr::Group(Box::new(self.expr)))
    }

    /// Every filter of `filters` joined with `and`; `None` when there are
    /// none.
    pub fn all_of(filters: impl IntoIterator<Item = Filter<T>>) -> Option<Filter<T>> {
        filters.into_iter().reduce(Filter::and)
    }

    /// Every filter of `filters` joined with `or`; `None` when there are
    /// none.
    pub fn any_of(filters: impl IntoIterator<Item = Filter<T>>) -> Option<Filter<T>> {
        filters.into_iter().reduce(Filter::or)
    }
}

impl<T> Clone for Filter<T> {
    fn clone(&self) -> Self {
        Filter::new(self.expr.clone())
    }
}

impl<T> PartialEq for Filter<T> {
    fn eq(&self, other: &Self) -> bool {
        self.expr == other.expr
    }
}

impl<T> std::ops::BitAnd for Filter<T> {
    type Output = Filter<T>;
    fn bitand(self, other: Filter<T>) -> Filter<T> {
        self.and(other)
    }
}

impl<T> std::ops::BitOr for Filter<T> {
    type Output = Filter<T>;
    fn bitor(self, other: Filter<T>) -> Filter<T> {
        self.or(other)
    }
}

/// `!filter` is `not <filter>`.
impl<T> std::ops::Not for Filter<T> {
    type Output = Filter<T>;
    fn not(self) -> Filter<T> {
        Filter::new(Expr::Not(Box::new(self.expr)))
    }
}

/// The expression as `$filter` writes it.
impl<T> fmt::Display for Filter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.expr.write(&mut out, &Scope::default());
        f.write_str(&out)
    }
}

impl<T> fmt::Debug for Filter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Filter({self})")
    }
}

/// Where an expression is written: the segments before its operands (`o`
/// in a lambda, `primarycontactid` under a lookup) and the lambda
/// variables in use around it. Names are kept as metadata gives them and
/// encoded as they are written.
#[derive(Default, Clone)]
struct Scope {
    prefix: Vec<String>,
    variables: Vec<String>,
}

impl Scope {
    /// The operand as an expression writes it: `o/_primarycontactid_value`,
    /// each segment encoded.
    fn operand(&self, name: &str) -> String {
        let mut out = String::new();
        for segment in &self.prefix {
            out.push_str(&odata::query_name(segment));
            out.push('/');
        }
        out.push_str(&odata::query_name(name));
        out
    }

    /// The operand as a function's `PropertyName` literal: quoted, the
    /// whole path one string.
    fn property_name(&self, name: &str) -> String {
        let mut path = self.prefix.join("/");
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str(name);
        odata::query_string_literal(&path)
    }

    fn within(&self, segment: String) -> Scope {
        let mut inner = self.clone();
        inner.prefix.push(segment);
        inner
    }
}

/// Binding strength, for parentheses: `or` < `and` < `not` < the rest.
fn precedence(expr: &Expr) -> u8 {
    match expr {
        Expr::Or(..) => 1,
        Expr::And(..) => 2,
        Expr::Not(..) => 3,
        _ => 4,
    }
}

impl Expr {
    fn write(&self, out: &mut String, scope: &Scope) {
        match self {
            Expr::Compare {
                operand,
                op,
                literal,
            } => {
                out.push_str(&scope.operand(operand));
                out.push(' ');
                out.push_str(op);
                out.push(' ');
                out.push_str(literal);
            }
            Expr::CompareColumns { left, op, right } => {
                out.push_str(&scope.operand(left));
                out.push(' ');
                out.push_str(op);
                out.push(' ');
                out.push_str(&scope.operand(right));
            }
            Expr::StringFunction {
                name,
                operand,
                literal,
            } => {
                out.push_str(name);
                out.push('(');
                out.push_str(&scope.operand(operand));
                out.push(',');
                out.push_str(literal);
                out.push(')');
            }
            Expr::QueryFunction {
                name,
                operand,
                parameter,
            } => {
                out.push_str("Microsoft.Dynamics.CRM.");
                out.push_str(name);
                out.push_str("(PropertyName=");
                out.push_str(&scope.property_name(operand));
                if let Some(parameter) = parameter {
                    out.push(',');
                    out.push_str(parameter);
                }
                out.push(')');
            }
            Expr::And(left, right) => self.write_binary(out, scope, left, " and ", right),
            Expr::Or(left, right) => self.write_binary(out, scope, left, " or ", right),
            Expr::Not(inner) => {
                out.push_str("not ");
                write_child(out, scope, inner, precedence(self));
            }
            Expr::Group(inner) => {
                out.push('(');
                inner.write(out, scope);
                out.push(')');
            }
            Expr::Lambda {
                navigation,
                operator,
                variable,
                body,
            } => {
                out.push_str(&scope.operand(navigation));
                out.push('/');
                out.push_str(operator);
                out.push('(');
                if let Some(body) = body {
                    let name = unused_variable(*variable, &scope.variables);
                    // Inside the lambda, operands are the variable's.
                    let mut inner = Scope {
                        prefix: vec![name.clone()],
                        variables: scope.variables.clone(),
                    };
                    inner.variables.push(name.clone());
                    out.push_str(&name);
                    out.push(':');
                    body.write(out, &inner);
                }
                out.push(')');
            }
            Expr::Related { navigation, body } => {
                body.write(out, &scope.within(navigation.clone()));
            }
        }
    }

    fn write_binary(&self, out: &mut String, scope: &Scope, left: &Expr, op: &str, right: &Expr) {
        let own = precedence(self);
        write_child(out, scope, left, own);
        out.push_str(op);
        write_child(out, scope, right, own);
    }
}

fn write_child(out: &mut String, scope: &Scope, child: &Expr, parent: u8) {
    // A condition under a lookup (`primarycontactid/...`) is written with
    // the precedence of what it holds.
    let effective = match child {
        Expr::Related { body, .. } => precedence(body),
        other => precedence(other),
    };
    if effective < parent {
        out.push('(');
        child.write(out, scope);
        out.push(')');
    } else {
        child.write(out, scope);
    }
}

/// `t`, or `t1`, `t2`, ... when an enclosing lambda uses `t`.
fn unused_variable(letter: char, taken: &[String]) -> String {
    let base = letter.to_string();
    if !taken.contains(&base) {
        return base;
    }
    (1..)
        .map(|n| format!("{letter}{n}"))
        .find(|name| !taken.contains(name))
        .expect("an unused name exists")
}

/// A Rust type whose column can be compared with a value in `$filter`.
///
/// Implemented for the field types of generated code: text, numbers,
/// decimals, Booleans, dates, GUIDs, choice enums (compared by value) and
/// lookups (compared by the id of the row they point at).
pub trait FilterValue {
    /// What a comparison takes: `String` for text, `Uuid` for a lookup, the
    /// enum for a choice, the type itself otherwise.
    type Arg;
    /// The literal in a query option (`'text'`, `42`, `2024-05-01`).
    fn query_literal(value: &Self::Arg) -> String;
    /// The value as plain text, for query functions' array parameters
    /// (`PropertyValues=["5","2000"]`).
    fn plain_text(value: &Self::Arg) -> String;
}

/// A [`FilterValue`] with an order: `lt`, `le`, `gt`, `ge` and `between`
/// apply.
pub trait Ordered: FilterValue {}

impl FilterValue for String {
    type Arg = String;
    fn query_literal(value: &String) -> String {
        odata::query_string_literal(value)
    }
    fn plain_text(value: &String) -> String {
        value.clone()
    }
}

macro_rules! display_value {
    ($($ty:ty => $literal:expr),* $(,)?) => {
        $(
            impl FilterValue for $ty {
                type Arg = $ty;
                fn query_literal(value: &$ty) -> String {
                    $literal(value)
                }
                fn plain_text(value: &$ty) -> String {
                    $literal(value)
                }
            }
        )*
    };
}

display_value! {
    i32 => |n: &i32| n.to_string(),
    i64 => |n: &i64| n.to_string(),
    f64 => |n: &f64| odata::double_literal(*n),
    Decimal => odata::decimal_literal,
    bool => |b: &bool| b.to_string(),
    DateTime<Utc> => odata::date_time_literal,
    NaiveDate => odata::date_literal,
    Uuid => odata::guid_literal,
}

impl Ordered for i32 {}
impl Ordered for i64 {}
impl Ordered for f64 {}
impl Ordered for Decimal {}
impl Ordered for DateTime<Utc> {}
impl Ordered for NaiveDate {}

impl<C: Choice> FilterValue for C {
    type Arg = C;
    fn query_literal(value: &C) -> String {
        value.value().to_string()
    }
    fn plain_text(value: &C) -> String {
        value.value().to_string()
    }
}

impl FilterValue for EntityRef {
    type Arg = Uuid;
    fn query_literal(id: &Uuid) -> String {
        odata::guid_literal(id)
    }
    fn plain_text(id: &Uuid) -> String {
        odata::guid_literal(id)
    }
}

impl<R> FilterValue for Ref<R> {
    type Arg = Uuid;
    fn query_literal(id: &Uuid) -> String {
        odata::guid_literal(id)
    }
    fn plain_text(id: &Uuid) -> String {
        odata::guid_literal(id)
    }
}

/// A value for a Dataverse query function's `PropertyValue` parameter
/// (`Microsoft.Dynamics.CRM.LastXDays(PropertyName='createdon',PropertyValue=7)`).
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionValue {
    /// A whole number, written bare.
    Integer(i64),
    /// Text, written as a quoted literal.
    Text(String),
}

impl From<i32> for FunctionValue {
    fn from(n: i32) -> Self {
        FunctionValue::Integer(n.into())
    }
}

impl From<i64> for FunctionValue {
    fn from(n: i64) -> Self {
        FunctionValue::Integer(n)
    }
}

impl From<&str> for FunctionValue {
    fn from(text: &str) -> Self {
        FunctionValue::Text(text.to_string())
    }
}

impl From<String> for FunctionValue {
    fn from(text: String) -> Self {
        FunctionValue::Text(text)
    }
}

impl From<Uuid> for FunctionValue {
    fn from(id: Uuid) -> Self {
        FunctionValue::Text(odata::guid_literal(&id))
    }
}

fn json_array(values: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = values
        .into_iter()
        .map(|v| odata::query_json_string(&v))
        .collect();
    format!("[{}]", items.join(","))
}

impl<T, V> Column<T, V> {
    fn compare(self, op: &'static str, literal: String) -> Filter<T> {
        Filter::new(Expr::Compare {
            operand: self.select_name(),
            op,
            literal,
        })
    }

    fn query_function_expr(self, name: &str, parameter: Option<String>) -> Filter<T> {
        Filter::new(Expr::QueryFunction {
            name: odata::query_name(name),
            operand: self.select_name(),
            parameter,
        })
    }

    /// `<column> eq null`: the column has no value.
    pub fn is_null(self) -> Filter<T> {
        self.compare("eq", "null".into())
    }

    /// `<column> ne null`: the column has a value.
    pub fn is_not_null(self) -> Filter<T> {
        self.compare("ne", "null".into())
    }

    /// A Dataverse query function with no value:
    /// `Microsoft.Dynamics.CRM.Today(PropertyName='createdon')`. See the
    /// Web API's query function reference for the names (`Today`,
    /// `ThisMonth`, `EqualUserId`, ...).
    pub fn query_function(self, name: &str) -> Filter<T> {
        self.query_function_expr(name, None)
    }

    /// A Dataverse query function with one value:
    /// `Microsoft.Dynamics.CRM.LastXDays(PropertyName='createdon',PropertyValue=7)`.
    pub fn query_function_with(self, name: &str, value: impl Into<FunctionValue>) -> Filter<T> {
        let literal = match value.into() {
            FunctionValue::Integer(n) => n.to_string(),
            FunctionValue::Text(text) => odata::query_string_literal(&text),
        };
        self.query_function_expr(name, Some(format!("PropertyValue={literal}")))
    }
}

impl<T, V: FilterValue> Column<T, V> {
    /// `<column> eq <value>`.
    pub fn eq(self, value: impl Into<V::Arg>) -> Filter<T> {
        self.compare("eq", V::query_literal(&value.into()))
    }

    /// `<column> ne <value>`.
    pub fn ne(self, value: impl Into<V::Arg>) -> Filter<T> {
        self.compare("ne", V::query_literal(&value.into()))
    }

    /// `Microsoft.Dynamics.CRM.In(PropertyName='<column>',PropertyValues=[...])`:
    /// the column has one of the values.
    pub fn is_in<A: Into<V::Arg>>(self, values: impl IntoIterator<Item = A>) -> Filter<T> {
        self.values_function("In", values)
    }

    /// `Microsoft.Dynamics.CRM.NotIn(...)`: the column has none of the
    /// values.
    pub fn not_in<A: Into<V::Arg>>(self, values: impl IntoIterator<Item = A>) -> Filter<T> {
        self.values_function("NotIn", values)
    }

    /// `<column> eq <other column>` (two columns of the same row and type).
    pub fn eq_column(self, other: Column<T, V>) -> Filter<T> {
        self.compare_column("eq", other)
    }

    /// `<column> ne <other column>`.
    pub fn ne_column(self, other: Column<T, V>) -> Filter<T> {
        self.compare_column("ne", other)
    }

    fn compare_column(self, op: &'static str, other: Column<T, V>) -> Filter<T> {
        Filter::new(Expr::CompareColumns {
            left: self.select_name(),
            op,
            right: other.select_name(),
        })
    }

    fn values_function<A: Into<V::Arg>>(
        self,
        name: &str,
        values: impl IntoIterator<Item = A>,
    ) -> Filter<T> {
        let array = json_array(values.into_iter().map(|v| V::plain_text(&v.into())));
        self.query_function_expr(name, Some(format!("PropertyValues={array}")))
    }
}

impl<T, V: Ordered> Column<T, V> {
    /// `<column> lt <value>`.
    pub fn lt(self, value: impl Into<V::Arg>) -> Filter<T> {
        self.compare("lt", V::query_literal(&value.into()))
    }

    /// `<column> le <value>`.
    pub fn le(self, value: impl Into<V::Arg>) -> Filter<T> {
        self.compare("le", V::query_literal(&value.into()))
    }

    /// `<column> gt <value>`.
    pub fn gt(self, value: impl Into<V::Arg>) -> Filter<T> {
        self.compare("gt", V::query_literal(&value.into()))
    }

    /// `<column> ge <value>`.
    pub fn ge(self, value: impl Into<V::Arg>) -> Filter<T> {
        self.compare("ge", V::query_literal(&value.into()))
    }

    /// `<column> gt <other column>` (and the other comparisons of two
    /// columns: `lt_column`, `le_column`, `ge_column`).
    pub fn gt_column(self, other: Column<T, V>) -> Filter<T> {
        self.compare_column("gt", other)
    }

    /// `<column> ge <other column>`.
    pub fn ge_column(self, other: Column<T, V>) -> Filter<T> {
        self.compare_column("ge", other)
    }

    /// `<column> lt <other column>`.
    pub fn lt_column(self, other: Column<T, V>) -> Filter<T> {
        self.compare_column("lt", other)
    }

    /// `<column> le <other column>`.
    pub fn le_column(self, other: Column<T, V>) -> Filter<T> {
        self.compare_column("le", other)
    }

    /// `Microsoft.Dynamics.CRM.Between(PropertyName='<column>',PropertyValues=["<low>","<high>"])`.
    pub fn between(self, low: impl Into<V::Arg>, high: impl Into<V::Arg>) -> Filter<T> {
        self.values_function("Between", [low.into(), high.into()])
    }

    /// `Microsoft.Dynamics.CRM.NotBetween(...)`.
    pub fn not_between(self, low: impl Into<V::Arg>, high: impl Into<V::Arg>) -> Filter<T> {
        self.values_function("NotBetween", [low.into(), high.into()])
    }
}

impl<T> Column<T, String> {
    fn string_function(self, name: &'static str, text: &str) -> Filter<T> {
        Filter::new(Expr::StringFunction {
            name,
            operand: self.select_name(),
            literal: odata::query_string_literal(text),
        })
    }

    /// `contains(<column>,'<text>')` (case-insensitive).
    pub fn contains(self, text: impl AsRef<str>) -> Filter<T> {
        self.string_function("contains", text.as_ref())
    }

    /// `startswith(<column>,'<text>')`.
    pub fn starts_with(self, text: impl AsRef<str>) -> Filter<T> {
        self.string_function("startswith", text.as_ref())
    }

    /// `endswith(<column>,'<text>')`.
    pub fn ends_with(self, text: impl AsRef<str>) -> Filter<T> {
        self.string_function("endswith", text.as_ref())
    }
}

impl<T, E: Choice> Column<T, Choices<E>> {
    fn choices_function(self, name: &str, values: impl IntoIterator<Item = E>) -> Filter<T> {
        let array = json_array(values.into_iter().map(|c| c.value().to_string()));
        self.query_function_expr(name, Some(format!("PropertyValues={array}")))
    }

    /// `Microsoft.Dynamics.CRM.ContainValues(...)`: the multi-select column
    /// holds at least one of the values.
    pub fn contain_values(self, values: impl IntoIterator<Item = E>) -> Filter<T> {
        self.choices_function("ContainValues", values)
    }

    /// `Microsoft.Dynamics.CRM.DoesNotContainValues(...)`: the column holds
    /// none of the values.
    pub fn does_not_contain_values(self, values: impl IntoIterator<Item = E>) -> Filter<T> {
        self.choices_function("DoesNotContainValues", values)
    }
}

fn lambda_letter(table: &str) -> char {
    table
        .chars()
        .next()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .unwrap_or('o')
}

macro_rules! collection_lambdas {
    ($name:ident) => {
        impl<From, To: Entity> $name<From, To> {
            fn lambda(self, operator: &'static str, body: Option<Filter<To>>) -> Filter<From> {
                Filter::new(Expr::Lambda {
                    navigation: self.meta().navigation_property.to_string(),
                    operator,
                    variable: lambda_letter(To::TABLE.logical_name),
                    body: body.map(|f| Box::new(f.expr)),
                })
            }

            /// `<navigation>/any(x:<filter>)`: at least one related row
            /// matches.
            pub fn any(self, filter: Filter<To>) -> Filter<From> {
                self.lambda("any", Some(filter))
            }

            /// `<navigation>/all(x:<filter>)`: every related row matches.
            pub fn all(self, filter: Filter<To>) -> Filter<From> {
                self.lambda("all", Some(filter))
            }

            /// `<navigation>/any()`: there is at least one related row.
            pub fn exists(self) -> Filter<From> {
                self.lambda("any", None)
            }
        }
    };
}

collection_lambdas!(OneToMany);
collection_lambdas!(ManyToMany);

impl<From, To: Entity> ManyToOne<From, To> {
    /// A condition on the row the lookup points at:
    /// `primarycontactid/fullname eq 'Susanna Stubberod (sample)'`.
    pub fn has(self, filter: Filter<To>) -> Filter<From> {
        Filter::new(Expr::Related {
            navigation: self.meta().navigation_property.to_string(),
            body: Box::new(filter.expr),
        })
    }
}
