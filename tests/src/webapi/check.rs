//! Checking a response field by field, and the replay of one operation.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;

use dataverse::error::{ResponseError, ServiceError};
use dataverse::request::{header, Operation, Request, Response};
use dataverse::types::{DateTime, Decimal, Utc, Uuid};
use serde_json::Value;

use super::Replay;

/// The documented fields of a response body, and which of them a check
/// has looked at.
///
/// A field is a leaf of the body's JSON, named by its path (`value/0/name`,
/// `primarycontactid/fullname`, `error/message`; the body itself is `""`
/// when it is not an object, such as the text of a `$count`). Every check
/// names the field it reads; [`Fields::finish`] fails when a value differs,
/// when a check names a field the body does not have, and when a field
/// was not checked. `@odata.context` (the metadata URL describing the
/// payload, which no operation decodes) is the one field never checked.
///
/// The one response header an operation reads, `OData-EntityId` (the
/// created or upserted record's URL), is a field too:
/// [`ENTITY_ID_HEADER`].
pub(crate) struct Fields {
    documented: BTreeMap<String, Value>,
    checked: BTreeSet<String>,
    failures: Vec<String>,
}

impl Fields {
    /// The fields of `response`'s body (none for an empty body).
    pub(crate) fn of(response: &Response) -> Fields {
        let mut documented = BTreeMap::new();
        if !response.body.is_empty() {
            match serde_json::from_slice::<Value>(&response.body) {
                Ok(json) => leaves(&json, String::new(), &mut documented),
                Err(_) => {
                    documented.insert(
                        String::new(),
                        Value::String(String::from_utf8_lossy(&response.body).into_owned()),
                    );
                }
            }
        }
        if let Some(url) = response.header(header::ODATA_ENTITY_ID) {
            documented.insert(ENTITY_ID_HEADER.to_string(), Value::from(url));
        }
        Fields {
            documented,
            checked: BTreeSet::new(),
            failures: Vec::new(),
        }
    }

    /// Checks that the field at `path` was decoded into `expected`.
    pub(crate) fn eq<A: PartialEq + Debug>(&mut self, path: &str, actual: A, expected: A) {
        self.mark(path);
        if actual != expected {
            self.failures.push(format!(
                "`{path}`: decoded {actual:?}, expected {expected:?}"
            ));
        }
    }

    /// Checks a fact that is not a body field (the status an output
    /// reflects, a header).
    pub(crate) fn check<A: PartialEq + Debug>(&mut self, what: &str, actual: A, expected: A) {
        if actual != expected {
            self.failures
                .push(format!("{what}: got {actual:?}, expected {expected:?}"));
        }
    }

    /// Marks documented fields that no output of the runtime holds (see
    /// [`Replay::undecoded`]): they must exist, and are not reported as
    /// unchecked.
    fn undecoded(&mut self, paths: &[(&'static str, &'static str)]) {
        for (path, _) in paths {
            self.mark(path);
        }
    }

    fn mark(&mut self, path: &str) {
        if !self.documented.contains_key(path) {
            self.failures.push(format!(
                "`{path}`: checked, but the response has no such field"
            ));
        }
        self.checked.insert(path.to_string());
    }

    /// Every failed check, and every documented field no check looked at.
    pub(crate) fn finish(self) -> Result<(), String> {
        let mut failures = self.failures;
        failures.extend(
            self.documented
                .keys()
                .filter(|path| !path.ends_with("@odata.context") && !self.checked.contains(*path))
                .map(|path| format!("`{path}`: documented, but not checked")),
        );
        if failures.is_empty() {
            Ok(())
        } else {
            Err(failures.join("\n"))
        }
    }
}

/// The field name of the `OData-EntityId` response header.
pub(crate) const ENTITY_ID_HEADER: &str = "header:OData-EntityId";

fn leaves(json: &Value, at: String, out: &mut BTreeMap<String, Value>) {
    let child = |key: &str| {
        if at.is_empty() {
            key.to_string()
        } else {
            format!("{at}/{key}")
        }
    };
    match json {
        Value::Object(object) if !object.is_empty() => {
            for (key, value) in object {
                leaves(value, child(key), out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (index, value) in items.iter().enumerate() {
                leaves(value, child(&index.to_string()), out);
            }
        }
        leaf => {
            out.insert(at, leaf.clone());
        }
    }
}

/// What a replay checks: the operation's output (or its error) against
/// the documented fields.
pub(crate) type Check<O> =
    fn(&mut Fields, Result<<O as Operation>::Output, ResponseError>) -> Result<(), String>;

/// Documented fields no output of the runtime holds: (path, why).
pub(crate) type Undecoded = &'static [(&'static str, &'static str)];

/// The replay of one operation.
pub(crate) struct Case<O: Operation> {
    operation: O,
    undecoded: Undecoded,
    check: Check<O>,
}

/// The replay of `operation`, whose output `check` compares with the
/// documented response.
pub(crate) fn case<O: Operation + 'static>(operation: O, check: Check<O>) -> Box<dyn Replay> {
    case_undecoded(operation, &[], check)
}

/// [`case`], for a response with fields no output of the runtime holds.
pub(crate) fn case_undecoded<O: Operation + 'static>(
    operation: O,
    undecoded: Undecoded,
    check: Check<O>,
) -> Box<dyn Replay> {
    Box::new(Case {
        operation,
        undecoded,
        check,
    })
}

impl<O: Operation> Replay for Case<O> {
    fn request(&self) -> Request {
        self.operation
            .to_request()
            .unwrap_or_else(|error| panic!("the typed API refused the documented request: {error}"))
    }

    fn check_response(&self, response: &Response) -> Result<(), String> {
        let mut fields = Fields::of(response);
        fields.undecoded(self.undecoded);
        (self.check)(&mut fields, self.operation.parse_response(response))?;
        fields.finish()
    }

    fn undecoded(&self) -> &'static [(&'static str, &'static str)] {
        self.undecoded
    }
}

/// The output, or why the response did not give one.
pub(crate) fn ok<T>(result: Result<T, ResponseError>) -> Result<T, String> {
    result.map_err(|error| format!("the response did not read as the operation's output: {error}"))
}

/// The service's error, or why the response did not give one.
pub(crate) fn refused<T: Debug>(result: Result<T, ResponseError>) -> Result<ServiceError, String> {
    match result {
        Err(ResponseError::Service(error)) => Ok(error),
        other => Err(format!("expected the service's error, got {other:?}")),
    }
}

/// Checks the `code` and `message` of an error body (`error/code`,
/// `error/message`) and its status.
pub(crate) fn error_body(
    fields: &mut Fields,
    error: &ServiceError,
    status: u16,
    code: &str,
    message: &str,
) {
    fields.check("status", error.status, status);
    fields.eq("error/code", error.code.as_str(), code);
    fields.eq("error/message", error.message.as_str(), message);
}

/// An entity a write operation borrows, kept for the whole run: operations
/// hold a reference to what they write, and a replay is built a handful of
/// times per test run.
pub(crate) fn keep<T>(entity: T) -> &'static T {
    Box::leak(Box::new(entity))
}

/// A GUID literal of the documentation.
pub(crate) fn uuid(text: &str) -> Uuid {
    Uuid::parse_str(text).unwrap_or_else(|_| panic!("{text:?} is not a GUID"))
}

/// A decimal literal of the documentation.
pub(crate) fn dec(text: &str) -> Decimal {
    text.parse()
        .unwrap_or_else(|_| panic!("{text:?} is not a decimal"))
}

/// A date-time literal of the documentation.
pub(crate) fn time(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap_or_else(|_| panic!("{text:?} is not a date and time"))
        .with_timezone(&Utc)
}
