/// Agent Prompt (`agentprompt`).
pub mod agentprompt {
    use ::dataverse as dv;
    /// Agent Prompt (`agentprompt`).
    ///
    /// Web API entity set: `agentprompts`; primary key `agentpromptid`; primary name `name`; ownership UserOwned.
    ///
    /// Every field starts as `None`; payloads hold only the fields that are set, and are validated against the metadata first (see `dataverse::Entity`).
    ///
    /// Navigation properties marked *(convention)* are not stated by the metadata: they are the lookup's own name, the Web API convention for a lookup to one table (and for an Owner lookup), which Microsoft documents as holding in most cases, not all (account's `slaid` binds as `sla_account_sla`). Where it does not hold, state the name in the YAML (`many_to_one`: `referencing_attribute` and `referencing_entity_navigation_property_name`).
    ///
    /// Targets marked *(entity set assumed)* are tables not generated alongside: their entity set is taken to be the logical name in plural.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct Agentprompt {
        /// Agentic Scenario
        ///
        /// Column `agenticscenario` (Lookup). Valid for create and update.
        ///
        /// Sent in a payload as:
        /// - `agenticscenario`: `"agenticscenario@odata.bind": "/agenticscenarios(<id>)"` *(convention)* *(entity set assumed)*
        pub agenticscenario: Option<dv::EntityRef>,
        /// `agenticscenarioPId`
        ///
        /// Column `agenticscenariopid` (String, MaxLength 100 UTF-16 code units, format Text). Valid for create and update.
        pub agenticscenario_p_id: Option<String>,
        /// Agent Id
        ///
        /// Column `agentid` (String, MaxLength 100 UTF-16 code units, format Text). Valid for create and update.
        pub agent_id: Option<String>,
        /// Agent Prompt: Unique identifier for entity instances
        ///
        /// Column `agentpromptid` (Uniqueidentifier). Valid for create and update. Required level: SystemRequired.
        pub agentprompt_id: Option<dv::types::Uuid>,
        /// Base Prompt Id
        ///
        /// Column `basepromptid` (String, MaxLength 100 UTF-16 code units, format Text). Valid for create and update.
        pub base_prompt_id: Option<String>,
        /// Experiment Metadata: Experiment Metadata associated with the prompt.
        ///
        /// Column `experimentmetadata` (Memo, MaxLength 1000000 UTF-16 code units, format Text). Valid for create and update.
        pub experiment_metadata: Option<String>,
        /// Import Sequence Number: Sequence number of the import that created this record.
        ///
        /// Column `importsequencenumber` (Integer, -2147483648 to 2147483647). Valid for create and update.
        pub import_sequence_number: Option<i32>,
        /// Name
        ///
        /// Column `name` (String, MaxLength 850 UTF-16 code units, format Text). Valid for create and update. Required level: ApplicationRequired.
        pub name: Option<String>,
        /// Record Created On: Date and time that the record was migrated.
        ///
        /// Column `overriddencreatedon` (DateTime, format DateOnly, UserLocal). Valid for create and update.
        pub overridden_created_on: Option<dv::types::DateTime<dv::types::Utc>>,
        /// Owner: Owner Id
        ///
        /// Column `ownerid` (Owner). Valid for create and update. Required level: SystemRequired.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"ownerid@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        /// - `team`: `"ownerid@odata.bind": "/teams(<id>)"` *(entity set assumed)*
        pub owner_id: Option<dv::EntityRef>,
        /// Owner Id Type
        ///
        /// Column `owneridtype` (EntityName). Valid for create and update. Required level: SystemRequired.
        ///
        /// Holds the table of the row `ownerid` refers to. Dataverse fills it from that lookup's binding, so it need not be set: on create it counts as given when `ownerid` is set.
        pub owner_id_type: Option<String>,
        /// Parent Prompt Id
        ///
        /// Column `parentpromptid` (String, MaxLength 100 UTF-16 code units, format Text). Valid for create and update.
        pub parent_prompt_id: Option<String>,
        /// Partition Id: Logical partition id. A logical partition consists of a set of records with same partition id.
        ///
        /// Column `partitionid` (String, MaxLength 100 UTF-16 code units, format Text). Valid for create and update.
        pub partition_id: Option<String>,
        /// Prompt Text
        ///
        /// Column `prompttext` (Memo, MaxLength 20000 UTF-16 code units, format Text). Valid for create and update.
        pub prompt_text: Option<String>,
        /// Prompt Text Hash
        ///
        /// Column `prompttexthash` (String, MaxLength 100 UTF-16 code units, format Text). Valid for create and update.
        pub prompt_text_hash: Option<String>,
        /// Status: Status of the prompt.
        ///
        /// Column `status` (String, MaxLength 100 UTF-16 code units, format Text). Valid for create and update.
        pub status: Option<String>,
        /// Time to live: Time to live in seconds.
        ///
        /// Column `ttlinseconds` (Integer, 1 to 2147483647). Valid for create and update.
        pub ttl_in_seconds: Option<i32>,
        /// Created By: Unique identifier of the user who created the record.
        ///
        /// Column `createdby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"createdby@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        pub created_by: Option<dv::EntityRef>,
        /// Created On: Date and time when the record was created.
        ///
        /// Column `createdon` (DateTime, format DateAndTime, UserLocal). Read-only: decoded from records, rejected in payloads.
        pub created_on: Option<dv::types::DateTime<dv::types::Utc>>,
        /// Created By (Delegate): Unique identifier of the delegate user who created the record.
        ///
        /// Column `createdonbehalfby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"createdonbehalfby@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        pub created_on_behalf_by: Option<dv::EntityRef>,
        /// Modified By: Unique identifier of the user who modified the record.
        ///
        /// Column `modifiedby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"modifiedby@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        pub modified_by: Option<dv::EntityRef>,
        /// Modified On: Date and time when the record was modified.
        ///
        /// Column `modifiedon` (DateTime, format DateAndTime, UserLocal). Read-only: decoded from records, rejected in payloads.
        pub modified_on: Option<dv::types::DateTime<dv::types::Utc>>,
        /// Modified By (Delegate): Unique identifier of the delegate user who modified the record.
        ///
        /// Column `modifiedonbehalfby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"modifiedonbehalfby@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        pub modified_on_behalf_by: Option<dv::EntityRef>,
        /// Name of the owner
        ///
        /// Column `owneridname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads. Required level: SystemRequired.
        pub owner_id_name: Option<String>,
        /// Yomi name of the owner
        ///
        /// Column `owneridyominame` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads. Required level: SystemRequired.
        pub owner_id_yomi_name: Option<String>,
        /// Owning Business Unit: Unique identifier for the business unit that owns the record
        ///
        /// Column `owningbusinessunit` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `businessunit`: `"owningbusinessunit@odata.bind": "/businessunits(<id>)"` *(entity set assumed)*
        pub owning_business_unit: Option<dv::EntityRef>,
        /// Owning Team: Unique identifier for the team that owns the record.
        ///
        /// Column `owningteam` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `team`: `"owningteam@odata.bind": "/teams(<id>)"` *(entity set assumed)*
        pub owning_team: Option<dv::EntityRef>,
        /// Owning User: Unique identifier for the user that owns the record.
        ///
        /// Column `owninguser` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"owninguser@odata.bind": "/systemusers(<id>)"` *(entity set assumed)*
        pub owning_user: Option<dv::EntityRef>,
        /// Version Number: Version Number
        ///
        /// Column `versionnumber` (BigInt, -9223372036854775808 to 9223372036854775807). Read-only: decoded from records, rejected in payloads.
        pub version_number: Option<i64>,
    }
    impl Agentprompt {
        /// The table's logical name: `agentprompt`.
        pub const LOGICAL_NAME: &'static str = "agentprompt";
        /// The Web API entity set: `agentprompts`.
        pub const ENTITY_SET_NAME: &'static str = "agentprompts";
        /// The primary key column: `agentpromptid`.
        pub const PRIMARY_ID_ATTRIBUTE: &'static str = "agentpromptid";
        /// The primary name column, when the table has one.
        pub const PRIMARY_NAME_ATTRIBUTE: Option<&'static str> = Some("name");
        /// Column `agenticscenario`.
        pub const AGENTICSCENARIO: dv::Column<Self, dv::EntityRef> = dv::Column::at(0);
        /// Column `agenticscenariopid`.
        pub const AGENTICSCENARIO_P_ID: dv::Column<Self, String> = dv::Column::at(1);
        /// Column `agentid`.
        pub const AGENT_ID: dv::Column<Self, String> = dv::Column::at(2);
        /// Column `agentpromptid`.
        pub const AGENTPROMPT_ID: dv::Column<Self, dv::types::Uuid> = dv::Column::at(3);
        /// Column `basepromptid`.
        pub const BASE_PROMPT_ID: dv::Column<Self, String> = dv::Column::at(4);
        /// Column `experimentmetadata`.
        pub const EXPERIMENT_METADATA: dv::Column<Self, String> = dv::Column::at(5);
        /// Column `importsequencenumber`.
        pub const IMPORT_SEQUENCE_NUMBER: dv::Column<Self, i32> = dv::Column::at(6);
        /// Column `name`.
        pub const NAME: dv::Column<Self, String> = dv::Column::at(7);
        /// Column `overriddencreatedon`.
        pub const OVERRIDDEN_CREATED_ON: dv::Column<
            Self,
            dv::types::DateTime<dv::types::Utc>,
        > = dv::Column::at(8);
        /// Column `ownerid`.
        pub const OWNER_ID: dv::Column<Self, dv::EntityRef> = dv::Column::at(9);
        /// Column `owneridtype`.
        pub const OWNER_ID_TYPE: dv::Column<Self, String> = dv::Column::at(10);
        /// Column `parentpromptid`.
        pub const PARENT_PROMPT_ID: dv::Column<Self, String> = dv::Column::at(11);
        /// Column `partitionid`.
        pub const PARTITION_ID: dv::Column<Self, String> = dv::Column::at(12);
        /// Column `prompttext`.
        pub const PROMPT_TEXT: dv::Column<Self, String> = dv::Column::at(13);
        /// Column `prompttexthash`.
        pub const PROMPT_TEXT_HASH: dv::Column<Self, String> = dv::Column::at(14);
        /// Column `status`.
        pub const STATUS: dv::Column<Self, String> = dv::Column::at(15);
        /// Column `ttlinseconds`.
        pub const TTL_IN_SECONDS: dv::Column<Self, i32> = dv::Column::at(16);
        /// Column `createdby`.
        pub const CREATED_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(17);
        /// Column `createdon`.
        pub const CREATED_ON: dv::Column<Self, dv::types::DateTime<dv::types::Utc>> = dv::Column::at(
            18,
        );
        /// Column `createdonbehalfby`.
        pub const CREATED_ON_BEHALF_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(
            19,
        );
        /// Column `modifiedby`.
        pub const MODIFIED_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(20);
        /// Column `modifiedon`.
        pub const MODIFIED_ON: dv::Column<Self, dv::types::DateTime<dv::types::Utc>> = dv::Column::at(
            21,
        );
        /// Column `modifiedonbehalfby`.
        pub const MODIFIED_ON_BEHALF_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(
            22,
        );
        /// Column `owneridname`.
        pub const OWNER_ID_NAME: dv::Column<Self, String> = dv::Column::at(23);
        /// Column `owneridyominame`.
        pub const OWNER_ID_YOMI_NAME: dv::Column<Self, String> = dv::Column::at(24);
        /// Column `owningbusinessunit`.
        pub const OWNING_BUSINESS_UNIT: dv::Column<Self, dv::EntityRef> = dv::Column::at(
            25,
        );
        /// Column `owningteam`.
        pub const OWNING_TEAM: dv::Column<Self, dv::EntityRef> = dv::Column::at(26);
        /// Column `owninguser`.
        pub const OWNING_USER: dv::Column<Self, dv::EntityRef> = dv::Column::at(27);
        /// Column `versionnumber`.
        pub const VERSION_NUMBER: dv::Column<Self, i64> = dv::Column::at(28);
        /// Many-to-one `business_unit_agentprompt`: the `businessunit` row that `owningbusinessunit` points at; navigation property `owningbusinessunit`.
        pub const BUSINESS_UNIT_AGENTPROMPT: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            0,
        );
        /// Many-to-one `lk_agentprompt_createdby`: the `systemuser` row that `createdby` points at; navigation property `createdby`.
        pub const LK_AGENTPROMPT_CREATEDBY: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            1,
        );
        /// Many-to-one `lk_agentprompt_createdonbehalfby`: the `systemuser` row that `createdonbehalfby` points at; navigation property `createdonbehalfby`.
        pub const LK_AGENTPROMPT_CREATEDONBEHALFBY: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(2);
        /// Many-to-one `lk_agentprompt_modifiedby`: the `systemuser` row that `modifiedby` points at; navigation property `modifiedby`.
        pub const LK_AGENTPROMPT_MODIFIEDBY: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            3,
        );
        /// Many-to-one `lk_agentprompt_modifiedonbehalfby`: the `systemuser` row that `modifiedonbehalfby` points at; navigation property `modifiedonbehalfby`.
        pub const LK_AGENTPROMPT_MODIFIEDONBEHALFBY: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(4);
        /// Many-to-one `owner_agentprompt`: the `owner` row that `ownerid` points at; navigation property `ownerid`.
        pub const OWNER_AGENTPROMPT: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            5,
        );
        /// Many-to-one `team_agentprompt`: the `team` row that `owningteam` points at; navigation property `owningteam`.
        pub const TEAM_AGENTPROMPT: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            6,
        );
        /// Many-to-one `user_agentprompt`: the `systemuser` row that `owninguser` points at; navigation property `owninguser`.
        pub const USER_AGENTPROMPT: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            7,
        );
    }
    impl dv::Entity for Agentprompt {
        const TABLE: &'static dv::TableMeta = &AGENTPROMPT_META;
        fn values(
            &self,
        ) -> ::std::vec::Vec<(&'static dv::ColumnMeta, dv::FieldValue<'_>)> {
            let mut values = dv::entity::Values::new(&AGENTPROMPT_META);
            values.push_option(0, &self.agenticscenario);
            values.push_option(1, &self.agenticscenario_p_id);
            values.push_option(2, &self.agent_id);
            values.push_option(3, &self.agentprompt_id);
            values.push_option(4, &self.base_prompt_id);
            values.push_option(5, &self.experiment_metadata);
            values.push_option(6, &self.import_sequence_number);
            values.push_option(7, &self.name);
            values.push_option(8, &self.overridden_created_on);
            values.push_option(9, &self.owner_id);
            values.push_option(10, &self.owner_id_type);
            values.push_option(11, &self.parent_prompt_id);
            values.push_option(12, &self.partition_id);
            values.push_option(13, &self.prompt_text);
            values.push_option(14, &self.prompt_text_hash);
            values.push_option(15, &self.status);
            values.push_option(16, &self.ttl_in_seconds);
            values.push_option(17, &self.created_by);
            values.push_option(18, &self.created_on);
            values.push_option(19, &self.created_on_behalf_by);
            values.push_option(20, &self.modified_by);
            values.push_option(21, &self.modified_on);
            values.push_option(22, &self.modified_on_behalf_by);
            values.push_option(23, &self.owner_id_name);
            values.push_option(24, &self.owner_id_yomi_name);
            values.push_option(25, &self.owning_business_unit);
            values.push_option(26, &self.owning_team);
            values.push_option(27, &self.owning_user);
            values.push_option(28, &self.version_number);
            values.into_vec()
        }
        fn from_record(
            record: &dv::Record<'_>,
        ) -> ::std::result::Result<Self, dv::DecodeError> {
            let columns = AGENTPROMPT_META.columns;
            ::std::result::Result::Ok(Agentprompt {
                agenticscenario: dv::Field::decode(record, &columns[0])?,
                agenticscenario_p_id: dv::Field::decode(record, &columns[1])?,
                agent_id: dv::Field::decode(record, &columns[2])?,
                agentprompt_id: dv::Field::decode(record, &columns[3])?,
                base_prompt_id: dv::Field::decode(record, &columns[4])?,
                experiment_metadata: dv::Field::decode(record, &columns[5])?,
                import_sequence_number: dv::Field::decode(record, &columns[6])?,
                name: dv::Field::decode(record, &columns[7])?,
                overridden_created_on: dv::Field::decode(record, &columns[8])?,
                owner_id: dv::Field::decode(record, &columns[9])?,
                owner_id_type: dv::Field::decode(record, &columns[10])?,
                parent_prompt_id: dv::Field::decode(record, &columns[11])?,
                partition_id: dv::Field::decode(record, &columns[12])?,
                prompt_text: dv::Field::decode(record, &columns[13])?,
                prompt_text_hash: dv::Field::decode(record, &columns[14])?,
                status: dv::Field::decode(record, &columns[15])?,
                ttl_in_seconds: dv::Field::decode(record, &columns[16])?,
                created_by: dv::Field::decode(record, &columns[17])?,
                created_on: dv::Field::decode(record, &columns[18])?,
                created_on_behalf_by: dv::Field::decode(record, &columns[19])?,
                modified_by: dv::Field::decode(record, &columns[20])?,
                modified_on: dv::Field::decode(record, &columns[21])?,
                modified_on_behalf_by: dv::Field::decode(record, &columns[22])?,
                owner_id_name: dv::Field::decode(record, &columns[23])?,
                owner_id_yomi_name: dv::Field::decode(record, &columns[24])?,
                owning_business_unit: dv::Field::decode(record, &columns[25])?,
                owning_team: dv::Field::decode(record, &columns[26])?,
                owning_user: dv::Field::decode(record, &columns[27])?,
                version_number: dv::Field::decode(record, &columns[28])?,
            })
        }
    }
    /// Metadata of the `agentprompt` table: columns, rules and relationships, read by the runtime.
    pub static AGENTPROMPT_META: dv::TableMeta = dv::TableMeta {
        logical_name: "agentprompt",
        schema_name: "agentprompt",
        entity_set_name: "agentprompts",
        primary_id_attribute: "agentpromptid",
        primary_name_attribute: Some("name"),
        columns: &[
            dv::ColumnMeta::new(
                    "agenticscenario",
                    "agenticscenario",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .targets(
                    &[
                        dv::meta::Target::new(
                                "agenticscenario",
                                "agenticscenarios",
                                "agenticscenario",
                            )
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "agenticscenariopid",
                    "agenticscenarioPId",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(100),
            dv::ColumnMeta::new("agentid", "AgentId", "String", dv::ColumnKind::Text)
                .max_length(100),
            dv::ColumnMeta::new(
                    "agentpromptid",
                    "agentpromptId",
                    "Uniqueidentifier",
                    dv::ColumnKind::Uniqueidentifier,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired),
            dv::ColumnMeta::new(
                    "basepromptid",
                    "BasePromptId",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(100),
            dv::ColumnMeta::new(
                    "experimentmetadata",
                    "ExperimentMetadata",
                    "Memo",
                    dv::ColumnKind::Text,
                )
                .max_length(1000000),
            dv::ColumnMeta::new(
                    "importsequencenumber",
                    "ImportSequenceNumber",
                    "Integer",
                    dv::ColumnKind::Integer,
                )
                .min_value("-2147483648")
                .max_value("2147483647"),
            dv::ColumnMeta::new("name", "Name", "String", dv::ColumnKind::Text)
                .required_level(dv::meta::RequiredLevel::ApplicationRequired)
                .max_length(850),
            dv::ColumnMeta::new(
                "overriddencreatedon",
                "OverriddenCreatedOn",
                "DateTime",
                dv::ColumnKind::DateTime,
            ),
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
            dv::ColumnMeta::new(
                    "parentpromptid",
                    "ParentPromptId",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(100),
            dv::ColumnMeta::new(
                    "partitionid",
                    "PartitionId",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(100),
            dv::ColumnMeta::new("prompttext", "PromptText", "Memo", dv::ColumnKind::Text)
                .max_length(20000),
            dv::ColumnMeta::new(
                    "prompttexthash",
                    "PromptTextHash",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(100),
            dv::ColumnMeta::new("status", "Status", "String", dv::ColumnKind::Text)
                .max_length(100),
            dv::ColumnMeta::new(
                    "ttlinseconds",
                    "TTLInSeconds",
                    "Integer",
                    dv::ColumnKind::Integer,
                )
                .min_value("1")
                .max_value("2147483647"),
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
                    "createdonbehalfby",
                    "CreatedOnBehalfBy",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new(
                                "systemuser",
                                "systemusers",
                                "createdonbehalfby",
                            )
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "modifiedby",
                    "ModifiedBy",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new("systemuser", "systemusers", "modifiedby")
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "modifiedon",
                    "ModifiedOn",
                    "DateTime",
                    dv::ColumnKind::DateTime,
                )
                .valid_for_create(false)
                .valid_for_update(false),
            dv::ColumnMeta::new(
                    "modifiedonbehalfby",
                    "ModifiedOnBehalfBy",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new(
                                "systemuser",
                                "systemusers",
                                "modifiedonbehalfby",
                            )
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "owneridname",
                    "OwnerIdName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "owneridyominame",
                    "OwnerIdYomiName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "owningbusinessunit",
                    "OwningBusinessUnit",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new(
                                "businessunit",
                                "businessunits",
                                "owningbusinessunit",
                            )
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "owningteam",
                    "OwningTeam",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new("team", "teams", "owningteam")
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "owninguser",
                    "OwningUser",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new("systemuser", "systemusers", "owninguser")
                            .entity_set_assumed(),
                    ],
                ),
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
        one_to_many: &[],
        many_to_one: &[
            dv::meta::ManyToOneMeta::new(
                    "business_unit_agentprompt",
                    "businessunit",
                    "owningbusinessunit",
                )
                .referencing_attribute("owningbusinessunit"),
            dv::meta::ManyToOneMeta::new(
                    "lk_agentprompt_createdby",
                    "systemuser",
                    "createdby",
                )
                .referencing_attribute("createdby"),
            dv::meta::ManyToOneMeta::new(
                    "lk_agentprompt_createdonbehalfby",
                    "systemuser",
                    "createdonbehalfby",
                )
                .referencing_attribute("createdonbehalfby"),
            dv::meta::ManyToOneMeta::new(
                    "lk_agentprompt_modifiedby",
                    "systemuser",
                    "modifiedby",
                )
                .referencing_attribute("modifiedby"),
            dv::meta::ManyToOneMeta::new(
                    "lk_agentprompt_modifiedonbehalfby",
                    "systemuser",
                    "modifiedonbehalfby",
                )
                .referencing_attribute("modifiedonbehalfby"),
            dv::meta::ManyToOneMeta::new("owner_agentprompt", "owner", "ownerid")
                .referencing_attribute("ownerid"),
            dv::meta::ManyToOneMeta::new("team_agentprompt", "team", "owningteam")
                .referencing_attribute("owningteam"),
            dv::meta::ManyToOneMeta::new("user_agentprompt", "systemuser", "owninguser")
                .referencing_attribute("owninguser"),
        ],
        many_to_many: &[],
        unresolved: &[],
    };
}
