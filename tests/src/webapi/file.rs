//! Reading an exchange's data file, and comparing a request with it.

use std::collections::BTreeMap;
use std::path::Path;

use dataverse::request::{Body, Request, Response};
use dataverse::types::Decimal;
use serde_json::{Map, Number, Value};

/// The page and section an exchange comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The page's path in MicrosoftDocs/powerapps-docs
    /// (`powerapps-docs/developer/data-platform/webapi/create-entity-web-api.md`).
    pub page: String,
    /// The section's heading.
    pub section: String,
}

/// The request of an exchange, as the data file states it.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentedRequest {
    /// `GET`, `POST`, ...
    pub method: String,
    /// Relative to the service root, starting with `/`.
    pub path: String,
    /// The query string without `?`, byte for byte.
    pub query: String,
    /// Every header the request carries.
    pub headers: Vec<(String, String)>,
    /// The JSON body, if any.
    pub body: Option<Value>,
}

/// The response of an exchange, as the data file states it.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentedResponse {
    /// The status code.
    pub status: u16,
    /// The headers the page shows.
    pub headers: Vec<(String, String)>,
    /// The body: JSON, or for a `text/plain` response a JSON string holding
    /// the text; `None` for no body.
    pub body: Option<Value>,
}

/// An exchange's data file, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Documented {
    /// Where the documentation shows it.
    pub source: Source,
    /// The request.
    pub request: DocumentedRequest,
    /// The response; `None` when the page shows none.
    pub response: Option<DocumentedResponse>,
    /// Where and why the file differs from the page.
    pub notes: Vec<String>,
}

/// The placeholder for the organization's URL the documentation (and the
/// data files) write.
pub const ORGANIZATION_URI: &str = "[Organization URI]";

impl Documented {
    /// Reads the data file at `path`; the error names the file and what is
    /// wrong with it.
    pub fn load(path: &Path) -> Result<Documented, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let json: Value = serde_json::from_str(&text)
            .map_err(|e| format!("{} is not JSON: {e}", path.display()))?;
        Documented::from_json(&json).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Reads an exchange from its JSON.
    pub fn from_json(json: &Value) -> Result<Documented, String> {
        let root = object(json, "the file")?;
        let source = object(member(root, "source", "the file")?, "`source`")?;
        let request = object(member(root, "request", "the file")?, "`request`")?;
        let notes = match root.get("notes") {
            None => Vec::new(),
            Some(Value::Array(notes)) => notes
                .iter()
                .map(|note| note.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()
                .ok_or("`notes` must be a list of strings")?,
            Some(_) => return Err("`notes` must be a list of strings".into()),
        };
        let response = match root.get("response") {
            None | Some(Value::Null) => None,
            Some(response) => {
                let response = object(response, "`response`")?;
                let status = member(response, "status", "`response`")?
                    .as_u64()
                    .and_then(|s| u16::try_from(s).ok())
                    .ok_or("`response.status` must be a status code")?;
                Some(DocumentedResponse {
                    status,
                    headers: headers(response.get("headers"), "`response.headers`")?,
                    body: response.get("body").filter(|b| !b.is_null()).cloned(),
                })
            }
        };
        Ok(Documented {
            source: Source {
                page: text(source, "page", "`source`")?,
                section: text(source, "section", "`source`")?,
            },
            request: DocumentedRequest {
                method: text(request, "method", "`request`")?,
                path: text(request, "path", "`request`")?,
                query: text(request, "query", "`request`")?,
                headers: headers(request.get("headers"), "`request.headers`")?,
                body: request.get("body").filter(|b| !b.is_null()).cloned(),
            },
            response,
            notes,
        })
    }

    /// The documented response, as an HTTP client would hand it over, with
    /// `[Organization URI]` left as it is.
    pub fn response(&self) -> Option<Response> {
        self.response_at(ORGANIZATION_URI)
    }

    /// The documented response with `[Organization URI]` replaced by
    /// `organization_uri` (`http://127.0.0.1:8080`) in headers and body.
    pub fn response_at(&self, organization_uri: &str) -> Option<Response> {
        let documented = self.response.as_ref()?;
        let place = |text: &str| text.replace(ORGANIZATION_URI, organization_uri);
        let body = match &documented.body {
            None => Vec::new(),
            Some(Value::String(text)) if self.is_text_response() => place(text).into_bytes(),
            Some(json) => place(&json.to_string()).into_bytes(),
        };
        let mut response = Response::new(documented.status, body);
        for (name, value) in &documented.headers {
            response = response.with_header(name, place(value));
        }
        Some(response)
    }

    /// Whether the documented response is text (`Content-Type: text/plain`)
    /// rather than JSON.
    pub fn is_text_response(&self) -> bool {
        self.response.as_ref().is_some_and(|response| {
            response.headers.iter().any(|(name, value)| {
                name.eq_ignore_ascii_case("content-type") && value.starts_with("text/plain")
            })
        })
    }

    /// Compares `request` with the documented one: method, path and query
    /// byte for byte, headers as a map (names without case), the body as
    /// JSON values (numbers by value: `5000000` is `5000000.0`). The error
    /// lists every difference.
    pub fn compare_request(&self, request: &Request) -> Result<(), String> {
        let documented = &self.request;
        let mut differences = Vec::new();
        if request.method.as_str() != documented.method {
            differences.push(format!(
                "method: built {}, documented {}",
                request.method, documented.method
            ));
        }
        if request.path != documented.path {
            differences.push(format!(
                "path: built {:?}, documented {:?}",
                request.path, documented.path
            ));
        }
        if request.query != documented.query {
            differences.push(format!(
                "query: built {:?}, documented {:?}",
                request.query, documented.query
            ));
        }
        let built = header_map(&request.headers);
        let expected = header_map(&documented.headers);
        if built != expected {
            differences.push(format!("headers: built {built:?}, documented {expected:?}"));
        }
        let body = match &request.body {
            None => None,
            Some(Body::Json(json)) => Some(json.clone()),
            Some(Body::Text(text)) => Some(Value::String(text.clone())),
        };
        match (&body, &documented.body) {
            (None, None) => {}
            (Some(built), Some(expected)) => {
                if let Some(at) = json_difference(built, expected, "") {
                    differences.push(format!(
                        "body differs at {at}: built {built}, documented {expected}"
                    ));
                }
            }
            (built, expected) => {
                differences.push(format!("body: built {built:?}, documented {expected:?}"))
            }
        }
        if differences.is_empty() {
            Ok(())
        } else {
            Err(differences.join("\n"))
        }
    }
}

fn header_map(headers: &[(String, String)]) -> BTreeMap<String, String> {
    headers
        .iter()
        .map(|(name, value)| (name.to_ascii_lowercase(), value.clone()))
        .collect()
}

/// The first place where `built` and `expected` differ (`/` for the root),
/// `None` when they are the same JSON values.
pub(crate) fn json_difference(built: &Value, expected: &Value, at: &str) -> Option<String> {
    let here = || {
        if at.is_empty() {
            "/".to_string()
        } else {
            at.to_string()
        }
    };
    match (built, expected) {
        (Value::Number(a), Value::Number(b)) => (!numbers_equal(a, b)).then(here),
        (Value::Object(a), Value::Object(b)) => {
            let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            keys.into_iter()
                .find_map(|key| match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => json_difference(x, y, &format!("{at}/{key}")),
                    _ => Some(format!("{at}/{key}")),
                })
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                return Some(here());
            }
            a.iter()
                .zip(b)
                .enumerate()
                .find_map(|(index, (x, y))| json_difference(x, y, &format!("{at}/{index}")))
        }
        (a, b) => (a != b).then(here),
    }
}

fn numbers_equal(a: &Number, b: &Number) -> bool {
    let exact = |n: &Number| {
        let text = n.to_string();
        text.parse::<Decimal>()
            .ok()
            .or_else(|| Decimal::from_scientific(&text).ok())
    };
    match (exact(a), exact(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a.as_f64() == b.as_f64(),
    }
}

fn object<'a>(json: &'a Value, what: &str) -> Result<&'a Map<String, Value>, String> {
    json.as_object()
        .ok_or_else(|| format!("{what} must be an object"))
}

fn member<'a>(object: &'a Map<String, Value>, name: &str, what: &str) -> Result<&'a Value, String> {
    object
        .get(name)
        .ok_or_else(|| format!("{what} has no `{name}`"))
}

fn text(object: &Map<String, Value>, name: &str, what: &str) -> Result<String, String> {
    member(object, name, what)?
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("`{name}` of {what} must be a string"))
}

fn headers(json: Option<&Value>, what: &str) -> Result<Vec<(String, String)>, String> {
    match json {
        None => Ok(Vec::new()),
        Some(Value::Object(headers)) => headers
            .iter()
            .map(|(name, value)| {
                value
                    .as_str()
                    .map(|value| (name.clone(), value.to_string()))
                    .ok_or_else(|| format!("{what}: `{name}` must be a string"))
            })
            .collect(),
        Some(_) => Err(format!("{what} must be an object")),
    }
}
