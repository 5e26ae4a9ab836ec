//! Reads: retrieve one record, retrieve many (the collection envelope with
//! its next link and count), and the related records a response expanded.
//!
//! ```
//! # use dataverse::meta::{ColumnMeta, TableMeta};
//! # use dataverse::{Column, ColumnKind, Entity, Field, Record, DecodeError};
//! # static TABLE: TableMeta = TableMeta { logical_name: "account", schema_name: "Account",
//! #     entity_set_name: "accounts", primary_id_attribute: "accountid", primary_name_attribute: Some("name"),
//! #     columns: &[ColumnMeta::new("name", "Name", "String", ColumnKind::Text)],
//! #     one_to_many: &[], many_to_one: &[], many_to_many: &[], unresolved: &[] };
//! # #[derive(Debug, Default, PartialEq)]
//! # struct Account { name: Option<String> }
//! # impl Entity for Account {
//! #     const TABLE: &'static TableMeta = &TABLE;
//! #     fn values(&self) -> Vec<(&'static ColumnMeta, dataverse::FieldValue<'_>)> { Vec::new() }
//! #     fn from_record(r: &Record<'_>) -> Result<Self, DecodeError> {
//! #         Ok(Account { name: Field::decode(r, &TABLE.columns[0])? })
//! #     }
//! # }
//! use dataverse::read::RetrieveMultiple;
//! use dataverse::request::{Operation, Response};
//! use dataverse::Query;
//!
//! const NAME: Column<Account, String> = Column::at(0);
//!
//! let operation = RetrieveMultiple::<Account>::new(Query::new().select(NAME).top(3))
//!     .max_page_size(2);
//! let request = operation.to_request().unwrap();
//! assert_eq!(request.path_and_query(), "/accounts?$select=name&$top=3");
//! assert_eq!(request.header("Prefer"), Some("odata.maxpagesize=2"));
//!
//! let body = br#"{"value":[{"name":"Fourth Coffee"},{"name":"Litware"}],
//!                 "@odata.nextLink":"https://org.crm.dynamics.com/api/data/v9.2/accounts?$select=name&$skiptoken=x"}"#;
//! let page = operation.parse_response(&Response::new(200, body.to_vec())).unwrap();
//! assert_eq!(page.records[1].entity.name.as_deref(), Some("Litware"));
//! let next = operation.next_page(page.next_link.as_deref().unwrap()).unwrap();
//! assert_eq!(next.to_request().unwrap().path_and_query(), "/accounts?$select=name&$skiptoken=x");
//! ```

use std::borrow::Cow;
use std::marker::PhantomData;

use serde_json::Value;
use uuid::Uuid;

use crate::entity::Entity;
use crate::error::{check_status, ResponseError};
use crate::key::Key;
use crate::meta::TableMeta;
use crate::nav::{
    CollectionPath, ManyToMany, ManyToOne, Navigation, OneToMany, RecordPath, Untyped,
};
use crate::query::Query;
use crate::record::{DecodeError, Retrieved, LOOKUP_LOGICAL_NAME};
use crate::request::{header, Method, Operation, Request, Response};
use crate::validate::ValidationError;

/// The annotations every value may carry (`Prefer:
/// odata.include-annotations="*"`): formatted values, lookup tables,
/// associated navigation properties.
pub const ALL_ANNOTATIONS: &str = "*";
/// The formatted-value annotation alone.
pub const FORMATTED_VALUES: &str = "OData.Community.Display.V1.FormattedValue";

/// One page of a collection: the records, the link to the next page, and
/// the count when `$count=true` asked for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The records of this page, in the order received.
    pub records: Vec<Retrieved<T>>,
    /// `@odata.nextLink`: the URL of the next page, when there is one.
    pub next_link: Option<String>,
    /// `@odata.count`: how many records match (at most 5,000).
    pub count: Option<u64>,
    /// `@Microsoft.Dynamics.CRM.totalrecordcount`: the count the service
    /// reports with `Prefer: odata.include-annotations` asking for it
    /// (5,000 when there are more, `-1` without `$count=true`).
    pub total_record_count: Option<i64>,
    /// `@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded`: whether
    /// more records match than the service counts.
    pub total_record_count_limit_exceeded: Option<bool>,
}

/// The annotation holding the service's record count.
pub const TOTAL_RECORD_COUNT: &str = "@Microsoft.Dynamics.CRM.totalrecordcount";
/// The annotation telling whether more records match than were counted.
pub const TOTAL_RECORD_COUNT_LIMIT_EXCEEDED: &str =
    "@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded";

impl<T: Entity> Page<T> {
    /// Decodes a collection envelope (`{"value": [...], "@odata.nextLink":
    /// ..., "@odata.count": ...}`); an error naming the record's position
    /// when one does not decode, and when `json` is not an envelope.
    pub fn decode(json: &Value) -> Result<Page<T>, DecodeError> {
        let not_envelope = |what: &str| DecodeError {
            column: None,
            message: format!(
                "a collection of `{}` records (`{{\"value\": [...]}}`) was expected, found {what}",
                T::TABLE.logical_name
            ),
        };
        let object = json
            .as_object()
            .ok_or_else(|| not_envelope("something that is not an object"))?;
        let values = match object.get("value") {
            Some(Value::Array(values)) => values,
            Some(_) => return Err(not_envelope("a `value` that is not an array")),
            None => return Err(not_envelope("no `value`")),
        };
        let records = values
            .iter()
            .enumerate()
            .map(|(index, record)| {
                T::decode(record).map_err(|error| DecodeError {
                    column: error.column,
                    message: format!("record {index}: {}", error.message),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Page {
            records,
            next_link: object
                .get("@odata.nextLink")
                .and_then(Value::as_str)
                .map(str::to_string),
            count: object.get("@odata.count").and_then(Value::as_u64),
            total_record_count: object.get(TOTAL_RECORD_COUNT).and_then(Value::as_i64),
            total_record_count_limit_exceeded: object
                .get(TOTAL_RECORD_COUNT_LIMIT_EXCEEDED)
                .and_then(Value::as_bool),
        })
    }
}

/// The path and query of a link the server returned
/// (`https://org.crm.dynamics.com/api/data/v9.2/accounts?$skiptoken=...`),
/// relative to the service root (`/accounts`, `$skiptoken=...`). An error
/// when the link does not point into a Web API service root.
pub fn relative_link(link: &str) -> Result<(String, String), ResponseError> {
    let unexpected = || ResponseError::Unexpected {
        status: 200,
        message: format!(
            "the link {link:?} is not under a Web API service root (`.../api/data/v9.x/`)"
        ),
    };
    let start = link.find("/api/data/v").ok_or_else(unexpected)?;
    let after_version = &link[start + "/api/data/v".len()..];
    let slash = after_version.find('/').ok_or_else(unexpected)?;
    let relative = &after_version[slash..];
    Ok(match relative.split_once('?') {
        Some((path, query)) => (path.to_string(), query.to_string()),
        None => (relative.to_string(), String::new()),
    })
}

/// Read preferences shared by retrieve operations.
#[derive(Debug, Clone, Default, PartialEq)]
struct ReadOptions {
    annotations: Option<String>,
}

impl ReadOptions {
    fn apply(&self, request: &mut Request) {
        if let Some(annotations) = &self.annotations {
            request.add_preference(&format!("odata.include-annotations=\"{annotations}\""));
        }
    }
}

/// Retrieve one record: `GET /accounts(<key>)?$select=...&$expand=...`.
pub struct Retrieve<T> {
    path: String,
    query: Query<T>,
    options: ReadOptions,
    if_none_match: Option<String>,
}

impl<T: Entity> Retrieve<T> {
    /// The record with this key (a `Uuid` or a [`Key`]).
    pub fn new(key: impl Into<Key<T>>, query: Query<T>) -> Self {
        Retrieve::at(T::path(key), query)
    }

    /// The record a path leads to (`Account::path(id).nav(...)`).
    pub fn at(path: RecordPath<T>, query: Query<T>) -> Self {
        Retrieve {
            path: path.as_str().to_string(),
            query,
            options: ReadOptions::default(),
            if_none_match: None,
        }
    }
}

impl<T> Retrieve<T> {
    /// `Prefer: odata.include-annotations="<annotations>"`: `"*"`
    /// ([`ALL_ANNOTATIONS`]) or a comma-separated list such as
    /// [`FORMATTED_VALUES`]. Formatted values, and the table of a lookup
    /// with several targets, come only with annotations.
    pub fn annotations(mut self, annotations: &str) -> Self {
        self.options.annotations = Some(annotations.to_string());
        self
    }

    /// Only when the record changed since `etag` (`If-None-Match`): the
    /// output is `None` when it did not (304 Not Modified).
    pub fn if_changed_since(self, etag: &str) -> RetrieveIfChanged<T> {
        RetrieveIfChanged(Retrieve {
            if_none_match: Some(etag.to_string()),
            ..self
        })
    }

    fn request(&self) -> Request {
        let mut request =
            Request::new(Method::Get, self.path.clone()).with_query(self.query.to_query_string());
        self.options.apply(&mut request);
        if let Some(etag) = &self.if_none_match {
            request.set_header(header::IF_NONE_MATCH, etag.clone());
        }
        request
    }
}

impl<T: Entity> Operation for Retrieve<T> {
    type Output = Retrieved<T>;

    fn to_request(&self) -> Result<Request, ValidationError> {
        Ok(self.request())
    }

    fn parse_response(&self, response: &Response) -> Result<Retrieved<T>, ResponseError> {
        check_status(response)?;
        Ok(T::decode(&response.json()?)?)
    }
}

/// [`Retrieve`] with `If-None-Match`: `None` when the record is unchanged.
pub struct RetrieveIfChanged<T>(Retrieve<T>);

impl<T: Entity> Operation for RetrieveIfChanged<T> {
    type Output = Option<Retrieved<T>>;

    fn to_request(&self) -> Result<Request, ValidationError> {
        Ok(self.0.request())
    }

    fn parse_response(&self, response: &Response) -> Result<Option<Retrieved<T>>, ResponseError> {
        if response.status == 304 {
            return Ok(None);
        }
        self.0.parse_response(response).map(Some)
    }
}

/// Retrieve many records: `GET /accounts?$filter=...`, one page at a time.
pub struct RetrieveMultiple<T> {
    path: String,
    query: String,
    options: ReadOptions,
    max_page_size: Option<u32>,
    table: PhantomData<fn() -> T>,
}

impl<T: Entity> RetrieveMultiple<T> {
    /// The records of `T`'s entity set that `query` selects.
    pub fn new(query: Query<T>) -> Self {
        RetrieveMultiple::at(T::collection_path(), query)
    }
}

impl<T> RetrieveMultiple<T> {
    /// The records a collection path leads to (a one-to-many or
    /// many-to-many relationship of a record:
    /// `Account::path(id).nav(Account::ACCOUNT_TASKS)`).
    pub fn at(path: CollectionPath<T>, query: Query<T>) -> Self {
        RetrieveMultiple {
            path: path.as_str().to_string(),
            query: query.to_query_string(),
            options: ReadOptions::default(),
            max_page_size: None,
            table: PhantomData,
        }
    }

    /// `Prefer: odata.maxpagesize=n`: at most `n` records a page (the
    /// service's default and maximum is 5,000).
    pub fn max_page_size(mut self, n: u32) -> Self {
        self.max_page_size = Some(n);
        self
    }

    /// `Prefer: odata.include-annotations="<annotations>"` (see
    /// [`Retrieve::annotations`]).
    pub fn annotations(mut self, annotations: &str) -> Self {
        self.options.annotations = Some(annotations.to_string());
        self
    }

    /// The request for the page after one whose `@odata.nextLink` is
    /// `next_link`: the link's path and query, with the same preferences
    /// (the service wants the page size asked for again).
    pub fn next_page(&self, next_link: &str) -> Result<RetrieveMultiple<T>, ResponseError> {
        let (path, query) = relative_link(next_link)?;
        Ok(RetrieveMultiple {
            path,
            query,
            options: self.options.clone(),
            max_page_size: self.max_page_size,
            table: PhantomData,
        })
    }
}

impl<T: Entity> Operation for RetrieveMultiple<T> {
    type Output = Page<T>;

    fn to_request(&self) -> Result<Request, ValidationError> {
        let mut request =
            Request::new(Method::Get, self.path.clone()).with_query(self.query.clone());
        self.options.apply(&mut request);
        if let Some(n) = self.max_page_size {
            request.add_preference(&format!("odata.maxpagesize={n}"));
        }
        Ok(request)
    }

    fn parse_response(&self, response: &Response) -> Result<Page<T>, ResponseError> {
        check_status(response)?;
        Ok(Page::decode(&response.json()?)?)
    }
}

/// An operation that reads one page of many and can ask for the next:
/// what a client needs to follow `@odata.nextLink` to the end.
pub trait Paged: Operation<Output = Page<Self::Record>> + Sized {
    /// The records' type.
    type Record;
    /// The operation reading the page at `next_link`.
    fn next_page(&self, next_link: &str) -> Result<Self, ResponseError>;
}

impl<T: Entity> Paged for RetrieveMultiple<T> {
    type Record = T;
    fn next_page(&self, next_link: &str) -> Result<Self, ResponseError> {
        RetrieveMultiple::next_page(self, next_link)
    }
}

/// Count the records of a collection: `GET /accounts/$count`, or the
/// related records of one record (`/accounts(<id>)/Account_Tasks/$count`).
/// The answer is a bare number as text (at most 5,000), sometimes after a
/// UTF-8 byte order mark, which this reads.
///
/// ```
/// # use dataverse::meta::{ColumnMeta, TableMeta};
/// # use dataverse::{ColumnKind, Entity};
/// # static TABLE: TableMeta = TableMeta { logical_name: "account", schema_name: "Account",
/// #     entity_set_name: "accounts", primary_id_attribute: "accountid", primary_name_attribute: Some("name"),
/// #     columns: &[], one_to_many: &[], many_to_one: &[], many_to_many: &[], unresolved: &[] };
/// # struct Account;
/// # impl Entity for Account {
/// #     const TABLE: &'static TableMeta = &TABLE;
/// #     fn values(&self) -> Vec<(&'static ColumnMeta, dataverse::FieldValue<'_>)> { Vec::new() }
/// #     fn from_record(_: &dataverse::Record<'_>) -> Result<Self, dataverse::DecodeError> { Ok(Account) }
/// # }
/// use dataverse::read::Count;
/// use dataverse::request::{Operation, Response};
///
/// let count = Count::<Account>::new();
/// assert_eq!(count.to_request().unwrap().path, "/accounts/$count");
/// let response = Response::new(200, b"\xEF\xBB\xBF10".to_vec());
/// assert_eq!(count.parse_response(&response).unwrap(), 10);
/// ```
pub struct Count<T> {
    path: String,
    table: PhantomData<fn() -> T>,
}

impl<T: Entity> Count<T> {
    /// The records of `T`'s entity set.
    pub fn new() -> Self {
        Count::at(T::collection_path())
    }
}

impl<T: Entity> Default for Count<T> {
    fn default() -> Self {
        Count::new()
    }
}

impl<T> Count<T> {
    /// The records a collection path leads to
    /// (`Account::path(id).nav(Account::ACCOUNT_TASKS)`).
    pub fn at(path: CollectionPath<T>) -> Self {
        Count {
            path: format!("{}/$count", path.as_str()),
            table: PhantomData,
        }
    }
}

impl<T> Operation for Count<T> {
    type Output = u64;

    fn to_request(&self) -> Result<Request, ValidationError> {
        Ok(Request::new(Method::Get, self.path.clone()))
    }

    fn parse_response(&self, response: &Response) -> Result<u64, ResponseError> {
        check_status(response)?;
        let body = response
            .body
            .strip_prefix(b"\xEF\xBB\xBF")
            .unwrap_or(&response.body);
        std::str::from_utf8(body)
            .ok()
            .and_then(|text| text.trim().parse().ok())
            .ok_or_else(|| ResponseError::Unexpected {
                status: response.status,
                message: format!(
                    "a count was expected, found {:?}",
                    String::from_utf8_lossy(&body[..body.len().min(100)])
                ),
            })
    }
}

/// A relationship whose related records a [`Retrieved`] record may hold,
/// expanded: decoded into the related table's generated type where it was
/// generated, raw JSON where not ([`Untyped`]).
pub trait Expanded {
    /// What the expanded records decode into.
    type Output;
    /// The navigation property.
    fn property(&self) -> &'static str;
    /// Decodes the expanded value (`None` when the response did not expand
    /// the relationship, or expanded a lookup that is not set).
    fn decode_related(&self, json: Option<&Value>) -> Result<Self::Output, DecodeError>;
}

fn related_error(property: &str, index: Option<usize>, error: DecodeError) -> DecodeError {
    let at = match index {
        Some(index) => format!("{property}[{index}]"),
        None => property.to_string(),
    };
    DecodeError {
        column: error.column,
        message: format!("expanded `{at}`: {}", error.message),
    }
}

impl<From, To: Entity> Expanded for ManyToOne<From, To> {
    type Output = Option<Retrieved<To>>;
    fn property(&self) -> &'static str {
        self.meta().navigation_property
    }
    fn decode_related(&self, json: Option<&Value>) -> Result<Self::Output, DecodeError> {
        match json {
            None | Some(Value::Null) => Ok(None),
            Some(record) => To::decode(record)
                .map(Some)
                .map_err(|e| related_error(self.property(), None, e)),
        }
    }
}

impl<From> Expanded for ManyToOne<From, Untyped> {
    type Output = Option<Value>;
    fn property(&self) -> &'static str {
        self.meta().navigation_property
    }
    fn decode_related(&self, json: Option<&Value>) -> Result<Self::Output, DecodeError> {
        Ok(json.filter(|v| !v.is_null()).cloned())
    }
}

/// The lookup of an expanded one-to-many relationship's records that
/// points back at the record they were expanded from: its column on the
/// related table and the parent's table.
type ParentLookup = Option<(&'static str, &'static str)>;

fn decode_collection<To: Entity>(
    property: &str,
    json: Option<&Value>,
    parent: ParentLookup,
) -> Result<Vec<Retrieved<To>>, DecodeError> {
    match json {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(records)) => records
            .iter()
            .enumerate()
            .map(|(index, record)| {
                To::decode(&with_parent_table(record, parent, To::TABLE))
                    .map_err(|e| related_error(property, Some(index), e))
            })
            .collect(),
        Some(_) => Err(DecodeError {
            column: None,
            message: format!("expanded `{property}` should be an array of records"),
        }),
    }
}

/// An expanded record of a one-to-many relationship, with the table of its
/// lookup to the parent named when the response left the
/// `lookuplogicalname` annotation out: the service sends it only when asked
/// (`Prefer: odata.include-annotations`), but the relationship says which
/// table the lookup points at, so a polymorphic lookup
/// (`task.regardingobjectid`) still decodes.
fn with_parent_table<'a>(
    record: &'a Value,
    parent: ParentLookup,
    table: &'static TableMeta,
) -> Cow<'a, Value> {
    let Some((attribute, parent_table)) = parent else {
        return Cow::Borrowed(record);
    };
    let Some(column) = table.column(attribute).filter(|c| c.targets.len() > 1) else {
        return Cow::Borrowed(record);
    };
    let key = column.record_key();
    let annotation = format!("{key}{LOOKUP_LOGICAL_NAME}");
    match record {
        Value::Object(object)
            if object.get(&key).is_some_and(|v| !v.is_null())
                && !object.contains_key(&annotation) =>
        {
            let mut object = object.clone();
            object.insert(annotation, Value::from(parent_table));
            Cow::Owned(Value::Object(object))
        }
        _ => Cow::Borrowed(record),
    }
}

impl<From: Entity, To: Entity> Expanded for OneToMany<From, To> {
    type Output = Vec<Retrieved<To>>;
    fn property(&self) -> &'static str {
        self.meta().navigation_property
    }
    fn decode_related(&self, json: Option<&Value>) -> Result<Self::Output, DecodeError> {
        let parent = self
            .meta()
            .referencing_attribute
            .map(|attribute| (attribute, From::TABLE.logical_name));
        decode_collection(self.property(), json, parent)
    }
}

impl<From, To: Entity> Expanded for ManyToMany<From, To> {
    type Output = Vec<Retrieved<To>>;
    fn property(&self) -> &'static str {
        self.meta().navigation_property
    }
    fn decode_related(&self, json: Option<&Value>) -> Result<Self::Output, DecodeError> {
        decode_collection(self.property(), json, None)
    }
}

macro_rules! expanded_untyped_collection {
    ($name:ident) => {
        impl<From> Expanded for $name<From, Untyped> {
            type Output = Vec<Value>;
            fn property(&self) -> &'static str {
                self.meta().navigation_property
            }
            fn decode_related(&self, json: Option<&Value>) -> Result<Self::Output, DecodeError> {
                Ok(match json {
                    Some(Value::Array(records)) => records.clone(),
                    _ => Vec::new(),
                })
            }
        }
    };
}

expanded_untyped_collection!(OneToMany);
expanded_untyped_collection!(ManyToMany);

impl<T> Retrieved<T> {
    /// The related records the response expanded for `relationship`,
    /// decoded: `Option<Retrieved<Contact>>` for a lookup to a generated
    /// table, `Vec<Retrieved<Task>>` for a collection, raw JSON where the
    /// related table was not generated. Expanded records are decoded with
    /// their own formatted values, etags and expansions.
    pub fn related<N: Expanded>(&self, relationship: N) -> Result<N::Output, DecodeError> {
        relationship.decode_related(self.related.get(relationship.property()))
    }

    /// The link to the rest of an expanded collection the service cut
    /// short (`<navigation>@odata.nextLink`; at most 5,000 related records
    /// come expanded): read the rest with a
    /// [`RetrieveMultiple::next_page`] of a retrieve of that relationship.
    pub fn related_next_link<N: Expanded>(&self, relationship: N) -> Option<&str> {
        self.related_next_links
            .get(relationship.property())
            .map(String::as_str)
    }

    /// The URL of the row a lookup points at, when the query expanded its
    /// reference ([`Query::expand_ref`]: `{"@odata.id": "..."}` under the
    /// navigation property); `None` when it did not, or the lookup is not
    /// set.
    pub fn related_reference<To>(&self, relationship: ManyToOne<T, To>) -> Option<&str> {
        self.related
            .get(relationship.navigation_property())?
            .get("@odata.id")?
            .as_str()
    }
}

/// The id a create or upsert reports in its `OData-EntityId` header
/// (`[Organization URI]/api/data/v9.2/accounts(<id>)`), when the key there
/// is a GUID.
pub fn entity_id(response: &Response) -> Option<Uuid> {
    let url = response.header(header::ODATA_ENTITY_ID)?;
    let open = url.rfind('(')?;
    let close = url[open..].find(')')? + open;
    Uuid::parse_str(&url[open + 1..close]).ok()
}
