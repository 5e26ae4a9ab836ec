//! What can go wrong reading a response: Dataverse's own error
//! ([`ServiceError`]), a record that does not decode, or an answer the
//! operation did not expect.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

use crate::record::DecodeError;
use crate::request::Response;

/// The error Dataverse reports in a response body:
/// `{"error": {"code": "0x80040217", "message": "..."}}`.
///
/// ```
/// use dataverse::error::ServiceError;
/// use dataverse::request::Response;
///
/// let response = Response::new(404, br#"{"error":{"code":"0x80040217","message":"account With Id = 1 Does Not Exist"}}"#.to_vec());
/// let error = ServiceError::from_response(&response);
/// assert_eq!(error.status, 404);
/// assert_eq!(error.code, "0x80040217");
/// assert_eq!(error.message, "account With Id = 1 Does Not Exist");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceError {
    /// The HTTP status code.
    pub status: u16,
    /// Dataverse's error code (`0x80040217`); empty when the body had none.
    pub code: String,
    /// The message.
    pub message: String,
    /// The other members of the error object (annotations such as
    /// `@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus`), by name.
    pub details: BTreeMap<String, Value>,
}

impl ServiceError {
    /// The error a non-success response carries. A body that is not
    /// Dataverse's error shape is kept as the message (cut to 1,000
    /// characters), so nothing the server said is lost.
    pub fn from_response(response: &Response) -> Self {
        let parsed = serde_json::from_slice::<Value>(&response.body).ok();
        let error = parsed
            .as_ref()
            .and_then(|json| json.get("error"))
            .and_then(Value::as_object);
        match error {
            Some(object) => {
                let text = |name: &str| {
                    object
                        .get(name)
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string()
                };
                ServiceError {
                    status: response.status,
                    code: text("code"),
                    message: text("message"),
                    details: object
                        .iter()
                        .filter(|(name, _)| *name != "code" && *name != "message")
                        .map(|(name, value)| (name.clone(), value.clone()))
                        .collect(),
                }
            }
            None => ServiceError {
                status: response.status,
                code: String::new(),
                message: String::from_utf8_lossy(&response.body)
                    .chars()
                    .take(1000)
                    .collect(),
                details: BTreeMap::new(),
            },
        }
    }

    /// Whether Dataverse's service protection limits refused the request
    /// (429 Too Many Requests): nothing was done, and it may be sent again
    /// after `Retry-After`.
    pub fn is_throttled(&self) -> bool {
        self.status == 429
    }

    /// Whether a condition (`If-Match` / `If-None-Match`) failed (412).
    pub fn is_precondition_failed(&self) -> bool {
        self.status == 412
    }

    /// Whether the record (or what the path names) does not exist (404).
    pub fn is_not_found(&self) -> bool {
        self.status == 404
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Dataverse answered {}", self.status)?;
        if !self.code.is_empty() {
            write!(f, " ({})", self.code)?;
        }
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ServiceError {}

/// A response could not be read as the operation's output.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseError {
    /// Dataverse refused the request.
    Service(ServiceError),
    /// A record in the response does not decode into its Rust type.
    Decode(DecodeError),
    /// A successful status, but not the answer the operation expects (no
    /// `OData-EntityId` after a create, a body that is not JSON, ...).
    Unexpected {
        /// The HTTP status code.
        status: u16,
        /// What was expected and what came.
        message: String,
    },
}

impl ResponseError {
    /// The service error, when Dataverse refused the request.
    pub fn service(&self) -> Option<&ServiceError> {
        match self {
            ResponseError::Service(error) => Some(error),
            _ => None,
        }
    }
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseError::Service(error) => error.fmt(f),
            ResponseError::Decode(error) => write!(f, "the response does not decode: {error}"),
            ResponseError::Unexpected { status, message } => {
                write!(f, "unexpected response ({status}): {message}")
            }
        }
    }
}

impl std::error::Error for ResponseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ResponseError::Service(error) => Some(error),
            ResponseError::Decode(error) => Some(error),
            ResponseError::Unexpected { .. } => None,
        }
    }
}

impl From<DecodeError> for ResponseError {
    fn from(error: DecodeError) -> Self {
        ResponseError::Decode(error)
    }
}

impl From<ServiceError> for ResponseError {
    fn from(error: ServiceError) -> Self {
        ResponseError::Service(error)
    }
}

/// The service error of a non-success response, `Ok(())` for a success.
pub fn check_status(response: &Response) -> Result<(), ResponseError> {
    if response.is_success() {
        Ok(())
    } else {
        Err(ResponseError::Service(ServiceError::from_response(
            response,
        )))
    }
}
