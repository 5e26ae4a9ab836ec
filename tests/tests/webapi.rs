//! The Web API exchanges of Microsoft's documentation, replayed: one test
//! per exchange (`webapi_<name>`) builds the documented request with the
//! typed API and compares it with the data file, then reads the documented
//! response into generated types and checks every documented field. The
//! tests after them check the checks: every data file is replayed, and
//! changing any documented field of a response makes its check fail.

use std::collections::BTreeSet;

use dataverse_tests::webapi::{self, Documented, Exchange};
use serde_json::Value;

fn exchange(name: &str) -> Exchange {
    webapi::exchange(name).unwrap_or_else(|| panic!("no exchange `{name}` is registered"))
}

fn documented(exchange: &Exchange) -> Documented {
    exchange
        .documented()
        .unwrap_or_else(|error| panic!("{}: {error}", exchange.name))
}

/// Builds the request, compares it with the file, and checks the
/// documented response (when the page shows one).
fn replay(name: &str) {
    let exchange = exchange(name);
    let documented = documented(&exchange);
    let replay = (exchange.build)();
    let request = replay.request();
    if let Err(differences) = documented.compare_request(&request) {
        panic!(
            "{name}: the typed request differs from {}:\n{differences}",
            exchange.file
        );
    }
    match documented.response() {
        Some(response) => {
            if let Err(failures) = replay.check_response(&response) {
                panic!("{name}: the documented response does not check:\n{failures}");
            }
        }
        None => assert!(
            documented
                .notes
                .iter()
                .any(|note| note.contains("shows no response")),
            "{name}: a file without a response must say why in its notes"
        ),
    }
}

macro_rules! webapi_tests {
    ($($test:ident => $name:literal,)*) => {
        $(
            #[test]
            fn $test() {
                replay($name);
            }
        )*

        /// The names the tests above replay.
        const TESTED: &[&str] = &[$($name),*];
    };
}

webapi_tests! {
    webapi_create_basic => "create_basic",
    webapi_create_with_data_returned => "create_with_data_returned",
    webapi_create_deep_insert => "create_deep_insert",
    webapi_create_associate_on_create => "create_associate_on_create",
    webapi_update_basic => "update_basic",
    webapi_update_with_data_returned => "update_with_data_returned",
    webapi_update_single_property => "update_single_property",
    webapi_delete_single_property => "delete_single_property",
    webapi_upsert_alternate_key => "upsert_alternate_key",
    webapi_delete_basic => "delete_basic",
    webapi_upsert_prevent_create => "upsert_prevent_create",
    webapi_upsert_prevent_update => "upsert_prevent_update",
    webapi_delete_optimistic_concurrency => "delete_optimistic_concurrency",
    webapi_update_optimistic_concurrency => "update_optimistic_concurrency",
    webapi_retrieve_select => "retrieve_select",
    webapi_retrieve_single_property => "retrieve_single_property",
    webapi_retrieve_navigation_property => "retrieve_navigation_property",
    webapi_retrieve_related_count => "retrieve_related_count",
    webapi_retrieve_expand_single_valued => "retrieve_expand_single_valued",
    webapi_retrieve_expand_collection_valued => "retrieve_expand_collection_valued",
    webapi_retrieve_expand_both => "retrieve_expand_both",
    webapi_retrieve_alternate_key => "retrieve_alternate_key",
    webapi_retrieve_alternate_key_lookup => "retrieve_alternate_key_lookup",
    webapi_conditional_retrieve_not_modified => "conditional_retrieve_not_modified",
    webapi_select_columns => "select_columns",
    webapi_select_formatted_values => "select_formatted_values",
    webapi_select_lookup_annotations => "select_lookup_annotations",
    webapi_filter_column_comparison => "filter_column_comparison",
    webapi_filter_between => "filter_between",
    webapi_filter_single_quote => "filter_single_quote",
    webapi_filter_lookup_property => "filter_lookup_property",
    webapi_filter_lookup_nested => "filter_lookup_nested",
    webapi_filter_lambda_any => "filter_lambda_any",
    webapi_filter_lambda_all => "filter_lambda_all",
    webapi_filter_lambda_any_and => "filter_lambda_any_and",
    webapi_filter_lambda_nested => "filter_lambda_nested",
    webapi_order_rows => "order_rows",
    webapi_page_first => "page_first",
    webapi_page_next => "page_next",
    webapi_count_rows => "count_rows",
    webapi_count_rows_with_annotations => "count_rows_with_annotations",
    webapi_count_collection => "count_collection",
    webapi_expand_select_columns => "expand_select_columns",
    webapi_expand_single_valued => "expand_single_valued",
    webapi_expand_references => "expand_references",
    webapi_expand_nested_single_valued => "expand_nested_single_valued",
    webapi_expand_collection_single => "expand_collection_single",
    webapi_expand_collection_nested => "expand_collection_nested",
    webapi_associate_single_valued => "associate_single_valued",
    webapi_disassociate_single_valued => "disassociate_single_valued",
    webapi_set_reference => "set_reference",
    webapi_remove_reference => "remove_reference",
    webapi_add_to_collection => "add_to_collection",
    webapi_add_to_collection_many_to_many => "add_to_collection_many_to_many",
    webapi_remove_from_collection => "remove_from_collection",
    webapi_disassociate_on_update => "disassociate_on_update",
    webapi_error_with_annotations => "error_with_annotations",
    webapi_create_choices => "create_choices",
    webapi_filter_contain_values => "filter_contain_values",
    webapi_retrieve_user_by_object_id => "retrieve_user_by_object_id",
    webapi_assign_role_by_object_id => "assign_role_by_object_id",
    webapi_assign_owner_by_object_id => "assign_owner_by_object_id",
}

#[test]
fn webapi_every_file_is_registered_and_tested() {
    let files: BTreeSet<String> = std::fs::read_dir(webapi::exchanges_dir())
        .expect("the exchanges folder exists")
        .map(|entry| entry.expect("readable folder").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    let registered: BTreeSet<String> = webapi::exchanges()
        .iter()
        .map(|exchange| exchange.name.to_string())
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|name| name.to_string()).collect();
    assert_eq!(files, registered, "data files vs the registry");
    assert_eq!(registered, tested, "the registry vs the webapi_ tests");
    assert!(files.len() >= 30, "only {} exchanges", files.len());
}

#[test]
fn webapi_every_file_names_its_page_and_section() {
    for exchange in webapi::exchanges() {
        let documented = documented(&exchange);
        assert!(
            documented
                .source
                .page
                .starts_with("powerapps-docs/developer/data-platform/"),
            "{}: {}",
            exchange.name,
            documented.source.page
        );
        assert!(!documented.source.section.is_empty(), "{}", exchange.name);
        assert!(
            documented.request.path.starts_with('/'),
            "{}: the path is relative to the service root",
            exchange.name
        );
    }
}

/// Every way of changing one documented leaf: a string gains a letter, a
/// number grows by one, a Boolean flips, null becomes a string.
fn mutate(value: &Value) -> Value {
    match value {
        Value::String(text) => Value::String(format!("{text}x")),
        Value::Number(number) => {
            let grown = number
                .to_string()
                .parse::<dataverse::types::Decimal>()
                .map(|n| n + dataverse::types::Decimal::ONE)
                .expect("a decimal number");
            serde_json::from_str(&grown.to_string()).expect("a number")
        }
        Value::Bool(flag) => Value::Bool(!flag),
        Value::Null => Value::String("x".into()),
        other => panic!("not a leaf: {other}"),
    }
}

/// The leaves of `json` as JSON pointers, with the paths check_response
/// uses (`value/0/name`).
fn leaves(json: &Value, pointer: String, path: String, out: &mut Vec<(String, String)>) {
    let join = |parent: &str, key: &str| {
        if parent.is_empty() {
            key.to_string()
        } else {
            format!("{parent}/{key}")
        }
    };
    let escape = |key: &str| key.replace('~', "~0").replace('/', "~1");
    match json {
        Value::Object(object) if !object.is_empty() => {
            for (key, value) in object {
                leaves(
                    value,
                    format!("{pointer}/{}", escape(key)),
                    join(&path, key),
                    out,
                );
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (index, value) in items.iter().enumerate() {
                leaves(
                    value,
                    format!("{pointer}/{index}"),
                    join(&path, &index.to_string()),
                    out,
                );
            }
        }
        _ => out.push((pointer, path)),
    }
}

/// `OData-EntityId` with the last character of its key changed.
fn mutate_entity_id(url: &str) -> String {
    let close = url.rfind(')').expect("a key in parentheses");
    let mut changed = url[..close - 1].to_string();
    changed.push(if url[..close].ends_with('0') {
        '1'
    } else {
        '0'
    });
    changed.push_str(&url[close..]);
    changed
}

/// Proof that check_response checks every documented field: changing any
/// one of them (but `@odata.context` and the fields an exchange declares
/// undecoded, with its reason) makes it fail. The `OData-EntityId` header
/// counts as a field (`header:OData-EntityId`).
#[test]
fn webapi_changing_any_documented_field_fails_its_check() {
    let mut checked = 0;
    for exchange in webapi::exchanges() {
        let documented = documented(&exchange);
        let Some(response) = documented.response.as_ref() else {
            continue;
        };
        let replay = (exchange.build)();
        let undecoded: Vec<&str> = replay.undecoded().iter().map(|(path, _)| *path).collect();
        for (index, (name, value)) in response.headers.iter().enumerate() {
            if !name.eq_ignore_ascii_case("OData-EntityId")
                || undecoded.contains(&"header:OData-EntityId")
            {
                continue;
            }
            let mut changed = documented.clone();
            changed.response.as_mut().unwrap().headers[index].1 = mutate_entity_id(value);
            assert!(
                replay.check_response(&changed.response().unwrap()).is_err(),
                "{}: changing the OData-EntityId header went unnoticed",
                exchange.name
            );
            checked += 1;
        }
        let Some(body) = response.body.clone() else {
            continue;
        };
        let mut paths = Vec::new();
        leaves(&body, String::new(), String::new(), &mut paths);
        for (pointer, path) in paths {
            if path.ends_with("@odata.context") || undecoded.contains(&path.as_str()) {
                continue;
            }
            let mut changed = documented.clone();
            let response = changed.response.as_mut().unwrap();
            let target = response
                .body
                .as_mut()
                .unwrap()
                .pointer_mut(&pointer)
                .unwrap();
            *target = mutate(target);
            let response = changed.response().unwrap();
            assert!(
                replay.check_response(&response).is_err(),
                "{}: changing `{path}` went unnoticed",
                exchange.name
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} fields were changed");
}

/// The request comparison is exact: a changed query, header or body is a
/// difference.
#[test]
fn webapi_a_changed_request_is_a_difference() {
    let exchange = exchange("create_with_data_returned");
    let documented = documented(&exchange);
    let request = (exchange.build)().request();
    documented.compare_request(&request).unwrap();

    let mut query = request.clone();
    query.query.push(' ');
    assert!(documented.compare_request(&query).is_err());

    let mut header = request.clone();
    header.set_header("Prefer", "return=minimal");
    assert!(documented.compare_request(&header).is_err());

    let mut extra = request.clone();
    extra.set_header("If-None-Match", "null");
    assert!(documented.compare_request(&extra).is_err());

    let mut body = request.clone();
    body.body = Some(dataverse::request::Body::Json(
        serde_json::json!({"name": "Sample Account"}),
    ));
    assert!(documented.compare_request(&body).is_err());

    // Numbers compare by value: 5000000 is 5000000.0.
    let mut same = request;
    if let Some(dataverse::request::Body::Json(json)) = &mut same.body {
        json["revenue"] = serde_json::from_str("5000000.0").unwrap();
    }
    documented.compare_request(&same).unwrap();
}
