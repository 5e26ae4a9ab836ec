//! OData literals and URL encoding: how a value becomes text in a path or a
//! query string without ever becoming code.
//!
//! Two places take literals, with two rules:
//!
//! * **Query options** (`$filter`, function parameters): a string is quoted
//!   with `'` and each `'` in it doubled (`O'Bryan` -> `'O''Bryan'`); then
//!   the characters the Web API documents as needing URL encoding in filter
//!   values (`$ & + , / : ; = ? @`, plus `%` and `#`, controls and every
//!   non-ASCII character) are percent-encoded. Spaces and the operators
//!   around literals stay as the documentation writes them
//!   (`name eq 'a b'`); the HTTP client's URL type encodes spaces.
//! * **Paths** (key values, segments): the same quoting, and every
//!   character that would change the URL's structure (`/ ? # %`, space,
//!   controls, `\ " < > [ ] ^ ` { | } + &` and non-ASCII) is
//!   percent-encoded.
//!
//! ```
//! use dataverse::odata;
//!
//! assert_eq!(odata::query_string_literal("O'Bryan"), "'O''Bryan'");
//! assert_eq!(odata::query_string_literal("+123"), "'%2B123'");
//! assert_eq!(odata::query_string_literal("' or 1 eq 1"), "''' or 1 eq 1'");
//! assert_eq!(odata::path_string_literal("')/$ref"), "''')%2F$ref'");
//! assert_eq!(odata::path_segment("a/b c"), "a%2Fb%20c");
//! ```

use std::fmt::Write as _;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use rust_decimal::Decimal;
use uuid::Uuid;

/// Characters percent-encoded inside query option literals: those the Web
/// API's "Filter rows" page lists as special in filter values, and those
/// that would end the literal's place in the URL (`%`, `#`) or be read as a
/// space (`+`).
const QUERY_LITERAL: &AsciiSet = &CONTROLS
    .add(b'$')
    .add(b'&')
    .add(b'+')
    .add(b',')
    .add(b'/')
    .add(b':')
    .add(b';')
    .add(b'=')
    .add(b'?')
    .add(b'@')
    .add(b'%')
    .add(b'#');

/// Characters percent-encoded inside path segments and key values: those
/// that would change the structure of the URL (a new segment, the query,
/// the fragment, an escape) or that URLs may not carry raw.
const PATH_LITERAL: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A string literal for a query option: quoted, `'` doubled,
/// special characters percent-encoded.
pub fn query_string_literal(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    write_quoted(&mut out, value, QUERY_LITERAL);
    out
}

/// A string literal for a key value in a path: quoted, `'` doubled,
/// characters that would change the URL percent-encoded.
pub fn path_string_literal(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    write_quoted(&mut out, value, PATH_LITERAL);
    out
}

/// A path segment (an entity set, a navigation or property name), with
/// characters that would change the URL percent-encoded. Names from
/// metadata are plain identifiers, which pass unchanged. (`.` and `..`
/// cannot be segments of a URL in any encoding: URL parsers remove them.
/// No Dataverse name is either.)
pub fn path_segment(name: &str) -> String {
    utf8_percent_encode(name, PATH_LITERAL).to_string()
}

/// A name inside a query option (`$select=name`, `PropertyName='name'`):
/// percent-encoded like a literal, so a hostile name cannot add options.
pub fn query_name(name: &str) -> String {
    utf8_percent_encode(name, QUERY_LITERAL).to_string()
}

/// A value inside a JSON array parameter of a query function
/// (`PropertyValues=["O'Brian","5"]`): a JSON string, percent-encoded as a
/// query literal. The Web API reads these arrays as JSON, which is why a
/// value holding `'` is written in double quotes.
pub fn query_json_string(value: &str) -> String {
    let json = serde_json::Value::from(value).to_string();
    utf8_percent_encode(&json, QUERY_LITERAL).to_string()
}

fn write_quoted(out: &mut String, value: &str, set: &'static AsciiSet) {
    out.push('\'');
    for (index, part) in value.split('\'').enumerate() {
        if index > 0 {
            out.push_str("''");
        }
        // Writing to a String cannot fail.
        let _ = write!(out, "{}", utf8_percent_encode(part, set));
    }
    out.push('\'');
}

/// A GUID literal: unquoted, hyphenated, lower case.
pub fn guid_literal(id: &Uuid) -> String {
    id.hyphenated().to_string()
}

/// A date-time literal: unquoted ISO 8601 in UTC (`2024-05-01T08:30:00Z`).
pub fn date_time_literal(time: &DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// A date literal: unquoted `YYYY-MM-DD`.
pub fn date_literal(date: &NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// A decimal literal: every digit, no exponent, no trailing zeros.
pub fn decimal_literal(number: &Decimal) -> String {
    number.normalize().to_string()
}

/// A double literal: the shortest text that reads back to the same value;
/// `NaN`, `INF` and `-INF` as OData writes them.
pub fn double_literal(number: f64) -> String {
    if number.is_nan() {
        "NaN".into()
    } else if number == f64::INFINITY {
        "INF".into()
    } else if number == f64::NEG_INFINITY {
        "-INF".into()
    } else {
        // `{:?}` is the shortest text that reads back exactly (`0.1`,
        // `1.0`, `1e300`): all valid OData double literals.
        format!("{number:?}")
    }
}

/// Decodes `%XX` escapes (the inverse of the encodings above, for tests and
/// for reading links the server returns). Invalid escapes are kept as they
/// are.
pub fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

/// Reads back a quoted literal written by [`query_string_literal`] or
/// [`path_string_literal`]: `None` when `text` is not one.
pub fn parse_string_literal(text: &str) -> Option<String> {
    let decoded = percent_decode(text);
    let inner = decoded.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            // Inside a literal a quote only appears doubled.
            if chars.next() != Some('\'') {
                return None;
            }
        }
        out.push(c);
    }
    Some(out)
}
