/// Project (`cr123_project`).
pub mod cr123_project {
    use ::dataverse as dv;
    /// Project (`cr123_project`).
    ///
    /// A project run for a customer.
    ///
    /// Web API entity set: `cr123_projects`; primary key `cr123_projectid`; primary name `cr123_name`; ownership UserOwned.
    ///
    /// Every field starts as `None`; payloads hold only the fields that are set, and are validated against the metadata first (see `dataverse::Entity`).
    ///
    /// Targets marked *(entity set assumed)* are tables not generated alongside: their entity set is taken to be the logical name in plural.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct Cr123Project {
        /// Budget
        ///
        /// Column `cr123_budget` (Money, 0 to 922337203685477, precision 2). Valid for create and update.
        pub cr123_budget: Option<dv::types::Decimal>,
        /// Category
        ///
        /// Column `cr123_category` (Picklist). Valid for create and update.
        ///
        /// Options: [`Cr123ProjectCr123Category`].
        pub cr123_category: Option<Cr123ProjectCr123Category>,
        /// Code: Short code of the project, unique per customer.
        ///
        /// Column `cr123_code` (String, MaxLength 20 UTF-16 code units, format Text). Valid for create and update.
        pub cr123_code: Option<String>,
        /// Contract
        ///
        /// Column `cr123_contract` (File). Valid for create and update.
        ///
        /// Kept as raw JSON: the generator has no dedicated type for this column type.
        pub cr123_contract: Option<dv::types::Json>,
        /// Customer
        ///
        /// Column `cr123_customerid` (Customer). Valid for create and update. Required level: ApplicationRequired.
        ///
        /// Sent in a payload as:
        /// - `contact`: `"cr123_customerid_contact@odata.bind": "/contacts(<id>)"` *(entity set assumed)*
        /// - `account`: `"cr123_customerid_account@odata.bind": "/accounts(<id>)"` *(entity set assumed)*
        pub cr123_customer_id: Option<dv::EntityRef>,
        /// `cr123_CustomerIdType`
        ///
        /// Column `cr123_customeridtype` (EntityName). Valid for create and update.
        ///
        /// Holds the table of the row `cr123_customerid` refers to. Dataverse fills it from that lookup's binding, so it need not be set: on create it counts as given when `cr123_customerid` is set.
        pub cr123_customer_id_type: Option<String>,
        /// Deadline
        ///
        /// Column `cr123_deadline` (DateTime, format DateAndTime, TimeZoneIndependent). Valid for create and update.
        pub cr123_deadline: Option<dv::types::DateTime<dv::types::Utc>>,
        /// Event Count
        ///
        /// Column `cr123_eventcount` (BigInt, -9223372036854775808 to 9223372036854775807). Valid for create and update.
        pub cr123_event_count: Option<i64>,
        /// Headcount
        ///
        /// Column `cr123_headcount` (Integer, 0 to 100000, format None). Valid for create and update.
        pub cr123_headcount: Option<i32>,
        /// Billable
        ///
        /// Column `cr123_isbillable` (Boolean). Valid for create and update.
        ///
        /// Labels: 1 = Yes, 0 = No.
        pub cr123_is_billable: Option<bool>,
        /// Logo
        ///
        /// Column `cr123_logo` (Image). Valid for create and update.
        ///
        /// Kept as raw JSON: the generator has no dedicated type for this column type.
        pub cr123_logo: Option<dv::types::Json>,
        /// Margin
        ///
        /// Column `cr123_margin` (Decimal, -100 to 100, precision 2). Valid for create and update.
        pub cr123_margin: Option<dv::types::Decimal>,
        /// Name
        ///
        /// Column `cr123_name` (String, MaxLength 200 UTF-16 code units, format Text). Valid for create and update. Required level: ApplicationRequired.
        pub cr123_name: Option<String>,
        /// Notes
        ///
        /// Column `cr123_notes` (Memo, MaxLength 10000 UTF-16 code units, format TextArea). Valid for create and update.
        pub cr123_notes: Option<String>,
        /// Parent Project
        ///
        /// Column `cr123_parentprojectid` (Lookup). Valid for create and update.
        ///
        /// Sent in a payload as:
        /// - `cr123_project`: `"cr123_parentprojectid@odata.bind": "/cr123_projects(<id>)"`
        pub cr123_parent_project_id: Option<dv::Ref<Cr123Project>>,
        /// Priority: How urgent the project is.
        ///
        /// Column `cr123_priority` (Picklist). Valid for create and update.
        ///
        /// Options: [`Cr123ProjectCr123Priority`].
        pub cr123_priority: Option<Cr123ProjectCr123Priority>,
        /// Project: Unique identifier for entity instances
        ///
        /// Column `cr123_projectid` (Uniqueidentifier). Valid for create only. Required level: SystemRequired.
        pub cr123_project_id: Option<dv::types::Uuid>,
        /// Settings: JSON settings of the project.
        ///
        /// Column `cr123_settings` (Memo, MaxLength 100000 UTF-16 code units, format Json). Valid for create and update.
        pub cr123_settings: Option<String>,
        /// Start Date
        ///
        /// Column `cr123_startdate` (DateTime, format DateOnly, DateOnly). Valid for create and update.
        pub cr123_start_date: Option<dv::types::NaiveDate>,
        /// Tags
        ///
        /// Column `cr123_tags` (MultiSelectPicklist). Valid for create and update.
        ///
        /// Options: [`Cr123ProjectCr123Tags`].
        pub cr123_tags: Option<dv::Choices<Cr123ProjectCr123Tags>>,
        /// Tolerance
        ///
        /// Column `cr123_tolerance` (Double, 0.0000000001 to 100000000000, precision 10). Valid for create and update.
        pub cr123_tolerance: Option<f64>,
        /// Website
        ///
        /// Column `cr123_website` (String, MaxLength 200 UTF-16 code units, format Url). Valid for create and update.
        pub cr123_website: Option<String>,
        /// Owner
        ///
        /// Column `ownerid` (Owner). Valid for create and update. Required level: SystemRequired.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"ownerid@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        /// - `team`: `"ownerid@odata.bind": "/teams(<id>)"` *(entity set assumed)*
        pub owner_id: Option<dv::EntityRef>,
        /// `OwnerIdType`
        ///
        /// Column `owneridtype` (EntityName). Valid for create and update. Required level: SystemRequired.
        ///
        /// Holds the table of the row `ownerid` refers to. Dataverse fills it from that lookup's binding, so it need not be set: on create it counts as given when `ownerid` is set.
        pub owner_id_type: Option<String>,
        /// Status
        ///
        /// Column `statecode` (State). Valid for update only. Required level: SystemRequired.
        ///
        /// Options: [`Cr123ProjectStatecode`].
        pub statecode: Option<Cr123ProjectStatecode>,
        /// Status Reason
        ///
        /// Column `statuscode` (Status). Valid for create and update.
        ///
        /// Options: [`Cr123ProjectStatuscode`].
        pub statuscode: Option<Cr123ProjectStatuscode>,
        /// Budget (Base): Value of the Budget in base currency.
        ///
        /// Column `cr123_budget_base` (Money, -922337203685477 to 922337203685477, precision 4). Read-only: decoded from records, rejected in payloads.
        pub cr123_budget_base: Option<dv::types::Decimal>,
        /// `cr123_CustomerIdName`
        ///
        /// Column `cr123_customeridname` (String, MaxLength 160 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub cr123_customer_id_name: Option<String>,
        /// Created By
        ///
        /// Column `createdby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"createdby@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        pub created_by: Option<dv::EntityRef>,
        /// Created On
        ///
        /// Column `createdon` (DateTime, format DateAndTime, UserLocal). Read-only: decoded from records, rejected in payloads.
        pub created_on: Option<dv::types::DateTime<dv::types::Utc>>,
        /// Version Number
        ///
        /// Column `versionnumber` (BigInt, -9223372036854775808 to 9223372036854775807). Read-only: decoded from records, rejected in payloads.
        pub version_number: Option<i64>,
    }
    impl Cr123Project {
        /// The table's logical name: `cr123_project`.
        pub const LOGICAL_NAME: &'static str = "cr123_project";
        /// The Web API entity set: `cr123_projects`.
        pub const ENTITY_SET_NAME: &'static str = "cr123_projects";
        /// The primary key column: `cr123_projectid`.
        pub const PRIMARY_ID_ATTRIBUTE: &'static str = "cr123_projectid";
        /// The primary name column, when the table has one.
        pub const PRIMARY_NAME_ATTRIBUTE: Option<&'static str> = Some("cr123_name");
        /// Column `cr123_budget`.
        pub const CR123_BUDGET: dv::Column<Self, dv::types::Decimal> = dv::Column::at(0);
        /// Column `cr123_category`.
        pub const CR123_CATEGORY: dv::Column<Self, Cr123ProjectCr123Category> = dv::Column::at(
            1,
        );
        /// Column `cr123_code`.
        pub const CR123_CODE: dv::Column<Self, String> = dv::Column::at(2);
        /// Column `cr123_contract`.
        pub const CR123_CONTRACT: dv::Column<Self, dv::types::Json> = dv::Column::at(3);
        /// Column `cr123_customerid`.
        pub const CR123_CUSTOMER_ID: dv::Column<Self, dv::EntityRef> = dv::Column::at(4);
        /// Column `cr123_customeridtype`.
        pub const CR123_CUSTOMER_ID_TYPE: dv::Column<Self, String> = dv::Column::at(5);
        /// Column `cr123_deadline`.
        pub const CR123_DEADLINE: dv::Column<
            Self,
            dv::types::DateTime<dv::types::Utc>,
        > = dv::Column::at(6);
        /// Column `cr123_eventcount`.
        pub const CR123_EVENT_COUNT: dv::Column<Self, i64> = dv::Column::at(7);
        /// Column `cr123_headcount`.
        pub const CR123_HEADCOUNT: dv::Column<Self, i32> = dv::Column::at(8);
        /// Column `cr123_isbillable`.
        pub const CR123_IS_BILLABLE: dv::Column<Self, bool> = dv::Column::at(9);
        /// Column `cr123_logo`.
        pub const CR123_LOGO: dv::Column<Self, dv::types::Json> = dv::Column::at(10);
        /// Column `cr123_margin`.
        pub const CR123_MARGIN: dv::Column<Self, dv::types::Decimal> = dv::Column::at(
            11,
        );
        /// Column `cr123_name`.
        pub const CR123_NAME: dv::Column<Self, String> = dv::Column::at(12);
        /// Column `cr123_notes`.
        pub const CR123_NOTES: dv::Column<Self, String> = dv::Column::at(13);
        /// Column `cr123_parentprojectid`.
        pub const CR123_PARENT_PROJECT_ID: dv::Column<Self, dv::Ref<Cr123Project>> = dv::Column::at(
            14,
        );
        /// Column `cr123_priority`.
        pub const CR123_PRIORITY: dv::Column<Self, Cr123ProjectCr123Priority> = dv::Column::at(
            15,
        );
        /// Column `cr123_projectid`.
        pub const CR123_PROJECT_ID: dv::Column<Self, dv::types::Uuid> = dv::Column::at(
            16,
        );
        /// Column `cr123_settings`.
        pub const CR123_SETTINGS: dv::Column<Self, String> = dv::Column::at(17);
        /// Column `cr123_startdate`.
        pub const CR123_START_DATE: dv::Column<Self, dv::types::NaiveDate> = dv::Column::at(
            18,
        );
        /// Column `cr123_tags`.
        pub const CR123_TAGS: dv::Column<Self, dv::Choices<Cr123ProjectCr123Tags>> = dv::Column::at(
            19,
        );
        /// Column `cr123_tolerance`.
        pub const CR123_TOLERANCE: dv::Column<Self, f64> = dv::Column::at(20);
        /// Column `cr123_website`.
        pub const CR123_WEBSITE: dv::Column<Self, String> = dv::Column::at(21);
        /// Column `ownerid`.
        pub const OWNER_ID: dv::Column<Self, dv::EntityRef> = dv::Column::at(22);
        /// Column `owneridtype`.
        pub const OWNER_ID_TYPE: dv::Column<Self, String> = dv::Column::at(23);
        /// Column `statecode`.
        pub const STATECODE: dv::Column<Self, Cr123ProjectStatecode> = dv::Column::at(
            24,
        );
        /// Column `statuscode`.
        pub const STATUSCODE: dv::Column<Self, Cr123ProjectStatuscode> = dv::Column::at(
            25,
        );
        /// Column `cr123_budget_base`.
        pub const CR123_BUDGET_BASE: dv::Column<Self, dv::types::Decimal> = dv::Column::at(
            26,
        );
        /// Column `cr123_customeridname`.
        pub const CR123_CUSTOMER_ID_NAME: dv::Column<Self, String> = dv::Column::at(27);
        /// Column `createdby`.
        pub const CREATED_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(28);
        /// Column `createdon`.
        pub const CREATED_ON: dv::Column<Self, dv::types::DateTime<dv::types::Utc>> = dv::Column::at(
            29,
        );
        /// Column `versionnumber`.
        pub const VERSION_NUMBER: dv::Column<Self, i64> = dv::Column::at(30);
        /// One-to-many `cr123_project_parentproject`: `cr123_project` rows whose `cr123_parentprojectid` points at this row; navigation property `cr123_project_parentproject`.
        pub const CR123_PROJECT_PARENTPROJECT: dv::nav::OneToMany<Self, Cr123Project> = dv::nav::OneToMany::at(
            0,
        );
        /// Many-to-one `cr123_account_cr123_project_customerid`: the `account` row that `cr123_customerid` points at; navigation property `cr123_customerid_account`.
        pub const CR123_ACCOUNT_CR123_PROJECT_CUSTOMERID: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(0);
        /// Many-to-one `cr123_contact_cr123_project_customerid`: the `contact` row that `cr123_customerid` points at; navigation property `cr123_customerid_contact`.
        pub const CR123_CONTACT_CR123_PROJECT_CUSTOMERID: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(1);
        /// Many-to-one `cr123_project_parentproject`: the `cr123_project` row that `cr123_parentprojectid` points at; navigation property `cr123_parentprojectid`.
        pub const CR123_PROJECT_PARENTPROJECT_PARENT: dv::nav::ManyToOne<
            Self,
            Cr123Project,
        > = dv::nav::ManyToOne::at(2);
        /// Many-to-one `lk_cr123_project_createdby`: the `systemuser` row that `createdby` points at; navigation property `createdby`.
        pub const LK_CR123_PROJECT_CREATEDBY: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            3,
        );
        /// Many-to-one `owner_cr123_project`: the `owner` row that `ownerid` points at; navigation property `ownerid`.
        pub const OWNER_CR123_PROJECT: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            4,
        );
        /// Many-to-many `cr123_project_contact` with `contact` through `cr123_project_contact`; navigation property `cr123_project_contact`.
        pub const CR123_PROJECT_CONTACT: dv::nav::ManyToMany<Self, dv::Untyped> = dv::nav::ManyToMany::at(
            0,
        );
    }
    impl dv::Entity for Cr123Project {
        const TABLE: &'static dv::TableMeta = &CR123_PROJECT_META;
        fn values(
            &self,
        ) -> ::std::vec::Vec<(&'static dv::ColumnMeta, dv::FieldValue<'_>)> {
            let mut values = dv::entity::Values::new(&CR123_PROJECT_META);
            values.push_option(0, &self.cr123_budget);
            values.push_option(1, &self.cr123_category);
            values.push_option(2, &self.cr123_code);
            values.push_option(3, &self.cr123_contract);
            values.push_option(4, &self.cr123_customer_id);
            values.push_option(5, &self.cr123_customer_id_type);
            values.push_option(6, &self.cr123_deadline);
            values.push_option(7, &self.cr123_event_count);
            values.push_option(8, &self.cr123_headcount);
            values.push_option(9, &self.cr123_is_billable);
            values.push_option(10, &self.cr123_logo);
            values.push_option(11, &self.cr123_margin);
            values.push_option(12, &self.cr123_name);
            values.push_option(13, &self.cr123_notes);
            values.push_option(14, &self.cr123_parent_project_id);
            values.push_option(15, &self.cr123_priority);
            values.push_option(16, &self.cr123_project_id);
            values.push_option(17, &self.cr123_settings);
            values.push_option(18, &self.cr123_start_date);
            values.push_option(19, &self.cr123_tags);
            values.push_option(20, &self.cr123_tolerance);
            values.push_option(21, &self.cr123_website);
            values.push_option(22, &self.owner_id);
            values.push_option(23, &self.owner_id_type);
            values.push_option(24, &self.statecode);
            values.push_option(25, &self.statuscode);
            values.push_option(26, &self.cr123_budget_base);
            values.push_option(27, &self.cr123_customer_id_name);
            values.push_option(28, &self.created_by);
            values.push_option(29, &self.created_on);
            values.push_option(30, &self.version_number);
            values.into_vec()
        }
        fn from_record(
            record: &dv::Record<'_>,
        ) -> ::std::result::Result<Self, dv::DecodeError> {
            let columns = CR123_PROJECT_META.columns;
            ::std::result::Result::Ok(Cr123Project {
                cr123_budget: dv::Field::decode(record, &columns[0])?,
                cr123_category: dv::Field::decode(record, &columns[1])?,
                cr123_code: dv::Field::decode(record, &columns[2])?,
                cr123_contract: dv::Field::decode(record, &columns[3])?,
                cr123_customer_id: dv::Field::decode(record, &columns[4])?,
                cr123_customer_id_type: dv::Field::decode(record, &columns[5])?,
                cr123_deadline: dv::Field::decode(record, &columns[6])?,
                cr123_event_count: dv::Field::decode(record, &columns[7])?,
                cr123_headcount: dv::Field::decode(record, &columns[8])?,
                cr123_is_billable: dv::Field::decode(record, &columns[9])?,
                cr123_logo: dv::Field::decode(record, &columns[10])?,
                cr123_margin: dv::Field::decode(record, &columns[11])?,
                cr123_name: dv::Field::decode(record, &columns[12])?,
                cr123_notes: dv::Field::decode(record, &columns[13])?,
                cr123_parent_project_id: dv::Field::decode(record, &columns[14])?,
                cr123_priority: dv::Field::decode(record, &columns[15])?,
                cr123_project_id: dv::Field::decode(record, &columns[16])?,
                cr123_settings: dv::Field::decode(record, &columns[17])?,
                cr123_start_date: dv::Field::decode(record, &columns[18])?,
                cr123_tags: dv::Field::decode(record, &columns[19])?,
                cr123_tolerance: dv::Field::decode(record, &columns[20])?,
                cr123_website: dv::Field::decode(record, &columns[21])?,
                owner_id: dv::Field::decode(record, &columns[22])?,
                owner_id_type: dv::Field::decode(record, &columns[23])?,
                statecode: dv::Field::decode(record, &columns[24])?,
                statuscode: dv::Field::decode(record, &columns[25])?,
                cr123_budget_base: dv::Field::decode(record, &columns[26])?,
                cr123_customer_id_name: dv::Field::decode(record, &columns[27])?,
                created_by: dv::Field::decode(record, &columns[28])?,
                created_on: dv::Field::decode(record, &columns[29])?,
                version_number: dv::Field::decode(record, &columns[30])?,
            })
        }
    }
    /// Category choices of column `cr123_category` of `cr123_project`.
    ///
    /// Values that are not options decode as the unknown variant and fail validation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Cr123ProjectCr123Category {
        /// Internal (`100000000`). Work for our own teams.
        Internal,
        /// External (`100000001`). Work billed to a customer.
        External,
        /// A value that was not an option when this code was generated
        /// (organisations add options). Validation reports it.
        Unknown(i32),
    }
    impl dv::Choice for Cr123ProjectCr123Category {
        fn value(self) -> i32 {
            match self {
                Cr123ProjectCr123Category::Internal => 100000000,
                Cr123ProjectCr123Category::External => 100000001,
                Cr123ProjectCr123Category::Unknown(value) => value,
            }
        }
        fn from_value(value: i32) -> Self {
            match value {
                100000000 => Cr123ProjectCr123Category::Internal,
                100000001 => Cr123ProjectCr123Category::External,
                other => Cr123ProjectCr123Category::Unknown(other),
            }
        }
        fn label(self) -> Option<&'static str> {
            match self {
                Cr123ProjectCr123Category::Internal => Some("Internal"),
                Cr123ProjectCr123Category::External => Some("External"),
                Cr123ProjectCr123Category::Unknown(_) => None,
            }
        }
    }
    /// Priority choices of column `cr123_priority` of `cr123_project`.
    ///
    /// Values that are not options decode as the unknown variant and fail validation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Cr123ProjectCr123Priority {
        /// Low (`100000000`).
        Low,
        /// Normal (`100000001`).
        Normal,
        /// High (`100000002`).
        High,
        /// A value that was not an option when this code was generated
        /// (organisations add options). Validation reports it.
        Unknown(i32),
    }
    impl dv::Choice for Cr123ProjectCr123Priority {
        fn value(self) -> i32 {
            match self {
                Cr123ProjectCr123Priority::Low => 100000000,
                Cr123ProjectCr123Priority::Normal => 100000001,
                Cr123ProjectCr123Priority::High => 100000002,
                Cr123ProjectCr123Priority::Unknown(value) => value,
            }
        }
        fn from_value(value: i32) -> Self {
            match value {
                100000000 => Cr123ProjectCr123Priority::Low,
                100000001 => Cr123ProjectCr123Priority::Normal,
                100000002 => Cr123ProjectCr123Priority::High,
                other => Cr123ProjectCr123Priority::Unknown(other),
            }
        }
        fn label(self) -> Option<&'static str> {
            match self {
                Cr123ProjectCr123Priority::Low => Some("Low"),
                Cr123ProjectCr123Priority::Normal => Some("Normal"),
                Cr123ProjectCr123Priority::High => Some("High"),
                Cr123ProjectCr123Priority::Unknown(_) => None,
            }
        }
    }
    /// Tags choices of column `cr123_tags` of `cr123_project`.
    ///
    /// Values that are not options decode as the unknown variant and fail validation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Cr123ProjectCr123Tags {
        /// Urgent (`100000000`).
        Urgent,
        /// Fixed price (`100000001`).
        FixedPrice,
        /// Remote (`100000002`).
        Remote,
        /// A value that was not an option when this code was generated
        /// (organisations add options). Validation reports it.
        Unknown(i32),
    }
    impl dv::Choice for Cr123ProjectCr123Tags {
        fn value(self) -> i32 {
            match self {
                Cr123ProjectCr123Tags::Urgent => 100000000,
                Cr123ProjectCr123Tags::FixedPrice => 100000001,
                Cr123ProjectCr123Tags::Remote => 100000002,
                Cr123ProjectCr123Tags::Unknown(value) => value,
            }
        }
        fn from_value(value: i32) -> Self {
            match value {
                100000000 => Cr123ProjectCr123Tags::Urgent,
                100000001 => Cr123ProjectCr123Tags::FixedPrice,
                100000002 => Cr123ProjectCr123Tags::Remote,
                other => Cr123ProjectCr123Tags::Unknown(other),
            }
        }
        fn label(self) -> Option<&'static str> {
            match self {
                Cr123ProjectCr123Tags::Urgent => Some("Urgent"),
                Cr123ProjectCr123Tags::FixedPrice => Some("Fixed price"),
                Cr123ProjectCr123Tags::Remote => Some("Remote"),
                Cr123ProjectCr123Tags::Unknown(_) => None,
            }
        }
    }
    /// Status choices of column `statecode` of `cr123_project`.
    ///
    /// Values that are not options decode as the unknown variant and fail validation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Cr123ProjectStatecode {
        /// Active (`0`). Default status `1`.
        Active,
        /// Inactive (`1`). Default status `2`.
        Inactive,
        /// A value that was not an option when this code was generated
        /// (organisations add options). Validation reports it.
        Unknown(i32),
    }
    impl dv::Choice for Cr123ProjectStatecode {
        fn value(self) -> i32 {
            match self {
                Cr123ProjectStatecode::Active => 0,
                Cr123ProjectStatecode::Inactive => 1,
                Cr123ProjectStatecode::Unknown(value) => value,
            }
        }
        fn from_value(value: i32) -> Self {
            match value {
                0 => Cr123ProjectStatecode::Active,
                1 => Cr123ProjectStatecode::Inactive,
                other => Cr123ProjectStatecode::Unknown(other),
            }
        }
        fn label(self) -> Option<&'static str> {
            match self {
                Cr123ProjectStatecode::Active => Some("Active"),
                Cr123ProjectStatecode::Inactive => Some("Inactive"),
                Cr123ProjectStatecode::Unknown(_) => None,
            }
        }
    }
    impl Cr123ProjectStatecode {
        /// The default Status (statuscode) of this state.
        pub fn default_status(self) -> Option<Cr123ProjectStatuscode> {
            match self {
                Cr123ProjectStatecode::Active => Some(Cr123ProjectStatuscode::Active),
                Cr123ProjectStatecode::Inactive => Some(Cr123ProjectStatuscode::Inactive),
                _ => None,
            }
        }
    }
    /// Status Reason choices of column `statuscode` of `cr123_project`.
    ///
    /// Values that are not options decode as the unknown variant and fail validation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Cr123ProjectStatuscode {
        /// Active (`1`). State `0`.
        Active,
        /// On Hold (`100000000`). State `0`.
        OnHold,
        /// Inactive (`2`). State `1`.
        Inactive,
        /// Cancelled (`100000001`). State `1`.
        Cancelled,
        /// A value that was not an option when this code was generated
        /// (organisations add options). Validation reports it.
        Unknown(i32),
    }
    impl dv::Choice for Cr123ProjectStatuscode {
        fn value(self) -> i32 {
            match self {
                Cr123ProjectStatuscode::Active => 1,
                Cr123ProjectStatuscode::OnHold => 100000000,
                Cr123ProjectStatuscode::Inactive => 2,
                Cr123ProjectStatuscode::Cancelled => 100000001,
                Cr123ProjectStatuscode::Unknown(value) => value,
            }
        }
        fn from_value(value: i32) -> Self {
            match value {
                1 => Cr123ProjectStatuscode::Active,
                100000000 => Cr123ProjectStatuscode::OnHold,
                2 => Cr123ProjectStatuscode::Inactive,
                100000001 => Cr123ProjectStatuscode::Cancelled,
                other => Cr123ProjectStatuscode::Unknown(other),
            }
        }
        fn label(self) -> Option<&'static str> {
            match self {
                Cr123ProjectStatuscode::Active => Some("Active"),
                Cr123ProjectStatuscode::OnHold => Some("On Hold"),
                Cr123ProjectStatuscode::Inactive => Some("Inactive"),
                Cr123ProjectStatuscode::Cancelled => Some("Cancelled"),
                Cr123ProjectStatuscode::Unknown(_) => None,
            }
        }
    }
    impl Cr123ProjectStatuscode {
        /// The State (statecode) this status reason belongs to.
        pub fn state(self) -> Option<Cr123ProjectStatecode> {
            match self {
                Cr123ProjectStatuscode::Active => Some(Cr123ProjectStatecode::Active),
                Cr123ProjectStatuscode::OnHold => Some(Cr123ProjectStatecode::Active),
                Cr123ProjectStatuscode::Inactive => Some(Cr123ProjectStatecode::Inactive),
                Cr123ProjectStatuscode::Cancelled => {
                    Some(Cr123ProjectStatecode::Inactive)
                }
                _ => None,
            }
        }
    }
    /// Metadata of the `cr123_project` table: columns, rules and relationships, read by the runtime.
    pub static CR123_PROJECT_META: dv::TableMeta = dv::TableMeta {
        logical_name: "cr123_project",
        schema_name: "cr123_Project",
        entity_set_name: "cr123_projects",
        primary_id_attribute: "cr123_projectid",
        primary_name_attribute: Some("cr123_name"),
        columns: &[
            dv::ColumnMeta::new(
                    "cr123_budget",
                    "cr123_Budget",
                    "Money",
                    dv::ColumnKind::Money,
                )
                .min_value("0")
                .max_value("922337203685477")
                .precision(2),
            dv::ColumnMeta::new(
                    "cr123_category",
                    "cr123_Category",
                    "Picklist",
                    dv::ColumnKind::Choice,
                )
                .options(
                    &[
                        dv::meta::OptionMeta::new(100000000, "Internal"),
                        dv::meta::OptionMeta::new(100000001, "External"),
                    ],
                ),
            dv::ColumnMeta::new(
                    "cr123_code",
                    "cr123_Code",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(20),
            dv::ColumnMeta::new(
                "cr123_contract",
                "cr123_Contract",
                "File",
                dv::ColumnKind::Other,
            ),
            dv::ColumnMeta::new(
                    "cr123_customerid",
                    "cr123_CustomerId",
                    "Customer",
                    dv::ColumnKind::Lookup,
                )
                .required_level(dv::meta::RequiredLevel::ApplicationRequired)
                .targets(
                    &[
                        dv::meta::Target::new(
                                "contact",
                                "contacts",
                                "cr123_customerid_contact",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::new(
                                "account",
                                "accounts",
                                "cr123_customerid_account",
                            )
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "cr123_customeridtype",
                    "cr123_CustomerIdType",
                    "EntityName",
                    dv::ColumnKind::Text,
                )
                .type_of("cr123_customerid"),
            dv::ColumnMeta::new(
                "cr123_deadline",
                "cr123_Deadline",
                "DateTime",
                dv::ColumnKind::DateTime,
            ),
            dv::ColumnMeta::new(
                    "cr123_eventcount",
                    "cr123_EventCount",
                    "BigInt",
                    dv::ColumnKind::BigInt,
                )
                .min_value("-9223372036854775808")
                .max_value("9223372036854775807"),
            dv::ColumnMeta::new(
                    "cr123_headcount",
                    "cr123_Headcount",
                    "Integer",
                    dv::ColumnKind::Integer,
                )
                .min_value("0")
                .max_value("100000"),
            dv::ColumnMeta::new(
                "cr123_isbillable",
                "cr123_IsBillable",
                "Boolean",
                dv::ColumnKind::Boolean,
            ),
            dv::ColumnMeta::new(
                "cr123_logo",
                "cr123_Logo",
                "Image",
                dv::ColumnKind::Other,
            ),
            dv::ColumnMeta::new(
                    "cr123_margin",
                    "cr123_Margin",
                    "Decimal",
                    dv::ColumnKind::Decimal,
                )
                .min_value("-100")
                .max_value("100")
                .precision(2),
            dv::ColumnMeta::new(
                    "cr123_name",
                    "cr123_Name",
                    "String",
                    dv::ColumnKind::Text,
                )
                .required_level(dv::meta::RequiredLevel::ApplicationRequired)
                .max_length(200),
            dv::ColumnMeta::new(
                    "cr123_notes",
                    "cr123_Notes",
                    "Memo",
                    dv::ColumnKind::Text,
                )
                .max_length(10000),
            dv::ColumnMeta::new(
                    "cr123_parentprojectid",
                    "cr123_ParentProjectId",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .targets(
                    &[
                        dv::meta::Target::new(
                            "cr123_project",
                            "cr123_projects",
                            "cr123_parentprojectid",
                        ),
                    ],
                ),
            dv::ColumnMeta::new(
                    "cr123_priority",
                    "cr123_Priority",
                    "Picklist",
                    dv::ColumnKind::Choice,
                )
                .options(
                    &[
                        dv::meta::OptionMeta::new(100000000, "Low"),
                        dv::meta::OptionMeta::new(100000001, "Normal"),
                        dv::meta::OptionMeta::new(100000002, "High"),
                    ],
                ),
            dv::ColumnMeta::new(
                    "cr123_projectid",
                    "cr123_ProjectId",
                    "Uniqueidentifier",
                    dv::ColumnKind::Uniqueidentifier,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .valid_for_update(false),
            dv::ColumnMeta::new(
                    "cr123_settings",
                    "cr123_Settings",
                    "Memo",
                    dv::ColumnKind::Text,
                )
                .max_length(100000),
            dv::ColumnMeta::new(
                "cr123_startdate",
                "cr123_StartDate",
                "DateTime",
                dv::ColumnKind::Date,
            ),
            dv::ColumnMeta::new(
                    "cr123_tags",
                    "cr123_Tags",
                    "MultiSelectPicklist",
                    dv::ColumnKind::Choices,
                )
                .options(
                    &[
                        dv::meta::OptionMeta::new(100000000, "Urgent"),
                        dv::meta::OptionMeta::new(100000001, "Fixed price"),
                        dv::meta::OptionMeta::new(100000002, "Remote"),
                    ],
                ),
            dv::ColumnMeta::new(
                    "cr123_tolerance",
                    "cr123_Tolerance",
                    "Double",
                    dv::ColumnKind::Double,
                )
                .min_value("0.0000000001")
                .max_value("100000000000")
                .precision(10),
            dv::ColumnMeta::new(
                    "cr123_website",
                    "cr123_Website",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(200),
            dv::ColumnMeta::new("ownerid", "OwnerId", "Owner", dv::ColumnKind::Lookup)
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .targets(
                    &[
                        dv::meta::Target::new("systemuser", "systemusers", "ownerid")
                            .entity_set_assumed(),
                        dv::meta::Target::new("team", "teams", "ownerid")
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
                .type_of("ownerid"),
            dv::ColumnMeta::new("statecode", "statecode", "State", dv::ColumnKind::State)
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .valid_for_create(false)
                .options(
                    &[
                        dv::meta::OptionMeta::new(0, "Active").default_status(1),
                        dv::meta::OptionMeta::new(1, "Inactive").default_status(2),
                    ],
                ),
            dv::ColumnMeta::new(
                    "statuscode",
                    "statuscode",
                    "Status",
                    dv::ColumnKind::Status,
                )
                .options(
                    &[
                        dv::meta::OptionMeta::new(1, "Active").state(0),
                        dv::meta::OptionMeta::new(100000000, "On Hold").state(0),
                        dv::meta::OptionMeta::new(2, "Inactive").state(1),
                        dv::meta::OptionMeta::new(100000001, "Cancelled").state(1),
                    ],
                ),
            dv::ColumnMeta::new(
                    "cr123_budget_base",
                    "cr123_budget_Base",
                    "Money",
                    dv::ColumnKind::Money,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .min_value("-922337203685477")
                .max_value("922337203685477")
                .precision(4),
            dv::ColumnMeta::new(
                    "cr123_customeridname",
                    "cr123_CustomerIdName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(160),
            dv::ColumnMeta::new(
                    "createdby",
                    "CreatedBy",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new("systemuser", "systemusers", "createdby")
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "createdon",
                    "CreatedOn",
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
                    "cr123_project_parentproject",
                    "cr123_project",
                    "cr123_project_parentproject",
                )
                .referencing_attribute("cr123_parentprojectid"),
        ],
        many_to_one: &[
            dv::meta::ManyToOneMeta::new(
                    "cr123_account_cr123_project_customerid",
                    "account",
                    "cr123_customerid_account",
                )
                .referencing_attribute("cr123_customerid"),
            dv::meta::ManyToOneMeta::new(
                    "cr123_contact_cr123_project_customerid",
                    "contact",
                    "cr123_customerid_contact",
                )
                .referencing_attribute("cr123_customerid"),
            dv::meta::ManyToOneMeta::new(
                    "cr123_project_parentproject",
                    "cr123_project",
                    "cr123_parentprojectid",
                )
                .referencing_attribute("cr123_parentprojectid"),
            dv::meta::ManyToOneMeta::new(
                    "lk_cr123_project_createdby",
                    "systemuser",
                    "createdby",
                )
                .referencing_attribute("createdby"),
            dv::meta::ManyToOneMeta::new("owner_cr123_project", "owner", "ownerid")
                .referencing_attribute("ownerid"),
        ],
        many_to_many: &[
            dv::meta::ManyToManyMeta {
                schema_name: "cr123_project_contact",
                intersect_entity: "cr123_project_contact",
                other_entity: "contact",
                navigation_property: "cr123_project_contact",
            },
        ],
        unresolved: &[],
    };
}
