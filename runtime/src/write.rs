//! Writes: create (with binds and deep insert), update, upsert and delete,
//! validated against the table's metadata before a request exists.
//!
//! A generated entity's fields say "leave out" (`None`) or "set"
//! (`Some`); what a struct cannot say is added on the operation: clear a
//! column (send null), bind a lookup by alternate key, bind a collection,
//! create related records in the same request (deep insert).
//!
//! ```
//! # use dataverse::meta::{ColumnMeta, ManyToOneMeta, TableMeta};
//! # use dataverse::{Column, ColumnKind, Entity, Untyped, entity::Values};
//! # static TABLE: TableMeta = TableMeta { logical_name: "account", schema_name: "Account",
//! #     entity_set_name: "accounts", primary_id_attribute: "accountid", primary_name_attribute: Some("name"),
//! #     columns: &[ColumnMeta::new("name", "Name", "String", ColumnKind::Text).max_length(160),
//! #                ColumnMeta::new("telephone1", "Telephone1", "String", ColumnKind::Text)],
//! #     one_to_many: &[],
//! #     many_to_one: &[ManyToOneMeta::new("account_primary_contact", "contact", "primarycontactid")],
//! #     many_to_many: &[], unresolved: &[] };
//! # #[derive(Default)]
//! # struct Account { name: Option<String>, telephone1: Option<String> }
//! # impl Entity for Account {
//! #     const TABLE: &'static TableMeta = &TABLE;
//! #     fn values(&self) -> Vec<(&'static ColumnMeta, dataverse::FieldValue<'_>)> {
//! #         let mut v = Values::new(&TABLE); v.push_option(0, &self.name); v.push_option(1, &self.telephone1); v.into_vec()
//! #     }
//! #     fn from_record(_: &dataverse::Record<'_>) -> Result<Self, dataverse::DecodeError> { Ok(Account::default()) }
//! # }
//! use dataverse::request::{Method, Operation};
//! use dataverse::write::{Create, Update};
//! use dataverse::types::Uuid;
//! use serde_json::json;
//!
//! const TELEPHONE1: Column<Account, String> = Column::at(1);
//!
//! let account = Account { name: Some("Sample Account".into()), ..Default::default() };
//! let request = Create::new(&account).to_request().unwrap();
//! assert_eq!((request.method, request.path.as_str()), (Method::Post, "/accounts"));
//! assert_eq!(request.body, Some(dataverse::request::Body::Json(json!({"name": "Sample Account"}))));
//!
//! let id = Uuid::from_u128(1);
//! let request = Update::new(id, &account).clear(TELEPHONE1).to_request().unwrap();
//! assert_eq!(request.path, "/accounts(00000000-0000-0000-0000-000000000001)");
//! assert_eq!(request.header("If-Match"), Some("*"));   // an update never creates
//! assert_eq!(
//!     request.body,
//!     Some(dataverse::request::Body::Json(json!({"name": "Sample Account", "telephone1": null})))
//! );
//!
//! // Remove the reference a single-valued navigation property holds, and
//! // ask for the service's error details should the update fail:
//! use dataverse::nav::ManyToOne;
//! const PRIMARY_CONTACT: ManyToOne<Account, Untyped> = ManyToOne::at(0);
//!
//! let nothing = Account::default();
//! let request = Update::new(id, &nothing)
//!     .clear_reference(PRIMARY_CONTACT)
//!     .annotations("*")
//!     .to_request()
//!     .unwrap();
//! assert_eq!(
//!     request.body,
//!     Some(dataverse::request::Body::Json(json!({"primarycontactid@odata.bind": null})))
//! );
//! assert_eq!(request.header("Prefer"), Some("odata.include-annotations=\"*\""));
//! ```

use serde_json::{Map, Value};
use uuid::Uuid;

use crate::column::Column;
use crate::entity::{encode, Entity};
use crate::error::{check_status, ResponseError};
use crate::key::Key;
use crate::meta::{ColumnKind, ColumnMeta, TableMeta};
use crate::nav::{ManyToMany, ManyToOne, Navigation, OneToMany};
use crate::odata;
use crate::query::Query;
use crate::read::entity_id;
use crate::record::Retrieved;
use crate::request::{header, Method, Operation, Request, Response};
use crate::validate::{
    violations, Operation as Purpose, Rule, RuleKind, ValidationError, Violation,
};

/// What a write sends besides the entity's set fields.
struct Changes<'a, T> {
    entity: &'a T,
    cleared: Vec<&'static ColumnMeta>,
    /// Single-valued navigation properties sent as null, with their lookup
    /// column (validated like a cleared column) when the relationship names
    /// it.
    unbound: Vec<(&'static str, Option<&'static ColumnMeta>)>,
    binds: Vec<BindTo>,
    related: Vec<(String, Related<'a>)>,
    allowed: Vec<RuleKind>,
    annotations: Option<String>,
}

/// A lookup bound by key, or a collection bound to existing records.
enum BindTo {
    /// `<navigation>@odata.bind: "/<set>(<key>)"` for a lookup column.
    Lookup {
        column: &'static ColumnMeta,
        table: &'static TableMeta,
        segment: String,
        key_violations: Vec<Violation>,
    },
    /// `<navigation>@odata.bind: ["/<set>(<key>)", ...]`.
    Collection {
        navigation: &'static str,
        paths: Vec<String>,
        key_violations: Vec<Violation>,
    },
}

/// Records created with their parent (deep insert).
enum Related<'a> {
    One(Box<dyn NestedCreate + 'a>),
    Many(Vec<Box<dyn NestedCreate + 'a>>),
}

/// A create nested in another write.
trait NestedCreate {
    /// The body, with the violations of the record (and its own nested
    /// records) appended.
    fn nested_body(&self, violations: &mut Vec<Violation>) -> Value;
}

impl<T: Entity> NestedCreate for Create<'_, T> {
    fn nested_body(&self, violations: &mut Vec<Violation>) -> Value {
        Value::Object(self.changes.body(Purpose::Create, violations))
    }
}

impl<'a, T: Entity> Changes<'a, T> {
    fn new(entity: &'a T) -> Self {
        Changes {
            entity,
            cleared: Vec::new(),
            unbound: Vec::new(),
            binds: Vec::new(),
            related: Vec::new(),
            allowed: Vec::new(),
            annotations: None,
        }
    }

    /// The JSON body for `purpose`, every violation (of allowed rules
    /// excepted) appended to `found`.
    fn body(&self, purpose: Purpose, found: &mut Vec<Violation>) -> Map<String, Value> {
        let values = self.entity.values();
        let mut cleared = self.cleared.clone();
        cleared.extend(self.unbound.iter().filter_map(|(_, column)| *column));
        let mut own = violations(T::TABLE, &values, &cleared, purpose);
        let mut object = encode(&values);
        for column in &self.cleared {
            clear(&mut object, column, &mut own);
        }
        for (navigation, _) in &self.unbound {
            object.insert(format!("{navigation}@odata.bind"), Value::Null);
        }
        for bind in &self.binds {
            match bind {
                BindTo::Lookup {
                    column,
                    table,
                    segment,
                    key_violations,
                } => {
                    own.extend(key_violations.iter().cloned());
                    match column.target(table.logical_name) {
                        Some(target) => match target.navigation_property {
                            Some(navigation) => {
                                object.insert(
                                    format!("{navigation}@odata.bind"),
                                    Value::from(format!(
                                        "/{}({segment})",
                                        odata::path_segment(table.entity_set_name)
                                    )),
                                );
                            }
                            None => own.push(Violation::new(
                                column.logical_name,
                                Rule::NoNavigationProperty {
                                    table: table.logical_name.to_string(),
                                },
                            )),
                        },
                        None => own.push(Violation::new(
                            column.logical_name,
                            Rule::TargetNotAllowed {
                                table: table.logical_name.to_string(),
                                allowed: column.targets.iter().map(|t| t.table).collect(),
                            },
                        )),
                    }
                    check_writable(column, purpose, &mut own);
                }
                BindTo::Collection {
                    navigation,
                    paths,
                    key_violations,
                } => {
                    own.extend(key_violations.iter().cloned());
                    object.insert(
                        format!("{navigation}@odata.bind"),
                        Value::from(paths.clone()),
                    );
                }
            }
        }
        for (navigation, related) in &self.related {
            let mut nested = Vec::new();
            let json = match related {
                Related::One(create) => create.nested_body(&mut nested),
                Related::Many(creates) => Value::from(
                    creates
                        .iter()
                        .enumerate()
                        .map(|(index, create)| {
                            let mut at = Vec::new();
                            let body = create.nested_body(&mut at);
                            nested.extend(at.into_iter().map(|v| v.under(index.to_string())));
                            body
                        })
                        .collect::<Vec<_>>(),
                ),
            };
            own.extend(nested.into_iter().map(|v| v.under(navigation.clone())));
            object.insert(navigation.clone(), json);
        }
        found.extend(
            own.into_iter()
                .filter(|v| !self.allowed.contains(&v.rule.kind())),
        );
        object
    }

    /// The request's preferences: `odata.include-annotations`.
    fn apply_preferences(&self, request: &mut Request) {
        if let Some(annotations) = &self.annotations {
            request.add_preference(&format!("odata.include-annotations=\"{annotations}\""));
        }
    }

    fn bind_lookup<R: Entity, V>(&mut self, column: Column<T, V>, key: Key<R>) {
        self.binds.push(BindTo::Lookup {
            column: column.meta(),
            table: R::TABLE,
            segment: key.segment(),
            key_violations: key.violations(),
        });
    }

    fn bind_collection<R: Entity>(&mut self, navigation: &'static str, keys: Vec<Key<R>>) {
        self.binds.push(BindTo::Collection {
            navigation,
            paths: keys.iter().map(Key::path).collect(),
            key_violations: keys.iter().flat_map(Key::violations).collect(),
        });
    }
}

/// A bind must respect the lookup's IsValidForCreate/IsValidForUpdate, as
/// the field would.
fn check_writable(column: &'static ColumnMeta, purpose: Purpose, found: &mut Vec<Violation>) {
    let create = matches!(purpose, Purpose::Create | Purpose::Upsert) && !column.valid_for_create;
    let update = matches!(purpose, Purpose::Update | Purpose::Upsert) && !column.valid_for_update;
    if create {
        found.push(Violation::new(column.logical_name, Rule::NotValidForCreate));
    }
    if update {
        found.push(Violation::new(column.logical_name, Rule::NotValidForUpdate));
    }
}

/// A column sent as null: `"<column>": null`, and for a lookup
/// `"<navigation>@odata.bind": null` for each target (the documented form
/// that removes the reference). A lookup target whose navigation property
/// the metadata does not name cannot be cleared this way: a violation.
fn clear(object: &mut Map<String, Value>, column: &'static ColumnMeta, found: &mut Vec<Violation>) {
    if column.kind != ColumnKind::Lookup {
        object.insert(column.logical_name.to_string(), Value::Null);
        return;
    }
    for target in column.targets {
        match target.navigation_property {
            Some(navigation) => {
                object.insert(format!("{navigation}@odata.bind"), Value::Null);
            }
            None => found.push(Violation::new(
                column.logical_name,
                Rule::NoNavigationProperty {
                    table: target.table.to_string(),
                },
            )),
        }
    }
    if column.targets.is_empty() {
        found.push(Violation::new(
            column.logical_name,
            Rule::NoNavigationProperty {
                table: "(no target)".into(),
            },
        ));
    }
}

fn finish(
    table: &'static TableMeta,
    purpose: Purpose,
    violations: Vec<Violation>,
) -> Result<(), ValidationError> {
    if violations.is_empty() {
        Ok(())
    } else {
        Err(ValidationError {
            table: table.logical_name,
            operation: purpose,
            violations,
        })
    }
}

/// `Prefer: return=representation` and the `$select` / `$expand` of the
/// record to return.
fn representation<T>(request: &mut Request, query: &Option<Query<T>>) {
    if let Some(query) = query {
        request.add_preference("return=representation");
        request.query = query.to_query_string();
    }
}

/// Relationships whose far side is a collection: one-to-many and
/// many-to-many.
pub trait ToMany<From>: Navigation<From> {}
impl<From, To> ToMany<From> for OneToMany<From, To> {}
impl<From, To> ToMany<From> for ManyToMany<From, To> {}

macro_rules! change_methods {
    () => {
        /// Sends `column` as null, clearing it (for a lookup, the
        /// documented `<navigation>@odata.bind: null`). Validated: the
        /// column must be writable and not required.
        pub fn clear<V>(mut self, column: Column<T, V>) -> Self {
            self.changes.cleared.push(column.meta());
            self
        }

        /// Binds lookup `column` to the record of table `R` with this key
        /// (an id, or an alternate key:
        /// `"parentcustomerid_account@odata.bind": "/accounts(accountnumber='ABC')"`).
        /// `R` must be one of the column's targets. Replaces nothing: leave
        /// the entity's field for the column unset.
        pub fn bind<R: Entity, V>(mut self, column: Column<T, V>, key: impl Into<Key<R>>) -> Self {
            self.changes.bind_lookup(column, key.into());
            self
        }

        /// Sends a single-valued navigation property as null
        /// (`"parentcustomerid_account@odata.bind": null`), removing the
        /// reference: for one target of a polymorphic lookup, where
        /// [`clear`](Self::clear) would name every target. Validated as
        /// clearing the relationship's lookup column.
        pub fn clear_reference<To>(mut self, relationship: ManyToOne<T, To>) -> Self {
            let meta = relationship.meta();
            let column = meta
                .referencing_attribute
                .and_then(|name| T::TABLE.column(name));
            self.changes
                .unbound
                .push((meta.navigation_property, column));
            self
        }

        /// `Prefer: odata.include-annotations="<annotations>"`: with `"*"`,
        /// an error response carries the service's details
        /// (`@Microsoft.PowerApps.CDS.HelpLink`, `...TraceText`, ...; see
        /// [`ServiceError::details`](crate::error::ServiceError::details)),
        /// and a returned record its formatted values.
        pub fn annotations(mut self, annotations: &str) -> Self {
            self.changes.annotations = Some(annotations.to_string());
            self
        }

        /// Does not check `rule` for this request: for where the platform
        /// is more lenient than the metadata (it ignores some read-only
        /// columns, and enforces ApplicationRequired only in its forms), or
        /// where the caller knows better.
        pub fn allow(mut self, rule: RuleKind) -> Self {
            self.changes.allowed.push(rule);
            self
        }
    };
}

/// Create a record: `POST /<entity set>`.
pub struct Create<'a, T> {
    changes: Changes<'a, T>,
    representation: Option<Query<T>>,
}

impl<'a, T: Entity> Create<'a, T> {
    /// A create of `entity`'s set fields.
    pub fn new(entity: &'a T) -> Self {
        Create {
            changes: Changes::new(entity),
            representation: None,
        }
    }

    change_methods!();

    /// Associates the new record with existing records through a
    /// collection-valued relationship:
    /// `"Account_Tasks@odata.bind": ["/tasks(<id>)", ...]`.
    pub fn bind_collection<N, K>(
        mut self,
        relationship: N,
        keys: impl IntoIterator<Item = K>,
    ) -> Self
    where
        N: ToMany<T>,
        N::Target: Entity,
        K: Into<Key<N::Target>>,
    {
        let keys = keys.into_iter().map(Into::into).collect();
        self.changes
            .bind_collection::<N::Target>(relationship.navigation_property(), keys);
        self
    }

    /// Creates the record a lookup points at in the same request (deep
    /// insert): `"primarycontactid": {...}`. Its violations are reported
    /// under the navigation property (`primarycontactid.lastname`).
    pub fn with_related<To: Entity + 'a>(
        mut self,
        relationship: ManyToOne<T, To>,
        related: Create<'a, To>,
    ) -> Self {
        self.changes.related.push((
            relationship.navigation_property().to_string(),
            Related::One(Box::new(related)),
        ));
        self
    }

    /// Creates related records of a collection-valued relationship in the
    /// same request (deep insert): `"Account_Tasks": [{...}, {...}]`.
    /// Violations are reported under the navigation property and the
    /// record's position (`Account_Tasks.1.subject`).
    pub fn with_related_many<N, To>(
        mut self,
        relationship: N,
        related: impl IntoIterator<Item = Create<'a, To>>,
    ) -> Self
    where
        N: ToMany<T, Target = To>,
        To: Entity + 'a,
    {
        let related = related
            .into_iter()
            .map(|create| Box::new(create) as Box<dyn NestedCreate + 'a>)
            .collect();
        self.changes.related.push((
            relationship.navigation_property().to_string(),
            Related::Many(related),
        ));
        self
    }

    /// Returns the created record (`Prefer: return=representation`) with
    /// the columns and expansions of `query` (`$select`, `$expand`).
    pub fn return_representation(mut self, query: Query<T>) -> Self {
        self.representation = Some(query);
        self
    }
}

/// What a create or upsert reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Written<T> {
    /// The record's id, from the `OData-EntityId` header or the returned
    /// record; `None` when the response named it by alternate key only.
    pub id: Option<Uuid>,
    /// The record, when `return_representation` asked for it.
    pub record: Option<Retrieved<T>>,
    /// Whether the service created the record (201 Created with a
    /// representation). `None` when the response does not tell (204 No
    /// Content: a create, or an upsert that created or updated).
    pub created: Option<bool>,
    /// The record's URL from the `OData-EntityId` header
    /// (`[Organization URI]/api/data/v9.2/sample_things(sample_key1=1,sample_key2=1)`
    /// after an upsert by alternate key), when the response has one.
    pub entity_url: Option<String>,
}

fn parse_written<T: Entity>(response: &Response) -> Result<Written<T>, ResponseError> {
    check_status(response)?;
    let record = if response.body.is_empty() {
        None
    } else {
        Some(T::decode(&response.json()?)?)
    };
    let id = entity_id(response).or_else(|| {
        let json = response.json().ok()?;
        let id = json.get(T::TABLE.primary_id_attribute)?.as_str()?;
        Uuid::parse_str(id).ok()
    });
    let created = match response.status {
        201 => Some(true),
        200 => Some(false),
        _ => None,
    };
    Ok(Written {
        id,
        record,
        created,
        entity_url: response.header(header::ODATA_ENTITY_ID).map(str::to_string),
    })
}

impl<T: Entity> Operation for Create<'_, T> {
    type Output = Written<T>;

    fn to_request(&self) -> Result<Request, ValidationError> {
        let mut found = Vec::new();
        let body = self.changes.body(Purpose::Create, &mut found);
        finish(T::TABLE, Purpose::Create, found)?;
        let mut request = Request::new(Method::Post, T::collection_path().as_str())
            .with_json(Value::Object(body));
        representation(&mut request, &self.representation);
        self.changes.apply_preferences(&mut request);
        Ok(request)
    }

    fn parse_response(&self, response: &Response) -> Result<Written<T>, ResponseError> {
        let written = parse_written(response)?;
        if written.id.is_none() && written.record.is_none() {
            return Err(ResponseError::Unexpected {
                status: response.status,
                message: "a create answered without an OData-EntityId header or a record".into(),
            });
        }
        Ok(written)
    }
}

/// Update a record: `PATCH /<entity set>(<key>)` with `If-Match: *`, so
/// that an update never creates a record (a PATCH without `If-Match` is an
/// upsert; see [`Upsert`]).
pub struct Update<'a, T> {
    key: Key<T>,
    changes: Changes<'a, T>,
    if_match: String,
    representation: Option<Query<T>>,
}

impl<'a, T: Entity> Update<'a, T> {
    /// An update of `entity`'s set fields on the record with this key.
    pub fn new(key: impl Into<Key<T>>, entity: &'a T) -> Self {
        Update {
            key: key.into(),
            changes: Changes::new(entity),
            if_match: "*".into(),
            representation: None,
        }
    }

    change_methods!();

    /// Only if the record is still at this version (optimistic
    /// concurrency): `If-Match: <etag>`; the service answers 412 when it
    /// changed ([`ServiceError::is_precondition_failed`](crate::error::ServiceError::is_precondition_failed)).
    pub fn if_match(mut self, etag: &str) -> Self {
        self.if_match = etag.to_string();
        self
    }

    /// Returns the updated record (`Prefer: return=representation`).
    pub fn return_representation(mut self, query: Query<T>) -> Self {
        self.representation = Some(query);
        self
    }
}

impl<T: Entity> Operation for Update<'_, T> {
    type Output = Option<Retrieved<T>>;

    fn to_request(&self) -> Result<Request, ValidationError> {
        let mut found = self.key.violations();
        let body = self.changes.body(Purpose::Update, &mut found);
        found.retain(|v| !self.changes.allowed.contains(&v.rule.kind()));
        finish(T::TABLE, Purpose::Update, found)?;
        let mut request = Request::new(Method::Patch, self.key.path())
            .with_json(Value::Object(body))
            .with_header(header::IF_MATCH, self.if_match.clone());
        representation(&mut request, &self.representation);
        self.changes.apply_preferences(&mut request);
        Ok(request)
    }

    fn parse_response(&self, response: &Response) -> Result<Option<Retrieved<T>>, ResponseError> {
        Ok(parse_written::<T>(response)?.record)
    }
}

/// Create or update a record by key: `PATCH /<entity set>(<key>)`, usually
/// with an alternate key. Validated for both (it may do either).
pub struct Upsert<'a, T> {
    key: Key<T>,
    changes: Changes<'a, T>,
    condition: Option<(&'static str, Purpose)>,
    representation: Option<Query<T>>,
}

impl<'a, T: Entity> Upsert<'a, T> {
    /// An upsert of `entity`'s set fields at this key.
    pub fn new(key: impl Into<Key<T>>, entity: &'a T) -> Self {
        Upsert {
            key: key.into(),
            changes: Changes::new(entity),
            condition: None,
            representation: None,
        }
    }

    change_methods!();

    /// Create only, never update: `If-None-Match: *` (the service answers
    /// 412 when the record exists). Validated as a create.
    pub fn create_only(mut self) -> Self {
        self.condition = Some((header::IF_NONE_MATCH, Purpose::Create));
        self
    }

    /// Update only, never create: `If-Match: *` (404 when the record does
    /// not exist). Validated as an update.
    pub fn update_only(mut self) -> Self {
        self.condition = Some((header::IF_MATCH, Purpose::Update));
        self
    }

    /// Returns the record (`Prefer: return=representation`): 201 when it
    /// was created, 200 when updated ([`Written::created`]).
    pub fn return_representation(mut self, query: Query<T>) -> Self {
        self.representation = Some(query);
        self
    }

    fn purpose(&self) -> Purpose {
        self.condition
            .map_or(Purpose::Upsert, |(_, purpose)| purpose)
    }
}

impl<T: Entity> Operation for Upsert<'_, T> {
    type Output = Written<T>;

    fn to_request(&self) -> Result<Request, ValidationError> {
        let purpose = self.purpose();
        let mut found = self.key.violations();
        let body = self.changes.body(purpose, &mut found);
        found.retain(|v| !self.changes.allowed.contains(&v.rule.kind()));
        finish(T::TABLE, purpose, found)?;
        let mut request =
            Request::new(Method::Patch, self.key.path()).with_json(Value::Object(body));
        if let Some((name, _)) = self.condition {
            request.set_header(name, "*");
        }
        representation(&mut request, &self.representation);
        self.changes.apply_preferences(&mut request);
        Ok(request)
    }

    fn parse_response(&self, response: &Response) -> Result<Written<T>, ResponseError> {
        parse_written(response)
    }
}

/// Delete a record: `DELETE /<entity set>(<key>)`.
pub struct Delete<T> {
    key: Key<T>,
    if_match: Option<String>,
}

impl<T: Entity> Delete<T> {
    /// A delete of the record with this key.
    pub fn new(key: impl Into<Key<T>>) -> Self {
        Delete {
            key: key.into(),
            if_match: None,
        }
    }

    /// Only if the record is still at this version: `If-Match: <etag>`.
    pub fn if_match(mut self, etag: &str) -> Self {
        self.if_match = Some(etag.to_string());
        self
    }
}

impl<T: Entity> Operation for Delete<T> {
    type Output = ();

    fn to_request(&self) -> Result<Request, ValidationError> {
        finish(T::TABLE, Purpose::Update, self.key.violations())?;
        let mut request = Request::new(Method::Delete, self.key.path());
        if let Some(etag) = &self.if_match {
            request.set_header(header::IF_MATCH, etag.clone());
        }
        Ok(request)
    }

    fn parse_response(&self, response: &Response) -> Result<(), ResponseError> {
        check_status(response)
    }
}
