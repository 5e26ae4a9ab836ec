//! "Join tables using OData" (query/join-tables.md): `$expand` of
//! single- and collection-valued navigation properties, nested, and of
//! references.

use dataverse::read::RetrieveMultiple;
use dataverse::{Query, Retrieved};

use super::check::{case, case_undecoded, ok, uuid, Fields, Undecoded};
use super::query::PRINCIPAL_KEY;
use super::tables::account::Account;
use super::tables::contact::Contact;
use super::tables::systemuser::SystemUser;
use super::tables::task::Task;
use super::{documented, Exchange, Replay};

pub(super) fn exchanges() -> Vec<Exchange> {
    vec![
        documented!("expand_select_columns", expand_select_columns),
        documented!("expand_single_valued", expand_single_valued),
        documented!("expand_references", expand_references),
        documented!("expand_nested_single_valued", expand_nested_single_valued),
        documented!("expand_collection_single", expand_collection_single),
        documented!("expand_collection_nested", expand_collection_nested),
    ]
}

const LITWARE: &str = "78914942-34cb-ed11-b596-0022481d68cd";
const SUSANNA: &str = "70bf4d48-34cb-ed11-b596-0022481d68cd";
const ADMINISTRATOR: &str = "4026be43-6b69-e111-8f65-78e7d1620f5e";

/// Checks the expanded "System Administrator" user at `at`.
fn check_administrator(fields: &mut Fields, at: &str, user: Option<Retrieved<SystemUser>>) {
    let user = user.as_ref();
    fields.eq(
        &format!("{at}/fullname"),
        user.and_then(|u| u.entity.full_name.as_deref()),
        Some("System Administrator"),
    );
    fields.eq(
        &format!("{at}/systemuserid"),
        user.and_then(|u| u.entity.system_user_id),
        Some(uuid(ADMINISTRATOR)),
    );
}

/// Checks the Litware account at `value/0`: etag, name and id.
fn check_litware(fields: &mut Fields, record: &Retrieved<Account>) {
    fields.eq(
        "value/0/@odata.etag",
        record.etag.as_deref(),
        Some("W/\"80649578\""),
    );
    fields.eq(
        "value/0/name",
        record.entity.name.as_deref(),
        Some("Litware, Inc. (sample)"),
    );
    fields.eq(
        "value/0/accountid",
        record.entity.account_id,
        Some(uuid(LITWARE)),
    );
}

/// The tasks of Litware under `value/0/Account_Tasks`: (etag, subject, id);
/// each with its lookup back to the account when `regarding` says so.
fn check_tasks(
    fields: &mut Fields,
    tasks: &[Retrieved<Task>],
    expected: &[(Option<&str>, &str, &str)],
    regarding: bool,
) {
    fields.check("tasks", tasks.len(), expected.len());
    for (index, (task, (etag, subject, id))) in tasks.iter().zip(expected).enumerate() {
        let at = |field: &str| format!("value/0/Account_Tasks/{index}/{field}");
        if let Some(etag) = etag {
            fields.eq(&at("@odata.etag"), task.etag.as_deref(), Some(*etag));
        }
        fields.eq(
            &at("subject"),
            task.entity.subject.as_deref(),
            Some(*subject),
        );
        if regarding {
            // The polymorphic lookup decodes without the lookuplogicalname
            // annotation: the relationship says it points at the account.
            fields.eq(
                &at("_regardingobjectid_value"),
                task.entity
                    .regarding_object_id
                    .as_ref()
                    .map(|r| (r.table.as_str(), r.id)),
                Some(("account", uuid(LITWARE))),
            );
        }
        fields.eq(&at("activityid"), task.entity.activity_id, Some(uuid(id)));
    }
}

fn expand_select_columns() -> Box<dyn Replay> {
    let operation = RetrieveMultiple::new(
        Query::<Account>::new()
            .select(Account::NAME)
            .expand(
                Account::ACCOUNT_PRIMARY_CONTACT,
                Query::new().select(Contact::FULL_NAME),
            )
            .expand(Account::ACCOUNT_TASKS, Query::new().select(Task::SUBJECT)),
    )
    .max_page_size(1);
    case(operation, |fields, page| {
        let page = ok(page)?;
        fields.check("records", page.records.len(), 1);
        let record = page.records.first().ok_or("no record")?;
        check_litware(fields, record);
        let contact = record
            .related(Account::ACCOUNT_PRIMARY_CONTACT)
            .map_err(|e| e.to_string())?
            .ok_or("primarycontactid was not expanded")?;
        fields.eq(
            "value/0/primarycontactid/fullname",
            contact.entity.full_name.as_deref(),
            Some("Susanna Stubberod (sample)"),
        );
        fields.eq(
            "value/0/primarycontactid/contactid",
            contact.entity.contact_id,
            Some(uuid(SUSANNA)),
        );
        let tasks = record
            .related(Account::ACCOUNT_TASKS)
            .map_err(|e| e.to_string())?;
        check_tasks(
            fields,
            &tasks,
            &[(
                Some("W/\"80649460\""),
                "Task 1 for Litware",
                "f68393c1-34cb-ed11-b597-000d3a993550",
            )],
            true,
        );
        fields.eq(
                "value/0/Account_Tasks@odata.nextLink",
                record.related_next_link(Account::ACCOUNT_TASKS),
                Some("[Organization URI]/api/data/v9.2/accounts(78914942-34cb-ed11-b596-0022481d68cd)/Account_Tasks?$select=subject"),
            );
        fields.eq("@odata.nextLink", page.next_link.as_deref(), Some("[Organization URI]/api/data/v9.2/accounts?$select=name&$expand=primarycontactid($select=fullname),Account_Tasks($select=subject)&$skiptoken=%3Ccookie%20pagenumber=%222%22%20pagingcookie=%22%253ccookie%2520page%253d%25221%2522%253e%253caccountid%2520last%253d%2522%257b78914942-34CB-ED11-B596-0022481D68CD%257d%2522%2520first%253d%2522%257b78914942-34CB-ED11-B596-0022481D68CD%257d%2522%2520%252f%253e%253c%252fcookie%253e%22%20istracking=%22False%22%20/%3E"));
        Ok(())
    })
}

/// The two accounts of the single-valued examples: (etag, name, id,
/// primary contact, contact's name).
const TWO_ACCOUNTS: [(&str, &str, &str, &str, &str); 2] = [
    (
        "W/\"80649578\"",
        "Litware, Inc. (sample)",
        LITWARE,
        SUSANNA,
        "Susanna Stubberod (sample)",
    ),
    (
        "W/\"80649580\"",
        "Adventure Works (sample)",
        "7a914942-34cb-ed11-b596-0022481d68cd",
        "72bf4d48-34cb-ed11-b596-0022481d68cd",
        "Nancy Anderson (sample)",
    ),
];

/// The two accounts' next link; the `%0A` is the page's (see the notes).
const TWO_ACCOUNTS_COOKIE: &str = "&$skiptoken=%3Ccookie%20pagenumber=%222%22%20pagingcookie=%22%253ccookie%2520page%253d%25221%2522%253e%253caccountid%2520last%253d%2522%257b7A914942-34CB-ED11-B596-0022481D68CD%257d%2522%2520first%253d%2522%257b78914942-34CB-ED11-B596-0022481D68CD%257d%2522%2520%252f%253e%253c%252fcookie%253e%22%20istracking=%22False%22%20/%3E";

fn expand_single_valued() -> Box<dyn Replay> {
    let operation = RetrieveMultiple::new(
        Query::<Account>::new()
            .select(Account::NAME)
            .expand(
                Account::ACCOUNT_PRIMARY_CONTACT,
                Query::new().select((Contact::CONTACT_ID, Contact::FULL_NAME)),
            )
            .expand(
                Account::LK_ACCOUNTBASE_CREATEDBY,
                Query::new().select(SystemUser::FULL_NAME),
            ),
    )
    .max_page_size(2);
    const UNDECODED: Undecoded = &[
        ("value/0/createdby/ownerid", PRINCIPAL_KEY),
        ("value/1/createdby/ownerid", PRINCIPAL_KEY),
    ];
    case_undecoded(operation, UNDECODED, |fields, page| {
        let page = ok(page)?;
        fields.check("records", page.records.len(), 2);
        for (index, (record, (etag, name, id, contact_id, contact_name))) in
            page.records.iter().zip(TWO_ACCOUNTS).enumerate()
        {
            let at = |field: &str| format!("value/{index}/{field}");
            fields.eq(&at("@odata.etag"), record.etag.as_deref(), Some(etag));
            fields.eq(&at("name"), record.entity.name.as_deref(), Some(name));
            fields.eq(&at("accountid"), record.entity.account_id, Some(uuid(id)));
            let contact = record
                .related(Account::ACCOUNT_PRIMARY_CONTACT)
                .map_err(|e| e.to_string())?;
            fields.eq(
                &at("primarycontactid/contactid"),
                contact.as_ref().and_then(|c| c.entity.contact_id),
                Some(uuid(contact_id)),
            );
            fields.eq(
                &at("primarycontactid/fullname"),
                contact.as_ref().and_then(|c| c.entity.full_name.as_deref()),
                Some(contact_name),
            );
            let user = record
                .related(Account::LK_ACCOUNTBASE_CREATEDBY)
                .map_err(|e| e.to_string())?;
            check_administrator(fields, &at("createdby"), user);
        }
        let next = format!("[Organization URI]/api/data/v9.2/accounts?$select=name%0A&$expand=primarycontactid($select=contactid,fullname),createdby($select=fullname){TWO_ACCOUNTS_COOKIE}");
        fields.eq(
            "@odata.nextLink",
            page.next_link.as_deref(),
            Some(next.as_str()),
        );
        Ok(())
    })
}

fn expand_references() -> Box<dyn Replay> {
    let operation = RetrieveMultiple::new(
        Query::<Account>::new()
            .select(Account::NAME)
            .expand_ref(Account::ACCOUNT_PRIMARY_CONTACT),
    )
    .max_page_size(2);
    case(operation, |fields, page| {
        let page = ok(page)?;
        fields.check("records", page.records.len(), 2);
        for (index, (record, (etag, name, id, contact_id, _))) in
            page.records.iter().zip(TWO_ACCOUNTS).enumerate()
        {
            let at = |field: &str| format!("value/{index}/{field}");
            fields.eq(&at("@odata.etag"), record.etag.as_deref(), Some(etag));
            fields.eq(&at("name"), record.entity.name.as_deref(), Some(name));
            fields.eq(
                &at("_primarycontactid_value"),
                record.entity.primary_contact_id.as_ref().map(|r| r.id),
                Some(uuid(contact_id)),
            );
            fields.eq(&at("accountid"), record.entity.account_id, Some(uuid(id)));
            let link = format!("[Organization URI]/api/data/v9.2/contacts({contact_id})");
            fields.eq(
                &at("primarycontactid/@odata.id"),
                record.related_reference(Account::ACCOUNT_PRIMARY_CONTACT),
                Some(link.as_str()),
            );
        }
        let next = format!("[Organization URI]/api/data/v9.2/accounts?$select=name%0A&$expand=primarycontactid/$ref{TWO_ACCOUNTS_COOKIE}");
        fields.eq(
            "@odata.nextLink",
            page.next_link.as_deref(),
            Some(next.as_str()),
        );
        Ok(())
    })
}

fn expand_nested_single_valued() -> Box<dyn Replay> {
    let operation = RetrieveMultiple::new(Query::<Task>::new().select(Task::SUBJECT).expand(
        Task::CONTACT_TASKS,
        Query::new().select(Contact::FULL_NAME).expand(
            Contact::CONTACT_CUSTOMER_ACCOUNTS,
            Query::new().select(Account::NAME).expand(
                Account::LK_ACCOUNTBASE_CREATEDBY,
                Query::new().select(SystemUser::FULL_NAME),
            ),
        ),
    ))
    .max_page_size(2);
    const UNDECODED: Undecoded = &[
        (
            "value/0/regardingobjectid_contact_task/parentcustomerid_account/createdby/ownerid",
            PRINCIPAL_KEY,
        ),
        (
            "value/1/regardingobjectid_contact_task/parentcustomerid_account/createdby/ownerid",
            PRINCIPAL_KEY,
        ),
    ];
    case_undecoded(operation, UNDECODED, |fields, page| {
        let page = ok(page)?;
        let expected = [
            (
                "W/\"80730855\"",
                "Task 1 for Susanna Stubberod",
                "e9a8c72c-dbcc-ed11-b597-000d3a993550",
            ),
            (
                "W/\"80730861\"",
                "Task 2 for Susanna Stubberod",
                "c206f534-dbcc-ed11-b597-000d3a993550",
            ),
        ];
        fields.check("records", page.records.len(), 2);
        for (index, (task, (etag, subject, id))) in page.records.iter().zip(expected).enumerate() {
            let at = |field: &str| format!("value/{index}/{field}");
            fields.eq(&at("@odata.etag"), task.etag.as_deref(), Some(etag));
            fields.eq(
                &at("subject"),
                task.entity.subject.as_deref(),
                Some(subject),
            );
            fields.eq(&at("activityid"), task.entity.activity_id, Some(uuid(id)));
            let contact = task
                .related(Task::CONTACT_TASKS)
                .map_err(|e| e.to_string())?
                .ok_or("regardingobjectid_contact_task was not expanded")?;
            let at = |field: &str| format!("value/{index}/regardingobjectid_contact_task/{field}");
            fields.eq(
                &at("fullname"),
                contact.entity.full_name.as_deref(),
                Some("Susanna Stubberod (sample)"),
            );
            fields.eq(
                &at("contactid"),
                contact.entity.contact_id,
                Some(uuid(SUSANNA)),
            );
            let account = contact
                .related(Contact::CONTACT_CUSTOMER_ACCOUNTS)
                .map_err(|e| e.to_string())?
                .ok_or("parentcustomerid_account was not expanded")?;
            fields.eq(
                &at("parentcustomerid_account/name"),
                account.entity.name.as_deref(),
                Some("Litware, Inc. (sample)"),
            );
            fields.eq(
                &at("parentcustomerid_account/accountid"),
                account.entity.account_id,
                Some(uuid(LITWARE)),
            );
            let user = account
                .related(Account::LK_ACCOUNTBASE_CREATEDBY)
                .map_err(|e| e.to_string())?;
            check_administrator(fields, &at("parentcustomerid_account/createdby"), user);
        }
        fields.eq("@odata.nextLink", page.next_link.as_deref(), Some("[Organization URI]/api/data/v9.2/tasks?$select=subject&$expand=regardingobjectid_contact_task($select=fullname;$expand=parentcustomerid_account($select=name;$expand=createdby($select=fullname)))&$skiptoken=%3Ccookie%20pagenumber=%222%22%20pagingcookie=%22%253ccookie%2520page%253d%25221%2522%253e%253cactivityid%2520last%253d%2522%257bC206F534-DBCC-ED11-B597-000D3A993550%257d%2522%2520first%253d%2522%257bE9A8C72C-DBCC-ED11-B597-000D3A993550%257d%2522%2520%252f%253e%253c%252fcookie%253e%22%20istracking=%22False%22%20/%3E"));
        Ok(())
    })
}

fn expand_collection_single() -> Box<dyn Replay> {
    let operation = RetrieveMultiple::new(
        Query::<Account>::new()
            .select((Account::NAME, Account::ACCOUNT_ID))
            .expand(Account::ACCOUNT_TASKS, Query::new().select(Task::SUBJECT))
            .expand(
                Account::CONTACT_CUSTOMER_ACCOUNTS,
                Query::new().select(Contact::FULL_NAME),
            ),
    )
    .max_page_size(1);
    case(operation, |fields, page| {
        let page = ok(page)?;
        fields.check("records", page.records.len(), 1);
        let record = page.records.first().ok_or("no record")?;
        check_litware(fields, record);
        let tasks = record
            .related(Account::ACCOUNT_TASKS)
            .map_err(|e| e.to_string())?;
        check_tasks(
            fields,
            &tasks,
            &[
                (
                    Some("W/\"80730894\""),
                    "Task 1 for Litware",
                    "be9f6557-e2cc-ed11-b597-000d3a993550",
                ),
                (
                    Some("W/\"80730903\""),
                    "Task 2 for Litware",
                    "605dbd65-e2cc-ed11-b597-000d3a993550",
                ),
                (
                    Some("W/\"80730909\""),
                    "Task 3 for Litware",
                    "a718856c-e2cc-ed11-b597-000d3a993550",
                ),
            ],
            true,
        );
        let contacts = record
            .related(Account::CONTACT_CUSTOMER_ACCOUNTS)
            .map_err(|e| e.to_string())?;
        fields.check("contacts", contacts.len(), 1);
        let contact = contacts.first().ok_or("no contact")?;
        let at = |field: &str| format!("value/0/contact_customer_accounts/0/{field}");
        fields.eq(
            &at("@odata.etag"),
            contact.etag.as_deref(),
            Some("W/\"80648695\""),
        );
        fields.eq(
            &at("fullname"),
            contact.entity.full_name.as_deref(),
            Some("Susanna Stubberod (sample)"),
        );
        fields.eq(
            &at("_parentcustomerid_value"),
            contact
                .entity
                .parent_customer_id
                .as_ref()
                .map(|r| (r.table.as_str(), r.id)),
            Some(("account", uuid(LITWARE))),
        );
        fields.eq(
            &at("contactid"),
            contact.entity.contact_id,
            Some(uuid(SUSANNA)),
        );
        fields.eq(
            "value/0/Account_Tasks@odata.nextLink",
            record.related_next_link(Account::ACCOUNT_TASKS),
            Some("[Organization URI]/api/data/v9.2/accounts(78914942-34cb-ed11-b596-0022481d68cd)/Account_Tasks?$select=subject"),
        );
        fields.eq(
            "value/0/contact_customer_accounts@odata.nextLink",
            record.related_next_link(Account::CONTACT_CUSTOMER_ACCOUNTS),
            Some("[Organization URI]/api/data/v9.2/accounts(78914942-34cb-ed11-b596-0022481d68cd)/contact_customer_accounts?$select=fullname"),
        );
        fields.eq("@odata.nextLink", page.next_link.as_deref(), Some(format!("[Organization URI]/api/data/v9.2/accounts?$select=name,accountid&$expand=Account_Tasks($select=subject),contact_customer_accounts($select=fullname){TWO_ACCOUNTS_COOKIE}").as_str()));
        Ok(())
    })
}

fn expand_collection_nested() -> Box<dyn Replay> {
    let operation = RetrieveMultiple::new(
        Query::<Account>::new()
            .select((Account::NAME, Account::ACCOUNT_ID))
            .expand(Account::ACCOUNT_TASKS, Query::new().select(Task::SUBJECT))
            .expand(
                Account::CONTACT_CUSTOMER_ACCOUNTS,
                Query::new().select(Contact::FULL_NAME).expand(
                    Contact::CONTACT_OWNING_USER,
                    Query::new().select(SystemUser::FULL_NAME),
                ),
            ),
    )
    .max_page_size(1);
    const UNDECODED: Undecoded = &[(
        "value/0/contact_customer_accounts/0/owninguser/ownerid",
        PRINCIPAL_KEY,
    )];
    case_undecoded(operation, UNDECODED, |fields, page| {
        let page = ok(page)?;
        fields.check("records", page.records.len(), 1);
        let record = page.records.first().ok_or("no record")?;
        check_litware(fields, record);
        let tasks = record
            .related(Account::ACCOUNT_TASKS)
            .map_err(|e| e.to_string())?;
        check_tasks(
            fields,
            &tasks,
            &[(
                None,
                "Task 1 for Litware",
                "be9f6557-e2cc-ed11-b597-000d3a993550",
            )],
            false,
        );
        let contacts = record
            .related(Account::CONTACT_CUSTOMER_ACCOUNTS)
            .map_err(|e| e.to_string())?;
        fields.check("contacts", contacts.len(), 1);
        let contact = contacts.first().ok_or("no contact")?;
        let at = |field: &str| format!("value/0/contact_customer_accounts/0/{field}");
        fields.eq(
            &at("fullname"),
            contact.entity.full_name.as_deref(),
            Some("Susanna Stubberod (sample)"),
        );
        fields.eq(
            &at("contactid"),
            contact.entity.contact_id,
            Some(uuid(SUSANNA)),
        );
        let user = contact
            .related(Contact::CONTACT_OWNING_USER)
            .map_err(|e| e.to_string())?;
        check_administrator(fields, &at("owninguser"), user);
        fields.eq(
            "value/0/Account_Tasks@odata.nextLink",
            record.related_next_link(Account::ACCOUNT_TASKS),
            Some("[Organization URI]/api/data/v9.2/accounts(78914942-34cb-ed11-b596-0022481d68cd)/Account_Tasks?$select=subject,description&$skiptoken=%3Ccookie%20pagenumber=%222%22%20pagingcookie=%22%253ccookie%2520page%253d%25221%2522%2520countOfRecords%253d%25221%2522%253e%253cactivityid%2520last%253d%2522%257bbe9f6557-e2cc-ed11-b597-000d3a993550%257d%2522%2520first%253d%2522%257bbe9f6557-e2cc-ed11-b597-000d3a993550%257d%2522%2520%252f%253e%253c%252fcookie%253e%22%20istracking=%22False%22%20/%3E"),
        );
        fields.eq(
            "value/0/contact_customer_accounts@odata.nextLink",
            record.related_next_link(Account::CONTACT_CUSTOMER_ACCOUNTS),
            Some("[Organization URI]/api/data/v9.2/accounts(78914942-34cb-ed11-b596-0022481d68cd)/contact_customer_accounts?$select=fullname&$expand=owninguser($select=fullname)&$skiptoken=%3Ccookie%20pagenumber=%222%22%20pagingcookie=%22%253ccookie%2520page%253d%25221%2522%2520countOfRecords%253d%25221%2522%253e%253ccontactid%2520last%253d%2522%257b70bf4d48-34cb-ed11-b596-0022481d68cd%257d%2522%2520first%253d%2522%257b70bf4d48-34cb-ed11-b596-0022481d68cd%257d%2522%2520%252f%253e%253c%252fcookie%253e%22%20istracking=%22False%22%20/%3E"),
        );
        fields.eq("@odata.nextLink", page.next_link.as_deref(), Some("[Organization URI]/api/data/v9.2/accounts?$select=name,accountid&$expand=Account_Tasks($select=subject,description),contact_customer_accounts($select=fullname;$expand=owninguser($select=fullname))&$skiptoken=%3Ccookie%20pagenumber=%222%22%20pagingcookie=%22%253ccookie%2520page%253d%25221%2522%2520countOfRecords%253d%25221%2522%253e%253caccountid%2520last%253d%2522%257b78914942-34cb-ed11-b596-0022481d68cd%257d%2522%2520first%253d%2522%257b78914942-34cb-ed11-b596-0022481d68cd%257d%2522%2520%252f%253e%253c%252fcookie%253e%22%20istracking=%22False%22%20/%3E"));
        Ok(())
    })
}
