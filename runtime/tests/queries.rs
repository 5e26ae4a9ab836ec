//! Query strings: precedence, lambdas, related rows, query functions and
//! literals of every type, written as the Web API documents them.

mod common;

use chrono::{NaiveDate, TimeZone, Utc};
use common::Account;
use dataverse::read::RetrieveMultiple;
use dataverse::request::Operation;
use dataverse::types::{Decimal, Uuid};
use dataverse::{Filter, Query};

#[test]
fn parentheses_follow_precedence() {
    let a = || Account::NAME.contains("a");
    let b = || Account::NAME.contains("b");
    let c = || Account::REVENUE.gt(5);
    assert_eq!(
        ((a() | b()) & c()).to_string(),
        "(contains(name,'a') or contains(name,'b')) and revenue gt 5"
    );
    assert_eq!(
        (a() | (b() & c())).to_string(),
        "contains(name,'a') or contains(name,'b') and revenue gt 5"
    );
    assert_eq!((!a()).to_string(), "not contains(name,'a')");
    assert_eq!(
        (!(a() & c())).to_string(),
        "not (contains(name,'a') and revenue gt 5)"
    );
    // Parentheses a document writes where none are needed.
    assert_eq!(
        (a().group() & c()).to_string(),
        "(contains(name,'a')) and revenue gt 5"
    );
    assert_eq!(
        Filter::all_of([a(), b(), c()]).unwrap().to_string(),
        "contains(name,'a') and contains(name,'b') and revenue gt 5"
    );
    assert_eq!(Filter::<Account>::any_of([]), None);
}

#[test]
fn lambdas_name_their_variable_after_the_related_table() {
    // The convention: the first letter of the related table; an inner
    // lambda over the same table gets the next free name.
    let filter = Account::CHILDREN
        .any(Account::NAME.eq("x") & Account::CHILDREN.all(Account::REVENUE.ge(1)));
    assert_eq!(
        filter.to_string(),
        "account_parent_account/any(a:a/name eq 'x' and a/account_parent_account/all(a1:a1/revenue ge 1))"
    );
    assert_eq!(
        Account::CHILDREN.exists().to_string(),
        "account_parent_account/any()"
    );
}

#[test]
fn conditions_on_the_row_a_lookup_points_at() {
    let filter = Account::PARENT.has(Account::NAME.eq("Contoso") | Account::NAME.eq("Fabrikam"));
    assert_eq!(
        filter.to_string(),
        "parentaccountid/name eq 'Contoso' or parentaccountid/name eq 'Fabrikam'"
    );
    // Inside `and`, the related `or` keeps its parentheses.
    let filter = filter & Account::REVENUE.gt(1);
    assert_eq!(
        filter.to_string(),
        "(parentaccountid/name eq 'Contoso' or parentaccountid/name eq 'Fabrikam') and revenue gt 1"
    );
    let nested = Account::PARENT.has(Account::PARENT.has(Account::NAME.is_null()));
    assert_eq!(
        nested.to_string(),
        "parentaccountid/parentaccountid/name eq null"
    );
}

#[test]
fn lookups_compare_by_id() {
    let id = Uuid::from_u128(0x70bf4d48_34cb_ed11_b596_0022481d68cd);
    assert_eq!(
        Account::PRIMARY_CONTACT.eq(id).to_string(),
        "_primarycontactid_value eq 70bf4d48-34cb-ed11-b596-0022481d68cd"
    );
    assert_eq!(
        Account::PRIMARY_CONTACT.is_not_null().to_string(),
        "_primarycontactid_value ne null"
    );
}

#[test]
fn query_functions() {
    assert_eq!(
        Account::REVENUE.between(5, 2000).to_string(),
        r#"Microsoft.Dynamics.CRM.Between(PropertyName='revenue',PropertyValues=["5","2000"])"#
    );
    assert_eq!(
        Account::NAME.is_in(["O'Brian", "OBryan"]).to_string(),
        r#"Microsoft.Dynamics.CRM.In(PropertyName='name',PropertyValues=["O'Brian","OBryan"])"#
    );
    assert_eq!(
        Account::NAME.not_in(["a&b"]).to_string(),
        r#"Microsoft.Dynamics.CRM.NotIn(PropertyName='name',PropertyValues=["a%26b"])"#
    );
    assert_eq!(
        Account::REVENUE
            .query_function_with("LastXDays", 7)
            .to_string(),
        "Microsoft.Dynamics.CRM.LastXDays(PropertyName='revenue',PropertyValue=7)"
    );
    assert_eq!(
        Account::NAME
            .query_function("EqualUserLanguage")
            .to_string(),
        "Microsoft.Dynamics.CRM.EqualUserLanguage(PropertyName='name')"
    );
    assert_eq!(
        Account::PRIMARY_CONTACT
            .is_in([Uuid::from_u128(1)])
            .to_string(),
        r#"Microsoft.Dynamics.CRM.In(PropertyName='_primarycontactid_value',PropertyValues=["00000000-0000-0000-0000-000000000001"])"#
    );
}

#[test]
fn literals_of_every_type() {
    let revenue: Decimal = "1234.5600".parse().unwrap();
    assert_eq!(
        Account::REVENUE.eq(revenue).to_string(),
        "revenue eq 1234.56"
    );
    assert_eq!(
        Account::REVENUE.lt(Decimal::new(-5, 1)).to_string(),
        "revenue lt -0.5"
    );
    // Column comparisons (same row, same type).
    assert_eq!(
        Account::NAME.eq_column(Account::ACCOUNT_NUMBER).to_string(),
        "name eq accountnumber"
    );
    assert_eq!(
        dataverse::odata::date_literal(&NaiveDate::from_ymd_opt(2024, 5, 1).unwrap()),
        "2024-05-01"
    );
    assert_eq!(
        dataverse::odata::date_time_literal(&Utc.with_ymd_and_hms(2024, 5, 1, 8, 30, 0).unwrap()),
        "2024-05-01T08:30:00Z"
    );
    assert_eq!(dataverse::odata::double_literal(0.1), "0.1");
    assert_eq!(dataverse::odata::double_literal(f64::NEG_INFINITY), "-INF");
}

#[test]
fn options_keep_the_order_they_were_set_in() {
    let query = Query::<Account>::new()
        .filter(Account::NAME.starts_with("a"))
        .select((Account::NAME, Account::PRIMARY_CONTACT))
        .filter(Account::REVENUE.gt(1))
        .top(1)
        .expand(
            Account::PARENT,
            Query::new()
                .select(Account::NAME)
                .expand(Account::PARENT, Query::new().select(Account::NAME)),
        )
        .order_by(Account::NAME)
        .order_by(Account::REVENUE.desc())
        .count();
    assert_eq!(
        query.to_query_string(),
        "$filter=startswith(name,'a') and revenue gt 1&$select=name,_primarycontactid_value&$top=1\
         &$expand=parentaccountid($select=name;$expand=parentaccountid($select=name))\
         &$orderby=name,revenue desc&$count=true"
    );
    let request = RetrieveMultiple::new(Query::<Account>::new())
        .annotations("*")
        .max_page_size(10)
        .to_request()
        .unwrap();
    assert_eq!(request.path_and_query(), "/accounts");
    assert_eq!(
        request.header("prefer"),
        Some("odata.include-annotations=\"*\",odata.maxpagesize=10")
    );
}
