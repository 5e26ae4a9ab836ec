//! Associate and disassociate existing records through `$ref`:
//! add to a collection-valued relationship, set or remove the record a
//! single-valued one points at.
//!
//! The body of an associate names the related record in `@odata.id`.
//! Older pages of the Web API documentation write it relative to the
//! service root (`accounts(<id>)`); the current "Associate and disassociate
//! table rows" page writes absolute URLs and states that setting a
//! single-valued reference requires one, which is also what OData services
//! built on Microsoft's OData libraries accept without an `@odata.context`.
//! The runtime knows no service root, so [`Associate::service_root`] and
//! [`SetReference::service_root`] take the one the client talks to; without
//! it the relative form is sent.
//!
//! ```
//! # use dataverse::meta::{ColumnMeta, TableMeta, OneToManyMeta};
//! # use dataverse::{ColumnKind, Entity, nav::OneToMany};
//! # static ACCOUNT: TableMeta = TableMeta { logical_name: "account", schema_name: "Account",
//! #     entity_set_name: "accounts", primary_id_attribute: "accountid", primary_name_attribute: Some("name"),
//! #     columns: &[], one_to_many: &[OneToManyMeta::new("opportunity_customer_accounts", "opportunity", "opportunity_customer_accounts")],
//! #     many_to_one: &[], many_to_many: &[], unresolved: &[] };
//! # static OPPORTUNITY: TableMeta = TableMeta { logical_name: "opportunity", schema_name: "Opportunity",
//! #     entity_set_name: "opportunities", primary_id_attribute: "opportunityid", primary_name_attribute: Some("name"),
//! #     columns: &[], one_to_many: &[], many_to_one: &[], many_to_many: &[], unresolved: &[] };
//! # struct Account; struct Opportunity;
//! # impl Entity for Account {
//! #     const TABLE: &'static TableMeta = &ACCOUNT;
//! #     fn values(&self) -> Vec<(&'static ColumnMeta, dataverse::FieldValue<'_>)> { Vec::new() }
//! #     fn from_record(_: &dataverse::Record<'_>) -> Result<Self, dataverse::DecodeError> { Ok(Account) }
//! # }
//! # impl Entity for Opportunity {
//! #     const TABLE: &'static TableMeta = &OPPORTUNITY;
//! #     fn values(&self) -> Vec<(&'static ColumnMeta, dataverse::FieldValue<'_>)> { Vec::new() }
//! #     fn from_record(_: &dataverse::Record<'_>) -> Result<Self, dataverse::DecodeError> { Ok(Opportunity) }
//! # }
//! use dataverse::associate::{Associate, Disassociate};
//! use dataverse::request::Operation;
//! use dataverse::types::Uuid;
//!
//! const OPPORTUNITIES: OneToMany<Account, Opportunity> = OneToMany::at(0);
//! let (account, opportunity) = (Uuid::from_u128(2), Uuid::from_u128(1));
//!
//! let request = Associate::new(account, OPPORTUNITIES, opportunity).to_request().unwrap();
//! assert_eq!(request.path, "/accounts(00000000-0000-0000-0000-000000000002)/opportunity_customer_accounts/$ref");
//! assert_eq!(
//!     request.body,
//!     Some(dataverse::request::Body::Json(serde_json::json!({
//!         "@odata.id": "opportunities(00000000-0000-0000-0000-000000000001)"
//!     })))
//! );
//!
//! let request = Associate::new(account, OPPORTUNITIES, opportunity)
//!     .service_root("https://org.crm.dynamics.com/api/data/v9.2")
//!     .to_request()
//!     .unwrap();
//! assert_eq!(
//!     request.body,
//!     Some(dataverse::request::Body::Json(serde_json::json!({
//!         "@odata.id": "https://org.crm.dynamics.com/api/data/v9.2/opportunities(00000000-0000-0000-0000-000000000001)"
//!     })))
//! );
//!
//! let request = Disassociate::new(account, OPPORTUNITIES, opportunity).to_request().unwrap();
//! assert_eq!(
//!     request.path,
//!     "/accounts(00000000-0000-0000-0000-000000000002)/opportunity_customer_accounts(00000000-0000-0000-0000-000000000001)/$ref"
//! );
//! ```

use serde_json::json;

use crate::entity::Entity;
use crate::error::{check_status, ResponseError};
use crate::key::Key;
use crate::nav::{ManyToOne, Navigation};
use crate::odata;
use crate::request::{Method, Operation, Request, Response};
use crate::validate::{Operation as Purpose, ValidationError, Violation};
use crate::write::ToMany;

/// The `@odata.id` of a record: its URL under `service_root` when one is
/// given (`https://org.crm.dynamics.com/api/data/v9.2/opportunities(<id>)`),
/// its path relative to the service root otherwise (`opportunities(<id>)`).
fn odata_id<T: Entity>(key: &Key<T>, service_root: Option<&str>) -> String {
    let relative = key.path().trim_start_matches('/').to_string();
    match service_root {
        Some(root) => format!("{}/{relative}", root.trim_end_matches('/')),
        None => relative,
    }
}

fn check_keys<T: Entity>(violations: Vec<Violation>) -> Result<(), ValidationError> {
    if violations.is_empty() {
        Ok(())
    } else {
        Err(ValidationError {
            table: T::TABLE.logical_name,
            operation: Purpose::Update,
            violations,
        })
    }
}

/// Adds an existing record to a record's collection-valued relationship
/// (one-to-many or many-to-many): `POST <record>/<navigation>/$ref` with
/// `{"@odata.id": "<related record>"}`.
pub struct Associate<T: Entity, To: Entity> {
    record: Key<T>,
    navigation: &'static str,
    related: Key<To>,
    service_root: Option<String>,
}

impl<T: Entity, To: Entity> Associate<T, To> {
    /// Adds `related` to `relationship` of the record `record`.
    pub fn new<N: ToMany<T, Target = To>>(
        record: impl Into<Key<T>>,
        relationship: N,
        related: impl Into<Key<To>>,
    ) -> Self {
        Associate {
            record: record.into(),
            navigation: relationship.navigation_property(),
            related: related.into(),
            service_root: None,
        }
    }

    /// Names the related record by its absolute URL under `service_root`
    /// (`https://org.crm.dynamics.com/api/data/v9.2`), as the Web API's
    /// current examples do; see the [module documentation](self).
    pub fn service_root(mut self, service_root: &str) -> Self {
        self.service_root = Some(service_root.to_string());
        self
    }
}

impl<T: Entity, To: Entity> Operation for Associate<T, To> {
    type Output = ();

    fn to_request(&self) -> Result<Request, ValidationError> {
        let mut violations = self.record.violations();
        violations.extend(self.related.violations());
        check_keys::<T>(violations)?;
        let path = format!(
            "{}/{}/$ref",
            self.record.path(),
            odata::path_segment(self.navigation)
        );
        Ok(Request::new(Method::Post, path)
            .with_json(json!({"@odata.id": odata_id(&self.related, self.service_root.as_deref())})))
    }

    fn parse_response(&self, response: &Response) -> Result<(), ResponseError> {
        check_status(response)
    }
}

/// Removes a record from a record's collection-valued relationship:
/// `DELETE <record>/<navigation>(<related key>)/$ref`.
pub struct Disassociate<T: Entity, To: Entity> {
    record: Key<T>,
    navigation: &'static str,
    related: Key<To>,
}

impl<T: Entity, To: Entity> Disassociate<T, To> {
    /// Removes `related` from `relationship` of the record `record`.
    pub fn new<N: ToMany<T, Target = To>>(
        record: impl Into<Key<T>>,
        relationship: N,
        related: impl Into<Key<To>>,
    ) -> Self {
        Disassociate {
            record: record.into(),
            navigation: relationship.navigation_property(),
            related: related.into(),
        }
    }
}

impl<T: Entity, To: Entity> Operation for Disassociate<T, To> {
    type Output = ();

    fn to_request(&self) -> Result<Request, ValidationError> {
        let mut violations = self.record.violations();
        violations.extend(self.related.violations());
        check_keys::<T>(violations)?;
        let path = format!(
            "{}/{}({})/$ref",
            self.record.path(),
            odata::path_segment(self.navigation),
            self.related.segment()
        );
        Ok(Request::new(Method::Delete, path))
    }

    fn parse_response(&self, response: &Response) -> Result<(), ResponseError> {
        check_status(response)
    }
}

/// Points a record's single-valued relationship (a lookup) at another
/// record: `PUT <record>/<navigation>/$ref` with `{"@odata.id": ...}`.
pub struct SetReference<T: Entity, To: Entity> {
    record: Key<T>,
    navigation: &'static str,
    related: Key<To>,
    service_root: Option<String>,
}

impl<T: Entity, To: Entity> SetReference<T, To> {
    /// Points `relationship` of the record `record` at `related`.
    pub fn new(
        record: impl Into<Key<T>>,
        relationship: ManyToOne<T, To>,
        related: impl Into<Key<To>>,
    ) -> Self {
        SetReference {
            record: record.into(),
            navigation: relationship.navigation_property(),
            related: related.into(),
            service_root: None,
        }
    }

    /// Names the related record by its absolute URL under `service_root`,
    /// which the Web API requires for this request; see the [module
    /// documentation](self).
    pub fn service_root(mut self, service_root: &str) -> Self {
        self.service_root = Some(service_root.to_string());
        self
    }
}

impl<T: Entity, To: Entity> Operation for SetReference<T, To> {
    type Output = ();

    fn to_request(&self) -> Result<Request, ValidationError> {
        let mut violations = self.record.violations();
        violations.extend(self.related.violations());
        check_keys::<T>(violations)?;
        let path = format!(
            "{}/{}/$ref",
            self.record.path(),
            odata::path_segment(self.navigation)
        );
        Ok(Request::new(Method::Put, path)
            .with_json(json!({"@odata.id": odata_id(&self.related, self.service_root.as_deref())})))
    }

    fn parse_response(&self, response: &Response) -> Result<(), ResponseError> {
        check_status(response)
    }
}

/// Removes the record a single-valued relationship points at (clears the
/// lookup): `DELETE <record>/<navigation>/$ref`.
pub struct RemoveReference<T: Entity> {
    record: Key<T>,
    navigation: &'static str,
}

impl<T: Entity> RemoveReference<T> {
    /// Clears `relationship` of the record `record`.
    pub fn new<To>(record: impl Into<Key<T>>, relationship: ManyToOne<T, To>) -> Self {
        RemoveReference {
            record: record.into(),
            navigation: relationship.navigation_property(),
        }
    }
}

impl<T: Entity> Operation for RemoveReference<T> {
    type Output = ();

    fn to_request(&self) -> Result<Request, ValidationError> {
        check_keys::<T>(self.record.violations())?;
        let path = format!(
            "{}/{}/$ref",
            self.record.path(),
            odata::path_segment(self.navigation)
        );
        Ok(Request::new(Method::Delete, path))
    }

    fn parse_response(&self, response: &Response) -> Result<(), ResponseError> {
        check_status(response)
    }
}
