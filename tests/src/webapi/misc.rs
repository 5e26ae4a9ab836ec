//! Errors (compose-http-requests-handle-errors.md), choices columns
//! (multi-select-picklist.md) and users by their Microsoft Entra ID object
//! id (aad-group-team.md).

use dataverse::associate::Associate;
use dataverse::key::Key;
use dataverse::read::{Retrieve, RetrieveMultiple, ALL_ANNOTATIONS, FORMATTED_VALUES};
use dataverse::write::{Create, Update};
use dataverse::{Choices, Query};

use super::check::{case, keep, ok, refused, uuid, ENTITY_ID_HEADER};
use super::tables::account::Account;
use super::tables::contact::{Contact, ContactSampleOutdoorActivities as Activity};
use super::tables::systemuser::SystemUser;
use super::{documented, Exchange, Replay};

pub(super) fn exchanges() -> Vec<Exchange> {
    vec![
        documented!("error_with_annotations", error_with_annotations),
        documented!("create_choices", create_choices),
        documented!("filter_contain_values", filter_contain_values),
        documented!("retrieve_user_by_object_id", retrieve_user_by_object_id),
        documented!("assign_role_by_object_id", assign_role_by_object_id),
        documented!("assign_owner_by_object_id", assign_owner_by_object_id),
    ]
}

fn error_with_annotations() -> Box<dyn Replay> {
    let account = keep(Account {
        name: Some("Example Account".into()),
        ..Default::default()
    });
    let operation = Create::new(account).annotations(ALL_ANNOTATIONS);
    case(operation, |fields, written| {
        let error = refused(written)?;
        fields.check("status", error.status, 400);
        fields.eq("error/code", error.code.as_str(), "0x80040265");
        fields.eq(
            "error/message",
            error.message.as_str(),
            "Example Error Message.",
        );
        for (name, value) in [
            ("@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus", "1"),
            ("@Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode", "12345"),
            (
                "@Microsoft.PowerApps.CDS.HelpLink",
                "http://go.microsoft.com/fwlink/?LinkID=398563&error=Microsoft.Crm.CrmException%3a80040265&client=platform",
            ),
            (
                "@Microsoft.PowerApps.CDS.TraceText",
                "\r\n[MyNamespace: MyNamespace.MyClass ]\r\n[52e2dbb9-85d3-ea11-a812-000d3a122b89: MyNamespace.MyClass : Create of account] \r\n\r\n Entering MyClass plug-in.\r\nStackTrace:\r\n   at MyNamespace.MyClass.Execute(IServiceProvider serviceProvider)\r\n\r\n",
            ),
            (
                "@Microsoft.PowerApps.CDS.InnerError.Message",
                "Example Error Message.",
            ),
        ] {
            fields.eq(
                &format!("error/{name}"),
                error.details.get(name).and_then(|v| v.as_str()),
                Some(value),
            );
        }
        Ok(())
    })
}

fn create_choices() -> Box<dyn Replay> {
    let contact = keep(Contact {
        first_name: Some("Wayne".into()),
        last_name: Some("Yarborough".into()),
        sample_outdoor_activities: Some(Choices(vec![Activity::Swimming, Activity::Camping])),
        ..Default::default()
    });
    case(Create::new(contact), |fields, written| {
        fields.eq(
            ENTITY_ID_HEADER,
            ok(written)?.id,
            Some(uuid("0c67748a-b78d-e711-811c-000d3a75bdf1")),
        );
        Ok(())
    })
}

fn filter_contain_values() -> Box<dyn Replay> {
    let operation = RetrieveMultiple::new(
        Query::<Contact>::new()
            .select((Contact::FULL_NAME, Contact::SAMPLE_OUTDOOR_ACTIVITIES))
            .filter(Contact::SAMPLE_OUTDOOR_ACTIVITIES.contain_values([Activity::Hiking])),
    )
    .annotations(FORMATTED_VALUES);
    case(operation, |fields, page| {
        use Activity::*;
        let page = ok(page)?;
        let expected = [
            (
                "W/\"529811\"",
                "Monte Orton",
                "Hiking",
                vec![Hiking],
                "cdbcc48e-0b8d-e711-811c-000d3a75bdf1",
            ),
            (
                "W/\"529823\"",
                "Hiram Mundy",
                "Hiking; Mountain Climbing; Skiing; Camping",
                vec![Hiking, MountainClimbing, Skiing, Camping],
                "d7bcc48e-0b8d-e711-811c-000d3a75bdf1",
            ),
            (
                "W/\"529838\"",
                "Verna Kennedy",
                "Hiking; Fishing; Camping",
                vec![Hiking, Fishing, Camping],
                "e6bcc48e-0b8d-e711-811c-000d3a75bdf1",
            ),
            (
                "W/\"529843\"",
                "Marvin Bracken",
                "Swimming; Hiking; Skiing; Camping",
                vec![Swimming, Hiking, Skiing, Camping],
                "ebbcc48e-0b8d-e711-811c-000d3a75bdf1",
            ),
        ];
        fields.check("records", page.records.len(), expected.len());
        for (index, (record, (etag, name, labels, values, id))) in
            page.records.iter().zip(expected).enumerate()
        {
            let at = |field: &str| format!("value/{index}/{field}");
            fields.eq(&at("@odata.etag"), record.etag.as_deref(), Some(etag));
            fields.eq(
                &at("fullname"),
                record.entity.full_name.as_deref(),
                Some(name),
            );
            fields.eq(
                &at("sample_outdooractivities@OData.Community.Display.V1.FormattedValue"),
                record
                    .formatted_values
                    .get("sample_outdooractivities")
                    .map(String::as_str),
                Some(labels),
            );
            fields.eq(
                &at("sample_outdooractivities"),
                record.entity.sample_outdoor_activities.clone(),
                Some(Choices(values)),
            );
            fields.eq(&at("contactid"), record.entity.contact_id, Some(uuid(id)));
        }
        Ok(())
    })
}

/// The stand-in for the pages' `<user object ID>`.
fn user_object_id() -> dataverse::types::Uuid {
    uuid("11111111-1111-1111-1111-111111111111")
}

fn user_key() -> Key<SystemUser> {
    Key::alternate(
        SystemUser::AZURE_ACTIVE_DIRECTORY_OBJECT_ID,
        user_object_id(),
    )
}

fn retrieve_user_by_object_id() -> Box<dyn Replay> {
    case(Retrieve::new(user_key(), Query::new()), |_, record| {
        ok(record).map(drop)
    })
}

fn assign_role_by_object_id() -> Box<dyn Replay> {
    let operation = Associate::new(
        user_key(),
        SystemUser::SYSTEMUSERROLES_ASSOCIATION,
        uuid("22222222-2222-2222-2222-222222222222"),
    )
    .service_root("[Organization URI]/api/data/v9.0");
    case(operation, |_, done| ok(done))
}

fn assign_owner_by_object_id() -> Box<dyn Replay> {
    let operation = Update::new(
        uuid("33333333-3333-3333-3333-333333333333"),
        keep(Account::default()),
    )
    .bind(Account::OWNER_ID, user_key());
    case(operation, |_, record| ok(record).map(drop))
}
