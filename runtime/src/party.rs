//! Activity parties: the typed party lists of an activity (`from`, `to`,
//! `cc`, `bcc`, `requiredattendees`, `optionalattendees`, `organizer`,
//! `customers`, `resources`, ...).
//!
//! A PartyList column is not a property of the activity in the Web API.
//! Every party of every party list is one `activityparty` row in the
//! activity's party collection (the collection-valued navigation property
//! of its one-to-many relationship to activityparty, e.g.
//! `phonecall_activity_parties`), and its `participationtypemask` says
//! which list it is in: 1 Sender (`from`), 2 ToRecipient (`to`), 3
//! CCRecipient (`cc`), 4 BccRecipient (`bcc`), 5 RequiredAttendee, 6
//! OptionalAttendee, 7 Organizer, 8 Regarding, 9 Owner, 10 Resource, 11
//! Customer, 12 ChatParticipant. A party is bound through the navigation
//! property of activityparty's `partyid` for its table (`partyid_contact`),
//! or, for an email address that is no row, given as `addressused`.
//!
//! So a create payload with `from` and `to` set holds one collection:
//!
//! ```json
//! {
//!   "subject": "Call back",
//!   "phonecall_activity_parties": [
//!     {"partyid_systemuser@odata.bind": "/systemusers(<id>)", "participationtypemask": 1},
//!     {"partyid_contact@odata.bind": "/contacts(<id>)", "participationtypemask": 2}
//!   ]
//! }
//! ```
//!
//! A retrieved activity carries its parties only when the request expands
//! the collection (`$expand=phonecall_activity_parties`); decoding then
//! fills each party list from the entries of its participation type.
//!
//! Party lists are sent on create. An update (PATCH) cannot change them:
//! [`replacement`] builds the body of `PUT <activity>/<collection>`, which
//! replaces all parties of the activity at once.

use serde_json::{Map, Value};
use uuid::Uuid;

use crate::entity::Entity;
use crate::meta::{ColumnKind, ColumnMeta, PartyListMeta};
use crate::record::{DecodeError, Record, FORMATTED_VALUE, LOOKUP_LOGICAL_NAME};
use crate::reference::{EntityRef, Ref};
use crate::validate::{Operation, ValidationError, Violation};
use crate::value::{Field, FieldValue};

/// The `partyid` lookup of an activityparty, as the Web API returns it.
const PARTY_ID: &str = "_partyid_value";
/// An activityparty's email address, for a party that is no row.
const ADDRESS_USED: &str = "addressused";
/// An activityparty's participation type.
const PARTICIPATION_TYPE: &str = "participationtypemask";

/// One party of an activity: a row (a contact, a user, a queue, ...) or
/// an email address that belongs to no row.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Party {
    /// A row of one of the column's targets.
    Row(EntityRef),
    /// An email address with no row (`addressused`); allowed where the
    /// column's targets include `unresolvedaddress`.
    Address(String),
}

impl Party {
    /// Row `id` of `table`.
    pub fn row(table: impl Into<String>, id: Uuid) -> Self {
        Party::Row(EntityRef::new(table, id))
    }

    /// An email address that belongs to no row.
    pub fn address(address: impl Into<String>) -> Self {
        Party::Address(address.into())
    }
}

impl From<EntityRef> for Party {
    fn from(reference: EntityRef) -> Self {
        Party::Row(reference)
    }
}

impl<T: Entity> From<Ref<T>> for Party {
    fn from(reference: Ref<T>) -> Self {
        Party::Row(reference.into())
    }
}

/// The parties of one party-list column, in order.
///
/// ```
/// use dataverse::party::{Party, PartyList};
/// use dataverse::EntityRef;
/// # let id = uuid::Uuid::nil();
/// let to: PartyList = [
///     Party::from(EntityRef::new("contact", id)),
///     Party::address("someone@example.com"),
/// ]
/// .into_iter()
/// .collect();
/// assert_eq!(to.0.len(), 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct PartyList(pub Vec<Party>);

impl FromIterator<Party> for PartyList {
    fn from_iter<I: IntoIterator<Item = Party>>(iter: I) -> Self {
        PartyList(iter.into_iter().collect())
    }
}

impl From<Vec<Party>> for PartyList {
    fn from(parties: Vec<Party>) -> Self {
        PartyList(parties)
    }
}

impl Field for PartyList {
    fn to_value(&self) -> FieldValue<'_> {
        FieldValue::Parties(&self.0)
    }

    /// The parties of this column's participation type in the record's
    /// party collection; `Ok(None)` when the record does not carry the
    /// collection (it was not expanded).
    fn decode(record: &Record, column: &'static ColumnMeta) -> Result<Option<Self>, DecodeError> {
        let Some(meta) = column.party_list else {
            return Err(DecodeError::new(
                column,
                "is not a party list with a known party collection",
            ));
        };
        let entries = match record.property(meta.collection) {
            None | Some(Value::Null) => return Ok(None),
            Some(Value::Array(entries)) => entries,
            Some(other) => {
                return Err(DecodeError::wrong_type_of(
                    column,
                    meta.collection,
                    "an array of activity parties",
                    other,
                ))
            }
        };
        let mut parties = Vec::new();
        for entry in entries {
            let Value::Object(entry) = entry else {
                return Err(DecodeError::wrong_type_of(
                    column,
                    meta.collection,
                    "an array of activity party objects",
                    entry,
                ));
            };
            let participation_type = entry.get(PARTICIPATION_TYPE).and_then(Value::as_i64);
            match participation_type {
                Some(value) if value == i64::from(meta.participation_type) => {
                    parties.push(decode_party(column, meta, entry)?);
                }
                Some(_) => {}
                None => {
                    return Err(DecodeError::new(
                        column,
                        format!(
                            "an entry of `{}` has no `{PARTICIPATION_TYPE}`; select it when \
                             expanding the collection",
                            meta.collection
                        ),
                    ))
                }
            }
        }
        Ok(Some(PartyList(parties)))
    }
}

fn decode_party(
    column: &'static ColumnMeta,
    meta: PartyListMeta,
    entry: &Map<String, Value>,
) -> Result<Party, DecodeError> {
    match entry.get(PARTY_ID) {
        None | Some(Value::Null) => {}
        Some(Value::String(text)) => {
            let id = Uuid::parse_str(text).map_err(|_| {
                DecodeError::new(
                    column,
                    format!(
                        "`{PARTY_ID}` of a party in `{}` is not a GUID: {text:?}",
                        meta.collection
                    ),
                )
            })?;
            let annotated = entry
                .get(&format!("{PARTY_ID}{LOOKUP_LOGICAL_NAME}"))
                .and_then(Value::as_str);
            let table = match (annotated, column.targets) {
                (Some(table), _) => table.to_string(),
                (None, [only]) => only.table.to_string(),
                (None, _) => {
                    return Err(DecodeError::new(
                        column,
                        format!(
                            "a party in `{}` has no `{PARTY_ID}{LOOKUP_LOGICAL_NAME}` annotation; \
                             request annotations with `Prefer: odata.include-annotations=\"*\"`",
                            meta.collection
                        ),
                    ))
                }
            };
            let name = entry
                .get(&format!("{PARTY_ID}{FORMATTED_VALUE}"))
                .and_then(Value::as_str)
                .map(str::to_string);
            return Ok(Party::Row(EntityRef { table, id, name }));
        }
        Some(other) => {
            return Err(DecodeError::wrong_type_of(
                column,
                PARTY_ID,
                "a GUID string",
                other,
            ))
        }
    }
    match entry.get(ADDRESS_USED) {
        Some(Value::String(address)) if !address.is_empty() => Ok(Party::Address(address.clone())),
        _ => Err(DecodeError::new(
            column,
            format!(
                "a party in `{}` has neither `{PARTY_ID}` nor `{ADDRESS_USED}`; select them when \
                 expanding the collection",
                meta.collection
            ),
        )),
    }
}

/// The activityparty entry of `party` in column `column`'s party list:
/// `{"<partyid navigation>@odata.bind": "/<entity set>(<id>)",
/// "participationtypemask": <type>}` or `{"addressused": ..., ...}`.
/// `None` for a party validation rejects (its table is no target, or its
/// navigation property is not known).
pub(crate) fn entry(column: &ColumnMeta, meta: PartyListMeta, party: &Party) -> Option<Value> {
    let mut entry = Map::new();
    match party {
        Party::Row(reference) => {
            let target = column.target(&reference.table)?;
            let navigation = target.navigation_property?;
            entry.insert(
                format!("{navigation}@odata.bind"),
                Value::from(format!("/{}({})", target.entity_set, reference.id)),
            );
        }
        Party::Address(address) => {
            entry.insert(ADDRESS_USED.to_string(), Value::from(address.as_str()));
        }
    }
    entry.insert(
        PARTICIPATION_TYPE.to_string(),
        Value::from(meta.participation_type),
    );
    Some(Value::Object(entry))
}

/// The body that replaces the parties of an existing activity.
#[derive(Debug, Clone, PartialEq)]
pub struct PartyReplacement {
    /// The party collection: send `PUT <activity path>/<collection>`.
    pub collection: &'static str,
    /// `{"value": [<activityparty>, ...]}`: the parties of every party
    /// list that is set, in column order.
    pub body: Value,
}

/// The body of `PUT <activity path>/<collection>` that replaces all
/// parties of an existing activity with those of `activity`'s party lists
/// (the Web API's documented way to change the parties of an activity; an
/// update cannot). Party lists left unset are replaced by nothing: set
/// every list whose parties should remain. `Ok(None)` when no party list is
/// set. Validated like a payload: every violation of the party lists is
/// reported.
pub fn replacement<E: Entity>(activity: &E) -> Result<Option<PartyReplacement>, ValidationError> {
    let values: Vec<(&'static ColumnMeta, FieldValue<'_>)> = activity
        .values()
        .into_iter()
        .filter(|(column, _)| column.kind == ColumnKind::PartyList)
        .collect();
    let mut violations = Vec::new();
    for (column, value) in &values {
        if let FieldValue::Parties(parties) = value {
            crate::validate::check_parties(column, parties, &mut |rule| {
                violations.push(Violation::new(column.logical_name, rule))
            });
        }
    }
    if !violations.is_empty() {
        return Err(ValidationError {
            table: E::TABLE.logical_name,
            operation: Operation::Update,
            violations,
        });
    }
    let mut collection = None;
    let mut entries = Vec::new();
    for (column, value) in &values {
        if let (FieldValue::Parties(parties), Some(meta)) = (value, column.party_list) {
            collection = Some(meta.collection);
            entries.extend(
                parties
                    .iter()
                    .filter_map(|party| entry(column, meta, party)),
            );
        }
    }
    Ok(collection.map(|collection| PartyReplacement {
        collection,
        body: serde_json::json!({ "value": entries }),
    }))
}
