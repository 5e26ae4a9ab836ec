//! "Update and delete table rows using the Web API"
//! (update-delete-entities-using-web-api.md) and the writes of "Perform
//! conditional operations using the Web API"
//! (perform-conditional-operations-using-web-api.md).

use dataverse::key::Key;
use dataverse::property::{DeleteProperty, SetProperty};
use dataverse::write::{Delete, Update, Upsert};
use dataverse::Query;

use super::check::{case, dec, error_body, keep, ok, refused, time, uuid, ENTITY_ID_HEADER};
use super::tables::account::{Account, AccountCategoryCode};
use super::tables::sample_thing::SampleThing;
use super::{documented, Exchange, Replay};

pub(super) fn exchanges() -> Vec<Exchange> {
    vec![
        documented!("update_basic", update_basic),
        documented!("update_with_data_returned", update_with_data_returned),
        documented!("update_single_property", update_single_property),
        documented!("delete_single_property", delete_single_property),
        documented!("upsert_alternate_key", upsert_alternate_key),
        documented!("delete_basic", delete_basic),
        documented!("upsert_prevent_create", upsert_prevent_create),
        documented!("upsert_prevent_update", upsert_prevent_update),
        documented!(
            "delete_optimistic_concurrency",
            delete_optimistic_concurrency
        ),
        documented!(
            "update_optimistic_concurrency",
            update_optimistic_concurrency
        ),
    ]
}

/// The documentation's sample record.
fn account_id() -> dataverse::types::Uuid {
    uuid("00000000-0000-0000-0000-000000000001")
}

/// The changes of "Basic update", also sent by the conditional upserts.
fn updated_account() -> &'static Account {
    keep(Account {
        name: Some("Updated Sample Account ".into()),
        credit_on_hold: Some(true),
        address1_latitude: Some(47.639583),
        description: Some("This is the updated description of the sample account".into()),
        revenue: Some(dec("6000000")),
        account_category_code: Some(AccountCategoryCode::Standard),
        ..Default::default()
    })
}

fn update_basic() -> Box<dyn Replay> {
    case(
        Update::new(account_id(), updated_account()),
        |fields, record| {
            let record = ok(record)?;
            fields.check("record (204)", record.is_none(), true);
            Ok(())
        },
    )
}

fn update_with_data_returned() -> Box<dyn Replay> {
    let account = keep(Account {
        name: Some("Updated Sample Account".into()),
        ..Default::default()
    });
    let operation =
        Update::new(account_id(), account).return_representation(Query::new().select((
            Account::NAME,
            Account::CREDIT_ON_HOLD,
            Account::ADDRESS1_LATITUDE,
            Account::DESCRIPTION,
            Account::REVENUE,
            Account::ACCOUNT_CATEGORY_CODE,
            Account::CREATED_ON,
        )));
    case(operation, |fields, record| {
        let record = ok(record)?.ok_or("no record returned")?;
        let account = &record.entity;
        fields.eq("@odata.etag", record.etag.as_deref(), Some("W/\"536537\""));
        fields.eq("accountid", account.account_id, Some(account_id()));
        fields.eq(
            "accountcategorycode",
            account.account_category_code,
            Some(AccountCategoryCode::PreferredCustomer),
        );
        fields.eq(
            "description",
            account.description.as_deref(),
            Some("This is the description of the sample account"),
        );
        fields.eq(
            "address1_latitude",
            account.address1_latitude,
            Some(47.63958),
        );
        fields.eq("creditonhold", account.credit_on_hold, Some(false));
        fields.eq(
            "name",
            account.name.as_deref(),
            Some("Updated Sample Account"),
        );
        fields.eq(
            "createdon",
            account.created_on,
            Some(time("2016-09-28T23:14:00Z")),
        );
        fields.eq("revenue", account.revenue, Some(dec("5000000.0000")));
        fields.eq(
            "_transactioncurrencyid_value",
            account.transaction_currency_id.as_ref().map(|r| r.id),
            Some(uuid("048dddaa-6f7f-e611-80d3-00155db5e0b6")),
        );
        Ok(())
    })
}

fn update_single_property() -> Box<dyn Replay> {
    let operation = SetProperty::new(
        account_id(),
        Account::NAME,
        "Updated Sample Account Name".to_string(),
    );
    case(operation, |_, done| ok(done))
}

fn delete_single_property() -> Box<dyn Replay> {
    case(
        DeleteProperty::new(account_id(), Account::DESCRIPTION),
        |_, done| ok(done),
    )
}

fn upsert_alternate_key() -> Box<dyn Replay> {
    let thing = keep(SampleThing {
        sample_name: Some("1:1".into()),
        ..Default::default()
    });
    let key = Key::alternate(SampleThing::SAMPLE_KEY1, 1).and(SampleThing::SAMPLE_KEY2, 1);
    case(Upsert::new(key, thing), |fields, written| {
        let written = ok(written)?;
        fields.eq(
            ENTITY_ID_HEADER,
            written.entity_url.as_deref(),
            Some("[Organization URI]/api/data/v9.2/sample_things(sample_key1=1,sample_key2=1)"),
        );
        fields.check("id (named by its key only)", written.id, None);
        fields.check("created (204 does not say)", written.created, None);
        Ok(())
    })
}

fn delete_basic() -> Box<dyn Replay> {
    case(Delete::<Account>::new(account_id()), |_, done| ok(done))
}

fn upsert_prevent_create() -> Box<dyn Replay> {
    let operation = Upsert::new(account_id(), updated_account()).update_only();
    case(operation, |fields, written| {
        let error = refused(written)?;
        fields.check("not found", error.is_not_found(), true);
        error_body(
            fields,
            &error,
            404,
            "",
            "account With Id = 00000000-0000-0000-0000-000000000001 Does Not Exist",
        );
        Ok(())
    })
}

fn upsert_prevent_update() -> Box<dyn Replay> {
    let operation = Upsert::new(account_id(), updated_account()).create_only();
    case(operation, |fields, written| {
        let error = refused(written)?;
        fields.check("precondition failed", error.is_precondition_failed(), true);
        error_body(
            fields,
            &error,
            412,
            "",
            "A record with matching key values already exists.",
        );
        Ok(())
    })
}

/// The answer to a write whose `If-Match` etag is out of date.
const VERSION_MISMATCH: &str =
    "The version of the existing record doesn't match the RowVersion property provided.";

fn delete_optimistic_concurrency() -> Box<dyn Replay> {
    let operation = Delete::<Account>::new(account_id()).if_match("W/\"470867\"");
    case(operation, |fields, done| {
        let error = refused(done)?;
        fields.check("precondition failed", error.is_precondition_failed(), true);
        error_body(fields, &error, 412, "", VERSION_MISMATCH);
        Ok(())
    })
}

fn update_optimistic_concurrency() -> Box<dyn Replay> {
    let account = keep(Account {
        name: Some("Updated Account Name".into()),
        ..Default::default()
    });
    let operation = Update::new(account_id(), account).if_match("W/\"470867\"");
    case(operation, |fields, record| {
        let error = refused(record)?;
        fields.check("precondition failed", error.is_precondition_failed(), true);
        error_body(fields, &error, 412, "", VERSION_MISMATCH);
        Ok(())
    })
}
