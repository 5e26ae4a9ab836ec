/// Process Session (`processsession`).
pub mod processsession {
    use ::dataverse as dv;
    /// Process Session (`processsession`).
    ///
    /// Information that is generated when a dialog is run. Every time that you run a dialog, a dialog session is created.
    ///
    /// Web API entity set: `processsessions`; primary key `processsessionid`; primary name `name`; ownership UserOwned.
    ///
    /// Every field starts as `None`; payloads hold only the fields that are set, and are validated against the metadata first (see `dataverse::Entity`).
    ///
    /// Navigation properties marked *(convention)* are not stated by the metadata: they are the lookup's own name, the Web API convention for a lookup to one table (and for an Owner lookup), which Microsoft documents as holding in most cases, not all (account's `slaid` binds as `sla_account_sla`). Where it does not hold, state the name in the YAML (`many_to_one`: `referencing_attribute` and `referencing_entity_navigation_property_name`).
    ///
    /// Targets marked *(cannot be bound)* and the `Unresolved` relationship constants have no known navigation property: nothing in the metadata states it and no documented convention gives it, so they cannot be bound, navigated or expanded. To use them, import a newer revision of the page (its Many-to-One entries state ReferencingAttribute and ReferencingEntityNavigationPropertyName), generate the other table alongside, or state the names in the YAML.
    ///
    /// Targets marked *(entity set assumed)* are tables not generated alongside: their entity set is taken to be the logical name in plural.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct ProcessSession {
        /// Activity Name: Name of the activity that is being executed.
        ///
        /// Column `activityname` (String, MaxLength 256 UTF-16 code units, format Text). Valid for create and update.
        pub activity_name: Option<String>,
        /// Canceled On: Date and time when the dialog session was canceled.
        ///
        /// Column `canceledon` (DateTime, format DateAndTime, UserLocal). Valid for update only.
        pub canceled_on: Option<dv::types::DateTime<dv::types::Utc>>,
        /// Comments: User comments.
        ///
        /// Column `comments` (Memo, MaxLength 2000 UTF-16 code units, format Text). Valid for create and update.
        pub comments: Option<String>,
        /// Completed On: Date and time when the dialog session was completed.
        ///
        /// Column `completedon` (DateTime, format DateAndTime, UserLocal). Valid for update only.
        pub completed_on: Option<dv::types::DateTime<dv::types::Utc>>,
        /// Error Code: Error code related to the dialog session.
        ///
        /// Column `errorcode` (Integer, -2147483648 to 2147483647, format None). Valid for create and update.
        pub error_code: Option<i32>,
        /// Executed By: Unique identifier of the user who ran the dialog process.
        ///
        /// Column `executedby` (Lookup). Valid for create and update.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"executedby@odata.bind": "/systemusers(<id>)"` *(convention)* *(entity set assumed)*
        pub executed_by: Option<dv::EntityRef>,
        /// Input Arguments: Input arguments for the child dialog process.
        ///
        /// Column `inputarguments` (Memo, MaxLength 1073741823 UTF-16 code units, format TextArea). Valid for create only.
        pub input_arguments: Option<String>,
        /// Name: Name of the dialog session.
        ///
        /// Column `name` (String, MaxLength 256 UTF-16 code units, format Text). Valid for create and update.
        pub name: Option<String>,
        /// Next Linked Session: Unique identifier of the succeeding linked dialog session.
        ///
        /// Column `nextlinkedsessionid` (Lookup). Valid for create and update.
        ///
        /// Sent in a payload as:
        /// - `processsession`: `"nextlinkedsessionid@odata.bind": "/processsessions(<id>)"` *(convention)*
        pub next_linked_session_id: Option<dv::Ref<ProcessSession>>,
        /// Originating Session: Unique identifier of the originating dialog session.
        ///
        /// Column `originatingsessionid` (Lookup). Valid for create only.
        ///
        /// Sent in a payload as:
        /// - `processsession`: `"originatingsessionid@odata.bind": "/processsessions(<id>)"` *(convention)*
        pub originating_session_id: Option<dv::Ref<ProcessSession>>,
        /// Owner: Unique identifier of the user or team who owns the dialog session.
        ///
        /// Column `ownerid` (Owner). Valid for create and update. Required level: SystemRequired.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"ownerid@odata.bind": "/systemusers(<id>)"` *(convention)* *(entity set assumed)*
        /// - `team`: `"ownerid@odata.bind": "/teams(<id>)"` *(convention)* *(entity set assumed)*
        pub owner_id: Option<dv::EntityRef>,
        /// `OwnerIdType`
        ///
        /// Column `owneridtype` (EntityName). Valid for create and update. Required level: SystemRequired.
        ///
        /// Holds the table of the row `ownerid` refers to. Dataverse fills it from that lookup's binding, so it need not be set: on create it counts as given when `ownerid` is set.
        pub owner_id_type: Option<String>,
        /// Previous Linked Session: Unique identifier of the preceding linked dialog session.
        ///
        /// Column `previouslinkedsessionid` (Lookup). Valid for create only.
        ///
        /// Sent in a payload as:
        /// - `processsession`: `"previouslinkedsessionid@odata.bind": "/processsessions(<id>)"` *(convention)*
        pub previous_linked_session_id: Option<dv::Ref<ProcessSession>>,
        /// Process: Select the process activation record that is related to the dialog session.
        ///
        /// Column `processid` (Lookup). Valid for create only.
        ///
        /// Sent in a payload as:
        /// - `workflow`: `"processid@odata.bind": "/workflows(<id>)"` *(convention)* *(entity set assumed)*
        pub process_id: Option<dv::EntityRef>,
        /// Dialog Session: Unique identifier of the dialog session.
        ///
        /// Column `processsessionid` (Uniqueidentifier). Valid for create only. Required level: SystemRequired.
        pub process_session_id: Option<dv::types::Uuid>,
        /// Dialog Stage: Name of the dialog stage.
        ///
        /// Column `processstagename` (String, MaxLength 256 UTF-16 code units, format Text). Valid for create and update.
        pub process_stage_name: Option<String>,
        /// Process State: State of the dialog process.
        ///
        /// Column `processstate` (String, MaxLength 1073741823 UTF-16 code units, format TextArea). Valid for create and update.
        pub process_state: Option<String>,
        /// Regarding: Unique identifier of the object with which the dialog session is associated.
        ///
        /// Column `regardingobjectid` (Lookup). Valid for create only.
        ///
        /// Targets (154): `account`, `activityfileattachment`, `annotation`, `appaction`, `appelement`, `applicationuser`, `appmodulecomponentedge`, `appmodulecomponentnode`, `appointment`, `appsetting`, `appusersetting`, `bot`, `botcomponent`, `businessunit`, `businessunitnewsarticle`, `canvasappextendedmetadata`, `cascadegrantrevokeaccessrecordstracker`, `cascadegrantrevokeaccessversiontracker`, `catalog`, `catalogassignment`, `channelaccessprofile`, `channelaccessprofilerule`, `comment`, `connection`, `connectionreference`, `connectionrole`, `connector`, `contact`, `conversationtranscript`, `convertrule`, `customapi`, `customapirequestparameter`, `customapiresponseproperty`, `customeraddress`, `customerrelationship`, `datalakefolder`, `datalakefolderpermission`, `datalakeworkspace`, `datalakeworkspacepermission`, `email`, `environmentvariabledefinition`, `environmentvariablevalue`, `expiredprocess`, `exportsolutionupload`, `externalparty`, `externalpartyitem`, `fax`, `featurecontrolsetting`, `flowmachine`, `flowmachinegroup`, `goal`, `goalrollupquery`, `holidaywrapper`, `internalcatalogassignment`, `kbarticle`, `kbarticlecomment`, `kbarticletemplate`, `keyvaultreference`, `knowledgearticle`, `knowledgebaserecord`, `letter`, `mailbox`, `mailmergetemplate`, `managedidentity`, `metric`, `msdynce_botcontent`, `msdyn_aibdataset`, `msdyn_aibdatasetfile`, `msdyn_aibdatasetrecord`, `msdyn_aibdatasetscontainer`, `msdyn_aibfile`, `msdyn_aibfileattacheddata`, `msdyn_aiconfiguration`, `msdyn_aifptrainingdocument`, `msdyn_aimodel`, `msdyn_aiodimage`, `msdyn_aiodlabel`, `msdyn_aiodtrainingboundingbox`, `msdyn_aiodtrainingimage`, `msdyn_aitemplate`, `msdyn_analysiscomponent`, `msdyn_analysisjob`, `msdyn_analysisresult`, `msdyn_analysisresultdetail`, `msdyn_dataflow`, `msdyn_federatedarticle`, `msdyn_federatedarticleincident`, `msdyn_helppage`, `msdyn_kalanguagesetting`, `msdyn_kbattachment`, `msdyn_kmfederatedsearchconfig`, `msdyn_kmpersonalizationsetting`, `msdyn_knowledgearticleimage`, `msdyn_knowledgearticletemplate`, `msdyn_knowledgeinteractioninsight`, `msdyn_knowledgepersonalfilter`, `msdyn_knowledgesearchfilter`, `msdyn_knowledgesearchinsight`, `msdyn_pminferredtask`, `msdyn_pmrecording`, `msdyn_richtextfile`, `msdyn_serviceconfiguration`, `msdyn_slakpi`, `msdyn_solutionhealthrule`, `msdyn_solutionhealthruleargument`, `msdyn_solutionhealthruleset`, `msdyn_tour`, `newprocess`, `organizationdatasyncsubscription`, `organizationdatasyncsubscriptionentity`, `organizationsetting`, `package`, `pdfsetting`, `phonecall`, `position`, `processstageparameter`, `provisionlanguageforuser`, `queue`, `queueitem`, `recurringappointmentmaster`, `relationshiprole`, `report`, `revokeinheritedaccessrecordstracker`, `rollupfield`, `routingrule`, `routingruleitem`, `serviceplan`, `serviceplanmapping`, `settingdefinition`, `sharepointdocumentlocation`, `sharepointsite`, `sla`, `socialactivity`, `socialprofile`, `solutioncomponentattributeconfiguration`, `solutioncomponentbatchconfiguration`, `solutioncomponentconfiguration`, `solutioncomponentrelationshipconfiguration`, `stagesolutionupload`, `subject`, `systemuser`, `systemuserauthorizationchangetracker`, `task`, `team`, `teammobileofflineprofilemembership`, `template`, `territory`, `theme`, `transactioncurrency`, `translationprocess`, `usermapping`, `usermobileofflineprofilemembership`, `virtualentitymetadata`, `workflowbinary`.
        ///
        /// *(cannot be bound)*: no target's navigation property is known.
        pub regarding_object_id: Option<dv::EntityRef>,
        /// `RegardingObjectIdName`
        ///
        /// Column `regardingobjectidname` (String, MaxLength 800 UTF-16 code units, format Text). Valid for create only.
        pub regarding_object_id_name: Option<String>,
        /// `RegardingObjectIdYomiName`
        ///
        /// Column `regardingobjectidyominame` (String, MaxLength 800 UTF-16 code units, format Text). Valid for create only.
        pub regarding_object_id_yomi_name: Option<String>,
        /// `RegardingObjectTypeCode`
        ///
        /// Column `regardingobjecttypecode` (EntityName). Valid for create only.
        ///
        /// Holds the table of the row `regardingobjectid` refers to. Dataverse fills it from that lookup's binding, so it need not be set: on create it counts as given when `regardingobjectid` is set.
        pub regarding_object_type_code: Option<String>,
        /// Started On: Date and time when the dialog session was started.
        ///
        /// Column `startedon` (DateTime, format DateAndTime, UserLocal). Valid for create only.
        pub started_on: Option<dv::types::DateTime<dv::types::Utc>>,
        /// Status: Status of the dialog session.
        ///
        /// Column `statecode` (State). Valid for update only. Required level: SystemRequired.
        ///
        /// Options: [`ProcessSessionStateCode`].
        pub state_code: Option<ProcessSessionStateCode>,
        /// Status Reason: Reason for the status of the dialog session.
        ///
        /// Column `statuscode` (Status). Valid for create and update.
        ///
        /// Options: [`ProcessSessionStatusCode`].
        pub status_code: Option<ProcessSessionStatusCode>,
        /// Step Name: Name of the dialog step.
        ///
        /// Column `stepname` (String, MaxLength 256 UTF-16 code units, format Text). Valid for create and update.
        pub step_name: Option<String>,
        /// Canceled By: Unique identifier of the user who canceled the dialog session.
        ///
        /// Column `canceledby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"canceledby@odata.bind": "/systemusers(<id>)"` *(convention)* *(entity set assumed)*
        pub canceled_by: Option<dv::EntityRef>,
        /// `CanceledByName`
        ///
        /// Column `canceledbyname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub canceled_by_name: Option<String>,
        /// `CanceledByYomiName`
        ///
        /// Column `canceledbyyominame` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub canceled_by_yomi_name: Option<String>,
        /// Completed By: Unique identifier of the user who completed the dialog session.
        ///
        /// Column `completedby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"completedby@odata.bind": "/systemusers(<id>)"` *(convention)* *(entity set assumed)*
        pub completed_by: Option<dv::EntityRef>,
        /// `CompletedByName`
        ///
        /// Column `completedbyname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub completed_by_name: Option<String>,
        /// `CompletedByYomiName`
        ///
        /// Column `completedbyyominame` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub completed_by_yomi_name: Option<String>,
        /// Created By: Unique identifier of the user who started the dialog session.
        ///
        /// Column `createdby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"createdby@odata.bind": "/systemusers(<id>)"` *(convention)* *(entity set assumed)*
        pub created_by: Option<dv::EntityRef>,
        /// `CreatedByName`
        ///
        /// Column `createdbyname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub created_by_name: Option<String>,
        /// `CreatedByYomiName`
        ///
        /// Column `createdbyyominame` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub created_by_yomi_name: Option<String>,
        /// Created On: Date and time when the dialog session was created.
        ///
        /// Column `createdon` (DateTime, format DateAndTime, UserLocal). Read-only: decoded from records, rejected in payloads.
        pub created_on: Option<dv::types::DateTime<dv::types::Utc>>,
        /// Created By (Delegate): Unique identifier of the delegate user who created the dialog session.
        ///
        /// Column `createdonbehalfby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"createdonbehalfby@odata.bind": "/systemusers(<id>)"` *(convention)* *(entity set assumed)*
        pub created_on_behalf_by: Option<dv::EntityRef>,
        /// `CreatedOnBehalfByName`
        ///
        /// Column `createdonbehalfbyname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub created_on_behalf_by_name: Option<String>,
        /// `CreatedOnBehalfByYomiName`
        ///
        /// Column `createdonbehalfbyyominame` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub created_on_behalf_by_yomi_name: Option<String>,
        /// `ExecutedByName`
        ///
        /// Column `executedbyname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub executed_by_name: Option<String>,
        /// `ExecutedByYomiName`
        ///
        /// Column `executedbyyominame` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub executed_by_yomi_name: Option<String>,
        /// Executed On: Date and time when the dialog process was run.
        ///
        /// Column `executedon` (DateTime, format DateAndTime, UserLocal). Read-only: decoded from records, rejected in payloads.
        pub executed_on: Option<dv::types::DateTime<dv::types::Utc>>,
        /// Modified By: Unique identifier of the user who last modified the dialog session.
        ///
        /// Column `modifiedby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"modifiedby@odata.bind": "/systemusers(<id>)"` *(convention)* *(entity set assumed)*
        pub modified_by: Option<dv::EntityRef>,
        /// `ModifiedByName`
        ///
        /// Column `modifiedbyname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub modified_by_name: Option<String>,
        /// `ModifiedByYomiName`
        ///
        /// Column `modifiedbyyominame` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub modified_by_yomi_name: Option<String>,
        /// Modified On: Date and time when the dialog session was last modified.
        ///
        /// Column `modifiedon` (DateTime, format DateAndTime, UserLocal). Read-only: decoded from records, rejected in payloads.
        pub modified_on: Option<dv::types::DateTime<dv::types::Utc>>,
        /// Modified By (Delegate): Unique identifier of the delegate user who modified the dialog session.
        ///
        /// Column `modifiedonbehalfby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"modifiedonbehalfby@odata.bind": "/systemusers(<id>)"` *(convention)* *(entity set assumed)*
        pub modified_on_behalf_by: Option<dv::EntityRef>,
        /// `ModifiedOnBehalfByName`
        ///
        /// Column `modifiedonbehalfbyname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub modified_on_behalf_by_name: Option<String>,
        /// `ModifiedOnBehalfByYomiName`
        ///
        /// Column `modifiedonbehalfbyyominame` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub modified_on_behalf_by_yomi_name: Option<String>,
        /// `NextLinkedSessionIdName`
        ///
        /// Column `nextlinkedsessionidname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub next_linked_session_id_name: Option<String>,
        /// `OriginatingSessionIdName`
        ///
        /// Column `originatingsessionidname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub originating_session_id_name: Option<String>,
        /// `OwnerIdName`
        ///
        /// Column `owneridname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads. Required level: SystemRequired.
        pub owner_id_name: Option<String>,
        /// `OwnerIdYomiName`
        ///
        /// Column `owneridyominame` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads. Required level: SystemRequired.
        pub owner_id_yomi_name: Option<String>,
        /// Owning Business Unit: Unique identifier of the business unit that owns the dialog session.
        ///
        /// Column `owningbusinessunit` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `businessunit`: `"owningbusinessunit@odata.bind": "/businessunits(<id>)"` *(convention)* *(entity set assumed)*
        pub owning_business_unit: Option<dv::EntityRef>,
        /// Owning Team: Unique identifier of the team who owns the dialog session.
        ///
        /// Column `owningteam` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `team`: `"owningteam@odata.bind": "/teams(<id>)"` *(convention)* *(entity set assumed)*
        pub owning_team: Option<dv::EntityRef>,
        /// Owning User: Unique identifier of the user who owns the dialog session.
        ///
        /// Column `owninguser` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"owninguser@odata.bind": "/systemusers(<id>)"` *(convention)* *(entity set assumed)*
        pub owning_user: Option<dv::EntityRef>,
        /// `PreviousLinkedSessionIdName`
        ///
        /// Column `previouslinkedsessionidname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub previous_linked_session_id_name: Option<String>,
        /// `ProcessIdName`
        ///
        /// Column `processidname` (String, MaxLength 160 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub process_id_name: Option<String>,
        /// Protection Key: For internal use only.
        ///
        /// Column `protectionkey` (String, MaxLength 256 UTF-16 code units, format TextArea). Read-only: decoded from records, rejected in payloads.
        pub protection_key: Option<String>,
        /// Started By: Unique identifier of the user who started the dialog session.
        ///
        /// Column `startedby` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"startedby@odata.bind": "/systemusers(<id>)"` *(convention)* *(entity set assumed)*
        pub started_by: Option<dv::EntityRef>,
        /// `StartedByName`
        ///
        /// Column `startedbyname` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub started_by_name: Option<String>,
        /// `StartedByYomiName`
        ///
        /// Column `startedbyyominame` (String, MaxLength 100 UTF-16 code units, format Text). Read-only: decoded from records, rejected in payloads.
        pub started_by_yomi_name: Option<String>,
    }
    impl ProcessSession {
        /// The table's logical name: `processsession`.
        pub const LOGICAL_NAME: &'static str = "processsession";
        /// The Web API entity set: `processsessions`.
        pub const ENTITY_SET_NAME: &'static str = "processsessions";
        /// The primary key column: `processsessionid`.
        pub const PRIMARY_ID_ATTRIBUTE: &'static str = "processsessionid";
        /// The primary name column, when the table has one.
        pub const PRIMARY_NAME_ATTRIBUTE: Option<&'static str> = Some("name");
        /// Column `activityname`.
        pub const ACTIVITY_NAME: dv::Column<Self, String> = dv::Column::at(0);
        /// Column `canceledon`.
        pub const CANCELED_ON: dv::Column<Self, dv::types::DateTime<dv::types::Utc>> = dv::Column::at(
            1,
        );
        /// Column `comments`.
        pub const COMMENTS: dv::Column<Self, String> = dv::Column::at(2);
        /// Column `completedon`.
        pub const COMPLETED_ON: dv::Column<Self, dv::types::DateTime<dv::types::Utc>> = dv::Column::at(
            3,
        );
        /// Column `errorcode`.
        pub const ERROR_CODE: dv::Column<Self, i32> = dv::Column::at(4);
        /// Column `executedby`.
        pub const EXECUTED_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(5);
        /// Column `inputarguments`.
        pub const INPUT_ARGUMENTS: dv::Column<Self, String> = dv::Column::at(6);
        /// Column `name`.
        pub const NAME: dv::Column<Self, String> = dv::Column::at(7);
        /// Column `nextlinkedsessionid`.
        pub const NEXT_LINKED_SESSION_ID: dv::Column<Self, dv::Ref<ProcessSession>> = dv::Column::at(
            8,
        );
        /// Column `originatingsessionid`.
        pub const ORIGINATING_SESSION_ID: dv::Column<Self, dv::Ref<ProcessSession>> = dv::Column::at(
            9,
        );
        /// Column `ownerid`.
        pub const OWNER_ID: dv::Column<Self, dv::EntityRef> = dv::Column::at(10);
        /// Column `owneridtype`.
        pub const OWNER_ID_TYPE: dv::Column<Self, String> = dv::Column::at(11);
        /// Column `previouslinkedsessionid`.
        pub const PREVIOUS_LINKED_SESSION_ID: dv::Column<
            Self,
            dv::Ref<ProcessSession>,
        > = dv::Column::at(12);
        /// Column `processid`.
        pub const PROCESS_ID: dv::Column<Self, dv::EntityRef> = dv::Column::at(13);
        /// Column `processsessionid`.
        pub const PROCESS_SESSION_ID: dv::Column<Self, dv::types::Uuid> = dv::Column::at(
            14,
        );
        /// Column `processstagename`.
        pub const PROCESS_STAGE_NAME: dv::Column<Self, String> = dv::Column::at(15);
        /// Column `processstate`.
        pub const PROCESS_STATE: dv::Column<Self, String> = dv::Column::at(16);
        /// Column `regardingobjectid`.
        pub const REGARDING_OBJECT_ID: dv::Column<Self, dv::EntityRef> = dv::Column::at(
            17,
        );
        /// Column `regardingobjectidname`.
        pub const REGARDING_OBJECT_ID_NAME: dv::Column<Self, String> = dv::Column::at(
            18,
        );
        /// Column `regardingobjectidyominame`.
        pub const REGARDING_OBJECT_ID_YOMI_NAME: dv::Column<Self, String> = dv::Column::at(
            19,
        );
        /// Column `regardingobjecttypecode`.
        pub const REGARDING_OBJECT_TYPE_CODE: dv::Column<Self, String> = dv::Column::at(
            20,
        );
        /// Column `startedon`.
        pub const STARTED_ON: dv::Column<Self, dv::types::DateTime<dv::types::Utc>> = dv::Column::at(
            21,
        );
        /// Column `statecode`.
        pub const STATE_CODE: dv::Column<Self, ProcessSessionStateCode> = dv::Column::at(
            22,
        );
        /// Column `statuscode`.
        pub const STATUS_CODE: dv::Column<Self, ProcessSessionStatusCode> = dv::Column::at(
            23,
        );
        /// Column `stepname`.
        pub const STEP_NAME: dv::Column<Self, String> = dv::Column::at(24);
        /// Column `canceledby`.
        pub const CANCELED_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(25);
        /// Column `canceledbyname`.
        pub const CANCELED_BY_NAME: dv::Column<Self, String> = dv::Column::at(26);
        /// Column `canceledbyyominame`.
        pub const CANCELED_BY_YOMI_NAME: dv::Column<Self, String> = dv::Column::at(27);
        /// Column `completedby`.
        pub const COMPLETED_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(28);
        /// Column `completedbyname`.
        pub const COMPLETED_BY_NAME: dv::Column<Self, String> = dv::Column::at(29);
        /// Column `completedbyyominame`.
        pub const COMPLETED_BY_YOMI_NAME: dv::Column<Self, String> = dv::Column::at(30);
        /// Column `createdby`.
        pub const CREATED_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(31);
        /// Column `createdbyname`.
        pub const CREATED_BY_NAME: dv::Column<Self, String> = dv::Column::at(32);
        /// Column `createdbyyominame`.
        pub const CREATED_BY_YOMI_NAME: dv::Column<Self, String> = dv::Column::at(33);
        /// Column `createdon`.
        pub const CREATED_ON: dv::Column<Self, dv::types::DateTime<dv::types::Utc>> = dv::Column::at(
            34,
        );
        /// Column `createdonbehalfby`.
        pub const CREATED_ON_BEHALF_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(
            35,
        );
        /// Column `createdonbehalfbyname`.
        pub const CREATED_ON_BEHALF_BY_NAME: dv::Column<Self, String> = dv::Column::at(
            36,
        );
        /// Column `createdonbehalfbyyominame`.
        pub const CREATED_ON_BEHALF_BY_YOMI_NAME: dv::Column<Self, String> = dv::Column::at(
            37,
        );
        /// Column `executedbyname`.
        pub const EXECUTED_BY_NAME: dv::Column<Self, String> = dv::Column::at(38);
        /// Column `executedbyyominame`.
        pub const EXECUTED_BY_YOMI_NAME: dv::Column<Self, String> = dv::Column::at(39);
        /// Column `executedon`.
        pub const EXECUTED_ON: dv::Column<Self, dv::types::DateTime<dv::types::Utc>> = dv::Column::at(
            40,
        );
        /// Column `modifiedby`.
        pub const MODIFIED_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(41);
        /// Column `modifiedbyname`.
        pub const MODIFIED_BY_NAME: dv::Column<Self, String> = dv::Column::at(42);
        /// Column `modifiedbyyominame`.
        pub const MODIFIED_BY_YOMI_NAME: dv::Column<Self, String> = dv::Column::at(43);
        /// Column `modifiedon`.
        pub const MODIFIED_ON: dv::Column<Self, dv::types::DateTime<dv::types::Utc>> = dv::Column::at(
            44,
        );
        /// Column `modifiedonbehalfby`.
        pub const MODIFIED_ON_BEHALF_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(
            45,
        );
        /// Column `modifiedonbehalfbyname`.
        pub const MODIFIED_ON_BEHALF_BY_NAME: dv::Column<Self, String> = dv::Column::at(
            46,
        );
        /// Column `modifiedonbehalfbyyominame`.
        pub const MODIFIED_ON_BEHALF_BY_YOMI_NAME: dv::Column<Self, String> = dv::Column::at(
            47,
        );
        /// Column `nextlinkedsessionidname`.
        pub const NEXT_LINKED_SESSION_ID_NAME: dv::Column<Self, String> = dv::Column::at(
            48,
        );
        /// Column `originatingsessionidname`.
        pub const ORIGINATING_SESSION_ID_NAME: dv::Column<Self, String> = dv::Column::at(
            49,
        );
        /// Column `owneridname`.
        pub const OWNER_ID_NAME: dv::Column<Self, String> = dv::Column::at(50);
        /// Column `owneridyominame`.
        pub const OWNER_ID_YOMI_NAME: dv::Column<Self, String> = dv::Column::at(51);
        /// Column `owningbusinessunit`.
        pub const OWNING_BUSINESS_UNIT: dv::Column<Self, dv::EntityRef> = dv::Column::at(
            52,
        );
        /// Column `owningteam`.
        pub const OWNING_TEAM: dv::Column<Self, dv::EntityRef> = dv::Column::at(53);
        /// Column `owninguser`.
        pub const OWNING_USER: dv::Column<Self, dv::EntityRef> = dv::Column::at(54);
        /// Column `previouslinkedsessionidname`.
        pub const PREVIOUS_LINKED_SESSION_ID_NAME: dv::Column<Self, String> = dv::Column::at(
            55,
        );
        /// Column `processidname`.
        pub const PROCESS_ID_NAME: dv::Column<Self, String> = dv::Column::at(56);
        /// Column `protectionkey`.
        pub const PROTECTION_KEY: dv::Column<Self, String> = dv::Column::at(57);
        /// Column `startedby`.
        pub const STARTED_BY: dv::Column<Self, dv::EntityRef> = dv::Column::at(58);
        /// Column `startedbyname`.
        pub const STARTED_BY_NAME: dv::Column<Self, String> = dv::Column::at(59);
        /// Column `startedbyyominame`.
        pub const STARTED_BY_YOMI_NAME: dv::Column<Self, String> = dv::Column::at(60);
        /// One-to-many `lk_workflowlog_processsession`: `workflowlog` rows whose `asyncoperationid` points at this row; navigation property `lk_workflowlog_processsession`.
        pub const LK_WORKFLOWLOG_PROCESSSESSION: dv::nav::OneToMany<Self, dv::Untyped> = dv::nav::OneToMany::at(
            0,
        );
        /// One-to-many `lk_workflowlog_processsession_childworkflow`: `workflowlog` rows whose `childworkflowinstanceid` points at this row; navigation property `lk_workflowlog_processsession_childworkflow`.
        pub const LK_WORKFLOWLOG_PROCESSSESSION_CHILDWORKFLOW: dv::nav::OneToMany<
            Self,
            dv::Untyped,
        > = dv::nav::OneToMany::at(1);
        /// One-to-many `lk_processsession_previouslinkedsessionid`: `processsession` rows whose `previouslinkedsessionid` points at this row; navigation property `lk_processsession_previouslinkedsessionid`.
        pub const LK_PROCESSSESSION_PREVIOUSLINKEDSESSIONID: dv::nav::OneToMany<
            Self,
            ProcessSession,
        > = dv::nav::OneToMany::at(2);
        /// One-to-many `lk_processsession_nextlinkedsessionid`: `processsession` rows whose `nextlinkedsessionid` points at this row; navigation property `lk_processsession_nextlinkedsessionid`.
        pub const LK_PROCESSSESSION_NEXTLINKEDSESSIONID: dv::nav::OneToMany<
            Self,
            ProcessSession,
        > = dv::nav::OneToMany::at(3);
        /// One-to-many `lk_processsession_originatingsessionid`: `processsession` rows whose `originatingsessionid` points at this row; navigation property `lk_processsession_originatingsessionid`.
        pub const LK_PROCESSSESSION_ORIGINATINGSESSIONID: dv::nav::OneToMany<
            Self,
            ProcessSession,
        > = dv::nav::OneToMany::at(4);
        /// One-to-many `processsession_connections2`: `connection` rows whose `record2id` points at this row; navigation property `processsession_connections2`.
        pub const PROCESSSESSION_CONNECTIONS2: dv::nav::OneToMany<Self, dv::Untyped> = dv::nav::OneToMany::at(
            5,
        );
        /// One-to-many `ProcessSession_SyncErrors`: `syncerror` rows whose `regardingobjectid` points at this row; navigation property `ProcessSession_SyncErrors`.
        pub const PROCESS_SESSION_SYNC_ERRORS: dv::nav::OneToMany<Self, dv::Untyped> = dv::nav::OneToMany::at(
            6,
        );
        /// One-to-many `processsession_connections1`: `connection` rows whose `record1id` points at this row; navigation property `processsession_connections1`.
        pub const PROCESSSESSION_CONNECTIONS1: dv::nav::OneToMany<Self, dv::Untyped> = dv::nav::OneToMany::at(
            7,
        );
        /// One-to-many `processsession_PostFollows`: `postfollow` rows whose `regardingobjectid` points at this row; navigation property `processsession_PostFollows`.
        pub const PROCESSSESSION_POST_FOLLOWS: dv::nav::OneToMany<Self, dv::Untyped> = dv::nav::OneToMany::at(
            8,
        );
        /// Many-to-one `theme_ProcessSession` to `theme`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const THEME_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(0);
        /// Many-to-one `usermapping_ProcessSession` to `usermapping`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const USERMAPPING_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            1,
        );
        /// Many-to-one `knowledgearticle_ProcessSession` to `knowledgearticle`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const KNOWLEDGEARTICLE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            2,
        );
        /// Many-to-one `position_ProcessSession` to `position`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const POSITION_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(3);
        /// Many-to-one `KnowledgeBaseRecord_ProcessSession` to `knowledgebaserecord`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const KNOWLEDGE_BASE_RECORD_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            4,
        );
        /// Many-to-one `SharePointSite_ProcessSessions` to `sharepointsite`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SHARE_POINT_SITE_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            5,
        );
        /// Many-to-one `MailMergeTemplate_ProcessSessions` to `mailmergetemplate`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MAIL_MERGE_TEMPLATE_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            6,
        );
        /// Many-to-one `Annotation_ProcessSessions` to `annotation`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const ANNOTATION_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            7,
        );
        /// Many-to-one `BusinessUnitNewsArticle_ProcessSessions` to `businessunitnewsarticle`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const BUSINESS_UNIT_NEWS_ARTICLE_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            8,
        );
        /// Many-to-one `Appointment_ProcessSessions` to `appointment`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const APPOINTMENT_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            9,
        );
        /// Many-to-one `QueueItem_ProcessSessions` to `queueitem`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const QUEUE_ITEM_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            10,
        );
        /// Many-to-one `lk_processsession_previouslinkedsessionid`: the `processsession` row that `previouslinkedsessionid` points at; navigation property `previouslinkedsessionid` *(convention)*.
        pub const LK_PROCESSSESSION_PREVIOUSLINKEDSESSIONID_PARENT: dv::nav::ManyToOne<
            Self,
            ProcessSession,
        > = dv::nav::ManyToOne::at(0);
        /// Many-to-one `lk_processsession_nextlinkedsessionid`: the `processsession` row that `nextlinkedsessionid` points at; navigation property `nextlinkedsessionid` *(convention)*.
        pub const LK_PROCESSSESSION_NEXTLINKEDSESSIONID_PARENT: dv::nav::ManyToOne<
            Self,
            ProcessSession,
        > = dv::nav::ManyToOne::at(1);
        /// Many-to-one `lk_processsession_originatingsessionid`: the `processsession` row that `originatingsessionid` points at; navigation property `originatingsessionid` *(convention)*.
        pub const LK_PROCESSSESSION_ORIGINATINGSESSIONID_PARENT: dv::nav::ManyToOne<
            Self,
            ProcessSession,
        > = dv::nav::ManyToOne::at(2);
        /// Many-to-one `Team_ProcessSessions` to `team`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const TEAM_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(11);
        /// Many-to-one `Goal_ProcessSessions` to `goal`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const GOAL_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(12);
        /// Many-to-one `mailbox_processsessions` to `mailbox`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MAILBOX_PROCESSSESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(13);
        /// Many-to-one `TranslationProcess_ProcessSessions` to `translationprocess`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const TRANSLATION_PROCESS_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            14,
        );
        /// Many-to-one `SystemUser_ProcessSessions` to `systemuser`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SYSTEM_USER_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            15,
        );
        /// Many-to-one `BusinessUnit_ProcessSessions` to `businessunit`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const BUSINESS_UNIT_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            16,
        );
        /// Many-to-one `KbArticleComment_ProcessSessions` to `kbarticlecomment`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const KB_ARTICLE_COMMENT_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            17,
        );
        /// Many-to-one `lk_processsession_canceledby` to `systemuser`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const LK_PROCESSSESSION_CANCELEDBY: dv::Unresolved<Self> = dv::Unresolved::at(
            18,
        );
        /// Many-to-one `goalrollupquery_ProcessSessions` to `goalrollupquery`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const GOALROLLUPQUERY_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            19,
        );
        /// Many-to-one `rollupfield_ProcessSessions` to `rollupfield`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const ROLLUPFIELD_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            20,
        );
        /// Many-to-one `SharePointDocumentLocation_ProcessSessions` to `sharepointdocumentlocation`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SHARE_POINT_DOCUMENT_LOCATION_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            21,
        );
        /// Many-to-one `lk_processsession_startedby` to `systemuser`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const LK_PROCESSSESSION_STARTEDBY: dv::Unresolved<Self> = dv::Unresolved::at(
            22,
        );
        /// Many-to-one `Account_ProcessSessions` to `account`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const ACCOUNT_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            23,
        );
        /// Many-to-one `PhoneCall_ProcessSessions` to `phonecall`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const PHONE_CALL_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            24,
        );
        /// Many-to-one `slabase_ProcessSessions` to `sla`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SLABASE_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            25,
        );
        /// Many-to-one `lk_processsession_createdby` to `systemuser`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const LK_PROCESSSESSION_CREATEDBY: dv::Unresolved<Self> = dv::Unresolved::at(
            26,
        );
        /// Many-to-one `lk_processsessionbase_modifiedonbehalfby` to `systemuser`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const LK_PROCESSSESSIONBASE_MODIFIEDONBEHALFBY: dv::Unresolved<Self> = dv::Unresolved::at(
            27,
        );
        /// Many-to-one `Template_ProcessSessions` to `template`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const TEMPLATE_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            28,
        );
        /// Many-to-one `NewProcess_ProcessSessions` to `newprocess`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const NEW_PROCESS_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            29,
        );
        /// Many-to-one `Report_ProcessSessions` to `report`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const REPORT_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(30);
        /// Many-to-one `Owning_businessunit_processsessions` to `businessunit`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const OWNING_BUSINESSUNIT_PROCESSSESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            31,
        );
        /// Many-to-one `CustomerAddress_ProcessSessions` to `customeraddress`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const CUSTOMER_ADDRESS_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            32,
        );
        /// Many-to-one `Connection_ProcessSessions` to `connection`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const CONNECTION_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            33,
        );
        /// Many-to-one `lk_processsession_executedby` to `systemuser`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const LK_PROCESSSESSION_EXECUTEDBY: dv::Unresolved<Self> = dv::Unresolved::at(
            34,
        );
        /// Many-to-one `team_processsession` to `team`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const TEAM_PROCESSSESSION: dv::Unresolved<Self> = dv::Unresolved::at(35);
        /// Many-to-one `metric_ProcessSessions` to `metric`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const METRIC_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(36);
        /// Many-to-one `ExpiredProcess_ProcessSessions` to `expiredprocess`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const EXPIRED_PROCESS_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            37,
        );
        /// Many-to-one `KbArticle_ProcessSessions` to `kbarticle`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const KB_ARTICLE_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            38,
        );
        /// Many-to-one `SocialActivity_ProcessSessions` to `socialactivity`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SOCIAL_ACTIVITY_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            39,
        );
        /// Many-to-one `Task_ProcessSessions` to `task`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const TASK_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(40);
        /// Many-to-one `lk_processsession_processid` to `workflow`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const LK_PROCESSSESSION_PROCESSID: dv::Unresolved<Self> = dv::Unresolved::at(
            41,
        );
        /// Many-to-one `lk_processsession_modifiedby` to `systemuser`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const LK_PROCESSSESSION_MODIFIEDBY: dv::Unresolved<Self> = dv::Unresolved::at(
            42,
        );
        /// Many-to-one `ConnectionRole_ProcessSessions` to `connectionrole`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const CONNECTION_ROLE_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            43,
        );
        /// Many-to-one `TransactionCurrency_ProcessSessions` to `transactioncurrency`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const TRANSACTION_CURRENCY_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            44,
        );
        /// Many-to-one `Fax_ProcessSessions` to `fax`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const FAX_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(45);
        /// Many-to-one `KbArticleTemplate_ProcessSessions` to `kbarticletemplate`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const KB_ARTICLE_TEMPLATE_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            46,
        );
        /// Many-to-one `Letter_ProcessSessions` to `letter`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const LETTER_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(47);
        /// Many-to-one `RecurringAppointmentMaster_ProcessSessions` to `recurringappointmentmaster`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const RECURRING_APPOINTMENT_MASTER_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            48,
        );
        /// Many-to-one `Email_ProcessSessions` to `email`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const EMAIL_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(49);
        /// Many-to-one `lk_processsession_completedby` to `systemuser`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const LK_PROCESSSESSION_COMPLETEDBY: dv::Unresolved<Self> = dv::Unresolved::at(
            50,
        );
        /// Many-to-one `Contact_ProcessSessions` to `contact`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const CONTACT_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            51,
        );
        /// Many-to-one `Queue_ProcessSessions` to `queue`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const QUEUE_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(52);
        /// Many-to-one `lk_processsessionbase_createdonbehalfby` to `systemuser`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const LK_PROCESSSESSIONBASE_CREATEDONBEHALFBY: dv::Unresolved<Self> = dv::Unresolved::at(
            53,
        );
        /// Many-to-one `Subject_ProcessSessions` to `subject`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SUBJECT_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            54,
        );
        /// Many-to-one `SocialProfile_ProcessSessions` to `socialprofile`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SOCIAL_PROFILE_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            55,
        );
        /// Many-to-one `solutioncomponentattributeconfiguration_ProcessSession` to `solutioncomponentattributeconfiguration`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SOLUTIONCOMPONENTATTRIBUTECONFIGURATION_PROCESS_SESSION: dv::Unresolved<
            Self,
        > = dv::Unresolved::at(56);
        /// Many-to-one `solutioncomponentbatchconfiguration_ProcessSession` to `solutioncomponentbatchconfiguration`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SOLUTIONCOMPONENTBATCHCONFIGURATION_PROCESS_SESSION: dv::Unresolved<
            Self,
        > = dv::Unresolved::at(57);
        /// Many-to-one `solutioncomponentconfiguration_ProcessSession` to `solutioncomponentconfiguration`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SOLUTIONCOMPONENTCONFIGURATION_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            58,
        );
        /// Many-to-one `solutioncomponentrelationshipconfiguration_ProcessSession` to `solutioncomponentrelationshipconfiguration`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SOLUTIONCOMPONENTRELATIONSHIPCONFIGURATION_PROCESS_SESSION: dv::Unresolved<
            Self,
        > = dv::Unresolved::at(59);
        /// Many-to-one `package_ProcessSession` to `package`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const PACKAGE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(60);
        /// Many-to-one `stagesolutionupload_ProcessSession` to `stagesolutionupload`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const STAGESOLUTIONUPLOAD_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            61,
        );
        /// Many-to-one `exportsolutionupload_ProcessSession` to `exportsolutionupload`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const EXPORTSOLUTIONUPLOAD_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            62,
        );
        /// Many-to-one `featurecontrolsetting_ProcessSession` to `featurecontrolsetting`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const FEATURECONTROLSETTING_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            63,
        );
        /// Many-to-one `catalog_ProcessSession` to `catalog`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const CATALOG_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(64);
        /// Many-to-one `catalogassignment_ProcessSession` to `catalogassignment`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const CATALOGASSIGNMENT_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            65,
        );
        /// Many-to-one `customapi_ProcessSession` to `customapi`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const CUSTOMAPI_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            66,
        );
        /// Many-to-one `customapirequestparameter_ProcessSession` to `customapirequestparameter`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const CUSTOMAPIREQUESTPARAMETER_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            67,
        );
        /// Many-to-one `customapiresponseproperty_ProcessSession` to `customapiresponseproperty`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const CUSTOMAPIRESPONSEPROPERTY_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            68,
        );
        /// Many-to-one `provisionlanguageforuser_ProcessSession` to `provisionlanguageforuser`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const PROVISIONLANGUAGEFORUSER_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            69,
        );
        /// Many-to-one `datalakefolder_ProcessSession` to `datalakefolder`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const DATALAKEFOLDER_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            70,
        );
        /// Many-to-one `datalakefolderpermission_ProcessSession` to `datalakefolderpermission`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const DATALAKEFOLDERPERMISSION_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            71,
        );
        /// Many-to-one `datalakeworkspace_ProcessSession` to `datalakeworkspace`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const DATALAKEWORKSPACE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            72,
        );
        /// Many-to-one `datalakeworkspacepermission_ProcessSession` to `datalakeworkspacepermission`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const DATALAKEWORKSPACEPERMISSION_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            73,
        );
        /// Many-to-one `msdyn_dataflow_ProcessSession` to `msdyn_dataflow`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_DATAFLOW_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            74,
        );
        /// Many-to-one `serviceplan_ProcessSession` to `serviceplan`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SERVICEPLAN_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            75,
        );
        /// Many-to-one `serviceplanmapping_ProcessSession` to `serviceplanmapping`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const SERVICEPLANMAPPING_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            76,
        );
        /// Many-to-one `applicationuser_ProcessSession` to `applicationuser`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const APPLICATIONUSER_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            77,
        );
        /// Many-to-one `connector_ProcessSession` to `connector`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const CONNECTOR_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            78,
        );
        /// Many-to-one `environmentvariabledefinition_ProcessSession` to `environmentvariabledefinition`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const ENVIRONMENTVARIABLEDEFINITION_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            79,
        );
        /// Many-to-one `environmentvariablevalue_ProcessSession` to `environmentvariablevalue`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const ENVIRONMENTVARIABLEVALUE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            80,
        );
        /// Many-to-one `flowmachine_ProcessSession` to `flowmachine`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const FLOWMACHINE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            81,
        );
        /// Many-to-one `flowmachinegroup_ProcessSession` to `flowmachinegroup`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const FLOWMACHINEGROUP_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            82,
        );
        /// Many-to-one `processstageparameter_ProcessSession` to `processstageparameter`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const PROCESSSTAGEPARAMETER_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            83,
        );
        /// Many-to-one `workflowbinary_ProcessSession` to `workflowbinary`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const WORKFLOWBINARY_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            84,
        );
        /// Many-to-one `connectionreference_ProcessSession` to `connectionreference`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const CONNECTIONREFERENCE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            85,
        );
        /// Many-to-one `msdyn_aiconfiguration_ProcessSession` to `msdyn_aiconfiguration`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AICONFIGURATION_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            86,
        );
        /// Many-to-one `msdyn_aimodel_ProcessSession` to `msdyn_aimodel`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AIMODEL_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            87,
        );
        /// Many-to-one `msdyn_aitemplate_ProcessSession` to `msdyn_aitemplate`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AITEMPLATE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            88,
        );
        /// Many-to-one `msdyn_aifptrainingdocument_ProcessSession` to `msdyn_aifptrainingdocument`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AIFPTRAININGDOCUMENT_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            89,
        );
        /// Many-to-one `msdyn_aiodimage_ProcessSession` to `msdyn_aiodimage`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AIODIMAGE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            90,
        );
        /// Many-to-one `msdyn_aiodlabel_ProcessSession` to `msdyn_aiodlabel`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AIODLABEL_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            91,
        );
        /// Many-to-one `msdyn_aiodtrainingboundingbox_ProcessSession` to `msdyn_aiodtrainingboundingbox`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AIODTRAININGBOUNDINGBOX_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            92,
        );
        /// Many-to-one `msdyn_aiodtrainingimage_ProcessSession` to `msdyn_aiodtrainingimage`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AIODTRAININGIMAGE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            93,
        );
        /// Many-to-one `msdyn_aibdataset_ProcessSession` to `msdyn_aibdataset`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AIBDATASET_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            94,
        );
        /// Many-to-one `msdyn_aibdatasetfile_ProcessSession` to `msdyn_aibdatasetfile`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AIBDATASETFILE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            95,
        );
        /// Many-to-one `msdyn_aibdatasetrecord_ProcessSession` to `msdyn_aibdatasetrecord`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AIBDATASETRECORD_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            96,
        );
        /// Many-to-one `msdyn_aibdatasetscontainer_ProcessSession` to `msdyn_aibdatasetscontainer`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AIBDATASETSCONTAINER_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            97,
        );
        /// Many-to-one `msdyn_aibfile_ProcessSession` to `msdyn_aibfile`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AIBFILE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            98,
        );
        /// Many-to-one `msdyn_aibfileattacheddata_ProcessSession` to `msdyn_aibfileattacheddata`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_AIBFILEATTACHEDDATA_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            99,
        );
        /// Many-to-one `msdyn_helppage_ProcessSession` to `msdyn_helppage`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_HELPPAGE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            100,
        );
        /// Many-to-one `msdyn_tour_ProcessSession` to `msdyn_tour`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_TOUR_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            101,
        );
        /// Many-to-one `msdynce_botcontent_ProcessSession` to `msdynce_botcontent`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYNCE_BOTCONTENT_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            102,
        );
        /// Many-to-one `conversationtranscript_ProcessSession` to `conversationtranscript`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const CONVERSATIONTRANSCRIPT_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            103,
        );
        /// Many-to-one `bot_ProcessSession` to `bot`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const BOT_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(104);
        /// Many-to-one `botcomponent_ProcessSession` to `botcomponent`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const BOTCOMPONENT_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            105,
        );
        /// Many-to-one `Territory_ProcessSessions` to `territory`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const TERRITORY_PROCESS_SESSIONS: dv::Unresolved<Self> = dv::Unresolved::at(
            106,
        );
        /// Many-to-one `activityfileattachment_ProcessSession` to `activityfileattachment`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const ACTIVITYFILEATTACHMENT_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            107,
        );
        /// Many-to-one `msdyn_serviceconfiguration_ProcessSession` to `msdyn_serviceconfiguration`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_SERVICECONFIGURATION_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            108,
        );
        /// Many-to-one `msdyn_slakpi_ProcessSession` to `msdyn_slakpi`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_SLAKPI_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            109,
        );
        /// Many-to-one `msdyn_federatedarticle_ProcessSession` to `msdyn_federatedarticle`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_FEDERATEDARTICLE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            110,
        );
        /// Many-to-one `msdyn_federatedarticleincident_ProcessSession` to `msdyn_federatedarticleincident`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_FEDERATEDARTICLEINCIDENT_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            111,
        );
        /// Many-to-one `msdyn_kmfederatedsearchconfig_ProcessSession` to `msdyn_kmfederatedsearchconfig`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_KMFEDERATEDSEARCHCONFIG_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            112,
        );
        /// Many-to-one `msdyn_knowledgearticleimage_ProcessSession` to `msdyn_knowledgearticleimage`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_KNOWLEDGEARTICLEIMAGE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            113,
        );
        /// Many-to-one `msdyn_knowledgeinteractioninsight_ProcessSession` to `msdyn_knowledgeinteractioninsight`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_KNOWLEDGEINTERACTIONINSIGHT_PROCESS_SESSION: dv::Unresolved<
            Self,
        > = dv::Unresolved::at(114);
        /// Many-to-one `msdyn_knowledgesearchinsight_ProcessSession` to `msdyn_knowledgesearchinsight`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_KNOWLEDGESEARCHINSIGHT_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            115,
        );
        /// Many-to-one `msdyn_kalanguagesetting_ProcessSession` to `msdyn_kalanguagesetting`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_KALANGUAGESETTING_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            116,
        );
        /// Many-to-one `msdyn_kbattachment_ProcessSession` to `msdyn_kbattachment`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_KBATTACHMENT_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            117,
        );
        /// Many-to-one `msdyn_kmpersonalizationsetting_ProcessSession` to `msdyn_kmpersonalizationsetting`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_KMPERSONALIZATIONSETTING_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            118,
        );
        /// Many-to-one `msdyn_knowledgearticletemplate_ProcessSession` to `msdyn_knowledgearticletemplate`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_KNOWLEDGEARTICLETEMPLATE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            119,
        );
        /// Many-to-one `msdyn_knowledgepersonalfilter_ProcessSession` to `msdyn_knowledgepersonalfilter`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_KNOWLEDGEPERSONALFILTER_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            120,
        );
        /// Many-to-one `msdyn_knowledgesearchfilter_ProcessSession` to `msdyn_knowledgesearchfilter`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_KNOWLEDGESEARCHFILTER_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            121,
        );
        /// Many-to-one `keyvaultreference_ProcessSession` to `keyvaultreference`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const KEYVAULTREFERENCE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            122,
        );
        /// Many-to-one `managedidentity_ProcessSession` to `managedidentity`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MANAGEDIDENTITY_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            123,
        );
        /// Many-to-one `virtualentitymetadata_ProcessSession` to `virtualentitymetadata`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const VIRTUALENTITYMETADATA_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            124,
        );
        /// Many-to-one `organizationdatasyncsubscription_ProcessSession` to `organizationdatasyncsubscription`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const ORGANIZATIONDATASYNCSUBSCRIPTION_PROCESS_SESSION: dv::Unresolved<
            Self,
        > = dv::Unresolved::at(125);
        /// Many-to-one `organizationdatasyncsubscriptionentity_ProcessSession` to `organizationdatasyncsubscriptionentity`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const ORGANIZATIONDATASYNCSUBSCRIPTIONENTITY_PROCESS_SESSION: dv::Unresolved<
            Self,
        > = dv::Unresolved::at(126);
        /// Many-to-one `appaction_ProcessSession` to `appaction`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const APPACTION_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            127,
        );
        /// Many-to-one `msdyn_richtextfile_ProcessSession` to `msdyn_richtextfile`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_RICHTEXTFILE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            128,
        );
        /// Many-to-one `msdyn_pminferredtask_ProcessSession` to `msdyn_pminferredtask`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_PMINFERREDTASK_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            129,
        );
        /// Many-to-one `msdyn_pmrecording_ProcessSession` to `msdyn_pmrecording`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_PMRECORDING_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            130,
        );
        /// Many-to-one `msdyn_analysiscomponent_ProcessSession` to `msdyn_analysiscomponent`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_ANALYSISCOMPONENT_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            131,
        );
        /// Many-to-one `msdyn_analysisjob_ProcessSession` to `msdyn_analysisjob`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_ANALYSISJOB_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            132,
        );
        /// Many-to-one `msdyn_analysisresult_ProcessSession` to `msdyn_analysisresult`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_ANALYSISRESULT_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            133,
        );
        /// Many-to-one `msdyn_analysisresultdetail_ProcessSession` to `msdyn_analysisresultdetail`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_ANALYSISRESULTDETAIL_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            134,
        );
        /// Many-to-one `msdyn_solutionhealthrule_ProcessSession` to `msdyn_solutionhealthrule`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_SOLUTIONHEALTHRULE_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            135,
        );
        /// Many-to-one `msdyn_solutionhealthruleargument_ProcessSession` to `msdyn_solutionhealthruleargument`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_SOLUTIONHEALTHRULEARGUMENT_PROCESS_SESSION: dv::Unresolved<
            Self,
        > = dv::Unresolved::at(136);
        /// Many-to-one `msdyn_solutionhealthruleset_ProcessSession` to `msdyn_solutionhealthruleset`; [unresolved](dv::Unresolved): neither the page nor a table generated alongside names its lookup.
        pub const MSDYN_SOLUTIONHEALTHRULESET_PROCESS_SESSION: dv::Unresolved<Self> = dv::Unresolved::at(
            137,
        );
    }
    impl dv::Entity for ProcessSession {
        const TABLE: &'static dv::TableMeta = &PROCESSSESSION_META;
        fn values(
            &self,
        ) -> ::std::vec::Vec<(&'static dv::ColumnMeta, dv::FieldValue<'_>)> {
            let mut values = dv::entity::Values::new(&PROCESSSESSION_META);
            values.push_option(0, &self.activity_name);
            values.push_option(1, &self.canceled_on);
            values.push_option(2, &self.comments);
            values.push_option(3, &self.completed_on);
            values.push_option(4, &self.error_code);
            values.push_option(5, &self.executed_by);
            values.push_option(6, &self.input_arguments);
            values.push_option(7, &self.name);
            values.push_option(8, &self.next_linked_session_id);
            values.push_option(9, &self.originating_session_id);
            values.push_option(10, &self.owner_id);
            values.push_option(11, &self.owner_id_type);
            values.push_option(12, &self.previous_linked_session_id);
            values.push_option(13, &self.process_id);
            values.push_option(14, &self.process_session_id);
            values.push_option(15, &self.process_stage_name);
            values.push_option(16, &self.process_state);
            values.push_option(17, &self.regarding_object_id);
            values.push_option(18, &self.regarding_object_id_name);
            values.push_option(19, &self.regarding_object_id_yomi_name);
            values.push_option(20, &self.regarding_object_type_code);
            values.push_option(21, &self.started_on);
            values.push_option(22, &self.state_code);
            values.push_option(23, &self.status_code);
            values.push_option(24, &self.step_name);
            values.push_option(25, &self.canceled_by);
            values.push_option(26, &self.canceled_by_name);
            values.push_option(27, &self.canceled_by_yomi_name);
            values.push_option(28, &self.completed_by);
            values.push_option(29, &self.completed_by_name);
            values.push_option(30, &self.completed_by_yomi_name);
            values.push_option(31, &self.created_by);
            values.push_option(32, &self.created_by_name);
            values.push_option(33, &self.created_by_yomi_name);
            values.push_option(34, &self.created_on);
            values.push_option(35, &self.created_on_behalf_by);
            values.push_option(36, &self.created_on_behalf_by_name);
            values.push_option(37, &self.created_on_behalf_by_yomi_name);
            values.push_option(38, &self.executed_by_name);
            values.push_option(39, &self.executed_by_yomi_name);
            values.push_option(40, &self.executed_on);
            values.push_option(41, &self.modified_by);
            values.push_option(42, &self.modified_by_name);
            values.push_option(43, &self.modified_by_yomi_name);
            values.push_option(44, &self.modified_on);
            values.push_option(45, &self.modified_on_behalf_by);
            values.push_option(46, &self.modified_on_behalf_by_name);
            values.push_option(47, &self.modified_on_behalf_by_yomi_name);
            values.push_option(48, &self.next_linked_session_id_name);
            values.push_option(49, &self.originating_session_id_name);
            values.push_option(50, &self.owner_id_name);
            values.push_option(51, &self.owner_id_yomi_name);
            values.push_option(52, &self.owning_business_unit);
            values.push_option(53, &self.owning_team);
            values.push_option(54, &self.owning_user);
            values.push_option(55, &self.previous_linked_session_id_name);
            values.push_option(56, &self.process_id_name);
            values.push_option(57, &self.protection_key);
            values.push_option(58, &self.started_by);
            values.push_option(59, &self.started_by_name);
            values.push_option(60, &self.started_by_yomi_name);
            values.into_vec()
        }
        fn from_record(
            record: &dv::Record<'_>,
        ) -> ::std::result::Result<Self, dv::DecodeError> {
            let columns = PROCESSSESSION_META.columns;
            ::std::result::Result::Ok(ProcessSession {
                activity_name: dv::Field::decode(record, &columns[0])?,
                canceled_on: dv::Field::decode(record, &columns[1])?,
                comments: dv::Field::decode(record, &columns[2])?,
                completed_on: dv::Field::decode(record, &columns[3])?,
                error_code: dv::Field::decode(record, &columns[4])?,
                executed_by: dv::Field::decode(record, &columns[5])?,
                input_arguments: dv::Field::decode(record, &columns[6])?,
                name: dv::Field::decode(record, &columns[7])?,
                next_linked_session_id: dv::Field::decode(record, &columns[8])?,
                originating_session_id: dv::Field::decode(record, &columns[9])?,
                owner_id: dv::Field::decode(record, &columns[10])?,
                owner_id_type: dv::Field::decode(record, &columns[11])?,
                previous_linked_session_id: dv::Field::decode(record, &columns[12])?,
                process_id: dv::Field::decode(record, &columns[13])?,
                process_session_id: dv::Field::decode(record, &columns[14])?,
                process_stage_name: dv::Field::decode(record, &columns[15])?,
                process_state: dv::Field::decode(record, &columns[16])?,
                regarding_object_id: dv::Field::decode(record, &columns[17])?,
                regarding_object_id_name: dv::Field::decode(record, &columns[18])?,
                regarding_object_id_yomi_name: dv::Field::decode(record, &columns[19])?,
                regarding_object_type_code: dv::Field::decode(record, &columns[20])?,
                started_on: dv::Field::decode(record, &columns[21])?,
                state_code: dv::Field::decode(record, &columns[22])?,
                status_code: dv::Field::decode(record, &columns[23])?,
                step_name: dv::Field::decode(record, &columns[24])?,
                canceled_by: dv::Field::decode(record, &columns[25])?,
                canceled_by_name: dv::Field::decode(record, &columns[26])?,
                canceled_by_yomi_name: dv::Field::decode(record, &columns[27])?,
                completed_by: dv::Field::decode(record, &columns[28])?,
                completed_by_name: dv::Field::decode(record, &columns[29])?,
                completed_by_yomi_name: dv::Field::decode(record, &columns[30])?,
                created_by: dv::Field::decode(record, &columns[31])?,
                created_by_name: dv::Field::decode(record, &columns[32])?,
                created_by_yomi_name: dv::Field::decode(record, &columns[33])?,
                created_on: dv::Field::decode(record, &columns[34])?,
                created_on_behalf_by: dv::Field::decode(record, &columns[35])?,
                created_on_behalf_by_name: dv::Field::decode(record, &columns[36])?,
                created_on_behalf_by_yomi_name: dv::Field::decode(record, &columns[37])?,
                executed_by_name: dv::Field::decode(record, &columns[38])?,
                executed_by_yomi_name: dv::Field::decode(record, &columns[39])?,
                executed_on: dv::Field::decode(record, &columns[40])?,
                modified_by: dv::Field::decode(record, &columns[41])?,
                modified_by_name: dv::Field::decode(record, &columns[42])?,
                modified_by_yomi_name: dv::Field::decode(record, &columns[43])?,
                modified_on: dv::Field::decode(record, &columns[44])?,
                modified_on_behalf_by: dv::Field::decode(record, &columns[45])?,
                modified_on_behalf_by_name: dv::Field::decode(record, &columns[46])?,
                modified_on_behalf_by_yomi_name: dv::Field::decode(
                    record,
                    &columns[47],
                )?,
                next_linked_session_id_name: dv::Field::decode(record, &columns[48])?,
                originating_session_id_name: dv::Field::decode(record, &columns[49])?,
                owner_id_name: dv::Field::decode(record, &columns[50])?,
                owner_id_yomi_name: dv::Field::decode(record, &columns[51])?,
                owning_business_unit: dv::Field::decode(record, &columns[52])?,
                owning_team: dv::Field::decode(record, &columns[53])?,
                owning_user: dv::Field::decode(record, &columns[54])?,
                previous_linked_session_id_name: dv::Field::decode(
                    record,
                    &columns[55],
                )?,
                process_id_name: dv::Field::decode(record, &columns[56])?,
                protection_key: dv::Field::decode(record, &columns[57])?,
                started_by: dv::Field::decode(record, &columns[58])?,
                started_by_name: dv::Field::decode(record, &columns[59])?,
                started_by_yomi_name: dv::Field::decode(record, &columns[60])?,
            })
        }
    }
    /// Status choices of column `statecode` of `processsession`.
    ///
    /// Values that are not options decode as the unknown variant and fail validation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ProcessSessionStateCode {
        /// Incomplete (`0`). Default status `1`.
        Incomplete,
        /// Complete (`1`). Default status `2`.
        Complete,
        /// A value that was not an option when this code was generated
        /// (organisations add options). Validation reports it.
        Unknown(i32),
    }
    impl dv::Choice for ProcessSessionStateCode {
        fn value(self) -> i32 {
            match self {
                ProcessSessionStateCode::Incomplete => 0,
                ProcessSessionStateCode::Complete => 1,
                ProcessSessionStateCode::Unknown(value) => value,
            }
        }
        fn from_value(value: i32) -> Self {
            match value {
                0 => ProcessSessionStateCode::Incomplete,
                1 => ProcessSessionStateCode::Complete,
                other => ProcessSessionStateCode::Unknown(other),
            }
        }
        fn label(self) -> Option<&'static str> {
            match self {
                ProcessSessionStateCode::Incomplete => Some("Incomplete"),
                ProcessSessionStateCode::Complete => Some("Complete"),
                ProcessSessionStateCode::Unknown(_) => None,
            }
        }
    }
    impl ProcessSessionStateCode {
        /// The default Status (statuscode) of this state.
        pub fn default_status(self) -> Option<ProcessSessionStatusCode> {
            match self {
                ProcessSessionStateCode::Incomplete => {
                    Some(ProcessSessionStatusCode::NotStarted)
                }
                ProcessSessionStateCode::Complete => {
                    Some(ProcessSessionStatusCode::InProgress)
                }
                _ => None,
            }
        }
    }
    /// Status Reason choices of column `statuscode` of `processsession`.
    ///
    /// Values that are not options decode as the unknown variant and fail validation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ProcessSessionStatusCode {
        /// Not Started (`1`). State `0`.
        NotStarted,
        /// In Progress (`2`). State `0`.
        InProgress,
        /// Paused (`3`). State `0`.
        Paused,
        /// Completed (`4`). State `1`.
        Completed,
        /// Canceled (`5`). State `1`.
        Canceled,
        /// Failed (`6`). State `1`.
        Failed,
        /// A value that was not an option when this code was generated
        /// (organisations add options). Validation reports it.
        Unknown(i32),
    }
    impl dv::Choice for ProcessSessionStatusCode {
        fn value(self) -> i32 {
            match self {
                ProcessSessionStatusCode::NotStarted => 1,
                ProcessSessionStatusCode::InProgress => 2,
                ProcessSessionStatusCode::Paused => 3,
                ProcessSessionStatusCode::Completed => 4,
                ProcessSessionStatusCode::Canceled => 5,
                ProcessSessionStatusCode::Failed => 6,
                ProcessSessionStatusCode::Unknown(value) => value,
            }
        }
        fn from_value(value: i32) -> Self {
            match value {
                1 => ProcessSessionStatusCode::NotStarted,
                2 => ProcessSessionStatusCode::InProgress,
                3 => ProcessSessionStatusCode::Paused,
                4 => ProcessSessionStatusCode::Completed,
                5 => ProcessSessionStatusCode::Canceled,
                6 => ProcessSessionStatusCode::Failed,
                other => ProcessSessionStatusCode::Unknown(other),
            }
        }
        fn label(self) -> Option<&'static str> {
            match self {
                ProcessSessionStatusCode::NotStarted => Some("Not Started"),
                ProcessSessionStatusCode::InProgress => Some("In Progress"),
                ProcessSessionStatusCode::Paused => Some("Paused"),
                ProcessSessionStatusCode::Completed => Some("Completed"),
                ProcessSessionStatusCode::Canceled => Some("Canceled"),
                ProcessSessionStatusCode::Failed => Some("Failed"),
                ProcessSessionStatusCode::Unknown(_) => None,
            }
        }
    }
    impl ProcessSessionStatusCode {
        /// The State (statecode) this status reason belongs to.
        pub fn state(self) -> Option<ProcessSessionStateCode> {
            match self {
                ProcessSessionStatusCode::NotStarted => {
                    Some(ProcessSessionStateCode::Incomplete)
                }
                ProcessSessionStatusCode::InProgress => {
                    Some(ProcessSessionStateCode::Incomplete)
                }
                ProcessSessionStatusCode::Paused => {
                    Some(ProcessSessionStateCode::Incomplete)
                }
                ProcessSessionStatusCode::Completed => {
                    Some(ProcessSessionStateCode::Complete)
                }
                ProcessSessionStatusCode::Canceled => {
                    Some(ProcessSessionStateCode::Complete)
                }
                ProcessSessionStatusCode::Failed => {
                    Some(ProcessSessionStateCode::Complete)
                }
                _ => None,
            }
        }
    }
    /// Metadata of the `processsession` table: columns, rules and relationships, read by the runtime.
    pub static PROCESSSESSION_META: dv::TableMeta = dv::TableMeta {
        logical_name: "processsession",
        schema_name: "ProcessSession",
        entity_set_name: "processsessions",
        primary_id_attribute: "processsessionid",
        primary_name_attribute: Some("name"),
        columns: &[
            dv::ColumnMeta::new(
                    "activityname",
                    "ActivityName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(256),
            dv::ColumnMeta::new(
                    "canceledon",
                    "CanceledOn",
                    "DateTime",
                    dv::ColumnKind::DateTime,
                )
                .valid_for_create(false),
            dv::ColumnMeta::new("comments", "Comments", "Memo", dv::ColumnKind::Text)
                .max_length(2000),
            dv::ColumnMeta::new(
                    "completedon",
                    "CompletedOn",
                    "DateTime",
                    dv::ColumnKind::DateTime,
                )
                .valid_for_create(false),
            dv::ColumnMeta::new(
                    "errorcode",
                    "ErrorCode",
                    "Integer",
                    dv::ColumnKind::Integer,
                )
                .min_value("-2147483648")
                .max_value("2147483647"),
            dv::ColumnMeta::new(
                    "executedby",
                    "ExecutedBy",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .targets(
                    &[
                        dv::meta::Target::new("systemuser", "systemusers", "executedby")
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "inputarguments",
                    "InputArguments",
                    "Memo",
                    dv::ColumnKind::Text,
                )
                .valid_for_update(false)
                .max_length(1073741823),
            dv::ColumnMeta::new("name", "Name", "String", dv::ColumnKind::Text)
                .max_length(256),
            dv::ColumnMeta::new(
                    "nextlinkedsessionid",
                    "NextLinkedSessionId",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .targets(
                    &[
                        dv::meta::Target::new(
                                "processsession",
                                "processsessions",
                                "nextlinkedsessionid",
                            )
                            .navigation_property_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "originatingsessionid",
                    "OriginatingSessionId",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new(
                                "processsession",
                                "processsessions",
                                "originatingsessionid",
                            )
                            .navigation_property_assumed(),
                    ],
                ),
            dv::ColumnMeta::new("ownerid", "OwnerId", "Owner", dv::ColumnKind::Lookup)
                .required_level(dv::meta::RequiredLevel::SystemRequired)
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
                .type_of("ownerid"),
            dv::ColumnMeta::new(
                    "previouslinkedsessionid",
                    "PreviousLinkedSessionId",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new(
                                "processsession",
                                "processsessions",
                                "previouslinkedsessionid",
                            )
                            .navigation_property_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "processid",
                    "ProcessId",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new("workflow", "workflows", "processid")
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "processsessionid",
                    "ProcessSessionId",
                    "Uniqueidentifier",
                    dv::ColumnKind::Uniqueidentifier,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .valid_for_update(false),
            dv::ColumnMeta::new(
                    "processstagename",
                    "ProcessStageName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(256),
            dv::ColumnMeta::new(
                    "processstate",
                    "ProcessState",
                    "String",
                    dv::ColumnKind::Text,
                )
                .max_length(1073741823),
            dv::ColumnMeta::new(
                    "regardingobjectid",
                    "RegardingObjectId",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::without_navigation_property(
                                "account",
                                "accounts",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "activityfileattachment",
                                "activityfileattachments",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "annotation",
                                "annotations",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "appaction",
                                "appactions",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "appelement",
                                "appelements",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "applicationuser",
                                "applicationusers",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "appmodulecomponentedge",
                                "appmodulecomponentedges",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "appmodulecomponentnode",
                                "appmodulecomponentnodes",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "appointment",
                                "appointments",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "appsetting",
                                "appsettings",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "appusersetting",
                                "appusersettings",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property("bot", "bots")
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "botcomponent",
                                "botcomponents",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "businessunit",
                                "businessunits",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "businessunitnewsarticle",
                                "businessunitnewsarticles",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "canvasappextendedmetadata",
                                "canvasappextendedmetadatas",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "cascadegrantrevokeaccessrecordstracker",
                                "cascadegrantrevokeaccessrecordstrackers",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "cascadegrantrevokeaccessversiontracker",
                                "cascadegrantrevokeaccessversiontrackers",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "catalog",
                                "catalogs",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "catalogassignment",
                                "catalogassignments",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "channelaccessprofile",
                                "channelaccessprofiles",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "channelaccessprofilerule",
                                "channelaccessprofilerules",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "comment",
                                "comments",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "connection",
                                "connections",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "connectionreference",
                                "connectionreferences",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "connectionrole",
                                "connectionroles",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "connector",
                                "connectors",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "contact",
                                "contacts",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "conversationtranscript",
                                "conversationtranscripts",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "convertrule",
                                "convertrules",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "customapi",
                                "customapis",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "customapirequestparameter",
                                "customapirequestparameters",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "customapiresponseproperty",
                                "customapiresponseproperties",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "customeraddress",
                                "customeraddresses",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "customerrelationship",
                                "customerrelationships",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "datalakefolder",
                                "datalakefolders",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "datalakefolderpermission",
                                "datalakefolderpermissions",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "datalakeworkspace",
                                "datalakeworkspaces",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "datalakeworkspacepermission",
                                "datalakeworkspacepermissions",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property("email", "emails")
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "environmentvariabledefinition",
                                "environmentvariabledefinitions",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "environmentvariablevalue",
                                "environmentvariablevalues",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "expiredprocess",
                                "expiredprocesses",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "exportsolutionupload",
                                "exportsolutionuploads",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "externalparty",
                                "externalparties",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "externalpartyitem",
                                "externalpartyitems",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property("fax", "faxes")
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "featurecontrolsetting",
                                "featurecontrolsettings",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "flowmachine",
                                "flowmachines",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "flowmachinegroup",
                                "flowmachinegroups",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property("goal", "goals")
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "goalrollupquery",
                                "goalrollupqueries",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "holidaywrapper",
                                "holidaywrappers",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "internalcatalogassignment",
                                "internalcatalogassignments",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "kbarticle",
                                "kbarticles",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "kbarticlecomment",
                                "kbarticlecomments",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "kbarticletemplate",
                                "kbarticletemplates",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "keyvaultreference",
                                "keyvaultreferences",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "knowledgearticle",
                                "knowledgearticles",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "knowledgebaserecord",
                                "knowledgebaserecords",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "letter",
                                "letters",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "mailbox",
                                "mailboxes",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "mailmergetemplate",
                                "mailmergetemplates",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "managedidentity",
                                "managedidentities",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "metric",
                                "metrics",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdynce_botcontent",
                                "msdynce_botcontents",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aibdataset",
                                "msdyn_aibdatasets",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aibdatasetfile",
                                "msdyn_aibdatasetfiles",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aibdatasetrecord",
                                "msdyn_aibdatasetrecords",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aibdatasetscontainer",
                                "msdyn_aibdatasetscontainers",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aibfile",
                                "msdyn_aibfiles",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aibfileattacheddata",
                                "msdyn_aibfileattacheddatas",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aiconfiguration",
                                "msdyn_aiconfigurations",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aifptrainingdocument",
                                "msdyn_aifptrainingdocuments",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aimodel",
                                "msdyn_aimodels",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aiodimage",
                                "msdyn_aiodimages",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aiodlabel",
                                "msdyn_aiodlabels",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aiodtrainingboundingbox",
                                "msdyn_aiodtrainingboundingboxes",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aiodtrainingimage",
                                "msdyn_aiodtrainingimages",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_aitemplate",
                                "msdyn_aitemplates",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_analysiscomponent",
                                "msdyn_analysiscomponents",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_analysisjob",
                                "msdyn_analysisjobs",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_analysisresult",
                                "msdyn_analysisresults",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_analysisresultdetail",
                                "msdyn_analysisresultdetails",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_dataflow",
                                "msdyn_dataflows",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_federatedarticle",
                                "msdyn_federatedarticles",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_federatedarticleincident",
                                "msdyn_federatedarticleincidents",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_helppage",
                                "msdyn_helppages",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_kalanguagesetting",
                                "msdyn_kalanguagesettings",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_kbattachment",
                                "msdyn_kbattachments",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_kmfederatedsearchconfig",
                                "msdyn_kmfederatedsearchconfigs",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_kmpersonalizationsetting",
                                "msdyn_kmpersonalizationsettings",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_knowledgearticleimage",
                                "msdyn_knowledgearticleimages",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_knowledgearticletemplate",
                                "msdyn_knowledgearticletemplates",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_knowledgeinteractioninsight",
                                "msdyn_knowledgeinteractioninsights",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_knowledgepersonalfilter",
                                "msdyn_knowledgepersonalfilters",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_knowledgesearchfilter",
                                "msdyn_knowledgesearchfilters",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_knowledgesearchinsight",
                                "msdyn_knowledgesearchinsights",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_pminferredtask",
                                "msdyn_pminferredtasks",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_pmrecording",
                                "msdyn_pmrecordings",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_richtextfile",
                                "msdyn_richtextfiles",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_serviceconfiguration",
                                "msdyn_serviceconfigurations",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_slakpi",
                                "msdyn_slakpis",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_solutionhealthrule",
                                "msdyn_solutionhealthrules",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_solutionhealthruleargument",
                                "msdyn_solutionhealthrulearguments",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_solutionhealthruleset",
                                "msdyn_solutionhealthrulesets",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "msdyn_tour",
                                "msdyn_tours",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "newprocess",
                                "newprocesses",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "organizationdatasyncsubscription",
                                "organizationdatasyncsubscriptions",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "organizationdatasyncsubscriptionentity",
                                "organizationdatasyncsubscriptionentities",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "organizationsetting",
                                "organizationsettings",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "package",
                                "packages",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "pdfsetting",
                                "pdfsettings",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "phonecall",
                                "phonecalls",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "position",
                                "positions",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "processstageparameter",
                                "processstageparameters",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "provisionlanguageforuser",
                                "provisionlanguageforusers",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property("queue", "queues")
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "queueitem",
                                "queueitems",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "recurringappointmentmaster",
                                "recurringappointmentmasters",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "relationshiprole",
                                "relationshiproles",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "report",
                                "reports",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "revokeinheritedaccessrecordstracker",
                                "revokeinheritedaccessrecordstrackers",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "rollupfield",
                                "rollupfields",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "routingrule",
                                "routingrules",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "routingruleitem",
                                "routingruleitems",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "serviceplan",
                                "serviceplans",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "serviceplanmapping",
                                "serviceplanmappings",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "settingdefinition",
                                "settingdefinitions",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "sharepointdocumentlocation",
                                "sharepointdocumentlocations",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "sharepointsite",
                                "sharepointsites",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property("sla", "slas")
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "socialactivity",
                                "socialactivities",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "socialprofile",
                                "socialprofiles",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "solutioncomponentattributeconfiguration",
                                "solutioncomponentattributeconfigurations",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "solutioncomponentbatchconfiguration",
                                "solutioncomponentbatchconfigurations",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "solutioncomponentconfiguration",
                                "solutioncomponentconfigurations",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "solutioncomponentrelationshipconfiguration",
                                "solutioncomponentrelationshipconfigurations",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "stagesolutionupload",
                                "stagesolutionuploads",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "subject",
                                "subjects",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "systemuser",
                                "systemusers",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "systemuserauthorizationchangetracker",
                                "systemuserauthorizationchangetrackers",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property("task", "tasks")
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property("team", "teams")
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "teammobileofflineprofilemembership",
                                "teammobileofflineprofilememberships",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "template",
                                "templates",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "territory",
                                "territories",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property("theme", "themes")
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "transactioncurrency",
                                "transactioncurrencies",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "translationprocess",
                                "translationprocesses",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "usermapping",
                                "usermappings",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "usermobileofflineprofilemembership",
                                "usermobileofflineprofilememberships",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "virtualentitymetadata",
                                "virtualentitymetadatas",
                            )
                            .entity_set_assumed(),
                        dv::meta::Target::without_navigation_property(
                                "workflowbinary",
                                "workflowbinaries",
                            )
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "regardingobjectidname",
                    "RegardingObjectIdName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_update(false)
                .max_length(800),
            dv::ColumnMeta::new(
                    "regardingobjectidyominame",
                    "RegardingObjectIdYomiName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_update(false)
                .max_length(800),
            dv::ColumnMeta::new(
                    "regardingobjecttypecode",
                    "RegardingObjectTypeCode",
                    "EntityName",
                    dv::ColumnKind::Text,
                )
                .valid_for_update(false)
                .type_of("regardingobjectid"),
            dv::ColumnMeta::new(
                    "startedon",
                    "StartedOn",
                    "DateTime",
                    dv::ColumnKind::DateTime,
                )
                .valid_for_update(false),
            dv::ColumnMeta::new("statecode", "StateCode", "State", dv::ColumnKind::State)
                .required_level(dv::meta::RequiredLevel::SystemRequired)
                .valid_for_create(false)
                .options(
                    &[
                        dv::meta::OptionMeta::new(0, "Incomplete").default_status(1),
                        dv::meta::OptionMeta::new(1, "Complete").default_status(2),
                    ],
                ),
            dv::ColumnMeta::new(
                    "statuscode",
                    "StatusCode",
                    "Status",
                    dv::ColumnKind::Status,
                )
                .options(
                    &[
                        dv::meta::OptionMeta::new(1, "Not Started").state(0),
                        dv::meta::OptionMeta::new(2, "In Progress").state(0),
                        dv::meta::OptionMeta::new(3, "Paused").state(0),
                        dv::meta::OptionMeta::new(4, "Completed").state(1),
                        dv::meta::OptionMeta::new(5, "Canceled").state(1),
                        dv::meta::OptionMeta::new(6, "Failed").state(1),
                    ],
                ),
            dv::ColumnMeta::new("stepname", "StepName", "String", dv::ColumnKind::Text)
                .max_length(256),
            dv::ColumnMeta::new(
                    "canceledby",
                    "CanceledBy",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new("systemuser", "systemusers", "canceledby")
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "canceledbyname",
                    "CanceledByName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "canceledbyyominame",
                    "CanceledByYomiName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "completedby",
                    "CompletedBy",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new("systemuser", "systemusers", "completedby")
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "completedbyname",
                    "CompletedByName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "completedbyyominame",
                    "CompletedByYomiName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
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
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "createdbyname",
                    "CreatedByName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "createdbyyominame",
                    "CreatedByYomiName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
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
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "createdonbehalfbyname",
                    "CreatedOnBehalfByName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "createdonbehalfbyyominame",
                    "CreatedOnBehalfByYomiName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "executedbyname",
                    "ExecutedByName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "executedbyyominame",
                    "ExecutedByYomiName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "executedon",
                    "ExecutedOn",
                    "DateTime",
                    dv::ColumnKind::DateTime,
                )
                .valid_for_create(false)
                .valid_for_update(false),
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
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "modifiedbyname",
                    "ModifiedByName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "modifiedbyyominame",
                    "ModifiedByYomiName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
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
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "modifiedonbehalfbyname",
                    "ModifiedOnBehalfByName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "modifiedonbehalfbyyominame",
                    "ModifiedOnBehalfByYomiName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "nextlinkedsessionidname",
                    "NextLinkedSessionIdName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "originatingsessionidname",
                    "OriginatingSessionIdName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
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
                            .navigation_property_assumed()
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
                            .navigation_property_assumed()
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
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "previouslinkedsessionidname",
                    "PreviousLinkedSessionIdName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "processidname",
                    "ProcessIdName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(160),
            dv::ColumnMeta::new(
                    "protectionkey",
                    "ProtectionKey",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(256),
            dv::ColumnMeta::new(
                    "startedby",
                    "StartedBy",
                    "Lookup",
                    dv::ColumnKind::Lookup,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .targets(
                    &[
                        dv::meta::Target::new("systemuser", "systemusers", "startedby")
                            .navigation_property_assumed()
                            .entity_set_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "startedbyname",
                    "StartedByName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
            dv::ColumnMeta::new(
                    "startedbyyominame",
                    "StartedByYomiName",
                    "String",
                    dv::ColumnKind::Text,
                )
                .valid_for_create(false)
                .valid_for_update(false)
                .max_length(100),
        ],
        one_to_many: &[
            dv::meta::OneToManyMeta::new(
                    "lk_workflowlog_processsession",
                    "workflowlog",
                    "lk_workflowlog_processsession",
                )
                .referencing_attribute("asyncoperationid"),
            dv::meta::OneToManyMeta::new(
                    "lk_workflowlog_processsession_childworkflow",
                    "workflowlog",
                    "lk_workflowlog_processsession_childworkflow",
                )
                .referencing_attribute("childworkflowinstanceid"),
            dv::meta::OneToManyMeta::new(
                    "lk_processsession_previouslinkedsessionid",
                    "processsession",
                    "lk_processsession_previouslinkedsessionid",
                )
                .referencing_attribute("previouslinkedsessionid"),
            dv::meta::OneToManyMeta::new(
                    "lk_processsession_nextlinkedsessionid",
                    "processsession",
                    "lk_processsession_nextlinkedsessionid",
                )
                .referencing_attribute("nextlinkedsessionid"),
            dv::meta::OneToManyMeta::new(
                    "lk_processsession_originatingsessionid",
                    "processsession",
                    "lk_processsession_originatingsessionid",
                )
                .referencing_attribute("originatingsessionid"),
            dv::meta::OneToManyMeta::new(
                    "processsession_connections2",
                    "connection",
                    "processsession_connections2",
                )
                .referencing_attribute("record2id"),
            dv::meta::OneToManyMeta::new(
                    "ProcessSession_SyncErrors",
                    "syncerror",
                    "ProcessSession_SyncErrors",
                )
                .referencing_attribute("regardingobjectid"),
            dv::meta::OneToManyMeta::new(
                    "processsession_connections1",
                    "connection",
                    "processsession_connections1",
                )
                .referencing_attribute("record1id"),
            dv::meta::OneToManyMeta::new(
                    "processsession_PostFollows",
                    "postfollow",
                    "processsession_PostFollows",
                )
                .referencing_attribute("regardingobjectid"),
        ],
        many_to_one: &[
            dv::meta::ManyToOneMeta::new(
                    "lk_processsession_previouslinkedsessionid",
                    "processsession",
                    "previouslinkedsessionid",
                )
                .referencing_attribute("previouslinkedsessionid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "lk_processsession_nextlinkedsessionid",
                    "processsession",
                    "nextlinkedsessionid",
                )
                .referencing_attribute("nextlinkedsessionid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "lk_processsession_originatingsessionid",
                    "processsession",
                    "originatingsessionid",
                )
                .referencing_attribute("originatingsessionid")
                .navigation_property_assumed(),
        ],
        many_to_many: &[],
        unresolved: &[
            dv::meta::UnresolvedMeta::many_to_one("theme_ProcessSession", "theme"),
            dv::meta::UnresolvedMeta::many_to_one(
                "usermapping_ProcessSession",
                "usermapping",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "knowledgearticle_ProcessSession",
                "knowledgearticle",
            ),
            dv::meta::UnresolvedMeta::many_to_one("position_ProcessSession", "position"),
            dv::meta::UnresolvedMeta::many_to_one(
                "KnowledgeBaseRecord_ProcessSession",
                "knowledgebaserecord",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "SharePointSite_ProcessSessions",
                "sharepointsite",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "MailMergeTemplate_ProcessSessions",
                "mailmergetemplate",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "Annotation_ProcessSessions",
                "annotation",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "BusinessUnitNewsArticle_ProcessSessions",
                "businessunitnewsarticle",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "Appointment_ProcessSessions",
                "appointment",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "QueueItem_ProcessSessions",
                "queueitem",
            ),
            dv::meta::UnresolvedMeta::many_to_one("Team_ProcessSessions", "team"),
            dv::meta::UnresolvedMeta::many_to_one("Goal_ProcessSessions", "goal"),
            dv::meta::UnresolvedMeta::many_to_one("mailbox_processsessions", "mailbox"),
            dv::meta::UnresolvedMeta::many_to_one(
                "TranslationProcess_ProcessSessions",
                "translationprocess",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "SystemUser_ProcessSessions",
                "systemuser",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "BusinessUnit_ProcessSessions",
                "businessunit",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "KbArticleComment_ProcessSessions",
                "kbarticlecomment",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "lk_processsession_canceledby",
                "systemuser",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "goalrollupquery_ProcessSessions",
                "goalrollupquery",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "rollupfield_ProcessSessions",
                "rollupfield",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "SharePointDocumentLocation_ProcessSessions",
                "sharepointdocumentlocation",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "lk_processsession_startedby",
                "systemuser",
            ),
            dv::meta::UnresolvedMeta::many_to_one("Account_ProcessSessions", "account"),
            dv::meta::UnresolvedMeta::many_to_one(
                "PhoneCall_ProcessSessions",
                "phonecall",
            ),
            dv::meta::UnresolvedMeta::many_to_one("slabase_ProcessSessions", "sla"),
            dv::meta::UnresolvedMeta::many_to_one(
                "lk_processsession_createdby",
                "systemuser",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "lk_processsessionbase_modifiedonbehalfby",
                "systemuser",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "Template_ProcessSessions",
                "template",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "NewProcess_ProcessSessions",
                "newprocess",
            ),
            dv::meta::UnresolvedMeta::many_to_one("Report_ProcessSessions", "report"),
            dv::meta::UnresolvedMeta::many_to_one(
                "Owning_businessunit_processsessions",
                "businessunit",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "CustomerAddress_ProcessSessions",
                "customeraddress",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "Connection_ProcessSessions",
                "connection",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "lk_processsession_executedby",
                "systemuser",
            ),
            dv::meta::UnresolvedMeta::many_to_one("team_processsession", "team"),
            dv::meta::UnresolvedMeta::many_to_one("metric_ProcessSessions", "metric"),
            dv::meta::UnresolvedMeta::many_to_one(
                "ExpiredProcess_ProcessSessions",
                "expiredprocess",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "KbArticle_ProcessSessions",
                "kbarticle",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "SocialActivity_ProcessSessions",
                "socialactivity",
            ),
            dv::meta::UnresolvedMeta::many_to_one("Task_ProcessSessions", "task"),
            dv::meta::UnresolvedMeta::many_to_one(
                "lk_processsession_processid",
                "workflow",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "lk_processsession_modifiedby",
                "systemuser",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "ConnectionRole_ProcessSessions",
                "connectionrole",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "TransactionCurrency_ProcessSessions",
                "transactioncurrency",
            ),
            dv::meta::UnresolvedMeta::many_to_one("Fax_ProcessSessions", "fax"),
            dv::meta::UnresolvedMeta::many_to_one(
                "KbArticleTemplate_ProcessSessions",
                "kbarticletemplate",
            ),
            dv::meta::UnresolvedMeta::many_to_one("Letter_ProcessSessions", "letter"),
            dv::meta::UnresolvedMeta::many_to_one(
                "RecurringAppointmentMaster_ProcessSessions",
                "recurringappointmentmaster",
            ),
            dv::meta::UnresolvedMeta::many_to_one("Email_ProcessSessions", "email"),
            dv::meta::UnresolvedMeta::many_to_one(
                "lk_processsession_completedby",
                "systemuser",
            ),
            dv::meta::UnresolvedMeta::many_to_one("Contact_ProcessSessions", "contact"),
            dv::meta::UnresolvedMeta::many_to_one("Queue_ProcessSessions", "queue"),
            dv::meta::UnresolvedMeta::many_to_one(
                "lk_processsessionbase_createdonbehalfby",
                "systemuser",
            ),
            dv::meta::UnresolvedMeta::many_to_one("Subject_ProcessSessions", "subject"),
            dv::meta::UnresolvedMeta::many_to_one(
                "SocialProfile_ProcessSessions",
                "socialprofile",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "solutioncomponentattributeconfiguration_ProcessSession",
                "solutioncomponentattributeconfiguration",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "solutioncomponentbatchconfiguration_ProcessSession",
                "solutioncomponentbatchconfiguration",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "solutioncomponentconfiguration_ProcessSession",
                "solutioncomponentconfiguration",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "solutioncomponentrelationshipconfiguration_ProcessSession",
                "solutioncomponentrelationshipconfiguration",
            ),
            dv::meta::UnresolvedMeta::many_to_one("package_ProcessSession", "package"),
            dv::meta::UnresolvedMeta::many_to_one(
                "stagesolutionupload_ProcessSession",
                "stagesolutionupload",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "exportsolutionupload_ProcessSession",
                "exportsolutionupload",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "featurecontrolsetting_ProcessSession",
                "featurecontrolsetting",
            ),
            dv::meta::UnresolvedMeta::many_to_one("catalog_ProcessSession", "catalog"),
            dv::meta::UnresolvedMeta::many_to_one(
                "catalogassignment_ProcessSession",
                "catalogassignment",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "customapi_ProcessSession",
                "customapi",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "customapirequestparameter_ProcessSession",
                "customapirequestparameter",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "customapiresponseproperty_ProcessSession",
                "customapiresponseproperty",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "provisionlanguageforuser_ProcessSession",
                "provisionlanguageforuser",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "datalakefolder_ProcessSession",
                "datalakefolder",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "datalakefolderpermission_ProcessSession",
                "datalakefolderpermission",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "datalakeworkspace_ProcessSession",
                "datalakeworkspace",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "datalakeworkspacepermission_ProcessSession",
                "datalakeworkspacepermission",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_dataflow_ProcessSession",
                "msdyn_dataflow",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "serviceplan_ProcessSession",
                "serviceplan",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "serviceplanmapping_ProcessSession",
                "serviceplanmapping",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "applicationuser_ProcessSession",
                "applicationuser",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "connector_ProcessSession",
                "connector",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "environmentvariabledefinition_ProcessSession",
                "environmentvariabledefinition",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "environmentvariablevalue_ProcessSession",
                "environmentvariablevalue",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "flowmachine_ProcessSession",
                "flowmachine",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "flowmachinegroup_ProcessSession",
                "flowmachinegroup",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "processstageparameter_ProcessSession",
                "processstageparameter",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "workflowbinary_ProcessSession",
                "workflowbinary",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "connectionreference_ProcessSession",
                "connectionreference",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aiconfiguration_ProcessSession",
                "msdyn_aiconfiguration",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aimodel_ProcessSession",
                "msdyn_aimodel",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aitemplate_ProcessSession",
                "msdyn_aitemplate",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aifptrainingdocument_ProcessSession",
                "msdyn_aifptrainingdocument",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aiodimage_ProcessSession",
                "msdyn_aiodimage",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aiodlabel_ProcessSession",
                "msdyn_aiodlabel",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aiodtrainingboundingbox_ProcessSession",
                "msdyn_aiodtrainingboundingbox",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aiodtrainingimage_ProcessSession",
                "msdyn_aiodtrainingimage",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aibdataset_ProcessSession",
                "msdyn_aibdataset",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aibdatasetfile_ProcessSession",
                "msdyn_aibdatasetfile",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aibdatasetrecord_ProcessSession",
                "msdyn_aibdatasetrecord",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aibdatasetscontainer_ProcessSession",
                "msdyn_aibdatasetscontainer",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aibfile_ProcessSession",
                "msdyn_aibfile",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_aibfileattacheddata_ProcessSession",
                "msdyn_aibfileattacheddata",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_helppage_ProcessSession",
                "msdyn_helppage",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_tour_ProcessSession",
                "msdyn_tour",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdynce_botcontent_ProcessSession",
                "msdynce_botcontent",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "conversationtranscript_ProcessSession",
                "conversationtranscript",
            ),
            dv::meta::UnresolvedMeta::many_to_one("bot_ProcessSession", "bot"),
            dv::meta::UnresolvedMeta::many_to_one(
                "botcomponent_ProcessSession",
                "botcomponent",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "Territory_ProcessSessions",
                "territory",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "activityfileattachment_ProcessSession",
                "activityfileattachment",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_serviceconfiguration_ProcessSession",
                "msdyn_serviceconfiguration",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_slakpi_ProcessSession",
                "msdyn_slakpi",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_federatedarticle_ProcessSession",
                "msdyn_federatedarticle",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_federatedarticleincident_ProcessSession",
                "msdyn_federatedarticleincident",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_kmfederatedsearchconfig_ProcessSession",
                "msdyn_kmfederatedsearchconfig",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_knowledgearticleimage_ProcessSession",
                "msdyn_knowledgearticleimage",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_knowledgeinteractioninsight_ProcessSession",
                "msdyn_knowledgeinteractioninsight",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_knowledgesearchinsight_ProcessSession",
                "msdyn_knowledgesearchinsight",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_kalanguagesetting_ProcessSession",
                "msdyn_kalanguagesetting",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_kbattachment_ProcessSession",
                "msdyn_kbattachment",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_kmpersonalizationsetting_ProcessSession",
                "msdyn_kmpersonalizationsetting",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_knowledgearticletemplate_ProcessSession",
                "msdyn_knowledgearticletemplate",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_knowledgepersonalfilter_ProcessSession",
                "msdyn_knowledgepersonalfilter",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_knowledgesearchfilter_ProcessSession",
                "msdyn_knowledgesearchfilter",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "keyvaultreference_ProcessSession",
                "keyvaultreference",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "managedidentity_ProcessSession",
                "managedidentity",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "virtualentitymetadata_ProcessSession",
                "virtualentitymetadata",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "organizationdatasyncsubscription_ProcessSession",
                "organizationdatasyncsubscription",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "organizationdatasyncsubscriptionentity_ProcessSession",
                "organizationdatasyncsubscriptionentity",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "appaction_ProcessSession",
                "appaction",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_richtextfile_ProcessSession",
                "msdyn_richtextfile",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_pminferredtask_ProcessSession",
                "msdyn_pminferredtask",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_pmrecording_ProcessSession",
                "msdyn_pmrecording",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_analysiscomponent_ProcessSession",
                "msdyn_analysiscomponent",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_analysisjob_ProcessSession",
                "msdyn_analysisjob",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_analysisresult_ProcessSession",
                "msdyn_analysisresult",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_analysisresultdetail_ProcessSession",
                "msdyn_analysisresultdetail",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_solutionhealthrule_ProcessSession",
                "msdyn_solutionhealthrule",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_solutionhealthruleargument_ProcessSession",
                "msdyn_solutionhealthruleargument",
            ),
            dv::meta::UnresolvedMeta::many_to_one(
                "msdyn_solutionhealthruleset_ProcessSession",
                "msdyn_solutionhealthruleset",
            ),
        ],
    };
}
