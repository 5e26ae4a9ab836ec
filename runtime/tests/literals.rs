//! Literals are never code: hostile values stay values in filters, keys,
//! binds and path segments, and any string parses back to itself after the
//! trip through a URL as an HTTP client and the service read it.

mod common;

use common::{Account, Hostile};
use dataverse::read::RetrieveMultiple;
use dataverse::request::Operation;
use dataverse::types::Uuid;
use dataverse::write::{Create, Update};
use dataverse::{odata, Entity, Key, Query, RuleKind};
use proptest::prelude::*;

const HOSTILE_VALUES: &[&str] = &[
    "' or 1 eq 1",
    "') or true or ('",
    "')/$ref",
    "%00",
    "%27",
    "a&$top=1",
    "a#fragment",
    "a+b",
    "a;b",
    "x eq 'y'",
    "😀 emoji",
    "naïve café",
    "line\nbreak\ttab\0nul",
    "\\\"quoted\"\\",
    "",
];

/// The URL an HTTP client builds from the service root and a request.
fn url(path_and_query: &str) -> url::Url {
    url::Url::parse(&format!(
        "https://org.crm.dynamics.com/api/data/v9.2{path_and_query}"
    ))
    .expect("the request's path and query make a valid URL")
}

/// `$filter` as the service receives it: the query split into options,
/// each percent- and form-decoded.
fn received_filter(path_and_query: &str) -> String {
    let url = url(path_and_query);
    let filters: Vec<String> = url
        .query_pairs()
        .filter(|(name, _)| name == "$filter")
        .map(|(_, value)| value.into_owned())
        .collect();
    assert_eq!(filters.len(), 1, "one $filter in {path_and_query}");
    filters.into_iter().next().unwrap()
}

/// Reads an OData string literal at the start of `text`, returning the
/// value and what follows the closing quote.
fn read_literal(text: &str) -> Option<(String, &str)> {
    let rest = text.strip_prefix('\'')?;
    let mut value = String::new();
    let mut chars = rest.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        if c == '\'' {
            if matches!(chars.peek(), Some((_, '\''))) {
                chars.next();
                value.push('\'');
            } else {
                return Some((value, &rest[index + 1..]));
            }
        } else {
            value.push(c);
        }
    }
    None
}

fn filter_round_trip(value: &str) -> Result<(), String> {
    let query = Query::<Account>::new()
        .filter(Account::NAME.eq(value))
        .select(Account::NAME);
    let request = RetrieveMultiple::new(query).to_request().unwrap();
    // Only the two options: nothing leaked into a new one.
    let url = url(&request.path_and_query());
    let names: Vec<String> = url.query_pairs().map(|(n, _)| n.into_owned()).collect();
    if names != ["$filter", "$select"] {
        return Err(format!("options {names:?} from {:?}", request.query));
    }
    let filter = received_filter(&request.path_and_query());
    let literal = filter
        .strip_prefix("name eq ")
        .ok_or_else(|| format!("filter {filter:?}"))?;
    match read_literal(literal) {
        Some((read, "")) if read == value => Ok(()),
        other => Err(format!("{value:?} came back as {other:?} from {filter:?}")),
    }
}

fn key_round_trip(value: &str) -> Result<(), String> {
    let path = Account::path(Key::alternate(Account::ACCOUNT_NUMBER, value));
    let url = url(path.as_str());
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!("{path} has a query or fragment"));
    }
    let segments: Vec<&str> = url.path_segments().unwrap().collect();
    let [_, _, _, last] = segments.as_slice() else {
        return Err(format!("{path} has segments {segments:?}"));
    };
    let decoded = odata::percent_decode(last);
    let literal = decoded
        .strip_prefix("accounts(accountnumber=")
        .ok_or_else(|| format!("segment {decoded:?}"))?;
    match read_literal(literal) {
        Some((read, ")")) if read == value => Ok(()),
        other => Err(format!("{value:?} came back as {other:?} from {decoded:?}")),
    }
}

fn segment_round_trip(value: &str) -> Result<(), String> {
    let segment = odata::path_segment(value);
    let url = url(&format!("/{segment}"));
    let segments: Vec<&str> = url.path_segments().unwrap().collect();
    let [_, _, _, last] = segments.as_slice() else {
        return Err(format!("{segment} made segments {segments:?}"));
    };
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!("{segment} made a query or fragment"));
    }
    let decoded = odata::percent_decode(last);
    if decoded == value {
        Ok(())
    } else {
        Err(format!("{value:?} came back as {decoded:?}"))
    }
}

#[test]
fn hostile_filter_literals_stay_literals() {
    for value in HOSTILE_VALUES {
        filter_round_trip(value).unwrap();
    }
    // What the first of them looks like: the quote doubled, nothing else.
    assert_eq!(
        Account::NAME.eq("' or 1 eq 1").to_string(),
        "name eq ''' or 1 eq 1'"
    );
    assert_eq!(
        Account::NAME.contains("%00").to_string(),
        "contains(name,'%2500')"
    );
    assert_eq!(
        Account::NAME.starts_with("😀").to_string(),
        "startswith(name,'%F0%9F%98%80')"
    );
}

#[test]
fn hostile_values_in_string_functions_and_arrays() {
    for value in HOSTILE_VALUES {
        let query = Query::<Account>::new().filter(Account::NAME.contains(value));
        let filter = received_filter(&format!("/accounts?{query}"));
        let literal = filter
            .strip_prefix("contains(name,")
            .and_then(|rest| rest.strip_suffix(')'))
            .unwrap();
        assert_eq!(read_literal(literal), Some((value.to_string(), "")));

        // Array parameters are JSON: the value comes back from the JSON.
        let query = Query::<Account>::new().filter(Account::NAME.is_in([*value, "other"]));
        let filter = received_filter(&format!("/accounts?{query}"));
        let array = filter
            .strip_prefix("Microsoft.Dynamics.CRM.In(PropertyName='name',PropertyValues=")
            .and_then(|rest| rest.strip_suffix(')'))
            .unwrap();
        let values: Vec<String> = serde_json::from_str(array).unwrap();
        assert_eq!(values, [value.to_string(), "other".to_string()]);
    }
}

#[test]
fn hostile_key_values_stay_in_their_segment() {
    for value in HOSTILE_VALUES {
        key_round_trip(value).unwrap();
    }
    assert_eq!(
        Account::path(Key::alternate(Account::ACCOUNT_NUMBER, "')/$ref")).as_str(),
        "/accounts(accountnumber=''')%2F$ref')"
    );
}

#[test]
fn hostile_key_values_in_binds() {
    let account = Account::default();
    for value in HOSTILE_VALUES {
        let key = Key::alternate(Account::ACCOUNT_NUMBER, *value);
        let request = Create::new(&account)
            .bind_collection(Account::CHILDREN, [key])
            .allow(RuleKind::UnaddressableKey)
            .to_request()
            .unwrap();
        let Some(dataverse::request::Body::Json(body)) = request.body else {
            panic!("a JSON body")
        };
        let bind = body["account_parent_account@odata.bind"][0]
            .as_str()
            .unwrap();
        // The bind is a relative URL of one record.
        key_round_trip_path(bind, value);
    }
}

fn key_round_trip_path(path: &str, value: &str) {
    let url = url(path);
    assert!(url.query().is_none() && url.fragment().is_none(), "{path}");
    let last = url.path_segments().unwrap().next_back().unwrap();
    let decoded = odata::percent_decode(last);
    let literal = decoded.strip_prefix("accounts(accountnumber=").unwrap();
    assert_eq!(
        read_literal(literal),
        Some((value.to_string(), ")")),
        "{path}"
    );
}

#[test]
fn unaddressable_key_characters_are_refused_with_a_reason() {
    let account = Account {
        name: Some("x".into()),
        ..Default::default()
    };
    let key = Key::alternate(Account::ACCOUNT_NUMBER, "A/B");
    let error = Update::new(key.clone(), &account).to_request().unwrap_err();
    assert_eq!(error.violations.len(), 1);
    assert_eq!(error.violations[0].column, "accountnumber");
    assert!(
        error.to_string().contains("cannot take in a key value"),
        "{error}"
    );
    // Allowed explicitly, the request is built (and still encoded).
    let request = Update::new(key, &account)
        .allow(RuleKind::UnaddressableKey)
        .to_request()
        .unwrap();
    assert_eq!(request.path, "/accounts(accountnumber='A%2FB')");
}

#[test]
fn hostile_names_from_metadata_are_encoded_too() {
    let query = Query::<Hostile>::new()
        .select(Hostile::N)
        .filter(Hostile::N.eq("v"));
    let request = RetrieveMultiple::new(query).to_request().unwrap();
    let url = url(&request.path_and_query());
    // One path segment for the entity set, two options.
    assert_eq!(url.path_segments().unwrap().count(), 4, "{url}");
    let names: Vec<String> = url.query_pairs().map(|(n, _)| n.into_owned()).collect();
    assert_eq!(names, ["$select", "$filter"]);
    let id = Uuid::from_u128(7);
    let path = Hostile::path(id);
    assert_eq!(url_segments(path.as_str()), 4);
}

fn url_segments(path: &str) -> usize {
    let url = url(path);
    assert!(url.query().is_none() && url.fragment().is_none());
    url.path_segments().unwrap().count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_is_a_filter_literal(value in any::<String>()) {
        prop_assert_eq!(filter_round_trip(&value), Ok(()));
    }

    #[test]
    fn any_string_is_a_key_value(value in any::<String>()) {
        prop_assert_eq!(key_round_trip(&value), Ok(()));
    }

    #[test]
    fn any_string_is_a_path_segment(
        // URLs cannot carry `.` and `..` as segments in any encoding
        // (parsers resolve them); see `odata::path_segment`.
        value in any::<String>().prop_filter("a dot segment", |v| v != "." && v != "..")
    ) {
        prop_assert_eq!(segment_round_trip(&value), Ok(()));
    }

    #[test]
    fn quoted_literals_parse_back(value in any::<String>()) {
        prop_assert_eq!(odata::parse_string_literal(&odata::query_string_literal(&value)), Some(value.clone()));
        prop_assert_eq!(odata::parse_string_literal(&odata::path_string_literal(&value)), Some(value));
    }
}
