//! Decoding a page of 5,000 records into generated types, against parsing
//! the same bytes into `serde_json::Value` (the goal: typed decoding within
//! 2x of the raw parse). The typed path includes the raw parse: it is what
//! a client does with a response body.
//!
//! `cargo bench -p dataverse-tests --bench decode`

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dataverse::read::Page;
use dataverse_generated::account::Account;
use serde_json::Value;

/// A page as the Web API returns it for `$select` of 18 columns with
/// `Prefer: odata.include-annotations="*"`: lookups with their table and
/// name, choices and money with formatted values, an etag per record.
fn page(records: usize) -> String {
    let mut json = String::from(
        r#"{"@odata.context":"[Organization URI]/api/data/v9.2/$metadata#accounts(name,accountnumber,revenue)","value":["#,
    );
    for i in 0..records {
        if i > 0 {
            json.push(',');
        }
        let _ = write!(
            json,
            r#"{{"@odata.etag":"W/\"{etag}\"",
"accountid":"{i:08x}-9c72-e511-80d4-00155d2a68d1",
"name":"Account {i} (sample)","accountnumber":"A-{i:06}",
"revenue@OData.Community.Display.V1.FormattedValue":"${thousands},000.00","revenue":{thousands}000.00,
"numberofemployees":{employees},"creditonhold":{hold},
"industrycode@OData.Community.Display.V1.FormattedValue":"Accounting","industrycode":1,
"statecode@OData.Community.Display.V1.FormattedValue":"Active","statecode":0,
"statuscode@OData.Community.Display.V1.FormattedValue":"Active","statuscode":1,
"createdon@OData.Community.Display.V1.FormattedValue":"5/1/2024 8:30 AM","createdon":"2024-05-01T08:30:00Z",
"modifiedon":"2024-06-0{day}T12:00:00Z",
"_primarycontactid_value@OData.Community.Display.V1.FormattedValue":"Contact {i}",
"_primarycontactid_value@Microsoft.Dynamics.CRM.associatednavigationproperty":"primarycontactid",
"_primarycontactid_value@Microsoft.Dynamics.CRM.lookuplogicalname":"contact",
"_primarycontactid_value":"{i:08x}-34cb-ed11-b596-0022481d68cd",
"_ownerid_value@OData.Community.Display.V1.FormattedValue":"System Administrator",
"_ownerid_value@Microsoft.Dynamics.CRM.associatednavigationproperty":"owninguser",
"_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname":"systemuser",
"_ownerid_value":"4026be43-6b69-e111-8f65-78e7d1620f5e",
"telephone1":"555-{i:04}","emailaddress1":"someone{i}@example.com","address1_city":"Redmond",
"websiteurl":"https://www.example.com/{i}","description":"Record number {i}, described at some length for realism."}}"#,
            etag = 1_000_000 + i,
            thousands = i + 1,
            employees = i % 5000,
            hold = i % 2 == 0,
            day = 1 + i % 9,
        );
    }
    json.push_str("]}");
    json
}

fn decode(c: &mut Criterion) {
    let text = page(5000);
    // The page decodes, every record.
    let value: Value = serde_json::from_str(&text).unwrap();
    let decoded = Page::<Account>::decode(&value).unwrap();
    assert_eq!(decoded.records.len(), 5000);
    assert_eq!(
        decoded.records[4999].entity.name.as_deref(),
        Some("Account 4999 (sample)")
    );

    let mut group = c.benchmark_group("page of 5000 accounts");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("serde_json::from_str into Value", |b| {
        b.iter(|| black_box(serde_json::from_str::<Value>(black_box(&text)).unwrap()))
    });
    group.bench_function("from_str + Page::<Account>::decode", |b| {
        b.iter(|| {
            let value: Value = serde_json::from_str(black_box(&text)).unwrap();
            black_box(Page::<Account>::decode(&value).unwrap())
        })
    });
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
