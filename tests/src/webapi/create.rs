//! "Create a table row using the Web API" (create-entity-web-api.md).

use dataverse::write::Create;
use dataverse::{Query, Ref};

use super::check::{case, dec, keep, ok, time, uuid, ENTITY_ID_HEADER};
use super::tables::account::{Account, AccountCategoryCode};
use super::tables::contact::Contact;
use super::tables::opportunity::Opportunity;
use super::tables::sales::OPPORTUNITY_CUSTOMER_ACCOUNTS;
use super::tables::task::Task;
use super::{documented, Exchange, Replay};

pub(super) fn exchanges() -> Vec<Exchange> {
    vec![
        documented!("create_basic", create_basic),
        documented!("create_with_data_returned", create_with_data_returned),
        documented!("create_deep_insert", create_deep_insert),
        documented!("create_associate_on_create", create_associate_on_create),
    ]
}

/// The sample account both "Basic create" and "Create with data returned"
/// send.
fn sample_account() -> Account {
    Account {
        name: Some("Sample Account".into()),
        credit_on_hold: Some(false),
        address1_latitude: Some(47.639583),
        description: Some("This is the description of the sample account".into()),
        revenue: Some(dec("5000000")),
        account_category_code: Some(AccountCategoryCode::PreferredCustomer),
        ..Default::default()
    }
}

fn create_basic() -> Box<dyn Replay> {
    case(Create::new(keep(sample_account())), |fields, written| {
        let written = ok(written)?;
        fields.eq(
            ENTITY_ID_HEADER,
            written.id,
            Some(uuid("7eb682f1-ca75-e511-80d4-00155d2a68d1")),
        );
        fields.check("record", written.record.is_none(), true);
        fields.check("created (204 does not say)", written.created, None);
        Ok(())
    })
}

fn create_with_data_returned() -> Box<dyn Replay> {
    let operation =
        Create::new(keep(sample_account())).return_representation(Query::new().select((
            Account::NAME,
            Account::CREDIT_ON_HOLD,
            Account::ADDRESS1_LATITUDE,
            Account::DESCRIPTION,
            Account::REVENUE,
            Account::ACCOUNT_CATEGORY_CODE,
            Account::CREATED_ON,
        )));
    case(operation, |fields, written| {
        let written = ok(written)?;
        fields.check("created (201)", written.created, Some(true));
        fields.check(
            "id",
            written.id,
            Some(uuid("d6f193fc-ce85-e611-80d8-00155d2a68de")),
        );
        let record = written.record.ok_or("no record returned")?;
        let account = &record.entity;
        fields.eq("@odata.etag", record.etag.as_deref(), Some("W/\"536530\""));
        fields.eq(
            "accountid",
            account.account_id,
            Some(uuid("d6f193fc-ce85-e611-80d8-00155d2a68de")),
        );
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
        fields.eq("name", account.name.as_deref(), Some("Sample Account"));
        fields.eq(
            "createdon",
            account.created_on,
            Some(time("2016-09-28T22:57:53Z")),
        );
        fields.eq("revenue", account.revenue, Some(dec("5000000.0000")));
        fields.eq(
            "_transactioncurrencyid_value",
            account
                .transaction_currency_id
                .as_ref()
                .map(|r| (r.table.as_str(), r.id)),
            Some((
                "transactioncurrency",
                uuid("048dddaa-6f7f-e611-80d3-00155db5e0b6"),
            )),
        );
        Ok(())
    })
}

fn create_deep_insert() -> Box<dyn Replay> {
    let account = keep(Account {
        name: Some("Sample Account".into()),
        ..Default::default()
    });
    let contact = keep(Contact {
        first_name: Some("John".into()),
        last_name: Some("Smith".into()),
        ..Default::default()
    });
    let opportunity = keep(Opportunity {
        name: Some("Opportunity associated to Sample Account".into()),
        ..Default::default()
    });
    let task = keep(Task {
        subject: Some("Task associated to opportunity".into()),
        ..Default::default()
    });
    let operation = Create::new(account)
        .with_related(Account::ACCOUNT_PRIMARY_CONTACT, Create::new(contact))
        .with_related_many(
            OPPORTUNITY_CUSTOMER_ACCOUNTS,
            [Create::new(opportunity)
                .with_related_many(Opportunity::OPPORTUNITY_TASKS, [Create::new(task)])],
        );
    case(operation, |fields, written| {
        let written = ok(written)?;
        fields.eq(
            ENTITY_ID_HEADER,
            written.id,
            Some(uuid("3c6e4b5f-86f6-e411-80dd-00155d2a68cb")),
        );
        fields.check("record", written.record.is_none(), true);
        Ok(())
    })
}

fn create_associate_on_create() -> Box<dyn Replay> {
    let account = keep(Account {
        name: Some("Sample Account".into()),
        primary_contact_id: Some(Ref::new(uuid("00000000-0000-0000-0000-000000000001"))),
        ..Default::default()
    });
    let operation = Create::new(account)
        .bind_collection(
            Account::ACCOUNT_TASKS,
            [
                uuid("00000000-0000-0000-0000-000000000002"),
                uuid("00000000-0000-0000-0000-000000000003"),
            ],
        )
        .return_representation(
            Query::new()
                .select(Account::NAME)
                .expand(
                    Account::ACCOUNT_PRIMARY_CONTACT,
                    Query::new().select(Contact::FULL_NAME),
                )
                .expand(Account::ACCOUNT_TASKS, Query::new().select(Task::SUBJECT)),
        );
    case(operation, |fields, written| {
        let written = ok(written)?;
        fields.check("created (201)", written.created, Some(true));
        let record = written.record.ok_or("no record returned")?;
        fields.eq(
            "@odata.etag",
            record.etag.as_deref(),
            Some("W/\"36236432\""),
        );
        fields.eq(
            "name",
            record.entity.name.as_deref(),
            Some("Sample Account"),
        );
        fields.eq(
            "accountid",
            record.entity.account_id,
            Some(uuid("00000000-0000-0000-0000-000000000004")),
        );
        let contact = record
            .related(Account::ACCOUNT_PRIMARY_CONTACT)
            .map_err(|e| e.to_string())?
            .ok_or("primarycontactid was not expanded")?;
        fields.eq(
            "primarycontactid/@odata.etag",
            contact.etag.as_deref(),
            Some("W/\"28877094\""),
        );
        fields.eq(
            "primarycontactid/fullname",
            contact.entity.full_name.as_deref(),
            Some("Yvonne McKay (sample)"),
        );
        fields.eq(
            "primarycontactid/contactid",
            contact.entity.contact_id,
            Some(uuid("00000000-0000-0000-0000-000000000001")),
        );
        let tasks = record
            .related(Account::ACCOUNT_TASKS)
            .map_err(|e| e.to_string())?;
        fields.check("tasks", tasks.len(), 2);
        for (index, (etag, subject, id)) in [
            (
                "W/\"36236437\"",
                "Task 1",
                "00000000-0000-0000-0000-000000000002",
            ),
            (
                "W/\"36236440\"",
                "Task 2",
                "00000000-0000-0000-0000-000000000003",
            ),
        ]
        .into_iter()
        .enumerate()
        {
            let Some(task) = tasks.get(index) else { break };
            fields.eq(
                &format!("Account_Tasks/{index}/@odata.etag"),
                task.etag.as_deref(),
                Some(etag),
            );
            fields.eq(
                &format!("Account_Tasks/{index}/subject"),
                task.entity.subject.as_deref(),
                Some(subject),
            );
            fields.eq(
                &format!("Account_Tasks/{index}/activityid"),
                task.entity.activity_id,
                Some(uuid(id)),
            );
        }
        Ok(())
    })
}
