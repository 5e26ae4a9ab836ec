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
        /// Many-to-one `theme_ProcessSession`: the `theme` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_theme`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const THEME_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            0,
        );
        /// Many-to-one `usermapping_ProcessSession`: the `usermapping` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_usermapping`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const USERMAPPING_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            1,
        );
        /// Many-to-one `knowledgearticle_ProcessSession`: the `knowledgearticle` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_knowledgearticle`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const KNOWLEDGEARTICLE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(2);
        /// Many-to-one `position_ProcessSession`: the `position` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_position`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const POSITION_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            3,
        );
        /// Many-to-one `KnowledgeBaseRecord_ProcessSession`: the `knowledgebaserecord` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_knowledgebaserecord`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const KNOWLEDGE_BASE_RECORD_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(4);
        /// Many-to-one `SharePointSite_ProcessSessions`: the `sharepointsite` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_sharepointsite`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SHARE_POINT_SITE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(5);
        /// Many-to-one `MailMergeTemplate_ProcessSessions`: the `mailmergetemplate` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_mailmergetemplate`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MAIL_MERGE_TEMPLATE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(6);
        /// Many-to-one `Annotation_ProcessSessions`: the `annotation` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_annotation`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ANNOTATION_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            7,
        );
        /// Many-to-one `BusinessUnitNewsArticle_ProcessSessions`: the `businessunitnewsarticle` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_businessunitnewsarticle`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const BUSINESS_UNIT_NEWS_ARTICLE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(8);
        /// Many-to-one `Appointment_ProcessSessions`: the `appointment` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_appointment`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const APPOINTMENT_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            9,
        );
        /// Many-to-one `QueueItem_ProcessSessions`: the `queueitem` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_queueitem`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const QUEUE_ITEM_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            10,
        );
        /// Many-to-one `lk_processsession_previouslinkedsessionid`: the `processsession` row this row's `previouslinkedsessionid` points at; navigation property `previouslinkedsessionid`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_PREVIOUSLINKEDSESSIONID_PARENT: dv::nav::ManyToOne<
            Self,
            ProcessSession,
        > = dv::nav::ManyToOne::at(11);
        /// Many-to-one `lk_processsession_nextlinkedsessionid`: the `processsession` row this row's `nextlinkedsessionid` points at; navigation property `nextlinkedsessionid`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_NEXTLINKEDSESSIONID_PARENT: dv::nav::ManyToOne<
            Self,
            ProcessSession,
        > = dv::nav::ManyToOne::at(12);
        /// Many-to-one `lk_processsession_originatingsessionid`: the `processsession` row this row's `originatingsessionid` points at; navigation property `originatingsessionid`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_ORIGINATINGSESSIONID_PARENT: dv::nav::ManyToOne<
            Self,
            ProcessSession,
        > = dv::nav::ManyToOne::at(13);
        /// Many-to-one `Team_ProcessSessions`: the `team` row this row's `?` points at; navigation property `Team_ProcessSessions`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TEAM_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            14,
        );
        /// Many-to-one `Goal_ProcessSessions`: the `goal` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_goal`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const GOAL_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            15,
        );
        /// Many-to-one `mailbox_processsessions`: the `mailbox` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_mailbox`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MAILBOX_PROCESSSESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            16,
        );
        /// Many-to-one `TranslationProcess_ProcessSessions`: the `translationprocess` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_translationprocess`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TRANSLATION_PROCESS_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(17);
        /// Many-to-one `SystemUser_ProcessSessions`: the `systemuser` row this row's `?` points at; navigation property `SystemUser_ProcessSessions`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SYSTEM_USER_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            18,
        );
        /// Many-to-one `BusinessUnit_ProcessSessions`: the `businessunit` row this row's `?` points at; navigation property `BusinessUnit_ProcessSessions`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const BUSINESS_UNIT_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(19);
        /// Many-to-one `KbArticleComment_ProcessSessions`: the `kbarticlecomment` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_kbarticlecomment`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const KB_ARTICLE_COMMENT_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(20);
        /// Many-to-one `lk_processsession_canceledby`: the `systemuser` row this row's `canceledby` points at; navigation property `canceledby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_CANCELEDBY: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            21,
        );
        /// Many-to-one `goalrollupquery_ProcessSessions`: the `goalrollupquery` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_goalrollupquery`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const GOALROLLUPQUERY_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(22);
        /// Many-to-one `rollupfield_ProcessSessions`: the `rollupfield` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_rollupfield`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ROLLUPFIELD_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            23,
        );
        /// Many-to-one `SharePointDocumentLocation_ProcessSessions`: the `sharepointdocumentlocation` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_sharepointdocumentlocation`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SHARE_POINT_DOCUMENT_LOCATION_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(24);
        /// Many-to-one `lk_processsession_startedby`: the `systemuser` row this row's `startedby` points at; navigation property `startedby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_STARTEDBY: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            25,
        );
        /// Many-to-one `Account_ProcessSessions`: the `account` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_account`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ACCOUNT_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            26,
        );
        /// Many-to-one `PhoneCall_ProcessSessions`: the `phonecall` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_phonecall`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const PHONE_CALL_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            27,
        );
        /// Many-to-one `slabase_ProcessSessions`: the `sla` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_sla`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SLABASE_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            28,
        );
        /// Many-to-one `lk_processsession_createdby`: the `systemuser` row this row's `createdby` points at; navigation property `createdby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_CREATEDBY: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            29,
        );
        /// Many-to-one `lk_processsessionbase_modifiedonbehalfby`: the `systemuser` row this row's `modifiedonbehalfby` points at; navigation property `modifiedonbehalfby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSIONBASE_MODIFIEDONBEHALFBY: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(30);
        /// Many-to-one `Template_ProcessSessions`: the `template` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_template`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TEMPLATE_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            31,
        );
        /// Many-to-one `NewProcess_ProcessSessions`: the `newprocess` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_newprocess`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const NEW_PROCESS_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            32,
        );
        /// Many-to-one `Report_ProcessSessions`: the `report` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_report`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const REPORT_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            33,
        );
        /// Many-to-one `Owning_businessunit_processsessions`: the `businessunit` row this row's `?` points at; navigation property `Owning_businessunit_processsessions`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const OWNING_BUSINESSUNIT_PROCESSSESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(34);
        /// Many-to-one `CustomerAddress_ProcessSessions`: the `customeraddress` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_customeraddress`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CUSTOMER_ADDRESS_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(35);
        /// Many-to-one `Connection_ProcessSessions`: the `connection` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_connection`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CONNECTION_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            36,
        );
        /// Many-to-one `lk_processsession_executedby`: the `systemuser` row this row's `executedby` points at; navigation property `executedby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_EXECUTEDBY: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            37,
        );
        /// Many-to-one `team_processsession`: the `team` row this row's `?` points at; navigation property `team_processsession`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TEAM_PROCESSSESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            38,
        );
        /// Many-to-one `metric_ProcessSessions`: the `metric` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_metric`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const METRIC_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            39,
        );
        /// Many-to-one `ExpiredProcess_ProcessSessions`: the `expiredprocess` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_expiredprocess`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const EXPIRED_PROCESS_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(40);
        /// Many-to-one `KbArticle_ProcessSessions`: the `kbarticle` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_kbarticle`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const KB_ARTICLE_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            41,
        );
        /// Many-to-one `SocialActivity_ProcessSessions`: the `socialactivity` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_socialactivity`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SOCIAL_ACTIVITY_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(42);
        /// Many-to-one `Task_ProcessSessions`: the `task` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_task`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TASK_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            43,
        );
        /// Many-to-one `lk_processsession_processid`: the `workflow` row this row's `processid` points at; navigation property `processid`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_PROCESSID: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            44,
        );
        /// Many-to-one `lk_processsession_modifiedby`: the `systemuser` row this row's `modifiedby` points at; navigation property `modifiedby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_MODIFIEDBY: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            45,
        );
        /// Many-to-one `ConnectionRole_ProcessSessions`: the `connectionrole` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_connectionrole`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CONNECTION_ROLE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(46);
        /// Many-to-one `TransactionCurrency_ProcessSessions`: the `transactioncurrency` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_transactioncurrency`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TRANSACTION_CURRENCY_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(47);
        /// Many-to-one `Fax_ProcessSessions`: the `fax` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_fax`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const FAX_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            48,
        );
        /// Many-to-one `KbArticleTemplate_ProcessSessions`: the `kbarticletemplate` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_kbarticletemplate`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const KB_ARTICLE_TEMPLATE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(49);
        /// Many-to-one `Letter_ProcessSessions`: the `letter` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_letter`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LETTER_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            50,
        );
        /// Many-to-one `RecurringAppointmentMaster_ProcessSessions`: the `recurringappointmentmaster` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_recurringappointmentmaster`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const RECURRING_APPOINTMENT_MASTER_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(51);
        /// Many-to-one `Email_ProcessSessions`: the `email` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_email`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const EMAIL_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            52,
        );
        /// Many-to-one `lk_processsession_completedby`: the `systemuser` row this row's `completedby` points at; navigation property `completedby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSION_COMPLETEDBY: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            53,
        );
        /// Many-to-one `Contact_ProcessSessions`: the `contact` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_contact`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CONTACT_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            54,
        );
        /// Many-to-one `Queue_ProcessSessions`: the `queue` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_queue`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const QUEUE_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            55,
        );
        /// Many-to-one `lk_processsessionbase_createdonbehalfby`: the `systemuser` row this row's `createdonbehalfby` points at; navigation property `createdonbehalfby`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const LK_PROCESSSESSIONBASE_CREATEDONBEHALFBY: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(56);
        /// Many-to-one `Subject_ProcessSessions`: the `subject` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_subject`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SUBJECT_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            57,
        );
        /// Many-to-one `SocialProfile_ProcessSessions`: the `socialprofile` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_socialprofile`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SOCIAL_PROFILE_PROCESS_SESSIONS: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(58);
        /// Many-to-one `solutioncomponentattributeconfiguration_ProcessSession`: the `solutioncomponentattributeconfiguration` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_solutioncomponentattributeconfiguration`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SOLUTIONCOMPONENTATTRIBUTECONFIGURATION_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(59);
        /// Many-to-one `solutioncomponentbatchconfiguration_ProcessSession`: the `solutioncomponentbatchconfiguration` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_solutioncomponentbatchconfiguration`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SOLUTIONCOMPONENTBATCHCONFIGURATION_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(60);
        /// Many-to-one `solutioncomponentconfiguration_ProcessSession`: the `solutioncomponentconfiguration` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_solutioncomponentconfiguration`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SOLUTIONCOMPONENTCONFIGURATION_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(61);
        /// Many-to-one `solutioncomponentrelationshipconfiguration_ProcessSession`: the `solutioncomponentrelationshipconfiguration` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_solutioncomponentrelationshipconfiguration`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SOLUTIONCOMPONENTRELATIONSHIPCONFIGURATION_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(62);
        /// Many-to-one `package_ProcessSession`: the `package` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_package`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const PACKAGE_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            63,
        );
        /// Many-to-one `stagesolutionupload_ProcessSession`: the `stagesolutionupload` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_stagesolutionupload`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const STAGESOLUTIONUPLOAD_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(64);
        /// Many-to-one `exportsolutionupload_ProcessSession`: the `exportsolutionupload` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_exportsolutionupload`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const EXPORTSOLUTIONUPLOAD_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(65);
        /// Many-to-one `featurecontrolsetting_ProcessSession`: the `featurecontrolsetting` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_featurecontrolsetting`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const FEATURECONTROLSETTING_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(66);
        /// Many-to-one `catalog_ProcessSession`: the `catalog` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_catalog`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CATALOG_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            67,
        );
        /// Many-to-one `catalogassignment_ProcessSession`: the `catalogassignment` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_catalogassignment`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CATALOGASSIGNMENT_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(68);
        /// Many-to-one `customapi_ProcessSession`: the `customapi` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_customapi`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CUSTOMAPI_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            69,
        );
        /// Many-to-one `customapirequestparameter_ProcessSession`: the `customapirequestparameter` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_customapirequestparameter`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CUSTOMAPIREQUESTPARAMETER_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(70);
        /// Many-to-one `customapiresponseproperty_ProcessSession`: the `customapiresponseproperty` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_customapiresponseproperty`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CUSTOMAPIRESPONSEPROPERTY_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(71);
        /// Many-to-one `provisionlanguageforuser_ProcessSession`: the `provisionlanguageforuser` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_provisionlanguageforuser`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const PROVISIONLANGUAGEFORUSER_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(72);
        /// Many-to-one `datalakefolder_ProcessSession`: the `datalakefolder` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_datalakefolder`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const DATALAKEFOLDER_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(73);
        /// Many-to-one `datalakefolderpermission_ProcessSession`: the `datalakefolderpermission` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_datalakefolderpermission`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const DATALAKEFOLDERPERMISSION_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(74);
        /// Many-to-one `datalakeworkspace_ProcessSession`: the `datalakeworkspace` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_datalakeworkspace`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const DATALAKEWORKSPACE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(75);
        /// Many-to-one `datalakeworkspacepermission_ProcessSession`: the `datalakeworkspacepermission` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_datalakeworkspacepermission`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const DATALAKEWORKSPACEPERMISSION_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(76);
        /// Many-to-one `msdyn_dataflow_ProcessSession`: the `msdyn_dataflow` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_dataflow`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_DATAFLOW_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(77);
        /// Many-to-one `serviceplan_ProcessSession`: the `serviceplan` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_serviceplan`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SERVICEPLAN_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            78,
        );
        /// Many-to-one `serviceplanmapping_ProcessSession`: the `serviceplanmapping` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_serviceplanmapping`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const SERVICEPLANMAPPING_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(79);
        /// Many-to-one `applicationuser_ProcessSession`: the `applicationuser` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_applicationuser`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const APPLICATIONUSER_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(80);
        /// Many-to-one `connector_ProcessSession`: the `connector` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_connector`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CONNECTOR_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            81,
        );
        /// Many-to-one `environmentvariabledefinition_ProcessSession`: the `environmentvariabledefinition` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_environmentvariabledefinition`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ENVIRONMENTVARIABLEDEFINITION_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(82);
        /// Many-to-one `environmentvariablevalue_ProcessSession`: the `environmentvariablevalue` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_environmentvariablevalue`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ENVIRONMENTVARIABLEVALUE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(83);
        /// Many-to-one `flowmachine_ProcessSession`: the `flowmachine` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_flowmachine`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const FLOWMACHINE_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            84,
        );
        /// Many-to-one `flowmachinegroup_ProcessSession`: the `flowmachinegroup` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_flowmachinegroup`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const FLOWMACHINEGROUP_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(85);
        /// Many-to-one `processstageparameter_ProcessSession`: the `processstageparameter` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_processstageparameter`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const PROCESSSTAGEPARAMETER_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(86);
        /// Many-to-one `workflowbinary_ProcessSession`: the `workflowbinary` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_workflowbinary`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const WORKFLOWBINARY_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(87);
        /// Many-to-one `connectionreference_ProcessSession`: the `connectionreference` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_connectionreference`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CONNECTIONREFERENCE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(88);
        /// Many-to-one `msdyn_aiconfiguration_ProcessSession`: the `msdyn_aiconfiguration` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aiconfiguration`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AICONFIGURATION_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(89);
        /// Many-to-one `msdyn_aimodel_ProcessSession`: the `msdyn_aimodel` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aimodel`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIMODEL_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            90,
        );
        /// Many-to-one `msdyn_aitemplate_ProcessSession`: the `msdyn_aitemplate` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aitemplate`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AITEMPLATE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(91);
        /// Many-to-one `msdyn_aifptrainingdocument_ProcessSession`: the `msdyn_aifptrainingdocument` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aifptrainingdocument`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIFPTRAININGDOCUMENT_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(92);
        /// Many-to-one `msdyn_aiodimage_ProcessSession`: the `msdyn_aiodimage` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aiodimage`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIODIMAGE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(93);
        /// Many-to-one `msdyn_aiodlabel_ProcessSession`: the `msdyn_aiodlabel` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aiodlabel`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIODLABEL_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(94);
        /// Many-to-one `msdyn_aiodtrainingboundingbox_ProcessSession`: the `msdyn_aiodtrainingboundingbox` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aiodtrainingboundingbox`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIODTRAININGBOUNDINGBOX_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(95);
        /// Many-to-one `msdyn_aiodtrainingimage_ProcessSession`: the `msdyn_aiodtrainingimage` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aiodtrainingimage`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIODTRAININGIMAGE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(96);
        /// Many-to-one `msdyn_aibdataset_ProcessSession`: the `msdyn_aibdataset` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aibdataset`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIBDATASET_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(97);
        /// Many-to-one `msdyn_aibdatasetfile_ProcessSession`: the `msdyn_aibdatasetfile` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aibdatasetfile`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIBDATASETFILE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(98);
        /// Many-to-one `msdyn_aibdatasetrecord_ProcessSession`: the `msdyn_aibdatasetrecord` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aibdatasetrecord`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIBDATASETRECORD_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(99);
        /// Many-to-one `msdyn_aibdatasetscontainer_ProcessSession`: the `msdyn_aibdatasetscontainer` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aibdatasetscontainer`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIBDATASETSCONTAINER_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(100);
        /// Many-to-one `msdyn_aibfile_ProcessSession`: the `msdyn_aibfile` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aibfile`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIBFILE_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            101,
        );
        /// Many-to-one `msdyn_aibfileattacheddata_ProcessSession`: the `msdyn_aibfileattacheddata` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_aibfileattacheddata`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_AIBFILEATTACHEDDATA_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(102);
        /// Many-to-one `msdyn_helppage_ProcessSession`: the `msdyn_helppage` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_helppage`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_HELPPAGE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(103);
        /// Many-to-one `msdyn_tour_ProcessSession`: the `msdyn_tour` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_tour`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_TOUR_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            104,
        );
        /// Many-to-one `msdynce_botcontent_ProcessSession`: the `msdynce_botcontent` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdynce_botcontent`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYNCE_BOTCONTENT_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(105);
        /// Many-to-one `conversationtranscript_ProcessSession`: the `conversationtranscript` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_conversationtranscript`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const CONVERSATIONTRANSCRIPT_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(106);
        /// Many-to-one `bot_ProcessSession`: the `bot` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_bot`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const BOT_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            107,
        );
        /// Many-to-one `botcomponent_ProcessSession`: the `botcomponent` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_botcomponent`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const BOTCOMPONENT_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            108,
        );
        /// Many-to-one `Territory_ProcessSessions`: the `territory` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_territory`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const TERRITORY_PROCESS_SESSIONS: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            109,
        );
        /// Many-to-one `activityfileattachment_ProcessSession`: the `activityfileattachment` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_activityfileattachment`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ACTIVITYFILEATTACHMENT_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(110);
        /// Many-to-one `msdyn_serviceconfiguration_ProcessSession`: the `msdyn_serviceconfiguration` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_serviceconfiguration`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_SERVICECONFIGURATION_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(111);
        /// Many-to-one `msdyn_slakpi_ProcessSession`: the `msdyn_slakpi` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_slakpi`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_SLAKPI_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            112,
        );
        /// Many-to-one `msdyn_federatedarticle_ProcessSession`: the `msdyn_federatedarticle` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_federatedarticle`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_FEDERATEDARTICLE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(113);
        /// Many-to-one `msdyn_federatedarticleincident_ProcessSession`: the `msdyn_federatedarticleincident` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_federatedarticleincident`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_FEDERATEDARTICLEINCIDENT_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(114);
        /// Many-to-one `msdyn_kmfederatedsearchconfig_ProcessSession`: the `msdyn_kmfederatedsearchconfig` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_kmfederatedsearchconfig`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KMFEDERATEDSEARCHCONFIG_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(115);
        /// Many-to-one `msdyn_knowledgearticleimage_ProcessSession`: the `msdyn_knowledgearticleimage` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_knowledgearticleimage`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KNOWLEDGEARTICLEIMAGE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(116);
        /// Many-to-one `msdyn_knowledgeinteractioninsight_ProcessSession`: the `msdyn_knowledgeinteractioninsight` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_knowledgeinteractioninsight`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KNOWLEDGEINTERACTIONINSIGHT_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(117);
        /// Many-to-one `msdyn_knowledgesearchinsight_ProcessSession`: the `msdyn_knowledgesearchinsight` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_knowledgesearchinsight`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KNOWLEDGESEARCHINSIGHT_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(118);
        /// Many-to-one `msdyn_kalanguagesetting_ProcessSession`: the `msdyn_kalanguagesetting` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_kalanguagesetting`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KALANGUAGESETTING_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(119);
        /// Many-to-one `msdyn_kbattachment_ProcessSession`: the `msdyn_kbattachment` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_kbattachment`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KBATTACHMENT_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(120);
        /// Many-to-one `msdyn_kmpersonalizationsetting_ProcessSession`: the `msdyn_kmpersonalizationsetting` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_kmpersonalizationsetting`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KMPERSONALIZATIONSETTING_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(121);
        /// Many-to-one `msdyn_knowledgearticletemplate_ProcessSession`: the `msdyn_knowledgearticletemplate` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_knowledgearticletemplate`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KNOWLEDGEARTICLETEMPLATE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(122);
        /// Many-to-one `msdyn_knowledgepersonalfilter_ProcessSession`: the `msdyn_knowledgepersonalfilter` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_knowledgepersonalfilter`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KNOWLEDGEPERSONALFILTER_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(123);
        /// Many-to-one `msdyn_knowledgesearchfilter_ProcessSession`: the `msdyn_knowledgesearchfilter` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_knowledgesearchfilter`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_KNOWLEDGESEARCHFILTER_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(124);
        /// Many-to-one `keyvaultreference_ProcessSession`: the `keyvaultreference` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_keyvaultreference`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const KEYVAULTREFERENCE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(125);
        /// Many-to-one `managedidentity_ProcessSession`: the `managedidentity` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_managedidentity`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MANAGEDIDENTITY_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(126);
        /// Many-to-one `virtualentitymetadata_ProcessSession`: the `virtualentitymetadata` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_virtualentitymetadata`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const VIRTUALENTITYMETADATA_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(127);
        /// Many-to-one `organizationdatasyncsubscription_ProcessSession`: the `organizationdatasyncsubscription` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_organizationdatasyncsubscription`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ORGANIZATIONDATASYNCSUBSCRIPTION_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(128);
        /// Many-to-one `organizationdatasyncsubscriptionentity_ProcessSession`: the `organizationdatasyncsubscriptionentity` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_organizationdatasyncsubscriptionentity`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const ORGANIZATIONDATASYNCSUBSCRIPTIONENTITY_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(129);
        /// Many-to-one `appaction_ProcessSession`: the `appaction` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_appaction`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const APPACTION_PROCESS_SESSION: dv::nav::ManyToOne<Self, dv::Untyped> = dv::nav::ManyToOne::at(
            130,
        );
        /// Many-to-one `msdyn_richtextfile_ProcessSession`: the `msdyn_richtextfile` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_richtextfile`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_RICHTEXTFILE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(131);
        /// Many-to-one `msdyn_pminferredtask_ProcessSession`: the `msdyn_pminferredtask` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_pminferredtask`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_PMINFERREDTASK_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(132);
        /// Many-to-one `msdyn_pmrecording_ProcessSession`: the `msdyn_pmrecording` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_pmrecording`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_PMRECORDING_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(133);
        /// Many-to-one `msdyn_analysiscomponent_ProcessSession`: the `msdyn_analysiscomponent` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_analysiscomponent`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_ANALYSISCOMPONENT_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(134);
        /// Many-to-one `msdyn_analysisjob_ProcessSession`: the `msdyn_analysisjob` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_analysisjob`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_ANALYSISJOB_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(135);
        /// Many-to-one `msdyn_analysisresult_ProcessSession`: the `msdyn_analysisresult` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_analysisresult`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_ANALYSISRESULT_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(136);
        /// Many-to-one `msdyn_analysisresultdetail_ProcessSession`: the `msdyn_analysisresultdetail` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_analysisresultdetail`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_ANALYSISRESULTDETAIL_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(137);
        /// Many-to-one `msdyn_solutionhealthrule_ProcessSession`: the `msdyn_solutionhealthrule` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_solutionhealthrule`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_SOLUTIONHEALTHRULE_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(138);
        /// Many-to-one `msdyn_solutionhealthruleargument_ProcessSession`: the `msdyn_solutionhealthruleargument` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_solutionhealthruleargument`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_SOLUTIONHEALTHRULEARGUMENT_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(139);
        /// Many-to-one `msdyn_solutionhealthruleset_ProcessSession`: the `msdyn_solutionhealthruleset` row this row's `regardingobjectid` points at; navigation property `regardingobjectid_msdyn_solutionhealthruleset`. (The page does not name the navigation property; this is the generator's fallback.)
        pub const MSDYN_SOLUTIONHEALTHRULESET_PROCESS_SESSION: dv::nav::ManyToOne<
            Self,
            dv::Untyped,
        > = dv::nav::ManyToOne::at(140);
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new("team", "teams", "ownerid")
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                    ],
                ),
            dv::ColumnMeta::new(
                    "owneridtype",
                    "OwnerIdType",
                    "EntityName",
                    dv::ColumnKind::Text,
                )
                .required_level(dv::meta::RequiredLevel::SystemRequired),
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                        dv::meta::Target::new(
                                "account",
                                "accounts",
                                "regardingobjectid_account",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "activityfileattachment",
                                "activityfileattachments",
                                "regardingobjectid_activityfileattachment",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "annotation",
                                "annotations",
                                "regardingobjectid_annotation",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "appaction",
                                "appactions",
                                "regardingobjectid_appaction",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "appelement",
                                "appelements",
                                "regardingobjectid_appelement",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "applicationuser",
                                "applicationusers",
                                "regardingobjectid_applicationuser",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "appmodulecomponentedge",
                                "appmodulecomponentedges",
                                "regardingobjectid_appmodulecomponentedge",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "appmodulecomponentnode",
                                "appmodulecomponentnodes",
                                "regardingobjectid_appmodulecomponentnode",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "appointment",
                                "appointments",
                                "regardingobjectid_appointment",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "appsetting",
                                "appsettings",
                                "regardingobjectid_appsetting",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "appusersetting",
                                "appusersettings",
                                "regardingobjectid_appusersetting",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new("bot", "bots", "regardingobjectid_bot")
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "botcomponent",
                                "botcomponents",
                                "regardingobjectid_botcomponent",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "businessunit",
                                "businessunits",
                                "regardingobjectid_businessunit",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "businessunitnewsarticle",
                                "businessunitnewsarticles",
                                "regardingobjectid_businessunitnewsarticle",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "canvasappextendedmetadata",
                                "canvasappextendedmetadatas",
                                "regardingobjectid_canvasappextendedmetadata",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "cascadegrantrevokeaccessrecordstracker",
                                "cascadegrantrevokeaccessrecordstrackers",
                                "regardingobjectid_cascadegrantrevokeaccessrecordstracker",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "cascadegrantrevokeaccessversiontracker",
                                "cascadegrantrevokeaccessversiontrackers",
                                "regardingobjectid_cascadegrantrevokeaccessversiontracker",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "catalog",
                                "catalogs",
                                "regardingobjectid_catalog",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "catalogassignment",
                                "catalogassignments",
                                "regardingobjectid_catalogassignment",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "channelaccessprofile",
                                "channelaccessprofiles",
                                "regardingobjectid_channelaccessprofile",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "channelaccessprofilerule",
                                "channelaccessprofilerules",
                                "regardingobjectid_channelaccessprofilerule",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "comment",
                                "comments",
                                "regardingobjectid_comment",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "connection",
                                "connections",
                                "regardingobjectid_connection",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "connectionreference",
                                "connectionreferences",
                                "regardingobjectid_connectionreference",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "connectionrole",
                                "connectionroles",
                                "regardingobjectid_connectionrole",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "connector",
                                "connectors",
                                "regardingobjectid_connector",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "contact",
                                "contacts",
                                "regardingobjectid_contact",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "conversationtranscript",
                                "conversationtranscripts",
                                "regardingobjectid_conversationtranscript",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "convertrule",
                                "convertrules",
                                "regardingobjectid_convertrule",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "customapi",
                                "customapis",
                                "regardingobjectid_customapi",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "customapirequestparameter",
                                "customapirequestparameters",
                                "regardingobjectid_customapirequestparameter",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "customapiresponseproperty",
                                "customapiresponseproperties",
                                "regardingobjectid_customapiresponseproperty",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "customeraddress",
                                "customeraddresses",
                                "regardingobjectid_customeraddress",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "customerrelationship",
                                "customerrelationships",
                                "regardingobjectid_customerrelationship",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "datalakefolder",
                                "datalakefolders",
                                "regardingobjectid_datalakefolder",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "datalakefolderpermission",
                                "datalakefolderpermissions",
                                "regardingobjectid_datalakefolderpermission",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "datalakeworkspace",
                                "datalakeworkspaces",
                                "regardingobjectid_datalakeworkspace",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "datalakeworkspacepermission",
                                "datalakeworkspacepermissions",
                                "regardingobjectid_datalakeworkspacepermission",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "email",
                                "emails",
                                "regardingobjectid_email",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "environmentvariabledefinition",
                                "environmentvariabledefinitions",
                                "regardingobjectid_environmentvariabledefinition",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "environmentvariablevalue",
                                "environmentvariablevalues",
                                "regardingobjectid_environmentvariablevalue",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "expiredprocess",
                                "expiredprocesses",
                                "regardingobjectid_expiredprocess",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "exportsolutionupload",
                                "exportsolutionuploads",
                                "regardingobjectid_exportsolutionupload",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "externalparty",
                                "externalparties",
                                "regardingobjectid_externalparty",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "externalpartyitem",
                                "externalpartyitems",
                                "regardingobjectid_externalpartyitem",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new("fax", "faxes", "regardingobjectid_fax")
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "featurecontrolsetting",
                                "featurecontrolsettings",
                                "regardingobjectid_featurecontrolsetting",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "flowmachine",
                                "flowmachines",
                                "regardingobjectid_flowmachine",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "flowmachinegroup",
                                "flowmachinegroups",
                                "regardingobjectid_flowmachinegroup",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new("goal", "goals", "regardingobjectid_goal")
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "goalrollupquery",
                                "goalrollupqueries",
                                "regardingobjectid_goalrollupquery",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "holidaywrapper",
                                "holidaywrappers",
                                "regardingobjectid_holidaywrapper",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "internalcatalogassignment",
                                "internalcatalogassignments",
                                "regardingobjectid_internalcatalogassignment",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "kbarticle",
                                "kbarticles",
                                "regardingobjectid_kbarticle",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "kbarticlecomment",
                                "kbarticlecomments",
                                "regardingobjectid_kbarticlecomment",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "kbarticletemplate",
                                "kbarticletemplates",
                                "regardingobjectid_kbarticletemplate",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "keyvaultreference",
                                "keyvaultreferences",
                                "regardingobjectid_keyvaultreference",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "knowledgearticle",
                                "knowledgearticles",
                                "regardingobjectid_knowledgearticle",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "knowledgebaserecord",
                                "knowledgebaserecords",
                                "regardingobjectid_knowledgebaserecord",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "letter",
                                "letters",
                                "regardingobjectid_letter",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "mailbox",
                                "mailboxes",
                                "regardingobjectid_mailbox",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "mailmergetemplate",
                                "mailmergetemplates",
                                "regardingobjectid_mailmergetemplate",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "managedidentity",
                                "managedidentities",
                                "regardingobjectid_managedidentity",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "metric",
                                "metrics",
                                "regardingobjectid_metric",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdynce_botcontent",
                                "msdynce_botcontents",
                                "regardingobjectid_msdynce_botcontent",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aibdataset",
                                "msdyn_aibdatasets",
                                "regardingobjectid_msdyn_aibdataset",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aibdatasetfile",
                                "msdyn_aibdatasetfiles",
                                "regardingobjectid_msdyn_aibdatasetfile",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aibdatasetrecord",
                                "msdyn_aibdatasetrecords",
                                "regardingobjectid_msdyn_aibdatasetrecord",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aibdatasetscontainer",
                                "msdyn_aibdatasetscontainers",
                                "regardingobjectid_msdyn_aibdatasetscontainer",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aibfile",
                                "msdyn_aibfiles",
                                "regardingobjectid_msdyn_aibfile",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aibfileattacheddata",
                                "msdyn_aibfileattacheddatas",
                                "regardingobjectid_msdyn_aibfileattacheddata",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aiconfiguration",
                                "msdyn_aiconfigurations",
                                "regardingobjectid_msdyn_aiconfiguration",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aifptrainingdocument",
                                "msdyn_aifptrainingdocuments",
                                "regardingobjectid_msdyn_aifptrainingdocument",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aimodel",
                                "msdyn_aimodels",
                                "regardingobjectid_msdyn_aimodel",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aiodimage",
                                "msdyn_aiodimages",
                                "regardingobjectid_msdyn_aiodimage",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aiodlabel",
                                "msdyn_aiodlabels",
                                "regardingobjectid_msdyn_aiodlabel",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aiodtrainingboundingbox",
                                "msdyn_aiodtrainingboundingboxes",
                                "regardingobjectid_msdyn_aiodtrainingboundingbox",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aiodtrainingimage",
                                "msdyn_aiodtrainingimages",
                                "regardingobjectid_msdyn_aiodtrainingimage",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_aitemplate",
                                "msdyn_aitemplates",
                                "regardingobjectid_msdyn_aitemplate",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_analysiscomponent",
                                "msdyn_analysiscomponents",
                                "regardingobjectid_msdyn_analysiscomponent",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_analysisjob",
                                "msdyn_analysisjobs",
                                "regardingobjectid_msdyn_analysisjob",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_analysisresult",
                                "msdyn_analysisresults",
                                "regardingobjectid_msdyn_analysisresult",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_analysisresultdetail",
                                "msdyn_analysisresultdetails",
                                "regardingobjectid_msdyn_analysisresultdetail",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_dataflow",
                                "msdyn_dataflows",
                                "regardingobjectid_msdyn_dataflow",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_federatedarticle",
                                "msdyn_federatedarticles",
                                "regardingobjectid_msdyn_federatedarticle",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_federatedarticleincident",
                                "msdyn_federatedarticleincidents",
                                "regardingobjectid_msdyn_federatedarticleincident",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_helppage",
                                "msdyn_helppages",
                                "regardingobjectid_msdyn_helppage",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_kalanguagesetting",
                                "msdyn_kalanguagesettings",
                                "regardingobjectid_msdyn_kalanguagesetting",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_kbattachment",
                                "msdyn_kbattachments",
                                "regardingobjectid_msdyn_kbattachment",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_kmfederatedsearchconfig",
                                "msdyn_kmfederatedsearchconfigs",
                                "regardingobjectid_msdyn_kmfederatedsearchconfig",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_kmpersonalizationsetting",
                                "msdyn_kmpersonalizationsettings",
                                "regardingobjectid_msdyn_kmpersonalizationsetting",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_knowledgearticleimage",
                                "msdyn_knowledgearticleimages",
                                "regardingobjectid_msdyn_knowledgearticleimage",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_knowledgearticletemplate",
                                "msdyn_knowledgearticletemplates",
                                "regardingobjectid_msdyn_knowledgearticletemplate",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_knowledgeinteractioninsight",
                                "msdyn_knowledgeinteractioninsights",
                                "regardingobjectid_msdyn_knowledgeinteractioninsight",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_knowledgepersonalfilter",
                                "msdyn_knowledgepersonalfilters",
                                "regardingobjectid_msdyn_knowledgepersonalfilter",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_knowledgesearchfilter",
                                "msdyn_knowledgesearchfilters",
                                "regardingobjectid_msdyn_knowledgesearchfilter",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_knowledgesearchinsight",
                                "msdyn_knowledgesearchinsights",
                                "regardingobjectid_msdyn_knowledgesearchinsight",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_pminferredtask",
                                "msdyn_pminferredtasks",
                                "regardingobjectid_msdyn_pminferredtask",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_pmrecording",
                                "msdyn_pmrecordings",
                                "regardingobjectid_msdyn_pmrecording",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_richtextfile",
                                "msdyn_richtextfiles",
                                "regardingobjectid_msdyn_richtextfile",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_serviceconfiguration",
                                "msdyn_serviceconfigurations",
                                "regardingobjectid_msdyn_serviceconfiguration",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_slakpi",
                                "msdyn_slakpis",
                                "regardingobjectid_msdyn_slakpi",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_solutionhealthrule",
                                "msdyn_solutionhealthrules",
                                "regardingobjectid_msdyn_solutionhealthrule",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_solutionhealthruleargument",
                                "msdyn_solutionhealthrulearguments",
                                "regardingobjectid_msdyn_solutionhealthruleargument",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_solutionhealthruleset",
                                "msdyn_solutionhealthrulesets",
                                "regardingobjectid_msdyn_solutionhealthruleset",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "msdyn_tour",
                                "msdyn_tours",
                                "regardingobjectid_msdyn_tour",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "newprocess",
                                "newprocesses",
                                "regardingobjectid_newprocess",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "organizationdatasyncsubscription",
                                "organizationdatasyncsubscriptions",
                                "regardingobjectid_organizationdatasyncsubscription",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "organizationdatasyncsubscriptionentity",
                                "organizationdatasyncsubscriptionentities",
                                "regardingobjectid_organizationdatasyncsubscriptionentity",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "organizationsetting",
                                "organizationsettings",
                                "regardingobjectid_organizationsetting",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "package",
                                "packages",
                                "regardingobjectid_package",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "pdfsetting",
                                "pdfsettings",
                                "regardingobjectid_pdfsetting",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "phonecall",
                                "phonecalls",
                                "regardingobjectid_phonecall",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "position",
                                "positions",
                                "regardingobjectid_position",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "processstageparameter",
                                "processstageparameters",
                                "regardingobjectid_processstageparameter",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "provisionlanguageforuser",
                                "provisionlanguageforusers",
                                "regardingobjectid_provisionlanguageforuser",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "queue",
                                "queues",
                                "regardingobjectid_queue",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "queueitem",
                                "queueitems",
                                "regardingobjectid_queueitem",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "recurringappointmentmaster",
                                "recurringappointmentmasters",
                                "regardingobjectid_recurringappointmentmaster",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "relationshiprole",
                                "relationshiproles",
                                "regardingobjectid_relationshiprole",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "report",
                                "reports",
                                "regardingobjectid_report",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "revokeinheritedaccessrecordstracker",
                                "revokeinheritedaccessrecordstrackers",
                                "regardingobjectid_revokeinheritedaccessrecordstracker",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "rollupfield",
                                "rollupfields",
                                "regardingobjectid_rollupfield",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "routingrule",
                                "routingrules",
                                "regardingobjectid_routingrule",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "routingruleitem",
                                "routingruleitems",
                                "regardingobjectid_routingruleitem",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "serviceplan",
                                "serviceplans",
                                "regardingobjectid_serviceplan",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "serviceplanmapping",
                                "serviceplanmappings",
                                "regardingobjectid_serviceplanmapping",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "settingdefinition",
                                "settingdefinitions",
                                "regardingobjectid_settingdefinition",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "sharepointdocumentlocation",
                                "sharepointdocumentlocations",
                                "regardingobjectid_sharepointdocumentlocation",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "sharepointsite",
                                "sharepointsites",
                                "regardingobjectid_sharepointsite",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new("sla", "slas", "regardingobjectid_sla")
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "socialactivity",
                                "socialactivities",
                                "regardingobjectid_socialactivity",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "socialprofile",
                                "socialprofiles",
                                "regardingobjectid_socialprofile",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "solutioncomponentattributeconfiguration",
                                "solutioncomponentattributeconfigurations",
                                "regardingobjectid_solutioncomponentattributeconfiguration",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "solutioncomponentbatchconfiguration",
                                "solutioncomponentbatchconfigurations",
                                "regardingobjectid_solutioncomponentbatchconfiguration",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "solutioncomponentconfiguration",
                                "solutioncomponentconfigurations",
                                "regardingobjectid_solutioncomponentconfiguration",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "solutioncomponentrelationshipconfiguration",
                                "solutioncomponentrelationshipconfigurations",
                                "regardingobjectid_solutioncomponentrelationshipconfiguration",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "stagesolutionupload",
                                "stagesolutionuploads",
                                "regardingobjectid_stagesolutionupload",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "subject",
                                "subjects",
                                "regardingobjectid_subject",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "systemuser",
                                "systemusers",
                                "regardingobjectid_systemuser",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "systemuserauthorizationchangetracker",
                                "systemuserauthorizationchangetrackers",
                                "regardingobjectid_systemuserauthorizationchangetracker",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new("task", "tasks", "regardingobjectid_task")
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new("team", "teams", "regardingobjectid_team")
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "teammobileofflineprofilemembership",
                                "teammobileofflineprofilememberships",
                                "regardingobjectid_teammobileofflineprofilemembership",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "template",
                                "templates",
                                "regardingobjectid_template",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "territory",
                                "territories",
                                "regardingobjectid_territory",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "theme",
                                "themes",
                                "regardingobjectid_theme",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "transactioncurrency",
                                "transactioncurrencies",
                                "regardingobjectid_transactioncurrency",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "translationprocess",
                                "translationprocesses",
                                "regardingobjectid_translationprocess",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "usermapping",
                                "usermappings",
                                "regardingobjectid_usermapping",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "usermobileofflineprofilemembership",
                                "usermobileofflineprofilememberships",
                                "regardingobjectid_usermobileofflineprofilemembership",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "virtualentitymetadata",
                                "virtualentitymetadatas",
                                "regardingobjectid_virtualentitymetadata",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
                        dv::meta::Target::new(
                                "workflowbinary",
                                "workflowbinaries",
                                "regardingobjectid_workflowbinary",
                            )
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                .valid_for_update(false),
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                            .entity_set_assumed()
                            .navigation_property_assumed(),
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
                    "theme_ProcessSession",
                    "theme",
                    "regardingobjectid_theme",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "usermapping_ProcessSession",
                    "usermapping",
                    "regardingobjectid_usermapping",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "knowledgearticle_ProcessSession",
                    "knowledgearticle",
                    "regardingobjectid_knowledgearticle",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "position_ProcessSession",
                    "position",
                    "regardingobjectid_position",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "KnowledgeBaseRecord_ProcessSession",
                    "knowledgebaserecord",
                    "regardingobjectid_knowledgebaserecord",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "SharePointSite_ProcessSessions",
                    "sharepointsite",
                    "regardingobjectid_sharepointsite",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "MailMergeTemplate_ProcessSessions",
                    "mailmergetemplate",
                    "regardingobjectid_mailmergetemplate",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Annotation_ProcessSessions",
                    "annotation",
                    "regardingobjectid_annotation",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "BusinessUnitNewsArticle_ProcessSessions",
                    "businessunitnewsarticle",
                    "regardingobjectid_businessunitnewsarticle",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Appointment_ProcessSessions",
                    "appointment",
                    "regardingobjectid_appointment",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "QueueItem_ProcessSessions",
                    "queueitem",
                    "regardingobjectid_queueitem",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
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
            dv::meta::ManyToOneMeta::new(
                    "Team_ProcessSessions",
                    "team",
                    "Team_ProcessSessions",
                )
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Goal_ProcessSessions",
                    "goal",
                    "regardingobjectid_goal",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "mailbox_processsessions",
                    "mailbox",
                    "regardingobjectid_mailbox",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "TranslationProcess_ProcessSessions",
                    "translationprocess",
                    "regardingobjectid_translationprocess",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "SystemUser_ProcessSessions",
                    "systemuser",
                    "SystemUser_ProcessSessions",
                )
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "BusinessUnit_ProcessSessions",
                    "businessunit",
                    "BusinessUnit_ProcessSessions",
                )
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "KbArticleComment_ProcessSessions",
                    "kbarticlecomment",
                    "regardingobjectid_kbarticlecomment",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "lk_processsession_canceledby",
                    "systemuser",
                    "canceledby",
                )
                .referencing_attribute("canceledby")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "goalrollupquery_ProcessSessions",
                    "goalrollupquery",
                    "regardingobjectid_goalrollupquery",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "rollupfield_ProcessSessions",
                    "rollupfield",
                    "regardingobjectid_rollupfield",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "SharePointDocumentLocation_ProcessSessions",
                    "sharepointdocumentlocation",
                    "regardingobjectid_sharepointdocumentlocation",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "lk_processsession_startedby",
                    "systemuser",
                    "startedby",
                )
                .referencing_attribute("startedby")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Account_ProcessSessions",
                    "account",
                    "regardingobjectid_account",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "PhoneCall_ProcessSessions",
                    "phonecall",
                    "regardingobjectid_phonecall",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "slabase_ProcessSessions",
                    "sla",
                    "regardingobjectid_sla",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "lk_processsession_createdby",
                    "systemuser",
                    "createdby",
                )
                .referencing_attribute("createdby")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "lk_processsessionbase_modifiedonbehalfby",
                    "systemuser",
                    "modifiedonbehalfby",
                )
                .referencing_attribute("modifiedonbehalfby")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Template_ProcessSessions",
                    "template",
                    "regardingobjectid_template",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "NewProcess_ProcessSessions",
                    "newprocess",
                    "regardingobjectid_newprocess",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Report_ProcessSessions",
                    "report",
                    "regardingobjectid_report",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Owning_businessunit_processsessions",
                    "businessunit",
                    "Owning_businessunit_processsessions",
                )
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "CustomerAddress_ProcessSessions",
                    "customeraddress",
                    "regardingobjectid_customeraddress",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Connection_ProcessSessions",
                    "connection",
                    "regardingobjectid_connection",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "lk_processsession_executedby",
                    "systemuser",
                    "executedby",
                )
                .referencing_attribute("executedby")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "team_processsession",
                    "team",
                    "team_processsession",
                )
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "metric_ProcessSessions",
                    "metric",
                    "regardingobjectid_metric",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "ExpiredProcess_ProcessSessions",
                    "expiredprocess",
                    "regardingobjectid_expiredprocess",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "KbArticle_ProcessSessions",
                    "kbarticle",
                    "regardingobjectid_kbarticle",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "SocialActivity_ProcessSessions",
                    "socialactivity",
                    "regardingobjectid_socialactivity",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Task_ProcessSessions",
                    "task",
                    "regardingobjectid_task",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "lk_processsession_processid",
                    "workflow",
                    "processid",
                )
                .referencing_attribute("processid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "lk_processsession_modifiedby",
                    "systemuser",
                    "modifiedby",
                )
                .referencing_attribute("modifiedby")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "ConnectionRole_ProcessSessions",
                    "connectionrole",
                    "regardingobjectid_connectionrole",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "TransactionCurrency_ProcessSessions",
                    "transactioncurrency",
                    "regardingobjectid_transactioncurrency",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Fax_ProcessSessions",
                    "fax",
                    "regardingobjectid_fax",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "KbArticleTemplate_ProcessSessions",
                    "kbarticletemplate",
                    "regardingobjectid_kbarticletemplate",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Letter_ProcessSessions",
                    "letter",
                    "regardingobjectid_letter",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "RecurringAppointmentMaster_ProcessSessions",
                    "recurringappointmentmaster",
                    "regardingobjectid_recurringappointmentmaster",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Email_ProcessSessions",
                    "email",
                    "regardingobjectid_email",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "lk_processsession_completedby",
                    "systemuser",
                    "completedby",
                )
                .referencing_attribute("completedby")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Contact_ProcessSessions",
                    "contact",
                    "regardingobjectid_contact",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Queue_ProcessSessions",
                    "queue",
                    "regardingobjectid_queue",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "lk_processsessionbase_createdonbehalfby",
                    "systemuser",
                    "createdonbehalfby",
                )
                .referencing_attribute("createdonbehalfby")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Subject_ProcessSessions",
                    "subject",
                    "regardingobjectid_subject",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "SocialProfile_ProcessSessions",
                    "socialprofile",
                    "regardingobjectid_socialprofile",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "solutioncomponentattributeconfiguration_ProcessSession",
                    "solutioncomponentattributeconfiguration",
                    "regardingobjectid_solutioncomponentattributeconfiguration",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "solutioncomponentbatchconfiguration_ProcessSession",
                    "solutioncomponentbatchconfiguration",
                    "regardingobjectid_solutioncomponentbatchconfiguration",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "solutioncomponentconfiguration_ProcessSession",
                    "solutioncomponentconfiguration",
                    "regardingobjectid_solutioncomponentconfiguration",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "solutioncomponentrelationshipconfiguration_ProcessSession",
                    "solutioncomponentrelationshipconfiguration",
                    "regardingobjectid_solutioncomponentrelationshipconfiguration",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "package_ProcessSession",
                    "package",
                    "regardingobjectid_package",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "stagesolutionupload_ProcessSession",
                    "stagesolutionupload",
                    "regardingobjectid_stagesolutionupload",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "exportsolutionupload_ProcessSession",
                    "exportsolutionupload",
                    "regardingobjectid_exportsolutionupload",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "featurecontrolsetting_ProcessSession",
                    "featurecontrolsetting",
                    "regardingobjectid_featurecontrolsetting",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "catalog_ProcessSession",
                    "catalog",
                    "regardingobjectid_catalog",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "catalogassignment_ProcessSession",
                    "catalogassignment",
                    "regardingobjectid_catalogassignment",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "customapi_ProcessSession",
                    "customapi",
                    "regardingobjectid_customapi",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "customapirequestparameter_ProcessSession",
                    "customapirequestparameter",
                    "regardingobjectid_customapirequestparameter",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "customapiresponseproperty_ProcessSession",
                    "customapiresponseproperty",
                    "regardingobjectid_customapiresponseproperty",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "provisionlanguageforuser_ProcessSession",
                    "provisionlanguageforuser",
                    "regardingobjectid_provisionlanguageforuser",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "datalakefolder_ProcessSession",
                    "datalakefolder",
                    "regardingobjectid_datalakefolder",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "datalakefolderpermission_ProcessSession",
                    "datalakefolderpermission",
                    "regardingobjectid_datalakefolderpermission",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "datalakeworkspace_ProcessSession",
                    "datalakeworkspace",
                    "regardingobjectid_datalakeworkspace",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "datalakeworkspacepermission_ProcessSession",
                    "datalakeworkspacepermission",
                    "regardingobjectid_datalakeworkspacepermission",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_dataflow_ProcessSession",
                    "msdyn_dataflow",
                    "regardingobjectid_msdyn_dataflow",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "serviceplan_ProcessSession",
                    "serviceplan",
                    "regardingobjectid_serviceplan",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "serviceplanmapping_ProcessSession",
                    "serviceplanmapping",
                    "regardingobjectid_serviceplanmapping",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "applicationuser_ProcessSession",
                    "applicationuser",
                    "regardingobjectid_applicationuser",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "connector_ProcessSession",
                    "connector",
                    "regardingobjectid_connector",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "environmentvariabledefinition_ProcessSession",
                    "environmentvariabledefinition",
                    "regardingobjectid_environmentvariabledefinition",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "environmentvariablevalue_ProcessSession",
                    "environmentvariablevalue",
                    "regardingobjectid_environmentvariablevalue",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "flowmachine_ProcessSession",
                    "flowmachine",
                    "regardingobjectid_flowmachine",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "flowmachinegroup_ProcessSession",
                    "flowmachinegroup",
                    "regardingobjectid_flowmachinegroup",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "processstageparameter_ProcessSession",
                    "processstageparameter",
                    "regardingobjectid_processstageparameter",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "workflowbinary_ProcessSession",
                    "workflowbinary",
                    "regardingobjectid_workflowbinary",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "connectionreference_ProcessSession",
                    "connectionreference",
                    "regardingobjectid_connectionreference",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aiconfiguration_ProcessSession",
                    "msdyn_aiconfiguration",
                    "regardingobjectid_msdyn_aiconfiguration",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aimodel_ProcessSession",
                    "msdyn_aimodel",
                    "regardingobjectid_msdyn_aimodel",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aitemplate_ProcessSession",
                    "msdyn_aitemplate",
                    "regardingobjectid_msdyn_aitemplate",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aifptrainingdocument_ProcessSession",
                    "msdyn_aifptrainingdocument",
                    "regardingobjectid_msdyn_aifptrainingdocument",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aiodimage_ProcessSession",
                    "msdyn_aiodimage",
                    "regardingobjectid_msdyn_aiodimage",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aiodlabel_ProcessSession",
                    "msdyn_aiodlabel",
                    "regardingobjectid_msdyn_aiodlabel",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aiodtrainingboundingbox_ProcessSession",
                    "msdyn_aiodtrainingboundingbox",
                    "regardingobjectid_msdyn_aiodtrainingboundingbox",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aiodtrainingimage_ProcessSession",
                    "msdyn_aiodtrainingimage",
                    "regardingobjectid_msdyn_aiodtrainingimage",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aibdataset_ProcessSession",
                    "msdyn_aibdataset",
                    "regardingobjectid_msdyn_aibdataset",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aibdatasetfile_ProcessSession",
                    "msdyn_aibdatasetfile",
                    "regardingobjectid_msdyn_aibdatasetfile",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aibdatasetrecord_ProcessSession",
                    "msdyn_aibdatasetrecord",
                    "regardingobjectid_msdyn_aibdatasetrecord",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aibdatasetscontainer_ProcessSession",
                    "msdyn_aibdatasetscontainer",
                    "regardingobjectid_msdyn_aibdatasetscontainer",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aibfile_ProcessSession",
                    "msdyn_aibfile",
                    "regardingobjectid_msdyn_aibfile",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_aibfileattacheddata_ProcessSession",
                    "msdyn_aibfileattacheddata",
                    "regardingobjectid_msdyn_aibfileattacheddata",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_helppage_ProcessSession",
                    "msdyn_helppage",
                    "regardingobjectid_msdyn_helppage",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_tour_ProcessSession",
                    "msdyn_tour",
                    "regardingobjectid_msdyn_tour",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdynce_botcontent_ProcessSession",
                    "msdynce_botcontent",
                    "regardingobjectid_msdynce_botcontent",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "conversationtranscript_ProcessSession",
                    "conversationtranscript",
                    "regardingobjectid_conversationtranscript",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "bot_ProcessSession",
                    "bot",
                    "regardingobjectid_bot",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "botcomponent_ProcessSession",
                    "botcomponent",
                    "regardingobjectid_botcomponent",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "Territory_ProcessSessions",
                    "territory",
                    "regardingobjectid_territory",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "activityfileattachment_ProcessSession",
                    "activityfileattachment",
                    "regardingobjectid_activityfileattachment",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_serviceconfiguration_ProcessSession",
                    "msdyn_serviceconfiguration",
                    "regardingobjectid_msdyn_serviceconfiguration",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_slakpi_ProcessSession",
                    "msdyn_slakpi",
                    "regardingobjectid_msdyn_slakpi",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_federatedarticle_ProcessSession",
                    "msdyn_federatedarticle",
                    "regardingobjectid_msdyn_federatedarticle",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_federatedarticleincident_ProcessSession",
                    "msdyn_federatedarticleincident",
                    "regardingobjectid_msdyn_federatedarticleincident",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_kmfederatedsearchconfig_ProcessSession",
                    "msdyn_kmfederatedsearchconfig",
                    "regardingobjectid_msdyn_kmfederatedsearchconfig",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_knowledgearticleimage_ProcessSession",
                    "msdyn_knowledgearticleimage",
                    "regardingobjectid_msdyn_knowledgearticleimage",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_knowledgeinteractioninsight_ProcessSession",
                    "msdyn_knowledgeinteractioninsight",
                    "regardingobjectid_msdyn_knowledgeinteractioninsight",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_knowledgesearchinsight_ProcessSession",
                    "msdyn_knowledgesearchinsight",
                    "regardingobjectid_msdyn_knowledgesearchinsight",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_kalanguagesetting_ProcessSession",
                    "msdyn_kalanguagesetting",
                    "regardingobjectid_msdyn_kalanguagesetting",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_kbattachment_ProcessSession",
                    "msdyn_kbattachment",
                    "regardingobjectid_msdyn_kbattachment",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_kmpersonalizationsetting_ProcessSession",
                    "msdyn_kmpersonalizationsetting",
                    "regardingobjectid_msdyn_kmpersonalizationsetting",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_knowledgearticletemplate_ProcessSession",
                    "msdyn_knowledgearticletemplate",
                    "regardingobjectid_msdyn_knowledgearticletemplate",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_knowledgepersonalfilter_ProcessSession",
                    "msdyn_knowledgepersonalfilter",
                    "regardingobjectid_msdyn_knowledgepersonalfilter",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_knowledgesearchfilter_ProcessSession",
                    "msdyn_knowledgesearchfilter",
                    "regardingobjectid_msdyn_knowledgesearchfilter",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "keyvaultreference_ProcessSession",
                    "keyvaultreference",
                    "regardingobjectid_keyvaultreference",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "managedidentity_ProcessSession",
                    "managedidentity",
                    "regardingobjectid_managedidentity",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "virtualentitymetadata_ProcessSession",
                    "virtualentitymetadata",
                    "regardingobjectid_virtualentitymetadata",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "organizationdatasyncsubscription_ProcessSession",
                    "organizationdatasyncsubscription",
                    "regardingobjectid_organizationdatasyncsubscription",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "organizationdatasyncsubscriptionentity_ProcessSession",
                    "organizationdatasyncsubscriptionentity",
                    "regardingobjectid_organizationdatasyncsubscriptionentity",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "appaction_ProcessSession",
                    "appaction",
                    "regardingobjectid_appaction",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_richtextfile_ProcessSession",
                    "msdyn_richtextfile",
                    "regardingobjectid_msdyn_richtextfile",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_pminferredtask_ProcessSession",
                    "msdyn_pminferredtask",
                    "regardingobjectid_msdyn_pminferredtask",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_pmrecording_ProcessSession",
                    "msdyn_pmrecording",
                    "regardingobjectid_msdyn_pmrecording",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_analysiscomponent_ProcessSession",
                    "msdyn_analysiscomponent",
                    "regardingobjectid_msdyn_analysiscomponent",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_analysisjob_ProcessSession",
                    "msdyn_analysisjob",
                    "regardingobjectid_msdyn_analysisjob",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_analysisresult_ProcessSession",
                    "msdyn_analysisresult",
                    "regardingobjectid_msdyn_analysisresult",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_analysisresultdetail_ProcessSession",
                    "msdyn_analysisresultdetail",
                    "regardingobjectid_msdyn_analysisresultdetail",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_solutionhealthrule_ProcessSession",
                    "msdyn_solutionhealthrule",
                    "regardingobjectid_msdyn_solutionhealthrule",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_solutionhealthruleargument_ProcessSession",
                    "msdyn_solutionhealthruleargument",
                    "regardingobjectid_msdyn_solutionhealthruleargument",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
            dv::meta::ManyToOneMeta::new(
                    "msdyn_solutionhealthruleset_ProcessSession",
                    "msdyn_solutionhealthruleset",
                    "regardingobjectid_msdyn_solutionhealthruleset",
                )
                .referencing_attribute("regardingobjectid")
                .navigation_property_assumed(),
        ],
        many_to_many: &[],
    };
}
