/// Activity Party (`activityparty`).
pub mod activityparty {
    use ::dataverse as dv;
    /// Activity Party (`activityparty`).
    ///
    /// Person or group associated with an activity. An activity can have multiple activity parties.
    ///
    /// Web API entity set: `activityparties`; primary key `activitypartyid`; primary name `partyidname`; ownership None.
    ///
    /// Every field starts as `None`; payloads hold only the fields that are set, and are validated against the metadata first (see `dataverse::Entity`).
    ///
    /// Relationships marked *(stated in the YAML)* have their lookup and navigation property from the YAML, written there by hand because the page does not state them; from: the activityparty page's newer (generated-reference) revision in MicrosoftDocs/powerapps-docs.
    ///
    /// Navigation properties marked *(convention)* are not stated by the metadata: they are the lookup's own name, the Web API convention for a lookup to one table (and for an Owner lookup), which Microsoft documents as holding in most cases, not all (account's `slaid` binds as `sla_account_sla`). Where it does not hold, state the name in the YAML (`many_to_one`: `referencing_attribute` and `referencing_entity_navigation_property_name`).
    ///
    /// Targets marked *(entity set assumed)* are tables not generated alongside: their entity set is taken to be the logical name in plural.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct ActivityParty {
        /// Activity: Unique identifier of the activity associated with the activity party. (A "party" is any person who is associated with an activity.)
        ///
        /// Column `activityid` (Lookup). Valid for create and update. Required level: SystemRequired.
        ///
        /// Sent in a payload as:
        /// - `activitypointer`: `"activityid_activitypointer@odata.bind": "/activitypointers(<id>)"` *(entity set assumed)*
        pub activity_id: Option<dv::EntityRef>,
        /// Activity Party: Unique identifier of the activity party.
        ///
        /// Column `activitypartyid` (Uniqueidentifier). Valid for create only. Required level: SystemRequired.
        pub activity_party_id: Option<dv::types::Uuid>,
        /// Address: Email address to which an email is delivered, and which is associated with the target entity.
        ///
        /// Column `addressused` (String, MaxLength 320 UTF-16 code units, format Text). Valid for create and update.
        pub address_used: Option<String>,
        /// Effort: Amount of effort used by the resource in a service appointment activity.
        ///
        /// Column `effort` (Double, 0 to 1000000000, precision 2). Valid for create and update.
        pub effort: Option<f64>,
        /// Exchange Entry: For internal use only.
        ///
        /// Column `exchangeentryid` (String, MaxLength 1024 UTF-16 code units, format Text). Valid for create and update.
        pub exchange_entry_id: Option<String>,
        /// Participation Type: Role of the person in the activity, such as sender, to, cc, bcc, required, optional, organizer, regarding, or owner.
        ///
        /// Column `participationtypemask` (Picklist). Valid for create and update. Required level: SystemRequired.
        ///
        /// Options: [`ActivityPartyParticipationTypeMask`].
        pub participation_type_mask: Option<ActivityPartyParticipationTypeMask>,
        /// Party: Unique identifier of the party associated with the activity.
        ///
        /// Column `partyid` (Lookup). Valid for create and update.
        ///
        /// Targets (5): `account`, `contact`, `knowledgearticle`, `queue`, `systemuser`.
        ///
        /// Sent in a payload as `"<navigation property>@odata.bind": "/<entity set>(<id>)"`; the metadata static lists each target's.
        ///
        /// Of these targets: 5 with *(entity set assumed)*.
        pub party_id: Option<dv::EntityRef>,
        /// `PartyIdName`
        ///
        /// Column `partyidname` (String, MaxLength 400 UTF-16 code units, format Text). Valid for create only.
        pub party_id_name: Option<String>,
        /// `PartyObjectTypeCode`
        ///
        /// Column `partyobjecttypecode` (EntityName). Valid for create and update. Required level: SystemRequired.
        ///
        /// Holds the table of the row `partyid` refers to. Dataverse fills it from that lookup's binding, so it need not be set: on create it counts as given when `partyid` is set.
        pub party_object_type_code: Option<String>,
        /// Unresolved Party Name: The name of the party to be used when the party is not resolved to an entity.
        ///
        /// Column `unresolvedpartyname` (String, MaxLength 200 UTF-16 code units, format Text). Valid for create and update.
        pub unresolved_party_name: Option<String>,
        /// Email column number of party: Email address column number from associated party.
        ///
        /// Column `addressusedemailcolumnnumber` (Integer, 1 to 2147483647, format None). Read-only: decoded from records, rejected in payloads.
        pub address_used_email_column_number: Option<i32>,
        /// Do not allow Emails: Information about whether to allow sending email to the activity party.
        ///
        /// Column `donotemail` (Boolean). Read-only: decoded from records, rejected in payloads.
        ///
        /// Labels: 1 = Do Not Allow, 0 = Allow.
        pub do_not_email: Option<bool>,
        /// Do not allow Faxes: Information about whether to allow sending faxes to the activity party.
        ///
        /// Column `donotfax` (Boolean). Read-only: decoded from records, rejected in payloads.
        ///
        /// Labels: 1 = Do Not Allow, 0 = Allow.
        pub do_not_fax: Option<bool>,
        /// Do not allow Phone Calls: Information about whether to allow phone calls to the lead.
        ///
        /// Column `donotphone` (Boolean). Read-only: decoded from records, rejected in payloads.
        ///
        /// Labels: 1 = Do Not Allow, 0 = Allow.
        pub do_not_phone: Option<bool>,
        /// Do not allow Postal Mails: Information about whether to allow sending postal mail to the lead.
        ///
        /// Column `donotpostalmail` (Boolean). Read-only: decoded from records, rejected in payloads.
        ///
        /// Labels: 1 = Do Not Allow, 0 = Allow.
        pub do_not_postal_mail: Option<bool>,
        /// Appointment Type: Type of instance of a recurring series.
        ///
        /// Column `instancetypecode` (Picklist). Read-only: decoded from records, rejected in payloads. Required level: SystemRequired.
        ///
        /// Options: [`ActivityPartyInstanceTypeCode`].
        pub instance_type_code: Option<ActivityPartyInstanceTypeCode>,
        /// Is Party Deleted: Information about whether the underlying entity record is deleted.
        ///
        /// Column `ispartydeleted` (Boolean). Read-only: decoded from records, rejected in payloads. Required level: SystemRequired.
        ///
        /// Labels: 1 = Yes, 0 = No.
        pub is_party_deleted: Option<bool>,
        /// Owner: Unique identifier of the user or team who owns the activity\_party.
        ///
        /// Column `ownerid` (Owner). Read-only: decoded from records, rejected in payloads. Required level: ApplicationRequired.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"ownerid@odata.bind": "/systemusers(<id>)"` *(convention)* *(entity set assumed)*
        /// - `team`: `"ownerid@odata.bind": "/teams(<id>)"` *(convention)* *(entity set assumed)*
        pub owner_id: Option<dv::EntityRef>,
        /// `OwnerIdType`
        ///
        /// Column `owneridtype` (EntityName). Read-only: decoded from records, rejected in payloads. Required level: SystemRequired.
        ///
        /// Holds the table of the row `ownerid` refers to. Dataverse fills it from that lookup's binding, so it need not be set: on create it counts as given when `ownerid` is set.
        pub owner_id_type: Option<String>,
        /// `OwningBusinessUnit`
        ///
        /// Column `owningbusinessunit` (Uniqueidentifier). Read-only: decoded from records, rejected in payloads.
        pub owning_business_unit: Option<dv::types::Uuid>,
        /// `OwningUser`
        ///
        /// Column `owninguser` (Uniqueidentifier). Read-only: decoded from records, rejected in payloads.
        pub owning_user: Option<dv::types::Uuid>,
        /// Scheduled End: Scheduled end time of the activity.
        ///
        /// Column `scheduledend` (DateTime, format DateOnly, UserLocal). Read-only: decoded from records, rejected in payloads.
        pub scheduled_end: Option<dv::types::DateTime<dv::types::Utc>>,
        /// Scheduled Start: Scheduled start time of the activity.
        ///
        /// Column `scheduledstart` (DateTime, format DateOnly, UserLocal). Read-only: decoded from records, rejected in payloads.
        pub scheduled_start: Option<dv::types::DateTime<dv::types::Utc>>,
        /// `VersionNumber`
        ///
        /// Column `versionnumber` (BigInt, -9223372036854775808 to 9223372036854775807). Read-only: decoded from records, rejected in payloads.
        pub version_number: Option<i64>,
    }
    impl ActivityParty {
        /// The table's logical name: `activityparty`.
        pub const LOGICAL_NAME: &'static str = "activityparty";
        /// The Web API entity set: `activityparties`.
        pub const ENTITY_SET_NAME: &'static str = "activityparties";
        /// The primary key column: `activitypartyid`.
        pub const PRIMARY_ID_ATTRIBUTE: &'static str = "activitypartyid";
        /// The primary name column, when the table has one.
        pub const PRIMARY_NAME_ATTRIBUTE: Option<&'static str> = Some("partyidname");
        /// Column `activityid`.
        pub const ACTIVITY_ID: dv::Column<Self, dv::EntityRef> = dv::Column::at(0);
        /// Column `activitypartyid`.
        pub const ACTIVITY_PARTY_ID: dv::Column<Self, dv::types::Uuid> = dv::Column::at(
            1,
        );
        /// Column `addressused`.
        pub const ADDRESS_USED: dv::Column<Self, String> = dv::Column::at(2);
        /// Column `effort`.
        pub const EFFORT: dv::Column<Self, f64> = dv::Column::at(3);
        /// Column `exchangeentryid`.
        pub const EXCHANGE_ENTRY_ID: dv::Column<Self, String> = dv::Column::at(4);
        /// Column `participationtypemask`.
        pub const PARTICIPATION_TYPE_MASK: dv::Column<
            Self,
            ActivityPartyParticipationTypeMask,
        > = dv::Column::at(5);
        /// Column `partyid`.
        pub const PARTY_ID: dv::Column<Self, dv::EntityRef> = dv::Column::at(6);
        /// Column `partyidname`.
        pub const PARTY_ID_NAME: dv::Column<Self, String> = dv::Column::at(7);
        /// Column `partyobjecttypecode`.
        pub const PARTY_OBJECT_TYPE_CODE: dv::Column<Self, String> = dv::Column::at(8);
        /// Column `unresolvedpartyname`.
        pub const UNRESOLVED_PARTY_NAME: dv::Column<Self, String> = dv::Column::at(9);
        /// Column `addressusedemailcolumnnumber`.
        pub const ADDRESS_USED_EMAIL_COLUMN_NUMBER: dv::Column<Self, i32> = dv::Column::at(
            10,
        );
        /// Column `donotemail`.
        pub const DO_NOT_EMAIL: dv::Column<Self, bool> = dv::Column::at(11);
        /// Column `donotfax`.
        pub const DO_NOT_FAX: dv::Column<Self, bool> = dv::Column::at(12);
        /// Column `donotphone`.
        pub const DO_NOT_PHONE: dv::Column<Self, bool> = dv::Column::at(13);
        /// Column `donotpostalmail`.
        pub const DO_NOT_POSTAL_MAIL: dv::Column<Self, bool> = dv::Column::at(14);
        /// Column `instancetypecode`.
        pub const INSTANCE_TYPE_CODE: dv::Column<Self, ActivityPartyInstanceTypeCode> = dv::Column::at(
            15,
        );
        /// Column `ispartydeleted`.
        pub const IS_PARTY_DELETED: dv::Column<Self, bool> = dv::Column::at(16);
        /// Column `ownerid`.
        pub const OWNER_ID: dv::Column<Self, dv::EntityRef> = dv::Column::at(17);
        /// Column `owneridtype`.
        pub const OWNER_ID_TYPE: dv::Column<Self, String> = dv::Column::at(18);
        /// Column `owningbusinessunit`.
        pub const OWNING_BUSINESS_UNIT: dv::Column<Self, dv::types::Uuid> = dv::Column::at(
            19,
        );
        /// Column `owninguser`.
        pub const OWNING_USER: dv::Column<Self, dv::types::Uuid> = dv::Column::at(20);
        /// Column `scheduledend`.
        pub const SCHEDULED_END: dv::Column<Self, dv::types::DateTime<dv::types::Utc>> = dv::Column::at(
            21,
        );
        /// Column `scheduledstart`.
        pub const SCHEDULED_START: dv::Column<
            Self,
            dv::types::DateTime<dv::types::Utc>,
        > = dv::Column::at(22);
        /// Column `versionnumber`.
        pub const VERSION_NUMBER: dv::Column<Self, i64> = dv::Column::at(23);
        /// One-to-many `ActivityParty_SyncErrors`: `syncerror` rows whose `regardingobjectid` points at this row; navigation property `ActivityParty_SyncErrors`.
        pub const ACTIVITY_PARTY_SYNC_ERRORS: dv::nav::OneToMany<Self, dv::Untyped> = dv::nav::OneToMany::at(
            0,
        );
        /// Many-to-one `account_activity_parties`: the `account` row that `partyid` points at; navigation property `partyid_account` *(stated in the YAML)*.
        pub const ACCOUNT_ACTIVITY_PARTIES: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            0,
        );
        /// Many-to-one `letter_activity_parties`: the `letter` row that `activityid` points at; navigation property `activityid_letter` *(stated in the YAML)*.
        pub const LETTER_ACTIVITY_PARTIES: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            1,
        );
        /// Many-to-one `phonecall_activity_parties`: the `phonecall` row that `activityid` points at; navigation property `activityid_phonecall` *(stated in the YAML)*.
        pub const PHONECALL_ACTIVITY_PARTIES: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            2,
        );
        /// Many-to-one `task_activity_parties`: the `task` row that `activityid` points at; navigation property `activityid_task` *(stated in the YAML)*.
        pub const TASK_ACTIVITY_PARTIES: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            3,
        );
        /// Many-to-one `recurringappointmentmaster_activity_parties`: the `recurringappointmentmaster` row that `activityid` points at; navigation property `activityid_recurringappointmentmaster` *(stated in the YAML)*.
        pub const RECURRINGAPPOINTMENTMASTER_ACTIVITY_PARTIES: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(4);
        /// Many-to-one `contact_activity_parties`: the `contact` row that `partyid` points at; navigation property `partyid_contact` *(stated in the YAML)*.
        pub const CONTACT_ACTIVITY_PARTIES: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            5,
        );
        /// Many-to-one `system_user_activity_parties`: the `systemuser` row that `partyid` points at; navigation property `partyid_systemuser` *(stated in the YAML)*.
        pub const SYSTEM_USER_ACTIVITY_PARTIES: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            6,
        );
        /// Many-to-one `appointment_activity_parties`: the `appointment` row that `activityid` points at; navigation property `activityid_appointment` *(stated in the YAML)*.
        pub const APPOINTMENT_ACTIVITY_PARTIES: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            7,
        );
        /// Many-to-one `socialactivity_activity_parties`: the `socialactivity` row that `activityid` points at; navigation property `activityid_socialactivity` *(stated in the YAML)*.
        pub const SOCIALACTIVITY_ACTIVITY_PARTIES: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(8);
        /// Many-to-one `queue_activity_parties`: the `queue` row that `partyid` points at; navigation property `partyid_queue` *(stated in the YAML)*.
        pub const QUEUE_ACTIVITY_PARTIES: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            9,
        );
        /// Many-to-one `knowledgearticle_activity_parties`: the `knowledgearticle` row that `partyid` points at; navigation property `partyid_knowledgearticle` *(stated in the YAML)*.
        pub const KNOWLEDGEARTICLE_ACTIVITY_PARTIES: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(10);
        /// Many-to-one `email_activity_parties`: the `email` row that `activityid` points at; navigation property `activityid_email` *(stated in the YAML)*.
        pub const EMAIL_ACTIVITY_PARTIES: dv::nav::ManyToOne<
            Self,
            super::email::Email,
        > = dv::nav::ManyToOne::at(11);
        /// Many-to-one `fax_activity_parties`: the `fax` row that `activityid` points at; navigation property `activityid_fax` *(stated in the YAML)*.
        pub const FAX_ACTIVITY_PARTIES: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            12,
        );
        /// Many-to-one `activitypointer_activity_parties`: the `activitypointer` row that `activityid` points at; navigation property `activityid_activitypointer` *(stated in the YAML)*.
        pub const ACTIVITYPOINTER_ACTIVITY_PARTIES: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(13);
        /// Many-to-one `chat_activity_parties`: the `chat` row that `activityid` points at; navigation property `activityid_chat_activityparty` *(stated in the YAML)*.
        pub const CHAT_ACTIVITY_PARTIES: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            14,
        );
    }
    impl dv::Entity for ActivityParty {
        const TABLE: &'static dv::TableMeta = &ACTIVITYPARTY_META;
        fn values(
            &self,
        ) -> ::std::vec::Vec<(&'static dv::ColumnMeta, dv::FieldValue<'_>)> {
            let mut values = dv::entity::Values::new(&ACTIVITYPARTY_META);
            values.push_option(0, &self.activity_id);
            values.push_option(1, &self.activity_party_id);
            values.push_option(2, &self.address_used);
            values.push_option(3, &self.effort);
            values.push_option(4, &self.exchange_entry_id);
            values.push_option(5, &self.participation_type_mask);
            values.push_option(6, &self.party_id);
            values.push_option(7, &self.party_id_name);
            values.push_option(8, &self.party_object_type_code);
            values.push_option(9, &self.unresolved_party_name);
            values.push_option(10, &self.address_used_email_column_number);
            values.push_option(11, &self.do_not_email);
            values.push_option(12, &self.do_not_fax);
            values.push_option(13, &self.do_not_phone);
            values.push_option(14, &self.do_not_postal_mail);
            values.push_option(15, &self.instance_type_code);
            values.push_option(16, &self.is_party_deleted);
            values.push_option(17, &self.owner_id);
            values.push_option(18, &self.owner_id_type);
            values.push_option(19, &self.owning_business_unit);
            values.push_option(20, &self.owning_user);
            values.push_option(21, &self.scheduled_end);
            values.push_option(22, &self.scheduled_start);
            values.push_option(23, &self.version_number);
            values.into_vec()
        }
        fn from_record(
            record: &dv::Record<'_>,
        ) -> ::std::result::Result<Self, dv::DecodeError> {
            let columns = ACTIVITYPARTY_META.columns;
            ::std::result::Result::Ok(ActivityParty {
                activity_id: dv::Field::decode(record, &columns[0])?,
                activity_party_id: dv::Field::decode(record, &columns[1])?,
                address_used: dv::Field::decode(record, &columns[2])?,
                effort: dv::Field::decode(record, &columns[3])?,
                exchange_entry_id: dv::Field::decode(record, &columns[4])?,
                participation_type_mask: dv::Field::decode(record, &columns[5])?,
                party_id: dv::Field::decode(record, &columns[6])?,
                party_id_name: dv::Field::decode(record, &columns[7])?,
                party_object_type_code: dv::Field::decode(record, &columns[8])?,
                unresolved_party_name: dv::Field::decode(record, &columns[9])?,
                address_used_email_column_number: dv::Field::decode(
                    record,
                    &columns[10],
                )?,
                do_not_email: dv::Field::decode(record, &columns[11])?,
                do_not_fax: dv::Field::decode(record, &columns[12])?,
                do_not_phone: dv::Field::decode(record, &columns[13])?,
                do_not_postal_mail: dv::Field::decode(record, &columns[14])?,
                instance_type_code: dv::Field::decode(record, &columns[15])?,
                is_party_deleted: dv::Field::decode(record, &columns[16])?,
                owner_id: dv::Field::decode(record, &columns[17])?,
                owner_id_type: dv::Field::decode(record, &columns[18])?,
                owning_business_unit: dv::Field::decode(record, &columns[19])?,
                owning_user: dv::Field::decode(record, &columns[20])?,
                scheduled_end: dv::Field::decode(record, &columns[21])?,
                scheduled_start: dv::Field::decode(record, &columns[22])?,
                version_number: dv::Field::decode(record, &columns[23])?,
            })
        }
    }
    /// Participation Type choices of column `participationtypemask` of `activityparty`.
    ///
    /// Values that are not options decode as the unknown variant and fail validation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ActivityPartyParticipationTypeMask {
        /// Sender (`1`).
        Sender,
        /// To Recipient (`2`).
        ToRecipient,
        /// CC Recipient (`3`).
        CcRecipient,
        /// BCC Recipient (`4`).
        BccRecipient,
        /// Required attendee (`5`).
        RequiredAttendee,
        /// Optional attendee (`6`).
        OptionalAttendee,
        /// Organizer (`7`).
        Organizer,
        /// Regarding (`8`).
        Regarding,
        /// Owner (`9`).
        Owner,
        /// Resource (`10`).
        Resource,
        /// Customer (`11`).
        Customer,
        /// Chat Participant (`12`).
        ChatParticipant,
        /// A value that was not an option when this code was generated
        /// (organisations add options). Validation reports it.
        Unknown(i32),
    }
    impl dv::Choice for ActivityPartyParticipationTypeMask {
        fn value(self) -> i32 {
            match self {
                ActivityPartyParticipationTypeMask::Sender => 1,
                ActivityPartyParticipationTypeMask::ToRecipient => 2,
                ActivityPartyParticipationTypeMask::CcRecipient => 3,
                ActivityPartyParticipationTypeMask::BccRecipient => 4,
                ActivityPartyParticipationTypeMask::RequiredAttendee => 5,
                ActivityPartyParticipationTypeMask::OptionalAttendee => 6,
                ActivityPartyParticipationTypeMask::Organizer => 7,
                ActivityPartyParticipationTypeMask::Regarding => 8,
                ActivityPartyParticipationTypeMask::Owner => 9,
                ActivityPartyParticipationTypeMask::Resource => 10,
                ActivityPartyParticipationTypeMask::Customer => 11,
                ActivityPartyParticipationTypeMask::ChatParticipant => 12,
                ActivityPartyParticipationTypeMask::Unknown(value) => value,
            }
        }
        fn from_value(value: i32) -> Self {
            match value {
                1 => ActivityPartyParticipationTypeMask::Sender,
                2 => ActivityPartyParticipationTypeMask::ToRecipient,
                3 => ActivityPartyParticipationTypeMask::CcRecipient,
                4 => ActivityPartyParticipationTypeMask::BccRecipient,
                5 => ActivityPartyParticipationTypeMask::RequiredAttendee,
                6 => ActivityPartyParticipationTypeMask::OptionalAttendee,
                7 => ActivityPartyParticipationTypeMask::Organizer,
                8 => ActivityPartyParticipationTypeMask::Regarding,
                9 => ActivityPartyParticipationTypeMask::Owner,
                10 => ActivityPartyParticipationTypeMask::Resource,
                11 => ActivityPartyParticipationTypeMask::Customer,
                12 => ActivityPartyParticipationTypeMask::ChatParticipant,
                other => ActivityPartyParticipationTypeMask::Unknown(other),
            }
        }
        fn label(self) -> Option<&'static str> {
            match self {
                ActivityPartyParticipationTypeMask::Sender => Some("Sender"),
                ActivityPartyParticipationTypeMask::ToRecipient => Some("To Recipient"),
                ActivityPartyParticipationTypeMask::CcRecipient => Some("CC Recipient"),
                ActivityPartyParticipationTypeMask::BccRecipient => Some("BCC Recipient"),
                ActivityPartyParticipationTypeMask::RequiredAttendee => {
                    Some("Required attendee")
                }
                ActivityPartyParticipationTypeMask::OptionalAttendee => {
                    Some("Optional attendee")
                }
                ActivityPartyParticipationTypeMask::Organizer => Some("Organizer"),
                ActivityPartyParticipationTypeMask::Regarding => Some("Regarding"),
                ActivityPartyParticipationTypeMask::Owner => Some("Owner"),
                ActivityPartyParticipationTypeMask::Resource => Some("Resource"),
                ActivityPartyParticipationTypeMask::Customer => Some("Customer"),
                ActivityPartyParticipationTypeMask::ChatParticipant => {
                    Some("Chat Participant")
                }
                ActivityPartyParticipationTypeMask::Unknown(_) => None,
            }
        }
    }
    /// Appointment Type choices of column `instancetypecode` of `activityparty`.
    ///
    /// Values that are not options decode as the unknown variant and fail validation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ActivityPartyInstanceTypeCode {
        /// Not Recurring (`0`).
        NotRecurring,
        /// Recurring Master (`1`).
        RecurringMaster,
        /// Recurring Instance (`2`).
        RecurringInstance,
        /// Recurring Exception (`3`).
        RecurringException,
        /// Recurring Future Exception (`4`).
        RecurringFutureException,
        /// A value that was not an option when this code was generated
        /// (organisations add options). Validation reports it.
        Unknown(i32),
    }
    impl dv::Choice for ActivityPartyInstanceTypeCode {
        fn value(self) -> i32 {
            match self {
                ActivityPartyInstanceTypeCode::NotRecurring => 0,
                ActivityPartyInstanceTypeCode::RecurringMaster => 1,
                ActivityPartyInstanceTypeCode::RecurringInstance => 2,
                ActivityPartyInstanceTypeCode::RecurringException => 3,
                ActivityPartyInstanceTypeCode::RecurringFutureException => 4,
                ActivityPartyInstanceTypeCode::Unknown(value) => value,
            }
        }
        fn from_value(value: i32) -> Self {
            match value {
                0 => ActivityPartyInstanceTypeCode::NotRecurring,
                1 => ActivityPartyInstanceTypeCode::RecurringMaster,
                2 => ActivityPartyInstanceTypeCode::RecurringInstance,
                3 => ActivityPartyInstanceTypeCode::RecurringException,
                4 => ActivityPartyInstanceTypeCode::RecurringFutureException,
                other => ActivityPartyInstanceTypeCode::Unknown(other),
            }
        }
        fn label(self) -> Option<&'static str> {
            match self {
                ActivityPartyInstanceTypeCode::NotRecurring => Some("Not Recurring"),
                ActivityPartyInstanceTypeCode::RecurringMaster => {
                    Some("Recurring Master")
                }
                ActivityPartyInstanceTypeCode::RecurringInstance => {
                    Some("Recurring Instance")
                }
                ActivityPartyInstanceTypeCode::RecurringException => {
                    Some("Recurring Exception")
                }
                ActivityPartyInstanceTypeCode::RecurringFutureException => {
                    Some("Recurring Future Exception")
                }
                ActivityPartyInstanceTypeCode::Unknown(_) => None,
            }
        }
    }
    /// Metadata of the `activityparty` table: columns, rules and relationships, read by the runtime.
    pub static ACTIVITYPARTY_META: dv::TableMeta = dv::TableMeta {
        logical_name: "activityparty",
        schema_name: "ActivityParty",
        entity_set_name: "activityparties",
        primary_id_attribute: "activitypartyid",
        primary_name_attribute: Some("partyidname"),
        columns: &[
            dv::ColumnMeta::new(
                    "activityid",
                    "ActivityId",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .targets(
                    &[
                        dv::meta::Target::new(
                                "activitypointer",
                                "activitypointers",
                                "activityid_activitypointer",
                            )
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "activitypartyid",
                    "ActivityPartyId",
                    "Uniqueidentifier",
                    dv::ColumnKind::Uniqueidentifier,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .valid_for_update(false),
            dv::ColumnMeta::new(
                    "addressused",
                    "AddressUsed",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(320),
            dv::ColumnMeta::new("effort", "Effort", "Double", dv::ColumnKind::Double)
                .min_value("0")
                .max_value("1000000000")
                .precision(2),
            dv::ColumnMeta::new(
                    "exchangeentryid",
                    "ExchangeEntryId",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(1024),
            dv::ColumnMeta::new(
                    "participationtypemask",
                    "ParticipationTypeMask",
                    "Picklist",
                    dv::ColumnKind::Choice,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .options(
                    &[
                        dv::meta::OptionMeta::new(1, "Sender"),
                        dv::meta::OptionMeta::new(2, "To Recipient"),
                        dv::meta::OptionMeta::new(3, "CC Recipient"),
                        dv::meta::OptionMeta::new(4, "BCC Recipient"),
                        dv::meta::OptionMeta::new(5, "Required attendee"),
                        dv::meta::OptionMeta::new(6, "Optional attendee"),
                        dv::meta::OptionMeta::new(7, "Organizer"),
                        dv::meta::OptionMeta::new(8, "Regarding"),
                        dv::meta::OptionMeta::new(9, "Owner"),
                        dv::meta::OptionMeta::new(10, "Resource"),
                        dv::meta::OptionMeta::new(11, "Customer"),
                        dv::meta::OptionMeta::new(12, "Chat Participant"),
                    ],
                ),
            dv::ColumnMeta::new("partyid", "PartyId", "Lookup", dv::ColumnKind::Lookup)
                .targets(
                    &[
                        dv::meta::Target::new("account", "accounts", "partyid_account")
                            .entity_set_assumed(),
                        dv::meta::Target::new("contact", "contacts", "partyid_contact")
                            .entity_set_assumed(),
                        dv::meta::Target::new(
                                "knowledgearticle",
                                "knowledgearticles",
                                "partyid_knowledgearticle",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::new("queue", "queues", "partyid_queue")
                            .entity_set_assumed(),
                        dv::meta::Target::new(
                                "systemuser",
                                "systemusers",
                                "partyid_systemuser",
                            )
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "partyidname",
                    "PartyIdName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_update(false)
                .max_length(400),
            dv::ColumnMeta::new(
                    "partyobjecttypecode",
                    "PartyObjectTypeCode",
                    "EntityName",
                    dv::ColumnKind::Text,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .type_of("partyid"),
            dv::ColumnMeta::new(
                    "unresolvedpartyname",
                    "UnresolvedPartyName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(200),
            dv::ColumnMeta::new(
                    "addressusedemailcolumnnumber",
                    "AddressUsedEmailColumnNumber",
                    "Integer",
                    dv::ColumnKind::Integer,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .min_value("1")
                .max_value("2147483647"),
            dv::ColumnMeta::new(
                    "donotemail",
                    "DoNotEmail",
                    "Boolean",
                    dv::ColumnKind::Boolean,
                )
                .valid_for_create(false)
                .valid_for_update(false),
            dv::ColumnMeta::new(
                    "donotfax",
                    "DoNotFax",
                    "Boolean",
                    dv::ColumnKind::Boolean,
                )
                .valid_for_create(false)
                .valid_for_update(false),
            dv::ColumnMeta::new(
                    "donotphone",
                    "DoNotPhone",
                    "Boolean",
                    dv::ColumnKind::Boolean,
                )
                .valid_for_create(false)
                .valid_for_update(false),
            dv::ColumnMeta::new(
                    "donotpostalmail",
                    "DoNotPostalMail",
                    "Boolean",
                    dv::ColumnKind::Boolean,
                )
                .valid_for_create(false)
                .valid_for_update(false),
            dv::ColumnMeta::new(
                    "instancetypecode",
                    "InstanceTypeCode",
                    "Picklist",
                    dv::ColumnKind::Choice,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .valid_for_create(false)
                .valid_for_update(false)
                .options(
                    &[
                        dv::meta::OptionMeta::new(0, "Not Recurring"),
                        dv::meta::OptionMeta::new(1, "Recurring Master"),
                        dv::meta::OptionMeta::new(2, "Recurring Instance"),
                        dv::meta::OptionMeta::new(3, "Recurring Exception"),
                        dv::meta::OptionMeta::new(4, "Recurring Future Exception"),
                    ],
                ),
            dv::ColumnMeta::new(
                    "ispartydeleted",
                    "IsPartyDeleted",
                    "Boolean",
                    dv::ColumnKind::Boolean,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .valid_for_create(false)
                .valid_for_update(false),
            dv::ColumnMeta::new("ownerid", "OwnerId", "Owner", dv::ColumnKind::Lookup)
                .required_level(dv::meta::RequiredLevel::ApplicationRequired)
                .valid_for_create(false)
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new("systemuser", "systemusers", "ownerid")
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                        dv::meta::Target::new("team", "teams", "ownerid")
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "owneridtype",
                    "OwnerIdType",
                    "EntityName",
                    dv::ColumnKind::Text,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .valid_for_create(false)
                .valid_for_update(false)
                .type_of("ownerid"),
            dv::ColumnMeta::new(
                    "owningbusinessunit",
                    "OwningBusinessUnit",
                    "Uniqueidentifier",
                    dv::ColumnKind::Uniqueidentifier,
                )
                .valid_for_create(false)
                .valid_for_update(false),
            dv::ColumnMeta::new(
                    "owninguser",
                    "OwningUser",
                    "Uniqueidentifier",
                    dv::ColumnKind::Uniqueidentifier,
                )
                .valid_for_create(false)
                .valid_for_update(false),
            dv::ColumnMeta::new(
                    "scheduledend",
                    "ScheduledEnd",
                    "DateTime",
                    dv::ColumnKind::DateTime,
                )
                .valid_for_create(false)
                .valid_for_update(false),
            dv::ColumnMeta::new(
                    "scheduledstart",
                    "ScheduledStart",
                    "DateTime",
                    dv::ColumnKind::DateTime,
                )
                .valid_for_create(false)
                .valid_for_update(false),
            dv::ColumnMeta::new(
                    "versionnumber",
                    "VersionNumber",
                    "BigInt",
                    dv::ColumnKind::BigInt,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .min_value("-9223372036854775808")
                .max_value("9223372036854775807"),
        ],
        one_to_many: &[
            dv::meta::OneToManyMeta::new(
                    "ActivityParty_SyncErrors",
                    "syncerror",
                    "ActivityParty_SyncErrors",
                )
                .referencing_attribute("regardingobjectid"),
        ],
        many_to_one: &[
            dv::meta::ManyToOneMeta::new(
                    "account_activity_parties",
                    "account",
                    "partyid_account",
                )
                .referencing_attribute("partyid"),
            dv::meta::ManyToOneMeta::new(
                    "letter_activity_parties",
                    "letter",
                    "activityid_letter",
                )
                .referencing_attribute("activityid"),
            dv::meta::ManyToOneMeta::new(
                    "phonecall_activity_parties",
                    "phonecall",
                    "activityid_phonecall",
                )
                .referencing_attribute("activityid"),
            dv::meta::ManyToOneMeta::new(
                    "task_activity_parties",
                    "task",
                    "activityid_task",
                )
                .referencing_attribute("activityid"),
            dv::meta::ManyToOneMeta::new(
                    "recurringappointmentmaster_activity_parties",
                    "recurringappointmentmaster",
                    "activityid_recurringappointmentmaster",
                )
                .referencing_attribute("activityid"),
            dv::meta::ManyToOneMeta::new(
                    "contact_activity_parties",
                    "contact",
                    "partyid_contact",
                )
                .referencing_attribute("partyid"),
            dv::meta::ManyToOneMeta::new(
                    "system_user_activity_parties",
                    "systemuser",
                    "partyid_systemuser",
                )
                .referencing_attribute("partyid"),
            dv::meta::ManyToOneMeta::new(
                    "appointment_activity_parties",
                    "appointment",
                    "activityid_appointment",
                )
                .referencing_attribute("activityid"),
            dv::meta::ManyToOneMeta::new(
                    "socialactivity_activity_parties",
                    "socialactivity",
                    "activityid_socialactivity",
                )
                .referencing_attribute("activityid"),
            dv::meta::ManyToOneMeta::new(
                    "queue_activity_parties",
                    "queue",
                    "partyid_queue",
                )
                .referencing_attribute("partyid"),
            dv::meta::ManyToOneMeta::new(
                    "knowledgearticle_activity_parties",
                    "knowledgearticle",
                    "partyid_knowledgearticle",
                )
                .referencing_attribute("partyid"),
            dv::meta::ManyToOneMeta::new(
                    "email_activity_parties",
                    "email",
                    "activityid_email",
                )
                .referencing_attribute("activityid"),
            dv::meta::ManyToOneMeta::new("fax_activity_parties", "fax", "activityid_fax")
                .referencing_attribute("activityid"),
            dv::meta::ManyToOneMeta::new(
                    "activitypointer_activity_parties",
                    "activitypointer",
                    "activityid_activitypointer",
                )
                .referencing_attribute("activityid"),
            dv::meta::ManyToOneMeta::new(
                    "chat_activity_parties",
                    "chat",
                    "activityid_chat_activityparty",
                )
                .referencing_attribute("activityid"),
        ],
        many_to_many: &[],
        unresolved: &[],
    };
}

/// Email (`email`).
pub mod email {
    use ::dataverse as dv;
    /// Email (`email`).
    ///
    /// Web API entity set: `emails`; primary key `activityid`; primary name `subject`; ownership UserOwned.
    ///
    /// Every field starts as `None`; payloads hold only the fields that are set, and are validated against the metadata first (see `dataverse::Entity`).
    ///
    /// Targets marked *(entity set assumed)* are tables not generated alongside: their entity set is taken to be the logical name in plural.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct Email {
        /// `ActivityId`
        ///
        /// Column `activityid` (Uniqueidentifier). Valid for create only.
        pub activity_id: Option<dv::types::Uuid>,
        /// `Subject`
        ///
        /// Column `subject` (String, MaxLength 800 UTF-16 code units). Valid for create and update. Required level: ApplicationRequired.
        pub subject: Option<String>,
        /// From
        ///
        /// Column `from` (PartyList). Valid for create and update.
        ///
        /// A party list: each party is sent as an entry of the activity's party collection `email_activity_parties` with `participationtypemask` 1 (see `dataverse::party`); a response carries the parties when the request expands that collection.
        ///
        /// Parties:
        /// - `queue`: `"partyid_queue@odata.bind": "/queues(<id>)"` *(entity set assumed)*
        /// - `systemuser`: `"partyid_systemuser@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        pub from: Option<dv::PartyList>,
        /// To
        ///
        /// Column `to` (PartyList). Valid for create and update.
        ///
        /// A party list: each party is sent as an entry of the activity's party collection `email_activity_parties` with `participationtypemask` 2 (see `dataverse::party`); a response carries the parties when the request expands that collection.
        ///
        /// Parties:
        /// - `account`: `"partyid_account@odata.bind": "/accounts(<id>)"` *(entity set assumed)*
        /// - `contact`: `"partyid_contact@odata.bind": "/contacts(<id>)"` *(entity set assumed)*
        /// - `queue`: `"partyid_queue@odata.bind": "/queues(<id>)"` *(entity set assumed)*
        /// - `systemuser`: `"partyid_systemuser@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        /// - an email address that is no row: `"addressused": "<address>"`
        pub to: Option<dv::PartyList>,
        /// Cc
        ///
        /// Column `cc` (PartyList). Valid for create and update.
        ///
        /// A party list: each party is sent as an entry of the activity's party collection `email_activity_parties` with `participationtypemask` 3 (see `dataverse::party`); a response carries the parties when the request expands that collection.
        ///
        /// Parties:
        /// - `account`: `"partyid_account@odata.bind": "/accounts(<id>)"` *(entity set assumed)*
        /// - `contact`: `"partyid_contact@odata.bind": "/contacts(<id>)"` *(entity set assumed)*
        /// - `systemuser`: `"partyid_systemuser@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        /// - an email address that is no row: `"addressused": "<address>"`
        pub cc: Option<dv::PartyList>,
        /// Bcc
        ///
        /// Column `bcc` (PartyList). Valid for create and update.
        ///
        /// A party list: each party is sent as an entry of the activity's party collection `email_activity_parties` with `participationtypemask` 4 (see `dataverse::party`); a response carries the parties when the request expands that collection.
        ///
        /// Parties:
        /// - `contact`: `"partyid_contact@odata.bind": "/contacts(<id>)"` *(entity set assumed)*
        /// - `systemuser`: `"partyid_systemuser@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        /// - an email address that is no row: `"addressused": "<address>"`
        pub bcc: Option<dv::PartyList>,
        /// `Partners`
        ///
        /// Column `partners` (PartyList). Valid for create and update.
        ///
        /// Kept as raw JSON: Microsoft documents no participation type for this party-list column.
        pub partners: Option<dv::types::Json>,
    }
    impl Email {
        /// The table's logical name: `email`.
        pub const LOGICAL_NAME: &'static str = "email";
        /// The Web API entity set: `emails`.
        pub const ENTITY_SET_NAME: &'static str = "emails";
        /// The primary key column: `activityid`.
        pub const PRIMARY_ID_ATTRIBUTE: &'static str = "activityid";
        /// The primary name column, when the table has one.
        pub const PRIMARY_NAME_ATTRIBUTE: Option<&'static str> = Some("subject");
        /// Column `activityid`.
        pub const ACTIVITY_ID: dv::Column<Self, dv::types::Uuid> = dv::Column::at(0);
        /// Column `subject`.
        pub const SUBJECT: dv::Column<Self, String> = dv::Column::at(1);
        /// Column `from`.
        pub const FROM: dv::Column<Self, dv::PartyList> = dv::Column::at(2);
        /// Column `to`.
        pub const TO: dv::Column<Self, dv::PartyList> = dv::Column::at(3);
        /// Column `cc`.
        pub const CC: dv::Column<Self, dv::PartyList> = dv::Column::at(4);
        /// Column `bcc`.
        pub const BCC: dv::Column<Self, dv::PartyList> = dv::Column::at(5);
        /// Column `partners`.
        pub const PARTNERS: dv::Column<Self, dv::types::Json> = dv::Column::at(6);
        /// One-to-many `email_activity_parties`: `activityparty` rows whose `activityid` points at this row; navigation property `email_activity_parties`.
        pub const EMAIL_ACTIVITY_PARTIES: dv::nav::OneToMany<
            Self,
            super::activityparty::ActivityParty,
        > = dv::nav::OneToMany::at(0);
    }
    impl dv::Entity for Email {
        const TABLE: &'static dv::TableMeta = &EMAIL_META;
        fn values(
            &self,
        ) -> ::std::vec::Vec<(&'static dv::ColumnMeta, dv::FieldValue<'_>)> {
            let mut values = dv::entity::Values::new(&EMAIL_META);
            values.push_option(0, &self.activity_id);
            values.push_option(1, &self.subject);
            values.push_option(2, &self.from);
            values.push_option(3, &self.to);
            values.push_option(4, &self.cc);
            values.push_option(5, &self.bcc);
            values.push_option(6, &self.partners);
            values.into_vec()
        }
        fn from_record(
            record: &dv::Record<'_>,
        ) -> ::std::result::Result<Self, dv::DecodeError> {
            let columns = EMAIL_META.columns;
            ::std::result::Result::Ok(Email {
                activity_id: dv::Field::decode(record, &columns[0])?,
                subject: dv::Field::decode(record, &columns[1])?,
                from: dv::Field::decode(record, &columns[2])?,
                to: dv::Field::decode(record, &columns[3])?,
                cc: dv::Field::decode(record, &columns[4])?,
                bcc: dv::Field::decode(record, &columns[5])?,
                partners: dv::Field::decode(record, &columns[6])?,
            })
        }
    }
    /// Metadata of the `email` table: columns, rules and relationships, read by the runtime.
    pub static EMAIL_META: dv::TableMeta = dv::TableMeta {
        logical_name: "email",
        schema_name: "Email",
        entity_set_name: "emails",
        primary_id_attribute: "activityid",
        primary_name_attribute: Some("subject"),
        columns: &[
            dv::ColumnMeta::new(
                    "activityid",
                    "ActivityId",
                    "Uniqueidentifier",
                    dv::ColumnKind::Uniqueidentifier,
                )
                .valid_for_update(false),
            dv::ColumnMeta::new("subject", "Subject", "String", dv::ColumnKind::Text)
                .required_level(dv::meta::RequiredLevel::ApplicationRequired)
                .max_length(800),
            dv::ColumnMeta::new("from", "From", "PartyList", dv::ColumnKind::PartyList)
                .targets(
                    &[
                        dv::meta::Target::new("queue", "queues", "partyid_queue")
                            .entity_set_assumed(),
                        dv::meta::Target::new(
                                "systemuser",
                                "systemusers",
                                "partyid_systemuser",
                            )
                            .entity_set_assumed(),
                    ],
                )
                .party_list("email_activity_parties", 1, false),
            dv::ColumnMeta::new("to", "To", "PartyList", dv::ColumnKind::PartyList)
                .targets(
                    &[
                        dv::meta::Target::new("account", "accounts", "partyid_account")
                            .entity_set_assumed(),
                        dv::meta::Target::new("contact", "contacts", "partyid_contact")
                            .entity_set_assumed(),
                        dv::meta::Target::new("queue", "queues", "partyid_queue")
                            .entity_set_assumed(),
                        dv::meta::Target::new(
                                "systemuser",
                                "systemusers",
                                "partyid_systemuser",
                            )
                            .entity_set_assumed(),
                    ],
                )
                .party_list("email_activity_parties", 2, true),
            dv::ColumnMeta::new("cc", "Cc", "PartyList", dv::ColumnKind::PartyList)
                .targets(
                    &[
                        dv::meta::Target::new("account", "accounts", "partyid_account")
                            .entity_set_assumed(),
                        dv::meta::Target::new("contact", "contacts", "partyid_contact")
                            .entity_set_assumed(),
                        dv::meta::Target::new(
                                "systemuser",
                                "systemusers",
                                "partyid_systemuser",
                            )
                            .entity_set_assumed(),
                    ],
                )
                .party_list("email_activity_parties", 3, true),
            dv::ColumnMeta::new("bcc", "Bcc", "PartyList", dv::ColumnKind::PartyList)
                .targets(
                    &[
                        dv::meta::Target::new("contact", "contacts", "partyid_contact")
                            .entity_set_assumed(),
                        dv::meta::Target::new(
                                "systemuser",
                                "systemusers",
                                "partyid_systemuser",
                            )
                            .entity_set_assumed(),
                    ],
                )
                .party_list("email_activity_parties", 4, true),
            dv::ColumnMeta::new(
                "partners",
                "Partners",
                "PartyList",
                dv::ColumnKind::Other,
            ),
        ],
        one_to_many: &[
            dv::meta::OneToManyMeta::new(
                    "email_activity_parties",
                    "activityparty",
                    "email_activity_parties",
                )
                .referencing_attribute("activityid"),
        ],
        many_to_one: &[],
        many_to_many: &[],
        unresolved: &[],
    };
}

/// Goal (`goal`).
pub mod goal {
    use ::dataverse as dv;
    /// Goal (`goal`).
    ///
    /// Web API entity set: `goals`; primary key `goalid`; primary name `title`.
    ///
    /// Every field starts as `None`; payloads hold only the fields that are set, and are validated against the metadata first (see `dataverse::Entity`).
    ///
    /// Targets marked *(entity set assumed)* are tables not generated alongside: their entity set is taken to be the logical name in plural.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct Goal {
        /// `Title`
        ///
        /// Column `title` (String, MaxLength 100 UTF-16 code units). Valid for create and update.
        pub title: Option<String>,
        /// `GoalOwnerId`
        ///
        /// Column `goalownerid` (Lookup). Valid for create and update. Required level: ApplicationRequired.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"goalownerid_systemuser@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        /// - `team`: `"goalownerid_team@odata.bind": "/teams(<id>)"` *(entity set assumed)*
        pub goal_owner_id: Option<dv::EntityRef>,
        /// `GoalOwnerIdType`
        ///
        /// Column `goalowneridtype` (EntityName). Valid for create and update. Required level: ApplicationRequired.
        ///
        /// Holds the table of the row `goalownerid` refers to. Dataverse fills it from that lookup's binding, so it need not be set: on create it counts as given when `goalownerid` is set.
        pub goal_owner_id_type: Option<String>,
    }
    impl Goal {
        /// The table's logical name: `goal`.
        pub const LOGICAL_NAME: &'static str = "goal";
        /// The Web API entity set: `goals`.
        pub const ENTITY_SET_NAME: &'static str = "goals";
        /// The primary key column: `goalid`.
        pub const PRIMARY_ID_ATTRIBUTE: &'static str = "goalid";
        /// The primary name column, when the table has one.
        pub const PRIMARY_NAME_ATTRIBUTE: Option<&'static str> = Some("title");
        /// Column `title`.
        pub const TITLE: dv::Column<Self, String> = dv::Column::at(0);
        /// Column `goalownerid`.
        pub const GOAL_OWNER_ID: dv::Column<Self, dv::EntityRef> = dv::Column::at(1);
        /// Column `goalowneridtype`.
        pub const GOAL_OWNER_ID_TYPE: dv::Column<Self, String> = dv::Column::at(2);
        /// Many-to-one `fixture_goal_owner_systemuser`: the `systemuser` row that `goalownerid` points at; navigation property `goalownerid_systemuser`.
        pub const FIXTURE_GOAL_OWNER_SYSTEMUSER: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            0,
        );
        /// Many-to-one `fixture_goal_owner_team`: the `team` row that `goalownerid` points at; navigation property `goalownerid_team`.
        pub const FIXTURE_GOAL_OWNER_TEAM: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            1,
        );
    }
    impl dv::Entity for Goal {
        const TABLE: &'static dv::TableMeta = &GOAL_META;
        fn values(
            &self,
        ) -> ::std::vec::Vec<(&'static dv::ColumnMeta, dv::FieldValue<'_>)> {
            let mut values = dv::entity::Values::new(&GOAL_META);
            values.push_option(0, &self.title);
            values.push_option(1, &self.goal_owner_id);
            values.push_option(2, &self.goal_owner_id_type);
            values.into_vec()
        }
        fn from_record(
            record: &dv::Record<'_>,
        ) -> ::std::result::Result<Self, dv::DecodeError> {
            let columns = GOAL_META.columns;
            ::std::result::Result::Ok(Goal {
                title: dv::Field::decode(record, &columns[0])?,
                goal_owner_id: dv::Field::decode(record, &columns[1])?,
                goal_owner_id_type: dv::Field::decode(record, &columns[2])?,
            })
        }
    }
    /// Metadata of the `goal` table: columns, rules and relationships, read by the runtime.
    pub static GOAL_META: dv::TableMeta = dv::TableMeta {
        logical_name: "goal",
        schema_name: "Goal",
        entity_set_name: "goals",
        primary_id_attribute: "goalid",
        primary_name_attribute: Some("title"),
        columns: &[
            dv::ColumnMeta::new("title", "Title", "String", dv::ColumnKind::Text)
                .max_length(100),
            dv::ColumnMeta::new(
                    "goalownerid",
                    "GoalOwnerId",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .required_level(dv::meta::RequiredLevel::ApplicationRequired)
                .targets(
                    &[
                        dv::meta::Target::new(
                                "systemuser",
                                "systemusers",
                                "goalownerid_systemuser",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::new("team", "teams", "goalownerid_team")
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "goalowneridtype",
                    "GoalOwnerIdType",
                    "EntityName",
                    dv::ColumnKind::Text,
                )
                .required_level(dv::meta::RequiredLevel::ApplicationRequired)
                .type_of("goalownerid"),
        ],
        one_to_many: &[],
        many_to_one: &[
            dv::meta::ManyToOneMeta::new(
                    "fixture_goal_owner_systemuser",
                    "systemuser",
                    "goalownerid_systemuser",
                )
                .referencing_attribute("goalownerid"),
            dv::meta::ManyToOneMeta::new(
                    "fixture_goal_owner_team",
                    "team",
                    "goalownerid_team",
                )
                .referencing_attribute("goalownerid"),
        ],
        many_to_many: &[],
        unresolved: &[],
    };
}
