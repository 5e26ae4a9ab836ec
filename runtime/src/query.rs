//! Query options for rows of `T`: `$select`, `$filter`, `$orderby`,
//! `$expand` (nested, with its own options), `$top` and `$count`, written
//! in the order they were first set, exactly as the Web API documents them.
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
//! use dataverse::Query;
//!
//! const NAME: Column<Account, String> = Column::at(0);
//! const REVENUE: Column<Account, Decimal> = Column::at(1);
//!
//! let query = Query::<Account>::new()
//!     .select((NAME, REVENUE))
//!     .filter(REVENUE.gt(100000))
//!     .order_by(NAME.desc())
//!     .top(3)
//!     .count();
//! assert_eq!(
//!     query.to_query_string(),
//!     "$select=name,revenue&$filter=revenue gt 100000&$orderby=name desc&$top=3&$count=true"
//! );
//! ```

use std::fmt;
use std::marker::PhantomData;

use crate::column::{Column, Selection};
use crate::filter::Filter;
use crate::nav::{ManyToOne, Navigation};
use crate::odata;

/// One system query option, in the order the caller first set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QueryOption {
    Select,
    Filter,
    OrderBy,
    Expand,
    Top,
    Count,
}

/// `$select`, `$filter`, `$orderby`, `$expand`, `$top` and `$count` for a
/// query of `T` rows.
pub struct Query<T> {
    order: Vec<QueryOption>,
    select: Vec<String>,
    filter: Option<Filter<T>>,
    order_by: Vec<String>,
    expand: Vec<String>,
    top: Option<u32>,
    count: bool,
    table: PhantomData<fn() -> T>,
}

impl<T> Default for Query<T> {
    fn default() -> Self {
        Query {
            order: Vec::new(),
            select: Vec::new(),
            filter: None,
            order_by: Vec::new(),
            expand: Vec::new(),
            top: None,
            count: false,
            table: PhantomData,
        }
    }
}

impl<T> Clone for Query<T> {
    fn clone(&self) -> Self {
        Query {
            order: self.order.clone(),
            select: self.select.clone(),
            filter: self.filter.clone(),
            order_by: self.order_by.clone(),
            expand: self.expand.clone(),
            top: self.top,
            count: self.count,
            table: PhantomData,
        }
    }
}

/// A `$orderby` item: a column, ascending or descending.
pub struct OrderBy<T> {
    name: String,
    direction: Option<&'static str>,
    table: PhantomData<fn() -> T>,
}

impl<T, V> Column<T, V> {
    /// `$orderby=<column> asc`.
    pub fn asc(self) -> OrderBy<T> {
        self.order(Some("asc"))
    }

    /// `$orderby=<column> desc`.
    pub fn desc(self) -> OrderBy<T> {
        self.order(Some("desc"))
    }

    fn order(self, direction: Option<&'static str>) -> OrderBy<T> {
        OrderBy {
            name: odata::query_name(&self.select_name()),
            direction,
            table: PhantomData,
        }
    }
}

/// A column alone orders ascending, written without a direction
/// (`$orderby=name`).
impl<T, V> From<Column<T, V>> for OrderBy<T> {
    fn from(column: Column<T, V>) -> Self {
        column.order(None)
    }
}

impl<T> Query<T> {
    /// No options.
    pub fn new() -> Self {
        Query::default()
    }

    fn mark(&mut self, option: QueryOption) {
        if !self.order.contains(&option) {
            self.order.push(option);
        }
    }

    /// Adds columns to `$select`: one column, a tuple of columns
    /// (`(Account::NAME, Account::REVENUE)`), or an array of columns of one
    /// type. Lookups are selected by their `_<name>_value` property.
    pub fn select(mut self, columns: impl Selection<T>) -> Self {
        let mut names = Vec::new();
        columns.select_names(&mut names);
        self.select
            .extend(names.iter().map(|name| odata::query_name(name)));
        self.mark(QueryOption::Select);
        self
    }

    /// Sets `$filter`; a second call joins the two with `and`.
    pub fn filter(mut self, filter: Filter<T>) -> Self {
        self.filter = Some(match self.filter.take() {
            Some(existing) => existing.and(filter),
            None => filter,
        });
        self.mark(QueryOption::Filter);
        self
    }

    /// Adds an item to `$orderby` (`Account::NAME`, `Account::NAME.desc()`).
    pub fn order_by(mut self, order: impl Into<OrderBy<T>>) -> Self {
        let order = order.into();
        self.order_by.push(match order.direction {
            Some(direction) => format!("{} {direction}", order.name),
            None => order.name,
        });
        self.mark(QueryOption::OrderBy);
        self
    }

    /// Adds a relationship to `$expand`, with options for the related rows
    /// (`Query::new()` for none). The Web API takes `$select` and
    /// `$expand` for every relationship, and `$filter`, `$orderby` and
    /// `$top` only for collection-valued ones (one-to-many, many-to-many).
    pub fn expand<N: Navigation<T>>(mut self, relationship: N, related: Query<N::Target>) -> Self {
        let options = related.options(";");
        let name = odata::query_name(relationship.navigation_property());
        self.expand.push(if options.is_empty() {
            name
        } else {
            format!("{name}({options})")
        });
        self.mark(QueryOption::Expand);
        self
    }

    /// Adds a lookup's reference to `$expand` (`primarycontactid/$ref`):
    /// each row carries `{"@odata.id": "<URL of the related row>"}` under
    /// the navigation property instead of the row's columns (read it with
    /// [`Retrieved::related_reference`](crate::Retrieved::related_reference)).
    /// The Web API takes `/$ref` only on single-valued (many-to-one)
    /// relationships, which is why this takes a [`ManyToOne`].
    ///
    /// ```
    /// # use dataverse::meta::{ColumnMeta, ManyToOneMeta, TableMeta};
    /// # use dataverse::{Column, ColumnKind, Entity, Untyped};
    /// # static TABLE: TableMeta = TableMeta { logical_name: "account", schema_name: "Account",
    /// #     entity_set_name: "accounts", primary_id_attribute: "accountid", primary_name_attribute: Some("name"),
    /// #     columns: &[ColumnMeta::new("name", "Name", "String", ColumnKind::Text)],
    /// #     one_to_many: &[],
    /// #     many_to_one: &[ManyToOneMeta::new("account_primary_contact", "contact", "primarycontactid")],
    /// #     many_to_many: &[], unresolved: &[] };
    /// # struct Account;
    /// # impl Entity for Account {
    /// #     const TABLE: &'static TableMeta = &TABLE;
    /// #     fn values(&self) -> Vec<(&'static ColumnMeta, dataverse::FieldValue<'_>)> { Vec::new() }
    /// #     fn from_record(_: &dataverse::Record<'_>) -> Result<Self, dataverse::DecodeError> { Ok(Account) }
    /// # }
    /// use dataverse::nav::ManyToOne;
    /// use dataverse::Query;
    ///
    /// const NAME: Column<Account, String> = Column::at(0);
    /// const PRIMARY_CONTACT: ManyToOne<Account, Untyped> = ManyToOne::at(0);
    ///
    /// let query = Query::<Account>::new().select(NAME).expand_ref(PRIMARY_CONTACT);
    /// assert_eq!(query.to_query_string(), "$select=name&$expand=primarycontactid/$ref");
    ///
    /// let url = "https://org.crm.dynamics.com/api/data/v9.2/contacts(00000000-0000-0000-0000-000000000001)";
    /// let record = Account::decode(&serde_json::json!({
    ///     "name": "Litware, Inc.",
    ///     "primarycontactid": {"@odata.id": url}
    /// }))
    /// .unwrap();
    /// assert_eq!(record.related_reference(PRIMARY_CONTACT), Some(url));
    /// ```
    pub fn expand_ref<To>(mut self, relationship: ManyToOne<T, To>) -> Self {
        self.expand.push(format!(
            "{}/$ref",
            odata::query_name(relationship.navigation_property())
        ));
        self.mark(QueryOption::Expand);
        self
    }

    /// `$top=n`: at most `n` rows.
    pub fn top(mut self, n: u32) -> Self {
        self.top = Some(n);
        self.mark(QueryOption::Top);
        self
    }

    /// `$count=true`: the response states how many rows match (up to
    /// 5,000), in `@odata.count`.
    pub fn count(mut self) -> Self {
        self.count = true;
        self.mark(QueryOption::Count);
        self
    }

    /// Whether no option is set.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The options as a query string (`$select=name&$top=3`), empty when
    /// none is set.
    pub fn to_query_string(&self) -> String {
        self.options("&")
    }

    fn options(&self, separator: &str) -> String {
        let mut parts = Vec::with_capacity(self.order.len());
        for option in &self.order {
            parts.push(match option {
                QueryOption::Select => format!("$select={}", self.select.join(",")),
                QueryOption::Filter => match &self.filter {
                    Some(filter) => format!("$filter={filter}"),
                    None => continue,
                },
                QueryOption::OrderBy => format!("$orderby={}", self.order_by.join(",")),
                QueryOption::Expand => format!("$expand={}", self.expand.join(",")),
                QueryOption::Top => match self.top {
                    Some(n) => format!("$top={n}"),
                    None => continue,
                },
                QueryOption::Count => "$count=true".to_string(),
            });
        }
        parts.join(separator)
    }
}

impl<T> fmt::Debug for Query<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Query({:?})", self.to_query_string())
    }
}

impl<T> fmt::Display for Query<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_query_string())
    }
}
