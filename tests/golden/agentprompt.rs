/// Agent Prompt (`agentprompt`).
pub mod agentprompt {
    use ::dataverse as dv;
    /// Agent Prompt (`agentprompt`).
    ///
    /// Web API entity set: `agentprompts`; primary key `agentpromptid`; primary name `name`; ownership UserOwned.
    ///
    /// Every field starts as `None`; payloads hold only the fields that are set, and are validated against the metadata first (see `dataverse::Entity`).
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct Agentprompt {
        /// Agentic Scenario
        ///
        /// Column `agenticscenario` (Lookup). Valid for create and update.
        ///
        /// Sent in a payload as:
        /// - `agenticscenario`: `"agenticscenario@odata.bind": "/agenticscenarios(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
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
        /// - `systemuser`: `"ownerid@odata.bind": "/systemusers(<id>)"`
        /// - `team`: `"ownerid@odata.bind": "/teams(<id>)"`
        ///
        /// Assumed: the entity set of 2 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
        pub owner_id: Option<dv::EntityRef>,
        /// Owner Id Type
        ///
        /// Column `owneridtype` (EntityName). Valid for create and update. Required level: SystemRequired.
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
        /// - `systemuser`: `"createdby@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural.
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
        /// - `systemuser`: `"createdonbehalfby@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural.
        pub created_on_behalf_by: Option<dv::EntityRef>,
        /// Modified By: Unique identifier of the user who modified the record.
        ///
        /// Column `modifiedby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"modifiedby@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural.
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
        /// - `systemuser`: `"modifiedonbehalfby@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural.
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
        /// - `businessunit`: `"owningbusinessunit@odata.bind": "/businessunits(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural.
        pub owning_business_unit: Option<dv::EntityRef>,
        /// Owning Team: Unique identifier for the team that owns the record.
        ///
        /// Column `owningteam` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `team`: `"owningteam@odata.bind": "/teams(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural.
        pub owning_team: Option<dv::EntityRef>,
        /// Owning User: Unique identifier for the user that owns the record.
        ///
        /// Column `owninguser` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"owninguser@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural.
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
        pub const AGENTICSCENARIO: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[0],
        );
        /// Column `agenticscenariopid`.
        pub const AGENTICSCENARIO_P_ID: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[1],
        );
        /// Column `agentid`.
        pub const AGENT_ID: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[2],
        );
        /// Column `agentpromptid`.
        pub const AGENTPROMPT_ID: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[3],
        );
        /// Column `basepromptid`.
        pub const BASE_PROMPT_ID: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[4],
        );
        /// Column `experimentmetadata`.
        pub const EXPERIMENT_METADATA: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[5],
        );
        /// Column `importsequencenumber`.
        pub const IMPORT_SEQUENCE_NUMBER: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[6],
        );
        /// Column `name`.
        pub const NAME: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[7],
        );
        /// Column `overriddencreatedon`.
        pub const OVERRIDDEN_CREATED_ON: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[8],
        );
        /// Column `ownerid`.
        pub const OWNER_ID: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[9],
        );
        /// Column `owneridtype`.
        pub const OWNER_ID_TYPE: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[10],
        );
        /// Column `parentpromptid`.
        pub const PARENT_PROMPT_ID: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[11],
        );
        /// Column `partitionid`.
        pub const PARTITION_ID: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[12],
        );
        /// Column `prompttext`.
        pub const PROMPT_TEXT: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[13],
        );
        /// Column `prompttexthash`.
        pub const PROMPT_TEXT_HASH: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[14],
        );
        /// Column `status`.
        pub const STATUS: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[15],
        );
        /// Column `ttlinseconds`.
        pub const TTL_IN_SECONDS: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[16],
        );
        /// Column `createdby`.
        pub const CREATED_BY: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[17],
        );
        /// Column `createdon`.
        pub const CREATED_ON: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[18],
        );
        /// Column `createdonbehalfby`.
        pub const CREATED_ON_BEHALF_BY: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[19],
        );
        /// Column `modifiedby`.
        pub const MODIFIED_BY: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[20],
        );
        /// Column `modifiedon`.
        pub const MODIFIED_ON: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[21],
        );
        /// Column `modifiedonbehalfby`.
        pub const MODIFIED_ON_BEHALF_BY: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[22],
        );
        /// Column `owneridname`.
        pub const OWNER_ID_NAME: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[23],
        );
        /// Column `owneridyominame`.
        pub const OWNER_ID_YOMI_NAME: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[24],
        );
        /// Column `owningbusinessunit`.
        pub const OWNING_BUSINESS_UNIT: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[25],
        );
        /// Column `owningteam`.
        pub const OWNING_TEAM: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[26],
        );
        /// Column `owninguser`.
        pub const OWNING_USER: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[27],
        );
        /// Column `versionnumber`.
        pub const VERSION_NUMBER: dv::Column<Agentprompt> = dv::Column::new(
            &AGENTPROMPT_META.columns[28],
        );
        /// Many-to-one `business_unit_agentprompt`: the `businessunit` row this row's `owningbusinessunit` points at; navigation property `owningbusinessunit`.
        pub const BUSINESS_UNIT_AGENTPROMPT: dv::nav::ManyToOne<
            Agentprompt,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&AGENTPROMPT_META.many_to_one[0]);
        /// Many-to-one `lk_agentprompt_createdby`: the `systemuser` row this row's `createdby` points at; navigation property `createdby`.
        pub const LK_AGENTPROMPT_CREATEDBY: dv::nav::ManyToOne<
            Agentprompt,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&AGENTPROMPT_META.many_to_one[1]);
        /// Many-to-one `lk_agentprompt_createdonbehalfby`: the `systemuser` row this row's `createdonbehalfby` points at; navigation property `createdonbehalfby`.
        pub const LK_AGENTPROMPT_CREATEDONBEHALFBY: dv::nav::ManyToOne<
            Agentprompt,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&AGENTPROMPT_META.many_to_one[2]);
        /// Many-to-one `lk_agentprompt_modifiedby`: the `systemuser` row this row's `modifiedby` points at; navigation property `modifiedby`.
        pub const LK_AGENTPROMPT_MODIFIEDBY: dv::nav::ManyToOne<
            Agentprompt,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&AGENTPROMPT_META.many_to_one[3]);
        /// Many-to-one `lk_agentprompt_modifiedonbehalfby`: the `systemuser` row this row's `modifiedonbehalfby` points at; navigation property `modifiedonbehalfby`.
        pub const LK_AGENTPROMPT_MODIFIEDONBEHALFBY: dv::nav::ManyToOne<
            Agentprompt,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&AGENTPROMPT_META.many_to_one[4]);
        /// Many-to-one `owner_agentprompt`: the `owner` row this row's `ownerid` points at; navigation property `ownerid`.
        pub const OWNER_AGENTPROMPT: dv::nav::ManyToOne<Agentprompt, dv::Untyped> = dv::nav::ManyToOne::new(
            &AGENTPROMPT_META.many_to_one[5],
        );
        /// Many-to-one `team_agentprompt`: the `team` row this row's `owningteam` points at; navigation property `owningteam`.
        pub const TEAM_AGENTPROMPT: dv::nav::ManyToOne<Agentprompt, dv::Untyped> = dv::nav::ManyToOne::new(
            &AGENTPROMPT_META.many_to_one[6],
        );
        /// Many-to-one `user_agentprompt`: the `systemuser` row this row's `owninguser` points at; navigation property `owninguser`.
        pub const USER_AGENTPROMPT: dv::nav::ManyToOne<Agentprompt, dv::Untyped> = dv::nav::ManyToOne::new(
            &AGENTPROMPT_META.many_to_one[7],
        );
    }
    impl dv::Entity for Agentprompt {
        const TABLE: &'static dv::TableMeta = &AGENTPROMPT_META;
        fn values(
            &self,
        ) -> ::std::vec::Vec<(&'static dv::ColumnMeta, dv::FieldValue<'_>)> {
            let columns = AGENTPROMPT_META.columns;
            let mut values = ::std::vec::Vec::new();
            if let Some(value) = &self.agenticscenario {
                values.push((&columns[0], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.agenticscenario_p_id {
                values.push((&columns[1], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.agent_id {
                values.push((&columns[2], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.agentprompt_id {
                values.push((&columns[3], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.base_prompt_id {
                values.push((&columns[4], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.experiment_metadata {
                values.push((&columns[5], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.import_sequence_number {
                values.push((&columns[6], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.name {
                values.push((&columns[7], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.overridden_created_on {
                values.push((&columns[8], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owner_id {
                values.push((&columns[9], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owner_id_type {
                values.push((&columns[10], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.parent_prompt_id {
                values.push((&columns[11], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.partition_id {
                values.push((&columns[12], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.prompt_text {
                values.push((&columns[13], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.prompt_text_hash {
                values.push((&columns[14], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.status {
                values.push((&columns[15], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.ttl_in_seconds {
                values.push((&columns[16], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.created_by {
                values.push((&columns[17], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.created_on {
                values.push((&columns[18], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.created_on_behalf_by {
                values.push((&columns[19], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.modified_by {
                values.push((&columns[20], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.modified_on {
                values.push((&columns[21], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.modified_on_behalf_by {
                values.push((&columns[22], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owner_id_name {
                values.push((&columns[23], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owner_id_yomi_name {
                values.push((&columns[24], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owning_business_unit {
                values.push((&columns[25], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owning_team {
                values.push((&columns[26], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owning_user {
                values.push((&columns[27], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.version_number {
                values.push((&columns[28], dv::Field::to_value(value)));
            }
            values
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
            dv::ColumnMeta {
                logical_name: "agenticscenario",
                schema_name: "agenticscenario",
                column_type: "Lookup",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "agenticscenario",
                        entity_set: "agenticscenarios",
                        entity_set_known: false,
                        navigation_property: "agenticscenario",
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "agenticscenariopid",
                schema_name: "agenticscenarioPId",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(100),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "agentid",
                schema_name: "AgentId",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(100),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "agentpromptid",
                schema_name: "agentpromptId",
                column_type: "Uniqueidentifier",
                kind: dv::ColumnKind::Uniqueidentifier,
                required_level: dv::meta::RequiredLevel::SystemRequired,
                valid_for_create: true,
                valid_for_update: true,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "basepromptid",
                schema_name: "BasePromptId",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(100),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "experimentmetadata",
                schema_name: "ExperimentMetadata",
                column_type: "Memo",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(1000000),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "importsequencenumber",
                schema_name: "ImportSequenceNumber",
                column_type: "Integer",
                kind: dv::ColumnKind::Integer,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: None,
                min_value: Some(dv::meta::Bound("-2147483648")),
                max_value: Some(dv::meta::Bound("2147483647")),
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "name",
                schema_name: "Name",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::ApplicationRequired,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(850),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "overriddencreatedon",
                schema_name: "OverriddenCreatedOn",
                column_type: "DateTime",
                kind: dv::ColumnKind::DateTime,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "ownerid",
                schema_name: "OwnerId",
                column_type: "Owner",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::SystemRequired,
                valid_for_create: true,
                valid_for_update: true,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "systemuser",
                        entity_set: "systemusers",
                        entity_set_known: false,
                        navigation_property: "ownerid",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "team",
                        entity_set: "teams",
                        entity_set_known: false,
                        navigation_property: "ownerid",
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "owneridtype",
                schema_name: "OwnerIdType",
                column_type: "EntityName",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::SystemRequired,
                valid_for_create: true,
                valid_for_update: true,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "parentpromptid",
                schema_name: "ParentPromptId",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(100),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "partitionid",
                schema_name: "PartitionId",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(100),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "prompttext",
                schema_name: "PromptText",
                column_type: "Memo",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(20000),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "prompttexthash",
                schema_name: "PromptTextHash",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(100),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "status",
                schema_name: "Status",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(100),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "ttlinseconds",
                schema_name: "TTLInSeconds",
                column_type: "Integer",
                kind: dv::ColumnKind::Integer,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: None,
                min_value: Some(dv::meta::Bound("1")),
                max_value: Some(dv::meta::Bound("2147483647")),
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "createdby",
                schema_name: "CreatedBy",
                column_type: "Lookup",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "systemuser",
                        entity_set: "systemusers",
                        entity_set_known: false,
                        navigation_property: "createdby",
                        navigation_property_known: true,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "createdon",
                schema_name: "CreatedOn",
                column_type: "DateTime",
                kind: dv::ColumnKind::DateTime,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "createdonbehalfby",
                schema_name: "CreatedOnBehalfBy",
                column_type: "Lookup",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "systemuser",
                        entity_set: "systemusers",
                        entity_set_known: false,
                        navigation_property: "createdonbehalfby",
                        navigation_property_known: true,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "modifiedby",
                schema_name: "ModifiedBy",
                column_type: "Lookup",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "systemuser",
                        entity_set: "systemusers",
                        entity_set_known: false,
                        navigation_property: "modifiedby",
                        navigation_property_known: true,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "modifiedon",
                schema_name: "ModifiedOn",
                column_type: "DateTime",
                kind: dv::ColumnKind::DateTime,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "modifiedonbehalfby",
                schema_name: "ModifiedOnBehalfBy",
                column_type: "Lookup",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "systemuser",
                        entity_set: "systemusers",
                        entity_set_known: false,
                        navigation_property: "modifiedonbehalfby",
                        navigation_property_known: true,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "owneridname",
                schema_name: "OwnerIdName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::SystemRequired,
                valid_for_create: false,
                valid_for_update: false,
                max_length: Some(100),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "owneridyominame",
                schema_name: "OwnerIdYomiName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::SystemRequired,
                valid_for_create: false,
                valid_for_update: false,
                max_length: Some(100),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "owningbusinessunit",
                schema_name: "OwningBusinessUnit",
                column_type: "Lookup",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "businessunit",
                        entity_set: "businessunits",
                        entity_set_known: false,
                        navigation_property: "owningbusinessunit",
                        navigation_property_known: true,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "owningteam",
                schema_name: "OwningTeam",
                column_type: "Lookup",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "team",
                        entity_set: "teams",
                        entity_set_known: false,
                        navigation_property: "owningteam",
                        navigation_property_known: true,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "owninguser",
                schema_name: "OwningUser",
                column_type: "Lookup",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "systemuser",
                        entity_set: "systemusers",
                        entity_set_known: false,
                        navigation_property: "owninguser",
                        navigation_property_known: true,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "versionnumber",
                schema_name: "VersionNumber",
                column_type: "BigInt",
                kind: dv::ColumnKind::BigInt,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: None,
                min_value: Some(dv::meta::Bound("-9223372036854775808")),
                max_value: Some(dv::meta::Bound("9223372036854775807")),
                precision: None,
                targets: &[],
                options: &[],
            },
        ],
        one_to_many: &[],
        many_to_one: &[
            dv::meta::ManyToOneMeta {
                schema_name: "business_unit_agentprompt",
                referenced_entity: "businessunit",
                referencing_attribute: Some("owningbusinessunit"),
                navigation_property: "owningbusinessunit",
                navigation_property_known: true,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_agentprompt_createdby",
                referenced_entity: "systemuser",
                referencing_attribute: Some("createdby"),
                navigation_property: "createdby",
                navigation_property_known: true,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_agentprompt_createdonbehalfby",
                referenced_entity: "systemuser",
                referencing_attribute: Some("createdonbehalfby"),
                navigation_property: "createdonbehalfby",
                navigation_property_known: true,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_agentprompt_modifiedby",
                referenced_entity: "systemuser",
                referencing_attribute: Some("modifiedby"),
                navigation_property: "modifiedby",
                navigation_property_known: true,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_agentprompt_modifiedonbehalfby",
                referenced_entity: "systemuser",
                referencing_attribute: Some("modifiedonbehalfby"),
                navigation_property: "modifiedonbehalfby",
                navigation_property_known: true,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "owner_agentprompt",
                referenced_entity: "owner",
                referencing_attribute: Some("ownerid"),
                navigation_property: "ownerid",
                navigation_property_known: true,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "team_agentprompt",
                referenced_entity: "team",
                referencing_attribute: Some("owningteam"),
                navigation_property: "owningteam",
                navigation_property_known: true,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "user_agentprompt",
                referenced_entity: "systemuser",
                referencing_attribute: Some("owninguser"),
                navigation_property: "owninguser",
                navigation_property_known: true,
            },
        ],
        many_to_many: &[],
    };
}
