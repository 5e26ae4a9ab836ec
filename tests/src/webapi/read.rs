//! "Retrieve a table row using the Web API"
//! (retrieve-entity-using-web-api.md) and the conditional retrieve of
//! "Perform conditional operations using the Web API".

use dataverse::key::Key;
use dataverse::property::GetProperty;
use dataverse::read::{Count, Retrieve};
use dataverse::{Entity, Query};

use super::check::{case, dec, ok, time, uuid, Fields};
use super::tables::account::Account;
use super::tables::contact::Contact;
use super::tables::task::Task;
use super::{documented, Exchange, Replay};

pub(super) fn exchanges() -> Vec<Exchange> {
    vec![
        documented!("retrieve_select", retrieve_select),
        documented!("retrieve_single_property", retrieve_single_property),
        documented!("retrieve_navigation_property", retrieve_navigation_property),
        documented!("retrieve_related_count", retrieve_related_count),
        documented!(
            "retrieve_expand_single_valued",
            retrieve_expand_single_valued
        ),
        documented!(
            "retrieve_expand_collection_valued",
            retrieve_expand_collection_valued
        ),
        documented!("retrieve_expand_both", retrieve_expand_both),
        documented!("retrieve_alternate_key", retrieve_alternate_key),
        documented!(
            "retrieve_alternate_key_lookup",
            retrieve_alternate_key_lookup
        ),
        documented!(
            "conditional_retrieve_not_modified",
            conditional_retrieve_not_modified
        ),
    ]
}

fn sample_id() -> dataverse::types::Uuid {
    uuid("00000000-0000-0000-0000-000000000001")
}

fn retrieve_select() -> Box<dyn Replay> {
    let operation = Retrieve::<Account>::new(
        sample_id(),
        Query::new().select((Account::NAME, Account::REVENUE)),
    );
    case(operation, |fields, record| {
        let record = ok(record)?;
        fields.eq("@odata.etag", record.etag.as_deref(), Some("W/\"502186\""));
        fields.eq(
            "name",
            record.entity.name.as_deref(),
            Some("A. Datum Corporation (sample)"),
        );
        fields.eq("revenue", record.entity.revenue, Some(dec("10000")));
        fields.eq("accountid", record.entity.account_id, Some(sample_id()));
        fields.eq(
            "_transactioncurrencyid_value",
            record.entity.transaction_currency_id.map(|r| r.id),
            Some(uuid("b2a6b689-9a39-e611-80d2-00155db44581")),
        );
        Ok(())
    })
}

fn retrieve_single_property() -> Box<dyn Replay> {
    case(
        GetProperty::new(sample_id(), Account::NAME),
        |fields, name| {
            fields.eq(
                "value",
                ok(name)?.as_deref(),
                Some("Adventure Works (sample)"),
            );
            Ok(())
        },
    )
}

fn retrieve_navigation_property() -> Box<dyn Replay> {
    let operation = Retrieve::at(
        Account::path(sample_id()).nav(Account::ACCOUNT_PRIMARY_CONTACT),
        Query::new().select(Contact::FULL_NAME),
    );
    case(operation, |fields, record| {
        let record = ok(record)?;
        fields.eq("@odata.etag", record.etag.as_deref(), Some("W/\"500128\""));
        fields.eq(
            "fullname",
            record.entity.full_name.as_deref(),
            Some("Rene Valdes (sample)"),
        );
        fields.eq(
            "contactid",
            record.entity.contact_id,
            Some(uuid("ff390c24-9c72-e511-80d4-00155d2a68d1")),
        );
        Ok(())
    })
}

fn retrieve_related_count() -> Box<dyn Replay> {
    let operation = Count::at(Account::path(sample_id()).nav(Account::ACCOUNT_TASKS));
    case(operation, |fields, count| {
        fields.eq("", ok(count)?, 2);
        Ok(())
    })
}

fn retrieve_expand_single_valued() -> Box<dyn Replay> {
    let operation = Retrieve::<Account>::new(
        sample_id(),
        Query::new().select(Account::NAME).expand(
            Account::ACCOUNT_PRIMARY_CONTACT,
            Query::new().select((Contact::CONTACT_ID, Contact::FULL_NAME)),
        ),
    );
    case(operation, |fields, record| {
        let record = ok(record)?;
        fields.eq("@odata.etag", record.etag.as_deref(), Some("W/\"550616\""));
        fields.eq(
            "name",
            record.entity.name.as_deref(),
            Some("Adventure Works (sample)"),
        );
        fields.eq("accountid", record.entity.account_id, Some(sample_id()));
        let contact = record
            .related(Account::ACCOUNT_PRIMARY_CONTACT)
            .map_err(|e| e.to_string())?
            .ok_or("primarycontactid was not expanded")?;
        fields.eq(
            "primarycontactid/@odata.etag",
            contact.etag.as_deref(),
            Some("W/\"550626\""),
        );
        fields.eq(
            "primarycontactid/contactid",
            contact.entity.contact_id,
            Some(uuid("c59648c3-68f7-e511-80d3-00155db53318")),
        );
        fields.eq(
            "primarycontactid/fullname",
            contact.entity.full_name.as_deref(),
            Some("Nancy Anderson (sample)"),
        );
        Ok(())
    })
}

/// The two tasks of "Sample Child Account 1", under `Account_Tasks`.
fn check_sample_tasks(fields: &mut Fields, tasks: &[dataverse::Retrieved<Task>]) {
    let expected = [
        (
            "W/\"514085\"",
            "Sample Task 1",
            "2016-04-11T15:00:00Z",
            "a983a612-3ffc-e511-80d2-00155db07c77",
        ),
        (
            "W/\"514082\"",
            "Sample Task 2",
            "2016-04-13T15:00:00Z",
            "7bcc572f-3ffc-e511-80d2-00155db07c77",
        ),
    ];
    fields.check("tasks", tasks.len(), expected.len());
    for (index, (task, (etag, subject, start, id))) in tasks.iter().zip(expected).enumerate() {
        let at = |field: &str| format!("Account_Tasks/{index}/{field}");
        fields.eq(&at("@odata.etag"), task.etag.as_deref(), Some(etag));
        fields.eq(
            &at("subject"),
            task.entity.subject.as_deref(),
            Some(subject),
        );
        fields.eq(
            &at("scheduledstart"),
            task.entity.scheduled_start,
            Some(time(start)),
        );
        fields.eq(&at("activityid"), task.entity.activity_id, Some(uuid(id)));
    }
}

fn retrieve_expand_collection_valued() -> Box<dyn Replay> {
    let id = uuid("915e89f5-29fc-e511-80d2-00155db07c77");
    let operation = Retrieve::<Account>::new(
        id,
        Query::new().select(Account::NAME).expand(
            Account::ACCOUNT_TASKS,
            Query::new().select((Task::SUBJECT, Task::SCHEDULED_START)),
        ),
    );
    case(operation, |fields, record| {
        let record = ok(record)?;
        fields.eq("@odata.etag", record.etag.as_deref(), Some("W/\"514069\""));
        fields.eq(
            "name",
            record.entity.name.as_deref(),
            Some("Sample Child Account 1"),
        );
        fields.eq(
            "accountid",
            record.entity.account_id,
            Some(uuid("915e89f5-29fc-e511-80d2-00155db07c77")),
        );
        let tasks = record
            .related(Account::ACCOUNT_TASKS)
            .map_err(|e| e.to_string())?;
        check_sample_tasks(fields, &tasks);
        Ok(())
    })
}

fn retrieve_expand_both() -> Box<dyn Replay> {
    let id = uuid("915e89f5-29fc-e511-80d2-00155db07c77");
    let operation = Retrieve::<Account>::new(
        id,
        Query::new()
            .select(Account::ACCOUNT_ID)
            .expand(
                Account::ACCOUNT_PARENT_ACCOUNT_PARENT,
                Query::new().select((Account::CREATED_ON, Account::NAME)),
            )
            .expand(
                Account::ACCOUNT_TASKS,
                Query::new().select((Task::SUBJECT, Task::SCHEDULED_START)),
            ),
    );
    case(operation, |fields, record| {
        let record = ok(record)?;
        fields.eq("@odata.etag", record.etag.as_deref(), Some("W/\"514069\""));
        fields.eq(
            "accountid",
            record.entity.account_id,
            Some(uuid("915e89f5-29fc-e511-80d2-00155db07c77")),
        );
        let parent = record
            .related(Account::ACCOUNT_PARENT_ACCOUNT_PARENT)
            .map_err(|e| e.to_string())?
            .ok_or("parentaccountid was not expanded")?;
        fields.eq(
            "parentaccountid/@odata.etag",
            parent.etag.as_deref(),
            Some("W/\"514074\""),
        );
        fields.eq(
            "parentaccountid/createdon",
            parent.entity.created_on,
            Some(time("2016-04-06T00:29:04Z")),
        );
        fields.eq(
            "parentaccountid/name",
            parent.entity.name.as_deref(),
            Some("Adventure Works (sample)"),
        );
        fields.eq(
            "parentaccountid/accountid",
            parent.entity.account_id,
            Some(uuid("3adbf27c-8efb-e511-80d2-00155db07c77")),
        );
        let tasks = record
            .related(Account::ACCOUNT_TASKS)
            .map_err(|e| e.to_string())?;
        check_sample_tasks(fields, &tasks);
        Ok(())
    })
}

fn retrieve_alternate_key() -> Box<dyn Replay> {
    let key =
        Key::alternate(Contact::FIRST_NAME, "Joe").and(Contact::E_MAIL_ADDRESS1, "abc@example.com");
    case(Retrieve::new(key, Query::new()), |_, record| {
        ok(record).map(drop)
    })
}

fn retrieve_alternate_key_lookup() -> Box<dyn Replay> {
    let key = Key::alternate(
        Account::PRIMARY_CONTACT_ID,
        uuid("00000000-0000-0000-0000-000000000001"),
    );
    case(Retrieve::new(key, Query::new()), |_, record| {
        ok(record).map(drop)
    })
}

fn conditional_retrieve_not_modified() -> Box<dyn Replay> {
    let operation = Retrieve::<Account>::new(
        sample_id(),
        Query::new().select((
            Account::ACCOUNT_CATEGORY_CODE,
            Account::ACCOUNT_NUMBER,
            Account::CREDIT_ON_HOLD,
            Account::CREATED_ON,
            Account::NUMBER_OF_EMPLOYEES,
            Account::NAME,
            Account::REVENUE,
        )),
    )
    .if_changed_since("W/\"468026\"");
    case(operation, |fields, record| {
        fields.check("unchanged (304)", ok(record)?.is_none(), true);
        Ok(())
    })
}
