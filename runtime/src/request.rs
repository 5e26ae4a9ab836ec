//! Requests and responses as plain data.
//!
//! Every Web API operation of this crate becomes a [`Request`]: method,
//! path relative to the service root (`[Organization URI]/api/data/v9.2`),
//! query string, headers and body, with every literal already escaped and
//! encoded. Any HTTP client can send it; the answer comes back as a
//! [`Response`] for the operation to read ([`Operation::parse_response`]).
//! Nothing here does I/O.
//!
//! ```
//! use dataverse::request::{Method, Request, Response};
//!
//! let request = Request::new(Method::Get, "/WhoAmI");
//! assert_eq!(request.path_and_query(), "/WhoAmI");
//! assert_eq!(request.header("odata-version"), Some("4.0"));
//! assert!(request.is_idempotent());
//!
//! let response = Response::new(200, br#"{"UserId":"00000000-0000-0000-0000-000000000001"}"#.to_vec());
//! assert!(response.is_success());
//! ```

use std::fmt;

use serde_json::Value;

use crate::error::ResponseError;
use crate::validate::ValidationError;

/// An HTTP method the Web API uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// GET: read.
    Get,
    /// POST: create, associate, actions, `$batch`.
    Post,
    /// PATCH: update or upsert.
    Patch,
    /// PUT: one property, or a single-valued reference.
    Put,
    /// DELETE: a record, a property value or a reference.
    Delete,
}

impl Method {
    /// The method's name as HTTP writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A request body.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// A JSON document (`Content-Type: application/json`).
    Json(Value),
    /// Text whose type the request's `Content-Type` header names (a
    /// `$batch` body is `multipart/mixed`).
    Text(String),
}

impl Body {
    /// The body as the bytes sent.
    pub fn to_bytes(&self) -> Vec<u8> {
        match self {
            Body::Json(json) => json.to_string().into_bytes(),
            Body::Text(text) => text.clone().into_bytes(),
        }
    }
}

/// Header names the Web API's requests and responses use.
pub mod header {
    /// `Accept`.
    pub const ACCEPT: &str = "Accept";
    /// `Content-Type`.
    pub const CONTENT_TYPE: &str = "Content-Type";
    /// `OData-MaxVersion`.
    pub const ODATA_MAX_VERSION: &str = "OData-MaxVersion";
    /// `OData-Version`.
    pub const ODATA_VERSION: &str = "OData-Version";
    /// `Prefer`: `return=representation`, `odata.include-annotations=...`,
    /// `odata.maxpagesize=N`.
    pub const PREFER: &str = "Prefer";
    /// `If-Match`: an etag, or `*`.
    pub const IF_MATCH: &str = "If-Match";
    /// `If-None-Match`: an etag, or `*`.
    pub const IF_NONE_MATCH: &str = "If-None-Match";
    /// `OData-EntityId`: the URL of a record a request created or updated.
    pub const ODATA_ENTITY_ID: &str = "OData-EntityId";
    /// `Retry-After`: seconds to wait after a 429 or 503.
    pub const RETRY_AFTER: &str = "Retry-After";
}

/// One Web API request, ready to send: everything but the service root and
/// the `Authorization` header.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// The method.
    pub method: Method,
    /// The path relative to the service root, starting with `/`
    /// (`/accounts(00000000-0000-0000-0000-000000000001)`), with key values
    /// and segments already escaped and percent-encoded.
    pub path: String,
    /// The query string without its `?` (`$select=name&$top=3`), empty when
    /// there is none. Literals in it are escaped and encoded; spaces between
    /// operators are left as the Web API documents them, for the HTTP
    /// client's URL type to encode.
    pub query: String,
    /// Headers, in the order they were added. The OData headers every
    /// request carries are included (`OData-MaxVersion`, `OData-Version`,
    /// `Accept`, and `Content-Type` with a body).
    pub headers: Vec<(String, String)>,
    /// The body, if any.
    pub body: Option<Body>,
}

impl Request {
    /// A request with the headers every Web API request carries and no body.
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        Request {
            method,
            path: path.into(),
            query: String::new(),
            headers: vec![
                (header::ODATA_MAX_VERSION.into(), "4.0".into()),
                (header::ODATA_VERSION.into(), "4.0".into()),
                (header::ACCEPT.into(), "application/json".into()),
            ],
            body: None,
        }
    }

    /// With this query string (without `?`).
    pub fn with_query(mut self, query: impl Into<String>) -> Self {
        self.query = query.into();
        self
    }

    /// With a JSON body (and `Content-Type: application/json`).
    pub fn with_json(mut self, body: Value) -> Self {
        self.set_header(header::CONTENT_TYPE, "application/json");
        self.body = Some(Body::Json(body));
        self
    }

    /// With a text body of this content type.
    pub fn with_text(mut self, content_type: &str, body: impl Into<String>) -> Self {
        self.set_header(header::CONTENT_TYPE, content_type);
        self.body = Some(Body::Text(body.into()));
        self
    }

    /// With one more header (replacing a header of the same name).
    pub fn with_header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.set_header(name, value);
        self
    }

    /// Sets a header, replacing one of the same name (names compare without
    /// case, as HTTP's do).
    pub fn set_header(&mut self, name: &str, value: impl Into<String>) {
        let value = value.into();
        match self
            .headers
            .iter_mut()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            Some(slot) => slot.1 = value,
            None => self.headers.push((name.to_string(), value)),
        }
    }

    /// Adds a preference to the `Prefer` header (preferences are joined with
    /// `,`), unless it is there already.
    pub fn add_preference(&mut self, preference: &str) {
        match self
            .headers
            .iter_mut()
            .find(|(n, _)| n.eq_ignore_ascii_case(header::PREFER))
        {
            Some((_, value)) => {
                if !value.split(',').any(|p| p.trim() == preference) {
                    value.push(',');
                    value.push_str(preference);
                }
            }
            None => self
                .headers
                .push((header::PREFER.to_string(), preference.to_string())),
        }
    }

    /// The value of header `name` (compared without case).
    pub fn header(&self, name: &str) -> Option<&str> {
        header_value(&self.headers, name)
    }

    /// `path?query`, or the path alone when there is no query.
    pub fn path_and_query(&self) -> String {
        if self.query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, self.query)
        }
    }

    /// Whether sending the request twice has the effect of sending it once,
    /// so that a client may repeat it after a lost answer: GET, PUT and
    /// DELETE, and PATCH with `If-Match` (an update that cannot create).
    /// POST is not (a create would land twice), nor is a PATCH without
    /// `If-Match` (an upsert whose first attempt may have created the
    /// record... and whose repeat then updates it: harmless for the same
    /// body, but not what the caller asked to retry blindly).
    pub fn is_idempotent(&self) -> bool {
        match self.method {
            Method::Get | Method::Put | Method::Delete => true,
            Method::Patch => self.header(header::IF_MATCH).is_some(),
            Method::Post => false,
        }
    }
}

/// A response to a [`Request`], as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The HTTP status code.
    pub status: u16,
    /// Headers, in the order received.
    pub headers: Vec<(String, String)>,
    /// The body's bytes (empty for 204 No Content).
    pub body: Vec<u8>,
}

impl Response {
    /// A response with this status and body and no headers.
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Response {
            status,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// With one more header.
    pub fn with_header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_string(), value.into()));
        self
    }

    /// The value of header `name` (compared without case).
    pub fn header(&self, name: &str) -> Option<&str> {
        header_value(&self.headers, name)
    }

    /// Whether the status is 2xx.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The body as JSON; an error naming the status when it is not JSON.
    pub fn json(&self) -> Result<Value, ResponseError> {
        serde_json::from_slice(&self.body).map_err(|error| ResponseError::Unexpected {
            status: self.status,
            message: format!("the body is not JSON: {error}"),
        })
    }
}

fn header_value<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// A Web API operation: how to ask (a [`Request`]) and how to read the
/// answer (its [`Output`](Operation::Output)).
///
/// Every create, retrieve, update, upsert, delete, associate, disassociate
/// and property operation of this crate implements it, so an HTTP client
/// needs one method to run any of them: send `to_request()`, hand the
/// response to `parse_response`.
pub trait Operation {
    /// What a successful response gives.
    type Output;

    /// The request. Writes are validated here: the error lists every
    /// violation of the table metadata's rules.
    fn to_request(&self) -> Result<Request, ValidationError>;

    /// Reads the response: the output on success, Dataverse's error (see
    /// [`ServiceError`](crate::error::ServiceError)) otherwise.
    fn parse_response(&self, response: &Response) -> Result<Self::Output, ResponseError>;
}
