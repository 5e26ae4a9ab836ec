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
        /// - `systemuser`: `"executedby@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
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
        /// - `processsession`: `"nextlinkedsessionid@odata.bind": "/processsessions(<id>)"`
        ///
        /// Assumed: navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
        pub next_linked_session_id: Option<dv::Ref<ProcessSession>>,
        /// Originating Session: Unique identifier of the originating dialog session.
        ///
        /// Column `originatingsessionid` (Lookup). Valid for create only.
        ///
        /// Sent in a payload as:
        /// - `processsession`: `"originatingsessionid@odata.bind": "/processsessions(<id>)"`
        ///
        /// Assumed: navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
        pub originating_session_id: Option<dv::Ref<ProcessSession>>,
        /// Owner: Unique identifier of the user or team who owns the dialog session.
        ///
        /// Column `ownerid` (Owner). Valid for create and update. Required level: SystemRequired.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"ownerid@odata.bind": "/systemusers(<id>)"`
        /// - `team`: `"ownerid@odata.bind": "/teams(<id>)"`
        ///
        /// Assumed: the entity set of 2 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
        pub owner_id: Option<dv::EntityRef>,
        /// `OwnerIdType`
        ///
        /// Column `owneridtype` (EntityName). Valid for create and update. Required level: SystemRequired.
        pub owner_id_type: Option<String>,
        /// Previous Linked Session: Unique identifier of the preceding linked dialog session.
        ///
        /// Column `previouslinkedsessionid` (Lookup). Valid for create only.
        ///
        /// Sent in a payload as:
        /// - `processsession`: `"previouslinkedsessionid@odata.bind": "/processsessions(<id>)"`
        ///
        /// Assumed: navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
        pub previous_linked_session_id: Option<dv::Ref<ProcessSession>>,
        /// Process: Select the process activation record that is related to the dialog session.
        ///
        /// Column `processid` (Lookup). Valid for create only.
        ///
        /// Sent in a payload as:
        /// - `workflow`: `"processid@odata.bind": "/workflows(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
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
        /// Sent in a payload as `"<navigation property>@odata.bind": "/<entity set>(<id>)"`; the metadata static lists each target's.
        ///
        /// Assumed: the entity set of 154 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
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
        /// - `systemuser`: `"canceledby@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
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
        /// - `systemuser`: `"completedby@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
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
        /// - `systemuser`: `"createdby@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
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
        /// - `systemuser`: `"createdonbehalfby@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
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
        /// - `systemuser`: `"modifiedby@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
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
        /// - `systemuser`: `"modifiedonbehalfby@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
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
        /// - `businessunit`: `"owningbusinessunit@odata.bind": "/businessunits(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
        pub owning_business_unit: Option<dv::EntityRef>,
        /// Owning Team: Unique identifier of the team who owns the dialog session.
        ///
        /// Column `owningteam` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `team`: `"owningteam@odata.bind": "/teams(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
        pub owning_team: Option<dv::EntityRef>,
        /// Owning User: Unique identifier of the user who owns the dialog session.
        ///
        /// Column `owninguser` (Lookup). Read-only: decoded from records, rejected in payloads.
        ///
        /// Sent in a payload as:
        /// - `systemuser`: `"owninguser@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
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
        /// - `systemuser`: `"startedby@odata.bind": "/systemusers(<id>)"`
        ///
        /// Assumed: the entity set of 1 target(s) not generated alongside is assumed to be the logical name in plural; navigation properties the metadata does not name follow the Web API convention (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup).
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
        pub const ACTIVITY_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[0],
        );
        /// Column `canceledon`.
        pub const CANCELED_ON: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[1],
        );
        /// Column `comments`.
        pub const COMMENTS: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[2],
        );
        /// Column `completedon`.
        pub const COMPLETED_ON: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[3],
        );
        /// Column `errorcode`.
        pub const ERROR_CODE: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[4],
        );
        /// Column `executedby`.
        pub const EXECUTED_BY: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[5],
        );
        /// Column `inputarguments`.
        pub const INPUT_ARGUMENTS: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[6],
        );
        /// Column `name`.
        pub const NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[7],
        );
        /// Column `nextlinkedsessionid`.
        pub const NEXT_LINKED_SESSION_ID: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[8],
        );
        /// Column `originatingsessionid`.
        pub const ORIGINATING_SESSION_ID: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[9],
        );
        /// Column `ownerid`.
        pub const OWNER_ID: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[10],
        );
        /// Column `owneridtype`.
        pub const OWNER_ID_TYPE: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[11],
        );
        /// Column `previouslinkedsessionid`.
        pub const PREVIOUS_LINKED_SESSION_ID: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[12],
        );
        /// Column `processid`.
        pub const PROCESS_ID: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[13],
        );
        /// Column `processsessionid`.
        pub const PROCESS_SESSION_ID: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[14],
        );
        /// Column `processstagename`.
        pub const PROCESS_STAGE_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[15],
        );
        /// Column `processstate`.
        pub const PROCESS_STATE: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[16],
        );
        /// Column `regardingobjectid`.
        pub const REGARDING_OBJECT_ID: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[17],
        );
        /// Column `regardingobjectidname`.
        pub const REGARDING_OBJECT_ID_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[18],
        );
        /// Column `regardingobjectidyominame`.
        pub const REGARDING_OBJECT_ID_YOMI_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[19],
        );
        /// Column `regardingobjecttypecode`.
        pub const REGARDING_OBJECT_TYPE_CODE: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[20],
        );
        /// Column `startedon`.
        pub const STARTED_ON: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[21],
        );
        /// Column `statecode`.
        pub const STATE_CODE: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[22],
        );
        /// Column `statuscode`.
        pub const STATUS_CODE: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[23],
        );
        /// Column `stepname`.
        pub const STEP_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[24],
        );
        /// Column `canceledby`.
        pub const CANCELED_BY: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[25],
        );
        /// Column `canceledbyname`.
        pub const CANCELED_BY_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[26],
        );
        /// Column `canceledbyyominame`.
        pub const CANCELED_BY_YOMI_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[27],
        );
        /// Column `completedby`.
        pub const COMPLETED_BY: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[28],
        );
        /// Column `completedbyname`.
        pub const COMPLETED_BY_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[29],
        );
        /// Column `completedbyyominame`.
        pub const COMPLETED_BY_YOMI_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[30],
        );
        /// Column `createdby`.
        pub const CREATED_BY: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[31],
        );
        /// Column `createdbyname`.
        pub const CREATED_BY_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[32],
        );
        /// Column `createdbyyominame`.
        pub const CREATED_BY_YOMI_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[33],
        );
        /// Column `createdon`.
        pub const CREATED_ON: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[34],
        );
        /// Column `createdonbehalfby`.
        pub const CREATED_ON_BEHALF_BY: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[35],
        );
        /// Column `createdonbehalfbyname`.
        pub const CREATED_ON_BEHALF_BY_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[36],
        );
        /// Column `createdonbehalfbyyominame`.
        pub const CREATED_ON_BEHALF_BY_YOMI_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[37],
        );
        /// Column `executedbyname`.
        pub const EXECUTED_BY_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[38],
        );
        /// Column `executedbyyominame`.
        pub const EXECUTED_BY_YOMI_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[39],
        );
        /// Column `executedon`.
        pub const EXECUTED_ON: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[40],
        );
        /// Column `modifiedby`.
        pub const MODIFIED_BY: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[41],
        );
        /// Column `modifiedbyname`.
        pub const MODIFIED_BY_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[42],
        );
        /// Column `modifiedbyyominame`.
        pub const MODIFIED_BY_YOMI_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[43],
        );
        /// Column `modifiedon`.
        pub const MODIFIED_ON: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[44],
        );
        /// Column `modifiedonbehalfby`.
        pub const MODIFIED_ON_BEHALF_BY: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[45],
        );
        /// Column `modifiedonbehalfbyname`.
        pub const MODIFIED_ON_BEHALF_BY_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[46],
        );
        /// Column `modifiedonbehalfbyyominame`.
        pub const MODIFIED_ON_BEHALF_BY_YOMI_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[47],
        );
        /// Column `nextlinkedsessionidname`.
        pub const NEXT_LINKED_SESSION_ID_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[48],
        );
        /// Column `originatingsessionidname`.
        pub const ORIGINATING_SESSION_ID_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[49],
        );
        /// Column `owneridname`.
        pub const OWNER_ID_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[50],
        );
        /// Column `owneridyominame`.
        pub const OWNER_ID_YOMI_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[51],
        );
        /// Column `owningbusinessunit`.
        pub const OWNING_BUSINESS_UNIT: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[52],
        );
        /// Column `owningteam`.
        pub const OWNING_TEAM: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[53],
        );
        /// Column `owninguser`.
        pub const OWNING_USER: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[54],
        );
        /// Column `previouslinkedsessionidname`.
        pub const PREVIOUS_LINKED_SESSION_ID_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[55],
        );
        /// Column `processidname`.
        pub const PROCESS_ID_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[56],
        );
        /// Column `protectionkey`.
        pub const PROTECTION_KEY: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[57],
        );
        /// Column `startedby`.
        pub const STARTED_BY: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[58],
        );
        /// Column `startedbyname`.
        pub const STARTED_BY_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[59],
        );
        /// Column `startedbyyominame`.
        pub const STARTED_BY_YOMI_NAME: dv::Column<ProcessSession> = dv::Column::new(
            &PROCESSSESSION_META.columns[60],
        );
        /// One-to-many `lk_workflowlog_processsession`: `workflowlog` rows whose `asyncoperationid` points at this row; navigation property `lk_workflowlog_processsession`.
        pub const LK_WORKFLOWLOG_PROCESSSESSION: dv::nav::OneToMany<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::OneToMany::new(&PROCESSSESSION_META.one_to_many[0]);
        /// One-to-many `lk_workflowlog_processsession_childworkflow`: `workflowlog` rows whose `childworkflowinstanceid` points at this row; navigation property `lk_workflowlog_processsession_childworkflow`.
        pub const LK_WORKFLOWLOG_PROCESSSESSION_CHILDWORKFLOW: dv::nav::OneToMany<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::OneToMany::new(&PROCESSSESSION_META.one_to_many[1]);
        /// One-to-many `lk_processsession_previouslinkedsessionid`: `processsession` rows whose `previouslinkedsessionid` points at this row; navigation property `lk_processsession_previouslinkedsessionid`.
        pub const LK_PROCESSSESSION_PREVIOUSLINKEDSESSIONID: dv::nav::OneToMany<
            ProcessSession,
            ProcessSession,
        > = dv::nav::OneToMany::new(&PROCESSSESSION_META.one_to_many[2]);
        /// One-to-many `lk_processsession_nextlinkedsessionid`: `processsession` rows whose `nextlinkedsessionid` points at this row; navigation property `lk_processsession_nextlinkedsessionid`.
        pub const LK_PROCESSSESSION_NEXTLINKEDSESSIONID: dv::nav::OneToMany<
            ProcessSession,
            ProcessSession,
        > = dv::nav::OneToMany::new(&PROCESSSESSION_META.one_to_many[3]);
        /// One-to-many `lk_processsession_originatingsessionid`: `processsession` rows whose `originatingsessionid` points at this row; navigation property `lk_processsession_originatingsessionid`.
        pub const LK_PROCESSSESSION_ORIGINATINGSESSIONID: dv::nav::OneToMany<
            ProcessSession,
            ProcessSession,
        > = dv::nav::OneToMany::new(&PROCESSSESSION_META.one_to_many[4]);
        /// One-to-many `processsession_connections2`: `connection` rows whose `record2id` points at this row; navigation property `processsession_connections2`.
        pub const PROCESSSESSION_CONNECTIONS2: dv::nav::OneToMany<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::OneToMany::new(&PROCESSSESSION_META.one_to_many[5]);
        /// One-to-many `ProcessSession_SyncErrors`: `syncerror` rows whose `regardingobjectid` points at this row; navigation property `ProcessSession_SyncErrors`.
        pub const PROCESS_SESSION_SYNC_ERRORS: dv::nav::OneToMany<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::OneToMany::new(&PROCESSSESSION_META.one_to_many[6]);
        /// One-to-many `processsession_connections1`: `connection` rows whose `record1id` points at this row; navigation property `processsession_connections1`.
        pub const PROCESSSESSION_CONNECTIONS1: dv::nav::OneToMany<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::OneToMany::new(&PROCESSSESSION_META.one_to_many[7]);
        /// One-to-many `processsession_PostFollows`: `postfollow` rows whose `regardingobjectid` points at this row; navigation property `processsession_PostFollows`.
        pub const PROCESSSESSION_POST_FOLLOWS: dv::nav::OneToMany<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::OneToMany::new(&PROCESSSESSION_META.one_to_many[8]);
        /// Many-to-one `theme_ProcessSession`: the `theme` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_theme`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const THEME_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[0]);
        /// Many-to-one `usermapping_ProcessSession`: the `usermapping` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_usermapping`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const USERMAPPING_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[1]);
        /// Many-to-one `knowledgearticle_ProcessSession`: the `knowledgearticle` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_knowledgearticle`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const KNOWLEDGEARTICLE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[2]);
        /// Many-to-one `position_ProcessSession`: the `position` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_position`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const POSITION_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[3]);
        /// Many-to-one `KnowledgeBaseRecord_ProcessSession`: the `knowledgebaserecord` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_knowledgebaserecord`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const KNOWLEDGE_BASE_RECORD_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[4]);
        /// Many-to-one `SharePointSite_ProcessSessions`: the `sharepointsite` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_sharepointsite`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SHARE_POINT_SITE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[5]);
        /// Many-to-one `MailMergeTemplate_ProcessSessions`: the `mailmergetemplate` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_mailmergetemplate`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MAIL_MERGE_TEMPLATE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[6]);
        /// Many-to-one `Annotation_ProcessSessions`: the `annotation` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_annotation`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ANNOTATION_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[7]);
        /// Many-to-one `BusinessUnitNewsArticle_ProcessSessions`: the `businessunitnewsarticle` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_businessunitnewsarticle`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const BUSINESS_UNIT_NEWS_ARTICLE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[8]);
        /// Many-to-one `Appointment_ProcessSessions`: the `appointment` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_appointment`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const APPOINTMENT_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[9]);
        /// Many-to-one `QueueItem_ProcessSessions`: the `queueitem` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_queueitem`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const QUEUE_ITEM_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[10]);
        /// Many-to-one `lk_processsession_previouslinkedsessionid`: the `processsession` row this row's `previouslinkedsessionid` points at; navigation property `previouslinkedsessionid`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_PREVIOUSLINKEDSESSIONID_PARENT: dv::nav::ManyToOne<
            ProcessSession,
            ProcessSession,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[11]);
        /// Many-to-one `lk_processsession_nextlinkedsessionid`: the `processsession` row this row's `nextlinkedsessionid` points at; navigation property `nextlinkedsessionid`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_NEXTLINKEDSESSIONID_PARENT: dv::nav::ManyToOne<
            ProcessSession,
            ProcessSession,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[12]);
        /// Many-to-one `lk_processsession_originatingsessionid`: the `processsession` row this row's `originatingsessionid` points at; navigation property `originatingsessionid`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_ORIGINATINGSESSIONID_PARENT: dv::nav::ManyToOne<
            ProcessSession,
            ProcessSession,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[13]);
        /// Many-to-one `Team_ProcessSessions`: the `team` row this row's `?` points at; navigation property `Team_ProcessSessions`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TEAM_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[14]);
        /// Many-to-one `Goal_ProcessSessions`: the `goal` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_goal`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const GOAL_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[15]);
        /// Many-to-one `mailbox_processsessions`: the `mailbox` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_mailbox`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MAILBOX_PROCESSSESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[16]);
        /// Many-to-one `TranslationProcess_ProcessSessions`: the `translationprocess` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_translationprocess`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TRANSLATION_PROCESS_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[17]);
        /// Many-to-one `SystemUser_ProcessSessions`: the `systemuser` row this row's `?` points at; navigation property `SystemUser_ProcessSessions`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SYSTEM_USER_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[18]);
        /// Many-to-one `BusinessUnit_ProcessSessions`: the `businessunit` row this row's `?` points at; navigation property `BusinessUnit_ProcessSessions`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const BUSINESS_UNIT_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[19]);
        /// Many-to-one `KbArticleComment_ProcessSessions`: the `kbarticlecomment` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_kbarticlecomment`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const KB_ARTICLE_COMMENT_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[20]);
        /// Many-to-one `lk_processsession_canceledby`: the `systemuser` row this row's `canceledby` points at; navigation property `canceledby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_CANCELEDBY: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[21]);
        /// Many-to-one `goalrollupquery_ProcessSessions`: the `goalrollupquery` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_goalrollupquery`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const GOALROLLUPQUERY_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[22]);
        /// Many-to-one `rollupfield_ProcessSessions`: the `rollupfield` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_rollupfield`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ROLLUPFIELD_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[23]);
        /// Many-to-one `SharePointDocumentLocation_ProcessSessions`: the `sharepointdocumentlocation` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_sharepointdocumentlocation`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SHARE_POINT_DOCUMENT_LOCATION_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[24]);
        /// Many-to-one `lk_processsession_startedby`: the `systemuser` row this row's `startedby` points at; navigation property `startedby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_STARTEDBY: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[25]);
        /// Many-to-one `Account_ProcessSessions`: the `account` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_account`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ACCOUNT_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[26]);
        /// Many-to-one `PhoneCall_ProcessSessions`: the `phonecall` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_phonecall`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const PHONE_CALL_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[27]);
        /// Many-to-one `slabase_ProcessSessions`: the `sla` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_sla`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SLABASE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[28]);
        /// Many-to-one `lk_processsession_createdby`: the `systemuser` row this row's `createdby` points at; navigation property `createdby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_CREATEDBY: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[29]);
        /// Many-to-one `lk_processsessionbase_modifiedonbehalfby`: the `systemuser` row this row's `modifiedonbehalfby` points at; navigation property `modifiedonbehalfby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSIONBASE_MODIFIEDONBEHALFBY: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[30]);
        /// Many-to-one `Template_ProcessSessions`: the `template` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_template`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TEMPLATE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[31]);
        /// Many-to-one `NewProcess_ProcessSessions`: the `newprocess` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_newprocess`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const NEW_PROCESS_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[32]);
        /// Many-to-one `Report_ProcessSessions`: the `report` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_report`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const REPORT_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[33]);
        /// Many-to-one `Owning_businessunit_processsessions`: the `businessunit` row this row's `?` points at; navigation property `Owning_businessunit_processsessions`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const OWNING_BUSINESSUNIT_PROCESSSESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[34]);
        /// Many-to-one `CustomerAddress_ProcessSessions`: the `customeraddress` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_customeraddress`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CUSTOMER_ADDRESS_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[35]);
        /// Many-to-one `Connection_ProcessSessions`: the `connection` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_connection`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CONNECTION_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[36]);
        /// Many-to-one `lk_processsession_executedby`: the `systemuser` row this row's `executedby` points at; navigation property `executedby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_EXECUTEDBY: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[37]);
        /// Many-to-one `team_processsession`: the `team` row this row's `?` points at; navigation property `team_processsession`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TEAM_PROCESSSESSION: dv::nav::ManyToOne<ProcessSession, dv::Untyped> = dv::nav::ManyToOne::new(
            &PROCESSSESSION_META.many_to_one[38],
        );
        /// Many-to-one `metric_ProcessSessions`: the `metric` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_metric`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const METRIC_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[39]);
        /// Many-to-one `ExpiredProcess_ProcessSessions`: the `expiredprocess` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_expiredprocess`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const EXPIRED_PROCESS_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[40]);
        /// Many-to-one `KbArticle_ProcessSessions`: the `kbarticle` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_kbarticle`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const KB_ARTICLE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[41]);
        /// Many-to-one `SocialActivity_ProcessSessions`: the `socialactivity` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_socialactivity`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SOCIAL_ACTIVITY_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[42]);
        /// Many-to-one `Task_ProcessSessions`: the `task` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_task`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TASK_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[43]);
        /// Many-to-one `lk_processsession_processid`: the `workflow` row this row's `processid` points at; navigation property `processid`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_PROCESSID: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[44]);
        /// Many-to-one `lk_processsession_modifiedby`: the `systemuser` row this row's `modifiedby` points at; navigation property `modifiedby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_MODIFIEDBY: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[45]);
        /// Many-to-one `ConnectionRole_ProcessSessions`: the `connectionrole` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_connectionrole`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CONNECTION_ROLE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[46]);
        /// Many-to-one `TransactionCurrency_ProcessSessions`: the `transactioncurrency` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_transactioncurrency`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TRANSACTION_CURRENCY_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[47]);
        /// Many-to-one `Fax_ProcessSessions`: the `fax` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_fax`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const FAX_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[48]);
        /// Many-to-one `KbArticleTemplate_ProcessSessions`: the `kbarticletemplate` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_kbarticletemplate`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const KB_ARTICLE_TEMPLATE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[49]);
        /// Many-to-one `Letter_ProcessSessions`: the `letter` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_letter`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LETTER_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[50]);
        /// Many-to-one `RecurringAppointmentMaster_ProcessSessions`: the `recurringappointmentmaster` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_recurringappointmentmaster`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const RECURRING_APPOINTMENT_MASTER_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[51]);
        /// Many-to-one `Email_ProcessSessions`: the `email` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_email`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const EMAIL_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[52]);
        /// Many-to-one `lk_processsession_completedby`: the `systemuser` row this row's `completedby` points at; navigation property `completedby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_COMPLETEDBY: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[53]);
        /// Many-to-one `Contact_ProcessSessions`: the `contact` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_contact`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CONTACT_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[54]);
        /// Many-to-one `Queue_ProcessSessions`: the `queue` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_queue`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const QUEUE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[55]);
        /// Many-to-one `lk_processsessionbase_createdonbehalfby`: the `systemuser` row this row's `createdonbehalfby` points at; navigation property `createdonbehalfby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSIONBASE_CREATEDONBEHALFBY: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[56]);
        /// Many-to-one `Subject_ProcessSessions`: the `subject` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_subject`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SUBJECT_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[57]);
        /// Many-to-one `SocialProfile_ProcessSessions`: the `socialprofile` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_socialprofile`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SOCIAL_PROFILE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[58]);
        /// Many-to-one `solutioncomponentattributeconfiguration_ProcessSession`: the `solutioncomponentattributeconfiguration` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_solutioncomponentattributeconfiguration`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SOLUTIONCOMPONENTATTRIBUTECONFIGURATION_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[59]);
        /// Many-to-one `solutioncomponentbatchconfiguration_ProcessSession`: the `solutioncomponentbatchconfiguration` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_solutioncomponentbatchconfiguration`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SOLUTIONCOMPONENTBATCHCONFIGURATION_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[60]);
        /// Many-to-one `solutioncomponentconfiguration_ProcessSession`: the `solutioncomponentconfiguration` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_solutioncomponentconfiguration`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SOLUTIONCOMPONENTCONFIGURATION_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[61]);
        /// Many-to-one `solutioncomponentrelationshipconfiguration_ProcessSession`: the `solutioncomponentrelationshipconfiguration` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_solutioncomponentrelationshipconfiguration`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SOLUTIONCOMPONENTRELATIONSHIPCONFIGURATION_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[62]);
        /// Many-to-one `package_ProcessSession`: the `package` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_package`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const PACKAGE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[63]);
        /// Many-to-one `stagesolutionupload_ProcessSession`: the `stagesolutionupload` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_stagesolutionupload`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const STAGESOLUTIONUPLOAD_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[64]);
        /// Many-to-one `exportsolutionupload_ProcessSession`: the `exportsolutionupload` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_exportsolutionupload`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const EXPORTSOLUTIONUPLOAD_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[65]);
        /// Many-to-one `featurecontrolsetting_ProcessSession`: the `featurecontrolsetting` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_featurecontrolsetting`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const FEATURECONTROLSETTING_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[66]);
        /// Many-to-one `catalog_ProcessSession`: the `catalog` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_catalog`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CATALOG_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[67]);
        /// Many-to-one `catalogassignment_ProcessSession`: the `catalogassignment` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_catalogassignment`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CATALOGASSIGNMENT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[68]);
        /// Many-to-one `customapi_ProcessSession`: the `customapi` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_customapi`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CUSTOMAPI_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[69]);
        /// Many-to-one `customapirequestparameter_ProcessSession`: the `customapirequestparameter` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_customapirequestparameter`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CUSTOMAPIREQUESTPARAMETER_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[70]);
        /// Many-to-one `customapiresponseproperty_ProcessSession`: the `customapiresponseproperty` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_customapiresponseproperty`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CUSTOMAPIRESPONSEPROPERTY_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[71]);
        /// Many-to-one `provisionlanguageforuser_ProcessSession`: the `provisionlanguageforuser` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_provisionlanguageforuser`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const PROVISIONLANGUAGEFORUSER_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[72]);
        /// Many-to-one `datalakefolder_ProcessSession`: the `datalakefolder` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_datalakefolder`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const DATALAKEFOLDER_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[73]);
        /// Many-to-one `datalakefolderpermission_ProcessSession`: the `datalakefolderpermission` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_datalakefolderpermission`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const DATALAKEFOLDERPERMISSION_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[74]);
        /// Many-to-one `datalakeworkspace_ProcessSession`: the `datalakeworkspace` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_datalakeworkspace`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const DATALAKEWORKSPACE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[75]);
        /// Many-to-one `datalakeworkspacepermission_ProcessSession`: the `datalakeworkspacepermission` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_datalakeworkspacepermission`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const DATALAKEWORKSPACEPERMISSION_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[76]);
        /// Many-to-one `msdyn_dataflow_ProcessSession`: the `msdyn_dataflow` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_dataflow`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_DATAFLOW_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[77]);
        /// Many-to-one `serviceplan_ProcessSession`: the `serviceplan` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_serviceplan`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SERVICEPLAN_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[78]);
        /// Many-to-one `serviceplanmapping_ProcessSession`: the `serviceplanmapping` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_serviceplanmapping`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SERVICEPLANMAPPING_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[79]);
        /// Many-to-one `applicationuser_ProcessSession`: the `applicationuser` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_applicationuser`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const APPLICATIONUSER_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[80]);
        /// Many-to-one `connector_ProcessSession`: the `connector` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_connector`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CONNECTOR_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[81]);
        /// Many-to-one `environmentvariabledefinition_ProcessSession`: the `environmentvariabledefinition` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_environmentvariabledefinition`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ENVIRONMENTVARIABLEDEFINITION_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[82]);
        /// Many-to-one `environmentvariablevalue_ProcessSession`: the `environmentvariablevalue` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_environmentvariablevalue`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ENVIRONMENTVARIABLEVALUE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[83]);
        /// Many-to-one `flowmachine_ProcessSession`: the `flowmachine` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_flowmachine`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const FLOWMACHINE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[84]);
        /// Many-to-one `flowmachinegroup_ProcessSession`: the `flowmachinegroup` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_flowmachinegroup`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const FLOWMACHINEGROUP_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[85]);
        /// Many-to-one `processstageparameter_ProcessSession`: the `processstageparameter` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_processstageparameter`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const PROCESSSTAGEPARAMETER_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[86]);
        /// Many-to-one `workflowbinary_ProcessSession`: the `workflowbinary` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_workflowbinary`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const WORKFLOWBINARY_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[87]);
        /// Many-to-one `connectionreference_ProcessSession`: the `connectionreference` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_connectionreference`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CONNECTIONREFERENCE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[88]);
        /// Many-to-one `msdyn_aiconfiguration_ProcessSession`: the `msdyn_aiconfiguration` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aiconfiguration`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AICONFIGURATION_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[89]);
        /// Many-to-one `msdyn_aimodel_ProcessSession`: the `msdyn_aimodel` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aimodel`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIMODEL_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[90]);
        /// Many-to-one `msdyn_aitemplate_ProcessSession`: the `msdyn_aitemplate` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aitemplate`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AITEMPLATE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[91]);
        /// Many-to-one `msdyn_aifptrainingdocument_ProcessSession`: the `msdyn_aifptrainingdocument` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aifptrainingdocument`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIFPTRAININGDOCUMENT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[92]);
        /// Many-to-one `msdyn_aiodimage_ProcessSession`: the `msdyn_aiodimage` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aiodimage`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIODIMAGE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[93]);
        /// Many-to-one `msdyn_aiodlabel_ProcessSession`: the `msdyn_aiodlabel` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aiodlabel`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIODLABEL_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[94]);
        /// Many-to-one `msdyn_aiodtrainingboundingbox_ProcessSession`: the `msdyn_aiodtrainingboundingbox` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aiodtrainingboundingbox`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIODTRAININGBOUNDINGBOX_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[95]);
        /// Many-to-one `msdyn_aiodtrainingimage_ProcessSession`: the `msdyn_aiodtrainingimage` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aiodtrainingimage`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIODTRAININGIMAGE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[96]);
        /// Many-to-one `msdyn_aibdataset_ProcessSession`: the `msdyn_aibdataset` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aibdataset`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIBDATASET_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[97]);
        /// Many-to-one `msdyn_aibdatasetfile_ProcessSession`: the `msdyn_aibdatasetfile` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aibdatasetfile`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIBDATASETFILE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[98]);
        /// Many-to-one `msdyn_aibdatasetrecord_ProcessSession`: the `msdyn_aibdatasetrecord` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aibdatasetrecord`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIBDATASETRECORD_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[99]);
        /// Many-to-one `msdyn_aibdatasetscontainer_ProcessSession`: the `msdyn_aibdatasetscontainer` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aibdatasetscontainer`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIBDATASETSCONTAINER_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[100]);
        /// Many-to-one `msdyn_aibfile_ProcessSession`: the `msdyn_aibfile` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aibfile`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIBFILE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[101]);
        /// Many-to-one `msdyn_aibfileattacheddata_ProcessSession`: the `msdyn_aibfileattacheddata` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aibfileattacheddata`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIBFILEATTACHEDDATA_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[102]);
        /// Many-to-one `msdyn_helppage_ProcessSession`: the `msdyn_helppage` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_helppage`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_HELPPAGE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[103]);
        /// Many-to-one `msdyn_tour_ProcessSession`: the `msdyn_tour` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_tour`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_TOUR_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[104]);
        /// Many-to-one `msdynce_botcontent_ProcessSession`: the `msdynce_botcontent` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdynce_botcontent`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYNCE_BOTCONTENT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[105]);
        /// Many-to-one `conversationtranscript_ProcessSession`: the `conversationtranscript` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_conversationtranscript`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CONVERSATIONTRANSCRIPT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[106]);
        /// Many-to-one `bot_ProcessSession`: the `bot` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_bot`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const BOT_PROCESS_SESSION: dv::nav::ManyToOne<ProcessSession, dv::Untyped> = dv::nav::ManyToOne::new(
            &PROCESSSESSION_META.many_to_one[107],
        );
        /// Many-to-one `botcomponent_ProcessSession`: the `botcomponent` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_botcomponent`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const BOTCOMPONENT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[108]);
        /// Many-to-one `Territory_ProcessSessions`: the `territory` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_territory`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TERRITORY_PROCESS_SESSIONS: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[109]);
        /// Many-to-one `activityfileattachment_ProcessSession`: the `activityfileattachment` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_activityfileattachment`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ACTIVITYFILEATTACHMENT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[110]);
        /// Many-to-one `msdyn_serviceconfiguration_ProcessSession`: the `msdyn_serviceconfiguration` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_serviceconfiguration`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_SERVICECONFIGURATION_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[111]);
        /// Many-to-one `msdyn_slakpi_ProcessSession`: the `msdyn_slakpi` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_slakpi`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_SLAKPI_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[112]);
        /// Many-to-one `msdyn_federatedarticle_ProcessSession`: the `msdyn_federatedarticle` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_federatedarticle`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_FEDERATEDARTICLE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[113]);
        /// Many-to-one `msdyn_federatedarticleincident_ProcessSession`: the `msdyn_federatedarticleincident` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_federatedarticleincident`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_FEDERATEDARTICLEINCIDENT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[114]);
        /// Many-to-one `msdyn_kmfederatedsearchconfig_ProcessSession`: the `msdyn_kmfederatedsearchconfig` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_kmfederatedsearchconfig`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KMFEDERATEDSEARCHCONFIG_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[115]);
        /// Many-to-one `msdyn_knowledgearticleimage_ProcessSession`: the `msdyn_knowledgearticleimage` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_knowledgearticleimage`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KNOWLEDGEARTICLEIMAGE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[116]);
        /// Many-to-one `msdyn_knowledgeinteractioninsight_ProcessSession`: the `msdyn_knowledgeinteractioninsight` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_knowledgeinteractioninsight`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KNOWLEDGEINTERACTIONINSIGHT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[117]);
        /// Many-to-one `msdyn_knowledgesearchinsight_ProcessSession`: the `msdyn_knowledgesearchinsight` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_knowledgesearchinsight`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KNOWLEDGESEARCHINSIGHT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[118]);
        /// Many-to-one `msdyn_kalanguagesetting_ProcessSession`: the `msdyn_kalanguagesetting` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_kalanguagesetting`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KALANGUAGESETTING_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[119]);
        /// Many-to-one `msdyn_kbattachment_ProcessSession`: the `msdyn_kbattachment` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_kbattachment`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KBATTACHMENT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[120]);
        /// Many-to-one `msdyn_kmpersonalizationsetting_ProcessSession`: the `msdyn_kmpersonalizationsetting` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_kmpersonalizationsetting`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KMPERSONALIZATIONSETTING_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[121]);
        /// Many-to-one `msdyn_knowledgearticletemplate_ProcessSession`: the `msdyn_knowledgearticletemplate` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_knowledgearticletemplate`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KNOWLEDGEARTICLETEMPLATE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[122]);
        /// Many-to-one `msdyn_knowledgepersonalfilter_ProcessSession`: the `msdyn_knowledgepersonalfilter` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_knowledgepersonalfilter`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KNOWLEDGEPERSONALFILTER_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[123]);
        /// Many-to-one `msdyn_knowledgesearchfilter_ProcessSession`: the `msdyn_knowledgesearchfilter` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_knowledgesearchfilter`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KNOWLEDGESEARCHFILTER_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[124]);
        /// Many-to-one `keyvaultreference_ProcessSession`: the `keyvaultreference` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_keyvaultreference`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const KEYVAULTREFERENCE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[125]);
        /// Many-to-one `managedidentity_ProcessSession`: the `managedidentity` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_managedidentity`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MANAGEDIDENTITY_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[126]);
        /// Many-to-one `virtualentitymetadata_ProcessSession`: the `virtualentitymetadata` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_virtualentitymetadata`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const VIRTUALENTITYMETADATA_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[127]);
        /// Many-to-one `organizationdatasyncsubscription_ProcessSession`: the `organizationdatasyncsubscription` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_organizationdatasyncsubscription`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ORGANIZATIONDATASYNCSUBSCRIPTION_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[128]);
        /// Many-to-one `organizationdatasyncsubscriptionentity_ProcessSession`: the `organizationdatasyncsubscriptionentity` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_organizationdatasyncsubscriptionentity`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ORGANIZATIONDATASYNCSUBSCRIPTIONENTITY_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[129]);
        /// Many-to-one `appaction_ProcessSession`: the `appaction` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_appaction`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const APPACTION_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[130]);
        /// Many-to-one `msdyn_richtextfile_ProcessSession`: the `msdyn_richtextfile` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_richtextfile`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_RICHTEXTFILE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[131]);
        /// Many-to-one `msdyn_pminferredtask_ProcessSession`: the `msdyn_pminferredtask` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_pminferredtask`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_PMINFERREDTASK_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[132]);
        /// Many-to-one `msdyn_pmrecording_ProcessSession`: the `msdyn_pmrecording` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_pmrecording`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_PMRECORDING_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[133]);
        /// Many-to-one `msdyn_analysiscomponent_ProcessSession`: the `msdyn_analysiscomponent` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_analysiscomponent`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_ANALYSISCOMPONENT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[134]);
        /// Many-to-one `msdyn_analysisjob_ProcessSession`: the `msdyn_analysisjob` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_analysisjob`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_ANALYSISJOB_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[135]);
        /// Many-to-one `msdyn_analysisresult_ProcessSession`: the `msdyn_analysisresult` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_analysisresult`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_ANALYSISRESULT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[136]);
        /// Many-to-one `msdyn_analysisresultdetail_ProcessSession`: the `msdyn_analysisresultdetail` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_analysisresultdetail`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_ANALYSISRESULTDETAIL_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[137]);
        /// Many-to-one `msdyn_solutionhealthrule_ProcessSession`: the `msdyn_solutionhealthrule` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_solutionhealthrule`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_SOLUTIONHEALTHRULE_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[138]);
        /// Many-to-one `msdyn_solutionhealthruleargument_ProcessSession`: the `msdyn_solutionhealthruleargument` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_solutionhealthruleargument`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_SOLUTIONHEALTHRULEARGUMENT_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[139]);
        /// Many-to-one `msdyn_solutionhealthruleset_ProcessSession`: the `msdyn_solutionhealthruleset` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_solutionhealthruleset`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_SOLUTIONHEALTHRULESET_PROCESS_SESSION: dv::nav::ManyToOne<
            ProcessSession,
            dv::Untyped,
        > = dv::nav::ManyToOne::new(&PROCESSSESSION_META.many_to_one[140]);
    }
    impl dv::Entity for ProcessSession {
        const TABLE: &'static dv::TableMeta = &PROCESSSESSION_META;
        fn values(
            &self,
        ) -> ::std::vec::Vec<(&'static dv::ColumnMeta, dv::FieldValue<'_>)> {
            let columns = PROCESSSESSION_META.columns;
            let mut values = ::std::vec::Vec::new();
            if let Some(value) = &self.activity_name {
                values.push((&columns[0], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.canceled_on {
                values.push((&columns[1], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.comments {
                values.push((&columns[2], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.completed_on {
                values.push((&columns[3], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.error_code {
                values.push((&columns[4], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.executed_by {
                values.push((&columns[5], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.input_arguments {
                values.push((&columns[6], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.name {
                values.push((&columns[7], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.next_linked_session_id {
                values.push((&columns[8], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.originating_session_id {
                values.push((&columns[9], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owner_id {
                values.push((&columns[10], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owner_id_type {
                values.push((&columns[11], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.previous_linked_session_id {
                values.push((&columns[12], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.process_id {
                values.push((&columns[13], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.process_session_id {
                values.push((&columns[14], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.process_stage_name {
                values.push((&columns[15], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.process_state {
                values.push((&columns[16], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.regarding_object_id {
                values.push((&columns[17], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.regarding_object_id_name {
                values.push((&columns[18], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.regarding_object_id_yomi_name {
                values.push((&columns[19], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.regarding_object_type_code {
                values.push((&columns[20], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.started_on {
                values.push((&columns[21], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.state_code {
                values.push((&columns[22], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.status_code {
                values.push((&columns[23], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.step_name {
                values.push((&columns[24], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.canceled_by {
                values.push((&columns[25], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.canceled_by_name {
                values.push((&columns[26], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.canceled_by_yomi_name {
                values.push((&columns[27], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.completed_by {
                values.push((&columns[28], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.completed_by_name {
                values.push((&columns[29], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.completed_by_yomi_name {
                values.push((&columns[30], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.created_by {
                values.push((&columns[31], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.created_by_name {
                values.push((&columns[32], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.created_by_yomi_name {
                values.push((&columns[33], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.created_on {
                values.push((&columns[34], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.created_on_behalf_by {
                values.push((&columns[35], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.created_on_behalf_by_name {
                values.push((&columns[36], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.created_on_behalf_by_yomi_name {
                values.push((&columns[37], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.executed_by_name {
                values.push((&columns[38], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.executed_by_yomi_name {
                values.push((&columns[39], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.executed_on {
                values.push((&columns[40], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.modified_by {
                values.push((&columns[41], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.modified_by_name {
                values.push((&columns[42], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.modified_by_yomi_name {
                values.push((&columns[43], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.modified_on {
                values.push((&columns[44], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.modified_on_behalf_by {
                values.push((&columns[45], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.modified_on_behalf_by_name {
                values.push((&columns[46], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.modified_on_behalf_by_yomi_name {
                values.push((&columns[47], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.next_linked_session_id_name {
                values.push((&columns[48], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.originating_session_id_name {
                values.push((&columns[49], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owner_id_name {
                values.push((&columns[50], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owner_id_yomi_name {
                values.push((&columns[51], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owning_business_unit {
                values.push((&columns[52], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owning_team {
                values.push((&columns[53], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.owning_user {
                values.push((&columns[54], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.previous_linked_session_id_name {
                values.push((&columns[55], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.process_id_name {
                values.push((&columns[56], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.protection_key {
                values.push((&columns[57], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.started_by {
                values.push((&columns[58], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.started_by_name {
                values.push((&columns[59], dv::Field::to_value(value)));
            }
            if let Some(value) = &self.started_by_yomi_name {
                values.push((&columns[60], dv::Field::to_value(value)));
            }
            values
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
            dv::ColumnMeta {
                logical_name: "activityname",
                schema_name: "ActivityName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(256),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "canceledon",
                schema_name: "CanceledOn",
                column_type: "DateTime",
                kind: dv::ColumnKind::DateTime,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: true,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "comments",
                schema_name: "Comments",
                column_type: "Memo",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(2000),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "completedon",
                schema_name: "CompletedOn",
                column_type: "DateTime",
                kind: dv::ColumnKind::DateTime,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: true,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "errorcode",
                schema_name: "ErrorCode",
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
                logical_name: "executedby",
                schema_name: "ExecutedBy",
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
                        table: "systemuser",
                        entity_set: "systemusers",
                        entity_set_known: false,
                        navigation_property: "executedby",
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "inputarguments",
                schema_name: "InputArguments",
                column_type: "Memo",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: false,
                max_length: Some(1073741823),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "name",
                schema_name: "Name",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(256),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "nextlinkedsessionid",
                schema_name: "NextLinkedSessionId",
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
                        table: "processsession",
                        entity_set: "processsessions",
                        entity_set_known: true,
                        navigation_property: "nextlinkedsessionid",
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "originatingsessionid",
                schema_name: "OriginatingSessionId",
                column_type: "Lookup",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "processsession",
                        entity_set: "processsessions",
                        entity_set_known: true,
                        navigation_property: "originatingsessionid",
                        navigation_property_known: false,
                    },
                ],
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
                logical_name: "previouslinkedsessionid",
                schema_name: "PreviousLinkedSessionId",
                column_type: "Lookup",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "processsession",
                        entity_set: "processsessions",
                        entity_set_known: true,
                        navigation_property: "previouslinkedsessionid",
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "processid",
                schema_name: "ProcessId",
                column_type: "Lookup",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "workflow",
                        entity_set: "workflows",
                        entity_set_known: false,
                        navigation_property: "processid",
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "processsessionid",
                schema_name: "ProcessSessionId",
                column_type: "Uniqueidentifier",
                kind: dv::ColumnKind::Uniqueidentifier,
                required_level: dv::meta::RequiredLevel::SystemRequired,
                valid_for_create: true,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "processstagename",
                schema_name: "ProcessStageName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(256),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "processstate",
                schema_name: "ProcessState",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(1073741823),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "regardingobjectid",
                schema_name: "RegardingObjectId",
                column_type: "Lookup",
                kind: dv::ColumnKind::Lookup,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[
                    dv::meta::Target {
                        table: "account",
                        entity_set: "accounts",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_account",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "activityfileattachment",
                        entity_set: "activityfileattachments",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_activityfileattachment",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "annotation",
                        entity_set: "annotations",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_annotation",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "appaction",
                        entity_set: "appactions",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_appaction",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "appelement",
                        entity_set: "appelements",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_appelement",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "applicationuser",
                        entity_set: "applicationusers",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_applicationuser",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "appmodulecomponentedge",
                        entity_set: "appmodulecomponentedges",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_appmodulecomponentedge",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "appmodulecomponentnode",
                        entity_set: "appmodulecomponentnodes",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_appmodulecomponentnode",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "appointment",
                        entity_set: "appointments",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_appointment",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "appsetting",
                        entity_set: "appsettings",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_appsetting",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "appusersetting",
                        entity_set: "appusersettings",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_appusersetting",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "bot",
                        entity_set: "bots",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_bot",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "botcomponent",
                        entity_set: "botcomponents",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_botcomponent",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "businessunit",
                        entity_set: "businessunits",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_businessunit",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "businessunitnewsarticle",
                        entity_set: "businessunitnewsarticles",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_businessunitnewsarticle",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "canvasappextendedmetadata",
                        entity_set: "canvasappextendedmetadatas",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_canvasappextendedmetadata",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "cascadegrantrevokeaccessrecordstracker",
                        entity_set: "cascadegrantrevokeaccessrecordstrackers",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_cascadegrantrevokeaccessrecordstracker",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "cascadegrantrevokeaccessversiontracker",
                        entity_set: "cascadegrantrevokeaccessversiontrackers",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_cascadegrantrevokeaccessversiontracker",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "catalog",
                        entity_set: "catalogs",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_catalog",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "catalogassignment",
                        entity_set: "catalogassignments",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_catalogassignment",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "channelaccessprofile",
                        entity_set: "channelaccessprofiles",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_channelaccessprofile",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "channelaccessprofilerule",
                        entity_set: "channelaccessprofilerules",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_channelaccessprofilerule",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "comment",
                        entity_set: "comments",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_comment",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "connection",
                        entity_set: "connections",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_connection",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "connectionreference",
                        entity_set: "connectionreferences",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_connectionreference",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "connectionrole",
                        entity_set: "connectionroles",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_connectionrole",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "connector",
                        entity_set: "connectors",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_connector",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "contact",
                        entity_set: "contacts",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_contact",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "conversationtranscript",
                        entity_set: "conversationtranscripts",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_conversationtranscript",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "convertrule",
                        entity_set: "convertrules",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_convertrule",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "customapi",
                        entity_set: "customapis",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_customapi",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "customapirequestparameter",
                        entity_set: "customapirequestparameters",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_customapirequestparameter",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "customapiresponseproperty",
                        entity_set: "customapiresponseproperties",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_customapiresponseproperty",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "customeraddress",
                        entity_set: "customeraddresses",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_customeraddress",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "customerrelationship",
                        entity_set: "customerrelationships",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_customerrelationship",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "datalakefolder",
                        entity_set: "datalakefolders",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_datalakefolder",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "datalakefolderpermission",
                        entity_set: "datalakefolderpermissions",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_datalakefolderpermission",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "datalakeworkspace",
                        entity_set: "datalakeworkspaces",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_datalakeworkspace",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "datalakeworkspacepermission",
                        entity_set: "datalakeworkspacepermissions",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_datalakeworkspacepermission",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "email",
                        entity_set: "emails",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_email",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "environmentvariabledefinition",
                        entity_set: "environmentvariabledefinitions",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_environmentvariabledefinition",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "environmentvariablevalue",
                        entity_set: "environmentvariablevalues",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_environmentvariablevalue",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "expiredprocess",
                        entity_set: "expiredprocesses",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_expiredprocess",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "exportsolutionupload",
                        entity_set: "exportsolutionuploads",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_exportsolutionupload",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "externalparty",
                        entity_set: "externalparties",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_externalparty",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "externalpartyitem",
                        entity_set: "externalpartyitems",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_externalpartyitem",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "fax",
                        entity_set: "faxes",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_fax",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "featurecontrolsetting",
                        entity_set: "featurecontrolsettings",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_featurecontrolsetting",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "flowmachine",
                        entity_set: "flowmachines",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_flowmachine",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "flowmachinegroup",
                        entity_set: "flowmachinegroups",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_flowmachinegroup",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "goal",
                        entity_set: "goals",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_goal",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "goalrollupquery",
                        entity_set: "goalrollupqueries",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_goalrollupquery",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "holidaywrapper",
                        entity_set: "holidaywrappers",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_holidaywrapper",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "internalcatalogassignment",
                        entity_set: "internalcatalogassignments",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_internalcatalogassignment",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "kbarticle",
                        entity_set: "kbarticles",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_kbarticle",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "kbarticlecomment",
                        entity_set: "kbarticlecomments",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_kbarticlecomment",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "kbarticletemplate",
                        entity_set: "kbarticletemplates",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_kbarticletemplate",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "keyvaultreference",
                        entity_set: "keyvaultreferences",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_keyvaultreference",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "knowledgearticle",
                        entity_set: "knowledgearticles",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_knowledgearticle",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "knowledgebaserecord",
                        entity_set: "knowledgebaserecords",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_knowledgebaserecord",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "letter",
                        entity_set: "letters",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_letter",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "mailbox",
                        entity_set: "mailboxes",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_mailbox",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "mailmergetemplate",
                        entity_set: "mailmergetemplates",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_mailmergetemplate",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "managedidentity",
                        entity_set: "managedidentities",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_managedidentity",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "metric",
                        entity_set: "metrics",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_metric",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdynce_botcontent",
                        entity_set: "msdynce_botcontents",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdynce_botcontent",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aibdataset",
                        entity_set: "msdyn_aibdatasets",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aibdataset",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aibdatasetfile",
                        entity_set: "msdyn_aibdatasetfiles",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aibdatasetfile",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aibdatasetrecord",
                        entity_set: "msdyn_aibdatasetrecords",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aibdatasetrecord",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aibdatasetscontainer",
                        entity_set: "msdyn_aibdatasetscontainers",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aibdatasetscontainer",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aibfile",
                        entity_set: "msdyn_aibfiles",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aibfile",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aibfileattacheddata",
                        entity_set: "msdyn_aibfileattacheddatas",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aibfileattacheddata",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aiconfiguration",
                        entity_set: "msdyn_aiconfigurations",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aiconfiguration",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aifptrainingdocument",
                        entity_set: "msdyn_aifptrainingdocuments",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aifptrainingdocument",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aimodel",
                        entity_set: "msdyn_aimodels",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aimodel",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aiodimage",
                        entity_set: "msdyn_aiodimages",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aiodimage",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aiodlabel",
                        entity_set: "msdyn_aiodlabels",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aiodlabel",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aiodtrainingboundingbox",
                        entity_set: "msdyn_aiodtrainingboundingboxes",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aiodtrainingboundingbox",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aiodtrainingimage",
                        entity_set: "msdyn_aiodtrainingimages",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aiodtrainingimage",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_aitemplate",
                        entity_set: "msdyn_aitemplates",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_aitemplate",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_analysiscomponent",
                        entity_set: "msdyn_analysiscomponents",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_analysiscomponent",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_analysisjob",
                        entity_set: "msdyn_analysisjobs",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_analysisjob",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_analysisresult",
                        entity_set: "msdyn_analysisresults",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_analysisresult",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_analysisresultdetail",
                        entity_set: "msdyn_analysisresultdetails",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_analysisresultdetail",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_dataflow",
                        entity_set: "msdyn_dataflows",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_dataflow",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_federatedarticle",
                        entity_set: "msdyn_federatedarticles",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_federatedarticle",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_federatedarticleincident",
                        entity_set: "msdyn_federatedarticleincidents",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_federatedarticleincident",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_helppage",
                        entity_set: "msdyn_helppages",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_helppage",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_kalanguagesetting",
                        entity_set: "msdyn_kalanguagesettings",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_kalanguagesetting",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_kbattachment",
                        entity_set: "msdyn_kbattachments",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_kbattachment",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_kmfederatedsearchconfig",
                        entity_set: "msdyn_kmfederatedsearchconfigs",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_kmfederatedsearchconfig",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_kmpersonalizationsetting",
                        entity_set: "msdyn_kmpersonalizationsettings",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_kmpersonalizationsetting",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_knowledgearticleimage",
                        entity_set: "msdyn_knowledgearticleimages",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_knowledgearticleimage",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_knowledgearticletemplate",
                        entity_set: "msdyn_knowledgearticletemplates",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_knowledgearticletemplate",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_knowledgeinteractioninsight",
                        entity_set: "msdyn_knowledgeinteractioninsights",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_knowledgeinteractioninsight",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_knowledgepersonalfilter",
                        entity_set: "msdyn_knowledgepersonalfilters",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_knowledgepersonalfilter",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_knowledgesearchfilter",
                        entity_set: "msdyn_knowledgesearchfilters",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_knowledgesearchfilter",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_knowledgesearchinsight",
                        entity_set: "msdyn_knowledgesearchinsights",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_knowledgesearchinsight",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_pminferredtask",
                        entity_set: "msdyn_pminferredtasks",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_pminferredtask",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_pmrecording",
                        entity_set: "msdyn_pmrecordings",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_pmrecording",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_richtextfile",
                        entity_set: "msdyn_richtextfiles",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_richtextfile",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_serviceconfiguration",
                        entity_set: "msdyn_serviceconfigurations",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_serviceconfiguration",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_slakpi",
                        entity_set: "msdyn_slakpis",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_slakpi",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_solutionhealthrule",
                        entity_set: "msdyn_solutionhealthrules",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_solutionhealthrule",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_solutionhealthruleargument",
                        entity_set: "msdyn_solutionhealthrulearguments",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_solutionhealthruleargument",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_solutionhealthruleset",
                        entity_set: "msdyn_solutionhealthrulesets",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_solutionhealthruleset",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "msdyn_tour",
                        entity_set: "msdyn_tours",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_msdyn_tour",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "newprocess",
                        entity_set: "newprocesses",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_newprocess",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "organizationdatasyncsubscription",
                        entity_set: "organizationdatasyncsubscriptions",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_organizationdatasyncsubscription",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "organizationdatasyncsubscriptionentity",
                        entity_set: "organizationdatasyncsubscriptionentities",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_organizationdatasyncsubscriptionentity",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "organizationsetting",
                        entity_set: "organizationsettings",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_organizationsetting",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "package",
                        entity_set: "packages",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_package",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "pdfsetting",
                        entity_set: "pdfsettings",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_pdfsetting",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "phonecall",
                        entity_set: "phonecalls",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_phonecall",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "position",
                        entity_set: "positions",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_position",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "processstageparameter",
                        entity_set: "processstageparameters",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_processstageparameter",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "provisionlanguageforuser",
                        entity_set: "provisionlanguageforusers",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_provisionlanguageforuser",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "queue",
                        entity_set: "queues",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_queue",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "queueitem",
                        entity_set: "queueitems",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_queueitem",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "recurringappointmentmaster",
                        entity_set: "recurringappointmentmasters",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_recurringappointmentmaster",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "relationshiprole",
                        entity_set: "relationshiproles",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_relationshiprole",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "report",
                        entity_set: "reports",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_report",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "revokeinheritedaccessrecordstracker",
                        entity_set: "revokeinheritedaccessrecordstrackers",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_revokeinheritedaccessrecordstracker",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "rollupfield",
                        entity_set: "rollupfields",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_rollupfield",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "routingrule",
                        entity_set: "routingrules",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_routingrule",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "routingruleitem",
                        entity_set: "routingruleitems",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_routingruleitem",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "serviceplan",
                        entity_set: "serviceplans",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_serviceplan",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "serviceplanmapping",
                        entity_set: "serviceplanmappings",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_serviceplanmapping",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "settingdefinition",
                        entity_set: "settingdefinitions",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_settingdefinition",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "sharepointdocumentlocation",
                        entity_set: "sharepointdocumentlocations",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_sharepointdocumentlocation",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "sharepointsite",
                        entity_set: "sharepointsites",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_sharepointsite",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "sla",
                        entity_set: "slas",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_sla",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "socialactivity",
                        entity_set: "socialactivities",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_socialactivity",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "socialprofile",
                        entity_set: "socialprofiles",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_socialprofile",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "solutioncomponentattributeconfiguration",
                        entity_set: "solutioncomponentattributeconfigurations",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_solutioncomponentattributeconfiguration",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "solutioncomponentbatchconfiguration",
                        entity_set: "solutioncomponentbatchconfigurations",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_solutioncomponentbatchconfiguration",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "solutioncomponentconfiguration",
                        entity_set: "solutioncomponentconfigurations",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_solutioncomponentconfiguration",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "solutioncomponentrelationshipconfiguration",
                        entity_set: "solutioncomponentrelationshipconfigurations",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_solutioncomponentrelationshipconfiguration",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "stagesolutionupload",
                        entity_set: "stagesolutionuploads",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_stagesolutionupload",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "subject",
                        entity_set: "subjects",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_subject",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "systemuser",
                        entity_set: "systemusers",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_systemuser",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "systemuserauthorizationchangetracker",
                        entity_set: "systemuserauthorizationchangetrackers",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_systemuserauthorizationchangetracker",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "task",
                        entity_set: "tasks",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_task",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "team",
                        entity_set: "teams",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_team",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "teammobileofflineprofilemembership",
                        entity_set: "teammobileofflineprofilememberships",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_teammobileofflineprofilemembership",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "template",
                        entity_set: "templates",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_template",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "territory",
                        entity_set: "territories",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_territory",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "theme",
                        entity_set: "themes",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_theme",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "transactioncurrency",
                        entity_set: "transactioncurrencies",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_transactioncurrency",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "translationprocess",
                        entity_set: "translationprocesses",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_translationprocess",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "usermapping",
                        entity_set: "usermappings",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_usermapping",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "usermobileofflineprofilemembership",
                        entity_set: "usermobileofflineprofilememberships",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_usermobileofflineprofilemembership",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "virtualentitymetadata",
                        entity_set: "virtualentitymetadatas",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_virtualentitymetadata",
                        navigation_property_known: false,
                    },
                    dv::meta::Target {
                        table: "workflowbinary",
                        entity_set: "workflowbinaries",
                        entity_set_known: false,
                        navigation_property: "regardingobjectid_workflowbinary",
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "regardingobjectidname",
                schema_name: "RegardingObjectIdName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: false,
                max_length: Some(800),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "regardingobjectidyominame",
                schema_name: "RegardingObjectIdYomiName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: false,
                max_length: Some(800),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "regardingobjecttypecode",
                schema_name: "RegardingObjectTypeCode",
                column_type: "EntityName",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "startedon",
                schema_name: "StartedOn",
                column_type: "DateTime",
                kind: dv::ColumnKind::DateTime,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: false,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "statecode",
                schema_name: "StateCode",
                column_type: "State",
                kind: dv::ColumnKind::State,
                required_level: dv::meta::RequiredLevel::SystemRequired,
                valid_for_create: false,
                valid_for_update: true,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[
                    dv::meta::OptionMeta {
                        value: 0,
                        label: "Incomplete",
                        state: None,
                        default_status: Some(1),
                    },
                    dv::meta::OptionMeta {
                        value: 1,
                        label: "Complete",
                        state: None,
                        default_status: Some(2),
                    },
                ],
            },
            dv::ColumnMeta {
                logical_name: "statuscode",
                schema_name: "StatusCode",
                column_type: "Status",
                kind: dv::ColumnKind::Status,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: None,
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[
                    dv::meta::OptionMeta {
                        value: 1,
                        label: "Not Started",
                        state: Some(0),
                        default_status: None,
                    },
                    dv::meta::OptionMeta {
                        value: 2,
                        label: "In Progress",
                        state: Some(0),
                        default_status: None,
                    },
                    dv::meta::OptionMeta {
                        value: 3,
                        label: "Paused",
                        state: Some(0),
                        default_status: None,
                    },
                    dv::meta::OptionMeta {
                        value: 4,
                        label: "Completed",
                        state: Some(1),
                        default_status: None,
                    },
                    dv::meta::OptionMeta {
                        value: 5,
                        label: "Canceled",
                        state: Some(1),
                        default_status: None,
                    },
                    dv::meta::OptionMeta {
                        value: 6,
                        label: "Failed",
                        state: Some(1),
                        default_status: None,
                    },
                ],
            },
            dv::ColumnMeta {
                logical_name: "stepname",
                schema_name: "StepName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: true,
                valid_for_update: true,
                max_length: Some(256),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "canceledby",
                schema_name: "CanceledBy",
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
                        navigation_property: "canceledby",
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "canceledbyname",
                schema_name: "CanceledByName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "canceledbyyominame",
                schema_name: "CanceledByYomiName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "completedby",
                schema_name: "CompletedBy",
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
                        navigation_property: "completedby",
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "completedbyname",
                schema_name: "CompletedByName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "completedbyyominame",
                schema_name: "CompletedByYomiName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "createdbyname",
                schema_name: "CreatedByName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "createdbyyominame",
                schema_name: "CreatedByYomiName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "createdonbehalfbyname",
                schema_name: "CreatedOnBehalfByName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "createdonbehalfbyyominame",
                schema_name: "CreatedOnBehalfByYomiName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "executedbyname",
                schema_name: "ExecutedByName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "executedbyyominame",
                schema_name: "ExecutedByYomiName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "executedon",
                schema_name: "ExecutedOn",
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
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "modifiedbyname",
                schema_name: "ModifiedByName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "modifiedbyyominame",
                schema_name: "ModifiedByYomiName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "modifiedonbehalfbyname",
                schema_name: "ModifiedOnBehalfByName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "modifiedonbehalfbyyominame",
                schema_name: "ModifiedOnBehalfByYomiName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "nextlinkedsessionidname",
                schema_name: "NextLinkedSessionIdName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "originatingsessionidname",
                schema_name: "OriginatingSessionIdName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                        navigation_property_known: false,
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
                        navigation_property_known: false,
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
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "previouslinkedsessionidname",
                schema_name: "PreviousLinkedSessionIdName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "processidname",
                schema_name: "ProcessIdName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: Some(160),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "protectionkey",
                schema_name: "ProtectionKey",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: Some(256),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "startedby",
                schema_name: "StartedBy",
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
                        navigation_property: "startedby",
                        navigation_property_known: false,
                    },
                ],
                options: &[],
            },
            dv::ColumnMeta {
                logical_name: "startedbyname",
                schema_name: "StartedByName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
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
                logical_name: "startedbyyominame",
                schema_name: "StartedByYomiName",
                column_type: "String",
                kind: dv::ColumnKind::Text,
                required_level: dv::meta::RequiredLevel::None,
                valid_for_create: false,
                valid_for_update: false,
                max_length: Some(100),
                min_value: None,
                max_value: None,
                precision: None,
                targets: &[],
                options: &[],
            },
        ],
        one_to_many: &[
            dv::meta::OneToManyMeta {
                schema_name: "lk_workflowlog_processsession",
                referencing_entity: "workflowlog",
                referencing_attribute: Some("asyncoperationid"),
                navigation_property: "lk_workflowlog_processsession",
            },
            dv::meta::OneToManyMeta {
                schema_name: "lk_workflowlog_processsession_childworkflow",
                referencing_entity: "workflowlog",
                referencing_attribute: Some("childworkflowinstanceid"),
                navigation_property: "lk_workflowlog_processsession_childworkflow",
            },
            dv::meta::OneToManyMeta {
                schema_name: "lk_processsession_previouslinkedsessionid",
                referencing_entity: "processsession",
                referencing_attribute: Some("previouslinkedsessionid"),
                navigation_property: "lk_processsession_previouslinkedsessionid",
            },
            dv::meta::OneToManyMeta {
                schema_name: "lk_processsession_nextlinkedsessionid",
                referencing_entity: "processsession",
                referencing_attribute: Some("nextlinkedsessionid"),
                navigation_property: "lk_processsession_nextlinkedsessionid",
            },
            dv::meta::OneToManyMeta {
                schema_name: "lk_processsession_originatingsessionid",
                referencing_entity: "processsession",
                referencing_attribute: Some("originatingsessionid"),
                navigation_property: "lk_processsession_originatingsessionid",
            },
            dv::meta::OneToManyMeta {
                schema_name: "processsession_connections2",
                referencing_entity: "connection",
                referencing_attribute: Some("record2id"),
                navigation_property: "processsession_connections2",
            },
            dv::meta::OneToManyMeta {
                schema_name: "ProcessSession_SyncErrors",
                referencing_entity: "syncerror",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "ProcessSession_SyncErrors",
            },
            dv::meta::OneToManyMeta {
                schema_name: "processsession_connections1",
                referencing_entity: "connection",
                referencing_attribute: Some("record1id"),
                navigation_property: "processsession_connections1",
            },
            dv::meta::OneToManyMeta {
                schema_name: "processsession_PostFollows",
                referencing_entity: "postfollow",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "processsession_PostFollows",
            },
        ],
        many_to_one: &[
            dv::meta::ManyToOneMeta {
                schema_name: "theme_ProcessSession",
                referenced_entity: "theme",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_theme",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "usermapping_ProcessSession",
                referenced_entity: "usermapping",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_usermapping",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "knowledgearticle_ProcessSession",
                referenced_entity: "knowledgearticle",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_knowledgearticle",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "position_ProcessSession",
                referenced_entity: "position",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_position",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "KnowledgeBaseRecord_ProcessSession",
                referenced_entity: "knowledgebaserecord",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_knowledgebaserecord",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "SharePointSite_ProcessSessions",
                referenced_entity: "sharepointsite",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_sharepointsite",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "MailMergeTemplate_ProcessSessions",
                referenced_entity: "mailmergetemplate",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_mailmergetemplate",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Annotation_ProcessSessions",
                referenced_entity: "annotation",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_annotation",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "BusinessUnitNewsArticle_ProcessSessions",
                referenced_entity: "businessunitnewsarticle",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_businessunitnewsarticle",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Appointment_ProcessSessions",
                referenced_entity: "appointment",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_appointment",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "QueueItem_ProcessSessions",
                referenced_entity: "queueitem",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_queueitem",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_processsession_previouslinkedsessionid",
                referenced_entity: "processsession",
                referencing_attribute: Some("previouslinkedsessionid"),
                navigation_property: "previouslinkedsessionid",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_processsession_nextlinkedsessionid",
                referenced_entity: "processsession",
                referencing_attribute: Some("nextlinkedsessionid"),
                navigation_property: "nextlinkedsessionid",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_processsession_originatingsessionid",
                referenced_entity: "processsession",
                referencing_attribute: Some("originatingsessionid"),
                navigation_property: "originatingsessionid",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Team_ProcessSessions",
                referenced_entity: "team",
                referencing_attribute: None,
                navigation_property: "Team_ProcessSessions",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Goal_ProcessSessions",
                referenced_entity: "goal",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_goal",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "mailbox_processsessions",
                referenced_entity: "mailbox",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_mailbox",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "TranslationProcess_ProcessSessions",
                referenced_entity: "translationprocess",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_translationprocess",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "SystemUser_ProcessSessions",
                referenced_entity: "systemuser",
                referencing_attribute: None,
                navigation_property: "SystemUser_ProcessSessions",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "BusinessUnit_ProcessSessions",
                referenced_entity: "businessunit",
                referencing_attribute: None,
                navigation_property: "BusinessUnit_ProcessSessions",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "KbArticleComment_ProcessSessions",
                referenced_entity: "kbarticlecomment",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_kbarticlecomment",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_processsession_canceledby",
                referenced_entity: "systemuser",
                referencing_attribute: Some("canceledby"),
                navigation_property: "canceledby",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "goalrollupquery_ProcessSessions",
                referenced_entity: "goalrollupquery",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_goalrollupquery",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "rollupfield_ProcessSessions",
                referenced_entity: "rollupfield",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_rollupfield",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "SharePointDocumentLocation_ProcessSessions",
                referenced_entity: "sharepointdocumentlocation",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_sharepointdocumentlocation",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_processsession_startedby",
                referenced_entity: "systemuser",
                referencing_attribute: Some("startedby"),
                navigation_property: "startedby",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Account_ProcessSessions",
                referenced_entity: "account",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_account",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "PhoneCall_ProcessSessions",
                referenced_entity: "phonecall",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_phonecall",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "slabase_ProcessSessions",
                referenced_entity: "sla",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_sla",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_processsession_createdby",
                referenced_entity: "systemuser",
                referencing_attribute: Some("createdby"),
                navigation_property: "createdby",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_processsessionbase_modifiedonbehalfby",
                referenced_entity: "systemuser",
                referencing_attribute: Some("modifiedonbehalfby"),
                navigation_property: "modifiedonbehalfby",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Template_ProcessSessions",
                referenced_entity: "template",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_template",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "NewProcess_ProcessSessions",
                referenced_entity: "newprocess",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_newprocess",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Report_ProcessSessions",
                referenced_entity: "report",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_report",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Owning_businessunit_processsessions",
                referenced_entity: "businessunit",
                referencing_attribute: None,
                navigation_property: "Owning_businessunit_processsessions",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "CustomerAddress_ProcessSessions",
                referenced_entity: "customeraddress",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_customeraddress",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Connection_ProcessSessions",
                referenced_entity: "connection",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_connection",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_processsession_executedby",
                referenced_entity: "systemuser",
                referencing_attribute: Some("executedby"),
                navigation_property: "executedby",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "team_processsession",
                referenced_entity: "team",
                referencing_attribute: None,
                navigation_property: "team_processsession",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "metric_ProcessSessions",
                referenced_entity: "metric",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_metric",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "ExpiredProcess_ProcessSessions",
                referenced_entity: "expiredprocess",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_expiredprocess",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "KbArticle_ProcessSessions",
                referenced_entity: "kbarticle",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_kbarticle",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "SocialActivity_ProcessSessions",
                referenced_entity: "socialactivity",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_socialactivity",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Task_ProcessSessions",
                referenced_entity: "task",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_task",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_processsession_processid",
                referenced_entity: "workflow",
                referencing_attribute: Some("processid"),
                navigation_property: "processid",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_processsession_modifiedby",
                referenced_entity: "systemuser",
                referencing_attribute: Some("modifiedby"),
                navigation_property: "modifiedby",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "ConnectionRole_ProcessSessions",
                referenced_entity: "connectionrole",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_connectionrole",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "TransactionCurrency_ProcessSessions",
                referenced_entity: "transactioncurrency",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_transactioncurrency",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Fax_ProcessSessions",
                referenced_entity: "fax",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_fax",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "KbArticleTemplate_ProcessSessions",
                referenced_entity: "kbarticletemplate",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_kbarticletemplate",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Letter_ProcessSessions",
                referenced_entity: "letter",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_letter",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "RecurringAppointmentMaster_ProcessSessions",
                referenced_entity: "recurringappointmentmaster",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_recurringappointmentmaster",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Email_ProcessSessions",
                referenced_entity: "email",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_email",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_processsession_completedby",
                referenced_entity: "systemuser",
                referencing_attribute: Some("completedby"),
                navigation_property: "completedby",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Contact_ProcessSessions",
                referenced_entity: "contact",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_contact",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Queue_ProcessSessions",
                referenced_entity: "queue",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_queue",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "lk_processsessionbase_createdonbehalfby",
                referenced_entity: "systemuser",
                referencing_attribute: Some("createdonbehalfby"),
                navigation_property: "createdonbehalfby",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Subject_ProcessSessions",
                referenced_entity: "subject",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_subject",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "SocialProfile_ProcessSessions",
                referenced_entity: "socialprofile",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_socialprofile",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "solutioncomponentattributeconfiguration_ProcessSession",
                referenced_entity: "solutioncomponentattributeconfiguration",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_solutioncomponentattributeconfiguration",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "solutioncomponentbatchconfiguration_ProcessSession",
                referenced_entity: "solutioncomponentbatchconfiguration",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_solutioncomponentbatchconfiguration",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "solutioncomponentconfiguration_ProcessSession",
                referenced_entity: "solutioncomponentconfiguration",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_solutioncomponentconfiguration",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "solutioncomponentrelationshipconfiguration_ProcessSession",
                referenced_entity: "solutioncomponentrelationshipconfiguration",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_solutioncomponentrelationshipconfiguration",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "package_ProcessSession",
                referenced_entity: "package",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_package",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "stagesolutionupload_ProcessSession",
                referenced_entity: "stagesolutionupload",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_stagesolutionupload",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "exportsolutionupload_ProcessSession",
                referenced_entity: "exportsolutionupload",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_exportsolutionupload",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "featurecontrolsetting_ProcessSession",
                referenced_entity: "featurecontrolsetting",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_featurecontrolsetting",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "catalog_ProcessSession",
                referenced_entity: "catalog",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_catalog",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "catalogassignment_ProcessSession",
                referenced_entity: "catalogassignment",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_catalogassignment",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "customapi_ProcessSession",
                referenced_entity: "customapi",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_customapi",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "customapirequestparameter_ProcessSession",
                referenced_entity: "customapirequestparameter",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_customapirequestparameter",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "customapiresponseproperty_ProcessSession",
                referenced_entity: "customapiresponseproperty",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_customapiresponseproperty",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "provisionlanguageforuser_ProcessSession",
                referenced_entity: "provisionlanguageforuser",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_provisionlanguageforuser",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "datalakefolder_ProcessSession",
                referenced_entity: "datalakefolder",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_datalakefolder",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "datalakefolderpermission_ProcessSession",
                referenced_entity: "datalakefolderpermission",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_datalakefolderpermission",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "datalakeworkspace_ProcessSession",
                referenced_entity: "datalakeworkspace",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_datalakeworkspace",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "datalakeworkspacepermission_ProcessSession",
                referenced_entity: "datalakeworkspacepermission",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_datalakeworkspacepermission",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_dataflow_ProcessSession",
                referenced_entity: "msdyn_dataflow",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_dataflow",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "serviceplan_ProcessSession",
                referenced_entity: "serviceplan",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_serviceplan",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "serviceplanmapping_ProcessSession",
                referenced_entity: "serviceplanmapping",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_serviceplanmapping",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "applicationuser_ProcessSession",
                referenced_entity: "applicationuser",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_applicationuser",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "connector_ProcessSession",
                referenced_entity: "connector",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_connector",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "environmentvariabledefinition_ProcessSession",
                referenced_entity: "environmentvariabledefinition",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_environmentvariabledefinition",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "environmentvariablevalue_ProcessSession",
                referenced_entity: "environmentvariablevalue",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_environmentvariablevalue",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "flowmachine_ProcessSession",
                referenced_entity: "flowmachine",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_flowmachine",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "flowmachinegroup_ProcessSession",
                referenced_entity: "flowmachinegroup",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_flowmachinegroup",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "processstageparameter_ProcessSession",
                referenced_entity: "processstageparameter",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_processstageparameter",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "workflowbinary_ProcessSession",
                referenced_entity: "workflowbinary",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_workflowbinary",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "connectionreference_ProcessSession",
                referenced_entity: "connectionreference",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_connectionreference",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aiconfiguration_ProcessSession",
                referenced_entity: "msdyn_aiconfiguration",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aiconfiguration",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aimodel_ProcessSession",
                referenced_entity: "msdyn_aimodel",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aimodel",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aitemplate_ProcessSession",
                referenced_entity: "msdyn_aitemplate",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aitemplate",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aifptrainingdocument_ProcessSession",
                referenced_entity: "msdyn_aifptrainingdocument",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aifptrainingdocument",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aiodimage_ProcessSession",
                referenced_entity: "msdyn_aiodimage",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aiodimage",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aiodlabel_ProcessSession",
                referenced_entity: "msdyn_aiodlabel",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aiodlabel",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aiodtrainingboundingbox_ProcessSession",
                referenced_entity: "msdyn_aiodtrainingboundingbox",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aiodtrainingboundingbox",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aiodtrainingimage_ProcessSession",
                referenced_entity: "msdyn_aiodtrainingimage",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aiodtrainingimage",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aibdataset_ProcessSession",
                referenced_entity: "msdyn_aibdataset",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aibdataset",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aibdatasetfile_ProcessSession",
                referenced_entity: "msdyn_aibdatasetfile",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aibdatasetfile",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aibdatasetrecord_ProcessSession",
                referenced_entity: "msdyn_aibdatasetrecord",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aibdatasetrecord",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aibdatasetscontainer_ProcessSession",
                referenced_entity: "msdyn_aibdatasetscontainer",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aibdatasetscontainer",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aibfile_ProcessSession",
                referenced_entity: "msdyn_aibfile",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aibfile",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_aibfileattacheddata_ProcessSession",
                referenced_entity: "msdyn_aibfileattacheddata",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_aibfileattacheddata",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_helppage_ProcessSession",
                referenced_entity: "msdyn_helppage",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_helppage",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_tour_ProcessSession",
                referenced_entity: "msdyn_tour",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_tour",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdynce_botcontent_ProcessSession",
                referenced_entity: "msdynce_botcontent",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdynce_botcontent",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "conversationtranscript_ProcessSession",
                referenced_entity: "conversationtranscript",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_conversationtranscript",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "bot_ProcessSession",
                referenced_entity: "bot",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_bot",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "botcomponent_ProcessSession",
                referenced_entity: "botcomponent",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_botcomponent",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "Territory_ProcessSessions",
                referenced_entity: "territory",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_territory",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "activityfileattachment_ProcessSession",
                referenced_entity: "activityfileattachment",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_activityfileattachment",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_serviceconfiguration_ProcessSession",
                referenced_entity: "msdyn_serviceconfiguration",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_serviceconfiguration",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_slakpi_ProcessSession",
                referenced_entity: "msdyn_slakpi",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_slakpi",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_federatedarticle_ProcessSession",
                referenced_entity: "msdyn_federatedarticle",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_federatedarticle",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_federatedarticleincident_ProcessSession",
                referenced_entity: "msdyn_federatedarticleincident",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_federatedarticleincident",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_kmfederatedsearchconfig_ProcessSession",
                referenced_entity: "msdyn_kmfederatedsearchconfig",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_kmfederatedsearchconfig",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_knowledgearticleimage_ProcessSession",
                referenced_entity: "msdyn_knowledgearticleimage",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_knowledgearticleimage",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_knowledgeinteractioninsight_ProcessSession",
                referenced_entity: "msdyn_knowledgeinteractioninsight",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_knowledgeinteractioninsight",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_knowledgesearchinsight_ProcessSession",
                referenced_entity: "msdyn_knowledgesearchinsight",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_knowledgesearchinsight",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_kalanguagesetting_ProcessSession",
                referenced_entity: "msdyn_kalanguagesetting",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_kalanguagesetting",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_kbattachment_ProcessSession",
                referenced_entity: "msdyn_kbattachment",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_kbattachment",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_kmpersonalizationsetting_ProcessSession",
                referenced_entity: "msdyn_kmpersonalizationsetting",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_kmpersonalizationsetting",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_knowledgearticletemplate_ProcessSession",
                referenced_entity: "msdyn_knowledgearticletemplate",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_knowledgearticletemplate",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_knowledgepersonalfilter_ProcessSession",
                referenced_entity: "msdyn_knowledgepersonalfilter",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_knowledgepersonalfilter",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_knowledgesearchfilter_ProcessSession",
                referenced_entity: "msdyn_knowledgesearchfilter",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_knowledgesearchfilter",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "keyvaultreference_ProcessSession",
                referenced_entity: "keyvaultreference",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_keyvaultreference",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "managedidentity_ProcessSession",
                referenced_entity: "managedidentity",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_managedidentity",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "virtualentitymetadata_ProcessSession",
                referenced_entity: "virtualentitymetadata",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_virtualentitymetadata",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "organizationdatasyncsubscription_ProcessSession",
                referenced_entity: "organizationdatasyncsubscription",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_organizationdatasyncsubscription",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "organizationdatasyncsubscriptionentity_ProcessSession",
                referenced_entity: "organizationdatasyncsubscriptionentity",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_organizationdatasyncsubscriptionentity",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "appaction_ProcessSession",
                referenced_entity: "appaction",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_appaction",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_richtextfile_ProcessSession",
                referenced_entity: "msdyn_richtextfile",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_richtextfile",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_pminferredtask_ProcessSession",
                referenced_entity: "msdyn_pminferredtask",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_pminferredtask",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_pmrecording_ProcessSession",
                referenced_entity: "msdyn_pmrecording",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_pmrecording",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_analysiscomponent_ProcessSession",
                referenced_entity: "msdyn_analysiscomponent",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_analysiscomponent",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_analysisjob_ProcessSession",
                referenced_entity: "msdyn_analysisjob",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_analysisjob",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_analysisresult_ProcessSession",
                referenced_entity: "msdyn_analysisresult",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_analysisresult",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_analysisresultdetail_ProcessSession",
                referenced_entity: "msdyn_analysisresultdetail",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_analysisresultdetail",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_solutionhealthrule_ProcessSession",
                referenced_entity: "msdyn_solutionhealthrule",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_solutionhealthrule",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_solutionhealthruleargument_ProcessSession",
                referenced_entity: "msdyn_solutionhealthruleargument",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_solutionhealthruleargument",
                navigation_property_known: false,
            },
            dv::meta::ManyToOneMeta {
                schema_name: "msdyn_solutionhealthruleset_ProcessSession",
                referenced_entity: "msdyn_solutionhealthruleset",
                referencing_attribute: Some("regardingobjectid"),
                navigation_property: "regardingobjectid_msdyn_solutionhealthruleset",
                navigation_property_known: false,
            },
        ],
        many_to_many: &[],
    };
}
