//! "Associate and disassociate table rows using the Web API"
//! (associate-disassociate-entities-using-web-api.md).

use dataverse::associate::{Associate, Disassociate, RemoveReference, SetReference};
use dataverse::key::Key;
use dataverse::write::Update;

use super::check::{case, case_undecoded, keep, ok, uuid, Undecoded, ENTITY_ID_HEADER};
use super::tables::account::Account;
use super::tables::contact::Contact;
use super::tables::role::Role;
use super::tables::systemuser::SystemUser;
use super::{documented, Exchange, Replay};

pub(super) fn exchanges() -> Vec<Exchange> {
    vec![
        documented!("associate_single_valued", associate_single_valued),
        documented!("disassociate_single_valued", disassociate_single_valued),
        documented!("set_reference", set_reference),
        documented!("remove_reference", remove_reference),
        documented!("add_to_collection", add_to_collection),
        documented!(
            "add_to_collection_many_to_many",
            add_to_collection_many_to_many
        ),
        documented!("remove_from_collection", remove_from_collection),
        documented!("disassociate_on_update", disassociate_on_update),
    ]
}

/// The service root the section's `@odata.id` values are written under.
pub(super) const SERVICE_ROOT: &str = "[Organization URI]/api/data/v9.2";

/// An update's answer names the record in `OData-EntityId`: the record
/// the request named, which an update's output does not repeat.
const UPDATED_ID: Undecoded = &[(
    ENTITY_ID_HEADER,
    "the updated record's URL; an update's output is the returned record, if any",
)];

fn contact() -> dataverse::types::Uuid {
    uuid("cf9eaaef-f718-ed11-b83e-00224837179f")
}

fn account() -> dataverse::types::Uuid {
    uuid("ce9eaaef-f718-ed11-b83e-00224837179f")
}

fn associate_single_valued() -> Box<dyn Replay> {
    let operation = Update::new(contact(), keep(Contact::default()))
        .bind(Contact::PARENT_CUSTOMER_ID, Key::<Account>::id(account()));
    case_undecoded(operation, UPDATED_ID, |fields, record| {
        fields.check("record (204)", ok(record)?.is_none(), true);
        Ok(())
    })
}

fn disassociate_single_valued() -> Box<dyn Replay> {
    let operation = Update::new(contact(), keep(Contact::default()))
        .clear_reference(Contact::CONTACT_CUSTOMER_ACCOUNTS);
    case_undecoded(operation, UPDATED_ID, |fields, record| {
        fields.check("record (204)", ok(record)?.is_none(), true);
        Ok(())
    })
}

fn set_reference() -> Box<dyn Replay> {
    let operation = SetReference::new(contact(), Contact::CONTACT_CUSTOMER_ACCOUNTS, account())
        .service_root(SERVICE_ROOT);
    case(operation, |_, done| ok(done))
}

fn remove_reference() -> Box<dyn Replay> {
    let operation = RemoveReference::new(contact(), Contact::CONTACT_CUSTOMER_ACCOUNTS);
    case(operation, |_, done| ok(done))
}

fn add_to_collection() -> Box<dyn Replay> {
    let operation = Associate::new(account(), Account::CONTACT_CUSTOMER_ACCOUNTS, contact())
        .service_root(SERVICE_ROOT);
    case(operation, |_, done| ok(done))
}

fn add_to_collection_many_to_many() -> Box<dyn Replay> {
    let operation = Associate::<SystemUser, Role>::new(
        uuid("34dcbaf5-f718-ed11-b83e-00224837179f"),
        SystemUser::SYSTEMUSERROLES_ASSOCIATION,
        uuid("886b280c-6396-4d56-a0a3-2c1b0a50ceb0"),
    )
    .service_root(SERVICE_ROOT);
    case(operation, |_, done| ok(done))
}

fn remove_from_collection() -> Box<dyn Replay> {
    let operation = Disassociate::new(account(), Account::CONTACT_CUSTOMER_ACCOUNTS, contact());
    case(operation, |_, done| ok(done))
}

fn disassociate_on_update() -> Box<dyn Replay> {
    let operation = Update::new(
        uuid("00000000-0000-0000-0000-000000000001"),
        keep(Account::default()),
    )
    .clear(Account::PARENT_ACCOUNT_ID)
    .clear(Account::PRIMARY_CONTACT_ID);
    case(operation, |_, record| ok(record).map(drop))
}
